/* import.c - `plansite report import`: spreadsheets (the site's own data files, edited) ->
 * one new report file. Every problem is reported, at FILE.csv:ROW:COL, before anything is
 * written. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "report/csv_read.h"
#include "content/period.h"
#include "content/translate.h"
#include "report/internal.h"
#include "util/fs.h"
#include "util/map.h"
#include "value.h"

/* ---- the import column set (version 3, as IMPORT_COLUMN_SET in site/exports.c says;
 * content/README.md and datapackage.json list it). In a site in several languages each
 * text column has one column per other language beside it, NAME_TAG ("note_cy", "note_en_US"),
 * as the exports write them; they become NAME@TAG in the report. ---- */

typedef enum {
	C_DESCRIPTIVE, /* a column of the export that says what the item is: read past */
	C_REF,
	C_ID,
	C_PLAN,
	C_PERIOD,
	C_STATUS,
	C_CONFIDENCE,
	C_REASON,
	C_NOTE,
	C_REVISED_DEADLINE,
	C_REVISION_REASON,
	C_ACTUAL,
	C_ACTUAL_AS_WRITTEN,
	C_SUPPRESSED,
	C_TARGET,
	C_RAG,
	C_SHORT_TREND,
	C_LONG_TREND,
	C_LAST_UPDATE,
	C_WHY_OFF_TARGET,
	C_ACTIONS,
	C_BACK_ON_TRACK,
	C_COUNT
} col_role;

typedef struct import_column {
	const char *name;
	col_role role;
	bool text; /* the exports give its translations too, NAME_TAG ("note_cy") */
} import_column;

/* activities.csv and deliverables.csv */
static const import_column item_columns[] = {
    {"ref", C_REF, false},
    {"plan", C_PLAN, false},
    {"period", C_PERIOD, false},
    {"status", C_STATUS, false},
    {"confidence", C_CONFIDENCE, false},
    {"reason", C_REASON, true},
    {"note", C_NOTE, true},
    {"revised_deadline", C_REVISED_DEADLINE, false},
    {"revision_reason", C_REVISION_REASON, true},
    {"id", C_DESCRIPTIVE, false},
    {"code", C_DESCRIPTIVE, false},
    {"title", C_DESCRIPTIVE, true},
    {"parent_id", C_DESCRIPTIVE, false},
    {"parent_code", C_DESCRIPTIVE, false},
    {"parent_url", C_DESCRIPTIVE, false},
    {"lead_members", C_DESCRIPTIVE, false},
    {"lead_officers", C_DESCRIPTIVE, false},
    {"directorates", C_DESCRIPTIVE, false},
    {"deadline", C_DESCRIPTIVE, false},
    {"deadline_display", C_DESCRIPTIVE, false},
    {"original_deadline", C_DESCRIPTIVE, false},
    {"deadline_as_written", C_DESCRIPTIVE, false},
    {"deadline_moves", C_DESCRIPTIVE, false},
    {"due", C_DESCRIPTIVE, false},
    {"flags", C_DESCRIPTIVE, false},
    {"equality", C_DESCRIPTIVE, false},
    {"latest_report", C_DESCRIPTIVE, false},
    {"latest_report_date", C_DESCRIPTIVE, false},
    {"url", C_DESCRIPTIVE, false},
};

/* measures.csv */
static const import_column measure_columns[] = {
    {"ref", C_REF, false},
    {"id", C_ID, false},
    {"plan", C_PLAN, false},
    {"period", C_PERIOD, false},
    {"actual", C_ACTUAL, false},
    {"actual_as_written", C_ACTUAL_AS_WRITTEN, false},
    {"suppressed", C_SUPPRESSED, false},
    {"target", C_TARGET, false},
    {"rag", C_RAG, false},
    {"short_trend", C_SHORT_TREND, false},
    {"long_trend", C_LONG_TREND, false},
    {"last_update", C_LAST_UPDATE, false},
    {"note", C_NOTE, true},
    {"why_off_target", C_WHY_OFF_TARGET, true},
    {"actions", C_ACTIONS, true},
    {"back_on_track", C_BACK_ON_TRACK, true},
    {"code", C_DESCRIPTIVE, false},
    {"title", C_DESCRIPTIVE, true},
    {"parent_id", C_DESCRIPTIVE, false},
    {"parent_code", C_DESCRIPTIVE, false},
    {"parent_url", C_DESCRIPTIVE, false},
    {"unit", C_DESCRIPTIVE, false},
    {"unit_label", C_DESCRIPTIVE, true},
    {"polarity", C_DESCRIPTIVE, false},
    {"type", C_DESCRIPTIVE, false},
    {"lead_members", C_DESCRIPTIVE, false},
    {"lead_officers", C_DESCRIPTIVE, false},
    {"directorates", C_DESCRIPTIVE, false},
    {"flags", C_DESCRIPTIVE, false},
    {"equality", C_DESCRIPTIVE, false},
    {"characteristics", C_DESCRIPTIVE, false},
    {"part_of", C_DESCRIPTIVE, false},
    {"latest_report", C_DESCRIPTIVE, false},
    {"latest_report_date", C_DESCRIPTIVE, false},
    {"url", C_DESCRIPTIVE, false},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The YAML field each imported column becomes, in the order a report entry writes them. */
static const struct {
	col_role role;
	const char *field;
	bool number;
} item_fields[] = {{C_STATUS, "lifecycle", false},
                   {C_CONFIDENCE, "confidence", false},
                   {C_REASON, "reason", false},
                   {C_NOTE, "note", false}},
  measure_fields[] = {{C_ACTUAL, "actual", true},
                      {C_ACTUAL_AS_WRITTEN, "actual_as_written", false},
                      {C_SUPPRESSED, "suppressed", false},
                      {C_TARGET, "target", true},
                      {C_RAG, "rag", false},
                      {C_SHORT_TREND, "short_trend", false},
                      {C_LONG_TREND, "long_trend", false},
                      {C_LAST_UPDATE, "last_update", false},
                      {C_NOTE, "note", false},
                      {C_WHY_OFF_TARGET, "why_off_target", false},
                      {C_ACTIONS, "actions", false},
                      {C_BACK_ON_TRACK, "back_on_track", false}};

/* One item's values for the new report, from one row. */
typedef struct entry {
	const item *it;
	mark at;
	const char *v[C_COUNT];                         /* validated texts; NULL: not given */
	const char *tr[C_COUNT][CONTENT_MAX_LANGUAGES]; /* v's translations (language >= 1) */
	const char *new_deadline;
} entry;

typedef struct importer {
	arena *a;
	diag *d;
	new_report *r;
	map measures, items; /* ref (and aliases) -> item*, for the plan */
	const char **measure_refs, **item_refs;
	size_t nmeasure_refs, nitem_refs;
	map entries; /* ref -> entry*: the items the report will give */
	map seen;    /* ref -> mark*: the first row of the period for each item, even an
	                empty or broken one, so a second row is always reported */
	size_t rows, other_period, other_plan;
	const char *first_left_out; /* a period that was left out, for the message */
} importer;

/* One spreadsheet with its header read. */
typedef struct sheet {
	const csv_table *t;
	bool measures;
	int col[C_COUNT];                         /* column index of each role, -1 when absent */
	int tcol[C_COUNT][CONTENT_MAX_LANGUAGES]; /* of its translation in language l >= 1 */
	const char **names;
} sheet;

/* Reports "column C (rag): message" at FILE:ROW:COL, as an error or a warning. */
static void
cell_report(importer *im, const sheet *s, unsigned row, size_t col, bool error, const char *msg)
{
	char letter[8];
	csv_column_letter(col + 1, letter);
	const char *name = col < s->t->rows[0].ncells ? s->t->rows[0].cells[col] : "";
	const char *column = *name ? arena_printf(im->a, "column %s (%s)", letter, name)
	                           : arena_printf(im->a, "column %s", letter);
	mark m = {s->t->file, row, (unsigned)(col + 1)};
	if (error)
		diag_error(im->d, m, "%s: %s", column, msg);
	else
		diag_warning(im->d, m, "%s: %s", column, msg);
}

static void __attribute__((format(printf, 5, 6)))
cell_error(importer *im, const sheet *s, unsigned row, size_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *msg = arena_vprintf(im->a, fmt, ap);
	va_end(ap);
	cell_report(im, s, row, col, true, msg);
}

static void __attribute__((format(printf, 5, 6)))
cell_warning(importer *im, const sheet *s, unsigned row, size_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *msg = arena_vprintf(im->a, fmt, ap);
	va_end(ap);
	cell_report(im, s, row, col, false, msg);
}

/* A header as a spreadsheet user may have retyped it: "Why off target" -> "why_off_target". */
static const char *
header_key(arena *a, const char *s)
{
	char *k = arena_strdup(a, s);
	for (char *p = k; *p; p++)
		*p = *p == ' ' || *p == '-' ? '_' : (char)tolower((unsigned char)*p);
	return k;
}

/* A vocabulary word as people type it: "Data only", "DATA_ONLY" -> "data-only". */
static const char *
word_key(arena *a, const char *s)
{
	char *k = arena_strdup(a, s);
	for (char *p = k; *p; p++)
		*p = *p == ' ' || *p == '_' ? '-' : (char)tolower((unsigned char)*p);
	return k;
}

/* ---- the plan's refs ---- */

static void
index_plan(importer *im)
{
	const plan *p = im->r->plan;
	map_init(&im->measures, im->a);
	map_init(&im->items, im->a);
	map_init(&im->entries, im->a);
	map_init(&im->seen, im->a);
	im->measure_refs = arena_alloc(im->a, (p->items.len + 1) * sizeof *im->measure_refs);
	im->item_refs = arena_alloc(im->a, (p->items.len + 1) * sizeof *im->item_refs);
	for (size_t i = 0; i < p->items.len; i++) {
		item *it = p->items.items[i];
		if (it->kind == ITEM_MEASURE) {
			map_put(&im->measures, it->id, it);
			im->measure_refs[im->nmeasure_refs++] = it->id;
			for (size_t k = 0; k < it->aliases.len; k++)
				map_put(&im->measures, it->aliases.items[k], it);
		} else if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE) {
			const char *ref = item_ref(im->a, it);
			map_put(&im->items, ref, it);
			im->item_refs[im->nitem_refs++] = ref;
		}
	}
}

/* ---- the header ---- */

static bool
has_header(const csv_table *t, const char *const *names, size_t n, arena *a)
{
	for (size_t c = 0; c < t->rows[0].ncells; c++)
		for (size_t i = 0; i < n; i++)
			if (strcmp(header_key(a, t->rows[0].cells[c]), names[i]) == 0)
				return true;
	return false;
}

/* A column name as the exports spell a language tag in it: "en-GB" -> "en_gb" (header_key
 * has lowered the header already). */
static const char *
tag_key(arena *a, const char *tag)
{
	char *k = arena_strdup(a, tag);
	for (char *p = k; *p; p++)
		*p = *p == '-' ? '_' : (char)tolower((unsigned char)*p);
	return k;
}

/* True when s reads as a language tag in a column name: a primary subtag of 2 or 3 letters,
 * then subtags of letters and digits, each after a '_'. */
static bool
tag_like(const char *s)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz");
	if (n < 2 || n > 3)
		return false;
	for (s += n; *s; s += n) {
		if (*s != '_')
			return false;
		s++;
		n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789");
		if (!n || n > 8)
			return false;
	}
	return true;
}

/* A text column's translation, NAME_TAG ("note_cy"), as the exports name it. Returns 0 when
 * key is no such name; 1 when TAG is one of the site's other languages, with *col the
 * column's index in cols and *lang the language's (>= 1); -1 after reporting at the header
 * cell why it is not (one language only, the default language, another tag). */
static int
translation_column(importer *im, const sheet *s, const import_column *cols, size_t ncols,
                   const char *key, size_t c, size_t *col, size_t *lang)
{
	size_t i = 0, len = 0;
	for (size_t k = 0; k < ncols; k++) {
		size_t n = strlen(cols[k].name);
		if (cols[k].text && n > len && strncmp(key, cols[k].name, n) == 0 &&
		    key[n] == '_' && tag_like(key + n + 1)) {
			i = k;
			len = n;
		}
	}
	if (!len)
		return 0;
	const char *suffix = key + len + 1;
	const model *m = im->r->m;
	size_t nlang = content_languages(m);
	const char *first = content_language(m, 0) ? content_language(m, 0) : "en-GB";
	char *tag = arena_strdup(im->a, suffix);
	for (char *p = tag; *p; p++)
		if (*p == '_')
			*p = '-';
	if (nlang < 2) {
		if (strcmp(tag_key(im->a, first), suffix) == 0)
			cell_error(im, s, 1, c,
			           "the site has one language, %s, whose text is the column '%s' "
			           "itself",
			           first, cols[i].name);
		else
			cell_error(
			    im, s, 1, c,
			    "the site has one language, so it has no column '%s' (its text is "
			    "the column '%s'); list the site's languages in site.yaml first "
			    "(languages: [%s, %s])",
			    key, cols[i].name, first, tag);
		return -1;
	}
	for (size_t l = 0; l < nlang; l++) {
		const char *lt = content_language(m, l); /* NULL: a site with no language set */
		if (!lt || strcmp(tag_key(im->a, lt), suffix) != 0)
			continue;
		if (l == 0) {
			cell_error(
			    im, s, 1, c,
			    "%s is the site's default language, whose text is the column '%s' "
			    "itself",
			    first, cols[i].name);
			return -1;
		}
		*col = i;
		*lang = l;
		return 1;
	}
	/* the suggestion is spelt as the exports spell the column: "note_en_GB" */
	const char **keys = arena_alloc(im->a, nlang * sizeof *keys);
	buf list = BUF_INIT;
	for (size_t l = 0; l < nlang; l++) {
		buf_printf(&list, "%s%s", l ? ", " : "", content_language(m, l));
		keys[l] = l ? arena_printf(im->a, "%s_%s", cols[i].name,
		                           tag_key(im->a, content_language(m, l)))
		            : NULL;
	}
	const char *sug = suggest_word(key, keys + 1, nlang - 1);
	for (size_t l = 1; sug && l < nlang; l++)
		if (sug == keys[l]) {
			char *name =
			    arena_printf(im->a, "%s_%s", cols[i].name, content_language(m, l));
			for (char *p = name; *p; p++)
				if (*p == '-')
					*p = '_';
			sug = name;
			break;
		}
	cell_error(im, s, 1, c, "'%s' is not one of the site's languages (%s)%s%s%s", tag,
	           buf_cstr(&list), sug ? " (did you mean '" : "", sug ? sug : "",
	           sug ? "'?)" : "");
	buf_free(&list);
	return -1;
}

static bool
read_header(importer *im, const csv_table *t, sheet *s)
{
	*s = (sheet){.t = t};
	for (size_t i = 0; i < C_COUNT; i++) {
		s->col[i] = -1;
		for (size_t l = 0; l < CONTENT_MAX_LANGUAGES; l++)
			s->tcol[i][l] = -1;
	}
	if (!t->nrows) {
		diag_error(im->d, (mark){t->file, 0, 0},
		           "the file is empty: it needs a header row and one row per item");
		return false;
	}
	static const char *const measure_only[] = {"rag", "actual", "target", "actual_as_written",
	                                           "why_off_target"};
	static const char *const item_only[] = {"status", "confidence", "revised_deadline"};
	s->measures = has_header(t, measure_only, COUNT(measure_only), im->a);
	if (!s->measures && !has_header(t, item_only, COUNT(item_only), im->a)) {
		diag_error(im->d, (mark){t->file, 1, 1},
		           "cannot tell what this file holds: a measures file has a 'rag', "
		           "'actual' or 'target' column, an activities or deliverables file a "
		           "'status' column");
		return false;
	}
	const import_column *cols = s->measures ? measure_columns : item_columns;
	size_t ncols = s->measures ? COUNT(measure_columns) : COUNT(item_columns);
	const char **names = arena_alloc(im->a, ncols * sizeof *names);
	for (size_t i = 0; i < ncols; i++)
		names[i] = cols[i].name;
	s->names = names;
	bool ok = true;
	int *first = arena_alloc(im->a, ncols * sizeof *first);
	const char **keys = arena_alloc(im->a, (t->rows[0].ncells + 1) * sizeof *keys);
	for (size_t c = 0; c < t->rows[0].ncells; c++) {
		const char *raw = t->rows[0].cells[c];
		if (!*raw) {
			cell_error(im, s, 1, c, "a column with no name");
			ok = false;
			continue;
		}
		const char *key = header_key(im->a, raw);
		keys[c] = key;
		size_t i = 0;
		while (i < ncols && strcmp(cols[i].name, key) != 0)
			i++;
		size_t lang = 0;
		int tr = i == ncols ? translation_column(im, s, cols, ncols, key, c, &i, &lang) : 0;
		if (tr < 0) {
			ok = false;
			continue;
		}
		if (tr > 0) {
			for (size_t k = 0; k < c; k++)
				if (keys[k] && strcmp(keys[k], key) == 0) {
					char letter[8];
					csv_column_letter(k + 1, letter);
					cell_error(im, s, 1, c,
					           "a second '%s' column (the first is column %s)",
					           key, letter);
					ok = false;
					break;
				}
			if (cols[i].role != C_DESCRIPTIVE)
				s->tcol[cols[i].role][lang] = (int)c;
			continue;
		}
		if (i == ncols) {
			const char *sug = suggest_word(key, names, ncols);
			cell_error(im, s, 1, c,
			           "unknown column%s%s%s; a %s file has the columns of the site's "
			           "data/%s.csv (import column set 3)",
			           sug ? " (did you mean '" : "", sug ? sug : "", sug ? "'?)" : "",
			           s->measures ? "measures" : "activities or deliverables",
			           s->measures ? "measures" : "activities");
			ok = false;
			continue;
		}
		if (first[i]) {
			char letter[8];
			csv_column_letter((size_t)first[i], letter);
			cell_error(im, s, 1, c, "a second '%s' column (the first is column %s)",
			           cols[i].name, letter);
			ok = false;
			continue;
		}
		first[i] = (int)c + 1;
		if (cols[i].role != C_DESCRIPTIVE)
			s->col[cols[i].role] = (int)c;
	}
	if (s->col[C_REF] < 0 && s->col[C_ID] < 0) {
		diag_error(
		    im->d, (mark){t->file, 1, 1},
		    "no 'ref' column: every row needs the item's ref as the site's data/%s.csv "
		    "gives it%s",
		    s->measures ? "measures" : "activities",
		    s->measures ? " (or its 'id')" : " (ids alone are not unique in a plan)");
		ok = false;
	}
	return ok;
}

static const char *
cell(const sheet *s, const csv_row *row, col_role role)
{
	int c = s->col[role];
	if (c < 0 || (size_t)c >= row->ncells || !*row->cells[c])
		return NULL;
	return row->cells[c];
}

/* ---- values ---- */

/* A plain number, or an error saying what was read and what is expected. */
static const char *
read_number(importer *im, const sheet *s, const csv_row *row, col_role role)
{
	const char *v = cell(s, row, role);
	if (!v)
		return NULL;
	size_t col = (size_t)s->col[role];
	const char *p = v + (*v == '-');
	size_t digits = 0, dots = 0;
	bool other = false;
	for (const char *q = p; *q; q++) {
		if (isdigit((unsigned char)*q))
			digits++;
		else if (*q == '.')
			dots++;
		else
			other = true;
	}
	if (!other && digits && dots <= 1 && isdigit((unsigned char)*p) &&
	    isdigit((unsigned char)p[strlen(p) - 1])) {
		/* Written back in the one form YAML cannot misread ("010" is no octal). */
		char text[32];
		value_format_number(strtod(v, NULL), text);
		return arena_strdup(im->a, text);
	}
	/* Say what a spreadsheet did to the number. */
	bool decimal_comma = dots == 0 && strchr(v, ',') && strchr(v, ',') == strrchr(v, ',') &&
	                     strlen(strchr(v, ',') + 1) != 3;
	buf fixed = BUF_INIT;
	for (const char *q = v; *q; q++)
		if (isdigit((unsigned char)*q) || *q == '.' || *q == '-')
			buf_addc(&fixed, *q);
		else if (*q == ',' && decimal_comma)
			buf_addc(&fixed, '.');
	const char *want = fixed.len ? arena_strdup(im->a, buf_cstr(&fixed)) : "25.18";
	buf_free(&fixed);
	if (decimal_comma)
		cell_error(im, s, row->row, col,
		           "read '%s', expected a number with a decimal point, not a comma "
		           "(write %s)",
		           v, want);
	else if (strchr(v, ','))
		cell_error(im, s, row->row, col,
		           "read '%s', expected a plain number without a thousands separator "
		           "(write %s)",
		           v, want);
	else if (strchr(v, '%'))
		cell_error(im, s, row->row, col,
		           "read '%s', expected a number in the measure's unit without a '%%' sign "
		           "(write %s)",
		           v, want);
	else if (strstr(v, "\xC2\xA3") || strchr(v, '$') || strstr(v, "\xE2\x82\xAC"))
		cell_error(im, s, row->row, col,
		           "read '%s', expected a number without a currency sign (write %s)", v,
		           want);
	else
		cell_error(im, s, row->row, col, "read '%s', expected a number such as 25.18%s", v,
		           role == C_ACTUAL ? " (text the source prints instead of a figure goes "
		                              "in actual_as_written)"
		                            : "");
	return NULL;
}

typedef const char *(*word_fn)(int);
static const char *
rag_word(int i)
{
	return rag_id((rag)i);
}
static const char *
trend_word(int i)
{
	return trend_id((trend)i);
}
static const char *
lifecycle_word(int i)
{
	return i == LIFECYCLE_NONE ? NULL : lifecycle_id((lifecycle)i);
}
static const char *
confidence_word(int i)
{
	return confidence_id((confidence)i);
}

/* A vocabulary word (enum values 1..n-1), case and spaces forgiven; "not-reported" and
 * "not-rated" are the export's words for "no statement" and read as empty. */
static const char *
read_word(importer *im, const sheet *s, const csv_row *row, col_role role, word_fn word, int n,
          const char *what, bool *bad)
{
	const char *v = cell(s, row, role);
	if (!v)
		return NULL;
	const char *key = word_key(im->a, v);
	if (strcmp(key, "not-reported") == 0 || strcmp(key, "not-rated") == 0)
		return NULL;
	const char *words[16];
	buf list = BUF_INIT;
	int nw = 0;
	for (int i = 1; i < n && nw < 16; i++) {
		const char *w = word(i);
		if (!w)
			continue;
		if (strcmp(key, w) == 0) {
			buf_free(&list);
			return w;
		}
		buf_printf(&list, "%s%s", nw ? ", " : "", w);
		words[nw++] = w;
	}
	const char *sug = suggest_word(key, words, (size_t)nw);
	cell_error(im, s, row->row, (size_t)s->col[role],
	           "unknown %s '%s'%s%s%s; expected one of %s", what, v,
	           sug ? " (did you mean '" : "", sug ? sug : "", sug ? "'?)" : "",
	           buf_cstr(&list));
	buf_free(&list);
	*bad = true;
	return NULL;
}

/* A revised deadline: checked like the content's; a real change is noted for the item's
 * file, since a report entry has no deadline field. */
static void
read_deadline(importer *im, const sheet *s, const csv_row *row, entry *e, bool *bad)
{
	const char *v = cell(s, row, C_REVISED_DEADLINE);
	if (!v)
		return;
	size_t col = (size_t)s->col[C_REVISED_DEADLINE];
	deadline dl;
	const char *why;
	if (!deadline_parse(im->a, v, &dl, &why)) {
		cell_error(im, s, row->row, col, "invalid deadline '%s': %s", v, why);
		*bad = true;
		return;
	}
	const deadline_set *cur = item_current_deadline(e->it);
	if (cur && cur->n == 1 && cur->items[0].kind == dl.kind &&
	    cur->items[0].last_day == dl.last_day)
		return;
	const char *reason = cell(s, row, C_REVISION_REASON);
	e->new_deadline = arena_printf(im->a, "- {deadline: %s, report: %s, reason: %s}", v,
	                               im->r->id, reason ? reason : "…");
	cell_warning(im, s, row->row, col,
	             "a new deadline is not part of a report file: add the revision to '%s' in "
	             "%s under revisions: %s",
	             item_ref(im->a, e->it), e->it->file, e->new_deadline);
}

/* A new actual with an earlier last_update (the export's, left as it was) would restate an
 * earlier report's figure: said here, at the cell, rather than later by plansite check. */
static bool
figure_period_free(importer *im, const sheet *s, const csv_row *row, const item *it, const entry *e)
{
	period p;
	const char *why;
	const char *text = e->v[C_LAST_UPDATE];
	if (!period_parse(text, strlen(text), &p, &why) || !it->measure)
		return true;
	double actual = strtod(e->v[C_ACTUAL], NULL);
	const measure_info *mi = it->measure;
	for (size_t i = 0; i < mi->nhistory; i++) {
		const history_point *h = &mi->history[i];
		if (!period_equal(h->per, p) || !h->has_actual || h->actual == actual)
			continue;
		char was[32];
		value_format_number(h->actual, was);
		cell_error(im, s, row->row, (size_t)s->col[C_LAST_UPDATE],
		           "last_update %s is the period of the figure %s%s%s, not of the new "
		           "actual %s: set last_update to the period the new figure is for "
		           "(%s), or leave it empty",
		           text, was, h->report ? " in report " : "",
		           h->report ? h->report->id : "", e->v[C_ACTUAL], im->r->period);
		return false;
	}
	return true;
}

/* The column name of a role in s's kind of file. */
static const char *
role_name(const sheet *s, col_role role)
{
	const import_column *cols = s->measures ? measure_columns : item_columns;
	size_t n = s->measures ? COUNT(measure_columns) : COUNT(item_columns);
	for (size_t i = 0; i < n; i++)
		if (cols[i].role == role)
			return cols[i].name;
	return "";
}

/* The translations of the row's texts that the report gives: each needs the text it
 * translates in the same row, as a report's FIELD@TAG needs its FIELD. */
static void
read_translations(importer *im, const sheet *s, const csv_row *row, entry *e, bool *bad)
{
	static const col_role texts[] = {C_REASON, C_NOTE, C_WHY_OFF_TARGET, C_ACTIONS,
	                                 C_BACK_ON_TRACK};
	const model *m = im->r->m;
	for (size_t i = 0; i < COUNT(texts); i++) {
		col_role role = texts[i];
		for (size_t l = 1; l < content_languages(m); l++) {
			int c = s->tcol[role][l];
			const char *v = c >= 0 && (size_t)c < row->ncells && *row->cells[c]
			                    ? row->cells[c]
			                    : NULL;
			if (!v)
				continue;
			if (!e->v[role]) {
				cell_error(
				    im, s, row->row, (size_t)c,
				    "a %s text with no %s text in '%s' to translate: fill in '%s' "
				    "too",
				    content_language(m, l), content_language(m, 0),
				    role_name(s, role), role_name(s, role));
				*bad = true;
				continue;
			}
			e->tr[role][l] = v;
		}
	}
}

static void
read_row(importer *im, const sheet *s, const csv_row *row, const item *it)
{
	entry *e = arena_alloc(im->a, sizeof *e);
	e->it = it;
	e->at = (mark){s->t->file, row->row, 1};
	bool bad = false;
	if (s->measures) {
		e->v[C_ACTUAL] = read_number(im, s, row, C_ACTUAL);
		e->v[C_TARGET] = read_number(im, s, row, C_TARGET);
		bad |= (cell(s, row, C_ACTUAL) && !e->v[C_ACTUAL]) ||
		       (cell(s, row, C_TARGET) && !e->v[C_TARGET]);
		e->v[C_RAG] = read_word(im, s, row, C_RAG, rag_word, RAG_COUNT, "RAG rating", &bad);
		e->v[C_SHORT_TREND] =
		    read_word(im, s, row, C_SHORT_TREND, trend_word, TREND_COUNT, "trend", &bad);
		e->v[C_LONG_TREND] =
		    read_word(im, s, row, C_LONG_TREND, trend_word, TREND_COUNT, "trend", &bad);
		static const col_role texts[] = {
		    C_ACTUAL_AS_WRITTEN, C_SUPPRESSED, C_LAST_UPDATE,  C_NOTE,
		    C_WHY_OFF_TARGET,    C_ACTIONS,    C_BACK_ON_TRACK};
		for (size_t i = 0; i < COUNT(texts); i++)
			e->v[texts[i]] = cell(s, row, texts[i]);
		/* a withheld figure travels as its rule alone: a number beside it is refused */
		col_role num = cell(s, row, C_ACTUAL)              ? C_ACTUAL
		               : cell(s, row, C_ACTUAL_AS_WRITTEN) ? C_ACTUAL_AS_WRITTEN
		                                                   : C_COUNT;
		if (e->v[C_SUPPRESSED] && num != C_COUNT) {
			cell_error(
			    im, s, row->row, (size_t)s->col[num],
			    "the figure is suppressed ('%s'): leave this cell empty, the site "
			    "publishes the rule, never a number",
			    e->v[C_SUPPRESSED]);
			bad = true;
		}
		if (e->v[C_LAST_UPDATE])
			e->v[C_LAST_UPDATE] = report_period_canonical(im->a, e->v[C_LAST_UPDATE]);
		if (e->v[C_ACTUAL] && e->v[C_LAST_UPDATE])
			bad |= !figure_period_free(im, s, row, it, e);
	} else {
		e->v[C_STATUS] = read_word(im, s, row, C_STATUS, lifecycle_word, LIFECYCLE_COUNT,
		                           "status", &bad);
		e->v[C_CONFIDENCE] = read_word(im, s, row, C_CONFIDENCE, confidence_word,
		                               CONFIDENCE_COUNT, "confidence", &bad);
		e->v[C_REASON] = cell(s, row, C_REASON);
		e->v[C_NOTE] = cell(s, row, C_NOTE);
		const char *st = e->v[C_STATUS];
		if (e->v[C_CONFIDENCE] && (!st || strcmp(st, "in-progress") != 0) &&
		    !(cell(s, row, C_STATUS) && !st && bad)) {
			cell_error(
			    im, s, row->row, (size_t)s->col[C_CONFIDENCE],
			    "confidence '%s' is only for an item in-progress, and the status "
			    "is %s",
			    e->v[C_CONFIDENCE], st ? arena_printf(im->a, "'%s'", st) : "not given");
			bad = true;
		}
		if (st && (strcmp(st, "deferred") == 0 || strcmp(st, "not-being-pursued") == 0) &&
		    !e->v[C_REASON]) {
			cell_error(im, s, row->row, (size_t)s->col[C_STATUS],
			           "status '%s' needs a reason (a 'reason' column)", st);
			bad = true;
		}
		read_deadline(im, s, row, e, &bad);
	}
	read_translations(im, s, row, e, &bad);
	if (bad)
		return;
	for (size_t i = 0; i < C_COUNT; i++)
		if (e->v[i]) {
			map_put(&im->entries, item_ref(im->a, it), e);
			return;
		}
}

/* ---- rows ---- */

static const item *
find_item(importer *im, const sheet *s, const csv_row *row)
{
	col_role role = s->col[C_REF] >= 0 ? C_REF : C_ID;
	const char *ref = cell(s, row, role);
	size_t col = (size_t)s->col[role];
	if (!ref) {
		cell_error(im, s, row->row, col, "no ref: every row needs the item's ref");
		return NULL;
	}
	const item *it = map_get(s->measures ? &im->measures : &im->items, ref);
	if (it)
		return it;
	const char *sug = s->measures ? suggest_word(ref, im->measure_refs, im->nmeasure_refs)
	                              : suggest_word(ref, im->item_refs, im->nitem_refs);
	cell_error(im, s, row->row, col, "unknown %s '%s' in plan '%s'%s%s%s",
	           s->measures ? "measure" : "activity or deliverable", ref, im->r->plan->id,
	           sug ? " (did you mean '" : "", sug ? sug : "", sug ? "'?)" : "");
	return NULL;
}

static bool
row_empty(const csv_row *row)
{
	for (size_t c = 0; c < row->ncells; c++)
		if (*row->cells[c])
			return false;
	return true;
}

static void
import_rows(importer *im, const sheet *s)
{
	const csv_table *t = s->t;
	size_t width = t->rows[0].ncells;
	for (size_t i = 1; i < t->nrows; i++) {
		const csv_row *row = &t->rows[i];
		if (row_empty(row))
			continue;
		im->rows++;
		for (size_t c = width; c < row->ncells; c++)
			if (*row->cells[c])
				cell_error(im, s, row->row, c,
				           "a value in a column with no header");
		const char *pl = cell(s, row, C_PLAN);
		if (pl && strcmp(pl, im->r->plan->id) != 0) {
			im->other_plan++;
			continue;
		}
		const item *it = find_item(im, s, row);
		if (!it)
			continue;
		if (s->col[C_PERIOD] >= 0) {
			const char *row_period =
			    report_period_canonical(im->a, cell(s, row, C_PERIOD));
			if (!row_period || strcmp(row_period, im->r->period) != 0) {
				im->other_period++;
				if (!im->first_left_out && row_period)
					im->first_left_out = row_period;
				continue;
			}
		}
		const char *ref = item_ref(im->a, it);
		const mark *first = map_get(&im->seen, ref);
		if (first) {
			col_role role = s->col[C_REF] >= 0 ? C_REF : C_ID;
			cell_error(im, s, row->row, (size_t)s->col[role],
			           "a second row for '%s' in period %s (the first is %s:%u)", ref,
			           im->r->period, first->file, first->line);
			continue;
		}
		mark *at = arena_alloc(im->a, sizeof *at);
		*at = (mark){s->t->file, row->row, 1};
		map_put(&im->seen, ref, at);
		if (it->dropped_in) {
			col_role role = s->col[C_REF] >= 0 ? C_REF : C_ID;
			cell_error(im, s, row->row, (size_t)s->col[role],
			           "'%s' left the plan in report '%s' (its dropped_in): a later "
			           "report cannot give it values",
			           ref, it->dropped_in->id);
			continue;
		}
		read_row(im, s, row, it);
	}
}

/* Without --period: the latest period any row gives. */
static const char *
latest_period(importer *im, const sheet *sheets, size_t n)
{
	const char *best = NULL;
	for (size_t k = 0; k < n; k++) {
		const sheet *s = &sheets[k];
		for (size_t i = 1; s->col[C_PERIOD] >= 0 && i < s->t->nrows; i++) {
			const char *p =
			    report_period_canonical(im->a, cell(s, &s->t->rows[i], C_PERIOD));
			bool known;
			if (!report_period_end(p))
				continue;
			if (!best || report_period_compare(p, best, &known) > 0)
				best = p;
		}
	}
	return best;
}

/* ---- output ---- */

static void
write_entry(importer *im, buf *b, const entry *e)
{
	buf_adds(b, "  - ref: ");
	yaml_scalar(b, item_ref(im->a, e->it), 4);
	buf_addc(b, '\n');
	bool m = e->it->kind == ITEM_MEASURE;
	size_t n = m ? COUNT(measure_fields) : COUNT(item_fields);
	for (size_t i = 0; i < n; i++) {
		col_role role = m ? measure_fields[i].role : item_fields[i].role;
		const char *v = e->v[role];
		if (!v)
			continue;
		const char *field = m ? measure_fields[i].field : item_fields[i].field;
		buf_printf(b, "    %s: ", field);
		if (m && measure_fields[i].number)
			buf_adds(b, v);
		else
			yaml_scalar(b, v, 4);
		buf_addc(b, '\n');
		for (size_t l = 1; l < CONTENT_MAX_LANGUAGES; l++) {
			if (!e->tr[role][l])
				continue;
			buf_printf(b, "    %s@%s: ", field, content_language(im->r->m, l));
			yaml_scalar(b, e->tr[role][l], 4);
			buf_addc(b, '\n');
		}
	}
	if (e->new_deadline) {
		yaml_comment(b, 4, "new deadline from the spreadsheet, to add to the item's file:");
		yaml_comment(b, 4, e->new_deadline);
	}
}

/* Writes the entries of one kind in plan order; counts them and the open items left blank. */
static void
write_list(importer *im, buf *b, item_kind kind, const char *key, size_t *done, size_t *blank)
{
	const plan *p = im->r->plan;
	bool head = false;
	for (size_t i = 0; i < p->items.len; i++) {
		const item *it = p->items.items[i];
		if (it->kind != kind)
			continue;
		const entry *e = map_get(&im->entries, item_ref(im->a, it));
		if (!e) {
			*blank += !item_closed(it);
			continue;
		}
		if (!head)
			buf_printf(b, "%s:\n", key);
		head = true;
		write_entry(im, b, e);
		(*done)++;
	}
}

int
report_import(const report_options *o, diag *d, FILE *msg)
{
	arena a;
	arena_init(&a);
	new_report r;
	int status;
	if (!new_report_load(&a, d, o, &r, &status)) {
		arena_free(&a);
		return status;
	}
	importer im = {.a = &a, .d = d, .r = &r};
	index_plan(&im);
	sheet *sheets = arena_alloc(&a, (o->ncsv + 1) * sizeof *sheets);
	size_t nsheets = 0;
	bool ok = true;
	for (size_t i = 0; i < o->ncsv; i++) {
		size_t len;
		char *text = fs_read(&a, o->csv_files[i], &len);
		if (!text) {
			diag_error(d, (mark){o->csv_files[i], 0, 0}, "cannot read: %s",
			           strerror(errno));
			ok = false;
			continue;
		}
		csv_table *t = arena_alloc(&a, sizeof *t);
		if (!csv_read(&a, d, o->csv_files[i], text, len, t) ||
		    !read_header(&im, t, &sheets[nsheets])) {
			ok = false;
			continue;
		}
		nsheets++;
	}
	if (ok && !o->period) {
		r.period = latest_period(&im, sheets, nsheets);
		if (!r.period) {
			diag_error(d, (mark){0},
			           "no row gives a period this build can order: give --period");
			ok = false;
		}
	}
	if (!ok || !new_report_settle(&a, d, o, &r)) {
		arena_free(&a);
		return REPORT_BAD_INPUT;
	}
	for (size_t i = 0; i < nsheets; i++)
		import_rows(&im, &sheets[i]);
	if (!diag_failed(d) && !im.entries.len)
		diag_error(d, (mark){0},
		           "no row gives a value for period %s (%zu rows left out for another "
		           "period%s%s): update the period column of the rows you changed",
		           r.period, im.other_period, im.first_left_out ? ", e.g. " : "",
		           im.first_left_out ? im.first_left_out : "");
	if (diag_failed(d)) {
		arena_free(&a);
		return REPORT_BAD_INPUT;
	}
	buf b = BUF_INIT;
	buf_printf(&b,
	           "# Monitoring report of plan %s for %s, imported by `plansite report import`\n",
	           r.plan->id, r.period);
	buf_adds(&b, "# from");
	for (size_t i = 0; i < o->ncsv; i++) {
		const char *base = strrchr(o->csv_files[i], '/');
		buf_printf(&b, " %s", base ? base + 1 : o->csv_files[i]);
	}
	buf_adds(&b, ". Items with no row for the period are not reported in it.\n");
	yaml_report_head(&b, &r, false);
	size_t done[3] = {0}, blank[3] = {0};
	write_list(&im, &b, ITEM_ACTIVITY, "activities", &done[0], &blank[0]);
	write_list(&im, &b, ITEM_DELIVERABLE, "deliverables", &done[1], &blank[1]);
	write_list(&im, &b, ITEM_MEASURE, "measures", &done[2], &blank[2]);
	status = new_report_write(d, &r, &b) ? REPORT_OK : REPORT_FAILED;
	if (status == REPORT_OK) {
		fprintf(
		    msg,
		    "plansite: wrote %s from %zu rows: %zu activities, %zu deliverables and %zu "
		    "measures reported; %zu activities, %zu deliverables and %zu measures left "
		    "blank (not reported this period)\n",
		    r.path, im.rows, done[0], done[1], done[2], blank[0], blank[1], blank[2]);
		if (im.other_period)
			fprintf(
			    msg,
			    "plansite: %zu rows left out because their period is not %s (values "
			    "not updated are not carried forward)\n",
			    im.other_period, r.period);
		if (im.other_plan)
			fprintf(msg, "plansite: %zu rows of other plans left out\n", im.other_plan);
	}
	buf_free(&b);
	arena_free(&a);
	return status;
}
