/* model_json.h - the published model as JSON: data/plansite.json, each item's index.json and
 * `plansite dump`, all from one writer; and data/plansite.schema.json, printed from the same
 * field tables the writer names its keys from, so the data and its schema cannot drift. */
#ifndef PLANSITE_MODEL_JSON_H
#define PLANSITE_MODEL_JSON_H

#include "content/model.h"
#include "json.h"
#include "util/buf.h"

typedef struct model_json_opts {
	const char *base; /* base URL with its trailing slash, or NULL: addresses site-relative */
	/* Called after each item with the buffer written so far, which it may hand over and
	 * empty (a large plansite.json is then never whole in memory); NULL: kept in b. */
	void (*flush)(void *ctx, buf *b);
	void *ctx;
	/* How deadlines' and periods' display texts read; NULL: the content stage's English */
	const text_wording *words;
} model_json_opts;

/* Appends the whole model (plansite.json) to w's buffer, then a newline. */
void model_json_write(jw *w, const model *m, const model_json_opts *o);

/* Appends one item exactly as plansite.json holds it (index.json), without a newline; words
 * as in model_json_opts. */
void model_json_item(jw *w, const item *it, const char *base, const text_wording *words);

/* The layout of the data files: members on their own lines for three levels, then compact. */
jw model_json_writer(buf *b);

/* The descriptions a schema gives data users, by key: "title" and "description" of the
 * schema, "RECORD.FIELD" of a field ("item.url"), "translations". The words are the site's
 * (its theme's), which the content stage does not know: text(ctx, key) gives them. */
typedef struct model_json_docs {
	const char *(*text)(void *ctx, const char *key);
	void *ctx;
} model_json_docs;

/* Appends the JSON Schema (draft-07) of plansite.json and of every item's index.json, with
 * its newline; with docs NULL, no descriptions. */
void model_json_schema(buf *out, const model_json_docs *docs);
/* The same for a site with that many languages: with several, the records with texts may
 * have "translations" (the other languages' texts by tag and field). */
void model_json_schema_languages(buf *out, size_t languages, const model_json_docs *docs);

/* The published status of an item (the data's "status", the CSV files' status column):
 * NULL for priorities and outcomes; not-reported when no report mentions it, not-rated when
 * its latest report gives no status; else its lifecycle (activities, deliverables) or RAG
 * (measures). */
const char *item_status_id(const item *it);

/* The anchors of a measure's history rows on its page ("history-q1-2019-20", numbered when a
 * period repeats), in a's memory: the data's "anchor" and the page's row ids agree. */
const char **model_history_anchors(arena *a, const measure_info *mi);

#endif
