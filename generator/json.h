/* json.h - JSON output: one string escaper and one writer, shared by the model dump, the
 * content schema, the data exports and the pages' JSON-LD. Output depends only on the calls,
 * so it is byte-for-byte reproducible. */
#ifndef PLANSITE_JSON_H
#define PLANSITE_JSON_H

#include <stdbool.h>

#include "util/buf.h"

enum { JSON_MAX_DEPTH = 64 };

/* s as a JSON string with its quotes: quotes, backslashes and control characters escaped,
 * and "</" written "<\/" so the text is also safe inside a <script> data block. */
void json_escape(buf *b, const char *s);

/* A writer appending to b. Layout: each member on its own line, indented by `indent` spaces
 * per level, for containers nested at most `pretty_depth` deep (0: all of them); deeper
 * containers stay on one line. `colon` separates keys from values (": " or ":"). */
typedef struct jw {
	buf *b;
	int indent;
	int pretty_depth;
	const char *colon;
	int depth;
	bool has[JSON_MAX_DEPTH]; /* the container at this depth has a member already */
	bool after_key;
} jw;

void jw_key(jw *w, const char *k);
void jw_open(jw *w, char c);       /* '{' or '[' */
void jw_close(jw *w, char c);      /* '}' or ']' */
void jw_str(jw *w, const char *s); /* NULL writes null */
void jw_num(jw *w, double d);
void jw_num_or_null(jw *w, bool has, double d);
void jw_bool(jw *w, bool v);
void jw_null(jw *w);

#endif
