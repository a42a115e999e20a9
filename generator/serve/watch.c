/* watch.c - inotify over whole folder trees. See watch.h. */
#include "serve/watch.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/arena.h"

enum {
	WATCH_MASK = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
	             IN_DELETE_SELF | IN_ONLYDIR
};

void
watch_init(watcher *w)
{
	*w = (watcher){.fd = -1};
}

bool
watch_open(watcher *w)
{
	w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	return w->fd >= 0;
}

bool
watch_ignored_name(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || name[0] == '.' || name[n - 1] == '~')
		return true;
	if (strcmp(name, "4913") == 0) /* vim's probe that the folder is writable */
		return true;
	return n > 4 && (strcmp(name + n - 4, ".swp") == 0 || strcmp(name + n - 4, ".swx") == 0 ||
	                 strcmp(name + n - 4, ".tmp") == 0);
}

static const char *
watch_path_of(const watcher *w, int wd)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd)
			return w->dirs[i].path;
	return NULL;
}

static void
watch_forget(watcher *w, int wd)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->dirs[i].wd == wd) {
			free(w->dirs[i].path);
			w->dirs[i] = w->dirs[--w->n];
			return;
		}
}

bool
watch_add_tree(watcher *w, const char *dir)
{
	int wd = inotify_add_watch(w->fd, dir, WATCH_MASK);
	if (wd < 0)
		return false;
	if (!watch_path_of(w, wd)) {
		if (w->n == w->cap) {
			w->cap = w->cap ? w->cap * 2 : 16;
			w->dirs = xrealloc(w->dirs, w->cap * sizeof *w->dirs);
		}
		w->dirs[w->n++] = (watch_dir){wd, xstrdup(dir)};
	}
	DIR *d = opendir(dir);
	if (!d)
		return false;
	bool ok = true;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(dir) + strlen(e->d_name) + 2;
		char *child = xmalloc(n);
		snprintf(child, n, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(child, &st) == 0 && S_ISDIR(st.st_mode))
			ok = watch_add_tree(w, child) && ok;
		free(child);
	}
	closedir(d);
	return ok;
}

int
watch_read(watcher *w)
{
	char events[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
	int changes = 0;
	for (;;) {
		ssize_t got = read(w->fd, events, sizeof events);
		if (got < 0) {
			if (errno == EAGAIN)
				return changes;
			if (errno == EINTR)
				continue;
			return -1;
		}
		for (char *p = events; p < events + got;) {
			const struct inotify_event *e = (const struct inotify_event *)(void *)p;
			p += sizeof *e + e->len;
			if (e->mask & IN_Q_OVERFLOW) { /* events were lost: assume a change */
				changes++;
				continue;
			}
			if (e->len && watch_ignored_name(e->name))
				continue;
			const char *parent = watch_path_of(w, e->wd);
			if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)) &&
			    parent) {
				size_t n = strlen(parent) + strlen(e->name) + 2;
				char *child = xmalloc(n);
				snprintf(child, n, "%s/%s", parent, e->name);
				watch_add_tree(w, child); /* a folder gone already is no error */
				free(child);
			}
			if (e->mask & IN_IGNORED) { /* the folder is gone: forget its watch */
				watch_forget(w, e->wd);
				continue;
			}
			changes++;
		}
	}
}

void
watch_close(watcher *w)
{
	if (w->fd >= 0)
		close(w->fd);
	for (size_t i = 0; i < w->n; i++)
		free(w->dirs[i].path);
	free(w->dirs);
	watch_init(w);
}
