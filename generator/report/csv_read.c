/* csv_read.c - libcsv fed one byte at a time, so every field and error has a row, a column
 * and a byte offset. */
#include <csv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/csv_read.h"

void
csv_column_letter(size_t col, char out[8])
{
	char rev[8];
	size_t n = 0;
	/* Bijective base 26: A..Z, then AA..ZZ, then AAA.. (at most 7 letters for any size_t
	 * this reader accepts; CSV_MAX_COLUMNS needs two). */
	while (col > 0 && n < 7) {
		col--;
		rev[n++] = (char)('A' + col % 26);
		col /= 26;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = rev[n - 1 - i];
	out[n] = '\0';
}

size_t
csv_utf8_check(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		size_t n;
		uint32_t cp, min;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			n = 2, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			n = 3, cp = c & 0x0F, min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			n = 4, cp = c & 0x07, min = 0x10000;
		} else {
			return i;
		}
		if (len - i < n)
			return i;
		for (size_t k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += n;
	}
	return len;
}

typedef struct reader {
	arena *a;
	diag *d;
	const char *file;
	/* rows so far (heap, moved into the arena at the end) */
	csv_row *rows;
	size_t nrows, caprows;
	/* the record being read */
	const char **cells;
	size_t ncells, capcells;
	unsigned record_row; /* its spreadsheet row */
	bool in_record;
	bool field_done; /* a field callback fired while feeding the current byte */
	unsigned breaks; /* line breaks outside quoted fields so far */
	bool too_large;
} reader;

static mark
at(const reader *r, unsigned row, size_t col)
{
	return (mark){r->file, row, (unsigned)(col > 0xFFFF ? 0xFFFF : col)};
}

/* A field's text as the importer wants it: CRLF and lone CR inside a quoted field become LF;
 * spaces and line breaks around the text go. */
static void
on_field(void *data, size_t len, void *ctx)
{
	reader *r = ctx;
	r->field_done = true;
	if (r->too_large)
		return;
	if (r->ncells >= CSV_MAX_COLUMNS) {
		diag_error(r->d, at(r, r->record_row, r->ncells + 1),
		           "more than %d columns in one row: this is not a report spreadsheet",
		           CSV_MAX_COLUMNS);
		r->too_large = true;
		return;
	}
	const char *s = data ? data : "";
	char *t = arena_alloc(r->a, len + 1);
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\r') {
			t[n++] = '\n';
			if (i + 1 < len && s[i + 1] == '\n')
				i++;
		} else {
			t[n++] = s[i];
		}
	}
	/* Spaces and line breaks around a cell's text are invisible in a spreadsheet. */
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\n'))
		n--;
	t[n] = '\0';
	size_t lead = strspn(t, " \t\n");
	if (lead)
		memmove(t, t + lead, n - lead + 1);
	if (r->ncells == r->capcells) {
		r->capcells = r->capcells ? 2 * r->capcells : 16;
		r->cells = xrealloc(r->cells, r->capcells * sizeof *r->cells);
	}
	r->cells[r->ncells++] = t;
}

static void
on_row(int c, void *ctx)
{
	reader *r = ctx;
	r->field_done = true;
	r->in_record = false;
	if (r->too_large) {
		r->ncells = 0;
		return;
	}
	if (r->nrows >= CSV_MAX_ROWS) {
		diag_error(r->d, at(r, r->record_row, 1),
		           "more than %d rows: this is not a report spreadsheet", CSV_MAX_ROWS);
		r->too_large = true;
		r->ncells = 0;
		return;
	}
	if (r->nrows == r->caprows) {
		r->caprows = r->caprows ? 2 * r->caprows : 64;
		r->rows = xrealloc(r->rows, r->caprows * sizeof *r->rows);
	}
	const char **cells = arena_alloc(r->a, (r->ncells ? r->ncells : 1) * sizeof *cells);
	if (r->ncells)
		memcpy(cells, r->cells, r->ncells * sizeof *cells);
	r->rows[r->nrows++] = (csv_row){r->record_row, r->ncells, cells};
	r->ncells = 0;
}

/* Where the reader stands, for an error found at the current byte. */
static mark
here(const reader *r)
{
	if (r->in_record)
		return at(r, r->record_row, r->ncells + 1);
	return at(r, r->breaks + 1, 1);
}

bool
csv_read(arena *a, diag *d, const char *file, const char *data, size_t len, csv_table *out)
{
	*out = (csv_table){.file = file};
	if (len > CSV_MAX_BYTES) {
		diag_error(d, (mark){file, 0, 0},
		           "%zu bytes: larger than %d MB, this is not a report spreadsheet", len,
		           CSV_MAX_BYTES / (1024 * 1024));
		return false;
	}
	reader r = {.a = a, .d = d, .file = file};
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		diag_error(d, (mark){file, 0, 0}, "out of memory starting the CSV reader");
		return false;
	}
	size_t start = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		start = 3; /* the byte order mark spreadsheet programs write with "CSV UTF-8" */
	size_t bad = csv_utf8_check(data, len);
	bool ok = true;
	bool after_cr = false;
	for (size_t i = start; i < len && ok && !r.too_large; i++) {
		unsigned char c = (unsigned char)data[i];
		if (i == bad || c == '\0') {
			mark m = here(&r);
			if (c == '\0')
				diag_error(d, m,
				           "a NUL byte at byte offset %zu: this is not a text file "
				           "(save the sheet as CSV)",
				           i);
			else
				diag_error(
				    d, m,
				    "the file is not UTF-8: byte 0x%02X at byte offset %zu is "
				    "not valid UTF-8 (probably saved as Windows-1252 or another "
				    "legacy encoding); save it again as \"CSV UTF-8\"",
				    c, i);
			ok = false;
			break;
		}
		bool newline = c == '\n' || c == '\r';
		if (!r.in_record && !newline) {
			r.in_record = true;
			r.record_row = r.breaks + 1;
		}
		size_t before = p.entry_pos;
		r.field_done = false;
		if (csv_parse(&p, data + i, 1, on_field, on_row, &r) != 1) {
			if (csv_error(&p) == CSV_EPARSE)
				diag_error(
				    d, here(&r),
				    "a quoted field is malformed at byte offset %zu: a '\"' "
				    "inside quotes must be doubled (\"\"), and nothing but a "
				    "comma or a line break may follow the closing '\"'",
				    i);
			else
				diag_error(d, here(&r), "out of memory reading the CSV: %s",
				           csv_strerror(csv_error(&p)));
			ok = false;
			break;
		}
		/* A line break kept in a field (quoted) is not a row break; CRLF is one break. */
		bool kept = !r.field_done && p.entry_pos == before + 1;
		if (newline && !kept) {
			if (!(c == '\n' && after_cr))
				r.breaks++;
		}
		after_cr = c == '\r' && !kept;
	}
	if (ok && !r.too_large) {
		r.field_done = false;
		if (csv_fini(&p, on_field, on_row, &r) != 0) {
			diag_error(d, at(&r, r.record_row, r.ncells + 1),
			           "a quoted field is not closed: the '\"' that opens it has no "
			           "closing '\"' before the end of the file");
			ok = false;
		}
	}
	csv_free(&p);
	free(r.cells);
	if (!ok || r.too_large) {
		free(r.rows);
		return false;
	}
	out->nrows = r.nrows;
	out->rows = arena_alloc(a, (r.nrows ? r.nrows : 1) * sizeof *out->rows);
	if (r.nrows)
		memcpy(out->rows, r.rows, r.nrows * sizeof *out->rows);
	free(r.rows);
	return true;
}
