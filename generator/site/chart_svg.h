/* chart_svg.h - a tiny writer of SVG and HTML markup for the charts.
 *
 * Elements are written in pieces: chart_svg_open(b, "rect") writes "<rect", then
 * chart_svg_attr / chart_svg_attr_num add attributes (values escaped), then chart_svg_end
 * closes the start tag (">") or chart_svg_empty ends an empty element ("/>"). Numbers go out
 * through chart_svg_num, so the same coordinates always give the same bytes. Everything is
 * appended to a caller-owned buf; nothing is allocated elsewhere. */
#ifndef PLANSITE_CHART_SVG_H
#define PLANSITE_CHART_SVG_H

#include "util/buf.h"

/* A coordinate: rounded to one decimal, trailing ".0" dropped, -0 written as 0, anything
 * not finite written as 0 ("12", "3.5", "-0.4"). */
void chart_svg_num(buf *b, double v);

void chart_svg_open(buf *b, const char *tag); /* "<tag" */
void chart_svg_attr(buf *b, const char *name,
                    const char *value);                      /* ` name="value"` (XML-escaped) */
void chart_svg_attr_num(buf *b, const char *name, double v); /* ` name="12.5"` */
void chart_svg_end(buf *b);                                  /* ">" */
void chart_svg_empty(buf *b);                                /* "/>" */
void chart_svg_close(buf *b, const char *tag);               /* "</tag>" */

/* A complete <text> element at (x, y); anchor "start", "middle" or "end" (NULL: start);
 * weight "bold" or NULL; halo a colour drawn behind the glyphs (paint-order stroke) so the
 * text stays legible over lines and patterns, or NULL; fill NULL for the default text colour. */
typedef struct chart_text_style {
	const char *anchor, *weight, *fill, *halo, *size, *style;
} chart_text_style;
void chart_svg_text(buf *b, double x, double y, const chart_text_style *st, const char *text);

/* A filled rectangle with an optional stroke (NULL: none) and dash pattern (NULL: solid). */
void chart_svg_rect(buf *b, double x, double y, double w, double h, const char *fill,
                    const char *stroke, const char *dash);
/* A straight line. */
void chart_svg_line(buf *b, double x1, double y1, double x2, double y2, const char *stroke,
                    double width, const char *dash);

/* Fill patterns drawn as plain white strokes inside a rectangle (no <pattern> ids, so any
 * number of charts can share a page). PATTERN_HOLLOW is a white box with a dashed outline in
 * the given colour. */
typedef enum {
	PATTERN_SOLID,
	PATTERN_DIAGONAL,   /* //// */
	PATTERN_HORIZONTAL, /* ==== */
	PATTERN_VERTICAL,   /* |||| */
	PATTERN_DOTS,       /* .... */
	PATTERN_CROSS,      /* XXXX */
	PATTERN_HOLLOW,
} chart_pattern;
/* The rectangle in colour, then its pattern in background (the lines of a pattern, and the
 * inside of a hollow rectangle, are the background colour). */
void chart_svg_patterned_rect(buf *b, double x, double y, double w, double h, const char *colour,
                              const char *background, chart_pattern p);

/* The start of a chart's <svg>: viewBox 0 0 w h, width and height, role="img", aria-label,
 * fill (the colour of text that sets none), then <title> and <desc> as the first children. Close
 * with chart_svg_close(b, "svg"). */
void chart_svg_start(buf *b, const char *cls, double w, double h, const char *fill,
                     const char *title, const char *desc);

/* An estimate of the width of text in the charts' sans-serif at size px, for layout. Counts
 * UTF-8 characters, not bytes. */
double chart_text_width(const char *text, double size);

#endif
