/* report.h - the quarterly cycle's tools: `plansite report new` (a report file to fill in)
 * and `plansite report import` (a report file from spreadsheets).
 *
 * Both load and validate the content first, write exactly one new file under
 * plans/PLAN/reports/ (never replacing one), and report problems into a diag as
 * `file:line:col: error: message` (for spreadsheets `FILE.csv:ROW:COL`). */
#ifndef PLANSITE_REPORT_H
#define PLANSITE_REPORT_H

#include <stdio.h>

#include "util/diag.h"

typedef struct report_options {
	const char *content;          /* content folder */
	const char *plan;             /* plan id */
	const char *period;           /* "2019/20 Q2"; NULL: from the spreadsheets (import only) */
	const char *as_of;            /* ISO date; NULL: the last day of the period */
	const char *id;               /* the report's id; NULL: made from the period */
	const char *const *csv_files; /* import: the spreadsheets */
	size_t ncsv;
} report_options;

/* Exit statuses, as the other commands use them. */
enum { REPORT_OK = 0, REPORT_BAD_INPUT = 1, REPORT_FAILED = 2 };

/* Writes the report to fill in. What it did goes to msg; problems into d (the caller prints
 * them). Returns a REPORT_ status. */
int report_new(const report_options *o, diag *d, FILE *msg);

/* Reads the spreadsheets and writes the report they describe. The same contract. */
int report_import(const report_options *o, diag *d, FILE *msg);

#endif
