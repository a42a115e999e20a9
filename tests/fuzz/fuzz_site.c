/* fuzz_site.c - libFuzzer target: the whole content-to-site build. The input becomes a content
 * tree (loaded from memory by content_load_files, split as in fuzz_content.c), and whatever
 * loads is rendered with the default theme by site_build into a folder under /dev/shm (or
 * TMPDIR), one thread. Besides the sanitizers it checks two promises:
 *   - a model comes back only when loading reported no error, and a build succeeds only
 *     without errors;
 *   - a build leaves no OUT.new behind, and a failed build leaves the previous site as it was
 *     (its index.html still there).
 * The input is split into content files at lines holding only "%%": site.yaml, a registry
 * file, an equality file, plans/p/plan.yaml, two outcome files, a measures file, two reports,
 * and plans/q/plan.yaml. Run from the repository root (tests/fuzz/run.sh does), so that
 * themes/default is found. Kept inputs are in tests/fuzz/corpus/fuzz_site/. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content/content.h"
#include "site/site.h"
#include "util/fs.h"

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

static char work[256], out[300], index_html[320];

static void
cleanup(void)
{
	if (work[0])
		fs_remove_tree(work);
}

static void
setup(void)
{
	const char *tmp = fs_is_dir("/dev/shm") ? "/dev/shm" : getenv("TMPDIR");
	snprintf(work, sizeof work, "%s/plansite-fuzz-site-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(work)) {
		perror("fuzz_site: mkdtemp");
		abort();
	}
	snprintf(out, sizeof out, "%s/site", work);
	snprintf(index_html, sizeof index_html, "%s/index.html", out);
	atexit(cleanup);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!work[0])
		setup();
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
	model *m = content_load_files(&a, &d, paths, texts, lens, n);
	if (m) {
		if (diag_failed(&d))
			__builtin_trap(); /* a model only when nothing failed */
		bool had_site = fs_is_file(index_html);
		site_options o = {.theme_dir = "themes/default", .out_dir = out, .threads = 1};
		site_stats stats = {0};
		bool ok = site_build(m, &o, &d, &stats);
		if (ok && d.errors)
			__builtin_trap(); /* success with errors reported */
		if (!ok && !d.errors)
			__builtin_trap(); /* failure without a message saying why */
		char **names;
		int entries = fs_list(&a, work, true, &names);
		for (int i = 0; i < entries; i++)
			if (strcmp(names[i], "site") != 0)
				__builtin_trap(); /* the half-written folder was left behind */
		if (ok ? !fs_is_file(index_html) : had_site != fs_is_file(index_html))
			__builtin_trap(); /* no home page, or a failed build touched the old site */
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
