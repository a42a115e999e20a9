/* validate.c - consistency checks no schema can make. They are warnings (--strict makes
 * them errors): the content may be right and the source odd, and then a source_note says so.
 * The checks on one record run while it loads, where its marks are at hand; the check over
 * an item's history runs once everything is resolved. */
#include <string.h>

#include "content/internal.h"

void
validate_report_date(loader *ld, const plan *p, const field *as_of)
{
	if (!p->start || !p->end || p->end < p->start || !as_of->ok)
		return;
	int last = p->end + 10000; /* a year after the end, for the final report */
	if (as_of->i >= p->start && as_of->i <= last)
		return;
	char start[32], end[32];
	date_display(p->start, start);
	date_display(p->end, end);
	diag_warning(ld->d, as_of->v->at,
	             "as_of %s is outside the plan's period (%s to %s, and a year after for the "
	             "final report)",
	             as_of->s, start, end);
}

void
validate_revision(loader *ld, const deadline_set *prev, const revision *rev)
{
	if (prev && deadline_set_equal(prev, &rev->deadline))
		diag_warning(ld->d, rev->at,
		             "this revision does not change the deadline (still %s)",
		             rev->deadline.display);
}

/* The measure's target row for a period (targets:, else back data), or NULL. Runs while
 * reports load, before derive.c has merged the series. */
static const history_point *
point_for(const measure_info *mi, period per)
{
	for (size_t i = 0; i < mi->ntargets; i++)
		if (period_equal(mi->targets[i].per, per))
			return &mi->targets[i];
	for (size_t i = 0; i < mi->nhistory; i++)
		if (period_equal(mi->history[i].per, per))
			return &mi->history[i];
	return NULL;
}

static void
number_text(double d, char out[32])
{
	value_format_number(d, out);
}

/* The RAG the figures give, or RAG_NONE when they cannot say (a closest-to-target measure,
 * a red threshold on the wrong side of the target). *also is a second acceptable rating
 * for a value exactly on the red threshold. */
static rag
rag_from_figures(polarity pol, double actual, double target, double red, rag *also)
{
	*also = RAG_NONE;
	double sign;
	if (pol == POLARITY_HIGHER_IS_BETTER)
		sign = 1;
	else if (pol == POLARITY_LOWER_IS_BETTER)
		sign = -1;
	else
		return RAG_NONE;
	/* Turn lower-is-better into higher-is-better by negating. */
	double a = sign * actual, t = sign * target, r = sign * red;
	if (r > t)
		return RAG_NONE;
	if (a >= t)
		return RAG_GREEN;
	if (a > r)
		return RAG_AMBER;
	if (a == r) {
		*also = RAG_AMBER;
		return RAG_RED;
	}
	return RAG_RED;
}

void
validate_measure_entry(loader *ld, const report *r, const item *measure, const field *f)
{
	const field *rf = &f[MS_RAG];
	if (!rf->ok)
		return;
	rag typed = (rag)rf->i;
	if ((typed == RAG_RED || typed == RAG_AMBER) && !f[MS_WHY_OFF_TARGET].s && !f[MS_NOTE].s)
		diag_warning(ld->d, rf->v->at,
		             "%s %s measure needs a note on why: add why_off_target: (or note:)",
		             typed == RAG_AMBER ? "an" : "a", rag_id(typed));
	if (typed != RAG_GREEN && typed != RAG_AMBER && typed != RAG_RED)
		return;
	const measure_info *mi = measure->measure;
	const history_point *hp =
	    point_for(mi, f[MS_LAST_UPDATE].ok ? f[MS_LAST_UPDATE].per : r->per);
	bool has_actual = f[MS_ACTUAL].ok && f[MS_ACTUAL].has_num;
	double actual = f[MS_ACTUAL].num;
	if (!has_actual && hp && hp->has_actual)
		has_actual = true, actual = hp->actual;
	bool has_target = f[MS_TARGET].ok && f[MS_TARGET].has_num;
	double target = f[MS_TARGET].num;
	if (!has_target && hp && hp->has_target)
		has_target = true, target = hp->target;
	if (!has_actual || !has_target || !hp || !hp->has_red)
		return;
	rag also;
	rag want = rag_from_figures(mi->polarity, actual, target, hp->red, &also);
	if (want == RAG_NONE || want == typed || also == typed)
		return;
	char a[32], t[32], red[32];
	number_text(actual, a);
	number_text(target, t);
	number_text(hp->red, red);
	diag_warning(ld->d, rf->v->at,
	             "rag '%s' disagrees with the figures: actual %s against target %s and red "
	             "threshold %s (%s) makes it %s",
	             rag_id(typed), a, t, red, polarity_id(mi->polarity), rag_id(want));
}

/* An item completed straight after a report that had it not started. */
static void
check_history(loader *ld, const item *it)
{
	for (size_t i = 1; i < it->history.len; i++) {
		const status_entry *prev = it->history.items[i - 1], *e = it->history.items[i];
		if (prev->lifecycle != LIFECYCLE_NOT_STARTED ||
		    (e->lifecycle != LIFECYCLE_COMPLETED &&
		     e->lifecycle != LIFECYCLE_COMPLETED_WITH_CHANGES) ||
		    e->report->index != prev->report->index + 1)
			continue;
		diag_warning(
		    ld->d, e->at,
		    "%s '%s' is %s here but was not started in the previous report '%s' (%s): "
		    "check both",
		    item_kind_id(it->kind), it->id, lifecycle_id(e->lifecycle), prev->report->id,
		    mark_text(ld, prev->at));
	}
}

void
content_validate(loader *ld)
{
	for (size_t k = 0; k < ld->m->plans.len; k++) {
		const plan *p = ld->m->plans.items[k];
		for (size_t i = 0; i < p->items.len; i++)
			check_history(ld, p->items.items[i]);
	}
}
