/* main.c - the plansite command line: parse options, run the stages in order. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content/content.h"
#include "mustache/mustache.h"
#include "report/report.h"
#include "serve/serve.h"
#include "site/site.h"
#include "site/template_data.h"
#include "util/fs.h"
#include "util/outdir.h"
#include "yaml_loader.h"

#define PLANSITE_VERSION "0.1.0"

enum { EXIT_CONTENT = 1, EXIT_USAGE = 2 };

static const char usage_main[] =
    "usage: plansite COMMAND [OPTIONS]\n"
    "\n"
    "Builds a static website from a council's strategic plans (YAML and Markdown content)\n"
    "and Mustache templates.\n"
    "\n"
    "commands:\n"
    "  build    render the content into a static site\n"
    "  check    validate the content, write nothing\n"
    "  dump     print the loaded, resolved model as JSON\n"
    "  schema   print the JSON Schema of the content files\n"
    "  render   render one Mustache template with YAML or JSON data\n"
    "  report   start a new monitoring report, or import one from spreadsheets\n"
    "  template-data  list the data each kind of page's template receives\n"
    "\n"
    "options:\n"
    "  --help      this text; `plansite COMMAND --help` for a command\n"
    "  --version   the version\n"
    "\n"
    "Exit status: 0 success, 1 content or template errors, 2 usage or I/O errors.\n"
    "Errors are printed as FILE:LINE:COL: error: MESSAGE.\n";

static const char usage_build[] =
    "usage: plansite build [--content DIR] [--theme DIR] [--out DIR] [--base-url URL]\n"
    "                      [--strict] [--jobs N] [--timings] [--wait]\n"
    "\n"
    "Loads and validates the content, renders every page with the theme, and replaces the\n"
    "output folder only if everything succeeded (a failed build leaves it untouched).\n"
    "\n"
    "  --content DIR   content folder (default: content)\n"
    "  --theme DIR     theme folder (default: themes/default)\n"
    "  --out DIR       output folder (default: site)\n"
    "  --base-url URL  absolute address of the site, for canonical links and feeds\n"
    "                  (default: base_url in site.yaml)\n"
    "  --strict        treat warnings as errors\n"
    "  --jobs N        render with N threads (default: one per core)\n"
    "  --timings       print the time each stage took\n"
    "  --wait          if another build is writing beside the output, wait for it\n"
    "                  (default: fail at once, exit status 2)\n"
    "\n"
    "The output must not be, contain or lie inside the content or theme folder.\n";

static const char usage_check[] =
    "usage: plansite check [--content DIR] [--strict]\n"
    "\n"
    "Validates the content and reports every problem as FILE:LINE:COL: error: MESSAGE.\n"
    "Writes nothing.\n"
    "\n"
    "  --content DIR   content folder (default: content)\n"
    "  --strict        treat warnings as errors\n";

static const char usage_dump[] =
    "usage: plansite dump [--content DIR]\n"
    "\n"
    "Prints the loaded, resolved model (ids, links, derived statuses) as JSON, in the\n"
    "shape of the published data/plansite.json.\n"
    "\n"
    "  --content DIR   content folder (default: content)\n";

static const char usage_schema[] =
    "usage: plansite schema\n"
    "\n"
    "Prints the JSON Schema of the content files, for editors with a YAML language server.\n";

static const char usage_serve[] =
    "usage: plansite serve [--content DIR] [--theme DIR] [--port N] [--host ADDR]\n"
    "                      [--base-url URL] [--strict] [--jobs N]\n"
    "\n"
    "Builds the site, serves it over HTTP, watches the content and theme folders and\n"
    "rebuilds when a file is saved; open pages reload themselves. When a rebuild fails the\n"
    "browser shows the errors and the last good site stays served. Ctrl-C stops it.\n"
    "\n"
    "  --content DIR   content folder (default: content)\n"
    "  --theme DIR     theme folder (default: themes/default)\n"
    "  --port N        port to listen on (default: 8000; 0: any free port)\n"
    "  --host ADDR     numeric address to listen on (default: 127.0.0.1)\n"
    "  --base-url URL  production address of the site (default: base_url in site.yaml):\n"
    "                  the site is served under its path; links point at this server\n"
    "  --strict        treat warnings as errors\n"
    "  --jobs N        render with N threads (default: one per core)\n";

static const char usage_render[] =
    "usage: plansite render TEMPLATE [--data FILE] [--partials DIR]\n"
    "\n"
    "Renders one Mustache template to standard output. Data comes from a YAML or JSON file\n"
    "(default: none). Partial NAME is read from DIR/NAME.mustache (default: the template's\n"
    "folder); a missing partial renders as nothing, as the Mustache specification says.\n";

static const char usage_report[] =
    "usage: plansite report new PLAN --period PERIOD [--as-of DATE] [--id ID] [--content DIR]\n"
    "       plansite report import PLAN FILE.csv [FILE.csv ...] [--period PERIOD]\n"
    "                              [--as-of DATE] [--id ID] [--content DIR]\n"
    "\n"
    "Adds the next monitoring report of plan PLAN as one new file,\n"
    "DIR/plans/PLAN/reports/ID.yaml, and never changes any other file. Run\n"
    "`plansite check` afterwards.\n"
    "\n"
    "  new      writes a report to fill in: every activity, deliverable and measure still\n"
    "           open, grouped as the plan is, with empty fields and the latest earlier\n"
    "           report's values as comments\n"
    "  import   writes the report from spreadsheets saved as CSV, with the columns of the\n"
    "           site's own data/measures.csv, data/activities.csv and data/deliverables.csv\n"
    "           (in any order). Rows whose period is not the new report's are left out and\n"
    "           counted; empty cells are \"not reported this period\"\n"
    "\n"
    "  --period PERIOD  the report's period, e.g. \"2019/20 Q2\" (import: default the latest\n"
    "                   period in the spreadsheets); must be after the latest report's\n"
    "  --as-of DATE     the report's date, YYYY-MM-DD (default: the period's last day);\n"
    "                   must be after the latest report's\n"
    "  --id ID          the report's id (default: made from the period, e.g. q2-2019-20)\n"
    "  --content DIR    content folder (default: content)\n"
    "\n"
    "A file that exists is never replaced. Spreadsheet problems are all reported at once, as\n"
    "FILE.csv:ROW:COL: error: MESSAGE (rows numbered as a spreadsheet numbers them).\n";

static const char usage_template_data[] =
    "usage: plansite template-data [--content DIR] [--theme DIR] [--kind KIND]\n"
    "\n"
    "Builds the data of every page of the content, as a build would, writes nothing, and\n"
    "prints for each kind of page (theme.yaml's templates: keys) every key path its\n"
    "template receives, with the kinds of value it holds: text, number, boolean, map, null\n"
    "(`a.b` a key inside a map, `a[]` a list's items, `a[].b` a key of each item; `list`\n"
    "for a list that is always empty). `t` is the theme's strings (strings/LANG.yaml).\n"
    "\n"
    "  --content DIR   content folder (default: content)\n"
    "  --theme DIR     theme folder (default: themes/default)\n"
    "  --kind KIND     only the pages of this kind (home, plan, item, ...)\n";

typedef struct options {
	const char *content, *theme, *out, *base_url, *data, *partials, *template_path, *host;
	const char *period, *as_of, *id, *kind;
	const char **args; /* positional arguments, where the command takes any ("ARGS") */
	size_t nargs;
	bool strict, timings, wait;
	int jobs, port;
} options;

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads --NAME's whole-number value into *out; false after a message when it is not a number
 * from min to max. */
static bool
parse_number_option(const char *name, const char *val, long min, long max, int *out)
{
	char *end;
	long n = strtol(val, &end, 10);
	if (!*val || *end || n < min || n > max) {
		fprintf(stderr, "plansite: error: --%s needs a number from %ld to %ld\n", name, min,
		        max);
		return false;
	}
	*out = (int)n;
	return true;
}

/* Parses the options a command accepts (named in `allowed`, e.g. "content theme"). Returns
 * false after printing a message for anything else. */
static bool
parse_options(int argc, char **argv, const char *allowed, const char *usage, options *o)
{
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			fputs(usage, stdout);
			exit(0);
		}
		if (strncmp(arg, "--", 2) != 0) {
			if (strstr(allowed, "ARGS") && o->args) {
				o->args[o->nargs++] = arg;
				continue;
			}
			if (strstr(allowed, "TEMPLATE") && !o->template_path) {
				o->template_path = arg;
				continue;
			}
			fprintf(stderr, "plansite: error: unexpected argument '%s'\n%s", arg,
			        usage);
			return false;
		}
		const char *name = arg + 2;
		const char *eq = strchr(name, '=');
		size_t namelen = eq ? (size_t)(eq - name) : strlen(name);
		char key[32];
		if (namelen == 0 || namelen >= sizeof key) {
			fprintf(stderr, "plansite: error: unknown option '%s'\n%s", arg, usage);
			return false;
		}
		memcpy(key, name, namelen);
		key[namelen] = '\0';
		const char *found = strstr(allowed, key);
		bool known = found && (found == allowed || found[-1] == ' ') &&
		             (found[namelen] == ' ' || found[namelen] == '\0');
		if (!known) {
			fprintf(stderr, "plansite: error: unknown option '--%s'\n%s", key, usage);
			return false;
		}
		if (strcmp(key, "strict") == 0 || strcmp(key, "timings") == 0 ||
		    strcmp(key, "wait") == 0) {
			if (eq) {
				fprintf(stderr, "plansite: error: --%s takes no value\n", key);
				return false;
			}
			if (key[0] == 's')
				o->strict = true;
			else if (key[0] == 't')
				o->timings = true;
			else
				o->wait = true;
			continue;
		}
		const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
		if (!val || !*val) {
			fprintf(stderr, "plansite: error: --%s needs a value\n%s", key, usage);
			return false;
		}
		if (strcmp(key, "content") == 0)
			o->content = val;
		else if (strcmp(key, "theme") == 0)
			o->theme = val;
		else if (strcmp(key, "out") == 0)
			o->out = val;
		else if (strcmp(key, "base-url") == 0)
			o->base_url = val;
		else if (strcmp(key, "data") == 0)
			o->data = val;
		else if (strcmp(key, "partials") == 0)
			o->partials = val;
		else if (strcmp(key, "period") == 0)
			o->period = val;
		else if (strcmp(key, "as-of") == 0)
			o->as_of = val;
		else if (strcmp(key, "id") == 0)
			o->id = val;
		else if (strcmp(key, "host") == 0)
			o->host = val;
		else if (strcmp(key, "kind") == 0)
			o->kind = val;
		else if (strcmp(key, "port") == 0) {
			if (!parse_number_option("port", val, 0, 65535, &o->port))
				return false;
		} else if (strcmp(key, "jobs") == 0) {
			if (!parse_number_option("jobs", val, 1, 256, &o->jobs))
				return false;
		}
	}
	return true;
}

/* Writes the command's output; a full disk or closed pipe is an I/O error, reported here. */
static bool
write_stdout(const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0)
		return true;
	fprintf(stderr, "plansite: error: cannot write the output: %s\n", strerror(errno));
	return false;
}

/* Prints the diagnostics and turns them into an exit status. */
static int
finish(diag *d)
{
	diag_print(d, stderr, true);
	return d->io_errors ? EXIT_USAGE : diag_failed(d) ? EXIT_CONTENT : 0;
}

static int
cmd_check(int argc, char **argv, bool dump)
{
	options o = {.content = "content"};
	if (!parse_options(argc, argv, dump ? "content" : "content strict",
	                   dump ? usage_dump : usage_check, &o))
		return EXIT_USAGE;
	if (!fs_is_dir(o.content)) {
		fprintf(stderr, "plansite: error: content folder '%s' not found\n", o.content);
		return EXIT_USAGE;
	}
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	d.strict = o.strict;
	model *m = content_load(&a, &d, o.content);
	int status = finish(&d);
	if (m && status == 0) {
		if (dump) {
			buf out = BUF_INIT;
			content_dump_json(m, &out);
			if (!write_stdout(out.data, out.len))
				status = EXIT_USAGE;
			buf_free(&out);
		} else {
			fprintf(stderr,
			        "plansite: %s: content is valid (%zu errors, %zu warnings)\n",
			        o.content, d.errors, d.warnings);
		}
	}
	diag_free(&d);
	arena_free(&a);
	return status;
}

/* The content and theme folders a command reads; says which is missing. */
static bool
folders_exist(const char *content, const char *theme)
{
	if (fs_is_dir(content) && fs_is_dir(theme))
		return true;
	fprintf(stderr, "plansite: error: %s folder '%s' not found\n",
	        fs_is_dir(content) ? "theme" : "content", fs_is_dir(content) ? theme : content);
	return false;
}

static int
cmd_build(int argc, char **argv)
{
	options o = {.content = "content", .theme = "themes/default", .out = "site"};
	if (!parse_options(argc, argv, "content theme out base-url strict jobs timings wait",
	                   usage_build, &o))
		return EXIT_USAGE;
	if (o.base_url && !content_url_valid(o.base_url)) {
		fputs("plansite: error: --base-url must be an address starting with https:// or "
		      "http://, without spaces or control characters, not '",
		      stderr);
		for (const unsigned char *p = (const unsigned char *)o.base_url; *p; p++)
			fprintf(stderr, *p < 0x20 || *p == 0x7f ? "\\x%02x" : "%c", *p);
		fputs("'\n", stderr);
		return EXIT_USAGE;
	}
	if (!folders_exist(o.content, o.theme))
		return EXIT_USAGE;
	double start = now();
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	d.strict = o.strict;
	/* Before the content is even read: an --out over the sources is refused, and a site
	 * stranded by a killed build is put back even if this build fails. */
	outdir od;
	const char *sources[] = {o.content, o.theme};
	if (!outdir_resolve(&od, o.out, sources, 2, &d) || !outdir_recover(&od, &d)) {
		outdir_close(&od, &d);
		int status = finish(&d);
		fprintf(stderr, "plansite: build failed; %s was not changed\n", o.out);
		diag_free(&d);
		arena_free(&a);
		return status ? status : EXIT_USAGE;
	}
	outdir_close(&od, &d);
	model *m = content_load(&a, &d, o.content);
	double loaded = now();
	if (o.timings)
		fprintf(stderr, "timing: load and validate %.3fs\n", loaded - start);
	site_stats stats = {0};
	bool ok = m && !diag_failed(&d);
	if (ok) {
		site_options so = {.theme_dir = o.theme,
		                   .out_dir = o.out,
		                   .base_url = o.base_url,
		                   .content_dir = o.content,
		                   .wait = o.wait,
		                   .threads = o.jobs,
		                   .timings = o.timings};
		ok = site_build(m, &so, &d, &stats);
	}
	int status = finish(&d);
	if (ok && status == 0) {
		printf("plansite: wrote %zu pages (%zu files, %.1f MB; search index %.0f kB; %zu "
		       "feeds) to %s in %.2fs\n",
		       stats.pages, stats.files, (double)stats.bytes / 1e6,
		       (double)stats.search_bytes / 1e3, stats.feeds, o.out, now() - start);
		/* a site in several languages: the parity the Welsh Language Standards ask for */
		for (size_t i = 0; stats.languages > 1 && i < stats.languages; i++)
			printf("plansite: %s: %zu pages (%s), %zu text fields without a "
			       "translation\n",
			       stats.per_language[i].tag, stats.per_language[i].pages,
			       i ? arena_printf(&a, "%s/", stats.per_language[i].tag) : "the root",
			       stats.per_language[i].untranslated);
		if (!stats.feeds)
			printf("plansite: no Atom feeds or sitemap.xml: they need absolute "
			       "addresses; set base_url "
			       "in site.yaml or pass --base-url\n");
		const char *base = o.base_url ? o.base_url : m->site.base_url;
		const char *path = base ? strchr(strstr(base, "://") + 3, '/') : NULL;
		if (path && path[1]) /* crawlers read robots.txt only at the host's root */
			printf("plansite: note: robots.txt will be at %s%srobots.txt, but crawlers "
			       "read it only at the root of the host: copy its Sitemap line into "
			       "%.*s/robots.txt\n",
			       base, base[strlen(base) - 1] == '/' ? "" : "/", (int)(path - base),
			       base);
		if (!stats.feeds) /* no base URL: 404.html can only link from the host's root */
			printf(
			    "plansite: 404.html assumes the site is at the root of its host "
			    "(its links start with /); set base_url for a site under a sub-path\n");
	} else
		fprintf(stderr, "plansite: build failed; %s was not changed\n", o.out);
	diag_free(&d);
	arena_free(&a);
	return status ? status : (ok ? 0 : EXIT_CONTENT);
}

static int
cmd_serve(int argc, char **argv)
{
	options o = {
	    .content = "content", .theme = "themes/default", .host = "127.0.0.1", .port = 8000};
	if (!parse_options(argc, argv, "content theme port host base-url strict jobs", usage_serve,
	                   &o))
		return EXIT_USAGE;
	if (!folders_exist(o.content, o.theme))
		return EXIT_USAGE;
	serve_options so = {.content = o.content,
	                    .theme = o.theme,
	                    .host = o.host,
	                    .port = o.port,
	                    .base_url = o.base_url,
	                    .jobs = o.jobs,
	                    .strict = o.strict};
	return serve_run(&so);
}

/* plansite template-data: the key paths of every kind of page's data (template_data.h). */
static int
cmd_template_data(int argc, char **argv)
{
	options o = {.content = "content", .theme = "themes/default"};
	if (!parse_options(argc, argv, "content theme kind", usage_template_data, &o))
		return EXIT_USAGE;
	page_kind kind;
	if (o.kind && !template_data_kind(o.kind, &kind)) {
		fprintf(stderr, "plansite: error: unknown kind of page '%s' (expected one of",
		        o.kind);
		for (int k = 0; k < PAGE_KIND_COUNT; k++)
			fprintf(stderr, "%s %s", k ? "," : "", pages_kind_name((page_kind)k));
		fputs(")\n", stderr);
		return EXIT_USAGE;
	}
	if (!folders_exist(o.content, o.theme))
		return EXIT_USAGE;
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	model *m = content_load(&a, &d, o.content);
	page_theme look = {0};
	bool loaded =
	    m && !diag_failed(&d) && site_page_theme(o.theme, m->site.language, &a, &d, &look);
	int status = finish(&d);
	if (loaded && status == 0) {
		buf out = BUF_INIT;
		template_data_describe(m, &look, o.kind ? &kind : NULL, &out);
		if (!write_stdout(out.data ? out.data : "", out.len))
			status = EXIT_USAGE;
		buf_free(&out);
	} else if (status == 0) {
		status = EXIT_CONTENT;
	}
	strings_free(look.words);
	diag_free(&d);
	arena_free(&a);
	return status;
}

typedef struct partial_dir {
	arena *arena;
	diag *diag; /* a partial that exists but cannot be read is an error, not "missing" */
	const char *dir;
} partial_dir;

/* Partial NAME is DIR/NAME.mustache; names that could leave the folder are not partials. */
static const char *
resolve_partial(void *ctx, const char *name, size_t *len, const char **path)
{
	partial_dir *p = ctx;
	if (!*name || strstr(name, "..") || strchr(name, '/'))
		return NULL;
	char *file = arena_printf(p->arena, "%s/%s.mustache", p->dir, name);
	char *text = fs_read(p->arena, file, len);
	if (text)
		*path = file;
	else if (errno != ENOENT) /* a FIFO or device is refused without being opened for long */
		diag_io_error(p->diag, (mark){file, 0, 0}, "cannot read the partial: %s",
		              errno == EINVAL ? "not a regular file" : strerror(errno));
	return text;
}

static int
cmd_render(int argc, char **argv)
{
	options o = {0};
	if (!parse_options(argc, argv, "TEMPLATE data partials", usage_render, &o))
		return EXIT_USAGE;
	if (!o.template_path) {
		fprintf(stderr, "plansite: error: render needs a TEMPLATE\n%s", usage_render);
		return EXIT_USAGE;
	}
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	int status = 0;
	size_t len;
	char *text = fs_read(&a, o.template_path, &len);
	if (!text) {
		fprintf(stderr, "plansite: error: %s: %s\n", o.template_path,
		        errno == EINVAL ? "not a regular file" : strerror(errno));
		status = EXIT_USAGE;
		goto done;
	}
	diag_add_source(&d, o.template_path, text, len);
	value *data = value_null(&a);
	if (o.data) {
		if (!fs_is_file(o.data)) {
			fprintf(stderr, "plansite: error: %s: %s\n", o.data, strerror(ENOENT));
			status = EXIT_USAGE;
			goto done;
		}
		data = yaml_load_file(&a, &d, o.data);
		if (!data) {
			status = finish(&d);
			goto done;
		}
	}
	const char *dir = o.partials;
	if (!dir) {
		const char *slash = strrchr(o.template_path, '/');
		dir = slash ? arena_strndup(&a, o.template_path, (size_t)(slash - o.template_path))
		            : ".";
	}
	partial_dir pd = {&a, &d, dir};
	mustache_env *env = mustache_env_new(&a, &d, resolve_partial, &pd, false);
	mustache_template *t = mustache_compile(env, o.template_path, text, len);
	buf out = BUF_INIT;
	bool written = true;
	if (t && mustache_render(env, t, data, &out))
		written = write_stdout(out.data ? out.data : "", out.len);
	buf_free(&out);
	status = finish(&d);
	if (!written)
		status = EXIT_USAGE;
	if (!t && !status)
		status = EXIT_CONTENT;
done:
	diag_free(&d);
	arena_free(&a);
	return status;
}

/* plansite report new|import PLAN [FILE.csv ...] [options] */
static int
cmd_report(int argc, char **argv)
{
	if (argc < 1 || (strcmp(argv[0], "new") != 0 && strcmp(argv[0], "import") != 0)) {
		if (argc >= 1 && (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0)) {
			fputs(usage_report, stdout);
			return 0;
		}
		fprintf(stderr, "plansite: error: report needs 'new' or 'import'\n%s",
		        usage_report);
		return EXIT_USAGE;
	}
	bool import = strcmp(argv[0], "import") == 0;
	options o = {.content = "content"};
	o.args = calloc((size_t)argc, sizeof *o.args);
	if (!o.args) {
		fprintf(stderr, "plansite: error: out of memory\n");
		return EXIT_USAGE;
	}
	int status = EXIT_USAGE;
	if (!parse_options(argc - 1, argv + 1, "ARGS content period as-of id", usage_report, &o))
		goto done;
	if (o.nargs < 1 || (import && o.nargs < 2) || (!import && o.nargs > 1)) {
		fprintf(stderr, "plansite: error: %s\n%s",
		        o.nargs < 1 ? "report needs a PLAN"
		        : import    ? "report import needs at least one FILE.csv"
		                    : "report new takes one PLAN and no files",
		        usage_report);
		goto done;
	}
	if (!import && !o.period) {
		fprintf(stderr, "plansite: error: report new needs --period\n%s", usage_report);
		goto done;
	}
	report_options ro = {.content = o.content,
	                     .plan = o.args[0],
	                     .period = o.period,
	                     .as_of = o.as_of,
	                     .id = o.id,
	                     .csv_files = o.args + 1,
	                     .ncsv = o.nargs - 1};
	diag d;
	diag_init(&d);
	status = import ? report_import(&ro, &d, stdout) : report_new(&ro, &d, stdout);
	diag_print(&d, stderr, true);
	diag_free(&d);
	if (status != 0)
		fprintf(stderr, "plansite: nothing was written\n");
done:
	free(o.args);
	return status;
}

static int
run(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_main, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		fputs(usage_main, stdout);
		return 0;
	}
	if (strcmp(cmd, "--version") == 0) {
		printf("plansite %s\n", PLANSITE_VERSION);
		return 0;
	}
	if (strcmp(cmd, "build") == 0)
		return cmd_build(argc - 2, argv + 2);
	if (strcmp(cmd, "check") == 0)
		return cmd_check(argc - 2, argv + 2, false);
	if (strcmp(cmd, "dump") == 0)
		return cmd_check(argc - 2, argv + 2, true);
	if (strcmp(cmd, "render") == 0)
		return cmd_render(argc - 2, argv + 2);
	if (strcmp(cmd, "report") == 0)
		return cmd_report(argc - 2, argv + 2);
	if (strcmp(cmd, "serve") == 0)
		return cmd_serve(argc - 2, argv + 2);
	if (strcmp(cmd, "template-data") == 0)
		return cmd_template_data(argc - 2, argv + 2);
	if (strcmp(cmd, "schema") == 0) {
		options o = {0};
		if (!parse_options(argc - 2, argv + 2, "", usage_schema, &o))
			return EXIT_USAGE;
		const char *schema = content_schema_json();
		return write_stdout(schema, strlen(schema)) ? 0 : EXIT_USAGE;
	}
	fprintf(stderr, "plansite: error: unknown command '%s'\n\n%s", cmd, usage_main);
	return EXIT_USAGE;
}

int
main(int argc, char **argv)
{
	int status = run(argc, argv);
	/* What was printed (the build summary, --help) must have reached its destination too:
	 * stdout is closed here, with its error checked, rather than at exit unchecked. */
	if (fclose(stdout) != 0 && status != EXIT_USAGE) {
		fprintf(stderr, "plansite: error: cannot write the output: %s\n", strerror(errno));
		status = EXIT_USAGE;
	}
	return status;
}
