/* equality.h - what concerns one group (characteristic), across plans, for its page and the
 * equality page: the items it is linked to, by which route, and the gaps. Model facts only;
 * pages_equality.c turns them into template data. */
#ifndef PLANSITE_EQUALITY_H
#define PLANSITE_EQUALITY_H

#include "content/model.h"
#include "util/arena.h"

/* One item concerning a group, and how: named directly, through an equality outcome, or
 * both (via is the first such outcome, in content order). */
typedef struct group_link {
	const item *it;
	bool direct;
	const equality_outcome *via;
} group_link;

typedef struct group_links {
	group_link *links; /* by plan (newest first, as m->plans), then document order */
	size_t n;
} group_links;

/* Every item concerning ch in plan pl (every plan when pl is NULL). */
group_links equality_group_links(arena *a, const characteristic *ch, const plan *pl);

/* True when nothing linked to eo is or holds an activity, deliverable or measure (it is
 * linked to nothing, or only to outcomes without any): a promise with no work or measure
 * behind it. */
bool equality_outcome_is_gap(const equality_outcome *eo);

/* Counts activities and deliverables (commitments) and measures among links. */
void equality_count_kinds(const group_links *g, size_t *commitments, size_t *measures);

#endif
