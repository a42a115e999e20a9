/* common.c - see internal.h: the plan, the new report's period, id and file, YAML output. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/period.h"
#include "content/translate.h"
#include "report/internal.h"
#include "util/fs.h"

/* ---- periods ---- */

static bool
parse_period(const char *s, period *out)
{
	const char *why;
	return s && period_parse(s, strlen(s), out, &why);
}

const char *
report_period_canonical(arena *a, const char *s)
{
	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
		n--;
	if (!n)
		return NULL;
	const char *t = arena_strndup(a, s, n);
	period p;
	if (!parse_period(t, &p))
		return t;
	char out[32];
	period_format(p, out, sizeof out);
	return arena_strdup(a, out);
}

int
report_period_compare(const char *a, const char *b, bool *known)
{
	period pa, pb;
	*known = parse_period(a, &pa) && parse_period(b, &pb);
	return *known ? period_compare(pa, pb) : 0;
}

int
report_period_end(const char *s)
{
	period p;
	return parse_period(s, &p) ? period_end(p) : 0;
}

/* ---- plan and report ---- */

const char *
item_ref(arena *a, const item *it)
{
	switch (it->kind) {
	case ITEM_ACTIVITY:
		return arena_printf(a, "%s/%s", it->parent->id, it->id);
	case ITEM_DELIVERABLE:
		return arena_printf(a, "%s/%s/%s", it->parent->parent->id, it->parent->id, it->id);
	default:
		return it->id;
	}
}

bool
item_closed(const item *it)
{
	if (it->dropped_in)
		return true; /* no longer in the plan */
	switch (item_lifecycle(it)) {
	case LIFECYCLE_COMPLETED:
	case LIFECYCLE_COMPLETED_WITH_CHANGES:
	case LIFECYCLE_DEFERRED:
	case LIFECYCLE_NOT_BEING_PURSUED:
		return true;
	default:
		return false;
	}
}

bool
new_report_load(arena *a, diag *d, const report_options *o, new_report *r, int *status)
{
	*r = (new_report){0};
	*status = REPORT_FAILED;
	if (!fs_is_dir(o->content)) {
		diag_error(d, (mark){0}, "content folder '%s' not found", o->content);
		return false;
	}
	/* The content's own warnings are `plansite check`'s business; only errors stop here. */
	diag cd;
	diag_init(&cd);
	r->m = content_load(a, &cd, o->content);
	bool failed = !r->m || cd.errors;
	if (failed) /* printed here: the marks and quoted lines belong to cd */
		diag_print(&cd, stderr, true);
	diag_free(&cd);
	if (failed) {
		r->m = NULL;
		diag_error(d, (mark){0},
		           "the content has errors: fix them (plansite check) before adding a "
		           "report");
		*status = REPORT_BAD_INPUT;
		return false;
	}
	const char **ids = arena_alloc(a, (r->m->plans.len + 1) * sizeof *ids);
	for (size_t i = 0; i < r->m->plans.len; i++) {
		plan *p = r->m->plans.items[i];
		ids[i] = p->id;
		if (strcmp(p->id, o->plan) == 0)
			r->plan = p;
	}
	if (!r->plan) {
		const char *s = suggest_word(o->plan, ids, r->m->plans.len);
		diag_error(d, (mark){0}, "no plan '%s' in %s%s%s%s", o->plan, o->content,
		           s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
		return false;
	}
	if (r->plan->reports.len)
		r->latest = r->plan->reports.items[r->plan->reports.len - 1];
	r->dir = arena_printf(a, "%s/plans/%s/reports", o->content, r->plan->id);
	return true;
}

/* "2019/20 Q2" -> "q2-2019-20" (the default content's spelling); other periods: their
 * address segment ("2019-20", "2019-05"); text that is no period: its letters and digits. */
static const char *
id_from_period(arena *a, const char *text)
{
	period p;
	char slug[32];
	if (parse_period(text, &p)) {
		if (p.kind == PERIOD_FINANCIAL_QUARTER)
			return arena_printf(a, "q%d-%d-%02d", p.index, p.year, (p.year + 1) % 100);
		period_slug(p, slug, sizeof slug);
		return arena_strdup(a, slug);
	}
	buf b = BUF_INIT;
	bool dash = false;
	for (const char *s = text; *s; s++) {
		if (isalnum((unsigned char)*s)) {
			if (dash && b.len)
				buf_addc(&b, '-');
			buf_addc(&b, (char)tolower((unsigned char)*s));
			dash = false;
		} else {
			dash = true;
		}
	}
	const char *id = arena_strdup(a, b.len ? buf_cstr(&b) : "report");
	buf_free(&b);
	return id;
}

static bool
id_ok(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 64 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0])))
		return false;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
			return false;
	return true;
}

bool
new_report_settle(arena *a, diag *d, const report_options *o, new_report *r)
{
	bool ok = true;
	const report *last = r->latest;
	r->period = report_period_canonical(a, o->period ? o->period : r->period);
	if (!r->period) {
		diag_error(d, (mark){0}, "the new report needs a period: give --period");
		return false;
	}
	period parsed;
	if (!parse_period(r->period, &parsed)) {
		const char *why = "";
		period_parse(r->period, strlen(r->period), &parsed, &why);
		diag_error(d, (mark){0}, "invalid period '%s': %s", r->period, why);
		return false;
	}
	bool known = false;
	if (last && report_period_compare(r->period, last->period, &known) <= 0 && known) {
		diag_error(d, (mark){last->file, last->at.line, last->at.col},
		           "the new report's period %s is not after %s, the period of the latest "
		           "report '%s'",
		           r->period, report_period_canonical(a, last->period), last->id);
		ok = false;
	}
	if (o->as_of) {
		const char *why;
		r->as_of = date_parse(a, o->as_of, &why);
		if (!r->as_of) {
			diag_error(d, (mark){0}, "invalid date '%s' for --as-of: %s", o->as_of,
			           why);
			return false;
		}
	} else {
		r->as_of = report_period_end(r->period);
		if (!r->as_of) {
			diag_error(d, (mark){0},
			           "cannot tell the last day of period '%s': give --as-of",
			           r->period);
			return false;
		}
	}
	if (last && r->as_of <= last->as_of) {
		char was[11], now[11];
		date_iso(last->as_of, was);
		date_iso(r->as_of, now);
		diag_error(d, (mark){last->file, last->at.line, last->at.col},
		           "the new report's date %s is not after %s, the as_of of the latest "
		           "report '%s'",
		           now, was, last->id);
		ok = false;
	}
	r->id = o->id ? o->id : id_from_period(a, r->period);
	if (!id_ok(r->id)) {
		diag_error(d, (mark){0},
		           "invalid report id '%s': ids are lower-case letters, digits and '-', "
		           "at most 64 characters, starting with a letter or digit",
		           r->id);
		return false;
	}
	for (size_t i = 0; i < r->plan->reports.len; i++) {
		const report *x = r->plan->reports.items[i];
		if (strcmp(x->id, r->id) == 0) {
			diag_error(d, (mark){x->file, x->at.line, x->at.col},
			           "plan '%s' already has a report '%s': give another --id",
			           r->plan->id, r->id);
			ok = false;
		}
	}
	r->title = arena_printf(a, "Monitoring report %s", r->period);
	r->path = arena_printf(a, "%s/%s.yaml", r->dir, r->id);
	struct stat st;
	if (lstat(r->path, &st) == 0) {
		diag_error(d, (mark){0}, "%s already exists: it was not changed", r->path);
		ok = false;
	}
	return ok;
}

/* ---- YAML ---- */

static bool
plain_ok(const char *s)
{
	static const char *const words[] = {"true", "false", "null", "yes", "no",
	                                    "on",   "off",   "y",    "n",   "~"};
	if (!isalnum((unsigned char)s[0]))
		return false;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasecmp(s, words[i]) == 0)
			return false;
	size_t n = strlen(s);
	if (s[n - 1] == ' ')
		return false;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!(isalnum(c) || c == ' ' || c == '.' || c == ',' || c == ';' || c == '(' ||
		      c == ')' || c == '/' || c == '-' || c == '\'' || c == '?' || c == '!'))
			return false;
	}
	return true;
}

/* A literal block keeps what it holds only without tabs, control characters, lines ending
 * in spaces or a first line starting with one. */
static bool
block_ok(const char *s)
{
	if (s[0] == ' ' || s[0] == '\n')
		return false;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c < 0x20 && c != '\n') || c == 0x7F)
			return false;
		if (c == ' ' && (p[1] == '\n' || p[1] == '\0'))
			return false;
		if (c == '\n' && p[1] == '\0')
			return false;
	}
	return true;
}

void
yaml_scalar(buf *b, const char *s, int indent)
{
	if (plain_ok(s)) {
		buf_adds(b, s);
		return;
	}
	if (strchr(s, '\n') && block_ok(s)) {
		buf_adds(b, "|-\n");
		for (const char *p = s; *p;) {
			const char *eol = strchr(p, '\n');
			size_t n = eol ? (size_t)(eol - p) : strlen(p);
			if (n)
				buf_printf(b, "%*s%.*s", indent + 2, "", (int)n, p);
			buf_addc(b, '\n');
			p += n + (eol ? 1 : 0);
		}
		b->len--; /* the caller ends the line */
		b->data[b->len] = '\0';
		return;
	}
	buf_addc(b, '"');
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c == '\t')
			buf_adds(b, "\\t");
		else if (c < 0x20 || c == 0x7F)
			buf_printf(b, "\\x%02X", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

void
yaml_comment(buf *b, int indent, const char *text)
{
	buf_printf(b, "%*s# ", indent, "");
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		buf_addc(b, c < 0x20 || c == 0x7F ? ' ' : (char)c);
	}
	buf_addc(b, '\n');
}

void
yaml_translations(buf *b, const model *m, int indent, const char *field)
{
	for (size_t l = 1; l < content_languages(m); l++)
		buf_printf(b, "%*s%s@%s:\n", indent, "", field, content_language(m, l));
}

void
yaml_report_head(buf *b, const new_report *r, bool with_translations)
{
	char as_of[11];
	date_iso(r->as_of, as_of);
	buf_adds(b, "id: ");
	yaml_scalar(b, r->id, 0);
	buf_adds(b, "\ntitle: ");
	yaml_scalar(b, r->title, 0);
	buf_adds(b, "   # as the council titles it\n");
	if (with_translations)
		yaml_translations(b, r->m, 0, "title");
	buf_adds(b, "period: ");
	yaml_scalar(b, r->period, 0);
	buf_printf(b, "\nas_of: %s\n", as_of);
}

bool
new_report_write(diag *d, const new_report *r, const buf *data)
{
	if (!fs_mkdir_p(r->dir)) {
		diag_error(d, (mark){0}, "cannot create folder %s: %s", r->dir, strerror(errno));
		return false;
	}
	char tmp[4096];
	if (snprintf(tmp, sizeof tmp, "%s/.%s.yaml.%ld", r->dir, r->id, (long)getpid()) >=
	    (int)sizeof tmp) {
		diag_error(d, (mark){0}, "path too long: %s", r->dir);
		return false;
	}
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0) {
		diag_error(d, (mark){0}, "cannot write %s: %s", tmp, strerror(errno));
		return false;
	}
	bool ok = true;
	for (size_t off = 0; ok && off < data->len;) {
		ssize_t n = write(fd, data->data + off, data->len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			ok = false;
		else
			off += (size_t)n;
	}
	if (ok && fsync(fd) != 0)
		ok = false;
	if (close(fd) != 0)
		ok = false;
	/* link(2) fails with EEXIST instead of replacing: the check-then-write race is closed. */
	if (!ok || link(tmp, r->path) != 0) {
		diag_error(d, (mark){0}, "cannot write %s: %s", r->path, strerror(errno));
		unlink(tmp);
		return false;
	}
	if (unlink(tmp) != 0) {
		diag_error(d, (mark){0}, "cannot remove temporary file %s: %s", tmp,
		           strerror(errno));
		return false;
	}
	return true;
}
