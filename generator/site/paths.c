/* paths.c - where everything lives: the site's page list (pages_collect, with the redirects
 * from the old addresses of renamed items), and every address the pages, exports and feeds
 * link to, derived from the model's own paths. Links are always relative
 * ("../../people/andy-scott/index.html"), so the site works from any sub-path and from the
 * file system; only permanent addresses use the base URL. See paths.h. */

#include <string.h>

#include "site/paths.h"
#include "site/pages_internal.h"

/* ---- the page list (pages.h) ---- */

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
		add_page(a, out, PAGE_DEADLINES, paths_deadlines(a, pl), pl);
		add_page(a, out, PAGE_ATTENTION, paths_attention(a, pl), pl);
		for (size_t j = 0; j < pl->items.len; j++) {
			const item *it = pl->items.items[j];
			add_page(a, out, it->kind == ITEM_MEASURE ? PAGE_MEASURE : PAGE_ITEM,
			         it->path, it);
			add_redirects(a, out, &it->alias_paths, it->path);
		}
		for (size_t j = 0; j < pl->reports.len; j++) {
			const report *r = pl->reports.items[j];
			add_page(a, out, PAGE_REPORT, r->path, r);
			add_page(a, out, PAGE_CHANGES, paths_changes(a, r), r);
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
		bp->path = paths_browse_plan(a, bp->plan);
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

/* ---- addresses (paths.h) ---- */

const char *
paths_url(arena *a, const char *root, const char *path)
{
	return arena_printf(a, "%s%sindex.html", root, path);
}

const char *
paths_permanent(arena *a, const char *base, const char *path)
{
	return base ? arena_printf(a, "%s%s", base, path) : path;
}

const char *
paths_address(arena *a, const char *base, const char *path)
{
	if (!path)
		return NULL;
	return base ? arena_printf(a, "%s%s", base, path) : arena_printf(a, "/%s", path);
}

const char *
paths_root(arena *a, const char *path)
{
	size_t depth = 0;
	for (const char *s = path; *s; s++)
		depth += *s == '/';
	char *root = arena_alloc(a, depth * 3 + 1); /* zeroed: the terminator is there */
	for (size_t i = 0; i < depth; i++)
		memcpy(root + i * 3, "../", 3);
	return root;
}

const char *
paths_feed(arena *a, const char *prefix, const char *path)
{
	return arena_printf(a, "%s%sfeed.xml", prefix, path);
}

const char *
paths_deadlines(arena *a, const plan *pl)
{
	return arena_printf(a, "%sdeadlines/", pl->path);
}

const char *
paths_attention(arena *a, const plan *pl)
{
	return arena_printf(a, "%sattention/", pl->path);
}

const char *
paths_changes(arena *a, const report *r)
{
	return arena_printf(a, "%schanges/", r->path);
}

const char *
paths_browse_plan(arena *a, const plan *pl)
{
	return arena_printf(a, "search/browse/%s/", pl->id);
}

const char *
paths_browse_list(arena *a, const plan *pl, const char *axis, const char *key, size_t n)
{
	return n > 1 ? arena_printf(a, "search/browse/%s/%s/%s/%zu/", pl->id, axis, key, n)
	             : arena_printf(a, "search/browse/%s/%s/%s/", pl->id, axis, key);
}

const char *
paths_data_file(arena *a, const plan *pl, const char *name)
{
	return pl ? arena_printf(a, "data/%s/%s", pl->id, name) : arena_printf(a, "data/%s", name);
}

const char *
paths_item_json(arena *a, const item *it)
{
	return arena_printf(a, "%sindex.json", it->path);
}

const char *
paths_report_anchor(arena *a, const item *it)
{
	if (it->kind == ITEM_DELIVERABLE && it->parent && it->parent->parent)
		return arena_printf(a, "deliverable-%s-%s-%s", it->parent->parent->id,
		                    it->parent->id, it->id);
	if (it->kind == ITEM_ACTIVITY && it->parent)
		return arena_printf(a, "activity-%s-%s", it->parent->id, it->id);
	return arena_printf(a, "%s-%s", item_kind_id(it->kind), it->id);
}

/* ---- links from one page (pages_internal.h) ---- */

const char *
page_site_root(const ctx *c)
{
	if (!c->languages || !c->languages->current)
		return c->root;
	return arena_printf(c->a, "%s../", c->root);
}

const char *
page_url(const ctx *c, const char *path)
{
	return paths_url(c->a, c->root, path);
}

value *
page_link(const ctx *c, const char *title, const char *path)
{
	value *v = value_map(c->a);
	value_set_str(c->a, v, "title", title);
	value_set_str(c->a, v, "url", page_url(c, path));
	return v;
}

const char *
page_address(const ctx *c, const char *path)
{
	return paths_address(c->a, c->base_url, path);
}

const char *
page_report_anchor(const ctx *c, const item *it)
{
	return paths_report_anchor(c->a, it);
}

value *
page_entry_link(const ctx *c, const report *r, const item *it)
{
	value *l = value_map(c->a);
	value_set_str(c->a, l, "title", r->title);
	value_set_str(c->a, l, "url",
	              arena_printf(c->a, "%s#%s", page_url(c, r->path), page_report_anchor(c, it)));
	return l;
}
