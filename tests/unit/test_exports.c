/* test_exports.c - the open data exports on a tiny content set: CSV quoting and row counts,
 * history anchors, JSON and the search index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../charts/fixtures.h"
#include "content/content.h"
#include "site/exports.h"
#include "site/feeds.h"
#include "site/pages.h"
#include "util/fs.h"
#include "test.h"

static const char *const tiny_paths[] = {
    "site.yaml",
    "plans/p1/plan.yaml",
    "plans/p1/outcomes/o1.yaml",
    "plans/p1/measures/m.yaml",
};
static const char *const tiny_texts[] = {
    "title: Tiny\ncouncil: Tiny Council\n",
    "id: p1\ntitle: Plan One\nstart: 2019-04-01\nend: 2020-03-31\n"
    "priorities:\n  - id: pr\n    title: Priority\n    outcomes: [o1]\n",
    "id: o1\ntitle: Outcome\nactivities:\n  - id: a1\n    title: \"Build homes, \\\"quickly\\\"\"\n"
    "    deadline: 2019-12\n    deliverables:\n      - id: d1\n        title: =SUM(A1)\n",
    "measures:\n  - id: m\n    title: Measure\n    outcome: o1\n    unit: percent\n    history:\n"
    "      - {period: Q4 2018/19, actual: -3.5}\n      - {period: Q1 2019/20, actual: 4}\n",
};

/* The default theme's words, as a build has them (free look->words before a). */
static strings *
default_words(arena *a, diag *d, page_theme *look)
{
	return site_page_theme("themes/default", NULL, a, d, look) ? look->words : NULL;
}

static const export_file *
find(const export_list *l, const char *path)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->files[i].path, path) == 0)
			return &l->files[i];
	return NULL;
}

TEST(exports_csv_quoting_counts_and_anchors)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	model *m = content_load_files(&a, &d, tiny_paths, tiny_texts, NULL, 4);
	if (!CHECK(m != NULL)) {
		diag_print(&d, stderr, true);
		diag_free(&d);
		arena_free(&a);
		return;
	}
	page_theme look;
	strings *words = default_words(&a, &d, &look);
	if (!CHECK(words != NULL)) {
		diag_print(&d, stderr, true);
		diag_free(&d);
		arena_free(&a);
		return;
	}
	export_list l = {0};
	exports_data_files(&a, m, "https://x.example/", &look, &l, NULL);
	const export_file *act = find(&l, "data/activities.csv");
	const export_file *del = find(&l, "data/p1/deliverables.csv");
	const export_file *hist = find(&l, "data/measure-history.csv");
	CHECK(find(&l, "data/plansite.json") && find(&l, "data/datapackage.json") &&
	      find(&l, "data/plansite.schema.json"));
	if (CHECK(act && del && hist)) {
		/* quotes doubled, the comma quoted, CRLF line ends, absolute url */
		CHECK(strstr(act->data, ",\"Build homes, \"\"quickly\"\"\",") != NULL);
		CHECK(strstr(act->data, "2019-12-31") != NULL);
		CHECK(strstr(act->data, ",https://x.example/plans/p1/o1/a1/\r\n") != NULL);
		/* a formula is defused; a negative number is not */
		CHECK(strstr(del->data, ",\"'=SUM(A1)\",") != NULL);
		CHECK(strstr(hist->data, ",-3.5,") != NULL);
		/* each period has its anchor (a period can no longer be given twice) */
		CHECK(strstr(hist->data, "#history-q4-2018-19\r\n") != NULL);
		CHECK(strstr(hist->data, "#history-q1-2019-20\r\n") != NULL);
	}
	/* the search index: a manifest and shards, the deliverable in a result fragment */
	export_list idx = {0};
	size_t bytes = 0;
	CHECK(exports_search_index(&a, m, fx_format(&a), &idx, &bytes) && bytes > 0);
	const export_file *manifest = find(&idx, "search/manifest.js");
	const export_file *fragment = find(&idx, "search/r/0.js");
	CHECK(manifest && strncmp(manifest->data, "plansiteSearch(\"manifest\",", 26) == 0);
	CHECK(fragment && strstr(fragment->data, "\"plans/p1/o1/a1/d1/\""));
	/* the titles and descriptions are the theme's words */
	const export_file *pkg = find(&l, "data/datapackage.json");
	CHECK(act && strcmp(act->title, "Activities, all plans") == 0);
	CHECK(del && strcmp(del->title, "Deliverables, Plan One") == 0);
	CHECK(pkg && strstr(pkg->data, "\"The strategic plans of Tiny Council: activities,") &&
	      strstr(pkg->data, "\"description\":\"Id of the outcome (for activities) or activity "
	                        "(for deliverables)\"") &&
	      strstr(pkg->data, "\"description\":\"Latest actual, in the measure's unit\""));
	/* and so are the feeds' */
	export_list feeds = {0};
	CHECK(feeds_collect(&a, m, "https://x.example/", &look, &feeds) > 1);
	CHECK(feeds.n > 1 &&
	      strstr(feeds.files[0].data, "<title>Tiny: monitoring reports</title>"));
	CHECK(strings_report_missing(words, &d) == 0);
	strings_free(words);
	diag_free(&d);
	arena_free(&a);
}

/* Files measured (sizes_only) and written as they are made (dir) must agree, file by file,
 * with the files kept whole; and what the data page lists, from the writing, too. */
TEST(exports_measured_and_streamed_match_kept)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	model *m = content_load_files(&a, &d, tiny_paths, tiny_texts, NULL, 4);
	if (!CHECK(m != NULL)) {
		diag_free(&d);
		arena_free(&a);
		return;
	}
	page_theme look;
	strings *words = default_words(&a, &d, &look);
	if (!CHECK(words != NULL)) {
		diag_free(&d);
		arena_free(&a);
		return;
	}
	export_list kept = {0}, sized = {.sizes_only = true};
	exports_data_files(&a, m, NULL, &look, &kept, NULL);
	exports_data_files(&a, m, NULL, &look, &sized, NULL);
	if (CHECK(kept.n == sized.n && kept.n > 3))
		for (size_t i = 0; i < kept.n; i++) {
			CHECK_STR(sized.files[i].path, kept.files[i].path);
			CHECK(sized.files[i].len == kept.files[i].len && !sized.files[i].data);
		}
	char tmpl[] = "/tmp/plansite-exports-XXXXXX";
	char *dir = mkdtemp(tmpl);
	if (CHECK(dir)) {
		site_stats stats = {0};
		export_list written = {.dir = dir, .d = &d, .stats = &stats}, listed = {0};
		exports_data_files(&a, m, NULL, &look, &written, &listed);
		CHECK(!written.failed && written.n == 0 && stats.files == kept.n);
		if (CHECK(listed.n == kept.n))
			for (size_t i = 0; i < kept.n; i++) {
				CHECK_STR(listed.files[i].path, kept.files[i].path);
				CHECK_STR(listed.files[i].title, kept.files[i].title);
				CHECK(listed.files[i].len == kept.files[i].len &&
				      !listed.files[i].data);
			}
		for (size_t i = 0; i < kept.n; i++) {
			size_t len = 0;
			const char *text = fs_read(&a, fs_join(&a, dir, kept.files[i].path), &len);
			if (CHECK(text != NULL))
				CHECK(len == kept.files[i].len &&
				      memcmp(text, kept.files[i].data, len) == 0);
		}
		fs_remove_tree(dir);
	}
	strings_free(words);
	diag_free(&d);
	arena_free(&a);
}

/* site.yaml's language chooses the stemmer; Welsh has none in Snowball: folded words only,
 * and "Gŵyl" is found as "gwyl". */
TEST(exports_search_index_language_from_site_settings)
{
	static const char *const langs[] = {"title: Tiny\ncouncil: C\nlanguage: cy\n",
	                                    "title: Tiny\ncouncil: C\n"};
	for (int k = 0; k < 2; k++) {
		arena a;
		arena_init(&a);
		diag d;
		diag_init(&d);
		const char *texts[] = {langs[k], tiny_texts[1],
		                       "id: o1\ntitle: Gŵyl homes\nactivities:\n  - id: a1\n"
		                       "    title: Building homes\n",
		                       tiny_texts[3]};
		model *m = content_load_files(&a, &d, tiny_paths, texts, NULL, 4);
		if (CHECK(m != NULL)) {
			export_list idx = {0};
			CHECK(exports_search_index(&a, m, fx_format(&a), &idx, NULL));
			const export_file *mf = find(&idx, "search/manifest.js");
			const export_file *v = find(&idx, "search/v/0.js");
			CHECK(mf &&
			      strstr(mf->data, k == 0 ? "\"stemmed\":false" : "\"stemmed\":true"));
			CHECK(v && strstr(v->data, "[\"gwyl\","));
			CHECK(v && strstr(v->data, k == 0 ? "[\"building\",1]"
			                                  : "[\"building\",1,\"build\"]"));
		}
		diag_free(&d);
		arena_free(&a);
	}
}
