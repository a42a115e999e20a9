/* mustache.h - Mustache templates (spec v1.4 with ~inheritance and ~dynamic-names), compiled
 * once into a tree and rendered many times over value trees. Knows nothing of plans.
 *
 * Errors (unclosed or mismatched sections, bad delimiters, missing required partials,
 * runaway recursion) are reported into the diag as `template-path:line:col: error: ...`. */
#ifndef PLANSITE_MUSTACHE_H
#define PLANSITE_MUSTACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "value.h"

typedef struct mustache_template mustache_template;
typedef struct mustache_env mustache_env;

/* Finds the source of partial `name`. Returns its text (which must outlive the env) and sets
 * *len and *path (the file name used in messages; it must outlive the diag), or returns NULL
 * if there is no such partial. Called once per name, with the env's mutex held: from
 * mustache_compile, or from a render thread for a dynamic name ({{>*name}}). */
typedef const char *(*mustache_resolve_fn)(void *ctx, const char *name, size_t *len,
                                           const char **path);

/* An environment holds the compiled templates and partials (by name); everything it
 * allocates lives in arena a. If require_partials is set, a partial that cannot be resolved
 * is an error; otherwise it renders as empty text, as the spec says. A parent ({{<name}}) that
 * cannot be resolved is always an error. */
mustache_env *mustache_env_new(arena *a, diag *d, mustache_resolve_fn resolve, void *ctx,
                               bool require_partials);

/* Compiles text (len bytes) named path; both are copied into the env's arena. Returns NULL
 * after reporting errors into the env's diag (the caller registers text with diag_add_source
 * for quoted lines; partials are registered by the env). Static partial names are resolved
 * and compiled now, once. The template lives as long as the env's arena. */
mustache_template *mustache_compile(mustache_env *env, const char *path, const char *text,
                                    size_t len);

/* Renders t with data as the root context, appending to out. Returns false after reporting
 * an error (e.g. recursion deeper than the limit). Safe to call from several threads at once
 * on the same env and templates, each with its own out (and diag, see below). */
bool mustache_render(mustache_env *env, const mustache_template *t, const value *data, buf *out);

/* Like mustache_render, but errors go to d instead of the env's diag (for threads). */
bool mustache_render_diag(mustache_env *env, const mustache_template *t, const value *data,
                          buf *out, diag *d);

/* Calls fn for every name t uses in a variable or section tag (as written, with its place),
 * and for the names in the static partials and parents it includes, each template once:
 * for checks of the names a theme uses, such as its strings. The text is not NUL-terminated. */
typedef void (*mustache_name_fn)(void *ctx, const char *name, size_t len, mark at);
void mustache_each_name(const mustache_template *t, mustache_name_fn fn, void *ctx);

/* HTML-escapes s (& < > " ') into out: the escaping of {{name}}. */
void mustache_escape_html(buf *out, const char *s, size_t n);

#endif
