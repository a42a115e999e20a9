/* resolve.c - the references loading had to leave for later, then everything derived:
 * priorities' outcomes, revisions' reports, report order and the plan's reporting date,
 * document order and addresses, each item's history and current status, due states, plan
 * order, the current plan, and the back-links people, directorates and equality pages show. */
#include <stdlib.h>
#include <string.h>

#include "content/internal.h"

const deadline_set *
item_current_deadline(const item *it)
{
	if (it->revisions.len) {
		const revision *r = it->revisions.items[it->revisions.len - 1];
		return &r->deadline;
	}
	return it->has_deadline ? &it->deadline : NULL;
}

lifecycle
item_lifecycle(const item *it)
{
	return it->current ? it->current->lifecycle : LIFECYCLE_NONE;
}

/* ---- equality ---- */

static void
resolve_equality(loader *ld)
{
	for (size_t i = 0; i < ld->eq_pending.len; i++) {
		eq_pending *p = ld->eq_pending.items[i];
		if (p->plan) {
			def *d = map_get(&ld->plans, p->plan->str);
			if (d)
				p->eo->plan = d->target;
			else
				diag_error(
				    ld->d, p->plan->at, "unknown plan '%s'%s", p->plan->str,
				    did_you_mean(ld, suggest_id(ld, &ld->plans, p->plan->str)));
		}
		if (!p->characteristics)
			continue;
		value *const *items;
		size_t n;
		list_elems(ld, p->characteristics, &items, &n);
		map seen;
		map_init(&seen, ld->a);
		for (size_t k = 0; k < n; k++) {
			const value *v = items[k];
			if (!id_valid(v->str))
				continue;
			def *d = map_get(&ld->characteristics, v->str);
			if (!d) {
				diag_error(
				    ld->d, v->at, "unknown characteristic '%s'%s", v->str,
				    did_you_mean(ld, suggest_id(ld, &ld->characteristics, v->str)));
				continue;
			}
			const value *first = map_put(&seen, v->str, (void *)v);
			if (first) {
				diag_error(ld->d, v->at, "'%s' is listed twice (first at %s)",
				           v->str, mark_text(ld, first->at));
				continue;
			}
			ptrvec_push(ld->a, &p->eo->characteristics, d->target);
		}
	}
}

/* ---- one plan ---- */

static void
resolve_outcome_lists(loader *ld, plan_ld *pl)
{
	map listed;
	map_init(&listed, ld->a);
	for (size_t i = 0; i < pl->p->priorities.len; i++) {
		node *pr = pl->p->priorities.items[i];
		value *lv = pl->outcome_lists.items[i];
		if (!lv)
			continue;
		value *const *items;
		size_t n;
		list_elems(ld, lv, &items, &n);
		for (size_t k = 0; k < n; k++) {
			const value *v = items[k];
			if (!id_valid(v->str))
				continue;
			def *d = map_get(&pl->scope, v->str);
			if (!d && pl->broken)
				continue;
			if (!d) {
				diag_error(ld->d, v->at,
				           "unknown outcome '%s'%s: no file in plans/%s/outcomes/ "
				           "has this id",
				           v->str,
				           did_you_mean(ld, suggest_item(ld, &pl->scope, v->str,
				                                         ITEM_OUTCOME)),
				           pl->p->id);
				continue;
			}
			node *o = d->target;
			if (o->it.kind != ITEM_OUTCOME) {
				diag_error(ld->d, v->at, "'%s' is a %s, not an outcome", v->str,
				           item_kind_id(o->it.kind));
				continue;
			}
			def *first = arena_alloc(ld->a, sizeof *first);
			first->at = v->at;
			def *old = map_put(&listed, o->it.id, first);
			if (old) {
				diag_error(ld->d, v->at,
				           "outcome '%s' is listed twice (first at %s)", v->str,
				           mark_text(ld, old->at));
				continue;
			}
			o->it.parent = &pr->it;
			ptrvec_push(ld->a, &pr->it.children, o);
		}
	}
	for (size_t i = 0; i < pl->outcomes.len; i++) {
		node *o = pl->outcomes.items[i];
		if (!o->it.parent)
			diag_error(
			    ld->d, o->it.at,
			    "outcome '%s' is not listed under any priority: add it to a priority's "
			    "outcomes: in plans/%s/plan.yaml",
			    o->it.id, pl->p->id);
	}
}

static void
resolve_revisions(loader *ld, plan_ld *pl)
{
	for (size_t i = 0; i < pl->revisions.len; i++) {
		pending_revision *p = pl->revisions.items[i];
		def *d = map_get(&pl->reports, p->report->str);
		if (d)
			p->rev->report = d->target;
		else
			diag_error(ld->d, p->report->at, "unknown report '%s' in plan '%s'%s",
			           p->report->str, pl->p->id,
			           did_you_mean(ld, suggest_id(ld, &pl->reports, p->report->str)));
	}
}

/* Breakdowns: each part_of: names a measure of the same plan; one level, same unit, and
 * every part says which group it counts. */
static void
resolve_parts(loader *ld, plan_ld *pl)
{
	for (size_t i = 0; i < pl->parts.len; i++) {
		pending_part *pp = pl->parts.items[i];
		const char *id = pp->whole->str;
		def *d = map_get(&pl->scope, id);
		if (!d) {
			if (!pl->broken)
				diag_error(ld->d, pp->whole->at,
				           "unknown measure '%s' in plan '%s'%s", id, pl->p->id,
				           did_you_mean(
				               ld, suggest_item(ld, &pl->scope, id, ITEM_MEASURE)));
			continue;
		}
		item *whole = &((node *)d->target)->it;
		if (whole->kind != ITEM_MEASURE) {
			bool vowel = whole->kind == ITEM_OUTCOME || whole->kind == ITEM_ACTIVITY;
			diag_error(
			    ld->d, pp->whole->at,
			    "'%s' is %s %s, not a measure: part_of: names the measure this one "
			    "breaks down",
			    id, vowel ? "an" : "a", item_kind_id(whole->kind));
			continue;
		}
		if (whole == pp->it) {
			diag_error(ld->d, pp->whole->at, "measure '%s' cannot be a part of itself",
			           id);
			continue;
		}
		if (whole->measure->unit != pp->it->measure->unit) {
			diag_error(
			    ld->d, pp->whole->at,
			    "measure '%s' counts in '%s' but its whole '%s' in '%s': the parts of "
			    "a breakdown share their whole's unit",
			    pp->it->id, unit_id(pp->it->measure->unit), whole->id,
			    unit_id(whole->measure->unit));
			continue;
		}
		if (!pp->it->characteristics.len)
			diag_error(ld->d, pp->whole->at,
			           "measure '%s' is a part of '%s' but names no group: add "
			           "'characteristics:' with the group it counts",
			           pp->it->id, whole->id);
		pp->it->measure->part_of = whole;
		ptrvec_push(ld->a, &whole->measure->parts, pp->it);
	}
	for (size_t i = 0; i < pl->parts.len; i++) {
		pending_part *pp = pl->parts.items[i];
		const item *whole = pp->it->measure->part_of;
		if (whole && whole->measure->part_of)
			diag_error(
			    ld->d, pp->whole->at,
			    "'%s' is itself a part of '%s': a breakdown has one level, so name "
			    "'%s'",
			    whole->id, whole->measure->part_of->id, whole->measure->part_of->id);
	}
	for (size_t i = 0; i < pl->overlaps.len; i++) {
		const pending_part *po = pl->overlaps.items[i];
		bool named = po->it->measure->parts.len > 0;
		for (size_t j = 0; j < pl->parts.len && !named;
		     j++) /* named, wrongly: said above */
			named = strcmp(((pending_part *)pl->parts.items[j])->whole->str,
			               po->it->id) == 0;
		if (!named)
			diag_warning(
			    ld->d, po->whole->at,
			    "measure '%s' says its parts overlap, but no measure names it in "
			    "part_of:",
			    po->it->id);
	}
}

/* Oldest first; reports of the same date keep their file order. */
static int
compare_reports(const void *pa, const void *pb)
{
	const report *a = *(report *const *)pa, *b = *(report *const *)pb;
	if (a->as_of != b->as_of)
		return a->as_of < b->as_of ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static void
sort_reports(plan *p)
{
	for (size_t i = 0; i < p->reports.len; i++)
		((report *)p->reports.items[i])->index = i;
	if (p->reports.len > 1)
		qsort(p->reports.items, p->reports.len, sizeof(void *), compare_reports);
	for (size_t i = 0; i < p->reports.len; i++)
		((report *)p->reports.items[i])->index = i;
}

/* Appends it and its subtree (activities, deliverables) depth-first. */
static void
add_subtree(loader *ld, plan *p, item *it)
{
	it->index = p->items.len;
	ptrvec_push(ld->a, &p->items, it);
	for (size_t i = 0; i < it->children.len; i++)
		add_subtree(ld, p, it->children.items[i]);
}

static void
order_items(loader *ld, plan_ld *pl)
{
	plan *p = pl->p;
	for (size_t i = 0; i < p->priorities.len; i++) {
		item *it = p->priorities.items[i];
		it->index = p->items.len;
		ptrvec_push(ld->a, &p->items, it);
	}
	for (size_t i = 0; i < p->priorities.len; i++) {
		item *pr = p->priorities.items[i];
		for (size_t k = 0; k < pr->children.len; k++)
			add_subtree(ld, p, pr->children.items[k]);
	}
	/* Outcomes no priority lists (an error) still get addresses, so nothing dangles. */
	for (size_t i = 0; i < pl->outcomes.len; i++) {
		node *o = pl->outcomes.items[i];
		if (!o->it.parent)
			add_subtree(ld, p, &o->it);
	}
	for (size_t i = 0; i < p->measures.len; i++) {
		item *it = p->measures.items[i];
		it->index = p->items.len;
		ptrvec_push(ld->a, &p->items, it);
	}
	for (size_t i = 0; i < p->items.len; i++) {
		item *it = p->items.items[i];
		map_put(&ld->m->by_path, it->path, it);
	}
}

static due_state
due_of(const item *it, int as_of, const report *latest)
{
	switch (item_lifecycle(it)) {
	case LIFECYCLE_COMPLETED:
	case LIFECYCLE_COMPLETED_WITH_CHANGES:
		return DUE_DONE;
	case LIFECYCLE_DEFERRED:
	case LIFECYCLE_NOT_BEING_PURSUED:
		return DUE_CLOSED;
	default:
		break;
	}
	const deadline_set *dl = item_current_deadline(it);
	if (!dl || !dl->last_day || !as_of)
		return DUE_NONE;
	if (dl->last_day >= as_of)
		return DUE_UPCOMING;
	/* Past its deadline: overdue only if the latest report says it is under way or not
	 * started. Not rated there, or last stated in an earlier report: nobody said (NONE). */
	const status_entry *s = it->current;
	if (!s || s->report != latest || s->lifecycle == LIFECYCLE_NONE)
		return DUE_NONE;
	return DUE_OVERDUE;
}

/* Due states need the reporting date; a plan without reports has none to measure against,
 * so its items claim nothing (DUE_NONE). */
static void
derive_due(plan *p)
{
	for (size_t i = 0; i < p->items.len; i++) {
		item *it = p->items.items[i];
		if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE)
			it->due = p->reports.len
			              ? due_of(it, p->as_of, p->reports.items[p->reports.len - 1])
			              : DUE_NONE;
	}
}

/* ---- the whole model ---- */

/* Newest first by start date; the same start: the greater id first. */
static int
compare_plans(const void *pa, const void *pb)
{
	const plan *a = *(plan *const *)pa, *b = *(plan *const *)pb;
	if (a->start != b->start)
		return a->start > b->start ? -1 : 1;
	return -strcmp(a->id, b->id);
}

/* Appends it to v unless it is already the last entry (an item led twice by one person). */
static void
push_once(loader *ld, ptrvec *v, item *it)
{
	if (!v->len || v->items[v->len - 1] != it)
		ptrvec_push(ld->a, v, it);
}

static void
link_back(loader *ld)
{
	model *m = ld->m;
	for (size_t k = 0; k < m->plans.len; k++) {
		plan *p = m->plans.items[k];
		for (size_t i = 0; i < p->items.len; i++) {
			item *it = p->items.items[i];
			for (size_t j = 0; j < it->lead_members.len; j++)
				push_once(ld, &((person *)it->lead_members.items[j])->leads, it);
			for (size_t j = 0; j < it->lead_officers.len; j++)
				push_once(ld, &((person *)it->lead_officers.items[j])->leads, it);
			for (size_t j = 0; j < it->directorates.len; j++)
				push_once(ld, &((directorate *)it->directorates.items[j])->leads,
				          it);
			for (size_t j = 0; j < it->equality.len; j++)
				push_once(ld, &((equality_outcome *)it->equality.items[j])->links,
				          it);
			for (size_t j = 0; j < it->characteristics.len; j++)
				push_once(ld,
				          &((characteristic *)it->characteristics.items[j])->items,
				          it);
		}
	}
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		equality_outcome *e = m->equality_outcomes.items[i];
		for (size_t j = 0; j < e->characteristics.len; j++)
			ptrvec_push(ld->a,
			            &((characteristic *)e->characteristics.items[j])->outcomes, e);
	}
}

void
content_resolve(loader *ld)
{
	model *m = ld->m;
	for (size_t i = 0; i < ld->plan_lds.len; i++) {
		plan_ld *pl = ld->plan_lds.items[i];
		resolve_outcome_lists(ld, pl);
		resolve_revisions(ld, pl);
		resolve_parts(ld, pl);
		sort_reports(pl->p);
		order_items(ld, pl);
		derive_plan(ld, pl);
		derive_due(pl->p);
		ptrvec_push(ld->a, &m->plans, pl->p);
	}
	if (m->plans.len > 1)
		qsort(m->plans.items, m->plans.len, sizeof(void *), compare_plans);
	for (size_t i = 0; i < m->plans.len; i++)
		((plan *)m->plans.items[i])->index = i;
	resolve_equality(ld);
	if (ld->current_plan) {
		def *d = map_get(&ld->plans, ld->current_plan->str);
		if (d)
			m->site.current_plan = d->target;
		else
			diag_error(
			    ld->d, ld->current_plan->at, "unknown plan '%s'%s",
			    ld->current_plan->str,
			    did_you_mean(ld, suggest_id(ld, &ld->plans, ld->current_plan->str)));
	}
	if (!m->site.current_plan && m->plans.len)
		m->site.current_plan = m->plans.items[0];
	link_back(ld);
}
