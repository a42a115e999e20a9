/* browse.c - the lists of browse.h. Sorting uses the search folding (generator/search/), so
 * "Ŵ" files under W as a search for "w" would find it. */
#include "site/browse.h"

#include <stdlib.h>
#include <string.h>

#include "search/search.h"
#include "site/format.h"
#include "site/paths.h"

typedef struct keyed {
	const char *key;     /* folded title */
	const char *initial; /* its A-Z list: "a".."z", "0-9", "other" */
	int rank;            /* of the list: 0-9 first, then a to z, then other */
	const item *it;
} keyed;

/* By list first: "% of pupils" files under P though "%" sorts before letters. */
static int
compare_keyed(const void *x, const void *y)
{
	const keyed *p = x, *q = y;
	if (p->rank != q->rank)
		return p->rank < q->rank ? -1 : 1;
	int r = strcmp(p->key, q->key);
	return r ? r : strcmp(p->it->path, q->it->path);
}

/* The A-Z key of a folded title: its first ASCII letter, "0-9", or "other". */
static const char *
initial(const char *folded)
{
	for (const char *s = folded; *s; s++) {
		if (*s >= 'a' && *s <= 'z') {
			static const char letters[] =
			    "a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0l\0m\0n\0o\0p\0q\0r\0s\0t"
			    "\0u\0v\0w\0x\0y\0z";
			return letters + 2 * (*s - 'a');
		}
		if (*s >= '0' && *s <= '9')
			return "0-9";
		if ((unsigned char)*s >= 0x80)
			return "other";
	}
	return "other";
}

static const char *
status_key(const item *it)
{
	if (it->kind == ITEM_MEASURE)
		return it->current && it->current->rag ? rag_id(it->current->rag) : "not-reported";
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE)
		return lifecycle_id(item_lifecycle(it));
	return NULL;
}

/* Adds the pages of one list (items already in order). */
static void
add_list(arena *a, ptrvec *out, browse_axis axis, const plan *pl, const char *key,
         const item **items, size_t n, size_t per_page)
{
	static const char *const axis_dirs[] = {"a-z", "status", "type"};
	if (!n)
		return;
	size_t pages = (n + per_page - 1) / per_page;
	browse_list *first = NULL, *prev = NULL;
	for (size_t p = 0; p < pages; p++) {
		browse_list *l = arena_alloc(a, sizeof *l);
		l->axis = axis;
		l->plan = pl;
		l->key = key;
		l->items = items + p * per_page;
		l->n = p + 1 < pages ? per_page : n - p * per_page;
		l->page = p + 1;
		l->pages = pages;
		l->total = n;
		l->path = paths_browse_list(a, pl, axis_dirs[axis], key, p + 1);
		l->first = first ? first : l;
		l->prev = prev;
		if (prev)
			prev->next = l;
		first = first ? first : l;
		prev = l;
		ptrvec_push(a, out, l);
	}
}

const char *
browse_status_label(arena *a, strings *words, const char *id)
{
	for (int r = 1; r < RAG_COUNT; r++)
		if (strcmp(rag_id((rag)r), id) == 0)
			return strings_fmt(a, words, "browse.measure_status", "rag",
			                   strings_label(words, "rag", id), (char *)NULL);
	return strings_label(words, "lifecycle", id);
}

const char *
browse_label(arena *a, strings *words, const browse_list *l)
{
	switch (l->axis) {
	case BROWSE_AZ:
		if (strcmp(l->key, "0-9") == 0)
			return strings_text(words, "browse.az_digits");
		if (strcmp(l->key, "other") == 0)
			return strings_text(words, "browse.az_other");
		return arena_printf(a, "%c", l->key[0] - 'a' + 'A');
	case BROWSE_STATUS:
		return browse_status_label(a, words, l->key);
	default: {
		/* the plan's own word for the type, as its level labels */
		int kind = 0;
		while (kind + 1 < ITEM_KIND_COUNT && strcmp(item_kind_id((item_kind)kind), l->key))
			kind++;
		return format_kind_label(words, l->plan, (item_kind)kind);
	}
	}
}

void
browse_collect(arena *a, const model *m, size_t per_page, ptrvec *out)
{
	if (!per_page)
		per_page = 1;
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		size_t n = pl->items.len;
		keyed *all = arena_alloc(a, (n + 1) * sizeof *all);
		for (size_t i = 0; i < n; i++) {
			const item *it = pl->items.items[i];
			const char *k = search_fold(a, it->title ? it->title : "");
			const char *ini = initial(k ? k : "");
			int rank = strcmp(ini, "0-9") == 0     ? 0
			           : strcmp(ini, "other") == 0 ? 27
			                                       : 1 + ini[0] - 'a';
			all[i] = (keyed){k ? k : "", ini, rank, it};
		}
		qsort(all, n, sizeof *all, compare_keyed);
		const item **sorted = arena_alloc(a, (n + 1) * sizeof *sorted);
		for (size_t i = 0; i < n; i++)
			sorted[i] = all[i].it;
		/* A to Z: runs of the same initial in the sorted list */
		for (size_t i = 0; i < n;) {
			const char *key = all[i].initial;
			size_t j = i;
			while (j < n && all[j].rank == all[i].rank)
				j++;
			add_list(a, out, BROWSE_AZ, pl, key, sorted + i, j - i, per_page);
			i = j;
		}
		/* By status, in the order of the search page's filter; then by type. Both in A-Z
		 * order within. */
		const char *statuses[LIFECYCLE_COUNT + RAG_COUNT];
		size_t ns = 0;
		for (int l = 1; l <= LIFECYCLE_COUNT; l++)
			statuses[ns++] = lifecycle_id((lifecycle)(l % LIFECYCLE_COUNT));
		for (int r = 1; r < RAG_COUNT; r++)
			statuses[ns++] = rag_id((rag)r);
		for (size_t s = 0; s < ns; s++) {
			const item **sel = arena_alloc(a, (n + 1) * sizeof *sel);
			size_t k = 0;
			for (size_t i = 0; i < n; i++) {
				const char *st = status_key(sorted[i]);
				if (st && strcmp(st, statuses[s]) == 0)
					sel[k++] = sorted[i];
			}
			add_list(a, out, BROWSE_STATUS, pl, statuses[s], sel, k, per_page);
		}
		for (int kind = 0; kind < ITEM_KIND_COUNT; kind++) {
			const item **sel = arena_alloc(a, (n + 1) * sizeof *sel);
			size_t k = 0;
			for (size_t i = 0; i < n; i++)
				if ((int)sorted[i]->kind == kind)
					sel[k++] = sorted[i];
			add_list(a, out, BROWSE_KIND, pl, item_kind_id((item_kind)kind), sel, k,
			         per_page);
		}
	}
}
