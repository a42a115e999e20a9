/* documents.c - the site's search documents: every plan item (the current plan's first),
 * equality outcome, group, person and directorate of a model, in a fixed order. */
#include <string.h>

#include "markdown.h"
#include "search/documents.h"
#include "util/buf.h"

enum { SUMMARY_BYTES = 160, MAX_FACETS = 64 };

typedef struct doc_builder {
	arena *a;
	search_doc doc;
	const char *facets[MAX_FACETS];
} doc_builder;

static void
facet(doc_builder *b, const char *kind, const char *value)
{
	if (!value || b->doc.nfacets == MAX_FACETS)
		return;
	const char *name = arena_printf(b->a, "%s:%s", kind, value);
	for (size_t i = 0; i < b->doc.nfacets; i++)
		if (strcmp(b->facets[i], name) == 0)
			return;
	b->facets[b->doc.nfacets++] = name;
}

static const char *
item_status(const item *it)
{
	if (it->kind == ITEM_MEASURE)
		return it->current && it->current->rag ? rag_id(it->current->rag) : "not-reported";
	if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE)
		return lifecycle_id(item_lifecycle(it));
	return NULL;
}

/* Who leads an item, as searchable words and as shown in a result ("Andy Scott; PLACE"). */
static const char *
item_leads(arena *a, const item *it, bool with_full_names)
{
	buf b = BUF_INIT;
	const ptrvec *people[] = {&it->lead_members, &it->lead_officers};
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; i < people[k]->len; i++) {
			if (b.len)
				buf_adds(&b, "; ");
			buf_adds(&b, ((const person *)people[k]->items[i])->name);
		}
	for (size_t i = 0; i < it->directorates.len; i++) {
		const directorate *d = it->directorates.items[i];
		if (b.len)
			buf_adds(&b, "; ");
		buf_adds(&b, d->code ? d->code : d->name);
		if (with_full_names && d->code) {
			buf_addc(&b, ' ');
			buf_adds(&b, d->name);
		}
	}
	const char *s = b.len ? arena_strndup(a, b.data, b.len) : NULL;
	buf_free(&b);
	return s;
}

/* text cut to at most max bytes at a word boundary with "…", exactly as markdown_to_text
 * cuts, so a summary needs no second Markdown parse. */
static const char *
summary_of(arena *a, const char *text, size_t max)
{
	if (!text || strlen(text) <= max)
		return text;
	size_t cut = max;
	while (cut > 0 && text[cut] != ' ')
		cut--;
	if (cut == 0)
		cut = max;
	while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
		cut--;
	return arena_printf(a, "%.*s\xe2\x80\xa6", (int)cut, text);
}

static const char *
joined_text(arena *a, const char *x, const char *y)
{
	if (!x || !y)
		return x ? x : y;
	return arena_printf(a, "%s %s", x, y);
}

static bool
add_item(search_index *ix, arena *a, const text_wording *w, const item *it, bool current)
{
	doc_builder b = {.a = a};
	const char *desc = it->description ? markdown_to_text(a, it->description, 0) : NULL;
	const char *notes = it->notes ? markdown_to_text(a, it->notes, 0) : NULL;
	const deadline_set *dl = item_current_deadline(it);
	b.doc = (search_doc){
	    .title = it->title,
	    .code = it->code,
	    .id = it->id,
	    .body = joined_text(a, desc, notes),
	    .leads = item_leads(a, it, true),
	    .path = it->path,
	    .kind = item_kind_id(it->kind),
	    .plan = it->plan->id,
	    .status = item_status(it),
	    .deadline = dl ? w->deadline(w->ctx, a, dl) : NULL,
	    .summary = summary_of(a, desc ? desc : notes, SUMMARY_BYTES),
	    .leads_shown = item_leads(a, it, false),
	    .facets = b.facets,
	    .current = current,
	};
	facet(&b, "plan", it->plan->id);
	facet(&b, "kind", b.doc.kind);
	facet(&b, "status", b.doc.status);
	for (size_t i = 0; i < it->directorates.len; i++)
		facet(&b, "dir", ((const directorate *)it->directorates.items[i])->id);
	/* The groups an item concerns: named on the item, or through its equality outcomes. */
	for (size_t i = 0; i < it->characteristics.len; i++)
		facet(&b, "group", ((const characteristic *)it->characteristics.items[i])->id);
	for (size_t i = 0; i < it->equality.len; i++) {
		const equality_outcome *eo = it->equality.items[i];
		for (size_t k = 0; k < eo->characteristics.len; k++)
			facet(&b, "group",
			      ((const characteristic *)eo->characteristics.items[k])->id);
	}
	return search_index_add(ix, &b.doc);
}

bool
search_add_site(search_index *ix, const model *m, const text_wording *w)
{
	arena a; /* one document's text at a time */
	arena_init(&a);
	bool ok = true;
	const plan *cur = m->site.current_plan;
	for (size_t pass = 0; pass < 2; pass++)
		for (size_t p = 0; p < m->plans.len; p++) {
			const plan *pl = m->plans.items[p];
			if ((pass == 0) != (pl == cur))
				continue;
			for (size_t i = 0; ok && i < pl->items.len; i++) {
				ok = add_item(ix, &a, w, pl->items.items[i], pass == 0);
				arena_reset(&a);
			}
		}
	for (size_t i = 0; ok && i < m->equality_outcomes.len; i++) {
		const equality_outcome *eo = m->equality_outcomes.items[i];
		doc_builder b = {.a = &a};
		const char *text =
		    eo->description ? markdown_to_text(&a, eo->description, 0) : NULL;
		b.doc = (search_doc){.title = eo->title,
		                     .id = eo->id,
		                     .body = text,
		                     .path = eo->path,
		                     .kind = "equality-outcome",
		                     .plan = eo->plan ? eo->plan->id : NULL,
		                     .summary = summary_of(&a, text, SUMMARY_BYTES),
		                     .facets = b.facets};
		facet(&b, "plan", b.doc.plan);
		facet(&b, "kind", b.doc.kind);
		for (size_t k = 0; k < eo->characteristics.len; k++)
			facet(&b, "group",
			      ((const characteristic *)eo->characteristics.items[k])->id);
		ok = search_index_add(ix, &b.doc);
		arena_reset(&a);
	}
	for (size_t i = 0; ok && i < m->characteristics.len; i++) {
		const characteristic *ch = m->characteristics.items[i];
		doc_builder b = {.a = &a};
		b.doc = (search_doc){.title = ch->name,
		                     .id = ch->id,
		                     .body = ch->description,
		                     .path = ch->path,
		                     .kind = "group",
		                     .facets = b.facets};
		facet(&b, "kind", "group");
		facet(&b, "group", ch->id);
		ok = search_index_add(ix, &b.doc);
		arena_reset(&a);
	}
	for (size_t i = 0; ok && i < m->people.len; i++) {
		const person *pe = m->people.items[i];
		doc_builder b = {.a = &a};
		buf aka = BUF_INIT;
		for (size_t k = 0; k < pe->also_known_as.len; k++) {
			if (k)
				buf_adds(&aka, "; ");
			buf_adds(&aka, pe->also_known_as.items[k]);
		}
		const char *also = aka.len ? arena_strndup(&a, aka.data, aka.len) : NULL;
		buf_free(&aka);
		b.doc = (search_doc){.title = pe->name,
		                     .id = pe->id,
		                     .body = joined_text(&a, pe->role, also),
		                     .path = pe->path,
		                     .kind = "person",
		                     .summary = pe->role,
		                     .facets = b.facets};
		facet(&b, "kind", "person");
		ok = search_index_add(ix, &b.doc);
		arena_reset(&a);
	}
	for (size_t i = 0; ok && i < m->directorates.len; i++) {
		const directorate *d = m->directorates.items[i];
		doc_builder b = {.a = &a};
		b.doc = (search_doc){.title = d->name,
		                     .code = d->code,
		                     .id = d->id,
		                     .path = d->path,
		                     .kind = "directorate",
		                     .facets = b.facets};
		facet(&b, "kind", "directorate");
		facet(&b, "dir", d->id);
		ok = search_index_add(ix, &b.doc);
		arena_reset(&a);
	}
	arena_free(&a);
	return ok;
}
