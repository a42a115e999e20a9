/* strings.h - the theme's words: every text a reader sees, looked up by key.
 *
 * A theme keeps its words in strings/LANG.yaml (LANG a BCP 47 tag: en-GB, cy), as nested maps
 * whose leaves are texts: `nav: {people: Who is responsible}` is the key "nav.people". A text
 * may hold named parameters, `{count} of {total}`, filled in by whoever formats it; `{{` and
 * `}}` print one brace. A leaf may instead be a map of plural forms keyed by CLDR category
 * (zero, one, two, few, many, other; `other` required), chosen by a number: English uses one
 * and other, Welsh all six.
 *
 * Themes extending one another merge key by key: the base theme's files first, each more
 * specific theme overriding single keys. The theme's base language (theme.yaml
 * `base_language`, the language its strings are complete in) is loaded first; a site in
 * another language takes that language's strings where the theme has them and falls back to
 * the base language's text, with a warning, for each key they lack.
 *
 * Templates read the same strings as `{{t.nav.people}}` (strings_tree); strings_check_name
 * checks such a name at compile time. C code formats texts with strings_text, strings_fmt
 * and strings_plural; a key it asks for that the theme lacks is remembered and reported
 * once by strings_report_missing, so a build with a missing word fails instead of printing
 * a key. A loaded strings set is read-only and may be shared by threads, except for that
 * record of missing keys, which is guarded by a mutex inside it. */
#ifndef PLANSITE_STRINGS_H
#define PLANSITE_STRINGS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"
#include "value.h"

typedef struct strings strings;

/* One strings file as read from a theme: path for messages, its text (len bytes). */
typedef struct strings_file {
	const char *path;
	const char *text;
	size_t len;
} strings_file;

/* Parses and merges the strings files: base[0..nbase) are the base language's files of the
 * theme chain, least specific first (each overrides the previous key by key), in language
 * base_lang; tr[0..ntr) the same for language lang (NULL or equal to base_lang: none). Texts
 * that are not strings, bad plural maps and unknown categories are errors; keys lang lacks,
 * keys base_lang lacks and plural forms lang needs but lacks are warnings. Returns NULL after
 * reporting errors, or when nbase is 0. Everything lives in arena a, whose texts must outlive
 * it; free it with strings_free (it owns a mutex and the record of missing keys) before a is freed.
 */
strings *strings_load(arena *a, diag *d, const char *base_lang, const strings_file *base,
                      size_t nbase, const char *lang, const strings_file *tr, size_t ntr);
void strings_free(strings *s);

/* The language texts are in ("cy"), and the base language ("en-GB"). */
const char *strings_language(const strings *s);
const char *strings_base_language(const strings *s);

/* The whole merged tree, for templates (`t` in every page's data). Plural maps stay maps. */
const value *strings_tree(const strings *s);

/* Checks a template name: if it starts with "t." the rest must be a text key (not a plural
 * map, not a section of keys). Reports to d at `at` and returns false otherwise; names not
 * starting with "t." are not strings and pass. */
bool strings_check_name(const strings *s, const char *name, size_t len, mark at, diag *d);

/* The text of key, parameters left as written; when the theme lacks it, a copy of the key
 * (which lives as long as s), and the key is recorded as missing. */
const char *strings_text(strings *s, const char *key);

/* Whether the theme has a text (or plural entry) for key. Records nothing. */
bool strings_has(const strings *s, const char *key);

/* Where key's text is written (for messages about what it says); the base language's
 * strings file, line 0, when the theme lacks it. Records nothing. */
mark strings_mark(const strings *s, const char *key);

/* The text of key with its parameters filled in: the arguments after key are pairs of
 * parameter name and value (both strings), ended by NULL. A parameter the text names but
 * the caller does not give prints as written ({name}); the result is in arena a. */
const char *strings_fmt(arena *a, strings *s, const char *key, ...) __attribute__((sentinel));

const char *strings_vfmt(arena *a, strings *s, const char *key, va_list ap);

/* The same for a plural entry: n chooses the form by the language's plural rules, and the
 * parameter {count} is n as a whole number unless the pairs give "count" themselves. A key
 * holding a single text is used for every n. */
const char *strings_plural(arena *a, strings *s, const char *key, double n, ...)
    __attribute__((sentinel));

const char *strings_vplural(arena *a, strings *s, const char *key, double n, va_list ap);

/* The reader's word for value id of vocabulary vocab: the text of key "VOCAB.ID", such as
 * "lifecycle.in-progress" or "rag.amber". NULL for id NULL (a value not given). */
const char *strings_label(strings *s, const char *vocab, const char *id);

/* The CLDR plural category ("one", "few", ...) of n in language lang (BCP 47; only the
 * primary subtag counts). Languages without rules here use "other" for every n;
 * strings_has_plural_rules says which those are. */
const char *strings_plural_category(const char *lang, double n);
bool strings_has_plural_rules(const char *lang);

/* Reports every key asked for with strings_text/fmt/plural that the theme lacks, as an
 * error at the base language's strings file. Returns how many there were. */
size_t strings_report_missing(strings *s, diag *d);

#endif
