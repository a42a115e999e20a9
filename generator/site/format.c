/* format.c - the one place numbers, money, percentages and dates are written for people.
 * See format.h. */
#include "site/format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "value.h"

/* The text of key split around its one {number}: strings_fmt fills in a byte no text holds,
 * so the theme's {{ }} escapes are undone the usual way. Reports to d when there is not
 * exactly one. A missing key is left to strings_report_missing. */
static bool
split_number(arena *a, strings *s, diag *d, const char *key, const char *out[2])
{
	const char *text = strings_fmt(a, s, key, "number", "\x01", (char *)NULL);
	const char *at = strchr(text, '\x01');
	out[0] = at ? arena_strndup(a, text, (size_t)(at - text)) : "";
	out[1] = at ? at + 1 : "";
	if (!strings_has(s, key))
		return true;
	if (!at || strchr(at + 1, '\x01')) {
		diag_error(d, strings_mark(s, key), "'%s' must hold {number} once, as in \"%s\"",
		           key, strings_text(s, key));
		return false;
	}
	return true;
}

bool
format_conventions_load(arena *a, strings *s, diag *d, format_conventions *out)
{
	memset(out, 0, sizeof *out);
	out->words = s;
	out->decimal_sep = strings_text(s, "format.decimal_separator");
	out->group_sep = strings_text(s, "format.group_separator");
	out->minus = strings_text(s, "format.minus");
	bool ok = split_number(a, s, d, "format.money", out->money);
	ok = split_number(a, s, d, "format.money_negative", out->money_negative) && ok;
	ok = split_number(a, s, d, "format.percent", out->percent) && ok;
	for (int m = 0; m < 12; m++) {
		char key[64];
		snprintf(key, sizeof key, "format.month.%d", m + 1);
		out->months[m] = strings_text(s, key);
		snprintf(key, sizeof key, "format.month_short.%d", m + 1);
		out->months_short[m] = strings_text(s, key);
	}
	const char *key = "format.group_from", *text = strings_text(s, key);
	char *end;
	out->group_from = strtod(text, &end);
	if (strings_has(s, key) &&
	    (end == text || *end || !isfinite(out->group_from) || out->group_from < 0)) {
		diag_error(d, strings_mark(s, key),
		           "'%s' must be a number: the smallest whole number written with group "
		           "separators (10000), not \"%s\"",
		           key, text);
		ok = false;
	}
	return ok;
}

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
	if (u == UNIT_POUNDS) {
		const char *const *t = negative ? fc->money_negative : fc->money;
		buf_printf(&out, "%s%s%s", t[0], n, t[1]);
	} else {
		if (u == UNIT_PERCENT)
			buf_adds(&out, fc->percent[0]);
		if (negative)
			buf_adds(&out, fc->minus);
		buf_adds(&out, n);
		if (u == UNIT_PERCENT)
			buf_adds(&out, fc->percent[1]);
	}
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
		static const char *const keys[] = {"format.unit.days", "format.unit.weeks",
		                                   "format.unit.months", "format.unit.years"};
		text = strings_plural(a, fc->words, keys[u - UNIT_DAYS], d, "count",
		                      format_number(a, fc, d), (char *)NULL);
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
	return strings_fmt(a, fc->words, "format.date", "day", arena_printf(a, "%d", d), "month",
	                   fc->months[m - 1], "year", arena_printf(a, "%d", y), (char *)NULL);
}

const char *
format_month(arena *a, const format_conventions *fc, int year, int month, bool abbreviated)
{
	const char *y = arena_printf(a, "%d", year);
	if (month < 1 || month > 12)
		return strings_fmt(a, fc->words, "format.period.calendar_year", "year", y,
		                   (char *)NULL);
	return strings_fmt(a, fc->words,
	                   abbreviated ? "format.period.month_short" : "format.period.month",
	                   "month", (abbreviated ? fc->months_short : fc->months)[month - 1],
	                   "year", y, (char *)NULL);
}

/* "2019/20": the financial year starting in April of year. */
static const char *
financial_year(arena *a, const format_conventions *fc, int year)
{
	return strings_fmt(a, fc->words, "format.period.financial_year", "first",
	                   arena_printf(a, "%d", year), "second",
	                   arena_printf(a, "%02d", (year + 1) % 100), (char *)NULL);
}

static const char *
quarter(arena *a, const format_conventions *fc, int year, int q)
{
	return strings_fmt(a, fc->words, "format.period.quarter", "quarter",
	                   arena_printf(a, "%d", q), "year", financial_year(a, fc, year),
	                   (char *)NULL);
}

const char *
format_period(arena *a, const format_conventions *fc, period p)
{
	switch (p.kind) {
	case PERIOD_FINANCIAL_QUARTER:
		return quarter(a, fc, p.year, p.index);
	case PERIOD_FINANCIAL_YEAR:
		return financial_year(a, fc, p.year);
	case PERIOD_MONTH:
		return format_month(a, fc, p.year, p.index, false);
	case PERIOD_CALENDAR_YEAR:
		return format_month(a, fc, p.year, 0, false);
	case PERIOD_NONE:
		break;
	}
	return NULL;
}

const char *
format_deadline(arena *a, const format_conventions *fc, const deadline *dl)
{
	switch (dl->kind) {
	case DEADLINE_DAY:
		return format_date(a, fc, dl->year * 10000 + dl->month * 100 + dl->day);
	case DEADLINE_MONTH:
		return format_month(a, fc, dl->year, dl->month, false);
	case DEADLINE_QUARTER: /* month holds the quarter */
		return quarter(a, fc, dl->year, dl->month);
	case DEADLINE_TBC:
		break;
	}
	return strings_text(fc->words, "format.deadline.tbc");
}

const char *
format_deadlines(arena *a, const format_conventions *fc, const deadline_set *set)
{
	if (!set)
		return NULL;
	if (set->n == 0)
		return "";
	/* From the last one back: "C", "B and C", "A, B and C". */
	const char *text = format_deadline(a, fc, &set->items[set->n - 1]);
	for (size_t i = set->n - 1; i-- > 0;)
		text = strings_fmt(
		    a, fc->words,
		    i + 2 == set->n ? "format.deadline.several_last" : "format.deadline.several",
		    "first", format_deadline(a, fc, &set->items[i]), "rest", text, (char *)NULL);
	return text;
}

static const char *
wording_deadline(void *fc, arena *a, const deadline_set *set)
{
	return format_deadlines(a, fc, set);
}

static const char *
wording_period(void *fc, arena *a, period p)
{
	return format_period(a, fc, p);
}

text_wording
format_wording(const format_conventions *fc)
{
	return (text_wording){wording_deadline, wording_period, (void *)fc};
}

const char *
format_kind_label(strings *words, const plan *p, item_kind k)
{
	if ((int)k < 0 || k >= ITEM_KIND_COUNT)
		return NULL;
	if (p && p->label[k])
		return p->label[k];
	char key[64];
	snprintf(key, sizeof key, "levels.%s", item_kind_id(k));
	return strings_text(words, key);
}
