/* translate.h - a site in several languages: the content's texts in each of them.
 *
 * site.yaml declares the languages (`languages: [en-GB, cy]`, BCP 47 tags, the first the
 * default; a site without it has one language, its `language:` or the theme's). A text field
 * of any record gives its translations beside it, one key per language: `title@cy:` next to
 * `title:`. Ids, dates, figures, statuses, leads and links are written once and shared.
 *
 * The loader keeps every translation; the site stage renders one language at a time by
 * putting that language's texts into the model's text fields (content_use_language), so
 * every page, chart, feed and search index reads them where it always has. A field without a
 * translation keeps the default language's text, and content_untranslated says which texts
 * those are, so pages can mark them with their lang. Switching is done between the stages
 * of a build, never while threads read the model. */
#ifndef PLANSITE_CONTENT_TRANSLATE_H
#define PLANSITE_CONTENT_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "content/model.h"

enum { CONTENT_MAX_LANGUAGES = 8 };

/* How many languages the site has (1 for a site in one language) and the tag of language
 * i (0 is the default; "en-GB"). */
size_t content_languages(const model *m);
const char *content_language(const model *m, size_t i);

/* Puts language i's texts into every translated text field of m, in place (0 restores the
 * default language's). Not thread-safe: call it only while nothing else reads m. */
void content_use_language(model *m, size_t i);

/* The language whose texts m holds now (content_use_language's last i; 0 at first). */
size_t content_language_in_use(const model *m);

/* True when text, read from a text field of m while language i is in use, is the default
 * language's text because that field has no translation in language i (always false for
 * i = 0 and for text that is not a field's). */
bool content_untranslated(const model *m, const char *text);

/* The translation of a text field in language i, given the field's default-language text
 * (what the field holds while language 0 is in use), or NULL when it has none: for exports,
 * which write every language's text in columns of their own. */
const char *content_translation(const model *m, const char *default_text, size_t i);

/* How many text fields lack a translation in language i (0 for i = 0): for the build's
 * summary. Each one was also a warning at its field when the content was loaded. */
size_t content_missing_translations(const model *m, size_t i);

#endif
