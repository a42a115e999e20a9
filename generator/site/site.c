/* site.c - the site stage, one step after another: load the theme; collect the page list
 * once; write the exports (which return the data files' sizes), then the feeds and the
 * sitemap from that page list, on a thread of their own while the other pages render in
 * parallel; render the data page from those sizes; swap the new folder in only when
 * everything succeeded. A site in several languages repeats the page, export, feed and
 * sitemap steps once per language, into its own tree, with that language in use in the
 * model. See site.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "site/site.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "content/translate.h"
#include "mustache/mustache.h"
#include "site/exports.h"
#include "site/feeds.h"
#include "site/pages.h"
#include "site/sitemap.h"
#include "site/strings.h"
#include "site/tokens.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/outdir.h"
#include "yaml_loader.h"

enum { THEME_MAX_DEPTH = 8 };

/* A theme may extend another (theme.yaml: `extends: ../default`), overriding single
 * templates or static files; lookups go from the most specific theme to the base. */
typedef struct theme {
	arena *arena;
	diag *diag; /* for files that exist but cannot be used; templates compile on one thread */
	const char *dirs[THEME_MAX_DEPTH];
	const char *roots[THEME_MAX_DEPTH]; /* dirs[i] with symlinks resolved */
	int n;
	/* theme.yaml settings, from the most specific theme that gives each one */
	const char *base_language;              /* the language its strings are complete in */
	const char *templates[PAGE_KIND_COUNT]; /* the template of each kind of page */
} theme;

/* What a theme file is, for the rules below: a file of the theme may be a symbolic link
 * only to a file inside the same theme (so a theme cannot publish /etc/passwd), and must be
 * a regular file (a FIFO or device would block or never end). */
typedef enum { THEME_FILE_MISSING, THEME_FILE_OK, THEME_FILE_REFUSED } theme_file;
static theme_file theme_check_file(const theme *t, int i, const char *path, bool want_dir);

/* theme.yaml's `templates:` map, kind of page -> template name; a more specific theme's
 * choice (read first) wins. */
static void
theme_templates(theme *t, diag *d, const value *kinds)
{
	for (size_t i = 0; i < kinds->n; i++) {
		const char *kind = kinds->keys[i]->str;
		const value *name = kinds->items[i];
		int k = 0;
		while (k < PAGE_KIND_COUNT && strcmp(pages_kind_name((page_kind)k), kind) != 0)
			k++;
		if (k == PAGE_KIND_COUNT) {
			buf known = BUF_INIT;
			for (int j = 0; j < PAGE_KIND_COUNT; j++)
				buf_printf(&known, "%s%s", j ? ", " : "",
				           pages_kind_name((page_kind)j));
			diag_error(d, kinds->keys[i]->at,
			           "unknown kind of page '%s' (expected one of %s)", kind,
			           known.data);
			buf_free(&known);
		} else if (name->kind != VALUE_STRING || !*name->str) {
			diag_error(d, name->at, "the template of '%s' must be a template name",
			           kind);
		} else if (!t->templates[k]) {
			t->templates[k] = name->str;
		}
	}
}

static bool
theme_load(theme *t, diag *d, const char *dir)
{
	while (dir) {
		if (t->n == THEME_MAX_DEPTH) {
			diag_error(d, (mark){dir, 0, 0},
			           "themes extend each other more than %d deep", THEME_MAX_DEPTH);
			return false;
		}
		if (!fs_is_dir(dir)) {
			diag_error(d, (mark){dir, 0, 0}, "theme folder not found");
			return false;
		}
		char *root = realpath(dir, NULL);
		if (!root) {
			diag_io_error(d, (mark){dir, 0, 0}, "cannot resolve the theme folder: %s",
			              strerror(errno));
			return false;
		}
		t->roots[t->n] = arena_strdup(t->arena, root);
		free(root);
		t->dirs[t->n++] = dir;
		const char *conf = fs_join(t->arena, dir, "theme.yaml");
		theme_file kind = theme_check_file(t, t->n - 1, conf, false);
		if (kind == THEME_FILE_REFUSED)
			return false;
		if (kind == THEME_FILE_MISSING)
			break;
		size_t len;
		const char *text = fs_read(t->arena, conf, &len);
		if (!text) {
			diag_io_error(d, (mark){conf, 0, 0}, "cannot read: %s", strerror(errno));
			return false;
		}
		diag_copy_source(d, conf, text, len); /* the theme arena does not outlive d */
		value *v = yaml_load(t->arena, d, conf, text, len);
		if (!v)
			return false;
		const char *next = NULL;
		for (size_t i = 0; v->kind == VALUE_MAP && i < v->n; i++) {
			const char *key = v->keys[i]->str;
			const value *setting = v->items[i];
			if (strcmp(key, "extends") == 0 && setting->kind == VALUE_STRING)
				next = setting->str[0] == '/'
				           ? setting->str /* absolute */
				           : fs_join(t->arena, dir, setting->str);
			else if (strcmp(key, "base_language") == 0 && setting->kind == VALUE_STRING)
				t->base_language =
				    t->base_language ? t->base_language : setting->str;
			else if (strcmp(key, "templates") == 0 && setting->kind == VALUE_MAP)
				theme_templates(t, d, setting);
			else if (strcmp(key, "extends") == 0 || strcmp(key, "base_language") == 0)
				diag_error(d, setting->at, "'%s' must be a text", key);
			else if (strcmp(key, "templates") == 0)
				diag_error(d, setting->at,
				           "'templates' must map kinds of page to template names");
			else
				diag_error(d, v->keys[i]->at,
				           "unknown theme setting '%s' (expected 'extends', "
				           "'base_language' or 'templates')",
				           key);
		}
		if (v->kind != VALUE_MAP && v->kind != VALUE_NULL) {
			diag_error(d, v->at, "theme.yaml must be a map");
			return false;
		}
		dir = next;
	}
	return true;
}

static theme_file
theme_check_file(const theme *t, int i, const char *path, bool want_dir)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return THEME_FILE_MISSING;
	char *real = realpath(path, NULL);
	if (!real) {
		diag_io_error(t->diag, (mark){path, 0, 0}, "cannot resolve: %s", strerror(errno));
		return THEME_FILE_REFUSED;
	}
	size_t n = strlen(t->roots[i]);
	bool inside = strncmp(real, t->roots[i], n) == 0 && (real[n] == '/' || real[n] == '\0');
	/* A link to a folder above itself would be copied into itself forever. */
	bool loop = false;
	const char *slash = strrchr(path, '/');
	if (inside && want_dir && S_ISLNK(st.st_mode) && slash) {
		char *parent = arena_strndup(t->arena, path, (size_t)(slash - path));
		char *parent_real = realpath(parent, NULL);
		size_t k = strlen(real);
		loop = parent_real && strncmp(parent_real, real, k) == 0 &&
		       (parent_real[k] == '/' || parent_real[k] == '\0');
		free(parent_real);
	}
	free(real);
	if (loop) {
		diag_error(t->diag, (mark){path, 0, 0},
		           "a symbolic link to a folder that holds it: it would be copied into "
		           "itself");
		return THEME_FILE_REFUSED;
	}
	if (!inside) {
		diag_error(t->diag, (mark){path, 0, 0},
		           "a symbolic link to a file outside the theme: a theme may only link to "
		           "its own files");
		return THEME_FILE_REFUSED;
	}
	if (stat(path, &st) != 0) {
		diag_io_error(t->diag, (mark){path, 0, 0}, "cannot read: %s", strerror(errno));
		return THEME_FILE_REFUSED;
	}
	if (want_dir ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)) {
		diag_error(t->diag, (mark){path, 0, 0}, "not a regular %s (%s)",
		           want_dir ? "folder" : "file", fs_kind(st.st_mode));
		return THEME_FILE_REFUSED;
	}
	return THEME_FILE_OK;
}

/* The text of file rel of theme i, or NULL: when the theme has no such file (*len is then
 * 0), or after reporting why it cannot be used. */
static char *
theme_read(const theme *t, int i, const char *rel, size_t *len, const char **path)
{
	*len = 0;
	const char *file = fs_join(t->arena, t->dirs[i], rel);
	if (theme_check_file(t, i, file, false) != THEME_FILE_OK)
		return NULL;
	char *text = fs_read(t->arena, file, len);
	if (text)
		*path = file;
	else
		diag_io_error(t->diag, (mark){file, 0, 0}, "cannot read: %s", strerror(errno));
	return text;
}

/* Partial NAME is templates/NAME.mustache in the first theme that has it. */
static const char *
theme_resolve(void *ctx, const char *name, size_t *len, const char **path)
{
	theme *t = ctx;
	if (!*name || strstr(name, "..") || strchr(name, '/'))
		return NULL;
	const char *rel = arena_printf(t->arena, "templates/%s.mustache", name);
	for (int i = 0; i < t->n; i++) {
		size_t errors = t->diag->errors;
		char *text = theme_read(t, i, rel, len, path);
		if (text || t->diag->errors > errors)
			return text;
	}
	return NULL;
}

/* strings/LANG.yaml of every theme that has it, base theme first; false after an error. */
static bool
theme_strings_files(const theme *t, const char *lang, strings_file *out, size_t *n)
{
	const char *rel = arena_printf(t->arena, "strings/%s.yaml", lang);
	*n = 0;
	for (int i = t->n; i-- > 0;) {
		size_t errors = t->diag->errors, len;
		const char *path;
		char *text = theme_read(t, i, rel, &len, &path);
		if (t->diag->errors > errors)
			return false;
		if (!text)
			continue;
		diag_copy_source(t->diag, path, text, len); /* the theme arena is freed first */
		out[(*n)++] = (strings_file){path, text, len};
	}
	return true;
}

static size_t
primary_subtag(const char *lang)
{
	return strcspn(lang, "-_");
}

/* The theme's strings in the site's language lang (NULL: the theme's base language): that
 * language's files where the theme has them (or its primary subtag's: cy-GB -> cy), the
 * base language's texts for what they lack. NULL after reporting an error. */
static strings *
theme_strings(theme *t, const char *lang)
{
	diag *d = t->diag;
	if (!t->base_language) {
		diag_error(d, (mark){t->dirs[0], 0, 0},
		           "the theme does not say which language its strings are in: add "
		           "'base_language: en-GB' (or its language) to theme.yaml");
		return NULL;
	}
	strings_file base[THEME_MAX_DEPTH], tr[THEME_MAX_DEPTH];
	size_t nbase, ntr = 0;
	if (!theme_strings_files(t, t->base_language, base, &nbase))
		return NULL;
	if (nbase == 0) {
		diag_error(d, (mark){t->dirs[0], 0, 0},
		           "the theme has no strings in its base language (strings/%s.yaml)",
		           t->base_language);
		return NULL;
	}
	const char *use = NULL;
	if (lang && strcmp(lang, t->base_language) != 0) {
		const char *primary = arena_strndup(t->arena, lang, primary_subtag(lang));
		if (!theme_strings_files(t, lang, tr, &ntr))
			return NULL;
		if (ntr == 0 && strcmp(primary, lang) != 0 &&
		    !theme_strings_files(t, primary, tr, &ntr))
			return NULL;
		bool same_language = strlen(primary) == primary_subtag(t->base_language) &&
		                     strncmp(primary, t->base_language, strlen(primary)) == 0;
		if (ntr > 0)
			use = lang;
		else if (!same_language)
			diag_warning(d, (mark){t->dirs[0], 0, 0},
			             "the theme has no strings in the site's language '%s' "
			             "(strings/%s.yaml): its %s texts are used",
			             lang, lang, t->base_language);
	}
	return strings_load(t->arena, d, t->base_language, base, nbase, use, tr, ntr);
}

/* Every t.* name the template uses (with the partials it includes) must be a text. */
typedef struct name_check {
	const strings *strings;
	diag *d;
	bool ok;
} name_check;

static void
check_name(void *ctx, const char *name, size_t len, mark at)
{
	name_check *c = ctx;
	c->ok = strings_check_name(c->strings, name, len, at, c->d) && c->ok;
}

/* Template NAME of theme t, compiled in env, with every t.* name it and its partials use
 * checked against words; NULL after reporting why (no such template, unreadable, refused,
 * a syntax error, an unknown string). where names the theme in messages. */
static mustache_template *
theme_template(theme *t, mustache_env *env, const char *name, const strings *words,
               const char *where)
{
	diag *d = t->diag;
	size_t len, errors = d->errors;
	const char *path;
	const char *text = theme_resolve(t, name, &len, &path);
	if (!text) {
		if (d->errors == errors) /* else unreadable or refused: said why */
			diag_error(d, (mark){where, 0, 0},
			           "the theme has no template '%s' (templates/%s.mustache)", name,
			           name);
		return NULL;
	}
	diag_copy_source(d, path, text, len); /* the theme arena does not outlive d */
	mustache_template *tpl = mustache_compile(env, path, text, len);
	name_check check = {words, d, true};
	if (tpl)
		mustache_each_name(tpl, check_name, &check);
	return check.ok ? tpl : NULL;
}

/* ---- rendering in parallel ---- */

typedef struct job {
	const model *m;
	const site_options *o;
	const char *out; /* the new folder */
	const char *base_url;
	mustache_env *env;
	mustache_template *templates[PAGE_KIND_COUNT];
	page_list pages;
	size_t data_page; /* its index in pages: rendered last, from the exports' sizes */
	atomic_size_t next;
	atomic_size_t bytes;
	pthread_mutex_t lock; /* guards diag */
	diag *diag;
	/* the theme's words, formats and chart colours in the language of the tree being
	 * written, read by every page */
	const page_theme *look;
} job;

static bool
write_file(const char *dir, const char *file, const char *data, size_t len, diag *d)
{
	if (!fs_mkdir_p(dir)) {
		diag_io_error(d, (mark){dir, 0, 0}, "cannot create folder: %s", strerror(errno));
		return false;
	}
	size_t n = strlen(dir) + strlen(file) + 2;
	char *path = xmalloc(n);
	snprintf(path, n, "%s/%s", dir, file);
	bool ok = fs_write(path, data, len);
	if (!ok)
		diag_io_error(d, (mark){path, 0, 0}, "cannot write: %s", strerror(errno));
	free(path);
	return ok;
}

enum { PAGE_KEEP_BYTES = 16 << 20 };

/* Renders page i into the new folder; a and out are scratch space, problems go to d. */
static void
render_page(job *j, size_t i, arena *a, buf *out, diag *d)
{
	const page *p = &j->pages.pages[i];
	value *data = site_page_data(a, j->m, p, j->base_url, j->look, j->o->live_reload_script);
	buf_reset(out);
	if (mustache_render_diag(j->env, j->templates[p->kind], data, out, d)) {
		const char *dir = *p->path ? fs_join(a, j->out, p->path) : j->out;
		if (write_file(dir, p->file, out->data ? out->data : "", out->len, d))
			atomic_fetch_add(&j->bytes, out->len);
	}
}

/* Renders every page but the data page, taking the next one until none is left. */
static void *
worker(void *arg)
{
	job *j = arg;
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	buf out = BUF_INIT;
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, 1);
		if (i >= j->pages.n)
			break;
		if (i == j->data_page)
			continue;
		render_page(j, i, &a, &out, &d);
		/* Each page's data is thrown away once written; the memory is kept for the next
		 * page, unless one huge page (the search page lists every item) grew it: that is
		 * given back rather than held for the rest of the build. */
		if (a.total > PAGE_KEEP_BYTES)
			arena_free(&a);
		else
			arena_reset(&a);
		if (out.cap > PAGE_KEEP_BYTES)
			buf_free(&out);
	}
	buf_free(&out);
	arena_free(&a);
	pthread_mutex_lock(&j->lock);
	diag_merge(j->diag, &d);
	pthread_mutex_unlock(&j->lock);
	diag_free(&d);
	return NULL;
}

static bool
render_pages(job *j, int threads)
{
	pthread_t ids[64];
	if (threads < 1)
		threads = 1;
	if (threads > 64)
		threads = 64;
	int started = 0;
	for (; started < threads - 1; started++)
		if (pthread_create(&ids[started], NULL, worker, j) != 0)
			break;
	worker(j); /* this thread works too */
	for (int i = 0; i < started; i++)
		pthread_join(ids[i], NULL);
	return !diag_failed(j->diag);
}

/* The colour tokens of every theme, base first so each theme overrides single tokens of
 * the one it extends. Returns false after reporting to t->diag. */
static bool
theme_load_tokens(const theme *t, tokens *out)
{
	size_t errors = t->diag->errors;
	for (int i = t->n; i-- > 0;) {
		size_t len, before = t->diag->errors;
		const char *path;
		const char *text = theme_read(t, i, "tokens.yaml", &len, &path);
		if (t->diag->errors > before)
			return false; /* refused or unreadable: said why */
		if (!text)
			continue;
		diag_copy_source(t->diag, path, text, len); /* the theme arena does not outlive d */
		value *v = yaml_load(t->arena, t->diag, path, text, len);
		if (!v)
			return false;
		tokens_apply(out, t->arena, v, t->diag);
	}
	return tokens_check(out, t->diag, (mark){t->dirs[0], 0, 0}) && t->diag->errors == errors;
}

/* What every page's data needs from theme t (pages.h): its strings in language lang, the
 * formatting conventions and the chart colours of colours. False after reporting. */
static bool
theme_page_theme(theme *t, const tokens *colours, const char *lang, page_theme *out)
{
	out->languages = NULL; /* one language, unless the build says otherwise */
	out->words = theme_strings(t, lang);
	if (!out->words)
		return false;
	if (!format_conventions_load(t->arena, out->words, t->diag, &out->fmt)) {
		strings_free(out->words);
		out->words = NULL;
		return false;
	}
	tokens_chart_style(colours, &out->fmt, &out->charts);
	out->charts.words = out->words;
	return true;
}

value *
site_page_data(arena *a, const model *m, const page *p, const char *base_url, const page_theme *th,
               const char *live_reload)
{
	value *data = pages_data(a, m, p, base_url, th);
	value_set_str(a, data, "live_reload", live_reload);
	value_set(a, data, "t", (value *)strings_tree(th->words));
	/* the tree's language, even where the theme's strings fall back to another's */
	value_set_str(a, data, "language",
	              th->languages ? th->languages->tags[th->languages->current]
	                            : strings_language(th->words));
	return data;
}

/* Copies folder src of theme i into dst, file by file (streamed: a static file may be
 * large), refusing what theme_check_file refuses. Returns false after reporting to d. */
static bool
copy_static_tree(const theme *t, int i, const char *src, const char *dst, site_stats *stats)
{
	arena a;
	arena_init(&a);
	char **names;
	int n = fs_list(&a, src, true, &names);
	bool ok = n >= 0;
	if (!ok)
		diag_io_error(t->diag, (mark){src, 0, 0}, "cannot read folder: %s",
		              strerror(errno));
	else if (!fs_mkdir_p(dst)) {
		diag_io_error(t->diag, (mark){dst, 0, 0}, "cannot create folder: %s",
		              strerror(errno));
		ok = false;
	}
	for (int k = 0; ok && k < n; k++) {
		const char *from = fs_join(&a, src, names[k]), *to = fs_join(&a, dst, names[k]);
		if (fs_is_dir(from)) {
			ok = theme_check_file(t, i, from, true) == THEME_FILE_OK &&
			     copy_static_tree(t, i, from, to, stats);
			continue;
		}
		ok = theme_check_file(t, i, from, false) == THEME_FILE_OK;
		size_t bytes = 0;
		bool source_failed = false;
		/* An override replaces the base theme's file of the same name (never through it).
		 */
		if (ok && (unlink(to) != 0 && errno != ENOENT)) {
			diag_io_error(t->diag, (mark){to, 0, 0}, "cannot replace: %s",
			              strerror(errno));
			ok = false;
		} else if (ok && !fs_copy_file(from, to, &bytes, &source_failed)) {
			diag_io_error(t->diag, (mark){source_failed ? from : to, 0, 0},
			              "cannot %s: %s", source_failed ? "read" : "write",
			              strerror(errno));
			ok = false;
		}
		if (ok) {
			stats->files++;
			stats->bytes += bytes;
		}
	}
	arena_free(&a);
	return ok;
}

/* Copies every theme's static/ folder into out/static, base theme first so overrides win. */
static bool
copy_static(const theme *t, const char *out, site_stats *stats)
{
	const char *dst = fs_join(t->arena, out, "static");
	for (int i = t->n; i-- > 0;) {
		const char *src = fs_join(t->arena, t->dirs[i], "static");
		theme_file kind = theme_check_file(t, i, src, true);
		if (kind == THEME_FILE_REFUSED)
			return false;
		if (kind == THEME_FILE_OK && !copy_static_tree(t, i, src, dst, stats))
			return false;
	}
	return true;
}

/* The Atom feeds and the sitemap (from the page list the build collected), into out, in the
 * theme's words; both need the base URL. Adds to stats; false after reporting to d. */
static bool
write_feeds(const model *m, const char *out, const char *base_url, const page_list *pages,
            const page_theme *look, diag *d, site_stats *stats)
{
	if (!base_url)
		return true;
	arena a;
	arena_init(&a);
	export_list files = {.dir = out, .d = d, .stats = stats};
	size_t feeds = feeds_collect(&a, m, base_url, look, &files);
	sitemap_collect(&a, base_url, pages, look->words, &files);
	if (!files.failed)
		stats->feeds = feeds;
	arena_free(&a);
	return !files.failed;
}

/* The files that are not pages: the exports, then the feeds and the sitemap. Run on a thread
 * of their own while the pages render (each file has one writer, so the output does not
 * depend on the threads), or before them with one thread. */
typedef struct export_job {
	const model *m;
	const char *out, *base_url;
	const page_list *pages;
	/* the build's, shared with the page threads: read-only (strings.h guards its record of
	 * missing keys) */
	const page_theme *look;
	arena arena;            /* data_files' strings */
	export_list data_files; /* what the data page lists: paths, titles, sizes */
	diag d;
	site_stats stats;
	bool ok;
} export_job;

static void *
export_run(void *arg)
{
	export_job *e = arg;
	e->ok = exports_write(&e->arena, e->m, e->out, e->base_url, e->look, &e->data_files, &e->d,
	                      &e->stats) &&
	        write_feeds(e->m, e->out, e->base_url, e->pages, e->look, &e->d, &e->stats);
	return NULL;
}

/* The data page, once the exports have said what they wrote. Every other thread is done. */
static void
render_data_page(job *j, const export_list *files)
{
	if (j->data_page >= j->pages.n)
		return;
	j->pages.pages[j->data_page].subject = files;
	arena a;
	arena_init(&a);
	buf out = BUF_INIT;
	render_page(j, j->data_page, &a, &out, j->diag);
	buf_free(&out);
	arena_free(&a);
}

static double
seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The theme's texts registered for quoting (from index first on) live in a build's arena:
 * the diag keeps copies, so messages can quote them after the arena is freed. */
static void
keep_quoted_sources(diag *d, size_t first)
{
	for (size_t i = first; i < d->nsources; i++) {
		diag_source *src = &d->sources[i];
		src->file = arena_strdup(&d->arena, src->file);
		src->text = arena_strndup(&d->arena, src->text, src->len);
	}
}

/* Everything one language's tree needs, loaded before any tree is written: the theme's
 * words in that language and where the tree goes. */
typedef struct tree {
	page_theme look;
	page_languages langs; /* the site's languages, this tree current */
	const char *dir;      /* the new folder, or its TAG/ folder */
	const char *base_url; /* the site's, or its TAG/ below it; NULL without one */
} tree;

/* The theme's strings in every language of m, and each tree's place; false after
 * reporting. trees[0] is the default language's: the site's root. */
static bool
trees_load(theme *t, const tokens *colours, const model *m, const char *site_base, tree *trees,
           size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!theme_page_theme(t, colours, content_language(m, i), &trees[i].look)) {
			for (size_t k = 0; k < i; k++)
				strings_free(trees[k].look.words);
			return false;
		}
		const char *tag = content_language(m, i);
		trees[i].base_url =
		    site_base && i ? arena_printf(t->arena, "%s%s/", site_base, tag) : site_base;
	}
	if (n < 2)
		return true;
	page_languages langs = {.n = n, .base_url = site_base};
	for (size_t k = 0; k < n; k++) {
		langs.tags[k] = content_language(m, k);
		langs.names[k] = strings_text(trees[k].look.words, "language.name");
	}
	for (size_t i = 0; i < n; i++) {
		trees[i].langs = langs;
		trees[i].langs.current = i;
		trees[i].look.languages = &trees[i].langs;
	}
	return true;
}

/* Writes the tree of language `lang` (in use in m) into tr->dir: its pages on the build's
 * threads while its exports, feeds and sitemap are written on one more; the data page
 * last. The data files are the root tree's alone: root_files, the list every tree's data
 * page links to, is filled in by tree 0. Adds to stats; false after reporting to d. */
static bool
write_tree(job *j, const tree *tr, int threads, arena *files_arena, export_list *root_files,
           site_stats *stats)
{
	j->out = tr->dir;
	j->base_url = tr->base_url;
	j->look = &tr->look;
	atomic_store(&j->next, 0);
	export_job ex = {j->m, tr->dir, tr->base_url, &j->pages, &tr->look, .ok = false};
	arena_init(&ex.arena);
	diag_init(&ex.d);
	pthread_t ex_thread;
	bool ex_started = threads > 1 && pthread_create(&ex_thread, NULL, export_run, &ex) == 0;
	if (!ex_started) /* one thread: the exports first, then the pages */
		export_run(&ex);
	bool ok = true;
	if (ex_started || ex.ok)
		ok = render_pages(j, threads);
	if (ex_started)
		pthread_join(ex_thread, NULL);
	diag_merge(j->diag, &ex.d);
	diag_free(&ex.d);
	ok = ok && ex.ok;
	if (content_language_in_use(j->m) == 0)
		for (size_t i = 0; i < ex.data_files.n; i++) {
			const export_file *f = &ex.data_files.files[i];
			export_add_entry(files_arena, root_files,
			                 (export_file){arena_strdup(files_arena, f->path),
			                               arena_strdup(files_arena, f->title), NULL,
			                               f->len});
		}
	if (ok) /* last: it lists the data files with their sizes */
		render_data_page(j, root_files);
	arena_free(&ex.arena);
	strings_report_missing(tr->look.words, j->diag); /* words the pages or exports lack */
	stats->pages += j->pages.n;
	stats->files += j->pages.n + ex.stats.files;
	stats->search_bytes += ex.stats.search_bytes;
	stats->search_seconds += ex.stats.search_seconds;
	stats->feeds += ex.stats.feeds;
	stats->bytes += ex.stats.bytes;
	return ok && !diag_failed(j->diag);
}

/* The theme's static files and its colours as a stylesheet (the CSP forbids inline
 * styles) into dir/static: every tree has its own, so its pages link as they always do. */
static bool
write_static(const theme *t, const tokens *colours, const model *m, const char *dir,
             site_stats *stats)
{
	if (!copy_static(t, dir, stats))
		return false;
	const char *css = tokens_css(colours, t->arena, m->site.brand_colour);
	stats->files++;
	stats->bytes += strlen(css);
	return write_file(fs_join(t->arena, dir, "static"), "brand.css", css, strlen(css), t->diag);
}

bool
site_build(model *m, const site_options *o, diag *d, site_stats *stats)
{
	double start = seconds();
	size_t first_source = d->nsources;
	arena a;
	arena_init(&a);
	theme t = {.arena = &a, .diag = d};
	job *j = arena_alloc(&a, sizeof *j);
	bool ok = theme_load(&t, d, o->theme_dir);
	tokens colours = {{NULL}, {{NULL, 0, 0}}};
	ok = ok && theme_load_tokens(&t, &colours);
	/* Before anything is written: the output must not be, hold or lie in a source folder. */
	outdir od;
	const char *protect[THEME_MAX_DEPTH + 1] = {o->content_dir};
	for (int i = 0; i < t.n; i++)
		protect[i + 1] = t.dirs[i];
	ok = outdir_resolve(&od, o->out_dir, protect, (size_t)t.n + 1, d) && ok;
	j->m = m;
	j->o = o;
	j->diag = d;
	pthread_mutex_init(&j->lock, NULL);
	const char *base = o->base_url ? o->base_url : m->site.base_url, *site_base = NULL;
	if (base && *base)
		site_base = base[strlen(base) - 1] == '/' ? base : arena_printf(&a, "%s/", base);
	size_t ntrees = content_languages(m);
	if (ntrees > CONTENT_MAX_LANGUAGES)
		ntrees = CONTENT_MAX_LANGUAGES;
	tree *trees = arena_alloc(&a, ntrees * sizeof *trees);
	bool trees_loaded = ok && trees_load(&t, &colours, m, site_base, trees, ntrees);
	ok = ok && trees_loaded;
	if (ok) {
		j->env = mustache_env_new(&a, d, theme_resolve, &t, true);
		for (int k = 0; k < PAGE_KIND_COUNT; k++) {
			const char *name = t.templates[k];
			if (!name) {
				diag_error(
				    d, (mark){o->theme_dir, 0, 0},
				    "the theme does not say which template renders '%s' pages "
				    "(theme.yaml: templates: %s: NAME)",
				    pages_kind_name((page_kind)k), pages_kind_name((page_kind)k));
				ok = false;
				continue;
			}
			/* every language's strings have the base language's keys */
			j->templates[k] =
			    theme_template(&t, j->env, name, trees[0].look.words, o->theme_dir);
			ok = ok && j->templates[k];
		}
	}
	ok = ok && outdir_prepare(&od, o->wait, d);
	const char *fresh = od.fresh;
	double prepared = seconds();
	if (ok) {
		pages_collect(&a, m, &j->pages);
		j->data_page = j->pages.n;
		for (size_t i = 0; i < j->pages.n; i++)
			if (j->pages.pages[i].kind == PAGE_DATA)
				j->data_page = i;
		int threads = o->threads ? o->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
		arena files_arena; /* the root's data files, which every tree's data page lists */
		arena_init(&files_arena);
		export_list root_files = {0};
		stats->languages = ntrees;
		/* One language at a time, the default's first: its data files are every tree's. */
		for (size_t lang = 0; ok && lang < ntrees; lang++) {
			trees[lang].dir =
			    lang ? fs_join(&a, fresh, content_language(m, lang)) : fresh;
			content_use_language(m, lang);
			size_t pages_before = stats->pages;
			ok = write_tree(j, &trees[lang], threads, &files_arena, &root_files, stats);
			stats->per_language[lang].tag = content_language(m, lang);
			stats->per_language[lang].pages = stats->pages - pages_before;
			stats->per_language[lang].untranslated =
			    content_missing_translations(m, lang);
		}
		content_use_language(m, 0); /* m as it was loaded */
		arena_free(&files_arena);
		stats->bytes += atomic_load(&j->bytes);
	}
	double rendered = seconds();
	for (size_t i = 0; ok && i < ntrees; i++)
		ok = write_static(&t, &colours, m, trees[i].dir, stats);
	ok = ok && outdir_publish(&od, d);
	outdir_close(&od, d); /* a failed build's temporary folder goes, and the lock */
	if (o->timings)
		fprintf(stderr,
		        "timing: theme %.3fs, render and write %zu pages, the data exports, feeds "
		        "and sitemap %.3fs (of which the search index %.3fs of CPU), static and "
		        "swap %.3fs\n",
		        prepared - start, stats->pages, rendered - prepared, stats->search_seconds,
		        seconds() - rendered);
	pthread_mutex_destroy(&j->lock);
	for (size_t i = 0; trees_loaded && i < ntrees; i++)
		strings_free(trees[i].look.words);
	keep_quoted_sources(d, first_source);
	arena_free(&a);
	return ok;
}

bool
site_render_template(const char *theme_dir, const char *name, const value *data,
                     const site_count_text *counts, size_t ncounts, buf *out, diag *d)
{
	size_t first_source = d->nsources;
	arena a;
	arena_init(&a);
	theme t = {.arena = &a, .diag = d};
	bool ok = theme_load(&t, d, theme_dir);
	/* The theme's words in its base language: the content, which names the site's language,
	 * may be what failed to load. */
	strings *words = ok ? theme_strings(&t, NULL) : NULL;
	ok = ok && words;
	if (ok) {
		mustache_env *env = mustache_env_new(&a, d, theme_resolve, &t, true);
		value *view = value_map(&a);
		for (size_t i = 0; data && data->kind == VALUE_MAP && i < data->n; i++)
			value_set_key(&a, view, data->keys[i], data->items[i]);
		value_set(&a, view, "t", (value *)strings_tree(words));
		value_set_str(&a, view, "language", strings_language(words));
		format_conventions fmt;
		if (ncounts && !format_conventions_load(&a, words, d, &fmt))
			ok = false;
		for (size_t i = 0; ok && i < ncounts; i++)
			value_set_str(
			    &a, view, counts[i].name,
			    strings_plural(&a, words, counts[i].key, counts[i].count, "count",
			                   format_number(&a, &fmt, counts[i].count), (char *)NULL));
		mustache_template *tpl =
		    ok ? theme_template(&t, env, name, words, theme_dir) : NULL;
		ok = tpl && mustache_render(env, tpl, view, out);
		ok = strings_report_missing(words, d) == 0 && ok;
	}
	strings_free(words);
	keep_quoted_sources(d, first_source);
	arena_free(&a);
	return ok;
}

bool
site_page_theme(const char *theme_dir, const char *lang, arena *a, diag *d, page_theme *out)
{
	theme t = {.arena = a, .diag = d};
	tokens colours = {{NULL}, {{NULL, 0, 0}}};
	return theme_load(&t, d, theme_dir) && theme_load_tokens(&t, &colours) &&
	       theme_page_theme(&t, &colours, lang, out);
}

int
site_theme_folders(const char *theme_dir, arena *a, diag *d, const char **out, int max)
{
	theme t = {.arena = a, .diag = d};
	theme_load(&t, d, theme_dir); /* the folders found before a problem still count */
	int n = t.n < max ? t.n : max;
	for (int i = 0; i < n; i++)
		out[i] = t.dirs[i];
	return n;
}
