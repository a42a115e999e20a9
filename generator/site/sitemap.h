/* sitemap.h - sitemap.xml (sitemaps.org), from the page list the build collected. It needs
 * absolute addresses, so it is made only when a base URL is configured. */
#ifndef PLANSITE_SITEMAP_H
#define PLANSITE_SITEMAP_H

#include <stddef.h>

#include "site/exports.h"
#include "site/pages.h"
#include "site/strings.h"

/* The sitemap of pages below base (with its trailing slash), without redirects and the 404
 * page, added to out in arena a; the files' titles are words' texts (feed.sitemap*).
 * Returns the number of files added. */
size_t sitemap_collect(arena *a, const char *base, const page_list *pages, strings *words,
                       export_list *out);

/* The sitemap of the n pages at paths (below base): sitemap.xml, or, above max_urls or
 * max_bytes per file, sitemap-1.xml, sitemap-2.xml... and sitemap.xml as their index.
 * Returns the number of files added to out. */
size_t sitemap_collect_paths(arena *a, const char *base, const char *const *paths, size_t n,
                             size_t max_urls, size_t max_bytes, strings *words, export_list *out);

#endif
