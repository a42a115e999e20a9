/* Unit tests for value.c and yaml_loader.c. */
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
	value *v = load(&a, &d,
	                "a: 1.210\nb: \"false\"\nc: false\nd: ~\ne: 2018-03-31\n"
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
	    {"a: [1, 2\n", "t.yaml:2:1: error: did not find expected ',' or ']' while parsing a "
	                   "flow sequence (at line 1, column 4)"},
	    {"a: &x 1\nb: *x\n",
	     "t.yaml:2:4: error: YAML aliases (*x) are not supported: write the value out"},
	    {"a: 1\na: 2\n", "t.yaml:2:1: error: duplicate key 'a' (first at line 1)"},
	    {"? [a]\n: 1\n",
	     "t.yaml:1:3: error: map keys must be plain text, not a list, map or alias"},
	    {"a: 1\n---\nb: 2\n",
	     "t.yaml:2:1: error: only one YAML document per file (remove this '---')"},
	    {"a: \xff\xfe\n", "t.yaml:1:4: error: not UTF-8: invalid leading UTF-8 octet 0xFF "
	                      "(save the file as UTF-8)"},
	    {"a: 1\nb: x\x01\n", "t.yaml:2:5: error: control character U+0001 is not allowed in "
	                         "YAML text (only tab and line breaks are)"},
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

TEST(yaml_load_split_keeps_scalars_text_apart_and_value_copy_is_deep)
{
	arena tree, strings, keep;
	arena_init(&tree);
	arena_init(&strings);
	arena_init(&keep);
	diag d;
	diag_init(&d);
	const char *text = "a: [x, 1.10, true, ~]\nb: {c: \"d\"}\n";
	value *v = yaml_load_split(&tree, &strings, &d, "t.yaml", text, strlen(text));
	if (CHECK(v && v->kind == VALUE_MAP && v->n == 2)) {
		value *a = value_get(v, "a");
		CHECK(a && a->kind == VALUE_LIST && a->n == 4);
		/* the scalars' text lives on in strings once the tree is gone */
		const char *x = a->items[0]->str, *num = a->items[1]->str;
		value *copy = value_copy(&keep, v);
		arena_free(&tree);
		CHECK_STR(x, "x");
		CHECK_STR(num, "1.10");
		value *ca = value_get(copy, "a");
		if (CHECK(ca && ca->n == 4)) {
			CHECK(ca->items[1]->kind == VALUE_NUMBER && ca->items[1]->number == 1.1);
			CHECK(ca->items[2]->kind == VALUE_BOOL && ca->items[2]->boolean);
			CHECK(ca->items[3]->kind == VALUE_NULL);
			CHECK(ca->items[0]->at.line == 1 && ca->items[0]->at.col == 5);
		}
		value *cb = value_get(copy, "b");
		CHECK(cb && cb->kind == VALUE_MAP && value_get(cb, "c") &&
		      strcmp(value_get(cb, "c")->str, "d") == 0);
		value_push(&keep, ca, value_string(&keep, "more")); /* a copy can grow */
		CHECK(ca->n == 5);
	}
	CHECK(value_copy(&keep, NULL) == NULL);
	diag_free(&d);
	arena_free(&tree);
	arena_free(&strings);
	arena_free(&keep);
}

/* The shortest "%.*g" that reads back: what value_format_number did before its fast path. */
static void
format_number_slow(double d, char out[32])
{
	for (int precision = 1; precision <= 17; precision++) {
		snprintf(out, 32, "%.*g", precision, d);
		if (strtod(out, NULL) == d)
			return;
	}
}

TEST(value_format_number_fast_path_matches_shortest_g)
{
	static const double fixed[] = {45.3,
	                               0.1,
	                               0.125,
	                               -3.5,
	                               12.75,
	                               99.99,
	                               0.0001,
	                               0.00012,
	                               1e-5,
	                               123456.789,
	                               0.3333333333333333,
	                               2.0 / 3,
	                               1e14 + 0.5,
	                               999999999.999,
	                               -0.07,
	                               1.1,
	                               4503599627370.5,
	                               0.9999999,
	                               100.01,
	                               1e15 - 0.5};
	char got[32], want[32];
	int bad = 0;
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
		value_format_number(fixed[i], got);
		format_number_slow(fixed[i], want);
		if (strcmp(got, want) != 0 && bad++ < 5)
			CHECK_STR(got, want);
	}
	unsigned long long seed = 88172645463325252ULL;
	for (int i = 0; i < 300000; i++) {
		seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
		double d;
		int decimals = (int)(seed % 10), mag = (int)(seed >> 8) % 13 - 4;
		double scale = pow(10, decimals);
		switch (i % 3) {
		case 0: /* a figure with a few decimals, as content has them */
			d = (double)(long long)((seed >> 20) % 100000000) / scale *
			    pow(10, mag % 6);
			break;
		case 1: /* any bits */
			memcpy(&d, &seed, sizeof d);
			if (!isfinite(d))
				continue;
			break;
		default: /* a ratio */
			d = (double)((seed >> 16) % 1000003) / (double)((seed >> 40) % 997 + 1);
		}
		if (seed & 1)
			d = -d;
		value_format_number(d, got);
		if (d == 0 || d == (double)(long long)d)
			continue; /* the integer path, unchanged */
		format_number_slow(d, want);
		if (strcmp(got, want) != 0 && bad++ < 5)
			CHECK_STR(got, want);
	}
	CHECK(bad == 0);
}
