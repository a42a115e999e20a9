/* tokens.h - the theme's colours, declared once: each theme's tokens.yaml maps a token name
 * to a colour ("status.completed": "#1a7f37"). A theme that extends another overrides single
 * tokens; the result becomes CSS custom properties (--status-completed) in the generated
 * stylesheet and the chart_style the charts are drawn with, so both show the same colours. */
#ifndef PLANSITE_TOKENS_H
#define PLANSITE_TOKENS_H

#include <stdbool.h>

#include "site/charts.h"
#include "util/arena.h"
#include "util/diag.h"
#include "value.h"

/* The tokens only the stylesheets use; the charts' follow them (charts_colour_tokens). */
enum { TOKENS_PAGE_COUNT = 22, TOKENS_COUNT = TOKENS_PAGE_COUNT + CHART_COLOUR_COUNT };

typedef struct tokens {
	const char *values[TOKENS_COUNT]; /* "#1a7f37", or NULL while no theme has set it */
	mark at[TOKENS_COUNT];            /* where the value that counts is written */
} tokens;

/* The name of token i ("brand", "tag.red.text", "status.completed"), i < TOKENS_COUNT. */
const char *tokens_name(int i);

/* Sets the tokens a theme's tokens.yaml (loaded into v, strings in arena a) declares, over
 * those of the themes it extends: apply the base theme first. A value that is not a colour
 * (#rgb or #rrggbb) is an error, an unknown name a warning, both at their mark in d. */
void tokens_apply(tokens *t, arena *a, const value *v, diag *d);

/* Reports every token no theme set, naming it, at `where` (the theme folder), and every pair
 * that falls short of WCAG 2.2 AA contrast (4.5:1 for text; tag text on its background,
 * page text on white, white on the brand and on chart fills, chart text on the coverage
 * shades), at the token that makes it so. Returns true when there is no such problem. */
bool tokens_check(const tokens *t, diag *d, mark where);

/* The stylesheet: one custom property per token, --NAME with dots as dashes; brand (site.yaml's
 * brand_colour, may be NULL) overrides the brand token. In arena a. */
const char *tokens_css(const tokens *t, arena *a, const char *brand);

/* The chart colours of t, with the formatting conventions fmt. */
void tokens_chart_style(const tokens *t, const format_conventions *fmt, chart_style *out);

#endif
