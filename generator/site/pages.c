/* pages.c - which pages exist, and the model turned into each page's template data.
 * See pages.h. Links are always relative ("../../people/andy-scott/index.html") so the site
 * works from any sub-path and from the file system; only canonical links use base_url. */
#include "site/pages.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "markdown.h"
#include "util/buf.h"
#include "site/browse.h"
#include "site/attention.h"
#include "site/charts.h"
#include "site/equality.h"
#include "site/escape.h"
#include "site/exports.h"

/* ---- page list ---- */

static void
add_page(arena *a, page_list *l, page_kind kind, const char *path, const void *subject)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 256;
		page *pages = arena_alloc(a, cap * sizeof(page));
		if (l->n)
			memcpy(pages, l->pages, l->n * sizeof(page));
		l->pages = pages;
		l->cap = cap;
	}
	l->pages[l->n++] = (page){kind, path, "index.html", subject, NULL};
}

static void
add_redirects(arena *a, page_list *l, const ptrvec *old_paths, const char *target)
{
	for (size_t i = 0; i < old_paths->len; i++) {
		add_page(a, l, PAGE_REDIRECT, old_paths->items[i], NULL);
		l->pages[l->n - 1].target = target;
	}
}

void
pages_collect(arena *a, const model *m, page_list *out)
{
	add_page(a, out, PAGE_HOME, "", NULL);
	for (size_t i = 0; i < m->plans.len; i++) {
		const plan *pl = m->plans.items[i];
		add_page(a, out, PAGE_PLAN, pl->path, pl);
		add_page(a, out, PAGE_DEADLINES, arena_printf(a, "%sdeadlines/", pl->path), pl);
		add_page(a, out, PAGE_ATTENTION, arena_printf(a, "%sattention/", pl->path), pl);
		for (size_t j = 0; j < pl->items.len; j++) {
			const item *it = pl->items.items[j];
			add_page(a, out, it->kind == ITEM_MEASURE ? PAGE_MEASURE : PAGE_ITEM,
			         it->path, it);
			add_redirects(a, out, &it->alias_paths, it->path);
		}
		for (size_t j = 0; j < pl->reports.len; j++) {
			const report *r = pl->reports.items[j];
			add_page(a, out, PAGE_REPORT, r->path, r);
			add_page(a, out, PAGE_CHANGES, arena_printf(a, "%schanges/", r->path), r);
		}
	}
	add_page(a, out, PAGE_PEOPLE, "people/", NULL);
	for (size_t i = 0; i < m->people.len; i++)
		add_page(a, out, PAGE_PERSON, ((person *)m->people.items[i])->path,
		         m->people.items[i]);
	for (size_t i = 0; i < m->directorates.len; i++)
		add_page(a, out, PAGE_DIRECTORATE, ((directorate *)m->directorates.items[i])->path,
		         m->directorates.items[i]);
	add_page(a, out, PAGE_EQUALITY, "equality/", NULL);
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		const equality_outcome *eo = m->equality_outcomes.items[i];
		add_page(a, out, PAGE_EQUALITY_OUTCOME, eo->path, eo);
		ptrvec old = {0};
		for (size_t j = 0; j < eo->aliases.len; j++)
			ptrvec_push(a, &old,
			            arena_printf(a, "equality/outcomes/%s/",
			                         (const char *)eo->aliases.items[j]));
		add_redirects(a, out, &old, eo->path);
	}
	for (size_t i = 0; i < m->characteristics.len; i++)
		add_page(a, out, PAGE_CHARACTERISTIC,
		         ((characteristic *)m->characteristics.items[i])->path,
		         m->characteristics.items[i]);
	/* Browse lists without JavaScript: 200 items a page keeps each page under 100 kB. */
	ptrvec *lists = arena_alloc(a, sizeof *lists);
	browse_collect(a, m, 200, lists);
	add_page(a, out, PAGE_SEARCH, "search/", lists);
	for (size_t i = 0; i < m->plans.len; i++) {
		browse_plan *bp = arena_alloc(a, sizeof *bp);
		bp->plan = m->plans.items[i];
		bp->lists = lists;
		bp->path = arena_printf(a, "search/browse/%s/", bp->plan->id);
		add_page(a, out, PAGE_BROWSE_PLAN, bp->path, bp);
	}
	for (size_t i = 0; i < lists->len; i++)
		add_page(a, out, PAGE_BROWSE, ((const browse_list *)lists->items[i])->path,
		         lists->items[i]);
	add_page(a, out, PAGE_DATA, "data/", NULL);
	add_page(a, out, PAGE_ABOUT, "about/", NULL);
	add_page(a, out, PAGE_ACCESSIBILITY, "accessibility/", NULL);
	add_page(a, out, PAGE_GLOSSARY, "glossary/", NULL);
	add_page(a, out, PAGE_NOT_FOUND, "", NULL);
	out->pages[out->n - 1].file = "404.html";
}

const char *
pages_template(page_kind kind)
{
	static const char *names[PAGE_KIND_COUNT] = {
	    [PAGE_HOME] = "home",
	    [PAGE_PLAN] = "plan",
	    [PAGE_ITEM] = "item",
	    [PAGE_MEASURE] = "measure",
	    [PAGE_REPORT] = "report",
	    [PAGE_CHANGES] = "changes",
	    [PAGE_DEADLINES] = "deadlines",
	    [PAGE_PEOPLE] = "people",
	    [PAGE_PERSON] = "leader",
	    [PAGE_DIRECTORATE] = "leader",
	    [PAGE_EQUALITY] = "equality",
	    [PAGE_EQUALITY_OUTCOME] = "equality-outcome",
	    [PAGE_CHARACTERISTIC] = "group",
	    [PAGE_ABOUT] = "about",
	    [PAGE_ACCESSIBILITY] = "accessibility",
	    [PAGE_NOT_FOUND] = "not-found",
	    [PAGE_REDIRECT] = "redirect",
	    [PAGE_SEARCH] = "search",
	    [PAGE_DATA] = "data",
	    [PAGE_BROWSE] = "browse",
	    [PAGE_BROWSE_PLAN] = "browse-plan",
	    [PAGE_ATTENTION] = "attention",
	    [PAGE_GLOSSARY] = "glossary",
	};
	return names[kind];
}

/* ---- building blocks ---- */

typedef struct ctx {
	arena *a;
	const model *m;
	const char *root;     /* "../../" from this page to the site root */
	const char *base_url; /* with a trailing slash, or NULL */
} ctx;

static const char *
url(const ctx *c, const char *path)
{
	return arena_printf(c->a, "%s%sindex.html", c->root, path);
}

static value *
link(const ctx *c, const char *title, const char *path)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "title", title);
	value_set_str(c->a, v, "url", url(c, path));
	return v;
}

static const char *
html(const ctx *c, const char *markdown, int shift)
{
	return markdown ? markdown_to_html(c->a, markdown, c->m->site.allow_raw_html, shift) : NULL;
}

static const char *
kind_label(const item *it)
{
	const char *l = it->plan->label[it->kind];
	if (l)
		return l;
	static const char *defaults[ITEM_KIND_COUNT] = {"Priority", "Outcome", "Activity",
	                                                "Deliverable", "Measure"};
	return defaults[it->kind];
}

/* "Outcome 1.1" or the plan's own word; the code when there is one. */
static const char *
item_heading(const ctx *c, const item *it)
{
	/* Codes such as "Priority 1" or "Action 3.2" already carry their word. */
	if (it->code && *it->code &&
	    ((*it->code >= 'A' && *it->code <= 'Z') || (*it->code >= 'a' && *it->code <= 'z')))
		return it->code;
	if (it->code && *it->code)
		return arena_printf(c->a, "%s %s", kind_label(it), it->code);
	return kind_label(it);
}

/* A status tag: text always, the class only adds colour. */
static value *
tag(const ctx *c, const char *label, const char *klass)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", label);
	value_set_str(c->a, v, "class", klass);
	return v;
}

static const char *
format_number(const ctx *c, double d)
{
	char text[32];
	value_format_number(d, text);
	/* Thousands separators for whole numbers of 10,000 and more, as council reports write. */
	if (fabs(d) >= 10000 && d == floor(d) && fabs(d) < 1e15) {
		char grouped[48];
		size_t len = strlen(text), o = 0, start = text[0] == '-';
		if (start)
			grouped[o++] = '-';
		for (size_t i = start; i < len; i++) {
			grouped[o++] = text[i];
			size_t rest = len - i - 1;
			if (rest && rest % 3 == 0)
				grouped[o++] = ',';
		}
		grouped[o] = '\0';
		return arena_strdup(c->a, grouped);
	}
	return arena_strdup(c->a, text);
}

/* What a report shows where it gives no number ("?" in the source): said plainly. */
static const char *
no_figure(const ctx *c, const char *as_written)
{
	return arena_printf(c->a, "No figure (the report shows \u201c%s\u201d)", as_written);
}

/* A measure value with its unit: "69%", "£1,500,000", "12 days". */
static const char *
measure_value(const ctx *c, const measure_info *mi, double d)
{
	const char *n = format_number(c, d);
	const char *label = mi ? mi->unit_label : NULL;
	const char *text;
	switch (mi ? mi->unit : UNIT_NONE) {
	case UNIT_PERCENT:
		text = arena_printf(c->a, "%s%%", n);
		break;
	case UNIT_POUNDS:
		text = arena_printf(c->a, "\xc2\xa3%s", n);
		break;
	case UNIT_DAYS:
		text = arena_printf(c->a, "%s %s", n, d == 1 ? "day" : "days");
		break;
	case UNIT_WEEKS:
		text = arena_printf(c->a, "%s %s", n, d == 1 ? "week" : "weeks");
		break;
	case UNIT_MONTHS:
		text = arena_printf(c->a, "%s %s", n, d == 1 ? "month" : "months");
		break;
	case UNIT_YEARS:
		text = arena_printf(c->a, "%s %s", n, d == 1 ? "year" : "years");
		break;
	default:
		text = n;
	}
	return label ? arena_printf(c->a, "%s %s", text, label) : text;
}

/* A tag for a state that is not a rating: the template says it in words, keyed by `state`
 * ("not_rated", "not_in_report", "no_report", "no_reports"), so the words live in the theme. */
static value *
state_tag(const ctx *c, const char *state)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", ""); /* set, so the template never finds an outer label */
	value_set_str(c->a, v, "class", "none");
	value_set_bool(c->a, v, state, true);
	return v;
}

/* What one statement says: its lifecycle (or RAG for a measure), else "not rated". */
static value *
entry_tag(const ctx *c, const item *it, const status_entry *s)
{
	if (it->kind == ITEM_MEASURE)
		return s->rag ? tag(c, rag_label(s->rag), rag_id(s->rag))
		              : state_tag(c, "not_rated");
	return s->lifecycle ? tag(c, lifecycle_label(s->lifecycle), lifecycle_id(s->lifecycle))
	                    : state_tag(c, "not_rated");
}

/* The item's current state: its latest statement, marked with that statement's period. */
static value *
status_tag(const ctx *c, const item *it)
{
	const status_entry *s = it->current;
	if (it->kind == ITEM_PRIORITY || it->kind == ITEM_OUTCOME)
		return value_null(c->a); /* reports rate actions and measures, not these */
	if (!s)
		return state_tag(c, it->plan->reports.len ? "no_report" : "no_reports");
	value *v = entry_tag(c, it, s);
	value_set_str(c->a, v, "stated_in", s->report->period);
	return v;
}

static value *
leads_value(const ctx *c, const item *it)
{
	value *v = value_map(c->a);
	value *members = value_list(c->a), *officers = value_list(c->a), *dirs = value_list(c->a);
	for (size_t i = 0; i < it->lead_members.len; i++) {
		const person *p = it->lead_members.items[i];
		value_push(c->a, members, link(c, p->name, p->path));
	}
	for (size_t i = 0; i < it->lead_officers.len; i++) {
		const person *p = it->lead_officers.items[i];
		value_push(c->a, officers, link(c, p->name, p->path));
	}
	for (size_t i = 0; i < it->directorates.len; i++) {
		const directorate *d = it->directorates.items[i];
		value *l = link(c, d->name, d->path);
		/* the code once: not beside a name that is the code itself */
		value_set_str(c->a, l, "code",
		              d->name_given && strcmp(d->code ? d->code : "", d->name) ? d->code
		                                                                       : NULL);
		value_set_bool(c->a, l, "code_only", !d->name_given);
		value_push(c->a, dirs, l);
	}
	value_set(c->a, v, "members", members);
	value_set(c->a, v, "officers", officers);
	value_set(c->a, v, "directorates", dirs);
	value_set_bool(c->a, v, "any", members->n || officers->n || dirs->n);
	return v;
}

/* One line of leads for tables: "Andy Scott (PLACE)". */
static const char *
leads_text(const ctx *c, const item *it)
{
	buf b = BUF_INIT;
	const ptrvec *lists[2] = {&it->lead_officers, &it->lead_members};
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->len; i++) {
			if (b.len)
				buf_adds(&b, "; ");
			buf_adds(&b, ((const person *)lists[l]->items[i])->name);
		}
	if (it->directorates.len) {
		buf_adds(&b, b.len ? " (" : "(");
		for (size_t i = 0; i < it->directorates.len; i++) {
			const directorate *d = it->directorates.items[i];
			if (i)
				buf_adds(&b, ", ");
			buf_adds(&b, d->code ? d->code : d->name);
		}
		buf_addc(&b, ')');
	}
	const char *s = b.len ? arena_strndup(c->a, b.data, b.len) : NULL;
	buf_free(&b);
	return s;
}

static value *
deadline_value(const ctx *c, const item *it)
{
	const deadline_set *cur = item_current_deadline(it);
	if (!cur && !it->deadline_as_written)
		return value_null(c->a);
	value *v = value_map(c->a);
	if (cur) {
		value_set_str(c->a, v, "display", cur->display);
		value_set_str(c->a, v, "iso", date_iso_text(c->a, cur->last_day));
	}
	value_set_str(c->a, v, "as_written", it->deadline_as_written);
	if (it->revisions.len) {
		value_set_str(c->a, v, "original", it->deadline.display);
		value *revs = value_list(c->a);
		for (size_t i = 0; i < it->revisions.len; i++) {
			const revision *r = it->revisions.items[i];
			value *rv = value_map(c->a);
			value_set_str(c->a, rv, "display", r->deadline.display);
			value_set_str(c->a, rv, "reason", r->reason);
			if (r->report)
				value_set(c->a, rv, "report",
				          link(c, r->report->title, r->report->path));
			value_push(c->a, revs, rv);
		}
		value_set(c->a, v, "revisions", revs);
	}
	if (it->due == DUE_OVERDUE)
		value_set(c->a, v, "overdue", tag(c, "Overdue", "overdue"));
	return v;
}

/* Sets each key of keys (NULL-terminated) that v lacks to null. Mustache looks a missing key
 * up in the enclosing contexts, so a row without its own confidence or note would show its
 * parent's: a row states, for every key it may have, that it has none. */
static void
seal(const ctx *c, value *v, const char *const *keys)
{
	for (; *keys; keys++)
		if (!value_get(v, *keys))
			value_set(c->a, v, *keys, value_null(c->a));
}

/* What every item row may say (callers add other keys after row()). */
static const char *const row_keys[] = {"code",     "status",     "confidence", "overdue",
                                       "deadline", "actual",     "suppressed", "leads",
                                       "slipped",  "group_tags", "trend",      NULL};
/* What a statement row (a report's entry, a row of an item's history) may say. */
static const char *const entry_keys[] = {
    "code",       "status",         "confidence", "overdue",       "deadline", "actual",
    "suppressed", "target",         "note",       "reason",        "earlier",  "figure_period",
    "leads",      "why_off_target", "actions",    "back_on_track", "slipped",  "entry_source_note",
    NULL};

/* A row of an item table. */
static value *
row(const ctx *c, const item *it)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "id", it->id);
	value_set_str(c->a, v, "code", it->code);
	value_set_str(c->a, v, "title", it->title);
	value_set_str(c->a, v, "url", url(c, it->path));
	value_set_str(c->a, v, "kind", kind_label(it));
	value_set_str(c->a, v, "plan", it->plan->title);
	value_set(c->a, v, "status", status_tag(c, it));
	if (it->current && it->current->confidence)
		value_set(c->a, v, "confidence",
		          tag(c, confidence_label(it->current->confidence),
		              confidence_id(it->current->confidence)));
	if (it->due == DUE_OVERDUE)
		value_set(c->a, v, "overdue", tag(c, "Overdue", "overdue"));
	const deadline_set *d = item_current_deadline(it);
	if (d)
		value_set_str(c->a, v, "deadline", d->display);
	else if (it->deadline_as_written)
		value_set_str(c->a, v, "deadline", it->deadline_as_written);
	value_set_bool(c->a, v, "slipped", it->revisions.len > 0);
	value_set_str(c->a, v, "leads", leads_text(c, it));
	value_set_bool(c->a, v, "sef", it->sef);
	if (it->kind == ITEM_MEASURE && it->current && it->current->has_actual)
		value_set_str(c->a, v, "actual",
		              measure_value(c, it->measure, it->current->actual));
	if (it->kind == ITEM_MEASURE && it->current)
		value_set_str(c->a, v, "suppressed", it->current->suppressed);
	seal(c, v, row_keys);
	return v;
}

static value *
rows(const ctx *c, const ptrvec *items)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < items->len; i++)
		value_push(c->a, v, row(c, items->items[i]));
	return v;
}

/* A key that is there and not null (rows set the keys they lack to null: see seal). */
static bool
given(const value *v)
{
	return v && v->kind != VALUE_NULL;
}

/* A table for templates: null when there are no rows, so `{{#t}}<table>…{{/t}}` shows
 * nothing rather than an empty table. label names the first column. */
static value *
table(const ctx *c, const char *label, value *list)
{
	if (!list->n)
		return value_null(c->a);
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", label);
	bool leads = false, deadlines = false;
	for (size_t i = 0; i < list->n; i++) {
		leads = leads || given(value_get(list->items[i], "leads"));
		deadlines = deadlines || given(value_get(list->items[i], "deadline"));
	}
	value_set_bool(c->a, v, "has_leads", leads);
	value_set_bool(c->a, v, "has_deadlines", deadlines);
	value_set(c->a, v, "rows", list);
	value_set_num(c->a, v, "count", (double)list->n);
	return v;
}

static value *
crumbs_for_item(const ctx *c, const item *it)
{
	value *v = value_list(c->a);
	value_push(c->a, v, link(c, "Home", ""));
	value_push(c->a, v, link(c, it->plan->title, it->plan->path));
	const item *chain[8];
	int n = 0;
	for (const item *p = it->parent; p && n < 8; p = p->parent)
		chain[n++] = p;
	while (n-- > 0) { /* each level by its number and its name */
		value *l = link(c, item_heading(c, chain[n]), chain[n]->path);
		value_set_str(c->a, l, "crumb_name", chain[n]->title);
		value_push(c->a, v, l);
	}
	return v;
}

static value *
crumbs(const ctx *c, const char *title, const char *path)
{
	value *v = value_list(c->a);
	value_push(c->a, v, link(c, "Home", ""));
	if (title)
		value_push(c->a, v, link(c, title, path));
	return v;
}

/* Links to group pages, as tags: {groups: [...]} for the group-tags partial, or null when
 * there are none (so a template shows nothing at all). */
static value *
group_tags(const ctx *c, const ptrvec *characteristics)
{
	if (!characteristics->len)
		return value_null(c->a);
	value *v = value_list(c->a);
	for (size_t i = 0; i < characteristics->len; i++) {
		const characteristic *ch = characteristics->items[i];
		value_push(c->a, v, link(c, ch->name, ch->path));
	}
	value *t = value_map(c->a);
	value_set(c->a, t, "groups", v);
	return t;
}

static value *
equality_links(const ctx *c, const ptrvec *outcomes)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < outcomes->len; i++) {
		const equality_outcome *eo = outcomes->items[i];
		value *l = link(c, eo->title, eo->path);
		value_set(c->a, l, "group_tags", group_tags(c, &eo->characteristics));
		value_push(c->a, v, l);
	}
	return v;
}

/* Counts of activities/deliverables by lifecycle and of measures by RAG, under `it` (or a
 * whole plan when it is NULL): the numbers behind the status summary. */
typedef struct status_counts {
	int lifecycle[LIFECYCLE_COUNT];            /* [LIFECYCLE_NONE]: not rated + no report */
	int not_rated_actions, not_rated_measures; /* mentioned, but given no status */
	int overdue;
	int rag[RAG_COUNT];
	int actions, measures;
	bool no_reports; /* the plan has no report at all */
	bool snapshot;   /* counted as one report stands: unmentioned is "not in this report" */
} status_counts;

static void
count_item(status_counts *sc, const item *it)
{
	sc->no_reports = !it->plan->reports.len;
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE) {
		sc->lifecycle[item_lifecycle(it)]++;
		sc->not_rated_actions += it->current && !it->current->lifecycle;
		sc->overdue += it->due == DUE_OVERDUE;
		sc->actions++;
	} else if (it->kind == ITEM_MEASURE) {
		sc->rag[it->current ? it->current->rag : RAG_NONE]++;
		sc->not_rated_measures += it->current && !it->current->rag;
		sc->measures++;
	}
}

static void
count_tree(status_counts *sc, const item *it)
{
	count_item(sc, it);
	for (size_t i = 0; i < it->children.len; i++)
		count_tree(sc, it->children.items[i]);
	for (size_t i = 0; i < it->measures.len; i++)
		count_item(sc, it->measures.items[i]);
}

static void
push_unstated(const ctx *c, value *list, int not_rated, int unreported, const status_counts *sc)
{
	if (not_rated) {
		value *e = state_tag(c, "not_rated");
		value_set_num(c->a, e, "count", not_rated);
		value_push(c->a, list, e);
	}
	if (unreported) {
		value *e = state_tag(c, sc->snapshot     ? "not_in_report"
		                        : sc->no_reports ? "no_reports"
		                                         : "no_report");
		value_set_num(c->a, e, "count", unreported);
		value_push(c->a, list, e);
	}
}

static value *
summary_value(const ctx *c, const status_counts *sc, const char *scope)
{
	value *v = value_map(c->a);
	value *actions = value_list(c->a), *measures = value_list(c->a);
	for (int k = 1; k < LIFECYCLE_COUNT; k++) {
		if (!sc->lifecycle[k])
			continue;
		value *e = tag(c, lifecycle_label((lifecycle)k), lifecycle_id((lifecycle)k));
		value_set_num(c->a, e, "count", sc->lifecycle[k]);
		value_push(c->a, actions, e);
	}
	/* no status last, split into "not rated" (mentioned) and "no report" (never mentioned) */
	push_unstated(c, actions, sc->not_rated_actions,
	              sc->lifecycle[LIFECYCLE_NONE] - sc->not_rated_actions, sc);
	for (int k = 1; k < RAG_COUNT; k++) {
		if (!sc->rag[k])
			continue;
		value *e = tag(c, rag_label((rag)k), rag_id((rag)k));
		value_set_num(c->a, e, "count", sc->rag[k]);
		value_push(c->a, measures, e);
	}
	push_unstated(c, measures, sc->not_rated_measures,
	              sc->rag[RAG_NONE] - sc->not_rated_measures, sc);
	value_set(c->a, v, "actions", table(c, "Activities and deliverables", actions));
	value_set(c->a, v, "measures", table(c, "Measures", measures));
	value_set_num(c->a, v, "action_total", sc->actions);
	value_set_num(c->a, v, "measure_total", sc->measures);
	value_set_num(c->a, v, "overdue", sc->overdue);
	value_set_bool(c->a, v, "any", sc->actions || sc->measures);
	value_set_str(c->a, v, "chart", charts_status_summary(c->a, scope, sc->lifecycle, sc->rag));
	return v;
}

/* The item's anchor in every report page: stable, made of ids ("activity-1-1-3"). */
static const char *
report_anchor(const ctx *c, const item *it)
{
	if (it->kind == ITEM_DELIVERABLE && it->parent && it->parent->parent)
		return arena_printf(c->a, "deliverable-%s-%s-%s", it->parent->parent->id,
		                    it->parent->id, it->id);
	if (it->kind == ITEM_ACTIVITY && it->parent)
		return arena_printf(c->a, "activity-%s-%s", it->parent->id, it->id);
	return arena_printf(c->a, "%s-%s", item_kind_id(it->kind), it->id);
}

/* The link to an item's entry in one report page. */
static value *
entry_link(const ctx *c, const report *r, const item *it)
{
	value *l = value_map(c->a);
	value_set_str(c->a, l, "title", r->title);
	value_set_str(c->a, l, "url",
	              arena_printf(c->a, "%s#%s", url(c, r->path), report_anchor(c, it)));
	return l;
}

/* A statement's own values (status, confidence, figure, notes), never another report's. */
static void
set_entry_values(const ctx *c, value *e, const item *it, const status_entry *s, int shift)
{
	value_set(c->a, e, "status", entry_tag(c, it, s));
	if (s->confidence)
		value_set(c->a, e, "confidence",
		          tag(c, confidence_label(s->confidence), confidence_id(s->confidence)));
	if (it->kind == ITEM_MEASURE) {
		if (s->has_actual)
			value_set_str(c->a, e, "actual", measure_value(c, it->measure, s->actual));
		else if (s->actual_as_written)
			value_set_str(c->a, e, "actual", no_figure(c, s->actual_as_written));
		value_set_str(c->a, e, "suppressed", s->suppressed);
		if (s->has_target)
			value_set_str(c->a, e, "target", measure_value(c, it->measure, s->target));
		value_set_str(c->a, e, "figure_period", s->last_update);
	}
	value_set_str(c->a, e, "note", html(c, s->note, shift));
	value_set_str(c->a, e, "reason", s->reason);
	value_set_str(c->a, e, "entry_source_note", s->source_note);
}

/* Row by row, every report of the plan while the item was part of it: what each said, or
 * that it did not mention the item. Nothing carried from one row to the next. */
static value *
history_value(const ctx *c, const item *it)
{
	value *v = value_list(c->a);
	const plan *pl = it->plan;
	for (size_t i = 0; i < pl->reports.len; i++) {
		const report *r = pl->reports.items[i];
		if (!item_in_report(it, r))
			continue;
		const status_entry *s = item_entry_in(it, r);
		value *e = value_map(c->a);
		value_set(c->a, e, "report", s ? entry_link(c, r, it) : link(c, r->title, r->path));
		value_set_str(c->a, e, "period", r->period);
		value_set_str(c->a, e, "as_of", date_display_text(c->a, r->as_of));
		if (s)
			set_entry_values(c, e, it, s, 3);
		else
			value_set(c->a, e, "status", state_tag(c, "not_in_report"));
		seal(c, e, entry_keys);
		value_push(c->a, v, e);
	}
	return v;
}

/* The parts of a citation; the theme writes the sentence around them. The address is the
 * permanent one: absolute with a base URL, else from the site root, linked relative to the
 * page so the link also works from the file system. */
static value *
cite_value(const ctx *c, const item *it, const char *heading)
{
	value *v = value_map(c->a);
	const char *address = c->base_url ? arena_printf(c->a, "%s%s", c->base_url, it->path)
	                                  : arena_printf(c->a, "/%s", it->path);
	value_set_str(c->a, v, "address", address);
	value_set_str(c->a, v, "href", c->base_url ? address : "index.html");
	value_set_bool(c->a, v, "absolute", c->base_url != NULL);
	value_set_str(c->a, v, "council", c->m->site.council);
	value_set_str(c->a, v, "heading", heading);
	value_set_str(c->a, v, "title", it->title);
	value_set_str(c->a, v, "plan", it->plan->title);
	/* the report the page quotes: the one its latest statement comes from, else the
	 * plan's latest; a plan without reports reported nothing */
	const report *r = it->current ? it->current->report
	                  : it->plan->reports.len
	                      ? it->plan->reports.items[it->plan->reports.len - 1]
	                      : NULL;
	if (r) {
		value *rv = link(c, r->title, r->path);
		value_set_str(c->a, rv, "period", r->period);
		value_set_str(c->a, rv, "as_of", date_display_text(c->a, r->as_of));
		value_set(c->a, v, "report", rv);
	} else {
		value_set(c->a, v, "report", value_null(c->a));
	}
	return v;
}

/* The item's own data: its index.json, and the open data file holding its row. */
static value *
download_value(const ctx *c, const item *it)
{
	static const char *const files[ITEM_KIND_COUNT] = {
	    [ITEM_ACTIVITY] = "activities.csv",
	    [ITEM_DELIVERABLE] = "deliverables.csv",
	    [ITEM_MEASURE] = "measures.csv",
	};
	value *v = value_map(c->a);
	value_set_str(c->a, v, "json_url", "index.json");
	value_set_str(c->a, v, "id", it->id);
	const char *file = files[it->kind];
	if (file) {
		value_set_str(c->a, v, "csv_file", file);
		value_set_str(c->a, v, "csv_url",
		              arena_printf(c->a, "%sdata/%s/%s", c->root, it->plan->id, file));
	} else {
		value_set(c->a, v, "csv_file", value_null(c->a));
	}
	return v;
}

/* ---- the "report a problem with this page" link ---- */

/* The page's own address as a reader would give it: absolute with a base URL, else from
 * the site root. NULL for the not-found page, which is served at any address. */
static const char *
page_address(const ctx *c, const char *path)
{
	if (!path)
		return NULL;
	return c->base_url ? arena_printf(c->a, "%s%s", c->base_url, path)
	                   : arena_printf(c->a, "/%s", path);
}

/* The feedback_url template with every {url} replaced by the percent-encoded address
 * (an empty one when the page has none), in arena memory. */
static const char *
fill_feedback_template(const ctx *c, const char *template, const char *address)
{
	static const char placeholder[] = "{url}";
	buf b = BUF_INIT;
	for (const char *s = template; *s;) {
		const char *hit = strstr(s, placeholder);
		if (!hit) {
			buf_adds(&b, s);
			break;
		}
		buf_add(&b, s, (size_t)(hit - s));
		if (address)
			escape_url_segment(&b, address);
		s = hit + strlen(placeholder);
	}
	const char *out = arena_strdup(c->a, buf_cstr(&b));
	buf_free(&b);
	return out;
}

/* Where the link goes, best first: the council's template with the page's address, a
 * mailto: whose subject the theme writes around the encoded address, the contact form,
 * or the statement's own feedback section. No script and no third party either way. */
static value *
feedback_value(const ctx *c, const char *path)
{
	const accessibility_info *acc = &c->m->site.accessibility;
	const char *address = page_address(c, path);
	value *v = value_map(c->a);
	if (acc->feedback_url) {
		value_set_str(c->a, v, "url",
		              fill_feedback_template(c, acc->feedback_url, address));
	} else if (acc->email) {
		value_set_str(c->a, v, "mailto", arena_printf(c->a, "mailto:%s", acc->email));
		if (address) {
			buf b = BUF_INIT;
			escape_url_segment(&b, address);
			value_set_str(c->a, v, "address_encoded", buf_cstr(&b));
			buf_free(&b);
		}
	} else if (acc->contact_form) {
		value_set_str(c->a, v, "url", acc->contact_form);
	} else {
		value_set_str(c->a, v, "url",
		              arena_printf(c->a, "%s#feedback", url(c, "accessibility/")));
	}
	return v;
}

/* ---- the pages ---- */

static void set_feed(const ctx *c, value *data, const char *path, const char *title);
static const char *jsonld(const ctx *c, bool with_dataset);

static void
common(const ctx *c, value *data, const char *title, const char *path, const char *description)
{
	arena *a = c->a;
	const site_config *s = &c->m->site;
	value *site = value_map(a);
	value_set_str(a, site, "title", s->title);
	value_set_str(a, site, "council", s->council);
	value_set_str(a, site, "licence", s->licence);
	value_set_str(a, site, "licence_url", s->licence_url);
	value_set_str(a, site, "logo",
	              s->logo ? arena_printf(a, "%sstatic/%s", c->root, s->logo) : NULL);
	value_set_str(a, site, "brand", s->brand_colour);
	value_set(a, data, "site", site);
	value_set_str(a, data, "root", c->root);
	value_set_str(a, data, "home_url", url(c, ""));
	value *pg = value_map(a);
	value_set_str(a, pg, "title", title);
	value_set_str(a, pg, "description", description);
	if (c->base_url && path)
		value_set_str(a, pg, "canonical", arena_printf(a, "%s%s", c->base_url, path));
	value_set(a, pg, "feedback", feedback_value(c, path));
	value_set_str(a, pg, "address", page_address(c, path)); /* for print: traceable paper */
	value_set(a, pg, "period", value_null(a)); /* set by pages that quote a report */
	value_set(a, data, "page", pg);
	value *nav = value_list(a);
	value_push(a, nav, link(c, "Plans", ""));
	value_push(a, nav, link(c, "Equality", "equality/"));
	value_push(a, nav, link(c, "Who is responsible", "people/"));
	value_push(a, nav, link(c, "Search", "search/"));
	value_push(a, nav, link(c, "Data", "data/"));
	value_push(a, nav, link(c, "About", "about/"));
	value_set(a, data, "nav", nav);
}

static const char *
plain_summary(const ctx *c, const char *markdown)
{
	return markdown ? markdown_to_text(c->a, markdown, 200) : NULL;
}

static value *
item_page(const ctx *c, const item *it)
{
	arena *a = c->a;
	value *d = value_map(a);
	const char *heading = item_heading(c, it);
	common(c, d, arena_printf(a, "%s: %s", heading, it->title), it->path,
	       plain_summary(c, it->description ? it->description : it->title));
	value_set(a, d, "breadcrumbs", crumbs_for_item(c, it));
	value *v = value_map(a);
	value_set_str(a, v, "id", it->id);
	value_set_str(a, v, "kind", item_kind_id(it->kind));
	value_set_str(a, v, "heading", heading);
	value_set_str(a, v, "title", it->title);
	value_set_str(a, v, "plan", it->plan->title);
	value_set(a, v, "plan_link", link(c, it->plan->title, it->plan->path));
	value_set_str(a, v, "description", html(c, it->description, 1));
	value_set_str(a, v, "notes", html(c, it->notes, 2));
	value_set_str(a, v, "source_note", it->source_note);
	value_set_bool(a, v, "sef", it->sef);
	value_set(a, v, "status", status_tag(c, it));
	value_set_bool(a, v, "has_status",
	               it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE ||
	                   it->kind == ITEM_MEASURE);
	if (it->current) {
		if (it->current->confidence)
			value_set(a, v, "confidence",
			          tag(c, confidence_label(it->current->confidence),
			              confidence_id(it->current->confidence)));
		value_set_str(a, v, "note", html(c, it->current->note, 2));
		value_set_str(a, v, "reason", it->current->reason);
		value_set(a, v, "reported", entry_link(c, it->current->report, it));
		value_set_str(a, v, "entry_source_note", it->current->source_note);
	}
	value_set(a, v, "deadline", deadline_value(c, it));
	value_set(a, v, "leads", leads_value(c, it));
	value_set(a, v, "equality", table(c, "Equality outcome", equality_links(c, &it->equality)));
	value_set(a, v, "group_tags", group_tags(c, &it->characteristics));
	if (it->children.len) {
		const item *first = it->children.items[0];
		value_set_str(a, v, "children_label", kind_label(first));
		bool nested = false; /* the summary then counts more than the table lists */
		for (size_t i = 0; i < it->children.len && !nested; i++)
			nested = ((const item *)it->children.items[i])->children.len > 0;
		value_set_bool(a, v, "children_nested", nested);
		value_set(a, v, "children",
		          table(c, kind_label(it->children.items[0]), rows(c, &it->children)));
	}
	value_set(a, v, "measures", table(c, "Measure", rows(c, &it->measures)));
	if (it->kind == ITEM_PRIORITY || it->kind == ITEM_OUTCOME) {
		status_counts sc = {0};
		count_tree(&sc, it);
		value_set(a, v, "summary", summary_value(c, &sc, it->title));
	}
	value *hist = table(c, "Report", history_value(c, it));
	bool notes = false; /* a Note column only when some row has one */
	for (size_t i = 0; given(hist) && i < value_get(hist, "rows")->n; i++) {
		const value *row_v = value_get(hist, "rows")->items[i];
		notes = notes || given(value_get(row_v, "note")) ||
		        given(value_get(row_v, "reason")) ||
		        given(value_get(row_v, "entry_source_note"));
	}
	if (given(hist))
		value_set_bool(a, hist, "has_notes", notes);
	value_set(a, v, "history", hist);
	value *cite = cite_value(c, it, heading);
	value_set(a, v, "cite", cite);
	if (given(value_get(cite, "report")))
		value_set(a, value_get(d, "page"), "period",
		          value_get(value_get(cite, "report"), "period"));
	value_set(a, v, "download", download_value(c, it));
	if (c->base_url)
		set_feed(c, d, it->path, arena_printf(a, "%s: %s", heading, it->title));
	value_set(a, d, "item", v);
	return d;
}

/* A period that ends after the latest report's period: nothing could be reported for it yet. */
static bool
after_reports(const plan *pl, period per)
{
	if (!pl->reports.len)
		return false;
	const report *last = pl->reports.items[pl->reports.len - 1];
	return last->per.kind != PERIOD_NONE && period_end(per) > period_end(last->per);
}

/* A breakdown: the whole's parts side by side (chart and rows), or a part's whole. */
static void
breakdown_value(const ctx *c, const item *it, value *m)
{
	const measure_info *mi = it->measure;
	if (!mi)
		return;
	if (mi->part_of)
		value_set(c->a, m, "part_of", link(c, mi->part_of->title, mi->part_of->path));
	if (!mi->parts.len)
		return;
	value *b = value_map(c->a);
	const char *sentence = NULL;
	value_set_str(c->a, b, "chart", charts_breakdown(c->a, it, &sentence));
	value_set_str(c->a, b, "sentence", sentence);
	value_set_bool(c->a, b, "overlap", mi->parts_overlap);
	value *parts = value_list(c->a);
	for (size_t i = 0; i < mi->parts.len; i++) {
		const item *part = mi->parts.items[i];
		value *r = row(c, part);
		value_set(c->a, r, "group_tags", group_tags(c, &part->characteristics));
		value_push(c->a, parts, r);
	}
	value_set(c->a, b, "parts", table(c, "Group", parts));
	value_set(c->a, m, "breakdown", b);
}

static value *
measure_page(const ctx *c, const item *it)
{
	value *d = item_page(c, it);
	arena *a = c->a;
	value *v = value_get(d, "item");
	const measure_info *mi = it->measure;
	const status_entry *s = it->current;
	value *m = value_map(a);
	if (mi) {
		value_set_str(a, m, "unit", unit_id(mi->unit));
		value_set_str(a, m, "unit_label", mi->unit_label);
		if (mi->polarity)
			value_set_str(a, m, "polarity", polarity_label(mi->polarity));
		value_set_str(a, m, "type", mi->type);
	}
	if (s) {
		const history_point *hp = NULL; /* the series' row for the latest figure's period */
		for (size_t i = 0; mi && i < mi->nhistory && !hp; i++)
			if (period_equal(mi->history[i].per, s->figure_period))
				hp = &mi->history[i];
		if (s->has_target)
			value_set_str(a, m, "target", measure_value(c, mi, s->target));
		else if (hp && hp->has_target) /* from the measure's targets for that period */
			value_set_str(a, m, "target", measure_value(c, mi, hp->target));
		if (s->has_actual)
			value_set_str(a, m, "actual", measure_value(c, mi, s->actual));
		else if (s->actual_as_written)
			value_set_str(a, m, "actual", no_figure(c, s->actual_as_written));
		value_set_str(a, m, "suppressed", s->suppressed);
		if (s->short_trend)
			value_set_str(a, m, "short_trend", trend_label(s->short_trend));
		if (s->long_trend)
			value_set_str(a, m, "long_trend", trend_label(s->long_trend));
		value_set_str(a, m, "last_update", s->last_update);
		value_set_str(a, m, "why_off_target", html(c, s->why_off_target, 2));
		value_set_str(a, m, "actions", html(c, s->actions, 2));
		value_set_str(a, m, "back_on_track", html(c, s->back_on_track, 2));
	}
	if (mi && mi->nhistory) {
		value *cols = value_list(a);
		for (size_t k = 0; k < mi->ncomparators; k++)
			value_push(a, cols, value_string(a, mi->comparators[k]));
		value *hist = value_list(a);
		const char **anchors = exports_history_anchors(a, mi);
		for (size_t i = 0; i < mi->nhistory; i++) {
			const history_point *h = &mi->history[i];
			value *r = value_map(a);
			value_set_str(a, r, "period", h->period);
			value_set_str(a, r, "anchor", anchors[i]);
			value_set_str(a, r, "actual",
			              h->suppressed   ? ""
			              : h->has_actual ? measure_value(c, mi, h->actual)
			              : after_reports(it->plan, h->per) ? "No report yet"
			                                                : "No data");
			value_set_str(a, r, "suppressed", h->suppressed);
			value_set_str(a, r, "target",
			              h->has_target ? measure_value(c, mi, h->target) : "");
			value_set_str(a, r, "red", h->has_red ? measure_value(c, mi, h->red) : "");
			if (h->restated && h->has_earlier && h->earlier_report) {
				value_set_str(a, r, "restated", h->restated);
				value_set_str(a, r, "earlier", measure_value(c, mi, h->earlier));
				value_set(a, r, "earlier_report",
				          entry_link(c, h->earlier_report, it));
			} else {
				value_set(a, r, "restated", value_null(a));
			}
			value *comp = value_list(a);
			for (size_t k = 0; k < mi->ncomparators; k++)
				value_push(
				    a, comp,
				    value_string(a, h->has_comparator[k]
				                        ? measure_value(c, mi, h->comparator[k])
				                        : ""));
			value_set(a, r, "comparators", comp);
			value_push(a, hist, r);
		}
		value_set(a, m, "comparator_names", cols);
		value_set(a, m, "history", hist);
		value_set_bool(a, m, "has_history", true);
		const char *sentence = NULL;
		value_set_str(a, m, "chart", charts_measure_trend(a, it, &sentence));
		value_set_str(a, m, "chart_summary", sentence);
		if (sentence)
			value_set_str(a, value_get(d, "page"), "description", sentence);
	}
	breakdown_value(c, it, m);
	/* a heading only over something: a statement or a series */
	value_set_bool(a, m, "any", s != NULL || (mi && mi->nhistory));
	value_set(a, v, "measure", m);
	return d;
}

/* The plan's latest report, with its "what changed" page; null without reports. */
static value *
latest_report(const ctx *c, const plan *pl)
{
	if (!pl->reports.len)
		return value_null(c->a);
	const report *r = pl->reports.items[pl->reports.len - 1];
	value *rv = link(c, r->title, r->path);
	value_set_str(c->a, rv, "as_of", date_display_text(c->a, r->as_of));
	value_set_str(c->a, rv, "period", r->period);
	value_set_str(c->a, rv, "changes_url", url(c, arena_printf(c->a, "%schanges/", r->path)));
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
		value *r = row(c, it);
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
	              pl->reports.len ? date_display_text(c->a, pl->as_of) : NULL);
	value_set_str(c->a, v, "url", url(c, arena_printf(c->a, "%sattention/", pl->path)));
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
		value_set_str(c->a, value_get(d, "page"), "period", r->period);
	}
}

/* The glossary: the theme writes the terms; the model gives the directorates and their
 * codes, and the plans' own words for each level of their hierarchy. */
static value *
glossary_page(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, NULL, "glossary/", NULL);
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value *dirs = value_list(a);
	for (size_t i = 0; i < c->m->directorates.len; i++) {
		const directorate *dr = c->m->directorates.items[i];
		value *l = link(c, dr->name, dr->path);
		value_set_str(a, l, "code", dr->code);
		value_set_bool(a, l, "code_only", !dr->name_given);
		value_push(a, dirs, l);
	}
	value_set(a, d, "directorates", dirs);
	value *plans = value_list(a);
	for (size_t i = 0; i < c->m->plans.len; i++) {
		const plan *pl = c->m->plans.items[i];
		value *pv = link(c, pl->title, pl->path);
		value *labels = value_list(a);
		for (int k = 0; k < ITEM_KIND_COUNT; k++)
			if (pl->label[k]) {
				value *lv = value_map(a);
				value_set_bool(a, lv, item_kind_id((item_kind)k),
				               true); /* the theme names it */
				value_set_str(a, lv, "word", pl->label[k]);
				value_push(a, labels, lv);
			}
		value_set(a, pv, "labels", labels);
		if (labels->n)
			value_push(a, plans, pv);
	}
	value_set(a, d, "plans", plans);
	value_set_bool(a, d, "any_plan_words", plans->n > 0);
	return d;
}

/* Every item of a plan that needs attention, on one page. */
static value *
attention_page(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	const char *path = arena_printf(a, "%sattention/", pl->path);
	common(c, d, pl->title, path, NULL);
	value_set(a, d, "breadcrumbs", crumbs(c, pl->title, pl->path));
	value_set(a, d, "attention", attention_value(c, pl, 0));
	set_print_period(c, d, pl);
	return d;
}

static value *
plan_page(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, pl->title, pl->path, plain_summary(c, pl->intro ? pl->intro : pl->subtitle));
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value *v = value_map(a);
	value_set_str(a, v, "id", pl->id);
	value_set_str(a, v, "title", pl->title);
	value_set_str(a, v, "subtitle", pl->subtitle);
	value_set_str(a, v, "source", pl->source);
	value_set_str(a, v, "start", date_display_text(c->a, pl->start));
	value_set_str(a, v, "end", date_display_text(c->a, pl->end));
	value_set_str(a, v, "as_of", date_display_text(c->a, pl->as_of));
	value_set(a, v, "latest_report", latest_report(c, pl));
	value_set_str(a, v, "source_note", pl->source_note);
	value_set_str(a, v, "intro", html(c, pl->intro, 1));
	value *sections = value_list(a);
	for (size_t i = 0; i < pl->nsections; i++) {
		value *s = value_map(a);
		value_set_str(a, s, "id", pl->sections[i].id);
		value_set_str(a, s, "title", pl->sections[i].title);
		value_set_str(a, s, "body", html(c, pl->sections[i].body, 2));
		value_push(a, sections, s);
	}
	value_set(a, v, "sections", sections);
	value *prios = value_list(a);
	status_counts all = {0};
	for (size_t i = 0; i < pl->priorities.len; i++) {
		const item *p = pl->priorities.items[i];
		value *pv = row(c, p);
		value_set_str(a, pv, "heading", item_heading(c, p));
		value_set(a, pv, "outcomes",
		          table(c, pl->label[ITEM_OUTCOME] ? pl->label[ITEM_OUTCOME] : "Outcome",
		                rows(c, &p->children)));
		value_push(a, prios, pv);
		count_tree(&all, p);
	}
	for (size_t i = 0; i < pl->measures.len; i++) {
		const item *msr = pl->measures.items[i];
		if (!msr->parent)
			count_item(&all, msr);
	}
	value_set(a, v, "priorities", prios);
	value_set_str(a, v, "priority_label",
	              pl->label[ITEM_PRIORITY] ? pl->label[ITEM_PRIORITY] : "Priority");
	value_set_str(a, v, "outcome_label",
	              pl->label[ITEM_OUTCOME] ? pl->label[ITEM_OUTCOME] : "Outcome");
	value_set(a, v, "measures", table(c, "Measure", rows(c, &pl->measures)));
	value_set(a, v, "summary", summary_value(c, &all, pl->title));
	value *reports = value_list(a);
	for (size_t i = pl->reports.len; i-- > 0;) {
		const report *r = pl->reports.items[i];
		value *rv = link(c, r->title, r->path);
		value_set_str(a, rv, "period", r->period);
		value_set_str(a, rv, "as_of", date_display_text(c->a, r->as_of));
		value_set_str(a, rv, "changes_url", url(c, arena_printf(a, "%schanges/", r->path)));
		value_push(a, reports, rv);
	}
	value_set(a, v, "reports", table(c, "Report", reports));
	value_set_str(a, v, "deadlines_url", url(c, arena_printf(a, "%sdeadlines/", pl->path)));
	value_set_str(a, v, "deadlines_chart", charts_deadlines(a, pl));
	value_set(a, v, "attention", attention_value(c, pl, 5));
	set_print_period(c, d, pl);
	value_set(a, d, "plan", v);
	return d;
}

static value *
home_page(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, c->m->site.title, "",
	       arena_printf(a,
	                    "What %s promised in its strategic plans, who is responsible, by when, "
	                    "and how it is going.",
	                    c->m->site.council ? c->m->site.council : "the council"));
	value *plans = value_list(a);
	for (size_t i = 0; i < c->m->plans.len; i++) {
		const plan *pl = c->m->plans.items[i];
		value *pv = link(c, pl->title, pl->path);
		value_set_str(a, pv, "subtitle", pl->subtitle);
		value_set_str(a, pv, "as_of", date_display_text(c->a, pl->as_of));
		value_set_bool(a, pv, "reported", pl->reports.len > 0);
		value_set_str(a, pv, "deadlines_url",
		              url(c, arena_printf(a, "%sdeadlines/", pl->path)));
		value_set_bool(a, pv, "current", pl == c->m->site.current_plan);
		value_push(a, plans, pv);
	}
	value_set(a, d, "plans", plans);
	const plan *cur = c->m->site.current_plan;
	if (cur) {
		value *cv = link(c, cur->title, cur->path);
		value_set_str(a, cv, "id", cur->id);
		value_set_str(a, cv, "as_of", date_display_text(c->a, cur->as_of));
		status_counts sc = {0};
		for (size_t i = 0; i < cur->items.len; i++)
			count_item(&sc, cur->items.items[i]);
		value_set(a, cv, "summary", summary_value(c, &sc, cur->title));
		value_set(a, cv, "priorities",
		          table(c,
		                cur->label[ITEM_PRIORITY] ? cur->label[ITEM_PRIORITY] : "Priority",
		                rows(c, &cur->priorities)));
		value_set_str(a, cv, "deadlines_url",
		              url(c, arena_printf(a, "%sdeadlines/", cur->path)));
		value_set(a, cv, "latest_report", latest_report(c, cur));
		value_set(a, cv, "attention", attention_value(c, cur, 3));
		value_set(a, d, "current", cv);
	}
	value *groups = value_list(a);
	for (size_t i = 0; i < c->m->characteristics.len; i++) {
		const characteristic *ch = c->m->characteristics.items[i];
		value_push(a, groups, link(c, ch->name, ch->path));
	}
	value_set(a, d, "groups", groups);
	value_set_str(a, d, "people_url", url(c, "people/"));
	value_set_str(a, d, "equality_url", url(c, "equality/"));
	value_set_str(a, d, "search_url", url(c, "search/"));
	value_set_str(a, d, "data_url", url(c, "data/"));
	if (c->base_url)
		set_feed(c, d, "", arena_printf(a, "%s: monitoring reports", c->m->site.title));
	value_set_str(a, value_get(d, "page"), "jsonld", jsonld(c, true));
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
static value *
deadlines_page(const ctx *c, const plan *pl)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, arena_printf(a, "Deadlines: %s", pl->title),
	       arena_printf(a, "%sdeadlines/", pl->path),
	       arena_printf(a, "What is due, overdue and slipped in %s.", pl->title));
	value_set(a, d, "breadcrumbs", crumbs(c, pl->title, pl->path));
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
			char label[32];
			date_display(month * 100 + 1, label);
			cur = value_map(a);
			value_set_str(a, cur, "month", strchr(label, ' ') + 1);
			value_set_str(a, cur, "id",
			              arena_printf(a, "m-%d-%02d", month / 100, month % 100));
			value_set(a, cur, "items", value_list(a));
			value_push(a, months, cur);
			cur_month = month;
		}
		value_push(a, value_get(cur, "items"), row(c, it));
	}
	for (size_t i = 0; i < months->n; i++) {
		value *month = months->items[i];
		month->items[month->n - 1] = table(c, "Item", month->items[month->n - 1]);
	}
	value *v = value_map(a);
	value_set_str(a, v, "title", pl->title);
	value_set_str(a, v, "as_of", date_display_text(c->a, pl->as_of));
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
		value_set_str(a, nr, "end", date_display_text(a, pl->end));
		value_set(a, v, "no_reports", nr);
	}
	value_set(a, v, "months", months);
	value_set(a, v, "overdue", table(c, "Overdue", rows(c, &overdue)));
	value_set(a, v, "slipped", table(c, "Moved deadline", rows(c, &slipped)));
	value_set(a, v, "undated", table(c, "No date set", rows(c, &undated)));
	value_set_str(a, v, "chart", charts_deadlines(a, pl));
	value_set(a, d, "deadlines", v);
	return d;
}

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
	value_set_str(c->a, v, "id", it->id);
	value_set_str(c->a, v, "code", it->code);
	value_set_str(c->a, v, "title", it->title);
	value_set_str(c->a, v, "url", url(c, it->path));
	value_set_str(c->a, v, "kind", kind_label(it));
	value_set_str(c->a, v, "anchor", report_anchor(c, it));
	value_set_str(c->a, v, "leads", leads_text(c, it));
	value_set_bool(c->a, v, "sef", it->sef);
	bool revised;
	const deadline_set *d = deadline_at(it, r, &revised);
	if (d)
		value_set_str(c->a, v, "deadline", d->display);
	else if (it->deadline_as_written)
		value_set_str(c->a, v, "deadline", it->deadline_as_written);
	value_set_bool(c->a, v, "slipped", revised);
	const status_entry *s = item_entry_in(it, r);
	if (s) {
		set_entry_values(c, v, it, s, 4);
		value_set_str(c->a, v, "why_off_target", html(c, s->why_off_target, 4));
		value_set_str(c->a, v, "actions", html(c, s->actions, 4));
		value_set_str(c->a, v, "back_on_track", html(c, s->back_on_track, 4));
		if (overdue_at(it, r, s, d))
			value_set(c->a, v, "overdue", tag(c, "Overdue", "overdue"));
		seal(c, v, entry_keys);
		return v;
	}
	value_set(c->a, v, "status", state_tag(c, "not_in_report"));
	const status_entry *before = item_entry_before(it, r);
	if (before) {
		value *e = entry_tag(c, it, before);
		value_set_str(c->a, e, "stated_in", before->report->period);
		value *b = value_map(c->a);
		value_set(c->a, b, "status", e);
		value_set(c->a, b, "report", entry_link(c, before->report, it));
		value_set(c->a, v, "earlier", b);
	}
	seal(c, v, entry_keys);
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
	buf b = BUF_INIT;
	for (size_t i = 0; i < len; i++)
		buf_printf(&b, "%s%d", i ? ", " : "", n[i]);
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
		value *e = link(c, sc->item->title, sc->item->path);
		value_set_str(c->a, e, "heading", item_heading(c, sc->item));
		value_set_str(c->a, e, "activities", ints_text(c, sc->activities, sc->nactivities));
		value_set_str(c->a, e, "measures", ints_text(c, sc->measures, sc->nmeasures));
		value_push(c->a, v, e);
	}
	return table(c, "Counts as printed", v);
}

static value *
report_page(const ctx *c, const report *r)
{
	arena *a = c->a;
	const plan *pl = r->plan;
	value *d = value_map(a);
	common(c, d, arena_printf(a, "%s: %s", pl->title, r->title), r->path,
	       plain_summary(c, r->summary ? r->summary : r->title));
	value_set(a, d, "breadcrumbs", crumbs(c, pl->title, pl->path));
	value *v = value_map(a);
	value_set_str(a, v, "title", r->title);
	value_set_str(a, v, "plan", pl->title);
	value_set_str(a, v, "period", r->period);
	value_set_str(a, value_get(d, "page"), "period", r->period);
	value_set_str(a, v, "as_of", date_display_text(c->a, r->as_of));
	value_set_str(a, v, "summary", html(c, r->summary, 1));
	value_set_str(a, v, "source_note", r->source_note);
	value_set_str(a, v, "changes_url", url(c, arena_printf(a, "%schanges/", r->path)));
	if (r->index + 1 < pl->reports.len) {
		const report *next = pl->reports.items[r->index + 1];
		value_set(a, v, "later", link(c, next->title, next->path));
	}
	if (r->index > 0) {
		const report *before = pl->reports.items[r->index - 1];
		value_set(a, v, "earlier_report", link(c, before->title, before->path));
	}
	value_set(a, v, "printed_counts", printed_counts(c, r));
	value *outcomes = value_list(a);
	for (size_t i = 0; i < pl->priorities.len; i++) {
		const item *p = pl->priorities.items[i];
		for (size_t j = 0; j < p->children.len; j++) {
			const item *o = p->children.items[j];
			value *ov = value_map(a);
			value_set_str(a, ov, "code", o->code);
			value_set_str(a, ov, "title", o->title);
			value_set_str(a, ov, "url", url(c, o->path));
			value_set_str(a, ov, "heading", item_heading(c, o));
			value_set_str(a, ov, "anchor", arena_printf(a, "outcome-%s", o->id));
			value_set_str(a, ov, "description", html(c, o->description, 3));
			value *acts = value_list(a);
			for (size_t k = 0; k < o->children.len; k++) {
				const item *act = o->children.items[k];
				if (!item_in_report(act, r))
					continue;
				value *av = report_row(c, r, act);
				value_set(a, av, "deliverables",
				          table(c, "Deliverable", rows_at(c, r, &act->children)));
				value_push(a, acts, av);
			}
			value_set(
			    a, ov, "activities",
			    table(c,
			          o->children.len ? kind_label(o->children.items[0]) : "Activity",
			          acts));
			value_set(a, ov, "measures",
			          table(c, "Measure", rows_at(c, r, &o->measures)));
			status_counts sc = {.snapshot = true};
			count_at(&sc, r, o);
			value_set(a, ov, "summary", summary_value(c, &sc, o->title));
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
		return state_tag(c, "no_report");
	if (!item_in_report(it, r))
		return state_tag(c, "not_in_plan");
	return s ? entry_tag(c, it, s) : state_tag(c, "not_in_report");
}

/* What changed from the previous report to r: statuses and RAG ratings, figures, items
 * added and dropped, deadlines moved, new notes. */
static value *
changes_page(const ctx *c, const report *r)
{
	arena *a = c->a;
	const plan *pl = r->plan;
	const report *prev = r->index > 0 ? pl->reports.items[r->index - 1] : NULL;
	value *d = value_map(a);
	common(c, d, arena_printf(a, "What changed: %s, %s", pl->title, r->title),
	       arena_printf(a, "%schanges/", r->path),
	       arena_printf(a, "What changed in %s: statuses, figures, items, deadlines, notes.",
	                    r->title));
	value_set(a, d, "breadcrumbs", crumbs(c, pl->title, pl->path));
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
			value_push(a, dropped, prev ? report_row(c, prev, it) : row(c, it));
		if (now && prev && item_in_report(it, prev)) {
			bool is_measure = it->kind == ITEM_MEASURE;
			int was_state =
			    before ? (is_measure ? (int)before->rag : (int)before->lifecycle) : -1;
			int is_state = is_measure ? (int)now->rag : (int)now->lifecycle;
			if (was_state != is_state && (before || is_state)) {
				value *cv = row(c, it);
				value_set(a, cv, "was", change_cell(c, it, prev, before));
				value_set(a, cv, "is", entry_tag(c, it, now));
				value_set(a, cv, "entry", entry_link(c, r, it));
				value_push(a, is_measure ? rags : changes, cv);
			}
		}
		if (now && before && now->has_actual && before->has_actual &&
		    !period_equal(now->figure_period, before->figure_period)) {
			value *fv = row(c, it);
			value_set_str(a, fv, "from", measure_value(c, it->measure, before->actual));
			value_set_str(a, fv, "from_period",
			              period_display_text(a, before->figure_period));
			value_set_str(a, fv, "to", measure_value(c, it->measure, now->actual));
			value_set_str(a, fv, "to_period",
			              period_display_text(a, now->figure_period));
			set_direction(c, fv, it->measure, before->actual, now->actual, now->target,
			              now->has_target);
			value_push(a, figures, fv);
		}
		const history_point *rp = restated_point(it, r);
		if (rp) {
			value *fv = row(c, it);
			value_set_str(a, fv, "from", measure_value(c, it->measure, rp->earlier));
			value_set_str(a, fv, "from_period", rp->period);
			value_set_str(a, fv, "to", measure_value(c, it->measure, rp->actual));
			value_set_str(a, fv, "to_period", rp->period);
			value_set_str(a, fv, "restated", rp->restated);
			value_push(a, figures, fv);
		}
		if (now && now->note &&
		    (!before || !before->note || strcmp(before->note, now->note))) {
			value *nv = row(c, it);
			value_set_str(a, nv, "note", html(c, now->note, 3));
			value_set(a, nv, "entry", entry_link(c, r, it));
			value_push(a, notes, nv);
		}
		for (size_t j = 0; j < it->revisions.len; j++) {
			const revision *rv = it->revisions.items[j];
			if (rv->report != r)
				continue;
			value *mv = row(c, it);
			value_set_str(a, mv, "from",
			              j ? ((revision *)it->revisions.items[j - 1])->deadline.display
			                : it->deadline.display);
			value_set_str(a, mv, "to", rv->deadline.display);
			value_set_str(a, mv, "reason", rv->reason);
			value_push(a, moved, mv);
		}
	}
	value *v = value_map(a);
	value_set_str(a, v, "title", r->title);
	value_set_str(a, v, "plan", pl->title);
	value_set(a, v, "report", link(c, r->title, r->path));
	if (prev)
		value_set(a, v, "previous", link(c, prev->title, prev->path));
	value_set(a, v, "changes", table(c, "Item", changes));
	value_set(a, v, "rags", table(c, "Measure", rags));
	value_set(a, v, "figures", table(c, "Measure", figures));
	value_set(a, v, "added", table(c, "Item", added));
	value_set(a, v, "dropped", table(c, "Item", dropped));
	value_set(a, v, "moved", table(c, "Item", moved));
	value_set(a, v, "notes", table(c, "Item", notes));
	value_set(a, d, "changes", v);
	return d;
}

static int
compare_person(const void *x, const void *y)
{
	const person *p = *(person *const *)x, *q = *(person *const *)y;
	int r = strcmp(p->name, q->name);
	return r ? r : strcmp(p->id, q->id);
}

static value *
people_page(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, "Who is responsible", "people/",
	       "Lead members, portfolios, officers and directorates, and everything each of them "
	       "leads.");
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	static const char *group_titles[] = {"Officers", "Posts", "Councillors",
	                                     "Cabinet portfolios"};
	static const person_kind order[] = {PERSON_PORTFOLIO, PERSON_COUNCILLOR, PERSON_POST,
	                                    PERSON_OFFICER};
	person **sorted = arena_alloc(a, (c->m->people.len + 1) * sizeof(person *));
	if (c->m->people.len)
		memcpy(sorted, c->m->people.items, c->m->people.len * sizeof(person *));
	qsort(sorted, c->m->people.len, sizeof(person *), compare_person);
	value *groups = value_list(a);
	for (size_t g = 0; g < 4; g++) {
		value *list = value_list(a);
		for (size_t i = 0; i < c->m->people.len; i++) {
			if (sorted[i]->kind != order[g])
				continue;
			value *l = link(c, sorted[i]->name, sorted[i]->path);
			value_set_num(a, l, "count", (double)sorted[i]->leads.len);
			value_push(a, list, l);
		}
		if (!list->n)
			continue;
		value *gv = value_map(a);
		value_set_str(a, gv, "title", group_titles[order[g]]);
		value_set_str(a, gv, "id", person_kind_id(order[g]));
		value_set(a, gv, "people", list);
		value_push(a, groups, gv);
	}
	value_set(a, d, "groups", groups);
	value *dirs = value_list(a);
	for (size_t i = 0; i < c->m->directorates.len; i++) {
		const directorate *dr = c->m->directorates.items[i];
		value *l = link(c, dr->name, dr->path);
		value_set_str(
		    a, l, "code",
		    dr->name_given && strcmp(dr->code ? dr->code : "", dr->name) ? dr->code : NULL);
		value_set_bool(a, l, "code_only", !dr->name_given);
		value_set_num(a, l, "count", (double)dr->leads.len);
		value_push(a, dirs, l);
	}
	value_set(a, d, "directorates", dirs);
	return d;
}

/* Items grouped by plan, for person, directorate, equality outcome and group pages. */
static value *
by_plan(const ctx *c, const ptrvec *items)
{
	/* One pass over the items into a list per plan (plan->index is its position in
	 * m->plans), not one pass per plan: a national site has hundreds of plans. */
	size_t nplans = c->m->plans.len;
	value **lists = arena_alloc(c->a, (nplans + 1) * sizeof *lists);
	for (size_t i = 0; i < items->len; i++) {
		const item *it = items->items[i];
		size_t p = it->plan->index;
		if (p >= nplans || c->m->plans.items[p] != it->plan)
			continue;
		if (!lists[p])
			lists[p] = value_list(c->a);
		value_push(c->a, lists[p], row(c, it));
	}
	value *groups = value_list(c->a);
	for (size_t p = 0; p < nplans; p++) {
		const plan *pl = c->m->plans.items[p];
		value *list = lists[p];
		if (!list)
			continue;
		value *g = link(c, pl->title, pl->path);
		value_set(c->a, g, "items", table(c, "Item", list));
		value_push(c->a, groups, g);
	}
	return groups;
}

static value *
leader_page(const ctx *c, const char *name, const char *kind, const char *role,
            const char *source_note, const ptrvec *aka, const ptrvec *leads, const char *path)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, name, path,
	       arena_printf(a, "Everything %s leads in the council's strategic plans.", name));
	value_set(a, d, "breadcrumbs", crumbs(c, "Who is responsible", "people/"));
	value *v = value_map(a);
	value_set_str(a, v, "name", name);
	value_set_str(a, v, "kind", kind);
	value_set_str(a, v, "role", role);
	value_set_str(a, v, "source_note", source_note);
	value *names = value_list(a);
	for (size_t i = 0; aka && i < aka->len; i++)
		value_push(a, names, value_string(a, aka->items[i]));
	value_set(a, v, "also_known_as", names);
	value_set_num(a, v, "count", (double)leads->len);
	value_set(a, v, "plans", by_plan(c, leads));
	value_set(a, d, "leader", v);
	return d;
}

static value *
equality_page(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(
	    c, d, "Equality", "equality/",
	    "Equality outcomes and the groups they concern, with every commitment linked to them.");
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value *groups = value_list(a), *unmeasured = value_list(a), *nothing = value_list(a);
	const plan *cur = c->m->site.current_plan;
	if (!cur && c->m->plans.len)
		cur = c->m->plans.items[0];
	for (size_t i = 0; i < c->m->characteristics.len; i++) {
		const characteristic *ch = c->m->characteristics.items[i];
		value *l = link(c, ch->name, ch->path);
		value_set_bool(a, l, "protected", ch->protected_);
		value_set_num(a, l, "count", (double)ch->outcomes.len);
		value_push(a, groups, l);
		if (!cur)
			continue;
		/* the gaps of the current plan, group by group */
		group_links g = equality_group_links(a, ch, cur);
		size_t commitments, measures;
		equality_count_kinds(&g, &commitments, &measures);
		if (!g.n)
			value_push(a, nothing, link(c, ch->name, ch->path));
		else if (commitments && !measures)
			value_push(a, unmeasured, link(c, ch->name, ch->path));
	}
	value_set(a, d, "groups", groups);
	if (cur) {
		value *gaps = link(c, cur->title, cur->path);
		value_set(a, gaps, "unmeasured", table(c, "Group", unmeasured));
		value_set(a, gaps, "nothing", table(c, "Group", nothing));
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
			value *l = link(c, eo->title, eo->path);
			value_set_num(a, l, "count", (double)eo->links.len);
			value_push(a, list, l);
		}
		if (!list->n)
			continue;
		value *g = value_map(a);
		value_set_str(a, g, "title", pl ? pl->title : "Not tied to one plan");
		value_set(a, g, "outcomes", list);
		value_push(a, plans, g);
	}
	value_set(a, d, "plans", plans);
	value_set_str(a, d, "chart", charts_equality_coverage_linked(a, c->m, c->root));
	return d;
}

static value *
equality_outcome_page(const ctx *c, const equality_outcome *eo)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, eo->title, eo->path,
	       arena_printf(a, "Equality outcome: %s. Every commitment linked to it.", eo->title));
	value_set(a, d, "breadcrumbs", crumbs(c, "Equality", "equality/"));
	value *v = value_map(a);
	value_set_str(a, v, "title", eo->title);
	value_set_str(a, v, "description", html(c, eo->description, 1));
	value_set_str(a, v, "source_note", eo->source_note);
	if (eo->plan)
		value_set(a, v, "plan", link(c, eo->plan->title, eo->plan->path));
	value *groups = value_list(a);
	for (size_t i = 0; i < eo->characteristics.len; i++) {
		const characteristic *ch = eo->characteristics.items[i];
		value_push(a, groups, link(c, ch->name, ch->path));
	}
	value_set(a, v, "groups", groups);
	value_set_num(a, v, "count", (double)eo->links.len);
	value_set(a, v, "plans", by_plan(c, &eo->links));
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
		value *r = row(c, it);
		if (it->kind == ITEM_MEASURE && it->current && it->current->short_trend)
			value_set_str(c->a, r, "trend", trend_label(it->current->short_trend));
		value_set_bool(c->a, r, "direct", l->direct);
		value_set(c->a, r, "via",
		          l->via ? link(c, l->via->title, l->via->path) : value_null(c->a));
		if (sc)
			count_item(sc, it);
		value_push(c->a, list, r);
	}
	return table(c, "Item", list);
}

static value *
group_page(const ctx *c, const characteristic *ch)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, ch->name, ch->path,
	       arena_printf(a, "What the council's plans promise for %s, and how it is going.",
	                    ch->name));
	value_set(a, d, "breadcrumbs", crumbs(c, "Equality", "equality/"));
	value *v = value_map(a);
	value_set_str(a, v, "name", ch->name);
	value_set_bool(a, v, "protected", ch->protected_);
	value_set_str(a, v, "description", html(c, ch->description, 1));
	value_set_str(a, v, "source_note", ch->source_note);
	/* the current plan first, with its status summary */
	const plan *cur = c->m->site.current_plan;
	if (!cur && c->m->plans.len)
		cur = c->m->plans.items[0];
	bool unmeasured = false, nothing = false; /* in the current plan */
	if (cur) {
		group_links g = equality_group_links(a, ch, cur);
		value *cv = link(c, cur->title, cur->path);
		value_set_str(a, cv, "id", cur->id);
		status_counts sc = {0};
		value_set(a, cv, "items", group_rows(c, &g, &sc));
		value_set(a, cv, "summary",
		          summary_value(c, &sc, arena_printf(a, "%s, %s", ch->name, cur->title)));
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
		value *pv = link(c, pl->title, pl->path);
		value_set_str(a, pv, "id", pl->id);
		value_set(a, pv, "items", group_rows(c, &g, NULL));
		value_push(a, others, pv);
	}
	value_set(a, v, "plans", others);
	/* its equality outcomes, then the gaps said plainly */
	value *outcomes = value_list(a), *gaps = value_list(a);
	for (size_t i = 0; i < ch->outcomes.len; i++) {
		const equality_outcome *eo = ch->outcomes.items[i];
		value *l = link(c, eo->title, eo->path);
		value_set_num(a, l, "count", (double)eo->links.len);
		if (eo->plan)
			value_set_str(a, l, "plan", eo->plan->title);
		value_push(a, outcomes, l);
		if (equality_outcome_is_gap(eo))
			value_push(a, gaps, l);
	}
	value_set(a, v, "outcomes", table(c, "Equality outcome", outcomes));
	value_set(a, v, "gaps", table(c, "Equality outcome", gaps));
	value_set_bool(a, v, "any_gap", gaps->n || !outcomes->n || unmeasured || nothing);
	group_links all = equality_group_links(a, ch, NULL);
	value_set_num(a, v, "count", (double)all.n);
	value_set(a, d, "group", v);
	if (c->base_url)
		set_feed(c, d, ch->path, arena_printf(a, "%s: status changes", ch->name));
	return d;
}

static value *
simple_page(const ctx *c, const char *title, const char *path, const char *body_markdown)
{
	value *d = value_map(c->a);
	common(c, d, title, path, NULL);
	value_set(c->a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value_set_str(c->a, d, "body", html(c, body_markdown, 1));
	return d;
}

/* ---- the accessibility statement ---- */

/* The entries of one reason, in the model statement's order, as {items: [...]}; NULL when
 * there are none, so the theme's heading for that reason is left out. The theme supplies
 * every word; "more" marks the criteria that another follows. */
static value *
barriers_value(const ctx *c, const accessibility_info *acc, barrier_reason reason)
{
	value *list = value_list(c->a);
	for (size_t i = 0; i < acc->nbarriers; i++) {
		const barrier *b = &acc->barriers[i];
		if (b->reason != reason)
			continue;
		value *e = value_map(c->a);
		value_set_str(c->a, e, "content", b->content);
		if (b->criteria.len) {
			value *criteria = value_list(c->a);
			for (size_t k = 0; k < b->criteria.len; k++) {
				value *cr = value_map(c->a);
				value_set_str(c->a, cr, "criterion", b->criteria.items[k]);
				value_set_bool(c->a, cr, "more", k + 1 < b->criteria.len);
				value_push(c->a, criteria, cr);
			}
			value_set(c->a, e, "criteria", criteria);
			value_set_bool(c->a, e, "has_criteria", true);
		}
		value_set_str(c->a, e, "alternative", b->alternative);
		value_set_str(c->a, e, "fix_by", date_display_text(c->a, b->fix_by));
		value_push(c->a, list, e);
	}
	if (!list->n)
		return NULL;
	value *v = value_map(c->a);
	value_set(c->a, v, "items", list);
	return v;
}

static value *
accessibility_page(const ctx *c)
{
	arena *a = c->a;
	const accessibility_info *acc = &c->m->site.accessibility;
	value *d = simple_page(c, "Accessibility statement", "accessibility/", NULL);
	value *v = value_map(a);
	value_set_str(a, v, "site_url", c->base_url); /* site.yaml or --base-url */
	/* Not given is not assessed: the statement never claims compliance by default. */
	value_set_bool(a, v, "fully_compliant", acc->status == COMPLIANCE_FULL);
	value_set_bool(a, v, "partially_compliant", acc->status == COMPLIANCE_PARTIAL);
	value_set_bool(a, v, "non_compliant", acc->status == COMPLIANCE_NON);
	value_set_bool(a, v, "not_assessed",
	               acc->status == COMPLIANCE_NONE || acc->status == COMPLIANCE_NOT_ASSESSED);
	value_set_bool(a, v, "has_barriers", acc->nbarriers > 0);
	static const struct {
		const char *key;
		barrier_reason reason;
	} reasons[] = {
	    {"non_compliance", BARRIER_NON_COMPLIANCE},
	    {"disproportionate_burden", BARRIER_DISPROPORTIONATE_BURDEN},
	    {"outside_scope", BARRIER_OUTSIDE_SCOPE},
	};
	for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++) {
		value *entries = barriers_value(c, acc, reasons[i].reason);
		if (entries)
			value_set(a, v, reasons[i].key, entries);
	}
	value_set_str(a, v, "prepared", date_display_text(a, acc->prepared));
	value_set_str(a, v, "reviewed", date_display_text(a, acc->reviewed));
	value_set_str(a, v, "tested", date_display_text(a, acc->tested));
	value_set_bool(a, v, "self_assessment", acc->method == TEST_METHOD_SELF_ASSESSMENT);
	value_set_bool(a, v, "third_party", acc->method == TEST_METHOD_THIRD_PARTY);
	value_set_str(a, v, "tested_by", acc->tested_by);
	value_set_str(a, v, "contact_form", acc->contact_form);
	value_set_str(a, v, "email", acc->email);
	if (acc->email)
		value_set_str(a, v, "email_url", arena_printf(a, "mailto:%s", acc->email));
	value_set_str(a, v, "phone", acc->phone);
	if (acc->phone) {
		/* A tel: link dials the digits (and a leading +) of the number as written. */
		buf dial = BUF_INIT;
		buf_adds(&dial, "tel:");
		for (const char *p = acc->phone; *p; p++)
			if ((*p >= '0' && *p <= '9') || (*p == '+' && dial.len == 4))
				buf_addc(&dial, *p);
		if (dial.len > 4)
			value_set_str(a, v, "phone_url", buf_cstr(&dial));
		buf_free(&dial);
	}
	value_set_bool(a, v, "has_contact", acc->contact_form || acc->email || acc->phone);
	value_set_str(a, v, "response_time", acc->response_time);
	value_set_str(a, v, "complaints_url", acc->complaints_url);
	/* Only then does the per-page link say which page it came from (see feedback_value). */
	value_set_bool(a, v, "page_feedback",
	               acc->feedback_url ? strstr(acc->feedback_url, "{url}") != NULL
	                                 : acc->email != NULL);
	value_set(a, d, "statement", v);
	return d;
}

/* ---- feeds, linked data, search and data pages ---- */

/* The Atom feed beside a page (written only with a base URL: see exports.h). */
static void
set_feed(const ctx *c, value *data, const char *path, const char *title)
{
	value *f = value_map(c->a);
	value_set_str(c->a, f, "url", arena_printf(c->a, "%s%sfeed.xml", c->root, path));
	value_set_str(c->a, f, "title", title);
	value_set(c->a, value_get(data, "page"), "feed", f);
}

/* A site path as linked data wants it: absolute with a base URL, else relative to the page. */
static const char *
ld_url(const ctx *c, const char *path)
{
	return arena_printf(c->a, "%s%s", c->base_url ? c->base_url : c->root, path);
}

static void
ld_pair(buf *b, const char *key, const char *val, bool comma)
{
	if (!val)
		return;
	json_escape(b, key);
	buf_addc(b, ':');
	json_escape(b, val);
	if (comma)
		buf_addc(b, ',');
}

/* schema.org JSON-LD: the council as GovernmentOrganization and, with_dataset, the data files
 * as a Dataset. Safe inside <script>: every '<' is written as \u003c. */
static const char *
jsonld(const ctx *c, bool with_dataset)
{
	const site_config *s = &c->m->site;
	buf b = BUF_INIT;
	buf_adds(&b, "{\"@context\":\"https://"
	             "schema.org\",\"@graph\":[{\"@type\":\"GovernmentOrganization\",");
	ld_pair(&b, "@id", ld_url(c, "#council"), true);
	ld_pair(&b, "url", c->base_url, true);
	ld_pair(&b, "name", s->council ? s->council : s->title, false);
	buf_addc(&b, '}');
	if (with_dataset) {
		int as_of = 0;
		for (size_t i = 0; i < c->m->plans.len; i++) {
			const plan *pl = c->m->plans.items[i];
			if (pl->as_of > as_of)
				as_of = pl->as_of;
		}
		buf_adds(&b, ",{\"@type\":\"Dataset\",");
		ld_pair(&b, "@id", ld_url(c, "data/"), true);
		ld_pair(&b, "name", arena_printf(c->a, "%s: open data", s->title), true);
		ld_pair(
		    &b, "description",
		    arena_printf(
		        c->a,
		        "Activities, deliverables, performance measures with their history, and "
		        "equality outcomes of the strategic plans of %s, as CSV and JSON.",
		        s->council ? s->council : s->title),
		    true);
		ld_pair(&b, "url", ld_url(c, "data/index.html"), true);
		ld_pair(&b, "license", s->licence_url ? s->licence_url : s->licence, true);
		ld_pair(&b, "dateModified", date_iso_text(c->a, as_of), true);
		buf_adds(&b, "\"isAccessibleForFree\":true,\"creator\":{\"@id\":");
		json_escape(&b, ld_url(c, "#council"));
		buf_adds(&b, "},\"publisher\":{\"@id\":");
		json_escape(&b, ld_url(c, "#council"));
		buf_adds(&b, "},\"distribution\":[");
		static const char *const files[][2] = {
		    {"data/activities.csv", "text/csv"},
		    {"data/deliverables.csv", "text/csv"},
		    {"data/measures.csv", "text/csv"},
		    {"data/measure-history.csv", "text/csv"},
		    {"data/equality-outcomes.csv", "text/csv"},
		    {"data/equality-links.csv", "text/csv"},
		    {"data/plansite.json", "application/json"},
		};
		for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
			buf_adds(&b, i ? ",{\"@type\":\"DataDownload\","
			               : "{\"@type\":\"DataDownload\",");
			ld_pair(&b, "encodingFormat", files[i][1], true);
			ld_pair(&b, "contentUrl", ld_url(c, files[i][0]), false);
			buf_addc(&b, '}');
		}
		buf_adds(&b, "]}");
	}
	buf_adds(&b, "]}");
	buf out = BUF_INIT;
	for (size_t i = 0; i < b.len; i++) {
		if (b.data[i] == '<')
			buf_adds(&out, "\\u003c");
		else
			buf_addc(&out, b.data[i]);
	}
	const char *r = arena_strndup(c->a, out.data, out.len);
	buf_free(&b);
	buf_free(&out);
	return r;
}

/* A plan's browse lists as links, grouped: az, statuses, types; headings at level. */
static value *
plan_lists(const ctx *c, const ptrvec *lists, const plan *pl, int level)
{
	arena *a = c->a;
	value *pv = value_map(a);
	value_set_str(a, pv, "title", pl->title);
	value_set_str(a, pv, "id", arena_printf(a, "browse-%s", pl->id));
	value_set_num(a, pv, "level", level);
	static const char *const axis_keys[] = {"az", "statuses", "types"};
	for (int k = 0; k < BROWSE_AXIS_COUNT; k++)
		value_set(a, pv, axis_keys[k], value_list(a));
	for (size_t i = 0; lists && i < lists->len; i++) {
		const browse_list *l = lists->items[i];
		if (l->page != 1 || l->plan != pl)
			continue;
		value *lv = link(c, l->label, l->path);
		value_set_num(a, lv, "count", (double)l->total);
		value_push(a, value_get(pv, axis_keys[l->axis]), lv);
	}
	return pv;
}

static value *
search_page(const ctx *c, const ptrvec *lists)
{
	arena *a = c->a;
	const model *m = c->m;
	value *d = value_map(a);
	common(c, d, "Search", "search/",
	       "Search every priority, outcome, activity, deliverable and measure, or browse them "
	       "from A to Z.");
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value *plans = value_list(a);
	size_t n = 0;
	for (size_t i = 0; i < m->plans.len; i++) {
		const plan *pl = m->plans.items[i];
		value *pv = value_map(a);
		value_set_str(a, pv, "id", pl->id);
		value_set_str(a, pv, "title", pl->title);
		value_push(a, plans, pv);
		n += pl->items.len;
	}
	value_set(a, d, "plans", plans);
	static const char *const kinds[][2] = {
	    {"priority", "Priority"},
	    {"outcome", "Outcome"},
	    {"activity", "Activity"},
	    {"deliverable", "Deliverable"},
	    {"measure", "Measure"},
	    {"equality-outcome", "Equality outcome"},
	    {"group", "Group"},
	    {"person", "Person"},
	    {"directorate", "Directorate"},
	};
	value *kl = value_list(a);
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		value *kv = value_map(a);
		value_set_str(a, kv, "id", kinds[i][0]);
		value_set_str(a, kv, "title", kinds[i][1]);
		value_push(a, kl, kv);
	}
	value_set(a, d, "kinds", kl);
	value *sl = value_list(a);
	for (int l = 1; l <= LIFECYCLE_COUNT; l++) {
		lifecycle k = (lifecycle)(l % LIFECYCLE_COUNT);
		value *sv = value_map(a);
		value_set_str(a, sv, "id", lifecycle_id(k));
		value_set_str(a, sv, "title", k ? lifecycle_label(k) : "Not reported");
		value_push(a, sl, sv);
	}
	for (int r = 1; r < RAG_COUNT; r++) {
		value *sv = value_map(a);
		value_set_str(a, sv, "id", rag_id((rag)r));
		value_set_str(a, sv, "title", arena_printf(a, "Measure: %s", rag_label((rag)r)));
		value_push(a, sl, sv);
	}
	value_set(a, d, "statuses", sl);
	value *groups = value_list(a);
	for (size_t i = 0; i < m->characteristics.len; i++) {
		const characteristic *ch = m->characteristics.items[i];
		value *gv = value_map(a);
		value_set_str(a, gv, "id", ch->id);
		value_set_str(a, gv, "title", ch->name);
		value_push(a, groups, gv);
	}
	value_set(a, d, "groups", groups);
	value *dirs = value_list(a);
	for (size_t i = 0; i < m->directorates.len; i++) {
		const directorate *dr = m->directorates.items[i];
		value *dv = value_map(a);
		value_set_str(a, dv, "id", dr->id);
		value_set_str(a, dv, "title",
		              dr->code ? arena_printf(a, "%s (%s)", dr->name, dr->code) : dr->name);
		value_push(a, dirs, dv);
	}
	value_set(a, d, "directorates", dirs);
	/* Without JavaScript: the current plan's browse lists, and a link to each other plan's
	 * (browse.h), so the page stays small however many plans there are. */
	const plan *cur = m->site.current_plan;
	if (cur)
		value_set(a, d, "current_browse", plan_lists(c, lists, cur, 4));
	value *browse = value_list(a);
	for (size_t i = 0; i < m->plans.len; i++) {
		const plan *pl = m->plans.items[i];
		if (pl == cur)
			continue;
		value *pv = link(c, pl->title, arena_printf(a, "search/browse/%s/", pl->id));
		value_set_num(a, pv, "count", (double)pl->items.len);
		value_push(a, browse, pv);
	}
	if (browse->n) { /* a section over a map renders once: only when there are others */
		value *others = value_map(a);
		value_set(a, others, "plans", browse);
		value_set(a, d, "other_plans", others);
	}
	value_set_num(a, d, "count", (double)n);
	return d;
}

/* A plan's browse page: its A-Z, status and type lists. */
static value *
browse_plan_page(const ctx *c, const browse_plan *bp)
{
	arena *a = c->a;
	value *d = value_map(a);
	common(c, d, arena_printf(a, "Browse %s", bp->plan->title), bp->path, NULL);
	value *bc = crumbs(c, "Search", "search/");
	value_set(a, d, "breadcrumbs", bc);
	value_set(a, d, "lists", plan_lists(c, bp->lists, bp->plan, 2));
	value_set_num(a, d, "count", (double)bp->plan->items.len);
	value_set_str(a, d, "plan_url", url(c, bp->plan->path));
	value_set_str(a, d, "search_url", url(c, "search/"));
	return d;
}

/* One page of a browse list: its items with type, status and deadline, the other pages of
 * the list, and (A to Z) the other letters of the plan. */
static value *
browse_page(const ctx *c, const browse_list *l)
{
	arena *a = c->a;
	value *d = value_map(a);
	static const char *const axis_titles[] = {"A to Z", "Status", "Type"};
	const char *title =
	    l->pages > 1
	        ? arena_printf(a, "%s: %s, %s (page %zu of %zu)", axis_titles[l->axis], l->label,
	                       l->plan->title, l->page, l->pages)
	        : arena_printf(a, "%s: %s, %s", axis_titles[l->axis], l->label, l->plan->title);
	common(c, d, title, l->path, NULL);
	value *bc = crumbs(c, "Search", "search/");
	value_push(a, bc,
	           link(c, arena_printf(a, "Browse %s", l->plan->title),
	                arena_printf(a, "search/browse/%s/", l->plan->id)));
	value_set(a, d, "breadcrumbs", bc);
	value_set_str(a, d, "axis", axis_titles[l->axis]);
	value_set_str(a, d, "label", l->label);
	value_set_str(a, d, "plan", l->plan->title);
	value_set_str(a, d, "search_url", url(c, "search/"));
	value_set_num(a, d, "total", (double)l->total);
	if (l->pages > 1) {
		value *pager = value_map(a);
		value_set_num(a, pager, "page", (double)l->page);
		value_set_num(a, pager, "pages", (double)l->pages);
		if (l->prev)
			value_set_str(a, pager, "prev", url(c, l->prev->path));
		if (l->next)
			value_set_str(a, pager, "next", url(c, l->next->path));
		value_set(a, d, "pager", pager);
	}
	value *items = value_list(a);
	for (size_t i = 0; i < l->n; i++) {
		const item *it = l->items[i];
		value *v = link(c, it->title, it->path);
		value_set_str(a, v, "kind", item_heading(c, it));
		if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE ||
		    it->kind == ITEM_MEASURE)
			value_set(a, v, "status", status_tag(c, it));
		const deadline_set *dl = item_current_deadline(it);
		if (dl)
			value_set_str(a, v, "deadline", dl->display);
		value_push(a, items, v);
	}
	value_set(a, d, "items", items);
	return d;
}

static const char *
file_size(const ctx *c, size_t bytes)
{
	if (bytes < 1000)
		return arena_printf(c->a, "%zu bytes", bytes);
	if (bytes < 1000000)
		return arena_printf(c->a, "%.1f kB", (double)bytes / 1e3);
	return arena_printf(c->a, "%.1f MB", (double)bytes / 1e6);
}

/* files: the data files' paths, titles and sizes, as the exports wrote them (site.c). */
static value *
data_page(const ctx *c, const export_list *files)
{
	arena *a = c->a;
	const model *m = c->m;
	value *d = value_map(a);
	common(c, d, "Open data", "data/",
	       "Download the plans' activities, deliverables, measures and equality outcomes as "
	       "CSV and JSON.");
	value_set(a, d, "breadcrumbs", crumbs(c, NULL, NULL));
	value_set_str(a, value_get(d, "page"), "jsonld", jsonld(c, true));
	value *site_files = value_list(a), *groups = value_list(a);
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		value *g = link(c, pl->title, pl->path);
		value_set_str(a, g, "as_of", date_display_text(c->a, pl->as_of));
		value_set_str(a, g, "as_of_iso", date_iso_text(c->a, pl->as_of));
		value_set_str(a, g, "id", arena_printf(a, "data-%s", pl->id));
		value_set(a, g, "files", value_list(a));
		value_push(a, groups, g);
	}
	for (size_t i = 0; files && i < files->n; i++) {
		const export_file *f = &files->files[i];
		value *fv = value_map(a);
		value_set_str(a, fv, "title", f->title);
		value_set_str(a, fv, "name", f->path + strlen("data/"));
		value_set_str(a, fv, "url", f->path + strlen("data/")); /* the page is in data/ */
		value_set_str(a, fv, "size", file_size(c, f->len));
		const char *dot = strrchr(f->path, '.');
		value_set_str(a, fv, "format", dot && strcmp(dot, ".csv") == 0 ? "CSV" : "JSON");
		value *target = site_files;
		for (size_t p = 0; p < m->plans.len; p++) {
			const plan *pl = m->plans.items[p];
			const char *prefix = arena_printf(a, "data/%s/", pl->id);
			if (strncmp(f->path, prefix, strlen(prefix)) == 0)
				target = value_get(groups->items[p], "files");
		}
		value_push(a, target, fv);
	}
	value_set(a, d, "files", site_files);
	value_set(a, d, "plans", groups);
	value_set_str(a, d, "licence",
	              m->site.licence ? m->site.licence : "Open Government Licence v3.0");
	value_set_str(
	    a, d, "licence_url",
	    m->site.licence_url
	        ? m->site.licence_url
	        : "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
	value_set_bool(a, d, "feeds", c->base_url != NULL);
	value_set_str(a, d, "search_url", url(c, "search/"));
	return d;
}

static value *page_data(arena *a, const model *m, const page *p, const char *base_url);

value *
pages_data(arena *a, const model *m, const page *p, const char *base_url)
{
	value *d = page_data(a, m, p, base_url);
	const value *trail = value_get(d, "breadcrumbs");
	value_set_bool(a, d, "has_breadcrumbs", trail && trail->n > 0);
	return d;
}

static value *
page_data(arena *a, const model *m, const page *p, const char *base_url)
{
	/* The way back to the root: one "../" per folder of the page's address. */
	size_t depth = 0;
	for (const char *s = p->path; *s; s++)
		depth += *s == '/';
	char *root = arena_alloc(a, depth * 3 + 1);
	for (size_t i = 0; i < depth; i++)
		memcpy(root + i * 3, "../", 3);
	ctx c = {a, m, root, base_url};
	switch (p->kind) {
	case PAGE_HOME:
		return home_page(&c);
	case PAGE_PLAN:
		return plan_page(&c, p->subject);
	case PAGE_ITEM:
		return item_page(&c, p->subject);
	case PAGE_MEASURE:
		return measure_page(&c, p->subject);
	case PAGE_REPORT:
		return report_page(&c, p->subject);
	case PAGE_CHANGES:
		return changes_page(&c, p->subject);
	case PAGE_DEADLINES:
		return deadlines_page(&c, p->subject);
	case PAGE_PEOPLE:
		return people_page(&c);
	case PAGE_PERSON: {
		const person *pe = p->subject;
		static const char *kinds[] = {"Officer", "Post", "Councillor", "Cabinet portfolio"};
		return leader_page(&c, pe->name, kinds[pe->kind], pe->role, pe->source_note,
		                   &pe->also_known_as, &pe->leads, pe->path);
	}
	case PAGE_DIRECTORATE: {
		const directorate *dr = p->subject;
		const char *kind = dr->code && dr->name_given && strcmp(dr->code, dr->name)
		                       ? arena_printf(a, "Directorate (%s)", dr->code)
		                       : "Directorate";
		value *dd = leader_page(&c, dr->name, kind, NULL, dr->source_note,
		                        &dr->also_known_as, &dr->leads, dr->path);
		value_set_bool(a, value_get(dd, "leader"), "code_only", !dr->name_given);
		if (base_url)
			set_feed(&c, dd, dr->path, arena_printf(a, "%s: status changes", dr->name));
		return dd;
	}
	case PAGE_EQUALITY:
		return equality_page(&c);
	case PAGE_EQUALITY_OUTCOME:
		return equality_outcome_page(&c, p->subject);
	case PAGE_CHARACTERISTIC:
		return group_page(&c, p->subject);
	case PAGE_ABOUT:
		return simple_page(&c, "About this site", "about/", m->site.about);
	case PAGE_ACCESSIBILITY:
		return accessibility_page(&c);
	case PAGE_NOT_FOUND: {
		/* Served at any address, so its links must not be relative to where it sits. */
		ctx abs = {a, m, base_url ? base_url : "/", base_url};
		return simple_page(&abs, "Page not found", NULL, NULL);
	}
	case PAGE_REDIRECT: {
		value *d = value_map(a);
		common(&c, d, "This page has moved", p->path, NULL);
		value_set_str(a, d, "target", url(&c, p->target));
		if (base_url)
			value_set_str(a, value_get(d, "page"), "canonical",
			              arena_printf(a, "%s%s", base_url, p->target));
		return d;
	}
	case PAGE_SEARCH:
		return search_page(&c, p->subject);
	case PAGE_BROWSE:
		return browse_page(&c, p->subject);
	case PAGE_BROWSE_PLAN:
		return browse_plan_page(&c, p->subject);
	case PAGE_DATA:
		return data_page(&c, p->subject);
	case PAGE_ATTENTION:
		return attention_page(&c, p->subject);
	case PAGE_GLOSSARY:
		return glossary_page(&c);
	case PAGE_KIND_COUNT:
		break;
	}
	return value_map(a);
}
