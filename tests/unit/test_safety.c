/* test_safety.c - the escapers and limits a red-team pass found wanting (issue 21): CSV
 * formulas behind TAB and CR, XML-forbidden code points, raw HTML that kept javascript:
 * links, control characters in messages, split sitemaps, --base-url, the output folder. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/content.h"
#include "markdown.h"
#include "site/escape.h"
#include "site/exports.h"
#include "site/sitemap.h"
#include "site/strings.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/outdir.h"
#include "test.h"

static const char *
csv(arena *a, const char *s)
{
	buf b = BUF_INIT;
	escape_csv(&b, s);
	const char *out = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

static const char *
xml(arena *a, const char *s)
{
	buf b = BUF_INIT;
	escape_xml(&b, s);
	const char *out = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

TEST(csv_tab_and_cr_formulas_are_neutralised)
{
	arena a;
	arena_init(&a);
	CHECK_STR(csv(&a, "\t=1+1"), "\"'\t=1+1\"");
	CHECK_STR(csv(&a, "\r=1+1"), "\"'\r=1+1\"");
	CHECK_STR(csv(&a, "=SUM(A1)"), "\"'=SUM(A1)\"");
	CHECK_STR(csv(&a, "a\tb"), "a\tb"); /* a TAB inside is data */
	CHECK_STR(csv(&a, "-3.5"), "-3.5");
	arena_free(&a);
}

TEST(xml_forbidden_code_points_are_replaced_or_dropped)
{
	arena a;
	arena_init(&a);
	CHECK_STR(xml(&a, "a\xEF\xBF\xBE"
	                  "b\xEF\xBF\xBF"
	                  "c"),
	          "a\xEF\xBF\xBD"
	          "b\xEF\xBF\xBD"
	          "c");
	CHECK_STR(xml(&a, "x\xED\xA0\x80y"), "x\xEF\xBF\xBDy"); /* a surrogate */
	CHECK_STR(xml(&a, "\x01\x1b[2J<&>"), "[2J&lt;&amp;&gt;");
	CHECK_STR(xml(&a, "\xEF\xBF\xBD ok \xEF\xBC\xA1"), "\xEF\xBF\xBD ok \xEF\xBC\xA1");
	CHECK_STR(xml(&a, "end\xEF"), "end\xEF"); /* truncated: never read past the end */
	arena_free(&a);
}

TEST(raw_html_keeps_the_url_filter)
{
	arena a;
	arena_init(&a);
	const char *md = "[x](javascript:alert(1)) [y](JavaScript:alert(2)) "
	                 "![i](data:text/html,x) ![p](data:image/png;base64,AA) [ok](https://a.b/)"
	                 "\n\n<b>raw</b>\n";
	const char *safe = markdown_to_html(&a, md, false, 0);
	const char *raw = markdown_to_html(&a, md, true, 0);
	CHECK(!strstr(safe, "javascript:") && !strstr(safe, "<b>raw</b>"));
	CHECK(!strstr(raw, "javascript:") && !strstr(raw, "JavaScript:"));
	CHECK(!strstr(raw, "data:text/html"));
	CHECK(strstr(raw, "data:image/png;base64,AA") != NULL);
	CHECK(strstr(raw, "href=\"https://a.b/\"") != NULL);
	CHECK(strstr(raw, "<b>raw</b>") != NULL); /* what the setting is for */
	arena_free(&a);
}

TEST(messages_show_control_characters_escaped)
{
	diag d;
	diag_init(&d);
	const char *text = "title: \"\x1b]0;pwned\x07\x1b[2J\"\n";
	diag_add_source(&d, "f.yaml", text, strlen(text));
	diag_error(&d, (mark){"f.yaml", 1, 8}, "bad '%s'", "\x1b]0;pwned\x07\xc2\x9b");
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (CHECK(f)) {
		diag_print(&d, f, true);
		fclose(f);
		CHECK_STR(out, "f.yaml:1:8: error: bad '\\x1b]0;pwned\\x07\\u009b'\n"
		               " title: \"\\x1b]0;pwned\\x07\\x1b[2J\"\n"
		               "        ^\n");
		CHECK(!memchr(out, 0x1b, len) && !memchr(out, 0x07, len));
	}
	free(out);
	diag_free(&d);
}

TEST(sitemaps_split_above_the_limits_with_an_index)
{
	arena a;
	arena_init(&a);
	const char *paths[] = {"a/", "b/", "c/", "d/", "e/"};
	/* the files' titles are the theme's words */
	static const char words_yaml[] = "feed: {sitemap: Map, sitemap_part: \"Map {part}\", "
	                                 "sitemap_index: Maps}\n";
	diag d;
	diag_init(&d);
	strings_file sf = {"en-GB.yaml", words_yaml, sizeof words_yaml - 1};
	strings *words = strings_load(&a, &d, "en-GB", &sf, 1, NULL, NULL, 0);
	if (!CHECK(words != NULL)) {
		diag_free(&d);
		arena_free(&a);
		return;
	}
	export_list one = {0};
	CHECK(sitemap_collect_paths(&a, "https://x.org/", paths, 5, 50000, 50u << 20, words,
	                            &one) == 1);
	CHECK(one.n == 1 && strcmp(one.files[0].path, "sitemap.xml") == 0);
	CHECK_STR(one.files[0].title, "Map");
	CHECK(strstr(one.files[0].data, "<loc>https://x.org/e/</loc>") != NULL);
	export_list split = {0};
	CHECK(sitemap_collect_paths(&a, "https://x.org/", paths, 5, 2, 50u << 20, words, &split) ==
	      4);
	if (CHECK(split.n == 4)) {
		CHECK_STR(split.files[0].path, "sitemap-1.xml");
		CHECK_STR(split.files[2].path, "sitemap-3.xml");
		CHECK_STR(split.files[3].path, "sitemap.xml");
		CHECK_STR(split.files[0].title, "Map 1");
		CHECK_STR(split.files[2].title, "Map 3");
		CHECK_STR(split.files[3].title, "Maps");
		CHECK(strstr(split.files[0].data, "https://x.org/b/") &&
		      !strstr(split.files[0].data, "https://x.org/c/"));
		CHECK(strstr(split.files[2].data, "https://x.org/e/") != NULL);
		CHECK(strstr(split.files[3].data, "<sitemapindex") &&
		      strstr(split.files[3].data, "<loc>https://x.org/sitemap-3.xml</loc>"));
	}
	/* The byte limit: each file stays under it. */
	export_list bytes = {0};
	size_t files =
	    sitemap_collect_paths(&a, "https://x.org/", paths, 5, 50000, 200, words, &bytes);
	CHECK(files > 2);
	for (size_t i = 0; i < bytes.n; i++)
		CHECK(bytes.files[i].len <= 200 || strcmp(bytes.files[i].path, "sitemap.xml") == 0);
	CHECK(strings_report_missing(words, &d) == 0);
	strings_free(words);
	diag_free(&d);
	arena_free(&a);
}

TEST(base_url_validation_is_one_rule)
{
	CHECK(content_url_valid("https://example.org/plan/"));
	CHECK(content_url_valid("http://localhost:8080"));
	CHECK(!content_url_valid("javascript:alert(1)//"));
	CHECK(!content_url_valid("https://a.example/\nDisallow: /"));
	CHECK(!content_url_valid("https://"));
	CHECK(!content_url_valid("https://a.b/\"onmouseover"));
	CHECK(!content_url_valid("ftp://a.b/"));
}

TEST(outdir_refuses_overlaps_and_trailing_slashes_resolve)
{
	arena a;
	arena_init(&a);
	char tmpl[] = "/tmp/plansite-outdir-XXXXXX";
	char *dir = mkdtemp(tmpl);
	if (!CHECK(dir))
		return;
	const char *content = fs_join(&a, dir, "content");
	CHECK(fs_mkdir_p(fs_join(&a, content, "plans")));
	const char *protect[] = {content};
	diag d;
	diag_init(&d);
	outdir o;
	CHECK(!outdir_resolve(&o, content, protect, 1, &d));
	outdir_close(&o, &d);
	CHECK(!outdir_resolve(&o, fs_join(&a, content, "plans/site"), protect, 1, &d));
	outdir_close(&o, &d);
	CHECK(!outdir_resolve(&o, dir, protect, 1, &d));
	outdir_close(&o, &d);
	CHECK(d.io_errors == 3);
	/* site/ is site: the temporary folder is beside it, not inside. */
	CHECK(outdir_resolve(&o, arena_printf(&a, "%s/site/", dir), protect, 1, &d));
	CHECK_STR(o.name, "site");
	CHECK(outdir_prepare(&o, false, &d));
	CHECK(o.fresh &&
	      strncmp(o.fresh, arena_printf(&a, "%s/.site.new-", dir), strlen(dir) + 11) == 0);
	struct stat st;
	CHECK(stat(o.fresh, &st) == 0 && (st.st_mode & 0777) == 0755);
	/* A second build into the same folder fails at once while the first holds the lock. */
	outdir second;
	CHECK(outdir_resolve(&second, fs_join(&a, dir, "site"), protect, 1, &d));
	size_t errors = d.io_errors;
	CHECK(!outdir_prepare(&second, false, &d) && d.io_errors == errors + 1);
	outdir_close(&second, &d);
	CHECK(fs_write(fs_join(&a, o.fresh, "index.html"), "new", 3));
	CHECK(outdir_publish(&o, &d));
	outdir_close(&o, &d);
	CHECK(fs_is_file(fs_join(&a, dir, "site/index.html")));
	/* A second publish exchanges the folders; the old one is gone. */
	CHECK(outdir_resolve(&o, fs_join(&a, dir, "site"), protect, 1, &d));
	CHECK(outdir_prepare(&o, false, &d));
	CHECK(fs_write(fs_join(&a, o.fresh, "two.html"), "2", 1));
	CHECK(outdir_publish(&o, &d));
	outdir_close(&o, &d);
	char **names;
	CHECK(fs_list(&a, fs_join(&a, dir, "site"), true, &names) == 1 &&
	      strcmp(names[0], "two.html") == 0);
	CHECK(fs_list(&a, dir, true, &names) == 2); /* content and site, nothing left over */
	/* The fallback of two renames, as on a file system without the exchange. */
	CHECK(outdir_resolve(&o, fs_join(&a, dir, "site"), protect, 1, &d));
	CHECK(outdir_prepare(&o, false, &d));
	CHECK(fs_write(fs_join(&a, o.fresh, "three.html"), "3", 1));
	CHECK(outdir_publish_renames(&o, &d));
	outdir_close(&o, &d);
	CHECK(fs_list(&a, fs_join(&a, dir, "site"), true, &names) == 1 &&
	      strcmp(names[0], "three.html") == 0);
	CHECK(fs_list(&a, dir, true, &names) == 2);
	/* Its second rename failing: the first is undone, the previous site stays. */
	CHECK(outdir_resolve(&o, fs_join(&a, dir, "site"), protect, 1, &d));
	CHECK(outdir_prepare(&o, false, &d));
	CHECK(fs_remove_tree(o.fresh)); /* nothing to rename: the second rename fails */
	size_t before = d.io_errors;
	CHECK(!outdir_publish_renames(&o, &d) && d.io_errors == before + 1);
	outdir_close(&o, &d);
	CHECK(fs_is_file(fs_join(&a, dir, "site/three.html")));
	CHECK(fs_list(&a, dir, true, &names) == 2);
	errors = d.io_errors - 1; /* the count the checks below expect */
	/* A crash between the fallback's two renames: site.old and no site; it comes back. */
	CHECK(rename(fs_join(&a, dir, "site"), fs_join(&a, dir, "site.old")) == 0);
	CHECK(fs_mkdir_p(fs_join(&a, dir, ".site.new-abc123"))); /* a killed build's folder */
	CHECK(outdir_resolve(&o, fs_join(&a, dir, "site"), protect, 1, &d));
	CHECK(outdir_prepare(&o, false, &d));
	CHECK(fs_is_file(fs_join(&a, dir, "site/three.html")));
	CHECK(!fs_is_dir(fs_join(&a, dir, "site.old")));
	CHECK(!fs_is_dir(fs_join(&a, dir, ".site.new-abc123")));
	outdir_close(&o, &d); /* not published: its temporary folder goes */
	CHECK(fs_list(&a, dir, true, &names) == 2);
	CHECK(d.io_errors == errors + 1);
	diag_free(&d);
	CHECK(fs_remove_tree(dir));
	arena_free(&a);
}

TEST(fs_read_refuses_fifos_without_blocking)
{
	arena a;
	arena_init(&a);
	char tmpl[] = "/tmp/plansite-fifo-XXXXXX";
	char *dir = mkdtemp(tmpl);
	if (!CHECK(dir))
		return;
	const char *fifo = fs_join(&a, dir, "pipe");
	CHECK(mkfifo(fifo, 0644) == 0);
	size_t len;
	errno = 0;
	CHECK(fs_read(&a, fifo, &len) == NULL && errno == EINVAL);
	bool source_failed;
	CHECK(!fs_copy_file(fifo, fs_join(&a, dir, "copy"), &len, &source_failed) && source_failed);
	CHECK(fs_remove_tree(dir));
	arena_free(&a);
}

TEST(raw_html_is_omitted_as_the_content_readme_says)
{
	arena a;
	arena_init(&a);
	const char *html = markdown_to_html(&a, "a <b>b</b>\n", false, 0);
	CHECK_STR(html, "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n");
	size_t len;
	const char *readme = fs_read(&a, "content/README.md", &len);
	if (readme) /* run from the repository root, as make test does */
		CHECK(strstr(readme, "left out of the page (replaced by an HTML comment "
		                     "`<!-- raw HTML omitted -->`)") != NULL);
	else
		CHECK(errno == ENOENT);
	arena_free(&a);
}

TEST(long_lines_are_quoted_as_a_window_around_the_column)
{
	diag d;
	diag_init(&d);
	char *text = malloc(100003);
	if (!CHECK(text))
		return;
	memset(text, 'a', 100000);
	text[50000] = 'X';
	memcpy(text + 100000, "\n", 2);
	diag_add_source(&d, "long.yaml", text, 100001);
	diag_error(&d, (mark){"long.yaml", 1, 50001}, "here");
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (CHECK(f)) {
		diag_print(&d, f, true);
		fclose(f);
		CHECK(len < 600); /* not 100 kB */
		const char *quote = strchr(out, '\n') + 1, *caret_line = strchr(quote, '\n') + 1;
		CHECK(strncmp(quote, " ...a", 5) == 0);
		CHECK(strstr(quote, "a...\n") != NULL);
		/* The caret is under the X. */
		CHECK(strchr(quote, 'X') - quote == strchr(caret_line, '^') - caret_line);
	}
	free(out);
	free(text);
	diag_free(&d);
}
