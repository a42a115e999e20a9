/* attention.h - what needs attention in a plan, as its reports state it: measures rated red
 * or amber, activities and deliverables overdue, and unfinished ones whose deadline moved.
 * Nothing is inferred: an item is listed only for what its latest statement says. */
#ifndef PLANSITE_ATTENTION_H
#define PLANSITE_ATTENTION_H

#include "content/model.h"
#include "util/arena.h"

typedef struct attention {
	ptrvec red;     /* item*: measures whose latest rating is red, in plan order */
	ptrvec amber;   /* item*: measures whose latest rating is amber */
	ptrvec overdue; /* item*: activities and deliverables past their deadline, not done */
	ptrvec slipped; /* item*: not done, not overdue, and the deadline moved */
} attention;

/* Fills out (zeroed by the caller) from pl's items; everything in arena a. */
void attention_collect(arena *a, const plan *pl, attention *out);

/* How many items out lists in all. */
size_t attention_total(const attention *at);

/* The one-line reason for an item to need attention, as plain text of at most max bytes:
 * a measure's "why off target" (else its note), an action's note, else the reason its
 * deadline moved. NULL when the source gives none. */
const char *attention_reason(arena *a, const item *it, size_t max);

#endif
