/* test_strings.c - the theme's strings: merging across themes and languages, parameters,
 * plural forms by CLDR category, template name checks and missing keys, with exact
 * messages. */
#define _GNU_SOURCE /* open_memstream */
#include <stdio.h>
#include <stdlib.h>

#include "site/strings.h"
#include "test.h"

typedef struct fixture {
	arena a;
	diag d;
	strings *s;
} fixture;

/* Loads base files (base-language texts) then tr files (language lang), as the site does. */
static void
load(fixture *f, const char *lang, const char *const *base, size_t nbase, const char *const *tr,
     size_t ntr)
{
	arena_init(&f->a);
	diag_init(&f->d);
	strings_file b[4], t[4];
	for (size_t i = 0; i < nbase; i++)
		b[i] = (strings_file){arena_printf(&f->a, "theme%zu/strings/en-GB.yaml", i),
		                      base[i], strlen(base[i])};
	for (size_t i = 0; i < ntr; i++)
		t[i] = (strings_file){arena_printf(&f->a, "theme%zu/strings/%s.yaml", i, lang),
		                      tr[i], strlen(tr[i])};
	f->s = strings_load(&f->a, &f->d, "en-GB", b, nbase, lang, t, ntr);
}

static const char *
messages(fixture *f)
{
	if (!f->d.len)
		return "";
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	diag_print(&f->d, m, false);
	fclose(m);
	const char *s = arena_strdup(&f->a, out ? out : "");
	free(out);
	return s;
}

static void
done(fixture *f)
{
	strings_free(f->s);
	diag_free(&f->d);
	arena_free(&f->a);
}

TEST(strings_nested_keys_and_child_override)
{
	const char *base[] = {"nav:\n  home: Home\n  people: Who is responsible\n",
	                      "nav:\n  people: Who leads what\n"};
	fixture f;
	load(&f, NULL, base, 2, NULL, 0);
	CHECK(f.s != NULL);
	CHECK_STR(messages(&f), "");
	CHECK_STR(strings_text(f.s, "nav.home"), "Home");
	CHECK_STR(strings_text(f.s, "nav.people"), "Who leads what");
	CHECK_STR(strings_language(f.s), "en-GB");
	done(&f);
}

TEST(strings_has_mark_and_missing_keys_outlive_the_caller)
{
	const char *base[] = {"nav:\n  home: Home\n"};
	fixture f;
	load(&f, NULL, base, 1, NULL, 0);
	CHECK(strings_has(f.s, "nav.home"));
	CHECK(!strings_has(f.s, "nav.away") && !strings_has(f.s, "nav"));
	mark at = strings_mark(f.s, "nav.home");
	CHECK_STR(at.file, "theme0/strings/en-GB.yaml");
	CHECK(at.line == 2 && at.col == 9);
	CHECK(strings_mark(f.s, "nav.away").line == 0);
	/* a missing key built in a caller's buffer: the text returned is a lasting copy */
	char key[16];
	snprintf(key, sizeof key, "nav.%s", "away");
	const char *text = strings_text(f.s, key);
	snprintf(key, sizeof key, "changed");
	CHECK_STR(text, "nav.away");
	done(&f);
}

TEST(strings_parameters)
{
	const char *base[] = {"due: '{item} is due on {date}; {{literal}} {unknown}'\n"};
	fixture f;
	load(&f, NULL, base, 1, NULL, 0);
	CHECK_STR(strings_fmt(&f.a, f.s, "due", "item", "Action 1.2", "date", "5 May 2019", NULL),
	          "Action 1.2 is due on 5 May 2019; {literal} {unknown}");
	done(&f);
}

TEST(strings_plural_english_and_welsh)
{
	const char *base[] = {"items:\n  one: '{count} item'\n  other: '{count} items'\n"};
	const char *cy[] = {
	    "items:\n  zero: '{count} eitem'\n  one: '{count} eitem'\n  two: '{count} "
	    "eitem'\n  few: '{count} eitem'\n  many: '{count} eitem'\n  other: "
	    "'{count} o eitemau'\n"};
	fixture f;
	load(&f, NULL, base, 1, NULL, 0);
	CHECK_STR(strings_plural(&f.a, f.s, "items", 1, NULL), "1 item");
	CHECK_STR(strings_plural(&f.a, f.s, "items", 0, NULL), "0 items");
	CHECK_STR(strings_plural(&f.a, f.s, "items", 2, "count", "two", NULL), "two items");
	done(&f);
	load(&f, "cy", base, 1, cy, 1);
	CHECK_STR(messages(&f), "");
	CHECK_STR(strings_plural(&f.a, f.s, "items", 7, NULL), "7 o eitemau");
	CHECK_STR(strings_plural(&f.a, f.s, "items", 2, NULL), "2 eitem");
	done(&f);
}

TEST(strings_plural_categories)
{
	const char *cy[] = {"zero", "one", "two", "few", "other", "other", "many", "other"};
	for (int n = 0; n < 8; n++)
		CHECK_STR(strings_plural_category("cy", n), cy[n]);
	CHECK_STR(strings_plural_category("cy", 1.5), "other");
	CHECK_STR(strings_plural_category("en-GB", 1), "one");
	CHECK_STR(strings_plural_category("en-GB", 0), "other");
	CHECK_STR(strings_plural_category("EN", 1), "one");
	CHECK_STR(strings_plural_category("fr", 0), "one");
	CHECK_STR(strings_plural_category("bn", 0.5), "one");
	CHECK_STR(strings_plural_category("pl", 22), "few");
	CHECK_STR(strings_plural_category("pl", 25), "many");
	CHECK_STR(strings_plural_category("ar", 11), "many");
	CHECK_STR(strings_plural_category("zh", 1), "other");
	CHECK(!strings_has_plural_rules("xx"));
	CHECK_STR(strings_plural_category("xx", 1), "other");
}

TEST(strings_other_language_falls_back_with_warnings)
{
	const char *base[] = {"nav:\n  home: Home\n  people: People\n",
	                      "count:\n  one: '{count} item'\n  other: '{count} items'\n"};
	const char *cy[] = {"nav:\n  home: Hafan\n  extra: Ychwanegol\n",
	                    "count:\n  one: '{count} eitem'\n  other: '{count} eitem'\n"};
	fixture f;
	load(&f, "cy", base, 2, cy, 2);
	CHECK(f.s != NULL);
	CHECK_STR(strings_text(f.s, "nav.home"), "Hafan");
	CHECK_STR(strings_text(f.s, "nav.people"), "People");
	CHECK_STR(strings_language(f.s), "cy");
	CHECK_STR(messages(&f),
	          "theme0/strings/cy.yaml:3:10: warning: 'nav.extra' is not a key of the en-GB "
	          "strings: it is never used\n"
	          "theme1/strings/cy.yaml: warning: no cy text for 'nav.people': the en-GB text is "
	          "used\n"
	          "theme1/strings/cy.yaml:2:3: warning: plural text 'count' has no 'zero' form, "
	          "which cy uses; the 'other' form stands in\n"
	          "theme1/strings/cy.yaml:2:3: warning: plural text 'count' has no 'two' form, "
	          "which cy uses; the 'other' form stands in\n"
	          "theme1/strings/cy.yaml:2:3: warning: plural text 'count' has no 'few' form, "
	          "which cy uses; the 'other' form stands in\n"
	          "theme1/strings/cy.yaml:2:3: warning: plural text 'count' has no 'many' form, "
	          "which cy uses; the 'other' form stands in\n");
	done(&f);
}

TEST(strings_errors)
{
	const char *base[] = {"a: [1, 2]\nb:\nc:\n  one: x\nd.e: y\nf: text\n", "f:\n  g: h\n"};
	fixture f;
	load(&f, NULL, base, 2, NULL, 0);
	CHECK(f.s == NULL);
	CHECK_STR(messages(&f),
	          "theme0/strings/en-GB.yaml:1:4: error: 'a' must be a text, a map of texts or a "
	          "map of plural forms\n"
	          "theme0/strings/en-GB.yaml:2:3: error: 'b' has no text (write \"\" for an empty "
	          "one)\n"
	          "theme0/strings/en-GB.yaml:4:3: error: plural text 'c' has no 'other' form\n"
	          "theme0/strings/en-GB.yaml:5:1: error: key 'd.e' may not be empty or hold a dot: "
	          "nest the maps instead\n"
	          "theme1/strings/en-GB.yaml:1:1: error: 'f' is a text in the theme this one "
	          "extends, not a map of texts\n");
	done(&f);
}

TEST(strings_template_names_and_missing_keys)
{
	const char *base[] = {"nav:\n  home: Home\ncount:\n  one: a\n  other: b\n"};
	fixture f;
	load(&f, NULL, base, 1, NULL, 0);
	mark at = {"templates/x.mustache", 3, 7};
	CHECK(strings_check_name(f.s, "t.nav.home", 10, at, &f.d));
	CHECK(strings_check_name(f.s, "title", 5, at, &f.d));
	CHECK(!strings_check_name(f.s, "t.nav.hom", 9, at, &f.d));
	CHECK(!strings_check_name(f.s, "t.count", 7, at, &f.d));
	CHECK_STR(strings_text(f.s, "chart.none"), "chart.none");
	strings_text(f.s, "chart.none");
	strings_plural(&f.a, f.s, "alpha", 2, NULL);
	CHECK(strings_report_missing(f.s, &f.d) == 2);
	CHECK_STR(messages(&f),
	          "templates/x.mustache:3:7: error: no text 'nav.hom' in the theme's strings "
	          "(theme0/strings/en-GB.yaml)\n"
	          "templates/x.mustache:3:7: error: 'count' has plural forms, which a template "
	          "cannot choose: name a form (count.other) or let the generator format it\n"
	          "theme0/strings/en-GB.yaml: error: no text 'alpha' in the theme's strings: the "
	          "generator needs it\n"
	          "theme0/strings/en-GB.yaml: error: no text 'chart.none' in the theme's strings: "
	          "the generator needs it\n");
	done(&f);
}
