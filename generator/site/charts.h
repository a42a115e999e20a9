/* charts.h - inline SVG charts written from the model: status summaries, measure trends,
 * deadlines by month, equality coverage. Each returns a complete <figure> (the SVG with
 * role="img", <title> and <desc>, plus the same numbers in an HTML table inside a
 * <details> disclosure), or NULL when there is nothing to draw. Output is deterministic. */
#ifndef PLANSITE_CHARTS_H
#define PLANSITE_CHARTS_H

#include "content/model.h"
#include "site/format.h"
#include "site/strings.h"
#include "util/arena.h"

/* The colours a chart is drawn with. They come from the theme's tokens (site/tokens.h), as
 * data: the chart code only knows each colour's role and the token name it is looked up by. */
typedef enum {
	CHART_STATUS_COMPLETED,
	CHART_STATUS_COMPLETED_WITH_CHANGES,
	CHART_STATUS_IN_PROGRESS,
	CHART_STATUS_NOT_STARTED,
	CHART_STATUS_DEFERRED,
	CHART_STATUS_NOT_BEING_PURSUED,
	CHART_STATUS_NONE,
	CHART_RAG_GREEN,
	CHART_RAG_AMBER,
	CHART_RAG_RED,
	CHART_RAG_DATA_ONLY,
	CHART_RAG_AWAITING_DATA,
	CHART_RAG_UNKNOWN,
	CHART_RAG_NONE,
	CHART_DEADLINE_COMPLETED,
	CHART_DEADLINE_ON_TIME,
	CHART_DEADLINE_OVERDUE,
	CHART_DEADLINE_CLOSED,
	CHART_DEADLINE_UNKNOWN,
	CHART_SERIES_ACTUAL,
	CHART_SERIES_TARGET,
	CHART_SERIES_RED_THRESHOLD,
	CHART_SERIES_COMPARATOR_1, /* ... to 4, in this order */
	CHART_SERIES_COMPARATOR_2,
	CHART_SERIES_COMPARATOR_3,
	CHART_SERIES_COMPARATOR_4,
	CHART_COVERAGE_LOW,
	CHART_COVERAGE_MEDIUM,
	CHART_COVERAGE_HIGH,
	CHART_COVERAGE_EDGE,
	CHART_TEXT,
	CHART_MUTED,
	CHART_GRID,
	CHART_AXIS,
	CHART_BACKGROUND,
	CHART_RULE,
	CHART_COLOUR_COUNT
} chart_colour;

/* The token each colour is read from: "status.completed", "series.target", ... */
extern const char *const charts_colour_tokens[CHART_COLOUR_COUNT];

typedef struct chart_style {
	const char *colours[CHART_COLOUR_COUNT]; /* "#1a7f37": #rgb or #rrggbb, never NULL */
	const format_conventions *fmt;           /* numbers, money and months in the charts */
	strings *words; /* the theme's strings: every word a chart says ("chart.*" and the
	                   vocabularies) */
} chart_style;

/* Counts of activities and deliverables by lifecycle (index = lifecycle, 0 = not reported)
 * and of measures by RAG (index = rag, 0 = not reported) under one plan, priority or outcome
 * named scope. */
const char *charts_status_summary(arena *a, const chart_style *cs, const char *scope,
                                  const int lifecycles[LIFECYCLE_COUNT], const int rags[RAG_COUNT]);

/* The trend of a measure with history: actual, target, red threshold and comparators.
 * *sentence receives the chart's active title ("69% in Q1 2019/20, down from 70.6%; …"),
 * also used as the page's description and feed summary. */
const char *charts_measure_trend(arena *a, const chart_style *cs, const item *measure,
                                 const char **sentence);

/* The trend chart's sentence alone (feeds), or NULL when there is no trend to tell; cs gives
 * its words and number formats (its colours are not used). */
const char *charts_measure_sentence(arena *a, const chart_style *cs, const item *measure);

/* Deliverables and activities due per month in a plan: completed / on time / overdue. */
const char *charts_deadlines(arena *a, const chart_style *cs, const plan *p);

/* A measure broken down by group: its parts side by side at the latest period any of them
 * reports, never as shares of the whole. Withheld figures show their rule, never a number.
 * *sentence receives the chart's sentence (who is highest, who moved most). */
const char *charts_breakdown(arena *a, const chart_style *cs, const item *whole,
                             const char **sentence);

/* Protected characteristics (and local groups) against plans: linked items per cell. */
const char *charts_equality_coverage(arena *a, const chart_style *cs, const model *m);
/* The same with each counted cell of its table a link to the items it counts (the group
 * page's section for that plan, #plan-ID); root leads from the page to the site root. */
const char *charts_equality_coverage_linked(arena *a, const chart_style *cs, const model *m,
                                            const char *root);

#endif
