/* charts.h - inline SVG charts written from the model: status summaries, measure trends,
 * deadlines by month, equality coverage. Each returns a complete <figure> (the SVG with
 * role="img", <title> and <desc>, plus the same numbers in an HTML table inside a
 * <details> disclosure), or NULL when there is nothing to draw. Output is deterministic. */
#ifndef PLANSITE_CHARTS_H
#define PLANSITE_CHARTS_H

#include "content/model.h"
#include "util/arena.h"

/* Counts of activities and deliverables by lifecycle (index = lifecycle, 0 = not reported)
 * and of measures by RAG (index = rag, 0 = not reported) under one plan, priority or outcome
 * named scope. */
const char *charts_status_summary(arena *a, const char *scope,
                                  const int lifecycles[LIFECYCLE_COUNT], const int rags[RAG_COUNT]);

/* The trend of a measure with history: actual, target, red threshold and comparators.
 * *sentence receives the chart's active title ("69% in Q1 2019/20, down from 70.6%; …"),
 * also used as the page's description and feed summary. */
const char *charts_measure_trend(arena *a, const item *measure, const char **sentence);
/* Only that sentence, without drawing the chart (what a feed entry needs); NULL exactly when
 * charts_measure_trend returns NULL. */
const char *charts_measure_sentence(arena *a, const item *measure);

/* Deliverables and activities due per month in a plan: completed / on time / overdue. */
const char *charts_deadlines(arena *a, const plan *p);

/* A measure broken down by group: its parts side by side at the latest period any of them
 * reports, never as shares of the whole. Withheld figures show their rule, never a number.
 * *sentence receives the chart's sentence (who is highest, who moved most). */
const char *charts_breakdown(arena *a, const item *whole, const char **sentence);

/* Protected characteristics (and local groups) against plans: linked items per cell. */
const char *charts_equality_coverage(arena *a, const model *m);
/* The same with each counted cell of its table a link to the items it counts (the group
 * page's section for that plan, #plan-ID); root leads from the page to the site root. */
const char *charts_equality_coverage_linked(arena *a, const model *m, const char *root);

#endif
