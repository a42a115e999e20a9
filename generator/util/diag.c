/* diag.c - see diag.h */
#include "diag.h"

#include "buf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void
diag_init(diag *d)
{
	memset(d, 0, sizeof *d);
	arena_init(&d->arena);
}

void
diag_free(diag *d)
{
	arena_free(&d->arena);
	free(d->items);
	free(d->sources);
	memset(d, 0, sizeof *d);
}

void
diag_add_source(diag *d, const char *file, const char *text, size_t len)
{
	if (d->nsources == d->capsources) {
		d->capsources = d->capsources ? d->capsources * 2 : 16;
		d->sources = xrealloc(d->sources, d->capsources * sizeof *d->sources);
	}
	d->sources[d->nsources++] = (diag_source){file, text, len};
}

void
diag_copy_source(diag *d, const char *file, const char *text, size_t len)
{
	diag_add_source(d, arena_strdup(&d->arena, file), arena_strndup(&d->arena, text, len), len);
}

static void
add(diag *d, diag_severity sev, bool io, mark at, const char *fmt, va_list ap)
{
	if (d->len == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->items = xrealloc(d->items, d->cap * sizeof *d->items);
	}
	diag_item *it = &d->items[d->len];
	it->at = at;
	if (at.file)
		it->at.file = arena_strdup(&d->arena, at.file);
	it->severity = sev;
	it->message = arena_vprintf(&d->arena, fmt, ap);
	it->seq = d->len++;
	it->io = io;
	if (io)
		d->io_errors++;
	if (sev == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
}

void
diag_error(diag *d, mark at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, DIAG_ERROR, false, at, fmt, ap);
	va_end(ap);
}

void
diag_io_error(diag *d, mark at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, DIAG_ERROR, true, at, fmt, ap);
	va_end(ap);
}

void
diag_warning(diag *d, mark at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, DIAG_WARNING, false, at, fmt, ap);
	va_end(ap);
}

void
diag_merge(diag *dst, const diag *src)
{
	for (size_t i = 0; i < src->len; i++) {
		const diag_item *it = &src->items[i];
		if (it->io)
			diag_io_error(dst, it->at, "%s", it->message);
		else if (it->severity == DIAG_ERROR)
			diag_error(dst, it->at, "%s", it->message);
		else
			diag_warning(dst, it->at, "%s", it->message);
	}
}

bool
diag_failed(const diag *d)
{
	return d->errors > 0 || (d->strict && d->warnings > 0);
}

static int
compare(const void *pa, const void *pb)
{
	const diag_item *a = pa, *b = pb;
	int c = strcmp(a->at.file ? a->at.file : "", b->at.file ? b->at.file : "");
	if (c)
		return c;
	if (a->at.line != b->at.line)
		return a->at.line < b->at.line ? -1 : 1;
	if (a->at.col != b->at.col)
		return a->at.col < b->at.col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static const diag_source *
source_of(const diag *d, const char *file)
{
	for (size_t i = d->nsources; i-- > 0;)
		if (file && strcmp(d->sources[i].file, file) == 0)
			return &d->sources[i];
	return NULL;
}

/* Messages are printed in line order, so each lookup starts where the last one stopped
 * (cursor) when it can: quoting many messages scans each file once, not once per message. */
typedef struct quote_cursor {
	const diag_source *src;
	const char *p;
	unsigned line;
} quote_cursor;

/* A byte's printed form: control characters (C0, DEL and the UTF-8 C1 range) are shown as
 * \xHH so that content cannot move the cursor, retitle or clear the user's terminal. Returns
 * how many bytes of p were consumed; tab is kept when keep_tab is set. */
static size_t
put_char(buf *out, const unsigned char *p, const unsigned char *end, bool keep_tab, unsigned *width)
{
	if ((*p < 0x20 && !(keep_tab && *p == '\t')) || *p == 0x7f) {
		buf_printf(out, "\\x%02x", *p);
		*width = 4;
		return 1;
	}
	if (*p == 0xc2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9f) {
		buf_printf(out, "\\u%04x", p[1]);
		*width = 6;
		return 2;
	}
	size_t n = *p < 0x80                  ? 1
	           : *p >= 0xC2 && *p <= 0xDF ? 2
	           : *p >= 0xE0 && *p <= 0xEF ? 3
	           : *p >= 0xF0 && *p <= 0xF4 ? 4
	                                      : 0;
	for (size_t i = 1; i < n; i++)
		if (p + i >= end || (p[i] & 0xC0) != 0x80)
			n = 0;
	if (!n) { /* not UTF-8: shown as a byte, never sent raw to the terminal */
		buf_printf(out, "\\x%02x", *p);
		*width = 4;
		return 1;
	}
	buf_add(out, p, n);
	*width = (unsigned)n; /* a column is a byte, as in the marks */
	return n;
}

/* Adds n bytes of s with control characters escaped. */
static void
put_escaped(buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	unsigned width;
	while (p < end)
		p += put_char(out, p, end, false, &width);
}

/* A quoted line longer than this is shown as a window around the column, so that a 3 MB
 * line does not flood the terminal. */
enum { QUOTE_MAX = 240, QUOTE_BEFORE = 120 };

static void
quote_line(buf *out, const diag_source *src, mark at, quote_cursor *cur)
{
	const char *p = src->text, *end = src->text + src->len;
	unsigned line = 1;
	if (cur->src == src && cur->line <= at.line) {
		p = cur->p;
		line = cur->line;
	}
	for (; line < at.line && p < end; p++)
		if (*p == '\n')
			line++;
	*cur = (quote_cursor){src, p, line};
	if (p >= end && at.line > 1)
		return;
	const char *eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		eol = end;
	if (eol > p && eol[-1] == '\r')
		eol--;
	/* The window [from, to) of the line, on character boundaries. */
	const char *from = p, *to = eol;
	if (eol - p > QUOTE_MAX) {
		size_t caret = at.col > 0 ? at.col - 1 : 0;
		if (caret > QUOTE_BEFORE)
			from = p + (caret - QUOTE_BEFORE < (size_t)(eol - p) ? caret - QUOTE_BEFORE
			                                                     : (size_t)(eol - p));
		while (from > p && from < eol && ((unsigned char)*from & 0xC0) == 0x80)
			from--;
		to = eol - from > QUOTE_MAX ? from + QUOTE_MAX : eol;
		while (to > from && to < eol && ((unsigned char)*to & 0xC0) == 0x80)
			to--;
	}
	buf_addc(out, ' ');
	/* caret_pad: the printed width of the line up to the column, so the caret lines up. */
	size_t caret_pad = 0;
	bool caret_has_tab = false;
	if (from > p) {
		buf_adds(out, "...");
		caret_pad += 3;
	}
	const unsigned char *q = (const unsigned char *)from, *qend = (const unsigned char *)to;
	unsigned width;
	while (q < qend) {
		size_t col = (size_t)(q - (const unsigned char *)p) + 1;
		size_t used = put_char(out, q, qend, true, &width);
		if (col + used - 1 < at.col) {
			caret_pad += width;
			caret_has_tab = caret_has_tab || *q == '\t';
		}
		q += used;
	}
	if (to < eol)
		buf_adds(out, "...");
	buf_adds(out, "\n ");
	/* Tabs are kept so the caret lines up under the same characters. */
	if (caret_has_tab) {
		if (from > p)
			buf_adds(out, "   ");
		for (const char *c = from; c < p + at.col - 1 && c < to; c++)
			buf_addc(out, *c == '\t' ? '\t' : ' ');
	} else {
		for (size_t c = 0; c < caret_pad; c++)
			buf_addc(out, ' ');
	}
	buf_adds(out, "^\n");
}

void
diag_print(diag *d, FILE *out, bool quote)
{
	if (d->len) /* qsort(NULL, 0) is undefined */
		if (d->len > 1)
			qsort(d->items, d->len, sizeof *d->items, compare);
	quote_cursor cursor = {0};
	/* Each message is put together first and written at once: stderr is unbuffered. */
	buf b = BUF_INIT;
	for (size_t i = 0; i < d->len; i++) {
		const diag_item *it = &d->items[i];
		const char *kind = it->severity == DIAG_ERROR ? "error" : "warning";
		buf_reset(&b);
		if (it->at.file) {
			put_escaped(&b, it->at.file, strlen(it->at.file));
			if (it->at.line)
				buf_printf(&b, ":%u:%u", it->at.line, it->at.col ? it->at.col : 1);
		} else
			buf_adds(&b, "plansite");
		buf_printf(&b, ": %s: ", kind);
		put_escaped(&b, it->message, strlen(it->message));
		buf_addc(&b, '\n');
		const diag_source *src = quote ? source_of(d, it->at.file) : NULL;
		if (src && it->at.line)
			quote_line(&b, src, it->at, &cursor);
		fwrite(b.data, 1, b.len, out);
	}
	buf_free(&b);
}
