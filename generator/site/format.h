/* format.h - numbers, money, percentages, measure values and dates as pages, charts and the
 * human-readable columns of the exports show them. Every text is written in arena a.
 *
 * The conventions (separators, currency, month names, unit words, how periods and deadlines
 * read) come from the theme's strings (format_conventions_load), so a language brings its
 * own. Machine data (CSV and JSON numbers, ISO dates) never goes through here. */
#ifndef PLANSITE_FORMAT_H
#define PLANSITE_FORMAT_H

#include <stdbool.h>

#include "content/model.h"
#include "site/strings.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct format_conventions {
	strings *words;          /* the theme's format.* texts: dates, periods, deadlines, units */
	const char *decimal_sep; /* "." */
	const char *group_sep;   /* "," */
	double group_from;       /* whole numbers this large or larger are grouped: 10000 */
	const char *minus;       /* before a negative number */
	/* format.money, format.money_negative and format.percent, split around {number}: the
	 * text before it and the text after it. */
	const char *money[2], *money_negative[2], *percent[2];
	const char *months[12];       /* "January" ... */
	const char *months_short[12]; /* "Jan" ... */
} format_conventions;

/* Fills out from the format.* texts of s (which out keeps and must outlive it). A malformed
 * group_from, or a money or percent text without {number} once, is reported to d at the
 * strings file, and false returned. A key s lacks gives its key as text and is reported by
 * strings_report_missing, like every missing word. */
bool format_conventions_load(arena *a, strings *s, diag *d, format_conventions *out);

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

/* A period as readers see it: "Q1 2019/20", "2019/20", "May 2019", "2019"; NULL for
 * PERIOD_NONE. */
const char *format_period(arena *a, const format_conventions *fc, period p);

/* One deadline: "31 March 2018", "March 2014", "Q1 2019/20", "To be confirmed". */
const char *format_deadline(arena *a, const format_conventions *fc, const deadline *dl);

/* One or several deadlines: "31 March 2018, June 2018 and Q1 2019/20"; NULL for NULL, ""
 * for none. */
const char *format_deadlines(arena *a, const format_conventions *fc, const deadline_set *set);

/* fc's wording for the modules that publish text below the site stage (model.h); fc must
 * outlive it. */
text_wording format_wording(const format_conventions *fc);

/* The word for a level of plan p: the plan's own (plan.yaml labels:), else the text
 * levels.KIND of words ("Priority"). */
const char *format_kind_label(strings *words, const plan *p, item_kind k);

#endif
