/* translate.c - the site's languages and every text's translations (translate.h).
 *
 * The loader registers the default-language text of every text field it reads, keyed by
 * the text's pointer (the `const char *` the record's struct holds), and each FIELD@LANG
 * beside it as that text's translation. Switching languages walks every text slot of the
 * model once (walk(), the one list of them), remembers which slots hold registered texts,
 * and from then on rewrites just those slots. Copies of a text (a history point's
 * restated:, copied from its report entry) are slots of their own and switch with it. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "content/internal.h"
#include "content/translate.h"

typedef struct tr_entry {
	const char *text[CONTENT_MAX_LANGUAGES]; /* [0]: the default language's, the key */
	const record_spec *spec;                 /* the record and field it was read from */
	const field_spec *fs;
	mark at;     /* the field's key */
	bool parity; /* a missing translation is a warning (lists: their first text only) */
	bool reached;
} tr_entry;

struct translations {
	tr_entry **slots; /* open addressing on text[0]'s address */
	size_t cap, len;
	bool walked;
	ptrvec text_slots, text_entries; /* const char **, tr_entry *: slots holding a text */
	ptrvec ptr_slots, ptr_entries;   /* void **: texts of ptrvecs (barriers' criteria) */
	size_t in_use;
	size_t missing[CONTENT_MAX_LANGUAGES];
};

/* ---- the table ---- */

static size_t
slot_of(const void *p, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15u;
	return (size_t)(h >> 17) & (cap - 1);
}

static tr_entry *
find(const translations *t, const char *text)
{
	if (!t || !text || !t->cap)
		return NULL;
	for (size_t i = slot_of(text, t->cap);; i = (i + 1) & (t->cap - 1)) {
		tr_entry *e = t->slots[i];
		if (!e || e->text[0] == text)
			return e;
	}
}

static void
insert(arena *a, translations *t, tr_entry *e)
{
	if ((t->len + 1) * 2 > t->cap) { /* keep it at most half full */
		size_t cap = t->cap ? t->cap * 2 : 256;
		tr_entry **slots = arena_alloc(a, cap * sizeof *slots);
		for (size_t i = 0; i < t->cap; i++) {
			if (!t->slots[i])
				continue;
			size_t j = slot_of(t->slots[i]->text[0], cap);
			while (slots[j])
				j = (j + 1) & (cap - 1);
			slots[j] = t->slots[i];
		}
		t->slots = slots;
		t->cap = cap;
	}
	size_t j = slot_of(e->text[0], t->cap);
	while (t->slots[j])
		j = (j + 1) & (t->cap - 1);
	t->slots[j] = e;
	t->len++;
}

/* ---- languages ---- */

static translations *
table(loader *ld)
{
	if (!ld->m->translations)
		ld->m->translations = arena_alloc(ld->a, sizeof *ld->m->translations);
	return ld->m->translations;
}

bool
field_translatable(const field_spec *fs)
{
	bool text = fs->type == FT_LINE || fs->type == FT_TEXT || fs->type == FT_MARKDOWN ||
	            fs->type == FT_LINES;
	return text && !(fs->flags & F_SHARED);
}

/* [a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})* */
static bool
tag_valid(const char *s)
{
	size_t n = 0;
	while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))
		n++;
	if (n < 2 || n > 3)
		return false;
	s += n;
	while (*s == '-') {
		s++;
		n = 0;
		while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
		       (s[n] >= '0' && s[n] <= '9'))
			n++;
		if (n < 2 || n > 8)
			return false;
		s += n;
	}
	return *s == '\0';
}

int
translate_language_index(const model *m, const char *tag)
{
	for (size_t i = 0; i < m->site.nlanguages; i++)
		if (strcmp(m->site.languages[i], tag) == 0)
			return (int)i;
	return -1;
}

/* The tag someone probably meant ('en_GB' -> 'en-GB'), or NULL. */
static const char *
tag_fix(arena *a, const char *s)
{
	char *fix = arena_strdup(a, s);
	for (char *p = fix; *p; p++)
		if (*p == '_' || *p == ' ')
			*p = '-';
	return tag_valid(fix) ? fix : NULL;
}

void
translate_languages(loader *ld, const field *languages, const field *language)
{
	site_config *s = &ld->m->site;
	if (!languages->ok) { /* left out (or wrong, and reported): language: alone, if given */
		if (language->ok && language->s) {
			s->languages = arena_alloc(ld->a, sizeof *s->languages);
			s->languages[0] = language->s;
			s->nlanguages = 1;
		}
		return;
	}
	if (languages->n == 0) {
		diag_error(ld->d, languages->v->at,
		           "'languages' is an empty list: give the default language first");
		return;
	}
	if (languages->n > CONTENT_MAX_LANGUAGES) {
		diag_error(ld->d, languages->v->at, "'languages' lists %zu languages; at most %d",
		           languages->n, CONTENT_MAX_LANGUAGES);
		return;
	}
	const char **tags = arena_alloc(ld->a, languages->n * sizeof *tags);
	size_t n = 0;
	for (size_t i = 0; i < languages->n; i++) {
		const value *v = languages->items[i];
		if (!tag_valid(v->str)) {
			diag_error(
			    ld->d, v->at,
			    "invalid language tag '%s': write a BCP 47 tag, a language code of "
			    "2 or 3 letters and optional subtags joined by '-' (en-GB, cy)%s",
			    v->str, did_you_mean(ld, tag_fix(ld->a, v->str)));
			continue;
		}
		size_t j = 0;
		while (j < i && strcmp(languages->items[j]->str, v->str) != 0)
			j++;
		if (j < i) {
			diag_error(ld->d, v->at, "language '%s' is listed twice (first at %s)",
			           v->str, mark_text(ld, languages->items[j]->at));
			continue;
		}
		tags[n++] = v->str;
	}
	if (!n)
		return;
	/* The valid tags stand, so translations into them are still read and checked. */
	if (language->ok && language->s && strcmp(language->s, tags[0]) != 0)
		diag_error(ld->d, language->v->at,
		           "'language' is '%s' but the first of 'languages' is '%s', the default "
		           "language: make them equal, or leave 'language' out",
		           language->s, tags[0]);
	s->languages = tags;
	s->nlanguages = n;
	if (n > 1) /* so switching works (and says so) even before a text is registered */
		table(ld);
}

/* ---- registering texts ---- */

void
translate_text(loader *ld, const char *text, mark at, const record_spec *spec, const field_spec *fs,
               bool parity)
{
	if (!text || !*text || ld->m->site.nlanguages < 2)
		return;
	translations *t = table(ld);
	if (find(t, text))
		return; /* one text in two places (a YAML alias): its first field speaks for it */
	tr_entry *e = arena_alloc(ld->a, sizeof *e);
	e->text[0] = text;
	e->spec = spec;
	e->fs = fs;
	e->at = at;
	e->parity = parity;
	insert(ld->a, t, e);
}

void
translate_add(loader *ld, const char *text, size_t lang, const char *translation)
{
	tr_entry *e = find(ld->m->translations, text);
	if (e && lang > 0 && lang < CONTENT_MAX_LANGUAGES)
		e->text[lang] = translation;
}

/* What a warning calls a language: "Welsh (cy)", else the tag alone. */
static const char *
language_name(arena *a, const char *tag)
{
	static const char *const names[][2] = {
	    {"cy", "Welsh"},    {"en", "English"}, {"ga", "Irish"},   {"gd", "Scottish Gaelic"},
	    {"kw", "Cornish"},  {"gv", "Manx"},    {"br", "Breton"},  {"fr", "French"},
	    {"de", "German"},   {"es", "Spanish"}, {"pl", "Polish"},  {"pt", "Portuguese"},
	    {"ro", "Romanian"}, {"ur", "Urdu"},    {"bn", "Bengali"}, {"pa", "Punjabi"},
	    {"ar", "Arabic"},   {"so", "Somali"},  {"zh", "Chinese"}, {"it", "Italian"},
	};
	size_t n = strcspn(tag, "-");
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i][0]) == n && strncasecmp(tag, names[i][0], n) == 0)
			return arena_printf(a, "%s (%s)", names[i][1], tag);
	return tag;
}

void
translate_finish(loader *ld)
{
	translations *t = ld->m->translations;
	size_t nl = ld->m->site.nlanguages;
	if (!t || nl < 2)
		return;
	const char *names[CONTENT_MAX_LANGUAGES] = {0};
	for (size_t i = 1; i < nl; i++)
		names[i] = language_name(ld->a, ld->m->site.languages[i]);
	for (size_t k = 0; k < t->cap; k++) {
		tr_entry *e = t->slots[k];
		if (!e || !e->parity)
			continue;
		for (size_t i = 1; i < nl; i++) {
			if (e->text[i])
				continue;
			t->missing[i]++;
			diag_warning(ld->d, e->at, "no %s text for '%s': add %s@%s", names[i],
			             e->fs->name, e->fs->name, ld->m->site.languages[i]);
		}
	}
}

/* ---- the model's text slots ---- */

typedef struct walker {
	void (*text)(struct walker *w, const char **slot);
	void (*ptr)(struct walker *w, void **slot);
	translations *t;
	arena *a;
} walker;

static void
texts_of(walker *w, ptrvec *v)
{
	for (size_t i = 0; i < v->len; i++)
		w->ptr(w, &v->items[i]);
}

static void
walk_entry(walker *w, status_entry *e)
{
	const char **s[] = {&e->reason,   &e->note,          &e->actual_as_written,
	                    &e->restated, &e->suppressed,    &e->why_off_target,
	                    &e->actions,  &e->back_on_track, &e->source_note};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		w->text(w, s[i]);
}

static void
walk_item(walker *w, item *it)
{
	w->text(w, &it->title);
	w->text(w, &it->description);
	w->text(w, &it->notes);
	w->text(w, &it->source_note);
	w->text(w, &it->deadline_as_written);
	for (size_t i = 0; i < it->revisions.len; i++)
		w->text(w, &((revision *)it->revisions.items[i])->reason);
	measure_info *mi = it->measure;
	if (!mi)
		return;
	w->text(w, &mi->unit_label);
	w->text(w, &mi->type);
	for (size_t i = 0; i < mi->ncomparators; i++)
		w->text(w, &mi->comparators[i]);
	for (size_t i = 0; i < mi->nhistory; i++) { /* copies of the report entries' texts */
		w->text(w, &mi->history[i].restated);
		w->text(w, &mi->history[i].suppressed);
	}
}

static void
walk_plan(walker *w, plan *p)
{
	w->text(w, &p->title);
	w->text(w, &p->subtitle);
	w->text(w, &p->source);
	w->text(w, &p->intro);
	w->text(w, &p->source_note);
	for (size_t k = 0; k < ITEM_KIND_COUNT; k++)
		w->text(w, &p->label[k]);
	for (size_t i = 0; i < p->nsections; i++) {
		w->text(w, &p->sections[i].title);
		w->text(w, &p->sections[i].body);
	}
	for (size_t i = 0; i < p->items.len; i++)
		walk_item(w, p->items.items[i]);
	for (size_t i = 0; i < p->reports.len; i++) {
		report *r = p->reports.items[i];
		w->text(w, &r->title);
		w->text(w, &r->summary);
		w->text(w, &r->source_note);
		for (size_t j = 0; j < r->entries.len; j++)
			walk_entry(w, r->entries.items[j]);
	}
}

/* Every text slot of the model: a text field the loader fills goes here, or it will not
 * change language (tests/unit/test_content.c checks every translatable field is reached). */
static void
walk(model *m, walker *w)
{
	site_config *s = &m->site;
	w->text(w, &s->title);
	w->text(w, &s->council);
	w->text(w, &s->licence);
	w->text(w, &s->about);
	w->text(w, &s->accessibility.response_time);
	for (size_t i = 0; i < s->accessibility.nbarriers; i++) {
		barrier *b = &s->accessibility.barriers[i];
		w->text(w, &b->content);
		w->text(w, &b->alternative);
		texts_of(w, &b->criteria);
	}
	for (size_t i = 0; i < s->flags.len; i++) {
		flag *f = s->flags.items[i];
		w->text(w, &f->label);
		w->text(w, &f->name);
		w->text(w, &f->description);
	}
	for (size_t i = 0; i < m->people.len; i++) {
		person *p = m->people.items[i];
		w->text(w, &p->name);
		w->text(w, &p->role);
		w->text(w, &p->source_note);
	}
	for (size_t i = 0; i < m->directorates.len; i++) {
		directorate *d = m->directorates.items[i];
		w->text(w, &d->name); /* the code when no name is given: shared, never registered */
		w->text(w, &d->source_note);
	}
	for (size_t i = 0; i < m->characteristics.len; i++) {
		characteristic *c = m->characteristics.items[i];
		w->text(w, &c->name);
		w->text(w, &c->description);
		w->text(w, &c->source_note);
	}
	for (size_t i = 0; i < m->equality_outcomes.len; i++) {
		equality_outcome *e = m->equality_outcomes.items[i];
		w->text(w, &e->title);
		w->text(w, &e->description);
		w->text(w, &e->source_note);
	}
	for (size_t i = 0; i < m->plans.len; i++)
		walk_plan(w, m->plans.items[i]);
}

static void
note_text(walker *w, const char **slot)
{
	tr_entry *e = find(w->t, *slot);
	if (!e)
		return;
	e->reached = true;
	ptrvec_push(w->a, &w->t->text_slots, (void *)slot);
	ptrvec_push(w->a, &w->t->text_entries, e);
}

static void
note_ptr(walker *w, void **slot)
{
	tr_entry *e = find(w->t, *slot);
	if (!e)
		return;
	e->reached = true;
	ptrvec_push(w->a, &w->t->ptr_slots, (void *)slot);
	ptrvec_push(w->a, &w->t->ptr_entries, e);
}

/* Finds the slots once, while they hold the default texts. */
static void
walk_once(model *m)
{
	translations *t = m->translations;
	if (t->walked)
		return;
	t->walked = true;
	walker w = {note_text, note_ptr, t, m->arena};
	walk(m, &w);
}

/* ---- translate.h ---- */

size_t
content_languages(const model *m)
{
	return m->site.nlanguages ? m->site.nlanguages : 1;
}

const char *
content_language(const model *m, size_t i)
{
	return i < m->site.nlanguages ? m->site.languages[i] : NULL;
}

void
content_use_language(model *m, size_t i)
{
	translations *t = m->translations;
	if (!t || i >= m->site.nlanguages || i == t->in_use)
		return;
	walk_once(m);
	for (size_t k = 0; k < t->text_slots.len; k++) {
		const tr_entry *e = t->text_entries.items[k];
		*(const char **)t->text_slots.items[k] = e->text[i] ? e->text[i] : e->text[0];
	}
	for (size_t k = 0; k < t->ptr_slots.len; k++) {
		const tr_entry *e = t->ptr_entries.items[k];
		*(void **)t->ptr_slots.items[k] = (void *)(e->text[i] ? e->text[i] : e->text[0]);
	}
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
	const translations *t = m->translations;
	if (!t || !t->in_use)
		return false;
	const tr_entry *e = find(t, text);
	return e && !e->text[t->in_use];
}

const char *
content_translation(const model *m, const char *default_text, size_t i)
{
	const tr_entry *e = find(m->translations, default_text);
	return e && i < m->site.nlanguages ? e->text[i] : NULL;
}

size_t
content_missing_translations(const model *m, size_t i)
{
	return m->translations && i < CONTENT_MAX_LANGUAGES ? m->translations->missing[i] : 0;
}

/* ---- for tests ---- */

size_t
translate_unreached(model *m)
{
	translations *t = m->translations;
	if (!t)
		return 0;
	walk_once(m);
	size_t n = 0;
	for (size_t k = 0; k < t->cap; k++)
		n += t->slots[k] && !t->slots[k]->reached;
	return n;
}

bool
translate_reached(const model *m, const record_spec *spec, const char *name)
{
	const translations *t = m->translations;
	for (size_t k = 0; t && k < t->cap; k++) {
		const tr_entry *e = t->slots[k];
		if (e && e->reached && e->spec == spec && strcmp(e->fs->name, name) == 0)
			return true;
	}
	return false;
}
