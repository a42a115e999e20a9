/* browse.h - the search page's lists for readers without JavaScript: per plan, items from A
 * to Z by initial letter, by status and by type, cut into pages of a bounded length so no
 * page grows with the site. */
#ifndef PLANSITE_BROWSE_H
#define PLANSITE_BROWSE_H

#include "content/model.h"
#include "site/strings.h"

typedef enum { BROWSE_AZ, BROWSE_STATUS, BROWSE_KIND, BROWSE_AXIS_COUNT } browse_axis;

typedef struct browse_list browse_list;
struct browse_list {
	browse_axis axis;
	const plan *plan;
	const char *key;          /* "b", "0-9", "other"; "completed", "red"; "deliverable" */
	const item *const *items; /* this page's items */
	size_t n;
	size_t page, pages;             /* 1-based page number, and how many the list has */
	size_t total;                   /* items in the whole list */
	const char *path;               /* "search/browse/2019-22/a-z/b/", page 2 ".../b/2/" */
	const browse_list *first;       /* page 1 of this list */
	const browse_list *prev, *next; /* neighbouring pages of this list, or NULL */
};

/* A plan's browse page (search/browse/PLAN/): links to all its lists. */
typedef struct browse_plan {
	const plan *plan;
	const ptrvec *lists; /* every browse_list of the site (browse_collect) */
	const char *path;
} browse_plan;

/* Every browse page of m: for each plan, the A-Z lists, then status, then type, each list's
 * pages in order; at most per_page items a page. Everything in arena a. */
void browse_collect(arena *a, const model *m, size_t per_page, ptrvec *out);

/* The reader's name of list l, from the theme's words: "B", "0–9", "Other"; a status
 * ("Completed", "Measure: Red"); the plan's word for a type. In arena a when made. */
const char *browse_label(arena *a, strings *words, const browse_list *l);

/* The reader's word for a status list's key (a lifecycle or RAG id), as the status lists
 * and the search page's status filter name it. */
const char *browse_status_label(arena *a, strings *words, const char *id);

#endif
