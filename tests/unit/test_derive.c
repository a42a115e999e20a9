/* Unit tests for generator/content/derive.c: measure series derived from the reports (back
 * data, targets by period, figures by their own period), conflicts and restatements with
 * their exact messages, statuses never filled forwards, added_in / dropped_in, and the
 * reporting date. Each test loads a small plan with up to four quarterly reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/internal.h"
#include "test.h"

#define PLAN "plans/q/plan.yaml"
#define OUT "plans/q/outcomes/o.yaml"
#define MEAS "plans/q/measures/m.yaml"
#define R1 "plans/q/reports/q1.yaml"
#define R2 "plans/q/reports/q2.yaml"
#define R3 "plans/q/reports/q3.yaml"

static const char *const plan_text = "id: q\ntitle: Q\nstart: 2019-04-01\nend: 2020-03-31\n"
                                     "priorities: [{id: p, title: P, outcomes: [o]}]\n";
static const char *const outcome_text = "id: o\ntitle: O\nactivities:\n"
                                        "  - {id: a, title: A, deadline: 2019-12-31}\n"
                                        "  - {id: late, title: L}\n";
/* The same with the second action joining the plan in report q2. */
static const char *const added_text = "id: o\ntitle: O\nactivities:\n"
                                      "  - {id: a, title: A, deadline: 2019-12-31}\n"
                                      "  - {id: late, title: L, added_in: q2}\n";
static const char *const measure_text = "measures:\n"
                                        "  - id: m\n    title: M\n    outcome: o\n"
                                        "    polarity: higher-is-better\n"
                                        "    history: [{period: 2018/19 Q4, actual: 55}]\n"
                                        "    targets:\n"
                                        "      - {period: 2019/20 Q1, target: 70, red: 65}\n"
                                        "      - {period: 2019/20 Q2, target: 72, red: 66}\n";

typedef struct loaded {
	arena a;
	diag d;
	model *m;
	const char *messages;
} loaded;

/* Loads site.yaml, the plan, the outcome, measures (NULL: the texts above) and reports
 * r1..r3 (NULL: left out). */
static void
load(loaded *l, const char *plan_yaml, const char *outcome, const char *measures, const char *r1,
     const char *r2, const char *r3, bool strict)
{
	arena_init(&l->a);
	diag_init(&l->d);
	l->d.strict = strict;
	const char *paths[8] = {"site.yaml", PLAN, OUT, MEAS};
	const char *texts[8] = {"title: T\ncouncil: C\n", plan_yaml ? plan_yaml : plan_text,
	                        outcome ? outcome : outcome_text,
	                        measures ? measures : measure_text};
	size_t n = 4;
	const char *rp[] = {R1, R2, R3}, *rt[] = {r1, r2, r3};
	for (size_t i = 0; i < 3; i++)
		if (rt[i]) {
			paths[n] = rp[i];
			texts[n++] = rt[i];
		}
	l->m = content_load_files(&l->a, &l->d, paths, texts, NULL, n);
	l->messages = "";
	if (l->d.len) {
		char *out = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&out, &len);
		if (f) {
			diag_print(&l->d, f, false);
			fclose(f);
		}
		l->messages = arena_strdup(&l->a, out ? out : "");
		free(out);
	}
}

static void
unload(loaded *l)
{
	diag_free(&l->d);
	arena_free(&l->a);
}

static item *
find(const model *m, const char *path)
{
	return m ? map_get(&m->by_path, path) : NULL;
}

static const char *
period_text(period p)
{
	static char out[32];
	period_format(p, out, sizeof out);
	return out;
}

#define HEAD(id, per, date) "id: " id "\ntitle: " id "\nperiod: " per "\nas_of: " date "\n"

TEST(derive_series_from_back_data_targets_and_reports)
{
	loaded l;
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "measures: [{ref: m, actual: 60, rag: red, note: N}]\n",
	     HEAD("q2", "2019/20 Q2",
	          "2019-09-30") "measures: [{ref: m, actual: 71, rag: amber, note: N}]\n",
	     NULL, false);
	CHECK_STR(l.messages, "");
	item *m = find(l.m, "plans/q/measures/m/");
	if (CHECK(m && m->measure->nhistory == 3)) {
		const history_point *h = m->measure->history;
		CHECK_STR(period_text(h[0].per), "2018/19 Q4");
		CHECK(h[0].has_actual && h[0].actual == 55 && !h[0].report && !h[0].has_target);
		CHECK_STR(period_text(h[1].per), "2019/20 Q1");
		CHECK(h[1].has_actual && h[1].actual == 60 && h[1].target == 70 && h[1].red == 65);
		CHECK(h[1].report == l.m->site.current_plan->reports.items[0]);
		CHECK_STR(h[2].period, "Q2 2019/20");
		CHECK(h[2].actual == 71 && h[2].target == 72 && h[2].red == 66);
	}
	unload(&l);
}

TEST(derive_targets_for_periods_no_report_reached)
{
	loaded l;
	load(&l, NULL, NULL, NULL, HEAD("q1", "2019/20 Q1", "2019-06-30"), NULL, NULL, false);
	item *m = find(l.m, "plans/q/measures/m/");
	/* Q2 has a target and no figure: no figure is invented for it */
	if (CHECK(m && m->measure->nhistory == 3))
		CHECK(m->measure->history[2].has_target && !m->measure->history[2].has_actual &&
		      !m->measure->history[1].has_actual);
	unload(&l);
}

TEST(derive_annual_figure_repeated_is_one_value)
{
	loaded l;
	const char *entry = "measures: [{ref: m, actual: 50, last_update: 2018/19}]\n";
	char r1[256], r2[256];
	snprintf(r1, sizeof r1, "%s%s", HEAD("q1", "2019/20 Q1", "2019-06-30"), entry);
	snprintf(r2, sizeof r2, "%s%s", HEAD("q2", "2019/20 Q2", "2019-09-30"), entry);
	load(&l, NULL, NULL, NULL, r1, r2, NULL, false);
	CHECK_STR(l.messages, "");
	item *m = find(l.m, "plans/q/measures/m/");
	if (CHECK(m)) {
		size_t annual = 0;
		for (size_t i = 0; i < m->measure->nhistory; i++)
			if (m->measure->history[i].per.kind == PERIOD_FINANCIAL_YEAR) {
				annual++;
				/* the first report that gave it */
				CHECK(m->measure->history[i].report ==
				      l.m->site.current_plan->reports.items[0]);
			}
		CHECK(annual == 1);
	}
	unload(&l);
}

TEST(derive_conflicting_figures_name_both_places)
{
	loaded l;
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1", "2019-06-30") "measures: [{ref: m, actual: 60}]\n",
	     HEAD("q2", "2019/20 Q2",
	          "2019-09-30") "measures: [{ref: m, actual: 61, last_update: 2019/20 Q1}]\n",
	     NULL, false);
	CHECK_STR(l.messages,
	          R2 ":5:12: error: measure 'm': the figure for Q1 2019/20 is 61 here but 60 in "
	             "report 'q1' (" R1 ":5:12): write each period's figure once, or say why it "
	             "is restated with restated:\n");
	CHECK(l.m == NULL);
	unload(&l);
}

TEST(derive_history_and_report_disagree)
{
	loaded l;
	load(&l, NULL, NULL,
	     "measures:\n  - id: m\n    title: M\n    outcome: o\n"
	     "    history: [{period: 2019/20 Q1, actual: 58}]\n",
	     HEAD("q1", "2019/20 Q1", "2019-06-30") "measures: [{ref: m, actual: 60}]\n", NULL,
	     NULL, false);
	CHECK_STR(l.messages,
	          MEAS ":5:15: warning: measure 'm': history: is for periods before the plan's "
	               "first report ('q1', Q1 2019/20); write the figure for Q1 2019/20 in its "
	               "report\n" R1 ":5:12: error: measure 'm': the figure for Q1 2019/20 is 60 "
	               "here but 58 in the measure's history (" MEAS ":5:15): write each period's "
	               "figure once, in its report (history: is for periods before the first "
	               "report)\n");
	unload(&l);
}

TEST(derive_target_given_twice)
{
	loaded l;
	load(
	    &l, NULL, NULL, NULL,
	    HEAD("q1", "2019/20 Q1", "2019-06-30") "measures: [{ref: m, actual: 69, target: 75}]\n",
	    NULL, NULL, false);
	CHECK_STR(l.messages, R1 ":5:12: error: measure 'm': the target for Q1 2019/20 is 75 here "
	                         "but 70 in the measure's targets (" MEAS ":8:9)\n");
	unload(&l);
}

TEST(derive_restated_figure_is_a_revision)
{
	loaded l;
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1", "2019-06-30") "measures: [{ref: m, actual: 60}]\n",
	     HEAD("q2", "2019/20 Q2", "2019-09-30") "measures: [{ref: m, actual: 62, last_update: "
	                                            "2019/20 Q1, restated: Late returns}]\n",
	     NULL, false);
	CHECK_STR(l.messages, "");
	item *m = find(l.m, "plans/q/measures/m/");
	if (CHECK(m && m->measure->nhistory == 3)) {
		const history_point *h = &m->measure->history[1];
		CHECK(h->actual == 62 && h->has_earlier && h->earlier == 60);
		CHECK_STR(h->restated, "Late returns");
		CHECK_STR(h->earlier_report->id, "q1");
		CHECK_STR(h->report->id, "q2");
	}
	unload(&l);
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "measures: [{ref: m, actual: 60, restated: R}]\n",
	     NULL, NULL, false);
	CHECK_STR(l.messages, R1 ":5:12: warning: measure 'm': restated: but no earlier report "
	                         "gives another figure for Q1 2019/20\n");
	unload(&l);
}

TEST(derive_statuses_are_not_filled_forwards)
{
	loaded l;
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "activities: [{ref: o/a, lifecycle: in-progress}]\n",
	     HEAD("q2", "2019/20 Q2", "2019-09-30") "activities: [{ref: o/a, note: Going}]\n",
	     HEAD("q3", "2019/20 Q3",
	          "2019-12-31") "activities: [{ref: o/late, lifecycle: completed}]\n",
	     false);
	CHECK_STR(l.messages, "");
	item *a = find(l.m, "plans/q/o/a/");
	if (CHECK(a && l.m)) {
		const ptrvec *reps = &l.m->site.current_plan->reports;
		const report *q1 = reps->items[0], *q2 = reps->items[1], *q3 = reps->items[2];
		CHECK(item_entry_in(a, q1)->lifecycle == LIFECYCLE_IN_PROGRESS);
		/* q2 mentions it without a status: not rated, not "in progress" carried forward */
		CHECK(item_entry_in(a, q2)->lifecycle == LIFECYCLE_NONE);
		CHECK(item_lifecycle(a) == LIFECYCLE_NONE && a->current->report == q2);
		/* q3 does not mention it: nothing there, and the latest earlier statement is q2's
		 */
		CHECK(item_entry_in(a, q3) == NULL);
		CHECK(item_entry_before(a, q3) == item_entry_in(a, q2));
		CHECK(item_entry_before(a, q1) == NULL);
		/* overdue is judged by the latest report's date only when a report says so */
		CHECK(l.m->site.current_plan->as_of == 20191231);
	}
	unload(&l);
}

TEST(derive_added_in_and_dropped_in)
{
	loaded l;
	load(&l, NULL, added_text, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "activities: [{ref: o/late, lifecycle: not-started}]\n",
	     HEAD("q2", "2019/20 Q2", "2019-09-30"), NULL, false);
	CHECK_STR(l.messages, R1 ":5:14: error: activity 'late' is not part of the plan in report "
	                         "'q1': see its added_in / dropped_in\n");
	unload(&l);
	load(&l, NULL, added_text, NULL, HEAD("q1", "2019/20 Q1", "2019-06-30"),
	     HEAD("q2", "2019/20 Q2", "2019-09-30"), NULL, false);
	item *late = find(l.m, "plans/q/o/late/");
	if (CHECK(late)) {
		const ptrvec *reps = &l.m->site.current_plan->reports;
		CHECK(!item_in_report(late, reps->items[0]) &&
		      item_in_report(late, reps->items[1]));
		CHECK_STR(late->added_in->id, "q2");
	}
	unload(&l);
	const char *bad = "id: o\ntitle: O\nactivities:\n  - {id: a, title: A, added_in: q9}\n";
	arena_init(&l.a);
	diag_init(&l.d);
	const char *paths[] = {"site.yaml", PLAN, OUT, R1};
	const char *texts[] = {"title: T\ncouncil: C\n", plan_text, bad,
	                       HEAD("q1", "2019/20 Q1", "2019-06-30")};
	CHECK(content_load_files(&l.a, &l.d, paths, texts, NULL, 4) == NULL);
	CHECK(l.d.errors == 1);
	unload(&l);
}

TEST(derive_reporting_date_is_the_latest_report)
{
	loaded l;
	const char *dated =
	    "id: q\ntitle: Q\nstart: 2019-04-01\nend: 2020-03-31\nas_of: 2019-06-30\n"
	    "priorities: [{id: p, title: P, outcomes: [o]}]\n";
	load(&l, dated, NULL, NULL, HEAD("q1", "2019/20 Q1", "2019-06-30"),
	     HEAD("q2", "2019/20 Q2", "2019-09-30"), NULL, false);
	CHECK_STR(l.messages, PLAN ":5:8: warning: as_of 2019-06-30 disagrees with the latest "
	                           "report 'q2' (as_of 2019-09-30 at " R2 ":1:5): a plan with "
	                           "reports is as of its latest report; remove as_of here\n");
	if (CHECK(l.m))
		CHECK(l.m->site.current_plan->as_of == 20190930);
	unload(&l);
	load(&l, dated, NULL, NULL, HEAD("q1", "2019/20 Q1", "2019-06-30"),
	     HEAD("q2", "2019/20 Q2", "2019-09-30"), NULL, true);
	CHECK(l.m == NULL); /* --strict */
	unload(&l);
	/* without reports plan.yaml's date stands, and nothing is overdue */
	load(&l, dated, NULL, NULL, NULL, NULL, NULL, false);
	CHECK_STR(l.messages, "");
	if (CHECK(l.m)) {
		CHECK(l.m->site.current_plan->as_of == 20190630);
		CHECK(find(l.m, "plans/q/o/a/")->due == DUE_NONE);
	}
	unload(&l);
}

TEST(derive_invalid_periods_are_errors)
{
	loaded l;
	load(&l, NULL, NULL, NULL, HEAD("q1", "2019/20 Q5", "2019-06-30"), NULL, NULL, false);
	CHECK_STR(l.messages,
	          R1 ":3:9: error: invalid period '2019/20 Q5': quarters are Q1 to Q4\n");
	unload(&l);
}

TEST(derive_overdue_only_when_the_latest_report_says_so)
{
	loaded l;
	/* a's deadline is 2019-12-31; the latest report is as of 2020-03-31 */
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "activities: [{ref: o/a, lifecycle: in-progress}]\n",
	     HEAD("q4", "2019/20 Q4",
	          "2020-03-31") "activities: [{ref: o/a, lifecycle: in-progress}]\n",
	     NULL, false);
	CHECK(l.m && find(l.m, "plans/q/o/a/")->due == DUE_OVERDUE);
	unload(&l);
	/* the latest report does not mention it, or mentions it without a status: unknown */
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "activities: [{ref: o/a, lifecycle: in-progress}]\n",
	     HEAD("q4", "2019/20 Q4", "2020-03-31"), NULL, false);
	CHECK(l.m && find(l.m, "plans/q/o/a/")->due == DUE_NONE);
	unload(&l);
	load(&l, NULL, NULL, NULL,
	     HEAD("q1", "2019/20 Q1",
	          "2019-06-30") "activities: [{ref: o/a, lifecycle: in-progress}]\n",
	     HEAD("q4", "2019/20 Q4", "2020-03-31") "activities: [{ref: o/a, note: N}]\n", NULL,
	     false);
	CHECK(l.m && find(l.m, "plans/q/o/a/")->due == DUE_NONE);
	unload(&l);
	/* before its deadline it is upcoming whatever was said */
	load(&l, NULL, NULL, NULL, HEAD("q1", "2019/20 Q1", "2019-06-30"), NULL, NULL, false);
	CHECK(l.m && find(l.m, "plans/q/o/a/")->due == DUE_UPCOMING);
	unload(&l);
}
