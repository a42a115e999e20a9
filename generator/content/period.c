/* period.c - parse, order and print reporting periods (see period.h for the forms). */
#include "content/period.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const month_names[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads exactly n digits at s; -1 if any is not a digit. */
static int
digits(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "2019/20" at s (7 bytes): the first year, or 0 with *why set. */
static int
financial_year(const char *s, const char **why)
{
	int y = digits(s, 4), yy = digits(s + 5, 2);
	if (y < 0 || yy < 0 || s[4] != '/') {
		*why = "write a financial year as 2019/20";
		return 0;
	}
	if (y < 1000) {
		*why = "the year must have four digits";
		return 0;
	}
	if (yy != (y + 1) % 100) {
		*why = "a financial year names two consecutive years, as in 2019/20";
		return 0;
	}
	return y;
}

/* "Q1" at s (2 bytes): the quarter, or 0 with *why set. */
static int
quarter(const char *s, const char **why)
{
	int q = s[0] == 'Q' ? digits(s + 1, 1) : -1;
	if (q < 1 || q > 4) {
		*why = "quarters are Q1 to Q4";
		return 0;
	}
	return q;
}

/* A month name, full or three letters, any case: 1..12, or 0. */
static int
month_named(const char *s, size_t len)
{
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(month_names[m]);
		if ((len == full || len == 3) && strncasecmp(s, month_names[m], len) == 0)
			return m + 1;
	}
	return 0;
}

static const char *const forms =
    "write a period as 2019/20 Q1 (financial quarter), 2019/20 (financial year), 2019-05 "
    "(month) or 2019 (calendar year)";

bool
period_parse(const char *s, size_t len, period *out, const char **why)
{
	*out = (period){PERIOD_NONE, 0, 0};
	*why = NULL;
	int y, i;
	if (len == 4) { /* 2019 */
		y = digits(s, 4);
		if (y < 1000) {
			*why = y < 0 ? forms : "the year must have four digits";
			return false;
		}
		*out = (period){PERIOD_CALENDAR_YEAR, y, 0};
		return true;
	}
	if (len == 7 && s[4] == '/') { /* 2019/20 */
		if (!(y = financial_year(s, why)))
			return false;
		*out = (period){PERIOD_FINANCIAL_YEAR, y, 0};
		return true;
	}
	if (len == 7 && s[4] == '-') { /* 2019-05 */
		y = digits(s, 4);
		i = digits(s + 5, 2);
		if (y < 0 || i < 0) {
			*why = forms;
			return false;
		}
		if (y < 1000 || i < 1 || i > 12) {
			*why = y < 1000 ? "the year must have four digits" : "months are 01 to 12";
			return false;
		}
		*out = (period){PERIOD_MONTH, y, i};
		return true;
	}
	if (len == 10 && s[7] == ' ') { /* 2019/20 Q1 */
		if (!(y = financial_year(s, why)) || !(i = quarter(s + 8, why)))
			return false;
		*out = (period){PERIOD_FINANCIAL_QUARTER, y, i};
		return true;
	}
	if (len == 10 && s[2] == ' ' && s[0] == 'Q') { /* Q1 2019/20 */
		if (!(i = quarter(s, why)) || !(y = financial_year(s + 3, why)))
			return false;
		*out = (period){PERIOD_FINANCIAL_QUARTER, y, i};
		return true;
	}
	const char *space = memchr(s, ' ', len);
	if (space && len - (size_t)(space - s) == 5) { /* May 2019 */
		int m = month_named(s, (size_t)(space - s));
		y = digits(space + 1, 4);
		if (m && y >= 1000) {
			*out = (period){PERIOD_MONTH, y, m};
			return true;
		}
	}
	*why = forms;
	return false;
}

static int
cmp_int(int a, int b)
{
	return (a > b) - (a < b);
}

int
period_compare(period a, period b)
{
	int c = cmp_int(period_end(a), period_end(b));
	return c ? c : cmp_int(period_start(a), period_start(b));
}

bool
period_equal(period a, period b)
{
	return period_compare(a, b) == 0;
}

/* snprintf's count as a size_t (it cannot fail for these formats). */
static size_t
put(char *buf, size_t size, int n)
{
	if (n < 0) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	return (size_t)n;
}

size_t
period_format(period p, char *buf, size_t size)
{
	int yy = (p.year + 1) % 100;
	switch (p.kind) {
	case PERIOD_FINANCIAL_QUARTER:
		return put(buf, size, snprintf(buf, size, "%d/%02d Q%d", p.year, yy, p.index));
	case PERIOD_FINANCIAL_YEAR:
		return put(buf, size, snprintf(buf, size, "%d/%02d", p.year, yy));
	case PERIOD_MONTH:
		return put(buf, size, snprintf(buf, size, "%d-%02d", p.year, p.index));
	case PERIOD_CALENDAR_YEAR:
		return put(buf, size, snprintf(buf, size, "%d", p.year));
	case PERIOD_NONE:
		break;
	}
	return put(buf, size, snprintf(buf, size, "%s", ""));
}

const char *
period_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : NULL;
}

size_t
period_display(period p, char *buf, size_t size)
{
	int yy = (p.year + 1) % 100;
	if (p.kind == PERIOD_FINANCIAL_QUARTER)
		return put(buf, size, snprintf(buf, size, "Q%d %d/%02d", p.index, p.year, yy));
	if (p.kind == PERIOD_MONTH && p.index >= 1 && p.index <= 12)
		return put(buf, size,
		           snprintf(buf, size, "%s %d", month_names[p.index - 1], p.year));
	return period_format(p, buf, size);
}

size_t
period_slug(period p, char *buf, size_t size)
{
	int yy = (p.year + 1) % 100;
	if (p.kind == PERIOD_FINANCIAL_QUARTER)
		return put(buf, size, snprintf(buf, size, "%d-%02d-q%d", p.year, yy, p.index));
	if (p.kind == PERIOD_FINANCIAL_YEAR)
		return put(buf, size, snprintf(buf, size, "%d-%02d", p.year, yy));
	return period_format(p, buf, size);
}

static int
month_length(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int
period_start(period p)
{
	switch (p.kind) {
	case PERIOD_FINANCIAL_QUARTER: /* Q1 April, Q2 July, Q3 October, Q4 January next year */
		return (p.index == 4 ? p.year + 1 : p.year) * 10000 + (p.index * 3 + 1) % 12 * 100 +
		       1;
	case PERIOD_FINANCIAL_YEAR:
		return p.year * 10000 + 401;
	case PERIOD_MONTH:
		return p.year * 10000 + p.index * 100 + 1;
	case PERIOD_CALENDAR_YEAR:
		return p.year * 10000 + 101;
	case PERIOD_NONE:
		break;
	}
	return 0;
}

int
period_end(period p)
{
	switch (p.kind) {
	case PERIOD_FINANCIAL_QUARTER: {
		static const int ends[] = {630, 930, 1231, 331};
		return (p.index == 4 ? p.year + 1 : p.year) * 10000 + ends[(p.index - 1) & 3];
	}
	case PERIOD_FINANCIAL_YEAR:
		return (p.year + 1) * 10000 + 331;
	case PERIOD_MONTH:
		return p.year * 10000 + p.index * 100 + month_length(p.year, p.index);
	case PERIOD_CALENDAR_YEAR:
		return p.year * 10000 + 1231;
	case PERIOD_NONE:
		break;
	}
	return 0;
}
