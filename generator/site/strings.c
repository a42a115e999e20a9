/* strings.c - the theme's words, merged across the theme chain and languages. See strings.h. */
#include "site/strings.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/map.h"
#include "yaml_loader.h"

struct strings {
	arena *a;
	const char *lang, *base_lang;
	const char *base_file; /* the most specific base-language file: where missing keys are */
	value *tree;           /* merged: base language, then lang over it */
	map flat;              /* "nav.people" -> leaf value (a scalar or a plural map) */
	pthread_mutex_t lock;  /* guards missing: render threads ask for keys at once */
	map missing;           /* keys asked for that the theme lacks */
	ptrvec missing_keys;   /* the same, in the order first asked */
	/* where those live, under lock: not in a, which other threads may be using meanwhile
	 * (the theme's arena also compiles dynamic partials while pages render) */
	arena missing_arena;
};

static const char *const categories[] = {"zero", "one", "two", "few", "many", "other"};
enum { NCATEGORIES = sizeof categories / sizeof *categories };

static bool
is_category(const char *k)
{
	for (size_t i = 0; i < NCATEGORIES; i++)
		if (strcmp(k, categories[i]) == 0)
			return true;
	return false;
}

/* A map of scalars whose keys are all plural categories is one plural entry, not a section
 * of keys (a section may still have a key called "one" beside others). */
static bool
is_plural(const value *v)
{
	if (v->kind != VALUE_MAP || v->n == 0)
		return false;
	for (size_t i = 0; i < v->n; i++)
		if (!is_category(v->keys[i]->str) || v->items[i]->kind == VALUE_MAP ||
		    v->items[i]->kind == VALUE_LIST)
			return false;
	return true;
}

static bool
is_text(const value *v)
{
	return v->kind == VALUE_STRING || v->kind == VALUE_NUMBER || v->kind == VALUE_BOOL;
}

/* Checks one leaf of a strings file; reports and returns false when it cannot be a text. */
static bool
check_leaf(diag *d, const char *key, const value *v)
{
	if (is_plural(v)) {
		if (!value_get(v, "other")) {
			diag_error(d, v->at, "plural text '%s' has no 'other' form", key);
			return false;
		}
		for (size_t i = 0; i < v->n; i++)
			if (!is_text(v->items[i])) {
				diag_error(d, v->items[i]->at, "plural form '%s.%s' is not a text",
				           key, v->keys[i]->str);
				return false;
			}
		return true;
	}
	if (v->kind == VALUE_NULL) {
		diag_error(d, v->at, "'%s' has no text (write \"\" for an empty one)", key);
		return false;
	}
	if (!is_text(v)) {
		diag_error(d, v->at, "'%s' must be a text, a map of texts or a map of plural forms",
		           key);
		return false;
	}
	return true;
}

/* Merges src over dst key by key (a leaf of src replaces dst's); prefix is the dotted key
 * of the maps. Returns false after reporting a problem. */
static bool
merge(arena *a, diag *d, value *dst, const value *src, const char *prefix)
{
	bool ok = true;
	for (size_t i = 0; i < src->n; i++) {
		const char *k = src->keys[i]->str;
		const char *key = *prefix ? arena_printf(a, "%s.%s", prefix, k) : k;
		value *item = src->items[i];
		value *have = NULL;
		size_t at = 0;
		for (; at < dst->n; at++)
			if (strcmp(dst->keys[at]->str, k) == 0) {
				have = dst->items[at];
				break;
			}
		if (strchr(k, '.') || !*k) {
			diag_error(d, src->keys[i]->at,
			           "key '%s' may not be empty or hold a dot: nest the maps instead",
			           key);
			ok = false;
			continue;
		}
		if (item->kind == VALUE_MAP && !is_plural(item)) {
			if (have && (have->kind != VALUE_MAP || is_plural(have))) {
				diag_error(
				    d, src->keys[i]->at,
				    "'%s' is a text in the theme this one extends, not a map of "
				    "texts",
				    key);
				ok = false;
				continue;
			}
			if (!have) {
				have = value_map(a);
				have->at = item->at;
				value_set_key(a, dst, src->keys[i], have);
			}
			ok = merge(a, d, have, item, key) && ok;
			continue;
		}
		if (!check_leaf(d, key, item)) {
			ok = false;
			continue;
		}
		if (have && have->kind == VALUE_MAP && !is_plural(have)) {
			diag_error(
			    d, src->keys[i]->at,
			    "'%s' is a map of texts in the theme this one extends, not a text",
			    key);
			ok = false;
			continue;
		}
		if (have)
			dst->items[at] = item;
		else
			value_set_key(a, dst, src->keys[i], item);
	}
	return ok;
}

/* Loads and merges files[0..n) into a new map; NULL after errors. */
static value *
load_chain(arena *a, diag *d, const strings_file *files, size_t n)
{
	value *tree = value_map(a);
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		value *v = yaml_load(a, d, files[i].path, files[i].text, files[i].len);
		if (!v) {
			ok = false;
			continue;
		}
		if (v->kind == VALUE_NULL)
			continue;
		if (v->kind != VALUE_MAP) {
			diag_error(d, v->at, "a strings file must be a map of keys to texts");
			ok = false;
			continue;
		}
		ok = merge(a, d, tree, v, "") && ok;
	}
	return ok ? tree : NULL;
}

static void
flatten(arena *a, map *out, const value *tree, const char *prefix)
{
	for (size_t i = 0; i < tree->n; i++) {
		const char *k = tree->keys[i]->str;
		const char *key = *prefix ? arena_printf(a, "%s.%s", prefix, k) : k;
		const value *item = tree->items[i];
		if (item->kind == VALUE_MAP && !is_plural(item))
			flatten(a, out, item, key);
		else
			map_put(out, key, (void *)item);
	}
}

/* Keys of `have` missing from `want`, as warnings at where: what the other language lacks. */
static void
compare_keys(arena *a, diag *d, const value *want, const map *have, const char *prefix, mark where,
             const char *what)
{
	for (size_t i = 0; i < want->n; i++) {
		const char *k = want->keys[i]->str;
		const char *key = *prefix ? arena_printf(a, "%s.%s", prefix, k) : k;
		const value *item = want->items[i];
		if (item->kind == VALUE_MAP && !is_plural(item))
			compare_keys(a, d, item, have, key, where, what);
		else if (!map_get(have, key))
			diag_warning(d, where.file ? where : item->at, what, key);
	}
}

/* The categories language lang uses, found by asking its rules about enough numbers. */
static void
used_categories(const char *lang, bool used[NCATEGORIES])
{
	memset(used, 0, NCATEGORIES * sizeof *used);
	for (int n = 0; n <= 200; n++) {
		const char *c = strings_plural_category(lang, n);
		for (size_t i = 0; i < NCATEGORIES; i++)
			used[i] = used[i] || strcmp(c, categories[i]) == 0;
	}
	used[NCATEGORIES - 1] = true; /* other: fractions */
}

/* Plural entries of lang's files that lack a form lang uses: warned, `other` stands in. */
static void
check_plural_forms(diag *d, const char *lang, const value *tree, arena *a, const char *prefix)
{
	bool used[NCATEGORIES];
	used_categories(lang, used);
	for (size_t i = 0; i < tree->n; i++) {
		const char *k = tree->keys[i]->str;
		const char *key = *prefix ? arena_printf(a, "%s.%s", prefix, k) : k;
		const value *item = tree->items[i];
		if (item->kind == VALUE_MAP && !is_plural(item)) {
			check_plural_forms(d, lang, item, a, key);
			continue;
		}
		if (!is_plural(item))
			continue;
		for (size_t c = 0; c < NCATEGORIES; c++)
			if (used[c] && !value_get(item, categories[c]))
				diag_warning(
				    d, item->at,
				    "plural text '%s' has no '%s' form, which %s uses; the "
				    "'other' form stands in",
				    key, categories[c], lang);
	}
}

strings *
strings_load(arena *a, diag *d, const char *base_lang, const strings_file *base, size_t nbase,
             const char *lang, const strings_file *tr, size_t ntr)
{
	if (nbase == 0)
		return NULL;
	value *tree = load_chain(a, d, base, nbase);
	if (!tree)
		return NULL;
	strings *s = arena_alloc(a, sizeof *s);
	s->a = a;
	s->base_lang = base_lang;
	s->lang = lang ? lang : base_lang;
	s->base_file = base[nbase - 1].path;
	map_init(&s->flat, a);
	arena_init(&s->missing_arena);
	map_init(&s->missing, &s->missing_arena);
	check_plural_forms(d, base_lang, tree, a, "");
	if (lang && strcmp(lang, base_lang) != 0 && ntr > 0) {
		value *other = load_chain(a, d, tr, ntr);
		if (!other)
			return NULL;
		map base_flat, other_flat;
		map_init(&base_flat, a);
		map_init(&other_flat, a);
		flatten(a, &base_flat, tree, "");
		flatten(a, &other_flat, other, "");
		mark where = {tr[ntr - 1].path, 0, 0};
		compare_keys(
		    a, d, tree, &other_flat, "", where,
		    arena_printf(a, "no %s text for '%%s': the %s text is used", lang, base_lang));
		compare_keys(a, d, other, &base_flat, "", (mark){0},
		             arena_printf(a,
		                          "'%%s' is not a key of the %s strings: it is never used",
		                          base_lang));
		check_plural_forms(d, lang, other, a, "");
		/* The base language's texts stand in for the keys the other language lacks. */
		if (!merge(a, d, tree, other, ""))
			return NULL;
	}
	s->tree = tree;
	flatten(a, &s->flat, tree, "");
	pthread_mutex_init(&s->lock, NULL);
	return s;
}

void
strings_free(strings *s)
{
	if (!s)
		return;
	pthread_mutex_destroy(&s->lock);
	arena_free(&s->missing_arena);
}

const char *
strings_language(const strings *s)
{
	return s->lang;
}

const char *
strings_base_language(const strings *s)
{
	return s->base_lang;
}

const value *
strings_tree(const strings *s)
{
	return s->tree;
}

bool
strings_check_name(const strings *s, const char *name, size_t len, mark at, diag *d)
{
	if (len < 2 || strncmp(name, "t.", 2) != 0)
		return true;
	char *key = arena_strndup(s->a, name + 2, len - 2);
	const value *v = map_get(&s->flat, key);
	if (v && !is_plural(v))
		return true;
	if (v)
		diag_error(d, at,
		           "'%s' has plural forms, which a template cannot choose: name a form "
		           "(%s.other) or let the generator format it",
		           key, key);
	else
		diag_error(d, at, "no text '%s' in the theme's strings (%s)", key, s->base_file);
	return false;
}

/* The leaf for key, or NULL after recording the key as missing; *recorded (unless NULL) is
 * then the recorded copy of key, which lives as long as s (key may be a caller's buffer). */
static const value *
leaf(strings *s, const char *key, const char **recorded)
{
	const value *v = map_get(&s->flat, key);
	if (v)
		return v;
	pthread_mutex_lock(&s->lock);
	char *copy = map_get(&s->missing, key);
	if (!copy) {
		copy = arena_strdup(&s->missing_arena, key);
		map_put(&s->missing, copy, copy);
		ptrvec_push(&s->missing_arena, &s->missing_keys, copy);
	}
	pthread_mutex_unlock(&s->lock);
	if (recorded)
		*recorded = copy;
	return NULL;
}

bool
strings_has(const strings *s, const char *key)
{
	return map_get(&s->flat, key) != NULL;
}

const char *
strings_text(strings *s, const char *key)
{
	const char *recorded = key;
	const value *v = leaf(s, key, &recorded);
	if (!v)
		return recorded;
	if (is_plural(v))
		v = value_get(v, "other");
	return v->str;
}

mark
strings_mark(const strings *s, const char *key)
{
	const value *v = map_get(&s->flat, key);
	return v ? v->at : (mark){s->base_file, 0, 0};
}

/* Writes text with its {name} parameters replaced from the pairs in ap. */
static const char *
fill(arena *a, const char *text, const char *count, va_list ap)
{
	enum { MAX_ARGS = 16 };
	const char *names[MAX_ARGS], *values[MAX_ARGS];
	size_t n = 0;
	for (const char *name; (name = va_arg(ap, const char *)) != NULL;) {
		const char *val = va_arg(ap, const char *);
		if (n < MAX_ARGS) {
			names[n] = name;
			values[n++] = val ? val : "";
		}
	}
	if (count && n < MAX_ARGS) {
		names[n] = "count";
		values[n++] = count; /* after the caller's, so a given "count" wins */
	}
	buf out = BUF_INIT;
	for (const char *p = text; *p;) {
		if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
			buf_addc(&out, *p);
			p += 2;
			continue;
		}
		const char *close = p[0] == '{' ? strchr(p + 1, '}') : NULL;
		size_t i = 0;
		if (close)
			for (; i < n; i++)
				if (strlen(names[i]) == (size_t)(close - p - 1) &&
				    strncmp(names[i], p + 1, (size_t)(close - p - 1)) == 0)
					break;
		if (close && i < n) {
			buf_adds(&out, values[i]);
			p = close + 1;
		} else {
			buf_addc(&out, *p);
			p++;
		}
	}
	const char *result = arena_strndup(a, out.data ? out.data : "", out.len);
	buf_free(&out);
	return result;
}

const char *
strings_vfmt(arena *a, strings *s, const char *key, va_list ap)
{
	return fill(a, strings_text(s, key), NULL, ap);
}

const char *
strings_fmt(arena *a, strings *s, const char *key, ...)
{
	va_list ap;
	va_start(ap, key);
	const char *r = strings_vfmt(a, s, key, ap);
	va_end(ap);
	return r;
}

const char *
strings_label(strings *s, const char *vocab, const char *id)
{
	if (!id)
		return NULL; /* a value not given has no word */
	char key[128];
	snprintf(key, sizeof key, "%s.%s", vocab, id);
	return strings_text(s, key);
}

const char *
strings_vplural(arena *a, strings *s, const char *key, double n, va_list ap)
{
	const value *v = leaf(s, key, NULL);
	const char *text = key;
	if (v && is_plural(v)) {
		const value *form = value_get(v, strings_plural_category(s->lang, n));
		text = (form ? form : value_get(v, "other"))->str;
	} else if (v) {
		text = v->str;
	}
	char count[32];
	snprintf(count, sizeof count, "%.0f", n);
	return fill(a, text, count, ap);
}

const char *
strings_plural(arena *a, strings *s, const char *key, double n, ...)
{
	va_list ap;
	va_start(ap, n);
	const char *r = strings_vplural(a, s, key, n, ap);
	va_end(ap);
	return r;
}

static int
compare_keys_sorted(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

size_t
strings_report_missing(strings *s, diag *d)
{
	pthread_mutex_lock(&s->lock);
	size_t n = s->missing_keys.len;
	/* In the order first asked, which depends on the threads: sort for stable messages. */
	if (n) /* qsort must not see the NULL array of an empty list */
		qsort(s->missing_keys.items, n, sizeof *s->missing_keys.items, compare_keys_sorted);
	for (size_t i = 0; i < n; i++)
		diag_error(d, (mark){s->base_file, 0, 0},
		           "no text '%s' in the theme's strings: the generator needs it",
		           (const char *)s->missing_keys.items[i]);
	pthread_mutex_unlock(&s->lock);
	return n;
}

/* ---- plural rules (CLDR), by the language's primary subtag ---- */

typedef const char *(*plural_rule)(double n, long i, bool whole);

static const char *
rule_one_other(double n, long i, bool whole) /* en, de, nl, sv, it, es, ur, so, ... */
{
	(void)n;
	return whole && i == 1 ? "one" : "other";
}

static const char *
rule_zero_one(double n, long i, bool whole) /* fr, pt: i = 0 or 1 */
{
	(void)whole;
	return n >= 0 && i <= 1 ? "one" : "other";
}

static const char *
rule_bn(double n, long i, bool whole) /* bn, hi, gu: i = 0 or n = 1 */
{
	return (i == 0 && n >= 0) || (whole && i == 1) ? "one" : "other";
}

static const char *
rule_pa(double n, long i, bool whole) /* pa: n = 0..1 */
{
	(void)n;
	return whole && (i == 0 || i == 1) ? "one" : "other";
}

static const char *
rule_cy(double n, long i, bool whole)
{
	(void)n;
	if (!whole)
		return "other";
	switch (i) {
	case 0:
		return "zero";
	case 1:
		return "one";
	case 2:
		return "two";
	case 3:
		return "few";
	case 6:
		return "many";
	default:
		return "other";
	}
}

static const char *
rule_ga(double n, long i, bool whole)
{
	(void)n;
	if (!whole)
		return "other";
	if (i == 1)
		return "one";
	if (i == 2)
		return "two";
	if (i >= 3 && i <= 6)
		return "few";
	if (i >= 7 && i <= 10)
		return "many";
	return "other";
}

static const char *
rule_gd(double n, long i, bool whole)
{
	(void)n;
	if (!whole)
		return "other";
	if (i == 1 || i == 11)
		return "one";
	if (i == 2 || i == 12)
		return "two";
	if ((i >= 3 && i <= 10) || (i >= 13 && i <= 19))
		return "few";
	return "other";
}

static const char *
rule_pl(double n, long i, bool whole)
{
	(void)n;
	if (!whole)
		return "other";
	if (i == 1)
		return "one";
	long d = i % 10, h = i % 100;
	if (d >= 2 && d <= 4 && !(h >= 12 && h <= 14))
		return "few";
	return "many";
}

static const char *
rule_ar(double n, long i, bool whole)
{
	(void)n;
	if (!whole)
		return "other";
	long h = i % 100;
	if (i == 0)
		return "zero";
	if (i == 1)
		return "one";
	if (i == 2)
		return "two";
	if (h >= 3 && h <= 10)
		return "few";
	if (h >= 11 && h <= 99)
		return "many";
	return "other";
}

static const char *
rule_other(double n, long i, bool whole) /* zh, ja, ko, vi, th, id, ms: no plural forms */
{
	(void)n, (void)i, (void)whole;
	return "other";
}

static const struct {
	const char *lang;
	plural_rule rule;
} plural_rules[] = {
    {"ar", rule_ar},        {"bn", rule_bn},        {"cy", rule_cy},        {"da", rule_one_other},
    {"de", rule_one_other}, {"el", rule_one_other}, {"en", rule_one_other}, {"es", rule_one_other},
    {"fi", rule_one_other}, {"fr", rule_zero_one},  {"ga", rule_ga},        {"gd", rule_gd},
    {"gu", rule_bn},        {"hi", rule_bn},        {"id", rule_other},     {"it", rule_one_other},
    {"ja", rule_other},     {"ko", rule_other},     {"ms", rule_other},     {"nl", rule_one_other},
    {"no", rule_one_other}, {"pa", rule_pa},        {"pl", rule_pl},        {"pt", rule_zero_one},
    {"so", rule_one_other}, {"sv", rule_one_other}, {"th", rule_other},     {"tr", rule_one_other},
    {"ur", rule_one_other}, {"vi", rule_other},     {"zh", rule_other},
};

static bool
same_ascii_nocase(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char x = a[i], y = b[i];
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return false;
	}
	return true;
}

static plural_rule
find_rule(const char *lang)
{
	size_t len = lang ? strcspn(lang, "-_") : 0;
	for (size_t i = 0; i < sizeof plural_rules / sizeof *plural_rules; i++)
		if (strlen(plural_rules[i].lang) == len &&
		    same_ascii_nocase(plural_rules[i].lang, lang, len))
			return plural_rules[i].rule;
	return NULL;
}

const char *
strings_plural_category(const char *lang, double n)
{
	plural_rule rule = find_rule(lang);
	double a = fabs(n);
	long i = a < 1e15 ? (long)a : 0;
	return rule ? rule(a, i, a == (double)i) : "other";
}

bool
strings_has_plural_rules(const char *lang)
{
	return find_rule(lang) != NULL;
}
