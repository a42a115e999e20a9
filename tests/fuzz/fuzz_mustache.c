/* fuzz_mustache.c - libFuzzer target for the Mustache engine: parse, link and render.
 *
 * Input: one option byte, then the template, then partials, separated by NUL bytes. Any
 * partial name resolves to one of the partials (by a hash of the name), so templates can
 * include each other, themselves, and parents with blocks. The option byte chooses:
 *   bit 0  require_partials (a missing partial is an error)
 *   bit 1  names that start with 'x' are missing partials
 *   bit 2  render with null data instead of the fixed data tree
 *   bit 3  render a second time from another thread's point of view (a fresh diag) and
 *          check that the output is the same
 * Diagnostics are printed (with quoted lines) to exercise their positions. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mustache/mustache.h"
#include "yaml_loader.h"

typedef struct parts {
	const char *text[16];
	size_t len[16];
	size_t n;
	bool missing_x;
} parts;

static const char *
resolve(void *ctx, const char *name, size_t *len, const char **path)
{
	parts *p = ctx;
	if (p->n < 2 || (p->missing_x && name[0] == 'x'))
		return NULL;
	uint32_t h = 2166136261u;
	for (const char *s = name; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	size_t i = 1 + h % (p->n - 1);
	*len = p->len[i];
	*path = name;
	return p->text[i];
}

/* A small data tree with every kind of value, names the dynamic partials can use, and
 * lists for sections. Built once; never changed. */
static const char data_yaml[] = "a: \"text <&>\\\"'\"\n"
                                "b: 0\n"
                                "c: 1.50\n"
                                "t: true\n"
                                "f: false\n"
                                "n: ~\n"
                                "s: \"false\"\n"
                                "name: p1\n"
                                "empty: []\n"
                                "list:\n"
                                "  - {name: p2, v: 1, list: []}\n"
                                "  - {name: x3, v: \"two\\nlines\"}\n"
                                "  - [1, 2, {a: inner}]\n"
                                "map: {a: {b: {c: deep, name: p3}}, list: [a, b]}\n";

static value *data;
static arena data_arena;
static FILE *devnull;

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	if (!data) {
		diag d;
		diag_init(&d);
		arena_init(&data_arena);
		data = yaml_load(&data_arena, &d, "data.yaml", data_yaml, sizeof data_yaml - 1);
		diag_free(&d);
		devnull = fopen("/dev/null", "w");
		if (!data || !devnull)
			abort();
	}
	if (size < 1)
		return 0;
	uint8_t opts = in[0];
	parts p = {.missing_x = opts & 2};
	const char *s = (const char *)in + 1, *end = (const char *)in + size;
	while (p.n < 16) {
		const char *nul = memchr(s, '\0', (size_t)(end - s));
		p.text[p.n] = s;
		p.len[p.n++] = (size_t)((nul ? nul : end) - s);
		if (!nul)
			break;
		s = nul + 1;
	}

	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	mustache_env *env = mustache_env_new(&a, &d, resolve, &p, opts & 1);
	diag_add_source(&d, "fuzz.mustache", p.text[0], p.len[0]);
	mustache_template *t = mustache_compile(env, "fuzz.mustache", p.text[0], p.len[0]);
	if (t) {
		const value *root = (opts & 4) ? NULL : data;
		buf out = BUF_INIT;
		bool ok = mustache_render(env, t, root, &out);
		if (opts & 8) {
			diag d2;
			diag_init(&d2);
			buf again = BUF_INIT;
			bool ok2 = mustache_render_diag(env, t, root, &again, &d2);
			/* Rendering is deterministic: a second render gives the same bytes. */
			if (ok && (!ok2 || again.len != out.len ||
			           (out.len && memcmp(again.data, out.data, out.len) != 0)))
				abort();
			buf_free(&again);
			diag_free(&d2);
		}
		buf_free(&out);
	}
	if (d.len)
		diag_print(&d, devnull, true);
	diag_free(&d);
	arena_free(&a);
	return 0;
}
