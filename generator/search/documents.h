/* documents.h - what of the plan model is searchable, as search documents. */
#ifndef PLANSITE_SEARCH_DOCUMENTS_H
#define PLANSITE_SEARCH_DOCUMENTS_H

#include "content/model.h"
#include "search/search.h"

/* What results say in the theme's words, which the site stage knows and search does not: a
 * deadline as readers see it ("31 March 2018"), in arena a. */
typedef struct search_wording {
	const char *(*deadline)(void *ctx, arena *a, const deadline_set *set);
	void *ctx;
} search_wording;

/* Adds every plan item (the current plan's first, so they rank first on ties), equality
 * outcome, group, person and directorate of m to ix, in a fixed order, worded by w. False
 * only if the index refused a document. */
bool search_add_site(search_index *ix, const model *m, const search_wording *w);

#endif
