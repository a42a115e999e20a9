/* exports.h - open data, feeds and the search index: every file of the site that is not a
 * templated page.
 *
 * - data/: CSV (RFC 4180, UTF-8, CRLF, header row, ISO dates) per plan and for the whole
 *   site, data/plansite.json (the whole model), data/plansite.schema.json (its JSON Schema),
 *   data/datapackage.json (Frictionless Data, describing every CSV);
 * - index.json next to every item page (the item as in plansite.json);
 * - search/, the split search index: a manifest and shards, each a script (so it also
 *   works from file://);
 * - robots.txt always; sitemap.xml and Atom feeds (feed.xml at the root, per item, per
 *   directorate and per group) only when a base URL is configured, since both need absolute
 *   addresses (feeds.c).
 *
 * Everything is a function of the model and the base URL: no clock, no file order. */
#ifndef PLANSITE_EXPORTS_H
#define PLANSITE_EXPORTS_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"
#include "site/site.h"
#include "util/buf.h"

typedef struct export_file {
	const char *path;  /* below the site root: "data/2019-22/activities.csv" */
	const char *title; /* for the data page: "Activities, Strategic Plan 2019–22" */
	const char *data;  /* contents (arena memory) */
	size_t len;
} export_file;

/* A list of files, or a sink for them. By default export_add keeps each file (path, title,
 * contents). With dir set it writes the file into dir at once and keeps nothing (errors to
 * d, files and bytes counted into stats; after a failed write it writes no more and sets
 * failed), so no export is ever held whole in memory. With sizes_only set it keeps path,
 * title and length, data NULL (what the data page lists). */
typedef struct export_list {
	export_file *files;
	size_t n, cap;
	const char *dir;
	diag *d;
	site_stats *stats;
	bool sizes_only;
	bool failed;
} export_list;

/* The files of the data/ folder, in a stable order, contents in arena a (or written, or
 * only measured, as out says). base_url (with its
 * trailing slash) or NULL: then the url columns hold site-relative addresses. */
void exports_data_files(arena *a, const model *m, const char *base_url, export_list *out);

/* Writes every export (data/, per-item index.json, search index, robots.txt and, with a
 * base_url, sitemap.xml and the Atom feeds) into the folder out; adds to stats (files, bytes,
 * search_bytes, feeds). Errors go to d. */
bool exports_write(const model *m, const char *out, const char *base_url, diag *d,
                   site_stats *stats);

/* The in-page anchor of row i of a measure's history table ("history-q1-2019-20"); unique
 * within the measure. Used by the measure page and the measure-history CSV. */
const char *exports_history_anchor(arena *a, const measure_info *mi, size_t i);
/* Every row's anchor at once, in time linear in the rows (calling exports_history_anchor
 * for each row would be quadratic): what loops over a history use. */
const char **exports_history_anchors(arena *a, const measure_info *mi);

/* The search index (generator/search/): search/manifest.js and its shards, added to files;
 * their bytes added to *bytes. False if the index could not be made or written. */
bool exports_search_index(arena *a, const model *m, export_list *files, size_t *bytes);

/* feeds.c: Atom feeds and sitemap.xml (base_url required, with its trailing slash). Adds the
 * files to out; returns how many of them are sitemap files. */
size_t feeds_collect(arena *a, const model *m, const char *base_url, export_list *out);
/* The sitemap of the n pages at paths (below base): sitemap.xml, or, above max_urls or
 * max_bytes per file, sitemap-1.xml, sitemap-2.xml... and sitemap.xml as their index.
 * Returns the number of files added to out. */
size_t feeds_sitemaps(arena *a, const char *base, const char *const *paths, size_t n,
                      size_t max_urls, size_t max_bytes, export_list *out);

/* For one build with an exports thread: site.c promises, before starting the thread, that
 * exports_write will write the data files of m; the data page (exports_data_files with
 * sizes_only) then waits for their sizes instead of making every file a second time.
 * exports_write keeps the promise (or withdraws it on failure); forget ends it. */
void exports_sizes_promise(const model *m);
void exports_sizes_forget(void);

/* Appends a file to a list. */
void export_add(arena *a, export_list *l, const char *path, const char *title, buf *contents);

#endif
