/* load.c - content files -> model objects.
 *
 * Files are gathered first (from disk, or from memory for tests and the fuzzer), sorted into
 * the order their references need (site, registry, equality, then each plan: plan.yaml,
 * outcomes, measures, reports), and read record by record through the tables of spec.c.
 * References to things already loaded are resolved on the spot through hash maps; the few
 * that point forward are kept for resolve.c. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "content/internal.h"
#include "util/colour.h"
#include "util/fs.h"
#include "yaml_loader.h"

const char *const content_reserved_ids[CONTENT_NRESERVED_IDS] = {"measures", "reports", "deadlines",
                                                                 "data", "history"};

/* ---- small helpers ---- */

static node *
node_new(loader *ld, plan *p, item_kind kind, const char *file)
{
	node *n = arena_alloc(ld->a, sizeof *n);
	map_init(&n->kids, ld->a);
	n->it.kind = kind;
	n->it.plan = p;
	n->it.file = file;
	return n;
}

static bool
is_reserved(const char *id)
{
	for (size_t i = 0; i < CONTENT_NRESERVED_IDS; i++)
		if (strcmp(id, content_reserved_ids[i]) == 0)
			return true;
	return false;
}

/* Registers an id in a plan's shared namespace of priorities, outcomes and measures. */
static bool
plan_scope_put(loader *ld, plan_ld *pl, const char *id, node *n, mark at, bool alias)
{
	if (is_reserved(id)) {
		diag_error(ld->d, at,
		           "id '%s' is reserved in a plan (measures, reports, deadlines, "
		           "data and history name the plan's own pages)",
		           id);
		return false;
	}
	return scope_put(ld, &pl->scope, id, n, at, alias);
}

/* Resolves a list of ids (an FT_REFS field) through m, appending the targets to dest.
 * what names the kind in messages ("person"); other_map/other_hint give a better message
 * when the id names something of another kind. */
static void
resolve_ids(loader *ld, const field *f, const map *m, const char *what, ptrvec *dest,
            const map *other_map, const char *other_hint)
{
	if (!f->ok)
		return;
	map seen;
	map_init(&seen, ld->tmp);
	for (size_t i = 0; i < f->n; i++) {
		const value *v = f->items[i];
		if (!id_valid(v->str))
			continue;
		def *d = map_get(m, v->str);
		if (!d) {
			if (other_map && map_get(other_map, v->str))
				diag_error(ld->d, v->at, "unknown %s '%s' (%s)", what, v->str,
				           other_hint);
			else
				diag_error(ld->d, v->at, "unknown %s '%s'%s", what, v->str,
				           did_you_mean(ld, suggest_id(ld, m, v->str)));
			continue;
		}
		def *first = arena_alloc(ld->tmp, sizeof *first);
		first->at = v->at;
		def *old = map_put(&seen, v->str, first);
		if (old) {
			diag_error(ld->d, v->at, "'%s' is listed twice (first at %s)", v->str,
			           mark_text(ld, old->at));
			continue;
		}
		ptrvec_push(ld->a, dest, d->target);
	}
}

/* An item's flags:, kept in site.yaml order so every page shows them alike. */
static void
resolve_flags(loader *ld, const field *f, ptrvec *dest)
{
	if (f->ok && f->n && !ld->m->site.flags.len) {
		for (size_t i = 0; i < f->n; i++)
			if (id_valid(f->items[i]->str))
				diag_error(ld->d, f->items[i]->at,
				           "unknown flag '%s': site.yaml declares no flags (add it "
				           "under 'flags:' with its id and label)",
				           f->items[i]->str);
		return;
	}
	resolve_ids(ld, f, &ld->flags, "flag", dest, NULL, NULL);
	for (size_t i = 1; i < dest->len; i++)
		for (size_t j = i; j > 0; j--) {
			flag *a = dest->items[j - 1], *b = dest->items[j];
			if (a->index < b->index)
				break;
			dest->items[j - 1] = b;
			dest->items[j] = a;
		}
}

static void
strings_of(loader *ld, const field *f, ptrvec *dest)
{
	if (!f->ok)
		return;
	for (size_t i = 0; i < f->n; i++)
		ptrvec_push(ld->a, dest, (void *)f->items[i]->str);
}

/* ---- site.yaml ---- */

static void
load_barrier(loader *ld, value *v, compliance status, barrier *out)
{
	field f[BAR_N];
	if (!record_read(ld, v, &spec_barrier, f, BAR_N))
		return;
	validate_barrier(ld, status, &f[BAR_REASON]);
	out->content = f[BAR_CONTENT].s;
	out->reason = f[BAR_REASON].ok ? (barrier_reason)f[BAR_REASON].i : BARRIER_REASON_NONE;
	if (f[BAR_CRITERIA].ok)
		strings_of(ld, &f[BAR_CRITERIA], &out->criteria);
	out->alternative = f[BAR_ALTERNATIVE].s;
	out->fix_by = f[BAR_FIX_BY].ok ? f[BAR_FIX_BY].i : 0;
}

/* The accessibility: block; absent, it leaves the statement empty (and validation warns). */
static void
load_accessibility(loader *ld, const value *root, const field *block)
{
	accessibility_info *info = &ld->m->site.accessibility;
	field f[ACC_N];
	memset(f, 0, sizeof f);
	if (block->ok && record_read(ld, block->v, &spec_accessibility, f, ACC_N)) {
		if (f[ACC_COMPLIANCE].ok)
			info->status = (compliance)f[ACC_COMPLIANCE].i;
		if (f[ACC_NON_ACCESSIBLE].ok && f[ACC_NON_ACCESSIBLE].n) {
			info->barriers =
			    arena_alloc(ld->a, f[ACC_NON_ACCESSIBLE].n * sizeof *info->barriers);
			memset(info->barriers, 0, f[ACC_NON_ACCESSIBLE].n * sizeof *info->barriers);
			for (size_t i = 0; i < f[ACC_NON_ACCESSIBLE].n; i++)
				load_barrier(ld, f[ACC_NON_ACCESSIBLE].items[i], info->status,
				             &info->barriers[info->nbarriers++]);
		}
		info->prepared = f[ACC_PREPARED].ok ? f[ACC_PREPARED].i : 0;
		info->reviewed = f[ACC_REVIEWED].ok ? f[ACC_REVIEWED].i : 0;
		info->tested = f[ACC_TESTED].ok ? f[ACC_TESTED].i : 0;
		info->method = f[ACC_METHOD].ok ? (test_method)f[ACC_METHOD].i : TEST_METHOD_NONE;
		info->tested_by = f[ACC_TESTED_BY].s;
		info->contact_form = f[ACC_CONTACT_FORM].s;
		info->email = f[ACC_EMAIL].s;
		info->phone = f[ACC_PHONE].s;
		info->response_time = f[ACC_RESPONSE_TIME].s;
		info->complaints_url = f[ACC_COMPLAINTS_URL].s;
		info->feedback_url = f[ACC_FEEDBACK_URL].s;
	}
	validate_accessibility(ld, root, block, info, f);
}

static void
load_flag(loader *ld, value *v)
{
	field f[FL_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_flag, f, FL_N) || !f[FL_ID].ok)
		return;
	flag *fl = arena_alloc(ld->a, sizeof *fl);
	fl->id = f[FL_ID].s;
	fl->at = f[FL_ID].v->at;
	fl->label = f[FL_LABEL].s;
	fl->name = f[FL_NAME].s;
	fl->description = f[FL_DESCRIPTION].s;
	fl->index = ld->m->site.flags.len;
	if (!scope_put(ld, &ld->flags, fl->id, fl, fl->at, false))
		return;
	ptrvec_push(ld->a, &ld->m->site.flags, fl);
	if (!fl->name && !fl->description)
		diag_warning(ld->d, fl->at,
		             "flag '%s' has neither a name nor a description: its tag and the "
		             "glossary cannot say what it means",
		             fl->id);
}

static void
load_site(loader *ld, value *root)
{
	field f[SITE_N];
	if (!record_read(ld, root, &spec_site, f, SITE_N))
		return;
	site_config *s = &ld->m->site;
	s->at = root->at;
	s->title = f[SITE_TITLE].s;
	s->council = f[SITE_COUNCIL].s;
	s->base_url = f[SITE_BASE_URL].s;
	s->logo = f[SITE_LOGO].s;
	s->licence = f[SITE_LICENCE].s;
	s->licence_url = f[SITE_LICENCE_URL].s;
	if (!f[SITE_LICENCE].v) {
		s->licence = CONTENT_DEFAULT_LICENCE;
		if (!f[SITE_LICENCE_URL].v)
			s->licence_url = CONTENT_DEFAULT_LICENCE_URL;
	}
	s->about = f[SITE_ABOUT].s;
	load_accessibility(ld, root, &f[SITE_ACCESSIBILITY]);
	s->language = f[SITE_LANGUAGE].s;
	s->allow_raw_html = f[SITE_ALLOW_RAW_HTML].ok && f[SITE_ALLOW_RAW_HTML].i;
	for (size_t i = 0; f[SITE_FLAGS].ok && i < f[SITE_FLAGS].n; i++)
		load_flag(ld, f[SITE_FLAGS].items[i]);
	if (f[SITE_CURRENT_PLAN].ok)
		ld->current_plan = value_copy(ld->a, f[SITE_CURRENT_PLAN].v);
	if (f[SITE_COLOURS].ok) {
		field c[COL_N];
		record_read(ld, f[SITE_COLOURS].v, &spec_colours, c, COL_N);
		if (c[COL_BRAND].ok) {
			double ratio = colour_contrast(c[COL_BRAND].s, "#ffffff");
			if (ratio < 4.5)
				diag_error(
				    ld->d, c[COL_BRAND].v->at,
				    "brand colour '%s' has a contrast of %.2f:1 on white; text "
				    "needs at least 4.5:1 (choose a darker colour)",
				    c[COL_BRAND].s, floor(ratio * 100) / 100);
			else
				s->brand_colour = c[COL_BRAND].s;
		}
	}
}

/* ---- registry ---- */

static void
load_person(loader *ld, value *v)
{
	field f[PER_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_person, f, PER_N) ||
	    !f[PER_ID].ok)
		return;
	person *p = arena_alloc(ld->a, sizeof *p);
	p->id = f[PER_ID].s;
	p->at = f[PER_ID].v->at;
	p->name = f[PER_NAME].s;
	p->kind = f[PER_KIND].ok ? (person_kind)f[PER_KIND].i : PERSON_OFFICER;
	p->role = f[PER_ROLE].s;
	p->source_note = f[PER_SOURCE_NOTE].s;
	strings_of(ld, &f[PER_AKA], &p->also_known_as);
	p->path = arena_printf(ld->a, "people/%s/", p->id);
	if (scope_put(ld, &ld->people, p->id, p, p->at, false))
		ptrvec_push(ld->a, &ld->m->people, p);
}

static void
load_directorate(loader *ld, value *v)
{
	field f[DIR_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_directorate, f, DIR_N) ||
	    !f[DIR_ID].ok)
		return;
	directorate *r = arena_alloc(ld->a, sizeof *r);
	r->id = f[DIR_ID].s;
	r->at = f[DIR_ID].v->at;
	r->code = f[DIR_CODE].s;
	r->name_given = f[DIR_NAME].s != NULL;
	r->name = r->name_given ? f[DIR_NAME].s : r->code;
	if (!r->name) {
		diag_error(ld->d, r->at, "directorate '%s' has neither a name nor a code", r->id);
		return;
	}
	r->source_note = f[DIR_SOURCE_NOTE].s;
	strings_of(ld, &f[DIR_AKA], &r->also_known_as);
	r->path = arena_printf(ld->a, "directorates/%s/", r->id);
	if (scope_put(ld, &ld->directorates, r->id, r, r->at, false))
		ptrvec_push(ld->a, &ld->m->directorates, r);
}

static void
load_registry(loader *ld, value *root)
{
	field f[REG_N];
	if (!record_read(ld, root, &spec_registry_file, f, REG_N))
		return;
	for (size_t i = 0; i < f[REG_PEOPLE].n; i++)
		load_person(ld, f[REG_PEOPLE].items[i]);
	for (size_t i = 0; i < f[REG_DIRECTORATES].n; i++)
		load_directorate(ld, f[REG_DIRECTORATES].items[i]);
}

/* ---- equality ---- */

static void
load_characteristic(loader *ld, value *v)
{
	field f[CH_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_characteristic, f, CH_N) ||
	    !f[CH_ID].ok)
		return;
	characteristic *c = arena_alloc(ld->a, sizeof *c);
	c->id = f[CH_ID].s;
	c->at = f[CH_ID].v->at;
	c->name = f[CH_NAME].s;
	c->description = f[CH_DESCRIPTION].s;
	c->source_note = f[CH_SOURCE_NOTE].s;
	c->protected_ = f[CH_PROTECTED].ok && f[CH_PROTECTED].i;
	c->path = arena_printf(ld->a, "equality/groups/%s/", c->id);
	if (scope_put(ld, &ld->characteristics, c->id, c, c->at, false))
		ptrvec_push(ld->a, &ld->m->characteristics, c);
}

static void
load_equality_outcome(loader *ld, value *v)
{
	field f[EQO_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_equality_outcome, f, EQO_N) ||
	    !f[EQO_ID].ok)
		return;
	equality_outcome *e = arena_alloc(ld->a, sizeof *e);
	e->id = f[EQO_ID].s;
	e->at = f[EQO_ID].v->at;
	e->title = f[EQO_TITLE].s;
	e->description = f[EQO_DESCRIPTION].s;
	e->source_note = f[EQO_SOURCE_NOTE].s;
	e->path = arena_printf(ld->a, "equality/outcomes/%s/", e->id);
	if (!scope_put(ld, &ld->equality_outcomes, e->id, e, e->at, false))
		return;
	for (size_t i = 0; f[EQO_ALIASES].ok && i < f[EQO_ALIASES].n; i++) {
		const value *a = f[EQO_ALIASES].items[i];
		if (scope_put(ld, &ld->equality_outcomes, a->str, e, a->at, true))
			ptrvec_push(ld->a, &e->aliases, (void *)a->str);
	}
	ptrvec_push(ld->a, &ld->m->equality_outcomes, e);
	eq_pending *p = arena_alloc(ld->a, sizeof *p);
	p->eo = e;
	p->characteristics =
	    f[EQO_CHARACTERISTICS].ok ? value_copy(ld->a, f[EQO_CHARACTERISTICS].v) : NULL;
	p->plan = f[EQO_PLAN].ok ? value_copy(ld->a, f[EQO_PLAN].v) : NULL;
	ptrvec_push(ld->a, &ld->eq_pending, p);
}

static void
load_equality(loader *ld, value *root)
{
	field f[EQF_N];
	if (!record_read(ld, root, &spec_equality_file, f, EQF_N))
		return;
	for (size_t i = 0; i < f[EQF_CHARACTERISTICS].n; i++)
		load_characteristic(ld, f[EQF_CHARACTERISTICS].items[i]);
	for (size_t i = 0; i < f[EQF_OUTCOMES].n; i++)
		load_equality_outcome(ld, f[EQF_OUTCOMES].items[i]);
}

/* ---- items: what every kind shares ---- */

/* Fills the fields an item kind has (the others were never read, so stay empty). base is
 * the address its id is appended to; scope the namespace its id and aliases live in.
 * An item whose id cannot be registered is still read through, as an orphan. */
static void
item_fill(loader *ld, plan_ld *pl, node *n, const value *rec, field *f, const char *base,
          map *scope)
{
	item *it = &n->it;
	bool plan_level = scope == &pl->scope;
	it->at = rec->at;
	n->orphan = true;
	if (f[IT_ID].ok) {
		it->id = f[IT_ID].s;
		it->at = f[IT_ID].v->at;
		n->orphan = plan_level ? !plan_scope_put(ld, pl, it->id, n, it->at, false)
		                       : !scope_put(ld, scope, it->id, n, it->at, false);
	}
	it->path = arena_printf(ld->a, "%s%s/", base, it->id ? it->id : "?");
	for (size_t i = 0; !n->orphan && f[IT_ALIASES].ok && i < f[IT_ALIASES].n; i++) {
		const value *a = f[IT_ALIASES].items[i];
		bool ok = plan_level ? plan_scope_put(ld, pl, a->str, n, a->at, true)
		                     : scope_put(ld, scope, a->str, n, a->at, true);
		if (!ok)
			continue;
		ptrvec_push(ld->a, &it->aliases, (void *)a->str);
		ptrvec_push(ld->a, &it->alias_paths, arena_printf(ld->a, "%s%s/", base, a->str));
	}
	it->code = f[IT_CODE].s;
	it->title = f[IT_TITLE].s;
	it->description = f[IT_DESCRIPTION].s;
	it->notes = f[IT_NOTES].s;
	it->source_note = f[IT_SOURCE_NOTE].s;
	resolve_flags(ld, &f[IT_FLAGS], &it->flags);
	resolve_ids(ld, &f[IT_EQUALITY], &ld->equality_outcomes, "equality outcome", &it->equality,
	            NULL, NULL);
	resolve_ids(ld, &f[IT_CHARACTERISTICS], &ld->characteristics, "characteristic",
	            &it->characteristics, NULL, NULL);
	resolve_ids(ld, &f[IT_LEAD_MEMBERS], &ld->people, "person", &it->lead_members,
	            &ld->directorates, "it is a directorate: list it under directorates:");
	resolve_ids(ld, &f[IT_LEAD_OFFICERS], &ld->people, "person", &it->lead_officers,
	            &ld->directorates, "it is a directorate: list it under directorates:");
	resolve_ids(ld, &f[IT_DIRECTORATES], &ld->directorates, "directorate", &it->directorates,
	            &ld->people, "it is a person: list it under lead_officers: or lead_members:");
	if (f[IT_DEADLINE].ok) {
		it->has_deadline = true;
		it->deadline = f[IT_DEADLINE].dl;
	}
	it->deadline_as_written = f[IT_DEADLINE_AS_WRITTEN].s;
	if (f[IT_REVISIONS].ok && f[IT_REVISIONS].n && !f[IT_DEADLINE].v)
		diag_error(ld->d, f[IT_REVISIONS].key->at,
		           "'revisions' change a deadline: give the original 'deadline:' too");
	if (f[IT_ADDED_IN].ok || f[IT_DROPPED_IN].ok) {
		pending_span *sp = arena_alloc(ld->a, sizeof *sp);
		sp->it = it;
		sp->added_in = f[IT_ADDED_IN].ok ? value_copy(ld->a, f[IT_ADDED_IN].v) : NULL;
		sp->dropped_in = f[IT_DROPPED_IN].ok ? value_copy(ld->a, f[IT_DROPPED_IN].v) : NULL;
		ptrvec_push(ld->a, &pl->spans, sp);
	}
	const deadline_set *prev = it->has_deadline ? &it->deadline : NULL;
	for (size_t i = 0; f[IT_REVISIONS].ok && i < f[IT_REVISIONS].n; i++) {
		value *rv = f[IT_REVISIONS].items[i];
		field r[REV_N];
		if (!record_count(ld, rv->at) || !record_read(ld, rv, &spec_revision, r, REV_N) ||
		    !r[REV_DEADLINE].ok)
			continue;
		revision *rev = arena_alloc(ld->a, sizeof *rev);
		rev->deadline = r[REV_DEADLINE].dl;
		rev->reason = r[REV_REASON].s;
		rev->at = r[REV_DEADLINE].v->at;
		ptrvec_push(ld->a, &it->revisions, rev);
		validate_revision(ld, prev, rev);
		prev = &rev->deadline;
		if (r[REV_REPORT].ok) {
			pending_revision *p = arena_alloc(ld->a, sizeof *p);
			p->rev = rev;
			p->report = value_copy(ld->a, r[REV_REPORT].v);
			ptrvec_push(ld->a, &pl->revisions, p);
		}
	}
}

static node *
load_item(loader *ld, plan_ld *pl, value *v, item_kind kind, const record_spec *spec,
          const char *file, const char *base, map *scope, field *f)
{
	node *n = NULL;
	if (record_count(ld, v->at) && record_read(ld, v, spec, f, IT_N)) {
		n = node_new(ld, pl->p, kind, file);
		item_fill(ld, pl, n, v, f, base, scope);
	}
	if ((!n || n->orphan) && (kind == ITEM_OUTCOME || kind == ITEM_MEASURE))
		pl->broken = true;
	return n;
}

/* ---- plan.yaml ---- */

static void
load_priority(loader *ld, plan_ld *pl, value *v, const char *file)
{
	field f[IT_N];
	node *n =
	    load_item(ld, pl, v, ITEM_PRIORITY, &spec_priority, file, pl->p->path, &pl->scope, f);
	if (!n || n->orphan)
		return;
	ptrvec_push(ld->a, &pl->p->priorities, n);
	ptrvec_push(ld->a, &pl->outcome_lists,
	            f[IT_OUTCOMES].ok ? value_copy(ld->a, f[IT_OUTCOMES].v) : NULL);
}

static plan_ld *
load_plan(loader *ld, value *root, const content_file *cf)
{
	field f[PL_N];
	if (!record_read(ld, root, &spec_plan_file, f, PL_N))
		return NULL;
	plan_ld *pl = arena_alloc(ld->a, sizeof *pl);
	plan *p = pl->p = arena_alloc(ld->a, sizeof *p);
	map_init(&pl->scope, ld->a);
	map_init(&pl->reports, ld->a);
	p->id = cf->plan;
	p->at = root->at;
	p->path = arena_printf(ld->a, "plans/%s/", p->id);
	if (f[PL_ID].ok) {
		p->at = f[PL_ID].v->at;
		if (strcmp(f[PL_ID].s, cf->plan) != 0)
			diag_error(ld->d, f[PL_ID].v->at,
			           "plan id '%s' does not match its folder name '%s'", f[PL_ID].s,
			           cf->plan);
	}
	p->title = f[PL_TITLE].s;
	p->subtitle = f[PL_SUBTITLE].s;
	p->source = f[PL_SOURCE].s;
	p->source_note = f[PL_SOURCE_NOTE].s;
	p->intro = f[PL_INTRO].s;
	p->start = f[PL_START].ok ? f[PL_START].i : 0;
	p->end = f[PL_END].ok ? f[PL_END].i : 0;
	p->as_of = p->as_of_given = f[PL_AS_OF].ok ? f[PL_AS_OF].i : 0;
	if (f[PL_AS_OF].ok)
		p->as_of_at = f[PL_AS_OF].v->at;
	if (p->start && p->end && p->end < p->start)
		diag_error(ld->d, f[PL_END].v->at, "the plan ends (%s) before it starts (%s)",
		           f[PL_END].s, f[PL_START].s);
	/* A level the plan does not name stays NULL: the theme words it (site/format.h). */
	if (f[PL_LABELS].ok) {
		field l[LAB_N];
		record_read(ld, f[PL_LABELS].v, &spec_labels, l, LAB_N);
		for (int k = 0; k < LAB_N; k++)
			if (l[k].ok)
				p->label[k] = l[k].s;
	}
	if (f[PL_SECTIONS].ok && f[PL_SECTIONS].n) {
		map ids;
		map_init(&ids, ld->a);
		p->sections = arena_alloc(ld->a, f[PL_SECTIONS].n * sizeof *p->sections);
		for (size_t i = 0; i < f[PL_SECTIONS].n; i++) {
			value *sv = f[PL_SECTIONS].items[i];
			field s[SEC_N];
			if (!record_count(ld, sv->at) ||
			    !record_read(ld, sv, &spec_section, s, SEC_N) || !s[SEC_ID].ok ||
			    !scope_put(ld, &ids, s[SEC_ID].s, NULL, s[SEC_ID].v->at, false))
				continue;
			p->sections[p->nsections++] =
			    (section){s[SEC_ID].s, s[SEC_TITLE].s, s[SEC_BODY].s, s[SEC_ID].v->at};
		}
	}
	for (size_t i = 0; f[PL_PRIORITIES].ok && i < f[PL_PRIORITIES].n; i++)
		load_priority(ld, pl, f[PL_PRIORITIES].items[i], cf->path);
	return pl;
}

/* ---- outcome files ---- */

static void
load_deliverable(loader *ld, plan_ld *pl, node *act, value *v, const char *file)
{
	field f[IT_N];
	node *n = load_item(ld, pl, v, ITEM_DELIVERABLE, &spec_deliverable, file, act->it.path,
	                    &act->kids, f);
	if (!n || n->orphan || act->orphan)
		return;
	n->it.parent = &act->it;
	ptrvec_push(ld->a, &act->it.children, n);
}

static void
load_activity(loader *ld, plan_ld *pl, node *out, value *v, const char *file)
{
	field f[IT_N];
	node *n =
	    load_item(ld, pl, v, ITEM_ACTIVITY, &spec_activity, file, out->it.path, &out->kids, f);
	if (!n)
		return;
	n->orphan = n->orphan || out->orphan;
	if (!n->orphan) {
		n->it.parent = &out->it;
		ptrvec_push(ld->a, &out->it.children, n);
	}
	for (size_t i = 0; f[IT_DELIVERABLES].ok && i < f[IT_DELIVERABLES].n; i++)
		load_deliverable(ld, pl, n, f[IT_DELIVERABLES].items[i], file);
}

static void
load_outcome(loader *ld, plan_ld *pl, value *root, const char *file)
{
	field f[IT_N];
	node *n = load_item(ld, pl, root, ITEM_OUTCOME, &spec_outcome_file, file, pl->p->path,
	                    &pl->scope, f);
	if (!n)
		return;
	if (!n->orphan)
		ptrvec_push(ld->a, &pl->outcomes, n);
	for (size_t i = 0; f[IT_ACTIVITIES].ok && i < f[IT_ACTIVITIES].n; i++)
		load_activity(ld, pl, n, f[IT_ACTIVITIES].items[i], file);
}

/* ---- measures files ---- */

/* Looks up a plan-level id that must name an item of kind want; NULL after reporting. */
static node *
plan_ref(loader *ld, plan_ld *pl, const field *f, item_kind want, item_kind also)
{
	const char *id = f->s;
	def *d = map_get(&pl->scope, id);
	if (!d && pl->broken)
		return NULL;
	if (!d) {
		const char *sugg = suggest_item(ld, &pl->scope, id, (int)want);
		if (!sugg && also != ITEM_KIND_COUNT)
			sugg = suggest_item(ld, &pl->scope, id, (int)also);
		diag_error(ld->d, f->v->at, "unknown %s '%s' in plan '%s'%s", item_kind_id(want),
		           id, pl->p->id, did_you_mean(ld, sugg));
		return NULL;
	}
	node *n = d->target;
	if (n->it.kind != want && n->it.kind != also) {
		diag_error(ld->d, f->v->at, "'%s' is a %s, not %s %s", id, item_kind_id(n->it.kind),
		           want == ITEM_OUTCOME ? "an" : "a", item_kind_id(want));
		return NULL;
	}
	return n;
}

static void
load_history(loader *ld, item *it, const map *names, const field *hf)
{
	measure_info *mi = it->measure;
	mi->history = arena_alloc(ld->a, hf->n * sizeof *mi->history);
	for (size_t i = 0; i < hf->n; i++) {
		value *hv = hf->items[i];
		field h[HP_N];
		if (!record_count(ld, hv->at) || !record_read(ld, hv, &spec_history_point, h, HP_N))
			continue;
		history_point *hp = &mi->history[mi->nhistory++];
		hp->at = hv->at;
		hp->per = h[HP_PERIOD].per;
		hp->period = period_display_text(ld->a, hp->per);
		hp->has_actual = h[HP_ACTUAL].ok && h[HP_ACTUAL].has_num;
		hp->actual = h[HP_ACTUAL].num;
		hp->has_target = h[HP_TARGET].ok && h[HP_TARGET].has_num;
		hp->target = h[HP_TARGET].num;
		hp->has_red = h[HP_RED].ok && h[HP_RED].has_num;
		hp->red = h[HP_RED].num;
		hp->has_comparator = arena_alloc(ld->a, (mi->ncomparators + 1) * sizeof(bool));
		hp->comparator = arena_alloc(ld->a, (mi->ncomparators + 1) * sizeof(double));
		const value *cv = h[HP_COMPARATORS].v;
		if (!h[HP_COMPARATORS].ok)
			continue;
		for (size_t k = 0; k < cv->n; k++) {
			const value *key = cv->keys[k], *num = cv->items[k];
			size_t *idx = map_get(names, key->str);
			if (!idx) {
				const char *sugg =
				    mi->ncomparators
				        ? suggest_word(key->str, mi->comparators, mi->ncomparators)
				        : NULL;
				diag_error(ld->d, key->at,
				           "unknown comparator '%s'%s: name it in the measure's "
				           "comparators: list first",
				           key->str, did_you_mean(ld, sugg));
				continue;
			}
			hp->has_comparator[*idx] = num->kind == VALUE_NUMBER;
			hp->comparator[*idx] = num->number;
		}
	}
}

/* targets: by period, kept apart until derive.c merges them into the series. */
static void
load_targets(loader *ld, measure_info *mi, const field *tf)
{
	mi->targets = arena_alloc(ld->a, tf->n * sizeof *mi->targets);
	for (size_t i = 0; i < tf->n; i++) {
		value *tv = tf->items[i];
		field t[TG_N];
		if (!record_count(ld, tv->at) || !record_read(ld, tv, &spec_target, t, TG_N) ||
		    !t[TG_PERIOD].ok)
			continue;
		history_point *hp = &mi->targets[mi->ntargets++];
		hp->at = tv->at;
		hp->per = t[TG_PERIOD].per;
		hp->period = period_display_text(ld->a, hp->per);
		hp->has_target = t[TG_TARGET].ok && t[TG_TARGET].has_num;
		hp->target = t[TG_TARGET].num;
		hp->has_red = t[TG_RED].ok && t[TG_RED].has_num;
		hp->red = t[TG_RED].num;
	}
}

static void
load_measure(loader *ld, plan_ld *pl, value *v, const char *file)
{
	field f[IT_N];
	node *n = load_item(ld, pl, v, ITEM_MEASURE, &spec_measure, file,
	                    arena_printf(ld->a, "%smeasures/", pl->p->path), &pl->scope, f);
	if (!n)
		return;
	item *it = &n->it;
	if (!n->orphan)
		ptrvec_push(ld->a, &pl->p->measures, n);
	if (f[IT_OUTCOME].v && f[IT_PRIORITY].v)
		diag_error(ld->d, f[IT_PRIORITY].key->at,
		           "a measure belongs to an outcome or a priority: give 'outcome' or "
		           "'priority', not both");
	else if (!f[IT_OUTCOME].key && !f[IT_PRIORITY].key)
		diag_error(ld->d, v->at,
		           "missing required field 'outcome' (or 'priority') in a "
		           "measure");
	else {
		const field *pf = f[IT_OUTCOME].v ? &f[IT_OUTCOME] : &f[IT_PRIORITY];
		node *parent =
		    pf->ok ? plan_ref(ld, pl, pf, f[IT_OUTCOME].v ? ITEM_OUTCOME : ITEM_PRIORITY,
		                      ITEM_KIND_COUNT)
		           : NULL;
		if (parent && !n->orphan) {
			it->parent = &parent->it;
			ptrvec_push(ld->a, &parent->it.measures, n);
		}
	}
	measure_info *mi = it->measure = arena_alloc(ld->a, sizeof *mi);
	mi->unit = f[IT_UNIT].ok ? (unit)f[IT_UNIT].i : UNIT_NONE;
	mi->unit_label = f[IT_UNIT_LABEL].s;
	mi->polarity = f[IT_POLARITY].ok ? (polarity)f[IT_POLARITY].i : POLARITY_NONE;
	mi->type = f[IT_TYPE].s;
	mi->parts_overlap = f[IT_PARTS_OVERLAP].ok && f[IT_PARTS_OVERLAP].i;
	if (mi->parts_overlap && !n->orphan) { /* checked once the plan's parts are known */
		pending_part *po = arena_alloc(ld->a, sizeof *po);
		po->it = it;
		po->whole = value_copy(ld->a, f[IT_PARTS_OVERLAP].key);
		ptrvec_push(ld->a, &pl->overlaps, po);
	}
	if (f[IT_PART_OF].ok && !n->orphan) {
		pending_part *pp = arena_alloc(ld->a, sizeof *pp);
		pp->it = it;
		pp->whole = value_copy(ld->a, f[IT_PART_OF].v);
		ptrvec_push(ld->a, &pl->parts, pp);
	}
	map names;
	map_init(&names, ld->tmp);
	if (f[IT_COMPARATORS].ok) {
		mi->comparators = arena_alloc(ld->a, f[IT_COMPARATORS].n * sizeof(char *));
		for (size_t i = 0; i < f[IT_COMPARATORS].n; i++) {
			const value *c = f[IT_COMPARATORS].items[i];
			size_t *idx = arena_alloc(ld->tmp, sizeof *idx);
			*idx = mi->ncomparators;
			if (map_put(&names, c->str, idx)) {
				diag_error(ld->d, c->at, "comparator '%s' is listed twice", c->str);
				continue;
			}
			mi->comparators[mi->ncomparators++] = c->str;
		}
	}
	if (f[IT_HISTORY].ok)
		load_history(ld, it, &names, &f[IT_HISTORY]);
	if (f[IT_TARGETS].ok)
		load_targets(ld, mi, &f[IT_TARGETS]);
}

static void
load_measures(loader *ld, plan_ld *pl, value *root, const char *file)
{
	field f[MF_N];
	if (!record_read(ld, root, &spec_measures_file, f, MF_N))
		return;
	for (size_t i = 0; f[MF_MEASURES].ok && i < f[MF_MEASURES].n; i++)
		load_measure(ld, pl, f[MF_MEASURES].items[i], file);
}

/* ---- report files ---- */

/* Resolves OUTCOME/ACTIVITY (depth 2) or OUTCOME/ACTIVITY/DELIVERABLE (depth 3). */
static item *
resolve_path(loader *ld, plan_ld *pl, const field *f, int depth)
{
	char *segs[3];
	int n = 0;
	char *s = arena_strdup(ld->tmp, f->s);
	for (char *p = s; n < 4;) {
		char *slash = strchr(p, '/');
		if (n < 3)
			segs[n] = p;
		n++;
		if (!slash)
			break;
		*slash = '\0';
		p = slash + 1;
	}
	if (n != depth) {
		diag_error(ld->d, f->v->at, "'ref' of %s entry is %s, not '%s'",
		           depth == 2 ? "an activity" : "a deliverable",
		           depth == 2 ? "OUTCOME/ACTIVITY" : "OUTCOME/ACTIVITY/DELIVERABLE", f->s);
		return NULL;
	}
	field of = *f;
	of.s = segs[0];
	node *cur = plan_ref(ld, pl, &of, ITEM_OUTCOME, ITEM_KIND_COUNT);
	for (int i = 1; cur && i < depth; i++) {
		def *d = map_get(&cur->kids, segs[i]);
		const char *kind = i == 1 ? "activity" : "deliverable";
		if (!d) {
			diag_error(
			    ld->d, f->v->at, "%s '%s' has no %s '%s'%s",
			    i == 1 ? "outcome" : "activity",
			    i == 1 ? segs[0] : arena_printf(ld->a, "%s/%s", segs[0], segs[1]), kind,
			    segs[i], did_you_mean(ld, suggest_id(ld, &cur->kids, segs[i])));
			return NULL;
		}
		cur = d->target;
	}
	return cur ? &cur->it : NULL;
}

/* One entry per item per report; reports a second one. */
static bool
entry_once(loader *ld, map *seen, item *it, status_entry *e)
{
	status_entry *old = map_put(seen, it->path, e);
	if (!old)
		return true;
	diag_error(ld->d, e->at, "%s '%s' is already in this report (at %s)",
	           item_kind_id(it->kind), it->id, mark_text(ld, old->at));
	return false;
}

static void
load_status(loader *ld, plan_ld *pl, report *r, map *seen, value *v, int depth)
{
	field f[ST_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_status, f, ST_N))
		return;
	lifecycle l = f[ST_LIFECYCLE].ok ? (lifecycle)f[ST_LIFECYCLE].i : LIFECYCLE_NONE;
	if ((l == LIFECYCLE_DEFERRED || l == LIFECYCLE_NOT_BEING_PURSUED) && !f[ST_REASON].v)
		diag_error(ld->d, f[ST_LIFECYCLE].v->at,
		           "lifecycle '%s' needs a 'reason:' (why it is %s)", lifecycle_id(l),
		           l == LIFECYCLE_DEFERRED ? "deferred" : "not being pursued");
	if (f[ST_CONFIDENCE].v && l != LIFECYCLE_IN_PROGRESS && f[ST_LIFECYCLE].ok)
		diag_error(ld->d, f[ST_CONFIDENCE].v->at,
		           "'confidence' is only for items in progress (lifecycle here is '%s')",
		           lifecycle_id(l));
	else if (f[ST_CONFIDENCE].v && !f[ST_LIFECYCLE].key)
		diag_error(
		    ld->d, f[ST_CONFIDENCE].v->at,
		    "'confidence' is only for items in progress: give 'lifecycle: in-progress' "
		    "too");
	item *it = f[ST_REF].ok ? resolve_path(ld, pl, &f[ST_REF], depth) : NULL;
	if (!it)
		return;
	status_entry *e = arena_alloc(ld->a, sizeof *e);
	e->report = r;
	e->item = it;
	e->at = v->at;
	e->lifecycle = l;
	e->confidence = f[ST_CONFIDENCE].ok ? (confidence)f[ST_CONFIDENCE].i : CONFIDENCE_NONE;
	e->reason = f[ST_REASON].s;
	e->note = f[ST_NOTE].s;
	e->source_note = f[ST_SOURCE_NOTE].s;
	if (entry_once(ld, seen, it, e))
		ptrvec_push(ld->a, &r->entries, e);
}

static void
load_measure_status(loader *ld, plan_ld *pl, report *r, map *seen, value *v)
{
	field f[MS_N];
	if (!record_count(ld, v->at) || !record_read(ld, v, &spec_measure_status, f, MS_N) ||
	    !f[MS_REF].ok)
		return;
	node *n = plan_ref(ld, pl, &f[MS_REF], ITEM_MEASURE, ITEM_KIND_COUNT);
	if (!n)
		return;
	status_entry *e = arena_alloc(ld->a, sizeof *e);
	e->report = r;
	e->item = &n->it;
	e->at = v->at;
	e->has_actual = f[MS_ACTUAL].ok && f[MS_ACTUAL].has_num;
	e->actual = f[MS_ACTUAL].num;
	e->has_target = f[MS_TARGET].ok && f[MS_TARGET].has_num;
	e->target = f[MS_TARGET].num;
	e->actual_as_written = f[MS_ACTUAL_AS_WRITTEN].s;
	e->rag = f[MS_RAG].ok ? (rag)f[MS_RAG].i : RAG_NONE;
	e->short_trend = f[MS_SHORT_TREND].ok ? (trend)f[MS_SHORT_TREND].i : TREND_NONE;
	e->long_trend = f[MS_LONG_TREND].ok ? (trend)f[MS_LONG_TREND].i : TREND_NONE;
	e->figure_period = f[MS_LAST_UPDATE].ok ? f[MS_LAST_UPDATE].per : r->per;
	e->last_update = period_display_text(ld->a, f[MS_LAST_UPDATE].per);
	e->restated = f[MS_RESTATED].s;
	e->suppressed = f[MS_SUPPRESSED].s;
	if (e->suppressed) {
		/* the rule stands in for the figure everywhere: a number written beside it is an
		 * error and is dropped, so no output can publish it */
		const field *num = e->has_actual          ? &f[MS_ACTUAL]
		                   : e->actual_as_written ? &f[MS_ACTUAL_AS_WRITTEN]
		                                          : NULL;
		if (num)
			diag_error(
			    ld->d, num->key->at,
			    "a suppressed figure is published as its rule ('%s'), never as a "
			    "number: remove '%s'",
			    e->suppressed, num->key->str);
		e->has_actual = false;
		e->actual_as_written = NULL;
	}
	e->note = f[MS_NOTE].s;
	e->why_off_target = f[MS_WHY_OFF_TARGET].s;
	e->actions = f[MS_ACTIONS].s;
	e->back_on_track = f[MS_BACK_ON_TRACK].s;
	e->source_note = f[MS_SOURCE_NOTE].s;
	validate_measure_entry(ld, r, e->item, f);
	if (entry_once(ld, seen, e->item, e))
		ptrvec_push(ld->a, &r->entries, e);
}

static int *
ints_of(loader *ld, const field *f, size_t *n)
{
	*n = 0;
	if (!f->ok)
		return NULL;
	int *out = arena_alloc(ld->a, (f->n + 1) * sizeof *out);
	for (size_t i = 0; i < f->n; i++)
		out[i] = (int)f->items[i]->number;
	*n = f->n;
	return out;
}

static void
load_report(loader *ld, plan_ld *pl, value *root, const char *file)
{
	field f[REP_N];
	if (!record_read(ld, root, &spec_report_file, f, REP_N) || !f[REP_ID].ok)
		return;
	report *r = arena_alloc(ld->a, sizeof *r);
	r->id = f[REP_ID].s;
	r->at = f[REP_ID].v->at;
	if (!scope_put(ld, &pl->reports, r->id, r, r->at, false))
		return;
	r->plan = pl->p;
	r->file = file;
	r->title = f[REP_TITLE].s;
	r->per = f[REP_PERIOD].per;
	r->period = period_display_text(ld->a, r->per);
	r->summary = f[REP_SUMMARY].s;
	r->source_note = f[REP_SOURCE_NOTE].s;
	r->as_of = f[REP_AS_OF].ok ? f[REP_AS_OF].i : 0;
	validate_report_date(ld, pl->p, &f[REP_AS_OF]);
	r->path = arena_printf(ld->a, "%sreports/%s/", pl->p->path, r->id);
	ptrvec_push(ld->a, &pl->p->reports, r);
	map seen;
	map_init(&seen, ld->tmp);
	for (size_t i = 0; f[REP_ACTIVITIES].ok && i < f[REP_ACTIVITIES].n; i++)
		load_status(ld, pl, r, &seen, f[REP_ACTIVITIES].items[i], 2);
	for (size_t i = 0; f[REP_DELIVERABLES].ok && i < f[REP_DELIVERABLES].n; i++)
		load_status(ld, pl, r, &seen, f[REP_DELIVERABLES].items[i], 3);
	for (size_t i = 0; f[REP_MEASURES].ok && i < f[REP_MEASURES].n; i++)
		load_measure_status(ld, pl, r, &seen, f[REP_MEASURES].items[i]);
	if (!f[REP_SUMMARY_COUNTS].ok || !f[REP_SUMMARY_COUNTS].n)
		return;
	r->counts = arena_alloc(ld->a, f[REP_SUMMARY_COUNTS].n * sizeof *r->counts);
	for (size_t i = 0; i < f[REP_SUMMARY_COUNTS].n; i++) {
		value *cv = f[REP_SUMMARY_COUNTS].items[i];
		field c[SC_N];
		if (!record_count(ld, cv->at) ||
		    !record_read(ld, cv, &spec_summary_count, c, SC_N) || !c[SC_REF].ok)
			continue;
		node *n = plan_ref(ld, pl, &c[SC_REF], ITEM_OUTCOME, ITEM_PRIORITY);
		if (!n)
			continue;
		summary_count *sc = &r->counts[r->ncounts++];
		sc->item = &n->it;
		sc->activities = ints_of(ld, &c[SC_ACTIVITIES], &sc->nactivities);
		sc->measures = ints_of(ld, &c[SC_MEASURES], &sc->nmeasures);
	}
}

/* ---- files ---- */

static const char *const role_what[] = {
    [CF_SITE] = "site.yaml",  [CF_REGISTRY] = "a registry file", [CF_EQUALITY] = "an equality file",
    [CF_PLAN] = "plan.yaml",  [CF_OUTCOME] = "an outcome file",  [CF_MEASURES] = "a measures file",
    [CF_REPORT] = "a report",
};

/* Each file's value tree lives in a scratch arena emptied after the file: the model keeps
 * the text of scalars (parsed into the model's arena) and copies of the few values that
 * resolve.c reads later (value_copy), never a file's tree, which is several times the size
 * of the file. */
void
content_load_sorted(loader *ld, content_file *files, size_t n)
{
	plan_ld *pl = NULL;
	const char *pl_name = NULL;
	arena_init(&ld->scratch);
	ld->tmp = &ld->scratch;
	for (size_t i = 0; i < n; i++) {
		content_file *cf = &files[i];
		arena_reset(&ld->scratch);
		const char *text = cf->text;
		size_t len = cf->len;
		if (cf->real) {
			text = fs_read(&ld->scratch, cf->real, &len);
			if (!text)
				diag_io_error(ld->d, (mark){cf->path, 0, 0}, "cannot read: %s",
				              strerror(errno));
		} else {
			diag_add_source(ld->d, cf->path, text,
			                len); /* the caller's: it outlives d */
		}
		value *root =
		    text ? yaml_load_split(&ld->scratch, ld->a, ld->d, cf->path, text, len) : NULL;
		if (cf->plan && (!pl_name || strcmp(pl_name, cf->plan) != 0)) {
			/* A new plan folder: plan.yaml sorts first, so its absence shows here. */
			pl_name = cf->plan;
			pl = NULL;
			const char *plan_file =
			    arena_printf(ld->a, "%splans/%s/plan.yaml", ld->prefix, cf->plan);
			if (cf->role != CF_PLAN)
				diag_error(
				    ld->d, (mark){plan_file, 0, 0},
				    "missing plan.yaml (every folder in plans/ is one plan)");
		}
		if (pl && (!root || root->kind != VALUE_MAP) &&
		    (cf->role == CF_OUTCOME || cf->role == CF_MEASURES))
			pl->broken = true;
		if (!root)
			continue;
		if (root->kind == VALUE_NULL && cf->role != CF_SITE) {
			diag_error(ld->d, root->at, "empty file: %s needs its fields",
			           role_what[cf->role]);
			continue;
		}
		switch (cf->role) {
		case CF_SITE:
			if (root->kind == VALUE_NULL) { /* empty: report what it lacks */
				root = value_map(&ld->scratch);
				root->at = (mark){cf->path, 1, 1};
			}
			load_site(ld, root);
			break;
		case CF_REGISTRY:
			load_registry(ld, root);
			break;
		case CF_EQUALITY:
			load_equality(ld, root);
			break;
		case CF_PLAN:
			pl = load_plan(ld, root, cf);
			if (pl) {
				ptrvec_push(ld->a, &ld->plan_lds, pl);
				scope_put(ld, &ld->plans, pl->p->id, pl->p, pl->p->at, false);
			}
			break;
		case CF_OUTCOME:
			if (pl)
				load_outcome(ld, pl, root, cf->path);
			break;
		case CF_MEASURES:
			if (pl)
				load_measures(ld, pl, root, cf->path);
			break;
		case CF_REPORT:
			if (pl)
				load_report(ld, pl, root, cf->path);
			break;
		}
	}
	ld->tmp = ld->a;
	arena_free(&ld->scratch);
}

void
content_quote_sources(loader *ld, const content_file *files, size_t n, size_t msgs0)
{
	diag *d = ld->d;
	if (d->len == msgs0)
		return;
	map about; /* the files messages since msgs0 are about */
	map_init(&about, ld->a);
	for (size_t i = msgs0; i < d->len; i++)
		if (d->items[i].at.file && d->items[i].at.line)
			map_put(&about, d->items[i].at.file, (void *)d->items[i].at.file);
	arena tmp;
	arena_init(&tmp);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *text;
		if (files[i].real && map_get(&about, files[i].path) &&
		    (text = fs_read(&tmp, files[i].real, &len)))
			diag_copy_source(d, files[i].path, text, len);
		arena_reset(&tmp);
	}
	arena_free(&tmp);
}
