/* documents.h - what of the plan model is searchable, as search documents. */
#ifndef PLANSITE_SEARCH_DOCUMENTS_H
#define PLANSITE_SEARCH_DOCUMENTS_H

#include "content/model.h"
#include "search/search.h"

/* Adds every plan item (the current plan's first, so they rank first on ties), equality
 * outcome, group, person and directorate of m to ix, in a fixed order; results word deadlines with
 * w (the theme's words, which the site stage knows and search does not). False only if the index
 * refused a document. */
bool search_add_site(search_index *ix, const model *m, const text_wording *w);

#endif
