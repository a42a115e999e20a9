/* json.c - a small pretty JSON writer (2-space indent, one member per line) for the dump
 * and the schema. Output depends only on the calls, so it is byte-for-byte reproducible. */
#include "content/internal.h"

void
json_string(buf *b, const char *s)
{
	buf_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			buf_adds(b, "\\\"");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\b':
			buf_adds(b, "\\b");
			break;
		case '\f':
			buf_adds(b, "\\f");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_addc(b, (char)*p);
		}
	}
	buf_addc(b, '"');
}

/* Starts a value: a comma and a new line before every member but the first. */
static void
jw_value(jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0)
		return;
	if (w->has[w->depth])
		buf_addc(w->b, ',');
	w->has[w->depth] = true;
	buf_addc(w->b, '\n');
	for (int i = 0; i < w->depth; i++)
		buf_adds(w->b, "  ");
}

void
jw_key(jw *w, const char *k)
{
	jw_value(w);
	json_string(w->b, k);
	buf_adds(w->b, ": ");
	w->after_key = true;
}

void
jw_open(jw *w, char c)
{
	jw_value(w);
	buf_addc(w->b, c);
	w->depth++;
	if (w->depth < JSON_MAX_DEPTH)
		w->has[w->depth] = false;
}

void
jw_close(jw *w, char c)
{
	bool had = w->has[w->depth];
	w->depth--;
	if (had) {
		buf_addc(w->b, '\n');
		for (int i = 0; i < w->depth; i++)
			buf_adds(w->b, "  ");
	}
	buf_addc(w->b, c);
}

void
jw_str(jw *w, const char *s)
{
	jw_value(w);
	json_string(w->b, s);
}

void
jw_num(jw *w, double d)
{
	char out[32];
	value_format_number(d, out);
	jw_value(w);
	buf_adds(w->b, out);
}

void
jw_bool(jw *w, bool v)
{
	jw_value(w);
	buf_adds(w->b, v ? "true" : "false");
}

void
jw_null(jw *w)
{
	jw_value(w);
	buf_adds(w->b, "null");
}
