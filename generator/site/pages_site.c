/* pages_site.c - the pages about the site rather than one plan: about, the accessibility
 * statement, the glossary, not found, the redirects from old addresses, search and the
 * browse lists, and the open data page. */

#include <string.h>

#include "util/buf.h"
#include "site/exports.h"
#include "site/pages_internal.h"
#include "site/paths.h"

static value *
simple_page(const ctx *c, const char *title, const char *path, const char *body_markdown)
{
	value *d = value_map(c->a);
	page_common(c, d, title, path, NULL);
	value_set(c->a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	value_set_str(c->a, d, "body", page_html(c, body_markdown, 1));
	return d;
}

value *
pages_about(const ctx *c)
{
	return simple_page(c, page_text(c, "site_pages.about"), "about/", c->m->site.about);
}

value *
pages_not_found(const ctx *c)
{
	/* Served at any address, so its links must not be relative to where it sits. */
	ctx abs = *c;
	abs.root = c->base_url ? c->base_url : "/";
	if (!c->base_url && c->languages && c->languages->current) /* its tree's root */
		abs.root = arena_printf(c->a, "/%s/", c->languages->tags[c->languages->current]);
	return simple_page(&abs, page_text(c, "site_pages.not_found"), NULL, NULL);
}

/* The old address of a renamed item: a page that sends the reader on to the new one. */
value *
pages_redirect(const ctx *c, const page *p)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, page_text(c, "site_pages.moved"), p->path, NULL);
	value_set_str(a, d, "target", page_url(c, p->target));
	if (c->base_url)
		value_set_str(a, value_get(d, "page"), "canonical",
		              paths_permanent(a, c->base_url, p->target));
	return d;
}

/* The glossary: the theme writes the terms; the model gives the directorates and their
 * codes, and the plans' own words for each level of their hierarchy. */
value *
pages_glossary(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, NULL, "glossary/", NULL);
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	value *dirs = value_list(a);
	for (size_t i = 0; i < c->m->directorates.len; i++) {
		const directorate *dr = c->m->directorates.items[i];
		value *l = page_link(c, dr->name, dr->path);
		value_set_str(a, l, "code", dr->code);
		value_set_bool(a, l, "code_only", !dr->name_given);
		value_push(a, dirs, l);
	}
	value_set(a, d, "directorates", dirs);
	value *plans = value_list(a);
	for (size_t i = 0; i < c->m->plans.len; i++) {
		const plan *pl = c->m->plans.items[i];
		value *pv = page_link(c, pl->title, pl->path);
		value *labels = value_list(a);
		for (int k = 0; k < ITEM_KIND_COUNT; k++) {
			value *lv = value_map(a);
			value_set_bool(a, lv, item_kind_id((item_kind)k),
			               true); /* the theme names it */
			value_set_str(a, lv, "word", format_kind_label(c->words, pl, (item_kind)k));
			value_push(a, labels, lv);
		}
		value_set(a, pv, "labels", labels);
		if (labels->n)
			value_push(a, plans, pv);
	}
	value_set(a, d, "plans", plans);
	value_set_bool(a, d, "any_plan_words", plans->n > 0);
	value *flags = value_list(a);
	for (size_t i = 0; i < c->m->site.flags.len; i++) {
		const flag *f = c->m->site.flags.items[i];
		value *fv = page_flag(c, f);
		value_set(a, fv, "description",
		          f->description ? value_string(a, page_html(c, f->description, 2))
		                         : value_null(a));
		value_push(a, flags, fv);
	}
	value_set(a, d, "flags", flags);
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
		value_set_str(c->a, e, "fix_by", format_date(c->a, c->fmt, b->fix_by));
		value_push(c->a, list, e);
	}
	if (!list->n)
		return NULL;
	value *v = value_map(c->a);
	value_set(c->a, v, "items", list);
	return v;
}

value *
pages_accessibility(const ctx *c)
{
	arena *a = c->a;
	const accessibility_info *acc = &c->m->site.accessibility;
	value *d = simple_page(c, page_text(c, "site_pages.accessibility"), "accessibility/", NULL);
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
	value_set_str(a, v, "prepared", format_date(a, c->fmt, acc->prepared));
	value_set_str(a, v, "reviewed", format_date(a, c->fmt, acc->reviewed));
	value_set_str(a, v, "tested", format_date(a, c->fmt, acc->tested));
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
	const char *council = page_escape(c, c->m->site.council ? c->m->site.council : "");
	value_set_str(a, v, "council_not_assessed",
	              page_fmt(c, "page.accessibility.council_not_assessed", "council", council,
	                       (char *)NULL));
	value_set_str(
	    a, v, "council_no_contact",
	    page_fmt(c, "page.accessibility.council_no_contact", "council", council, (char *)NULL));
	value_set_str(
	    a, v, "council_committed",
	    page_fmt(c, "page.accessibility.council_committed", "council", council, (char *)NULL));
	value_set(a, d, "statement", v);
	return d;
}

/* ---- search and browse ---- */

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
		value *lv = page_link(c, browse_label(a, c->words, l), l->path);
		value_set_num(a, lv, "count", (double)l->total);
		value_push(a, value_get(pv, axis_keys[l->axis]), lv);
	}
	return pv;
}

value *
pages_search(const ctx *c, const ptrvec *lists)
{
	arena *a = c->a;
	const model *m = c->m;
	value *d = value_map(a);
	page_common(c, d, page_text(c, "site_pages.search.title"), "search/",
	            page_text(c, "site_pages.search.description"));
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
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
	static const char *const kinds[] = {"priority",    "outcome", "activity",
	                                    "deliverable", "measure", "equality-outcome",
	                                    "group",       "person",  "directorate"};
	value *kl = value_list(a);
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		value *kv = value_map(a);
		value_set_str(a, kv, "id", kinds[i]);
		value_set_str(a, kv, "title", page_label(c, "site_pages.search.kinds", kinds[i]));
		value_push(a, kl, kv);
	}
	value_set(a, d, "kinds", kl);
	value *sl = value_list(a);
	for (int l = 1; l <= LIFECYCLE_COUNT; l++) {
		lifecycle k = (lifecycle)(l % LIFECYCLE_COUNT);
		value *sv = value_map(a);
		value_set_str(a, sv, "id", lifecycle_id(k));
		value_set_str(a, sv, "title", browse_status_label(a, c->words, lifecycle_id(k)));
		value_push(a, sl, sv);
	}
	for (int r = 1; r < RAG_COUNT; r++) {
		value *sv = value_map(a);
		value_set_str(a, sv, "id", rag_id((rag)r));
		value_set_str(a, sv, "title", browse_status_label(a, c->words, rag_id((rag)r)));
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
		              dr->code ? page_fmt(c, "site_pages.search.directorate_with_code",
		                                  "name", dr->name, "code", dr->code, (char *)NULL)
		                       : dr->name);
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
		value *pv = page_link(c, pl->title, paths_browse_plan(a, pl));
		value_set_num(a, pv, "count", (double)pl->items.len);
		value_set_str(a, pv, "count_text",
		              page_count_text(c, "page.search.plan_count", (double)pl->items.len));
		value_push(a, browse, pv);
	}
	if (browse->n) { /* a section over a map renders once: only when there are others */
		value *others = value_map(a);
		value_set(a, others, "plans", browse);
		value_set(a, d, "other_plans", others);
	}
	value_set_num(a, d, "count", (double)n);
	value_set_str(a, d, "intro", page_count_text(c, "page.search.intro", (double)n));
	return d;
}

/* A plan's browse page: its A-Z, status and type lists. */
value *
pages_browse_plan(const ctx *c, const browse_plan *bp)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, page_fmt(c, "browse.plan_title", "plan", bp->plan->title, (char *)NULL),
	            bp->path, NULL);
	value *bc = page_crumbs(c, page_text(c, "site_pages.search.title"), "search/");
	value_set(a, d, "breadcrumbs", bc);
	value_set(a, d, "lists", plan_lists(c, bp->lists, bp->plan, 2));
	value_set_num(a, d, "count", (double)bp->plan->items.len);
	value_set_str(a, d, "plan_url", page_url(c, bp->plan->path));
	double n = (double)bp->plan->items.len;
	value_set_str(a, d, "intro",
	              page_plural(c, "page.browse_plan.intro", n, "count",
	                          format_number(a, c->fmt, n), "plan_url",
	                          page_escape(c, page_url(c, bp->plan->path)), "plan",
	                          page_escape(c, bp->plan->title), (char *)NULL));
	value_set_str(a, d, "search_url", page_url(c, "search/"));
	return d;
}

/* One page of a browse list: its items with type, status and deadline, the other pages of
 * the list, and (A to Z) the other letters of the plan. */
value *
pages_browse(const ctx *c, const browse_list *l)
{
	arena *a = c->a;
	value *d = value_map(a);
	static const char *const axis_keys[] = {"browse.axis.az", "browse.axis.status",
	                                        "browse.axis.type"};
	const char *axis = page_text(c, axis_keys[l->axis]);
	const char *label = browse_label(a, c->words, l);
	const char *title =
	    l->pages > 1 ? page_fmt(c, "browse.list_title_paged", "axis", axis, "label", label,
	                            "plan", l->plan->title, "page", arena_printf(a, "%zu", l->page),
	                            "pages", arena_printf(a, "%zu", l->pages), (char *)NULL)
	                 : page_fmt(c, "browse.list_title", "axis", axis, "label", label, "plan",
	                            l->plan->title, (char *)NULL);
	page_common(c, d, title, l->path, NULL);
	value *bc = page_crumbs(c, page_text(c, "site_pages.search.title"), "search/");
	value_push(a, bc,
	           page_link(c,
	                     page_fmt(c, "browse.plan_title", "plan", l->plan->title, (char *)NULL),
	                     paths_browse_plan(a, l->plan)));
	value_set(a, d, "breadcrumbs", bc);
	value_set_str(a, d, "axis", axis);
	value_set_str(a, d, "label", label);
	value_set_str(a, d, "plan", l->plan->title);
	value_set_str(a, d, "search_url", page_url(c, "search/"));
	value_set_num(a, d, "total", (double)l->total);
	value_set_str(a, d, "total_text",
	              page_count_text(c, "page.browse.total", (double)l->total));
	if (l->pages > 1) {
		value *pager = value_map(a);
		value_set_num(a, pager, "page", (double)l->page);
		value_set_num(a, pager, "pages", (double)l->pages);
		if (l->prev)
			value_set_str(a, pager, "prev", page_url(c, l->prev->path));
		if (l->next)
			value_set_str(a, pager, "next", page_url(c, l->next->path));
		value_set(a, d, "pager", pager);
	}
	value *items = value_list(a);
	for (size_t i = 0; i < l->n; i++) {
		const item *it = l->items[i];
		value *v = page_link(c, it->title, it->path);
		page_set_lang(c, v, "title_lang", it->title);
		value_set_str(a, v, "kind", page_item_heading(c, it));
		if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE ||
		    it->kind == ITEM_MEASURE)
			value_set(a, v, "status", page_status_tag(c, it));
		const deadline_set *dl = item_current_deadline(it);
		if (dl)
			value_set_str(a, v, "deadline", format_deadlines(a, c->fmt, dl));
		value_push(a, items, v);
	}
	value_set(a, d, "items", items);
	return d;
}

/* ---- the open data page ---- */

static const char *
file_size(const ctx *c, size_t bytes)
{
	if (bytes < 1000)
		return page_plural(c, "site_pages.data.bytes", (double)bytes, (char *)NULL);
	if (bytes < 1000000)
		return page_fmt(c, "site_pages.data.kilobytes", "size",
		                arena_printf(c->a, "%.1f", (double)bytes / 1e3), (char *)NULL);
	return page_fmt(c, "site_pages.data.megabytes", "size",
	                arena_printf(c->a, "%.1f", (double)bytes / 1e6), (char *)NULL);
}

value *
pages_open_data(const ctx *c, const export_list *files)
{
	arena *a = c->a;
	const model *m = c->m;
	value *d = value_map(a);
	page_common(c, d, page_text(c, "site_pages.data.title"), "data/",
	            page_text(c, "site_pages.data.description"));
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	value_set_str(a, value_get(d, "page"), "jsonld", jsonld_graph(c, true));
	value *site_files = value_list(a), *groups = value_list(a);
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		value *g = page_link(c, pl->title, pl->path);
		value_set_str(a, g, "as_of", format_date(c->a, c->fmt, pl->as_of));
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
		/* the page is in data/; the files are the root tree's */
		value_set_str(a, fv, "url",
		              c->languages && c->languages->current
		                  ? arena_printf(a, "%s%s", page_site_root(c), f->path)
		                  : f->path + strlen("data/"));
		value_set_str(a, fv, "size", file_size(c, f->len));
		const char *dot = strrchr(f->path, '.');
		value_set_str(a, fv, "format",
		              page_label(c, "site_pages.data.formats",
		                         dot && strcmp(dot, ".csv") == 0 ? "csv" : "json"));
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
	/* the loader fills in the default licence and its address (content/load.c) */
	value_set_str(a, d, "licence", m->site.licence);
	value_set_str(a, d, "licence_url", m->site.licence_url);
	value_set_bool(a, d, "feeds", c->base_url != NULL);
	value_set_str(a, d, "search_url", page_url(c, "search/"));
	return d;
}
