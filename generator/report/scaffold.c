/* scaffold.c - `plansite report new`: every open item of a plan, grouped as the plan is,
 * with the latest earlier report's values as comments and empty fields to fill. */
#include <string.h>

#include "report/internal.h"
#include "value.h"

/* Headings are written only above the first entry under them. */
typedef struct grouping {
	const item *priority, *outcome;
} grouping;

static void
heading(buf *b, const plan *p, const item *it, int indent)
{
	const char *label = p->label[it->kind] ? p->label[it->kind] : item_kind_id(it->kind);
	buf line = BUF_INIT;
	/* Codes often hold the label already ("Priority 1"); "1.1" does not. */
	const char *code = it->code ? it->code : it->id;
	if (strncmp(code, label, strlen(label)) == 0)
		buf_printf(&line, "%s: %s", code, it->title ? it->title : "");
	else
		buf_printf(&line, "%s %s: %s", label, code, it->title ? it->title : "");
	buf_addc(b, '\n');
	yaml_comment(b, indent, buf_cstr(&line));
	buf_free(&line);
}

static void
headings(buf *b, const plan *p, grouping *g, const item *priority, const item *outcome)
{
	if (priority && priority != g->priority) {
		g->priority = priority;
		g->outcome = NULL;
		heading(b, p, priority, 2);
	}
	if (outcome && outcome != g->outcome) {
		g->outcome = outcome;
		heading(b, p, outcome, 2);
	}
}

/* The first line of a Markdown note, shortened for a comment. */
static const char *
gist(arena *a, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strcspn(s, "\n");
	if (n > 72)
		return arena_printf(a, "%.69s...", s);
	return arena_strndup(a, s, n);
}

static void
was(arena *a, buf *b, const item *it)
{
	const status_entry *s = it->current;
	if (!s) {
		yaml_comment(b, 4, "no earlier report mentions it");
		return;
	}
	buf line = BUF_INIT;
	buf_printf(&line, "was (%s, report %s):", report_period_canonical(a, s->report->period),
	           s->report->id);
	if (it->kind == ITEM_MEASURE) {
		char t[32];
		if (s->has_actual) {
			value_format_number(s->actual, t);
			buf_printf(&line, " actual %s", t);
		} else if (s->actual_as_written) {
			buf_printf(&line, " actual \"%s\"", s->actual_as_written);
		}
		if (s->has_target) {
			value_format_number(s->target, t);
			buf_printf(&line, ", target %s", t);
		}
		if (s->rag)
			buf_printf(&line, ", rag %s", rag_id(s->rag));
		if (s->short_trend)
			buf_printf(&line, ", short_trend %s", trend_id(s->short_trend));
		if (s->long_trend)
			buf_printf(&line, ", long_trend %s", trend_id(s->long_trend));
		if (s->last_update)
			buf_printf(&line, ", last_update %s", s->last_update);
	} else {
		buf_printf(&line, " %s",
		           s->lifecycle ? lifecycle_id(s->lifecycle) : "no status given");
		if (s->confidence)
			buf_printf(&line, ", %s", confidence_id(s->confidence));
	}
	yaml_comment(b, 4, buf_cstr(&line));
	const char *note = gist(a, s->note ? s->note : s->why_off_target);
	if (note) {
		buf_reset(&line);
		buf_printf(&line, "note was: %s", note);
		yaml_comment(b, 4, buf_cstr(&line));
	}
	buf_free(&line);
}

/* The entry fields that are texts, and so have translations in a site in several
 * languages; the others are words of a vocabulary, figures and periods. */
static bool
text_field(const char *field)
{
	static const char *const texts[] = {"reason", "note", "why_off_target", "actions",
	                                    "back_on_track"};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (strcmp(field, texts[i]) == 0)
			return true;
	return false;
}

static void
entry(arena *a, buf *b, const model *m, const item *it, const char *const *fields, size_t nfields)
{
	buf_adds(b, "  - ref: ");
	yaml_scalar(b, item_ref(a, it), 4);
	buf_addc(b, '\n');
	buf line = BUF_INIT;
	buf_printf(&line, "%s%s%s", it->code ? it->code : "", it->code ? " " : "",
	           it->title ? it->title : "");
	yaml_comment(b, 4, buf_cstr(&line));
	buf_free(&line);
	was(a, b, it);
	for (size_t i = 0; i < nfields; i++) {
		buf_printf(b, "    %s:\n", fields[i]);
		if (text_field(fields[i]))
			yaml_translations(b, m, 4, fields[i]);
	}
}

static const char *const status_fields[] = {"lifecycle", "confidence", "reason", "note"};
static const char *const measure_fields[] = {"actual",     "target",       "rag",  "short_trend",
                                             "long_trend", "last_update",  "note", "why_off_target",
                                             "actions",    "back_on_track"};

/* The activities (or, with deliverables set, the deliverables) still open, by outcome. */
static size_t
item_list(arena *a, buf *b, const model *m, const plan *p, bool deliverables)
{
	grouping g = {0};
	size_t n = 0;
	size_t start = b->len;
	buf_adds(b, deliverables ? "\ndeliverables:\n" : "\nactivities:\n");
	for (size_t i = 0; i < p->priorities.len; i++) {
		const item *pr = p->priorities.items[i];
		for (size_t j = 0; j < pr->children.len; j++) {
			const item *oc = pr->children.items[j];
			for (size_t k = 0; k < oc->children.len; k++) {
				const item *ac = oc->children.items[k];
				for (size_t l = 0; l < (deliverables ? ac->children.len : 1); l++) {
					const item *it = deliverables ? ac->children.items[l] : ac;
					if (item_closed(it))
						continue;
					headings(b, p, &g, pr, oc);
					entry(a, b, m, it, status_fields,
					      sizeof status_fields / sizeof *status_fields);
					n++;
				}
			}
		}
	}
	if (!n) { /* no list rather than an empty one */
		b->len = start;
		if (b->data)
			b->data[b->len] = '\0';
	}
	return n;
}

static size_t
measure_list(arena *a, buf *b, const model *m, const plan *p)
{
	grouping g = {0};
	size_t n = 0, start = b->len;
	buf_adds(b, "\nmeasures:\n");
	for (size_t i = 0; i < p->priorities.len; i++) {
		const item *pr = p->priorities.items[i];
		for (size_t k = 0; k < pr->measures.len; k++) {
			if (item_closed(pr->measures.items[k]))
				continue;
			headings(b, p, &g, pr, NULL);
			entry(a, b, m, pr->measures.items[k], measure_fields,
			      sizeof measure_fields / sizeof *measure_fields);
			n++;
		}
		for (size_t j = 0; j < pr->children.len; j++) {
			const item *oc = pr->children.items[j];
			for (size_t k = 0; k < oc->measures.len; k++) {
				if (item_closed(oc->measures.items[k]))
					continue;
				headings(b, p, &g, pr, oc);
				entry(a, b, m, oc->measures.items[k], measure_fields,
				      sizeof measure_fields / sizeof *measure_fields);
				n++;
			}
		}
	}
	if (!n) {
		b->len = start;
		if (b->data)
			b->data[b->len] = '\0';
	}
	return n;
}

int
report_new(const report_options *o, diag *d, FILE *msg)
{
	arena a;
	arena_init(&a);
	new_report r;
	int status;
	if (!new_report_load(&a, d, o, &r, &status) || !new_report_settle(&a, d, o, &r)) {
		arena_free(&a);
		return r.m && r.plan ? REPORT_BAD_INPUT : status;
	}
	buf b = BUF_INIT;
	buf_printf(&b,
	           "# Monitoring report of plan %s for %s, written by `plansite report new`.\n"
	           "# Fill in what this period's report says and leave the rest empty: an empty\n"
	           "# field is \"not reported this period\", never last period's value. The\n"
	           "# \"was\" comments are the latest earlier report's values, for reference.\n"
	           "# lifecycle: not-started, in-progress, completed, completed-with-changes,\n"
	           "#   deferred, not-being-pursued (the last two need a reason)\n"
	           "# confidence (only while in-progress): on-track, some-risk, off-track\n"
	           "# rag: green, amber, red, data-only, awaiting-data, unknown\n"
	           "# short_trend, long_trend: improving, no-change, getting-worse\n"
	           "# Then run `plansite check`.\n",
	           r.plan->id, r.period);
	yaml_report_head(&b, &r, true);
	buf_adds(&b, "summary:\n");
	yaml_translations(&b, r.m, 0, "summary");
	size_t na = item_list(&a, &b, r.m, r.plan, false);
	size_t nd = item_list(&a, &b, r.m, r.plan, true);
	size_t nm = measure_list(&a, &b, r.m, r.plan);
	status = new_report_write(d, &r, &b) ? REPORT_OK : REPORT_FAILED;
	if (status == REPORT_OK)
		fprintf(msg,
		        "plansite: wrote %s: %zu activities, %zu deliverables and %zu measures to "
		        "fill in (finished and closed items left out)\n",
		        r.path, na, nd, nm);
	buf_free(&b);
	arena_free(&a);
	return status;
}
