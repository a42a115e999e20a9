/* format.h - numbers, money, percentages, measure values and dates as pages, charts and the
 * human-readable columns of the exports show them. Every text is written in arena a.
 *
 * The conventions (separators, currency, month names, unit words) come from a
 * format_conventions passed in, so a language can bring its own; format_english is the one
 * default. Machine data (CSV and JSON numbers, ISO dates) never goes through here. */
#ifndef PLANSITE_FORMAT_H
#define PLANSITE_FORMAT_H

#include <stdbool.h>

#include "content/model.h"
#include "util/arena.h"

typedef struct format_conventions {
	const char *decimal_sep; /* "." */
	const char *group_sep;   /* "," */
	double group_from;       /* whole numbers this large or larger are grouped: 10000 */
	const char *minus;       /* before the number, and before the currency symbol */
	const char *currency;    /* "£" */
	bool currency_after;     /* "1 500 €" rather than "£1,500" */
	const char *percent;     /* "%", written straight after the number */
	const char *months[12];  /* "January" ... */
	int month_abbrev_bytes;  /* "Mar 2018": the first bytes of the month's name */
	/* Unit words, singular then plural, for UNIT_DAYS, UNIT_WEEKS, UNIT_MONTHS, UNIT_YEARS. */
	const char *unit_words[4][2];
} format_conventions;

/* English as the council's reports write it. The one definition of these conventions. */
extern const format_conventions format_english;

/* A number with the decimals its source gave ("1.5", "69"), grouped when whole and at least
 * fc->group_from ("12,345"); -0 is "0". Not finite: "0". */
const char *format_number(arena *a, const format_conventions *fc, double d);

/* A number with exactly `decimals` decimals ("2.50"), grouped from fc->group_from in
 * magnitude (axis ticks); -0.0 is "0.0". */
const char *format_fixed(arena *a, const format_conventions *fc, double d, int decimals);

/* Money: the sign before the currency symbol, "-£1,500" and "£12,345". */
const char *format_money(arena *a, const format_conventions *fc, double d);

/* A percentage: "69%", "-2.5%". */
const char *format_percent(arena *a, const format_conventions *fc, double d);

/* A measure value in its unit: "69%", "£1,250", "3 days", "1 week", a bare number for other
 * units; label (the unit's words, may be NULL or empty) follows after a space. */
const char *format_measure(arena *a, const format_conventions *fc, unit u, double d,
                           const char *label);

/* Same as format_measure for a tick already written by format_fixed: percent and money only
 * get their symbols, other units stay bare (the axis caption names them). */
const char *format_tick(arena *a, const format_conventions *fc, unit u, double d, int decimals);

/* A yyyymmdd date: "31 March 2018"; NULL when the date is 0 or its month is not 1 to 12. */
const char *format_date(arena *a, const format_conventions *fc, int date);

/* A month: "March 2018", or abbreviated "Mar 2018"; just the year when month is not 1-12. */
const char *format_month(arena *a, const format_conventions *fc, int year, int month,
                         bool abbreviated);

#endif
