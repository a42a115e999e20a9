/* Unit tests for value.c and yaml_loader.c. */
#include <stdio.h>
#include <stdlib.h>

#include "test.h"
#include "yaml_loader.h"

static value *
load(arena *a, diag *d, const char *text)
{
	diag_add_source(d, "t.yaml", text, strlen(text));
	return yaml_load(a, d, "t.yaml", text, strlen(text));
}

/* The first message diag would print, without the quoted line. */
static const char *
first_message(diag *d, arena *a)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	diag_print(d, f, false);
	fclose(f);
	char *nl = strchr(out, '\n');
	const char *s = arena_strndup(a, out, nl ? (size_t)(nl - out) : len);
	free(out);
	return s;
}

TEST(yaml_resolves_scalar_types)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	value *v = load(&a, &d, "a: 1.210\nb: \"false\"\nc: false\nd: ~\ne: 2018-03-31\n"
	                        "f: '12'\ng: -3e2\nh: [x, 2]\ncode: 1.10\n");
	CHECK(v && v->kind == VALUE_MAP && v->n == 9);
	CHECK(value_get(v, "a")->kind == VALUE_NUMBER);
	CHECK(value_get(v, "a")->number == 1.21);
	CHECK(value_get(v, "b")->kind == VALUE_STRING);
	CHECK(value_truthy(value_get(v, "b")));
	CHECK(!value_truthy(value_get(v, "c")));
	CHECK(value_get(v, "d")->kind == VALUE_NULL);
	CHECK_STR(value_get(v, "e")->str, "2018-03-31");
	CHECK(value_get(v, "f")->kind == VALUE_STRING);
	CHECK(value_get(v, "g")->number == -300);
	CHECK(value_get(v, "h")->n == 2);
	CHECK_STR(value_get(v, "code")->str, "1.10");
	CHECK(value_get_key(v, "b")->at.line == 2 && value_get_key(v, "b")->at.col == 1);
	CHECK(value_get(v, "b")->at.col == 4);
	diag_free(&d);
	arena_free(&a);
}

TEST(yaml_loads_json)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	value *v = load(&a, &d, "{\"x\": [1, 2.5, true, null, \"a\\u00e9\\/b\"], \"y\": {}}");
	CHECK(v && v->n == 2);
	value *x = value_get(v, "x");
	CHECK(x && x->n == 5);
	CHECK_STR(x->items[4]->str, "a\xc3\xa9/b");
	diag_free(&d);
	arena_free(&a);
}

TEST(yaml_reports_errors_with_marks)
{
	static const struct {
		const char *text, *message;
	} cases[] = {
		{"a: [1, 2\n", "t.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence (at line 1, column 4)"},
		{"a: &x 1\nb: *x\n", "t.yaml:2:4: error: YAML aliases (*x) are not supported: write the value out"},
		{"a: 1\na: 2\n", "t.yaml:2:1: error: duplicate key 'a' (first at line 1)"},
		{"? [a]\n: 1\n", "t.yaml:1:3: error: map keys must be plain text, not a list, map or alias"},
		{"a: 1\n---\nb: 2\n", "t.yaml:2:1: error: only one YAML document per file (remove this '---')"},
		{"a: \xff\xfe\n", "t.yaml: error: invalid leading UTF-8 octet at byte 3"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		arena a;
		arena_init(&a);
		diag d;
		diag_init(&d);
		CHECK(load(&a, &d, cases[i].text) == NULL);
		CHECK_STR(first_message(&d, &a), cases[i].message);
		diag_free(&d);
		arena_free(&a);
	}
}

TEST(yaml_limits_nesting)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	char deep[400];
	memset(deep, '[', 200);
	deep[200] = '\0';
	CHECK(load(&a, &d, deep) == NULL);
	CHECK_STR(first_message(&d, &a), "t.yaml:1:65: error: nesting deeper than 64 levels");
	diag_free(&d);
	arena_free(&a);
}

TEST(yaml_empty_file_is_null)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	value *v = load(&a, &d, "# only a comment\n");
	CHECK(v && v->kind == VALUE_NULL);
	diag_free(&d);
	arena_free(&a);
}

TEST(value_formats_numbers_shortest)
{
	char out[32];
	value_format_number(1.21, out);
	CHECK_STR(out, "1.21");
	value_format_number(85, out);
	CHECK_STR(out, "85");
	value_format_number(-0.0, out);
	CHECK_STR(out, "0");
	value_format_number(0.1 + 0.2, out);
	CHECK_STR(out, "0.30000000000000004");
	value_format_number(1e20, out);
	CHECK_STR(out, "1e+20");
}
