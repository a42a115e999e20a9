/* pages.h - the site's pages: which exist, their addresses, and the data each template gets.
 *
 * The site stage turns the model into value trees here (templates never see the model), so
 * the template engine and the model stay independent of each other. */
#ifndef PLANSITE_PAGES_H
#define PLANSITE_PAGES_H

#include "content/model.h"
#include "content/translate.h"
#include "site/charts.h"
#include "site/format.h"
#include "site/strings.h"
#include "value.h"

typedef enum {
	PAGE_HOME,
	PAGE_PLAN,
	PAGE_ITEM, /* priority, outcome, activity, deliverable */
	PAGE_MEASURE,
	PAGE_REPORT,    /* printable monitoring report */
	PAGE_CHANGES,   /* what changed in a report */
	PAGE_DEADLINES, /* per plan */
	PAGE_PEOPLE,    /* index of people and directorates */
	PAGE_PERSON,
	PAGE_DIRECTORATE,
	PAGE_EQUALITY, /* index of equality outcomes and groups */
	PAGE_EQUALITY_OUTCOME,
	PAGE_CHARACTERISTIC,
	PAGE_ABOUT,
	PAGE_ACCESSIBILITY,
	PAGE_NOT_FOUND,
	PAGE_REDIRECT, /* an alias: the old address of a renamed item */
	PAGE_SEARCH,   /* search/: the search form, and links to the browse pages */
	PAGE_DATA,     /* data/: the open data files, their sizes and licence */
	PAGE_BROWSE,   /* search/browse/...: one page of an A-Z, status or type list (browse.h) */
	PAGE_BROWSE_PLAN, /* search/browse/PLAN/: a plan's lists, so the search page stays small */
	/* per plan: red and amber measures, overdue and slipped items (attention.h) */
	PAGE_ATTENTION,
	/* glossary/: the words the site uses, and the directorates' codes */
	PAGE_GLOSSARY,
	PAGE_KIND_COUNT
} page_kind;

typedef struct page {
	page_kind kind;
	const char *path; /* folder below the site root ("plans/2017-18/"), "" for home */
	const char *file; /* file in that folder: "index.html" (or "404.html") */
	/* plan*, item*, report*, person*, ...; PAGE_DATA: the export_list of the data files
	 * (exports.h), which the build sets once the exports are written */
	const void *subject;
	const char *target; /* PAGE_REDIRECT: the new address */
} page;

typedef struct page_list {
	page *pages;
	size_t n, cap;
} page_list;

/* Every page of the site, in a stable order (paths.c, with every address; the data page's
 * subject NULL until the build sets it). */
void pages_collect(arena *a, const model *m, page_list *out);

/* The id of a page kind ("item", "measure", ...): the key of theme.yaml's `templates:` map,
 * which names the template that renders it. */
const char *pages_kind_name(page_kind kind);

/* The site's languages as one tree of pages sees them (site.c): language 0's tree at the
 * site root, each other's in a folder named by its tag ("cy/"), the same pages below it. */
typedef struct page_languages {
	size_t n;       /* 2 or more */
	size_t current; /* the tree these pages are in */
	const char *tags[CONTENT_MAX_LANGUAGES];
	const char *names[CONTENT_MAX_LANGUAGES]; /* each in its own words (language.name) */
	const char *base_url; /* the site's (language 0's tree), with its slash, or NULL */
} page_languages;

/* What the theme gives every page besides its templates (site.c loads it): its words, the
 * formatting conventions, and the chart colours (whose fmt points at fmt: keep it in place);
 * and the site's languages, NULL for a site in one language. */
typedef struct page_theme {
	strings *words;
	format_conventions fmt;
	chart_style charts;
	const page_languages *languages;
} page_theme;

/* The data for one page's template; everything in arena a. base_url may be NULL; every text
 * the data holds comes from th's words. */
value *pages_data(arena *a, const model *m, const page *p, const char *base_url,
                  const page_theme *th);

#endif
