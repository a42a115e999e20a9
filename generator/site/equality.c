/* equality.c - see equality.h. */
#include "site/equality.h"

#include <stdlib.h>

/* Plan order of the model (newest first), then the item's document order in its plan: 1.1,
 * 1.2, 1.4, 1.5, never the order in which equality outcomes happen to list their links. */
static int
compare_links(const void *x, const void *y)
{
	const group_link *a = x, *b = y;
	if (a->it->plan != b->it->plan)
		return a->it->plan->index < b->it->plan->index ? -1 : 1;
	return a->it->index < b->it->index ? -1 : a->it->index > b->it->index;
}

/* The index of it's link in g, adding the link when it is new. seen maps addresses to
 * indexes (not pointers: the array moves as it grows). */
static size_t
link_index(arena *a, arena *tmp, group_links *g, size_t *cap, map *seen, const item *it)
{
	size_t *at = map_get(seen, it->path);
	if (at)
		return *at;
	if (g->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		group_link *bigger = arena_alloc(a, ncap * sizeof *bigger);
		for (size_t i = 0; i < g->n; i++)
			bigger[i] = g->links[i];
		g->links = bigger;
		*cap = ncap;
	}
	g->links[g->n] = (group_link){it, false, NULL};
	at = arena_alloc(tmp, sizeof *at);
	*at = g->n++;
	map_put(seen, it->path, at);
	return *at;
}

group_links
equality_group_links(arena *a, const characteristic *ch, const plan *pl)
{
	group_links g = {0};
	size_t cap = 0;
	arena tmp;
	arena_init(&tmp);
	map seen;
	map_init(&seen, &tmp);
	for (size_t i = 0; i < ch->items.len; i++) {
		const item *it = ch->items.items[i];
		if (pl && it->plan != pl)
			continue;
		size_t k = link_index(a, &tmp, &g, &cap, &seen, it); /* may move g.links */
		g.links[k].direct = true;
	}
	for (size_t e = 0; e < ch->outcomes.len; e++) {
		const equality_outcome *eo = ch->outcomes.items[e];
		for (size_t j = 0; j < eo->links.len; j++) {
			const item *it = eo->links.items[j];
			if (pl && it->plan != pl)
				continue;
			size_t k = link_index(a, &tmp, &g, &cap, &seen, it); /* may move g.links */
			if (!g.links[k].via)
				g.links[k].via = eo;
		}
	}
	arena_free(&tmp);
	if (g.n > 1)
		qsort(g.links, g.n, sizeof *g.links, compare_links);
	return g;
}

/* An item with work or a measure in it: itself an activity, deliverable or measure, or an
 * outcome or priority with activities or measures under it (sources such as an equality
 * framework link equality outcomes to a whole strategic outcome, not to each action). */
static bool
has_work(const item *it)
{
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE || it->kind == ITEM_MEASURE)
		return true;
	if (it->measures.len)
		return true;
	for (size_t i = 0; i < it->children.len; i++)
		if (has_work(it->children.items[i]))
			return true;
	return false;
}

bool
equality_outcome_is_gap(const equality_outcome *eo)
{
	for (size_t i = 0; i < eo->links.len; i++)
		if (has_work(eo->links.items[i]))
			return false;
	return true;
}

void
equality_count_kinds(const group_links *g, size_t *commitments, size_t *measures)
{
	*commitments = *measures = 0;
	for (size_t i = 0; i < g->n; i++) {
		item_kind k = g->links[i].it->kind;
		*commitments += k == ITEM_ACTIVITY || k == ITEM_DELIVERABLE;
		*measures += k == ITEM_MEASURE;
	}
}
