/* main.c - runs every registered unit test (optionally only those whose name contains argv[1]). */
#include <stdio.h>
#include <stdlib.h>

#include "test.h"

typedef struct {
	const char *file, *name;
	test_fn fn;
} test_case;

static test_case tests[1024];
static int ntests;
static int failures_in_current;
static bool skipped_current;

void
test_register(const char *file, const char *name, test_fn fn)
{
	if (ntests == (int)(sizeof tests / sizeof tests[0])) {
		fprintf(stderr, "too many tests\n");
		exit(2);
	}
	tests[ntests++] = (test_case){file, name, fn};
}

bool
test_check(bool cond, const char *file, int line, const char *expr)
{
	if (!cond) {
		fprintf(stderr, "%s:%d: check failed: %s\n", file, line, expr);
		failures_in_current++;
	}
	return cond;
}

bool
test_check_str(const char *got, const char *want, const char *file, int line, const char *expr)
{
	if (got && want && strcmp(got, want) == 0)
		return true;
	fprintf(stderr, "%s:%d: %s\n    got:  \"%s\"\n    want: \"%s\"\n", file, line, expr,
	        got ? got : "(null)", want ? want : "(null)");
	failures_in_current++;
	return false;
}

void
test_skip(const char *file, const char *why)
{
	fprintf(stderr, "skipped (%s): %s\n", file, why);
	skipped_current = true;
}

int
main(int argc, char **argv)
{
	int passed = 0, failed = 0, skipped = 0;
	for (int i = 0; i < ntests; i++) {
		if (argc > 1 && !strstr(tests[i].name, argv[1]))
			continue;
		failures_in_current = 0;
		skipped_current = false;
		tests[i].fn();
		if (failures_in_current) {
			fprintf(stderr, "FAIL %s (%s)\n", tests[i].name, tests[i].file);
			failed++;
		} else if (skipped_current) {
			skipped++;
		} else {
			passed++;
		}
	}
	if (skipped)
		printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
	else
		printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
