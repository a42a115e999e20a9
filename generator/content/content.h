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

/* Writes the loaded, resolved model as JSON (ids, links, derived statuses): `plansite dump`. */
void content_dump_json(const model *m, buf *out);

/* The JSON Schema of the content files (`plansite schema`). */
const char *content_schema_json(void);

#endif
