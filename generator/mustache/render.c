/* render.c - compiled template x context stack -> output.
 *
 * The renderer walks the tree recursively. Everything it keeps while walking (the context
 * stack, the indentation, the blocks that override a parent's) lives in small structs on the C
 * stack that point to their enclosing ones, so rendering allocates nothing but output and
 * never writes to the shared tree. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mustache/internal.h"

/* The context stack: names are looked up from the innermost frame outwards. */
typedef struct frame {
	const value *v;
	const struct frame *up;
} frame;

/* Indentation of standalone partials, outermost first when printed. */
typedef struct indent {
	mslice s;
	const struct indent *up;
} indent;

/* The blocks given to a parent ({{<name}}{{$block}}...{{/block}}{{/name}}), innermost
 * parent first. */
typedef struct overrides {
	const node *parent;
	const mustache_template *t; /* the template the blocks are written in */
	const indent *in;           /* the indentation where the parent tag is */
	const struct overrides *up;
} overrides;

/* What a run of nodes is rendered with. */
typedef struct scope {
	const mustache_template *t; /* the template the nodes belong to, for messages */
	const frame *ctx;
	const overrides *ov;
	const indent *in;
} scope;

typedef struct renderer {
	mustache_env *env;
	diag *d;
	buf *out;
	size_t start; /* out->len before rendering */
	size_t steps; /* nodes rendered so far */
	int depth;    /* nested sections, partials and blocks */
	int partials; /* nested partials, parents and blocks */
	bool failed;
} renderer;

static void render_nodes(renderer *r, const node *nodes, size_t n, const scope *s);

static void __attribute__((format(printf, 4, 5)))
fail(renderer *r, const scope *s, const node *x, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_error(r->d, mustache_mark(s->t, x->pos), "%s", msg);
	r->failed = true;
}

/* ---- escaping and values ---- */

void
mustache_escape_html(buf *out, const char *s, size_t n)
{
	buf_grow(out, n);
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep;
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			continue;
		}
		buf_add(out, s + run, i - run);
		buf_adds(out, rep);
		run = i + 1;
	}
	buf_add(out, s + run, n - run);
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* True if a number's source text is already what value_format_number prints for its value:
 * a plain decimal ("-12", "0.005", "33.3") with at most 15 significant digits (so no shorter
 * text reads back as the same double), no redundant zeros, and no more than three zeros
 * after "0." (printf's %g switches to an exponent below 1e-4). Skipping the printf and strtod
 * that value_format_number needs makes number-heavy pages render twice as fast. */
static bool
is_canonical_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0;
	if (len == 0 || len > 24)
		return false;
	if (s[0] == '-')
		i++;
	size_t start = i;
	while (i < len && is_digit(s[i]))
		i++;
	size_t whole = i - start;
	bool zero = whole == 1 && s[start] == '0';
	if (whole == 0 || (whole > 1 && s[start] == '0'))
		return false;
	digits = zero ? 0 : whole;
	if (i == len)
		return !(zero && start == 1) && digits <= 15; /* "-0" prints as "0" */
	if (s[i++] != '.')
		return false;
	size_t frac = i, lead = 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i != len || i == frac || s[i - 1] == '0')
		return false;
	if (zero)
		while (s[frac + lead] == '0')
			lead++;
	digits += i - frac - lead;
	return lead <= 3 && digits <= 15;
}

/* The text a scalar prints as (numbers by value: 1.210 prints 1.21). Returns false for null,
 * lists and maps, which print nothing. num is storage for the text of a number. */
static bool
scalar_text(const value *v, char num[32], const char **s, size_t *n)
{
	switch (v->kind) {
	case VALUE_STRING:
		*s = v->str;
		*n = v->len;
		return true;
	case VALUE_NUMBER:
		if (v->str && is_canonical_number(v->str, v->len)) {
			*s = v->str;
			*n = v->len;
			return true;
		}
		value_format_number(v->number, num);
		*s = num;
		*n = strlen(num);
		return true;
	case VALUE_BOOL:
		*s = v->boolean ? "true" : "false";
		*n = strlen(*s);
		return true;
	default:
		return false;
	}
}

static const value *
map_find(const value *m, mslice key)
{
	for (size_t i = 0; i < m->n; i++) {
		const value *k = m->keys[i];
		if (k->len == key.n && memcmp(k->str, key.p, key.n) == 0)
			return m->items[i];
	}
	return NULL;
}

/* Spec: the first part of a dotted name is looked up from the innermost context outwards;
 * the other parts only inside what the first found. NULL if missing. */
static const value *
lookup(const frame *ctx, const mkey *k)
{
	if (k->n == 0)
		return ctx->v;
	const value *v = NULL;
	for (; ctx && !v; ctx = ctx->up)
		if (ctx->v->kind == VALUE_MAP)
			v = map_find(ctx->v, k->parts[0]);
	for (size_t i = 1; v && i < k->n; i++)
		v = v->kind == VALUE_MAP ? map_find(v, k->parts[i]) : NULL;
	return v;
}

static void
emit_indent(buf *out, const indent *in)
{
	if (!in)
		return;
	emit_indent(out, in->up);
	buf_add(out, in->s.p, in->s.n);
}

/* ---- sections, partials and blocks ---- */

static void
render_section(renderer *r, const node *x, const scope *s)
{
	const value *v = lookup(s->ctx, &x->key);
	if (!value_truthy(v))
		return;
	frame f = {v, s->ctx};
	scope inner = *s;
	inner.ctx = &f;
	if (v->kind != VALUE_LIST) {
		render_nodes(r, x->kids, x->nkids, &inner);
		return;
	}
	for (size_t i = 0; i < v->n && !r->failed; i++) {
		f.v = v->items[i];
		render_nodes(r, x->kids, x->nkids, &inner);
	}
}

/* Counts one more partial, parent or block inside another; false (after reporting) past the
 * limit, which is how a partial that includes itself without end is stopped. */
static bool
enter(renderer *r, const scope *s, const node *x, const char *what, const char *name, int len)
{
	if (r->partials < MUSTACHE_MAX_PARTIALS) {
		r->partials++;
		return true;
	}
	fail(r, s, x, "%s '%.*s' nested more than %d deep (does it include itself?)", what, len,
	     name, MUSTACHE_MAX_PARTIALS);
	return false;
}

static void
render_partial(renderer *r, const node *x, const scope *s)
{
	const char *what = x->kind == NODE_PARENT ? "parent" : "partial";
	partial *pt = x->part;
	bool reported = false;
	if (x->dynamic) {
		/* Spec ~dynamic-names: the name is the value's text; a miss prints nothing. */
		const value *v = lookup(s->ctx, &x->key);
		char num[32];
		mslice name;
		if (!v || !scalar_text(v, num, &name.p, &name.n) || name.n == 0)
			return;
		pthread_mutex_lock(&r->env->lock);
		size_t errors = r->d->errors;
		pt = mustache_partial(r->env, r->d, name, s->t, x->pos);
		reported = r->d->errors != errors;
		pthread_mutex_unlock(&r->env->lock);
	}
	if (!pt || !pt->t) {
		if (pt && pt->failed) {
			if (!reported)
				fail(r, s, x, "%s '%s' has errors", what, pt->name);
			r->failed = true;
		} else if (pt && (x->kind == NODE_PARENT || r->env->require_partials)) {
			fail(r, s, x, "%s '%s' not found", what, pt->name);
		}
		return;
	}
	if (!enter(r, s, x, what, pt->name, (int)strlen(pt->name)))
		return;
	/* A standalone tag's whitespace indents every line of the partial; a partial inside a
	 * line is not indented at all. */
	indent in = {x->indent, s->in};
	scope inner = {pt->t, s->ctx, s->ov, NULL};
	if (x->standalone)
		inner.in = x->indent.n ? &in : s->in;
	overrides ov = {x, s->t, s->in, s->ov};
	if (x->kind == NODE_PARENT)
		inner.ov = &ov;
	render_nodes(r, pt->t->nodes, pt->t->n, &inner);
	r->partials--;
}

static void
render_block(renderer *r, const node *x, const scope *s)
{
	/* The outermost override wins: a page's block beats its layout's default and the
	 * blocks of layouts in between (spec "Multi-level inheritance"). */
	const node *content = x;
	const overrides *from = NULL;
	for (const overrides *o = s->ov; o; o = o->up)
		for (size_t i = 0; i < o->parent->nkids; i++) {
			const node *b = &o->parent->kids[i];
			if (b->text.n == x->text.n &&
			    memcmp(b->text.p, x->text.p, x->text.n) == 0) {
				content = b;
				from = o;
				break;
			}
		}
	if (!enter(r, s, x, "block", x->text.p, (int)x->text.n))
		return;
	scope inner = *s;
	indent in = {x->indent, s->in};
	if (from)
		inner.t = from->t;
	if (x->standalone) {
		/* Content goes where the block is, indented as the block is. */
		inner.in = x->indent.n ? &in : s->in;
		if (content->inline_body)
			emit_indent(r->out, inner.in);
	} else if (from) {
		/* Inside a line, an override keeps the indentation of where it was written. */
		inner.in = from->in;
	}
	render_nodes(r, content->kids, content->nkids, &inner);
	r->partials--;
}

static void
render_nodes(renderer *r, const node *nodes, size_t n, const scope *s)
{
	if (r->depth >= MUSTACHE_MAX_DEPTH) {
		if (n)
			fail(r, s, &nodes[0], "templates nested more than %d deep",
			     MUSTACHE_MAX_DEPTH);
		return;
	}
	r->depth++;
	for (size_t i = 0; i < n && !r->failed; i++) {
		const node *x = &nodes[i];
		if (++r->steps > MUSTACHE_MAX_STEPS ||
		    r->out->len - r->start > MUSTACHE_MAX_OUTPUT) {
			fail(r, s, x,
			     "rendering stopped: more than %zu nodes or %zu MB of output (sections "
			     "or partials repeated too often?)",
			     MUSTACHE_MAX_STEPS, MUSTACHE_MAX_OUTPUT >> 20);
			break;
		}
		if (x->bol && s->in)
			emit_indent(r->out, s->in);
		switch (x->kind) {
		case NODE_TEXT:
			buf_add(r->out, x->text.p, x->text.n);
			break;
		case NODE_VAR:
		case NODE_RAW: {
			const value *v = lookup(s->ctx, &x->key);
			char num[32];
			const char *text;
			size_t len;
			if (!v || !scalar_text(v, num, &text, &len))
				break;
			if (x->kind == NODE_VAR)
				mustache_escape_html(r->out, text, len);
			else
				buf_add(r->out, text, len);
			break;
		}
		case NODE_SECTION:
			render_section(r, x, s);
			break;
		case NODE_INVERTED:
			if (!value_truthy(lookup(s->ctx, &x->key)))
				render_nodes(r, x->kids, x->nkids, s);
			break;
		case NODE_PARTIAL:
		case NODE_PARENT:
			render_partial(r, x, s);
			break;
		case NODE_BLOCK:
			render_block(r, x, s);
			break;
		}
	}
	r->depth--;
}

bool
mustache_render_diag(mustache_env *env, const mustache_template *t, const value *data, buf *out,
                     diag *d)
{
	static const value null_value = {.kind = VALUE_NULL, .str = "null", .len = 4};
	if (!t)
		return false;
	renderer r = {.env = env, .d = d, .out = out, .start = out->len};
	frame root = {data ? data : &null_value, NULL};
	scope s = {t, &root, NULL, NULL};
	render_nodes(&r, t->nodes, t->n, &s);
	return !r.failed;
}

bool
mustache_render(mustache_env *env, const mustache_template *t, const value *data, buf *out)
{
	return mustache_render_diag(env, t, data, out, env->diag);
}
