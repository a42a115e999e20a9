/* feeds.c - Atom feeds: the site's monitoring reports, and one feed per item, per directorate
 * and per group. See feeds.h. Every date comes from a report's as_of, never from the clock. */
#include "site/feeds.h"

#include <stdlib.h>
#include <string.h>

#include "site/charts.h"
#include "site/escape.h"
#include "site/exports.h"
#include "site/paths.h"

typedef struct fctx {
	arena *a;
	const model *m;
	const char *base;
	const page_theme *th; /* every word of a feed is its words' (feed.*) */
} fctx;

/* One feed entry: a report, or one item's state in one report. */
typedef struct entry {
	int as_of;
	size_t order; /* tie-breaker: position in the site */
	const report *r;
	const status_entry *s; /* NULL for a report entry */
} entry;

static int
compare_entry(const void *x, const void *y)
{
	const entry *p = x, *q = y;
	if (p->as_of != q->as_of)
		return p->as_of > q->as_of ? -1 : 1; /* newest first */
	return p->order < q->order ? -1 : p->order > q->order;
}

static void
xml_text(buf *b, const char *s)
{
	if (s)
		escape_xml(b, s);
}

static void
atom_date(buf *b, int date)
{
	char iso[11] = "1970-01-01";
	if (date)
		date_iso(date, iso);
	buf_printf(b, "%sT00:00:00Z", iso);
}

static const char *
status_words(const fctx *c, const status_entry *s)
{
	strings *w = c->th->words;
	if (s->item->kind == ITEM_MEASURE && s->rag)
		return strings_label(w, "rag", rag_id(s->rag));
	if (s->item->kind != ITEM_MEASURE && s->lifecycle)
		return strings_label(w, "lifecycle", lifecycle_id(s->lifecycle));
	return strings_text(w, "feed.not_rated");
}

/* The text of key with {item} and {status} given as markup: the text's own characters are
 * escaped, the two parameters put in as they are (private-use characters mark their places
 * until the text is escaped). */
static void
markup_fmt(const fctx *c, buf *out, const char *key, const char *item_html, const char *status_html)
{
	static const char item_mark[] = "\xee\x80\x80", status_mark[] = "\xee\x80\x81";
	const char *t = strings_fmt(c->a, c->th->words, key, "item", item_mark, "status",
	                            status_mark, (char *)NULL);
	buf esc = BUF_INIT;
	escape_xml(&esc, t);
	for (const char *p = buf_cstr(&esc); *p;) {
		if (strncmp(p, item_mark, 3) == 0) {
			buf_adds(out, item_html);
			p += 3;
		} else if (strncmp(p, status_mark, 3) == 0) {
			buf_adds(out, status_html);
			p += 3;
		} else {
			buf_addc(out, *p++);
		}
	}
	buf_free(&esc);
}

/* Whether an item's entry in a report changes its status (its first report always does). */
static bool
changes_status(const status_entry *s)
{
	const item *it = s->item;
	for (size_t i = 0; i < it->history.len; i++) {
		if (it->history.items[i] != s)
			continue;
		if (i == 0)
			return true;
		const status_entry *prev = it->history.items[i - 1];
		return it->kind == ITEM_MEASURE ? prev->rag != s->rag
		                                : prev->lifecycle != s->lifecycle;
	}
	return true;
}

static const char *
item_label(const fctx *c, const item *it)
{
	const char *kind = format_kind_label(c->th->words, it->plan, it->kind);
	strings *w = c->th->words;
	return it->code ? strings_fmt(c->a, w, "feed.item", "kind", kind, "code", it->code, "title",
	                              it->title, (char *)NULL)
	                : strings_fmt(c->a, w, "feed.item_no_code", "kind", kind, "title",
	                              it->title, (char *)NULL);
}

static void
write_entry(const fctx *c, buf *b, const entry *e)
{
	buf_adds(b, "<entry>\n");
	if (!e->s) {
		const report *r = e->r;
		buf_adds(b, "<title>");
		xml_text(b, strings_fmt(c->a, c->th->words, "feed.report_title", "plan",
		                        r->plan->title, "report", r->title, (char *)NULL));
		buf_adds(b, "</title>\n<id>");
		xml_text(b, paths_permanent(c->a, c->base, r->path));
		buf_adds(b, "</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
		xml_text(b, paths_permanent(c->a, c->base, r->path));
		buf_adds(b, "\"/>\n<updated>");
		atom_date(b, r->as_of);
		buf_adds(b, "</updated>\n");
		/* The status changes the report brings, as an HTML list. */
		buf html = BUF_INIT;
		size_t n = 0;
		for (size_t i = 0; i < r->entries.len; i++) {
			const status_entry *s = r->entries.items[i];
			if (!changes_status(s))
				continue;
			if (!n++)
				buf_adds(&html, "<ul>");
			buf link = BUF_INIT, status = BUF_INIT;
			buf_adds(&link, "<a href=\"");
			escape_xml(&link, paths_permanent(c->a, c->base, s->item->path));
			buf_adds(&link, "\">");
			escape_xml(&link, item_label(c, s->item));
			buf_adds(&link, "</a>");
			escape_xml(&status, status_words(c, s));
			buf_adds(&html, "<li>");
			markup_fmt(c, &html, "feed.change_line", buf_cstr(&link),
			           buf_cstr(&status));
			buf_adds(&html, "</li>");
			buf_free(&link);
			buf_free(&status);
		}
		if (n)
			buf_adds(&html, "</ul>");
		buf_adds(b, "<summary>");
		xml_text(b, strings_plural(c->a, c->th->words, "feed.report_summary", (double)n,
		                           "report", r->title, "period",
		                           format_period(c->a, &c->th->fmt, r->per), (char *)NULL));
		buf_adds(b, "</summary>\n");
		if (n) {
			buf_adds(b, "<content type=\"html\">");
			xml_text(b, buf_cstr(&html));
			buf_adds(b, "</content>\n");
		}
		buf_free(&html);
	} else {
		const status_entry *s = e->s;
		const item *it = s->item;
		buf_adds(b, "<title>");
		xml_text(b, strings_fmt(c->a, c->th->words, "feed.change_title", "item",
		                        item_label(c, it), "status", status_words(c, s), "report",
		                        e->r->title, (char *)NULL));
		buf_adds(b, "</title>\n<id>");
		xml_text(b, arena_printf(c->a, "%s#report-%s",
		                         paths_permanent(c->a, c->base, it->path), e->r->id));
		buf_adds(b, "</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
		xml_text(b, paths_permanent(c->a, c->base, it->path));
		buf_adds(b, "\"/>\n<updated>");
		atom_date(b, e->as_of);
		buf_adds(b, "</updated>\n<summary>");
		/* A measure's latest entry is summed up by its trend chart's sentence, as on its
		 * page. */
		const char *sentence = NULL;
		if (it->kind == ITEM_MEASURE && s == it->current && !s->suppressed)
			sentence = charts_measure_sentence(c->a, &c->th->charts, it);
		/* a withheld figure is summed up by its rule, never by an earlier number */
		const char *key = s->suppressed ? "feed.change_summary_withheld"
		                  : s->note     ? "feed.change_summary_note"
		                                : "feed.change_summary";
		if (sentence)
			xml_text(b, sentence);
		else
			xml_text(b,
			         strings_fmt(c->a, c->th->words, key, "title", it->title, "status",
			                     status_words(c, s), "report", e->r->title, "period",
			                     format_period(c->a, &c->th->fmt, e->r->per), "rule",
			                     s->suppressed, "note", s->note, (char *)NULL));
		buf_adds(b, "</summary>\n");
	}
	buf_adds(b, "</entry>\n");
}

/* A whole feed at path ("" for the site feed) with its entries, newest first. */
static void
feed(const fctx *c, export_list *out, const char *path, const char *title, entry *entries, size_t n)
{
	qsort(entries, n, sizeof *entries, compare_entry);
	int updated = n ? entries[0].as_of : 0;
	for (size_t i = 0; !updated && i < c->m->plans.len; i++) {
		const plan *pl = c->m->plans.items[i];
		if (pl->as_of > updated)
			updated = pl->as_of;
	}
	buf b = BUF_INIT;
	buf_adds(&b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
	             "xmlns=\"http://www.w3.org/2005/Atom\">\n<title>");
	xml_text(&b, title);
	buf_adds(&b, "</title>\n<id>");
	xml_text(&b, paths_feed(c->a, c->base, path));
	buf_adds(&b, "</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"");
	xml_text(&b, paths_feed(c->a, c->base, path));
	buf_adds(&b, "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
	xml_text(&b, paths_permanent(c->a, c->base, path));
	buf_adds(&b, "\"/>\n<updated>");
	atom_date(&b, updated);
	buf_adds(&b, "</updated>\n<author><name>");
	xml_text(&b, c->m->site.council);
	buf_adds(&b, "</name></author>\n");
	if (c->m->site.licence) {
		buf_adds(&b, "<rights>");
		xml_text(&b, c->m->site.licence);
		buf_adds(&b, "</rights>\n");
	}
	for (size_t i = 0; i < n; i++)
		write_entry(c, &b, &entries[i]);
	buf_adds(&b, "</feed>\n");
	export_add(c->a, out, paths_feed(c->a, "", path), title, &b);
	buf_free(&b);
}

/* Entries for the status changes of a set of items (deduplicated by the caller). */
static entry *
change_entries(const fctx *c, const ptrvec *items, size_t *n)
{
	size_t cap = 0;
	for (size_t i = 0; i < items->len; i++)
		cap += ((const item *)items->items[i])->history.len;
	entry *e = arena_alloc(c->a, (cap + 1) * sizeof *e);
	*n = 0;
	for (size_t i = 0; i < items->len; i++) {
		const item *it = items->items[i];
		for (size_t j = 0; j < it->history.len; j++) {
			const status_entry *s = it->history.items[j];
			if (changes_status(s)) {
				e[*n] = (entry){s->report->as_of, *n, s->report, s};
				(*n)++;
			}
		}
	}
	return e;
}

/* The title of a directorate's or a group's feed. */
static const char *
changes_title(const fctx *c, const char *name)
{
	return strings_fmt(c->a, c->th->words, "feed.changes_feed_title", "name", name, "site",
	                   c->m->site.title, (char *)NULL);
}

size_t
feeds_collect(arena *a, const model *m, const char *base_url, const page_theme *th,
              export_list *out)
{
	fctx c = {a, m, base_url, th};
	strings *w = th->words;
	/* The site: one entry per monitoring report. */
	size_t nreports = 0;
	for (size_t p = 0; p < m->plans.len; p++)
		nreports += ((const plan *)m->plans.items[p])->reports.len;
	entry *reports = arena_alloc(a, (nreports + 1) * sizeof *reports);
	size_t n = 0;
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		for (size_t i = 0; i < pl->reports.len; i++) {
			const report *r = pl->reports.items[i];
			reports[n] = (entry){r->as_of, n, r, NULL};
			n++;
		}
	}
	feed(&c, out, "", strings_fmt(a, w, "feed.site_title", "site", m->site.title, (char *)NULL),
	     reports, n);
	size_t feeds = 1;
	/* Every item: its state in each report that changed it. */
	for (size_t p = 0; p < m->plans.len; p++) {
		const plan *pl = m->plans.items[p];
		for (size_t i = 0; i < pl->items.len; i++) {
			item *it = pl->items.items[i];
			ptrvec one = {0};
			ptrvec_push(a, &one, it);
			entry *e = change_entries(&c, &one, &n);
			feed(&c, out, it->path,
			     strings_fmt(a, w, "feed.item_feed_title", "item", item_label(&c, it),
			                 "site", m->site.title, (char *)NULL),
			     e, n);
			feeds++;
		}
	}
	for (size_t i = 0; i < m->directorates.len; i++) {
		const directorate *d = m->directorates.items[i];
		entry *e = change_entries(&c, &d->leads, &n);
		feed(&c, out, d->path, changes_title(&c, d->name), e, n);
		feeds++;
	}
	for (size_t i = 0; i < m->characteristics.len; i++) {
		const characteristic *ch = m->characteristics.items[i];
		ptrvec items = {0};
		map seen;
		map_init(&seen, a);
		for (size_t j = 0; j < ch->outcomes.len; j++) {
			const equality_outcome *eo = ch->outcomes.items[j];
			for (size_t k = 0; k < eo->links.len; k++) {
				item *it = eo->links.items[k];
				if (!map_put(&seen, it->path, it))
					ptrvec_push(a, &items, it);
			}
		}
		entry *e = change_entries(&c, &items, &n);
		feed(&c, out, ch->path, changes_title(&c, ch->name), e, n);
		feeds++;
	}
	return feeds;
}
