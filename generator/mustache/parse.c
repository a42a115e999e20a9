/* parse.c - Mustache source -> node tree (see internal.h).
 *
 * Three passes over the source:
 *   1. scan: cut the source into tokens - text pieces of at most one line, and tags - while
 *      following delimiter changes. Each finished line is checked for being standalone
 *      (nothing but whitespace and tags that print nothing); the whitespace and newline of a
 *      standalone line are dropped, as the spec says.
 *   2. build: turn the tokens into a tree, matching every open tag with its close tag.
 *   3. reindent: remove the common indentation of block content (~inheritance).
 * Errors carry a byte offset; line and column are worked out only when reporting. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mustache/internal.h"

typedef enum {
	TOK_TEXT,
	TOK_VAR,
	TOK_RAW,
	TOK_SECTION,
	TOK_INVERTED,
	TOK_CLOSE,
	TOK_PARTIAL,
	TOK_PARENT,
	TOK_BLOCK,
	TOK_COMMENT,
	TOK_DELIM,
} tok_kind;

typedef struct token {
	tok_kind kind;
	bool bol;                    /* first token of its source line */
	bool drop;                   /* whitespace or newline of a standalone line */
	bool standalone;             /* a tag on a standalone line */
	bool dynamic;                /* {{>*name}}, {{<*name}} and their close tags */
	size_t start, end;           /* the text, or the whole tag with its delimiters */
	size_t line_start, line_end; /* standalone tags: their line, newline included */
	mslice name;                 /* tags: the name, trimmed, without the '*' */
	mslice raw;                  /* tags: the name as shown in messages, with the '*' */
	mslice indent;               /* standalone tags: the whitespace starting their line */
} token;

typedef struct parser {
	diag *d;
	arena *a;
	const mustache_template *t;
	const char *src;
	size_t len;
	token *toks;
	size_t n, cap;
	size_t line_first; /* the first token of the current line */
	bool bol;          /* the next token starts a line */
	bool ok;           /* no error so far */
	int errors;        /* reported so far */
} parser;

static const size_t NPOS = (size_t)-1;

mark
mustache_mark(const mustache_template *t, size_t pos)
{
	unsigned line = 1;
	size_t bol = 0;
	for (size_t i = 0; i < pos && i < t->len; i++)
		if (t->src[i] == '\n') {
			line++;
			bol = i + 1;
		}
	return (mark){t->path, line, (unsigned)(pos - bol + 1)};
}

static void __attribute__((format(printf, 3, 4)))
error_at(parser *p, size_t pos, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_error(p->d, mustache_mark(p->t, pos), "%s", msg);
	p->ok = false;
	p->errors++;
}

/* ---- small text helpers ---- */

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static mslice
trim(const char *s, size_t n)
{
	while (n && is_space(*s)) {
		s++;
		n--;
	}
	while (n && is_space(s[n - 1]))
		n--;
	return (mslice){s, n};
}

static bool
slice_eq(mslice a, mslice b)
{
	return a.n == b.n && memcmp(a.p, b.p, a.n) == 0;
}

/* The first offset >= from where needle starts (after the byte `pre`, if not 0), or NPOS. */
static size_t
find(const char *s, size_t from, size_t len, char pre, mslice needle)
{
	size_t want = needle.n + (pre ? 1 : 0);
	for (size_t i = from; i + want <= len; i++) {
		const char *hit = memchr(s + i, pre ? pre : needle.p[0], len - i - want + 1);
		if (!hit)
			return NPOS;
		i = (size_t)(hit - s);
		if (memcmp(s + i + (pre ? 1 : 0), needle.p, needle.n) == 0)
			return i;
	}
	return NPOS;
}

/* Whitespace only, ending in an optional newline: the text a standalone line may hold. */
static bool
is_blank(const char *s, size_t n)
{
	if (n && s[n - 1] == '\n')
		n -= (n >= 2 && s[n - 2] == '\r') ? 2 : 1;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return false;
	return true;
}

static bool
has_space(mslice s)
{
	for (size_t i = 0; i < s.n; i++)
		if (is_space(s.p[i]))
			return true;
	return false;
}

static const char *
kind_name(tok_kind k)
{
	switch (k) {
	case TOK_SECTION:
		return "section";
	case TOK_INVERTED:
		return "inverted section";
	case TOK_PARTIAL:
		return "partial";
	case TOK_PARENT:
		return "parent";
	case TOK_BLOCK:
		return "block";
	case TOK_CLOSE:
		return "closing";
	default:
		return "variable";
	}
}

/* ---- pass 1: tokens and standalone lines ---- */

static token *
push(parser *p, tok_kind kind, size_t start, size_t end)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->toks = xrealloc(p->toks, p->cap * sizeof *p->toks);
	}
	token *tk = &p->toks[p->n++];
	memset(tk, 0, sizeof *tk);
	tk->kind = kind;
	tk->start = start;
	tk->end = end;
	tk->bol = p->bol;
	p->bol = false;
	return tk;
}

/* Called when a line is complete: if it holds at least one tag, no interpolation and
 * otherwise only whitespace, it is standalone and prints nothing of its own. */
static void
end_line(parser *p)
{
	size_t first = p->line_first, last = p->n, last_tag = NPOS;
	p->line_first = p->n;
	for (size_t i = first; i < last; i++) {
		const token *tk = &p->toks[i];
		if (tk->kind == TOK_TEXT) {
			if (!is_blank(p->src + tk->start, tk->end - tk->start))
				return;
		} else if (tk->kind == TOK_VAR || tk->kind == TOK_RAW) {
			return;
		} else {
			last_tag = i;
		}
	}
	if (last_tag == NPOS)
		return;
	token *head = &p->toks[first], *tail = &p->toks[last - 1];
	mslice indent = {p->src + head->start, 0};
	if (head->kind == TOK_TEXT)
		indent.n = head->end - head->start;
	/* A block opened and closed on this line keeps the line's newline: its content
	 * replaces the tags, not the line (spec ~inheritance "Standalone block"). */
	bool keep_newline = false;
	if (p->toks[last_tag].kind == TOK_CLOSE)
		for (size_t i = first; i < last_tag; i++)
			if (p->toks[i].kind == TOK_BLOCK &&
			    slice_eq(p->toks[i].name, p->toks[last_tag].name))
				keep_newline = true;
	for (size_t i = first; i < last; i++) {
		token *tk = &p->toks[i];
		if (tk->kind == TOK_TEXT) {
			tk->drop = true;
			continue;
		}
		tk->standalone = true;
		tk->bol = false;
		tk->indent = indent;
		tk->line_start = head->start;
		tk->line_end = tail->end;
	}
	if (keep_newline && tail->kind == TOK_TEXT && tail->end > tail->start &&
	    p->src[tail->end - 1] == '\n') {
		tail->drop = false;
		tail->start = tail->end - 1;
		if (tail->start > head->start && p->src[tail->start - 1] == '\r')
			tail->start--;
	}
}

/* Adds the text [from, to) as one token per line. */
static void
scan_text(parser *p, size_t from, size_t to)
{
	while (from < to) {
		const char *nl = memchr(p->src + from, '\n', to - from);
		size_t end = nl ? (size_t)(nl - p->src) + 1 : to;
		push(p, TOK_TEXT, from, end);
		if (nl) {
			end_line(p);
			p->bol = true;
		}
		from = end;
	}
}

/* A dotted name: "." or parts separated by single dots. */
static bool
valid_key(mslice s)
{
	if (s.n == 1 && s.p[0] == '.')
		return true;
	if (s.p[0] == '.' || s.p[s.n - 1] == '.')
		return false;
	for (size_t i = 1; i < s.n; i++)
		if (s.p[i] == '.' && s.p[i - 1] == '.')
			return false;
	return true;
}

/* {{=<% %>=}}: content is what lies between the two '='. */
static bool
set_delimiters(parser *p, size_t at, mslice content, mslice *open, mslice *close)
{
	mslice c = trim(content.p, content.n);
	size_t i = 0;
	while (i < c.n && !is_space(c.p[i]))
		i++;
	mslice a = {c.p, i};
	mslice b = trim(c.p + i, c.n - i);
	if (!a.n || !b.n || has_space(b) || memchr(a.p, '=', a.n) || memchr(b.p, '=', b.n)) {
		error_at(p, at,
		         "invalid delimiter change '%.*s': expected two delimiters separated by a "
		         "space, neither containing '=' (e.g. {{=<%% %%>=}})",
		         (int)(content.n > 60 ? 60 : content.n), content.p);
		return false;
	}
	*open = a;
	*close = b;
	return true;
}

/* Scans the tag at offset at (its opening delimiter). Returns the offset after it, or NPOS
 * after reporting an error that leaves the rest of the source unreadable. */
static size_t
scan_tag(parser *p, size_t at, mslice *open, mslice *close)
{
	const char *s = p->src;
	size_t q = at + open->n;
	tok_kind kind = TOK_VAR;
	char pre = 0; /* {{{name}}} ends with '}' and {{=a b=}} with '=' before the delimiter */
	switch (q < p->len ? s[q] : 0) {
	case '{':
		kind = TOK_RAW;
		pre = '}';
		break;
	case '&':
		kind = TOK_RAW;
		break;
	case '#':
		kind = TOK_SECTION;
		break;
	case '^':
		kind = TOK_INVERTED;
		break;
	case '/':
		kind = TOK_CLOSE;
		break;
	case '>':
		kind = TOK_PARTIAL;
		break;
	case '<':
		kind = TOK_PARENT;
		break;
	case '$':
		kind = TOK_BLOCK;
		break;
	case '!':
		kind = TOK_COMMENT;
		break;
	case '=':
		kind = TOK_DELIM;
		pre = '=';
		break;
	}
	size_t sigil = kind == TOK_VAR ? 0 : 1;
	size_t end = find(s, q + sigil, p->len, pre, *close);
	if (end == NPOS) {
		error_at(p, at, "unclosed tag '%.*s%.*s': no '%s%.*s' follows", (int)open->n,
		         open->p, (int)sigil, s + q,
		         pre == '}'   ? "}"
		         : pre == '=' ? "="
		                      : "",
		         (int)close->n, close->p);
		return NPOS;
	}
	size_t after = end + (pre ? 1 : 0) + close->n;
	token *tk = push(p, kind, at, after);
	mslice content = {s + q + sigil, end - q - sigil};
	if (kind == TOK_COMMENT)
		return after;
	if (kind == TOK_DELIM)
		return set_delimiters(p, at, content, open, close) ? after : NPOS;
	tk->raw = tk->name = trim(content.p, content.n);
	if ((kind == TOK_PARTIAL || kind == TOK_PARENT || kind == TOK_CLOSE) && tk->name.n &&
	    tk->name.p[0] == '*') {
		tk->dynamic = true;
		tk->name = trim(tk->name.p + 1, tk->name.n - 1);
	}
	const char *what = !tk->dynamic          ? kind_name(kind)
	                   : kind == TOK_PARTIAL ? "dynamic partial"
	                   : kind == TOK_PARENT  ? "dynamic parent"
	                                         : "dynamic closing";
	if (!tk->name.n)
		error_at(p, at, "%s tag has no name", what);
	else if (has_space(tk->name))
		error_at(p, at, "%s tag name '%.*s' contains whitespace", what, (int)tk->name.n,
		         tk->name.p);
	else if ((kind == TOK_VAR || kind == TOK_RAW || kind == TOK_SECTION ||
	          kind == TOK_INVERTED || tk->dynamic) &&
	         !valid_key(tk->name))
		error_at(p, at, "invalid name '%.*s': dots must separate names", (int)tk->name.n,
		         tk->name.p);
	return after;
}

/* Pass 1. Returns false after an error that stops scanning (an unclosed tag or a bad
 * delimiter change: what follows cannot be read). */
static bool
scan(parser *p)
{
	mslice open = {"{{", 2}, close = {"}}", 2};
	size_t pos = 0;
	p->bol = true;
	while (pos < p->len) {
		size_t tag = find(p->src, pos, p->len, 0, open);
		if (tag == NPOS)
			tag = p->len;
		scan_text(p, pos, tag);
		if (tag == p->len)
			break;
		pos = scan_tag(p, tag, &open, &close);
		if (pos == NPOS || p->errors >= MUSTACHE_MAX_ERRORS)
			return false;
	}
	end_line(p);
	return true;
}

/* ---- pass 2: the tree ---- */

typedef struct nodevec {
	node *v;
	size_t n, cap;
} nodevec;

static node *
add_node(nodevec *nv, node_kind kind, const token *tk)
{
	if (nv->n == nv->cap) {
		nv->cap = nv->cap ? nv->cap * 2 : 16;
		nv->v = xrealloc(nv->v, nv->cap * sizeof *nv->v);
	}
	node *x = &nv->v[nv->n++];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	x->bol = tk->bol;
	x->pos = tk->start;
	x->text = tk->name;
	x->standalone = tk->standalone;
	x->dynamic = tk->dynamic;
	x->indent = tk->indent;
	return x;
}

static mkey
parse_key(parser *p, mslice name)
{
	mkey k = {NULL, 0};
	if (name.n == 1 && name.p[0] == '.')
		return k;
	k.n = 1;
	for (size_t i = 0; i < name.n; i++)
		k.n += name.p[i] == '.';
	mslice *parts = arena_alloc(p->a, k.n * sizeof *parts);
	size_t start = 0, j = 0;
	for (size_t i = 0; i <= name.n; i++)
		if (i == name.n || name.p[i] == '.') {
			parts[j++] = (mslice){name.p + start, i - start};
			start = i + 1;
		}
	k.parts = parts;
	return k;
}

static unsigned
line_of(parser *p, size_t pos)
{
	return mustache_mark(p->t, pos).line;
}

/* The longest run of spaces and tabs that starts every line of [from, to) which holds more
 * than whitespace (as Python's textwrap.dedent sees it); from is the start of a line. */
static mslice
margin(const char *s, size_t from, size_t to)
{
	mslice m = {s + from, 0};
	bool any = false;
	for (size_t i = from; i < to;) {
		size_t ws = i;
		while (ws < to && (s[ws] == ' ' || s[ws] == '\t'))
			ws++;
		size_t eol = ws;
		while (eol < to && s[eol] != '\n')
			eol++;
		if (!is_blank(s + ws, eol - ws)) {
			if (!any) {
				m = (mslice){s + i, ws - i};
				any = true;
			} else {
				size_t k = 0;
				while (k < m.n && k < ws - i && m.p[k] == s[i + k])
					k++;
				m.n = k;
			}
		}
		i = eol + 1;
	}
	return m;
}

/* Builds the nodes from token *i up to the close tag of `open` (or the end when open is
 * NULL); stores the close tag in *closer. Returns false after reporting an error. */
static bool
build(parser *p, size_t *i, const token *open, int depth, node **out, size_t *count,
      const token **closer)
{
	nodevec nv = {NULL, 0, 0};
	const token *close = NULL;
	bool ok = true;
	while (ok && !close && *i < p->n) {
		const token *tk = &p->toks[(*i)++];
		if (tk->drop)
			continue;
		node *x;
		switch (tk->kind) {
		case TOK_TEXT:
			if (tk->end > tk->start || tk->bol) {
				x = add_node(&nv, NODE_TEXT, tk);
				x->text = (mslice){p->src + tk->start, tk->end - tk->start};
			}
			break;
		case TOK_COMMENT:
		case TOK_DELIM:
			/* Print nothing, but keep the start of the line for indentation. */
			if (tk->bol) {
				x = add_node(&nv, NODE_TEXT, tk);
				x->text = (mslice){p->src + tk->start, 0};
			}
			break;
		case TOK_VAR:
		case TOK_RAW:
			x = add_node(&nv, tk->kind == TOK_VAR ? NODE_VAR : NODE_RAW, tk);
			x->key = parse_key(p, tk->name);
			break;
		case TOK_PARTIAL:
			x = add_node(&nv, NODE_PARTIAL, tk);
			if (x->dynamic)
				x->key = parse_key(p, tk->name);
			break;
		case TOK_SECTION:
		case TOK_INVERTED:
		case TOK_PARENT:
		case TOK_BLOCK: {
			if (depth >= MUSTACHE_MAX_NESTING) {
				error_at(p, tk->start, "sections nested more than %d deep",
				         MUSTACHE_MAX_NESTING);
				ok = false;
				break;
			}
			node *kids;
			size_t nkids;
			const token *end;
			if (!build(p, i, tk, depth + 1, &kids, &nkids, &end)) {
				ok = false;
				break;
			}
			static const node_kind kinds[] = {[TOK_SECTION] = NODE_SECTION,
			                                  [TOK_INVERTED] = NODE_INVERTED,
			                                  [TOK_PARENT] = NODE_PARENT,
			                                  [TOK_BLOCK] = NODE_BLOCK};
			x = add_node(&nv, kinds[tk->kind], tk);
			x->kids = kids;
			x->nkids = nkids;
			if (tk->kind == TOK_SECTION || tk->kind == TOK_INVERTED || x->dynamic)
				x->key = parse_key(p, tk->name);
			if (tk->kind == TOK_PARENT) {
				/* Only blocks matter inside a parent; text and other tags are
				 * ignored. */
				size_t n = 0;
				for (size_t k = 0; k < nkids; k++)
					if (kids[k].kind == NODE_BLOCK)
						kids[n++] = kids[k];
				x->nkids = n;
			}
			if (tk->kind == TOK_BLOCK) {
				size_t from = tk->standalone ? tk->line_end : tk->end;
				size_t to = end->standalone ? end->line_start : end->start;
				x->inline_body = !tk->standalone;
				if (tk->standalone && to > from)
					x->margin = margin(p->src, from, to);
			}
			break;
		}
		case TOK_CLOSE:
			if (!open) {
				error_at(p, tk->start, "closing tag '/%.*s' has no open section",
				         (int)tk->raw.n, tk->raw.p);
				ok = false;
			} else if (tk->dynamic != open->dynamic ||
			           !slice_eq(tk->name, open->name)) {
				error_at(
				    p, tk->start,
				    "closing tag '/%.*s' does not match open %s '%.*s' (opened at "
				    "line %u)",
				    (int)tk->raw.n, tk->raw.p, kind_name(open->kind),
				    (int)open->raw.n, open->raw.p, line_of(p, open->start));
				ok = false;
			} else {
				close = tk;
			}
			break;
		}
	}
	if (ok && open && !close) {
		error_at(p, open->start, "%s '%.*s' is never closed (opened here)",
		         kind_name(open->kind), (int)open->raw.n, open->raw.p);
		ok = false;
	}
	*out = NULL;
	*count = 0;
	if (ok && nv.n) {
		*out = arena_alloc(p->a, nv.n * sizeof **out);
		memcpy(*out, nv.v, nv.n * sizeof **out);
		*count = nv.n;
	}
	if (closer)
		*closer = close;
	free(nv.v);
	return ok;
}

/* ---- pass 3: block indentation ---- */

static mslice
cut(mslice s, size_t n)
{
	if (n > s.n)
		n = s.n;
	return (mslice){s.p + n, s.n - n};
}

/* Removes `strip` bytes of indentation from every line inside standalone blocks: content
 * is indented again where it is expanded. strip is absolute (counted from the line start). */
static void
reindent(node *nodes, size_t n, size_t strip)
{
	for (size_t i = 0; i < n; i++) {
		node *x = &nodes[i];
		size_t inner = strip;
		if (x->kind == NODE_TEXT && x->bol) {
			size_t ws = 0;
			while (ws < strip && ws < x->text.n &&
			       (x->text.p[ws] == ' ' || x->text.p[ws] == '\t'))
				ws++;
			x->text = cut(x->text, ws);
		} else if (x->kind == NODE_BLOCK && x->standalone) {
			/* Spec "Intrinsic indentation": the content's own indentation if it has
			 * some, else the tag's. */
			x->indent = cut(x->margin.n ? x->margin : x->indent, strip);
			if (x->margin.n > strip)
				inner = x->margin.n;
		} else if (x->standalone) {
			x->indent = cut(x->indent, strip);
		}
		if (x->nkids)
			reindent(x->kids, x->nkids, inner);
	}
}

bool
mustache_parse(arena *a, diag *d, mustache_template *t)
{
	parser p = {.d = d, .a = a, .t = t, .src = t->src, .len = t->len, .ok = true};
	bool ok = scan(&p) && p.ok;
	if (ok) {
		size_t i = 0;
		ok = build(&p, &i, NULL, 0, &t->nodes, &t->n, NULL);
	}
	if (ok)
		reindent(t->nodes, t->n, 0);
	free(p.toks);
	return ok;
}
