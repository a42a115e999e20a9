/* translate_stub.h - replaced by the loader's translations: until the loader reads
 * `title@cy:`, the tests give a model its languages and translations by hand with these.
 * Everything lives in m->arena. */
#ifndef PLANSITE_CONTENT_TRANSLATE_STUB_H
#define PLANSITE_CONTENT_TRANSLATE_STUB_H

#include "content/translate.h"

/* Gives m the languages tags[0..n-1] (tags[0] the default); n <= CONTENT_MAX_LANGUAGES. */
void translate_stub_languages(model *m, const char *const *tags, size_t n);
/* Records the text field *field (holding the default language's text) with its
 * translations texts[1..n-1] (NULL: none); texts[0] is ignored. */
void translate_stub_field(model *m, const char **field, const char *const *texts);

#endif
