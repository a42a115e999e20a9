/* index.c - the index builder: documents in, word forms, stem groups, postings and filter
 * values collected; search_index_write turns them into shards (write.c). See search.h. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "search/internal.h"

static const search_limits default_limits = {
    .vocab_shard_bytes = 8000,
    .postings_shard_bytes = 16000,
    .docs_per_fragment = 8,
};

search_index *
search_index_new(const char *language, const search_limits *limits)
{
	search_index *ix = xcalloc(1, sizeof *ix);
	arena_init(&ix->a);
	arena_init(&ix->scratch);
	ix->stemmer = search_stemmer_new(language);
	ix->lim = limits ? *limits : default_limits;
	if (!ix->lim.docs_per_fragment)
		ix->lim.docs_per_fragment = 1;
	map_init(&ix->forms, &ix->a);
	map_init(&ix->stems, &ix->a);
	map_init(&ix->facets, &ix->a);
	return ix;
}

static void
docs_free(docs *v)
{
	free(v->ids);
	*v = (docs){0};
}

void
search_index_free(search_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->stem_list.len; i++) {
		stem_entry *s = ix->stem_list.items[i];
		docs_free(&s->all);
		docs_free(&s->title);
	}
	for (size_t i = 0; i < ix->facet_list.len; i++)
		docs_free(&((facet_entry *)ix->facet_list.items[i])->docs);
	search_stemmer_free(ix->stemmer);
	arena_free(&ix->scratch);
	arena_free(&ix->a);
	free(ix);
}

/* Appends doc unless it is already the last one (documents arrive in order). */
static void
docs_add(docs *v, uint32_t doc)
{
	if (v->n && v->ids[v->n - 1] == doc)
		return;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 4;
		v->ids = xrealloc(v->ids, v->cap * sizeof *v->ids);
	}
	v->ids[v->n++] = doc;
}

static stem_entry *
stem_of_form(search_index *ix, const char *word, size_t len)
{
	form_entry *f = map_getn(&ix->forms, word, len);
	if (!f) {
		f = arena_alloc(&ix->a, sizeof *f);
		f->form = arena_strndup(&ix->a, word, len);
		const char *stem = search_stem(ix->stemmer, &ix->scratch, word, len);
		f->stem = map_get(&ix->stems, stem);
		if (!f->stem) {
			f->stem = arena_alloc(&ix->a, sizeof *f->stem);
			f->stem->stem = arena_strdup(&ix->a, stem);
			map_put(&ix->stems, f->stem->stem, f->stem);
			ptrvec_push(&ix->a, &ix->stem_list, f->stem);
		}
		map_put(&ix->forms, f->form, f);
		ptrvec_push(&ix->a, &ix->form_list, f);
	}
	if (f->last_doc != ix->ndocs + 1) { /* first time in this document */
		f->last_doc = ix->ndocs + 1;
		f->df++;
	}
	return f->stem;
}

/* Indexes the words of text for the document being added; join: also hyphenated pairs as
 * one word (not for ids, whose hyphens only separate words). */
static void
add_text(search_index *ix, const char *text, bool title, bool join)
{
	if (!text || !*text)
		return;
	const char *folded = search_fold(&ix->scratch, text);
	if (!folded) /* not UTF-8: content loading rejects that, so nothing to index */
		return;
	size_t pos = 0, start, len, prev_start = 0, prev_end = 0;
	bool have_prev = false;
	while (search_token_next(folded, &pos, &start, &len)) {
		stem_entry *s = stem_of_form(ix, folded + start, len);
		docs_add(&s->all, ix->ndocs);
		if (title)
			docs_add(&s->title, ix->ndocs);
		/* "anti-social" is also written "antisocial": index the joined word too */
		if (join && have_prev && prev_end + 1 == start && folded[prev_end] == '-') {
			const char *joined =
			    arena_printf(&ix->scratch, "%.*s%.*s", (int)(prev_end - prev_start),
			                 folded + prev_start, (int)len, folded + start);
			stem_entry *j = stem_of_form(ix, joined, strlen(joined));
			docs_add(&j->all, ix->ndocs);
			if (title)
				docs_add(&j->title, ix->ndocs);
		}
		have_prev = true;
		prev_start = start;
		prev_end = start + len;
	}
}

static void
fragment_str(buf *b, const char *s)
{
	if (s && *s)
		json_escape(b, s);
	else
		buf_adds(b, "null");
}

bool
search_index_add(search_index *ix, const search_doc *doc)
{
	if (doc->current && ix->ncurrent != ix->ndocs)
		return false;
	add_text(ix, doc->title, true, true);
	add_text(ix, doc->code, true, false);
	add_text(ix, doc->id, false, false);
	add_text(ix, doc->body, false, true);
	add_text(ix, doc->leads, false, true);
	for (size_t i = 0; i < doc->nfacets; i++) {
		facet_entry *f = map_get(&ix->facets, doc->facets[i]);
		if (!f) {
			f = arena_alloc(&ix->a, sizeof *f);
			f->name = arena_strdup(&ix->a, doc->facets[i]);
			map_put(&ix->facets, f->name, f);
			ptrvec_push(&ix->a, &ix->facet_list, f);
		}
		docs_add(&f->docs, ix->ndocs);
	}
	/* [path, kind, plan, status, code, title, summary, deadline, leads] */
	buf b = BUF_INIT;
	const char *fields[] = {doc->path,  doc->kind,    doc->plan,     doc->status,     doc->code,
	                        doc->title, doc->summary, doc->deadline, doc->leads_shown};
	buf_addc(&b, '[');
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		if (i)
			buf_addc(&b, ',');
		fragment_str(&b, fields[i]);
	}
	buf_addc(&b, ']');
	ptrvec_push(&ix->a, &ix->fragments, arena_strndup(&ix->a, buf_cstr(&b), b.len));
	buf_free(&b);
	if (doc->current)
		ix->ncurrent++;
	ix->ndocs++;
	arena_reset(&ix->scratch);
	return true;
}

size_t
search_index_docs(const search_index *ix)
{
	return ix->ndocs;
}

size_t
search_index_forms(const search_index *ix)
{
	return ix->form_list.len;
}

size_t
search_index_stems(const search_index *ix)
{
	return ix->stem_list.len;
}
