/* model_json.c - see model_json.h.
 *
 * One table of fields per published record kind (name, JSON type, description). The schema
 * is printed from the tables; the writer opens every record with its table and names each
 * key through it, in table order, so a key the schema does not declare (or one it declares
 * and the writer leaves out) stops the program at once instead of publishing drifted data.
 * Every field is always written (null, [] or false when the content has nothing), so every
 * field is required. */
#include "content/model_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/content.h"
#include "content/internal.h"
#include "content/translate.h"

/* ---- the tables ---- */

typedef enum json_type {
	JT_ID,         /* an id: [a-z0-9][a-z0-9-]* */
	JT_STRING,     /* a string, never null */
	JT_TEXT,       /* a string or null */
	JT_DATE,       /* an ISO date or null */
	JT_NUMBER,     /* a number or null */
	JT_REAL,       /* a number, never null */
	JT_BOOL,       /* true or false */
	JT_STRINGS,    /* a list of strings */
	JT_ENUM,       /* one word of a vocabulary (or null with F_NULL) */
	JT_CONST,      /* the string konst */
	JT_CONST_INT,  /* the number konst */
	JT_RECORD,     /* one record (null too when the record kind is nullable) */
	JT_LIST,       /* a list of records */
	JT_NUMBER_MAP, /* name -> number or null */
	/* language tag -> {field -> text}: a record's translated texts (translate.h) */
	JT_TRANSLATIONS,
} json_type;

/* F_TRANSLATIONS: declared only in the schema of a site in several languages, so a site in
 * one language publishes the schema it always has. */
enum { F_NULL = 1, F_OPTIONAL = 2, F_TRANSLATIONS = 4 };

#define TRANSLATIONS_FIELD                                                                         \
	{                                                                                          \
		"translations", JT_TRANSLATIONS, F_OPTIONAL | F_TRANSLATIONS, NULL, NULL, NULL,    \
		    "translations"                                                                 \
	}

/* The words of an enum: extra first, then each vocabulary's. */
typedef struct json_words {
	const char *const *extra;
	size_t nextra;
	const vocab *v[2];
} json_words;

typedef struct json_record json_record;

typedef struct json_field {
	const char *name;
	json_type type;
	int flags;
	const json_words *words;   /* JT_ENUM */
	const json_record *record; /* JT_RECORD, JT_LIST */
	const char *konst;         /* JT_CONST, JT_CONST_INT */
	const char *doc;           /* the key of its description for data users, or NULL */
} json_field;

struct json_record {
	const char *name; /* its name under definitions when def, and in messages */
	const json_field *fields;
	size_t n;
	bool def;      /* described once under definitions, referred to elsewhere */
	bool nullable; /* null where there is none */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define RECORD(var, name_, fields_, def_, nullable_)                                               \
	static const json_record var = {name_, fields_, COUNT(fields_), def_, nullable_}

static const char *const status_extra[] = {"not-reported", "not-rated"};
static const json_words w_status = {
    status_extra, COUNT(status_extra), {&vocab_lifecycle, &vocab_rag}};
static const json_words w_lifecycle = {NULL, 0, {&vocab_lifecycle, NULL}};
static const json_words w_confidence = {NULL, 0, {&vocab_confidence, NULL}};
static const json_words w_rag = {NULL, 0, {&vocab_rag, NULL}};
static const json_words w_trend = {NULL, 0, {&vocab_trend, NULL}};
static const json_words w_unit = {NULL, 0, {&vocab_unit, NULL}};
static const json_words w_polarity = {NULL, 0, {&vocab_polarity, NULL}};
static const json_words w_due = {NULL, 0, {&vocab_due, NULL}};
static const json_words w_item_kind = {NULL, 0, {&vocab_item_kind, NULL}};
static const json_words w_person_kind = {NULL, 0, {&vocab_person_kind, NULL}};

static const json_field deadline_fields[] = {
    {"date", JT_DATE, 0, NULL, NULL, NULL, "deadline.date"},
    {"display", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"written", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_deadline, "deadline", deadline_fields, true, true);

static const json_field revision_fields[] = {
    {"deadline", JT_RECORD, 0, NULL, &r_deadline, NULL, NULL},
    {"report", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"reason", JT_TEXT, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_revision, "revision", revision_fields, false, false);

static const json_field entry_fields[] = {
    {"report", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"as_of", JT_DATE, 0, NULL, NULL, NULL, NULL},
    {"lifecycle", JT_ENUM, F_NULL, &w_lifecycle, NULL, NULL, NULL},
    {"confidence", JT_ENUM, F_NULL, &w_confidence, NULL, NULL, NULL},
    {"reason", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"note", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"actual", JT_NUMBER, 0, NULL, NULL, NULL, NULL},
    {"actual_as_written", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"suppressed", JT_TEXT, 0, NULL, NULL, NULL, "entry.suppressed"},
    {"target", JT_NUMBER, 0, NULL, NULL, NULL, NULL},
    {"rag", JT_ENUM, F_NULL, &w_rag, NULL, NULL, NULL},
    {"short_trend", JT_ENUM, F_NULL, &w_trend, NULL, NULL, NULL},
    {"long_trend", JT_ENUM, F_NULL, &w_trend, NULL, NULL, NULL},
    {"last_update", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"why_off_target", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"actions", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"back_on_track", JT_TEXT, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_entry, "history entry", entry_fields, false, false);

static const json_field restated_fields[] = {
    {"reason", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"earlier", JT_REAL, 0, NULL, NULL, NULL, NULL},
    {"earlier_report", JT_STRING, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_restated, "restatement", restated_fields, false, true);

static const json_field point_fields[] = {
    {"period", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"anchor", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"actual", JT_NUMBER, 0, NULL, NULL, NULL, NULL},
    {"suppressed", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"target", JT_NUMBER, 0, NULL, NULL, NULL, NULL},
    {"red", JT_NUMBER, 0, NULL, NULL, NULL, NULL},
    {"comparators", JT_NUMBER_MAP, 0, NULL, NULL, NULL, NULL},
    {"report", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"restated", JT_RECORD, 0, NULL, &r_restated, NULL, NULL},
};
RECORD(r_point, "measure history point", point_fields, false, false);

static const json_field measure_fields[] = {
    {"unit", JT_ENUM, F_NULL, &w_unit, NULL, NULL, NULL},
    {"unit_label", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"polarity", JT_ENUM, F_NULL, &w_polarity, NULL, NULL, NULL},
    {"type", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"comparators", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"part_of", JT_TEXT, 0, NULL, NULL, NULL, "measure.part_of"},
    {"parts", JT_STRINGS, 0, NULL, NULL, NULL, "measure.parts"},
    {"parts_overlap", JT_BOOL, 0, NULL, NULL, NULL, "measure.parts_overlap"},
    {"history", JT_LIST, 0, NULL, &r_point, NULL, NULL},
};
RECORD(r_measure, "measure", measure_fields, false, true);

static const json_field item_fields[] = {
    {"kind", JT_ENUM, 0, &w_item_kind, NULL, NULL, NULL},
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"plan", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"path", JT_STRING, 0, NULL, NULL, NULL, "item.path"},
    {"url", JT_STRING, 0, NULL, NULL, NULL, "item.url"},
    {"code", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"title", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"parent", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"description", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"notes", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"source_note", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"aliases", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"flags", JT_STRINGS, 0, NULL, NULL, NULL, "item.flags"},
    {"lead_members", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"lead_officers", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"directorates", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"equality", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"characteristics", JT_STRINGS, 0, NULL, NULL, NULL, "item.characteristics"},
    {"deadline", JT_RECORD, 0, NULL, &r_deadline, NULL, NULL},
    {"original_deadline", JT_RECORD, 0, NULL, &r_deadline, NULL, NULL},
    {"deadline_as_written", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"revisions", JT_LIST, 0, NULL, &r_revision, NULL, NULL},
    {"status", JT_ENUM, F_NULL, &w_status, NULL, NULL, NULL},
    {"confidence", JT_ENUM, F_NULL, &w_confidence, NULL, NULL, NULL},
    {"due", JT_ENUM, 0, &w_due, NULL, NULL, NULL},
    {"children", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"measures", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"history", JT_LIST, 0, NULL, &r_entry, NULL, NULL},
    {"measure", JT_RECORD, 0, NULL, &r_measure, NULL, NULL},
    TRANSLATIONS_FIELD,
};
RECORD(r_item, "item", item_fields, true, false);

static const json_field report_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"title", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"period", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"as_of", JT_DATE, 0, NULL, NULL, NULL, NULL},
    {"summary", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_report, "report", report_fields, false, false);

static const json_field plan_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"title", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"subtitle", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"start", JT_DATE, 0, NULL, NULL, NULL, NULL},
    {"end", JT_DATE, 0, NULL, NULL, NULL, NULL},
    {"as_of", JT_DATE, 0, NULL, NULL, NULL, NULL},
    {"source", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"reports", JT_LIST, 0, NULL, &r_report, NULL, NULL},
    {"items", JT_LIST, 0, NULL, &r_item, NULL, NULL},
    TRANSLATIONS_FIELD,
};
RECORD(r_plan, "plan", plan_fields, true, false);

static const json_field flag_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"label", JT_STRING, 0, NULL, NULL, NULL, "flag.label"},
    {"name", JT_TEXT, 0, NULL, NULL, NULL, "flag.name"},
    {"description", JT_TEXT, 0, NULL, NULL, NULL, "flag.description"},
};
RECORD(r_flag, "flag", flag_fields, false, false);

static const json_field site_fields[] = {
    {"title", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"council", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"base_url", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"licence", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"licence_url", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"current_plan", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"flags", JT_LIST, 0, NULL, &r_flag, NULL, "site.flags"},
};
RECORD(r_site, "site", site_fields, false, false);

static const json_field person_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"name", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"kind", JT_ENUM, 0, &w_person_kind, NULL, NULL, NULL},
    {"role", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"also_known_as", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_person, "person", person_fields, false, false);

static const json_field directorate_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"code", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"name", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_directorate, "directorate", directorate_fields, false, false);

static const json_field characteristic_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"name", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"protected", JT_BOOL, 0, NULL, NULL, NULL, NULL},
    {"description", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
};
RECORD(r_characteristic, "characteristic", characteristic_fields, false, false);

static const json_field equality_outcome_fields[] = {
    {"id", JT_ID, 0, NULL, NULL, NULL, NULL},
    {"title", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"plan", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"characteristics", JT_STRINGS, 0, NULL, NULL, NULL, NULL},
    {"description", JT_TEXT, 0, NULL, NULL, NULL, NULL},
    {"url", JT_STRING, 0, NULL, NULL, NULL, NULL},
    {"links", JT_STRINGS, 0, NULL, NULL, NULL, "equality_outcome.links"},
    TRANSLATIONS_FIELD,
};
RECORD(r_equality_outcome, "equality outcome", equality_outcome_fields, false, false);

static const json_field root_fields[] = {
    {"$schema", JT_STRING, F_OPTIONAL, NULL, NULL, NULL, NULL},
    {"format", JT_CONST, 0, NULL, NULL, "plansite-data", NULL},
    {"version", JT_CONST_INT, 0, NULL, NULL, "1", NULL},
    {"site", JT_RECORD, 0, NULL, &r_site, NULL, NULL},
    {"plans", JT_LIST, 0, NULL, &r_plan, NULL, NULL},
    {"people", JT_LIST, 0, NULL, &r_person, NULL, NULL},
    {"directorates", JT_LIST, 0, NULL, &r_directorate, NULL, NULL},
    {"characteristics", JT_LIST, 0, NULL, &r_characteristic, NULL, NULL},
    {"equality_outcomes", JT_LIST, 0, NULL, &r_equality_outcome, NULL, NULL},
};
RECORD(r_root, "plansite.json", root_fields, false, false);

/* ---- the writer: records opened with their table, keys named through it ---- */

typedef struct rec {
	jw *w;
	const json_record *r;
	size_t i; /* the next field */
} rec;

static rec
rec_open(jw *w, const json_record *r)
{
	jw_open(w, '{');
	return (rec){w, r, 0};
}

/* A writer that strays from its table is a bug to fix before anything is published. */
static void
drift(const rec *o, const char *name)
{
	fprintf(stderr,
	        "plansite: internal error: %s: %s is not the next field of the data schema\n",
	        o->r->name, name ? name : "(end)");
	abort();
}

static void
rec_key(rec *o, const char *name)
{
	if (o->i >= o->r->n || strcmp(o->r->fields[o->i].name, name) != 0)
		drift(o, name);
	jw_key(o->w, name);
	o->i++;
}

static void
rec_close(rec *o)
{
	if (o->i != o->r->n)
		drift(o, NULL);
	jw_close(o->w, '}');
}

static void
rec_str(rec *o, const char *k, const char *s)
{
	rec_key(o, k);
	jw_str(o->w, s);
}

static void
rec_num(rec *o, const char *k, bool has, double d)
{
	rec_key(o, k);
	jw_num_or_null(o->w, has, d);
}

/* A constant field: its value is the table's, so the data says what the schema says. */
static void
rec_const(rec *o, const char *k)
{
	rec_key(o, k); /* checks k is the next field, so fields[i - 1] is k's */
	const json_field *f = &o->r->fields[o->i - 1];
	if (f->type == JT_CONST_INT)
		jw_num(o->w, strtod(f->konst, NULL));
	else
		jw_str(o->w, f->konst);
}

static void
rec_bool(rec *o, const char *k, bool v)
{
	rec_key(o, k);
	jw_bool(o->w, v);
}

typedef const char *(*name_fn)(const void *);

static const char *
person_id_of(const void *p)
{
	return ((const person *)p)->id;
}
static const char *
directorate_id_of(const void *p)
{
	return ((const directorate *)p)->id;
}
static const char *
eo_id_of(const void *p)
{
	return ((const equality_outcome *)p)->id;
}
static const char *
flag_id_of(const void *p)
{
	return ((const flag *)p)->id;
}
static const char *
characteristic_id_of(const void *p)
{
	return ((const characteristic *)p)->id;
}
static const char *
item_path_of(const void *p)
{
	return ((const item *)p)->path;
}
static const char *
string_of(const void *p)
{
	return p;
}

static void
rec_list(rec *o, const char *k, const ptrvec *v, name_fn name)
{
	rec_key(o, k);
	jw_open(o->w, '[');
	for (size_t i = 0; i < v->len; i++)
		jw_str(o->w, name(v->items[i]));
	jw_close(o->w, ']');
}

typedef struct ctx {
	arena *a;
	const char *base;
	const text_wording *words; /* NULL: the content stage's English */
	const model *m;            /* for translations; NULL: none are written */
} ctx;

/* A record's "translations": for each other language of the site, the translation of each
 * of its text fields texts[i] (named names[i]) that has one; left out when none has. */
static void
rec_translations(rec *o, const ctx *c, const char *const *names, const char *const *texts, size_t n)
{
	if (o->i >= o->r->n || strcmp(o->r->fields[o->i].name, "translations") != 0)
		drift(o, "translations");
	size_t nlang = c->m ? content_languages(c->m) : 1;
	bool any = false;
	for (size_t l = 1; l < nlang && !any; l++)
		for (size_t i = 0; i < n && !any; i++)
			any = content_translation(c->m, texts[i], l) != NULL;
	if (!any) {
		o->i++; /* optional: left out */
		return;
	}
	rec_key(o, "translations");
	jw_open(o->w, '{');
	for (size_t l = 1; l < nlang; l++) {
		jw_key(o->w, content_language(c->m, l));
		jw_open(o->w, '{');
		for (size_t i = 0; i < n; i++) {
			const char *tr = content_translation(c->m, texts[i], l);
			if (tr) {
				jw_key(o->w, names[i]);
				jw_str(o->w, tr);
			}
		}
		jw_close(o->w, '}');
	}
	jw_close(o->w, '}');
}

/* A deadline's and a period's display text: the site's words when given, else english. */
static const char *
deadline_words(const ctx *c, const deadline_set *d)
{
	return c->words ? c->words->deadline(c->words->ctx, c->a, d) : d->display;
}

static const char *
period_words(const ctx *c, period p, const char *english)
{
	return c->words ? c->words->period(c->words->ctx, c->a, p) : english;
}

/* The permanent address of a site path: absolute with a base URL, else site-relative. */
static const char *
perm(const ctx *c, const char *path)
{
	return c->base ? arena_printf(c->a, "%s%s", c->base, path) : path;
}

const char *
item_status_id(const item *it)
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

static void
deadline_json(const ctx *c, rec *o, const char *k, const deadline_set *d)
{
	rec_key(o, k);
	if (!d) {
		jw_null(o->w);
		return;
	}
	rec r = rec_open(o->w, &r_deadline);
	rec_str(&r, "date", date_iso_text(c->a, d->last_day));
	rec_str(&r, "display", deadline_words(c, d));
	rec_key(&r, "written");
	jw_open(r.w, '[');
	for (size_t i = 0; i < d->n; i++)
		jw_str(r.w, d->items[i].text);
	jw_close(r.w, ']');
	rec_close(&r);
}

static void
entry_json(const ctx *c, jw *w, const status_entry *s)
{
	rec o = rec_open(w, &r_entry);
	rec_str(&o, "report", s->report->id);
	rec_str(&o, "as_of", date_iso_text(c->a, s->report->as_of));
	rec_str(&o, "lifecycle", s->lifecycle ? lifecycle_id(s->lifecycle) : NULL);
	rec_str(&o, "confidence", s->confidence ? confidence_id(s->confidence) : NULL);
	rec_str(&o, "reason", s->reason);
	rec_str(&o, "note", s->note);
	rec_num(&o, "actual", s->has_actual, s->actual);
	rec_str(&o, "actual_as_written", s->actual_as_written);
	rec_str(&o, "suppressed", s->suppressed);
	rec_num(&o, "target", s->has_target, s->target);
	rec_str(&o, "rag", s->rag ? rag_id(s->rag) : NULL);
	rec_str(&o, "short_trend", s->short_trend ? trend_id(s->short_trend) : NULL);
	rec_str(&o, "long_trend", s->long_trend ? trend_id(s->long_trend) : NULL);
	rec_str(&o, "last_update",
	        s->last_update ? period_words(c, s->figure_period, s->last_update) : NULL);
	rec_str(&o, "why_off_target", s->why_off_target);
	rec_str(&o, "actions", s->actions);
	rec_str(&o, "back_on_track", s->back_on_track);
	rec_close(&o);
}

static void
point_json(const ctx *c, rec *m, const measure_info *mi, size_t i, const char *anchor)
{
	const history_point *h = &mi->history[i];
	rec o = rec_open(m->w, &r_point);
	rec_str(&o, "period", period_words(c, h->per, h->period));
	rec_str(&o, "anchor", anchor);
	rec_num(&o, "actual", h->has_actual && !h->suppressed, h->actual);
	rec_str(&o, "suppressed", h->suppressed);
	rec_num(&o, "target", h->has_target, h->target);
	rec_num(&o, "red", h->has_red, h->red);
	rec_key(&o, "comparators");
	jw_open(o.w, '{');
	for (size_t k = 0; k < mi->ncomparators; k++) {
		jw_key(o.w, mi->comparators[k]);
		jw_num_or_null(o.w, h->has_comparator[k], h->comparator[k]);
	}
	jw_close(o.w, '}');
	/* where the figure comes from, and a restatement with its reason */
	rec_str(&o, "report", h->report ? h->report->id : NULL);
	rec_key(&o, "restated");
	if (h->restated && h->has_earlier && h->earlier_report) {
		rec r = rec_open(o.w, &r_restated);
		rec_str(&r, "reason", h->restated);
		rec_num(&r, "earlier", true, h->earlier);
		rec_str(&r, "earlier_report", h->earlier_report->id);
		rec_close(&r);
	} else {
		jw_null(o.w);
	}
	rec_close(&o);
}

static void
measure_json(const ctx *c, rec *it, const measure_info *mi)
{
	rec_key(it, "measure");
	if (!mi) {
		jw_null(it->w);
		return;
	}
	rec o = rec_open(it->w, &r_measure);
	rec_str(&o, "unit", mi->unit ? unit_id(mi->unit) : NULL);
	rec_str(&o, "unit_label", mi->unit_label);
	rec_str(&o, "polarity", mi->polarity ? polarity_id(mi->polarity) : NULL);
	rec_str(&o, "type", mi->type);
	rec_key(&o, "comparators");
	jw_open(o.w, '[');
	for (size_t k = 0; k < mi->ncomparators; k++)
		jw_str(o.w, mi->comparators[k]);
	jw_close(o.w, ']');
	rec_str(&o, "part_of", mi->part_of ? mi->part_of->path : NULL);
	rec_list(&o, "parts", &mi->parts, item_path_of);
	rec_bool(&o, "parts_overlap", mi->parts_overlap);
	rec_key(&o, "history");
	jw_open(o.w, '[');
	const char **anchors = model_history_anchors(c->a, mi);
	for (size_t i = 0; i < mi->nhistory; i++)
		point_json(c, &o, mi, i, anchors[i]);
	jw_close(o.w, ']');
	rec_close(&o);
}

static void
item_json(const ctx *c, jw *w, const item *it)
{
	rec o = rec_open(w, &r_item);
	rec_str(&o, "kind", item_kind_id(it->kind));
	rec_str(&o, "id", it->id);
	rec_str(&o, "plan", it->plan->id);
	rec_str(&o, "path", it->path);
	rec_str(&o, "url", perm(c, it->path));
	rec_str(&o, "code", it->code);
	rec_str(&o, "title", it->title);
	rec_str(&o, "parent", it->parent ? it->parent->path : NULL);
	rec_str(&o, "description", it->description);
	rec_str(&o, "notes", it->notes);
	rec_str(&o, "source_note", it->source_note);
	rec_list(&o, "aliases", &it->aliases, string_of);
	rec_list(&o, "flags", &it->flags, flag_id_of);
	rec_list(&o, "lead_members", &it->lead_members, person_id_of);
	rec_list(&o, "lead_officers", &it->lead_officers, person_id_of);
	rec_list(&o, "directorates", &it->directorates, directorate_id_of);
	rec_list(&o, "equality", &it->equality, eo_id_of);
	rec_list(&o, "characteristics", &it->characteristics, characteristic_id_of);
	deadline_json(c, &o, "deadline", item_current_deadline(it));
	deadline_json(c, &o, "original_deadline",
	              it->has_deadline && it->revisions.len ? &it->deadline : NULL);
	rec_str(&o, "deadline_as_written", it->deadline_as_written);
	rec_key(&o, "revisions");
	jw_open(w, '[');
	for (size_t i = 0; i < it->revisions.len; i++) {
		const revision *r = it->revisions.items[i];
		rec rv = rec_open(w, &r_revision);
		deadline_json(c, &rv, "deadline", &r->deadline);
		rec_str(&rv, "report", r->report ? r->report->id : NULL);
		rec_str(&rv, "reason", r->reason);
		rec_close(&rv);
	}
	jw_close(w, ']');
	rec_str(&o, "status", item_status_id(it));
	rec_str(&o, "confidence",
	        it->current && it->current->confidence ? confidence_id(it->current->confidence)
	                                               : NULL);
	rec_str(&o, "due", due_state_id(it->due));
	rec_list(&o, "children", &it->children, item_path_of);
	rec_list(&o, "measures", &it->measures, item_path_of);
	rec_key(&o, "history");
	jw_open(w, '[');
	for (size_t i = 0; i < it->history.len; i++)
		entry_json(c, w, it->history.items[i]);
	jw_close(w, ']');
	measure_json(c, &o, it->measure);
	static const char *const names[] = {"title", "description", "notes", "source_note"};
	const char *texts[] = {it->title, it->description, it->notes, it->source_note};
	rec_translations(&o, c, names, texts, 4);
	rec_close(&o);
}

static void
plan_json(const ctx *c, jw *w, const plan *pl, const model_json_opts *opts)
{
	/* Each item's allocations are thrown away after it. */
	arena ia;
	arena_init(&ia);
	ctx ic = {&ia, c->base, c->words, c->m};
	rec o = rec_open(w, &r_plan);
	rec_str(&o, "id", pl->id);
	rec_str(&o, "title", pl->title);
	rec_str(&o, "subtitle", pl->subtitle);
	rec_str(&o, "start", date_iso_text(c->a, pl->start));
	rec_str(&o, "end", date_iso_text(c->a, pl->end));
	rec_str(&o, "as_of", date_iso_text(c->a, pl->as_of));
	rec_str(&o, "source", pl->source);
	rec_str(&o, "url", perm(c, pl->path));
	rec_key(&o, "reports");
	jw_open(w, '[');
	for (size_t i = 0; i < pl->reports.len; i++) {
		const report *r = pl->reports.items[i];
		rec ro = rec_open(w, &r_report);
		rec_str(&ro, "id", r->id);
		rec_str(&ro, "title", r->title);
		rec_str(&ro, "period", period_words(c, r->per, r->period));
		rec_str(&ro, "as_of", date_iso_text(c->a, r->as_of));
		rec_str(&ro, "summary", r->summary);
		rec_str(&ro, "url", perm(c, r->path));
		rec_close(&ro);
	}
	jw_close(w, ']');
	rec_key(&o, "items");
	jw_open(w, '[');
	for (size_t i = 0; i < pl->items.len; i++) {
		item_json(&ic, w, pl->items.items[i]);
		arena_reset(&ia);
		if (opts->flush)
			opts->flush(opts->ctx, w->b);
	}
	jw_close(w, ']');
	static const char *const names[] = {"title", "subtitle"};
	const char *texts[] = {pl->title, pl->subtitle};
	rec_translations(&o, c, names, texts, 2);
	rec_close(&o);
	arena_free(&ia);
}

static void
registry_json(const ctx *c, rec *root, const model *m)
{
	jw *w = root->w;
	rec_key(root, "people");
	jw_open(w, '[');
	for (size_t i = 0; i < m->people.len; i++) {
		const person *pe = m->people.items[i];
		rec o = rec_open(w, &r_person);
		rec_str(&o, "id", pe->id);
		rec_str(&o, "name", pe->name);
		rec_str(&o, "kind", person_kind_id(pe->kind));
		rec_str(&o, "role", pe->role);
		rec_list(&o, "also_known_as", &pe->also_known_as, string_of);
		rec_str(&o, "url", perm(c, pe->path));
		rec_close(&o);
	}
	jw_close(w, ']');
	rec_key(root, "directorates");
	jw_open(w, '[');
	for (size_t i = 0; i < m->directorates.len; i++) {
		const directorate *d = m->directorates.items[i];
		rec o = rec_open(w, &r_directorate);
		rec_str(&o, "id", d->id);
		rec_str(&o, "code", d->code);
		rec_str(&o, "name", d->name);
		rec_str(&o, "url", perm(c, d->path));
		rec_close(&o);
	}
	jw_close(w, ']');
}

static void
equality_json(const ctx *c, rec *root, const model *m)
{
	jw *w = root->w;
	rec_key(root, "characteristics");
	jw_open(w, '[');
	for (size_t i = 0; i < m->characteristics.len; i++) {
		const characteristic *ch = m->characteristics.items[i];
		rec o = rec_open(w, &r_characteristic);
		rec_str(&o, "id", ch->id);
		rec_str(&o, "name", ch->name);
		rec_bool(&o, "protected", ch->protected_);
		rec_str(&o, "description", ch->description);
		rec_str(&o, "url", perm(c, ch->path));
		rec_close(&o);
	}
	jw_close(w, ']');
	rec_key(root, "equality_outcomes");
	jw_open(w, '[');
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		const equality_outcome *eo = m->equality_outcomes.items[i];
		rec o = rec_open(w, &r_equality_outcome);
		rec_str(&o, "id", eo->id);
		rec_str(&o, "title", eo->title);
		rec_str(&o, "plan", eo->plan ? eo->plan->id : NULL);
		rec_list(&o, "characteristics", &eo->characteristics, characteristic_id_of);
		rec_str(&o, "description", eo->description);
		rec_str(&o, "url", perm(c, eo->path));
		rec_list(&o, "links", &eo->links, item_path_of);
		static const char *const names[] = {"title", "description"};
		const char *texts[] = {eo->title, eo->description};
		rec_translations(&o, c, names, texts, 2);
		rec_close(&o);
	}
	jw_close(w, ']');
}

void
model_json_write(jw *w, const model *m, const model_json_opts *opts)
{
	arena a;
	arena_init(&a);
	ctx c = {&a, opts->base, opts->words, m};
	rec o = rec_open(w, &r_root);
	rec_str(&o, "$schema", "plansite.schema.json");
	rec_const(&o, "format");
	rec_const(&o, "version");
	rec_key(&o, "site");
	rec s = rec_open(w, &r_site);
	rec_str(&s, "title", m->site.title);
	rec_str(&s, "council", m->site.council);
	rec_str(&s, "base_url", c.base);
	rec_str(&s, "licence", m->site.licence ? m->site.licence : CONTENT_DEFAULT_LICENCE);
	rec_str(&s, "licence_url", m->site.licence_url);
	rec_str(&s, "current_plan", m->site.current_plan ? m->site.current_plan->id : NULL);
	rec_key(&s, "flags");
	jw_open(w, '[');
	for (size_t i = 0; i < m->site.flags.len; i++) {
		const flag *f = m->site.flags.items[i];
		rec fo = rec_open(w, &r_flag);
		rec_str(&fo, "id", f->id);
		rec_str(&fo, "label", f->label);
		rec_str(&fo, "name", f->name);
		rec_str(&fo, "description", f->description);
		rec_close(&fo);
	}
	jw_close(w, ']');
	rec_close(&s);
	rec_key(&o, "plans");
	jw_open(w, '[');
	for (size_t p = 0; p < m->plans.len; p++)
		plan_json(&c, w, m->plans.items[p], opts);
	jw_close(w, ']');
	registry_json(&c, &o, m);
	equality_json(&c, &o, m);
	rec_close(&o);
	buf_addc(w->b, '\n');
	arena_free(&a);
}

void
model_json_item(jw *w, const item *it, const char *base, const text_wording *words)
{
	arena a;
	arena_init(&a);
	ctx c = {&a, base, words, NULL};
	item_json(&c, w, it);
	arena_free(&a);
}

jw
model_json_writer(buf *b)
{
	return (jw){.b = b, .indent = 1, .pretty_depth = 3, .colon = ":"};
}

/* `plansite dump`: the published shape, laid out one member a line throughout so that its
 * golden file diffs cleanly; addresses absolute when site.yaml has a base_url. */
void
content_dump_json(const model *m, buf *out)
{
	arena a;
	arena_init(&a);
	const char *base = m->site.base_url;
	if (base && *base && base[strlen(base) - 1] != '/')
		base = arena_printf(&a, "%s/", base);
	jw w = {.b = out, .indent = 2};
	model_json_write(&w, m, &(model_json_opts){.base = base && *base ? base : NULL});
	arena_free(&a);
}

/* ---- history anchors ---- */

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
model_history_anchors(arena *a, const measure_info *mi)
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

/* ---- the schema, from the tables ---- */

static void
key_str(jw *w, const char *k, const char *v)
{
	jw_key(w, k);
	jw_str(w, v);
}

static void
ref_to(jw *w, const char *name)
{
	char ref[64];
	snprintf(ref, sizeof ref, "#/definitions/%s", name);
	key_str(w, "$ref", ref);
}

/* "type": "object" or ["object", "null"]. */
static void
type_maybe_null(jw *w, const char *type, bool nullable)
{
	jw_key(w, "type");
	if (!nullable) {
		jw_str(w, type);
		return;
	}
	jw_open(w, '[');
	jw_str(w, type);
	jw_str(w, "null");
	jw_close(w, ']');
}

/* How a schema is written: with the records' translations (a site in several languages),
 * and with the descriptions data users read, from docs (NULL: none). */
typedef struct schema_ctx {
	bool tr;
	const model_json_docs *docs;
} schema_ctx;

static void record_body(jw *w, const json_record *r, const schema_ctx *sc);

/* A record where a field holds it: its definition's reference, or the record itself. */
static void
record_use(jw *w, const json_record *r, const schema_ctx *sc)
{
	if (r->def)
		ref_to(w, r->name);
	else
		record_body(w, r, sc);
}

static void
field_schema(jw *w, const json_field *f, const schema_ctx *sc)
{
	jw_key(w, f->name);
	jw_open(w, '{');
	if (f->doc && sc->docs)
		key_str(w, "description", sc->docs->text(sc->docs->ctx, f->doc));
	switch (f->type) {
	case JT_ID:
		ref_to(w, "id");
		break;
	case JT_STRING:
		key_str(w, "type", "string");
		break;
	case JT_TEXT:
		ref_to(w, "text");
		break;
	case JT_DATE:
		ref_to(w, "date");
		break;
	case JT_NUMBER:
		ref_to(w, "number");
		break;
	case JT_REAL:
		key_str(w, "type", "number");
		break;
	case JT_BOOL:
		key_str(w, "type", "boolean");
		break;
	case JT_STRINGS:
		ref_to(w, "strings");
		break;
	case JT_ENUM:
		jw_key(w, "enum");
		jw_open(w, '[');
		if (f->flags & F_NULL)
			jw_null(w);
		for (size_t i = 0; i < f->words->nextra; i++)
			jw_str(w, f->words->extra[i]);
		for (size_t v = 0; v < 2 && f->words->v[v]; v++)
			for (size_t i = 0; i < f->words->v[v]->n; i++)
				jw_str(w, f->words->v[v]->words[i]);
		jw_close(w, ']');
		break;
	case JT_CONST:
		key_str(w, "const", f->konst);
		break;
	case JT_CONST_INT:
		jw_key(w, "const");
		jw_num(w, strtod(f->konst, NULL));
		break;
	case JT_RECORD:
		record_use(w, f->record, sc);
		break;
	case JT_LIST:
		key_str(w, "type", "array");
		jw_key(w, "items");
		jw_open(w, '{');
		record_use(w, f->record, sc);
		jw_close(w, '}');
		break;
	case JT_NUMBER_MAP:
		key_str(w, "type", "object");
		jw_key(w, "additionalProperties");
		jw_open(w, '{');
		ref_to(w, "number");
		jw_close(w, '}');
		break;
	case JT_TRANSLATIONS:
		key_str(w, "type", "object");
		jw_key(w, "additionalProperties");
		jw_open(w, '{');
		key_str(w, "type", "object");
		jw_key(w, "additionalProperties");
		jw_open(w, '{');
		key_str(w, "type", "string");
		jw_close(w, '}');
		jw_close(w, '}');
		break;
	}
	jw_close(w, '}');
}

/* The members of a record's schema, inside its braces. */
static void
record_body(jw *w, const json_record *r, const schema_ctx *sc)
{
	type_maybe_null(w, "object", r->nullable);
	jw_key(w, "additionalProperties");
	jw_bool(w, false);
	jw_key(w, "required");
	jw_open(w, '[');
	for (size_t i = 0; i < r->n; i++)
		if (!(r->fields[i].flags & F_OPTIONAL))
			jw_str(w, r->fields[i].name);
	jw_close(w, ']');
	jw_key(w, "properties");
	jw_open(w, '{');
	for (size_t i = 0; i < r->n; i++)
		if (sc->tr || !(r->fields[i].flags & F_TRANSLATIONS))
			field_schema(w, &r->fields[i], sc);
	jw_close(w, '}');
}

static void
definition(jw *w, const json_record *r, const schema_ctx *sc)
{
	jw_key(w, r->name);
	jw_open(w, '{');
	record_body(w, r, sc);
	jw_close(w, '}');
}

static void
value_definition(jw *w, const char *name, const char *type, bool nullable, const char *pattern)
{
	jw_key(w, name);
	jw_open(w, '{');
	type_maybe_null(w, type, nullable);
	if (pattern)
		key_str(w, "pattern", pattern);
	jw_close(w, '}');
}

void
model_json_schema(buf *out, const model_json_docs *docs)
{
	model_json_schema_languages(out, 1, docs);
}

void
model_json_schema_languages(buf *out, size_t languages, const model_json_docs *docs)
{
	schema_ctx sc = {languages > 1, docs};
	jw w = {.b = out, .indent = 2, .colon = ": "};
	jw_open(&w, '{');
	key_str(&w, "$schema", "http://json-schema.org/draft-07/schema#");
	key_str(&w, "$id", "plansite.schema.json");
	if (docs) {
		key_str(&w, "title", docs->text(docs->ctx, "title"));
		key_str(&w, "description", docs->text(docs->ctx, "description"));
	}
	record_body(&w, &r_root, &sc);
	jw_key(&w, "definitions");
	jw_open(&w, '{');
	value_definition(&w, "id", "string", false, "^[a-z0-9][a-z0-9-]*$");
	value_definition(&w, "text", "string", true, NULL);
	value_definition(&w, "number", "number", true, NULL);
	value_definition(&w, "date", "string", true, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
	jw_key(&w, "strings");
	jw_open(&w, '{');
	key_str(&w, "type", "array");
	jw_key(&w, "items");
	jw_open(&w, '{');
	key_str(&w, "type", "string");
	jw_close(&w, '}');
	jw_close(&w, '}');
	definition(&w, &r_deadline, &sc);
	definition(&w, &r_plan, &sc);
	definition(&w, &r_item, &sc);
	jw_close(&w, '}');
	jw_close(&w, '}');
	buf_addc(out, '\n');
}
