/* chart_svg.c - see chart_svg.h */
#include "site/chart_svg.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "site/escape.h"

void
chart_svg_num(buf *b, double v)
{
	if (!isfinite(v))
		v = 0;
	if (v > 1e9)
		v = 1e9;
	if (v < -1e9)
		v = -1e9;
	long long tenths = llround(v * 10);
	if (tenths == 0) {
		buf_addc(b, '0');
		return;
	}
	if (tenths < 0) {
		buf_addc(b, '-');
		tenths = -tenths;
	}
	buf_printf(b, "%lld", tenths / 10);
	if (tenths % 10)
		buf_printf(b, ".%lld", tenths % 10);
}

void
chart_svg_open(buf *b, const char *tag)
{
	buf_addc(b, '<');
	buf_adds(b, tag);
}

void
chart_svg_attr(buf *b, const char *name, const char *value)
{
	buf_addc(b, ' ');
	buf_adds(b, name);
	buf_adds(b, "=\"");
	escape_xml(b, value ? value : "");
	buf_addc(b, '"');
}

void
chart_svg_attr_num(buf *b, const char *name, double v)
{
	buf_addc(b, ' ');
	buf_adds(b, name);
	buf_adds(b, "=\"");
	chart_svg_num(b, v);
	buf_addc(b, '"');
}

void
chart_svg_end(buf *b)
{
	buf_addc(b, '>');
}

void
chart_svg_empty(buf *b)
{
	buf_adds(b, "/>");
}

void
chart_svg_close(buf *b, const char *tag)
{
	buf_adds(b, "</");
	buf_adds(b, tag);
	buf_addc(b, '>');
}

void
chart_svg_text(buf *b, double x, double y, const chart_text_style *st, const char *text)
{
	chart_svg_open(b, "text");
	chart_svg_attr_num(b, "x", x);
	chart_svg_attr_num(b, "y", y);
	if (st && st->anchor && st->anchor[0] != 's')
		chart_svg_attr(b, "text-anchor", st->anchor);
	if (st && st->size)
		chart_svg_attr(b, "font-size", st->size);
	if (st && st->weight)
		chart_svg_attr(b, "font-weight", st->weight);
	if (st && st->style)
		chart_svg_attr(b, "font-style", st->style);
	if (st && st->fill)
		chart_svg_attr(b, "fill", st->fill);
	if (st && st->halo) {
		chart_svg_attr(b, "stroke", st->halo);
		chart_svg_attr(b, "stroke-width", "3");
		chart_svg_attr(b, "stroke-linejoin", "round");
		chart_svg_attr(b, "paint-order", "stroke");
	}
	chart_svg_end(b);
	escape_xml(b, text ? text : "");
	chart_svg_close(b, "text");
	buf_addc(b, '\n');
}

void
chart_svg_rect(buf *b, double x, double y, double w, double h, const char *fill, const char *stroke,
               const char *dash)
{
	chart_svg_open(b, "rect");
	chart_svg_attr_num(b, "x", x);
	chart_svg_attr_num(b, "y", y);
	chart_svg_attr_num(b, "width", w < 0 ? 0 : w);
	chart_svg_attr_num(b, "height", h < 0 ? 0 : h);
	chart_svg_attr(b, "fill", fill ? fill : "none");
	if (stroke) {
		chart_svg_attr(b, "stroke", stroke);
		if (dash)
			chart_svg_attr(b, "stroke-dasharray", dash);
	}
	chart_svg_empty(b);
	buf_addc(b, '\n');
}

void
chart_svg_line(buf *b, double x1, double y1, double x2, double y2, const char *stroke, double width,
               const char *dash)
{
	chart_svg_open(b, "line");
	chart_svg_attr_num(b, "x1", x1);
	chart_svg_attr_num(b, "y1", y1);
	chart_svg_attr_num(b, "x2", x2);
	chart_svg_attr_num(b, "y2", y2);
	chart_svg_attr(b, "stroke", stroke);
	if (width != 1)
		chart_svg_attr_num(b, "stroke-width", width);
	if (dash)
		chart_svg_attr(b, "stroke-dasharray", dash);
	chart_svg_empty(b);
	buf_addc(b, '\n');
}

/* Appends " Mx yLx y" for a segment. */
static void
path_segment(buf *d, double x1, double y1, double x2, double y2)
{
	buf_addc(d, 'M');
	chart_svg_num(d, x1);
	buf_addc(d, ' ');
	chart_svg_num(d, y1);
	buf_addc(d, 'L');
	chart_svg_num(d, x2);
	buf_addc(d, ' ');
	chart_svg_num(d, y2);
}

/* Diagonal lines px + py = k (rising to the right) or px - py = k (falling), clipped to the
 * w x h box at (x, y). */
static void
diagonals(buf *d, double x, double y, double w, double h, double step, bool rising)
{
	for (double k = step / 2; k < w + h; k += step) {
		double x1 = k - h > 0 ? k - h : 0, x2 = k < w ? k : w;
		if (x2 - x1 < 0.5)
			continue;
		if (rising)
			path_segment(d, x + x1, y + (k - x1), x + x2, y + (k - x2));
		else /* mirror horizontally */
			path_segment(d, x + w - x1, y + (k - x1), x + w - x2, y + (k - x2));
	}
}

void
chart_svg_patterned_rect(buf *b, double x, double y, double w, double h, const char *colour,
                         const char *background, chart_pattern p)
{
	if (p == PATTERN_HOLLOW) {
		/* Inset by half the stroke so the outline stays inside the segment. */
		chart_svg_open(b, "rect");
		chart_svg_attr_num(b, "x", x + 0.75);
		chart_svg_attr_num(b, "y", y + 0.75);
		chart_svg_attr_num(b, "width", w > 1.5 ? w - 1.5 : 0);
		chart_svg_attr_num(b, "height", h > 1.5 ? h - 1.5 : 0);
		chart_svg_attr(b, "fill", background);
		chart_svg_attr(b, "stroke", colour);
		chart_svg_attr(b, "stroke-width", "1.5");
		chart_svg_attr(b, "stroke-dasharray", "3 2");
		chart_svg_empty(b);
		buf_addc(b, '\n');
		return;
	}
	chart_svg_rect(b, x, y, w, h, colour, NULL, NULL);
	if (p == PATTERN_SOLID || w < 3 || h < 3)
		return;
	buf d = BUF_INIT;
	const double step = 5;
	switch (p) {
	case PATTERN_DIAGONAL:
		diagonals(&d, x, y, w, h, step, true);
		break;
	case PATTERN_CROSS:
		diagonals(&d, x, y, w, h, step * 1.4, true);
		diagonals(&d, x, y, w, h, step * 1.4, false);
		break;
	case PATTERN_HORIZONTAL:
		for (double k = step / 2; k < h; k += step)
			path_segment(&d, x, y + k, x + w, y + k);
		break;
	case PATTERN_VERTICAL:
		for (double k = step / 2; k < w; k += step)
			path_segment(&d, x + k, y, x + k, y + h);
		break;
	case PATTERN_DOTS:
		for (double j = step / 2; j < h; j += step)
			for (double k = step / 2 + (((int)(j / step)) % 2) * step / 2; k < w - 1;
			     k += step) {
				buf_addc(&d, 'M');
				chart_svg_num(&d, x + k);
				buf_addc(&d, ' ');
				chart_svg_num(&d, y + j);
				buf_adds(&d, "h0.1");
			}
		break;
	default:
		break;
	}
	if (d.len) {
		chart_svg_open(b, "path");
		chart_svg_attr(b, "d", buf_cstr(&d));
		chart_svg_attr(b, "stroke", background);
		chart_svg_attr(b, "stroke-width", p == PATTERN_DOTS ? "2.2" : "1.3");
		if (p == PATTERN_DOTS)
			chart_svg_attr(b, "stroke-linecap", "round");
		chart_svg_attr(b, "fill", "none");
		chart_svg_empty(b);
		buf_addc(b, '\n');
	}
	buf_free(&d);
}

void
chart_svg_start(buf *b, const char *cls, double w, double h, const char *fill, const char *title,
                const char *desc)
{
	chart_svg_open(b, "svg");
	chart_svg_attr(b, "class", cls);
	buf_adds(b, " viewBox=\"0 0 ");
	chart_svg_num(b, w);
	buf_addc(b, ' ');
	chart_svg_num(b, h);
	buf_addc(b, '"');
	chart_svg_attr_num(b, "width", w);
	chart_svg_attr_num(b, "height", h);
	chart_svg_attr(b, "role", "img");
	chart_svg_attr(b, "aria-label", title);
	chart_svg_attr(b, "font-family",
	               "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
	chart_svg_attr(b, "font-size", "13");
	chart_svg_attr(b, "fill", fill);
	chart_svg_end(b);
	buf_addc(b, '\n');
	buf_adds(b, "<title>");
	escape_xml(b, title ? title : "");
	buf_adds(b, "</title>\n<desc>");
	escape_xml(b, desc ? desc : "");
	buf_adds(b, "</desc>\n");
}

double
chart_text_width(const char *text, double size)
{
	/* Advance widths in em, rounded up from DejaVu Sans, the widest of the usual system
	 * sans-serifs, so that layouts made with them fit in the others too. */
	double units = 0;
	for (const unsigned char *p = (const unsigned char *)text; p && *p; p++) {
		if ((*p & 0xc0) == 0x80)
			continue; /* UTF-8 continuation byte */
		if (strchr(" .,:;'|!ijl", *p))
			units += 0.32;
		else if (strchr("tfr/()I-[]", *p))
			units += 0.42;
		else if (strchr("mwMW%@", *p))
			units += 0.98;
		else if (*p >= 'A' && *p <= 'Z')
			units += 0.74;
		else if (*p >= '0' && *p <= '9')
			units += 0.64;
		else
			units += 0.62;
	}
	return units * size;
}
