/* diag.h - diagnostics: every problem a user can cause, as `file:line:col: error: message`.
 *
 * Stages record problems into one diag list instead of stopping at the first, so a build
 * reports everything at once. Messages are printed sorted by file, line and column, each
 * followed by the offending source line and a caret when the source text is known. */
#ifndef PLANSITE_DIAG_H
#define PLANSITE_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "arena.h"

/* A position in a source file. line and col are 1-based; 0 means unknown. */
typedef struct mark {
	const char *file;
	unsigned line, col;
} mark;

typedef enum { DIAG_ERROR, DIAG_WARNING } diag_severity;

typedef struct diag_item {
	mark at;
	diag_severity severity;
	const char *message;
	size_t seq; /* insertion order, to keep sorting stable */
	bool io;    /* an I/O error (exit status 2), not a content error */
} diag_item;

typedef struct diag_source {
	const char *file;
	const char *text;
	size_t len;
} diag_source;

typedef struct diag {
	arena arena;
	diag_item *items;
	size_t len, cap;
	diag_source *sources;
	size_t nsources, capsources;
	size_t errors, warnings;
	size_t io_errors; /* errors of the file system, also counted in errors */
	bool strict;      /* warnings count as errors */
} diag;

void diag_init(diag *d);
void diag_free(diag *d);
/* Remembers a file's text so messages can quote the offending line. text must outlive d. */
void diag_add_source(diag *d, const char *file, const char *text, size_t len);
/* The same for text that will not outlive d: a copy is kept in d's own arena. */
void diag_copy_source(diag *d, const char *file, const char *text, size_t len);
void diag_error(diag *d, mark at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An error of the file system (cannot read, write, create, rename): exit status 2. */
void diag_io_error(diag *d, mark at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_warning(diag *d, mark at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Copies every message of src into dst (threads keep their own diag, merged at the end). */
void diag_merge(diag *dst, const diag *src);
/* True when the build must fail: any error, or any warning in strict mode. */
bool diag_failed(const diag *d);
/* Prints all messages sorted by position; quote adds the source line and caret. */
void diag_print(diag *d, FILE *out, bool quote);

#endif
