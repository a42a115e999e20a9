/* test_search.c - the search index: folding, tokens, stems, shards and their encoding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/search.h"
#include "test.h"

static const char *
fold(arena *a, const char *s)
{
	const char *f = search_fold(a, s);
	return f ? f : "(invalid)";
}

TEST(search_fold_welsh_accents_and_other_scripts)
{
	arena a;
	arena_init(&a);
	CHECK_STR(fold(&a, "Ŵyn Ŷr Gŵyl"), "wyn yr gwyl");
	CHECK_STR(fold(&a, "Café Zoë NAÏVE"), "cafe zoe naive");
	CHECK_STR(fold(&a, "Straße ﬁle"), "strasse file");
	CHECK_STR(fold(&a, "co\xc2\xad"
	                   "operate"),
	          "cooperate"); /* soft hyphen */
	/* Bengali keeps its vowel signs (marks outside U+0300-U+036F) */
	CHECK_STR(fold(&a, "রহিম"), "রহিম");
	CHECK(search_fold(&a, "bad \xff utf-8") == NULL);
	arena_free(&a);
}

static const char *
all_tokens(arena *a, const char *text)
{
	const char *s = search_fold(a, text);
	char out[512] = "";
	size_t pos = 0, start, len;
	while (s && search_token_next(s, &pos, &start, &len))
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%.*s", *out ? "|" : "",
		         (int)len, s + start);
	return arena_strdup(a, out);
}

TEST(search_tokens_codes_words_and_names)
{
	arena a;
	arena_init(&a);
	CHECK_STR(all_tokens(&a, "1.2 and 11.2, 01.01.01; in 2019."),
	          "1.2|and|11.2|01.01.01|in|2019");
	CHECK_STR(all_tokens(&a, "The council's x-ray (a)"), "the|council|ray");
	CHECK_STR(all_tokens(&a, "Md. Abdul রহিম (ESW)"), "md|abdul|রহিম|esw");
	CHECK_STR(all_tokens(&a, "v1.2a"), "v1|2a");
	CHECK_STR(all_tokens(&a, "1.2.x"), "1.2");
	CHECK_STR(all_tokens(&a, ""), "");
	arena_free(&a);
}

TEST(search_stem_groups_english_and_languages_without_a_stemmer)
{
	arena a;
	arena_init(&a);
	search_stemmer *en = search_stemmer_new(NULL);
	if (CHECK(en != NULL)) {
		CHECK_STR(search_stem(en, &a, "homelessness", 12), "homeless");
		CHECK_STR(search_stem(en, &a, "prevented", 9),
		          search_stem(en, &a, "prevention", 10));
		CHECK_STR(search_stem(en, &a, "overcrowding", 12),
		          search_stem(en, &a, "overcrowded", 11));
		CHECK_STR(search_stem(en, &a, "apprenticeships", 15), "apprenticeship");
		CHECK_STR(search_stem(en, &a, "1.20", 4), "1.20"); /* codes are not stemmed */
	}
	search_stemmer_free(en);
	/* Snowball 2.2 has no Welsh: folding only, every word its own stem */
	search_stemmer *cy = search_stemmer_new("welsh");
	CHECK(cy == NULL);
	CHECK_STR(search_stem(cy, &a, "gwasanaethau", 12), "gwasanaethau");
	arena_free(&a);
}

/* ---- the written index ---- */

typedef struct files {
	char *path[4096];
	char *data[4096];
	size_t n;
} files;

static bool
keep(void *ctx, const char *path, buf *contents)
{
	files *f = ctx;
	if (f->n == 4096)
		return false;
	f->path[f->n] = xstrdup(path);
	f->data[f->n] = xstrdup(buf_cstr(contents));
	f->n++;
	return true;
}

static void
files_free(files *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->path[i]);
		free(f->data[i]);
	}
	f->n = 0;
}

static const char *
file(const files *f, const char *path)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->path[i], path) == 0)
			return f->data[i];
	return NULL;
}

static const char *const titles[] = {
    "Reduce overcrowded housing",      "Households prevented from becoming homeless",
    "Homelessness prevention service", "Apprenticeship programme",
    "Gŵyl Ŷd: a Welsh festival",       "Support for রহিম's family",
};

static void
build(search_index *ix, size_t extra)
{
	for (size_t i = 0; i < sizeof titles / sizeof *titles + extra; i++) {
		char code[32], path[32], body[64];
		snprintf(code, sizeof code, i % 3 == 0 ? "1.%zu" : "1%zu.2", i + 1);
		snprintf(path, sizeof path, "p/%zu/", i);
		snprintf(body, sizeof body, "word%zu overcrowding common", i);
		const char *facets[] = {i % 2 ? "kind:activity" : "kind:measure"};
		search_doc d = {
		    .title = i < sizeof titles / sizeof *titles ? titles[i] : "Extra item",
		    .code = code,
		    .body = body,
		    .leads = i == 3 ? "Andy Scott; PLACE" : NULL,
		    .path = path,
		    .kind = i % 2 ? "activity" : "measure",
		    .facets = facets,
		    .nfacets = 1,
		    .current = i < 2,
		};
		CHECK(search_index_add(ix, &d));
	}
}

/* Every JSON string of a shard that starts an entry: ["form",... */
static size_t
entries(const char *shard, char keys[][64], size_t max)
{
	size_t n = 0;
	for (const char *p = strstr(shard, "[\""); p && n < max; p = strstr(p, "[\"")) {
		p += 2;
		const char *end = strchr(p, '"');
		snprintf(keys[n++], 64, "%.*s", (int)(end - p), p);
	}
	return n;
}

TEST(search_index_shards_cover_every_form_once_in_order)
{
	search_limits small = {
	    .vocab_shard_bytes = 120, .postings_shard_bytes = 150, .docs_per_fragment = 4};
	search_index *ix = search_index_new(NULL, &small);
	build(ix, 60);
	files f = {0};
	size_t bytes = 0;
	CHECK(search_index_write(ix, keep, &f, &bytes) && bytes > 0);
	const char *manifest = file(&f, "manifest.js");
	if (!CHECK(manifest != NULL)) {
		files_free(&f);
		search_index_free(ix);
		return;
	}
	CHECK(strstr(manifest, "\"docs\":66,\"current\":2,\"block\":4,\"stemmed\":true") != NULL);
	/* walk the vocabulary shards: sorted within and across, each under the limit unless it
	 * holds a single entry, and the manifest names each one's first key */
	char prev[64] = "";
	size_t forms = 0, shards = 0;
	for (;; shards++) {
		char name[32];
		snprintf(name, sizeof name, "v/%zu.js", shards);
		const char *s = file(&f, name);
		if (!s)
			break;
		static char keys[512][64];
		size_t n = entries(s, keys, 512);
		CHECK(n > 0);
		CHECK(n == 1 || strlen(s) <= small.vocab_shard_bytes + 40);
		char first[80];
		snprintf(first, sizeof first, "\"%s\"", keys[0]);
		CHECK(strstr(manifest, first) != NULL);
		for (size_t i = 0; i < n; i++) {
			CHECK(strcmp(prev, keys[i]) < 0);
			memcpy(prev, keys[i], sizeof prev);
		}
		forms += n;
	}
	CHECK(shards > 3);
	CHECK(forms == search_index_forms(ix));
	/* stem groups: both word forms point to one stem; codes stand alone */
	bool crowded = false, crowding = false, code12 = false, code112 = false;
	for (size_t i = 0; i < f.n; i++) {
		if (strncmp(f.path[i], "v/", 2) != 0)
			continue;
		crowded = crowded || strstr(f.data[i], "[\"overcrowded\",1,\"overcrowd\"]");
		crowding = crowding || strstr(f.data[i], "[\"overcrowding\",66,\"overcrowd\"]");
		code12 = code12 || strstr(f.data[i], "[\"1.1\",1]");
		code112 = code112 || strstr(f.data[i], "[\"12.2\",1]");
	}
	CHECK(crowded && crowding && code12 && code112);
	/* the Welsh title is folded; the Bengali name is a word of its own */
	bool welsh = false, bengali = false;
	for (size_t i = 0; i < f.n; i++) {
		welsh = welsh || strstr(f.data[i], "[\"gwyl\"");
		bengali = bengali || strstr(f.data[i], "[\"রহিম\"");
	}
	CHECK(welsh && bengali);
	/* fragments: 66 documents, 4 a file */
	CHECK(file(&f, "r/16.js") != NULL && file(&f, "r/17.js") == NULL);
	CHECK(strstr(file(&f, "r/0.js"), "[\"p/0/\",\"measure\",null,null,\"1.1\",") != NULL);
	CHECK(file(&f, "f/index.js") &&
	      strstr(file(&f, "f/index.js"), "{\"kind:activity\":0,\"kind:measure\":1}"));
	files_free(&f);
	search_index_free(ix);
}

/* Decodes a document list as search.js does. */
static size_t
decode(const char *enc, unsigned *out, size_t max)
{
	static const char digits[] =
	    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
	size_t n = 0;
	if (*enc == 'B') {
		for (size_t i = 1; enc[i] && enc[i] != '"'; i++) {
			unsigned v = (unsigned)(strchr(digits, enc[i]) - digits);
			for (unsigned b = 0; b < 6; b++)
				if ((v & (1u << b)) && n < max)
					out[n++] = (unsigned)(i - 1) * 6 + b;
		}
		return n;
	}
	long doc = -1;
	unsigned gap = 0, shift = 0;
	for (size_t i = 1; enc[i] && enc[i] != '"' && n < max; i++) {
		unsigned v = (unsigned)(strchr(digits, enc[i]) - digits);
		gap |= (v & 31) << shift;
		if (v & 32) {
			shift += 5;
			continue;
		}
		doc += gap + 1;
		out[n++] = (unsigned)doc;
		gap = shift = 0;
	}
	return n;
}

TEST(search_index_postings_as_gaps_or_bitmaps)
{
	search_index *ix = search_index_new(NULL, NULL);
	build(ix, 1000);
	files f = {0};
	CHECK(search_index_write(ix, keep, &f, NULL));
	/* "common" is in all 1006 documents: a bitmap; "apprenticeship" in one: a gap list */
	const char *common = NULL, *appr = NULL;
	for (size_t i = 0; i < f.n; i++) {
		if (strncmp(f.path[i], "p/", 2) != 0)
			continue;
		const char *c = strstr(f.data[i], "[\"common\",\"");
		const char *p = strstr(f.data[i], "[\"apprenticeship\",\"");
		common = c ? c + 11 : common;
		appr = p ? p + 19 : appr;
	}
	static unsigned docs[2000];
	if (CHECK(common && *common == 'B'))
		CHECK(decode(common, docs, 2000) == 1006 && docs[0] == 0 && docs[1005] == 1005);
	if (CHECK(appr && *appr == 'L'))
		CHECK(decode(appr, docs, 2000) == 1 && docs[0] == 3);
	/* a name in leads finds the document too: "scott" is in document 3 only */
	bool scott = false;
	for (size_t i = 0; i < f.n; i++)
		scott = scott || (strncmp(f.path[i], "p/", 2) == 0 &&
		                  strstr(f.data[i], "[\"scott\",\"L3\",\"\"]"));
	CHECK(scott);
	files_free(&f);
	search_index_free(ix);
}

TEST(search_index_is_deterministic_and_keeps_the_current_plan_first)
{
	files one = {0}, two = {0};
	for (int run = 0; run < 2; run++) {
		search_index *ix = search_index_new(NULL, NULL);
		build(ix, 20);
		CHECK(search_index_write(ix, keep, run ? &two : &one, NULL));
		search_index_free(ix);
	}
	bool same = one.n == two.n;
	for (size_t i = 0; same && i < one.n; i++)
		same =
		    strcmp(one.path[i], two.path[i]) == 0 && strcmp(one.data[i], two.data[i]) == 0;
	CHECK(same);
	files_free(&one);
	files_free(&two);
	search_index *ix = search_index_new("welsh", NULL); /* no stemmer: folding only */
	search_doc later = {.title = "Hen", .path = "a/", .kind = "measure"};
	search_doc current = {.title = "Newydd", .path = "b/", .kind = "measure", .current = true};
	CHECK(search_index_add(ix, &later));
	CHECK(!search_index_add(ix, &current));
	files f = {0};
	CHECK(search_index_write(ix, keep, &f, NULL));
	CHECK(file(&f, "manifest.js") && strstr(file(&f, "manifest.js"), "\"stemmed\":false"));
	files_free(&f);
	search_index_free(ix);
}

/* Codes are whole keys: "1.2" is not "11.2" nor "1.20", and "1.2.3" (a child) is the only
 * key that starts with "1.2." - the boundary search.js uses for children. */
TEST(search_codes_are_exact_keys)
{
	search_index *ix = search_index_new(NULL, NULL);
	const char *codes[] = {"1.2", "11.2", "1.20", "1.2.3"};
	for (size_t i = 0; i < 4; i++) {
		char path[16];
		snprintf(path, sizeof path, "c%zu/", i);
		search_doc d = {.title = "Item", .code = codes[i], .path = path, .kind = "outcome"};
		CHECK(search_index_add(ix, &d));
	}
	files f = {0};
	CHECK(search_index_write(ix, keep, &f, NULL));
	const char *v = file(&f, "v/0.js"), *p = file(&f, "p/0.js");
	if (CHECK(v && p)) {
		CHECK(strstr(v, "[\"1.2\",1],[\"1.2.3\",1],[\"1.20\",1],[\"11.2\",1]") != NULL);
		CHECK(strstr(p, "[\"1.2\",\"L0\",\"L0\"]") != NULL);   /* document 0 only */
		CHECK(strstr(p, "[\"11.2\",\"L1\",\"L1\"]") != NULL);  /* document 1 only */
		CHECK(strstr(p, "[\"1.2.3\",\"L3\",\"L3\"]") != NULL); /* the child */
	}
	files_free(&f);
	search_index_free(ix);
}

/* Typo tolerance reads the vocabulary of one first letter: search.js takes the shard whose
 * range holds the letter and the following shards whose first key starts with it. Every
 * form of that letter must be in those shards, however the shards fall. */
TEST(search_typo_first_letter_shards_hold_every_form_of_the_letter)
{
	search_limits tiny = {
	    .vocab_shard_bytes = 60, .postings_shard_bytes = 60, .docs_per_fragment = 2};
	search_index *ix = search_index_new(NULL, &tiny);
	build(ix, 0);
	search_doc extra = {.title = "homeless homelessness households housing hope home",
	                    .path = "x/",
	                    .kind = "measure"};
	CHECK(search_index_add(ix, &extra));
	files f = {0};
	CHECK(search_index_write(ix, keep, &f, NULL));
	/* the manifest's first keys, in order */
	static char firsts[256][64];
	size_t nf = 0;
	const char *m = file(&f, "manifest.js");
	const char *list = m ? strstr(m, "\"v\":[") : NULL;
	for (const char *q = list ? list + 5 : NULL; q && *q == '"' && nf < 256;) {
		const char *end = strchr(q + 1, '"');
		snprintf(firsts[nf++], 64, "%.*s", (int)(end - q - 1), q + 1);
		q = end[1] == ',' ? end + 2 : NULL;
	}
	CHECK(nf > 4);
	const char letter[] = "h";
	size_t from = 0;
	for (size_t i = 0; i < nf; i++)
		if (strcmp(firsts[i], letter) <= 0)
			from = i;
	size_t to = from;
	while (to + 1 < nf && firsts[to + 1][0] == letter[0])
		to++;
	/* every "h" form lives in shards from..to, and none elsewhere */
	size_t found = 0;
	for (size_t s = 0; s < nf; s++) {
		char name[32];
		snprintf(name, sizeof name, "v/%zu.js", s);
		static char keys[512][64];
		size_t n = entries(file(&f, name) ? file(&f, name) : "", keys, 512);
		for (size_t i = 0; i < n; i++)
			if (keys[i][0] == 'h') {
				CHECK(s >= from && s <= to);
				found++;
			}
	}
	CHECK(found >= 6); /* homeless, homelessness, households, housing, hope, home */
	files_free(&f);
	search_index_free(ix);
}
