/* exports.c - open data (CSV, JSON, JSON Schema, datapackage.json), per-item JSON, the
 * search index and robots.txt. See exports.h; feeds and the sitemap are in feeds.c. */
#include "site/exports.h"

#include "content/model_json.h"
#include "content/translate.h"
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
#include "site/paths.h"
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
	const char *base;              /* base URL with trailing slash, or NULL */
	strings *words;                /* the theme's: titles and descriptions */
	spill *sp;                     /* NULL: everything stays in the buffer */
	const format_conventions *fmt; /* the columns in words */
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
	return paths_permanent(c->a, c->base, path);
}

static const char *
plain(const ectx *c, const char *markdown)
{
	return markdown ? markdown_to_text(c->a, markdown, 0) : NULL;
}

static bool write_one(arena *a, const char *out, const char *path, const char *data, size_t len,
                      diag *d, site_stats *stats);

void
export_add_entry(arena *a, export_list *l, export_file f)
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
	export_add_entry(a, l,
	                 (export_file){path, title,
	                               l->sizes_only ? NULL : arena_strndup(a, data, contents->len),
	                               contents->len});
}

static const char *
status_id(const item *it)
{
	return item_status_id(it); /* one definition with plansite.json's */
}

typedef const char *(*name_fn)(const void *);
static const char *
person_name(const void *p)
{
	return ((const person *)p)->name;
}
static const char *
dir_code(const void *p)
{
	const directorate *d = p;
	return d->code ? d->code : d->name;
}
static const char *
eo_id(const void *p)
{
	return ((const equality_outcome *)p)->id;
}
static const char *
flag_id(const void *p)
{
	return ((const flag *)p)->id;
}
static const char *
ch_id(const void *p)
{
	return ((const characteristic *)p)->id;
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

/* A column's description is the theme's text data.columns.TABLE.KEY (key NULL: its name),
 * TABLE as table_column_words says. */
typedef struct column {
	const char *name;
	ftype type;
	const char *key;
	/* a text field's: in a site in several languages, each other language's translation
	 * follows it in a column of its own (NAME_TAG) */
	bool text;
	size_t lang; /* the translation's language in such a column, else 0 */
} column;

/* The import column set: the columns `plansite report import` reads back, as
 * content/README.md lists them. The version is raised whenever one, or a column it reads
 * past, is renamed, changes meaning or is added (2: the boolean column of one council's own
 * flag became `flags`; 3: in a site in several languages, the translations of the text
 * columns, `note_cy` beside `note`, are read too and become `note@cy`). report/import.c
 * names the same version in its messages. */
enum { IMPORT_COLUMN_SET = 3 };
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

/* The theme's words for a table are under data.tables.NAME, those of its columns under
 * data.columns.NAME; activities and deliverables share the items' columns. */
static const char *
table_column_words(table_kind t)
{
	return t == T_ACTIVITIES || t == T_DELIVERABLES ? "items" : table_names[t];
}

static const char *
column_description(const ectx *c, table_kind t, const column *col)
{
	const char *d =
	    strings_text(c->words, arena_printf(c->a, "data.columns.%s.%s", table_column_words(t),
	                                        col->key ? col->key : col->name));
	if (!col->lang)
		return d;
	/* the language by its name in the theme's words where the theme names it, else its tag */
	const char *tag = content_language(c->m, col->lang);
	const char *key = arena_printf(c->a, "language.names.%s", tag);
	const char *name = strings_has(c->words, key) ? strings_text(c->words, key) : tag;
	return strings_fmt(c->a, c->words, "data.translated_column", "description", d, "language",
	                   name, (char *)NULL);
}

/* The key of a table's text: "title", "title_all" or "description". */
static const char *
table_text(const ectx *c, table_kind t, const char *what)
{
	return arena_printf(c->a, "data.tables.%s.%s", table_names[t], what);
}

static const column item_cols[] = {
    {"plan", F_STRING, NULL, false, 0},
    {"id", F_STRING, NULL, false, 0},
    {"ref", F_STRING, NULL, false, 0},
    {"code", F_STRING, NULL, false, 0},
    {"title", F_STRING, NULL, true, 0},
    {"parent_id", F_STRING, NULL, false, 0},
    {"parent_code", F_STRING, NULL, false, 0},
    {"parent_url", F_STRING, NULL, false, 0},
    {"lead_members", F_STRING, NULL, false, 0},
    {"lead_officers", F_STRING, NULL, false, 0},
    {"directorates", F_STRING, NULL, false, 0},
    {"deadline", F_DATE, NULL, false, 0},
    {"deadline_display", F_STRING, NULL, false, 0},
    {"original_deadline", F_STRING, NULL, false, 0},
    {"deadline_as_written", F_STRING, NULL, false, 0},
    {"deadline_moves", F_INTEGER, NULL, false, 0},
    {"status", F_STRING, NULL, false, 0},
    {"confidence", F_STRING, NULL, false, 0},
    {"reason", F_STRING, NULL, true, 0},
    {"period", F_STRING, NULL, false, 0},
    {"due", F_STRING, NULL, false, 0},
    {"flags", F_STRING, NULL, false, 0},
    {"equality", F_STRING, NULL, false, 0},
    {"latest_report", F_STRING, NULL, false, 0},
    {"latest_report_date", F_DATE, NULL, false, 0},
    {"note", F_STRING, NULL, true, 0},
    {"revised_deadline", F_STRING, NULL, false, 0},
    {"revision_reason", F_STRING, NULL, true, 0},
    {"url", F_STRING, NULL, false, 0},
};

static const column measure_cols[] = {
    {"plan", F_STRING, NULL, false, 0},          {"id", F_STRING, NULL, false, 0},
    {"ref", F_STRING, NULL, false, 0},           {"code", F_STRING, NULL, false, 0},
    {"title", F_STRING, NULL, true, 0},          {"parent_id", F_STRING, NULL, false, 0},
    {"parent_code", F_STRING, NULL, false, 0},   {"parent_url", F_STRING, NULL, false, 0},
    {"unit", F_STRING, NULL, false, 0},          {"unit_label", F_STRING, NULL, true, 0},
    {"polarity", F_STRING, NULL, false, 0},      {"type", F_STRING, NULL, false, 0},
    {"lead_members", F_STRING, NULL, false, 0},  {"lead_officers", F_STRING, NULL, false, 0},
    {"directorates", F_STRING, NULL, false, 0},  {"flags", F_STRING, NULL, false, 0},
    {"equality", F_STRING, NULL, false, 0},      {"characteristics", F_STRING, NULL, false, 0},
    {"part_of", F_STRING, NULL, false, 0},       {"rag", F_STRING, NULL, false, 0},
    {"actual", F_NUMBER, NULL, false, 0},        {"actual_as_written", F_STRING, NULL, false, 0},
    {"suppressed", F_STRING, NULL, false, 0},    {"target", F_NUMBER, NULL, false, 0},
    {"short_trend", F_STRING, NULL, false, 0},   {"long_trend", F_STRING, NULL, false, 0},
    {"last_update", F_STRING, NULL, false, 0},   {"period", F_STRING, NULL, false, 0},
    {"note", F_STRING, NULL, true, 0},           {"why_off_target", F_STRING, NULL, true, 0},
    {"actions", F_STRING, NULL, true, 0},        {"back_on_track", F_STRING, NULL, true, 0},
    {"latest_report", F_STRING, NULL, false, 0}, {"latest_report_date", F_DATE, NULL, false, 0},
    {"url", F_STRING, NULL, false, 0},
};

static const column history_head[] = {
    {"plan", F_STRING, NULL, false, 0},
    {"measure_id", F_STRING, NULL, false, 0},
    {"measure_title", F_STRING, NULL, true, 0},
    {"period", F_STRING, NULL, false, 0},
    {"period_label", F_STRING, NULL, false, 0},
    {"actual", F_NUMBER, NULL, false, 0},
    {"suppressed", F_STRING, NULL, false, 0},
    {"target", F_NUMBER, NULL, false, 0},
    {"red", F_NUMBER, NULL, false, 0},
    {"report", F_STRING, NULL, false, 0},
    {"restated_reason", F_STRING, NULL, true, 0},
    {"earlier_actual", F_NUMBER, NULL, false, 0},
    {"earlier_report", F_STRING, NULL, false, 0},
};
static const column history_tail[] = {
    {"measure_url", F_STRING, NULL, false, 0},
    {"url", F_STRING, NULL, false, 0},
};

static const column eo_cols[] = {
    {"id", F_STRING, NULL, false, 0},         {"title", F_STRING, NULL, true, 0},
    {"plan", F_STRING, NULL, false, 0},       {"characteristics", F_STRING, NULL, false, 0},
    {"description", F_STRING, NULL, true, 0}, {"links", F_INTEGER, NULL, false, 0},
    {"url", F_STRING, NULL, false, 0},
};

static const column link_cols[] = {
    {"equality_outcome_id", F_STRING, NULL, false, 0},
    {"equality_outcome_url", F_STRING, NULL, false, 0},
    {"plan", F_STRING, NULL, false, 0},
    {"kind", F_STRING, NULL, false, 0},
    {"item_id", F_STRING, NULL, false, 0},
    {"item_code", F_STRING, NULL, false, 0},
    {"item_title", F_STRING, NULL, true, 0},
    {"item_url", F_STRING, NULL, false, 0},
};

static const column ch_link_cols[] = {
    {"characteristic_id", F_STRING, NULL, false, 0},
    {"characteristic_url", F_STRING, NULL, false, 0},
    {"route", F_STRING, NULL, false, 0},
    {"equality_outcome_id", F_STRING, NULL, false, 0},
    {"plan", F_STRING, NULL, false, 0},
    {"kind", F_STRING, NULL, false, 0},
    {"item_id", F_STRING, NULL, false, 0},
    {"item_code", F_STRING, NULL, false, 0},
    {"item_title", F_STRING, NULL, true, 0},
    {"item_url", F_STRING, NULL, false, 0},
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

/* The columns of a table as one language has them, in arena memory. */
static const column *
base_columns(const ectx *c, table_kind t, size_t *n)
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
			cols[h + 2 * i] = (column){arena_printf(c->a, "comparator_%zu_name", i + 1),
			                           F_STRING, "comparator_name", false, 0};
			cols[h + 2 * i + 1] =
			    (column){arena_printf(c->a, "comparator_%zu_value", i + 1), F_NUMBER,
			             "comparator_value", false, 0};
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

/* The columns of a table: in a site in several languages, every text column followed by
 * one per other language ("title", "title_cy"), so that one file holds every language. */
static const column *
table_columns(const ectx *c, table_kind t, size_t *n)
{
	size_t nbase, nlang = content_languages(c->m);
	const column *base = base_columns(c, t, &nbase);
	*n = nbase;
	if (nlang < 2)
		return base;
	size_t ntext = 0;
	for (size_t i = 0; i < nbase; i++)
		ntext += base[i].text;
	column *cols = arena_alloc(c->a, (nbase + ntext * (nlang - 1)) * sizeof *cols);
	size_t k = 0;
	for (size_t i = 0; i < nbase; i++) {
		cols[k++] = base[i];
		for (size_t l = 1; base[i].text && l < nlang; l++) {
			char *tag = arena_strdup(c->a, content_language(c->m, l));
			for (char *p = tag; *p; p++)
				if (*p == '-')
					*p = '_'; /* a column name stays one identifier */
			cols[k] = base[i];
			cols[k].name = arena_printf(c->a, "%s_%s", base[i].name, tag);
			cols[k].key = base[i].key ? base[i].key : base[i].name;
			cols[k++].lang = l;
		}
	}
	*n = k;
	return cols;
}

/* A text field's column, then its translation in each other language of the site (NULL
 * for none: an empty cell, never the default language's text). as_plain: Markdown, written
 * as plain text. */
static void
f_text_as(const ectx *c, row *r, const char *text, bool as_plain)
{
	f_str(r, as_plain ? plain(c, text) : text);
	size_t nlang = content_languages(c->m);
	for (size_t l = 1; l < nlang; l++) {
		const char *tr = content_translation(c->m, text, l);
		f_str(r, as_plain ? plain(c, tr) : tr);
	}
}

static void
f_text(const ectx *c, row *r, const char *text)
{
	f_text_as(c, r, text, false);
}

static void
f_plain(const ectx *c, row *r, const char *markdown)
{
	f_text_as(c, r, markdown, true);
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
		return NULL;
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
	f_text(c, r, it->title);
	f_str(r, p ? p->id : NULL);
	f_str(r, p ? p->code : NULL);
	f_str(r, p ? perm(c, p->path) : NULL);
	f_str(r, joined(c, &it->lead_members, person_name));
	f_str(r, joined(c, &it->lead_officers, person_name));
	f_str(r, joined(c, &it->directorates, dir_code));
	f_str(r, d ? date_iso_text(c->a, d->last_day) : NULL);
	f_str(r, d ? format_deadlines(c->a, c->fmt, d) : NULL);
	f_str(r, it->revisions.len && it->has_deadline
	             ? format_deadlines(c->a, c->fmt, &it->deadline)
	             : NULL);
	f_str(r, it->deadline_as_written);
	f_int(r, (long)it->revisions.len);
	f_str(r, status_id(it));
	f_str(r, s && s->confidence ? confidence_id(s->confidence) : NULL);
	f_text(c, r, s ? s->reason : NULL);
	f_str(r, s ? canonical_period(c, s->report) : NULL);
	f_str(r, due_state_id(it->due));
	f_str(r, joined(c, &it->flags, flag_id));
	f_str(r, joined(c, &it->equality, eo_id));
	f_str(r, s ? s->report->id : NULL);
	f_str(r, s ? date_iso_text(c->a, s->report->as_of) : NULL);
	f_plain(c, r, s ? s->note : NULL);
	f_str(r, rev ? deadline_texts(c, &rev->deadline) : NULL);
	f_text(c, r, rev ? rev->reason : NULL);
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
	f_text(c, r, it->title);
	f_str(r, p ? p->id : NULL);
	f_str(r, p ? p->code : NULL);
	f_str(r, p ? perm(c, p->path) : NULL);
	f_str(r, mi && mi->unit ? unit_id(mi->unit) : NULL);
	f_text(c, r, mi ? mi->unit_label : NULL);
	f_str(r, mi && mi->polarity ? polarity_id(mi->polarity) : NULL);
	f_str(r, mi ? mi->type : NULL);
	f_str(r, joined(c, &it->lead_members, person_name));
	f_str(r, joined(c, &it->lead_officers, person_name));
	f_str(r, joined(c, &it->directorates, dir_code));
	f_str(r, joined(c, &it->flags, flag_id));
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
	f_str(r, s && s->last_update ? format_period(c->a, c->fmt, s->figure_period) : NULL);
	f_str(r, s ? canonical_period(c, s->report) : NULL);
	f_text(c, r, s ? s->note : NULL);
	f_text(c, r, s ? s->why_off_target : NULL);
	f_text(c, r, s ? s->actions : NULL);
	f_text(c, r, s ? s->back_on_track : NULL);
	f_str(r, s ? s->report->id : NULL);
	f_str(r, s ? date_iso_text(c->a, s->report->as_of) : NULL);
	f_str(r, perm(c, it->path));
	row_end(r);
}

const char **
exports_history_anchors(arena *a, const measure_info *mi)
{
	return model_history_anchors(a, mi);
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
		f_text(c, r, it->title);
		char canonical[64];
		period_format(h->per, canonical, sizeof canonical);
		f_str(r, canonical);
		f_str(r, format_period(c->a, c->fmt, h->per));
		f_num(r, h->has_actual && !h->suppressed, h->actual); /* the rule, never a number */
		f_str(r, h->suppressed);
		f_num(r, h->has_target, h->target);
		f_num(r, h->has_red, h->red);
		bool restated = h->restated && h->has_earlier && h->earlier_report;
		f_str(r, h->report ? h->report->id : NULL);
		f_text(c, r, restated ? h->restated : NULL);
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
	f_text(c, r, it->title);
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
				f_text(c, &r, eo->title);
				f_str(&r, eo->plan ? eo->plan->id : NULL);
				f_str(&r, joined(c, &eo->characteristics, ch_id));
				f_plain(c, &r, eo->description);
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
				f_text(c, &r, it->title);
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

/* plansite.json from the one model writer (content/model_json.c), handed over to the spill
 * item by item when there is one. */
static void
spill_flush(void *sp, buf *b)
{
	spill_out(sp, b, false);
}

static void
model_json(const ectx *c, buf *b)
{
	jw w = model_json_writer(b);
	text_wording words = format_wording(c->fmt);
	model_json_opts o = {
	    .base = c->base, .flush = c->sp ? spill_flush : NULL, .ctx = c->sp, .words = &words};
	model_json_write(&w, c->m, &o);
}

/* ---- datapackage.json ---- */

static const char *const ftype_names[] = {"string", "integer", "number", "boolean", "date"};

static bool
is_ogl(const char *licence)
{
	return !licence || strcmp(licence, CONTENT_DEFAULT_LICENCE) == 0;
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
	       strings_fmt(c->a, c->words, "data.package_description", "council", s->council,
	                   (char *)NULL));
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
	kv_str(&w, "title", s->licence ? s->licence : CONTENT_DEFAULT_LICENCE);
	kv_str(&w, "path",
	       s->licence_url ? s->licence_url
	                      : (is_ogl(s->licence) ? CONTENT_DEFAULT_LICENCE_URL : NULL));
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
		kv_str(&w, "description",
		       strings_text(c->words, table_text(c, kinds[i], "description")));
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
			kv_str(&w, "description", column_description(c, kinds[i], &cols[k]));
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
			for (size_t k = 0; k < nimported; k++) {
				jw_str(&w, imported[k]);
				/* a text column's translations, named as table_columns names them
				 */
				for (size_t j = 0; j < n; j++)
					if (cols[j].lang && strcmp(cols[j].key ? cols[j].key : "",
					                           imported[k]) == 0)
						jw_str(&w, cols[j].name);
			}
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
	static const char path[] = "data/plansite.json";
	const char *title = strings_text(c->words, "data.files.model");
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
		export_add_entry(c->a, out, (export_file){path, title, NULL, sp.done});
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

/* A description of the data schema, in the theme's words (data.schema.KEY). */
static const char *
schema_doc(void *words, const char *key)
{
	char full[128];
	snprintf(full, sizeof full, "data.schema.%s", key);
	return strings_text(words, full);
}

void
exports_data_files(arena *a, const model *m, const char *base_url, const page_theme *th,
                   export_list *out, export_list *listed)
{
	ectx c = {a, m, base_url, th->words, NULL, &th->fmt};
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
			    paths_data_file(a, pl, arena_printf(a, "%s.csv", table_names[t]));
			const char *title =
			    pl ? strings_fmt(a, c.words, table_text(&c, (table_kind)t, "title"),
			                     "plan", pl->title, (char *)NULL)
			       : strings_text(c.words, table_text(&c, (table_kind)t, "title_all"));
			export_add(a, &csvs, path, title, &b);
			if (out->dir) /* written here, while its contents are at hand */
				export_add(a, out, path, NULL, &b);
		}
	}
	buf_reset(&b);
	size_t json_len = model_json_export(&c, out, &b);
	if (listed)
		export_add_entry(a, listed,
		                 (export_file){"data/plansite.json",
		                               strings_text(c.words, "data.files.model"), NULL,
		                               json_len});
	const char *schema_title = strings_text(c.words, "data.files.schema");
	const char *package_title = strings_text(c.words, "data.files.package");
	buf_reset(&b);
	model_json_docs docs = {schema_doc, c.words};
	model_json_schema_languages(&b, content_languages(m), &docs);
	export_add(a, out, "data/plansite.schema.json", schema_title, &b);
	if (listed)
		export_add_entry(
		    a, listed,
		    (export_file){"data/plansite.schema.json", schema_title, NULL, b.len});
	buf_reset(&b);
	datapackage(&c, &csvs, kinds, &b);
	export_add(a, out, "data/datapackage.json", package_title, &b);
	if (listed)
		export_add_entry(
		    a, listed, (export_file){"data/datapackage.json", package_title, NULL, b.len});
	for (size_t i = 0; i < csvs.n; i++) {
		if (!out->dir) /* written above already */
			export_add_entry(a, out, csvs.files[i]);
		if (listed)
			export_add_entry(a, listed,
			                 (export_file){csvs.files[i].path, csvs.files[i].title,
			                               NULL, csvs.files[i].len});
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
exports_search_index(arena *a, const model *m, const format_conventions *fmt, export_list *files,
                     size_t *bytes)
{
	/* Another language's tree stems its words by its tag's primary subtag ("cy"): Snowball
	 * knows languages by their ISO 639 codes too, and folds only where it has no stemmer. */
	size_t lang = content_language_in_use(m);
	const char *tag = lang ? content_language(m, lang) : m->site.language;
	search_index *ix =
	    search_index_new(lang && tag ? arena_strndup(a, tag, strcspn(tag, "-_")) : tag, NULL);
	search_files f = {a, files};
	text_wording w = format_wording(fmt);
	bool ok = search_add_site(ix, m, &w) && search_index_write(ix, search_file, &f, bytes);
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
              const page_theme *th, export_list *data_files, diag *d, site_stats *stats)
{
	arena a, item_a;
	arena_init(&a);
	arena_init(&item_a);
	/* Every file is written as soon as it is complete: nothing is held for later. */
	export_list files = {.dir = out, .d = d, .stats = stats}, listed = {0};
	/* data/ and robots.txt once, at the root: another language's tree links to them */
	bool root = content_language_in_use(m) == 0;
	if (root)
		exports_data_files(&a, m, base_url, th, &files, &listed);
	/* The data page's list outlives this arena. */
	for (size_t i = 0; i < listed.n; i++)
		export_add_entry(keep, data_files,
		                 (export_file){arena_strdup(keep, listed.files[i].path),
		                               arena_strdup(keep, listed.files[i].title), NULL,
		                               listed.files[i].len});
	buf b = BUF_INIT;
	/* index.json next to every item page */
	text_wording words = format_wording(&th->fmt);
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		for (size_t i = 0; i < pl->items.len; i++) {
			const item *it = pl->items.items[i];
			buf_reset(&b);
			jw w = model_json_writer(&b);
			model_json_item(&w, it, base_url, &words);
			buf_addc(&b, '\n');
			export_add(&item_a, &files, paths_item_json(&item_a, it), NULL, &b);
			arena_reset(&item_a);
		}
	}
	/* For --timings: the index must stay a small part of a build. CPU time of this thread,
	 * so that other threads and processes competing for the cores do not count. */
	struct timespec t0, t1;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
	if (!exports_search_index(&a, m, &th->fmt, &files, &stats->search_bytes) && !files.failed) {
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
	for (size_t k = 1; base_url && k < content_languages(m); k++)
		buf_printf(&b, "Sitemap: %s%s/sitemap.xml\n", base_url, content_language(m, k));
	if (root)
		export_add(&a, &files, "robots.txt", NULL, &b);
	buf_free(&b);
	arena_free(&item_a);
	arena_free(&a);
	return !files.failed;
}
