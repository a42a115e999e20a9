/* site.h - the model rendered through the theme into a static site, written atomically. */
#ifndef PLANSITE_SITE_H
#define PLANSITE_SITE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"
#include "content/translate.h"
#include "site/pages.h"
#include "site/strings.h"
#include "util/buf.h"
#include "value.h"

typedef struct site_options {
	const char *theme_dir;   /* themes/default */
	const char *out_dir;     /* site */
	const char *base_url;    /* overrides site.yaml's base_url; may be NULL */
	const char *content_dir; /* protected from --out like the theme; may be NULL */
	bool wait;               /* wait for another build into the same parent folder */
	int threads;             /* 0: one per core */
	bool timings;            /* print where the time went */
	/* `plansite serve` only: address of the live-reload script every page loads (the
	 * layout's {{live_reload}}); NULL in `plansite build`, whose output never has it. */
	const char *live_reload_script;
} site_options;

typedef struct site_stats {
	size_t pages; /* HTML pages */
	size_t files; /* every file written */
	size_t bytes;
	size_t search_bytes;   /* search/: manifest, shards and fragments */
	double search_seconds; /* CPU time making and writing them (in the exports thread) */
	size_t feeds;          /* Atom feeds written (0 without a base URL) */
	size_t languages;      /* trees written: one per language (translate.h) */
	struct {
		const char *tag;     /* content_language: the model's memory */
		size_t pages;        /* pages of its tree */
		size_t untranslated; /* text fields without a translation in it */
	} per_language[CONTENT_MAX_LANGUAGES];
} site_stats;

/* Renders every page of m into a private new folder beside o->out_dir and swaps it into
 * place only if everything succeeded. In order: the theme, the page list (once), the
 * exports (data/, index.json, search/, robots.txt) and then the feeds and sitemap from that
 * list, on one thread while the other pages render on o->threads, and the data page last,
 * from the sizes the exports returned; each file is made once, whatever o->threads. On any
 * error the previous site is untouched and the new folder removed. Refuses an output that
 * is, holds or lies inside the theme or o->content_dir, and a second build into the same
 * parent folder (util/outdir.h). Errors go to d; file-system errors are diag_io_error (exit
 * status 2).
 *
 * A site in several languages (translate.h) gets one tree of pages per language, each
 * written with that language in use in m (content_use_language; m holds language 0's texts
 * again on return): the default language's at the root, each other's in a folder named by
 * its tag ("cy/") with the same pages, index.json files, search index, feeds and sitemap
 * (under its own base URL, BASE/cy/) and its own static/; data/ and robots.txt only at the
 * root, the data in every language's columns. */
bool site_build(model *m, const site_options *o, diag *d, site_stats *stats);

/* The folders of a theme and of the themes it extends, most specific first, at most max, in
 * arena a (what `plansite serve` watches). Returns how many; problems go to d. */
int site_theme_folders(const char *theme_dir, arena *a, diag *d, const char **out, int max);

/* A count said in words for site_render_template: the value `name` of the data becomes the
 * theme's plural text `key` for count, its {count} formatted as the theme writes numbers. */
typedef struct site_count_text {
	const char *name;
	const char *key;
	double count;
} site_count_text;

/* Renders the theme's template `name` (templates/NAME.mustache, with the theme's partials)
 * with data, appending to out: pages that are not part of the site, such as the error page
 * `plansite serve` shows. The template also gets the theme's strings as `t` (in its base
 * language) and their `language`, as a page does, and counts[0..ncounts) said in the
 * theme's words. Returns false after reporting to d when the theme or the template cannot
 * be loaded or rendered. */
bool site_render_template(const char *theme_dir, const char *name, const value *data,
                          const site_count_text *counts, size_t ncounts, buf *out, diag *d);

/* What every page's data needs from the theme at theme_dir (and the themes it extends) in
 * language lang (NULL: the theme's base language): its strings, formats and chart colours,
 * for commands that build page data without rendering (`plansite template-data`).
 * Everything lives in arena a; free out->words with strings_free before a. False after
 * reporting to d. */
bool site_page_theme(const char *theme_dir, const char *lang, arena *a, diag *d, page_theme *out);

/* The data the template of page p receives: pages_data, and what the build adds to every
 * page: the theme's strings as `t`, their `language`, and `live_reload` (the live-reload
 * script while serving, else NULL). */
value *site_page_data(arena *a, const model *m, const page *p, const char *base_url,
                      const page_theme *th, const char *live_reload);

#endif
