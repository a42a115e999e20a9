/* template_data.c - the key paths of every kind of page's data: each page's data is built
 * and walked into one tree of paths per kind (the union over its pages), then printed. See
 * template_data.h. */
#include "site/template_data.h"

#include <string.h>

#include "site/exports.h"
#include "site/site.h"
#include "util/arena.h"

/* One key path: the kinds of value seen there, and the paths below it in the order they
 * first appeared (a list's items are the child named "[]"). */
typedef struct key_node {
	const char *name;
	unsigned kinds; /* bit (1 << value_kind) for each kind seen */
	ptrvec kids;
} key_node;

bool
template_data_kind(const char *name, page_kind *out)
{
	for (int k = 0; k < PAGE_KIND_COUNT; k++)
		if (strcmp(pages_kind_name((page_kind)k), name) == 0) {
			*out = (page_kind)k;
			return true;
		}
	return false;
}

static key_node *
node_child(arena *a, key_node *n, const char *name)
{
	for (size_t i = 0; i < n->kids.len; i++) {
		key_node *k = n->kids.items[i];
		if (strcmp(k->name, name) == 0)
			return k;
	}
	key_node *k = arena_alloc(a, sizeof *k);
	memset(k, 0, sizeof *k);
	k->name = arena_strdup(a, name); /* the page's data is freed before the tree */
	ptrvec_push(a, &n->kids, k);
	return k;
}

static bool
node_has_items(const key_node *n)
{
	for (size_t i = 0; i < n->kids.len; i++)
		if (strcmp(((const key_node *)n->kids.items[i])->name, "[]") == 0)
			return true;
	return false;
}

/* Adds v's paths below n. `t` at the top is the strings file, documented there: noted,
 * not walked. */
static void
node_note(arena *a, key_node *n, const value *v, bool top)
{
	n->kinds |= 1u << v->kind;
	if (v->kind == VALUE_MAP) {
		for (size_t i = 0; i < v->n; i++) {
			key_node *k = node_child(a, n, v->keys[i]->str);
			if (top && strcmp(v->keys[i]->str, "t") == 0)
				k->kinds |= 1u << v->items[i]->kind;
			else
				node_note(a, k, v->items[i], false);
		}
	} else if (v->kind == VALUE_LIST) {
		key_node *items = v->n ? node_child(a, n, "[]") : NULL;
		for (size_t i = 0; i < v->n; i++)
			node_note(a, items, v->items[i], false);
	}
}

/* "text or null": the kinds in bits, in a fixed order. */
static const char *
kinds_text(arena *a, unsigned bits)
{
	static const struct {
		value_kind kind;
		const char *name;
	} names[] = {{VALUE_STRING, "text"}, {VALUE_NUMBER, "number"}, {VALUE_BOOL, "boolean"},
	             {VALUE_LIST, "list"},   {VALUE_MAP, "map"},       {VALUE_NULL, "null"}};
	const char *s = "";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (bits & (1u << names[i].kind))
			s = arena_printf(a, "%s%s%s", s, *s ? " or " : "", names[i].name);
	return s;
}

typedef struct row {
	const char *path, *kinds;
} row;

static void
row_add(arena *a, ptrvec *rows, const char *path, const char *kinds)
{
	row *r = arena_alloc(a, sizeof *r);
	*r = (row){path, kinds};
	ptrvec_push(a, rows, r);
}

/* The rows of n's children, depth first. A list's items are the row `path[]` (their kinds);
 * the list itself has a row `path` only for the other kinds the key held on other pages,
 * and `path[]  list` when it was always empty. */
static void
node_rows(arena *a, const key_node *n, const char *prefix, ptrvec *rows)
{
	const unsigned list = 1u << VALUE_LIST;
	for (size_t i = 0; i < n->kids.len; i++) {
		const key_node *k = n->kids.items[i];
		const char *path;
		if (strcmp(k->name, "[]") == 0) {
			path = arena_printf(a, "%s[]", prefix);
			row_add(a, rows, path, kinds_text(a, k->kinds));
		} else {
			path = *prefix ? arena_printf(a, "%s.%s", prefix, k->name) : k->name;
			if (k->kinds & ~list)
				row_add(a, rows, path, kinds_text(a, k->kinds & ~list));
			if ((k->kinds & list) && !node_has_items(k))
				row_add(a, rows, arena_printf(a, "%s[]", path), "list");
		}
		node_rows(a, k, path, rows);
	}
}

void
template_data_describe(const model *m, const page_theme *th, const page_kind *only, buf *out)
{
	arena a, scratch;
	arena_init(&a);
	arena_init(&scratch);
	/* With a base URL, as pages with absolute addresses (canonical links, feeds) get. */
	const char *base =
	    m->site.base_url && *m->site.base_url ? m->site.base_url : "https://example.org/";
	const char *base_url = base[strlen(base) - 1] == '/' ? base : arena_printf(&a, "%s/", base);
	page_list pages = {0};
	pages_collect(&a, m, &pages);
	/* The data page lists the data files with their sizes, as a build passes them. */
	export_list measured = {.sizes_only = true}, listed = {0};
	exports_data_files(&a, m, base_url, th, &measured, &listed);
	for (size_t i = 0; i < pages.n; i++)
		if (pages.pages[i].kind == PAGE_DATA)
			pages.pages[i].subject = &listed;
	key_node roots[PAGE_KIND_COUNT];
	size_t count[PAGE_KIND_COUNT] = {0};
	memset(roots, 0, sizeof roots);
	for (size_t i = 0; i < pages.n; i++) {
		const page *p = &pages.pages[i];
		if (only && p->kind != *only)
			continue;
		/* live_reload is a text only while serving: a stand-in shows its key */
		value *data =
		    site_page_data(&scratch, m, p, base_url, th, "__plansite/live-reload.js");
		node_note(&a, &roots[p->kind], data, true);
		count[p->kind]++;
		arena_reset(&scratch); /* one page's data at a time: the search page is large */
	}
	bool first = true;
	for (int k = 0; k < PAGE_KIND_COUNT; k++) {
		if (only && (page_kind)k != *only)
			continue;
		buf_printf(out, "%s%s\n", first ? "" : "\n", pages_kind_name((page_kind)k));
		first = false;
		if (!count[k]) {
			buf_adds(out, "  (no pages of this kind in the content)\n");
			continue;
		}
		ptrvec rows = {0};
		node_rows(&a, &roots[k], "", &rows);
		size_t width = 0;
		for (size_t i = 0; i < rows.len; i++) {
			size_t len = strlen(((row *)rows.items[i])->path);
			width = len > width ? len : width;
		}
		for (size_t i = 0; i < rows.len; i++) {
			const row *r = rows.items[i];
			buf_printf(out, "  %-*s  %s\n", (int)width, r->path, r->kinds);
		}
	}
	arena_free(&scratch);
	arena_free(&a);
}
