/* escape.c - see escape.h */
#include "site/escape.h"

#include <stdbool.h>
#include <string.h>

void
escape_html(buf *out, const char *s)
{
	for (const char *p = s; *p; p++) {
		switch (*p) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		default: buf_addc(out, *p);
		}
	}
}

void
escape_xml(buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 && *p != '\n' && *p != '\t' && *p != '\r')
			continue; /* not allowed in XML 1.0 */
		switch (*p) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&apos;"); break;
		default: buf_addc(out, (char)*p);
		}
	}
}

void
escape_json(buf *out, const char *s)
{
	buf_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': buf_adds(out, "\\\""); break;
		case '\\': buf_adds(out, "\\\\"); break;
		case '\n': buf_adds(out, "\\n"); break;
		case '\r': buf_adds(out, "\\r"); break;
		case '\t': buf_adds(out, "\\t"); break;
		case '/':
			if (p > (const unsigned char *)s && p[-1] == '<')
				buf_adds(out, "\\/");
			else
				buf_addc(out, '/');
			break;
		default:
			if (*p < 0x20)
				buf_printf(out, "\\u%04x", *p);
			else
				buf_addc(out, (char)*p);
		}
	}
	buf_addc(out, '"');
}

void
escape_csv(buf *out, const char *s)
{
	bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@';
	/* A number such as -3.5 is data, not a formula. */
	if (s[0] == '-' || s[0] == '+') {
		const char *p = s + 1;
		bool digits = false;
		while ((*p >= '0' && *p <= '9') || *p == '.')
			digits = true, p++;
		if (digits && *p == '\0')
			formula = false;
	}
	bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		buf_addc(out, '"');
	if (formula)
		buf_addc(out, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			buf_addc(out, '"');
		buf_addc(out, *p);
	}
	if (quote)
		buf_addc(out, '"');
}

void
escape_url_segment(buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			buf_addc(out, (char)c);
		} else {
			buf_addc(out, '%');
			buf_addc(out, hex[c >> 4]);
			buf_addc(out, hex[c & 15]);
		}
	}
}
