/* markdown.c - see markdown.h */
#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

/* The URLs cmark's safe mode refuses: javascript:, vbscript:, file: and data: other than
 * the image types png, gif, jpeg and webp (case-insensitive, as browsers read them). */
static bool
dangerous_url(const char *url)
{
	static const char *const bad[] = {"javascript:", "vbscript:", "file:", "data:"};
	static const char *const images[] = {"data:image/png", "data:image/gif", "data:image/jpeg",
	                                     "data:image/webp"};
	while (*url == ' ' || *url == '\t' || *url == '\n' || *url == '\r')
		url++;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		if (strncasecmp(url, bad[i], strlen(bad[i])) != 0)
			continue;
		if (i < 3)
			return true;
		for (size_t k = 0; k < sizeof images / sizeof *images; k++)
			if (strncasecmp(url, images[k], strlen(images[k])) == 0)
				return false;
		return true;
	}
	return false;
}

static void
drop_dangerous_urls(cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE)) {
			const char *url = cmark_node_get_url(n);
			if (url && dangerous_url(url))
				cmark_node_set_url(n, "");
		}
	}
	cmark_iter_free(it);
}

char *
markdown_to_html(arena *a, const char *text, bool allow_raw_html, int heading_shift)
{
	if (!text)
		return NULL;
	cmark_node *doc = cmark_parse_document(text, strlen(text), CMARK_OPT_DEFAULT);
	if (heading_shift > 0) {
		/* Outline normalisation: a heading goes one level below the nearest earlier heading
		 * of a smaller source level (or below the section, heading_shift), so "### A" then
		 * "##### B" in a section under <h2> become <h3> and <h4>: no level is ever skipped.
		 */
		int src[7], out[7], depth = 0;
		cmark_iter *it = cmark_iter_new(doc);
		cmark_event_type ev;
		while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
			cmark_node *n = cmark_iter_get_node(it);
			if (ev == CMARK_EVENT_ENTER &&
			    cmark_node_get_type(n) == CMARK_NODE_HEADING) {
				int l = cmark_node_get_heading_level(n);
				while (depth > 0 && src[depth - 1] >= l)
					depth--;
				int level = (depth > 0 ? out[depth - 1] : heading_shift) + 1;
				if (level > 6)
					level = 6;
				if (depth < 7) {
					src[depth] = l;
					out[depth] = level;
					depth++;
				}
				cmark_node_set_heading_level(n, level);
			}
		}
		cmark_iter_free(it);
	}
	/* Without CMARK_OPT_UNSAFE, cmark drops raw HTML and dangerous URLs (javascript:).
	 * CMARK_OPT_UNSAFE lets both through: allow_raw_html is only about raw HTML, so the
	 * links and images are filtered here as cmark would. */
	if (allow_raw_html)
		drop_dangerous_urls(doc);
	int options = CMARK_OPT_DEFAULT | (allow_raw_html ? CMARK_OPT_UNSAFE : 0);
	char *html = cmark_render_html(doc, options);
	char *out = arena_strdup(a, html);
	free(html);
	cmark_node_free(doc);
	return out;
}

char *
markdown_to_text(arena *a, const char *text, size_t max)
{
	if (!text)
		return NULL;
	cmark_node *doc = cmark_parse_document(text, strlen(text), CMARK_OPT_DEFAULT);
	buf b = BUF_INIT;
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE))
			buf_adds(&b, cmark_node_get_literal(n));
		else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK ||
		         (ev == CMARK_EVENT_EXIT &&
		          (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING ||
		           t == CMARK_NODE_ITEM)))
			buf_addc(&b, ' ');
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	/* Collapse runs of whitespace. */
	buf out = BUF_INIT;
	bool space = true;
	for (size_t i = 0; i < b.len; i++) {
		char c = b.data[i];
		bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
		if (ws && space)
			continue;
		buf_addc(&out, ws ? ' ' : c);
		space = ws;
	}
	while (out.len && out.data[out.len - 1] == ' ')
		out.len--;
	if (max && out.len > max) {
		size_t cut = max;
		while (cut > 0 && out.data[cut] != ' ')
			cut--;
		if (cut == 0)
			cut = max;
		while (cut > 0 && (out.data[cut] & 0xC0) == 0x80) /* not inside a UTF-8 sequence */
			cut--;
		out.len = cut;
		buf_adds(&out, "\xe2\x80\xa6");
	}
	char *s = arena_strndup(a, out.data ? out.data : "", out.len);
	buf_free(&b);
	buf_free(&out);
	return s;
}
