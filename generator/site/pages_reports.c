/* pages_reports.c - the pages of a monitoring report: the printable report, each item as
 * that report stands, and what changed since the report before it. */

#include <math.h>
#include <string.h>

#include "util/buf.h"
#include "site/pages_internal.h"
#include "site/paths.h"

/* The deadline as it stood at report r: the latest revision made by r or an earlier report.
 * A revision that names no report has no known date and counts from the start. */
static const deadline_set *
deadline_at(const item *it, const report *r, bool *revised)
{
	const deadline_set *d = it->has_deadline ? &it->deadline : NULL;
	*revised = false;
	for (size_t i = 0; i < it->revisions.len; i++) {
		const revision *rv = it->revisions.items[i];
		if (rv->report && rv->report->index > r->index)
			break;
		d = &rv->deadline;
		*revised = true;
	}
	return d;
}

/* Overdue at report r: only when r itself says the item is not done, never inferred. */
static bool
overdue_at(const item *it, const report *r, const status_entry *s, const deadline_set *d)
{
	if (!s || !d || !d->last_day || !r->as_of)
		return false;
	switch (s->lifecycle) {
	case LIFECYCLE_NOT_STARTED:
	case LIFECYCLE_IN_PROGRESS:
		return d->last_day < r->as_of;
	default:
		return false;
	}
}

/* An item as report r shows it: r's own statement, or "not in this report" with the latest
 * earlier statement marked by its period. */
static value *
report_row(const ctx *c, const report *r, const item *it)
{
	value *v = value_map(c->a);
	page_item_names(c, v, it);
	value_set_str(c->a, v, "anchor", page_report_anchor(c, it));
	value_set_str(c->a, v, "leads", page_leads_text(c, it));
	value_set(c->a, v, "flags", page_flags(c, it));
	bool revised;
	const deadline_set *d = deadline_at(it, r, &revised);
	if (d)
		value_set_str(c->a, v, "deadline", format_deadlines(c->a, c->fmt, d));
	else if (it->deadline_as_written)
		value_set_str(c->a, v, "deadline", it->deadline_as_written);
	value_set_bool(c->a, v, "slipped", revised);
	const status_entry *s = item_entry_in(it, r);
	if (s) {
		page_set_entry_values(c, v, it, s, 4);
		value_set_str(c->a, v, "why_off_target", page_html(c, s->why_off_target, 4));
		value_set_str(c->a, v, "actions", page_html(c, s->actions, 4));
		value_set_str(c->a, v, "back_on_track", page_html(c, s->back_on_track, 4));
		if (overdue_at(it, r, s, d))
			value_set(c->a, v, "overdue",
			          page_tag(c, page_label(c, "due", "overdue"), "overdue"));
		page_seal(c, v, page_entry_keys);
		return v;
	}
	value_set(c->a, v, "status", page_state_tag(c, "not_in_report"));
	const status_entry *before = item_entry_before(it, r);
	if (before) {
		value *e = page_entry_tag(c, it, before);
		value_set_str(c->a, e, "stated_in",
		              format_period(c->a, c->fmt, before->report->per));
		value *b = value_map(c->a);
		value_set(c->a, b, "status", e);
		value_set(c->a, b, "report", page_entry_link(c, before->report, it));
		value_set(c->a, v, "earlier", b);
	}
	page_seal(c, v, page_entry_keys);
	return v;
}

/* Counts as report r stands (its own statements only) for the summary of one outcome. */
static void
count_at(status_counts *sc, const report *r, const item *it)
{
	if (!item_in_report(it, r))
		return;
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE || it->kind == ITEM_MEASURE) {
		const status_entry *s = item_entry_in(it, r);
		if (it->kind == ITEM_MEASURE) {
			sc->rag[s ? s->rag : RAG_NONE]++;
			sc->not_rated_measures += s && !s->rag;
			sc->measures++;
		} else {
			sc->lifecycle[s ? s->lifecycle : LIFECYCLE_NONE]++;
			sc->not_rated_actions += s && !s->lifecycle;
			sc->actions++;
		}
	}
	for (size_t i = 0; i < it->children.len; i++)
		count_at(sc, r, it->children.items[i]);
	for (size_t i = 0; i < it->measures.len; i++)
		count_at(sc, r, it->measures.items[i]);
}

static value *
rows_at(const ctx *c, const report *r, const ptrvec *items)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < items->len; i++)
		if (item_in_report(items->items[i], r))
			value_push(c->a, v, report_row(c, r, items->items[i]));
	return v;
}

/* Numbers as the source prints them, joined: "0, 0, 8, 0". */
static const char *
ints_text(const ctx *c, const int *n, size_t len)
{
	if (!len)
		return NULL;
	const char *sep = page_text(c, "reports.counts_separator");
	buf b = BUF_INIT;
	for (size_t i = 0; i < len; i++)
		buf_printf(&b, "%s%d", i ? sep : "", n[i]);
	const char *s = arena_strdup(c->a, buf_cstr(&b));
	buf_free(&b);
	return s;
}

static value *
printed_counts(const ctx *c, const report *r)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < r->ncounts; i++) {
		const summary_count *sc = &r->counts[i];
		value *e = page_link(c, sc->item->title, sc->item->path);
		value_set_str(c->a, e, "heading", page_item_heading(c, sc->item));
		value_set_str(c->a, e, "activities", ints_text(c, sc->activities, sc->nactivities));
		value_set_str(c->a, e, "measures", ints_text(c, sc->measures, sc->nmeasures));
		value_push(c->a, v, e);
	}
	return page_table(c, page_text(c, "reports.counts_as_printed"), v);
}

value *
pages_report(const ctx *c, const report *r)
{
	arena *a = c->a;
	const plan *pl = r->plan;
	value *d = value_map(a);
	page_common(
	    c, d, page_fmt(c, "reports.title", "plan", pl->title, "report", r->title, (char *)NULL),
	    r->path, page_plain_summary(c, r->summary ? r->summary : r->title));
	value_set(a, d, "breadcrumbs", page_crumbs(c, pl->title, pl->path));
	value *v = value_map(a);
	value_set_str(a, v, "title", r->title);
	page_set_lang(c, v, "title_lang", r->title);
	value_set_str(a, v, "plan", pl->title);
	const char *per_text = format_period(a, c->fmt, r->per);
	value_set_str(a, v, "period", per_text);
	value_set_str(a, value_get(d, "page"), "period", per_text);
	value_set_str(a, v, "as_of", format_date(c->a, c->fmt, r->as_of));
	value_set_str(a, v, "summary", page_html(c, r->summary, 1));
	value_set_str(a, v, "source_note", r->source_note);
	value_set_str(a, v, "changes_url", page_url(c, paths_changes(a, r)));
	if (r->index + 1 < pl->reports.len) {
		const report *next = pl->reports.items[r->index + 1];
		value_set(a, v, "later", page_link(c, next->title, next->path));
	}
	if (r->index > 0) {
		const report *before = pl->reports.items[r->index - 1];
		value_set(a, v, "earlier_report", page_link(c, before->title, before->path));
	}
	value_set(a, v, "printed_counts", printed_counts(c, r));
	const char *measure_col = page_text(c, "reports.column.measure");
	value *outcomes = value_list(a);
	for (size_t i = 0; i < pl->priorities.len; i++) {
		const item *p = pl->priorities.items[i];
		for (size_t j = 0; j < p->children.len; j++) {
			const item *o = p->children.items[j];
			value *ov = value_map(a);
			value_set_str(a, ov, "code", o->code);
			value_set_str(a, ov, "title", o->title);
			value_set_str(a, ov, "url", page_url(c, o->path));
			value_set_str(a, ov, "heading", page_item_heading(c, o));
			value_set_str(a, ov, "anchor", arena_printf(a, "outcome-%s", o->id));
			value_set_str(a, ov, "description", page_html(c, o->description, 3));
			value *acts = value_list(a);
			for (size_t k = 0; k < o->children.len; k++) {
				const item *act = o->children.items[k];
				if (!item_in_report(act, r))
					continue;
				value *av = report_row(c, r, act);
				value *dv =
				    page_table(c, page_text(c, "reports.column.deliverable"),
				               rows_at(c, r, &act->children));
				if (dv->kind == VALUE_MAP)
					value_set_str(a, dv, "heading",
					              page_text(c, "page.report.deliverables"));
				value_set(a, av, "deliverables", dv);
				value_push(a, acts, av);
			}
			value_set(a, ov, "activities",
			          page_table(c,
			                     o->children.len
			                         ? page_kind_label(c, o->children.items[0])
			                         : page_text(c, "reports.column.activity"),
			                     acts));
			value_set(a, ov, "measures",
			          page_table(c, measure_col, rows_at(c, r, &o->measures)));
			status_counts sc = {.snapshot = true};
			count_at(&sc, r, o);
			value_set(a, ov, "summary", page_summary(c, &sc, o->title));
			value_push(a, outcomes, ov);
		}
	}
	value_set(a, v, "outcomes", outcomes);
	value_set(a, d, "report", v);
	return d;
}

/* Which way a figure moved, and whether that is better given the measure's polarity. */
static void
set_direction(const ctx *c, value *v, const measure_info *mi, double was, double is, double target,
              bool has_target)
{
	if (is == was) {
		value_set_bool(c->a, v, "unchanged", true);
		return;
	}
	value_set_bool(c->a, v, is > was ? "up" : "down", true);
	int better = 0; /* 1 better, -1 worse, 0 cannot say */
	switch (mi ? mi->polarity : POLARITY_NONE) {
	case POLARITY_HIGHER_IS_BETTER:
		better = is > was ? 1 : -1;
		break;
	case POLARITY_LOWER_IS_BETTER:
		better = is < was ? 1 : -1;
		break;
	case POLARITY_CLOSEST_TO_TARGET:
		if (has_target) {
			double dw = fabs(was - target), di = fabs(is - target);
			better = di < dw ? 1 : di > dw ? -1 : 0;
		}
		break;
	default:
		break;
	}
	if (better)
		value_set_bool(c->a, v, better > 0 ? "better" : "worse", true);
}

/* The period of a measure's series that report r restated, or NULL. */
static const history_point *
restated_point(const item *it, const report *r)
{
	const measure_info *mi = it->measure;
	for (size_t i = 0; mi && i < mi->nhistory; i++)
		if (mi->history[i].restated && mi->history[i].report == r)
			return &mi->history[i];
	return NULL;
}

/* A "was" or "now" cell of the changes page: a statement's tag, or a state. */
static value *
change_cell(const ctx *c, const item *it, const report *r, const status_entry *s)
{
	if (!r)
		return page_state_tag(c, "no_report");
	if (!item_in_report(it, r))
		return page_state_tag(c, "not_in_plan");
	return s ? page_entry_tag(c, it, s) : page_state_tag(c, "not_in_report");
}

/* What changed from the previous report to r: statuses and RAG ratings, figures, items
 * added and dropped, deadlines moved, new notes. */
value *
pages_changes(const ctx *c, const report *r)
{
	arena *a = c->a;
	const plan *pl = r->plan;
	const report *prev = r->index > 0 ? pl->reports.items[r->index - 1] : NULL;
	value *d = value_map(a);
	page_common(c, d,
	            page_fmt(c, "reports.changes_title", "plan", pl->title, "report", r->title,
	                     (char *)NULL),
	            paths_changes(a, r),
	            page_fmt(c, "reports.changes_description", "report", r->title, (char *)NULL));
	value_set(a, d, "breadcrumbs", page_crumbs(c, pl->title, pl->path));
	value *changes = value_list(a), *rags = value_list(a), *figures = value_list(a),
	      *moved = value_list(a), *added = value_list(a), *dropped = value_list(a),
	      *notes = value_list(a);
	for (size_t i = 0; i < pl->items.len; i++) {
		const item *it = pl->items.items[i];
		const status_entry *now = item_entry_in(it, r);
		const status_entry *before = prev ? item_entry_in(it, prev) : NULL;
		/* as this report shows them (added), or as the previous one left them (dropped) */
		if (it->added_in == r)
			value_push(a, added, report_row(c, r, it));
		if (it->dropped_in == r)
			value_push(a, dropped, prev ? report_row(c, prev, it) : page_row(c, it));
		if (now && prev && item_in_report(it, prev)) {
			bool is_measure = it->kind == ITEM_MEASURE;
			int was_state =
			    before ? (is_measure ? (int)before->rag : (int)before->lifecycle) : -1;
			int is_state = is_measure ? (int)now->rag : (int)now->lifecycle;
			if (was_state != is_state && (before || is_state)) {
				value *cv = page_row(c, it);
				value_set(a, cv, "was", change_cell(c, it, prev, before));
				value_set(a, cv, "is", page_entry_tag(c, it, now));
				value_set(a, cv, "entry", page_entry_link(c, r, it));
				value_push(a, is_measure ? rags : changes, cv);
			}
		}
		if (now && before && now->has_actual && before->has_actual &&
		    !period_equal(now->figure_period, before->figure_period)) {
			value *fv = page_row(c, it);
			value_set_str(a, fv, "from",
			              page_measure_value(c, it->measure, before->actual));
			value_set_str(a, fv, "from_period",
			              format_period(a, c->fmt, before->figure_period));
			value_set_str(a, fv, "to", page_measure_value(c, it->measure, now->actual));
			value_set_str(a, fv, "to_period",
			              format_period(a, c->fmt, now->figure_period));
			set_direction(c, fv, it->measure, before->actual, now->actual, now->target,
			              now->has_target);
			value_push(a, figures, fv);
		}
		const history_point *rp = restated_point(it, r);
		if (rp) {
			value *fv = page_row(c, it);
			value_set_str(a, fv, "from",
			              page_measure_value(c, it->measure, rp->earlier));
			value_set_str(a, fv, "from_period", format_period(a, c->fmt, rp->per));
			value_set_str(a, fv, "to", page_measure_value(c, it->measure, rp->actual));
			value_set_str(a, fv, "to_period", format_period(a, c->fmt, rp->per));
			value_set_str(a, fv, "restated", rp->restated);
			value_push(a, figures, fv);
		}
		if (now && now->note &&
		    (!before || !before->note || strcmp(before->note, now->note))) {
			value *nv = page_row(c, it);
			value_set_str(a, nv, "note", page_html(c, now->note, 3));
			value_set(a, nv, "entry", page_entry_link(c, r, it));
			value_push(a, notes, nv);
		}
		for (size_t j = 0; j < it->revisions.len; j++) {
			const revision *rv = it->revisions.items[j];
			if (rv->report != r)
				continue;
			value *mv = page_row(c, it);
			value_set_str(
			    a, mv, "from",
			    format_deadlines(a, c->fmt,
			                     j ? &((revision *)it->revisions.items[j - 1])->deadline
			                       : &it->deadline));
			value_set_str(a, mv, "to", format_deadlines(a, c->fmt, &rv->deadline));
			value_set_str(a, mv, "reason", rv->reason);
			value_push(a, moved, mv);
		}
	}
	value *v = value_map(a);
	value_set_str(a, v, "title", r->title);
	value_set_str(a, v, "plan", pl->title);
	value_set(a, v, "report", page_link(c, r->title, r->path));
	const char *item_col = page_text(c, "reports.column.item");
	const char *measure_col = page_text(c, "reports.column.measure");
	if (prev)
		value_set(a, v, "previous", page_link(c, prev->title, prev->path));
	value_set(a, v, "changes", page_table(c, item_col, changes));
	value_set(a, v, "rags", page_table(c, measure_col, rags));
	value_set(a, v, "figures", page_table(c, measure_col, figures));
	value_set(a, v, "added", page_table(c, item_col, added));
	value_set(a, v, "dropped", page_table(c, item_col, dropped));
	value_set(a, v, "moved", page_table(c, item_col, moved));
	value_set(a, v, "notes", page_table(c, item_col, notes));
	value_set(a, d, "changes", v);
	return d;
}
