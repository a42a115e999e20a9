/* site.h - the model rendered through the theme into a static site, written atomically. */
#ifndef PLANSITE_SITE_H
#define PLANSITE_SITE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"

typedef struct site_options {
	const char *theme_dir; /* themes/default */
	const char *out_dir;   /* site */
	const char *base_url;  /* overrides site.yaml's base_url; may be NULL */
	int threads;           /* 0: one per core */
	bool timings;          /* print where the time went */
} site_options;

typedef struct site_stats {
	size_t pages; /* HTML pages */
	size_t files; /* every file written */
	size_t bytes;
	size_t search_bytes;   /* search/: manifest, shards and fragments */
	double search_seconds; /* CPU time making and writing them (in the exports thread) */
	size_t feeds;          /* Atom feeds written (0 without a base URL) */
} site_stats;

/* Renders every page of m into a new folder beside o->out_dir and swaps it into place only
 * if everything succeeded; on any error the previous site is untouched. Errors go to d. */
bool site_build(const model *m, const site_options *o, diag *d, site_stats *stats);

#endif
