/* dump.c - the resolved model as deterministic, pretty JSON (`plansite dump`).
 *
 * Objects keep a fixed key order and leave out what the content leaves out (absent text,
 * empty lists, false flags), so golden files stay short and diff cleanly. Links are written
 * as ids (people, directorates, equality outcomes, reports) or addresses (items). */
#include <stdio.h>
#include <string.h>

#include "content/internal.h"

/* ---- members that may be absent ---- */

static void
opt_str(jw *w, const char *k, const char *s)
{
	if (s) {
		jw_key(w, k);
		jw_str(w, s);
	}
}

/* A period in its canonical spelling ("2019/20 Q1"), as content writes it; nothing if none. */
static void
opt_period(jw *w, const char *key, period p)
{
	char text[32];
	if (p.kind == PERIOD_NONE)
		return;
	period_format(p, text, sizeof text);
	opt_str(w, key, text);
}

static void
opt_date(jw *w, const char *k, int date)
{
	char iso[11];
	if (!date)
		return;
	date_iso(date, iso);
	jw_key(w, k);
	jw_str(w, iso);
}

static void
opt_true(jw *w, const char *k, bool v)
{
	if (v) {
		jw_key(w, k);
		jw_bool(w, true);
	}
}

static void
opt_num(jw *w, const char *k, bool has, double d)
{
	if (has) {
		jw_key(w, k);
		jw_num(w, d);
	}
}

typedef const char *(*name_fn)(const void *);

static const char *
person_id_of(const void *p)
{
	return ((const person *)p)->id;
}
static const char *
directorate_id_of(const void *p)
{
	return ((const directorate *)p)->id;
}
static const char *
eo_id_of(const void *p)
{
	return ((const equality_outcome *)p)->id;
}
static const char *
characteristic_id_of(const void *p)
{
	return ((const characteristic *)p)->id;
}
static const char *
flag_id_of(const void *p)
{
	return ((const flag *)p)->id;
}
static const char *
item_path_of(const void *p)
{
	return ((const item *)p)->path;
}
static const char *
string_of(const void *p)
{
	return p;
}

/* A list of names of v's entries; nothing when v is empty. */
static void
opt_list(jw *w, const char *k, const ptrvec *v, name_fn name)
{
	if (!v->len)
		return;
	jw_key(w, k);
	jw_open(w, '[');
	for (size_t i = 0; i < v->len; i++)
		jw_str(w, name(v->items[i]));
	jw_close(w, ']');
}

/* ---- model parts ---- */

static void
dump_deadline(jw *w, const char *k, const deadline_set *d)
{
	jw_key(w, k);
	jw_open(w, '{');
	jw_key(w, "written");
	jw_open(w, '[');
	for (size_t i = 0; i < d->n; i++)
		jw_str(w, d->items[i].text);
	jw_close(w, ']');
	jw_key(w, "display");
	jw_str(w, d->display);
	opt_date(w, "last_day", d->last_day);
	jw_close(w, '}');
}

static void
dump_entry(jw *w, const status_entry *e, bool with_item)
{
	jw_open(w, '{');
	jw_key(w, "report");
	jw_str(w, e->report->id);
	if (with_item)
		opt_str(w, "item", e->item->path);
	if (e->lifecycle)
		opt_str(w, "lifecycle", lifecycle_id(e->lifecycle));
	opt_str(w, "confidence", confidence_id(e->confidence));
	opt_str(w, "reason", e->reason);
	opt_num(w, "actual", e->has_actual, e->actual);
	opt_str(w, "actual_as_written", e->actual_as_written);
	opt_num(w, "target", e->has_target, e->target);
	opt_str(w, "rag", rag_id(e->rag));
	opt_str(w, "short_trend", trend_id(e->short_trend));
	opt_str(w, "long_trend", trend_id(e->long_trend));
	if (e->last_update)
		opt_period(w, "last_update", e->figure_period);
	opt_str(w, "restated", e->restated);
	opt_str(w, "suppressed", e->suppressed);
	opt_str(w, "note", e->note);
	opt_str(w, "why_off_target", e->why_off_target);
	opt_str(w, "actions", e->actions);
	opt_str(w, "back_on_track", e->back_on_track);
	opt_str(w, "source_note", e->source_note);
	jw_close(w, '}');
}

static void
dump_measure(jw *w, const measure_info *mi)
{
	jw_key(w, "measure");
	jw_open(w, '{');
	opt_str(w, "unit", unit_id(mi->unit));
	opt_str(w, "unit_label", mi->unit_label);
	opt_str(w, "polarity", polarity_id(mi->polarity));
	opt_str(w, "type", mi->type);
	if (mi->part_of)
		opt_str(w, "part_of", mi->part_of->path);
	opt_list(w, "parts", &mi->parts, item_path_of);
	opt_true(w, "parts_overlap", mi->parts_overlap);
	if (mi->ncomparators) {
		jw_key(w, "comparators");
		jw_open(w, '[');
		for (size_t i = 0; i < mi->ncomparators; i++)
			jw_str(w, mi->comparators[i]);
		jw_close(w, ']');
	}
	if (mi->nhistory) {
		jw_key(w, "history");
		jw_open(w, '[');
		for (size_t i = 0; i < mi->nhistory; i++) {
			const history_point *h = &mi->history[i];
			jw_open(w, '{');
			opt_period(w, "period", h->per);
			if (h->report) {
				jw_key(w, "report");
				jw_str(w, h->report->id);
			}
			opt_str(w, "restated", h->restated);
			opt_str(w, "suppressed", h->suppressed);
			opt_num(w, "earlier", h->has_earlier, h->earlier);
			jw_key(w, "actual");
			if (h->has_actual)
				jw_num(w, h->actual);
			else
				jw_null(w);
			opt_num(w, "target", h->has_target, h->target);
			opt_num(w, "red", h->has_red, h->red);
			bool any = false;
			for (size_t c = 0; c < mi->ncomparators; c++)
				any = any || h->has_comparator[c];
			if (any) {
				jw_key(w, "comparators");
				jw_open(w, '{');
				for (size_t c = 0; c < mi->ncomparators; c++)
					opt_num(w, mi->comparators[c], h->has_comparator[c],
					        h->comparator[c]);
				jw_close(w, '}');
			}
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	jw_close(w, '}');
}

static void
dump_item(jw *w, const item *it)
{
	jw_open(w, '{');
	jw_key(w, "kind");
	jw_str(w, item_kind_id(it->kind));
	jw_key(w, "id");
	jw_str(w, it->id);
	jw_key(w, "path");
	jw_str(w, it->path);
	if (it->parent)
		opt_str(w, "parent", it->parent->path);
	opt_str(w, "code", it->code);
	opt_str(w, "title", it->title);
	opt_str(w, "description", it->description);
	opt_str(w, "notes", it->notes);
	opt_str(w, "source_note", it->source_note);
	opt_list(w, "aliases", &it->aliases, string_of);
	opt_list(w, "alias_paths", &it->alias_paths, string_of);
	opt_list(w, "lead_members", &it->lead_members, person_id_of);
	opt_list(w, "lead_officers", &it->lead_officers, person_id_of);
	opt_list(w, "directorates", &it->directorates, directorate_id_of);
	opt_list(w, "flags", &it->flags, flag_id_of);
	opt_list(w, "equality", &it->equality, eo_id_of);
	opt_list(w, "characteristics", &it->characteristics, characteristic_id_of);
	opt_list(w, "measures", &it->measures, item_path_of);
	if (it->has_deadline)
		dump_deadline(w, "deadline", &it->deadline);
	opt_str(w, "deadline_as_written", it->deadline_as_written);
	if (it->revisions.len) {
		jw_key(w, "revisions");
		jw_open(w, '[');
		for (size_t i = 0; i < it->revisions.len; i++) {
			const revision *r = it->revisions.items[i];
			jw_open(w, '{');
			dump_deadline(w, "deadline", &r->deadline);
			if (r->report)
				opt_str(w, "report", r->report->id);
			opt_str(w, "reason", r->reason);
			jw_close(w, '}');
		}
		jw_close(w, ']');
		dump_deadline(w, "current_deadline", item_current_deadline(it));
	}
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE) {
		jw_key(w, "status");
		jw_str(w, lifecycle_id(item_lifecycle(it)));
		jw_key(w, "due");
		jw_str(w, due_state_id(it->due));
	}
	if (it->history.len) {
		jw_key(w, "history");
		jw_open(w, '[');
		for (size_t i = 0; i < it->history.len; i++)
			dump_entry(w, it->history.items[i], false);
		jw_close(w, ']');
	}
	if (it->measure)
		dump_measure(w, it->measure);
	opt_str(w, "file", it->file);
	jw_close(w, '}');
}

static void
dump_report(jw *w, const report *r)
{
	jw_open(w, '{');
	jw_key(w, "id");
	jw_str(w, r->id);
	jw_key(w, "path");
	jw_str(w, r->path);
	opt_str(w, "title", r->title);
	opt_period(w, "period", r->per);
	opt_date(w, "as_of", r->as_of);
	opt_str(w, "summary", r->summary);
	opt_str(w, "source_note", r->source_note);
	if (r->entries.len) {
		jw_key(w, "items");
		jw_open(w, '[');
		for (size_t i = 0; i < r->entries.len; i++)
			jw_str(w, ((const status_entry *)r->entries.items[i])->item->path);
		jw_close(w, ']');
	}
	if (r->ncounts) {
		jw_key(w, "summary_counts");
		jw_open(w, '[');
		for (size_t i = 0; i < r->ncounts; i++) {
			const summary_count *c = &r->counts[i];
			jw_open(w, '{');
			jw_key(w, "item");
			jw_str(w, c->item->path);
			const int *arrays[2] = {c->activities, c->measures};
			const size_t lens[2] = {c->nactivities, c->nmeasures};
			const char *names[2] = {"activities", "measures"};
			for (int k = 0; k < 2; k++) {
				if (!arrays[k])
					continue;
				jw_key(w, names[k]);
				jw_open(w, '[');
				for (size_t j = 0; j < lens[k]; j++)
					jw_num(w, arrays[k][j]);
				jw_close(w, ']');
			}
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	opt_str(w, "file", r->file);
	jw_close(w, '}');
}

static void
dump_plan(jw *w, const plan *p)
{
	jw_open(w, '{');
	jw_key(w, "id");
	jw_str(w, p->id);
	jw_key(w, "path");
	jw_str(w, p->path);
	opt_str(w, "title", p->title);
	opt_str(w, "subtitle", p->subtitle);
	opt_str(w, "source", p->source);
	opt_str(w, "source_note", p->source_note);
	opt_date(w, "start", p->start);
	opt_date(w, "end", p->end);
	opt_date(w, "as_of", p->as_of);
	jw_key(w, "labels");
	jw_open(w, '{');
	for (int k = 0; k < ITEM_KIND_COUNT; k++)
		opt_str(w, item_kind_id((item_kind)k), p->label[k]);
	jw_close(w, '}');
	opt_str(w, "intro", p->intro);
	if (p->nsections) {
		jw_key(w, "sections");
		jw_open(w, '[');
		for (size_t i = 0; i < p->nsections; i++) {
			jw_open(w, '{');
			jw_key(w, "id");
			jw_str(w, p->sections[i].id);
			opt_str(w, "title", p->sections[i].title);
			opt_str(w, "body", p->sections[i].body);
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	if (p->reports.len) {
		jw_key(w, "reports");
		jw_open(w, '[');
		for (size_t i = 0; i < p->reports.len; i++)
			dump_report(w, p->reports.items[i]);
		jw_close(w, ']');
	}
	jw_key(w, "items");
	jw_open(w, '[');
	for (size_t i = 0; i < p->items.len; i++)
		dump_item(w, p->items.items[i]);
	jw_close(w, ']');
	jw_close(w, '}');
}

static void
dump_site(jw *w, const site_config *s)
{
	jw_key(w, "site");
	jw_open(w, '{');
	opt_str(w, "title", s->title);
	opt_str(w, "council", s->council);
	opt_str(w, "base_url", s->base_url);
	opt_str(w, "logo", s->logo);
	opt_str(w, "brand_colour", s->brand_colour);
	opt_str(w, "licence", s->licence);
	opt_str(w, "licence_url", s->licence_url);
	if (s->current_plan)
		opt_str(w, "current_plan", s->current_plan->id);
	jw_key(w, "allow_raw_html");
	jw_bool(w, s->allow_raw_html);
	opt_str(w, "about", s->about);
	if (s->flags.len) {
		jw_key(w, "flags");
		jw_open(w, '[');
		for (size_t i = 0; i < s->flags.len; i++) {
			const flag *fl = s->flags.items[i];
			jw_open(w, '{');
			opt_str(w, "id", fl->id);
			opt_str(w, "label", fl->label);
			opt_str(w, "name", fl->name);
			opt_str(w, "description", fl->description);
			jw_close(w, '}');
		}
		jw_close(w, ']');
	}
	jw_close(w, '}');
}

static void
dump_registry(jw *w, const model *m)
{
	jw_key(w, "people");
	jw_open(w, '[');
	for (size_t i = 0; i < m->people.len; i++) {
		const person *p = m->people.items[i];
		jw_open(w, '{');
		jw_key(w, "id");
		jw_str(w, p->id);
		jw_key(w, "path");
		jw_str(w, p->path);
		opt_str(w, "name", p->name);
		opt_str(w, "kind", person_kind_id(p->kind));
		opt_str(w, "role", p->role);
		opt_list(w, "also_known_as", &p->also_known_as, string_of);
		opt_str(w, "source_note", p->source_note);
		opt_list(w, "leads", &p->leads, item_path_of);
		jw_close(w, '}');
	}
	jw_close(w, ']');
	jw_key(w, "directorates");
	jw_open(w, '[');
	for (size_t i = 0; i < m->directorates.len; i++) {
		const directorate *d = m->directorates.items[i];
		jw_open(w, '{');
		jw_key(w, "id");
		jw_str(w, d->id);
		jw_key(w, "path");
		jw_str(w, d->path);
		opt_str(w, "code", d->code);
		opt_str(w, "name", d->name_given ? d->name : NULL);
		opt_list(w, "also_known_as", &d->also_known_as, string_of);
		opt_str(w, "source_note", d->source_note);
		opt_list(w, "leads", &d->leads, item_path_of);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void
dump_equality(jw *w, const model *m)
{
	jw_key(w, "characteristics");
	jw_open(w, '[');
	for (size_t i = 0; i < m->characteristics.len; i++) {
		const characteristic *c = m->characteristics.items[i];
		jw_open(w, '{');
		jw_key(w, "id");
		jw_str(w, c->id);
		jw_key(w, "path");
		jw_str(w, c->path);
		opt_str(w, "name", c->name);
		jw_key(w, "protected");
		jw_bool(w, c->protected_);
		opt_str(w, "description", c->description);
		opt_str(w, "source_note", c->source_note);
		opt_list(w, "outcomes", &c->outcomes, eo_id_of);
		jw_close(w, '}');
	}
	jw_close(w, ']');
	jw_key(w, "equality_outcomes");
	jw_open(w, '[');
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		const equality_outcome *e = m->equality_outcomes.items[i];
		jw_open(w, '{');
		jw_key(w, "id");
		jw_str(w, e->id);
		jw_key(w, "path");
		jw_str(w, e->path);
		opt_str(w, "title", e->title);
		if (e->plan)
			opt_str(w, "plan", e->plan->id);
		opt_list(w, "characteristics", &e->characteristics, characteristic_id_of);
		opt_list(w, "aliases", &e->aliases, string_of);
		opt_str(w, "description", e->description);
		opt_str(w, "source_note", e->source_note);
		opt_list(w, "links", &e->links, item_path_of);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

void
content_dump_json(const model *m, buf *out)
{
	jw w = {.b = out, .indent = 2};
	jw_open(&w, '{');
	dump_site(&w, &m->site);
	jw_key(&w, "plans");
	jw_open(&w, '[');
	for (size_t i = 0; i < m->plans.len; i++)
		dump_plan(&w, m->plans.items[i]);
	jw_close(&w, ']');
	dump_registry(&w, m);
	dump_equality(&w, m);
	jw_close(&w, '}');
	buf_addc(out, '\n');
}
