/* internal.h - what scaffold.c and import.c share: the plan and the new report's period,
 * id and file; the YAML writer; writing the one new file without replacing anything. */
#ifndef PLANSITE_REPORT_INTERNAL_H
#define PLANSITE_REPORT_INTERNAL_H

#include "content/content.h"
#include "report/report.h"
#include "util/buf.h"

/* The report about to be written. */
typedef struct new_report {
	model *m;
	plan *plan;
	const report *latest; /* the plan's latest report, or NULL */
	const char *period;   /* canonical spelling */
	int as_of;            /* yyyymmdd */
	const char *id, *title;
	const char *dir;  /* content/plans/PLAN/reports */
	const char *path; /* dir/ID.yaml */
} new_report;

/* ---- periods (content/period.h does the parsing; these adapt it to texts) ---- */

/* The canonical spelling of a period ("Q2 2019/20" -> "2019/20 Q2"); the text trimmed when
 * it is not a period. NULL for an empty text. */
const char *report_period_canonical(arena *a, const char *s);
/* Compares two periods like strcmp; *known is false (and 0 returned) when either is not a
 * period. */
int report_period_compare(const char *a, const char *b, bool *known);
/* The last day of a period (yyyymmdd), or 0 when s is not a period. */
int report_period_end(const char *s);

/* ---- the steps both commands share (common.c) ---- */

/* Loads the content and finds the plan. Returns false after reporting into d; *status
 * is then the exit status. */
bool new_report_load(arena *a, diag *d, const report_options *o, new_report *r, int *status);
/* Settles period, as_of, id, title and path (o's values, else derived), refusing a period
 * or date not after the latest report's and a file or id that exists. */
bool new_report_settle(arena *a, diag *d, const report_options *o, new_report *r);
/* The ref a report entry uses for an item: "OUTCOME/ACTIVITY[/DELIVERABLE]" or the measure id. */
const char *item_ref(arena *a, const item *it);
/* True for items dropped from the plan and activities and deliverables finished or closed:
 * nothing to report. */
bool item_closed(const item *it);

/* ---- YAML ---- */

/* Appends s as a YAML scalar a reader can edit: plain when that is unambiguous, a literal
 * block for several lines, else double-quoted. indent: spaces before the key. */
void yaml_scalar(buf *b, const char *s, int indent);
/* Appends "# text" with line breaks turned into spaces. */
void yaml_comment(buf *b, int indent, const char *text);
/* The report's heading fields (id, title, period, as_of); with_translations: an empty
 * `title@TAG:` under the title for each other language of the site. */
void yaml_report_head(buf *b, const new_report *r, bool with_translations);
/* An empty `FIELD@TAG:` line for each language of the site after the first, indent spaces
 * in: the translations left to fill in beside FIELD (none on a site in one language). */
void yaml_translations(buf *b, const model *m, int indent, const char *field);

/* Writes data to r->path only if no file is there (via a temporary file and link(2), so a
 * half-written file is never seen). Reports and returns false on failure. */
bool new_report_write(diag *d, const new_report *r, const buf *data);

#endif
