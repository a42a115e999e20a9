/* feeds.h - Atom feeds: feed.xml at the site root (the monitoring reports and the status
 * changes they bring) and one feed.xml beside every item, directorate and group page. Atom
 * needs absolute addresses, so they are made only when a base URL is configured. */
#ifndef PLANSITE_FEEDS_H
#define PLANSITE_FEEDS_H

#include <stddef.h>

#include "content/model.h"
#include "site/charts.h"
#include "site/exports.h"
#include "site/pages.h"

/* Every feed of m, added to out (base_url required, with its trailing slash; everything in
 * arena a), in th's words (feed.*). th may be shared with other threads. Returns how many
 * feeds were added. */
size_t feeds_collect(arena *a, const model *m, const char *base_url, const page_theme *th,
                     export_list *out);

#endif
