/* translate.c - replaced by the loader's translations. A minimal implementation of
 * translate.h for what the loader reads today: a site has one language (site.yaml's
 * `language:`), unless a test gave the model more with translate_stub.h. */
#include "content/translate.h"

#include <string.h>

#include "content/translate_stub.h"

typedef struct tfield {
	const char **field;
	const char *texts[CONTENT_MAX_LANGUAGES]; /* [0] the default language's */
} tfield;

struct translations {
	const char *tags[CONTENT_MAX_LANGUAGES];
	size_t n, in_use;
	tfield *fields;
	size_t nfields, cap;
};

size_t
content_languages(const model *m)
{
	return m->translations ? m->translations->n : 1;
}

const char *
content_language(const model *m, size_t i)
{
	if (m->translations && i < m->translations->n)
		return m->translations->tags[i];
	return i == 0 ? m->site.language : NULL;
}

void
content_use_language(model *m, size_t i)
{
	struct translations *t = m->translations;
	if (!t || i >= t->n)
		return;
	for (size_t k = 0; k < t->nfields; k++)
		*t->fields[k].field =
		    t->fields[k].texts[i] ? t->fields[k].texts[i] : t->fields[k].texts[0];
	t->in_use = i;
}

size_t
content_language_in_use(const model *m)
{
	return m->translations ? m->translations->in_use : 0;
}

bool
content_untranslated(const model *m, const char *text)
{
	const struct translations *t = m->translations;
	if (!t || !t->in_use || !text)
		return false;
	for (size_t k = 0; k < t->nfields; k++)
		if (t->fields[k].texts[0] == text && !t->fields[k].texts[t->in_use])
			return true;
	return false;
}

const char *
content_translation(const model *m, const char *default_text, size_t i)
{
	const struct translations *t = m->translations;
	if (!t || !default_text || i == 0 || i >= t->n)
		return NULL;
	for (size_t k = 0; k < t->nfields; k++)
		if (t->fields[k].texts[0] == default_text)
			return t->fields[k].texts[i];
	return NULL;
}

size_t
content_missing_translations(const model *m, size_t i)
{
	const struct translations *t = m->translations;
	size_t n = 0;
	for (size_t k = 0; t && i > 0 && i < t->n && k < t->nfields; k++)
		n += !t->fields[k].texts[i];
	return n;
}

/* ---- translate_stub.h ---- */

void
translate_stub_languages(model *m, const char *const *tags, size_t n)
{
	if (!m->translations)
		m->translations = arena_alloc(m->arena, sizeof *m->translations);
	struct translations *t = m->translations;
	t->n = n < CONTENT_MAX_LANGUAGES ? n : CONTENT_MAX_LANGUAGES;
	for (size_t i = 0; i < t->n; i++)
		t->tags[i] = tags[i];
}

void
translate_stub_field(model *m, const char **field, const char *const *texts)
{
	struct translations *t = m->translations;
	if (!t)
		return;
	if (t->nfields == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		tfield *f = arena_alloc(m->arena, cap * sizeof *f);
		if (t->nfields)
			memcpy(f, t->fields, t->nfields * sizeof *f);
		t->fields = f;
		t->cap = cap;
	}
	tfield *f = &t->fields[t->nfields++];
	f->field = field;
	f->texts[0] = *field;
	for (size_t i = 1; i < t->n; i++)
		f->texts[i] = texts[i];
}
