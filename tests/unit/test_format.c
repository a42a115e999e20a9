/* test_format.c - numbers, money, percentages, measure values and dates (site/format.h). */
#include <math.h>

#include "site/format.h"
#include "test.h"

static const format_conventions *const en = &format_english;

TEST(format_numbers_keep_the_source_decimals)
{
	arena a;
	arena_init(&a);
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
	format_conventions euro = format_english;
	euro.currency = "\xe2\x82\xac";
	euro.currency_after = true;
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
	CHECK_STR(format_date(&a, en, 20180331), "31 March 2018");
	CHECK_STR(format_date(&a, en, 20190101), "1 January 2019");
	CHECK(format_date(&a, en, 0) == NULL);
	CHECK(format_date(&a, en, 20181301) == NULL);
	CHECK_STR(format_month(&a, en, 2018, 3, false), "March 2018");
	CHECK_STR(format_month(&a, en, 2018, 9, true), "Sep 2018");
	CHECK_STR(format_month(&a, en, 2018, 0, true), "2018");
	arena_free(&a);
}
