/* test_tokens.c - the theme's colour tokens (site/tokens.h): override, missing, unknown and
 * malformed tokens, the stylesheet and the charts' colours. */
#include <stdio.h>
#include <stdlib.h>

#include "../charts/fixtures.h"
#include "site/tokens.h"
#include "test.h"
#include "util/buf.h"
#include "yaml_loader.h"

/* Applies YAML text as the tokens.yaml named file; returns the messages as printed. */
static const char *
apply(arena *a, tokens *t, diag *d, const char *file, const char *text)
{
	value *v = yaml_load(a, d, file, text, strlen(text));
	if (v)
		tokens_apply(t, a, v, d);
	if (!d->len)
		return "";
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		return NULL;
	diag_print(d, f, false);
	fclose(f);
	const char *s = arena_strdup(a, out ? out : "");
	free(out);
	return s;
}

/* Every token set to #000000, as a YAML map. */
static const char *
all_black(arena *a)
{
	buf b = BUF_INIT;
	for (int i = 0; i < TOKENS_COUNT; i++)
		buf_printf(&b, "%s: \"#000000\"\n", tokens_name(i));
	const char *s = arena_strdup(a, buf_cstr(&b));
	buf_free(&b);
	return s;
}

TEST(tokens_a_child_theme_overrides_single_tokens)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	value *base = yaml_load_file(&a, &d, "themes/default/tokens.yaml");
	CHECK(base != NULL);
	if (base)
		tokens_apply(&t, &a, base, &d);
	CHECK_STR(apply(&a, &t, &d, "child/tokens.yaml",
	                "status.completed: \"#1b6e3a\"\nbrand: \"#123\"\n"),
	          "");
	CHECK(tokens_check(&t, &d, (mark){"child", 0, 0}));
	chart_style cs;
	const format_conventions *fc = fx_format(&a);
	tokens_chart_style(&t, fc, &cs);
	CHECK_STR(cs.colours[CHART_STATUS_COMPLETED], "#1b6e3a");
	CHECK_STR(cs.colours[CHART_SERIES_TARGET], "#1a7f37");
	CHECK(cs.fmt == fc);
	const char *css = tokens_css(&t, &a, NULL);
	CHECK(strstr(css, "\t--status-completed: #1b6e3a;\n") != NULL);
	CHECK(strstr(css, "\t--brand: #123;\n") != NULL);
	CHECK(strstr(css, "\t--tag-red-background: #f6d1cc;\n") != NULL);
	/* site.yaml's brand colour wins over the brand token */
	CHECK(strstr(tokens_css(&t, &a, "#1d4f76"), "\t--brand: #1d4f76;\n") != NULL);
	diag_free(&d);
	arena_free(&a);
}

TEST(tokens_missing_everywhere_is_an_error_naming_it)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	apply(&a, &t, &d, "base/tokens.yaml", all_black(&a));
	t.values[TOKENS_PAGE_COUNT + CHART_SERIES_RED_THRESHOLD] = NULL;
	CHECK(!tokens_check(&t, &d, (mark){"themes/child", 0, 0}));
	CHECK(d.errors == 1);
	CHECK(d.len == 1 && strstr(d.items[0].message, "'series.red-threshold'") != NULL);
	diag_free(&d);
	arena_free(&a);
}

TEST(tokens_unknown_names_warn_and_bad_colours_fail_at_their_mark)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	const char *got = apply(&a, &t, &d, "child/tokens.yaml",
	                        "status.complete: \"#1b6e3a\"\n"
	                        "rag.red: red\n"
	                        "rag.amber: #b35900\n"
	                        "rag.green: \"#12345\"\n"
	                        "series.actual: \"#1d4f91\\\"><script>\"\n");
	CHECK_STR(got,
	          "child/tokens.yaml:1:1: warning: unknown colour token 'status.complete' (it is "
	          "not used)\n"
	          "child/tokens.yaml:2:10: error: 'rag.red' is not a colour: write #rgb or #rrggbb "
	          "in quotes, for example \"#1a7f37\"\n"
	          "child/tokens.yaml:3:11: error: 'rag.amber' is not a colour: write #rgb or "
	          "#rrggbb in quotes, for example \"#1a7f37\"\n"
	          "child/tokens.yaml:4:12: error: 'rag.green' is not a colour: write #rgb or "
	          "#rrggbb in quotes, for example \"#1a7f37\"\n"
	          "child/tokens.yaml:5:16: error: 'series.actual' is not a colour: write #rgb or "
	          "#rrggbb in quotes, for example \"#1a7f37\"\n");
	CHECK(t.values[TOKENS_PAGE_COUNT + CHART_RAG_RED] == NULL);
	CHECK(t.values[TOKENS_PAGE_COUNT + CHART_SERIES_ACTUAL] == NULL);
	diag_free(&d);
	diag_init(&d);
	CHECK(strstr(apply(&a, &t, &d, "x/tokens.yaml", "- \"#000\"\n"), "must be a map") != NULL);
	diag_free(&d);
	arena_free(&a);
}

TEST(tokens_the_default_theme_sets_every_token)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	value *v = yaml_load_file(&a, &d, "themes/default/tokens.yaml");
	CHECK(v != NULL);
	if (v)
		tokens_apply(&t, &a, v, &d);
	CHECK(tokens_check(&t, &d, (mark){"themes/default", 0, 0}));
	CHECK(d.len == 0); /* no unknown token, no warning */
	diag_free(&d);
	arena_free(&a);
}

TEST(tokens_text_colours_keep_aa_contrast)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	value *base = yaml_load_file(&a, &d, "themes/default/tokens.yaml");
	CHECK(base != NULL);
	if (base)
		tokens_apply(&t, &a, base, &d);
	apply(&a, &t, &d, "child/tokens.yaml", "tag.red.text: \"#e06060\"\nrag.amber: \"#fb0\"\n");
	CHECK(!tokens_check(&t, &d, (mark){"child", 0, 0}));
	CHECK(d.errors == 2);
	bool red = false, amber = false;
	for (size_t i = 0; i < d.len; i++) {
		const diag_item *it = &d.items[i];
		red |= it->at.line == 1 && it->at.col == 15 &&
		       strstr(it->message, "'tag.red.text' (#e06060) has a contrast of") &&
		       strstr(it->message, "on tag.red.background (#f6d1cc)");
		amber |= it->at.line == 2 && strstr(it->message, "'rag.amber' (#fb0)") &&
		         strstr(it->message, "on chart.background");
	}
	CHECK(red && amber);
	diag_free(&d);
	arena_free(&a);
}
