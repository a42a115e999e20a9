/* fixtures.h - hand-built model pieces for the chart tests (tests/charts/golden.c and
 * tests/unit/test_charts.c). Everything is allocated in the given arena; no YAML involved
 * except the default theme's colours and words (fx_style), read from themes/default/tokens.yaml
 * and themes/default/strings/en-GB.yaml so the tests draw and write what the site does. The measure
 * data follow the council's Q1 2019/20 report (shared/seeds/004). */
#ifndef PLANSITE_CHART_FIXTURES_H
#define PLANSITE_CHART_FIXTURES_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/model.h"
#include "site/charts.h"
#include "site/format.h"
#include "site/strings.h"
#include "site/tokens.h"
#include "util/arena.h"
#include "util/fs.h"
#include "yaml_loader.h"

#define FX_NONE NAN /* a period without a value */

/* The default theme's English conventions, from themes/default/strings/en-GB.yaml (run from
 * the repository root); aborts when they do not load. The strings live in arena a; their
 * mutex is never destroyed, which costs nothing on the platforms the tests run on. */
static inline const format_conventions *
fx_format(arena *a)
{
	const char *path = "themes/default/strings/en-GB.yaml";
	format_conventions *fc = arena_alloc(a, sizeof *fc);
	diag d;
	diag_init(&d);
	size_t len = 0;
	const char *text = fs_read(a, path, &len);
	strings_file f = {path, text, len};
	strings *s = text ? strings_load(a, &d, "en-GB", &f, 1, NULL, NULL, 0) : NULL;
	if (!s || !format_conventions_load(a, s, &d, fc) || diag_failed(&d)) {
		fprintf(stderr, "%s: cannot load the conventions\n", path);
		diag_print(&d, stderr, true);
		abort();
	}
	diag_free(&d);
	return fc;
}

/* The default theme's chart colours, its words and the English conventions (run from the
 * repository root); aborts when the tokens or strings do not load, as every chart would be
 * wrong. The strings are never freed: their mutex holds no memory, and the arena owns the rest. */
static inline const chart_style *
fx_style(arena *a)
{
	chart_style *cs = arena_alloc(a, sizeof *cs);
	tokens t = {{NULL}, {{NULL, 0, 0}}};
	diag d;
	diag_init(&d);
	value *v = yaml_load_file(a, &d, "themes/default/tokens.yaml");
	if (v)
		tokens_apply(&t, a, v, &d);
	bool ok = v && tokens_check(&t, &d, (mark){"themes/default", 0, 0}) && !diag_failed(&d);
	const char *path = "themes/default/strings/en-GB.yaml";
	size_t len = 0;
	const char *text = ok ? fs_read(a, path, &len) : NULL;
	strings_file file = {path, text, len};
	cs->words = text ? strings_load(a, &d, "en-GB", &file, 1, NULL, NULL, 0) : NULL;
	ok = ok && cs->words && !diag_failed(&d);
	if (!ok) {
		diag_print(&d, stderr, true);
		abort();
	}
	diag_free(&d);
	tokens_chart_style(&t, fx_format(a), cs);
	return cs;
}

/* A measure with n periods; columns: actual, target, red, then ncomp comparators, each NAN
 * where the period has no value. */
static inline item *
fx_measure(arena *a, const char *title, unit u, const char *unit_label, polarity pol,
           const char *const *comparators, size_t ncomp, const char *const *periods,
           const double *rows, size_t n)
{
	item *it = arena_alloc(a, sizeof *it);
	it->kind = ITEM_MEASURE;
	it->id = "fixture-measure";
	it->title = title;
	measure_info *mi = arena_alloc(a, sizeof *mi);
	mi->unit = u;
	mi->unit_label = unit_label;
	mi->polarity = pol;
	mi->type = "Strategic";
	mi->comparators = (const char **)comparators;
	mi->ncomparators = ncomp;
	mi->history = arena_alloc(a, sizeof(history_point) * (n ? n : 1));
	mi->nhistory = n;
	size_t cols = 3 + ncomp;
	for (size_t i = 0; i < n; i++) {
		history_point *h = &mi->history[i];
		const double *r = rows + i * cols;
		h->period = periods[i];
		/* charts word the period from per; a text the content would refuse ("Q1")
		 * leaves it PERIOD_NONE, a period without words */
		const char *why;
		if (periods[i] && !period_parse(periods[i], strlen(periods[i]), &h->per, &why))
			h->per = (period){PERIOD_NONE, 0, 0};
		h->has_actual = !isnan(r[0]);
		h->actual = h->has_actual ? r[0] : 0;
		h->has_target = !isnan(r[1]);
		h->target = h->has_target ? r[1] : 0;
		h->has_red = !isnan(r[2]);
		h->red = h->has_red ? r[2] : 0;
		h->has_comparator = arena_alloc(a, sizeof(bool) * (ncomp ? ncomp : 1));
		h->comparator = arena_alloc(a, sizeof(double) * (ncomp ? ncomp : 1));
		for (size_t k = 0; k < ncomp; k++) {
			h->has_comparator[k] = !isnan(r[3 + k]);
			h->comparator[k] = h->has_comparator[k] ? r[3 + k] : 0;
		}
	}
	it->measure = mi;
	return it;
}

/* "Long term looked after children who are in stable placements": 13 quarters, the last three
 * without an actual, target 70%, red 65%, London average 67.1%. */
static inline item *
fx_stable_placements(arena *a)
{
	static const char *const periods[] = {
	    "Q4 2016/17", "Q1 2017/18", "Q2 2017/18", "Q3 2017/18", "Q4 2017/18",
	    "Q1 2018/19", "Q2 2018/19", "Q3 2018/19", "Q4 2018/19", "Q1 2019/20",
	    "Q2 2019/20", "Q3 2019/20", "Q4 2019/20"};
	static const char *const comps[] = {"London average"};
	static const double rows[] = {
	    71.6, 70,      65,   67.1, 70,   70,      65,   67.1, 65.6, 70,      65,   67.1, 67.2,
	    70,   65,      67.1, 62.3, 70,   65,      67.1, 59.2, 70,   65,      67.1, 58.1, 70,
	    65,   67.1,    61.5, 70,   65,   67.1,    70.6, 70,   65,   67.1,    69,   70,   65,
	    67.1, FX_NONE, 70,   65,   67.1, FX_NONE, 70,   65,   67.1, FX_NONE, 70,   65,   67.1,
	};
	return fx_measure(a, "Long term looked after children who are in stable placements",
	                  UNIT_PERCENT, NULL, POLARITY_HIGHER_IS_BETTER, comps, 1, periods, rows,
	                  13);
}

/* "Families who are seeing the benefits …": targets and red thresholds, no actual yet. */
static inline item *
fx_no_actuals(arena *a)
{
	static const char *const periods[] = {"Q1 2019/20", "Q2 2019/20", "Q3 2019/20",
	                                      "Q4 2019/20"};
	static const double rows[] = {FX_NONE, 80, 80, FX_NONE, 80, 80,
	                              FX_NONE, 80, 80, FX_NONE, 80, 80};
	return fx_measure(
	    a, "Families who are seeing the benefits of being supported before problems escalate",
	    UNIT_PERCENT, NULL, POLARITY_HIGHER_IS_BETTER, NULL, 0, periods, rows, 4);
}

/* Pounds, lower is better, negative values, a gap in the middle, two comparators with holes. */
static inline item *
fx_pounds_negative(arena *a)
{
	static const char *const periods[] = {"2015/16", "2016/17", "2017/18",
	                                      "2018/19", "2019/20", "2020/21"};
	static const char *const comps[] = {"London average", "National average"};
	static const double rows[] = {
	    -1200,   -500, 0,       -800,    FX_NONE, /* actual, target, red, London, national */
	    -350,    -500, 0,       -700,    -300,    FX_NONE, -500,    0,    FX_NONE,
	    -250,    250,  -500,    0,       -600,    FX_NONE, 1250.5,  -500, 0,
	    FX_NONE, -100, FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE,
	};
	return fx_measure(a, "Net cost per household of temporary accommodation <B&B>", UNIT_POUNDS,
	                  NULL, POLARITY_LOWER_IS_BETTER, comps, 2, periods, rows, 6);
}

/* One period only, days with words after the number. */
static inline item *
fx_single_point(arena *a)
{
	static const char *const periods[] = {"Q1 2019/20"};
	static const double rows[] = {9.5, 8, 10};
	return fx_measure(a, "Average days lost to sickness absence", UNIT_DAYS,
	                  "per full-time equivalent employee", POLARITY_LOWER_IS_BETTER, NULL, 0,
	                  periods, rows, 1);
}

/* Counts, every value the same. */
static inline item *
fx_all_equal(arena *a)
{
	static const char *const periods[] = {"April 2019", "May 2019", "June 2019"};
	static const double rows[] = {73, 73, FX_NONE, 73, 73, FX_NONE, 73, 73, FX_NONE};
	return fx_measure(a, "Adults supported into sustainable employment", UNIT_COUNT, NULL,
	                  POLARITY_NONE, NULL, 0, periods, rows, 3);
}

/* ---- plans, items, equality ---- */

static inline status_entry *
fx_status(arena *a, item *it, lifecycle l, rag r)
{
	status_entry *s = arena_alloc(a, sizeof *s);
	s->item = it;
	s->lifecycle = l;
	s->rag = r;
	it->current = s;
	ptrvec_push(a, &it->history, s);
	return s;
}

static inline item *
fx_item(arena *a, plan *pl, item_kind kind, const char *id, const char *title, int last_day,
        lifecycle l, due_state due)
{
	item *it = arena_alloc(a, sizeof *it);
	it->kind = kind;
	it->id = id;
	it->title = title;
	it->plan = pl;
	it->index = pl->items.len;
	if (last_day) {
		it->has_deadline = true;
		it->deadline.items = arena_alloc(a, sizeof(deadline));
		it->deadline.n = 1;
		it->deadline.items[0].kind = DEADLINE_DAY;
		it->deadline.items[0].year = last_day / 10000;
		it->deadline.items[0].month = last_day / 100 % 100;
		it->deadline.items[0].day = last_day % 100;
		it->deadline.items[0].last_day = last_day;
		it->deadline.last_day = last_day;
	}
	if (l != LIFECYCLE_NONE)
		fx_status(a, it, l, RAG_NONE);
	it->due = due;
	ptrvec_push(a, &pl->items, it);
	return it;
}

static inline plan *
fx_plan(arena *a, const char *id, const char *title, int as_of)
{
	plan *pl = arena_alloc(a, sizeof *pl);
	pl->id = id;
	pl->title = title;
	pl->as_of = as_of;
	return pl;
}

/* A 2019–22 plan as of 30 June 2019 with deadlines from March 2019 to March 2020. */
static inline plan *
fx_deadline_plan(arena *a)
{
	plan *pl = fx_plan(a, "2019-22",
	                   "Tower Hamlets Strategic Plan 2019\xe2\x80\x93"
	                   "22",
	                   20190630);
	static const struct {
		int day;
		lifecycle l;
		due_state due;
	} rows[] = {
	    {20190331, LIFECYCLE_COMPLETED, DUE_DONE},
	    {20190331, LIFECYCLE_COMPLETED_WITH_CHANGES, DUE_DONE},
	    {20190331, LIFECYCLE_IN_PROGRESS, DUE_OVERDUE},
	    {20190430, LIFECYCLE_COMPLETED, DUE_DONE},
	    {20190630, LIFECYCLE_COMPLETED, DUE_DONE},
	    {20190630, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20190615, LIFECYCLE_NOT_STARTED, DUE_OVERDUE},
	    {20190930, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20190930, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20190930, LIFECYCLE_NOT_STARTED, DUE_UPCOMING},
	    {20190930, LIFECYCLE_DEFERRED, DUE_CLOSED},
	    {20191231, LIFECYCLE_NONE, DUE_UPCOMING},
	    {20200331, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20200331, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20200331, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20200331, LIFECYCLE_IN_PROGRESS, DUE_UPCOMING},
	    {20200331, LIFECYCLE_NOT_STARTED, DUE_UPCOMING},
	    {0, LIFECYCLE_IN_PROGRESS, DUE_NONE}, /* TBC: not drawn */
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		fx_item(a, pl, i % 3 ? ITEM_DELIVERABLE : ITEM_ACTIVITY, arena_printf(a, "d%zu", i),
		        arena_printf(a, "Deliverable %zu", i), rows[i].day, rows[i].l, rows[i].due);
	/* an outcome and a measure with deadlines are not counted */
	fx_item(a, pl, ITEM_OUTCOME, "o1", "Outcome 1", 20190331, LIFECYCLE_IN_PROGRESS,
	        DUE_OVERDUE);
	fx_item(a, pl, ITEM_MEASURE, "m1", "Measure 1", 20190331, LIFECYCLE_NONE, DUE_OVERDUE);
	return pl;
}

static inline characteristic *
fx_characteristic(arena *a, model *m, const char *id, const char *name, bool protected_)
{
	characteristic *c = arena_alloc(a, sizeof *c);
	c->id = id;
	c->name = name;
	c->protected_ = protected_;
	ptrvec_push(a, &m->characteristics, c);
	return c;
}

static inline equality_outcome *
fx_equality_outcome(arena *a, model *m, const char *id, plan *pl)
{
	equality_outcome *eo = arena_alloc(a, sizeof *eo);
	eo->id = id;
	eo->title = id;
	eo->plan = pl;
	ptrvec_push(a, &m->equality_outcomes, eo);
	return eo;
}

static inline void
fx_tag(arena *a, equality_outcome *eo, characteristic *c)
{
	ptrvec_push(a, &eo->characteristics, c);
	ptrvec_push(a, &c->outcomes, eo);
}

static inline void
fx_link(arena *a, equality_outcome *eo, item *it)
{
	ptrvec_push(a, &eo->links, it);
	ptrvec_push(a, &it->equality, eo);
}

/* Two plans, four protected characteristics and a local group; gaps on purpose. */
static inline model *
fx_equality_model(arena *a)
{
	model *m = arena_alloc(a, sizeof *m);
	m->arena = a;
	plan *p2019 = fx_plan(a, "2019-22",
	                      "Tower Hamlets Strategic Plan 2019\xe2\x80\x93"
	                      "22",
	                      20190630);
	plan *p2017 = fx_plan(a, "2017-18", "Strategic Plan 2017/18", 20180331);
	ptrvec_push(a, &m->plans, p2019);
	ptrvec_push(a, &m->plans, p2017);
	characteristic *age = fx_characteristic(a, m, "age", "Age", true);
	characteristic *dis = fx_characteristic(a, m, "disability", "Disability", true);
	characteristic *care = fx_characteristic(a, m, "care-leavers",
	                                         "Looked after children and care leavers", false);
	fx_characteristic(a, m, "gender-reassignment", "Gender reassignment", true);
	characteristic *mar =
	    fx_characteristic(a, m, "marriage", "Marriage & civil partnership", true);
	(void)mar;

	item *a1 = fx_item(a, p2019, ITEM_ACTIVITY, "a1", "Careers programme", 20200331,
	                   LIFECYCLE_IN_PROGRESS, DUE_UPCOMING);
	item *a2 = fx_item(a, p2019, ITEM_DELIVERABLE, "a2", "Workpath restructure", 20190630,
	                   LIFECYCLE_COMPLETED, DUE_DONE);
	item *m1 = fx_item(a, p2019, ITEM_MEASURE, "m1", "Disabled residents into work", 0,
	                   LIFECYCLE_NONE, DUE_NONE);
	fx_status(a, m1, LIFECYCLE_NONE, RAG_GREEN);
	item *o1 = fx_item(a, p2019, ITEM_OUTCOME, "o1", "Outcome 1", 0, LIFECYCLE_NONE, DUE_NONE);
	item *b1 = fx_item(a, p2017, ITEM_ACTIVITY, "b1", "Older people's strategy", 20180331,
	                   LIFECYCLE_NONE, DUE_OVERDUE);

	equality_outcome *e1 = fx_equality_outcome(a, m, "employment-disability", p2019);
	fx_tag(a, e1, dis);
	fx_link(a, e1, a1);
	fx_link(a, e1, a2);
	fx_link(a, e1, m1);
	equality_outcome *e2 = fx_equality_outcome(a, m, "young-people", p2019);
	fx_tag(a, e2, age);
	fx_tag(a, e2, care);
	fx_tag(a, e2, dis);
	fx_link(a, e2, a1); /* a1 twice for disability: counted once */
	fx_link(a, e2, o1);
	equality_outcome *e3 = fx_equality_outcome(a, m, "older-people", p2017);
	fx_tag(a, e3, age);
	fx_link(a, e3, b1);
	return m;
}

#endif
