/* mustache_bench.c - how fast the Mustache engine renders a page-sized template.
 *
 * usage: mustache_bench [SECONDS]   (default 2)
 * Renders a page (a layout with blocks, a table of 1,000 rows through a partial, escaping,
 * sections, inverted sections and numbers) again and again for about SECONDS, then prints
 * the output rate in MB/s. The template is compiled once, as the site stage does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mustache/mustache.h"

static const char layout[] = "<!DOCTYPE html>\n"
                             "<html lang=\"en-GB\">\n"
                             "<head>\n"
                             "<meta charset=\"utf-8\">\n"
                             "<title>{{$title}}{{site.title}}{{/title}}</title>\n"
                             "<link rel=\"stylesheet\" href=\"{{root}}static/plansite.css\">\n"
                             "</head>\n"
                             "<body>\n"
                             "<nav><ul>\n"
                             "{{#nav}}\n"
                             "<li><a href=\"{{url}}\">{{title}}</a></li>\n"
                             "{{/nav}}\n"
                             "</ul></nav>\n"
                             "<main>\n"
                             "{{$main}}{{/main}}\n"
                             "</main>\n"
                             "<footer><p>Published by {{site.council}}.</p></footer>\n"
                             "</body>\n"
                             "</html>\n";

static const char row[] =
    "<tr class=\"status-{{status}}\">\n"
    "  <td><a href=\"{{root}}items/{{id}}/\">{{id}}</a></td>\n"
    "  <td>{{title}}{{#done}} <span class=\"done\">done</span>{{/done}}</td>\n"
    "  <td>{{lead.name}}{{^lead}}<em>no lead</em>{{/lead}}</td>\n"
    "  <td class=\"num\">{{progress}}%</td>\n"
    "  <td>{{#tags}}<span class=\"tag\">{{.}}</span> {{/tags}}</td>\n"
    "</tr>\n";

static const char page[] =
    "{{<layout}}\n"
    "{{$title}}{{page.title}} – {{site.title}}{{/title}}\n"
    "{{$main}}\n"
    "<h1>{{page.title}}</h1>\n"
    "{{#page.intro}}\n"
    "<p class=\"intro\">{{page.intro}}</p>\n"
    "{{/page.intro}}\n"
    "<table>\n"
    "<thead><tr><th>Id</th><th>Title</th><th>Lead</th><th>Progress</th><th>Tags</th></tr>"
    "</thead>\n"
    "<tbody>\n"
    "{{#rows}}\n"
    "{{>row}}\n"
    "{{/rows}}\n"
    "</tbody>\n"
    "</table>\n"
    "{{/main}}\n"
    "{{/layout}}\n";

static const char *
resolve(void *ctx, const char *name, size_t *len, const char **path)
{
	const char *text = strcmp(name, "layout") == 0 ? layout
	                   : strcmp(name, "row") == 0  ? row
	                                               : NULL;
	if (text) {
		*len = strlen(text);
		*path = name;
	}
	return text;
}

static value *
page_data(arena *a)
{
	static const char *statuses[] = {"on-track", "at-risk", "late", "complete"};
	static const char *tags[] = {"housing", "transport", "health", "equality", "climate"};
	value *root = value_map(a);
	value *site = value_map(a);
	value_set_str(a, site, "title", "Strategic Plan 2019–22");
	value_set_str(a, site, "council", "Example & District Council");
	value_set(a, root, "site", site);
	value_set_str(a, root, "root", "../../");
	value *nav = value_list(a);
	for (int i = 0; i < 6; i++) {
		value *link = value_map(a);
		value_set(a, link, "url", value_string(a, arena_printf(a, "/section-%d/", i)));
		value_set(a, link, "title", value_string(a, arena_printf(a, "Section %d", i)));
		value_push(a, nav, link);
	}
	value_set(a, root, "nav", nav);
	value *pg = value_map(a);
	value_set_str(a, pg, "title", "All items");
	value_set_str(a, pg, "intro", "Every item of the plan, with its status & lead <officer>.");
	value_set(a, root, "page", pg);
	value *rows = value_list(a);
	for (int i = 0; i < 1000; i++) {
		value *r = value_map(a);
		value_set(a, r, "id",
		          value_string(a, arena_printf(a, "%d.%d.%d", i / 100 + 1, i / 10 % 10 + 1,
		                                       i % 10 + 1)));
		value_set(a, r, "title",
		          value_string(a, arena_printf(a,
		                                       "Improve \"service\" %d for <residents> & "
		                                       "visitors",
		                                       i)));
		value_set_str(a, r, "status", statuses[i % 4]);
		value_set_bool(a, r, "done", i % 4 == 3);
		value_set_num(a, r, "progress", (i * 37) % 1000 / 10.0);
		if (i % 5) {
			value *lead = value_map(a);
			value_set(a, lead, "name",
			          value_string(a, arena_printf(a, "Officer %d", i % 40)));
			value_set(a, r, "lead", lead);
		}
		value *t = value_list(a);
		for (int k = 0; k < i % 4; k++)
			value_push(a, t, value_string_static(a, tags[(i + k) % 5]));
		value_set(a, r, "tags", t);
		value_push(a, rows, r);
	}
	value_set(a, root, "rows", rows);
	return root;
}

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 2.0;
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	value *data = page_data(&a);
	mustache_env *env = mustache_env_new(&a, &d, resolve, NULL, true);
	double t0 = now();
	mustache_template *t = mustache_compile(env, "page", page, strlen(page));
	double compiled = now() - t0;
	if (!t) {
		diag_print(&d, stderr, true);
		return 1;
	}
	buf out = BUF_INIT;
	size_t bytes = 0, renders = 0;
	double start = now(), elapsed = 0;
	do {
		buf_reset(&out);
		if (!mustache_render(env, t, data, &out)) {
			diag_print(&d, stderr, true);
			return 1;
		}
		bytes += out.len;
		renders++;
		elapsed = now() - start;
	} while (elapsed < seconds);
	printf("mustache: %.1f MB/s (%zu renders of a %.1f KB page with 1,000 rows in %.2fs; "
	       "compile %.0f us)\n",
	       (double)bytes / elapsed / 1e6, renders, (double)out.len / 1e3, elapsed,
	       compiled * 1e6);
	buf_free(&out);
	diag_free(&d);
	arena_free(&a);
	return 0;
}
