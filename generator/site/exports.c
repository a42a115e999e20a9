/* exports.c - open data (CSV, JSON, JSON Schema, datapackage.json), per-item JSON, the
 * search index and robots.txt. See exports.h; feeds and the sitemap are in feeds.c. */
#include "site/exports.h"

#include "json.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "markdown.h"
#include "search/documents.h"
#include "site/escape.h"
#include "util/fs.h"
#include "value.h"

/* ---- shared helpers ---- */

/* Where a large export goes while it is made: model_json hands its buffer over every
 * megabyte or so, to be written to fd (or only counted, fd -1), so that the whole file is
 * never in memory. */
typedef struct spill {
	int fd;
	size_t done; /* bytes handed over */
	int err;     /* errno of the first failed write, or 0 */
} spill;

typedef struct ectx {
	arena *a;
	const model *m;
	const char *base; /* base URL with trailing slash, or NULL */
	spill *sp;        /* NULL: everything stays in the buffer */
} ectx;

/* Hands b's contents over to the spill (all of them with force, else past 1 MB only). */
static void
spill_out(spill *sp, buf *b, bool force)
{
	if (!sp || (!force && b->len < ((size_t)1 << 20)))
		return;
	const char *p = b->data;
	size_t len = b->len;
	while (sp->fd >= 0 && !sp->err && len > 0) {
		ssize_t n = write(sp->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			sp->err = errno;
			break;
		}
		p += n;
		len -= (size_t)n;
	}
	sp->done += b->len;
	buf_reset(b);
}

/* The permanent address of a site path: absolute with a base URL, else site-relative. */
static const char *
perm(const ectx *c, const char *path)
{
	return c->base ? arena_printf(c->a, "%s%s", c->base, path) : path;
}

static const char *
plain(const ectx *c, const char *markdown)
{
	return markdown ? markdown_to_text(c->a, markdown, 0) : NULL;
}

static bool write_one(arena *a, const char *out, const char *path, const char *data, size_t len,
                      diag *d, site_stats *stats);

/* Appends an entry as it is (data may be NULL). */
static void
export_keep(arena *a, export_list *l, export_file f)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		export_file *files = arena_alloc(a, cap * sizeof *files);
		if (l->n)
			memcpy(files, l->files, l->n * sizeof *files);
		l->files = files;
		l->cap = cap;
	}
	l->files[l->n++] = f;
}

void
export_add(arena *a, export_list *l, const char *path, const char *title, buf *contents)
{
	const char *data = contents->data ? contents->data : "";
	if (l->dir) {
		if (!l->failed && !write_one(a, l->dir, path, data, contents->len, l->d, l->stats))
			l->failed = true;
		return;
	}
	export_keep(a, l,
	            (export_file){path, title,
	                          l->sizes_only ? NULL : arena_strndup(a, data, contents->len),
	                          contents->len});
}

static const char *
status_id(const item *it)
{
	/* not-reported: no report mentions it; not-rated: its latest report gives no status */
	if (it->kind != ITEM_MEASURE && it->kind != ITEM_ACTIVITY && it->kind != ITEM_DELIVERABLE)
		return NULL;
	if (!it->current)
		return "not-reported";
	int state = it->kind == ITEM_MEASURE ? (int)it->current->rag : (int)it->current->lifecycle;
	if (!state)
		return "not-rated";
	return it->kind == ITEM_MEASURE ? rag_id((rag)state) : lifecycle_id((lifecycle)state);
}

typedef const char *(*name_fn)(const void *);
static const char *
person_name(const void *p)
{
	return ((const person *)p)->name;
}
static const char *
person_id(const void *p)
{
	return ((const person *)p)->id;
}
static const char *
dir_code(const void *p)
{
	const directorate *d = p;
	return d->code ? d->code : d->name;
}
static const char *
dir_id(const void *p)
{
	return ((const directorate *)p)->id;
}
static const char *
eo_id(const void *p)
{
	return ((const equality_outcome *)p)->id;
}
static const char *
ch_id(const void *p)
{
	return ((const characteristic *)p)->id;
}
static const char *
item_path(const void *p)
{
	return ((const item *)p)->path;
}
static const char *
str_of(const void *p)
{
	return p;
}

/* "a; b; c" or NULL for an empty list. */
static const char *
joined(const ectx *c, const ptrvec *v, name_fn name)
{
	if (!v->len)
		return NULL;
	buf b = BUF_INIT;
	for (size_t i = 0; i < v->len; i++) {
		if (i)
			buf_adds(&b, "; ");
		buf_adds(&b, name(v->items[i]));
	}
	const char *s = arena_strndup(c->a, b.data, b.len);
	buf_free(&b);
	return s;
}

/* ---- CSV ---- */

typedef enum { F_STRING, F_INTEGER, F_NUMBER, F_BOOLEAN, F_DATE } ftype;

typedef struct column {
	const char *name;
	ftype type;
	const char *description;
} column;

/* The import column set: the columns `plansite report import` reads back, as
 * content/README.md lists them. The version is raised whenever one is renamed or changes
 * meaning. */
enum { IMPORT_COLUMN_SET = 1 };
static const char *const imported_item_cols[] = {
    "ref",    "period", "status",           "confidence",
    "reason", "note",   "revised_deadline", "revision_reason"};
static const char *const imported_measure_cols[] = {
    "ref",     "period",       "actual",     "actual_as_written", "suppressed", "target",
    "rag",     "short_trend",  "long_trend", "last_update",       "note",       "why_off_target",
    "actions", "back_on_track"};

typedef struct row {
	buf *b;
	size_t n;
} row;

static void
sep(row *r)
{
	if (r->n++)
		buf_addc(r->b, ',');
}

static void
f_str(row *r, const char *s)
{
	sep(r);
	if (s && *s)
		escape_csv(r->b, s);
}

static void
f_num(row *r, bool has, double d)
{
	sep(r);
	if (has) {
		char t[32];
		value_format_number(d, t);
		buf_adds(r->b, t);
	}
}

static void
f_int(row *r, long n)
{
	sep(r);
	buf_printf(r->b, "%ld", n);
}

static void
f_bool(row *r, bool v)
{
	sep(r);
	buf_adds(r->b, v ? "true" : "false");
}

static void
row_end(row *r)
{
	buf_adds(r->b, "\r\n");
	r->n = 0;
}

static void
header(buf *b, const column *cols, size_t n)
{
	row r = {b, 0};
	for (size_t i = 0; i < n; i++)
		f_str(&r, cols[i].name);
	row_end(&r);
}

/* The tables. Columns are fixed except the comparator pairs of measure history, whose
 * number is the largest any measure of the site has (the same for every plan's file). */
typedef enum {
	T_ACTIVITIES,
	T_DELIVERABLES,
	T_MEASURES,
	T_HISTORY,
	T_EQ_OUTCOMES,
	T_EQ_LINKS,
	T_CH_LINKS,
	T_COUNT
} table_kind;

static const char *const table_names[T_COUNT] = {
    "activities",     "deliverables",        "measures", "measure-history", "equality-outcomes",
    "equality-links", "characteristic-links"};
static const char *const table_titles[T_COUNT] = {"Activities",
                                                  "Deliverables",
                                                  "Measures",
                                                  "Measure history",
                                                  "Equality outcomes",
                                                  "Links between equality outcomes and items",
                                                  "Links between groups and items"};
static const char *const table_descriptions[T_COUNT] = {
    "One row per activity (strategic action) with its leads, deadline and latest status.",
    "One row per deliverable (milestone) with its leads, deadline and latest status.",
    "One row per performance measure with its latest actual, target and RAG rating.",
    "One row per measure and period: actual, target, red threshold and comparators.",
    "One row per equality outcome with the protected characteristics it concerns.",
    "One row per link between an equality outcome and an outcome, activity, deliverable or "
    "measure.",
    "One row per link between a group (characteristic) and an item: named on the item "
    "directly, or through an equality outcome the item serves.",
};

static const column item_cols[] = {
    {"plan", F_STRING, "Id of the plan"},
    {"id", F_STRING, "Id of the item (unique within its parent)"},
    {"ref", F_STRING,
     "The item within its plan, as a report entry's ref: OUTCOME/ACTIVITY or "
     "OUTCOME/ACTIVITY/DELIVERABLE"},
    {"code", F_STRING, "The item's number as printed in the source"},
    {"title", F_STRING, "Title"},
    {"parent_id", F_STRING, "Id of the outcome (for activities) or activity (for deliverables)"},
    {"parent_code", F_STRING, "Code of the parent"},
    {"parent_url", F_STRING, "Permanent address of the parent"},
    {"lead_members", F_STRING, "Lead members and portfolios, separated by '; '"},
    {"lead_officers", F_STRING, "Lead officers and posts, separated by '; '"},
    {"directorates", F_STRING, "Directorate codes, separated by '; '"},
    {"deadline", F_DATE, "Last day allowed by the current deadline"},
    {"deadline_display", F_STRING, "The current deadline in words"},
    {"original_deadline", F_STRING, "The original deadline in words, when it was moved"},
    {"deadline_as_written", F_STRING, "The source's own words for the deadline"},
    {"deadline_moves", F_INTEGER, "How many times the deadline was moved"},
    {"status", F_STRING,
     "Latest lifecycle status (not-reported when no report mentions it, not-rated when its "
     "latest report gives none)"},
    {"confidence", F_STRING, "Confidence while in progress"},
    {"reason", F_STRING, "Why the item is deferred or not being pursued"},
    {"period", F_STRING,
     "Period of the latest report mentioning the item: the period of "
     "status, confidence, reason and note"},
    {"due", F_STRING,
     "Derived against the plan's reporting date: none, done, closed, upcoming, overdue"},
    {"sef", F_BOOLEAN, "Part of the Single Equality Framework"},
    {"equality", F_STRING, "Ids of linked equality outcomes, separated by '; '"},
    {"latest_report", F_STRING, "Id of the latest report mentioning the item"},
    {"latest_report_date", F_DATE, "As-of date of that report"},
    {"note", F_STRING, "The latest report's note, as plain text"},
    {"revised_deadline", F_STRING, "The deadline as the latest revision set it, as written"},
    {"revision_reason", F_STRING, "The reason given for that revision"},
    {"url", F_STRING, "Permanent address of the item"},
};

static const column measure_cols[] = {
    {"plan", F_STRING, "Id of the plan"},
    {"id", F_STRING, "Id of the measure (unique within its plan)"},
    {"ref", F_STRING, "The measure within its plan, as a report entry's ref (its id)"},
    {"code", F_STRING, "The measure's number as printed in the source"},
    {"title", F_STRING, "Title"},
    {"parent_id", F_STRING, "Id of the outcome or priority it belongs to"},
    {"parent_code", F_STRING, "Code of that outcome or priority"},
    {"parent_url", F_STRING, "Permanent address of that outcome or priority"},
    {"unit", F_STRING, "percent, count, pounds, days, weeks, months, years, rate or score"},
    {"unit_label", F_STRING, "Words after the number"},
    {"polarity", F_STRING, "higher-is-better, lower-is-better or closest-to-target"},
    {"type", F_STRING, "Type, as the source says"},
    {"lead_members", F_STRING, "Lead members and portfolios, separated by '; '"},
    {"lead_officers", F_STRING, "Lead officers and posts, separated by '; '"},
    {"directorates", F_STRING, "Directorate codes, separated by '; '"},
    {"sef", F_BOOLEAN, "Part of the Single Equality Framework"},
    {"equality", F_STRING, "Ids of linked equality outcomes, separated by '; '"},
    {"characteristics", F_STRING,
     "Ids of the groups the measure concerns directly, separated by '; '"},
    {"part_of", F_STRING, "Id of the measure it is a part of (a breakdown by group)"},
    {"rag", F_STRING,
     "Latest RAG rating (not-reported when no report mentions it, not-rated when its latest "
     "report gives none)"},
    {"actual", F_NUMBER, "Latest actual, in the measure's unit"},
    {"actual_as_written", F_STRING, "The source's text when the actual is not a number"},
    {"suppressed", F_STRING,
     "The rule a withheld small figure falls under (fewer than 5); actual is then empty"},
    {"target", F_NUMBER, "Latest target"},
    {"short_trend", F_STRING, "improving, no-change or getting-worse"},
    {"long_trend", F_STRING, "improving, no-change or getting-worse"},
    {"last_update", F_STRING, "Period of the latest figure"},
    {"period", F_STRING, "Period of the latest report giving the measure's values"},
    {"note", F_STRING, "The latest report's note, in Markdown as written"},
    {"why_off_target", F_STRING, "Why is performance off target? (Markdown as written)"},
    {"actions", F_STRING,
     "What actions will be taken and who is doing this? (Markdown as written)"},
    {"back_on_track", F_STRING, "When will performance be back on track? (Markdown as written)"},
    {"latest_report", F_STRING, "Id of the latest report mentioning the measure"},
    {"latest_report_date", F_DATE, "As-of date of that report"},
    {"url", F_STRING, "Permanent address of the measure"},
};

static const column history_head[] = {
    {"plan", F_STRING, "Id of the plan"},
    {"measure_id", F_STRING, "Id of the measure"},
    {"measure_title", F_STRING, "Title of the measure"},
    {"period", F_STRING, "Period, in the one canonical form (2019/20 Q1, 2019/20, 2019-05, 2019)"},
    {"period_label", F_STRING, "Period in words, as pages show it (Q1 2019/20)"},
    {"actual", F_NUMBER, "Actual, in the measure's unit"},
    {"suppressed", F_STRING,
     "The rule a withheld small figure falls under (fewer than 5); actual is then empty"},
    {"target", F_NUMBER, "Target"},
    {"red", F_NUMBER, "Red threshold"},
    {"report", F_STRING, "Id of the report the figure comes from; empty for back data"},
    {"restated_reason", F_STRING, "Why a later report restated the figure an earlier one gave"},
    {"earlier_actual", F_NUMBER, "The figure first given, before the restatement"},
    {"earlier_report", F_STRING, "Id of the report that first gave it"},
};
static const column history_tail[] = {
    {"measure_url", F_STRING, "Permanent address of the measure"},
    {"url", F_STRING, "Permanent address of this row of the measure's history table"},
};

static const column eo_cols[] = {
    {"id", F_STRING, "Id of the equality outcome"},
    {"title", F_STRING, "Title"},
    {"plan", F_STRING, "Id of the plan whose documents state it"},
    {"characteristics", F_STRING,
     "Ids of the protected characteristics and groups, separated by '; '"},
    {"description", F_STRING, "Description, as plain text"},
    {"links", F_INTEGER, "Number of linked items"},
    {"url", F_STRING, "Permanent address of the equality outcome"},
};

static const column link_cols[] = {
    {"equality_outcome_id", F_STRING, "Id of the equality outcome"},
    {"equality_outcome_url", F_STRING, "Permanent address of the equality outcome"},
    {"plan", F_STRING, "Id of the item's plan"},
    {"kind", F_STRING, "outcome, activity, deliverable or measure"},
    {"item_id", F_STRING, "Id of the item"},
    {"item_code", F_STRING, "Code of the item"},
    {"item_title", F_STRING, "Title of the item"},
    {"item_url", F_STRING, "Permanent address of the item"},
};

static const column ch_link_cols[] = {
    {"characteristic_id", F_STRING, "Id of the group (characteristic)"},
    {"characteristic_url", F_STRING, "Permanent address of the group's page"},
    {"route", F_STRING,
     "direct (the item names the group) or equality-outcome (through an equality outcome)"},
    {"equality_outcome_id", F_STRING, "Id of the equality outcome, for route equality-outcome"},
    {"plan", F_STRING, "Id of the item's plan"},
    {"kind", F_STRING, "outcome, activity, deliverable or measure"},
    {"item_id", F_STRING, "Id of the item"},
    {"item_code", F_STRING, "Code of the item"},
    {"item_title", F_STRING, "Title of the item"},
    {"item_url", F_STRING, "Permanent address of the item"},
};

static size_t
max_comparators(const model *m)
{
	size_t k = 0;
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		for (size_t i = 0; i < pl->measures.len; i++) {
			const item *it = pl->measures.items[i];
			if (it->measure && it->measure->ncomparators > k)
				k = it->measure->ncomparators;
		}
	}
	return k;
}

/* The columns of a table, in arena memory. */
static const column *
table_columns(const ectx *c, table_kind t, size_t *n)
{
	switch (t) {
	case T_ACTIVITIES:
	case T_DELIVERABLES:
		*n = sizeof item_cols / sizeof *item_cols;
		return item_cols;
	case T_MEASURES:
		*n = sizeof measure_cols / sizeof *measure_cols;
		return measure_cols;
	case T_EQ_OUTCOMES:
		*n = sizeof eo_cols / sizeof *eo_cols;
		return eo_cols;
	case T_EQ_LINKS:
		*n = sizeof link_cols / sizeof *link_cols;
		return link_cols;
	case T_CH_LINKS:
		*n = sizeof ch_link_cols / sizeof *ch_link_cols;
		return ch_link_cols;
	case T_HISTORY: {
		size_t k = max_comparators(c->m), h = sizeof history_head / sizeof *history_head;
		size_t tl = sizeof history_tail / sizeof *history_tail;
		column *cols = arena_alloc(c->a, (h + 2 * k + tl) * sizeof *cols);
		memcpy(cols, history_head, sizeof history_head);
		for (size_t i = 0; i < k; i++) {
			cols[h + 2 * i] =
			    (column){arena_printf(c->a, "comparator_%zu_name", i + 1), F_STRING,
			             "Name of a comparator series (London average, …)"};
			cols[h + 2 * i + 1] =
			    (column){arena_printf(c->a, "comparator_%zu_value", i + 1), F_NUMBER,
			             "Its value for the period"};
		}
		memcpy(cols + h + 2 * k, history_tail, sizeof history_tail);
		*n = h + 2 * k + tl;
		return cols;
	}
	case T_COUNT:
		break;
	}
	*n = 0;
	return NULL;
}

/* What a report entry's ref says for an activity or deliverable: ids alone are not unique
 * in a plan, the path from the outcome is. */
static const char *
report_ref(const ectx *c, const item *it)
{
	if (it->kind == ITEM_DELIVERABLE && it->parent && it->parent->parent)
		return arena_printf(c->a, "%s/%s/%s", it->parent->parent->id, it->parent->id,
		                    it->id);
	if (it->kind == ITEM_ACTIVITY && it->parent)
		return arena_printf(c->a, "%s/%s", it->parent->id, it->id);
	return it->id;
}

/* A report's period as content writes it ("2019/20 Q1"), so the import reads it back. */
static const char *
canonical_period(const ectx *c, const report *rep)
{
	char text[32];
	if (!period_format(rep->per, text, sizeof text))
		return rep->period;
	return arena_strdup(c->a, text);
}

/* A deadline set as written ("2018-03-31", several joined by "; "). */
static const char *
deadline_texts(const ectx *c, const deadline_set *d)
{
	buf b = BUF_INIT;
	for (size_t i = 0; i < d->n; i++)
		buf_printf(&b, "%s%s", i ? "; " : "", d->items[i].text);
	const char *s = b.len ? arena_strndup(c->a, b.data, b.len) : NULL;
	buf_free(&b);
	return s;
}

static void
item_row(const ectx *c, row *r, const item *it)
{
	const item *p = it->parent;
	const deadline_set *d = item_current_deadline(it);
	const status_entry *s = it->current;
	const revision *rev = it->revisions.len ? it->revisions.items[it->revisions.len - 1] : NULL;
	f_str(r, it->plan->id);
	f_str(r, it->id);
	f_str(r, report_ref(c, it));
	f_str(r, it->code);
	f_str(r, it->title);
	f_str(r, p ? p->id : NULL);
	f_str(r, p ? p->code : NULL);
	f_str(r, p ? perm(c, p->path) : NULL);
	f_str(r, joined(c, &it->lead_members, person_name));
	f_str(r, joined(c, &it->lead_officers, person_name));
	f_str(r, joined(c, &it->directorates, dir_code));
	f_str(r, d ? date_iso_text(c->a, d->last_day) : NULL);
	f_str(r, d ? d->display : NULL);
	f_str(r, it->revisions.len && it->has_deadline ? it->deadline.display : NULL);
	f_str(r, it->deadline_as_written);
	f_int(r, (long)it->revisions.len);
	f_str(r, status_id(it));
	f_str(r, s && s->confidence ? confidence_id(s->confidence) : NULL);
	f_str(r, s ? s->reason : NULL);
	f_str(r, s ? canonical_period(c, s->report) : NULL);
	f_str(r, due_state_id(it->due));
	f_bool(r, it->sef);
	f_str(r, joined(c, &it->equality, eo_id));
	f_str(r, s ? s->report->id : NULL);
	f_str(r, s ? date_iso_text(c->a, s->report->as_of) : NULL);
	f_str(r, s ? plain(c, s->note) : NULL);
	f_str(r, rev ? deadline_texts(c, &rev->deadline) : NULL);
	f_str(r, rev ? rev->reason : NULL);
	f_str(r, perm(c, it->path));
	row_end(r);
}

static void
measure_row(const ectx *c, row *r, const item *it)
{
	const item *p = it->parent;
	const measure_info *mi = it->measure;
	const status_entry *s = it->current;
	f_str(r, it->plan->id);
	f_str(r, it->id);
	f_str(r, it->id);
	f_str(r, it->code);
	f_str(r, it->title);
	f_str(r, p ? p->id : NULL);
	f_str(r, p ? p->code : NULL);
	f_str(r, p ? perm(c, p->path) : NULL);
	f_str(r, mi && mi->unit ? unit_id(mi->unit) : NULL);
	f_str(r, mi ? mi->unit_label : NULL);
	f_str(r, mi && mi->polarity ? polarity_id(mi->polarity) : NULL);
	f_str(r, mi ? mi->type : NULL);
	f_str(r, joined(c, &it->lead_members, person_name));
	f_str(r, joined(c, &it->lead_officers, person_name));
	f_str(r, joined(c, &it->directorates, dir_code));
	f_bool(r, it->sef);
	f_str(r, joined(c, &it->equality, eo_id));
	f_str(r, joined(c, &it->characteristics, ch_id));
	f_str(r, mi && mi->part_of ? mi->part_of->id : NULL);
	f_str(r, status_id(it));
	f_num(r, s && s->has_actual, s ? s->actual : 0);
	f_str(r, s ? s->actual_as_written : NULL);
	f_str(r, s ? s->suppressed : NULL);
	f_num(r, s && s->has_target, s ? s->target : 0);
	f_str(r, s && s->short_trend ? trend_id(s->short_trend) : NULL);
	f_str(r, s && s->long_trend ? trend_id(s->long_trend) : NULL);
	f_str(r, s ? s->last_update : NULL);
	f_str(r, s ? canonical_period(c, s->report) : NULL);
	f_str(r, s ? s->note : NULL);
	f_str(r, s ? s->why_off_target : NULL);
	f_str(r, s ? s->actions : NULL);
	f_str(r, s ? s->back_on_track : NULL);
	f_str(r, s ? s->report->id : NULL);
	f_str(r, s ? date_iso_text(c->a, s->report->as_of) : NULL);
	f_str(r, perm(c, it->path));
	row_end(r);
}

/* The anchor of a period label before duplicates are numbered. */
static void
history_slug(const measure_info *mi, size_t i, buf *b)
{
	buf_adds(b, "history-");
	size_t start = b->len;
	bool dash = false;
	for (const char *s = mi->history[i].period; s && *s; s++) {
		char ch = *s;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
			if (dash && b->len > start)
				buf_addc(b, '-');
			buf_addc(b, ch);
			dash = false;
		} else {
			dash = true;
		}
	}
	if (b->len == start)
		buf_printf(b, "%zu", i + 1);
}

const char **
exports_history_anchors(arena *a, const measure_info *mi)
{
	const char **anchors = arena_alloc(a, (mi->nhistory ? mi->nhistory : 1) * sizeof *anchors);
	/* The same period twice (a correction printed as a second row): the later ones are
	 * numbered. One map of slug -> rows so far keeps this linear in the periods. */
	map seen;
	map_init(&seen, a);
	buf b = BUF_INIT;
	for (size_t i = 0; i < mi->nhistory; i++) {
		buf_reset(&b);
		history_slug(mi, i, &b);
		const char *slug = arena_strndup(a, b.data, b.len);
		size_t *count = map_get(&seen, slug);
		if (!count) {
			count = arena_alloc(a, sizeof *count);
			*count = 0;
			map_put(&seen, slug, count);
		}
		++*count;
		anchors[i] = *count > 1 ? arena_printf(a, "%s-%zu", slug, *count) : slug;
	}
	buf_free(&b);
	return anchors;
}

const char *
exports_history_anchor(arena *a, const measure_info *mi, size_t i)
{
	return exports_history_anchors(a, mi)[i];
}

static void
history_rows(const ectx *c, row *r, const item *it, size_t k)
{
	const measure_info *mi = it->measure;
	const char **anchors = mi ? exports_history_anchors(c->a, mi) : NULL;
	for (size_t i = 0; mi && i < mi->nhistory; i++) {
		const history_point *h = &mi->history[i];
		f_str(r, it->plan->id);
		f_str(r, it->id);
		f_str(r, it->title);
		char canonical[64];
		period_format(h->per, canonical, sizeof canonical);
		f_str(r, canonical);
		f_str(r, h->period);
		f_num(r, h->has_actual && !h->suppressed, h->actual); /* the rule, never a number */
		f_str(r, h->suppressed);
		f_num(r, h->has_target, h->target);
		f_num(r, h->has_red, h->red);
		bool restated = h->restated && h->has_earlier && h->earlier_report;
		f_str(r, h->report ? h->report->id : NULL);
		f_str(r, restated ? h->restated : NULL);
		f_num(r, restated, h->earlier);
		f_str(r, restated ? h->earlier_report->id : NULL);
		for (size_t j = 0; j < k; j++) {
			bool here = j < mi->ncomparators;
			f_str(r, here ? mi->comparators[j] : NULL);
			f_num(r, here && h->has_comparator[j], here ? h->comparator[j] : 0);
		}
		f_str(r, perm(c, it->path));
		f_str(r, arena_printf(c->a, "%s#%s", perm(c, it->path), anchors[i]));
		row_end(r);
	}
}

static void
ch_link_row(const ectx *c, row *r, const characteristic *ch, const equality_outcome *via,
            const item *it)
{
	f_str(r, ch->id);
	f_str(r, perm(c, ch->path));
	f_str(r, via ? "equality-outcome" : "direct");
	f_str(r, via ? via->id : NULL);
	f_str(r, it->plan->id);
	f_str(r, item_kind_id(it->kind));
	f_str(r, it->id);
	f_str(r, it->code);
	f_str(r, it->title);
	f_str(r, perm(c, it->path));
	row_end(r);
}

/* Group by group: the items naming it directly, then those linked through each of its
 * equality outcomes (an item may appear on both routes; each row says which). */
static void
ch_links_csv(const ectx *c, const plan *only, row *r)
{
	for (size_t i = 0; i < c->m->characteristics.len; i++) {
		const characteristic *ch = c->m->characteristics.items[i];
		for (size_t j = 0; j < ch->items.len; j++) {
			const item *it = ch->items.items[j];
			if (!only || it->plan == only)
				ch_link_row(c, r, ch, NULL, it);
		}
		for (size_t e = 0; e < ch->outcomes.len; e++) {
			const equality_outcome *eo = ch->outcomes.items[e];
			for (size_t j = 0; j < eo->links.len; j++) {
				const item *it = eo->links.items[j];
				if (!only || it->plan == only)
					ch_link_row(c, r, ch, eo, it);
			}
		}
	}
}

/* One CSV: the whole site when only is NULL, else one plan. */
static void
table_csv(const ectx *c, table_kind t, const plan *only, buf *b)
{
	size_t ncols;
	const column *cols = table_columns(c, t, &ncols);
	header(b, cols, ncols);
	row r = {b, 0};
	size_t k = max_comparators(c->m);
	if (t == T_CH_LINKS) {
		ch_links_csv(c, only, &r);
		return;
	}
	if (t == T_EQ_OUTCOMES || t == T_EQ_LINKS) {
		for (size_t i = 0; i < c->m->equality_outcomes.len; i++) {
			const equality_outcome *eo = c->m->equality_outcomes.items[i];
			if (t == T_EQ_OUTCOMES) {
				if (only && eo->plan != only)
					continue;
				f_str(&r, eo->id);
				f_str(&r, eo->title);
				f_str(&r, eo->plan ? eo->plan->id : NULL);
				f_str(&r, joined(c, &eo->characteristics, ch_id));
				f_str(&r, plain(c, eo->description));
				f_int(&r, (long)eo->links.len);
				f_str(&r, perm(c, eo->path));
				row_end(&r);
				continue;
			}
			for (size_t j = 0; j < eo->links.len; j++) {
				const item *it = eo->links.items[j];
				if (only && it->plan != only)
					continue;
				f_str(&r, eo->id);
				f_str(&r, perm(c, eo->path));
				f_str(&r, it->plan->id);
				f_str(&r, item_kind_id(it->kind));
				f_str(&r, it->id);
				f_str(&r, it->code);
				f_str(&r, it->title);
				f_str(&r, perm(c, it->path));
				row_end(&r);
			}
		}
		return;
	}
	/* What a row allocates (addresses, dates, plain text) is thrown away after the row. */
	arena ra;
	arena_init(&ra);
	ectx rc = *c;
	rc.a = &ra;
	for (size_t p = 0; p < c->m->plans.len; p++) {
		const plan *pl = c->m->plans.items[p];
		if (only && pl != only)
			continue;
		for (size_t i = 0; i < pl->items.len; i++) {
			const item *it = pl->items.items[i];
			if ((t == T_ACTIVITIES && it->kind == ITEM_ACTIVITY) ||
			    (t == T_DELIVERABLES && it->kind == ITEM_DELIVERABLE))
				item_row(&rc, &r, it);
			else if (t == T_MEASURES && it->kind == ITEM_MEASURE)
				measure_row(&rc, &r, it);
			else if (t == T_HISTORY && it->kind == ITEM_MEASURE)
				history_rows(&rc, &r, it, k);
			arena_reset(&ra);
		}
	}
	arena_free(&ra);
}

/* ---- JSON ---- */

/* The data files' layout: members on their own lines for the first three levels, then compact. */
static jw
writer(buf *b)
{
	return (jw){.b = b, .indent = 1, .pretty_depth = 3, .colon = ":"};
}

static void
kv_str(jw *w, const char *k, const char *s)
{
	jw_key(w, k);
	jw_str(w, s);
}

static void
kv_list(jw *w, const char *k, const ptrvec *v, name_fn name)
{
	jw_key(w, k);
	jw_open(w, '[');
	for (size_t i = 0; i < v->len; i++)
		jw_str(w, name(v->items[i]));
	jw_close(w, ']');
}

static void
deadline_json(const ectx *c, jw *w, const char *k, const deadline_set *d)
{
	jw_key(w, k);
	if (!d) {
		jw_str(w, NULL);
		return;
	}
	jw_open(w, '{');
	kv_str(w, "date", date_iso_text(c->a, d->last_day));
	kv_str(w, "display", d->display);
	jw_key(w, "written");
	jw_open(w, '[');
	for (size_t i = 0; i < d->n; i++)
		jw_str(w, d->items[i].text);
	jw_close(w, ']');
	jw_close(w, '}');
}

static void
item_json(const ectx *c, jw *w, const item *it)
{
	jw_open(w, '{');
	kv_str(w, "kind", item_kind_id(it->kind));
	kv_str(w, "id", it->id);
	kv_str(w, "plan", it->plan->id);
	kv_str(w, "path", it->path);
	kv_str(w, "url", perm(c, it->path));
	kv_str(w, "code", it->code);
	kv_str(w, "title", it->title);
	kv_str(w, "parent", it->parent ? it->parent->path : NULL);
	kv_str(w, "description", it->description);
	kv_str(w, "notes", it->notes);
	kv_str(w, "source_note", it->source_note);
	kv_list(w, "aliases", &it->aliases, str_of);
	jw_key(w, "sef");
	jw_bool(w, it->sef);
	kv_list(w, "lead_members", &it->lead_members, person_id);
	kv_list(w, "lead_officers", &it->lead_officers, person_id);
	kv_list(w, "directorates", &it->directorates, dir_id);
	kv_list(w, "equality", &it->equality, eo_id);
	kv_list(w, "characteristics", &it->characteristics, ch_id);
	deadline_json(c, w, "deadline", item_current_deadline(it));
	deadline_json(c, w, "original_deadline",
	              it->has_deadline && it->revisions.len ? &it->deadline : NULL);
	kv_str(w, "deadline_as_written", it->deadline_as_written);
	jw_key(w, "revisions");
	jw_open(w, '[');
	for (size_t i = 0; i < it->revisions.len; i++) {
		const revision *r = it->revisions.items[i];
		jw_open(w, '{');
		deadline_json(c, w, "deadline", &r->deadline);
		kv_str(w, "report", r->report ? r->report->id : NULL);
		kv_str(w, "reason", r->reason);
		jw_close(w, '}');
	}
	jw_close(w, ']');
	kv_str(w, "status", status_id(it));
	kv_str(w, "confidence",
	       it->current && it->current->confidence ? confidence_id(it->current->confidence)
	                                              : NULL);
	kv_str(w, "due", due_state_id(it->due));
	kv_list(w, "children", &it->children, item_path);
	kv_list(w, "measures", &it->measures, item_path);
	jw_key(w, "history");
	jw_open(w, '[');
	for (size_t i = 0; i < it->history.len; i++) {
		const status_entry *s = it->history.items[i];
		jw_open(w, '{');
		kv_str(w, "report", s->report->id);
		kv_str(w, "as_of", date_iso_text(c->a, s->report->as_of));
		kv_str(w, "lifecycle", s->lifecycle ? lifecycle_id(s->lifecycle) : NULL);
		kv_str(w, "confidence", s->confidence ? confidence_id(s->confidence) : NULL);
		kv_str(w, "reason", s->reason);
		kv_str(w, "note", s->note);
		jw_key(w, "actual");
		jw_num_or_null(w, s->has_actual, s->actual);
		kv_str(w, "actual_as_written", s->actual_as_written);
		kv_str(w, "suppressed", s->suppressed);
		jw_key(w, "target");
		jw_num_or_null(w, s->has_target, s->target);
		kv_str(w, "rag", s->rag ? rag_id(s->rag) : NULL);
		kv_str(w, "short_trend", s->short_trend ? trend_id(s->short_trend) : NULL);
		kv_str(w, "long_trend", s->long_trend ? trend_id(s->long_trend) : NULL);
		kv_str(w, "last_update", s->last_update);
		kv_str(w, "why_off_target", s->why_off_target);
		kv_str(w, "actions", s->actions);
		kv_str(w, "back_on_track", s->back_on_track);
		jw_close(w, '}');
	}
	jw_close(w, ']');
	jw_key(w, "measure");
	const measure_info *mi = it->measure;
	if (!mi) {
		jw_str(w, NULL);
	} else {
		jw_open(w, '{');
		kv_str(w, "unit", mi->unit ? unit_id(mi->unit) : NULL);
		kv_str(w, "unit_label", mi->unit_label);
		kv_str(w, "polarity", mi->polarity ? polarity_id(mi->polarity) : NULL);
		kv_str(w, "type", mi->type);
		jw_key(w, "comparators");
		jw_open(w, '[');
		for (size_t k = 0; k < mi->ncomparators; k++)
			jw_str(w, mi->comparators[k]);
		jw_close(w, ']');
		kv_str(w, "part_of", mi->part_of ? mi->part_of->path : NULL);
		kv_list(w, "parts", &mi->parts, item_path);
		jw_key(w, "parts_overlap");
		jw_bool(w, mi->parts_overlap);
		jw_key(w, "history");
		jw_open(w, '[');
		const char **anchors = exports_history_anchors(c->a, mi);
		for (size_t i = 0; i < mi->nhistory; i++) {
			const history_point *h = &mi->history[i];
			jw_open(w, '{');
			kv_str(w, "period", h->period);
			kv_str(w, "anchor", anchors[i]);
			jw_key(w, "actual");
			jw_num_or_null(w, h->has_actual && !h->suppressed, h->actual);
			kv_str(w, "suppressed", h->suppressed);
			jw_key(w, "target");
			jw_num_or_null(w, h->has_target, h->target);
			jw_key(w, "red");
			jw_num_or_null(w, h->has_red, h->red);
			jw_key(w, "comparators");
			jw_open(w, '{');
			for (size_t k = 0; k < mi->ncomparators; k++) {
				jw_key(w, mi->comparators[k]);
				jw_num_or_null(w, h->has_comparator[k], h->comparator[k]);
			}
			jw_close(w, '}');
			/* where the figure comes from, and a restatement with its reason */
			kv_str(w, "report", h->report ? h->report->id : NULL);
			jw_key(w, "restated");
			if (h->restated && h->has_earlier && h->earlier_report) {
				jw_open(w, '{');
				kv_str(w, "reason", h->restated);
				jw_key(w, "earlier");
				jw_num_or_null(w, true, h->earlier);
				kv_str(w, "earlier_report", h->earlier_report->id);
				jw_close(w, '}');
			} else {
				jw_str(w, NULL);
			}
			jw_close(w, '}');
		}
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

static void
model_json(const ectx *c, buf *b)
{
	const model *m = c->m;
	/* Each item's allocations are thrown away after it. */
	arena ia;
	arena_init(&ia);
	ectx ic = *c;
	ic.a = &ia;
	jw w = writer(b);
	jw_open(&w, '{');
	kv_str(&w, "$schema", "plansite.schema.json");
	kv_str(&w, "format", "plansite-data");
	jw_key(&w, "version");
	jw_num_or_null(&w, true, 1);
	jw_key(&w, "site");
	jw_open(&w, '{');
	kv_str(&w, "title", m->site.title);
	kv_str(&w, "council", m->site.council);
	kv_str(&w, "base_url", c->base);
	kv_str(&w, "licence", m->site.licence ? m->site.licence : "Open Government Licence v3.0");
	kv_str(&w, "licence_url", m->site.licence_url);
	kv_str(&w, "current_plan", m->site.current_plan ? m->site.current_plan->id : NULL);
	jw_close(&w, '}');
	jw_key(&w, "plans");
	jw_open(&w, '[');
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		jw_open(&w, '{');
		kv_str(&w, "id", pl->id);
		kv_str(&w, "title", pl->title);
		kv_str(&w, "subtitle", pl->subtitle);
		kv_str(&w, "start", date_iso_text(c->a, pl->start));
		kv_str(&w, "end", date_iso_text(c->a, pl->end));
		kv_str(&w, "as_of", date_iso_text(c->a, pl->as_of));
		kv_str(&w, "source", pl->source);
		kv_str(&w, "url", perm(c, pl->path));
		jw_key(&w, "reports");
		jw_open(&w, '[');
		for (size_t i = 0; i < pl->reports.len; i++) {
			const report *r = pl->reports.items[i];
			jw_open(&w, '{');
			kv_str(&w, "id", r->id);
			kv_str(&w, "title", r->title);
			kv_str(&w, "period", r->period);
			kv_str(&w, "as_of", date_iso_text(c->a, r->as_of));
			kv_str(&w, "summary", r->summary);
			kv_str(&w, "url", perm(c, r->path));
			jw_close(&w, '}');
		}
		jw_close(&w, ']');
		jw_key(&w, "items");
		jw_open(&w, '[');
		for (size_t i = 0; i < pl->items.len; i++) {
			item_json(&ic, &w, pl->items.items[i]);
			arena_reset(&ia);
			spill_out(c->sp, b, false);
		}
		jw_close(&w, ']');
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, "people");
	jw_open(&w, '[');
	for (size_t i = 0; i < m->people.len; i++) {
		const person *pe = m->people.items[i];
		jw_open(&w, '{');
		kv_str(&w, "id", pe->id);
		kv_str(&w, "name", pe->name);
		kv_str(&w, "kind", person_kind_id(pe->kind));
		kv_str(&w, "role", pe->role);
		kv_list(&w, "also_known_as", &pe->also_known_as, str_of);
		kv_str(&w, "url", perm(c, pe->path));
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, "directorates");
	jw_open(&w, '[');
	for (size_t i = 0; i < m->directorates.len; i++) {
		const directorate *d = m->directorates.items[i];
		jw_open(&w, '{');
		kv_str(&w, "id", d->id);
		kv_str(&w, "code", d->code);
		kv_str(&w, "name", d->name);
		kv_str(&w, "url", perm(c, d->path));
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, "characteristics");
	jw_open(&w, '[');
	for (size_t i = 0; i < m->characteristics.len; i++) {
		const characteristic *ch = m->characteristics.items[i];
		jw_open(&w, '{');
		kv_str(&w, "id", ch->id);
		kv_str(&w, "name", ch->name);
		jw_key(&w, "protected");
		jw_bool(&w, ch->protected_);
		kv_str(&w, "description", ch->description);
		kv_str(&w, "url", perm(c, ch->path));
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, "equality_outcomes");
	jw_open(&w, '[');
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		const equality_outcome *eo = m->equality_outcomes.items[i];
		jw_open(&w, '{');
		kv_str(&w, "id", eo->id);
		kv_str(&w, "title", eo->title);
		kv_str(&w, "plan", eo->plan ? eo->plan->id : NULL);
		kv_list(&w, "characteristics", &eo->characteristics, ch_id);
		kv_str(&w, "description", eo->description);
		kv_str(&w, "url", perm(c, eo->path));
		kv_list(&w, "links", &eo->links, item_path);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	buf_addc(b, '\n');
	arena_free(&ia);
}

/* The JSON Schema (draft-07) of plansite.json and of every item's index.json. Kept beside
 * item_json and model_json above: a change to one is a change to the other (the data test
 * suite validates the output against it). */
static const char schema_json[] =
    "{\n"
    " \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
    " \"$id\": \"plansite.schema.json\",\n"
    " \"title\": \"plansite open data\",\n"
    " \"description\": \"The whole published model (plansite.json); definitions/item also "
    "describes each item's index.json. Text fields documented as Markdown are CommonMark. Dates "
    "are ISO 8601. Absent values are null.\",\n"
    " \"type\": \"object\",\n"
    " \"required\": [\"format\", \"version\", \"site\", \"plans\", \"people\", \"directorates\", "
    "\"characteristics\", \"equality_outcomes\"],\n"
    " \"additionalProperties\": false,\n"
    " \"properties\": {\n"
    "  \"$schema\": {\"type\": \"string\"},\n"
    "  \"format\": {\"const\": \"plansite-data\"},\n"
    "  \"version\": {\"const\": 1},\n"
    "  \"site\": {\"type\": \"object\", \"additionalProperties\": false,\n"
    "   \"required\": [\"title\", \"council\", \"base_url\", \"licence\", \"licence_url\", "
    "\"current_plan\"],\n"
    "   \"properties\": {\"title\": {\"$ref\": \"#/definitions/text\"}, \"council\": {\"$ref\": "
    "\"#/definitions/text\"}, \"base_url\": {\"$ref\": \"#/definitions/text\"}, \"licence\": "
    "{\"type\": \"string\"}, \"licence_url\": {\"$ref\": \"#/definitions/text\"}, "
    "\"current_plan\": {\"$ref\": \"#/definitions/text\"}}},\n"
    "  \"plans\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/plan\"}},\n"
    "  \"people\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "   \"required\": [\"id\", \"name\", \"kind\", \"role\", \"also_known_as\", \"url\"],\n"
    "   \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"name\": {\"type\": "
    "\"string\"}, \"kind\": {\"enum\": [\"officer\", \"post\", \"councillor\", \"portfolio\"]}, "
    "\"role\": {\"$ref\": \"#/definitions/text\"}, \"also_known_as\": {\"$ref\": "
    "\"#/definitions/strings\"}, \"url\": {\"type\": \"string\"}}}},\n"
    "  \"directorates\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "   \"required\": [\"id\", \"code\", \"name\", \"url\"],\n"
    "   \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"code\": {\"$ref\": "
    "\"#/definitions/text\"}, \"name\": {\"type\": \"string\"}, \"url\": {\"type\": "
    "\"string\"}}}},\n"
    "  \"characteristics\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "   \"required\": [\"id\", \"name\", \"protected\", \"description\", \"url\"],\n"
    "   \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"name\": {\"type\": "
    "\"string\"}, \"protected\": {\"type\": \"boolean\"}, \"description\": {\"$ref\": "
    "\"#/definitions/text\"}, \"url\": {\"type\": \"string\"}}}},\n"
    "  \"equality_outcomes\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "   \"required\": [\"id\", \"title\", \"plan\", \"characteristics\", \"description\", \"url\", "
    "\"links\"],\n"
    "   \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"title\": {\"type\": "
    "\"string\"}, \"plan\": {\"$ref\": \"#/definitions/text\"}, \"characteristics\": {\"$ref\": "
    "\"#/definitions/strings\"}, \"description\": {\"$ref\": \"#/definitions/text\"}, \"url\": "
    "{\"type\": \"string\"}, \"links\": {\"$ref\": \"#/definitions/strings\", \"description\": "
    "\"Addresses (path) of the linked items\"}}}}\n"
    " },\n"
    " \"definitions\": {\n"
    "  \"id\": {\"type\": \"string\", \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"},\n"
    "  \"text\": {\"type\": [\"string\", \"null\"]},\n"
    "  \"number\": {\"type\": [\"number\", \"null\"]},\n"
    "  \"date\": {\"type\": [\"string\", \"null\"], \"pattern\": "
    "\"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"},\n"
    "  \"strings\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},\n"
    "  \"deadline\": {\"type\": [\"object\", \"null\"], \"additionalProperties\": false,\n"
    "   \"required\": [\"date\", \"display\", \"written\"],\n"
    "   \"properties\": {\"date\": {\"$ref\": \"#/definitions/date\", \"description\": \"Last day "
    "the deadline allows; null when to be confirmed\"}, \"display\": {\"type\": \"string\"}, "
    "\"written\": {\"$ref\": \"#/definitions/strings\"}}},\n"
    "  \"plan\": {\"type\": \"object\", \"additionalProperties\": false,\n"
    "   \"required\": [\"id\", \"title\", \"subtitle\", \"start\", \"end\", \"as_of\", \"source\", "
    "\"url\", \"reports\", \"items\"],\n"
    "   \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"title\": {\"type\": "
    "\"string\"}, \"subtitle\": {\"$ref\": \"#/definitions/text\"}, \"start\": {\"$ref\": "
    "\"#/definitions/date\"}, \"end\": {\"$ref\": \"#/definitions/date\"}, \"as_of\": {\"$ref\": "
    "\"#/definitions/date\"}, \"source\": {\"$ref\": \"#/definitions/text\"}, \"url\": {\"type\": "
    "\"string\"},\n"
    "    \"reports\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "     \"required\": [\"id\", \"title\", \"period\", \"as_of\", \"summary\", \"url\"],\n"
    "     \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}, \"title\": {\"type\": "
    "\"string\"}, \"period\": {\"type\": \"string\"}, \"as_of\": {\"$ref\": "
    "\"#/definitions/date\"}, \"summary\": {\"$ref\": \"#/definitions/text\"}, \"url\": {\"type\": "
    "\"string\"}}}},\n"
    "    \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/item\"}}}},\n"
    "  \"item\": {\"type\": \"object\", \"additionalProperties\": false,\n"
    "   \"required\": [\"kind\", \"id\", \"plan\", \"path\", \"url\", \"code\", \"title\", "
    "\"parent\", \"description\", \"notes\", \"source_note\", \"aliases\", \"sef\", "
    "\"lead_members\", \"lead_officers\", \"directorates\", \"equality\", \"characteristics\", "
    "\"deadline\", "
    "\"original_deadline\", \"deadline_as_written\", \"revisions\", \"status\", \"confidence\", "
    "\"due\", \"children\", \"measures\", \"history\", \"measure\"],\n"
    "   \"properties\": {\n"
    "    \"kind\": {\"enum\": [\"priority\", \"outcome\", \"activity\", \"deliverable\", "
    "\"measure\"]},\n"
    "    \"id\": {\"$ref\": \"#/definitions/id\"}, \"plan\": {\"$ref\": \"#/definitions/id\"},\n"
    "    \"path\": {\"type\": \"string\", \"description\": \"Address below the site root; never "
    "changes\"},\n"
    "    \"url\": {\"type\": \"string\", \"description\": \"Permanent address (absolute when the "
    "site has a base URL)\"},\n"
    "    \"code\": {\"$ref\": \"#/definitions/text\"}, \"title\": {\"type\": \"string\"}, "
    "\"parent\": {\"$ref\": \"#/definitions/text\"},\n"
    "    \"description\": {\"$ref\": \"#/definitions/text\"}, \"notes\": {\"$ref\": "
    "\"#/definitions/text\"}, \"source_note\": {\"$ref\": \"#/definitions/text\"},\n"
    "    \"aliases\": {\"$ref\": \"#/definitions/strings\"}, \"sef\": {\"type\": \"boolean\"},\n"
    "    \"lead_members\": {\"$ref\": \"#/definitions/strings\"}, \"lead_officers\": {\"$ref\": "
    "\"#/definitions/strings\"}, \"directorates\": {\"$ref\": \"#/definitions/strings\"}, "
    "\"equality\": {\"$ref\": \"#/definitions/strings\"},\n"
    "    \"characteristics\": {\"$ref\": \"#/definitions/strings\", \"description\": \"Ids of "
    "the groups the item names directly\"},\n"
    "    \"deadline\": {\"$ref\": \"#/definitions/deadline\"}, \"original_deadline\": {\"$ref\": "
    "\"#/definitions/deadline\"}, \"deadline_as_written\": {\"$ref\": \"#/definitions/text\"},\n"
    "    \"revisions\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false, \"required\": [\"deadline\", \"report\", \"reason\"],\n"
    "     \"properties\": {\"deadline\": {\"$ref\": \"#/definitions/deadline\"}, \"report\": "
    "{\"$ref\": \"#/definitions/text\"}, \"reason\": {\"$ref\": \"#/definitions/text\"}}}},\n"
    "    \"status\": {\"enum\": [null, \"not-reported\", \"not-rated\", \"not-started\", "
    "\"in-progress\", "
    "\"completed\", \"completed-with-changes\", \"deferred\", \"not-being-pursued\", \"green\", "
    "\"amber\", \"red\", \"data-only\", \"awaiting-data\", \"unknown\"]},\n"
    "    \"confidence\": {\"enum\": [null, \"on-track\", \"some-risk\", \"off-track\"]},\n"
    "    \"due\": {\"enum\": [\"none\", \"done\", \"closed\", \"upcoming\", \"overdue\"]},\n"
    "    \"children\": {\"$ref\": \"#/definitions/strings\"}, \"measures\": {\"$ref\": "
    "\"#/definitions/strings\"},\n"
    "    \"history\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "     \"required\": [\"report\", \"as_of\", \"lifecycle\", \"confidence\", \"reason\", "
    "\"note\", \"actual\", \"actual_as_written\", \"suppressed\", \"target\", \"rag\", "
    "\"short_trend\", "
    "\"long_trend\", \"last_update\", \"why_off_target\", \"actions\", \"back_on_track\"],\n"
    "     \"properties\": {\"report\": {\"$ref\": \"#/definitions/id\"}, \"as_of\": {\"$ref\": "
    "\"#/definitions/date\"},\n"
    "      \"lifecycle\": {\"enum\": [null, \"not-started\", \"in-progress\", \"completed\", "
    "\"completed-with-changes\", \"deferred\", \"not-being-pursued\"]},\n"
    "      \"confidence\": {\"enum\": [null, \"on-track\", \"some-risk\", \"off-track\"]}, "
    "\"reason\": {\"$ref\": \"#/definitions/text\"}, \"note\": {\"$ref\": "
    "\"#/definitions/text\"},\n"
    "      \"actual\": {\"$ref\": \"#/definitions/number\"}, \"actual_as_written\": {\"$ref\": "
    "\"#/definitions/text\"}, \"suppressed\": {\"$ref\": \"#/definitions/text\", "
    "\"description\": \"The rule a withheld small figure falls under; actual is then null\"}, "
    "\"target\": {\"$ref\": \"#/definitions/number\"},\n"
    "      \"rag\": {\"enum\": [null, \"green\", \"amber\", \"red\", \"data-only\", "
    "\"awaiting-data\", \"unknown\"]},\n"
    "      \"short_trend\": {\"enum\": [null, \"improving\", \"no-change\", \"getting-worse\"]}, "
    "\"long_trend\": {\"enum\": [null, \"improving\", \"no-change\", \"getting-worse\"]},\n"
    "      \"last_update\": {\"$ref\": \"#/definitions/text\"}, \"why_off_target\": {\"$ref\": "
    "\"#/definitions/text\"}, \"actions\": {\"$ref\": \"#/definitions/text\"}, \"back_on_track\": "
    "{\"$ref\": \"#/definitions/text\"}}}},\n"
    "    \"measure\": {\"type\": [\"object\", \"null\"], \"additionalProperties\": false,\n"
    "     \"required\": [\"unit\", \"unit_label\", \"polarity\", \"type\", \"comparators\", "
    "\"part_of\", \"parts\", \"parts_overlap\", \"history\"],\n"
    "     \"properties\": {\"unit\": {\"enum\": [null, \"percent\", \"count\", \"pounds\", "
    "\"days\", \"weeks\", \"months\", \"years\", \"rate\", \"score\"]}, \"unit_label\": {\"$ref\": "
    "\"#/definitions/text\"},\n"
    "      \"polarity\": {\"enum\": [null, \"higher-is-better\", \"lower-is-better\", "
    "\"closest-to-target\"]}, \"type\": {\"$ref\": \"#/definitions/text\"}, \"comparators\": "
    "{\"$ref\": \"#/definitions/strings\"},\n"
    "      \"part_of\": {\"$ref\": \"#/definitions/text\", \"description\": \"Address (path) "
    "of the measure this one is a part of: a breakdown by group\"}, \"parts\": {\"$ref\": "
    "\"#/definitions/strings\", \"description\": \"Addresses (path) of its parts, one per "
    "group\"}, \"parts_overlap\": {\"type\": \"boolean\", \"description\": \"true when the "
    "parts need not add up to the whole: never read them as shares of it\"},\n"
    "      \"history\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
    "\"additionalProperties\": false,\n"
    "       \"required\": [\"period\", \"anchor\", \"actual\", \"suppressed\", \"target\", "
    "\"red\", \"comparators\"],\n"
    "       \"properties\": {\"period\": {\"type\": \"string\"}, \"anchor\": {\"type\": "
    "\"string\"}, \"actual\": {\"$ref\": \"#/definitions/number\"}, \"suppressed\": {\"$ref\": "
    "\"#/definitions/text\"}, \"target\": {\"$ref\": "
    "\"#/definitions/number\"}, \"red\": {\"$ref\": \"#/definitions/number\"},\n"
    "        \"comparators\": {\"type\": \"object\", \"additionalProperties\": {\"$ref\": "
    "\"#/definitions/number\"}},\n"
    "        \"report\": {\"$ref\": \"#/definitions/text\"},\n"
    "        \"restated\": {\"type\": [\"object\", \"null\"], \"additionalProperties\": false, "
    "\"required\": [\"reason\", \"earlier\", \"earlier_report\"], \"properties\": "
    "{\"reason\": {\"type\": \"string\"}, \"earlier\": {\"type\": \"number\"}, "
    "\"earlier_report\": {\"type\": \"string\"}}}}}}}}\n"
    "   }}\n"
    " }\n"
    "}\n";

/* ---- datapackage.json ---- */

static const char *const ftype_names[] = {"string", "integer", "number", "boolean", "date"};

static bool
is_ogl(const char *licence)
{
	return !licence || strcmp(licence, "Open Government Licence v3.0") == 0;
}

static void
datapackage(const ectx *c, const export_list *csvs, const table_kind *kinds, buf *b)
{
	const site_config *s = &c->m->site;
	jw w = writer(b);
	jw_open(&w, '{');
	kv_str(&w, "profile", "tabular-data-package");
	kv_str(&w, "name", "plansite-data");
	kv_str(&w, "title", s->title);
	kv_str(&w, "description",
	       arena_printf(c->a,
	                    "The strategic plans of %s: activities, deliverables, measures, "
	                    "measure history and equality outcomes, per plan and for all plans.",
	                    s->council));
	if (c->base)
		kv_str(&w, "homepage", c->base);
	jw_key(&w, "publishers");
	jw_open(&w, '[');
	jw_open(&w, '{');
	kv_str(&w, "title", s->council);
	jw_close(&w, '}');
	jw_close(&w, ']');
	jw_key(&w, "licenses");
	jw_open(&w, '[');
	jw_open(&w, '{');
	if (is_ogl(s->licence))
		kv_str(&w, "name", "OGL-UK-3.0");
	kv_str(&w, "title", s->licence ? s->licence : "Open Government Licence v3.0");
	kv_str(&w, "path",
	       s->licence_url ? s->licence_url
	                      : (is_ogl(s->licence) ? "https://www.nationalarchives.gov.uk/doc/"
	                                              "open-government-licence/version/3/"
	                                            : NULL));
	jw_close(&w, '}');
	jw_close(&w, ']');
	jw_key(&w, "resources");
	jw_open(&w, '[');
	for (size_t i = 0; i < csvs->n; i++) {
		const export_file *f = &csvs->files[i];
		const char *rel = f->path + strlen("data/");
		/* name: the path without .csv, slashes as dashes */
		char *name = arena_strndup(c->a, rel, strlen(rel) - 4);
		for (char *p = name; *p; p++)
			if (*p == '/')
				*p = '.';
		jw_open(&w, '{');
		kv_str(&w, "name", name);
		kv_str(&w, "path", rel);
		kv_str(&w, "title", f->title);
		kv_str(&w, "description", table_descriptions[kinds[i]]);
		kv_str(&w, "profile", "tabular-data-resource");
		kv_str(&w, "format", "csv");
		kv_str(&w, "mediatype", "text/csv");
		kv_str(&w, "encoding", "utf-8");
		jw_key(&w, "dialect");
		jw_open(&w, '{');
		kv_str(&w, "delimiter", ",");
		kv_str(&w, "lineTerminator", "\r\n");
		kv_str(&w, "quoteChar", "\"");
		jw_key(&w, "doubleQuote"); /* the Frictionless CSV dialect profile requires it */
		jw_bool(&w, true);
		jw_key(&w, "header");
		jw_bool(&w, true);
		jw_close(&w, '}');
		jw_key(&w, "schema");
		jw_open(&w, '{');
		jw_key(&w, "fields");
		jw_open(&w, '[');
		size_t n;
		const column *cols = table_columns(c, kinds[i], &n);
		for (size_t k = 0; k < n; k++) {
			jw_open(&w, '{');
			kv_str(&w, "name", cols[k].name);
			kv_str(&w, "type", ftype_names[cols[k].type]);
			kv_str(&w, "description", cols[k].description);
			jw_close(&w, '}');
		}
		jw_close(&w, ']');
		jw_key(&w, "missingValues");
		jw_open(&w, '[');
		jw_str(&w, "");
		jw_close(&w, ']');
		if (kinds[i] != T_EQ_LINKS && kinds[i] != T_CH_LINKS)
			kv_str(&w, "primaryKey", "url");
		jw_close(&w, '}');
		/* The columns `plansite report import` reads back, as a versioned set. */
		const char *const *imported = NULL;
		size_t nimported = 0;
		if (kinds[i] == T_ACTIVITIES || kinds[i] == T_DELIVERABLES) {
			imported = imported_item_cols;
			nimported = sizeof imported_item_cols / sizeof *imported_item_cols;
		} else if (kinds[i] == T_MEASURES) {
			imported = imported_measure_cols;
			nimported = sizeof imported_measure_cols / sizeof *imported_measure_cols;
		}
		if (nimported) {
			jw_key(&w, "plansite:import");
			jw_open(&w, '{');
			jw_key(&w, "version");
			jw_num(&w, IMPORT_COLUMN_SET);
			jw_key(&w, "fields");
			jw_open(&w, '[');
			for (size_t k = 0; k < nimported; k++)
				jw_str(&w, imported[k]);
			jw_close(&w, ']');
			jw_close(&w, '}');
		}
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	buf_addc(b, '\n');
}

/* data/plansite.json, the largest export: written (or measured) in pieces as it is made
 * when out writes (or measures) its files, else kept whole like the others. */
static size_t
model_json_export(const ectx *c, export_list *out, buf *b)
{
	static const char path[] = "data/plansite.json", title[] = "The whole model as JSON";
	if (!out->dir && !out->sizes_only) {
		model_json(c, b);
		export_add(c->a, out, path, title, b);
		return b->len;
	}
	if (out->dir && out->failed)
		return 0;
	spill sp = {.fd = -1};
	const char *full = NULL;
	if (out->dir) {
		const char *dir = fs_join(c->a, out->dir, "data");
		full = fs_join(c->a, out->dir, path);
		if (!fs_mkdir_p(dir)) {
			diag_io_error(out->d, (mark){dir, 0, 0}, "cannot create folder: %s",
			              strerror(errno));
			out->failed = true;
			return 0;
		}
		sp.fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (sp.fd < 0 ||
		    fchmod(sp.fd, 0644) != 0) /* the published mode, whatever the umask */
			sp.err = errno;
	}
	ectx sc = *c;
	sc.sp = &sp;
	model_json(&sc, b);
	spill_out(&sp, b, true);
	if (sp.fd >= 0 && close(sp.fd) != 0 && !sp.err)
		sp.err = errno;
	if (!out->dir) {
		export_keep(c->a, out, (export_file){path, title, NULL, sp.done});
		return sp.done;
	}
	if (sp.err) {
		diag_io_error(out->d, (mark){full, 0, 0}, "cannot write: %s", strerror(sp.err));
		out->failed = true;
		return sp.done;
	}
	out->stats->files++;
	out->stats->bytes += sp.done;
	return sp.done;
}

void
exports_data_files(arena *a, const model *m, const char *base_url, export_list *out,
                   export_list *listed)
{
	ectx c = {a, m, base_url, NULL};
	/* The CSV files go where out's files go (written at once, measured or kept); their
	 * entries are kept for datapackage.json, and then for out when it keeps entries. */
	export_list csvs = {.sizes_only = out->sizes_only || out->dir};
	size_t nplans = m->plans.len;
	table_kind *kinds = arena_alloc(a, (nplans + 1) * T_COUNT * sizeof *kinds);
	buf b = BUF_INIT;
	for (size_t p = 0; p <= nplans; p++) {
		const plan *pl = p ? m->plans.items[p - 1] : NULL;
		for (int t = 0; t < T_COUNT; t++) {
			buf_reset(&b);
			table_csv(&c, (table_kind)t, pl, &b);
			kinds[csvs.n] = (table_kind)t;
			const char *path =
			    pl ? arena_printf(a, "data/%s/%s.csv", pl->id, table_names[t])
			       : arena_printf(a, "data/%s.csv", table_names[t]);
			export_add(a, &csvs, path,
			           pl ? arena_printf(a, "%s, %s", table_titles[t], pl->title)
			              : arena_printf(a, "%s, all plans", table_titles[t]),
			           &b);
			if (out->dir) /* written here, while its contents are at hand */
				export_add(a, out, path, NULL, &b);
		}
	}
	buf_reset(&b);
	size_t json_len = model_json_export(&c, out, &b);
	if (listed)
		export_keep(
		    a, listed,
		    (export_file){"data/plansite.json", "The whole model as JSON", NULL, json_len});
	static const char *const schema_title =
	    "JSON Schema of plansite.json and of each item's index.json";
	static const char *const package_title =
	    "Frictionless Data package describing every CSV file";
	buf_reset(&b);
	buf_adds(&b, schema_json);
	export_add(a, out, "data/plansite.schema.json", schema_title, &b);
	if (listed)
		export_keep(a, listed,
		            (export_file){"data/plansite.schema.json", schema_title, NULL, b.len});
	buf_reset(&b);
	datapackage(&c, &csvs, kinds, &b);
	export_add(a, out, "data/datapackage.json", package_title, &b);
	if (listed)
		export_keep(a, listed,
		            (export_file){"data/datapackage.json", package_title, NULL, b.len});
	for (size_t i = 0; i < csvs.n; i++) {
		if (!out->dir) /* written above already */
			export_keep(a, out, csvs.files[i]);
		if (listed)
			export_keep(a, listed,
			            (export_file){csvs.files[i].path, csvs.files[i].title, NULL,
			                          csvs.files[i].len});
	}
	buf_free(&b);
}

/* ---- search index (generator/search/) ---- */

typedef struct search_files {
	arena *a;
	export_list *list;
} search_files;

static bool
search_file(void *ctx, const char *path, buf *contents)
{
	search_files *f = ctx;
	export_add(f->a, f->list, arena_printf(f->a, "search/%s", path), NULL, contents);
	return !f->list->failed;
}

bool
exports_search_index(arena *a, const model *m, export_list *files, size_t *bytes)
{
	search_index *ix = search_index_new(m->site.language, NULL);
	search_files f = {a, files};
	bool ok = search_add_site(ix, m) && search_index_write(ix, search_file, &f, bytes);
	search_index_free(ix);
	return ok;
}

/* ---- writing ---- */

static bool
write_one(arena *a, const char *out, const char *path, const char *data, size_t len, diag *d,
          site_stats *stats)
{
	const char *full = fs_join(a, out, path);
	const char *slash = strrchr(full, '/');
	const char *dir = arena_strndup(a, full, (size_t)(slash - full));
	if (!fs_mkdir_p(dir)) {
		diag_io_error(d, (mark){dir, 0, 0}, "cannot create folder: %s", strerror(errno));
		return false;
	}
	if (!fs_write(full, data, len)) {
		diag_io_error(d, (mark){full, 0, 0}, "cannot write: %s", strerror(errno));
		return false;
	}
	stats->files++;
	stats->bytes += len;
	return true;
}

bool
exports_write(arena *keep, const model *m, const char *out, const char *base_url,
              export_list *data_files, diag *d, site_stats *stats)
{
	arena a, item_a;
	arena_init(&a);
	arena_init(&item_a);
	/* Every file is written as soon as it is complete: nothing is held for later. */
	export_list files = {.dir = out, .d = d, .stats = stats}, listed = {0};
	exports_data_files(&a, m, base_url, &files, &listed);
	/* The data page's list outlives this arena. */
	for (size_t i = 0; i < listed.n; i++)
		export_keep(keep, data_files,
		            (export_file){arena_strdup(keep, listed.files[i].path),
		                          arena_strdup(keep, listed.files[i].title), NULL,
		                          listed.files[i].len});
	buf b = BUF_INIT;
	/* index.json next to every item page */
	ectx c = {&item_a, m, base_url, NULL};
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		for (size_t i = 0; i < pl->items.len; i++) {
			const item *it = pl->items.items[i];
			buf_reset(&b);
			jw w = writer(&b);
			item_json(&c, &w, it);
			buf_addc(&b, '\n');
			export_add(&item_a, &files, arena_printf(&item_a, "%sindex.json", it->path),
			           NULL, &b);
			arena_reset(&item_a);
		}
	}
	/* For --timings: the index must stay a small part of a build. CPU time of this thread,
	 * so that other threads and processes competing for the cores do not count. */
	struct timespec t0, t1;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
	if (!exports_search_index(&a, m, &files, &stats->search_bytes) && !files.failed) {
		diag_error(d, (mark){out, 0, 0}, "cannot build the search index");
		files.failed = true;
	}
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
	stats->search_seconds =
	    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	buf_reset(&b);
	buf_adds(&b, "User-agent: *\nAllow: /\n");
	if (base_url)
		buf_printf(&b, "Sitemap: %ssitemap.xml\n", base_url);
	export_add(&a, &files, "robots.txt", NULL, &b);
	buf_free(&b);
	arena_free(&item_a);
	arena_free(&a);
	return !files.failed;
}
