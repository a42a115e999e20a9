/* tokens.c - the theme's colour tokens. See tokens.h. */
#include "site/tokens.h"

#include <ctype.h>
#include <string.h>

#include "util/buf.h"

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

/* "#rgb" or "#rrggbb": all a presentation attribute or a custom property needs, and nothing
 * that could break out of either. */
static bool
tokens_is_colour(const char *s)
{
	size_t n = strlen(s);
	if (s[0] != '#' || (n != 4 && n != 7))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
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
		if (val->kind != VALUE_STRING || !tokens_is_colour(val->str)) {
			diag_error(d, val->at,
			           "'%s' is not a colour: write #rgb or #rrggbb in quotes, for "
			           "example \"#1a7f37\"",
			           key->str);
			continue;
		}
		t->values[k] = arena_strdup(a, val->str);
	}
}

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
