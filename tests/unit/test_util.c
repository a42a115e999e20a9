/* Unit tests for util/: arena, buf, map, diag, fs. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/map.h"

TEST(arena_allocates_zeroed_aligned_memory)
{
	arena a;
	arena_init(&a);
	for (int i = 1; i < 2000; i++) {
		char *p = arena_alloc(&a, (size_t)i * 7);
		CHECK(((uintptr_t)p % _Alignof(max_align_t)) == 0);
		CHECK(p[0] == 0 && p[i * 7 - 1] == 0);
		p[0] = 1;
	}
	char *big = arena_alloc(&a, 1 << 20);
	CHECK(big[(1 << 20) - 1] == 0);
	CHECK_STR(arena_printf(&a, "%s-%d", "x", 42), "x-42");
	CHECK_STR(arena_strndup(&a, "abcdef", 3), "abc");
	arena_free(&a);
}

TEST(buf_grows_and_formats)
{
	buf b = BUF_INIT;
	CHECK_STR(buf_cstr(&b), "");
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	CHECK(b.len == 2000);
	buf_reset(&b);
	buf_adds(&b, "a");
	buf_addc(&b, 'b');
	buf_add(&b, "cd", 2);
	CHECK_STR(buf_cstr(&b), "abcd");
	buf_free(&b);
}

TEST(map_stores_finds_and_reports_duplicates)
{
	arena a;
	arena_init(&a);
	map m;
	map_init(&m, &a);
	static int values[5000];
	for (int i = 0; i < 5000; i++)
		CHECK(map_put(&m, arena_printf(&a, "key-%d", i), &values[i]) == NULL);
	CHECK(map_get(&m, "key-4321") == &values[4321]);
	CHECK(map_get(&m, "key-5000") == NULL);
	CHECK(map_put(&m, "key-7", &values[0]) == &values[7]);
	CHECK(map_get(&m, "key-7") == &values[7]);
	CHECK(map_getn(&m, "key-12xyz", 6) == &values[12]);
	arena_free(&a);
}

TEST(diag_sorts_and_quotes)
{
	diag d;
	diag_init(&d);
	const char *text = "a: 1\nbb: \t2\n";
	diag_add_source(&d, "f.yaml", text, strlen(text));
	diag_error(&d, (mark){"f.yaml", 2, 6}, "second");
	diag_warning(&d, (mark){"f.yaml", 1, 1}, "first");
	CHECK(diag_failed(&d));
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	diag_print(&d, f, true);
	fclose(f);
	CHECK_STR(out, "f.yaml:1:1: warning: first\n a: 1\n ^\n"
	               "f.yaml:2:6: error: second\n bb: \t2\n     \t^\n");
	free(out);
	diag_free(&d);
}

TEST(diag_strict_turns_warnings_into_failure)
{
	diag d;
	diag_init(&d);
	diag_warning(&d, (mark){"x", 1, 1}, "w");
	CHECK(!diag_failed(&d));
	d.strict = true;
	CHECK(diag_failed(&d));
	diag_free(&d);
}

TEST(fs_writes_lists_swaps_and_removes)
{
	arena a;
	arena_init(&a);
	char tmpl[] = "/tmp/plansite-test-XXXXXX";
	char *dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	char *out = fs_join(&a, dir, "out"), *fresh = fs_join(&a, dir, "fresh");
	CHECK(fs_mkdir_p(fs_join(&a, out, "x/y")));
	CHECK(fs_write(fs_join(&a, out, "x/y/old.txt"), "old", 3));
	CHECK(fs_mkdir_p(fresh));
	CHECK(fs_write(fs_join(&a, fresh, "b.txt"), "b", 1));
	CHECK(fs_write(fs_join(&a, fresh, "a.txt"), "a", 1));
	char **names;
	CHECK(fs_list(&a, out, false, &names) == 1);
	CHECK(fs_remove_tree(out));
	CHECK(rename(fresh, out) == 0);
	CHECK(fs_list(&a, out, false, &names) == 2);
	CHECK_STR(names[0], "a.txt");
	CHECK_STR(names[1], "b.txt");
	CHECK(!fs_is_dir(fresh));
	CHECK(!fs_is_dir(fs_join(&a, dir, "out.old")));
	size_t len;
	CHECK_STR(fs_read(&a, fs_join(&a, out, "b.txt"), &len), "b");
	CHECK(fs_read(&a, fs_join(&a, out, "missing"), &len) == NULL);
	size_t bytes;
	bool source_failed;
	CHECK(fs_copy_file(fs_join(&a, out, "a.txt"), fs_join(&a, dir, "copy.txt"), &bytes,
	                   &source_failed));
	CHECK(bytes == 1 && fs_is_file(fs_join(&a, dir, "copy.txt")));
	CHECK(!fs_copy_file(fs_join(&a, out, "none"), fs_join(&a, dir, "c2"), &bytes,
	                    &source_failed));
	CHECK(source_failed && errno == ENOENT);
	CHECK(fs_remove_tree(dir));
	CHECK(!fs_is_dir(dir));
	arena_free(&a);
}

TEST(fs_mkdir_p_makes_missing_parents_only)
{
	arena a;
	arena_init(&a);
	char tmpl[] = "/tmp/plansite-mkdir-XXXXXX";
	char *dir = mkdtemp(tmpl);
	if (CHECK(dir)) {
		const char *deep = fs_join(&a, dir, "a/b/c/d");
		CHECK(fs_mkdir_p(deep) && fs_is_dir(deep));
		CHECK(fs_mkdir_p(deep));                             /* already there */
		CHECK(fs_mkdir_p(arena_printf(&a, "%s/a/b/", dir))); /* a trailing slash */
		CHECK(fs_mkdir_p(fs_join(&a, dir, "a/b/e")));        /* a sibling */
		CHECK(fs_write(fs_join(&a, dir, "f"), "x", 1));
		CHECK(!fs_mkdir_p(fs_join(&a, dir, "f")));     /* a file is no folder */
		CHECK(!fs_mkdir_p(fs_join(&a, dir, "f/g/h"))); /* nor a parent */
		CHECK(!fs_mkdir_p(""));
		fs_remove_tree(dir);
	}
	arena_free(&a);
}
