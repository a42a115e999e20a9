/* charts.c - see charts.h.
 *
 * Each chart is a <figure>: a <figcaption> with the chart's active title (one sentence
 * written from the data), the inline <svg> (role="img", aria-label, <title>, <desc>), and a
 * <details> disclosure holding the same numbers as an HTML table. No ids, no scripts, no
 * external fonts; colours come from the chart_style passed in (the theme's tokens) and are
 * written as presentation attributes, so a chart reads the same without any stylesheet
 * (themes/default/static/charts.css only sizes and types the charts); every status has a
 * pattern and a text label as well as a colour. Output depends on the arguments only. */
#include "site/charts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "site/chart_scale.h"
#include "site/chart_svg.h"
#include "site/escape.h"
#include "util/buf.h"

/* Charts are drawn 300 units wide with text of 12 units and more, so that scaled down to a
 * 320 px phone's 288 px column their smallest text still renders at about 11.5 CSS px;
 * charts.css lets them grow in proportion on wider screens. */
#define WIDTH 300.0
#define TEXT_SIZE 13.0 /* the default (chart_svg_start) */
#define SMALL "12"     /* axis ticks, notes: the smallest text in any chart */
#define SMALL_SIZE 12.0

const char *const charts_colour_tokens[CHART_COLOUR_COUNT] = {
    [CHART_STATUS_COMPLETED] = "status.completed",
    [CHART_STATUS_COMPLETED_WITH_CHANGES] = "status.completed-with-changes",
    [CHART_STATUS_IN_PROGRESS] = "status.in-progress",
    [CHART_STATUS_NOT_STARTED] = "status.not-started",
    [CHART_STATUS_DEFERRED] = "status.deferred",
    [CHART_STATUS_NOT_BEING_PURSUED] = "status.not-being-pursued",
    [CHART_STATUS_NONE] = "status.none",
    [CHART_RAG_GREEN] = "rag.green",
    [CHART_RAG_AMBER] = "rag.amber",
    [CHART_RAG_RED] = "rag.red",
    [CHART_RAG_DATA_ONLY] = "rag.data-only",
    [CHART_RAG_AWAITING_DATA] = "rag.awaiting-data",
    [CHART_RAG_UNKNOWN] = "rag.unknown",
    [CHART_RAG_NONE] = "rag.none",
    [CHART_DEADLINE_COMPLETED] = "deadline.completed",
    [CHART_DEADLINE_ON_TIME] = "deadline.on-time",
    [CHART_DEADLINE_OVERDUE] = "deadline.overdue",
    [CHART_DEADLINE_CLOSED] = "deadline.closed",
    [CHART_DEADLINE_UNKNOWN] = "deadline.unknown",
    [CHART_SERIES_ACTUAL] = "series.actual",
    [CHART_SERIES_TARGET] = "series.target",
    [CHART_SERIES_RED_THRESHOLD] = "series.red-threshold",
    [CHART_SERIES_COMPARATOR_1] = "series.comparator-1",
    [CHART_SERIES_COMPARATOR_2] = "series.comparator-2",
    [CHART_SERIES_COMPARATOR_3] = "series.comparator-3",
    [CHART_SERIES_COMPARATOR_4] = "series.comparator-4",
    [CHART_COVERAGE_LOW] = "coverage.low",
    [CHART_COVERAGE_MEDIUM] = "coverage.medium",
    [CHART_COVERAGE_HIGH] = "coverage.high",
    [CHART_COVERAGE_EDGE] = "coverage.edge",
    [CHART_TEXT] = "chart.text",
    [CHART_MUTED] = "chart.muted",
    [CHART_GRID] = "chart.grid",
    [CHART_AXIS] = "chart.axis",
    [CHART_BACKGROUND] = "chart.background",
    [CHART_RULE] = "chart.rule",
};

/* A colour of the style, by role. */
#define COLOUR(role) (cs->colours[CHART_##role])

/* ---- shared pieces ---- */

static const char *
finish(arena *a, buf *b)
{
	const char *s = arena_strdup(a, buf_cstr(b));
	buf_free(b);
	return s;
}

/* The theme's text of key ("chart.total"). */
static const char *
word(const chart_style *cs, const char *key)
{
	return strings_text(cs->words, key);
}

/* s with its first ASCII letter in upper case: only for the content's own unit words, which
 * the axis caption starts with (theme texts come in both forms as keys of their own). */
static const char *
upper_first(arena *a, const char *s)
{
	char *t = arena_strdup(a, s ? s : "");
	if (t[0] >= 'a' && t[0] <= 'z')
		t[0] = (char)(t[0] - 'a' + 'A');
	return t;
}

/* "Withheld: small numbers": what shows instead of a figure withheld under rule. */
static const char *
withheld_text(arena *a, const chart_style *cs, const char *rule)
{
	return strings_fmt(a, cs->words, "chart.withheld", "rule", rule, (char *)NULL);
}

/* "{text}.": a sentence written from clauses, ended as the theme ends sentences. */
static const char *
sentence_end(arena *a, const chart_style *cs, const char *text)
{
	return strings_fmt(a, cs->words, "chart.sentence", "text", text, (char *)NULL);
}

static void
figure_open(buf *b, const char *kind, const char *sentence)
{
	buf_printf(b, "<figure class=\"chart chart-%s\">\n<figcaption>", kind);
	escape_html(b, sentence ? sentence : "");
	buf_adds(b, "</figcaption>\n");
}

static void
table_open(const chart_style *cs, buf *b, const char *caption)
{
	buf_adds(b, "<details class=\"chart-data\">\n<summary>");
	escape_html(b, word(cs, "chart.table_summary"));
	buf_adds(b, "</summary>\n<table>\n<caption>");
	escape_html(b, caption ? caption : "");
	buf_adds(b, "</caption>\n");
}

static void
figure_close(buf *b)
{
	buf_adds(b, "</table>\n</details>\n</figure>\n");
}

static void
html_cell(buf *b, const char *tag, const char *attrs, const char *text)
{
	buf_printf(b, "<%s%s%s>", tag, attrs ? " " : "", attrs ? attrs : "");
	escape_html(b, text ? text : "");
	buf_printf(b, "</%s>", tag);
}

static void
html_num_cell(arena *a, const chart_style *cs, buf *b, double v)
{
	html_cell(b, "td", NULL, format_number(a, cs->fmt, v));
}

/* Joins parts as "a, b and c": the theme's list separator between them, and the text of
 * last_key ("chart.list.and", "chart.list.or", "chart.list.separator") before the last. */
static const char *
join_list(arena *a, const chart_style *cs, const char *const *parts, size_t n, const char *last_key)
{
	const char *sep = word(cs, "chart.list.separator"), *last = word(cs, last_key);
	buf out = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_adds(&out, i + 1 == n ? last : sep);
		buf_adds(&out, parts[i]);
	}
	return finish(a, &out);
}

/* Splits text into lines no wider than width (at size px), breaking at spaces; a single word
 * wider than the line stays whole. Returns the number of lines (at most max), each in the
 * arena; the last line ends with "…" when text had to be cut. */
static size_t
wrap_text(arena *a, const char *text, double width, double size, const char **lines, size_t max)
{
	size_t n = 0;
	const char *p = text ? text : "";
	while (*p == ' ')
		p++;
	while (*p && n < max) {
		/* take words while they fit */
		const char *end = p, *best = NULL;
		for (;;) {
			const char *w = end;
			while (*w == ' ')
				w++;
			const char *we = w;
			while (*we && *we != ' ')
				we++;
			if (we == w)
				break;
			char *candidate = arena_strndup(a, p, (size_t)(we - p));
			if (best && chart_text_width(candidate, size) > width)
				break;
			best = we;
			end = we;
		}
		if (!best)
			break;
		const char *line = arena_strndup(a, p, (size_t)(best - p));
		p = best;
		while (*p == ' ')
			p++;
		if (*p && n + 1 == max)
			line = arena_printf(a, "%s\xe2\x80\xa6", line);
		lines[n++] = line;
	}
	return n;
}

/* A legend of swatches and texts in two columns, or one when a text is too wide for half the
 * chart. Returns the y below it. */
typedef struct legend_entry {
	const char *colour, *text;
	chart_pattern pattern;
} legend_entry;

static double
legend(const chart_style *cs, buf *b, double y, const legend_entry *e, size_t n)
{
	double widest = 0;
	for (size_t i = 0; i < n; i++) {
		double w = 22 + chart_text_width(e[i].text, TEXT_SIZE);
		if (w > widest)
			widest = w;
	}
	size_t cols = widest <= WIDTH / 2 - 8 ? 2 : 1;
	for (size_t i = 0; i < n; i++) {
		double x = (double)(i % cols) * (WIDTH / 2), ry = y + (double)(i / cols) * 21;
		chart_svg_patterned_rect(b, x, ry + 2, 16, 15, e[i].colour, COLOUR(BACKGROUND),
		                         e[i].pattern);
		chart_svg_text(b, x + 22, ry + 14, NULL, e[i].text);
	}
	return y + (double)((n + cols - 1) / cols) * 21;
}

/* ---- status summary ---- */

typedef struct category {
	int index;           /* lifecycle or rag value */
	chart_colour colour; /* at least 4.5:1 on white, so white count text on it is legible */
	chart_pattern pattern;
} category;

/* Done first, then what is moving, then what is not: the order of segments and legends. */
static const category lifecycle_categories[] = {
    {LIFECYCLE_COMPLETED, CHART_STATUS_COMPLETED, PATTERN_SOLID},
    {LIFECYCLE_COMPLETED_WITH_CHANGES, CHART_STATUS_COMPLETED_WITH_CHANGES, PATTERN_HORIZONTAL},
    {LIFECYCLE_IN_PROGRESS, CHART_STATUS_IN_PROGRESS, PATTERN_DIAGONAL},
    {LIFECYCLE_NOT_STARTED, CHART_STATUS_NOT_STARTED, PATTERN_DOTS},
    {LIFECYCLE_DEFERRED, CHART_STATUS_DEFERRED, PATTERN_VERTICAL},
    {LIFECYCLE_NOT_BEING_PURSUED, CHART_STATUS_NOT_BEING_PURSUED, PATTERN_CROSS},
    {LIFECYCLE_NONE, CHART_STATUS_NONE, PATTERN_HOLLOW},
};

static const category rag_categories[] = {
    {RAG_GREEN, CHART_RAG_GREEN, PATTERN_SOLID},
    {RAG_AMBER, CHART_RAG_AMBER, PATTERN_DIAGONAL},
    {RAG_RED, CHART_RAG_RED, PATTERN_CROSS},
    {RAG_DATA_ONLY, CHART_RAG_DATA_ONLY, PATTERN_DOTS},
    {RAG_AWAITING_DATA, CHART_RAG_AWAITING_DATA, PATTERN_VERTICAL},
    {RAG_UNKNOWN, CHART_RAG_UNKNOWN, PATTERN_HORIZONTAL},
    {RAG_NONE, CHART_RAG_NONE, PATTERN_HOLLOW},
};

#define NCATS(x) (sizeof(x) / sizeof *(x))

/* A status as a heading or table cell says it ("In progress"), or inside a sentence ("in
 * progress"): the vocabulary's word, or the chart's for no status. */
static const char *
status_name(const chart_style *cs, bool measures, int index, bool in_sentence)
{
	if (!index) /* not rated in its latest report, or in no report yet */
		return word(cs, in_sentence ? "chart.in_sentence.none" : "chart.status.none");
	const char *id = measures ? rag_id((rag)index) : lifecycle_id((lifecycle)index);
	if (in_sentence)
		return strings_label(
		    cs->words, measures ? "chart.in_sentence.rag" : "chart.in_sentence.lifecycle",
		    id);
	return strings_label(cs->words, measures ? "rag" : "lifecycle", id);
}

/* "5 in progress": a count of one status, inside a sentence or a legend. */
static const char *
status_count(arena *a, const chart_style *cs, bool measures, int index, int count, bool in_sentence)
{
	return strings_plural(a, cs->words, "chart.status_count", count, "status",
	                      status_name(cs, measures, index, in_sentence), (char *)NULL);
}

/* One group (actions or measures): heading, stacked bar, legend. Returns the new y. */
static double
status_group(arena *a, const chart_style *cs, buf *b, double y, const char *heading_key,
             bool measures, const category *cats, size_t ncats, const int *counts, int total)
{
	chart_text_style bold = {.weight = "bold"};
	chart_svg_text(b, 0, y + 14, &bold,
	               strings_plural(a, cs->words, heading_key, total, (char *)NULL));
	y += 21;
	const double bar_h = 26;
	/* segments */
	int cum = 0;
	double seps[8];
	size_t nseps = 0;
	for (size_t i = 0; i < ncats; i++) {
		int c = counts[cats[i].index];
		if (c <= 0)
			continue;
		double x0 = WIDTH * cum / total, x1 = WIDTH * (cum + c) / total;
		cum += c;
		chart_svg_patterned_rect(b, x0, y, x1 - x0, bar_h, cs->colours[cats[i].colour],
		                         COLOUR(BACKGROUND), cats[i].pattern);
		char n[16];
		snprintf(n, sizeof n, "%d", c);
		if (x1 - x0 >= chart_text_width(n, TEXT_SIZE) + 8) {
			bool hollow = cats[i].pattern == PATTERN_HOLLOW;
			chart_text_style st = {.anchor = "middle",
			                       .weight = "bold",
			                       .fill = hollow ? COLOUR(TEXT) : COLOUR(BACKGROUND),
			                       .halo = hollow ? COLOUR(BACKGROUND)
			                                      : cs->colours[cats[i].colour]};
			chart_svg_text(b, (x0 + x1) / 2, y + bar_h / 2 + 4.5, &st, n);
		}
		if (x0 > 0 && nseps < 8)
			seps[nseps++] = x0;
	}
	for (size_t i = 0; i < nseps; i++)
		chart_svg_line(b, seps[i], y, seps[i], y + bar_h, COLOUR(BACKGROUND), 2, NULL);
	y += bar_h + 8;
	/* legend: swatch and "count status" for every segment */
	legend_entry e[8];
	size_t k = 0;
	for (size_t i = 0; i < ncats && k < 8; i++) {
		int c = counts[cats[i].index];
		if (c > 0)
			e[k++] =
			    (legend_entry){cs->colours[cats[i].colour],
			                   status_count(a, cs, measures, cats[i].index, c, false),
			                   cats[i].pattern};
	}
	return legend(cs, b, y, e, k) + 10;
}

/* "3 of 8 activities and deliverables completed (1 with changes), 5 in progress": the
 * counts take in both, so the words say both (one term per thing across the site) */
static const char *
status_sentence_actions(arena *a, const chart_style *cs, const int *l, int total)
{
	int done = l[LIFECYCLE_COMPLETED] + l[LIFECYCLE_COMPLETED_WITH_CHANGES];
	const char *changes = "";
	if (l[LIFECYCLE_COMPLETED_WITH_CHANGES])
		changes = strings_plural(a, cs->words, "chart.summary.with_changes",
		                         l[LIFECYCLE_COMPLETED_WITH_CHANGES], (char *)NULL);
	const char *parts[NCATS(lifecycle_categories)];
	size_t np = 0;
	parts[np++] =
	    strings_plural(a, cs->words, "chart.summary.actions", total, "done",
	                   arena_printf(a, "%d", done), "with_changes", changes, (char *)NULL);
	for (size_t i = 2; i < NCATS(lifecycle_categories); i++) {
		int idx = lifecycle_categories[i].index;
		if (l[idx] > 0)
			parts[np++] = status_count(a, cs, false, idx, l[idx], true);
	}
	return join_list(a, cs, parts, np, "chart.list.separator");
}

/* "2 of 5 measures rated green, 1 amber, 2 not reported" */
static const char *
status_sentence_measures(arena *a, const chart_style *cs, const int *r, int total)
{
	const char *parts[NCATS(rag_categories)];
	size_t np = 0;
	parts[np++] = strings_plural(a, cs->words, "chart.summary.measures", total, "rated",
	                             arena_printf(a, "%d", r[RAG_GREEN]), (char *)NULL);
	for (size_t i = 1; i < NCATS(rag_categories); i++) {
		int idx = rag_categories[i].index;
		if (r[idx] > 0)
			parts[np++] = status_count(a, cs, true, idx, r[idx], true);
	}
	return join_list(a, cs, parts, np, "chart.list.separator");
}

static void
status_table_rows(arena *a, const chart_style *cs, buf *b, const char *heading, bool measures,
                  const category *cats, size_t ncats, const int *counts, int total)
{
	buf_adds(b, "<tbody>\n<tr>");
	html_cell(b, "th", "scope=\"rowgroup\" colspan=\"2\"", heading);
	buf_adds(b, "</tr>\n");
	for (size_t i = 0; i < ncats; i++) {
		int c = counts[cats[i].index];
		if (c <= 0)
			continue;
		buf_adds(b, "<tr>");
		html_cell(b, "th", "scope=\"row\"",
		          status_name(cs, measures, cats[i].index, false));
		html_num_cell(a, cs, b, c);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "<tr>");
	html_cell(b, "th", "scope=\"row\"", word(cs, "chart.total"));
	html_num_cell(a, cs, b, total);
	buf_adds(b, "</tr>\n</tbody>\n");
}

const char *
charts_status_summary(arena *a, const chart_style *cs, const char *scope,
                      const int lifecycles[LIFECYCLE_COUNT], const int rags[RAG_COUNT])
{
	int lc[LIFECYCLE_COUNT] = {0}, rc[RAG_COUNT] = {0};
	int actions = 0, measures = 0;
	for (int i = 0; i < LIFECYCLE_COUNT; i++) {
		lc[i] = lifecycles && lifecycles[i] > 0 ? lifecycles[i] : 0;
		actions += lc[i];
	}
	for (int i = 0; i < RAG_COUNT; i++) {
		rc[i] = rags && rags[i] > 0 ? rags[i] : 0;
		measures += rc[i];
	}
	if (actions <= 0 && measures <= 0)
		return NULL;

	const char *sa = actions ? status_sentence_actions(a, cs, lc, actions) : NULL;
	const char *sm = measures ? status_sentence_measures(a, cs, rc, measures) : NULL;
	const char *sentence =
	    sentence_end(a, cs,
	                 sa && sm ? strings_fmt(a, cs->words, "chart.summary.both", "actions", sa,
	                                        "measures", sm, (char *)NULL)
	                 : sa     ? sa
	                          : sm);
	const char *title = scope && *scope
	                        ? strings_fmt(a, cs->words, "chart.summary.title_scoped", "scope",
	                                      scope, (char *)NULL)
	                        : word(cs, "chart.summary.title");

	/* Draw into a body buffer first: the height is known only at the end. */
	buf body = BUF_INIT;
	double y = 0;
	if (actions)
		y = status_group(a, cs, &body, y, "chart.summary.actions_heading", false,
		                 lifecycle_categories, NCATS(lifecycle_categories), lc, actions);
	if (measures)
		y = status_group(a, cs, &body, y, "chart.summary.measures_heading", true,
		                 rag_categories, NCATS(rag_categories), rc, measures);

	buf b = BUF_INIT;
	figure_open(&b, "status", sentence);
	chart_svg_start(&b, "chart-svg", WIDTH, y - 10, COLOUR(TEXT), title, sentence);
	buf_add(&b, body.data, body.len);
	buf_free(&body);
	chart_svg_close(&b, "svg");
	buf_addc(&b, '\n');
	table_open(cs, &b, title);
	buf_adds(&b, "<thead>\n<tr>");
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.summary.column_status"));
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.summary.column_number"));
	buf_adds(&b, "</tr>\n</thead>\n");
	if (actions)
		status_table_rows(a, cs, &b, word(cs, "chart.summary.actions_group"), false,
		                  lifecycle_categories, NCATS(lifecycle_categories), lc, actions);
	if (measures)
		status_table_rows(a, cs, &b, word(cs, "chart.summary.measures_group"), true,
		                  rag_categories, NCATS(rag_categories), rc, measures);
	figure_close(&b);
	return finish(a, &b);
}

/* ---- measure trend ---- */

/* The number in the measure's unit: "69%", "£1,250", "3 days"; with_label adds the unit's
 * words ("9.5 days per full-time equivalent employee"). */
static const char *
unit_value(arena *a, const format_conventions *fmt, const measure_info *mi, double v,
           bool with_label)
{
	return format_measure(a, fmt, mi->unit, v, with_label ? mi->unit_label : NULL);
}

/* A tick label: the number with % or £, other units named in the axis caption. */
static const char *
tick_label(arena *a, const format_conventions *fmt, const measure_info *mi, const chart_ticks *t,
           int i)
{
	return format_tick(a, fmt, mi->unit, chart_tick_value(t, i), t->decimals);
}

/* The words above the value axis: "Days per full-time equivalent employee", or NULL. */
static const char *
axis_caption(arena *a, const chart_style *cs, const measure_info *mi)
{
	const char *label = mi->unit_label && *mi->unit_label ? mi->unit_label : NULL;
	const char *key = NULL;
	switch (mi->unit) {
	case UNIT_DAYS:
		key = "chart.trend.axis.days";
		break;
	case UNIT_WEEKS:
		key = "chart.trend.axis.weeks";
		break;
	case UNIT_MONTHS:
		key = "chart.trend.axis.months";
		break;
	case UNIT_YEARS:
		key = "chart.trend.axis.years";
		break;
	case UNIT_RATE:
		key = "chart.trend.axis.rate";
		break;
	case UNIT_SCORE:
		key = "chart.trend.axis.score";
		break;
	default:
		break;
	}
	if (key && label)
		return strings_fmt(a, cs->words, "chart.trend.axis_with_label", "unit",
		                   word(cs, key), "label", label, (char *)NULL);
	if (key)
		return word(cs, key);
	return label ? upper_first(a, label) : NULL;
}

typedef struct series {
	const char *name, *colour, *dash;
	double width;
} series;

/* Series 0 is the actual, 1 the target, 2 the red threshold, 3.. the comparators. */
static bool
point_value(const measure_info *mi, size_t s, size_t i, double *v)
{
	const history_point *h = &mi->history[i];
	bool has;
	double x;
	switch (s) {
	case 0: /* a withheld figure is never drawn, whatever the series holds */
		has = h->has_actual && !h->suppressed;
		x = h->actual;
		break;
	case 1:
		has = h->has_target;
		x = h->target;
		break;
	case 2:
		has = h->has_red;
		x = h->red;
		break;
	default:
		has = h->has_comparator && h->comparator && h->has_comparator[s - 3];
		x = has ? h->comparator[s - 3] : 0;
	}
	if (!has || !isfinite(x))
		return false;
	*v = x;
	return true;
}

/* A series' name, colour and dashes. */
static series
series_style(const chart_style *cs, const measure_info *mi, size_t s)
{
	static const char *const comparator_dashes[] = {"8 3 2 3", "4 2 1 2", "1 3", "10 3"};
	const char *const *c = cs->colours;
	switch (s) {
	case 0:
		return (series){word(cs, "chart.trend.series.actual"), c[CHART_SERIES_ACTUAL], NULL,
		                2.5};
	case 1:
		return (series){word(cs, "chart.trend.series.target"), c[CHART_SERIES_TARGET],
		                "7 4", 2};
	case 2:
		return (series){word(cs, "chart.trend.series.red_threshold"),
		                c[CHART_SERIES_RED_THRESHOLD], "2 3", 2};
	default: {
		size_t k = (s - 3) % 4;
		const char *name = mi->comparators && mi->comparators[s - 3]
		                       ? mi->comparators[s - 3]
		                       : word(cs, "chart.trend.series.comparator");
		return (series){name, c ? c[CHART_SERIES_COMPARATOR_1 + k] : NULL,
		                comparator_dashes[k], 1.75};
	}
	}
}

/* Splits a period label at its last space: "Q1 2019/20" -> "Q1", "2019/20". */
static void
period_lines(arena *a, const char *label, const char **l1, const char **l2)
{
	const char *p = label ? label : "";
	const char *sp = strrchr(p, ' ');
	if (!sp) {
		*l1 = p;
		*l2 = NULL;
		return;
	}
	*l1 = arena_strndup(a, p, (size_t)(sp - p));
	*l2 = sp + 1;
}

/* "below the 70% target", "above the regional average of 67.1%", "meeting the 70% target":
 * the text of key_prefix followed by "_below", "_above" or equal ("_meeting" for the
 * target and red threshold, "_level" for comparators); name is a comparator's name. */
static const char *
compare_phrase(arena *a, const chart_style *cs, const measure_info *mi, double actual, double other,
               const char *key_prefix, const char *name)
{
	const char *rel = actual < other   ? "below"
	                  : actual > other ? "above"
	                  : name           ? "level"
	                                   : "meeting";
	return strings_fmt(a, cs->words, arena_printf(a, "%s_%s", key_prefix, rel), "value",
	                   unit_value(a, cs->fmt, mi, other, false), "name", name ? name : "",
	                   (char *)NULL);
}

/* "No results reported yet for Q1 2019/20 to Q4 2019/20; the target is 80%." */
static const char *
no_results_sentence(arena *a, const chart_style *cs, const measure_info *mi)
{
	size_t n = mi->nhistory;
	const char *first = format_period(a, cs->fmt, mi->history[0].per),
	           *last = format_period(a, cs->fmt, mi->history[n - 1].per);
	const char *text;
	if (n == 1 || !first || !last)
		text = last ? strings_fmt(a, cs->words, "chart.trend.no_results", "period", last,
		                          (char *)NULL)
		            : word(cs, "chart.trend.no_results_measure");
	else
		text = strings_fmt(a, cs->words, "chart.trend.no_results_range", "first", first,
		                   "last", last, (char *)NULL);
	for (size_t i = n; i-- > 0;) {
		if (mi->history[i].has_target && isfinite(mi->history[i].target)) {
			text = strings_fmt(
			    a, cs->words, "chart.trend.no_results_target", "text", text, "target",
			    unit_value(a, cs->fmt, mi, mi->history[i].target, false), (char *)NULL);
			break;
		}
	}
	return sentence_end(a, cs, text);
}

static const char *
trend_sentence(arena *a, const chart_style *cs, const measure_info *mi, long latest, long previous)
{
	if (latest < 0)
		return no_results_sentence(a, cs, mi);
	const format_conventions *fmt = cs->fmt;
	const history_point *h = &mi->history[latest];
	const char *figure = unit_value(a, fmt, mi, h->actual, true);
	const char *h_period = format_period(a, fmt, h->per);
	const char *text = h_period ? strings_fmt(a, cs->words, "chart.trend.latest", "value",
	                                          figure, "period", h_period, (char *)NULL)
	                            : strings_fmt(a, cs->words, "chart.trend.latest_no_period",
	                                          "value", figure, (char *)NULL);
	if (previous >= 0) {
		const history_point *p = &mi->history[previous];
		/* a gap: say which period it compares with */
		const char *p_period = format_period(a, fmt, p->per);
		bool gap = latest - previous > 1 && p_period;
		const char *key =
		    p->actual == h->actual
		        ? (gap ? "chart.trend.unchanged_since" : "chart.trend.unchanged")
		    : p->actual < h->actual ? (gap ? "chart.trend.up_in" : "chart.trend.up")
		                            : (gap ? "chart.trend.down_in" : "chart.trend.down");
		text = strings_fmt(a, cs->words, key, "latest", text, "value",
		                   unit_value(a, fmt, mi, p->actual, false), "period",
		                   p_period ? p_period : "", (char *)NULL);
	}
	const char *parts[8];
	size_t np = 0;
	if (h->has_target && isfinite(h->target))
		parts[np++] = compare_phrase(a, cs, mi, h->actual, h->target,
		                             "chart.trend.compare.target", NULL);
	if (h->has_red && isfinite(h->red) &&
	    ((mi->polarity == POLARITY_HIGHER_IS_BETTER && h->actual < h->red) ||
	     (mi->polarity == POLARITY_LOWER_IS_BETTER && h->actual > h->red)))
		parts[np++] =
		    compare_phrase(a, cs, mi, h->actual, h->red, "chart.trend.compare.red", NULL);
	for (size_t k = 0; k < mi->ncomparators && np < 8; k++) {
		double c;
		if (point_value(mi, 3 + k, (size_t)latest, &c))
			parts[np++] = compare_phrase(a, cs, mi, h->actual, c,
			                             "chart.trend.compare.comparator",
			                             series_style(cs, mi, 3 + k).name);
	}
	if (np)
		text = strings_fmt(
		    a, cs->words, "chart.trend.with_comparisons", "text", text, "comparisons",
		    join_list(a, cs, parts, np, "chart.list.separator"), (char *)NULL);
	return sentence_end(a, cs, text);
}

/* One drawing of a measure's trend, width units wide (the page holds several, one shown per
 * column width by charts.css, so the text stays 12 to 18 px): legend, axes, lines, markers and
 * the latest figure's label. Appends the <svg> to b. */
static void
trend_drawing(arena *a, const chart_style *cs, buf *b, const measure_info *mi, const bool *present,
              size_t nseries, const chart_ticks *tp, long latest, const char *title,
              const char *text, double width)
{
	const format_conventions *fmt = cs->fmt;
	const size_t n = mi->nhistory;
	const chart_ticks t = *tp;
	buf body = BUF_INIT;
	/* legend: sample line and name for each series present, then the polarity in words */
	double lx = 0, ly = 14;
	for (size_t s = 0; s < nseries; s++) {
		if (!present[s])
			continue;
		series st = series_style(cs, mi, s);
		double w = 30 + chart_text_width(st.name, TEXT_SIZE) + 14;
		if (lx > 0 && lx + w - 14 > width) {
			lx = 0;
			ly += 20;
		}
		chart_svg_line(&body, lx, ly - 4, lx + 24, ly - 4, st.colour, st.width, st.dash);
		if (s == 0) {
			chart_svg_open(&body, "circle");
			chart_svg_attr_num(&body, "cx", lx + 12);
			chart_svg_attr_num(&body, "cy", ly - 4);
			chart_svg_attr(&body, "r", "3.5");
			chart_svg_attr(&body, "fill", st.colour);
			chart_svg_empty(&body);
			buf_addc(&body, '\n');
		}
		chart_svg_text(&body, lx + 30, ly, NULL, st.name);
		lx += w;
	}
	if (mi->polarity != POLARITY_NONE) {
		const char *words = strings_label(cs->words, "polarity", polarity_id(mi->polarity));
		if (mi->polarity == POLARITY_HIGHER_IS_BETTER)
			words = strings_fmt(a, cs->words, "chart.trend.polarity_up", "polarity",
			                    words, (char *)NULL);
		else if (mi->polarity == POLARITY_LOWER_IS_BETTER)
			words = strings_fmt(a, cs->words, "chart.trend.polarity_down", "polarity",
			                    words, (char *)NULL);
		double w = chart_text_width(words, TEXT_SIZE);
		if (lx > 0 && lx + w > width) {
			lx = 0;
			ly += 20;
		}
		chart_text_style bold = {.weight = "bold"};
		chart_svg_text(&body, lx, ly, &bold, words);
	}
	double top = ly + 10;
	const char *caption = axis_caption(a, cs, mi);
	if (caption) {
		chart_text_style st = {.fill = COLOUR(MUTED)};
		chart_svg_text(&body, 0, top + 13, &st, caption);
		top += 19;
	}
	top += 10;
	const double plot_h = 160, bottom = top + plot_h;

	/* value axis */
	const char **labels = arena_alloc(a, sizeof(char *) * (size_t)t.count);
	double label_w = 0;
	for (int i = 0; i < t.count; i++) {
		labels[i] = tick_label(a, cs->fmt, mi, &t, i);
		double w = chart_text_width(labels[i], SMALL_SIZE);
		if (w > label_w)
			label_w = w;
	}
	/* period labels on two lines ("Q1", "2019/20"): the widest decides the right margin */
	double period_w = 0;
	const char **l1 = arena_alloc(a, sizeof(char *) * n),
	           **l2 = arena_alloc(a, sizeof(char *) * n);
	for (size_t i = 0; i < n; i++) {
		period_lines(a, format_period(a, cs->fmt, mi->history[i].per), &l1[i], &l2[i]);
		double w1 = chart_text_width(l1[i], SMALL_SIZE),
		       w2 = l2[i] ? chart_text_width(l2[i], SMALL_SIZE) : 0;
		if (w1 > period_w)
			period_w = w1;
		if (w2 > period_w)
			period_w = w2;
	}
	const double left = label_w + 10;
	/* the last label is centred on the last band: keep its right half inside the chart */
	double right = width - 4;
	for (int pass = 0; pass < 2; pass++) {
		double half_band = (right - left) / (double)n / 2;
		if (period_w / 2 > half_band + (width - right) - 2)
			right = width - (period_w / 2 - half_band) - 4;
	}
	if (right > width - 4)
		right = width - 4;
	/* the latest figure's label sits centred over its point, never beside the one before:
	 * narrow the plot until it fits (X(latest) + w / 2 <= width - 2) */
	if (latest >= 0) {
		double w = chart_text_width(
		           unit_value(a, fmt, mi, mi->history[latest].actual, false), TEXT_SIZE),
		       at = ((double)latest + 0.5) / (double)n;
		if (left + at * (right - left) + w / 2 > width - 2)
			right = left + (width - 2 - w / 2 - left) / at;
	}
	const double band = (right - left) / (double)n;
	const double stub = band * 0.4 < 30 ? band * 0.4 : 30;
#define Y(v) chart_scale((v), t.lo, t.hi, bottom, top)
#define X(i) (left + ((double)(i) + 0.5) * band)
	for (int i = 0; i < t.count; i++) {
		double v = chart_tick_value(&t, i), y = Y(v);
		chart_svg_line(&body, left, y, right, y,
		               v == 0 && t.lo < 0 ? COLOUR(AXIS) : COLOUR(GRID), 1, NULL);
		chart_text_style st = {.anchor = "end", .size = SMALL, .fill = COLOUR(MUTED)};
		chart_svg_text(&body, left - 5, y + 4, &st, labels[i]);
	}

	/* period axis, thinned so labels never overlap (the latest is always kept) */
	size_t every = (size_t)ceil((period_w + 6) / band);
	if (every < 1)
		every = 1;
	for (size_t i = 0; i < n; i++) {
		if ((n - 1 - i) % every)
			continue;
		chart_text_style st = {.anchor = "middle", .size = SMALL, .fill = COLOUR(MUTED)};
		chart_svg_line(&body, X(i), bottom, X(i), bottom + 4, COLOUR(AXIS), 1, NULL);
		chart_svg_text(&body, X(i), bottom + 17, &st, l1[i]);
		if (l2[i])
			chart_svg_text(&body, X(i), bottom + 31, &st, l2[i]);
	}

	/* lines: the actual first, then the dashed reference lines over it (so a target equal to
	 * the actual still shows), then the actual's markers on top; a gap breaks a line */
	for (size_t k = 0; k < nseries; k++) {
		size_t s =
		    k == 0 ? 0 : nseries - k; /* actual, comparators, red threshold, target */
		if (!present[s])
			continue;
		series st = series_style(cs, mi, s);
		buf d = BUF_INIT;
		for (size_t i = 0; i < n; i++) {
			double v, pv, nv;
			if (!point_value(mi, s, i, &v))
				continue;
			bool prev = i > 0 && point_value(mi, s, i - 1, &pv);
			bool next = i + 1 < n && point_value(mi, s, i + 1, &nv);
			if (!prev && !next && s != 0) { /* a lone value: a short level stroke */
				buf_addc(&d, 'M');
				chart_svg_num(&d, X(i) - stub);
				buf_addc(&d, ' ');
				chart_svg_num(&d, Y(v));
				buf_addc(&d, 'H');
				chart_svg_num(&d, X(i) + stub);
				continue;
			}
			buf_addc(&d, prev ? 'L' : 'M');
			chart_svg_num(&d, X(i));
			buf_addc(&d, ' ');
			chart_svg_num(&d, Y(v));
		}
		if (d.len) {
			chart_svg_open(&body, "path");
			chart_svg_attr(&body, "d", buf_cstr(&d));
			chart_svg_attr(&body, "fill", "none");
			chart_svg_attr(&body, "stroke", st.colour);
			chart_svg_attr_num(&body, "stroke-width", st.width);
			chart_svg_attr(&body, "stroke-linejoin", "round");
			if (st.dash)
				chart_svg_attr(&body, "stroke-dasharray", st.dash);
			chart_svg_empty(&body);
			buf_addc(&body, '\n');
		}
		buf_free(&d);
	}
	for (size_t i = 0; i < n; i++) {
		double v;
		if (!point_value(mi, 0, i, &v))
			continue;
		chart_svg_open(&body, "circle");
		chart_svg_attr_num(&body, "cx", X(i));
		chart_svg_attr_num(&body, "cy", Y(v));
		chart_svg_attr(&body, "r", (long)i == latest ? "5" : "3.5");
		chart_svg_attr(&body, "fill", series_style(cs, mi, 0).colour);
		chart_svg_attr(&body, "stroke", COLOUR(BACKGROUND));
		chart_svg_empty(&body);
		buf_addc(&body, '\n');
	}

	/* the latest value, labelled by its marker */
	if (latest >= 0) {
		double v = mi->history[latest].actual, x = X(latest), y = Y(v);
		const char *label = unit_value(a, fmt, mi, v, false);
		double w = chart_text_width(label, TEXT_SIZE);
		const char *anchor = "middle";
		if (x + w / 2 > width) {
			anchor = "end";
			x = width;
		} else if (x - w / 2 < left) {
			anchor = "start";
			x = left;
		}
		chart_text_style st = {.anchor = anchor,
		                       .weight = "bold",
		                       .fill = COLOUR(SERIES_ACTUAL),
		                       .halo = COLOUR(BACKGROUND)};
		chart_svg_text(&body, x, y - 10 - 13 > top - 8 ? y - 10 : y + 21, &st, label);
	}
#undef X
#undef Y

	chart_svg_start(b, arena_printf(a, "chart-svg chart-svg--%d", (int)width), width,
	                bottom + 36, COLOUR(TEXT), title, text);
	buf_add(b, body.data, body.len);
	buf_free(&body);
	chart_svg_close(b, "svg");
	buf_addc(b, '\n');
}

/* The drawings' widths in SVG units: each is shown while the column is 1 to 1.38 times as wide
 * (charts.css), from a 288 px column (a 320 px screen) to the 960 px of the widest. */
static const double trend_widths[] = {288, 398, 551, 763};

/* Which series of a measure have values, the latest and previous actuals and the value
 * axis; false when there is no trend to draw or tell. */
static bool
trend_points(arena *a, const item *measure, bool **present, long *latest, long *previous,
             chart_ticks *t)
{
	if (!measure || !measure->measure || !measure->measure->nhistory ||
	    !measure->measure->history)
		return false;
	const measure_info *mi = measure->measure;
	size_t n = mi->nhistory, nseries = 3 + mi->ncomparators;

	/* the values and which series have any */
	double *all = arena_alloc(a, sizeof(double) * n * nseries);
	*present = arena_alloc(a, nseries);
	size_t nall = 0;
	*latest = -1;
	*previous = -1;
	for (size_t s = 0; s < nseries; s++)
		for (size_t i = 0; i < n; i++) {
			double v;
			if (point_value(mi, s, i, &v)) {
				all[nall++] = v;
				(*present)[s] = true;
				if (s == 0) {
					*previous = *latest;
					*latest = (long)i;
				}
			}
		}
	double dlo, dhi;
	if (!chart_value_domain(all, nall, mi->unit == UNIT_PERCENT, &dlo, &dhi))
		return false;
	*t = chart_ticks_for(dlo, dhi, 5, mi->unit == UNIT_COUNT);
	return true;
}

const char *
charts_measure_sentence(arena *a, const chart_style *cs, const item *measure)
{
	bool *present;
	long latest, previous;
	chart_ticks t;
	if (!trend_points(a, measure, &present, &latest, &previous, &t))
		return NULL;
	return trend_sentence(a, cs, measure->measure, latest, previous);
}

const char *
charts_measure_trend(arena *a, const chart_style *cs, const item *measure, const char **sentence)
{
	if (sentence)
		*sentence = NULL;
	bool *present;
	long latest, previous;
	chart_ticks t;
	if (!trend_points(a, measure, &present, &latest, &previous, &t))
		return NULL;
	const measure_info *mi = measure->measure;
	size_t n = mi->nhistory, nseries = 3 + mi->ncomparators;
	const format_conventions *fmt = cs->fmt;

	const char *text = trend_sentence(a, cs, mi, latest, previous);
	const char *title = measure->title ? strings_fmt(a, cs->words, "chart.trend.title",
	                                                 "measure", measure->title, (char *)NULL)
	                                   : word(cs, "chart.trend.title_untitled");

	buf b = BUF_INIT;
	figure_open(&b, "trend", text);
	for (size_t w = 0; w < sizeof trend_widths / sizeof *trend_widths; w++)
		trend_drawing(a, cs, &b, mi, present, nseries, &t, latest, title, text,
		              trend_widths[w]);

	table_open(cs, &b, title);
	buf_adds(&b, "<thead>\n<tr>");
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.trend.column_period"));
	for (size_t s = 0; s < nseries; s++)
		if (present[s] || s == 0)
			html_cell(&b, "th", "scope=\"col\"", series_style(cs, mi, s).name);
	buf_adds(&b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t i = 0; i < n; i++) {
		buf_adds(&b, "<tr>");
		const char *label = format_period(a, fmt, mi->history[i].per);
		html_cell(&b, "th", "scope=\"row\"", label ? label : "");
		for (size_t s = 0; s < nseries; s++) {
			if (!present[s] && s != 0)
				continue;
			double v;
			const char *rule = s == 0 ? mi->history[i].suppressed : NULL;
			html_cell(&b, "td", NULL,
			          point_value(mi, s, i, &v) ? unit_value(a, fmt, mi, v, false)
			          : rule                    ? withheld_text(a, cs, rule)
			                                    : word(cs, "chart.no_data"));
		}
		buf_adds(&b, "</tr>\n");
	}
	buf_adds(&b, "</tbody>\n");
	figure_close(&b);
	if (sentence)
		*sentence = text;
	return finish(a, &b);
}

/* ---- deadlines by month ---- */

/* "Mar 2018" (short) or "March 2018" for a yyyymm key. */
static const char *
month_text(arena *a, const chart_style *cs, int key, bool full)
{
	return format_month(a, cs->fmt, key / 100, key % 100, !full);
}

enum { DL_COMPLETED, DL_ON_TIME, DL_OVERDUE, DL_CLOSED, DL_UNKNOWN, DL_COUNT };

/* Each category's words: as a heading ("Overdue") and inside the sentence ("overdue"). */
static const struct {
	const char *heading, *in_sentence;
	chart_colour colour;
	chart_pattern pattern;
} deadline_categories[DL_COUNT] = {
    {"chart.deadlines.categories.completed", "chart.deadlines.in_sentence.completed",
     CHART_DEADLINE_COMPLETED, PATTERN_SOLID},
    {"chart.deadlines.categories.on_time", "chart.deadlines.in_sentence.on_time",
     CHART_DEADLINE_ON_TIME, PATTERN_DIAGONAL},
    {"chart.deadlines.categories.overdue", "chart.deadlines.in_sentence.overdue",
     CHART_DEADLINE_OVERDUE, PATTERN_CROSS},
    {"chart.deadlines.categories.closed", "chart.deadlines.in_sentence.closed",
     CHART_DEADLINE_CLOSED, PATTERN_VERTICAL},
    {"chart.deadlines.categories.unknown", "chart.deadlines.in_sentence.unknown",
     CHART_DEADLINE_UNKNOWN, PATTERN_HOLLOW},
};

static const char *
deadline_label(const chart_style *cs, int c, bool in_sentence)
{
	return word(cs, in_sentence ? deadline_categories[c].in_sentence
	                            : deadline_categories[c].heading);
}

typedef struct month_row {
	int key; /* yyyymm */
	int count[DL_COUNT], total;
} month_row;

static int
compare_rows(const void *x, const void *y)
{
	const month_row *p = x, *q = y;
	return (p->key > q->key) - (p->key < q->key);
}

/* Legend entries and table columns: the main categories always, the others when they occur;
 * without any report only what occurs (nothing is on time or overdue then). */
static bool
category_shown(int c, const int *totals)
{
	if (totals[c])
		return true;
	return !totals[DL_UNKNOWN] && c != DL_CLOSED && c != DL_UNKNOWN;
}

static int
deadline_category(const item *it)
{
	lifecycle l = item_lifecycle(it);
	if (l == LIFECYCLE_COMPLETED || l == LIFECYCLE_COMPLETED_WITH_CHANGES)
		return DL_COMPLETED;
	if (it->due == DUE_OVERDUE)
		return DL_OVERDUE;
	if (l == LIFECYCLE_DEFERRED || l == LIFECYCLE_NOT_BEING_PURSUED || it->due == DUE_CLOSED)
		return DL_CLOSED;
	if (it->due == DUE_NONE) /* past its deadline and no report says how it stands */
		return DL_UNKNOWN;
	return DL_ON_TIME;
}

const char *
charts_deadlines(arena *a, const chart_style *cs, const plan *p)
{
	if (!p || !p->items.len)
		return NULL;
	month_row *rows = arena_alloc(a, sizeof *rows * p->items.len);
	size_t nrows = 0;
	int totals[DL_COUNT] = {0}, all = 0;
	for (size_t i = 0; i < p->items.len; i++) {
		const item *it = p->items.items[i];
		if (!it || (it->kind != ITEM_ACTIVITY && it->kind != ITEM_DELIVERABLE))
			continue;
		const deadline_set *ds = item_current_deadline(it);
		if (!ds || ds->last_day <= 0)
			continue;
		int key = ds->last_day / 100;
		size_t r = 0;
		while (r < nrows && rows[r].key != key) /* few months: a linear search is enough */
			r++;
		if (r == nrows)
			rows[nrows++].key = key;
		int c = deadline_category(it);
		rows[r].count[c]++;
		rows[r].total++;
		totals[c]++;
		all++;
	}
	if (!nrows)
		return NULL;
	qsort(rows, nrows, sizeof *rows, compare_rows);
	size_t busiest = 0;
	int max_total = 0;
	for (size_t r = 0; r < nrows; r++)
		if (rows[r].total > max_total) {
			max_total = rows[r].total;
			busiest = r;
		}

	/* the sentence */
	const char *due =
	    nrows == 1 ? strings_plural(a, cs->words, "chart.deadlines.due_in", all, "month",
	                                month_text(a, cs, rows[0].key, true), (char *)NULL)
	               : strings_plural(a, cs->words, "chart.deadlines.due_between", all, "first",
	                                month_text(a, cs, rows[0].key, true), "last",
	                                month_text(a, cs, rows[nrows - 1].key, true), (char *)NULL);
	const char *parts[DL_COUNT + 1];
	size_t np = 0;
	for (int c = 0; c < DL_COUNT; c++)
		if (totals[c])
			parts[np++] =
			    strings_plural(a, cs->words, "chart.status_count", totals[c], "status",
			                   deadline_label(cs, c, true), (char *)NULL);
	if (!totals[DL_OVERDUE] && !totals[DL_UNKNOWN])
		parts[np++] = word(cs, "chart.deadlines.none_overdue");
	const char *text = strings_fmt(a, cs->words, "chart.deadlines.counts", "due", due, "counts",
	                               join_list(a, cs, parts, np, "chart.list.and"), (char *)NULL);
	if (nrows > 1)
		text = strings_fmt(a, cs->words, "chart.deadlines.busiest", "text", text, "month",
		                   month_text(a, cs, rows[busiest].key, true), "count",
		                   arena_printf(a, "%d", max_total), (char *)NULL);
	text = sentence_end(a, cs, text);
	const char *title = p->title ? strings_fmt(a, cs->words, "chart.deadlines.title", "plan",
	                                           p->title, (char *)NULL)
	                             : word(cs, "chart.deadlines.title_untitled");

	/* legend: every category that occurs, with its total */
	buf body = BUF_INIT;
	legend_entry e[DL_COUNT];
	size_t k = 0;
	for (int c = 0; c < DL_COUNT; c++)
		if (category_shown(c, totals))
			e[k++] = (legend_entry){
			    cs->colours[deadline_categories[c].colour],
			    strings_plural(a, cs->words, "chart.deadlines.legend", totals[c],
			                   "category", deadline_label(cs, c, false), (char *)NULL),
			    deadline_categories[c].pattern};
	double y = legend(cs, &body, 0, e, k) + 8;

	/* one row per month; the reporting date as a dashed rule between the months */
	double label_w = 0;
	for (size_t r = 0; r < nrows; r++) {
		double w = chart_text_width(month_text(a, cs, rows[r].key, false), TEXT_SIZE);
		if (w > label_w)
			label_w = w;
	}
	char widest_total[16];
	snprintf(widest_total, sizeof widest_total, "%d", max_total);
	const double x0 = label_w + 6,
	             bar_max = WIDTH - x0 - 8 - chart_text_width(widest_total, TEXT_SIZE),
	             row_h = 26, bar_h = 18;
	int as_of_key = p->as_of > 0 ? p->as_of / 100 : 0;
	bool rule_drawn = as_of_key == 0;
	for (size_t r = 0; r <= nrows; r++) {
		if (!rule_drawn && (r == nrows || rows[r].key > as_of_key)) {
			const char *date = format_date(a, cs->fmt, p->as_of);
			chart_svg_line(&body, 0, y + 10, WIDTH, y + 10, COLOUR(RULE), 1.5, "5 3");
			chart_text_style st = {.anchor = "middle",
			                       .size = SMALL,
			                       .weight = "bold",
			                       .halo = COLOUR(BACKGROUND)};
			chart_svg_text(&body, WIDTH / 2, y + 14, &st,
			               strings_fmt(a, cs->words, "chart.deadlines.reporting_date",
			                           "date", date ? date : "", (char *)NULL));
			y += 22;
			rule_drawn = true;
		}
		if (r == nrows)
			break;
		const month_row *row = &rows[r];
		chart_text_style lab = {.anchor = "end"};
		chart_svg_text(&body, label_w, y + bar_h / 2 + 6, &lab,
		               month_text(a, cs, row->key, false));
		int segments = 0;
		for (int c = 0; c < DL_COUNT; c++)
			segments += row->count[c] > 0;
		double x = x0;
		for (int c = 0; c < DL_COUNT; c++) {
			if (!row->count[c])
				continue;
			double w = bar_max * row->count[c] / max_total;
			chart_svg_patterned_rect(
			    &body, x, y + 2, w, bar_h, cs->colours[deadline_categories[c].colour],
			    COLOUR(BACKGROUND), deadline_categories[c].pattern);
			char n[16];
			snprintf(n, sizeof n, "%d", row->count[c]);
			/* counts inside only for bars in parts; the total follows */
			if (segments > 1 && w >= chart_text_width(n, SMALL_SIZE) + 6) {
				chart_text_style st = {
				    .anchor = "middle",
				    .size = SMALL,
				    .weight = "bold",
				    .fill = COLOUR(BACKGROUND),
				    .halo = cs->colours[deadline_categories[c].colour]};
				chart_svg_text(&body, x + w / 2, y + 2 + bar_h / 2 + 4.5, &st, n);
			}
			if (x > x0)
				chart_svg_line(&body, x, y + 2, x, y + 2 + bar_h,
				               COLOUR(BACKGROUND), 1.5, NULL);
			x += w;
		}
		chart_svg_text(&body, x + 5, y + bar_h / 2 + 6, NULL,
		               arena_printf(a, "%d", row->total));
		y += row_h;
	}

	buf b = BUF_INIT;
	figure_open(&b, "deadlines", text);
	chart_svg_start(&b, "chart-svg", WIDTH, y + 2, COLOUR(TEXT), title, text);
	buf_add(&b, body.data, body.len);
	buf_free(&body);
	chart_svg_close(&b, "svg");
	buf_addc(&b, '\n');
	table_open(cs, &b, title);
	buf_adds(&b, "<thead>\n<tr>");
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.deadlines.column_month"));
	for (int c = 0; c < DL_COUNT; c++)
		if (category_shown(c, totals))
			html_cell(&b, "th", "scope=\"col\"", deadline_label(cs, c, false));
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.total"));
	buf_adds(&b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t r = 0; r < nrows; r++) {
		buf_adds(&b, "<tr>");
		html_cell(&b, "th", "scope=\"row\"", month_text(a, cs, rows[r].key, true));
		for (int c = 0; c < DL_COUNT; c++)
			if (category_shown(c, totals))
				html_num_cell(a, cs, &b, rows[r].count[c]);
		html_num_cell(a, cs, &b, rows[r].total);
		buf_adds(&b, "</tr>\n");
	}
	buf_adds(&b, "</tbody>\n<tfoot>\n<tr>");
	html_cell(&b, "th", "scope=\"row\"", word(cs, "chart.total"));
	for (int c = 0; c < DL_COUNT; c++)
		if (category_shown(c, totals))
			html_num_cell(a, cs, &b, totals[c]);
	html_num_cell(a, cs, &b, all);
	buf_adds(&b, "</tr>\n</tfoot>\n");
	figure_close(&b);
	return finish(a, &b);
}

/* ---- equality coverage ---- */

typedef struct cell {
	int total;
	int lifecycle[LIFECYCLE_COUNT]; /* activities and deliverables */
	int rag[RAG_COUNT];             /* measures */
	int actions, measures, others;  /* others: priorities and outcomes */
} cell;

/* One item counted into a cell once (seen holds those counted). */
static void
count_one(arena *a, ptrvec *seen, const item *it, cell *out)
{
	for (size_t k = 0; k < seen->len; k++)
		if (seen->items[k] == it)
			return;
	ptrvec_push(a, seen, (void *)it);
	out->total++;
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE) {
		lifecycle l = item_lifecycle(it);
		out->lifecycle[l < LIFECYCLE_COUNT ? l : 0]++;
		out->actions++;
	} else if (it->kind == ITEM_MEASURE) {
		rag r = it->current ? it->current->rag : RAG_NONE;
		out->rag[r < RAG_COUNT ? r : 0]++;
		out->measures++;
	} else {
		out->others++;
	}
}

/* The distinct items concerning characteristic c in plan pl (named directly or linked
 * through an equality outcome, as its group page lists them), counted into *out. */
static void
count_cell(arena *a, const characteristic *c, const plan *pl, cell *out)
{
	ptrvec seen = {0};
	for (size_t i = 0; i < c->items.len; i++) {
		const item *it = c->items.items[i];
		if (it && it->plan == pl)
			count_one(a, &seen, it, out);
	}
	for (size_t i = 0; i < c->outcomes.len; i++) {
		const equality_outcome *eo = c->outcomes.items[i];
		if (!eo)
			continue;
		for (size_t j = 0; j < eo->links.len; j++) {
			const item *it = eo->links.items[j];
			if (it && it->plan == pl)
				count_one(a, &seen, it, out);
		}
	}
}

/* "4: 3 activities and deliverables (2 in progress, 1 completed), 1 measure (1 green)" */
/* "2 in progress, 1 completed": the counts of one cell's statuses, in category order. */
static const char *
cell_statuses(arena *a, const chart_style *cs, bool measures, const category *cats, size_t ncats,
              const int *counts)
{
	const char *parts[8];
	size_t np = 0;
	for (size_t i = 0; i < ncats && np < 8; i++)
		if (counts[cats[i].index])
			parts[np++] = status_count(a, cs, measures, cats[i].index,
			                           counts[cats[i].index], true);
	return join_list(a, cs, parts, np, "chart.list.separator");
}

static const char *
cell_text(arena *a, const chart_style *cs, const cell *c)
{
	if (!c->total)
		return word(cs, "chart.equality.none");
	const char *parts[3];
	size_t np = 0;
	if (c->actions)
		parts[np++] = strings_plural(
		    a, cs->words, "chart.equality.cell_actions", c->actions, "statuses",
		    cell_statuses(a, cs, false, lifecycle_categories, NCATS(lifecycle_categories),
		                  c->lifecycle),
		    (char *)NULL);
	if (c->measures)
		parts[np++] = strings_plural(
		    a, cs->words, "chart.equality.cell_measures", c->measures, "statuses",
		    cell_statuses(a, cs, true, rag_categories, NCATS(rag_categories), c->rag),
		    (char *)NULL);
	if (c->others)
		parts[np++] = strings_plural(a, cs->words, "chart.equality.cell_others", c->others,
		                             (char *)NULL);
	return strings_plural(a, cs->words, "chart.equality.cell", c->total, "parts",
	                      join_list(a, cs, parts, np, "chart.list.separator"), (char *)NULL);
}

static const char *
group_name(const characteristic *c)
{
	return c->name ? c->name : c->id ? c->id : "";
}

/* The address of the items a cell counts: the group page's section for the plan. Only the
 * table's cells link: the svg is one image (role="img") and may hold no controls. */
static const char *
cell_href(arena *a, const char *root, const characteristic *c, const plan *pl)
{
	return arena_printf(a, "%s%sindex.html#plan-%s", root, c->path ? c->path : "",
	                    pl && pl->id ? pl->id : "");
}

const char *
charts_equality_coverage(arena *a, const chart_style *cs, const model *m)
{
	return charts_equality_coverage_linked(a, cs, m, NULL);
}

const char *
charts_equality_coverage_linked(arena *a, const chart_style *cs, const model *m, const char *root)
{
	if (!m || !m->characteristics.len || !m->plans.len)
		return NULL;
	size_t nplans = m->plans.len, nchars = 0;
	/* rows: the protected characteristics, then local groups, each in content order */
	const characteristic **rows = arena_alloc(a, sizeof *rows * m->characteristics.len);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < m->characteristics.len; i++) {
			const characteristic *c = m->characteristics.items[i];
			if (c && c->protected_ == (pass == 0))
				rows[nchars++] = c;
		}
	if (!nchars)
		return NULL;
	size_t nprotected = 0;
	while (nprotected < nchars && rows[nprotected]->protected_)
		nprotected++;
	bool grouped = nprotected > 0 && nprotected < nchars;

	cell *cells = arena_alloc(a, sizeof *cells * nchars * nplans);
	int max = 0, empty = 0;
	const char **bare = arena_alloc(a, sizeof(char *) * nchars);
	size_t nbare = 0;
	for (size_t r = 0; r < nchars; r++) {
		int row_total = 0;
		for (size_t p = 0; p < nplans; p++) {
			cell *c = &cells[r * nplans + p];
			count_cell(a, rows[r], m->plans.items[p], c);
			if (c->total > max)
				max = c->total;
			if (!c->total)
				empty++;
			row_total += c->total;
		}
		if (!row_total)
			bare[nbare++] = group_name(rows[r]);
	}

	/* the sentence: the gaps first */
	int ncells = (int)(nchars * nplans);
	const char *text;
	if (nbare)
		text = strings_plural(a, cs->words, "chart.equality.bare_groups", ncells, "groups",
		                      join_list(a, cs, bare, nbare, "chart.list.or"), "empty",
		                      arena_printf(a, "%d", empty), (char *)NULL);
	else if (empty)
		text = strings_plural(a, cs->words, "chart.equality.some_gaps", ncells, "empty",
		                      arena_printf(a, "%d", empty), (char *)NULL);
	else
		text = word(cs, "chart.equality.all_linked");
	const char *title = word(cs, "chart.equality.title");

	/* layout: the plans as columns across the whole width, each group's name on a line of
	 * its own above its row of cells, so names and plan titles have room on a phone */
	const double cell_min = 56, head_size = SMALL_SIZE, row_h = 30;
	double cell_w = WIDTH / (double)nplans;
	if (cell_w < cell_min)
		cell_w = cell_min;
	const double width = cell_w * (double)nplans;
	const char *lines[6];
	size_t head_lines = 1;
	for (size_t p = 0; p < nplans; p++) {
		const plan *pl = m->plans.items[p];
		size_t nl = wrap_text(a, pl && pl->title ? pl->title : "", cell_w - 6,
		                      head_size * 1.1, lines, 6);
		if (nl > head_lines)
			head_lines = nl;
	}
	buf body = BUF_INIT;
	double y = 0;
	for (size_t p = 0; p < nplans; p++) {
		const plan *pl = m->plans.items[p];
		size_t nl = wrap_text(a, pl && pl->title ? pl->title : "", cell_w - 6,
		                      head_size * 1.1, lines, 6);
		chart_text_style st = {.anchor = "middle", .size = SMALL, .weight = "bold"};
		double x = cell_w * ((double)p + 0.5);
		for (size_t l = 0; l < nl; l++) /* bottom-aligned */
			chart_svg_text(&body, x, 12 + 14 * (double)(head_lines - nl + l), &st,
			               lines[l]);
	}
	y = 14 * (double)head_lines + 4;
	for (size_t r = 0; r < nchars; r++) {
		if (grouped && (r == 0 || r == nprotected)) {
			chart_text_style st = {
			    .size = SMALL, .weight = "bold", .fill = COLOUR(MUTED)};
			chart_svg_text(&body, 0, y + 16, &st,
			               word(cs, r == 0 ? "chart.equality.protected_short"
			                               : "chart.equality.local"));
			y += 20;
		}
		chart_svg_line(&body, 0, y + 2, width, y + 2, COLOUR(GRID), 1, NULL);
		size_t nl = wrap_text(a, group_name(rows[r]), width, TEXT_SIZE, lines, 2);
		for (size_t l = 0; l < nl; l++)
			chart_svg_text(&body, 0, y + 17 + 16 * (double)l, NULL, lines[l]);
		y += 16 * (double)nl + 6;
		for (size_t p = 0; p < nplans; p++) {
			const cell *c = &cells[r * nplans + p];
			double x = cell_w * (double)p;
			if (!c->total) {
				chart_svg_rect(&body, x + 2, y, cell_w - 4, row_h - 4,
				               COLOUR(BACKGROUND), COLOUR(AXIS), "3 2");
				chart_text_style st = {
				    .anchor = "middle", .style = "italic", .fill = COLOUR(MUTED)};
				chart_svg_text(&body, x + cell_w / 2, y + row_h / 2 + 3, &st,
				               word(cs, "chart.equality.none"));
				continue;
			}
			/* three shades by share of the largest cell; the number says it all */
			const char *shades[] = {COLOUR(COVERAGE_LOW), COLOUR(COVERAGE_MEDIUM),
			                        COLOUR(COVERAGE_HIGH)};
			int level = max > 0 ? (int)(3.0 * c->total / (max + 1)) : 0;
			if (level > 2)
				level = 2;
			chart_svg_rect(&body, x + 2, y, cell_w - 4, row_h - 4, shades[level],
			               COLOUR(COVERAGE_EDGE), NULL);
			chart_text_style st = {.anchor = "middle", .weight = "bold", .size = "14"};
			chart_svg_text(&body, x + cell_w / 2, y + row_h / 2 + 3.5, &st,
			               arena_printf(a, "%d", c->total));
		}
		y += row_h;
	}
	{
		chart_text_style st = {.size = SMALL, .fill = COLOUR(MUTED)};
		size_t nl =
		    wrap_text(a, word(cs, "chart.equality.note"), width, SMALL_SIZE, lines, 3);
		for (size_t l = 0; l < nl; l++)
			chart_svg_text(&body, 0, y + 14 + 15 * (double)l, &st, lines[l]);
		y += 15 * (double)nl + 6;
	}

	buf b = BUF_INIT;
	figure_open(&b, "equality", text);
	chart_svg_start(&b, "chart-svg", width, y, COLOUR(TEXT), title, text);
	buf_add(&b, body.data, body.len);
	buf_free(&body);
	chart_svg_close(&b, "svg");
	buf_addc(&b, '\n');
	table_open(cs, &b, title);
	buf_adds(&b, "<thead>\n<tr>");
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.equality.column_group"));
	for (size_t p = 0; p < nplans; p++) {
		const plan *pl = m->plans.items[p];
		html_cell(&b, "th", "scope=\"col\"", pl && pl->title ? pl->title : "");
	}
	buf_adds(&b, "</tr>\n</thead>\n");
	for (size_t r = 0; r < nchars; r++) {
		if (r == 0 || (grouped && r == nprotected)) {
			buf_adds(&b, r ? "</tbody>\n<tbody>\n" : "<tbody>\n");
			if (grouped) {
				buf_printf(&b, "<tr><th scope=\"rowgroup\" colspan=\"%zu\">",
				           nplans + 1);
				escape_html(&b, word(cs, r == 0 ? "chart.equality.protected"
				                                : "chart.equality.local"));
				buf_adds(&b, "</th></tr>\n");
			}
		}
		buf_adds(&b, "<tr>");
		html_cell(&b, "th", "scope=\"row\"", group_name(rows[r]));
		for (size_t p = 0; p < nplans; p++) {
			const cell *c = &cells[r * nplans + p];
			if (!root || !c->total) {
				html_cell(&b, "td", NULL, cell_text(a, cs, c));
				continue;
			}
			buf_adds(&b, "<td><a href=\"");
			escape_html(&b, cell_href(a, root, rows[r], m->plans.items[p]));
			buf_adds(&b, "\">");
			escape_html(&b, cell_text(a, cs, c));
			buf_adds(&b, "</a></td>");
		}
		buf_adds(&b, "</tr>\n");
	}
	buf_adds(&b, "</tbody>\n");
	figure_close(&b);
	return finish(a, &b);
}

/* ---- breakdown by group ---- */

/* One part of a breakdown at the chart's period: its figure, or the rule it is withheld
 * under, and its figure for the period before (for "moving fastest"). */
typedef struct part_figure {
	const item *part;
	const char *group; /* the names of the groups it counts, joined */
	bool has, had;
	double value, before;
	const char *rule;
	const char *before_period;
} part_figure;

static const history_point *
point_at(const measure_info *mi, period per, size_t *index)
{
	for (size_t i = 0; mi && i < mi->nhistory; i++)
		if (period_equal(mi->history[i].per, per)) {
			if (index)
				*index = i;
			return &mi->history[i];
		}
	return NULL;
}

static const char *
part_group(arena *a, const chart_style *cs, const item *part)
{
	const char *names[8];
	size_t n = 0;
	for (size_t i = 0; i < part->characteristics.len && n < 8; i++)
		names[n++] = ((const characteristic *)part->characteristics.items[i])->name;
	if (!n)
		names[n++] = part->title;
	return join_list(a, cs, names, n, "chart.list.and");
}

const char *
charts_breakdown(arena *a, const chart_style *cs, const item *whole, const char **sentence)
{
	if (sentence)
		*sentence = NULL;
	if (!whole || !whole->measure || !whole->measure->parts.len)
		return NULL;
	const measure_info *wmi = whole->measure;
	size_t n = wmi->parts.len;
	/* the period: the latest any part gives a figure (or withholds one) for */
	period per = {0};
	bool found = false;
	for (size_t i = 0; i < n; i++) {
		const measure_info *mi = ((const item *)wmi->parts.items[i])->measure;
		for (size_t k = 0; mi && k < mi->nhistory; k++) {
			const history_point *h = &mi->history[k];
			if ((h->has_actual || h->suppressed) &&
			    (!found || period_compare(h->per, per) > 0)) {
				per = h->per;
				found = true;
			}
		}
	}
	if (!found)
		return NULL;
	const char *per_text = format_period(a, cs->fmt, per);
	part_figure *pf = arena_alloc(a, sizeof *pf * n);
	double max = 0;
	long highest = -1, fastest = -1;
	size_t withheld = 0;
	for (size_t i = 0; i < n; i++) {
		const item *part = wmi->parts.items[i];
		part_figure *f = &pf[i];
		f->part = part;
		f->group = part_group(a, cs, part);
		size_t k = 0;
		const history_point *h = point_at(part->measure, per, &k);
		if (h && h->suppressed) { /* the rule, whatever else the series holds */
			f->rule = h->suppressed;
			withheld++;
		} else if (h && h->has_actual && isfinite(h->actual)) {
			f->has = true;
			f->value = h->actual;
			if (h->actual > max)
				max = h->actual;
			if (highest < 0 || h->actual > pf[highest].value)
				highest = (long)i;
			/* the period before, when it has a figure of its own */
			const history_point *prev = k > 0 ? &part->measure->history[k - 1] : NULL;
			if (prev && prev->has_actual && !prev->suppressed) {
				f->had = true;
				f->before = prev->actual;
				f->before_period = format_period(a, cs->fmt, prev->per);
				if (fastest < 0 || fabs(f->value - f->before) >
				                       fabs(pf[fastest].value - pf[fastest].before))
					fastest = (long)i;
			}
		}
	}

	/* the sentence: who is highest, who moved most, what is withheld, and how to read it */
	const char *text =
	    highest >= 0
	        ? strings_fmt(a, cs->words, "chart.breakdown.highest", "group", pf[highest].group,
	                      "period", per_text, "value",
	                      unit_value(a, cs->fmt, wmi, pf[highest].value, true), (char *)NULL)
	        : strings_fmt(a, cs->words, "chart.breakdown.no_figures", "period", per_text,
	                      (char *)NULL);
	if (fastest >= 0 && pf[fastest].value != pf[fastest].before)
		text = strings_fmt(
		    a, cs->words,
		    pf[fastest].value > pf[fastest].before ? "chart.breakdown.moved_up"
		                                           : "chart.breakdown.moved_down",
		    "text", text, "group", pf[fastest].group, "period",
		    pf[fastest].before_period ? pf[fastest].before_period : "", "value",
		    unit_value(a, cs->fmt, wmi, fabs(pf[fastest].value - pf[fastest].before),
		               false),
		    (char *)NULL);
	if (withheld)
		text =
		    strings_plural(a, cs->words, "chart.breakdown.withheld", (double)withheld,
		                   "text", text, "total", arena_printf(a, "%zu", n), (char *)NULL);
	/* parts_overlap: the page says how to read them (theme words) */
	text = sentence_end(a, cs, text);
	const char *title = whole->title
	                        ? strings_fmt(a, cs->words, "chart.breakdown.title", "measure",
	                                      whole->title, "period", per_text, (char *)NULL)
	                        : strings_fmt(a, cs->words, "chart.breakdown.title_untitled",
	                                      "period", per_text, (char *)NULL);

	/* one row per part: the group's name on its own line, then its bar and value */
	buf body = BUF_INIT;
	const double bar_h = 20, row_h = 48, value_room = 110;
	const double bar_max = WIDTH - value_room;
	double y = 0;
	for (size_t i = 0; i < n; i++) {
		const part_figure *f = &pf[i];
		chart_text_style bold = {.weight = "bold"};
		chart_svg_text(&body, 0, y + 14, &bold, f->group);
		double by = y + 20;
		if (f->has) {
			double w = max > 0 ? bar_max * (f->value < 0 ? 0 : f->value) / max : 0;
			if (w < 2)
				w = 2;
			chart_svg_patterned_rect(&body, 0, by, w, bar_h, COLOUR(SERIES_ACTUAL),
			                         COLOUR(BACKGROUND), PATTERN_SOLID);
			chart_svg_text(&body, w + 6, by + 15, NULL,
			               unit_value(a, cs->fmt, wmi, f->value, false));
		} else {
			const char *label =
			    f->rule ? withheld_text(a, cs, f->rule) : word(cs, "chart.no_figure");
			chart_svg_patterned_rect(&body, 0, by, 24, bar_h, COLOUR(MUTED),
			                         COLOUR(BACKGROUND), PATTERN_HOLLOW);
			chart_text_style st = {.fill = COLOUR(MUTED)};
			chart_svg_text(&body, 30, by + 15, &st, label);
		}
		y += row_h;
	}

	buf b = BUF_INIT;
	figure_open(&b, "breakdown", text);
	chart_svg_start(&b, "chart-svg", WIDTH, y, COLOUR(TEXT), title, text);
	buf_add(&b, body.data, body.len);
	buf_free(&body);
	chart_svg_close(&b, "svg");
	buf_addc(&b, '\n');
	table_open(cs, &b, title);
	buf_adds(&b, "<thead>\n<tr>");
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.breakdown.column_group"));
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.breakdown.column_measure"));
	html_cell(&b, "th", "scope=\"col\"", per_text);
	html_cell(&b, "th", "scope=\"col\"", word(cs, "chart.breakdown.column_before"));
	buf_adds(&b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t i = 0; i < n; i++) {
		const part_figure *f = &pf[i];
		buf_adds(&b, "<tr>");
		html_cell(&b, "th", "scope=\"row\"", f->group);
		html_cell(&b, "td", NULL, f->part->title);
		html_cell(&b, "td", NULL,
		          f->has    ? unit_value(a, cs->fmt, wmi, f->value, false)
		          : f->rule ? withheld_text(a, cs, f->rule)
		                    : word(cs, "chart.no_figure"));
		html_cell(&b, "td", NULL,
		          f->had
		              ? strings_fmt(a, cs->words, "chart.breakdown.before", "value",
		                            unit_value(a, cs->fmt, wmi, f->before, false), "period",
		                            f->before_period ? f->before_period : "", (char *)NULL)
		              : "");
		buf_adds(&b, "</tr>\n");
	}
	buf_adds(&b, "</tbody>\n");
	figure_close(&b);
	if (sentence)
		*sentence = text;
	return finish(a, &b);
}
