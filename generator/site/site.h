/* site.h - the model rendered through the theme into a static site, written atomically. */
#ifndef PLANSITE_SITE_H
#define PLANSITE_SITE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"

typedef struct site_options {
	const char *theme_dir;   /* themes/default */
	const char *out_dir;     /* site */
	const char *base_url;    /* overrides site.yaml's base_url; may be NULL */
	const char *content_dir; /* protected from --out like the theme; may be NULL */
	bool wait;               /* wait for another build into the same parent folder */
	int threads;             /* 0: one per core */
	bool timings;            /* print where the time went */
} site_options;

typedef struct site_stats {
	size_t pages; /* HTML pages */
	size_t files; /* every file written */
	size_t bytes;
	size_t search_bytes; /* search/index.js */
	size_t feeds;        /* Atom feeds written (0 without a base URL) */
} site_stats;

/* Renders every page of m into a private new folder beside o->out_dir and swaps it into
 * place only if everything succeeded; on any error the previous site is untouched and the
 * new folder removed. Refuses an output that is, holds or lies inside the theme or
 * o->content_dir, and a second build into the same parent folder (util/outdir.h). Errors go
 * to d; file-system errors are diag_io_error (exit status 2). */
bool site_build(const model *m, const site_options *o, diag *d, site_stats *stats);

#endif
