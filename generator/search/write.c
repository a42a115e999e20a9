/* write.c - the index as files: manifest, vocabulary and postings shards by key range,
 * result fragments and filter values. See search.h for the layout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "search/internal.h"

/* Document lists are written as text that needs no escaping in a script: 64 symbols. */
static const char digits64[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

static size_t
varint_chars(uint32_t d)
{
	size_t n = 1;
	while (d >= 32) {
		d >>= 5;
		n++;
	}
	return n;
}

/* Either "L" and the gaps between documents (5 bits a symbol, low bits first, 32 set on all
 * but the last symbol of a gap), or "B" and a bitmap (6 documents a symbol), whichever is
 * shorter: a word in every document then costs docs/6 bytes, not more. */
static void
encode_docs(buf *b, const docs *v, uint32_t ndocs)
{
	size_t list = 1, bitmap = 1 + ((size_t)ndocs + 5) / 6;
	long prev = -1;
	for (size_t i = 0; i < v->n; i++) {
		list += varint_chars((uint32_t)((long)v->ids[i] - prev - 1));
		prev = v->ids[i];
	}
	if (list <= bitmap) {
		buf_addc(b, 'L');
		prev = -1;
		for (size_t i = 0; i < v->n; i++) {
			uint32_t d = (uint32_t)((long)v->ids[i] - prev - 1);
			prev = v->ids[i];
			while (d >= 32) {
				buf_addc(b, digits64[32 | (d & 31)]);
				d >>= 5;
			}
			buf_addc(b, digits64[d]);
		}
		return;
	}
	buf_addc(b, 'B');
	size_t nsym = v->n ? v->ids[v->n - 1] / 6 + 1 : 0; /* trailing empty symbols left out */
	unsigned char *sym = xcalloc(nsym ? nsym : 1, 1);
	for (size_t i = 0; i < v->n; i++)
		sym[v->ids[i] / 6] |= (unsigned char)(1u << (v->ids[i] % 6));
	for (size_t i = 0; i < nsym; i++)
		buf_addc(b, digits64[sym[i]]);
	free(sym);
}

static int
compare_forms(const void *x, const void *y)
{
	return strcmp((*(form_entry *const *)x)->form, (*(form_entry *const *)y)->form);
}

static int
compare_stems(const void *x, const void *y)
{
	return strcmp((*(stem_entry *const *)x)->stem, (*(stem_entry *const *)y)->stem);
}

static int
compare_facets(const void *x, const void *y)
{
	return strcmp((*(facet_entry *const *)x)->name, (*(facet_entry *const *)y)->name);
}

/* One file being written: `plansiteSearch("NAME",` data `);` */
typedef struct out {
	search_sink sink;
	void *ctx;
	size_t *bytes;
	bool failed;
} out;

static void
open_file(buf *b, const char *name)
{
	buf_reset(b);
	buf_printf(b, "plansiteSearch(\"%s\",", name);
}

static void
close_file(out *o, buf *b, const char *name)
{
	buf_adds(b, ");\n");
	if (o->failed)
		return;
	char path[64];
	snprintf(path, sizeof path, "%s.js", name);
	if (!o->sink(o->ctx, path, b))
		o->failed = true;
	else if (o->bytes)
		*o->bytes += b->len;
}

/* A shard series: entries appended until one more would pass the limit. */
typedef struct series {
	out *o;
	const char *dir; /* "v" or "p" */
	size_t limit;
	buf file;
	size_t n;     /* shards written */
	size_t items; /* entries in the open shard */
	buf firsts;   /* JSON list of each shard's first key */
} series;

static void
series_flush(series *s)
{
	if (!s->items)
		return;
	char name[32];
	snprintf(name, sizeof name, "%s/%zu", s->dir, s->n);
	buf_addc(&s->file, ']');
	close_file(s->o, &s->file, name);
	s->n++;
	s->items = 0;
}

static void
series_add(series *s, const char *key, const buf *entry)
{
	if (s->items && s->file.len + entry->len + 8 > s->limit)
		series_flush(s);
	if (!s->items) {
		char name[32];
		snprintf(name, sizeof name, "%s/%zu", s->dir, s->n);
		open_file(&s->file, name);
		buf_addc(&s->file, '[');
		buf_addc(&s->firsts, s->firsts.len ? ',' : '[');
		json_escape(&s->firsts, key);
	} else {
		buf_addc(&s->file, ',');
	}
	buf_add(&s->file, entry->data, entry->len);
	s->items++;
}

static void
series_end(series *s)
{
	series_flush(s);
	if (!s->firsts.len)
		buf_addc(&s->firsts, '[');
	buf_addc(&s->firsts, ']');
	buf_free(&s->file);
}

bool
search_index_write(search_index *ix, search_sink sink, void *ctx, size_t *bytes)
{
	out o = {sink, ctx, bytes, false};
	buf entry = BUF_INIT, b = BUF_INIT;
	if (ix->form_list.len) /* an empty list has no storage, and qsort wants a pointer */
		qsort(ix->form_list.items, ix->form_list.len, sizeof(void *), compare_forms);
	if (ix->stem_list.len)
		qsort(ix->stem_list.items, ix->stem_list.len, sizeof(void *), compare_stems);
	if (ix->facet_list.len)
		qsort(ix->facet_list.items, ix->facet_list.len, sizeof(void *), compare_facets);

	/* vocabulary: [form, documents with it, stem if not the form itself] */
	series vocab = {&o, "v", ix->lim.vocab_shard_bytes, BUF_INIT, 0, 0, BUF_INIT};
	for (size_t i = 0; i < ix->form_list.len; i++) {
		const form_entry *f = ix->form_list.items[i];
		buf_reset(&entry);
		buf_addc(&entry, '[');
		json_escape(&entry, f->form);
		buf_printf(&entry, ",%u", (unsigned)f->df);
		if (strcmp(f->stem->stem, f->form) != 0) {
			buf_addc(&entry, ',');
			json_escape(&entry, f->stem->stem);
		}
		buf_addc(&entry, ']');
		series_add(&vocab, f->form, &entry);
	}
	series_end(&vocab);

	/* postings: [stem, documents, documents with it in the title] */
	series post = {&o, "p", ix->lim.postings_shard_bytes, BUF_INIT, 0, 0, BUF_INIT};
	for (size_t i = 0; i < ix->stem_list.len; i++) {
		const stem_entry *s = ix->stem_list.items[i];
		buf_reset(&entry);
		buf_addc(&entry, '[');
		json_escape(&entry, s->stem);
		buf_adds(&entry, ",\"");
		encode_docs(&entry, &s->all, ix->ndocs);
		buf_adds(&entry, "\",\"");
		if (s->title.n)
			encode_docs(&entry, &s->title, ix->ndocs);
		buf_adds(&entry, "\"]");
		series_add(&post, s->stem, &entry);
	}
	series_end(&post);

	/* result fragments, a block of documents a file */
	size_t block = ix->lim.docs_per_fragment;
	for (size_t first = 0; first < ix->fragments.len; first += block) {
		char name[32];
		snprintf(name, sizeof name, "r/%zu", first / block);
		open_file(&b, name);
		buf_addc(&b, '[');
		for (size_t i = first; i < first + block && i < ix->fragments.len; i++) {
			if (i > first)
				buf_adds(&b, ",\n");
			buf_adds(&b, ix->fragments.items[i]);
		}
		buf_addc(&b, ']');
		close_file(&o, &b, name);
	}

	/* filter values: their names (loaded once a filter is chosen), then one file each */
	open_file(&b, "f/index");
	buf_addc(&b, '{');
	for (size_t i = 0; i < ix->facet_list.len; i++) {
		const facet_entry *f = ix->facet_list.items[i];
		if (i)
			buf_addc(&b, ',');
		json_escape(&b, f->name);
		buf_printf(&b, ":%zu", i);
	}
	buf_addc(&b, '}');
	close_file(&o, &b, "f/index");
	for (size_t i = 0; i < ix->facet_list.len; i++) {
		const facet_entry *f = ix->facet_list.items[i];
		char name[32];
		snprintf(name, sizeof name, "f/%zu", i);
		open_file(&b, name);
		buf_addc(&b, '"');
		encode_docs(&b, &f->docs, ix->ndocs);
		buf_addc(&b, '"');
		close_file(&o, &b, name);
	}

	/* the manifest last, so a partial write never leaves one pointing at missing shards */
	open_file(&b, "manifest");
	buf_printf(&b,
	           "{\"version\":1,\"docs\":%u,\"current\":%u,\"block\":%zu,\"stemmed\":%s,"
	           "\"v\":",
	           (unsigned)ix->ndocs, (unsigned)ix->ncurrent, block,
	           ix->stemmer ? "true" : "false");
	buf_add(&b, vocab.firsts.data, vocab.firsts.len);
	buf_adds(&b, ",\"p\":");
	buf_add(&b, post.firsts.data, post.firsts.len);
	buf_addc(&b, '}');
	close_file(&o, &b, "manifest");

	buf_free(&vocab.firsts);
	buf_free(&post.firsts);
	buf_free(&entry);
	buf_free(&b);
	return !o.failed;
}
