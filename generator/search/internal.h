/* internal.h - the index builder's state, shared by index.c (collecting) and write.c
 * (writing shards). Not for use outside generator/search/. */
#ifndef PLANSITE_SEARCH_INTERNAL_H
#define PLANSITE_SEARCH_INTERNAL_H

#include <stdint.h>

#include "search/search.h"
#include "util/map.h"

/* Document numbers in increasing order (heap memory). */
typedef struct docs {
	uint32_t *ids;
	size_t n, cap;
} docs;

typedef struct stem_entry {
	const char *stem;
	docs all;   /* documents with a form of this stem anywhere */
	docs title; /* ... in the title or code */
} stem_entry;

typedef struct form_entry {
	const char *form;
	stem_entry *stem;
	uint32_t df;       /* documents containing this exact form */
	uint32_t last_doc; /* 1 + the last document counted in df; 0 for none */
} form_entry;

typedef struct facet_entry {
	const char *name; /* "plan:2019-22" */
	docs docs;
} facet_entry;

struct search_index {
	arena a;                 /* forms, stems, fragments: everything kept until written */
	arena scratch;           /* one document's folded text and stems */
	search_stemmer *stemmer; /* NULL: the language has none, keys are folded words */
	search_limits lim;
	map forms, stems, facets;
	ptrvec form_list, stem_list, facet_list; /* in order of first use; sorted on writing */
	ptrvec fragments;                        /* const char *: one JSON array per document */
	uint32_t ndocs, ncurrent;
};

#endif
