/* watch.h - the content and theme folders watched for saved files (Linux inotify).
 *
 * inotify watches one folder at a time, so every subfolder gets its own watch, and folders
 * created later are added as they appear. Editors save by writing a temporary file and
 * renaming it over the old one, so the watch is on closed-after-writing, moved-in, created and
 * deleted files; editor swap and backup files (".x.swp", "x~", ".#x") are not changes. */
#ifndef PLANSITE_SERVE_WATCH_H
#define PLANSITE_SERVE_WATCH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct watch_dir {
	int wd;
	char *path; /* malloc'd */
} watch_dir;

typedef struct watcher {
	int fd; /* the inotify descriptor, non-blocking: poll it for reading */
	watch_dir *dirs;
	size_t n, cap;
} watcher;

/* Starts watching dir and every folder below it. Returns false with errno set (the
 * watcher stays usable for other folders). Call watch_init first. */
void watch_init(watcher *w);
bool watch_open(watcher *w);
bool watch_add_tree(watcher *w, const char *dir);
/* Reads the pending events; returns how many were changes worth a rebuild (0 if none), or
 * -1 with errno set. New folders are watched as a side effect. */
int watch_read(watcher *w);
void watch_close(watcher *w);

/* True for names editors write beside the real file while saving: never a change. */
bool watch_ignored_name(const char *name);

#endif
