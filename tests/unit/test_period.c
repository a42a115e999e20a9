/* Unit tests for generator/content/period.c: every accepted form, the reasons for refusals,
 * the order and the printed forms. */
#include <string.h>

#include "content/period.h"
#include "test.h"

/* Parses s and returns its canonical text ("" when refused) in a static buffer. */
static const char *
canonical(const char *s)
{
	static char out[32];
	period p;
	const char *why;
	if (!period_parse(s, strlen(s), &p, &why))
		return "";
	period_format(p, out, sizeof out);
	return out;
}

static const char *
refusal(const char *s)
{
	period p;
	const char *why = NULL;
	if (period_parse(s, strlen(s), &p, &why))
		return "(accepted)";
	return why;
}

static period
parsed(const char *s)
{
	period p;
	const char *why;
	bool ok = period_parse(s, strlen(s), &p, &why);
	CHECK(ok);
	return p;
}

TEST(period_parses_canonical_forms)
{
	CHECK_STR(canonical("2019/20 Q1"), "2019/20 Q1");
	CHECK_STR(canonical("2019/20"), "2019/20");
	CHECK_STR(canonical("2019-05"), "2019-05");
	CHECK_STR(canonical("2019"), "2019");
	CHECK_STR(canonical("1999/00 Q4"), "1999/00 Q4");
	period p = parsed("2019/20 Q3");
	CHECK(p.kind == PERIOD_FINANCIAL_QUARTER && p.year == 2019 && p.index == 3);
}

TEST(period_parses_printed_forms)
{
	CHECK_STR(canonical("Q1 2019/20"), "2019/20 Q1");
	CHECK_STR(canonical("May 2019"), "2019-05");
	CHECK_STR(canonical("september 2019"), "2019-09");
	CHECK_STR(canonical("Mar 2014"), "2014-03");
}

TEST(period_parse_uses_length_not_terminator)
{
	period p;
	const char *why;
	CHECK(period_parse("2019/20 Q2 and more", 10, &p, &why));
	CHECK(p.kind == PERIOD_FINANCIAL_QUARTER && p.index == 2);
}

TEST(period_refusals_say_why)
{
	const char *forms = "write a period as 2019/20 Q1 (financial quarter), 2019/20 (financial "
	                    "year), 2019-05 (month) or 2019 (calendar year)";
	CHECK_STR(refusal("2019/21"),
	          "a financial year names two consecutive years, as in 2019/20");
	CHECK_STR(refusal("2019/20 Q5"), "quarters are Q1 to Q4");
	CHECK_STR(refusal("Q0 2019/20"), "quarters are Q1 to Q4");
	CHECK_STR(refusal("2019-13"), "months are 01 to 12");
	CHECK_STR(refusal("0999"), "the year must have four digits");
	CHECK_STR(refusal("Sept 2019"), forms);
	CHECK_STR(refusal("Quarter 1"), forms);
	CHECK_STR(refusal(""), forms);
	CHECK_STR(refusal("2019-20"), "months are 01 to 12");
}

TEST(period_dates)
{
	CHECK(period_start(parsed("2019/20 Q1")) == 20190401);
	CHECK(period_end(parsed("2019/20 Q1")) == 20190630);
	CHECK(period_start(parsed("2019/20 Q4")) == 20200101);
	CHECK(period_end(parsed("2019/20 Q4")) == 20200331);
	CHECK(period_start(parsed("2019/20")) == 20190401);
	CHECK(period_end(parsed("2019/20")) == 20200331);
	CHECK(period_end(parsed("2020-02")) == 20200229);
	CHECK(period_end(parsed("2019-02")) == 20190228);
	CHECK(period_start(parsed("2019")) == 20190101);
	CHECK(period_end(parsed("2019")) == 20191231);
	CHECK(period_start((period){PERIOD_NONE, 0, 0}) == 0);
}

TEST(period_order_is_total)
{
	/* by last day, then first day: a year sorts before the quarter or month that ends it */
	const char *sorted[] = {"2018/19", "2019-03", "2019/20 Q1", "2019",      "2019/20 Q3",
	                        "2019-12", "2019/20", "2019/20 Q4", "2020/21 Q1"};
	size_t n = sizeof sorted / sizeof *sorted;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++) {
			int c = period_compare(parsed(sorted[i]), parsed(sorted[j]));
			CHECK((i < j && c < 0) || (i == j && c == 0) || (i > j && c > 0));
		}
	CHECK(period_equal(parsed("Q2 2019/20"), parsed("2019/20 Q2")));
	CHECK(period_compare((period){PERIOD_NONE, 0, 0}, parsed("2019")) < 0);
}

TEST(period_printed_forms)
{
	char out[32];
	period_display(parsed("2019/20 Q1"), out, sizeof out);
	CHECK_STR(out, "Q1 2019/20");
	period_display(parsed("2019-05"), out, sizeof out);
	CHECK_STR(out, "May 2019");
	period_display(parsed("2019/20"), out, sizeof out);
	CHECK_STR(out, "2019/20");
	period_slug(parsed("2019/20 Q1"), out, sizeof out);
	CHECK_STR(out, "2019-20-q1");
	period_slug(parsed("2019/20"), out, sizeof out);
	CHECK_STR(out, "2019-20");
	period_slug(parsed("2019-05"), out, sizeof out);
	CHECK_STR(out, "2019-05");
	CHECK(period_format(parsed("2019/20 Q1"), out, 4) == 10);
	CHECK_STR(out, "201");
	CHECK(period_format((period){PERIOD_NONE, 0, 0}, out, sizeof out) == 0);
	CHECK_STR(out, "");
}
