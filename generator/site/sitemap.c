/* sitemap.c - sitemap.xml from the build's page list (sitemap.h). */
#include "site/sitemap.h"

#include "site/escape.h"
#include "site/paths.h"

/* sitemaps.org: a sitemap holds at most 50,000 URLs and 50 MB; more go into several files
 * listed by a sitemap index. */
enum { SITEMAP_MAX_URLS = 50000 };
#define SITEMAP_MAX_BYTES ((size_t)50 << 20)

static const char sitemap_head[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
static const char sitemap_tail[] = "</urlset>\n";

/* The title of file k of a split sitemap ("Sitemap, part 2"). */
static const char *
part_title(arena *a, strings *words, size_t k)
{
	return strings_fmt(a, words, "feed.sitemap_part", "part", arena_printf(a, "%zu", k),
	                   (char *)NULL);
}

size_t
sitemap_collect_paths(arena *a, const char *base, const char *const *paths, size_t n,
                      size_t max_urls, size_t max_bytes, strings *words, export_list *out)
{
	/* The first file is held until a second is needed: one file is sitemap.xml itself. */
	buf first = BUF_INIT, cur = BUF_INIT, loc = BUF_INIT;
	size_t files = 0, urls = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n) {
			buf_reset(&loc);
			buf_adds(&loc, "<url><loc>");
			escape_xml(&loc, paths_permanent(a, base, paths[i]));
			buf_adds(&loc, "</loc></url>\n");
		}
		bool full =
		    urls == max_urls || cur.len + loc.len + sizeof sitemap_tail - 1 > max_bytes;
		if (urls && (i == n || full)) {
			buf_adds(&cur, sitemap_tail);
			if (++files == 1) {
				buf tmp = first;
				first = cur;
				cur = tmp;
			} else {
				if (files == 2)
					export_add(a, out, "sitemap-1.xml", part_title(a, words, 1),
					           &first);
				export_add(a, out, arena_printf(a, "sitemap-%zu.xml", files),
				           part_title(a, words, files), &cur);
			}
			buf_reset(&cur);
			urls = 0;
		}
		if (i == n)
			break;
		if (!urls)
			buf_adds(&cur, sitemap_head);
		buf_add(&cur, loc.data, loc.len);
		urls++;
	}
	if (files <= 1) {
		if (!files)
			buf_printf(&first, "%s%s", sitemap_head, sitemap_tail);
		export_add(a, out, "sitemap.xml", strings_text(words, "feed.sitemap"), &first);
		files = 1;
	} else {
		buf_reset(&cur);
		buf_adds(&cur, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex "
		               "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (size_t k = 1; k <= files; k++) {
			buf_adds(&cur, "<sitemap><loc>");
			escape_xml(&cur, arena_printf(a, "%ssitemap-%zu.xml", base, k));
			buf_adds(&cur, "</loc></sitemap>\n");
		}
		buf_adds(&cur, "</sitemapindex>\n");
		export_add(a, out, "sitemap.xml", strings_text(words, "feed.sitemap_index"), &cur);
		files++;
	}
	buf_free(&first);
	buf_free(&cur);
	buf_free(&loc);
	return files;
}

size_t
sitemap_collect(arena *a, const char *base, const page_list *pages, strings *words,
                export_list *out)
{
	/* Redirects and the 404 page are not pages a crawler should list. */
	const char **paths = arena_alloc(a, (pages->n + 1) * sizeof *paths);
	size_t n = 0;
	for (size_t i = 0; i < pages->n; i++) {
		const page *p = &pages->pages[i];
		if (p->kind != PAGE_REDIRECT && p->kind != PAGE_NOT_FOUND)
			paths[n++] = p->path;
	}
	return sitemap_collect_paths(a, base, paths, n, SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES, words,
	                             out);
}
