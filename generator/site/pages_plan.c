/* pages_plan.c - the pages that show a plan as a whole: the home page, a plan's page, what
 * needs attention in it, and its deadlines by month. */

#include <stdlib.h>
#include <string.h>

#include "site/attention.h"
#include "site/charts.h"
#include "site/pages_internal.h"
#include "site/paths.h"

/* The plan's latest report, with its "what changed" page; null without reports. */
static value *
latest_report(const ctx *c, const plan *pl)
{
	if (!pl->reports.len)
		return value_null(c->a);
	const report *r = pl->reports.items[pl->reports.len - 1];
	value *rv = page_link(c, r->title, r->path);
	value_set_str(c->a, rv, "as_of", format_date(c->a, c->fmt, r->as_of));
	value_set_str(c->a, rv, "period", format_period(c->a, c->fmt, r->per));
	value_set_str(c->a, rv, "changes_url", page_url(c, paths_changes(c->a, r)));
	return rv;
}

/* Rows of items needing attention, each with its one-line reason; at most limit rows
 * (0: all), and in "more" how many are left for the full page. Null when there are none. */
static value *
attention_rows(const ctx *c, const ptrvec *items, size_t limit)
{
	if (!items->len)
		return value_null(c->a);
	value *list = value_list(c->a);
	size_t n = limit && items->len > limit ? limit : items->len;
	for (size_t i = 0; i < n; i++) {
		const item *it = items->items[i];
		value *r = page_row(c, it);
		value_set_str(c->a, r, "reason", attention_reason(c->a, it, 160));
		if (!value_get(r, "reason"))
			value_set(c->a, r, "reason", value_null(c->a));
		value_push(c->a, list, r);
	}
	value *v = value_map(c->a);
	value_set(c->a, v, "rows", list);
	value_set_num(c->a, v, "count", (double)items->len);
	if (items->len > n)
		value_set_num(c->a, v, "more", (double)(items->len - n));
	else
		value_set(c->a, v, "more", value_null(c->a)); /* a number is always "true" */
	return v;
}

/* What needs attention in a plan, as its latest report says (attention.h): the lists and
 * the address of the page with all of them. limit caps each list (0: all). */
static value *
attention_value(const ctx *c, const plan *pl, size_t limit)
{
	attention at = {0};
	attention_collect(c->a, pl, &at);
	value *v = value_map(c->a);
	value_set(c->a, v, "red", attention_rows(c, &at.red, limit));
	value_set(c->a, v, "amber", attention_rows(c, &at.amber, limit));
	value_set(c->a, v, "overdue", attention_rows(c, &at.overdue, limit));
	value_set(c->a, v, "slipped", attention_rows(c, &at.slipped, limit));
	value_set_num(c->a, v, "total", (double)attention_total(&at));
	value_set_bool(c->a, v, "any", attention_total(&at) > 0);
	value_set_bool(c->a, v, "reported", pl->reports.len > 0);
	value_set_bool(c->a, v, "full", limit == 0);
	value_set_str(c->a, v, "as_of",
	              pl->reports.len ? format_date(c->a, c->fmt, pl->as_of) : NULL);
	value_set_str(c->a, v, "url", page_url(c, paths_attention(c->a, pl)));
	value_set_str(c->a, v, "plan", pl->title);
	value_set(c->a, v, "latest_report", latest_report(c, pl));
	return v;
}

/* The period a printed page of plan pl states: its latest report's, if any. */
static void
set_print_period(const ctx *c, value *d, const plan *pl)
{
	if (pl->reports.len) {
		const report *r = pl->reports.items[pl->reports.len - 1];
		value_set_str(c->a, value_get(d, "page"), "period",
		              format_period(c->a, c->fmt, r->per));
	}
}

value *
pages_home(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	/* a whole sentence for a council without a name, not a name put in one */
	page_common(c, d, c->m->site.title, "",
	            c->m->site.council ? page_fmt(c, "plans.home.description", "council",
	                                          c->m->site.council, (char *)NULL)
	                               : page_text(c, "plans.home.description_no_council"));
	value *plans = value_list(a);
	for (size_t i = 0; i < c->m->plans.len; i++) {
		const plan *pl = c->m->plans.items[i];
		value *pv = page_link(c, pl->title, pl->path);
		value_set_str(a, pv, "subtitle", pl->subtitle);
		value_set_str(a, pv, "as_of", format_date(c->a, c->fmt, pl->as_of));
		value_set_bool(a, pv, "reported", pl->reports.len > 0);
		value_set_str(a, pv, "deadlines_url", page_url(c, paths_deadlines(a, pl)));
		value_set_bool(a, pv, "current", pl == c->m->site.current_plan);
		value_push(a, plans, pv);
	}
	value_set(a, d, "plans", plans);
	const plan *cur = c->m->site.current_plan;
	if (cur) {
		value *cv = page_link(c, cur->title, cur->path);
		value_set_str(a, cv, "id", cur->id);
		value_set_str(a, cv, "as_of", format_date(c->a, c->fmt, cur->as_of));
		status_counts sc = {0};
		for (size_t i = 0; i < cur->items.len; i++)
			page_count_item(&sc, cur->items.items[i]);
		value_set(a, cv, "summary", page_summary(c, &sc, cur->title));
		value_set(a, cv, "priorities",
		          page_table(c, format_kind_label(c->words, cur, ITEM_PRIORITY),
		                     page_rows(c, &cur->priorities)));
		value_set_str(a, cv, "deadlines_url", page_url(c, paths_deadlines(a, cur)));
		value_set(a, cv, "latest_report", latest_report(c, cur));
		value_set(a, cv, "attention", attention_value(c, cur, 3));
		value_set(a, d, "current", cv);
	}
	value *groups = value_list(a);
	for (size_t i = 0; i < c->m->characteristics.len; i++) {
		const characteristic *ch = c->m->characteristics.items[i];
		value_push(a, groups, page_link(c, ch->name, ch->path));
	}
	value_set(a, d, "groups", groups);
	value_set_str(a, d, "people_url", page_url(c, "people/"));
	value_set_str(a, d, "equality_url", page_url(c, "equality/"));
	value_set_str(a, d, "search_url", page_url(c, "search/"));
	value_set_str(a, d, "data_url", page_url(c, "data/"));
	if (c->base_url)
		page_set_feed(
		    c, d, "",
		    page_fmt(c, "plans.home.feed_title", "site", c->m->site.title, (char *)NULL));
	value_set_str(a, value_get(d, "page"), "jsonld", jsonld_graph(c, true));
	return d;
}

value *
pages_plan(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, pl->title, pl->path,
	            page_plain_summary(c, pl->intro ? pl->intro : pl->subtitle));
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	value *v = value_map(a);
	value_set_str(a, v, "id", pl->id);
	value_set_str(a, v, "title", pl->title);
	page_set_lang(c, v, "title_lang", pl->title);
	value_set_str(a, v, "subtitle", pl->subtitle);
	value_set_str(a, v, "source", pl->source);
	value_set_str(a, v, "start", format_date(c->a, c->fmt, pl->start));
	value_set_str(a, v, "end", format_date(c->a, c->fmt, pl->end));
	value_set_str(a, v, "as_of", format_date(c->a, c->fmt, pl->as_of));
	value_set(a, v, "latest_report", latest_report(c, pl));
	value_set_str(a, v, "source_note", pl->source_note);
	value_set_str(a, v, "intro", page_html(c, pl->intro, 1));
	value *sections = value_list(a);
	for (size_t i = 0; i < pl->nsections; i++) {
		value *s = value_map(a);
		value_set_str(a, s, "id", pl->sections[i].id);
		value_set_str(a, s, "title", pl->sections[i].title);
		value_set_str(a, s, "body", page_html(c, pl->sections[i].body, 2));
		value_push(a, sections, s);
	}
	value_set(a, v, "sections", sections);
	value *prios = value_list(a);
	status_counts all = {0};
	for (size_t i = 0; i < pl->priorities.len; i++) {
		const item *p = pl->priorities.items[i];
		value *pv = page_row(c, p);
		value_set_str(a, pv, "heading", page_item_heading(c, p));
		value_set(a, pv, "outcomes",
		          page_table(c, format_kind_label(c->words, pl, ITEM_OUTCOME),
		                     page_rows(c, &p->children)));
		value_push(a, prios, pv);
		page_count_tree(&all, p);
	}
	for (size_t i = 0; i < pl->measures.len; i++) {
		const item *msr = pl->measures.items[i];
		if (!msr->parent)
			page_count_item(&all, msr);
	}
	value_set(a, v, "priorities", prios);
	value_set_str(a, v, "priority_label", format_kind_label(c->words, pl, ITEM_PRIORITY));
	value_set_str(a, v, "outcome_label", format_kind_label(c->words, pl, ITEM_OUTCOME));
	value_set(a, v, "measures",
	          page_table(c, page_text(c, "common.table.measure"), page_rows(c, &pl->measures)));
	value_set(a, v, "summary", page_summary(c, &all, pl->title));
	value *reports = value_list(a);
	for (size_t i = pl->reports.len; i-- > 0;) {
		const report *r = pl->reports.items[i];
		value *rv = page_link(c, r->title, r->path);
		value_set_str(a, rv, "period", format_period(a, c->fmt, r->per));
		value_set_str(a, rv, "as_of", format_date(c->a, c->fmt, r->as_of));
		value_set_str(a, rv, "changes_url", page_url(c, paths_changes(a, r)));
		value_push(a, reports, rv);
	}
	value_set(a, v, "reports", page_table(c, page_text(c, "common.table.report"), reports));
	value_set_str(a, v, "deadlines_url", page_url(c, paths_deadlines(a, pl)));
	value_set_str(a, v, "deadlines_chart", charts_deadlines(a, c->charts, pl));
	value_set(a, v, "attention", attention_value(c, pl, 5));
	set_print_period(c, d, pl);
	value_set(a, d, "plan", v);
	return d;
}

/* Every item of a plan that needs attention, on one page. */
value *
pages_attention(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	const char *path = paths_attention(a, pl);
	page_common(c, d, pl->title, path, NULL);
	value_set(a, d, "breadcrumbs", page_crumbs(c, pl->title, pl->path));
	value_set(a, d, "attention", attention_value(c, pl, 0));
	set_print_period(c, d, pl);
	return d;
}

typedef struct dated_item {
	int day;
	size_t pos;
	void *it;
} dated_item;

static int
compare_dated(const void *x, const void *y)
{
	const dated_item *p = x, *q = y;
	if (p->day != q->day)
		return p->day < q->day ? -1 : 1;
	return p->pos < q->pos ? -1 : p->pos > q->pos;
}

/* Items of a plan with a deadline, grouped by the month of their current deadline. */
value *
pages_deadlines(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, page_fmt(c, "plans.deadlines.title", "plan", pl->title, (char *)NULL),
	            paths_deadlines(a, pl),
	            page_fmt(c, "plans.deadlines.description", "plan", pl->title, (char *)NULL));
	value_set(a, d, "breadcrumbs", page_crumbs(c, pl->title, pl->path));
	ptrvec dated = {0}, overdue = {0}, slipped = {0}, undated = {0};
	for (size_t i = 0; i < pl->items.len; i++) {
		const item *it = pl->items.items[i];
		if (it->kind != ITEM_ACTIVITY && it->kind != ITEM_DELIVERABLE)
			continue;
		const deadline_set *dl = item_current_deadline(it);
		if (dl && dl->last_day)
			ptrvec_push(a, &dated, (void *)it);
		else
			ptrvec_push(a, &undated, (void *)it);
		if (it->due == DUE_OVERDUE)
			ptrvec_push(a, &overdue, (void *)it);
		if (it->revisions.len)
			ptrvec_push(a, &slipped, (void *)it);
	}
	/* Sorted by deadline, document order breaking ties (qsort on (deadline, position):
	 * an insertion sort here was quadratic in the size of a plan). */
	dated_item *order = arena_alloc(a, (dated.len + 1) * sizeof *order);
	for (size_t i = 0; i < dated.len; i++)
		order[i] = (dated_item){item_current_deadline(dated.items[i])->last_day, i,
		                        dated.items[i]};
	if (dated.len)
		qsort(order, dated.len, sizeof *order, compare_dated);
	for (size_t i = 0; i < dated.len; i++)
		dated.items[i] = order[i].it;
	value *months = value_list(a);
	value *cur = NULL;
	int cur_month = 0;
	for (size_t i = 0; i < dated.len; i++) {
		const item *it = dated.items[i];
		int month = item_current_deadline(it)->last_day / 100;
		if (month != cur_month) {
			cur = value_map(a);
			value_set_str(a, cur, "month",
			              format_month(a, c->fmt, month / 100, month % 100, false));
			value_set_str(a, cur, "id",
			              arena_printf(a, "m-%d-%02d", month / 100, month % 100));
			value_set(a, cur, "items", value_list(a));
			value_push(a, months, cur);
			cur_month = month;
		}
		value_push(a, value_get(cur, "items"), page_row(c, it));
	}
	for (size_t i = 0; i < months->n; i++) {
		value *month = months->items[i];
		month->items[month->n - 1] =
		    page_table(c, page_text(c, "common.table.item"), month->items[month->n - 1]);
	}
	value *v = value_map(a);
	value_set_str(a, v, "title", pl->title);
	value_set_str(a, v, "as_of", format_date(c->a, c->fmt, pl->as_of));
	if (!pl->reports.len) {
		/* No report: say only which deadlines fall within the plan, nothing about progress.
		 */
		int within = 0;
		for (size_t i = 0; i < dated.len; i++)
			within += item_current_deadline(dated.items[i])->last_day <= pl->end;
		value *nr = value_map(a);
		value_set_num(a, nr, "dated", (double)dated.len);
		value_set_num(a, nr, "within", within);
		value_set_num(a, nr, "after", (double)dated.len - within);
		value_set_str(a, nr, "end", format_date(a, c->fmt, pl->end));
		int after = (int)dated.len - within;
		value_set_str(
		    a, nr, "sentence",
		    page_plural(c, after ? "page.deadlines.dated_after" : "page.deadlines.dated",
		                (double)dated.len, "count",
		                format_number(a, c->fmt, (double)dated.len), "within",
		                format_number(a, c->fmt, within), "after",
		                format_number(a, c->fmt, after), "end",
		                page_escape(c, format_date(a, c->fmt, pl->end)), (char *)NULL));
		value_set(a, v, "no_reports", nr);
	}
	value_set(a, v, "months", months);
	value_set(a, v, "overdue",
	          page_table(c, page_text(c, "plans.deadlines.overdue"), page_rows(c, &overdue)));
	value_set(a, v, "slipped",
	          page_table(c, page_text(c, "plans.deadlines.slipped"), page_rows(c, &slipped)));
	value_set(a, v, "undated",
	          page_table(c, page_text(c, "plans.deadlines.undated"), page_rows(c, &undated)));
	value_set_str(a, v, "chart", charts_deadlines(a, c->charts, pl));
	value_set(a, d, "deadlines", v);
	return d;
}
