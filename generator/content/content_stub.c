/* TEMPORARY: placeholder until the content loader lands; delete this file then. */
#include "content/content.h"
model *content_load(arena *a, diag *d, const char *dir) { (void)a; diag_error(d, (mark){dir, 0, 0}, "content loader not written yet"); return NULL; }
void content_dump_json(const model *m, buf *out) { (void)m; (void)out; }
const char *content_schema_json(void) { return "{}\n"; }
