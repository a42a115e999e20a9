/* env.c - the environment: compiling templates and the cache of partials by name.
 *
 * Static partial names ({{>name}}, {{<name}}) are resolved and compiled when the template that
 * uses them is compiled, once per name. Dynamic names ({{>*name}}) are only known while
 * rendering, so the cache is guarded by a mutex: a render thread that meets a new name
 * compiles it under the lock, and every entry is complete before another thread can see it. */
#include <string.h>

#include "mustache/internal.h"

mustache_env *
mustache_env_new(arena *a, diag *d, mustache_resolve_fn resolve, void *ctx, bool require_partials)
{
	mustache_env *env = arena_alloc(a, sizeof *env);
	env->arena = a;
	env->diag = d;
	env->resolve = resolve;
	env->ctx = ctx;
	env->require_partials = require_partials;
	pthread_mutex_init(&env->lock, NULL);
	map_init(&env->partials, a);
	return env;
}

static mustache_template *compile(mustache_env *env, diag *d, const char *path, const char *text,
                                  size_t len);

partial *
mustache_partial(mustache_env *env, diag *d, mslice name, const mustache_template *from, size_t pos)
{
	partial *pt = map_getn(&env->partials, name.p, name.n);
	if (pt)
		return pt;
	pt = arena_alloc(env->arena, sizeof *pt);
	pt->name = arena_strndup(env->arena, name.p, name.n);
	map_put(&env->partials, pt->name, pt); /* before compiling: a partial may include itself */
	size_t len = 0;
	const char *path = pt->name;
	const char *text = NULL;
	if (env->resolve && !memchr(name.p, '\0', name.n))
		text = env->resolve(env->ctx, pt->name, &len, &path);
	if (!text)
		return pt;
	pt->found = true;
	if (env->compiling >= MUSTACHE_MAX_PARTIALS) {
		diag_error(d, mustache_mark(from, pos),
		           "partials nested more than %d deep while compiling '%s'",
		           MUSTACHE_MAX_PARTIALS, pt->name);
		pt->failed = true;
		return pt;
	}
	diag_add_source(d, path, text, len);
	env->compiling++;
	pt->t = compile(env, d, path, text, len);
	env->compiling--;
	pt->failed = !pt->t;
	return pt;
}

/* Resolves the static partial names in nodes, reporting missing and broken partials. */
static void
link(mustache_env *env, diag *d, const mustache_template *t, node *nodes, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		node *x = &nodes[i];
		if ((x->kind == NODE_PARTIAL || x->kind == NODE_PARENT) && !x->dynamic) {
			const char *what = x->kind == NODE_PARENT ? "parent" : "partial";
			size_t errors = d->errors;
			x->part = mustache_partial(env, d, x->text, t, x->pos);
			if (x->part->failed && d->errors == errors)
				diag_error(d, mustache_mark(t, x->pos), "%s '%s' has errors", what,
				           x->part->name);
			else if (!x->part->found &&
			         (x->kind == NODE_PARENT || env->require_partials))
				diag_error(d, mustache_mark(t, x->pos), "%s '%s' not found", what,
				           x->part->name);
		}
		link(env, d, t, x->kids, x->nkids);
	}
}

/* Parses and links one template; the caller holds env->lock. */
static mustache_template *
compile(mustache_env *env, diag *d, const char *path, const char *text, size_t len)
{
	mustache_template *t = arena_alloc(env->arena, sizeof *t);
	t->path = path;
	t->src = text;
	t->len = len;
	size_t errors = d->errors;
	if (!mustache_parse(env->arena, d, t))
		return NULL;
	link(env, d, t, t->nodes, t->n);
	return d->errors == errors ? t : NULL;
}

mustache_template *
mustache_compile(mustache_env *env, const char *path, const char *text, size_t len)
{
	pthread_mutex_lock(&env->lock);
	/* The tree points into the text: keep a copy the env owns. */
	mustache_template *t = compile(env, env->diag, arena_strdup(env->arena, path),
	                               arena_strndup(env->arena, text, len), len);
	pthread_mutex_unlock(&env->lock);
	return t;
}

static bool
seen_before(arena *a, ptrvec *seen, const mustache_template *t)
{
	for (size_t i = 0; i < seen->len; i++)
		if (seen->items[i] == t)
			return true;
	ptrvec_push(a, seen, (void *)t);
	return false;
}

static void
each_name(arena *a, ptrvec *seen, const mustache_template *t, const node *nodes, size_t n,
          mustache_name_fn fn, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const node *x = &nodes[i];
		switch (x->kind) {
		case NODE_VAR:
		case NODE_RAW:
		case NODE_SECTION:
		case NODE_INVERTED:
			fn(ctx, x->text.p, x->text.n, mustache_mark(t, x->pos));
			break;
		case NODE_PARTIAL:
		case NODE_PARENT:
			if (x->part && x->part->t && !seen_before(a, seen, x->part->t))
				each_name(a, seen, x->part->t, x->part->t->nodes, x->part->t->n, fn,
				          ctx);
			break;
		default:
			break;
		}
		each_name(a, seen, t, x->kids, x->nkids, fn, ctx);
	}
}

void
mustache_each_name(const mustache_template *t, mustache_name_fn fn, void *ctx)
{
	arena a;
	arena_init(&a);
	ptrvec seen = {0};
	seen_before(&a, &seen, t);
	each_name(&a, &seen, t, t->nodes, t->n, fn, ctx);
	arena_free(&a);
}
