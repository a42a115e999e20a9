/* tokens.c - the theme's colour tokens. See tokens.h. */
#include "site/tokens.h"

#include <string.h>

#include "util/buf.h"
#include "util/colour.h"

static const char *const page_tokens[TOKENS_PAGE_COUNT] = {
    "brand",
    "text",
    "muted",
    "link",
    "link-visited",
    "focus",
    "border",
    "panel",
    /* status tags: dark text on a light background, by family of statuses */
    "tag.default.background",
    "tag.default.text",
    "tag.done.background",
    "tag.done.text",
    "tag.moving.background",
    "tag.moving.text",
    "tag.waiting.background",
    "tag.waiting.text",
    "tag.amber.background",
    "tag.amber.text",
    "tag.red.background",
    "tag.red.text",
    "tag.paused.background",
    "tag.paused.text",
};

const char *
tokens_name(int i)
{
	return i < TOKENS_PAGE_COUNT ? page_tokens[i] : charts_colour_tokens[i - TOKENS_PAGE_COUNT];
}

static int
tokens_find(const char *name)
{
	for (int i = 0; i < TOKENS_COUNT; i++)
		if (strcmp(tokens_name(i), name) == 0)
			return i;
	return -1;
}

void
tokens_apply(tokens *t, arena *a, const value *v, diag *d)
{
	if (!v || v->kind == VALUE_NULL)
		return;
	if (v->kind != VALUE_MAP) {
		diag_error(d, v->at, "tokens.yaml must be a map of token names to colours");
		return;
	}
	for (size_t i = 0; i < v->n; i++) {
		const value *key = v->keys[i], *val = v->items[i];
		int k = tokens_find(key->str);
		if (k < 0) {
			diag_warning(d, key->at, "unknown colour token '%s' (it is not used)",
			             key->str);
			continue;
		}
		/* "#rgb" or "#rrggbb": all a presentation attribute or a custom property
		 * needs, and nothing that could break out of either. */
		int rgb[3];
		if (val->kind != VALUE_STRING || !colour_parse(val->str, rgb)) {
			diag_error(d, val->at,
			           "'%s' is not a colour: write #rgb or #rrggbb in quotes, for "
			           "example \"#1a7f37\"",
			           key->str);
			continue;
		}
		t->values[k] = arena_strdup(a, val->str);
		t->at[k] = val->at;
	}
}

/* Text colours and what they are read on: a token, or "#ffffff" for the page's white. The
 * second is the token blamed when the pair falls short. */
static const struct {
	const char *on, *text;
} contrast_pairs[] = {
    {"#ffffff", "text"},
    {"#ffffff", "muted"},
    {"#ffffff", "link"},
    {"#ffffff", "link-visited"},
    {"panel", "muted"},
    {"#ffffff", "brand"}, /* white text on the header */
    {"tag.default.background", "tag.default.text"},
    {"tag.done.background", "tag.done.text"},
    {"tag.moving.background", "tag.moving.text"},
    {"tag.waiting.background", "tag.waiting.text"},
    {"tag.amber.background", "tag.amber.text"},
    {"tag.red.background", "tag.red.text"},
    {"tag.paused.background", "tag.paused.text"},
    /* white counts on the bars; lines, legends and labels on white */
    {"chart.background", "status.completed"},
    {"chart.background", "status.completed-with-changes"},
    {"chart.background", "status.in-progress"},
    {"chart.background", "status.not-started"},
    {"chart.background", "status.deferred"},
    {"chart.background", "status.not-being-pursued"},
    {"chart.background", "status.none"},
    {"chart.background", "rag.green"},
    {"chart.background", "rag.amber"},
    {"chart.background", "rag.red"},
    {"chart.background", "rag.data-only"},
    {"chart.background", "rag.awaiting-data"},
    {"chart.background", "rag.unknown"},
    {"chart.background", "rag.none"},
    {"chart.background", "deadline.completed"},
    {"chart.background", "deadline.on-time"},
    {"chart.background", "deadline.overdue"},
    {"chart.background", "deadline.closed"},
    {"chart.background", "deadline.unknown"},
    {"chart.background", "series.actual"},
    {"chart.background", "series.target"},
    {"chart.background", "series.red-threshold"},
    {"chart.background", "series.comparator-1"},
    {"chart.background", "series.comparator-2"},
    {"chart.background", "series.comparator-3"},
    {"chart.background", "series.comparator-4"},
    {"chart.background", "chart.text"},
    {"chart.background", "chart.muted"},
    {"chart.background", "chart.axis"},
    {"chart.background", "chart.rule"},
    {"coverage.low", "chart.text"},
    {"coverage.medium", "chart.text"},
    {"coverage.high", "chart.text"},
};

bool
tokens_check(const tokens *t, diag *d, mark where)
{
	bool ok = true;
	for (int i = 0; i < TOKENS_COUNT; i++)
		if (!t->values[i]) {
			diag_error(
			    d, where,
			    "the theme sets no colour for token '%s' (tokens.yaml of the theme "
			    "or a theme it extends)",
			    tokens_name(i));
			ok = false;
		}
	if (!ok)
		return false;
	for (size_t i = 0; i < sizeof contrast_pairs / sizeof *contrast_pairs; i++) {
		const char *on = contrast_pairs[i].on, *text = contrast_pairs[i].text;
		int k = tokens_find(text), b = on[0] == '#' ? -1 : tokens_find(on);
		const char *bg = b < 0 ? on : t->values[b];
		double ratio = colour_contrast(t->values[k], bg);
		if (ratio < 4.5) {
			diag_error(
			    d, t->at[k],
			    "'%s' (%s) has a contrast of %.2f:1 on %s (%s); WCAG 2.2 AA needs "
			    "4.5:1",
			    text, t->values[k], (double)(int)(ratio * 100) / 100,
			    b < 0 ? "white" : on, bg);
			ok = false;
		}
	}
	return ok;
}

const char *
tokens_css(const tokens *t, arena *a, const char *brand)
{
	buf b = BUF_INIT;
	buf_adds(&b, "/* The theme's colour tokens (tokens.yaml) and site.yaml's brand colour. */\n"
	             ":root {\n");
	for (int i = 0; i < TOKENS_COUNT; i++) {
		buf_adds(&b, "\t--");
		for (const char *s = tokens_name(i); *s; s++)
			buf_addc(&b, *s == '.' ? '-' : *s);
		buf_adds(&b, ": ");
		buf_adds(&b, i == 0 && brand ? brand : t->values[i] ? t->values[i] : "initial");
		buf_adds(&b, ";\n");
	}
	buf_adds(&b, "}\n");
	const char *css = arena_strdup(a, buf_cstr(&b));
	buf_free(&b);
	return css;
}

void
tokens_chart_style(const tokens *t, const format_conventions *fmt, chart_style *out)
{
	for (int i = 0; i < CHART_COLOUR_COUNT; i++)
		out->colours[i] = t->values[TOKENS_PAGE_COUNT + i];
	out->fmt = fmt;
}
