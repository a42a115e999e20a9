/* fold.c - search keys: Unicode folding and tokens. See search.h.
 *
 * search.js applies the same rules to queries (NFKD, lower case, accents dropped, NFC), so
 * a key built here and a key typed in the browser meet. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "search/search.h"

/* Dropped from keys: combining accents, and characters that only change how text wraps or
 * joins (soft hyphen, zero-width spaces and joiners, word joiner, byte order mark). */
static bool
dropped(utf8proc_int32_t c)
{
	return (c >= 0x300 && c <= 0x36f) || c == 0xad || (c >= 0x200b && c <= 0x200f) ||
	       c == 0x2060 || c == 0xfeff;
}

char *
search_fold(arena *a, const char *s)
{
	/* Most text is ASCII, where folding is lower case: no Unicode tables needed. */
	size_t n_ascii = 0;
	while (s[n_ascii] && (unsigned char)s[n_ascii] < 0x80)
		n_ascii++;
	if (!s[n_ascii]) {
		char *out = arena_strndup(a, s, n_ascii);
		for (char *p = out; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		return out;
	}
	const utf8proc_option_t decompose =
	    UTF8PROC_NULLTERM | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE;
	utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)s, 0, NULL, 0, decompose);
	if (n < 0)
		return NULL;
	/* reencode writes UTF-8 into the same buffer: room for 4 bytes a code point, plus NUL */
	utf8proc_int32_t *cps = xmalloc(((size_t)n + 1) * sizeof *cps);
	utf8proc_ssize_t got =
	    utf8proc_decompose((const utf8proc_uint8_t *)s, 0, cps, n, decompose);
	char *out = NULL;
	if (got == n) {
		utf8proc_ssize_t kept = 0;
		for (utf8proc_ssize_t i = 0; i < n; i++)
			if (!dropped(cps[i]))
				cps[kept++] = cps[i];
		utf8proc_ssize_t len =
		    utf8proc_reencode(cps, kept, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
		if (len >= 0)
			out = arena_strndup(a, (const char *)cps, (size_t)len);
	}
	free(cps);
	return out;
}

typedef enum { CH_OTHER, CH_LETTER, CH_DIGIT } char_class;

/* The class of the code point at s[i] (folded text is valid UTF-8) and its byte length. */
static char_class
class_at(const char *s, size_t i, size_t *width)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) { /* ASCII: decided without the Unicode tables */
		*width = 1;
		if (b >= '0' && b <= '9')
			return CH_DIGIT;
		if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
			return CH_LETTER;
		return CH_OTHER;
	}
	utf8proc_int32_t c;
	utf8proc_ssize_t w = utf8proc_iterate((const utf8proc_uint8_t *)s + i, -1, &c);
	if (w <= 0) {
		*width = 1;
		return CH_OTHER;
	}
	*width = (size_t)w;
	utf8proc_category_t cat = utf8proc_category(c);
	if (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO)
		return CH_DIGIT;
	if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME)
		return CH_LETTER;
	return CH_OTHER;
}

/* Bytes of digits starting at s[i]. */
static size_t
digits_at(const char *s, size_t i)
{
	size_t n = 0, w;
	while (s[i + n] && class_at(s, i + n, &w) == CH_DIGIT)
		n += w;
	return n;
}

bool
search_token_next(const char *s, size_t *pos, size_t *start, size_t *len)
{
	size_t i = *pos, w;
	while (s[i]) {
		char_class k = class_at(s, i, &w);
		if (k == CH_OTHER) {
			i += w;
			continue;
		}
		size_t end = i;
		/* A code: digits, then one or more ".digits" (as search.js's first alternative). */
		size_t d = k == CH_DIGIT ? digits_at(s, i) : 0;
		if (d && s[i + d] == '.' && digits_at(s, i + d + 1)) {
			end = i + d;
			while (s[end] == '.' && (d = digits_at(s, end + 1)) > 0)
				end += 1 + d;
		} else {
			while (s[end] && class_at(s, end, &w) != CH_OTHER)
				end += w;
		}
		size_t first;
		(void)class_at(s, i, &first);
		if (first == end - i && k == CH_LETTER) { /* a single letter: not worth a key */
			i = end;
			continue;
		}
		*start = i;
		*len = end - i;
		*pos = end;
		return true;
	}
	*pos = i;
	return false;
}
