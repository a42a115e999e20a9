/* internal.h - what the files of generator/content share and nobody else sees.
 *
 * Loading runs in three steps over one `loader`:
 *   load.c      files -> records -> model objects (fields read through the tables of spec.c)
 *   resolve.c   references between objects, then everything derived (order, history, due)
 *   validate.c  consistency warnings that need the resolved model
 * fields.c reads one YAML map against one record table; schema.c prints the same tables as a
 * JSON Schema, so the loader, the editor support and content/README.md describe one format. */
#ifndef PLANSITE_CONTENT_INTERNAL_H
#define PLANSITE_CONTENT_INTERNAL_H

#include "content/content.h"
#include "content/period.h"
#include "json.h"
#include "value.h"

/* Ids that name a plan's own pages (load.c): no priority, outcome or measure may take them. */
#define CONTENT_NRESERVED_IDS 5
extern const char *const content_reserved_ids[CONTENT_NRESERVED_IDS];

/* ---- limits: content this large is a mistake, not a plan ---- */

enum {
	CONTENT_MAX_RECORDS = 1000000, /* items, people, entries ... in all files */
	CONTENT_MAX_FILES = 100000,
	CONTENT_MAX_FILE_BYTES = 32 * 1024 * 1024,
	CONTENT_MAX_ID = 64,
	CONTENT_SUGGEST_BUDGET = 1000, /* "did you mean" searches per load */
};

/* ---- vocabularies (vocab.c) ---- */

typedef struct vocab {
	const char *name;         /* "lifecycle", as messages name it */
	const char *const *words; /* content spellings, in enum order from `first` */
	size_t n;
	int first; /* the enum value of words[0] */
} vocab;

extern const vocab vocab_lifecycle, vocab_confidence, vocab_rag, vocab_polarity, vocab_trend,
    vocab_unit, vocab_person_kind, vocab_compliance, vocab_barrier_reason, vocab_test_method,
    vocab_item_kind, vocab_due;

/* The enum value of word, or -1. */
int vocab_find(const vocab *v, const char *word);

/* ---- dates and deadlines (dates.c) ---- */

/* Parses an ISO date. Returns yyyymmdd, or 0 with *why set to the reason ("September 2017
 * has 30 days"), in static or arena memory. */
int date_parse(arena *a, const char *s, const char **why);
/* Parses one deadline as written; false with *why set. */
bool deadline_parse(arena *a, const char *s, deadline *out, const char **why);
/* Fills set->last_day and set->display from its items. */
void deadline_set_finish(arena *a, deadline_set *set);
/* True when both sets name the same dates. */
bool deadline_set_equal(const deadline_set *a, const deadline_set *b);

/* ---- record tables (spec.c) ---- */

typedef enum {
	FT_ID,       /* an id: [a-z0-9][a-z0-9-]*, at most 64 characters */
	FT_LINE,     /* one line of plain text */
	FT_TEXT,     /* plain text, may span lines */
	FT_MARKDOWN, /* CommonMark */
	FT_BOOL,
	FT_NUMBER,     /* a number, or null for "no value" */
	FT_DATE,       /* 2018-03-31 */
	FT_PERIOD,     /* 2019/20 Q1, 2019/20, 2019-05, 2019 (period.h) */
	FT_DEADLINE,   /* a deadline or a list of them */
	FT_WORD,       /* a word of a vocabulary */
	FT_REF,        /* the id of something else */
	FT_PATH,       /* ids joined by '/': OUTCOME/ACTIVITY */
	FT_REFS,       /* a list of ids (a single id may stand alone) */
	FT_LINES,      /* a list of one-line texts (a single text may stand alone) */
	FT_INTS,       /* a list of whole numbers >= 0 */
	FT_NUMBER_MAP, /* name -> number or null */
	FT_LIST,       /* a list of records */
	FT_RECORD,     /* one nested record */
	FT_COLOUR,     /* #rrggbb */
	FT_URL,        /* http:// or https:// */
} field_type;

/* F_SHARED: a text field written once for every language (codes, addresses, spellings
 * found in the sources): it takes no FIELD@LANG translations. */
enum { F_REQUIRED = 1, F_SHARED = 2 };

typedef struct record_spec record_spec;

typedef struct field_spec {
	const char *name;
	field_type type;
	unsigned flags;
	const vocab *words;        /* FT_WORD */
	const record_spec *record; /* FT_LIST, FT_RECORD */
	const char *doc;           /* one sentence, for the schema (editors show it) */
} field_spec;

struct record_spec {
	const char *key;  /* schema definition name: "activity" */
	const char *what; /* in messages: "an activity" */
	const field_spec *fields;
	size_t nfields;
	const char *doc;
};

/* Field indexes, in the order of each table (spec.c builds the tables with these as
 * designated initializers, so order and index cannot drift apart). */
/* clang-format off */
enum { SITE_TITLE, SITE_COUNCIL, SITE_BASE_URL, SITE_LOGO, SITE_COLOURS, SITE_LICENCE,
       SITE_LICENCE_URL, SITE_CURRENT_PLAN, SITE_ALLOW_RAW_HTML, SITE_ABOUT, SITE_ACCESSIBILITY,
       SITE_LANGUAGE, SITE_LANGUAGES, SITE_FLAGS, SITE_N };
enum { FL_ID, FL_LABEL, FL_NAME, FL_DESCRIPTION, FL_N };
enum { ACC_COMPLIANCE, ACC_NON_ACCESSIBLE, ACC_PREPARED, ACC_REVIEWED, ACC_METHOD, ACC_TESTED,
       ACC_TESTED_BY, ACC_CONTACT_FORM, ACC_EMAIL, ACC_PHONE, ACC_RESPONSE_TIME,
       ACC_COMPLAINTS_URL, ACC_FEEDBACK_URL, ACC_N };
enum { BAR_CONTENT, BAR_REASON, BAR_CRITERIA, BAR_ALTERNATIVE, BAR_FIX_BY, BAR_N };
enum { COL_BRAND, COL_N };
enum { REG_PEOPLE, REG_DIRECTORATES, REG_N };
enum { PER_ID, PER_NAME, PER_KIND, PER_ROLE, PER_AKA, PER_SOURCE_NOTE, PER_N };
enum { DIR_ID, DIR_CODE, DIR_NAME, DIR_AKA, DIR_SOURCE_NOTE, DIR_N };
enum { EQF_CHARACTERISTICS, EQF_OUTCOMES, EQF_N };
enum { CH_ID, CH_NAME, CH_PROTECTED, CH_DESCRIPTION, CH_SOURCE_NOTE, CH_N };
enum { EQO_ID, EQO_TITLE, EQO_PLAN, EQO_CHARACTERISTICS, EQO_DESCRIPTION, EQO_ALIASES,
       EQO_SOURCE_NOTE, EQO_N };
enum { PL_ID, PL_TITLE, PL_SUBTITLE, PL_START, PL_END, PL_AS_OF, PL_SOURCE, PL_SOURCE_NOTE,
       PL_LABELS, PL_INTRO, PL_SECTIONS, PL_PRIORITIES, PL_N };
enum { LAB_PRIORITY, LAB_OUTCOME, LAB_ACTIVITY, LAB_DELIVERABLE, LAB_MEASURE, LAB_N };
enum { SEC_ID, SEC_TITLE, SEC_BODY, SEC_N };
/* Every item kind reads the same index set; each table leaves out what its kind lacks. */
enum { IT_ID, IT_CODE, IT_TITLE, IT_DESCRIPTION, IT_NOTES, IT_ALIASES, IT_SOURCE_NOTE, IT_FLAGS,
       IT_EQUALITY, IT_LEAD_MEMBERS, IT_LEAD_OFFICERS, IT_DIRECTORATES, IT_DEADLINE,
       IT_DEADLINE_AS_WRITTEN, IT_REVISIONS, IT_OUTCOMES, IT_ACTIVITIES, IT_DELIVERABLES,
       IT_OUTCOME, IT_PRIORITY, IT_UNIT, IT_UNIT_LABEL, IT_POLARITY, IT_TYPE, IT_COMPARATORS,
       IT_HISTORY, IT_TARGETS, IT_ADDED_IN, IT_DROPPED_IN, IT_CHARACTERISTICS, IT_PART_OF,
       IT_PARTS_OVERLAP, IT_N };
enum { REV_DEADLINE, REV_REPORT, REV_REASON, REV_N };
enum { MF_MEASURES, MF_N };
enum { HP_PERIOD, HP_ACTUAL, HP_TARGET, HP_RED, HP_COMPARATORS, HP_N };
enum { TG_PERIOD, TG_TARGET, TG_RED, TG_N };
enum { REP_ID, REP_TITLE, REP_PERIOD, REP_AS_OF, REP_SUMMARY, REP_SOURCE_NOTE, REP_ACTIVITIES,
       REP_DELIVERABLES, REP_MEASURES, REP_SUMMARY_COUNTS, REP_N };
enum { ST_REF, ST_LIFECYCLE, ST_CONFIDENCE, ST_REASON, ST_NOTE, ST_SOURCE_NOTE, ST_N };
enum { MS_REF, MS_ACTUAL, MS_ACTUAL_AS_WRITTEN, MS_TARGET, MS_RAG, MS_SHORT_TREND,
       MS_LONG_TREND, MS_LAST_UPDATE, MS_NOTE, MS_WHY_OFF_TARGET, MS_ACTIONS,
       MS_BACK_ON_TRACK, MS_SOURCE_NOTE, MS_RESTATED, MS_SUPPRESSED, MS_N };
enum { SC_REF, SC_ACTIVITIES, SC_MEASURES, SC_N };
/* clang-format on */

extern const record_spec spec_site, spec_registry_file, spec_equality_file, spec_plan_file,
    spec_outcome_file, spec_measures_file, spec_report_file;
extern const record_spec spec_person, spec_directorate, spec_characteristic, spec_equality_outcome,
    spec_section, spec_priority, spec_activity, spec_deliverable, spec_measure, spec_revision,
    spec_history_point, spec_target, spec_status, spec_measure_status, spec_summary_count,
    spec_labels, spec_colours, spec_accessibility, spec_barrier, spec_flag;

/* The record kind of each kind of content file (site.yaml, registry, equality, plan.yaml,
 * outcome, measures and report files). */
typedef struct file_kind {
	const record_spec *spec;
} file_kind;
extern const file_kind content_file_kinds[];
extern const size_t content_nfile_kinds;

/* ---- the loader (load.c) ---- */

/* A plan item with what only loading needs. `it` comes first so item* and node* convert. */
typedef struct node {
	item it;
	map kids;    /* activities of an outcome, deliverables of an activity (+ aliases) */
	bool orphan; /* its id is missing, invalid or taken: it is read (so the problems in
	                it are reported) but belongs to nothing */
} node;

/* What a scope map stores: the thing an id names and where that id was written. */
typedef struct def {
	void *target;
	mark at;
	bool alias;
} def;

typedef struct pending_revision {
	revision *rev;
	const value *report; /* the report: id, resolved once the plan's reports are loaded */
} pending_revision;

typedef struct pending_span { /* an item's added_in / dropped_in, resolved with the reports */
	item *it;
	const value *added_in, *dropped_in;
} pending_span;

typedef struct pending_part { /* a measure's part_of:, resolved once the plan is loaded */
	item *it;
	const value *whole;
} pending_part;

typedef struct eq_pending {
	equality_outcome *eo;
	value *characteristics; /* as written: an id or a list of ids, validated */
	value *plan;
} eq_pending;

typedef struct plan_ld {
	plan *p;
	map scope;            /* priorities, outcomes and measures (+ aliases): def* */
	map reports;          /* report id -> def* */
	ptrvec outcomes;      /* node*, in file order */
	ptrvec outcome_lists; /* const value*: each priority's outcomes:, parallel to priorities */
	ptrvec revisions;     /* pending_revision* */
	ptrvec spans;         /* pending_span* */
	ptrvec parts;         /* pending_part* */
	ptrvec overlaps;      /* pending_part*: parts_overlap: true, whole = the key (its mark) */
	bool broken;          /* an outcome or measure failed to load: unknown plan-level ids are
	                         probably its, so they are not reported again */
} plan_ld;

typedef struct loader {
	arena *a;
	arena *tmp;    /* what only reading one file needs (maps of ids seen, split paths): emptied
	                  after each file by content_load_sorted; the same as a outside it */
	arena scratch; /* one file's value tree and what only reading it needs; reset per file */
	diag *d;
	model *m;
	map people, directorates, characteristics, equality_outcomes, plans, flags; /* id -> def* */
	ptrvec plan_lds;    /* plan_ld*, in folder order */
	ptrvec eq_pending;  /* eq_pending*: equality outcomes' references */
	const char *prefix; /* shown before content paths: "content/" or "" */
	const value *current_plan;
	size_t records;
	bool too_many;
	int suggest_budget;
} loader;

/* ---- reading records (fields.c) ---- */

/* One field of a record as read: present and valid fields have ok set. */
typedef struct field {
	value *v;   /* the value; NULL when absent or written as null */
	value *key; /* the key, for its mark */
	bool ok;
	const char *s; /* scalars: the text as written */
	int i;         /* FT_WORD: enum value; FT_DATE: yyyymmdd; FT_BOOL: 0 or 1 */
	bool has_num;  /* FT_NUMBER: false for null */
	double num;
	deadline_set dl;     /* FT_DEADLINE */
	period per;          /* FT_PERIOD */
	value *const *items; /* lists (FT_REFS, FT_LINES, FT_INTS, FT_LIST): the elements; */
	size_t n;            /*   a lone scalar counts as a list of one */
} field;

/* Reads map rec against spec into out[0..nout) (nout >= spec->nfields; all zeroed first):
 * unknown fields, missing required fields, wrong types and invalid words, dates and ids are
 * reported. Returns false (after reporting) when rec is not a map. */
bool record_read(loader *ld, const value *rec, const record_spec *spec, field *out, size_t nout);
/* The elements of a list value; a lone scalar is a list of one. */
void list_elems(loader *ld, value *v, value *const **items, size_t *n);
/* Checks an id's spelling; reports and returns false when invalid. */
bool id_check(loader *ld, const value *v, const char *s);
bool id_valid(const char *s);
/* Counts one record toward CONTENT_MAX_RECORDS; false (reported once) past the limit. */
bool record_count(loader *ld, mark at);
/* The mark of a value, or of its key when the value has none. */
mark field_mark(const field *f);
/* A short description of what v is, for "must be X, not Y" messages. */
const char *value_describe(arena *a, const value *v);
/* Edit distance (case-insensitive, adjacent swaps count 1), capped at cap + 1. */
size_t edit_distance(const char *a, const char *b, size_t cap);
/* The candidate closest to word, or NULL if none is close enough. */
const char *suggest_word(const char *word, const char *const *cands, size_t n);
/* The closest key of an id map, or NULL (and nothing once the budget is spent). */
const char *suggest_id(loader *ld, const map *m, const char *word);
/* The same among plan items (the map's defs name nodes) of one kind. */
const char *suggest_item(loader *ld, const map *m, const char *word, int kind);
/* " (did you mean 'x'?)" or "", in arena memory. */
const char *did_you_mean(loader *ld, const char *suggestion);

/* ---- translations (translate.c) ---- */

/* Whether a field's text is given per language (FIELD@LANG): text fields not F_SHARED. */
bool field_translatable(const field_spec *fs);
/* Reads site.yaml's languages: into the model, checking it against language:. */
void translate_languages(loader *ld, const field *languages, const field *language);
/* The index of a tag among the site's languages, or -1. */
int translate_language_index(const model *m, const char *tag);
/* Registers the default-language text of a text field of spec (at: the field's key);
 * parity: whether a missing translation of it is a warning (the first text of a list). */
void translate_text(loader *ld, const char *text, mark at, const record_spec *spec,
                    const field_spec *fs, bool parity);
/* Records translation as text's in language lang (>= 1). */
void translate_add(loader *ld, const char *text, size_t lang, const char *translation);
/* The parity warnings and counts, once every file is loaded. */
void translate_finish(loader *ld);
/* For tests of the walk over the model's text fields: how many registered texts
 * content_use_language did not reach, and whether it reached one of field `name` of spec. */
size_t translate_unreached(model *m);
bool translate_reached(const model *m, const record_spec *spec, const char *name);

/* ---- steps ---- */

/* A file to load: where it is shown in messages, its text, and what it holds. */
typedef enum {
	CF_SITE,
	CF_REGISTRY,
	CF_EQUALITY,
	CF_PLAN,
	CF_OUTCOME,
	CF_MEASURES,
	CF_REPORT
} content_file_role;

typedef struct content_file {
	content_file_role role;
	const char *path; /* as shown: "plans/2019-22/plan.yaml" (with the content folder) */
	const char *plan; /* plan folder name, for plan files */
	const char *text; /* given in memory; NULL for a file read from disk while loading */
	size_t len;
	const char *real; /* the path to read, for files on disk */
} content_file;

/* Loads files (sorted: site, registry, equality, then per plan) into ld->m. Files on disk
 * are read one at a time and not kept: quote_sources registers the text of those that
 * messages are about, once loading is over. */
void content_load_sorted(loader *ld, content_file *files, size_t n);
void content_quote_sources(loader *ld, const content_file *files, size_t n, size_t msgs0);
/* Resolves the references left after loading and derives everything (resolve.c). */
void content_resolve(loader *ld);
/* Spans, the reporting date, statuses over time and measure series (derive.c). */
void derive_plan(loader *ld, plan_ld *pl);
/* Consistency warnings (validate.c): over the resolved model, and per record while loading. */
void content_validate(loader *ld);
/* Warnings for the parts of the accessibility statement that site.yaml leaves out (the
 * regulations require them); block is the accessibility: field as read. */
void validate_accessibility(loader *ld, const value *site_root, const field *block,
                            const accessibility_info *info, const field *acc);
/* Warns when a fully compliant site lists a non-compliance. */
void validate_barrier(loader *ld, compliance status, const field *reason);
void validate_report_date(loader *ld, const plan *p, const field *as_of);
void validate_revision(loader *ld, const deadline_set *prev, const revision *rev);
void validate_measure_entry(loader *ld, const report *r, const item *measure, const field *f);

/* Creates a scope entry; reports "duplicate id" and returns false when taken. */
bool scope_put(loader *ld, map *scope, const char *id, void *target, mark at, bool alias);
/* "FILE:LINE:COL" of a mark, in arena memory. */
const char *mark_text(loader *ld, mark at);

#endif
