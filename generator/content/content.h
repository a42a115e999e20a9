/* content.h - load `content/` into the model, validating everything (`plansite check`).
 *
 * Problems go into diag as `file:line:col: error|warning: message`; all of them are reported,
 * not only the first. */
#ifndef PLANSITE_CONTENT_H
#define PLANSITE_CONTENT_H

#include "content/model.h"
#include "util/buf.h"

/* Loads and resolves the content folder dir. Returns the model, or NULL if there were errors
 * (or warnings with d->strict). Everything lives in arena a. */
model *content_load(arena *a, diag *d, const char *dir);

/* The same from memory (tests, the fuzzer): n files, paths relative to the content folder
 * ("site.yaml", "plans/2019-22/outcomes/1.yaml"), texts of lens[i] bytes (lens NULL: texts
 * are NUL-terminated). Texts must outlive the model and d. */
model *content_load_files(arena *a, diag *d, const char *const *paths, const char *const *texts,
                          const size_t *lens, size_t n);

/* Writes the loaded, resolved model as JSON (ids, links, derived statuses): `plansite dump`,
 * in the shape of data/plansite.json (content/model_json.h), laid out one member a line. */
void content_dump_json(const model *m, buf *out);

/* The JSON Schema of the content files (`plansite schema`). */
const char *content_schema_json(void);

/* Shared with the tools that write content (generator/report/), so they accept and reject
 * exactly what the loader does. Declared in content/internal.h too; defined in dates.c and
 * fields.c. */
int date_parse(arena *a, const char *s, const char **why);
bool deadline_parse(arena *a, const char *s, deadline *out, const char **why);
const char *suggest_word(const char *word, const char *const *cands, size_t n);

/* Whether s is an address as base_url in site.yaml (and --base-url) must be: http:// or
 * https://, then no spaces or control characters (it goes into robots.txt lines). */
bool content_url_valid(const char *s);

/* The longest one-line field (a title, a name), in characters. */
#define CONTENT_LINE_MAX 1000

#endif
