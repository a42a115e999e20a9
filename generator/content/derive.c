/* derive.c - what the reports say, turned into each item's and measure's story over time.
 *
 * Runs once a plan's reports are sorted and its items ordered (resolve.c):
 *   - added_in / dropped_in resolve to reports;
 *   - the plan's reporting date is its latest report's as_of (plan.yaml's as_of only counts
 *     for a plan without reports; disagreeing with the reports is a warning);
 *   - each measure's series: back data (history:), targets by period (targets:) and every
 *     report's figure for its own period, each period once. A period given twice with
 *     different values is an error naming both places, unless the later report says why it
 *     restates the figure (restated:), which makes it a revision.
 * Nothing is filled forwards or backwards: a period without a figure has none. */
#include <stdlib.h>
#include <string.h>

#include "content/internal.h"

/* ---- added_in / dropped_in ---- */

static report *
span_report(loader *ld, plan_ld *pl, const value *v)
{
	if (!v)
		return NULL;
	def *d = map_get(&pl->reports, v->str);
	if (!d) {
		diag_error(ld->d, v->at, "unknown report '%s' in plan '%s'%s", v->str, pl->p->id,
		           did_you_mean(ld, suggest_id(ld, &pl->reports, v->str)));
		return NULL;
	}
	return d->target;
}

static void
resolve_spans(loader *ld, plan_ld *pl)
{
	for (size_t i = 0; i < pl->spans.len; i++) {
		pending_span *sp = pl->spans.items[i];
		sp->it->added_in = span_report(ld, pl, sp->added_in);
		sp->it->dropped_in = span_report(ld, pl, sp->dropped_in);
		if (sp->it->added_in && sp->it->dropped_in &&
		    sp->it->dropped_in->index <= sp->it->added_in->index)
			diag_error(ld->d, sp->dropped_in->at,
			           "dropped_in report '%s' is not later than added_in report '%s'",
			           sp->it->dropped_in->id, sp->it->added_in->id);
	}
}

bool
item_in_report(const item *it, const report *r)
{
	for (const item *p = it; p; p = p->parent) {
		if (p->added_in && r->index < p->added_in->index)
			return false;
		if (p->dropped_in && r->index >= p->dropped_in->index)
			return false;
	}
	return true;
}

/* ---- the reporting date ---- */

static void
derive_as_of(loader *ld, plan *p)
{
	if (!p->reports.len)
		return;
	const report *last = p->reports.items[p->reports.len - 1];
	p->as_of = last->as_of;
	if (!p->as_of_given || p->as_of_given == last->as_of)
		return;
	char given[11], latest[11];
	date_iso(p->as_of_given, given);
	date_iso(last->as_of, latest);
	diag_warning(ld->d, p->as_of_at,
	             "as_of %s disagrees with the latest report '%s' (as_of %s at %s): a plan "
	             "with reports is as of its latest report; remove as_of here",
	             given, last->id, latest, mark_text(ld, last->at));
}

/* ---- statuses ---- */

/* Each item's statements, oldest report first; the current one is the latest. An entry
 * with no lifecycle is still a statement (a note): the item was "not rated" then. */
static void
derive_statuses(loader *ld, plan *p)
{
	for (size_t r = 0; r < p->reports.len; r++) {
		report *rep = p->reports.items[r];
		for (size_t i = 0; i < rep->entries.len; i++) {
			status_entry *e = rep->entries.items[i];
			if (!item_in_report(e->item, rep)) {
				diag_error(
				    ld->d, e->at,
				    "%s '%s' is not part of the plan in report '%s': see its "
				    "added_in / dropped_in",
				    item_kind_id(e->item->kind), e->item->id, rep->id);
				continue;
			}
			ptrvec_push(ld->a, &e->item->history, e);
			e->item->current = e;
		}
	}
}

const status_entry *
item_entry_in(const item *it, const report *r)
{
	for (size_t i = 0; i < it->history.len; i++) {
		const status_entry *s = it->history.items[i];
		if (s->report == r)
			return s;
	}
	return NULL;
}

const status_entry *
item_entry_before(const item *it, const report *r)
{
	const status_entry *found = NULL;
	for (size_t i = 0; i < it->history.len; i++) {
		const status_entry *s = it->history.items[i];
		if (s->report->index >= r->index)
			break;
		found = s;
	}
	return found;
}

/* ---- measure series ---- */

/* One period being assembled, with where each of its figures was written. */
typedef struct slot {
	history_point hp;
	mark actual_at, target_at;
	const char *actual_from, *target_from; /* "the measure's history", "report 'q1'" */
} slot;

typedef struct series {
	slot *slots;
	size_t n, cap;
	map index; /* canonical period text -> size_t* position in slots (linear, not n^2) */
} series;

static slot *
slot_for(loader *ld, series *s, const measure_info *mi, period per)
{
	char key[32];
	period_format(per, key, sizeof key);
	const size_t *at = map_get(&s->index, key);
	if (at)
		return &s->slots[*at];
	size_t *pos = arena_alloc(ld->a, sizeof *pos);
	*pos = s->n;
	map_put(&s->index, arena_strdup(ld->a, key), pos);
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 8;
		slot *grown = arena_alloc(ld->a, cap * sizeof *grown);
		if (s->n)
			memcpy(grown, s->slots, s->n * sizeof *grown);
		s->slots = grown;
		s->cap = cap;
	}
	slot *sl = &s->slots[s->n++];
	memset(sl, 0, sizeof *sl);
	sl->hp.per = per;
	sl->hp.period = period_display_text(ld->a, per);
	sl->hp.has_comparator = arena_alloc(ld->a, (mi->ncomparators + 1) * sizeof(bool));
	sl->hp.comparator = arena_alloc(ld->a, (mi->ncomparators + 1) * sizeof(double));
	return sl;
}

static const char *
num_text(loader *ld, double d)
{
	char out[32];
	value_format_number(d, out);
	return arena_strdup(ld->a, out);
}

static void
add_targets(loader *ld, const item *it, series *s)
{
	const measure_info *mi = it->measure;
	for (size_t i = 0; i < mi->ntargets; i++) {
		const history_point *t = &mi->targets[i];
		slot *sl = slot_for(ld, s, mi, t->per);
		if (sl->target_from && t->has_target && sl->hp.has_target &&
		    sl->hp.target != t->target) {
			diag_error(ld->d, t->at,
			           "measure '%s': the target for %s is %s here but %s in %s (%s)",
			           it->id, sl->hp.period, num_text(ld, t->target),
			           num_text(ld, sl->hp.target), sl->target_from,
			           mark_text(ld, sl->target_at));
			continue;
		}
		if (t->has_target) {
			sl->hp.has_target = true;
			sl->hp.target = t->target;
			sl->target_at = t->at;
			sl->target_from = "the measure's targets";
		}
		if (t->has_red) {
			sl->hp.has_red = true;
			sl->hp.red = t->red;
		}
	}
}

static void
add_back_data(loader *ld, const item *it, series *s)
{
	const measure_info *mi = it->measure;
	for (size_t i = 0; i < mi->nhistory; i++) {
		const history_point *h = &mi->history[i];
		slot *sl = slot_for(ld, s, mi, h->per);
		if (sl->actual_from) {
			diag_error(ld->d, h->at,
			           "measure '%s': %s is given twice in history (first at %s)",
			           it->id, sl->hp.period, mark_text(ld, sl->actual_at));
			continue;
		}
		bool *has_c = sl->hp.has_comparator;
		double *c = sl->hp.comparator;
		bool has_target = sl->hp.has_target, has_red = sl->hp.has_red;
		double target = sl->hp.target, red = sl->hp.red;
		sl->hp = *h;
		sl->hp.has_comparator = has_c;
		sl->hp.comparator = c;
		memcpy(has_c, h->has_comparator, mi->ncomparators * sizeof *has_c);
		memcpy(c, h->comparator, mi->ncomparators * sizeof *c);
		sl->actual_at = h->at;
		sl->actual_from = "the measure's history";
		const report *first = it->plan->reports.len ? it->plan->reports.items[0] : NULL;
		if (h->has_actual && first && first->per.kind != PERIOD_NONE &&
		    period_compare(h->per, first->per) >= 0)
			diag_warning(
			    ld->d, h->at,
			    "measure '%s': history: is for periods before the plan's first "
			    "report ('%s', %s); write the figure for %s in its report",
			    it->id, first->id, first->period, sl->hp.period);
		/* targets: (read first) is the measure's word on targets; history may repeat it */
		if (has_target) {
			if (h->has_target && h->target != target)
				diag_error(
				    ld->d, h->at,
				    "measure '%s': the target for %s is %s here but %s in the "
				    "measure's targets (%s)",
				    it->id, sl->hp.period, num_text(ld, h->target),
				    num_text(ld, target), mark_text(ld, sl->target_at));
			sl->hp.has_target = true;
			sl->hp.target = target;
		} else if (h->has_target) {
			sl->target_at = h->at;
			sl->target_from = "the measure's history";
		}
		if (has_red && !h->has_red) {
			sl->hp.has_red = true;
			sl->hp.red = red;
		}
	}
}

/* One report's figures for its measure's period. */
static void
add_entry(loader *ld, const item *it, series *s, const status_entry *e)
{
	if (!e->has_actual && !e->has_target && !e->suppressed)
		return;
	slot *sl = slot_for(ld, s, it->measure, e->figure_period);
	const char *here = arena_printf(ld->a, "report '%s'", e->report->id);
	if (e->suppressed && !sl->hp.has_actual) { /* the rule stands where the figure would */
		sl->hp.suppressed = e->suppressed;
		sl->hp.report = e->report;
	}
	if (e->has_actual && sl->hp.has_actual && sl->hp.actual != e->actual) {
		if (e->restated && sl->hp.report) {
			sl->hp.has_earlier = true;
			sl->hp.earlier = sl->hp.actual;
			sl->hp.earlier_report = sl->hp.report;
			sl->hp.restated = e->restated;
			sl->hp.actual = e->actual;
			sl->hp.report = e->report;
			sl->actual_at = e->at;
			sl->actual_from = here;
		} else {
			diag_error(ld->d, e->at,
			           "measure '%s': the figure for %s is %s here but %s in %s (%s): "
			           "write each period's figure once%s",
			           it->id, sl->hp.period, num_text(ld, e->actual),
			           num_text(ld, sl->hp.actual), sl->actual_from,
			           mark_text(ld, sl->actual_at),
			           sl->hp.report
			               ? ", or say why it is restated with restated:"
			               : ", in its report (history: is for periods before "
			                 "the first report)");
		}
	} else if (e->has_actual && !sl->hp.has_actual) {
		sl->hp.has_actual = true;
		sl->hp.actual = e->actual;
		sl->hp.report = e->report;
		sl->actual_at = e->at;
		sl->actual_from = here;
	}
	if (e->restated && !sl->hp.restated) {
		diag_warning(ld->d, e->at,
		             "measure '%s': restated: but no earlier report gives another figure "
		             "for %s",
		             it->id, sl->hp.period);
	}
	if (e->has_target && sl->hp.has_target && sl->hp.target != e->target && !e->restated)
		diag_error(ld->d, e->at,
		           "measure '%s': the target for %s is %s here but %s in %s (%s)", it->id,
		           sl->hp.period, num_text(ld, e->target), num_text(ld, sl->hp.target),
		           sl->target_from, mark_text(ld, sl->target_at));
	else if (e->has_target) {
		if (!sl->hp.has_target) {
			sl->target_at = e->at;
			sl->target_from = here;
		}
		sl->hp.has_target = true;
		sl->hp.target = e->target;
	}
}

static int
compare_slots(const void *x, const void *y)
{
	const slot *a = x, *b = y;
	return period_compare(a->hp.per, b->hp.per);
}

static void
derive_series(loader *ld, item *it)
{
	measure_info *mi = it->measure;
	if (!mi)
		return;
	series s = {0};
	map_init(&s.index, ld->a);
	add_targets(ld, it, &s);
	add_back_data(ld, it, &s);
	for (size_t i = 0; i < it->history.len; i++)
		add_entry(ld, it, &s, it->history.items[i]);
	if (s.n > 1)
		qsort(s.slots, s.n, sizeof *s.slots, compare_slots);
	mi->history = arena_alloc(ld->a, (s.n + 1) * sizeof *mi->history);
	for (size_t i = 0; i < s.n; i++)
		mi->history[i] = s.slots[i].hp;
	mi->nhistory = s.n;
}

void
derive_plan(loader *ld, plan_ld *pl)
{
	plan *p = pl->p;
	resolve_spans(ld, pl);
	derive_as_of(ld, p);
	derive_statuses(ld, p);
	for (size_t i = 0; i < p->measures.len; i++)
		derive_series(ld, p->measures.items[i]);
}
