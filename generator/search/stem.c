/* stem.c - Snowball stemming of folded words. See search.h. */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "search/search.h"

struct search_stemmer {
	struct sb_stemmer *sb;
};

search_stemmer *
search_stemmer_new(const char *language)
{
	struct sb_stemmer *sb = sb_stemmer_new(language ? language : "english", "UTF_8");
	if (!sb)
		return NULL; /* no stemmer for this language: folding only */
	search_stemmer *s = xmalloc(sizeof *s);
	s->sb = sb;
	return s;
}

void
search_stemmer_free(search_stemmer *s)
{
	if (!s)
		return;
	sb_stemmer_delete(s->sb);
	free(s);
}

const char *
search_stem(search_stemmer *s, arena *a, const char *word, size_t len)
{
	bool digits = false;
	for (size_t i = 0; i < len; i++)
		digits = digits || (word[i] >= '0' && word[i] <= '9');
	if (!s || digits || len > 200)
		return arena_strndup(a, word, len);
	const sb_symbol *stem = sb_stemmer_stem(s->sb, (const sb_symbol *)word, (int)len);
	if (!stem) /* out of memory inside Snowball: the word stands for itself */
		return arena_strndup(a, word, len);
	/* the stem buffer belongs to the stemmer and is reused by the next call: copy it */
	return arena_strndup(a, (const char *)stem, (size_t)sb_stemmer_length(s->sb));
}
