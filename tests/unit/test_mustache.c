/* Unit tests for generator/mustache: every case of the specification files run through the
 * engine, exact error messages, escaping and values, and rendering from several threads. */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "mustache/mustache.h"
#include "test.h"
#include "yaml_loader.h"

/* The spec folder sits next to the repository (tests run from the repository root). */
#define SPEC_DIR "../shared/mustache-spec"
#define SPEC_MISSING "the Mustache spec folder ../shared/mustache-spec is not next to this checkout"

static bool
spec_available(void)
{
	struct stat st;
	return stat(SPEC_DIR, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- helpers ---- */

/* Partials from a map value: name -> template text. */
static const char *
resolve_map(void *ctx, const char *name, size_t *len, const char **path)
{
	const value *v = value_get(ctx, name);
	if (!v || v->kind != VALUE_STRING)
		return NULL;
	*len = v->len;
	*path = name;
	return v->str;
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

typedef struct fixture {
	arena a;
	diag d;
	value *partials; /* map: name -> text */
	mustache_env *env;
} fixture;

/* partials: YAML map of name -> text (or NULL). */
static void
setup(fixture *f, const char *partials, bool require)
{
	arena_init(&f->a);
	diag_init(&f->d);
	f->partials = partials
	                  ? yaml_load(&f->a, &f->d, "partials.yaml", partials, strlen(partials))
	                  : value_map(&f->a);
	f->env = mustache_env_new(&f->a, &f->d, resolve_map, f->partials, require);
}

static void
teardown(fixture *f)
{
	diag_free(&f->d);
	arena_free(&f->a);
}

/* Compiles tpl as "t.mustache" and renders it with data (YAML text, or NULL for null).
 * Returns the output, or NULL if compiling or rendering failed. */
static const char *
render(fixture *f, const char *tpl, const char *data)
{
	value *v = data ? yaml_load(&f->a, &f->d, "data.yaml", data, strlen(data)) : NULL;
	mustache_template *t = mustache_compile(f->env, "t.mustache", tpl, strlen(tpl));
	if (!t)
		return NULL;
	buf out = BUF_INIT;
	bool ok = mustache_render(f->env, t, v, &out);
	const char *s = ok ? arena_strdup(&f->a, buf_cstr(&out)) : NULL;
	buf_free(&out);
	return s;
}

/* The first error of compiling and rendering tpl (or "" if none). */
static const char *
error_of(fixture *f, const char *tpl, const char *data)
{
	const char *out = render(f, tpl, data);
	CHECK(!out);
	return f->d.len ? first_message(&f->d, &f->a) : "";
}

/* ---- the specification, through the engine ---- */

/* Runs every case of one spec file; returns the number of cases run. */
static int
run_spec_file(const char *file)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	const char *path = arena_printf(&a, "%s/%s", SPEC_DIR, file);
	value *spec = yaml_load_file(&a, &d, path);
	value *tests = value_get(spec, "tests");
	int count = tests ? (int)tests->n : 0;
	if (!CHECK(tests && tests->kind == VALUE_LIST)) {
		fprintf(stderr, "    cannot load %s\n", path);
		diag_print(&d, stderr, false);
		goto done;
	}
	for (size_t i = 0; i < tests->n; i++) {
		value *c = tests->items[i];
		value *partials = value_get(c, "partials");
		const value *tpl = value_get(c, "template"), *want = value_get(c, "expected");
		diag cd;
		diag_init(&cd);
		mustache_env *env = mustache_env_new(&a, &cd, resolve_map,
		                                     partials ? partials : value_map(&a), false);
		mustache_template *t = mustache_compile(env, "template", tpl->str, tpl->len);
		buf out = BUF_INIT;
		bool ok = t && mustache_render(env, t, value_get(c, "data"), &out);
		if (!ok || out.len != want->len ||
		    memcmp(buf_cstr(&out), want->str, want->len) != 0) {
			fprintf(stderr, "spec %s#%zu '%s':\n", file, i, value_get(c, "name")->str);
			CHECK_STR(buf_cstr(&out), want->str);
			diag_print(&cd, stderr, false);
		}
		buf_free(&out);
		diag_free(&cd);
	}
done:
	diag_free(&d);
	arena_free(&a);
	return count;
}

TEST(mustache_spec_comments)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("comments.json") == 12);
}

TEST(mustache_spec_delimiters)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("delimiters.json") == 14);
}

TEST(mustache_spec_interpolation)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("interpolation.json") == 42);
}

TEST(mustache_spec_inverted)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("inverted.json") == 22);
}

TEST(mustache_spec_partials)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("partials.json") == 12);
}

TEST(mustache_spec_sections)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("sections.json") == 34);
}

TEST(mustache_spec_dynamic_names)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("~dynamic-names.json") == 21);
}

TEST(mustache_spec_inheritance)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	CHECK(run_spec_file("~inheritance.json") == 27);
}

/* ~lambdas is not run: a lambda is code, which data files cannot hold. Every other spec file
 * must have a test above, so a new file upstream is noticed. */
TEST(mustache_spec_all_files_covered)
{
	if (!spec_available())
		SKIP(SPEC_MISSING);
	static const char *known[] = {
	    "comments.json",       "delimiters.json",   "interpolation.json",
	    "inverted.json",       "partials.json",     "sections.json",
	    "~dynamic-names.json", "~inheritance.json", "~lambdas.json"};
	DIR *dir = opendir(SPEC_DIR);
	if (!CHECK(dir))
		return;
	struct dirent *e;
	while ((e = readdir(dir))) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 5, ".json") != 0)
			continue;
		bool found = false;
		for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
			found = found || strcmp(known[i], e->d_name) == 0;
		if (!found)
			fprintf(stderr, "    spec file %s has no test\n", e->d_name);
		CHECK(found);
	}
	closedir(dir);
}

/* ---- values and escaping ---- */

TEST(mustache_escape_html_escapes_five_characters)
{
	buf out = BUF_INIT;
	const char s[] = "a & b < c > d \" e ' f";
	mustache_escape_html(&out, s, sizeof s - 1);
	CHECK_STR(buf_cstr(&out), "a &amp; b &lt; c &gt; d &quot; e &#39; f");
	buf_reset(&out);
	mustache_escape_html(&out, "", 0);
	CHECK_STR(buf_cstr(&out), "");
	buf_free(&out);
}

TEST(mustache_interpolates_values)
{
	fixture f;
	setup(&f, NULL, false);
	const char *data = "n: 1.210\ni: 85\nneg: -3.5\nt: true\nf: false\nq: \"false\"\nz: ~\n"
	                   "s: \"<b>&'\\\"\"\nlist: [1, 2]\nmap: {a: 1}\n";
	CHECK_STR(render(&f, "{{n}} {{i}} {{neg}} {{t}} {{f}} {{q}} [{{z}}]", data),
	          "1.21 85 -3.5 true false false []");
	CHECK_STR(render(&f, "{{s}}|{{{s}}}|{{&s}}", data),
	          "&lt;b&gt;&amp;&#39;&quot;|<b>&'\"|<b>&'\"");
	CHECK_STR(render(&f, "[{{list}}][{{map}}][{{missing}}][{{map.a}}]", data), "[][][][1]");
	/* A quoted "false" is a string, and strings are truthy; so are 0 and "". */
	CHECK_STR(render(&f, "{{#q}}yes{{/q}}{{#f}}no{{/f}}{{^f}}not{{/f}}", data), "yesnot");
	CHECK_STR(render(&f, "{{#a}}0{{/a}}{{#b}}e{{/b}}{{#c}}no{{/c}}", "a: 0\nb: ''\nc: []\n"),
	          "0e");
	CHECK_STR(render(&f, "{{#list}}({{.}}){{/list}}", data), "(1)(2)");
	CHECK_STR(render(&f, "{{.}}", NULL), "");
	teardown(&f);
}

/* Numbers print by value; the renderer prints a number's source text directly when that is
 * already the canonical form. Check that shortcut against value_format_number. */
TEST(mustache_numbers_print_as_value_format_number)
{
	fixture f;
	setup(&f, NULL, false);
	mustache_template *t = mustache_compile(f.env, "t.mustache", "{{n}}", 5);
	value *data = value_map(&f.a);
	value *n = value_number(&f.a, 0);
	value_set(&f.a, data, "n", n);
	buf out = BUF_INIT;
	static const char *fixed[] = {"0",
	                              "-0",
	                              "1.210",
	                              "0.0001",
	                              "0.00001",
	                              "-0.5",
	                              "007",
	                              "1e3",
	                              "+5",
	                              "100",
	                              "1.",
	                              ".5",
	                              "123456789012345",
	                              "1234567890123456",
	                              "0.1234567890123456",
	                              "9007199254740993",
	                              "-12.50",
	                              "3.14159"};
	unsigned seed = 12345;
	int bad = 0;
	for (int i = 0; i < 20000 + (int)(sizeof fixed / sizeof fixed[0]); i++) {
		char text[64];
		if (i < (int)(sizeof fixed / sizeof fixed[0])) {
			snprintf(text, sizeof text, "%s", fixed[i]);
		} else {
			/* -?DIGITS(.DIGITS)? with leading and trailing zeros now and then */
			size_t k = 0;
			seed = seed * 1103515245 + 12345;
			if (seed >> 31)
				text[k++] = '-';
			int whole = (int)((seed >> 8) % 18), frac = (int)((seed >> 16) % 19) - 1;
			for (int j = 0; j < whole || j == 0; j++) {
				seed = seed * 1103515245 + 12345;
				text[k++] = (char)('0' + (j == 0 && whole > 1 ? 1 + (seed >> 16) % 9
				                                              : (seed >> 16) % 10));
			}
			if (frac >= 0) {
				text[k++] = '.';
				for (int j = 0; j <= frac; j++) {
					seed = seed * 1103515245 + 12345;
					text[k++] =
					    (char)('0' +
					           ((seed >> 16) % 3 ? (seed >> 20) % 10 : 0));
				}
			}
			text[k] = '\0';
		}
		n->number = strtod(text, NULL);
		n->str = text;
		n->len = strlen(text);
		char want[32];
		value_format_number(n->number, want);
		buf_reset(&out);
		CHECK(mustache_render(f.env, t, data, &out));
		if (strcmp(buf_cstr(&out), want) != 0 && bad++ < 5)
			CHECK_STR(buf_cstr(&out), want);
	}
	CHECK(bad == 0);
	buf_free(&out);
	teardown(&f);
}

TEST(mustache_context_stack)
{
	fixture f;
	setup(&f, NULL, false);
	const char *data =
	    "title: T\nrows:\n  - {name: a, tags: [x, y]}\n  - {name: b, title: U}\n";
	CHECK_STR(render(&f, "{{#rows}}{{name}}:{{title}}:{{#tags}}{{.}}{{/tags}};{{/rows}}", data),
	          "a:T:xy;b:U:;");
	/* The rest of a dotted name is looked up only in what its first part found. */
	CHECK_STR(render(&f, "{{#a}}[{{b.c}}]{{/a}}", "a: {b: {}}\nb: {c: no}\n"), "[]");
	teardown(&f);
}

TEST(mustache_template_text_is_copied)
{
	fixture f;
	setup(&f, NULL, false);
	char text[] = "Hello {{name}}!";
	mustache_template *t = mustache_compile(f.env, "t.mustache", text, strlen(text));
	memset(text, 'x', strlen(text));
	value *data = yaml_load(&f.a, &f.d, "d.yaml", "name: you", 9);
	buf out = BUF_INIT;
	CHECK(t && mustache_render(f.env, t, data, &out));
	CHECK_STR(buf_cstr(&out), "Hello you!");
	buf_free(&out);
	teardown(&f);
}

/* ---- errors: every one with its position, none a crash ---- */

TEST(mustache_error_unclosed_section)
{
	fixture f;
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "<ul>\n\n  {{#items}}\n<li>{{.}}</li>\n", NULL),
	          "t.mustache:3:3: error: section 'items' is never closed (opened here)");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{^a}}{{$b}}", NULL),
	          "t.mustache:1:7: error: block 'b' is never closed (opened here)");
	teardown(&f);
}

TEST(mustache_error_mismatched_close)
{
	fixture f;
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "x\n{{#bar}}\n  {{/foo}}\n", NULL),
	          "t.mustache:3:3: error: closing tag '/foo' does not match open section 'bar' "
	          "(opened at line 2)");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "a {{/foo}}", NULL),
	          "t.mustache:1:3: error: closing tag '/foo' has no open section");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{<*p}}{{/p}}", NULL),
	          "t.mustache:1:8: error: closing tag '/p' does not match open parent '*p' (opened "
	          "at line 1)");
	teardown(&f);
}

TEST(mustache_error_bad_delimiters)
{
	fixture f;
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "a\n{{=<% =}}", NULL),
	          "t.mustache:2:1: error: invalid delimiter change '<% ': expected two delimiters "
	          "separated by a space, neither containing '=' (e.g. {{=<% %>=}})");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{=a= b=}}", NULL),
	          "t.mustache:1:1: error: invalid delimiter change 'a= b': expected two delimiters "
	          "separated by a space, neither containing '=' (e.g. {{=<% %>=}})");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{=<% %>}} {{x}}", NULL),
	          "t.mustache:1:1: error: unclosed tag '{{=': no '=}}' follows");
	teardown(&f);
}

TEST(mustache_error_unclosed_and_malformed_tags)
{
	fixture f;
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "ab {{name", NULL),
	          "t.mustache:1:4: error: unclosed tag '{{': no '}}' follows");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{{name}}", NULL),
	          "t.mustache:1:1: error: unclosed tag '{{{': no '}}}' follows");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{=<% %>=}}\n<%#list%>", NULL),
	          "t.mustache:2:1: error: section 'list' is never closed (opened here)");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{ }}", NULL), "t.mustache:1:1: error: variable tag has no name");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{#a b}}{{/a b}}", NULL),
	          "t.mustache:1:1: error: section tag name 'a b' contains whitespace");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{a.}}", NULL),
	          "t.mustache:1:1: error: invalid name 'a.': dots must separate names");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{>*}}", NULL),
	          "t.mustache:1:1: error: dynamic partial tag has no name");
	teardown(&f);
}

TEST(mustache_error_nesting_limit)
{
	fixture f;
	setup(&f, NULL, false);
	buf tpl = BUF_INIT;
	for (int i = 0; i < 101; i++)
		buf_adds(&tpl, "{{#a}}");
	CHECK_STR(error_of(&f, buf_cstr(&tpl), NULL),
	          "t.mustache:1:601: error: sections nested more than 100 deep");
	buf_free(&tpl);
	teardown(&f);
}

TEST(mustache_error_unknown_partial)
{
	fixture f;
	/* Not required: a missing partial renders as nothing, as the spec says. */
	setup(&f, NULL, false);
	CHECK_STR(render(&f, "[{{>nope}}]", NULL), "[]");
	CHECK(f.d.len == 0);
	teardown(&f);
	setup(&f, NULL, true);
	CHECK_STR(error_of(&f, "a\n  {{>nope}}\n", NULL),
	          "t.mustache:2:3: error: partial 'nope' not found");
	teardown(&f);
	/* A dynamic name is resolved while rendering; the error is a render error. */
	setup(&f, NULL, true);
	CHECK_STR(error_of(&f, "{{>*which}}", "which: nope"),
	          "t.mustache:1:1: error: partial 'nope' not found");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(render(&f, "[{{>*which}}][{{>*missing}}]", "which: nope"), "[][]");
	teardown(&f);
}

TEST(mustache_error_unknown_parent)
{
	fixture f;
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "x\n{{<layout}}{{$a}}A{{/a}}{{/layout}}", NULL),
	          "t.mustache:2:1: error: parent 'layout' not found");
	teardown(&f);
	setup(&f, NULL, false);
	CHECK_STR(error_of(&f, "{{<*base}}{{/*base}}", "base: nope"),
	          "t.mustache:1:1: error: parent 'nope' not found");
	teardown(&f);
}

TEST(mustache_error_in_partial)
{
	fixture f;
	setup(&f, "bad: \"line\\n{{#x}}\"\n", false);
	CHECK_STR(error_of(&f, "{{>bad}}", NULL),
	          "bad:2:1: error: section 'x' is never closed (opened here)");
	/* A second template using the same broken partial fails too. */
	size_t before = f.d.len;
	CHECK(!mustache_compile(f.env, "u.mustache", "{{>bad}}", 8));
	CHECK(f.d.len == before + 1);
	CHECK(strstr(f.d.items[f.d.len - 1].message, "partial 'bad' has errors"));
	teardown(&f);
	/* A dynamic partial with errors fails the render that meets it. */
	setup(&f, "bad: \"{{/x}}\"\n", false);
	CHECK_STR(error_of(&f, "{{>*p}}", "p: bad"),
	          "bad:1:1: error: closing tag '/x' has no open section");
	teardown(&f);
}

TEST(mustache_error_runaway_recursion)
{
	fixture f;
	setup(&f, "self: \"x{{>self}}\"\n", false);
	CHECK_STR(error_of(&f, "{{>self}}", NULL),
	          "self:1:2: error: partial 'self' nested more than 100 deep (does it include "
	          "itself?)");
	teardown(&f);
	setup(&f, "node: \"{{#a}}{{>*name}}{{/a}}\"\n", false);
	CHECK_STR(error_of(&f, "{{>node}}", "a: 1\nname: node\n"),
	          "node:1:7: error: partial 'node' nested more than 100 deep (does it include "
	          "itself?)");
	teardown(&f);
	setup(&f, "p: \"{{$b}}{{/b}}\"\n", false);
	CHECK_STR(error_of(&f, "{{<p}}{{$b}}({{$b}}{{/b}}){{/b}}{{/p}}", NULL),
	          "t.mustache:1:14: error: block 'b' nested more than 100 deep (does it include "
	          "itself?)");
	teardown(&f);
	/* A partial that recurses over its data ends with the data: no error. */
	setup(&f, "node: \"{{name}}({{#kids}}{{>node}}{{/kids}})\"\n", false);
	CHECK_STR(
	    render(&f, "{{>node}}",
	           "name: a\nkids: [{name: b, kids: [{name: c, kids: []}]}, {name: d, kids: []}]"),
	    "a(b(c())d())");
	teardown(&f);
}

/* Sections nested over the same list, or partials that each include the next several times,
 * grow exponentially: the render stops with an error instead of running for hours. */
TEST(mustache_error_exponential_render)
{
	fixture f;
	setup(&f, NULL, false);
	buf tpl = BUF_INIT;
	for (int i = 0; i < 30; i++)
		buf_adds(&tpl, "{{#l}}");
	buf_adds(&tpl, "x");
	for (int i = 0; i < 30; i++)
		buf_adds(&tpl, "{{/l}}");
	const char *msg = error_of(&f, buf_cstr(&tpl), "l: [1, 2, 3]");
	CHECK(strstr(msg, "t.mustache:1:181: error: rendering stopped: more than 10000000 nodes") ==
	      msg);
	buf_free(&tpl);
	teardown(&f);
	setup(&f,
	      "a: \"{{>b}}{{>b}}{{>b}}{{>b}}\"\nb: \"{{>c}}{{>c}}{{>c}}{{>c}}\"\n"
	      "c: \"{{>d}}{{>d}}{{>d}}{{>d}}\"\nd: \"{{>e}}{{>e}}{{>e}}{{>e}}\"\n"
	      "e: \"{{>g}}{{>g}}{{>g}}{{>g}}\"\ng: \"{{>h}}{{>h}}{{>h}}{{>h}}\"\n"
	      "h: \"{{>i}}{{>i}}{{>i}}{{>i}}\"\ni: \"{{>j}}{{>j}}{{>j}}{{>j}}\"\n"
	      "j: \"{{>k}}{{>k}}{{>k}}{{>k}}\"\nk: \"{{>m}}{{>m}}{{>m}}{{>m}}\"\n"
	      "m: \"{{>n}}{{>n}}{{>n}}{{>n}}\"\nn: \"{{>o}}{{>o}}{{>o}}{{>o}}\"\n"
	      "o: \"lol\"\n",
	      false);
	CHECK(strstr(error_of(&f, "{{>a}}", NULL), "rendering stopped"));
	teardown(&f);
}

/* ---- inheritance as themes use it ---- */

TEST(mustache_layout_inheritance)
{
	fixture f;
	setup(
	    &f,
	    "layout: \"<title>{{$title}}Site{{/title}}</title>\\n<main>\\n{{$main}}\\n{{/main}}\\n"
	    "</main>\\n\"\n",
	    true);
	CHECK_STR(
	    render(&f,
	           "{{<layout}}\n{{$title}}Page – {{name}}{{/title}}\n{{$main}}\n<p>{{name}}</p>\n"
	           "{{/main}}\n{{/layout}}\n",
	           "name: A&B"),
	    "<title>Page – A&amp;B</title>\n<main>\n<p>A&amp;B</p>\n</main>\n");
	CHECK_STR(render(&f, "{{<layout}}{{/layout}}", NULL),
	          "<title>Site</title>\n<main>\n</main>\n");
	teardown(&f);
}

/* ---- threads ---- */

typedef struct job {
	mustache_env *env;
	const mustache_template *t;
	const value *data;
	const char *want;
	int bad;
} job;

static void *
render_many(void *arg)
{
	job *j = arg;
	diag d;
	diag_init(&d);
	buf out = BUF_INIT;
	for (int i = 0; i < 200; i++) {
		buf_reset(&out);
		if (!mustache_render_diag(j->env, j->t, j->data, &out, &d) ||
		    strcmp(buf_cstr(&out), j->want) != 0)
			j->bad++;
	}
	buf_free(&out);
	diag_free(&d);
	return NULL;
}

TEST(mustache_renders_from_threads)
{
	fixture f;
	setup(&f,
	      "row: \"<td>{{name}}</td>{{>*cell}}\\n\"\nnum: \"<td>{{n}}</td>\"\n"
	      "txt: \"<td>{{text}}</td>\"\n",
	      true);
	const char *tpl = "{{#rows}}\n  {{>row}}\n{{/rows}}\n";
	value *data = yaml_load(&f.a, &f.d, "d.yaml",
	                        "rows:\n"
	                        "  - {name: a, cell: num, n: 1.50}\n"
	                        "  - {name: b, cell: txt, text: \"<x>\"}\n"
	                        "  - {name: c, cell: num, n: 3}\n",
	                        strlen("rows:\n"
	                               "  - {name: a, cell: num, n: 1.50}\n"
	                               "  - {name: b, cell: txt, text: \"<x>\"}\n"
	                               "  - {name: c, cell: num, n: 3}\n"));
	mustache_template *t = mustache_compile(f.env, "t.mustache", tpl, strlen(tpl));
	CHECK(t);
	/* No render has happened yet, so the dynamic partials are compiled by the threads. */
	job jobs[8];
	pthread_t th[8];
	for (int i = 0; i < 8; i++) {
		jobs[i] = (job){f.env, t, data,
		                "  <td>a</td><td>1.5</td>\n  <td>b</td><td>&lt;x&gt;</td>\n"
		                "  <td>c</td><td>3</td>\n",
		                0};
		pthread_create(&th[i], NULL, render_many, &jobs[i]);
	}
	for (int i = 0; i < 8; i++) {
		pthread_join(th[i], NULL);
		CHECK(jobs[i].bad == 0);
	}
	CHECK(f.d.len == 0);
	teardown(&f);
}
