/* paths.h - where things live on the site: the addresses of the pages and files the site
 * stage derives from the model's own paths (content/load.c gives each plan, item, report,
 * person, directorate, group and equality outcome its folder). The page list itself is
 * pages_collect (pages.h), defined beside these in paths.c.
 *
 * A path is a folder below the site root with a trailing slash ("plans/2017-18/"), "" for
 * the home page. Every function returns a string in arena a (or, where it says so, one of
 * its arguments unchanged). */
#ifndef PLANSITE_PATHS_H
#define PLANSITE_PATHS_H

#include "content/model.h"

/* The page at path seen from root ("../../", "" or a base URL): root + path + "index.html". */
const char *paths_url(arena *a, const char *root, const char *path);

/* The permanent address of path: base + path with a base URL, else path itself. */
const char *paths_permanent(arena *a, const char *base, const char *path);

/* The address a reader would give: base + path with a base URL, else "/" + path. NULL
 * when path is NULL (the not-found page, served at any address). */
const char *paths_address(arena *a, const char *base, const char *path);

/* The way back to the site root from a page at path: one "../" per folder. */
const char *paths_root(arena *a, const char *path);

/* The Atom feed beside the page at path: prefix (a root, a base URL or "") + path +
 * "feed.xml". */
const char *paths_feed(arena *a, const char *prefix, const char *path);

/* A plan's deadlines and needs-attention pages, and a report's "what changed" page. */
const char *paths_deadlines(arena *a, const plan *pl);
const char *paths_attention(arena *a, const plan *pl);
const char *paths_changes(arena *a, const report *r);

/* search/browse/PLAN/: a plan's browse page. */
const char *paths_browse_plan(arena *a, const plan *pl);

/* One page of a browse list: search/browse/PLAN/AXIS/KEY/, and from page 2 on
 * search/browse/PLAN/AXIS/KEY/N/ (n is the 1-based page number). */
const char *paths_browse_list(arena *a, const plan *pl, const char *axis, const char *key,
                              size_t page);

/* An open data file: data/PLAN/NAME for a plan, data/NAME for the whole site (pl NULL). */
const char *paths_data_file(arena *a, const plan *pl, const char *name);

/* An item's own data file: its folder + "index.json". */
const char *paths_item_json(arena *a, const item *it);

/* The item's anchor in every report page: stable, made of ids ("activity-1-1-3"). */
const char *paths_report_anchor(arena *a, const item *it);

#endif
