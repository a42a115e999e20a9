/* golden.c - writes every chart kind, drawn from the fixtures in fixtures.h, to DIR/NAME.html
 * (the whole <figure>); tests/charts/suite.sh compares them with tests/charts/expected/ and
 * checks each SVG with xmllint. Usage: golden DIR */
#include <stdio.h>
#include <stdlib.h>

#include "fixtures.h"
#include "site/charts.h"

static int failures;

static void
write_chart(const char *dir, const char *name, const char *html)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.html", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f) {
		perror(path);
		failures++;
		return;
	}
	fputs(html ? html : "(no chart)\n", f);
	if (fclose(f) != 0) {
		perror(path);
		failures++;
	}
}

int
main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: golden DIR\n");
		return 2;
	}
	const char *dir = argv[1];
	arena a;
	arena_init(&a);

	int l1[LIFECYCLE_COUNT] = {[LIFECYCLE_NONE] = 1,
	                           [LIFECYCLE_NOT_STARTED] = 1,
	                           [LIFECYCLE_IN_PROGRESS] = 5,
	                           [LIFECYCLE_COMPLETED] = 3,
	                           [LIFECYCLE_COMPLETED_WITH_CHANGES] = 1,
	                           [LIFECYCLE_DEFERRED] = 1};
	int r1[RAG_COUNT] = {[RAG_NONE] = 2, [RAG_GREEN] = 2, [RAG_AMBER] = 1, [RAG_RED] = 1};
	write_chart(
	    dir, "status-outcome",
	    charts_status_summary(&a, fx_style(&a),
	                          "Outcome 1 People access a range of educational, training "
	                          "and employment opportunities",
	                          l1, r1));
	int l2[LIFECYCLE_COUNT] = {[LIFECYCLE_IN_PROGRESS] = 8};
	int r2[RAG_COUNT] = {0};
	write_chart(dir, "status-actions-only",
	            charts_status_summary(&a, fx_style(&a), "Priority 1 <Growth & jobs>", l2, r2));
	int l3[LIFECYCLE_COUNT] = {0};
	int r3[RAG_COUNT] = {
	    [RAG_GREEN] = 40, [RAG_DATA_ONLY] = 1, [RAG_AWAITING_DATA] = 2, [RAG_RED] = 1};
	write_chart(dir, "status-measures-small-segments",
	            charts_status_summary(&a, fx_style(&a), "Strategic Plan 2019–22", l3, r3));

	const char *sentence = NULL;
	struct {
		const char *name;
		item *(*make)(arena *);
	} trends[] = {
	    {"trend-stable-placements", fx_stable_placements},
	    {"trend-no-actuals", fx_no_actuals},
	    {"trend-pounds-negative", fx_pounds_negative},
	    {"trend-single-point", fx_single_point},
	    {"trend-all-equal", fx_all_equal},
	};
	for (size_t i = 0; i < sizeof trends / sizeof *trends; i++)
		write_chart(dir, trends[i].name,
		            charts_measure_trend(&a, fx_style(&a), trends[i].make(&a), &sentence));

	write_chart(dir, "deadlines", charts_deadlines(&a, fx_style(&a), fx_deadline_plan(&a)));
	write_chart(dir, "equality-coverage",
	            charts_equality_coverage(&a, fx_style(&a), fx_equality_model(&a)));

	arena_free(&a);
	return failures ? 1 : 0;
}
