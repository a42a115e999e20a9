/* escape.h - one escaper per output context. Each appends s (n bytes) to out. */
#ifndef PLANSITE_ESCAPE_H
#define PLANSITE_ESCAPE_H

#include <stddef.h>

#include "util/buf.h"

/* HTML text and attribute values (quoted): & < > " ' */
void escape_html(buf *out, const char *s);
/* XML text and attributes for SVG, Atom and sitemaps: & < > " ' and no control characters. */
void escape_xml(buf *out, const char *s);
/* A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled.
 * Fields that a spreadsheet would run as a formula (= + - @ at the start) get a leading '. */
void escape_csv(buf *out, const char *s);
/* A URL path segment: everything but unreserved characters percent-encoded. */
void escape_url_segment(buf *out, const char *s);

#endif
