/* test_model_json.c - the published model JSON against the data schema printed from the same
 * tables: a model with every record kind (a restated figure, comparators, a revised deadline,
 * people, directorates, groups and equality outcomes) is written, read back, and every
 * object checked against its schema: each key declared, each required key present, and
 * each value of a declared type. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/content.h"
#include "content/model_json.h"
#include "site_fixture.h"
#include "test.h"
#include "value.h"
#include "yaml_loader.h"

static const char *const fixture_paths[] = {
    "site.yaml",
    "registry/r.yaml",
    "equality/e.yaml",
    "plans/q/plan.yaml",
    "plans/q/outcomes/o.yaml",
    "plans/q/measures/m.yaml",
    "plans/q/reports/q1.yaml",
    "plans/q/reports/q2.yaml",
};
static const char *const fixture_texts[] = {
    "title: T\ncouncil: C\nbase_url: https://x.example\n" A11Y,
    "people: [{id: pa, name: Pat, kind: officer}]\ndirectorates: [{id: dd, code: DD}]\n",
    "characteristics: [{id: age, name: Age, protected: true}]\n"
    "outcomes: [{id: e1, title: E, plan: q, characteristics: [age]}]\n",
    "id: q\ntitle: Q\nstart: 2019-04-01\nend: 2020-03-31\n"
    "priorities: [{id: p, title: P, outcomes: [o]}]\n",
    "id: o\ntitle: O\nequality: [e1]\nactivities:\n"
    "  - id: a\n    title: A\n    lead_officers: pa\n    directorates: dd\n"
    "    deadline: 2019-12-31\n"
    "    revisions: [{deadline: 2020/21 Q1, report: q1, reason: Later}]\n",
    "measures:\n  - id: m\n    title: M\n    outcome: o\n    unit: percent\n"
    "    comparators: [London]\n"
    "    history: [{period: 2018/19 Q4, actual: 55, comparators: {London: 50}}]\n",
    "id: q1\ntitle: q1\nperiod: 2019/20 Q1\nas_of: 2019-06-30\n"
    "measures: [{ref: m, actual: 60, rag: green}]\n"
    "activities: [{ref: o/a, lifecycle: in-progress}]\n",
    "id: q2\ntitle: q2\nperiod: 2019/20 Q2\nas_of: 2019-09-30\n"
    "measures: [{ref: m, actual: 62, last_update: 2019/20 Q1, restated: Late returns}]\n",
};

typedef struct checker {
	const value *root; /* the schema */
	int problems;
	bool restated; /* a restatement object was met */
} checker;

static const value *
resolve(const checker *c, const value *s)
{
	const value *ref = value_get(s, "$ref");
	while (ref && ref->kind == VALUE_STRING && strncmp(ref->str, "#/definitions/", 14) == 0) {
		s = value_get(value_get(c->root, "definitions"), ref->str + 14);
		if (!s)
			return NULL;
		ref = value_get(s, "$ref");
	}
	return s;
}

static bool
type_is(const value *v, const char *type)
{
	if (strcmp(type, "null") == 0)
		return v->kind == VALUE_NULL;
	if (strcmp(type, "string") == 0)
		return v->kind == VALUE_STRING;
	if (strcmp(type, "number") == 0)
		return v->kind == VALUE_NUMBER;
	if (strcmp(type, "boolean") == 0)
		return v->kind == VALUE_BOOL;
	if (strcmp(type, "array") == 0)
		return v->kind == VALUE_LIST;
	if (strcmp(type, "object") == 0)
		return v->kind == VALUE_MAP;
	return false;
}

static void
problem(checker *c, const char *where, const char *what)
{
	if (c->problems++ < 5)
		fprintf(stderr, "  %s: %s\n", where, what);
}

static void
check_value(checker *c, const value *v, const value *schema, const char *where)
{
	const value *s = resolve(c, schema);
	if (!s) {
		problem(c, where, "no schema");
		return;
	}
	const value *type = value_get(s, "type");
	if (type) {
		bool ok = false;
		if (type->kind == VALUE_STRING)
			ok = type_is(v, type->str);
		for (size_t i = 0; type->kind == VALUE_LIST && i < type->n; i++)
			ok = ok || type_is(v, type->items[i]->str);
		if (!ok)
			problem(c, where, "wrong type");
	}
	const value *words = value_get(s, "enum");
	if (words) {
		bool ok = false;
		for (size_t i = 0; i < words->n; i++)
			ok = ok ||
			     (words->items[i]->kind == v->kind &&
			      (v->kind == VALUE_NULL || strcmp(words->items[i]->str, v->str) == 0));
		if (!ok)
			problem(c, where, "not a word of its enum");
	}
	if (v->kind == VALUE_LIST && value_get(s, "items"))
		for (size_t i = 0; i < v->n; i++)
			check_value(c, v->items[i], value_get(s, "items"), where);
	if (v->kind != VALUE_MAP)
		return;
	const value *props = value_get(s, "properties");
	const value *extra = value_get(s, "additionalProperties");
	if (strcmp(where, "restated") == 0)
		c->restated = true;
	for (size_t i = 0; i < v->n; i++) {
		const char *k = v->keys[i]->str;
		const value *ks = props ? value_get(props, k) : NULL;
		if (ks)
			check_value(c, v->items[i], ks, k);
		else if (extra && extra->kind == VALUE_MAP)
			check_value(c, v->items[i], extra, k);
		else
			problem(c, k, "not declared in the schema");
	}
	const value *req = value_get(s, "required");
	for (size_t i = 0; req && i < req->n; i++)
		if (!value_get(v, req->items[i]->str))
			problem(c, req->items[i]->str, "required but not written");
}

TEST(model_json_matches_its_schema)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	size_t n = sizeof fixture_paths / sizeof *fixture_paths;
	model *m = content_load_files(&a, &d, fixture_paths, fixture_texts, NULL, n);
	if (!CHECK(m && d.errors == 0)) {
		diag_print(&d, stderr, true);
		diag_free(&d);
		arena_free(&a);
		return;
	}
	buf data = BUF_INIT, schema = BUF_INIT;
	jw w = model_json_writer(&data);
	model_json_write(&w, m, &(model_json_opts){.base = "https://x.example/"});
	model_json_schema(&schema, NULL);
	value *dv = yaml_load(&a, &d, "plansite.json", data.data, data.len);
	value *sv = yaml_load(&a, &d, "plansite.schema.json", schema.data, schema.len);
	if (CHECK(dv && sv && d.errors == 0)) {
		checker c = {sv, 0, false};
		check_value(&c, dv, sv, "$");
		CHECK(c.problems == 0);
		CHECK(c.restated); /* the fixture reached every record kind */
		const value *plans = value_get(dv, "plans");
		const value *items = plans && plans->n ? value_get(plans->items[0], "items") : NULL;
		if (CHECK(items && items->n > 0)) {
			/* index.json: the same item, through the same record table */
			const value *item_def = value_get(value_get(sv, "definitions"), "item");
			buf one = BUF_INIT;
			jw iw = model_json_writer(&one);
			const plan *p = m->plans.items[0];
			model_json_item(&iw, p->items.items[p->items.len - 1], "https://x.example/",
			                NULL);
			value *iv = yaml_load(&a, &d, "index.json", one.data, one.len);
			if (CHECK(iv && item_def)) {
				check_value(&c, iv, item_def, "index.json");
				CHECK(c.problems == 0);
			}
			buf_free(&one);
		}
	}
	/* The same model writes the same bytes. */
	buf again = BUF_INIT;
	jw w2 = model_json_writer(&again);
	model_json_write(&w2, m, &(model_json_opts){.base = "https://x.example/"});
	CHECK(again.len == data.len && memcmp(again.data, data.data, data.len) == 0);
	buf_free(&again);
	buf_free(&data);
	buf_free(&schema);
	diag_free(&d);
	arena_free(&a);
}
