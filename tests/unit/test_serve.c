/* test_serve.c - the pure parts of `plansite serve`: addresses to files, content types,
 * the base URL's path, opening beneath the site without links, debouncing, ignored names. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "serve/debounce.h"
#include "serve/paths.h"
#include "serve/watch.h"
#include "test.h"
#include "util/fs.h"

static const char *
resolve(const char *url, const char *prefix, serve_path_kind *kind)
{
	static char out[64];
	*kind = serve_path_resolve(url, prefix, out, sizeof out);
	return out;
}

TEST(serve_path_resolves_files_and_folders)
{
	serve_path_kind k;
	CHECK_STR(resolve("/", "/", &k), "");
	CHECK(k == SERVE_PATH_DIRECTORY);
	CHECK_STR(resolve("/index.html", "/", &k), "index.html");
	CHECK(k == SERVE_PATH_FILE);
	CHECK_STR(resolve("/plans/a/", "/", &k), "plans/a/");
	CHECK(k == SERVE_PATH_DIRECTORY);
	CHECK_STR(resolve("/plans/a", "/", &k), "plans/a");
	CHECK(k == SERVE_PATH_FILE);
	CHECK_STR(resolve("//static//./plansite.css", "/", &k), "static/plansite.css");
	CHECK(k == SERVE_PATH_FILE);
	CHECK_STR(resolve("/a/.", "/", &k), "a/");
	CHECK(k == SERVE_PATH_DIRECTORY);
}

TEST(serve_path_under_a_prefix)
{
	serve_path_kind k;
	CHECK_STR(resolve("/plans/", "/plans/", &k), "");
	CHECK(k == SERVE_PATH_DIRECTORY);
	CHECK_STR(resolve("/plans", "/plans/", &k), "");
	CHECK(k == SERVE_PATH_DIRECTORY);
	CHECK_STR(resolve("/plans/data/x.csv", "/plans/", &k), "data/x.csv");
	CHECK(k == SERVE_PATH_FILE);
	resolve("/", "/plans/", &k);
	CHECK(k == SERVE_PATH_OUTSIDE);
	resolve("/plansx/", "/plans/", &k);
	CHECK(k == SERVE_PATH_OUTSIDE);
	resolve("/other/index.html", "/plans/", &k);
	CHECK(k == SERVE_PATH_OUTSIDE);
}

TEST(serve_path_refuses_traversal)
{
	serve_path_kind k;
	resolve("/../etc/passwd", "/", &k);
	CHECK(k == SERVE_PATH_FORBIDDEN);
	resolve("/a/../../etc/passwd", "/", &k);
	CHECK(k == SERVE_PATH_FORBIDDEN);
	resolve("/a/..", "/", &k);
	CHECK(k == SERVE_PATH_FORBIDDEN);
	resolve("/plans/../secret", "/plans/", &k);
	CHECK(k == SERVE_PATH_FORBIDDEN);
	resolve("/a\\..\\b", "/", &k);
	CHECK(k == SERVE_PATH_FORBIDDEN);
	/* "..." and "..x" are ordinary names. */
	CHECK_STR(resolve("/.../..x", "/", &k), ".../..x");
	CHECK(k == SERVE_PATH_FILE);
	/* An absolute path in the address stays inside the site. */
	CHECK_STR(resolve("//etc/passwd", "/", &k), "etc/passwd");
	resolve("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "/",
	        &k);
	CHECK(k == SERVE_PATH_TOO_LONG);
}

TEST(serve_content_types)
{
	CHECK_STR(serve_content_type("index.html"), "text/html; charset=utf-8");
	CHECK_STR(serve_content_type("static/plansite.css"), "text/css; charset=utf-8");
	CHECK_STR(serve_content_type("search/index.js"), "text/javascript; charset=utf-8");
	CHECK_STR(serve_content_type("a/chart.svg"), "image/svg+xml");
	CHECK_STR(serve_content_type("data/plansite.json"), "application/json");
	CHECK_STR(serve_content_type("data/activities.csv"), "text/csv; charset=utf-8");
	CHECK_STR(serve_content_type("feed.xml"), "application/atom+xml");
	CHECK_STR(serve_content_type("plans/a/feed.xml"), "application/atom+xml");
	CHECK_STR(serve_content_type("sitemap.xml"), "application/xml");
	CHECK_STR(serve_content_type("robots.txt"), "text/plain; charset=utf-8");
	CHECK_STR(serve_content_type("README"), "application/octet-stream");
	CHECK_STR(serve_content_type("x.HTML.bak"), "application/octet-stream");
}

TEST(serve_base_path_of_urls)
{
	char out[32];
	CHECK(serve_base_path(NULL, out, sizeof out));
	CHECK_STR(out, "/");
	CHECK(serve_base_path("https://example.org", out, sizeof out));
	CHECK_STR(out, "/");
	CHECK(serve_base_path("https://example.org/", out, sizeof out));
	CHECK_STR(out, "/");
	CHECK(serve_base_path("https://example.org/plans", out, sizeof out));
	CHECK_STR(out, "/plans/");
	CHECK(serve_base_path("https://example.org/a/b/?q=1#x", out, sizeof out));
	CHECK_STR(out, "/a/b/");
	CHECK(!serve_base_path("https://example.org/a b/", out, sizeof out));
	CHECK(!serve_base_path("https://example.org/%2e%2e/", out, sizeof out));
	CHECK(!serve_base_path("https://example.org/a-very-long-path-that-does-not-fit/", out,
	                       sizeof out));
}

TEST(serve_open_beneath_refuses_links)
{
	const char *tmp = getenv("TMPDIR");
	char dir[512];
	snprintf(dir, sizeof dir, "%s/plansite-unit-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!CHECK(mkdtemp(dir) != NULL))
		return;
	arena a;
	arena_init(&a);
	CHECK(fs_mkdir_p(fs_join(&a, dir, "site/sub")));
	CHECK(fs_write(fs_join(&a, dir, "site/sub/index.html"), "sub", 3));
	CHECK(fs_write(fs_join(&a, dir, "site/page.css"), "css", 3));
	CHECK(fs_write(fs_join(&a, dir, "secret"), "secret", 6));
	CHECK(symlink("../secret", fs_join(&a, dir, "site/link")) == 0);
	CHECK(symlink("..", fs_join(&a, dir, "site/up")) == 0);
	int root = open(fs_join(&a, dir, "site"), O_RDONLY | O_DIRECTORY);
	CHECK(root >= 0);
	bool is_dir;
	char text[8] = {0};
	int fd = serve_open_beneath(root, "page.css", true, &is_dir);
	CHECK(fd >= 0 && !is_dir && read(fd, text, 3) == 3);
	CHECK_STR(text, "css");
	if (fd >= 0)
		close(fd);
	fd = serve_open_beneath(root, "sub/", true, &is_dir);
	CHECK(fd >= 0 && is_dir);
	if (fd >= 0)
		close(fd);
	fd = serve_open_beneath(root, "sub", false, &is_dir);
	CHECK(fd < 0 && is_dir); /* a folder named without its slash: the caller redirects */
	CHECK(serve_open_beneath(root, "link", true, &is_dir) < 0);
	CHECK(serve_open_beneath(root, "up/secret", true, &is_dir) < 0);
	CHECK(serve_open_beneath(root, "../secret", true, &is_dir) < 0);
	CHECK(serve_open_beneath(root, "missing.html", true, &is_dir) < 0);
	close(root);
	CHECK(fs_remove_tree(dir));
	arena_free(&a);
}

TEST(serve_debounce_waits_for_quiet)
{
	debounce d = debounce_make(25, 400);
	CHECK(debounce_wait(&d, 1000) == -1);
	debounce_event(&d, 1000);
	CHECK(debounce_wait(&d, 1000) == 25);
	CHECK(debounce_wait(&d, 1010) == 15);
	debounce_event(&d, 1020); /* a second event of the same save */
	CHECK(debounce_wait(&d, 1030) == 15);
	CHECK(debounce_wait(&d, 1045) == 0);
	CHECK(debounce_wait(&d, 2000) == 0);
	debounce_clear(&d);
	CHECK(debounce_wait(&d, 2000) == -1);
}

TEST(serve_debounce_has_a_limit)
{
	debounce d = debounce_make(25, 100);
	/* Events every 20 ms never leave 25 ms of quiet: the limit starts the rebuild. */
	long t = 0;
	for (; t < 100; t += 20) {
		debounce_event(&d, t);
		CHECK(debounce_wait(&d, t) > 0);
	}
	debounce_event(&d, t);
	CHECK(debounce_wait(&d, t) == 0);
}

TEST(serve_watch_ignores_editor_files)
{
	CHECK(watch_ignored_name(".plan.yaml.swp"));
	CHECK(watch_ignored_name("plan.yaml~"));
	CHECK(watch_ignored_name(".#plan.yaml"));
	CHECK(watch_ignored_name("4913"));
	CHECK(!watch_ignored_name("plan.yaml"));
	CHECK(!watch_ignored_name("about.md"));
}
