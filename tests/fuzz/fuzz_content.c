/* fuzz_content.c - libFuzzer target: the whole content loader (content_load_files) from
 * memory, then the JSON dump of whatever loads.
 *
 * The input is split into content files at lines holding only "%%"; the pieces become, in
 * order, site.yaml, a registry file, an equality file, a plan's plan.yaml, two outcome files,
 * a measures file, two reports, and a second plan (extra pieces join the last file). Kept
 * inputs in tests/fuzz/corpus/fuzz_content/ are readable content trees written this way. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "content/content.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const paths[] = {
    "site.yaml",
    "registry/people.yaml",
    "equality/equality.yaml",
    "plans/p/plan.yaml",
    "plans/p/outcomes/1.yaml",
    "plans/p/outcomes/2.yaml",
    "plans/p/measures/measures.yaml",
    "plans/p/reports/q1.yaml",
    "plans/p/reports/q2.yaml",
    "plans/q/plan.yaml",
};
enum { NPATHS = sizeof paths / sizeof *paths };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *end = text + size;
	const char *texts[NPATHS];
	size_t lens[NPATHS];
	size_t n = 0;
	const char *start = text;
	for (const char *p = text; p < end && n + 1 < NPATHS;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		if (eol - p == 2 && p[0] == '%' && p[1] == '%') {
			texts[n] = start;
			lens[n++] = (size_t)(p - start);
			start = nl ? nl + 1 : end;
		}
		p = nl ? nl + 1 : end;
	}
	texts[n] = start;
	lens[n++] = (size_t)(end - start);

	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	d.strict = size % 2; /* both modes, chosen by the input */
	model *m = content_load_files(&a, &d, paths, texts, lens, n);
	if (m) {
		if (diag_failed(&d))
			__builtin_trap(); /* a model only when nothing failed */
		buf out = BUF_INIT;
		content_dump_json(m, &out);
		buf_free(&out);
	}
	if (d.len) {
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			diag_print(&d, sink, true);
			fclose(sink);
		}
	}
	diag_free(&d);
	arena_free(&a);
	return 0;
}
