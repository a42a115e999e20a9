/* model.h - the plan model: what `content/` says, loaded, validated and resolved.
 *
 * Every later stage (pages, charts, data exports, search, feeds) reads this and only this.
 * Everything lives in the arena passed to content_load; strings are NUL-terminated and
 * NULL when the content leaves a field out. Lists are ptrvecs of pointers, in document order.
 * Dates are integers yyyymmdd (20180331) so they compare with < and ==. */
#ifndef PLANSITE_MODEL_H
#define PLANSITE_MODEL_H

/* The licence of content whose site.yaml names none, and its address. */
#define CONTENT_DEFAULT_LICENCE "Open Government Licence v3.0"
#define CONTENT_DEFAULT_LICENCE_URL                                                                \
	"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

#include <stdbool.h>
#include <stddef.h>

#include "content/period.h"
#include "util/arena.h"
#include "util/diag.h"
#include "util/map.h"

typedef struct model model;
typedef struct plan plan;
typedef struct item item;
typedef struct report report;
typedef struct person person;
typedef struct directorate directorate;
typedef struct characteristic characteristic;
typedef struct equality_outcome equality_outcome;
typedef struct flag flag;
typedef struct status_entry status_entry;

/* ---- vocabularies (0 always means "not given") ---- */

typedef enum {
	LIFECYCLE_NONE, /* no report mentions the item: "not reported" */
	LIFECYCLE_NOT_STARTED,
	LIFECYCLE_IN_PROGRESS,
	LIFECYCLE_COMPLETED,
	LIFECYCLE_COMPLETED_WITH_CHANGES,
	LIFECYCLE_DEFERRED,
	LIFECYCLE_NOT_BEING_PURSUED,
	LIFECYCLE_COUNT
} lifecycle;

typedef enum {
	CONFIDENCE_NONE,
	CONFIDENCE_ON_TRACK,
	CONFIDENCE_SOME_RISK,
	CONFIDENCE_OFF_TRACK,
	CONFIDENCE_COUNT
} confidence;

typedef enum {
	RAG_NONE,
	RAG_GREEN,
	RAG_AMBER,
	RAG_RED,
	RAG_DATA_ONLY,
	RAG_AWAITING_DATA,
	RAG_UNKNOWN, /* the source printed the rating as unknown */
	RAG_COUNT
} rag;

typedef enum {
	POLARITY_NONE,
	POLARITY_HIGHER_IS_BETTER,
	POLARITY_LOWER_IS_BETTER,
	POLARITY_CLOSEST_TO_TARGET,
	POLARITY_COUNT
} polarity;

typedef enum {
	TREND_NONE,
	TREND_IMPROVING,
	TREND_NO_CHANGE,
	TREND_GETTING_WORSE,
	TREND_COUNT
} trend;

typedef enum {
	UNIT_NONE,
	UNIT_PERCENT,
	UNIT_COUNT,
	UNIT_POUNDS,
	UNIT_DAYS,
	UNIT_WEEKS,
	UNIT_MONTHS,
	UNIT_YEARS,
	UNIT_RATE,
	UNIT_SCORE,
	UNIT_COUNT_
} unit;

typedef enum { PERSON_OFFICER, PERSON_POST, PERSON_COUNCILLOR, PERSON_PORTFOLIO } person_kind;

/* The accessibility statement's words for WCAG 2.2 AA compliance: NONE (not given) and
 * NOT_ASSESSED both make the statement say the site has not been assessed. */
typedef enum {
	COMPLIANCE_NONE,
	COMPLIANCE_FULL,
	COMPLIANCE_PARTIAL,
	COMPLIANCE_NON,
	COMPLIANCE_NOT_ASSESSED,
	COMPLIANCE_COUNT
} compliance;

/* Why a part of the site is not accessible: the three headings of the model statement. */
typedef enum {
	BARRIER_REASON_NONE,
	BARRIER_NON_COMPLIANCE,
	BARRIER_DISPROPORTIONATE_BURDEN,
	BARRIER_OUTSIDE_SCOPE,
	BARRIER_REASON_COUNT
} barrier_reason;

typedef enum {
	TEST_METHOD_NONE,
	TEST_METHOD_SELF_ASSESSMENT,
	TEST_METHOD_THIRD_PARTY,
	TEST_METHOD_COUNT
} test_method;

typedef enum {
	ITEM_PRIORITY,
	ITEM_OUTCOME,
	ITEM_ACTIVITY,
	ITEM_DELIVERABLE,
	ITEM_MEASURE,
	ITEM_KIND_COUNT
} item_kind;

/* Where an item was derived to stand, relative to its plan's reporting date. */
typedef enum {
	DUE_NONE,     /* no deadline, or TBC, or past it with no current statement (unknown) */
	DUE_DONE,     /* completed (with or without changes) */
	DUE_CLOSED,   /* deferred or not being pursued */
	DUE_UPCOMING, /* deadline on or after the reporting date */
	DUE_OVERDUE,  /* deadline before the reporting date, and the latest report says not done */
} due_state;

/* ---- deadlines ---- */

typedef enum { DEADLINE_DAY, DEADLINE_MONTH, DEADLINE_QUARTER, DEADLINE_TBC } deadline_kind;

typedef struct deadline {
	deadline_kind kind;
	int year, month, day; /* DAY: all; MONTH: year, month; QUARTER: year = first year of the
	                         financial year (2019 for 2019/20), month = quarter 1..4 */
	int last_day;         /* yyyymmdd of the last day it allows; 0 for TBC */
	const char *text;     /* as written: "2018-03-31", "2019/20 Q1", "TBC" */
	const char *display;  /* "31 March 2018", "March 2014", "Q1 2019/20", "To be confirmed" */
} deadline;

typedef struct deadline_set { /* one or several dates */
	deadline *items;
	size_t n;
	int last_day;        /* latest last_day of the set; 0 if all TBC */
	const char *display; /* joined: "30 June 2017 and 31 March 2018" */
} deadline_set;

typedef struct revision {
	deadline_set deadline;
	report *report; /* the report that moved it */
	const char *reason;
	mark at;
} revision;

/* ---- people and bodies ---- */

struct person {
	const char *id, *name, *role, *source_note;
	person_kind kind;
	ptrvec also_known_as; /* const char* */
	ptrvec leads;         /* item*: everything they lead, in site order */
	const char *path;     /* "people/andy-scott/" */
	mark at;
};

struct directorate {
	const char *id, *code, *source_note;
	const char *name; /* the full name, else the code: what to call it */
	bool name_given;  /* false: the sources give only the code, and name is that code */
	ptrvec also_known_as;
	ptrvec leads;     /* item* */
	const char *path; /* "directorates/place/" */
	mark at;
};

struct characteristic {
	const char *id, *name, *description;
	const char *source_note;
	bool protected_;  /* one of the nine of the Equality Act 2010 */
	ptrvec outcomes;  /* equality_outcome* tagged with it */
	ptrvec items;     /* item* whose characteristics: lists name it directly, in site order */
	const char *path; /* "equality/groups/disability/" */
	mark at;
};

struct equality_outcome {
	const char *id, *title, *description, *source_note;
	plan *plan;             /* the plan whose documents state it, or NULL */
	ptrvec characteristics; /* characteristic* */
	ptrvec links;           /* item* whose equality: lists name it, in site order */
	ptrvec aliases;         /* const char* old ids */
	const char *path;       /* "equality/outcomes/ID/" */
	mark at;
};

/* A mark a council gives items (site.yaml flags:): "Corporate priority", "Manifesto
 * commitment". */
struct flag {
	const char *id;
	const char *label;       /* short, the tag on pages ("Manifesto") */
	const char *name;        /* long, what the tag stands for; NULL if not given */
	const char *description; /* Markdown, for the glossary; NULL if not given */
	size_t index;            /* position in site.yaml's flags: */
	mark at;
};

/* ---- measures ---- */

/* One period of a measure's series. The series is derived (derive.c): back data from the
 * measure's history:, targets from its targets:, figures from the reports, oldest first. */
typedef struct history_point {
	const char *period; /* printed form: "Q1 2019/20" */
	period per;
	report *report;         /* the report whose figure this is; NULL for back data / targets */
	const char *restated;   /* why a later report replaced an earlier report's figure */
	const char *suppressed; /* the rule the figure is withheld under ("fewer than 5"); the
	                           figure itself is never loaded, so never published */
	bool has_earlier;       /* restated: the figure first given, and by which report */
	double earlier;
	report *earlier_report;
	bool has_actual, has_target, has_red;
	double actual, target, red;
	bool *has_comparator; /* [measure.ncomparators] */
	double *comparator;   /* [measure.ncomparators] */
	mark at;
} history_point;

typedef struct measure_info {
	unit unit;
	const char *unit_label; /* words after the number, or NULL */
	polarity polarity;
	const char *type;         /* "Strategic", as the source says */
	const char **comparators; /* names, e.g. "Regional average" */
	size_t ncomparators;
	history_point *history; /* the derived series, oldest first */
	size_t nhistory;
	history_point *targets; /* targets: as loaded (period, target, red) */
	size_t ntargets;
	/* breakdowns: a measure broken down into parts by group (one level only) */
	item *part_of;      /* the whole this measure is a part of, or NULL */
	ptrvec parts;       /* item*: its parts, in document order */
	bool parts_overlap; /* the parts need not add up to the whole (one case, several parts) */
} measure_info;

/* ---- reports and statuses ---- */

struct status_entry { /* one item's state in one report */
	report *report;
	item *item;
	lifecycle lifecycle;
	confidence confidence;
	const char *reason; /* for deferred / not being pursued */
	const char *note;   /* Markdown */
	/* measures */
	bool has_actual, has_target;
	double actual, target;
	const char *actual_as_written;
	rag rag;
	trend short_trend, long_trend;
	const char *last_update; /* printed form of figure_period, when given */
	period figure_period;    /* last_update, else the report's period */
	const char *restated;    /* why this figure replaces an earlier report's */
	const char *suppressed;  /* the rule a withheld small figure falls under */
	const char *why_off_target, *actions, *back_on_track; /* Markdown */
	const char *source_note;
	mark at;
};

typedef struct summary_count { /* status counts as the source prints them */
	item *item;
	int *activities;
	size_t nactivities;
	int *measures;
	size_t nmeasures;
} summary_count;

struct report {
	const char *id, *title, *period, *summary; /* period: printed form "Q1 2019/20" */
	const char *source_note;
	period per;
	int as_of;
	plan *plan;
	ptrvec entries; /* status_entry*, in file order */
	summary_count *counts;
	size_t ncounts;
	size_t index;     /* position in plan->reports (oldest first) */
	const char *path; /* "plans/2019-22/reports/q1-2019-20/" */
	const char *file;
	mark at;
};

/* ---- the hierarchy ---- */

struct item {
	item_kind kind;
	const char *id, *code, *title;
	const char *description; /* Markdown (outcome narrative, measure description) */
	const char *notes;       /* Markdown */
	const char *source_note;
	plan *plan;
	item *parent;       /* priority <- outcome <- activity <- deliverable; a measure's
	                       parent is its outcome or priority */
	ptrvec children;    /* item*: outcomes / activities / deliverables, in order */
	ptrvec measures;    /* item*: measures attached to this priority or outcome */
	ptrvec aliases;     /* const char* old ids */
	ptrvec alias_paths; /* const char* old addresses (redirect pages) */
	const char *path;   /* "plans/2017-18/1-1/1/growth-strategy/" */
	ptrvec lead_members, lead_officers; /* person* */
	ptrvec directorates;                /* directorate* */
	ptrvec flags;                       /* flag*, in site.yaml order */
	ptrvec equality;                    /* equality_outcome* */
	ptrvec characteristics;             /* characteristic* it concerns directly */
	bool has_deadline;
	deadline_set deadline; /* original */
	const char *deadline_as_written;
	ptrvec revisions;      /* revision*, in order; the current deadline is the last */
	measure_info *measure; /* ITEM_MEASURE only */
	report *added_in;      /* the first report that includes it, when it joined part-way */
	report *dropped_in;    /* the first report that no longer includes it */
	/* derived from reports */
	status_entry *current; /* latest report's entry, or NULL */
	ptrvec history;        /* status_entry*, oldest report first */
	due_state due;
	size_t index; /* document order within the plan */
	const char *file;
	mark at;
};

typedef struct section {
	const char *id, *title, *body;
	mark at;
} section;

struct plan {
	const char *id, *title, *subtitle, *source, *intro;
	const char *source_note;
	int start, end;
	int as_of;       /* the reporting date: the latest report's; without reports, given */
	int as_of_given; /* plan.yaml's as_of, 0 if left out */
	mark as_of_at;   /* where plan.yaml gives it */
	/* What plan.yaml's labels: call the levels ("Theme"); NULL where it does not say (the
	 * theme's levels.* word them: format_kind_label) */
	const char *label[ITEM_KIND_COUNT];
	section *sections;
	size_t nsections;
	ptrvec priorities; /* item* */
	ptrvec items;      /* every item of the plan in document order (measures last) */
	ptrvec measures;   /* item* */
	ptrvec reports;    /* report*, oldest first */
	const char *path;  /* "plans/2017-18/" */
	size_t index;
	mark at;
};

/* One non-accessible part of the site, as the accessibility statement lists it. */
typedef struct barrier {
	const char *content; /* what is not accessible, and how it affects people */
	barrier_reason reason;
	ptrvec criteria;         /* const char*: WCAG success criteria it fails ("1.1.1") */
	const char *alternative; /* the accessible alternative, if any */
	int fix_by;              /* yyyymmdd, or 0 */
} barrier;

/* site.yaml's accessibility: block (dates yyyymmdd, 0 when not given). */
typedef struct accessibility_info {
	compliance status;
	barrier *barriers;
	size_t nbarriers;
	int prepared, reviewed, tested;
	test_method method;
	const char *tested_by;
	const char *contact_form, *email, *phone, *response_time;
	const char *complaints_url;
	const char *feedback_url; /* a template: {url} stands for the page's address */
} accessibility_info;

typedef struct site_config {
	const char *title, *council, *base_url, *logo, *brand_colour;
	const char *licence, *licence_url,
	    *about;           /* licence: CONTENT_DEFAULT_LICENCE if not given */
	const char *language; /* for search stemming: "en", "welsh"; NULL means English */
	plan *current_plan;
	bool allow_raw_html;
	accessibility_info accessibility;
	ptrvec flags; /* flag*, in site.yaml order */
	mark at;
} site_config;

struct model {
	arena *arena;
	site_config site;
	ptrvec plans; /* plan*, newest first by start date */
	ptrvec people, directorates, characteristics, equality_outcomes;
	map by_path; /* address -> item* (plan items only; not alias_paths) */
	/* The site's languages and every text field's translations (translate.h); NULL: the
	 * site has one language. */
	struct translations *translations;
};

/* How deadlines and periods read where modules below the site stage publish them (the
 * JSON data, the search documents): the site stage passes its theme's wording
 * (format_wording, site/format.h); a NULL wording keeps the content stage's English
 * (deadline_set.display, the printed periods), as `plansite dump` prints. */
typedef struct text_wording {
	const char *(*deadline)(void *ctx, arena *a, const deadline_set *set);
	const char *(*period)(void *ctx, arena *a, period p);
	void *ctx;
} text_wording;

/* ---- derived facts and names ---- */

/* The current deadline: the last revision's, else the original; NULL if none. */
const deadline_set *item_current_deadline(const item *it);
/* The item's current lifecycle (LIFECYCLE_NONE if no report mentions it). */
lifecycle item_lifecycle(const item *it);

/* Whether the plan included it at report r (its and its parents' added_in / dropped_in). */
bool item_in_report(const item *it, const report *r);
/* What report r says about it, or NULL when r does not mention it. */
const status_entry *item_entry_in(const item *it, const report *r);
/* Its latest statement in a report before r, or NULL. */
const status_entry *item_entry_before(const item *it, const report *r);

/* The values' ids: the content spelling ("in-progress"), which the site looks up in the
 * theme's vocabularies (strings_label). The "not given" value (0) and values out of range
 * give NULL, except lifecycle: LIFECYCLE_NONE is "not-reported". */
const char *lifecycle_id(lifecycle l);
const char *confidence_id(confidence c);
const char *rag_id(rag r);
const char *polarity_id(polarity p);
const char *trend_id(trend t);
const char *unit_id(unit u);
const char *person_kind_id(person_kind k);
const char *item_kind_id(item_kind k); /* "priority", "outcome", ... */
const char *due_state_id(due_state s); /* "overdue", ... */

/* Formats a yyyymmdd date in UK style ("31 March 2018") into out (32 bytes): the content
 * stage's own texts (deadlines, messages); pages use site/format.h. */
void date_display(int date, char out[32]);
/* Formats yyyymmdd as ISO 8601 ("2018-03-31") into out (11 bytes). */
void date_iso(int date, char out[11]);
/* The same in arena memory; NULL for date 0 (not given). */
const char *date_iso_text(arena *a, int date);
/* The printed form of a period ("Q1 2019/20") in arena memory; NULL for PERIOD_NONE. */
const char *period_display_text(arena *a, period p);

#endif
