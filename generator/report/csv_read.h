/* csv_read.h - reading a spreadsheet's CSV with positions a person can find again.
 *
 * libcsv does the RFC 4180 parsing; this wrapper adds what spreadsheets need: rows numbered
 * as a spreadsheet program numbers them (the header is row 1, a quoted field with line
 * breaks stays one row, a blank line still takes a row number), columns numbered from 1 and
 * lettered (A, B, … Z, AA), a UTF-8 check that names the byte offset of the first byte that
 * is not UTF-8, a byte order mark skipped, and CRLF inside quoted fields turned into LF. */
#ifndef PLANSITE_CSV_READ_H
#define PLANSITE_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"

/* Limits: a report spreadsheet this large is a mistake, not a quarter's figures. */
enum { CSV_MAX_COLUMNS = 1000, CSV_MAX_ROWS = 1000000, CSV_MAX_BYTES = 32 * 1024 * 1024 };

typedef struct csv_row {
	unsigned row; /* as a spreadsheet numbers it: 1 for the header */
	size_t ncells;
	const char **cells; /* NUL-terminated, in arena memory; spaces, tabs and line breaks
	                       around the text trimmed */
} csv_row;

typedef struct csv_table {
	const char *file; /* as given, for messages */
	csv_row *rows;    /* rows[0] is the header row */
	size_t nrows;
} csv_table;

/* Parses data (len bytes) into out, everything in arena a. Problems are reported into d as
 * FILE:ROW:COL (FILE is file). Returns false when the file cannot be read as CSV at all
 * (not UTF-8, a quote left open, too large): out is then empty. */
bool csv_read(arena *a, diag *d, const char *file, const char *data, size_t len, csv_table *out);

/* The spreadsheet letter(s) of a 1-based column number: 1 -> "A", 27 -> "AA". out holds at
 * least 8 bytes. */
void csv_column_letter(size_t col, char out[8]);

/* Offset of the first byte of s[0..len) that is not UTF-8 (overlong forms, surrogates and
 * code points past U+10FFFF included), or len when all of it is. */
size_t csv_utf8_check(const char *s, size_t len);

#endif
