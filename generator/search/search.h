/* search.h - the split search index: word keys, stems, shards, manifest and result fragments.
 *
 * The browser must download only what a query needs, so the build does the language work
 * (Unicode folding with utf8proc, stemming with Snowball) and writes small files:
 *
 *   search/manifest.js   the first key of every shard, the number of documents: all a search
 *                        page loads before the first query
 *   search/v/N.js        vocabulary shards by word range: each folded word form of the corpus
 *                        with its stem group and document count (prefixes and typos are
 *                        found here: forms sharing a first letter sit in neighbouring shards)
 *   search/p/N.js        postings shards by stem range: the documents of each stem group,
 *                        and those having it in the title
 *   search/r/N.js        result fragments, a few documents per file, in document order
 *   search/f/index.js    filter names; search/f/N.js the documents of one filter value
 *
 * Every file is a script that registers itself (plansiteSearch("v/3", data)), so the index
 * also loads from file://, where fetch is blocked. Documents are numbered in the order they
 * are added; the current plan's come first, so "current plan first" is a number range.
 * Output depends only on the documents added, never on hash order or threads. */
#ifndef PLANSITE_SEARCH_H
#define PLANSITE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"

/* ---- folding and tokens (fold.c) ---- */

/* s folded into a search key: compatibility decomposition, Unicode case folding, combining
 * accents U+0300-U+036F and invisible format characters dropped, then composed again
 * ("Ŵyn" -> "wyn", "Café" -> "cafe"; other scripts keep their marks). search.js folds
 * queries the same way. NULL if s is not valid UTF-8. */
char *search_fold(arena *a, const char *s);

/* The next token of folded text s from *pos: either a code (digits with inner dots: "1.2",
 * "01.01.01") or a run of letters, marks and digits. Single letters are skipped. Sets
 * *start and *len (bytes) and moves *pos past it; false at the end. */
bool search_token_next(const char *s, size_t *pos, size_t *start, size_t *len);

/* ---- stemming (stem.c) ---- */

typedef struct search_stemmer search_stemmer;

/* A Snowball stemmer for language ("english", "welsh", ...), or NULL when Snowball has none:
 * such a language is indexed with folding only. Not thread-safe: one per thread. */
search_stemmer *search_stemmer_new(const char *language);
void search_stemmer_free(search_stemmer *s);

/* The stem of a folded word, in arena a. Words with digits, and every word when s is NULL,
 * are their own stem. */
const char *search_stem(search_stemmer *s, arena *a, const char *word, size_t len);

/* ---- the index (index.c) ---- */

typedef struct search_doc {
	/* matched */
	const char *title; /* ranked above the rest */
	const char *code;  /* "1.2": matched exactly (and counted as title) */
	const char *id;
	const char *body;  /* plain text */
	const char *leads; /* names of who leads it, so "Scott apprenticeship" finds it */
	/* shown in a result: written as its fragment */
	const char *path, *kind, *plan, *status, *deadline, *summary, *leads_shown;
	/* filter values ("plan:2019-22", "kind:activity", "dir:place"): the filters it passes */
	const char **facets;
	size_t nfacets;
	bool current; /* in the current plan: such documents must be added first */
} search_doc;

typedef struct search_limits {
	size_t vocab_shard_bytes;    /* a vocabulary shard closes once this big */
	size_t postings_shard_bytes; /* likewise for postings */
	size_t docs_per_fragment;    /* documents per result fragment file */
} search_limits;

typedef struct search_index search_index;

/* A new, empty index for language (Snowball name; NULL means English); limits NULL for the
 * defaults. Free with search_index_free. */
search_index *search_index_new(const char *language, const search_limits *limits);
void search_index_free(search_index *ix);

/* Adds a document (its strings are copied). Returns false if a current-plan document comes
 * after another (the ranking depends on that order). */
bool search_index_add(search_index *ix, const search_doc *doc);

/* Receives one file of the index: path below the search folder ("v/0.js"), its contents.
 * Returns false to stop writing. */
typedef bool (*search_sink)(void *ctx, const char *path, buf *contents);

/* Writes the manifest and every shard through sink, in a fixed order. Returns false if the
 * sink did. Adds the bytes written to *bytes when bytes is not NULL. */
bool search_index_write(search_index *ix, search_sink sink, void *ctx, size_t *bytes);

/* For tests and the build summary: number of documents, distinct word forms and stems. */
size_t search_index_docs(const search_index *ix);
size_t search_index_forms(const search_index *ix);
size_t search_index_stems(const search_index *ix);

#endif
