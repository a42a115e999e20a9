/* Unit tests for the charts: scales and ticks (site/chart_scale.h), the SVG writer
 * (site/chart_svg.h) and the four chart kinds (site/charts.h), drawn from the hand-built
 * fixtures in tests/charts/fixtures.h. Whole-output comparisons live in tests/charts/. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../charts/fixtures.h"
#include "site/chart_scale.h"
#include "site/chart_svg.h"
#include "site/charts.h"
#include "test.h"
#include "site/format.h"
#include "util/buf.h"

/* Tick i's label as the trend charts write it. */
static void
tick_text(const chart_ticks *t, int i, char out[48])
{
	arena a;
	arena_init(&a);
	snprintf(out, 48, "%s",
	         format_fixed(&a, fx_format(&a), chart_tick_value(t, i), t->decimals));
	arena_free(&a);
}

/* ---- helpers ---- */

static int
count_of(const char *s, const char *needle)
{
	int n = 0;
	size_t len = strlen(needle);
	for (const char *p = s ? strstr(s, needle) : NULL; p; p = strstr(p + len, needle))
		n++;
	return n;
}

static bool
has(const char *s, const char *needle)
{
	return s && strstr(s, needle) != NULL;
}

/* No NaN or infinity anywhere, in any spelling printf or value_format_number would use. */
static bool
all_finite(const char *s)
{
	return s && !has(s, "nan") && !has(s, "NaN") && !has(s, "inf") && !has(s, "Inf") &&
	       !has(s, "NAN") && !has(s, "INF");
}

/* The parts every chart must have: one <figure> with a caption, an <svg role="img"> whose
 * first children are <title> and <desc>, a data table in a disclosure, and no ids. */
static void
check_chart_shape(const char *html, const char *desc)
{
	if (!CHECK(html != NULL))
		return;
	CHECK(!strncmp(html, "<figure class=\"chart ", 21));
	CHECK(count_of(html, "<figure") == 1 && count_of(html, "</figure>") == 1);
	/* one drawing, or for a trend one per column width (charts.css shows one) */
	int svgs = count_of(html, "<svg ");
	CHECK(svgs == count_of(html, "</svg>"));
	CHECK(svgs == 1 ||
	      (svgs == 4 && !strncmp(html, "<figure class=\"chart chart-trend\"", 33)));
	CHECK(has(html, " role=\"img\""));
	CHECK(has(html, " aria-label=\""));
	CHECK(has(html, " viewBox=\"0 0 "));
	const char *svg = strstr(html, "<svg ");
	const char *gt = svg ? strchr(svg, '>') : NULL;
	CHECK(gt && !strncmp(gt, ">\n<title>", 9));
	CHECK(has(html, "</title>\n<desc>"));
	CHECK(count_of(html, "<details class=\"chart-data\">") == 1);
	CHECK(has(html, "<summary>Chart data as a table</summary>"));
	CHECK(has(html, "<table>") && has(html, "<caption>") && has(html, "</table>"));
	CHECK(!has(html, " id=\""));
	CHECK(!has(html, "<script"));
	CHECK(!has(html, "<?xml"));
	CHECK(all_finite(html));
	if (desc) {
		buf want = BUF_INIT;
		buf_printf(&want, "<desc>%s</desc>", desc);
		CHECK(has(html, buf_cstr(&want)));
		buf_reset(&want);
		buf_printf(&want, "<figcaption>%s</figcaption>", desc);
		CHECK(has(html, buf_cstr(&want)));
		buf_free(&want);
	}
}

/* The d attribute of the first <path> stroked in colour. */
static const char *
path_with_stroke(arena *a, const char *html, const char *colour)
{
	char needle[64];
	snprintf(needle, sizeof needle, "stroke=\"%s\"", colour);
	for (const char *p = strstr(html, "<path d=\""); p; p = strstr(p + 1, "<path d=\"")) {
		const char *end = strstr(p, "/>");
		const char *s = strstr(p, needle);
		if (end && s && s < end) {
			const char *d = p + 9;
			return arena_strndup(a, d, (size_t)(strchr(d, '"') - d));
		}
	}
	return NULL;
}

/* ---- scales and ticks ---- */

TEST(chart_ticks_are_round_numbers)
{
	chart_ticks t = chart_ticks_for(0, 100, 5, false);
	CHECK(t.step == 25 && t.lo == 0 && t.hi == 100 && t.count == 5 && t.decimals == 0);
	char s[48];
	tick_text(&t, 1, s);
	CHECK_STR(s, "25");

	t = chart_ticks_for(0, 80, 5, false);
	CHECK(t.step == 20 && t.count == 5);

	t = chart_ticks_for(58.1, 71.6, 5, false); /* stable placements */
	CHECK(t.step == 5 && t.lo == 55 && t.hi == 75 && t.count == 5);
	tick_text(&t, 0, s);
	CHECK_STR(s, "55");

	t = chart_ticks_for(0.001, 0.004, 5, false);
	CHECK(t.decimals == 3);
	tick_text(&t, 1, s);
	CHECK_STR(s, "0.002");

	t = chart_ticks_for(0, 0.9, 4, false);
	CHECK(t.step == 0.5 && t.hi == 1 && t.decimals == 1); /* 0.3 is not nice: 0.5 */
	tick_text(&t, t.count - 1, s);
	CHECK_STR(s, "1.0");

	t = chart_ticks_for(10, 20, 5, false); /* 2.5 steps need a decimal */
	CHECK(t.step == 2.5 && t.decimals == 1);
	tick_text(&t, 1, s);
	CHECK_STR(s, "12.5");
	tick_text(&t, 2, s);
	CHECK_STR(s, "15.0");
}

TEST(chart_ticks_cover_the_data)
{
	static const double cases[][2] = {{0, 1},     {3, 7},      {-1200, 1250.5},
	                                  {-5, -3},   {0.2, 0.21}, {99, 101},
	                                  {1e6, 3e6}, {-0.5, 0.5}, {17, 1234567}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		chart_ticks t = chart_ticks_for(cases[i][0], cases[i][1], 5, false);
		CHECK(t.lo <= cases[i][0] && t.hi >= cases[i][1]);
		CHECK(t.count >= 2 && t.count <= 7);
		CHECK(t.lo < t.hi && t.step > 0);
	}
}

TEST(chart_ticks_all_equal_and_zero_range)
{
	chart_ticks t = chart_ticks_for(73, 73, 5, false);
	CHECK(t.lo < 73 && t.hi > 73 && t.count >= 2);
	t = chart_ticks_for(0, 0, 5, false);
	CHECK(t.lo == 0 && t.hi == 1 && t.count >= 2);
	t = chart_ticks_for(-4, -4, 5, false);
	CHECK(t.lo < -4 && t.hi > -4);
	t = chart_ticks_for(5, 1, 5, false); /* swapped */
	CHECK(t.lo <= 1 && t.hi >= 5);
}

TEST(chart_ticks_negative_values_put_zero_on_a_tick)
{
	chart_ticks t = chart_ticks_for(-1200, 1250.5, 5, false);
	CHECK(t.lo < 0 && t.hi > 0);
	bool zero = false;
	char s[48];
	for (int i = 0; i < t.count; i++) {
		if (chart_tick_value(&t, i) == 0) {
			zero = true;
			tick_text(&t, i, s);
			CHECK_STR(s, "0");
		}
	}
	CHECK(zero);
	t = chart_ticks_for(-1, 1, 5, false); /* no "-0" or "-0.0" */
	for (int i = 0; i < t.count; i++) {
		tick_text(&t, i, s);
		CHECK(strcmp(s, "-0") && strcmp(s, "-0.0") && strcmp(s, "-0.00"));
	}
}

TEST(chart_ticks_for_counts_are_whole)
{
	chart_ticks t = chart_ticks_for(0, 3, 5, true);
	CHECK(t.step == 1 && t.decimals == 0 && t.count == 4);
	t = chart_ticks_for(0, 10, 5, true);
	CHECK(t.step == 5 || t.step == 2 || t.step == 10); /* never 2.5 */
	CHECK(t.decimals == 0);
}

TEST(chart_ticks_huge_and_non_finite_values)
{
	char s[48];
	chart_ticks t = chart_ticks_for(0, 1e300, 5, false);
	CHECK(isfinite(t.lo) && isfinite(t.hi) && isfinite(t.step) && t.count >= 2 && t.count <= 7);
	for (int i = 0; i < t.count; i++) {
		tick_text(&t, i, s);
		CHECK(all_finite(s));
	}
	tick_text(&t, t.count - 1, s);
	CHECK_STR(s, "1,000,000,000,000,000");
	t = chart_ticks_for(-INFINITY, NAN, 5, false);
	CHECK(isfinite(t.lo) && isfinite(t.hi) && t.lo < t.hi);
	t = chart_ticks_for(1e-300, 2e-300, 5, false); /* as good as zero */
	CHECK(isfinite(t.step) && t.step > 0 && t.decimals <= 12);
	t = chart_ticks_for(123456789.5, 123456789.5, 5, false);
	CHECK(t.lo < 123456789.5 && t.hi > 123456789.5);
}

TEST(chart_value_domain_rules)
{
	double lo, hi;
	static const double placements[] = {71.6, 70, 65.6, 58.1, 69, 65, 67.1};
	CHECK(chart_value_domain(placements, 7, true, &lo, &hi) == 7);
	CHECK(lo == 58.1 && hi == 71.6); /* zero is far away: not included */

	static const double small[] = {0.5, 8, 3};
	chart_value_domain(small, 3, false, &lo, &hi);
	CHECK(lo == 0 && hi == 8); /* zero is near: included */

	static const double equal[] = {73, 73, 73};
	chart_value_domain(equal, 3, false, &lo, &hi);
	CHECK(lo == 0 && hi > 73);

	static const double pct_equal[] = {90, 90};
	chart_value_domain(pct_equal, 2, true, &lo, &hi);
	CHECK(lo == 0 && hi == 100); /* headroom capped at 100% */

	static const double single[] = {9.5};
	CHECK(chart_value_domain(single, 1, false, &lo, &hi) == 1);
	CHECK(lo == 0 && hi > 9.5);

	static const double negative[] = {-5, -3};
	chart_value_domain(negative, 2, false, &lo, &hi);
	CHECK(lo == -5 && hi == -3);
	static const double near_zero_negative[] = {-5, -1};
	chart_value_domain(near_zero_negative, 2, false, &lo, &hi);
	CHECK(lo == -5 && hi == 0);
	static const double mixed[] = {-1200, 1250.5};
	chart_value_domain(mixed, 2, false, &lo, &hi);
	CHECK(lo == -1200 && hi == 1250.5);

	static const double zeros[] = {0, 0};
	chart_value_domain(zeros, 2, false, &lo, &hi);
	CHECK(lo == 0 && hi == 1);

	double missing[] = {NAN, INFINITY, -INFINITY, 42};
	CHECK(chart_value_domain(missing, 4, false, &lo, &hi) == 1);
	CHECK(lo == 0 && hi > 42);
	double none[] = {NAN, NAN};
	CHECK(chart_value_domain(none, 2, false, &lo, &hi) == 0);
	CHECK(lo == 0 && hi == 1);
	CHECK(chart_value_domain(NULL, 0, false, &lo, &hi) == 0);
}

TEST(chart_scale_maps_and_never_divides_by_zero)
{
	CHECK(chart_scale(50, 0, 100, 200, 0) == 100);
	CHECK(chart_scale(0, 0, 100, 200, 0) == 200);
	CHECK(chart_scale(7, 5, 5, 10, 20) == 15);
	CHECK(isfinite(chart_scale(NAN, 0, 1, 0, 10)));
	CHECK(isfinite(chart_scale(1e308, -1e308, 1e308, 0, 10)));
}

TEST(chart_coordinates_format_deterministically)
{
	buf b = BUF_INIT;
	double coords[] = {3, 12.25, -2.5, -0.04, -0.0, 0.05, NAN, INFINITY, 1e300, 199.99};
	for (size_t i = 0; i < sizeof coords / sizeof *coords; i++) {
		chart_svg_num(&b, coords[i]);
		buf_addc(&b, ' ');
	}
	CHECK_STR(buf_cstr(&b), "3 12.3 -2.5 0 0 0.1 0 0 1000000000 200 ");
	buf_free(&b);
}

TEST(chart_svg_writer_escapes)
{
	buf b = BUF_INIT;
	chart_svg_open(&b, "text");
	chart_svg_attr(&b, "aria-label", "a \"b\" <c> & 'd'");
	chart_svg_end(&b);
	chart_svg_close(&b, "text");
	CHECK_STR(buf_cstr(&b),
	          "<text aria-label=\"a &quot;b&quot; &lt;c&gt; &amp; &apos;d&apos;\"></text>");
	buf_reset(&b);
	chart_text_style st = {.anchor = "middle", .weight = "bold"};
	chart_svg_text(&b, 1.25, 2, &st, "x < y");
	CHECK_STR(buf_cstr(&b), "<text x=\"1.3\" y=\"2\" text-anchor=\"middle\" "
	                        "font-weight=\"bold\">x &lt; y</text>\n");
	buf_reset(&b);
	/* patterns stay inside their rectangle */
	chart_svg_patterned_rect(&b, 10, 20, 30, 16, "#1f5fa8", "#ffffff", PATTERN_DIAGONAL);
	CHECK(has(buf_cstr(&b),
	          "<rect x=\"10\" y=\"20\" width=\"30\" height=\"16\" fill=\"#1f5fa8\"/>"));
	CHECK(has(buf_cstr(&b), "<path d=\"M"));
	buf_free(&b);
	CHECK(chart_text_width("", 12) == 0);
	CHECK(chart_text_width("\xc2\xa3"
	                       "1",
	                       10) == chart_text_width("a1", 10)); /* £ is one char */
}

/* ---- status summary ---- */

TEST(chart_status_summary_labels_every_segment)
{
	arena a;
	arena_init(&a);
	int l[LIFECYCLE_COUNT] = {[LIFECYCLE_NONE] = 1,
	                          [LIFECYCLE_NOT_STARTED] = 1,
	                          [LIFECYCLE_IN_PROGRESS] = 5,
	                          [LIFECYCLE_COMPLETED] = 3,
	                          [LIFECYCLE_COMPLETED_WITH_CHANGES] = 1,
	                          [LIFECYCLE_DEFERRED] = 1};
	int r[RAG_COUNT] = {[RAG_NONE] = 2, [RAG_GREEN] = 2, [RAG_AMBER] = 1, [RAG_RED] = 1};
	const char *html = charts_status_summary(&a, fx_style(&a), "Outcome 1", l, r);
	const char *want =
	    "4 of 12 activities and deliverables completed (1 with changes), 5 in progress, 1 not "
	    "started, "
	    "1 deferred, 1 no status given; 2 of 6 measures rated green, 1 amber, 1 red, "
	    "2 no status given.";
	check_chart_shape(html, want);
	CHECK(
	    has(html, "<title>Status of activities, deliverables and measures: Outcome 1</title>"));
	CHECK(has(html, ">3 Completed</text>"));
	CHECK(has(html, ">1 Completed with changes</text>"));
	CHECK(has(html, ">5 In progress</text>"));
	CHECK(has(html, ">1 No status given</text>"));
	CHECK(has(html, ">2 Green</text>"));
	CHECK(has(html, ">1 Amber</text>"));
	CHECK(has(html, ">2 No status given</text>"));
	CHECK(!has(html, "Not being pursued")); /* zero counts are left out */
	CHECK(has(html, "<th scope=\"row\">In progress</th><td>5</td>"));
	CHECK(has(html, "<th scope=\"row\">Total</th><td>12</td>"));
	/* patterns, not colour alone */
	CHECK(count_of(html, "stroke=\"#ffffff\" stroke-width=\"1.3\"") >= 4);
	CHECK(has(html, "stroke-dasharray=\"3 2\"")); /* hollow "no status given" */
	/* deterministic */
	CHECK_STR(charts_status_summary(&a, fx_style(&a), "Outcome 1", l, r), html);
	arena_free(&a);
}

TEST(chart_status_summary_edge_cases)
{
	arena a;
	arena_init(&a);
	int zl[LIFECYCLE_COUNT] = {0}, zr[RAG_COUNT] = {0};
	CHECK(charts_status_summary(&a, fx_style(&a), "Empty", zl, zr) == NULL);
	CHECK(charts_status_summary(&a, fx_style(&a), "Null", NULL, NULL) == NULL);
	int neg[LIFECYCLE_COUNT] = {[LIFECYCLE_IN_PROGRESS] = -3};
	CHECK(charts_status_summary(&a, fx_style(&a), "Negative", neg, zr) == NULL);

	int one[LIFECYCLE_COUNT] = {[LIFECYCLE_COMPLETED] = 1};
	const char *html = charts_status_summary(&a, fx_style(&a), "Priority <1> & \"2\"", one, zr);
	check_chart_shape(html, "1 of 1 activity or deliverable completed.");
	CHECK(has(html, "aria-label=\"Status of activities, deliverables and measures: Priority "
	                "&lt;1&gt; &amp; "
	                "&quot;2&quot;\""));
	CHECK(has(
	    html,
	    "<caption>Status of activities, deliverables and measures: Priority &lt;1&gt; &amp; "
	    "&quot;2&quot;</caption>"));
	CHECK(!has(html, "Measures"));

	int many[RAG_COUNT] = {[RAG_GREEN] = 400, [RAG_AWAITING_DATA] = 1};
	html = charts_status_summary(&a, fx_style(&a), NULL, zl, many);
	check_chart_shape(html, "400 of 401 measures rated green, 1 awaiting data.");
	CHECK(
	    has(html, ">1 Awaiting data</text>")); /* too thin for a count inside: in the legend */
	arena_free(&a);
}

/* ---- measure trend ---- */

TEST(chart_trend_stable_placements)
{
	arena a;
	arena_init(&a);
	const char *sentence = NULL;
	const char *html =
	    charts_measure_trend(&a, fx_style(&a), fx_stable_placements(&a), &sentence);
	CHECK_STR(sentence, "69% in Q1 2019/20, down from 70.6%; below the 70% target, above the "
	                    "London average of 67.1%.");
	check_chart_shape(html, sentence);
	CHECK(has(html, "<title>Long term looked after children who are in stable placements: "
	                "results by period</title>"));
	CHECK(has(html, ">Actual</text>") && has(html, ">Target</text>"));
	CHECK(has(html, ">Red threshold</text>") && has(html, ">London average</text>"));
	CHECK(has(html, "\xe2\x86\x91 Higher is better</text>"));
	CHECK(has(html, ">69%</text>")); /* the latest value, labelled */
	CHECK(has(html, ">70%</text>") && has(html, ">55%</text>")); /* round ticks with the unit */
	CHECK(has(html, ">2019/20</text>"));
	/* the actual is one run (the missing quarters are at the end) */
	const char *d = path_with_stroke(&a, html, "#1d4f91");
	CHECK(d && count_of(d, "M") == 1 && count_of(d, "L") == 9);
	CHECK(count_of(html, "<circle") == 4 * 11); /* 10 markers + the legend's, 4 drawings */
	CHECK(has(html, "class=\"chart-svg chart-svg--288\"") &&
	      has(html, "class=\"chart-svg chart-svg--763\""));
	CHECK(has(html, "viewBox=\"0 0 288 ") && has(html, "viewBox=\"0 0 763 "));
	CHECK(has(html, "<th scope=\"row\">Q2 2019/20</th><td>No "
	                "data</td><td>70%</td><td>65%</td><td>67.1%</td>"));
	CHECK(has(html, "<th scope=\"col\">London average</th>"));
	const char *again = NULL;
	CHECK_STR(charts_measure_trend(&a, fx_style(&a), fx_stable_placements(&a), &again), html);
	arena_free(&a);
}

TEST(chart_trend_gaps_negative_values_and_pounds)
{
	arena a;
	arena_init(&a);
	const char *sentence = NULL;
	const char *html =
	    charts_measure_trend(&a, fx_style(&a), fx_pounds_negative(&a), &sentence);
	CHECK_STR(sentence, "\xc2\xa3"
	                    "1250.5 in 2019/20, up from \xc2\xa3"
	                    "250; above the -\xc2\xa3"
	                    "500 target, above the \xc2\xa3"
	                    "0 red threshold, above the National "
	                    "average of -\xc2\xa3"
	                    "100.");
	check_chart_shape(html, NULL);
	CHECK(has(html, "&lt;B&amp;B&gt;")); /* the title, escaped */
	CHECK(has(html, "\xe2\x86\x93 Lower is better"));
	const char *d = path_with_stroke(&a, html, "#1d4f91");
	CHECK(d && count_of(d, "M") == 2); /* broken at the missing 2017/18 */
	CHECK(has(html, ">-\xc2\xa3"
	                "2000</text>") &&
	      has(html, ">\xc2\xa3"
	                "0</text>"));
	CHECK(has(html, "stroke=\"#767676\"")); /* a zero line when the axis crosses zero */
	CHECK(has(html, "<th scope=\"row\">2020/21</th><td>No data</td>"));
	arena_free(&a);
}

TEST(chart_trend_single_point_all_equal_no_actuals)
{
	arena a;
	arena_init(&a);
	const char *sentence = NULL;
	const char *html = charts_measure_trend(&a, fx_style(&a), fx_single_point(&a), &sentence);
	CHECK_STR(
	    sentence,
	    "9.5 days per full-time equivalent employee in Q1 2019/20; above the 8 days target.");
	check_chart_shape(html, sentence);
	CHECK(has(html, ">Days per full-time equivalent employee</text>"));
	CHECK(has(html, ">9.5 days</text>"));
	CHECK(count_of(html, "<circle") == 4 * 2);

	html = charts_measure_trend(&a, fx_style(&a), fx_all_equal(&a), &sentence);
	CHECK_STR(sentence, "73 in June 2019, unchanged; meeting the 73 target.");
	check_chart_shape(html, sentence);
	CHECK(!has(html, "is better")); /* no polarity given: nothing claimed */

	html = charts_measure_trend(&a, fx_style(&a), fx_no_actuals(&a), &sentence);
	CHECK_STR(sentence,
	          "No results reported yet for Q1 2019/20 to Q4 2019/20; the target is 80%.");
	check_chart_shape(html, sentence);
	CHECK(path_with_stroke(&a, html, "#1d4f91") == NULL);
	CHECK(count_of(html, "<circle") == 0);
	CHECK(has(html, ">Target</text>") && !has(html, ">Actual</text>"));
	arena_free(&a);
}

TEST(chart_trend_nothing_to_draw)
{
	arena a;
	arena_init(&a);
	const char *sentence = "unset";
	CHECK(charts_measure_trend(&a, fx_style(&a), NULL, &sentence) == NULL && sentence == NULL);
	item plain = {.kind = ITEM_MEASURE, .title = "No info"};
	sentence = "unset";
	CHECK(charts_measure_trend(&a, fx_style(&a), &plain, &sentence) == NULL &&
	      sentence == NULL);
	static const char *const periods[] = {"Q1", "Q2"};
	static const double empty[] = {FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE};
	sentence = "unset";
	CHECK(charts_measure_trend(&a, fx_style(&a),
	                           fx_measure(&a, "Empty", UNIT_PERCENT, NULL, POLARITY_NONE, NULL,
	                                      0, periods, empty, 2),
	                           &sentence) == NULL);
	CHECK(sentence == NULL);
	CHECK(charts_measure_trend(&a, fx_style(&a),
	                           fx_measure(&a, "None", UNIT_COUNT, NULL, POLARITY_NONE, NULL, 0,
	                                      periods, empty, 0),
	                           &sentence) == NULL);
	arena_free(&a);
}

/* A feed's summary: the chart's sentence, without drawing the chart, and none exactly when
 * there is no chart. */
TEST(chart_trend_sentence_alone)
{
	arena a;
	arena_init(&a);
	item *(*const fixtures[])(arena *) = {fx_stable_placements, fx_pounds_negative,
	                                      fx_single_point, fx_all_equal, fx_no_actuals};
	for (size_t i = 0; i < sizeof fixtures / sizeof *fixtures; i++) {
		const char *sentence = NULL;
		CHECK(charts_measure_trend(&a, fx_style(&a), fixtures[i](&a), &sentence) != NULL);
		CHECK_STR(charts_measure_sentence(&a, fx_style(&a), fixtures[i](&a)), sentence);
	}
	CHECK(charts_measure_sentence(&a, fx_style(&a), NULL) == NULL);
	item plain = {.kind = ITEM_MEASURE, .title = "No info"};
	CHECK(charts_measure_sentence(&a, fx_style(&a), &plain) == NULL);
	static const char *const periods[] = {"Q1", "Q2"};
	static const double empty[] = {FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE};
	CHECK(charts_measure_sentence(&a, fx_style(&a),
	                              fx_measure(&a, "Empty", UNIT_PERCENT, NULL, POLARITY_NONE,
	                                         NULL, 0, periods, empty, 2)) == NULL);
	arena_free(&a);
}

TEST(chart_trend_many_periods_and_huge_values)
{
	arena a;
	arena_init(&a);
	enum { N = 60 };
	const char *periods[N];
	double rows[N * 3];
	for (int i = 0; i < N; i++) {
		periods[i] = arena_printf(&a, "%d", 1960 + i); /* calendar years: one line each */
		rows[i * 3] = i % 7 == 3 ? FX_NONE : (i - 30) * 1e13;
		rows[i * 3 + 1] = 1e300; /* clamped, never inf */
		rows[i * 3 + 2] = FX_NONE;
	}
	const char *sentence = NULL;
	const char *html =
	    charts_measure_trend(&a, fx_style(&a),
	                         fx_measure(&a, "Huge", UNIT_COUNT, NULL, POLARITY_HIGHER_IS_BETTER,
	                                    NULL, 0, periods, rows, N),
	                         &sentence);
	check_chart_shape(html, NULL);
	CHECK(sentence && all_finite(sentence));
	/* period labels are thinned so they do not overlap; the last one is always shown */
	CHECK(has(html, ">2019</text>"));
	int shown = 0;
	for (int i = 0; i < N; i++)
		shown += has(html, arena_printf(&a, ">%d</text>", 1960 + i));
	CHECK(shown < N / 2);
	arena_free(&a);
}

/* ---- deadlines ---- */

TEST(chart_deadlines_by_month)
{
	arena a;
	arena_init(&a);
	const char *html = charts_deadlines(&a, fx_style(&a), fx_deadline_plan(&a));
	check_chart_shape(html,
	                  "17 activities and deliverables due between March 2019 and March 2020: "
	                  "4 completed, 10 on time or not yet due, 2 overdue and 1 deferred or "
	                  "not being pursued; the busiest month is March 2020 with 5.");
	CHECK(has(html, ">Mar 2019</text>") && has(html, ">Mar 2020</text>"));
	CHECK(!has(html, ">May 2019</text>")); /* months without deadlines are left out */
	CHECK(has(html, ">4 Completed</text>") && has(html, ">2 Overdue</text>"));
	CHECK(has(html, ">10 On time or not yet due</text>"));
	CHECK(has(html, ">Reporting date 30 June 2019</text>"));
	/* the rule sits between June and September 2019 */
	const char *jun = strstr(html, ">Jun 2019<"), *rule = strstr(html, "Reporting date"),
	           *sep = strstr(html, ">Sep 2019<");
	CHECK(jun && rule && sep && jun < rule && rule < sep);
	CHECK(has(
	    html,
	    "<th scope=\"row\">March 2019</th><td>2</td><td>0</td><td>1</td><td>0</td><td>3</td>"));
	CHECK(has(html,
	          "<tfoot>\n<tr><th "
	          "scope=\"row\">Total</th><td>4</td><td>10</td><td>2</td><td>1</td><td>17</td>"));
	CHECK_STR(charts_deadlines(&a, fx_style(&a), fx_deadline_plan(&a)), html);
	arena_free(&a);
}

TEST(chart_deadlines_edge_cases)
{
	arena a;
	arena_init(&a);
	CHECK(charts_deadlines(&a, fx_style(&a), NULL) == NULL);
	plan *pl = fx_plan(&a, "p", "Plan", 0);
	CHECK(charts_deadlines(&a, fx_style(&a), pl) == NULL);
	fx_item(&a, pl, ITEM_ACTIVITY, "tbc", "TBC", 0, LIFECYCLE_IN_PROGRESS, DUE_NONE);
	CHECK(charts_deadlines(&a, fx_style(&a), pl) == NULL); /* nothing dated */
	fx_item(&a, pl, ITEM_DELIVERABLE, "one", "One", 20140331, LIFECYCLE_IN_PROGRESS,
	        DUE_UPCOMING);
	const char *html = charts_deadlines(&a, fx_style(&a), pl);
	check_chart_shape(html,
	                  "1 activity or deliverable due in March 2014: 1 on time or not yet due "
	                  "and none overdue.");
	CHECK(!has(html, "Reporting date")); /* no reporting date known */
	CHECK(!has(html, "Deferred"));
	arena_free(&a);
}

/* ---- equality coverage ---- */

TEST(chart_equality_coverage_shows_gaps)
{
	arena a;
	arena_init(&a);
	const char *html = charts_equality_coverage(&a, fx_style(&a), fx_equality_model(&a));
	check_chart_shape(
	    html, "Nothing is linked for Gender reassignment or Marriage &amp; civil "
	          "partnership in any plan; 6 of 10 group and plan pairs have nothing linked.");
	CHECK(count_of(html, ">none</text>") == 6);
	CHECK(count_of(html, "<td>none</td>") == 6);
	CHECK(has(html, ">Protected characteristics</text>") && has(html, ">Local groups</text>"));
	/* protected characteristics first, then local groups */
	const char *gr = strstr(html, ">Gender reassignment</text>"),
	           *lg = strstr(html, ">Local groups</text>");
	CHECK(gr && lg && gr < lg);
	/* disability in 2019-22: a1 (linked twice), a2, m1, o1 */
	CHECK(has(html, "<td>4: 2 activities and deliverables (1 completed, 1 in progress), 1 "
	                "measure (1 green), 1 "
	                "priority or outcome</td>"));
	CHECK(has(html, "<td>1: 1 activity or deliverable (1 no status given)</td>"));
	CHECK(has(html, "<th scope=\"col\">Strategic Plan 2017/18</th>"));
	CHECK(has(html, "<th scope=\"rowgroup\" colspan=\"3\">Local groups</th>"));
	CHECK_STR(charts_equality_coverage(&a, fx_style(&a), fx_equality_model(&a)), html);
	arena_free(&a);
}

TEST(chart_equality_coverage_edge_cases)
{
	arena a;
	arena_init(&a);
	CHECK(charts_equality_coverage(&a, fx_style(&a), NULL) == NULL);
	model *m = arena_alloc(&a, sizeof *m);
	CHECK(charts_equality_coverage(&a, fx_style(&a), m) == NULL);
	fx_characteristic(&a, m, "age", "Age", true);
	CHECK(charts_equality_coverage(&a, fx_style(&a), m) == NULL); /* no plans */
	ptrvec_push(
	    &a, &m->plans,
	    fx_plan(&a, "p", "A plan with a rather long title that wraps over several lines", 0));
	const char *html = charts_equality_coverage(&a, fx_style(&a), m);
	check_chart_shape(html,
	                  "Nothing is linked for Age in any plan; 1 of 1 group and plan pairs have "
	                  "nothing linked.");
	CHECK(!has(html, "Local groups")); /* one kind only: no group headings */
	arena_free(&a);
}

/* Readable on a 320 px phone (a 288 px column): every chart is drawn at most 300 units wide
 * and no text in it is smaller than 12 units, so none renders below about 11.5 CSS px. */
static void
check_readable_at_320(const char *html)
{
	if (!CHECK(html != NULL))
		return;
	const char *vb = strstr(html, " viewBox=\"0 0 ");
	CHECK(vb && strtod(vb + 14, NULL) <= 300);
	CHECK(has(html, " font-size=\"13\" fill=\"#1a1a1a\">")); /* the svg's default size */
	for (const char *p = strstr(html, "font-size=\""); p; p = strstr(p + 1, "font-size=\""))
		CHECK(strtod(p + 11, NULL) >= 12);
}

TEST(charts_are_readable_at_320_px)
{
	arena a;
	arena_init(&a);
	int l[LIFECYCLE_COUNT] = {[LIFECYCLE_COMPLETED] = 3, [LIFECYCLE_IN_PROGRESS] = 5};
	int r[RAG_COUNT] = {[RAG_GREEN] = 2, [RAG_AWAITING_DATA] = 1};
	check_readable_at_320(charts_status_summary(&a, fx_style(&a), "Outcome 1", l, r));
	const char *sentence;
	check_readable_at_320(
	    charts_measure_trend(&a, fx_style(&a), fx_stable_placements(&a), &sentence));
	check_readable_at_320(
	    charts_measure_trend(&a, fx_style(&a), fx_pounds_negative(&a), &sentence));
	check_readable_at_320(charts_deadlines(&a, fx_style(&a), fx_deadline_plan(&a)));
	const char *eq = charts_equality_coverage(&a, fx_style(&a), fx_equality_model(&a));
	check_readable_at_320(eq);
	/* group names on a line of their own above their cells, across the whole width */
	CHECK(has(eq, "<text x=\"0\" y=") && has(eq, ">Gender reassignment</text>"));
	arena_free(&a);
}

/* The accessibility statement says, as a property of the generated pages, that every chart
 * has a text alternative and a data table: each chart kind must keep that promise (a kind
 * without a table would have to be listed as non-accessible content instead). */
static void
check_has_alternatives(const char *html)
{
	if (!CHECK(html != NULL))
		return;
	CHECK(has(html, "role=\"img\""));
	CHECK(has(html, "<title") && has(html, "<desc"));
	CHECK(has(html, "<table>") && has(html, "<caption>"));
}

TEST(every_chart_kind_has_a_text_alternative_and_a_table)
{
	arena a;
	arena_init(&a);
	int l[LIFECYCLE_COUNT] = {[LIFECYCLE_COMPLETED] = 3, [LIFECYCLE_IN_PROGRESS] = 5};
	int r[RAG_COUNT] = {[RAG_GREEN] = 2, [RAG_AWAITING_DATA] = 1};
	check_has_alternatives(charts_status_summary(&a, fx_style(&a), "Outcome 1", l, r));
	const char *sentence;
	check_has_alternatives(
	    charts_measure_trend(&a, fx_style(&a), fx_stable_placements(&a), &sentence));
	check_has_alternatives(charts_deadlines(&a, fx_style(&a), fx_deadline_plan(&a)));
	check_has_alternatives(charts_equality_coverage(&a, fx_style(&a), fx_equality_model(&a)));
	arena_free(&a);
}

/* A part of a breakdown: its series over the given quarters of 2019/20 (FX_NONE: no
 * figure), the last one withheld under rule when rule is given; it counts one group. */
static item *
fx_part(arena *a, item *whole, const char *title, const char *group, const double *actuals,
        size_t n, const char *rule)
{
	static const char *const periods[] = {"Q1 2019/20", "Q2 2019/20", "Q3 2019/20"};
	double rows[9] = {FX_NONE, FX_NONE, FX_NONE, FX_NONE, FX_NONE,
	                  FX_NONE, FX_NONE, FX_NONE, FX_NONE};
	for (size_t i = 0; i < n && i < 3; i++) {
		rows[3 * i] = actuals[i];
		rows[3 * i + 1] = rows[3 * i + 2] = FX_NONE;
	}
	item *it = fx_measure(a, title, UNIT_COUNT, NULL, POLARITY_NONE, NULL, 0, periods, rows, n);
	for (size_t i = 0; i < n; i++)
		it->measure->history[i].per = (period){PERIOD_FINANCIAL_QUARTER, 2019, (int)i + 1};
	if (rule)
		it->measure->history[n - 1].suppressed = rule;
	characteristic *c = arena_alloc(a, sizeof *c);
	c->id = group;
	c->name = group;
	ptrvec_push(a, &it->characteristics, c);
	it->measure->part_of = whole;
	ptrvec_push(a, &whole->measure->parts, it);
	return it;
}

TEST(chart_breakdown_side_by_side_with_a_withheld_figure)
{
	arena a;
	arena_init(&a);
	item *whole = fx_measure(&a, "Level of hate crime", UNIT_COUNT, NULL, POLARITY_NONE, NULL,
	                         0, NULL, NULL, 0);
	whole->measure->parts_overlap = true;
	fx_part(&a, whole, "Hate crime (Racist)", "Race", (double[]){600, 683}, 2, NULL);
	fx_part(&a, whole, "Hate crime (Faith)", "Religion or belief", (double[]){90, 133}, 2,
	        NULL);
	/* withheld in Q2: the number written in the fixture must never appear */
	fx_part(&a, whole, "Hate crime (Transgender)", "Gender reassignment", (double[]){7, 3}, 2,
	        "fewer than 5");
	const char *sentence = NULL;
	const char *html = charts_breakdown(&a, fx_style(&a), whole, &sentence);
	if (!CHECK(html != NULL))
		return;
	CHECK_STR(sentence, "Race is highest in Q2 2019/20, at 683; Race moved most since Q1 "
	                    "2019/20, up 83; the figure for 1 of 3 groups is withheld for small "
	                    "numbers.");
	check_has_alternatives(html);
	check_readable_at_320(html);
	CHECK(has(html, "<th scope=\"row\">Gender reassignment</th><td>Hate crime "
	                "(Transgender)</td><td>Withheld: fewer than 5</td>"));
	CHECK(has(html, ">Withheld: fewer than 5</text>"));
	CHECK(!has(html, ">3<") && !has(html, ">3 (")); /* the withheld figure, nowhere */
	CHECK(has(html, "<td>600 (Q1 2019/20)</td>"));  /* the period before, in the table */
	/* deterministic */
	CHECK_STR(charts_breakdown(&a, fx_style(&a), whole, &sentence), html);
	/* nothing to draw: no parts, or parts without any figure */
	item *bare =
	    fx_measure(&a, "Bare", UNIT_COUNT, NULL, POLARITY_NONE, NULL, 0, NULL, NULL, 0);
	CHECK(charts_breakdown(&a, fx_style(&a), bare, &sentence) == NULL && sentence == NULL);
	CHECK(charts_breakdown(&a, fx_style(&a), NULL, NULL) == NULL);
	arena_free(&a);
}

TEST(chart_equality_coverage_cells_link_to_what_they_count)
{
	arena a;
	arena_init(&a);
	model *m = fx_equality_model(&a);
	const char *html = charts_equality_coverage_linked(&a, fx_style(&a), m, "../");
	if (!CHECK(html != NULL))
		return;
	/* the table's counted cells link to the group page's section for the plan */
	CHECK(has(html, "<td><a href=\"../"));
	CHECK(has(html, "index.html#plan-"));
	/* the svg is one image: no control inside it (axe: nested-interactive) */
	const char *svg = strstr(html, "<svg"), *end = strstr(html, "</svg>");
	if (CHECK(svg && end)) {
		const char *link = strstr(svg, "<a ");
		CHECK(!link || link > end);
	}
	/* empty cells stay plain words, and the unlinked chart is unchanged */
	CHECK(has(html, "<td>none</td>"));
	CHECK(!has(charts_equality_coverage(&a, fx_style(&a), m), "<a "));
	arena_free(&a);
}
