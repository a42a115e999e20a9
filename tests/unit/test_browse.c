/* test_browse.c - the browse lists for readers without JavaScript: every item once per axis,
 * pages of a bounded length linked in order, addresses unique. */
#include <stdio.h>
#include <string.h>

#include "content/content.h"
#include "site/browse.h"
#include "test.h"

static const char *const paths[] = {"site.yaml", "plans/p1/plan.yaml", "plans/p1/outcomes/o1.yaml",
                                    "plans/p1/measures/m.yaml"};
static const char *const texts[] = {
    "title: Tiny\ncouncil: Tiny Council\n",
    "id: p1\ntitle: Plan One\nstart: 2019-04-01\nend: 2020-03-31\n"
    "priorities:\n  - id: pr\n    title: Priority\n    outcomes: [o1]\n",
    "id: o1\ntitle: \"% of outcomes\"\nactivities:\n  - id: a1\n    title: Ŵyn homes\n"
    "    deliverables:\n      - id: d1\n        title: 2 new homes\n      - id: d2\n"
    "        title: Other homes\n",
    "measures:\n  - id: m\n    title: Measure\n    outcome: o1\n    unit: percent\n",
};

TEST(browse_lists_every_item_once_in_bounded_pages)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	model *m = content_load_files(&a, &d, paths, texts, NULL, 4);
	if (!CHECK(m != NULL)) {
		diag_free(&d);
		arena_free(&a);
		return;
	}
	ptrvec lists = {0};
	browse_collect(&a, m, 2, &lists);
	size_t per_axis[BROWSE_AXIS_COUNT] = {0};
	bool unique = true, bounded = true, linked = true;
	const browse_list *w = NULL, *two = NULL, *o = NULL;
	for (size_t i = 0; i < lists.len; i++) {
		const browse_list *l = lists.items[i];
		per_axis[l->axis] += l->n;
		bounded = bounded && l->n >= 1 && l->n <= 2;
		for (size_t j = 0; j < i; j++)
			unique =
			    unique && strcmp(l->path, ((const browse_list *)lists.items[j])->path);
		linked = linked && (l->page == 1) == (l->prev == NULL) &&
		         (l->page == l->pages) == (l->next == NULL);
		if (l->axis == BROWSE_AZ && strcmp(l->key, "w") == 0)
			w = l;
		if (l->axis == BROWSE_AZ && strcmp(l->key, "0-9") == 0)
			two = l;
		if (l->axis == BROWSE_AZ && strcmp(l->key, "o") == 0)
			o = l;
	}
	CHECK(unique && bounded && linked);
	/* every item once in A to Z and once by type; by status only those that have one (the
	 * activity, two deliverables and the measure) */
	size_t items = ((const plan *)m->plans.items[0])->items.len;
	CHECK(per_axis[BROWSE_AZ] == items);
	CHECK(per_axis[BROWSE_KIND] == items);
	CHECK(per_axis[BROWSE_STATUS] == 4);
	/* "Ŵyn" files under W (folded); "% of outcomes" under O beside "Other homes", in one
	 * list of two; "2 new homes" under 0-9 */
	CHECK(w && w->n == 1);
	/* the lists' names: the letter itself, the theme's words for the rest */
	static const char words[] = "lifecycle: {not-reported: Not reported}\n"
	                            "rag: {red: Red}\n"
	                            "browse: {az_digits: \"0–9\", az_other: Other, "
	                            "measure_status: \"Measure: {rag}\"}\n";
	strings_file sf = {"en-GB.yaml", words, sizeof words - 1};
	strings *st = strings_load(&a, &d, "en-GB", &sf, 1, NULL, NULL, 0);
	if (CHECK(st != NULL)) {
		if (w && two) {
			CHECK_STR(browse_label(&a, st, w), "W");
			CHECK_STR(browse_label(&a, st, two), "0–9");
		}
		CHECK_STR(browse_status_label(&a, st, "not-reported"), "Not reported");
		CHECK_STR(browse_status_label(&a, st, "red"), "Measure: Red");
		CHECK(strings_report_missing(st, &d) == 0);
		strings_free(st);
	}
	CHECK(o && o->total == 2 && o->pages == 1);
	CHECK(two && strcmp(two->path, "search/browse/p1/a-z/0-9/") == 0);
	/* four "not reported" items: two pages of two */
	const browse_list *nr2 = NULL;
	for (size_t i = 0; i < lists.len; i++) {
		const browse_list *l = lists.items[i];
		if (l->axis == BROWSE_STATUS && l->page == 2)
			nr2 = l;
	}
	if (CHECK(nr2 != NULL)) {
		CHECK_STR(nr2->path, "search/browse/p1/status/not-reported/2/");
		CHECK(nr2->prev && nr2->prev->page == 1 && nr2->first == nr2->prev);
	}
	diag_free(&d);
	arena_free(&a);
}
