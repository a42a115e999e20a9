/* dates.c - ISO dates, deadlines (day, month, financial quarter, TBC) and UK-style display.
 *
 * Dates are yyyymmdd integers so that later stages compare them with < and ==. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "content/internal.h"

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Reads exactly n digits at s; -1 if any is not a digit. */
static int
digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Checks year and month; returns the reason they are wrong, or NULL. */
static const char *
check_month(arena *a, int y, int m)
{
	if (y < 1000)
		return arena_printf(a, "there is no year %04d here: years run from 1000 to 9999",
		                    y);
	if (m < 1 || m > 12)
		return arena_printf(a, "there is no month %d", m);
	return NULL;
}

int
date_parse(arena *a, const char *s, const char **why)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || digits(s, 4) < 0 ||
	    digits(s + 5, 2) < 0 || digits(s + 8, 2) < 0) {
		*why = "write dates as YYYY-MM-DD, for example 2018-03-31";
		return 0;
	}
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if ((*why = check_month(a, y, m)))
		return 0;
	if (d < 1 || d > days_in_month(y, m)) {
		*why = d < 1 ? "there is no day 0"
		             : arena_printf(a, "%s %d has %d days", period_month_name(m), y,
		                            days_in_month(y, m));
		return 0;
	}
	return y * 10000 + m * 100 + d;
}

/* "2019/20 Q1": year 2019, quarter 1. Returns false if s has another shape. why is set when
 * the shape is right but the numbers are not. */
static bool
quarter_parse(arena *a, const char *s, int *year, int *quarter, const char **why)
{
	*why = NULL;
	if (strlen(s) != 10 || s[4] != '/' || s[7] != ' ' || s[8] != 'Q' || digits(s, 4) < 0 ||
	    digits(s + 5, 2) < 0 || digits(s + 9, 1) < 0)
		return false;
	int y = digits(s, 4), yy = digits(s + 5, 2), q = digits(s + 9, 1);
	if (y < 1000)
		*why =
		    arena_printf(a, "there is no year %04d here: years run from 1000 to 9999", y);
	else if (yy != (y + 1) % 100)
		*why = arena_printf(a, "a financial year is written %d/%02d", y, (y + 1) % 100);
	else if (q < 1 || q > 4)
		*why = "quarters are Q1 to Q4";
	*year = y;
	*quarter = q;
	return true;
}

bool
deadline_parse(arena *a, const char *s, deadline *out, const char **why)
{
	memset(out, 0, sizeof *out);
	out->text = s;
	size_t n = strlen(s);
	*why = NULL;
	if (strcasecmp(s, "TBC") == 0) {
		out->kind = DEADLINE_TBC;
		out->display = "To be confirmed";
		return true;
	}
	if (n == 10 && s[4] == '-') {
		int date = date_parse(a, s, why);
		if (!date)
			return false;
		out->kind = DEADLINE_DAY;
		out->year = date / 10000;
		out->month = date / 100 % 100;
		out->day = date % 100;
		out->last_day = date;
		char text[32];
		date_display(date, text);
		out->display = arena_strdup(a, text);
		return true;
	}
	if (n == 7 && s[4] == '-' && digits(s, 4) >= 0 && digits(s + 5, 2) >= 0) {
		int y = digits(s, 4), m = digits(s + 5, 2);
		if ((*why = check_month(a, y, m)))
			return false;
		out->kind = DEADLINE_MONTH;
		out->year = y;
		out->month = m;
		out->last_day = y * 10000 + m * 100 + days_in_month(y, m);
		out->display = period_display_text(a, (period){PERIOD_MONTH, y, m});
		return true;
	}
	int y, q;
	if (quarter_parse(a, s, &y, &q, why)) {
		if (*why)
			return false;
		static const int ends[] = {630, 930, 1231, 331};
		out->kind = DEADLINE_QUARTER;
		out->year = y;
		out->month = q;
		out->last_day = (q == 4 ? y + 1 : y) * 10000 + ends[q - 1];
		out->display = period_display_text(a, (period){PERIOD_FINANCIAL_QUARTER, y, q});
		return true;
	}
	if (n == 10 && s[0] == 'Q' && s[2] == ' ' &&
	    quarter_parse(a, arena_printf(a, "%s %.2s", s + 3, s), &y, &q, why)) {
		*why = arena_printf(a, "write the financial year first: '%s %.2s'", s + 3, s);
		return false;
	}
	*why = "write a day (2018-03-31), a month (2014-03), a financial quarter (2019/20 Q1) or "
	       "TBC; keep other wording in deadline_as_written";
	return false;
}

void
deadline_set_finish(arena *a, deadline_set *set)
{
	buf b = BUF_INIT;
	set->last_day = 0;
	for (size_t i = 0; i < set->n; i++) {
		if (set->items[i].last_day > set->last_day)
			set->last_day = set->items[i].last_day;
		if (i > 0)
			buf_adds(&b, i + 1 == set->n ? " and " : ", ");
		buf_adds(&b, set->items[i].display);
	}
	set->display = arena_strdup(a, buf_cstr(&b));
	buf_free(&b);
}

bool
deadline_set_equal(const deadline_set *a, const deadline_set *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const deadline *x = &a->items[i], *y = &b->items[i];
		if (x->kind != y->kind || x->year != y->year || x->month != y->month ||
		    x->day != y->day)
			return false;
	}
	return true;
}

const char *
period_display_text(arena *a, period p)
{
	char out[32];
	if (p.kind == PERIOD_NONE)
		return NULL;
	period_display(p, out, sizeof out);
	return arena_strdup(a, out);
}

void
date_display(int date, char out[32])
{
	int y = date / 10000, m = date / 100 % 100, d = date % 100;
	if (date <= 0 || m < 1 || m > 12) {
		out[0] = '\0';
		return;
	}
	snprintf(out, 32, "%d %s %d", d, period_month_name(m), y);
}

void
date_iso(int date, char out[11])
{
	if (date <= 0 || date > 99991231) {
		out[0] = '\0';
		return;
	}
	snprintf(out, 11, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
}

const char *
date_iso_text(arena *a, int date)
{
	char out[11];
	if (!date)
		return NULL;
	date_iso(date, out);
	return arena_strdup(a, out);
}
