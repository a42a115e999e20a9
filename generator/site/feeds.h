/* feeds.h - Atom feeds: feed.xml at the site root (the monitoring reports and the status
 * changes they bring) and one feed.xml beside every item, directorate and group page. Atom
 * needs absolute addresses, so they are made only when a base URL is configured. */
#ifndef PLANSITE_FEEDS_H
#define PLANSITE_FEEDS_H

#include <stddef.h>

#include "content/model.h"
#include "site/exports.h"

/* Every feed of m, added to out (base_url required, with its trailing slash; everything in
 * arena a). Returns how many feeds were added. */
size_t feeds_collect(arena *a, const model *m, const char *base_url, const format_conventions *fmt,
                     export_list *out);

#endif
