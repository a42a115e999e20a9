/* pages_internal.h - what the page builders share: the context every builder gets, the
 * helpers that turn parts of the model into template values (page_common.c), the links
 * and addresses (paths.c), and one builder per page kind (pages_*.c), which pages.c
 * dispatches to. Only for generator/site/pages*.c, page_common.c, paths.c and jsonld.c.
 *
 * Everything returned lives in the context's arena. A helper that may have nothing to show
 * returns a null value, so that a template section over it renders nothing. */
#ifndef PLANSITE_PAGES_INTERNAL_H
#define PLANSITE_PAGES_INTERNAL_H

#include <stdbool.h>

#include "site/browse.h"
#include "site/exports.h"
#include "site/format.h"
#include "site/pages.h"

typedef struct ctx {
	arena *a;
	const model *m;
	const char *root;                /* "../../" from this page to the site root */
	const char *base_url;            /* with a trailing slash, or NULL */
	strings *words;                  /* the theme's strings: every word the page says */
	const format_conventions *fmt;   /* numbers, money and dates as pages show them */
	const chart_style *charts;       /* the theme's colours for the charts, and fmt */
	const page_languages *languages; /* NULL: the site has one language */
} ctx;

/* ---- flags: the council's own tags, declared in site.yaml ---- */

/* One flag for templates: id, label and name (null when not given, so a flag without a
 * name never shows one from an enclosing context). */
value *page_flag(const ctx *c, const flag *f);
/* The flags an item carries, in site.yaml order. */
value *page_flags(const ctx *c, const item *it);

/* ---- words (strings.h): every text a reader sees comes from the theme ---- */

/* The theme's text of key. */
const char *page_text(const ctx *c, const char *key);
/* The text of key with its {name} parameters filled from name, value pairs ended by NULL. */
const char *page_fmt(const ctx *c, const char *key, ...) __attribute__((sentinel));
/* The plural text of key for n ({count} is n unless the pairs give it). */
const char *page_plural(const ctx *c, const char *key, double n, ...) __attribute__((sentinel));
/* The plural text of key for n, its {count} n formatted as the theme writes numbers. */
const char *page_count_text(const ctx *c, const char *key, double n);
/* s HTML-escaped as {{name}} escapes it: a parameter of a text templates print as HTML. */
const char *page_escape(const ctx *c, const char *s);
/* The reader's word for value id of a vocabulary: the text "VOCAB.ID" ("lifecycle.in-progress"). */
const char *page_label(const ctx *c, const char *vocab, const char *id);

/* ---- links (paths.c) ---- */

/* From this page to the site's root, where data/ is: its tree's root, and above it in the
 * tree of a language other than the default. */
const char *page_site_root(const ctx *c);
/* The page at path, relative to this page. */
const char *page_url(const ctx *c, const char *path);
/* {title, url}: a link to the page at path. */
value *page_link(const ctx *c, const char *title, const char *path);
/* The page's own address as a reader would give it (paths_address). */
const char *page_address(const ctx *c, const char *path);
/* The item's anchor in every report page (paths_report_anchor). */
const char *page_report_anchor(const ctx *c, const item *it);
/* {title, url}: the link to an item's entry in report r's page. */
value *page_entry_link(const ctx *c, const report *r, const item *it);

/* ---- text and numbers (page_common.c) ---- */

/* The default language's tag when text is a text field's that has no translation in the
 * language of these pages (content_untranslated), else NULL: what a lang attribute on it
 * says. */
const char *page_lang(const ctx *c, const char *text);
/* Sets key on v to page_lang(text), or to null (so a row never shows its page's). */
void page_set_lang(const ctx *c, value *v, const char *key, const char *text);
/* Markdown as HTML, headings shifted down by shift levels; NULL for NULL. Untranslated text
 * comes in a <div> with its lang. */
const char *page_html(const ctx *c, const char *markdown, int shift);
/* Markdown as plain text of at most 200 characters, for descriptions; NULL for NULL. */
const char *page_plain_summary(const ctx *c, const char *markdown);
/* The plan's word for the item's kind ("Action"), else the theme's ("Priority"). */
const char *page_kind_label(const ctx *c, const item *it);
/* "Outcome 1.1" or the plan's own word; the code when there is one. */
const char *page_item_heading(const ctx *c, const item *it);
/* What a report shows where it gives no number ("?" in the source). */
const char *page_no_figure(const ctx *c, const char *as_written);
/* A measure value with its unit: "69%", "£1,500,000", "12 days"; mi may be NULL. */
const char *page_measure_value(const ctx *c, const measure_info *mi, double d);

/* ---- tags, leads, deadlines (page_common.c) ---- */

/* A status tag {label, class}: text always, the class only adds colour. */
value *page_tag(const ctx *c, const char *label, const char *klass);
/* A tag for a state that is not a rating ("not_rated", "not_in_report", "no_report",
 * "no_reports", "not_in_plan"): the theme says it in words. */
value *page_state_tag(const ctx *c, const char *state);
/* What one statement says: its lifecycle (or RAG for a measure), else "not rated". */
value *page_entry_tag(const ctx *c, const item *it, const status_entry *s);
/* The item's current state; null for priorities and outcomes, which reports do not rate. */
value *page_status_tag(const ctx *c, const item *it);
/* {members, officers, directorates, any}: the item's leads as links. */
value *page_leads(const ctx *c, const item *it);
/* One line of leads for tables: "Andy Scott (PLACE)"; NULL when there are none. */
const char *page_leads_text(const ctx *c, const item *it);
/* The item's deadline with its revisions and overdue tag; null when it has none. */
value *page_deadline(const ctx *c, const item *it);

/* ---- rows and tables (page_common.c) ---- */

/* What a statement row (a report's entry, a row of an item's history) may say. */
extern const char *const page_entry_keys[];
/* Sets each key of keys (NULL-terminated) that v lacks to null, so that Mustache never
 * finds a key of an enclosing row instead. */
void page_seal(const ctx *c, value *v, const char *const *keys);
/* What names an item in a list: id, code, title (with title_lang), url and kind, into v. */
void page_item_names(const ctx *c, value *v, const item *it);
/* A row of an item table (callers may add keys after it). */
value *page_row(const ctx *c, const item *it);
/* A row for each of items. */
value *page_rows(const ctx *c, const ptrvec *items);
/* A statement's own values (status, confidence, figure, notes) set on e. */
void page_set_entry_values(const ctx *c, value *e, const item *it, const status_entry *s,
                           int shift);
/* A key that is there and not null (rows set the keys they lack to null: see page_seal). */
bool page_given(const value *v);
/* {label, rows, count, has_leads, has_deadlines} over list; null when list is empty.
 * label names the first column. */
value *page_table(const ctx *c, const char *label, value *list);
/* Items grouped by plan, each group a link to its plan with a table of its items. */
value *page_by_plan(const ctx *c, const ptrvec *items);
/* {groups: [...]} links to group pages for the group-tags partial; null when none. */
value *page_group_tags(const ctx *c, const ptrvec *characteristics);

/* ---- the status summary (page_common.c) ---- */

/* Counts of activities/deliverables by lifecycle and of measures by RAG, under an item (or
 * a whole plan): the numbers behind the status summary. */
typedef struct status_counts {
	int lifecycle[LIFECYCLE_COUNT];            /* [LIFECYCLE_NONE]: not rated + no report */
	int not_rated_actions, not_rated_measures; /* mentioned, but given no status */
	int overdue;
	int rag[RAG_COUNT];
	int actions, measures;
	bool no_reports; /* the plan has no report at all */
	bool snapshot;   /* counted as one report stands: unmentioned is "not in this report" */
} status_counts;

/* Counts one item as it stands now. */
void page_count_item(status_counts *sc, const item *it);
/* Counts an item, its children's trees and its measures. */
void page_count_tree(status_counts *sc, const item *it);
/* The summary's tables and chart; scope names what it counts, for the chart. */
value *page_summary(const ctx *c, const status_counts *sc, const char *scope);

/* ---- what every page has (page_common.c) ---- */

/* Sets site, root, home_url, page (title, description, canonical, feedback, address,
 * period) and nav on data. path is the page's folder, NULL for the not-found page. */
void page_common(const ctx *c, value *data, const char *title, const char *path,
                 const char *description);
/* Breadcrumbs: Home, then title linking to path when title is not NULL. */
value *page_crumbs(const ctx *c, const char *title, const char *path);
/* Breadcrumbs of an item: Home, its plan, and each level above it. */
value *page_crumbs_for_item(const ctx *c, const item *it);
/* The Atom feed beside a page (written only with a base URL: see exports.h). */
void page_set_feed(const ctx *c, value *data, const char *path, const char *title);

/* ---- linked data (jsonld.c) ---- */

/* schema.org JSON-LD: the council and, with_dataset, the open data as a Dataset. Safe
 * inside <script>. */
const char *jsonld_graph(const ctx *c, bool with_dataset);

/* ---- the pages: one builder per kind, each the whole template data ---- */

/* pages_items.c */
value *pages_item(const ctx *c, const item *it);
value *pages_measure(const ctx *c, const item *it);
/* pages_plan.c */
value *pages_home(const ctx *c);
value *pages_plan(const ctx *c, const plan *pl);
value *pages_deadlines(const ctx *c, const plan *pl);
value *pages_attention(const ctx *c, const plan *pl);
/* pages_reports.c */
value *pages_report(const ctx *c, const report *r);
value *pages_changes(const ctx *c, const report *r);
/* pages_people.c */
value *pages_people(const ctx *c);
value *pages_person(const ctx *c, const person *pe);
value *pages_directorate(const ctx *c, const directorate *dr);
/* pages_equality.c */
value *pages_equality(const ctx *c);
value *pages_equality_outcome(const ctx *c, const equality_outcome *eo);
value *pages_group(const ctx *c, const characteristic *ch);
/* pages_site.c */
value *pages_about(const ctx *c);
value *pages_accessibility(const ctx *c);
value *pages_glossary(const ctx *c);
value *pages_not_found(const ctx *c);
value *pages_redirect(const ctx *c, const page *p);
value *pages_search(const ctx *c, const ptrvec *lists);
value *pages_browse_plan(const ctx *c, const browse_plan *bp);
value *pages_browse(const ctx *c, const browse_list *l);
/* files: the data files' paths, titles and sizes, as the exports wrote them (site.c). */
value *pages_open_data(const ctx *c, const export_list *files);

#endif
