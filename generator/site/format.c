/* format.c - the one place numbers, money, percentages and dates are written for people.
 * See format.h. */
#include "site/format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "util/buf.h"
#include "value.h"

const format_conventions format_english = {
    .decimal_sep = ".",
    .group_sep = ",",
    .group_from = 10000, /* "1500" but "12,345", as council reports write */
    .minus = "-",
    .currency = "\xc2\xa3",
    .currency_after = false,
    .percent = "%",
    .months = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
    .month_abbrev_bytes = 3,
    .unit_words = {{"day", "days"}, {"week", "weeks"}, {"month", "months"}, {"year", "years"}},
};

/* Values beyond this are written as value_format_number gives them, never grouped. */
#define FORMAT_GROUP_MAX 1e15

/* Rewrites a plain unsigned decimal text ("12345.6") with fc's separators, grouping the whole
 * part when group is set. */
static void
localise(buf *b, const format_conventions *fc, const char *text, bool group)
{
	const char *dot = strchr(text, '.');
	size_t whole = dot ? (size_t)(dot - text) : strlen(text);
	for (size_t i = 0; i < whole; i++) {
		buf_addc(b, text[i]);
		size_t rest = whole - i - 1;
		if (group && rest && rest % 3 == 0)
			buf_adds(b, fc->group_sep);
	}
	if (dot) {
		buf_adds(b, fc->decimal_sep);
		buf_adds(b, dot + 1);
	}
}

/* The magnitude of d as text (no sign) into b; *negative says whether a sign is due. */
static void
magnitude(buf *b, const format_conventions *fc, double d, bool *negative)
{
	char text[32];
	if (!isfinite(d) || d == 0)
		d = 0;
	*negative = d < 0;
	value_format_number(fabs(d), text);
	bool group = fabs(d) >= fc->group_from && d == floor(d) && fabs(d) < FORMAT_GROUP_MAX &&
	             !strchr(text, 'e');
	localise(b, fc, text, group);
}

static const char *
finish(arena *a, buf *b)
{
	char *s = arena_strdup(a, b->data ? b->data : "");
	buf_free(b);
	return s;
}

const char *
format_number(arena *a, const format_conventions *fc, double d)
{
	buf m = BUF_INIT, out = BUF_INIT;
	bool negative;
	magnitude(&m, fc, d, &negative);
	if (negative)
		buf_adds(&out, fc->minus);
	buf_adds(&out, m.data ? m.data : "");
	buf_free(&m);
	return finish(a, &out);
}

/* Money and percentages around a magnitude already written. */
static const char *
with_symbol(arena *a, const format_conventions *fc, bool negative, const char *n, unit u)
{
	buf out = BUF_INIT;
	if (negative)
		buf_adds(&out, fc->minus);
	if (u == UNIT_POUNDS && !fc->currency_after)
		buf_adds(&out, fc->currency);
	buf_adds(&out, n);
	if (u == UNIT_POUNDS && fc->currency_after) {
		buf_addc(&out, ' ');
		buf_adds(&out, fc->currency);
	}
	if (u == UNIT_PERCENT)
		buf_adds(&out, fc->percent);
	return finish(a, &out);
}

static const char *
symbolled(arena *a, const format_conventions *fc, double d, unit u)
{
	buf m = BUF_INIT;
	bool negative;
	magnitude(&m, fc, d, &negative);
	const char *s = with_symbol(a, fc, negative, m.data ? m.data : "", u);
	buf_free(&m);
	return s;
}

const char *
format_money(arena *a, const format_conventions *fc, double d)
{
	return symbolled(a, fc, d, UNIT_POUNDS);
}

const char *
format_percent(arena *a, const format_conventions *fc, double d)
{
	return symbolled(a, fc, d, UNIT_PERCENT);
}

const char *
format_measure(arena *a, const format_conventions *fc, unit u, double d, const char *label)
{
	const char *text;
	if (u == UNIT_PERCENT || u == UNIT_POUNDS) {
		text = symbolled(a, fc, d, u);
	} else if (u >= UNIT_DAYS && u <= UNIT_YEARS) {
		const char *const *words = fc->unit_words[u - UNIT_DAYS];
		text = arena_printf(a, "%s %s", format_number(a, fc, d), words[d == 1 ? 0 : 1]);
	} else {
		text = format_number(a, fc, d);
	}
	return label && *label ? arena_printf(a, "%s %s", text, label) : text;
}

/* d with exactly decimals decimals, unsigned, into b. */
static void
fixed_magnitude(buf *b, const format_conventions *fc, double d, int decimals, bool *negative)
{
	if (!isfinite(d))
		d = 0;
	buf text = BUF_INIT; /* %f of a huge value is hundreds of digits */
	buf_printf(&text, "%.*f", decimals, fabs(d));
	const char *t = buf_cstr(&text);
	/* "-0.0" and friends are zero, without a sign. */
	*negative = d < 0 && strspn(t, "0.") != strlen(t);
	localise(b, fc, t, fabs(d) >= fc->group_from);
	buf_free(&text);
}

const char *
format_fixed(arena *a, const format_conventions *fc, double d, int decimals)
{
	buf m = BUF_INIT;
	bool negative;
	fixed_magnitude(&m, fc, d, decimals, &negative);
	const char *s = with_symbol(a, fc, negative, m.data ? m.data : "", UNIT_NONE);
	buf_free(&m);
	return s;
}

const char *
format_tick(arena *a, const format_conventions *fc, unit u, double d, int decimals)
{
	buf m = BUF_INIT;
	bool negative;
	fixed_magnitude(&m, fc, d, decimals, &negative);
	const char *s = with_symbol(a, fc, negative, m.data ? m.data : "",
	                            u == UNIT_PERCENT || u == UNIT_POUNDS ? u : UNIT_NONE);
	buf_free(&m);
	return s;
}

const char *
format_date(arena *a, const format_conventions *fc, int date)
{
	int y = date / 10000, m = date / 100 % 100, d = date % 100;
	if (date <= 0 || m < 1 || m > 12)
		return NULL;
	return arena_printf(a, "%d %s %d", d, fc->months[m - 1], y);
}

const char *
format_month(arena *a, const format_conventions *fc, int year, int month, bool abbreviated)
{
	if (month < 1 || month > 12)
		return arena_printf(a, "%d", year);
	if (abbreviated)
		return arena_printf(a, "%.*s %d", fc->month_abbrev_bytes, fc->months[month - 1],
		                    year);
	return arena_printf(a, "%s %d", fc->months[month - 1], year);
}
