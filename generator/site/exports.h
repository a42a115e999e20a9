/* exports.h - open data and the search index: the files of the site that are not templated
 * pages, feeds or the sitemap.
 *
 * - data/: CSV (RFC 4180, UTF-8, CRLF, header row, ISO dates) per plan and for the whole
 *   site, data/plansite.json (the whole model), data/plansite.schema.json (its JSON Schema),
 *   data/datapackage.json (Frictionless Data, describing every CSV);
 * - index.json next to every item page (the item as in plansite.json);
 * - search/, the split search index: a manifest and shards, each a script (so it also
 *   works from file://);
 * - robots.txt.
 *
 * The Atom feeds (feeds.h) and sitemap.xml (sitemap.h) go through the same export_list.
 * Everything is a function of the model and the base URL: no clock, no file order. */
#ifndef PLANSITE_EXPORTS_H
#define PLANSITE_EXPORTS_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"
#include "site/format.h"
#include "site/site.h"
#include "site/strings.h"
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
 * title and length, data NULL. */
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
 * only measured, as out says). base_url (with its trailing slash) or NULL: then the url
 * columns hold site-relative addresses. The files' titles and datapackage.json's
 * descriptions are words' texts (data.*). listed, unless NULL, receives what the data page
 * lists: each file's path, title and size (data NULL), in arena a. */
void exports_data_files(arena *a, const model *m, const char *base_url, const page_theme *th,
                        export_list *out, export_list *listed);

/* Writes data/, the per-item index.json, the search index and robots.txt (with a base_url
 * its Sitemap: line) into the folder out, each file once; adds to stats (files, bytes,
 * search_bytes, search_seconds). The data files' paths, titles and sizes (data NULL) are
 * appended to data_files, in arena keep: what the data page lists. Every text comes from
 * th: titles and descriptions from its words, the worded columns (deadline_display,
 * period_label) from its formats. th may be shared with other threads (strings.h). Errors
 * go to d. */
bool exports_write(arena *keep, const model *m, const char *out, const char *base_url,
                   const page_theme *th, export_list *data_files, diag *d, site_stats *stats);

/* The in-page anchor of row i of a measure's history table ("history-q1-2019-20"); unique
 * within the measure. Used by the measure page and the measure-history CSV. */
const char *exports_history_anchor(arena *a, const measure_info *mi, size_t i);
/* Every row's anchor at once, in time linear in the rows (calling exports_history_anchor
 * for each row would be quadratic): what loops over a history use. */
const char **exports_history_anchors(arena *a, const measure_info *mi);

/* The search index (generator/search/): search/manifest.js and its shards, added to files;
 * their bytes added to *bytes. False if the index could not be made or written. */
bool exports_search_index(arena *a, const model *m, const format_conventions *fmt,
                          export_list *files, size_t *bytes);

/* Appends an entry as it is (data may be NULL), never writing it. */
void export_add_entry(arena *a, export_list *l, export_file f);

/* Appends a file to a list. */
void export_add(arena *a, export_list *l, const char *path, const char *title, buf *contents);

#endif
