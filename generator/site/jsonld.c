/* jsonld.c - the schema.org linked data in the home and data pages: the council as a
 * GovernmentOrganization and the open data files as a Dataset. See pages_internal.h. */

#include "json.h"
#include "util/buf.h"
#include "site/pages_internal.h"
#include "site/paths.h"

/* A site path as linked data wants it: absolute with a base URL, else relative to the page. */
static const char *
ld_url(const ctx *c, const char *path)
{
	return paths_permanent(c->a, c->base_url ? c->base_url : c->root, path);
}

/* A data file: the root tree's, whichever language's tree the page is in. */
static const char *
ld_data_url(const ctx *c, const char *path)
{
	const page_languages *l = c->languages;
	if (!l || !l->current)
		return ld_url(c, path);
	return paths_permanent(c->a, l->base_url ? l->base_url : page_site_root(c), path);
}

static void
ld_pair(buf *b, const char *key, const char *val, bool comma)
{
	if (!val)
		return;
	json_escape(b, key);
	buf_addc(b, ':');
	json_escape(b, val);
	if (comma)
		buf_addc(b, ',');
}

/* schema.org JSON-LD: the council as GovernmentOrganization and, with_dataset, the data files
 * as a Dataset. Safe inside <script>: every '<' is written as \u003c. */
const char *
jsonld_graph(const ctx *c, bool with_dataset)
{
	const site_config *s = &c->m->site;
	buf b = BUF_INIT;
	buf_adds(&b, "{\"@context\":\"https://"
	             "schema.org\",\"@graph\":[{\"@type\":\"GovernmentOrganization\",");
	ld_pair(&b, "@id", ld_url(c, "#council"), true);
	ld_pair(&b, "url", c->base_url, true);
	ld_pair(&b, "name", s->council ? s->council : s->title, false);
	buf_addc(&b, '}');
	if (with_dataset) {
		int as_of = 0;
		for (size_t i = 0; i < c->m->plans.len; i++) {
			const plan *pl = c->m->plans.items[i];
			if (pl->as_of > as_of)
				as_of = pl->as_of;
		}
		buf_adds(&b, ",{\"@type\":\"Dataset\",");
		ld_pair(&b, "@id", ld_url(c, "data/"), true);
		ld_pair(&b, "name",
		        page_fmt(c, "common.dataset.name", "site", s->title, (char *)NULL), true);
		ld_pair(&b, "description",
		        page_fmt(c, "common.dataset.description", "council",
		                 s->council ? s->council : s->title, (char *)NULL),
		        true);
		ld_pair(&b, "url", ld_url(c, "data/index.html"), true);
		ld_pair(&b, "license", s->licence_url ? s->licence_url : s->licence, true);
		ld_pair(&b, "dateModified", date_iso_text(c->a, as_of), true);
		buf_adds(&b, "\"isAccessibleForFree\":true,\"creator\":{\"@id\":");
		json_escape(&b, ld_url(c, "#council"));
		buf_adds(&b, "},\"publisher\":{\"@id\":");
		json_escape(&b, ld_url(c, "#council"));
		buf_adds(&b, "},\"distribution\":[");
		static const char *const files[][2] = {
		    {"data/activities.csv", "text/csv"},
		    {"data/deliverables.csv", "text/csv"},
		    {"data/measures.csv", "text/csv"},
		    {"data/measure-history.csv", "text/csv"},
		    {"data/equality-outcomes.csv", "text/csv"},
		    {"data/equality-links.csv", "text/csv"},
		    {"data/plansite.json", "application/json"},
		};
		for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
			buf_adds(&b, i ? ",{\"@type\":\"DataDownload\","
			               : "{\"@type\":\"DataDownload\",");
			ld_pair(&b, "encodingFormat", files[i][1], true);
			ld_pair(&b, "contentUrl", ld_data_url(c, files[i][0]), false);
			buf_addc(&b, '}');
		}
		buf_adds(&b, "]}");
	}
	buf_adds(&b, "]}");
	buf out = BUF_INIT;
	for (size_t i = 0; i < b.len; i++) {
		if (b.data[i] == '<')
			buf_adds(&out, "\\u003c");
		else
			buf_addc(&out, b.data[i]);
	}
	const char *r = arena_strndup(c->a, out.data, out.len);
	buf_free(&b);
	buf_free(&out);
	return r;
}
