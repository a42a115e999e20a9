/* serve.c - the preview server: builds, HTTP (GNU libmicrohttpd), rebuilds on change and the
 * live-reload endpoints. See serve.h. */
#include "serve/serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "content/content.h"
#include "mustache/mustache.h"
#include "serve/debounce.h"
#include "serve/paths.h"
#include "serve/watch.h"
#include "site/site.h"
#include "util/buf.h"
#include "util/fs.h"

enum {
	EXIT_STARTUP = 2,
	DEBOUNCE_QUIET_MS = 25, /* an editor's save is done within this */
	DEBOUNCE_MAX_MS = 400,
	WAIT_SECONDS = 25,     /* a live-reload request is answered at least this often */
	CONNECTION_LIMIT = 64, /* one thread each */
	PREFIX_MAX = 256,
	PATH_MAX_LEN = 1024
};

/* The server's own files live under the site's prefix, in a folder no site can have. */
#define RESERVED "__plansite/"

/* Loaded by every page while serving: waits for the next rebuild, then reloads. */
static const char live_reload_js[] =
    "/* live-reload.js - served by `plansite serve` only: reloads the page after a rebuild. */\n"
    "(function () {\n"
    "\t'use strict';\n"
    "\tvar src = new URL(document.currentScript.src);\n"
    "\tvar state = src.searchParams.get('state');\n"
    "\tvar wait = new URL('wait', src);\n"
    "\tfunction poll(delay) {\n"
    "\t\tsetTimeout(function () {\n"
    "\t\t\twait.search = '?since=' + encodeURIComponent(state);\n"
    "\t\t\tfetch(wait, {cache: 'no-store'}).then(function (r) {\n"
    "\t\t\t\tif (!r.ok) throw new Error('HTTP ' + r.status);\n"
    "\t\t\t\treturn r.json();\n"
    "\t\t\t}).then(function (s) {\n"
    "\t\t\t\tif (String(s.state) !== state) location.reload();\n"
    "\t\t\t\telse poll(0);\n"
    "\t\t\t}).catch(function () { poll(1000); });\n"
    "\t\t}, delay);\n"
    "\t}\n"
    "\tpoll(0);\n"
    "})();\n";

/* One successful build: a private folder served until a newer build replaces it. */
typedef struct generation {
	char *dir;
	int dir_fd;
	char prefix[PREFIX_MAX]; /* "/" or "/plans/" */
	unsigned refs;           /* requests using it, plus one while it is the current build */
	struct generation *next; /* in the server's list of folders to remove */
} generation;

typedef struct server {
	const serve_options *o;
	char *tmp_root; /* every build goes below it; removed on exit */
	char origin[128];
	struct MHD_Daemon *daemon;
	int listen_fd, signal_fd;
	bool signals_blocked; /* SIGINT and SIGTERM, until stop() restores the old mask */
	watcher watch;
	unsigned builds; /* names the build folders */

	pthread_mutex_t lock; /* guards the fields below */
	pthread_cond_t changed;
	generation *current; /* the last good build, NULL until one succeeds */
	generation *unused;  /* replaced builds no request uses any more: to remove */
	pthread_t remover;   /* removes them off the main loop, which rebuilds meanwhile */
	bool remover_started;
	char *error_page; /* while the last rebuild failed: the page shown instead */
	size_t error_page_len;
	char prefix[PREFIX_MAX]; /* of the latest build attempt */
	unsigned long state;     /* finished rebuilds, good or not: what pages wait on */
	bool stopping;
} server;

static long
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* CPU time of the whole process: on a busy machine, what a rebuild costs apart from waiting
 * for a processor. */
static double
cpu_seconds(void)
{
	struct rusage u;
	if (getrusage(RUSAGE_SELF, &u) != 0)
		return 0;
	return (double)(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
	       (double)(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/* ---- generations ---- */

/* Drops a reference; the last one hands the folder to the main loop for removal, so no
 * request waits while a tree is deleted. */
static void
generation_release(server *s, generation *g)
{
	if (!g)
		return;
	pthread_mutex_lock(&s->lock);
	if (--g->refs == 0) {
		g->next = s->unused;
		s->unused = g;
		pthread_cond_broadcast(&s->changed);
	}
	pthread_mutex_unlock(&s->lock);
}

static void
generation_free(generation *g)
{
	if (g->dir_fd >= 0)
		close(g->dir_fd);
	if (!fs_remove_tree(g->dir))
		fprintf(stderr, "plansite: warning: cannot remove %s: %s\n", g->dir,
		        strerror(errno));
	free(g->dir);
	free(g);
}

static void
free_list(generation *list)
{
	while (list) {
		generation *next = list->next;
		generation_free(list);
		list = next;
	}
}

/* The remover thread: deleting a large site's tree takes as long as a rebuild, so it must
 * not delay the next one. Runs until stopping; stop() removes what is left. */
static void *
remover(void *arg)
{
	server *s = arg;
	pthread_mutex_lock(&s->lock);
	while (!s->stopping) {
		generation *list = s->unused;
		s->unused = NULL;
		if (list) {
			pthread_mutex_unlock(&s->lock);
			free_list(list);
			pthread_mutex_lock(&s->lock);
		} else
			pthread_cond_wait(&s->changed, &s->lock);
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

/* ---- HTTP ---- */

static enum MHD_Result
send_buffer(struct MHD_Connection *c, unsigned status, const char *type, const char *data,
            size_t len)
{
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(len, (void *)data, MHD_RESPMEM_MUST_COPY);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	if (status == MHD_HTTP_SERVICE_UNAVAILABLE)
		MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, "1");
	enum MHD_Result ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

static enum MHD_Result
send_text(struct MHD_Connection *c, unsigned status, const char *text)
{
	return send_buffer(c, status, "text/plain; charset=utf-8", text, strlen(text));
}

/* Takes ownership of fd. */
static enum MHD_Result
send_file(struct MHD_Connection *c, unsigned status, int fd, const char *name)
{
	struct stat st;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return send_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot read the file\n");
	}
	struct MHD_Response *r = MHD_create_response_from_fd((uint64_t)st.st_size, fd);
	if (!r) {
		close(fd);
		return MHD_NO;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, serve_content_type(name));
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	enum MHD_Result ok = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ok;
}

/* A redirect to path (a decoded address), percent-encoding what a Location cannot hold. */
static enum MHD_Result
send_redirect(struct MHD_Connection *c, const char *path)
{
	buf location = BUF_INIT;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (*p <= ' ' || *p >= 0x7f || strchr("\"%<>\\^`{|}?#", *p))
			buf_printf(&location, "%%%02X", *p);
		else
			buf_addc(&location, (char)*p);
	}
	struct MHD_Response *r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ok = MHD_NO;
	if (r) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, buf_cstr(&location));
		MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
		ok = MHD_queue_response(c, MHD_HTTP_MOVED_PERMANENTLY, r);
		MHD_destroy_response(r);
	}
	buf_free(&location);
	return ok;
}

/* GET wait?since=N: answers once the state is no longer N (a rebuild finished), or after
 * WAIT_SECONDS. The connection has a thread of its own, so waiting here blocks nobody. */
static enum MHD_Result
answer_wait(server *s, struct MHD_Connection *c)
{
	const char *since_arg = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "since");
	char *end = NULL;
	unsigned long since = since_arg ? strtoul(since_arg, &end, 10) : 0;
	bool valid = since_arg && *since_arg && end && !*end;
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += WAIT_SECONDS;
	pthread_mutex_lock(&s->lock);
	while (valid && s->state == since && !s->stopping)
		if (pthread_cond_timedwait(&s->changed, &s->lock, &until) == ETIMEDOUT)
			break;
	unsigned long state = s->state;
	bool failed = s->error_page != NULL;
	pthread_mutex_unlock(&s->lock);
	char json[96];
	int n = snprintf(json, sizeof json, "{\"state\": %lu, \"ok\": %s}\n", state,
	                 failed ? "false" : "true");
	return send_buffer(c, MHD_HTTP_OK, "application/json", json, (size_t)n);
}

static enum MHD_Result
answer_reserved(server *s, struct MHD_Connection *c, const char *name)
{
	if (strcmp(name, "live-reload.js") == 0)
		return send_buffer(c, MHD_HTTP_OK, "text/javascript; charset=utf-8", live_reload_js,
		                   sizeof live_reload_js - 1);
	if (strcmp(name, "wait") == 0)
		return answer_wait(s, c);
	return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
}

/* The error page, if the last rebuild failed and the request is for a page (not a
 * stylesheet or data file: those still come from the last good site). */
static enum MHD_Result
answer_error_page(server *s, struct MHD_Connection *c, bool *sent)
{
	*sent = false;
	pthread_mutex_lock(&s->lock);
	char *html = s->error_page ? xmalloc(s->error_page_len) : NULL;
	size_t len = s->error_page_len;
	if (html)
		memcpy(html, s->error_page, len);
	pthread_mutex_unlock(&s->lock);
	if (!html)
		return MHD_YES;
	*sent = true;
	enum MHD_Result ok =
	    send_buffer(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/html; charset=utf-8", html, len);
	free(html);
	return ok;
}

static bool
is_page_request(serve_path_kind kind, const char *rel)
{
	size_t n = strlen(rel);
	return kind == SERVE_PATH_DIRECTORY || (n >= 5 && strcmp(rel + n - 5, ".html") == 0);
}

/* The site's 404.html; below a language's tree (rel "cy/…"), that tree's own. rel may be
 * NULL. */
static enum MHD_Result
answer_not_found(struct MHD_Connection *c, const generation *g, const char *rel)
{
	bool is_dir;
	int fd = -1;
	const char *slash = rel ? strchr(rel, '/') : NULL;
	if (slash && slash > rel && (size_t)(slash - rel) < 64) {
		char tree[80];
		snprintf(tree, sizeof tree, "%.*s/404.html", (int)(slash - rel), rel);
		fd = serve_open_beneath(g->dir_fd, tree, false, &is_dir);
	}
	if (fd < 0)
		fd = serve_open_beneath(g->dir_fd, "404.html", false, &is_dir);
	if (fd < 0)
		return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	return send_file(c, MHD_HTTP_NOT_FOUND, fd, "404.html");
}

/* Before any build has succeeded there is no site to take the error page's stylesheet
 * from: the theme's own static files stand in (of the theme, else of those it extends). */
static enum MHD_Result
answer_theme_static(server *s, struct MHD_Connection *c, const char *rel)
{
	arena a;
	arena_init(&a);
	diag ignored;
	diag_init(&ignored);
	const char *dirs[16];
	int n = site_theme_folders(s->o->theme, &a, &ignored, dirs, 16);
	int fd = -1;
	for (int i = 0; i < n && fd < 0; i++) {
		int theme_fd = open(dirs[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (theme_fd < 0)
			continue;
		bool is_dir;
		fd = serve_open_beneath(theme_fd, rel, false, &is_dir);
		close(theme_fd);
	}
	diag_free(&ignored);
	arena_free(&a);
	if (fd < 0)
		return send_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
	return send_file(c, MHD_HTTP_OK, fd, rel);
}

/* Answers one request from build g (NULL before the first success) served under prefix. */
static enum MHD_Result
answer_from(server *s, struct MHD_Connection *c, const char *url, generation *g, const char *prefix)
{
	size_t plen = strlen(prefix);
	if (strncmp(url, prefix, plen) == 0 && strncmp(url + plen, RESERVED, strlen(RESERVED)) == 0)
		return answer_reserved(s, c, url + plen + strlen(RESERVED));

	char rel[PATH_MAX_LEN];
	serve_path_kind kind = serve_path_resolve(url, prefix, rel, sizeof rel);
	switch (kind) {
	case SERVE_PATH_OUTSIDE:
		if (strcmp(url, "/") == 0)
			return send_redirect(c, prefix);
		break;
	case SERVE_PATH_FORBIDDEN:
		return send_text(c, MHD_HTTP_FORBIDDEN, "forbidden\n");
	case SERVE_PATH_TOO_LONG:
		return send_text(c, MHD_HTTP_URI_TOO_LONG, "address too long\n");
	case SERVE_PATH_FILE:
	case SERVE_PATH_DIRECTORY:
		break;
	}

	bool last_good = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "last-good");
	if (kind != SERVE_PATH_OUTSIDE && is_page_request(kind, rel) && !last_good) {
		bool sent;
		enum MHD_Result ok = answer_error_page(s, c, &sent);
		if (sent)
			return ok;
	}

	if (!g && kind == SERVE_PATH_FILE && strncmp(rel, "static/", 7) == 0)
		return answer_theme_static(s, c, rel);
	if (!g)
		return send_text(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the site is being built\n");
	if (kind == SERVE_PATH_OUTSIDE)
		return answer_not_found(c, g, NULL);
	bool is_dir;
	int fd = serve_open_beneath(g->dir_fd, rel, kind == SERVE_PATH_DIRECTORY, &is_dir);
	if (fd >= 0)
		return send_file(c, MHD_HTTP_OK, fd,
		                 kind == SERVE_PATH_DIRECTORY ? "index.html" : rel);
	if (!is_dir || kind != SERVE_PATH_FILE)
		return answer_not_found(c, g, rel);
	/* Pages link relative to their folder: /about must become /about/. */
	size_t n = strlen(url);
	char *to = xmalloc(n + 2);
	memcpy(to, url, n);
	memcpy(to + n, "/", 2);
	enum MHD_Result ok = send_redirect(c, to);
	free(to);
	return ok;
}

static enum MHD_Result
answer(void *cls, struct MHD_Connection *c, const char *url, const char *method,
       const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	server *s = cls;
	if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
		return send_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET and HEAD\n");
	/* The build and its prefix are taken together, so a swap cannot come between them. */
	char prefix[PREFIX_MAX];
	pthread_mutex_lock(&s->lock);
	generation *g = s->current;
	if (g)
		g->refs++;
	memcpy(prefix, g ? g->prefix : s->prefix, sizeof prefix);
	pthread_mutex_unlock(&s->lock);
	enum MHD_Result ok = answer_from(s, c, url, g, prefix);
	generation_release(s, g);
	return ok;
}

/* ---- building ---- */

/* The page shown when the theme itself cannot render the error page: plain words here. */
static void
fallback_error_page(buf *out, const char *prefix, const char *script, const char *errors)
{
	buf_printf(out,
	           "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	           "<title>Build failed</title>\n<link rel=\"stylesheet\" "
	           "href=\"%sstatic/plansite.css\">\n<script src=\"%s\" defer></script>\n"
	           "</head>\n<body>\n<main class=\"container\">\n<h1>Build failed</h1>\n"
	           "<p>Neither the site nor its error page could be built:</p>\n<pre>",
	           prefix, script);
	mustache_escape_html(out, errors, strlen(errors));
	buf_adds(out, "</pre>\n</main>\n</body>\n</html>\n");
}

/* The diagnostics as the terminal shows them, as one string (malloc'd). */
static char *
diag_text(diag *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return xstrdup("(out of memory)\n");
	diag_print(d, f, true);
	if (fclose(f) != 0 || !text) {
		free(text);
		return xstrdup("(out of memory)\n");
	}
	return text;
}

static char *
render_error_page(server *s, diag *d, const char *prefix, const char *script, bool have_good)
{
	char *errors = diag_text(d);
	arena a;
	arena_init(&a);
	value *data = value_map(&a);
	value_set_str(&a, data, "root", prefix);
	value_set_str(&a, data, "live_reload", script);
	value_set_str(&a, data, "errors", errors);
	size_t count = d->errors + (d->strict ? d->warnings : 0);
	value_set_num(&a, data, "error_count", (double)count);
	if (have_good)
		value_set_str(&a, data, "last_good", "?last-good=1");
	const site_count_text counts[] = {{"problems", "page.serve_error.problems", (double)count}};
	buf out = BUF_INIT;
	diag theme_diag;
	diag_init(&theme_diag);
	if (!site_render_template(s->o->theme, "serve-error", data, counts, 1, &out, &theme_diag)) {
		diag_print(&theme_diag, stderr, true);
		char *theme_errors = diag_text(&theme_diag);
		buf all = BUF_INIT;
		buf_adds(&all, errors);
		buf_adds(&all, theme_errors);
		buf_reset(&out);
		fallback_error_page(&out, prefix, script, buf_cstr(&all));
		buf_free(&all);
		free(theme_errors);
	}
	diag_free(&theme_diag);
	arena_free(&a);
	free(errors);
	char *html = xmalloc(out.len + 1);
	memcpy(html, buf_cstr(&out), out.len + 1);
	buf_free(&out);
	return html;
}

/* Watches the themes the theme extends (theme.yaml: `extends:`), which an edit of
 * theme.yaml may change; problems with the theme are reported by the build itself. */
static void
watch_themes(server *s, arena *a)
{
	diag ignored;
	diag_init(&ignored);
	const char *dirs[16];
	int n = site_theme_folders(s->o->theme, a, &ignored, dirs, 16);
	for (int i = 1; i < n; i++)
		if (!watch_add_tree(&s->watch, dirs[i]))
			fprintf(stderr, "plansite: warning: cannot watch %s: %s\n", dirs[i],
			        strerror(errno));
	diag_free(&ignored);
}

/* Builds the site once into a new private folder; a success becomes the served site, a
 * failure the error page. Runs on the main thread only, so builds never overlap. */
static void
rebuild(server *s)
{
	long start = now_ms();
	double cpu_start = cpu_seconds();
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	d.strict = s->o->strict;
	watch_themes(s, &a);
	model *m = content_load(&a, &d, s->o->content);

	char prefix[PREFIX_MAX];
	const char *production = s->o->base_url ? s->o->base_url : (m ? m->site.base_url : NULL);
	if (!m && !s->o->base_url)
		memcpy(prefix, s->prefix, sizeof prefix); /* unknown this time: keep the last */
	else if (!serve_base_path(production, prefix, sizeof prefix)) {
		fprintf(stderr,
		        "plansite: warning: the path of base URL '%s' cannot be served; serving "
		        "at /\n",
		        production);
		memcpy(prefix, "/", 2);
	}
	pthread_mutex_lock(&s->lock);
	unsigned long next_state = s->state + 1;
	bool have_good = s->current != NULL;
	memcpy(s->prefix, prefix, sizeof prefix);
	pthread_mutex_unlock(&s->lock);

	const char *script =
	    arena_printf(&a, "%s" RESERVED "live-reload.js?state=%lu", prefix, next_state);
	const char *dir = arena_printf(&a, "%s/build-%u", s->tmp_root, ++s->builds);
	site_stats stats = {0};
	bool ok = m && !diag_failed(&d);
	if (ok) {
		site_options so = {.theme_dir = s->o->theme,
		                   .out_dir = dir,
		                   .base_url = arena_printf(&a, "%s%s", s->origin, prefix),
		                   .threads = s->o->jobs,
		                   .live_reload_script = script};
		ok = site_build(m, &so, &d, &stats);
	}
	diag_print(&d, stderr, true);
	generation *g = NULL;
	if (ok) {
		g = xcalloc(1, sizeof *g);
		g->dir = xstrdup(dir);
		g->refs = 1;
		memcpy(g->prefix, prefix, sizeof prefix);
		g->dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (g->dir_fd < 0) {
			diag_error(&d, (mark){dir, 0, 0}, "cannot open the new build: %s",
			           strerror(errno));
			generation_free(g);
			g = NULL;
			ok = false;
		}
	} else if (!fs_remove_tree(dir))
		fprintf(stderr, "plansite: warning: cannot remove %s: %s\n", dir, strerror(errno));

	char *html = ok ? NULL : render_error_page(s, &d, prefix, script, have_good);
	pthread_mutex_lock(&s->lock);
	generation *old = NULL;
	if (g) {
		old = s->current;
		s->current = g;
	}
	free(s->error_page);
	s->error_page = html;
	s->error_page_len = html ? strlen(html) : 0;
	s->state = next_state;
	pthread_cond_broadcast(&s->changed);
	pthread_mutex_unlock(&s->lock);
	generation_release(s, old);

	if (ok)
		printf("plansite: built %zu pages in %.2fs (%.2fs of CPU)\n", stats.pages,
		       (double)(now_ms() - start) / 1000, cpu_seconds() - cpu_start);
	else
		printf("plansite: build failed%s; the errors are shown in the browser\n",
		       have_good ? ", still serving the last good site" : "");
	fflush(stdout);
	diag_free(&d);
	arena_free(&a);
}

/* ---- start, loop, stop ---- */

static bool
listen_on(server *s)
{
	struct sockaddr_storage addr = {0};
	socklen_t addr_len;
	struct sockaddr_in *v4 = (struct sockaddr_in *)&addr;
	struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&addr;
	const char *host = s->o->host;
	bool ipv6 = false;
	if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
		v4->sin_family = AF_INET;
		v4->sin_port = htons((unsigned short)s->o->port);
		addr_len = sizeof *v4;
	} else if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
		ipv6 = true;
		v6->sin6_family = AF_INET6;
		v6->sin6_port = htons((unsigned short)s->o->port);
		addr_len = sizeof *v6;
	} else {
		fprintf(stderr, "plansite: error: --host needs a numeric IP address, not '%s'\n",
		        host);
		return false;
	}
	s->listen_fd = socket(addr.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int yes = 1;
	if (s->listen_fd < 0 ||
	    setsockopt(s->listen_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes) != 0 ||
	    bind(s->listen_fd, (struct sockaddr *)&addr, addr_len) != 0 ||
	    listen(s->listen_fd, 64) != 0 ||
	    getsockname(s->listen_fd, (struct sockaddr *)&addr, &addr_len) != 0) {
		fprintf(stderr, "plansite: error: cannot listen on %s port %d: %s\n", host,
		        s->o->port, strerror(errno));
		return false;
	}
	unsigned port = ntohs(ipv6 ? v6->sin6_port : v4->sin_port);
	snprintf(s->origin, sizeof s->origin, ipv6 ? "http://[%s]:%u" : "http://%s:%u", host, port);
	return true;
}

static bool
start(server *s, sigset_t *old_mask)
{
	/* TMPDIR if the user set one, else the per-user runtime folder (usually in memory, so
	 * rebuilds do not wait for a disk), else /tmp. */
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = getenv("XDG_RUNTIME_DIR");
	if (!tmp || !*tmp || !fs_is_dir(tmp))
		tmp = "/tmp";
	size_t n = strlen(tmp) + 32;
	char *templ = xmalloc(n);
	snprintf(templ, n, "%s/plansite-serve-XXXXXX", tmp);
	if (!mkdtemp(templ)) {
		fprintf(stderr, "plansite: error: cannot create a temporary folder %s: %s\n", templ,
		        strerror(errno));
		free(templ);
		return false;
	}
	s->tmp_root = templ;

	watch_init(&s->watch);
	if (!watch_open(&s->watch)) {
		fprintf(stderr, "plansite: error: cannot watch files (inotify): %s\n",
		        strerror(errno));
		return false;
	}
	const char *trees[] = {s->o->content, s->o->theme};
	for (size_t i = 0; i < 2; i++)
		if (!watch_add_tree(&s->watch, trees[i])) {
			fprintf(stderr, "plansite: error: cannot watch %s: %s\n", trees[i],
			        strerror(errno));
			return false;
		}

	/* Ctrl-C arrives as a readable descriptor in the main loop: blocked before the HTTP
	 * threads start, so they inherit the mask and only the loop sees it. */
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	s->signals_blocked = pthread_sigmask(SIG_BLOCK, &mask, old_mask) == 0;
	if (!s->signals_blocked ||
	    (s->signal_fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK)) < 0) {
		fprintf(stderr, "plansite: error: cannot handle signals: %s\n", strerror(errno));
		return false;
	}

	if (pthread_create(&s->remover, NULL, remover, s) != 0) {
		fprintf(stderr, "plansite: error: cannot start a thread: %s\n", strerror(errno));
		return false;
	}
	s->remover_started = true;
	if (!listen_on(s))
		return false;
	s->daemon = MHD_start_daemon(
	    MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD, 0, NULL, NULL, answer,
	    s, MHD_OPTION_LISTEN_SOCKET, s->listen_fd, MHD_OPTION_CONNECTION_LIMIT,
	    (unsigned)CONNECTION_LIMIT, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(WAIT_SECONDS * 2),
	    MHD_OPTION_END);
	if (!s->daemon) {
		fprintf(stderr, "plansite: error: cannot start the HTTP server: %s\n",
		        strerror(errno));
		return false;
	}
	return true;
}

/* Waits for saves and Ctrl-C; returns when asked to stop. */
static void
loop(server *s)
{
	debounce db = debounce_make(DEBOUNCE_QUIET_MS, DEBOUNCE_MAX_MS);
	for (;;) {
		struct pollfd fds[2] = {{s->watch.fd, POLLIN, 0}, {s->signal_fd, POLLIN, 0}};
		long wait = debounce_wait(&db, now_ms());
		int ready = poll(fds, 2, wait > (long)60000 ? 60000 : (int)wait);
		if (ready < 0 && errno != EINTR) {
			fprintf(stderr, "plansite: error: poll: %s\n", strerror(errno));
			return;
		}
		if (ready > 0 && (fds[1].revents & POLLIN)) {
			struct signalfd_siginfo info;
			if (read(s->signal_fd, &info, sizeof info) == (ssize_t)sizeof info)
				return;
		}
		if (ready > 0 && (fds[0].revents & POLLIN)) {
			int changes = watch_read(&s->watch);
			if (changes < 0)
				fprintf(stderr, "plansite: warning: reading file events: %s\n",
				        strerror(errno));
			else if (changes > 0)
				debounce_event(&db, now_ms());
		}
		if (debounce_wait(&db, now_ms()) == 0) {
			debounce_clear(&db);
			rebuild(s);
		}
	}
}

static void
stop(server *s, const sigset_t *old_mask)
{
	if (s->daemon) {
		pthread_mutex_lock(&s->lock);
		s->stopping = true; /* live-reload requests return instead of waiting */
		pthread_cond_broadcast(&s->changed);
		pthread_mutex_unlock(&s->lock);
		MHD_stop_daemon(s->daemon); /* closes the listening socket too */
	} else if (s->listen_fd >= 0)
		close(s->listen_fd);
	if (s->remover_started) {
		pthread_mutex_lock(&s->lock);
		s->stopping = true;
		pthread_cond_broadcast(&s->changed);
		pthread_mutex_unlock(&s->lock);
		pthread_join(s->remover, NULL);
	}
	generation_release(s, s->current);
	s->current = NULL;
	free_list(s->unused);
	s->unused = NULL;
	free(s->error_page);
	watch_close(&s->watch);
	if (s->signal_fd >= 0)
		close(s->signal_fd);
	if (s->tmp_root && !fs_remove_tree(s->tmp_root))
		fprintf(stderr, "plansite: warning: cannot remove %s: %s\n", s->tmp_root,
		        strerror(errno));
	free(s->tmp_root);
	if (s->signals_blocked)
		pthread_sigmask(SIG_SETMASK, old_mask, NULL);
	pthread_cond_destroy(&s->changed);
	pthread_mutex_destroy(&s->lock);
}

int
serve_run(const serve_options *o)
{
	server s = {.o = o, .listen_fd = -1, .signal_fd = -1, .prefix = "/"};
	watch_init(&s.watch);
	pthread_mutex_init(&s.lock, NULL);
	pthread_cond_init(&s.changed, NULL);
	sigset_t old_mask;
	sigemptyset(&old_mask);
	bool ok = start(&s, &old_mask);
	if (ok) {
		rebuild(&s);
		pthread_mutex_lock(&s.lock);
		char prefix[PREFIX_MAX];
		memcpy(prefix, s.prefix, sizeof prefix);
		pthread_mutex_unlock(&s.lock);
		printf("plansite: serving %s%s (watching %s and %s; Ctrl-C to stop)\n", s.origin,
		       prefix, o->content, o->theme);
		fflush(stdout);
		loop(&s);
		printf("plansite: stopped\n");
		fflush(stdout);
	}
	stop(&s, &old_mask);
	return ok ? 0 : EXIT_STARTUP;
}
