/* template_data.h - what each kind of page's template receives, read off the page data
 * itself (`plansite template-data`), so the theme's documentation can be checked against
 * the code instead of drifting from it. */
#ifndef PLANSITE_TEMPLATE_DATA_H
#define PLANSITE_TEMPLATE_DATA_H

#include <stdbool.h>

#include "content/model.h"
#include "site/pages.h"
#include "util/buf.h"

/* The page kind named name (pages_kind_name) into *out; false when there is none. */
bool template_data_kind(const char *name, page_kind *out);

/* Builds the data of every page of m as a build does (site_page_data, with th the theme's, and with
 * site.yaml's base_url or a stand-in, so keys that need absolute addresses are there too), on this
 * thread and writing nothing, and appends to out, for each page kind (only *only when not NULL),
 * the kind's name on a line of its own and then one line per key path its pages' data have, in the
 * order paths first appear: the path indented by two spaces (map keys joined by '.', a list's items
 * as `[]`: `breadcrumbs[].title`), then the kinds of value it held ("text", "number", "boolean",
 * "map", "null", joined by " or "; "list" for a list that was always empty). `t` (the theme's
 * strings) is listed but not walked. A kind without pages says so on one line. Kinds are separated
 * by a blank line. */
void template_data_describe(const model *m, const page_theme *th, const page_kind *only, buf *out);

#endif
