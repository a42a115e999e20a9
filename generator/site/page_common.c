/* page_common.c - the helpers every page family shares: markdown and numbers as text, status
 * tags, leads and deadlines, item rows and tables, the status summary, breadcrumbs, and
 * page_common, which gives every page its site, navigation, canonical address and "report a
 * problem with this page" link. See pages_internal.h. */

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "content/translate.h"
#include "markdown.h"
#include "mustache/mustache.h"
#include "util/buf.h"
#include "site/charts.h"
#include "site/escape.h"
#include "site/format.h"
#include "site/pages_internal.h"
#include "site/paths.h"

/* ---- text and numbers ---- */

const char *
page_lang(const ctx *c, const char *text)
{
	if (!c->languages || !content_untranslated(c->m, text))
		return NULL;
	return c->languages->tags[0];
}

void
page_set_lang(const ctx *c, value *v, const char *key, const char *text)
{
	const char *lang = page_lang(c, text);
	value_set(c->a, v, key, lang ? value_string(c->a, lang) : value_null(c->a));
}

const char *
page_html(const ctx *c, const char *markdown, int shift)
{
	if (!markdown)
		return NULL;
	const char *html = markdown_to_html(c->a, markdown, c->m->site.allow_raw_html, shift);
	const char *lang = page_lang(c, markdown);
	/* the reader's software reads it in the language it is written in */
	return lang ? arena_printf(c->a, "<div lang=\"%s\">\n%s</div>\n", lang, html) : html;
}

const char *
page_plain_summary(const ctx *c, const char *markdown)
{
	return markdown ? markdown_to_text(c->a, markdown, 200) : NULL;
}

const char *
page_kind_label(const ctx *c, const item *it)
{
	return format_kind_label(c->words, it->plan, it->kind);
}

/* "Outcome 1.1" or the plan's own word; the code when there is one. */
const char *
page_item_heading(const ctx *c, const item *it)
{
	/* Codes such as "Priority 1" or "Action 3.2" already carry their word. */
	if (it->code && *it->code &&
	    ((*it->code >= 'A' && *it->code <= 'Z') || (*it->code >= 'a' && *it->code <= 'z')))
		return it->code;
	if (it->code && *it->code)
		return arena_printf(c->a, "%s %s", page_kind_label(c, it), it->code);
	return page_kind_label(c, it);
}

/* What a report shows where it gives no number ("?" in the source): said plainly. */
const char *
page_no_figure(const ctx *c, const char *as_written)
{
	return page_fmt(c, "common.no_figure", "as_written", as_written, (char *)NULL);
}

/* A measure value with its unit: "69%", "£1,500,000", "12 days". */
const char *
page_measure_value(const ctx *c, const measure_info *mi, double d)
{
	return format_measure(c->a, c->fmt, mi ? mi->unit : UNIT_NONE, d,
	                      mi ? mi->unit_label : NULL);
}

/* ---- tags, leads, deadlines ---- */

/* A status tag: text always, the class only adds colour. */
value *
page_tag(const ctx *c, const char *label, const char *klass)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", label);
	value_set_str(c->a, v, "class", klass);
	return v;
}

/* A tag for a state that is not a rating: the template says it in words, keyed by `state`
 * ("not_rated", "not_in_report", "no_report", "no_reports"), so the words live in the theme. */
value *
page_state_tag(const ctx *c, const char *state)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", ""); /* set, so the template never finds an outer label */
	value_set_str(c->a, v, "class", "none");
	value_set_bool(c->a, v, state, true);
	return v;
}

/* What one statement says: its lifecycle (or RAG for a measure), else "not rated". */
value *
page_entry_tag(const ctx *c, const item *it, const status_entry *s)
{
	if (it->kind == ITEM_MEASURE)
		return s->rag ? page_tag(c, page_label(c, "rag", rag_id(s->rag)), rag_id(s->rag))
		              : page_state_tag(c, "not_rated");
	return s->lifecycle ? page_tag(c, page_label(c, "lifecycle", lifecycle_id(s->lifecycle)),
	                               lifecycle_id(s->lifecycle))
	                    : page_state_tag(c, "not_rated");
}

/* The item's current state: its latest statement, marked with that statement's period. */
value *
page_status_tag(const ctx *c, const item *it)
{
	const status_entry *s = it->current;
	if (it->kind == ITEM_PRIORITY || it->kind == ITEM_OUTCOME)
		return value_null(c->a); /* reports rate actions and measures, not these */
	if (!s)
		return page_state_tag(c, it->plan->reports.len ? "no_report" : "no_reports");
	value *v = page_entry_tag(c, it, s);
	value_set_str(c->a, v, "stated_in", format_period(c->a, c->fmt, s->report->per));
	return v;
}

value *
page_leads(const ctx *c, const item *it)
{
	value *v = value_map(c->a);
	value *members = value_list(c->a), *officers = value_list(c->a), *dirs = value_list(c->a);
	for (size_t i = 0; i < it->lead_members.len; i++) {
		const person *p = it->lead_members.items[i];
		value_push(c->a, members, page_link(c, p->name, p->path));
	}
	for (size_t i = 0; i < it->lead_officers.len; i++) {
		const person *p = it->lead_officers.items[i];
		value_push(c->a, officers, page_link(c, p->name, p->path));
	}
	for (size_t i = 0; i < it->directorates.len; i++) {
		const directorate *d = it->directorates.items[i];
		value *l = page_link(c, d->name, d->path);
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

/* One line of leads for tables: "Andy Scott (PLACE)". The separators and the brackets are
 * the theme's: punctuation belongs to the language. */
const char *
page_leads_text(const ctx *c, const item *it)
{
	buf people = BUF_INIT, dirs = BUF_INIT;
	const char *sep = page_text(c, "common.leads.people_separator");
	const ptrvec *lists[2] = {&it->lead_officers, &it->lead_members};
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->len; i++) {
			if (people.len)
				buf_adds(&people, sep);
			buf_adds(&people, ((const person *)lists[l]->items[i])->name);
		}
	sep = page_text(c, "common.leads.directorate_separator");
	for (size_t i = 0; i < it->directorates.len; i++) {
		const directorate *d = it->directorates.items[i];
		if (i)
			buf_adds(&dirs, sep);
		buf_adds(&dirs, d->code ? d->code : d->name);
	}
	const char *s = NULL;
	if (people.len && dirs.len)
		s = page_fmt(c, "common.leads.with_directorates", "people", buf_cstr(&people),
		             "directorates", buf_cstr(&dirs), (char *)NULL);
	else if (dirs.len)
		s = page_fmt(c, "common.leads.directorates_only", "directorates", buf_cstr(&dirs),
		             (char *)NULL);
	else if (people.len)
		s = arena_strndup(c->a, people.data, people.len);
	buf_free(&people);
	buf_free(&dirs);
	return s;
}

value *
page_deadline(const ctx *c, const item *it)
{
	const deadline_set *cur = item_current_deadline(it);
	if (!cur && !it->deadline_as_written)
		return value_null(c->a);
	value *v = value_map(c->a);
	if (cur) {
		value_set_str(c->a, v, "display", format_deadlines(c->a, c->fmt, cur));
		value_set_str(c->a, v, "iso", date_iso_text(c->a, cur->last_day));
	}
	value_set_str(c->a, v, "as_written", it->deadline_as_written);
	if (it->revisions.len) {
		value_set_str(c->a, v, "original", format_deadlines(c->a, c->fmt, &it->deadline));
		value *revs = value_list(c->a);
		for (size_t i = 0; i < it->revisions.len; i++) {
			const revision *r = it->revisions.items[i];
			value *rv = value_map(c->a);
			value_set_str(c->a, rv, "display",
			              format_deadlines(c->a, c->fmt, &r->deadline));
			value_set_str(c->a, rv, "reason", r->reason);
			if (r->report)
				value_set(c->a, rv, "report",
				          page_link(c, r->report->title, r->report->path));
			value_push(c->a, revs, rv);
		}
		value_set(c->a, v, "revisions", revs);
	}
	if (it->due == DUE_OVERDUE)
		value_set(c->a, v, "overdue",
		          page_tag(c, page_label(c, "due", due_state_id(DUE_OVERDUE)), "overdue"));
	return v;
}

/* ---- rows and tables ---- */

/* Sets each key of keys (NULL-terminated) that v lacks to null. Mustache looks a missing key
 * up in the enclosing contexts, so a row without its own confidence or note would show its
 * parent's: a row states, for every key it may have, that it has none. */
void
page_seal(const ctx *c, value *v, const char *const *keys)
{
	for (; *keys; keys++)
		if (!value_get(v, *keys))
			value_set(c->a, v, *keys, value_null(c->a));
}

/* What every item row may say (callers add other keys after page_row()). */
static const char *const row_keys[] = {"code",     "status",     "confidence", "overdue",
                                       "deadline", "actual",     "suppressed", "leads",
                                       "slipped",  "group_tags", "trend",      NULL};
/* What a statement row (a report's entry, a row of an item's history) may say. */
const char *const page_entry_keys[] = {
    "code",       "status",         "confidence", "overdue",       "deadline", "actual",
    "suppressed", "target",         "note",       "reason",        "earlier",  "figure_period",
    "leads",      "why_off_target", "actions",    "back_on_track", "slipped",  "entry_source_note",
    NULL};

void
page_item_names(const ctx *c, value *v, const item *it)
{
	value_set_str(c->a, v, "id", it->id);
	value_set_str(c->a, v, "code", it->code);
	value_set_str(c->a, v, "title", it->title);
	page_set_lang(c, v, "title_lang", it->title);
	value_set_str(c->a, v, "url", page_url(c, it->path));
	value_set_str(c->a, v, "kind", page_kind_label(c, it));
}

/* A row of an item table. */
value *
page_row(const ctx *c, const item *it)
{
	value *v = value_map(c->a);
	page_item_names(c, v, it);
	value_set_str(c->a, v, "plan", it->plan->title);
	value_set(c->a, v, "status", page_status_tag(c, it));
	if (it->current && it->current->confidence)
		value_set(
		    c->a, v, "confidence",
		    page_tag(c, page_label(c, "confidence", confidence_id(it->current->confidence)),
		             confidence_id(it->current->confidence)));
	if (it->due == DUE_OVERDUE)
		value_set(c->a, v, "overdue",
		          page_tag(c, page_label(c, "due", due_state_id(DUE_OVERDUE)), "overdue"));
	const deadline_set *d = item_current_deadline(it);
	if (d)
		value_set_str(c->a, v, "deadline", format_deadlines(c->a, c->fmt, d));
	else if (it->deadline_as_written)
		value_set_str(c->a, v, "deadline", it->deadline_as_written);
	value_set_bool(c->a, v, "slipped", it->revisions.len > 0);
	value_set_str(c->a, v, "leads", page_leads_text(c, it));
	value_set(c->a, v, "flags", page_flags(c, it));
	if (it->kind == ITEM_MEASURE && it->current && it->current->has_actual)
		value_set_str(c->a, v, "actual",
		              page_measure_value(c, it->measure, it->current->actual));
	if (it->kind == ITEM_MEASURE && it->current)
		value_set_str(c->a, v, "suppressed", it->current->suppressed);
	page_seal(c, v, row_keys);
	return v;
}

value *
page_rows(const ctx *c, const ptrvec *items)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < items->len; i++)
		value_push(c->a, v, page_row(c, items->items[i]));
	return v;
}

/* A statement's own values (status, confidence, figure, notes), never another report's. */
void
page_set_entry_values(const ctx *c, value *e, const item *it, const status_entry *s, int shift)
{
	value_set(c->a, e, "status", page_entry_tag(c, it, s));
	if (s->confidence)
		value_set(c->a, e, "confidence",
		          page_tag(c, page_label(c, "confidence", confidence_id(s->confidence)),
		                   confidence_id(s->confidence)));
	if (it->kind == ITEM_MEASURE) {
		if (s->has_actual)
			value_set_str(c->a, e, "actual",
			              page_measure_value(c, it->measure, s->actual));
		else if (s->actual_as_written)
			value_set_str(c->a, e, "actual", page_no_figure(c, s->actual_as_written));
		value_set_str(c->a, e, "suppressed", s->suppressed);
		if (s->has_target)
			value_set_str(c->a, e, "target",
			              page_measure_value(c, it->measure, s->target));
		value_set_str(c->a, e, "figure_period",
		              s->last_update ? format_period(c->a, c->fmt, s->figure_period)
		                             : NULL);
	}
	value_set_str(c->a, e, "note", page_html(c, s->note, shift));
	value_set_str(c->a, e, "reason", s->reason);
	value_set_str(c->a, e, "entry_source_note", s->source_note);
}

/* A key that is there and not null (rows set the keys they lack to null: see seal). */
bool
page_given(const value *v)
{
	return v && v->kind != VALUE_NULL;
}

/* A table for templates: null when there are no rows, so `{{#t}}<table>…{{/t}}` shows
 * nothing rather than an empty table. label names the first column. */
value *
page_table(const ctx *c, const char *label, value *list)
{
	if (!list->n)
		return value_null(c->a);
	value *v = value_map(c->a);
	value_set_str(c->a, v, "label", label);
	bool leads = false, deadlines = false;
	for (size_t i = 0; i < list->n; i++) {
		leads = leads || page_given(value_get(list->items[i], "leads"));
		deadlines = deadlines || page_given(value_get(list->items[i], "deadline"));
	}
	value_set_bool(c->a, v, "has_leads", leads);
	value_set_bool(c->a, v, "has_deadlines", deadlines);
	value_set(c->a, v, "rows", list);
	value_set_num(c->a, v, "count", (double)list->n);
	return v;
}

/* Items grouped by plan, for person, directorate, equality outcome and group pages. */
value *
page_by_plan(const ctx *c, const ptrvec *items)
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
		value_push(c->a, lists[p], page_row(c, it));
	}
	value *groups = value_list(c->a);
	for (size_t p = 0; p < nplans; p++) {
		const plan *pl = c->m->plans.items[p];
		value *list = lists[p];
		if (!list)
			continue;
		value *g = page_link(c, pl->title, pl->path);
		value_set(c->a, g, "items", page_table(c, page_text(c, "common.table.item"), list));
		value_push(c->a, groups, g);
	}
	return groups;
}

/* Links to group pages, as tags: {groups: [...]} for the group-tags partial, or null when
 * there are none (so a template shows nothing at all). */
value *
page_group_tags(const ctx *c, const ptrvec *characteristics)
{
	if (!characteristics->len)
		return value_null(c->a);
	value *v = value_list(c->a);
	for (size_t i = 0; i < characteristics->len; i++) {
		const characteristic *ch = characteristics->items[i];
		value_push(c->a, v, page_link(c, ch->name, ch->path));
	}
	value *t = value_map(c->a);
	value_set(c->a, t, "groups", v);
	return t;
}

/* ---- the status summary ---- */

void
page_count_item(status_counts *sc, const item *it)
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

void
page_count_tree(status_counts *sc, const item *it)
{
	page_count_item(sc, it);
	for (size_t i = 0; i < it->children.len; i++)
		page_count_tree(sc, it->children.items[i]);
	for (size_t i = 0; i < it->measures.len; i++)
		page_count_item(sc, it->measures.items[i]);
}

static void
push_unstated(const ctx *c, value *list, int not_rated, int unreported, const status_counts *sc)
{
	if (not_rated) {
		value *e = page_state_tag(c, "not_rated");
		value_set_num(c->a, e, "count", not_rated);
		value_push(c->a, list, e);
	}
	if (unreported) {
		value *e = page_state_tag(c, sc->snapshot     ? "not_in_report"
		                             : sc->no_reports ? "no_reports"
		                                              : "no_report");
		value_set_num(c->a, e, "count", unreported);
		value_push(c->a, list, e);
	}
}

value *
page_summary(const ctx *c, const status_counts *sc, const char *scope)
{
	value *v = value_map(c->a);
	value *actions = value_list(c->a), *measures = value_list(c->a);
	for (int k = 1; k < LIFECYCLE_COUNT; k++) {
		if (!sc->lifecycle[k])
			continue;
		value *e = page_tag(c, page_label(c, "lifecycle", lifecycle_id((lifecycle)k)),
		                    lifecycle_id((lifecycle)k));
		value_set_num(c->a, e, "count", sc->lifecycle[k]);
		value_push(c->a, actions, e);
	}
	/* no status last, split into "not rated" (mentioned) and "no report" (never mentioned) */
	push_unstated(c, actions, sc->not_rated_actions,
	              sc->lifecycle[LIFECYCLE_NONE] - sc->not_rated_actions, sc);
	for (int k = 1; k < RAG_COUNT; k++) {
		if (!sc->rag[k])
			continue;
		value *e = page_tag(c, page_label(c, "rag", rag_id((rag)k)), rag_id((rag)k));
		value_set_num(c->a, e, "count", sc->rag[k]);
		value_push(c->a, measures, e);
	}
	push_unstated(c, measures, sc->not_rated_measures,
	              sc->rag[RAG_NONE] - sc->not_rated_measures, sc);
	value_set(c->a, v, "actions",
	          page_table(c, page_text(c, "common.summary.actions"), actions));
	value_set(c->a, v, "measures",
	          page_table(c, page_text(c, "common.summary.measures"), measures));
	value_set_num(c->a, v, "action_total", sc->actions);
	value_set_num(c->a, v, "measure_total", sc->measures);
	value_set_num(c->a, v, "overdue", sc->overdue);
	value_set_bool(c->a, v, "any", sc->actions || sc->measures);
	value_set_str(c->a, v, "chart",
	              charts_status_summary(c->a, c->charts, scope, sc->lifecycle, sc->rag));
	return v;
}

/* ---- the "report a problem with this page" link ---- */

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
		              arena_printf(c->a, "%s#feedback", page_url(c, "accessibility/")));
	}
	return v;
}

/* ---- what every page has ---- */

/* page.languages: this page in every language of the site, for the layout's hreflang links
 * and its language switcher (shown only when page.multilingual). The links are relative, so
 * the site works from file://, and absolute in href where there is a base URL. */
static void
page_languages_value(const ctx *c, value *pg, const char *path)
{
	arena *a = c->a;
	const page_languages *l = c->languages;
	size_t n = l ? l->n : 1, current = l ? l->current : 0;
	/* the not-found page has no folder: it is 404.html at each tree's root */
	const char *rel = path ? arena_printf(a, "%sindex.html", path) : "404.html";
	value *list = value_list(a);
	const char *default_href = NULL;
	for (size_t k = 0; k < n; k++) {
		const char *tag = l ? l->tags[k] : strings_language(c->words);
		const char *folder = k ? arena_printf(a, "%s/", tag) : ""; /* tree k's */
		/* this tree's own page, or up to the site's root and down into tree k */
		const char *url = k == current ? arena_printf(a, "%s%s", c->root, rel)
		                               : arena_printf(a, "%s%s%s%s", c->root,
		                                              current ? "../" : "", folder, rel);
		if (!path) /* the not-found page is served at any address: from the host's root */
			url = arena_printf(a, "%s%s404.html", l && l->base_url ? l->base_url : "/",
			                   folder);
		value *v = value_map(a);
		value_set_str(a, v, "tag", tag);
		value_set_str(a, v, "name", l ? l->names[k] : page_text(c, "language.name"));
		value_set_str(a, v, "url", url);
		const char *href = l && l->base_url && path
		                       ? arena_printf(a, "%s%s%s", l->base_url, folder, path)
		                       : url;
		value_set_str(a, v, "href", href);
		value_set_bool(a, v, "current", k == current);
		value_push(a, list, v);
		if (!k)
			default_href = href;
	}
	value_set(a, pg, "languages", list);
	value_set_bool(a, pg, "multilingual", n > 1);
	value_set_str(a, pg, "default_language_href", default_href);
}

void
page_common(const ctx *c, value *data, const char *title, const char *path, const char *description)
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
	value_set_str(a, data, "home_url", page_url(c, ""));
	value *pg = value_map(a);
	value_set_str(a, pg, "title", title);
	page_set_lang(c, pg, "title_lang", title);
	value_set_str(a, pg, "description", description);
	if (c->base_url && path)
		value_set_str(a, pg, "canonical", paths_permanent(a, c->base_url, path));
	value_set(a, pg, "feedback", feedback_value(c, path));
	value_set_str(a, pg, "address", page_address(c, path)); /* for print: traceable paper */
	value_set(a, pg, "period", value_null(a)); /* set by pages that quote a report */
	page_languages_value(c, pg, path);
	value_set(a, data, "page", pg);
	value *nav = value_list(a);
	value_push(a, nav, page_link(c, page_text(c, "nav.plans"), ""));
	value_push(a, nav, page_link(c, page_text(c, "nav.equality"), "equality/"));
	value_push(a, nav, page_link(c, page_text(c, "nav.people"), "people/"));
	value_push(a, nav, page_link(c, page_text(c, "nav.search"), "search/"));
	value_push(a, nav, page_link(c, page_text(c, "nav.data"), "data/"));
	value_push(a, nav, page_link(c, page_text(c, "nav.about"), "about/"));
	value_set(a, data, "nav", nav);
}

value *
page_crumbs(const ctx *c, const char *title, const char *path)
{
	value *v = value_list(c->a);
	value_push(c->a, v, page_link(c, page_text(c, "nav.home"), ""));
	if (title)
		value_push(c->a, v, page_link(c, title, path));
	return v;
}

value *
page_crumbs_for_item(const ctx *c, const item *it)
{
	value *v = value_list(c->a);
	value_push(c->a, v, page_link(c, page_text(c, "nav.home"), ""));
	value_push(c->a, v, page_link(c, it->plan->title, it->plan->path));
	const item *chain[8];
	int n = 0;
	for (const item *p = it->parent; p && n < 8; p = p->parent)
		chain[n++] = p;
	while (n-- > 0) { /* each level by its number and its name */
		value *l = page_link(c, page_item_heading(c, chain[n]), chain[n]->path);
		value_set_str(c->a, l, "crumb_name", chain[n]->title);
		value_push(c->a, v, l);
	}
	return v;
}

/* The Atom feed beside a page (written only with a base URL: see exports.h). */
void
page_set_feed(const ctx *c, value *data, const char *path, const char *title)
{
	value *f = value_map(c->a);
	value_set_str(c->a, f, "url", paths_feed(c->a, c->root, path));
	value_set_str(c->a, f, "title", title);
	value_set(c->a, value_get(data, "page"), "feed", f);
}

/* ---- flags ---- */

value *
page_flag(const ctx *c, const flag *f)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "id", f->id);
	value_set_str(c->a, v, "label", f->label);
	value_set(c->a, v, "name", f->name ? value_string(c->a, f->name) : value_null(c->a));
	return v;
}

value *
page_flags(const ctx *c, const item *it)
{
	value *l = value_list(c->a);
	for (size_t i = 0; i < it->flags.len; i++)
		value_push(c->a, l, page_flag(c, it->flags.items[i]));
	return l;
}

/* ---- words ---- */

const char *
page_text(const ctx *c, const char *key)
{
	return strings_text(c->words, key);
}

const char *
page_fmt(const ctx *c, const char *key, ...)
{
	va_list ap;
	va_start(ap, key);
	const char *r = strings_vfmt(c->a, c->words, key, ap);
	va_end(ap);
	return r;
}

const char *
page_plural(const ctx *c, const char *key, double n, ...)
{
	va_list ap;
	va_start(ap, n);
	const char *r = strings_vplural(c->a, c->words, key, n, ap);
	va_end(ap);
	return r;
}

const char *
page_count_text(const ctx *c, const char *key, double n)
{
	return page_plural(c, key, n, "count", format_number(c->a, c->fmt, n), (char *)NULL);
}

const char *
page_escape(const ctx *c, const char *s)
{
	if (!s)
		return NULL;
	buf b = BUF_INIT;
	mustache_escape_html(&b, s, strlen(s));
	const char *r = arena_strdup(c->a, buf_cstr(&b));
	buf_free(&b);
	return r;
}

const char *
page_label(const ctx *c, const char *vocab, const char *id)
{
	return strings_label(c->words, vocab, id);
}
