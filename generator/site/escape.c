/* escape.c - see escape.h */
#include "site/escape.h"

#include "mustache/mustache.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* The escapers copy runs of bytes that need nothing with one buf_add each. */

/* The same escaping as {{name}} in templates: one HTML escaper for the whole program. */
void
escape_html(buf *out, const char *s)
{
	mustache_escape_html(out, s, strlen(s));
}

void
escape_xml(buf *out, const char *s)
{
	const unsigned char *run = (const unsigned char *)s, *p = run;
	for (; *p; p++) {
		const char *rep;
		switch (*p) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&apos;";
			break;
		case 0xEF: /* U+FFFE and U+FFFF are not XML 1.0 characters: U+FFFD instead */
			if (p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
				buf_add(out, run, (size_t)(p - run));
				buf_adds(out, "\xEF\xBF\xBD");
				p += 2;
				run = p + 1;
			}
			continue;
		case 0xED: /* a surrogate (U+D800-U+DFFF) encoded as UTF-8: U+FFFD too */
			if (p[1] >= 0xA0 && p[1] <= 0xBF && p[2] >= 0x80 && p[2] <= 0xBF) {
				buf_add(out, run, (size_t)(p - run));
				buf_adds(out, "\xEF\xBF\xBD");
				p += 2;
				run = p + 1;
			}
			continue;
		default:
			if (*p >= 0x20 || *p == '\n' || *p == '\t' || *p == '\r')
				continue;
			rep = ""; /* control characters are not allowed in XML 1.0 */
		}
		buf_add(out, run, (size_t)(p - run));
		buf_adds(out, rep);
		run = p + 1;
	}
	buf_add(out, run, (size_t)(p - run));
}

void
escape_csv(buf *out, const char *s)
{
	/* Spreadsheets run a cell starting with these as a formula (TAB and CR too, which some
	 * strip before looking); a leading apostrophe keeps it text. */
	bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
	               s[0] == '\r';
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
	for (const char *p = s; *p;) { /* each '"' doubled: the run up to it, then it again */
		const char *q = strchr(p, '"');
		size_t n = q ? (size_t)(q - p) + 1 : strlen(p);
		buf_add(out, p, n);
		if (q)
			buf_addc(out, '"');
		p += n;
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
