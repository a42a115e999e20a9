/* test_languages.c - a site in two languages, built whole: a tree per language, the links
 * between a page and its counterpart, untranslated texts marked with their lang, and the
 * open data's translation columns, from content that gives its Welsh beside its English. */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/site_fixture.h"
#include "content/content.h"
#include "site/site.h"
#include "util/fs.h"
#include "test.h"

static const char *const bi_paths[] = {
    "site.yaml",
    "plans/p1/plan.yaml",
    "plans/p1/outcomes/o1.yaml",
};
static const char *const bi_texts[] = {
    "title: Tiny\ntitle@cy: Bach\ncouncil: Tiny Council\ncouncil@cy: Cyngor Bach\n"
    "languages: [en-GB, cy]\n" A11Y,
    "id: p1\ntitle: Plan One\ntitle@cy: Cynllun Un\nstart: 2019-04-01\nend: 2020-03-31\n"
    "priorities:\n  - id: pr\n    title: Priority\n    outcomes: [o1]\n",
    "id: o1\ntitle: Outcome\ndescription: Homes for everyone.\n"
    "activities:\n  - id: a1\n    title: Build homes\n    title@cy: Adeiladu tai\n"
    "    deadline: 2019-12\n",
};

static const item *
find_item(const model *m, const char *id)
{
	const plan *pl = m->plans.items[0];
	for (size_t i = 0; i < pl->items.len; i++)
		if (strcmp(((const item *)pl->items.items[i])->id, id) == 0)
			return pl->items.items[i];
	return NULL;
}

static const char *
read_out(arena *a, const char *dir, const char *path)
{
	size_t len;
	const char *text = fs_read(a, fs_join(a, dir, path), &len);
	return text ? text : "";
}

TEST(languages_one_tree_per_language)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	model *m = content_load_files(&a, &d, bi_paths, bi_texts, NULL, 3);
	char tmpl[] = "/tmp/plansite-languages-XXXXXX";
	const char *tmp = m ? mkdtemp(tmpl) : NULL;
	if (!CHECK(m != NULL) || !CHECK(tmp != NULL)) {
		diag_print(&d, stderr, true);
		diag_free(&d);
		arena_free(&a);
		return;
	}
	plan *pl = m->plans.items[0];
	item *outcome = (item *)find_item(m, "o1"), *activity = (item *)find_item(m, "a1");
	if (!CHECK(outcome && activity)) {
		diag_free(&d);
		arena_free(&a);
		return;
	}
	const char *english_title = pl->title;

	const char *out = fs_join(&a, tmp, "site");
	site_options o = {.theme_dir = "themes/default", .out_dir = out, .threads = 2};
	site_stats stats = {0};
	bool built = site_build(m, &o, &d, &stats);
	if (!CHECK(built))
		diag_print(&d, stderr, true);
	CHECK(pl->title == english_title); /* the model holds the default language again */
	CHECK(stats.languages == 2);
	CHECK_STR(stats.per_language[1].tag, "cy");
	CHECK(stats.per_language[0].pages == stats.per_language[1].pages);
	CHECK(stats.per_language[0].untranslated == 0);
	/* the outcome's title and description, the priority's title */
	CHECK(stats.per_language[1].untranslated == 3);

	/* both trees, the same pages */
	CHECK(fs_is_file(fs_join(&a, out, "index.html")));
	CHECK(fs_is_file(fs_join(&a, out, "cy/index.html")));
	CHECK(fs_is_file(fs_join(&a, out, "cy/404.html")));
	CHECK(fs_is_file(fs_join(&a, out, "cy/search/manifest.js")));
	CHECK(fs_is_file(fs_join(&a, out, "cy/static/plansite.css")));
	CHECK(fs_is_file(fs_join(&a, out, arena_printf(&a, "cy/%sindex.json", activity->path))));
	/* the data once, at the root */
	CHECK(!fs_is_dir(fs_join(&a, out, "cy/data/p1")));
	CHECK(!fs_is_file(fs_join(&a, out, "cy/robots.txt")));

	/* a page and its counterpart link to each other */
	const char *en = read_out(&a, out, "plans/p1/index.html");
	const char *cy = read_out(&a, out, "cy/plans/p1/index.html");
	CHECK(strstr(en, "<html lang=\"en-GB\">") != NULL);
	CHECK(strstr(cy, "<html lang=\"cy\">") != NULL);
	CHECK(strstr(en, "<link rel=\"alternate\" hreflang=\"cy\" "
	                 "href=\"../../cy/plans/p1/index.html\">") != NULL);
	CHECK(strstr(en, "<link rel=\"alternate\" hreflang=\"en-GB\" "
	                 "href=\"../../plans/p1/index.html\">") != NULL);
	CHECK(strstr(cy, "<link rel=\"alternate\" hreflang=\"en-GB\" "
	                 "href=\"../../../plans/p1/index.html\">") != NULL);
	CHECK(strstr(cy, "<link rel=\"alternate\" hreflang=\"x-default\" "
	                 "href=\"../../../plans/p1/index.html\">") != NULL);
	CHECK(strstr(en, "<a href=\"../../cy/plans/p1/index.html\" lang=\"cy\" "
	                 "hreflang=\"cy\">") != NULL);
	CHECK(strstr(cy, "<a href=\"../../../plans/p1/index.html\" lang=\"en-GB\" "
	                 "hreflang=\"en-GB\">English</a>") != NULL);
	CHECK(strstr(cy, "<h1>Cynllun Un</h1>") != NULL);
	CHECK(strstr(en, "<h1>Plan One</h1>") != NULL);

	/* an untranslated title and description show the default language's, marked */
	const char *o_cy = read_out(&a, out, arena_printf(&a, "cy/%sindex.html", outcome->path));
	const char *o_en = read_out(&a, out, arena_printf(&a, "%sindex.html", outcome->path));
	CHECK(strstr(o_cy, "<h1 lang=\"en-GB\">Outcome</h1>") != NULL);
	CHECK(strstr(o_cy, "<div lang=\"en-GB\">\n<p>Homes for everyone.</p>") != NULL);
	CHECK(strstr(o_en, "<h1>Outcome</h1>") != NULL);
	CHECK(strstr(o_en, "<div lang=") == NULL);
	/* a translated row title is not marked */
	CHECK(strstr(o_cy, ">Adeiladu tai</a>") != NULL);

	/* the open data: each text column followed by its translation */
	const char *csv = read_out(&a, out, "data/activities.csv");
	CHECK(strstr(csv, ",title,title_cy,") != NULL);
	CHECK(strstr(csv, ",Build homes,Adeiladu tai,") != NULL);
	const char *package = read_out(&a, out, "data/datapackage.json");
	CHECK(strstr(package, "\"name\":\"title_cy\"") != NULL ||
	      strstr(package, "\"name\": \"title_cy\"") != NULL);
	/* plansite.json: translated texts beside the record, declared in the schema */
	const char *json = read_out(&a, out, "data/plansite.json");
	CHECK(strstr(json, "\"translations\":{\"cy\":{\"title\":\"Adeiladu tai\"}}") != NULL);
	CHECK(strstr(json, "\"translations\":{\"cy\":{\"title\":\"Cynllun Un\"}}") != NULL);
	const char *schema = read_out(&a, out, "data/plansite.schema.json");
	CHECK(strstr(schema, "\"translations\"") != NULL);
	/* the Welsh data page links to the root's files */
	const char *data_cy = read_out(&a, out, "cy/data/index.html");
	CHECK(strstr(data_cy, "href=\"../../data/activities.csv\"") != NULL);
	const char *a_cy = read_out(&a, out, arena_printf(&a, "cy/%sindex.html", activity->path));
	CHECK(strstr(a_cy, "../data/p1/activities.csv\"") != NULL);

	/* with a base URL: each tree's feeds and sitemap under its own address */
	o.base_url = "https://plans.example.gov.uk/";
	site_stats again = {0};
	CHECK(site_build(m, &o, &d, &again));
	const char *robots = read_out(&a, out, "robots.txt");
	CHECK(strstr(robots, "Sitemap: https://plans.example.gov.uk/sitemap.xml\n") != NULL);
	CHECK(strstr(robots, "Sitemap: https://plans.example.gov.uk/cy/sitemap.xml\n") != NULL);
	const char *sitemap = read_out(&a, out, "cy/sitemap.xml");
	CHECK(strstr(sitemap, "<loc>https://plans.example.gov.uk/cy/plans/p1/</loc>") != NULL);
	CHECK(fs_is_file(fs_join(&a, out, "cy/feed.xml")));
	en = read_out(&a, out, "plans/p1/index.html");
	CHECK(strstr(en, "<link rel=\"alternate\" hreflang=\"cy\" "
	                 "href=\"https://plans.example.gov.uk/cy/plans/p1/\">") != NULL);
	cy = read_out(&a, out, "cy/plans/p1/index.html");
	CHECK(strstr(cy, "<link rel=\"alternate\" hreflang=\"cy\" "
	                 "href=\"https://plans.example.gov.uk/cy/plans/p1/\">") != NULL);
	CHECK(strstr(cy, "<link rel=\"alternate\" hreflang=\"x-default\" "
	                 "href=\"https://plans.example.gov.uk/plans/p1/\">") != NULL);
	const char *nf = read_out(&a, out, "cy/404.html");
	CHECK(strstr(nf, "<link rel=\"alternate\" hreflang=\"cy\" "
	                 "href=\"https://plans.example.gov.uk/cy/404.html\">") != NULL);
	CHECK(strstr(cy, "<link rel=\"canonical\" "
	                 "href=\"https://plans.example.gov.uk/cy/plans/p1/\">") != NULL);

	if (!getenv("KEEP"))
		fs_remove_tree(tmp);
	diag_free(&d);
	arena_free(&a);
}
