/* json.c - see json.h */
#include "json.h"

#include <stdio.h>

#include "value.h"

/* Runs of bytes that need nothing are copied with one buf_add each. */
void
json_escape(buf *b, const char *s)
{
	buf_addc(b, '"');
	const unsigned char *run = (const unsigned char *)s, *p = run;
	for (; *p; p++) {
		const char *rep;
		char u[8];
		switch (*p) {
		case '"':
			rep = "\\\"";
			break;
		case '\\':
			rep = "\\\\";
			break;
		case '\n':
			rep = "\\n";
			break;
		case '\r':
			rep = "\\r";
			break;
		case '\t':
			rep = "\\t";
			break;
		case '/':
			if (p == (const unsigned char *)s || p[-1] != '<')
				continue;
			rep = "\\/";
			break;
		default:
			if (*p >= 0x20)
				continue;
			snprintf(u, sizeof u, "\\u%04x", *p);
			rep = u;
		}
		buf_add(b, run, (size_t)(p - run));
		buf_adds(b, rep);
		run = p + 1;
	}
	buf_add(b, run, (size_t)(p - run));
	buf_addc(b, '"');
}

static bool
pretty(const jw *w, int depth)
{
	return w->pretty_depth == 0 || depth <= w->pretty_depth;
}

static void
newline(jw *w)
{
	buf_addc(w->b, '\n');
	for (int i = 0; i < w->depth * w->indent; i++)
		buf_addc(w->b, ' ');
}

static bool *
has(jw *w)
{
	return &w->has[w->depth < JSON_MAX_DEPTH ? w->depth : JSON_MAX_DEPTH - 1];
}

/* Starts a value: a comma before every member but the first, and its line when pretty. */
static void
value_start(jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0)
		return;
	if (*has(w))
		buf_addc(w->b, ',');
	*has(w) = true;
	if (pretty(w, w->depth))
		newline(w);
}

void
jw_key(jw *w, const char *k)
{
	value_start(w);
	json_escape(w->b, k);
	buf_adds(w->b, w->colon ? w->colon : ": ");
	w->after_key = true;
}

void
jw_open(jw *w, char c)
{
	value_start(w);
	buf_addc(w->b, c);
	w->depth++;
	*has(w) = false;
}

void
jw_close(jw *w, char c)
{
	bool had = *has(w);
	w->depth--;
	if (had && pretty(w, w->depth + 1))
		newline(w);
	buf_addc(w->b, c);
}

void
jw_str(jw *w, const char *s)
{
	value_start(w);
	if (s)
		json_escape(w->b, s);
	else
		buf_adds(w->b, "null");
}

void
jw_num(jw *w, double d)
{
	char out[32];
	value_format_number(d, out);
	value_start(w);
	buf_adds(w->b, out);
}

void
jw_num_or_null(jw *w, bool has_value, double d)
{
	if (has_value)
		jw_num(w, d);
	else
		jw_null(w);
}

void
jw_bool(jw *w, bool v)
{
	value_start(w);
	buf_adds(w->b, v ? "true" : "false");
}

void
jw_null(jw *w)
{
	value_start(w);
	buf_adds(w->b, "null");
}
