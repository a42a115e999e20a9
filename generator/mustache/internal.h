/* internal.h - the compiled form of a Mustache template, shared by the parser (parse.c), the
 * renderer (render.c) and the environment with its partials cache (env.c). Not for use
 * outside generator/mustache/.
 *
 * A template is a tree of nodes whose strings are slices into the template's source; nothing
 * in it changes after compilation, so any number of threads may render it at once. */
#ifndef PLANSITE_MUSTACHE_INTERNAL_H
#define PLANSITE_MUSTACHE_INTERNAL_H

#include <pthread.h>

#include "mustache/mustache.h"
#include "util/map.h"

enum {
	MUSTACHE_MAX_NESTING = 100,  /* sections open at once in one template */
	MUSTACHE_MAX_PARTIALS = 100, /* partials, parents and blocks inside each other */
	MUSTACHE_MAX_DEPTH = 1000,   /* everything nested while rendering: bounds the C stack */
	MUSTACHE_MAX_ERRORS = 20,    /* reported per template before giving up on it */
};

/* Bounds on one render, so that sections nested over lists or partials that include each
 * other many times (which grow exponentially) end with an error instead of running for
 * hours or exhausting memory. A page of plansite is far below both. */
#define MUSTACHE_MAX_STEPS ((size_t)10 * 1000 * 1000)   /* nodes rendered */
#define MUSTACHE_MAX_OUTPUT ((size_t)256 * 1024 * 1024) /* bytes of output */

/* A piece of source text: not NUL-terminated. */
typedef struct mslice {
	const char *p;
	size_t n;
} mslice;

typedef enum {
	NODE_TEXT,     /* literal text, at most one line */
	NODE_VAR,      /* {{name}}: HTML-escaped */
	NODE_RAW,      /* {{{name}}} and {{&name}} */
	NODE_SECTION,  /* {{#name}}...{{/name}} */
	NODE_INVERTED, /* {{^name}}...{{/name}} */
	NODE_PARTIAL,  /* {{>name}} and {{>*name}} */
	NODE_PARENT,   /* {{<name}}...{{/name}}: kids are the blocks that override the parent's */
	NODE_BLOCK,    /* {{$name}}...{{/name}}: kids are the default content */
} node_kind;

/* A dotted name split at the dots; n == 0 is the implicit iterator ".". */
typedef struct mkey {
	const mslice *parts;
	size_t n;
} mkey;

typedef struct partial partial;

typedef struct node node;
struct node {
	node_kind kind;
	bool bol;         /* starts a source line: indentation goes before it */
	bool standalone;  /* PARTIAL, PARENT, BLOCK: alone on its line, content indented */
	bool dynamic;     /* PARTIAL, PARENT: name looked up in the context ({{>*name}}) */
	bool inline_body; /* BLOCK: its content starts in the middle of a line */
	size_t pos;       /* byte offset of the tag in the source, for messages */
	mslice text;      /* TEXT: the text; other tags: the name as written */
	mkey key;         /* VAR, RAW, SECTION, INVERTED, dynamic PARTIAL and PARENT */
	/* Standalone PARTIAL and PARENT: the whitespace before the tag, prepended to each line
	 * of the partial. Standalone BLOCK: the indentation of the block's content at this site
	 * (spec: "Block indentation is removed at the site of definition and added at the site
	 * of expansion"). */
	mslice indent;
	mslice margin; /* BLOCK, while parsing: the common indentation of its content lines */
	node *kids;    /* SECTION, INVERTED, BLOCK: the content; PARENT: its BLOCKs */
	size_t nkids;
	partial *part; /* static PARTIAL and PARENT: the cache entry, set by env.c */
};

struct mustache_template {
	const char *path; /* for messages */
	const char *src;  /* the source the slices point into */
	size_t len;
	node *nodes;
	size_t n;
};

/* A partial (or parent) by name, compiled at most once per environment. */
struct partial {
	const char *name;
	mustache_template *t; /* NULL while compiling, if not found, or if it has errors */
	bool found;           /* the resolver returned text */
	bool failed;          /* found, but it did not compile */
};

struct mustache_env {
	arena *arena;
	diag *diag;
	mustache_resolve_fn resolve;
	void *ctx;
	bool require_partials;
	/* Guards partials, the arena and the resolver: dynamic names ({{>*name}}) compile new
	 * partials while threads render. */
	pthread_mutex_t lock;
	map partials;  /* name -> partial */
	int compiling; /* partials being compiled inside each other */
};

/* Parses t->src into t->nodes, allocating from a. Returns false after reporting errors into d
 * (partials are not resolved here; see env.c). */
bool mustache_parse(arena *a, diag *d, mustache_template *t);

/* The cache entry for partial `name` (never NULL), resolving and compiling it on first use.
 * Errors go to d; from and pos locate the tag that asked, for messages. The caller holds
 * env->lock. */
partial *mustache_partial(mustache_env *env, diag *d, mslice name, const mustache_template *from,
                          size_t pos);

/* Where byte offset pos of t lies, as a diag mark. */
mark mustache_mark(const mustache_template *t, size_t pos);

#endif
