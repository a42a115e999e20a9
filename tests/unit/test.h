/* test.h - the unit-test runner: TEST(name) { CHECK(...); } in any C file of tests/unit.
 * Tests register themselves at start-up; the runner prints each failure with its file:line
 * and ends with "N passed, N failed" (", N skipped" when a test could not run, with why). */
#ifndef PLANSITE_TEST_H
#define PLANSITE_TEST_H

#include <stdbool.h>
#include <string.h>

typedef void (*test_fn)(void);
void test_register(const char *file, const char *name, test_fn fn);
/* Records a failed check; returns cond so callers can stop early. */
bool test_check(bool cond, const char *file, int line, const char *expr);
bool test_check_str(const char *got, const char *want, const char *file, int line,
                    const char *expr);

#define TEST(name)                                                                                 \
	static void name(void);                                                                    \
	__attribute__((constructor)) static void register_##name(void)                             \
	{                                                                                          \
		test_register(__FILE__, #name, name);                                              \
	}                                                                                          \
	static void name(void)

/* Marks the running test as skipped (it could not run here), with the reason printed. */
void test_skip(const char *file, const char *why);

#define SKIP(why)                                                                                  \
	do {                                                                                       \
		test_skip(__FILE__, (why));                                                        \
		return;                                                                            \
	} while (0)
#define CHECK(cond) test_check((cond), __FILE__, __LINE__, #cond)
#define CHECK_STR(got, want) test_check_str((got), (want), __FILE__, __LINE__, #got)

#endif
