/* period.h - the one way content names a reporting period.
 *
 * Canonical forms (what `period_format` writes and content/README.md documents):
 *   2019/20 Q1   a financial quarter (April to June 2019); Q1..Q4
 *   2019/20      a financial year (1 April 2019 to 31 March 2020)
 *   2019-05      a calendar month
 *   2019         a calendar year
 * Also accepted where unambiguous, as the printed sources write them: "Q1 2019/20" and
 * "May 2019" (full or three-letter month name, any case).
 *
 * Periods are plain values; nothing here allocates. */
#ifndef PLANSITE_PERIOD_H
#define PLANSITE_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	PERIOD_NONE, /* not given */
	PERIOD_FINANCIAL_QUARTER,
	PERIOD_FINANCIAL_YEAR,
	PERIOD_MONTH,
	PERIOD_CALENDAR_YEAR,
} period_kind;

typedef struct period {
	period_kind kind;
	int year;  /* the calendar year, or the first year of a financial year (2019 for 2019/20) */
	int index; /* quarter 1..4 or month 1..12; 0 for years */
} period;

/* Parses len bytes of text. Returns false with *why set to a reason in static memory
 * ("quarters are Q1 to Q4") when text is not a period. */
bool period_parse(const char *text, size_t len, period *out, const char **why);

/* A total order: by last day, then by first day (so a financial year sorts just before its
 * own fourth quarter). Negative, zero or positive like strcmp. PERIOD_NONE sorts first. */
int period_compare(period a, period b);
bool period_equal(period a, period b);

/* The canonical text ("2019/20 Q1") into buf, truncated to size; returns the length it
 * needs, like snprintf. "" for PERIOD_NONE. */
size_t period_format(period p, char *buf, size_t size);
/* The form printed sources use ("Q1 2019/20", "2019/20", "May 2019", "2019"). */
size_t period_display(period p, char *buf, size_t size);
/* A lower-case address segment ("2019-20-q1", "2019-20", "2019-05", "2019"). */
size_t period_slug(period p, char *buf, size_t size);

/* First and last day as yyyymmdd; 0 for PERIOD_NONE. */
int period_start(period p);
int period_end(period p);

/* "January" for 1 ... "December" for 12 (the content's month names, also in its display
 * texts); NULL otherwise. */
const char *period_month_name(int m);

#endif
