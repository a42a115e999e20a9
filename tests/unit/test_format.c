/* test_format.c - numbers, money, percentages, measure values and dates (site/format.h). */
#include <math.h>

#include "../charts/fixtures.h"
#include "site/format.h"
#include "test.h"

TEST(format_numbers_keep_the_source_decimals)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_number(&a, en, 70.6), "70.6");
	CHECK_STR(format_number(&a, en, 69), "69");
	CHECK_STR(format_number(&a, en, 0), "0");
	CHECK_STR(format_number(&a, en, -0.0), "0");
	CHECK_STR(format_number(&a, en, 0.05), "0.05");
	CHECK_STR(format_number(&a, en, 1234.5), "1234.5");
	CHECK_STR(format_number(&a, en, NAN), "0");
	CHECK_STR(format_number(&a, en, INFINITY), "0");
	arena_free(&a);
}

TEST(format_numbers_group_whole_numbers_from_ten_thousand)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_number(&a, en, 9999), "9999");
	CHECK_STR(format_number(&a, en, 10000), "10,000");
	CHECK_STR(format_number(&a, en, 12500), "12,500");
	CHECK_STR(format_number(&a, en, -10000), "-10,000");
	CHECK_STR(format_number(&a, en, 1500000), "1,500,000");
	CHECK_STR(format_number(&a, en, 123456789012345), "123,456,789,012,345");
	CHECK_STR(format_number(&a, en, 12345.5), "12345.5"); /* as written, not grouped */
	const char *huge = format_number(&a, en, 1e20);       /* never grouped, never broken */
	CHECK(huge && !strchr(huge, ','));
	arena_free(&a);
}

TEST(format_money_puts_the_sign_before_the_pound)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_money(&a, en, 1500), "\xc2\xa3"
	                                      "1500");
	CHECK_STR(format_money(&a, en, -1500), "-\xc2\xa3"
	                                       "1500");
	CHECK_STR(format_money(&a, en, -1500000), "-\xc2\xa3"
	                                          "1,500,000");
	CHECK_STR(format_money(&a, en, 0), "\xc2\xa3"
	                                   "0");
	CHECK_STR(format_money(&a, en, -0.0), "\xc2\xa3"
	                                      "0");
	CHECK_STR(format_money(&a, en, 2.5), "\xc2\xa3"
	                                     "2.5");
	/* the same from format_measure, which pages and charts use */
	CHECK_STR(format_measure(&a, en, UNIT_POUNDS, -1500, NULL), "-\xc2\xa3"
	                                                            "1500");
	arena_free(&a);
}

TEST(format_money_follows_the_conventions)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	format_conventions euro = *en;
	euro.money[0] = "";
	euro.money[1] = " \xe2\x82\xac";
	euro.money_negative[0] = "\xe2\x88\x92";
	euro.money_negative[1] = " \xe2\x82\xac";
	euro.decimal_sep = ",";
	euro.group_sep = ".";
	euro.minus = "\xe2\x88\x92";
	CHECK_STR(format_money(&a, &euro, -12345), "\xe2\x88\x92"
	                                           "12.345 \xe2\x82\xac");
	CHECK_STR(format_number(&a, &euro, 2.5), "2,5");
	CHECK_STR(format_fixed(&a, &euro, 12500.5, 1), "12.500,5");
	arena_free(&a);
}

TEST(format_percentages_and_units)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_percent(&a, en, 69), "69%");
	CHECK_STR(format_percent(&a, en, -2.5), "-2.5%");
	CHECK_STR(format_percent(&a, en, 0), "0%");
	CHECK_STR(format_measure(&a, en, UNIT_PERCENT, 70.6, NULL), "70.6%");
	CHECK_STR(format_measure(&a, en, UNIT_DAYS, 1, NULL), "1 day");
	CHECK_STR(format_measure(&a, en, UNIT_DAYS, 9.5, "per employee"), "9.5 days per employee");
	CHECK_STR(format_measure(&a, en, UNIT_WEEKS, 2, ""), "2 weeks");
	CHECK_STR(format_measure(&a, en, UNIT_YEARS, 1, NULL), "1 year");
	CHECK_STR(format_measure(&a, en, UNIT_COUNT, 12500, "homes"), "12,500 homes");
	arena_free(&a);
}

TEST(format_fixed_and_ticks)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_fixed(&a, en, 57.5, 1), "57.5");
	CHECK_STR(format_fixed(&a, en, 60, 1), "60.0");
	CHECK_STR(format_fixed(&a, en, -0.01, 1), "0.0"); /* never "-0.0" */
	CHECK_STR(format_fixed(&a, en, -2.5, 1), "-2.5");
	CHECK_STR(format_fixed(&a, en, 25000, 0), "25,000");
	CHECK_STR(format_fixed(&a, en, 1e300, 0) ? "ok" : NULL, "ok"); /* hundreds of digits */
	CHECK_STR(format_tick(&a, en, UNIT_POUNDS, -500, 0), "-\xc2\xa3"
	                                                     "500");
	CHECK_STR(format_tick(&a, en, UNIT_PERCENT, 60, 1), "60.0%");
	CHECK_STR(format_tick(&a, en, UNIT_DAYS, 3, 0), "3"); /* the caption names days */
	arena_free(&a);
}

TEST(format_dates_and_months)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_date(&a, en, 20180331), "31 March 2018");
	CHECK_STR(format_date(&a, en, 20190101), "1 January 2019");
	CHECK(format_date(&a, en, 0) == NULL);
	CHECK(format_date(&a, en, 20181301) == NULL);
	CHECK_STR(format_month(&a, en, 2018, 3, false), "March 2018");
	CHECK_STR(format_month(&a, en, 2018, 9, true), "Sep 2018");
	CHECK_STR(format_month(&a, en, 2018, 0, true), "2018");
	arena_free(&a);
}

TEST(format_periods_and_deadlines)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	CHECK_STR(format_period(&a, en, (period){PERIOD_FINANCIAL_QUARTER, 2019, 1}), "Q1 2019/20");
	CHECK_STR(format_period(&a, en, (period){PERIOD_FINANCIAL_QUARTER, 1999, 4}), "Q4 1999/00");
	CHECK_STR(format_period(&a, en, (period){PERIOD_FINANCIAL_YEAR, 2019, 0}), "2019/20");
	CHECK_STR(format_period(&a, en, (period){PERIOD_MONTH, 2019, 5}), "May 2019");
	CHECK_STR(format_period(&a, en, (period){PERIOD_CALENDAR_YEAR, 2019, 0}), "2019");
	CHECK(format_period(&a, en, (period){PERIOD_NONE, 0, 0}) == NULL);
	deadline d[4] = {{.kind = DEADLINE_DAY, .year = 2018, .month = 3, .day = 31},
	                 {.kind = DEADLINE_MONTH, .year = 2014, .month = 3},
	                 {.kind = DEADLINE_QUARTER, .year = 2019, .month = 1},
	                 {.kind = DEADLINE_TBC}};
	CHECK_STR(format_deadline(&a, en, &d[0]), "31 March 2018");
	CHECK_STR(format_deadline(&a, en, &d[1]), "March 2014");
	CHECK_STR(format_deadline(&a, en, &d[2]), "Q1 2019/20");
	CHECK_STR(format_deadline(&a, en, &d[3]), "To be confirmed");
	deadline_set one = {.items = d, .n = 1}, two = {.items = d, .n = 2},
	             all = {.items = d, .n = 4}, none = {.items = d, .n = 0};
	CHECK_STR(format_deadlines(&a, en, &one), "31 March 2018");
	CHECK_STR(format_deadlines(&a, en, &two), "31 March 2018 and March 2014");
	CHECK_STR(format_deadlines(&a, en, &all),
	          "31 March 2018, March 2014, Q1 2019/20 and To be confirmed");
	CHECK_STR(format_deadlines(&a, en, &none), "");
	CHECK(format_deadlines(&a, en, NULL) == NULL);
	arena_free(&a);
}

TEST(format_kind_labels_prefer_the_plans_word)
{
	arena a;
	arena_init(&a);
	const format_conventions *en = fx_format(&a);
	plan p = {0};
	p.label[ITEM_PRIORITY] = "Theme";
	CHECK_STR(format_kind_label(en->words, &p, ITEM_PRIORITY), "Theme");
	CHECK_STR(format_kind_label(en->words, &p, ITEM_DELIVERABLE), "Deliverable");
	CHECK_STR(format_kind_label(en->words, NULL, ITEM_MEASURE), "Measure");
	CHECK(format_kind_label(en->words, &p, ITEM_KIND_COUNT) == NULL);
	arena_free(&a);
}

/* Conventions from strings text: another language's words, and the mistakes reported. */
static strings *
load_text(arena *a, diag *d, const char *lang, const char *text)
{
	strings_file f = {"cy.yaml", text, strlen(text)};
	return strings_load(a, d, lang, &f, 1, NULL, NULL, 0);
}

TEST(format_conventions_come_from_the_strings)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	strings *s = load_text(
	    &a, &d, "cy",
	    "format:\n  decimal_separator: \",\"\n  group_separator: \".\"\n  group_from: "
	    "\"1000\"\n"
	    "  minus: \"\xe2\x88\x92\"\n  money: \"{number} \xe2\x82\xac\"\n"
	    "  money_negative: \"\xe2\x88\x92{number} \xe2\x82\xac\"\n  percent: \"{number} %\"\n"
	    "  month: {1: Ionawr, 2: Chwefror, 3: Mawrth, 4: Ebrill, 5: Mai, 6: Mehefin, 7: "
	    "Gorffennaf, 8: Awst, 9: Medi, 10: Hydref, 11: Tachwedd, 12: Rhagfyr}\n"
	    "  month_short: {1: Ion, 2: Chwef, 3: Maw, 4: Ebr, 5: Mai, 6: Meh, 7: Gorff, 8: Awst, "
	    "9: Medi, 10: Hyd, 11: Tach, 12: Rhag}\n"
	    "  date: \"{day} {month} {year}\"\n"
	    "  unit:\n    days: {zero: \"{count} diwrnod\", one: \"{count} diwrnod\", two: "
	    "\"{count} ddiwrnod\", few: \"{count} diwrnod\", many: \"{count} diwrnod\", other: "
	    "\"{count} o ddiwrnodau\"}\n"
	    "  period:\n    financial_year: \"{first}/{second}\"\n"
	    "    quarter: \"Chwarter {quarter} {year}\"\n    month: \"{month} {year}\"\n"
	    "    month_short: \"{month} {year}\"\n    calendar_year: \"{year}\"\n"
	    "  deadline: {tbc: I'w gadarnhau, several: \"{first}, {rest}\", several_last: "
	    "\"{first} a {rest}\"}\n");
	format_conventions cy;
	CHECK(s && format_conventions_load(&a, s, &d, &cy));
	if (s) {
		CHECK_STR(format_number(&a, &cy, 1500), "1.500");
		CHECK_STR(format_money(&a, &cy, -1500.5), "\xe2\x88\x92"
		                                          "1500,5 \xe2\x82\xac");
		CHECK_STR(format_percent(&a, &cy, -2.5), "\xe2\x88\x92"
		                                         "2,5 %");
		CHECK_STR(format_measure(&a, &cy, UNIT_DAYS, 2, NULL), "2 ddiwrnod");
		CHECK_STR(format_measure(&a, &cy, UNIT_DAYS, 7, NULL), "7 o ddiwrnodau");
		CHECK_STR(format_period(&a, &cy, (period){PERIOD_FINANCIAL_QUARTER, 2019, 1}),
		          "Chwarter 1 2019/20");
		CHECK_STR(format_month(&a, &cy, 2018, 2, true), "Chwef 2018");
		deadline dl[2] = {{.kind = DEADLINE_DAY, .year = 2018, .month = 3, .day = 31},
		                  {.kind = DEADLINE_TBC}};
		CHECK_STR(format_deadlines(&a, &cy, &(deadline_set){.items = dl, .n = 2}),
		          "31 Mawrth 2018 a I'w gadarnhau");
		strings_free(s);
	}
	CHECK(!diag_failed(&d));
	diag_free(&d);
	arena_free(&a);
}

TEST(format_conventions_report_malformed_texts)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	strings *s =
	    load_text(&a, &d, "en-GB",
	              "format:\n  group_from: lots\n  money: \"\xc2\xa3\"\n"
	              "  money_negative: \"-{number}{number}\"\n  percent: \"{number}%\"\n");
	format_conventions fc;
	CHECK(s && !format_conventions_load(&a, s, &d, &fc));
	CHECK(d.errors == 3);
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	if (m) {
		diag_print(&d, m, false);
		fclose(m);
	}
	CHECK(out && strstr(out, "cy.yaml:2:15: error: 'format.group_from' must be a number"));
	CHECK(out && strstr(out, "cy.yaml:3:10: error: 'format.money' must hold {number} once"));
	CHECK(out &&
	      strstr(out, "cy.yaml:4:19: error: 'format.money_negative' must hold {number} once"));
	free(out);
	strings_free(s);
	diag_free(&d);
	arena_free(&a);
}
