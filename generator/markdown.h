/* markdown.h - CommonMark to HTML through libcmark, safe by default. */
#ifndef PLANSITE_MARKDOWN_H
#define PLANSITE_MARKDOWN_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

/* Renders Markdown text to HTML in arena memory. Raw HTML in the text is replaced by an
 * HTML comment unless allow_raw_html is set. With heading_shift > 0 (the level of the heading
 * the text sits under), headings are renumbered to nest below it without skipping a level:
 * "# Title" (or a lone "### Title") inside a page section under <h2> becomes <h3> with shift 2,
 * a following "####" <h4>; never beyond h6. */
char *markdown_to_html(arena *a, const char *text, bool allow_raw_html, int heading_shift);
/* Plain text of Markdown (for summaries, search and feeds), whitespace collapsed, cut to at
 * most max bytes at a word boundary with "…" (max 0: no limit). */
char *markdown_to_text(arena *a, const char *text, size_t max);

#endif
