/* pages_equality.c - the equality pages: the index of equality outcomes and groups with the
 * current plan's gaps, one page per equality outcome, and one per group with its items,
 * their status and the gaps said plainly. */

#include "site/charts.h"
#include "site/equality.h"
#include "site/pages_internal.h"
#include "site/paths.h"

value *
pages_equality(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, page_text(c, "equality.title"), "equality/",
	            page_text(c, "equality.description"));
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	value *groups = value_list(a), *unmeasured = value_list(a), *nothing = value_list(a);
	const plan *cur = c->m->site.current_plan;
	if (!cur && c->m->plans.len)
		cur = c->m->plans.items[0];
	for (size_t i = 0; i < c->m->characteristics.len; i++) {
		const characteristic *ch = c->m->characteristics.items[i];
		value *l = page_link(c, ch->name, ch->path);
		value_set_bool(a, l, "protected", ch->protected_);
		value_set_num(a, l, "count", (double)ch->outcomes.len);
		value_set_str(
		    a, l, "count_text",
		    page_count_text(c, "page.equality.group_count", (double)ch->outcomes.len));
		value_push(a, groups, l);
		if (!cur)
			continue;
		/* the gaps of the current plan, group by group */
		group_links g = equality_group_links(a, ch, cur);
		size_t commitments, measures;
		equality_count_kinds(&g, &commitments, &measures);
		if (!g.n)
			value_push(a, nothing, page_link(c, ch->name, ch->path));
		else if (commitments && !measures)
			value_push(a, unmeasured, page_link(c, ch->name, ch->path));
	}
	value_set(a, d, "groups", groups);
	if (cur) {
		value *gaps = page_link(c, cur->title, cur->path);
		const char *group_col = page_text(c, "equality.column.group");
		value_set(a, gaps, "unmeasured", page_table(c, group_col, unmeasured));
		value_set(a, gaps, "nothing", page_table(c, group_col, nothing));
		value_set(a, d, "current_gaps", gaps);
	}
	value *plans = value_list(a);
	for (size_t p = 0; p <= c->m->plans.len; p++) {
		const plan *pl = p < c->m->plans.len ? c->m->plans.items[p] : NULL;
		value *list = value_list(a);
		for (size_t i = 0; i < c->m->equality_outcomes.len; i++) {
			const equality_outcome *eo = c->m->equality_outcomes.items[i];
			if (eo->plan != pl)
				continue;
			value *l = page_link(c, eo->title, eo->path);
			value_set_num(a, l, "count", (double)eo->links.len);
			value_push(a, list, l);
		}
		if (!list->n)
			continue;
		value *g = value_map(a);
		value_set_str(a, g, "title", pl ? pl->title : page_text(c, "equality.no_plan"));
		value_set(a, g, "outcomes", list);
		value_push(a, plans, g);
	}
	value_set(a, d, "plans", plans);
	value_set_str(a, d, "chart", charts_equality_coverage_linked(a, c->charts, c->m, c->root));
	return d;
}

value *
pages_equality_outcome(const ctx *c, const equality_outcome *eo)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, eo->title, eo->path,
	            page_fmt(c, "equality.outcome_description", "title", eo->title, (char *)NULL));
	value_set(a, d, "breadcrumbs", page_crumbs(c, page_text(c, "equality.title"), "equality/"));
	value *v = value_map(a);
	value_set_str(a, v, "title", eo->title);
	page_set_lang(c, v, "title_lang", eo->title);
	value_set_str(a, v, "description", page_html(c, eo->description, 1));
	value_set_str(a, v, "source_note", eo->source_note);
	if (eo->plan)
		value_set(a, v, "plan", page_link(c, eo->plan->title, eo->plan->path));
	value *groups = value_list(a);
	for (size_t i = 0; i < eo->characteristics.len; i++) {
		const characteristic *ch = eo->characteristics.items[i];
		value_push(a, groups, page_link(c, ch->name, ch->path));
	}
	value_set(a, v, "groups", groups);
	value_set_num(a, v, "count", (double)eo->links.len);
	value_set(a, v, "plans", page_by_plan(c, &eo->links));
	value_set(a, d, "outcome", v);
	return d;
}

/* The rows of one plan's items concerning a group: each with its status, latest figure and
 * trend, its own group tags and the equality outcome it is linked through. */
static value *
group_rows(const ctx *c, const group_links *g, status_counts *sc)
{
	value *list = value_list(c->a);
	for (size_t i = 0; i < g->n; i++) {
		const group_link *l = &g->links[i];
		const item *it = l->it;
		value *r = page_row(c, it);
		if (it->kind == ITEM_MEASURE && it->current && it->current->short_trend)
			value_set_str(c->a, r, "trend",
			              page_label(c, "trend", trend_id(it->current->short_trend)));
		value_set_bool(c->a, r, "direct", l->direct);
		value_set(c->a, r, "via",
		          l->via ? page_link(c, l->via->title, l->via->path) : value_null(c->a));
		if (sc)
			page_count_item(sc, it);
		value_push(c->a, list, r);
	}
	return page_table(c, page_text(c, "equality.column.item"), list);
}

value *
pages_group(const ctx *c, const characteristic *ch)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, ch->name, ch->path,
	            page_fmt(c, "equality.group_description", "group", ch->name, (char *)NULL));
	value_set(a, d, "breadcrumbs", page_crumbs(c, page_text(c, "equality.title"), "equality/"));
	value *v = value_map(a);
	value_set_str(a, v, "name", ch->name);
	value_set_bool(a, v, "protected", ch->protected_);
	value_set_str(a, v, "description", page_html(c, ch->description, 1));
	value_set_str(a, v, "source_note", ch->source_note);
	/* the current plan first, with its status summary */
	const plan *cur = c->m->site.current_plan;
	if (!cur && c->m->plans.len)
		cur = c->m->plans.items[0];
	bool unmeasured = false, nothing = false; /* in the current plan */
	if (cur) {
		group_links g = equality_group_links(a, ch, cur);
		value *cv = page_link(c, cur->title, cur->path);
		value_set_str(a, cv, "id", cur->id);
		status_counts sc = {0};
		value_set(a, cv, "items", group_rows(c, &g, &sc));
		value_set(a, cv, "summary",
		          page_summary(c, &sc,
		                       page_fmt(c, "equality.summary_scope", "group", ch->name,
		                                "plan", cur->title, (char *)NULL)));
		size_t commitments, measures;
		equality_count_kinds(&g, &commitments, &measures);
		value_set_num(a, cv, "commitments", (double)commitments);
		value_set_num(a, cv, "measures", (double)measures);
		unmeasured = commitments && !measures;
		nothing = !g.n;
		value_set_bool(a, cv, "unmeasured", unmeasured);
		value_set_bool(a, cv, "nothing", nothing);
		value_set(a, v, "current", cv);
	}
	/* then the other plans, newest first */
	value *others = value_list(a);
	for (size_t p = 0; p < c->m->plans.len; p++) {
		const plan *pl = c->m->plans.items[p];
		if (pl == cur)
			continue;
		group_links g = equality_group_links(a, ch, pl);
		if (!g.n)
			continue;
		value *pv = page_link(c, pl->title, pl->path);
		value_set_str(a, pv, "id", pl->id);
		value_set(a, pv, "items", group_rows(c, &g, NULL));
		value_push(a, others, pv);
	}
	value_set(a, v, "plans", others);
	/* its equality outcomes, then the gaps said plainly */
	value *outcomes = value_list(a), *gaps = value_list(a);
	for (size_t i = 0; i < ch->outcomes.len; i++) {
		const equality_outcome *eo = ch->outcomes.items[i];
		value *l = page_link(c, eo->title, eo->path);
		value_set_num(a, l, "count", (double)eo->links.len);
		if (eo->plan)
			value_set_str(a, l, "plan", eo->plan->title);
		value_push(a, outcomes, l);
		if (equality_outcome_is_gap(eo))
			value_push(a, gaps, l);
	}
	const char *outcome_col = page_text(c, "equality.column.equality_outcome");
	value_set(a, v, "outcomes", page_table(c, outcome_col, outcomes));
	value_set(a, v, "gaps", page_table(c, outcome_col, gaps));
	value_set_bool(a, v, "any_gap", gaps->n || !outcomes->n || unmeasured || nothing);
	group_links all = equality_group_links(a, ch, NULL);
	value_set_num(a, v, "count", (double)all.n);
	value_set(a, d, "group", v);
	if (c->base_url)
		page_set_feed(c, d, ch->path,
		              page_fmt(c, "equality.feed_title", "name", ch->name, (char *)NULL));
	return d;
}
