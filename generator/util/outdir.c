/* outdir.c - see outdir.h */
#define _GNU_SOURCE /* renameat2 */
#include "outdir.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

static char *
join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *s = xmalloc(n);
	snprintf(s, n, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", name);
	return s;
}

static char *
copy(const char *s, size_t n)
{
	char *c = xmalloc(n + 1);
	memcpy(c, s, n);
	c[n] = '\0';
	return c;
}

/* The absolute form of path, which need not exist: the longest existing prefix is resolved
 * with realpath() and the missing rest appended. NULL with errno set on failure; EINVAL for
 * a "." or ".." after a missing folder (it cannot be resolved without the folder). */
static char *
absolute(const char *path)
{
	char *resolved = realpath(path, NULL);
	if (resolved || errno != ENOENT)
		return resolved;
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	const char *slash = NULL;
	for (size_t i = n; i-- > 0;)
		if (path[i] == '/') {
			slash = path + i;
			break;
		}
	const char *name = slash ? slash + 1 : path;
	size_t name_len = n - (size_t)(name - path);
	if ((name_len == 1 && name[0] == '.') ||
	    (name_len == 2 && name[0] == '.' && name[1] == '.')) {
		errno = EINVAL;
		return NULL;
	}
	char *parent_path =
	    slash ? copy(path, slash == path ? 1 : (size_t)(slash - path)) : copy(".", 1);
	char *parent = absolute(parent_path);
	free(parent_path);
	if (!parent)
		return NULL;
	char *leaf = copy(name, name_len);
	char *out = join(parent, leaf);
	free(leaf);
	free(parent);
	return out;
}

/* inner is outer, or lies somewhere below it. */
static bool
is_within(const char *inner, const char *outer)
{
	size_t n = strlen(outer);
	if (strcmp(outer, "/") == 0)
		return true;
	return strncmp(inner, outer, n) == 0 && (inner[n] == '\0' || inner[n] == '/');
}

bool
outdir_resolve(outdir *o, const char *out, const char *const *protect, size_t n, diag *d)
{
	memset(o, 0, sizeof *o);
	o->lock_fd = -1;
	o->given = out;
	mark at = {out, 0, 0};
	char *abs = absolute(out);
	if (!abs) {
		diag_io_error(d, at, "cannot resolve the output folder: %s", strerror(errno));
		return false;
	}
	if (strcmp(abs, "/") == 0) {
		diag_io_error(d, at, "the output folder cannot be the root folder");
		free(abs);
		return false;
	}
	char *slash = strrchr(abs, '/');
	o->parent = copy(abs, slash == abs ? 1 : (size_t)(slash - abs));
	o->name = copy(slash + 1, strlen(slash + 1));
	o->path = abs;
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		if (!protect[i])
			continue;
		char *p = realpath(protect[i], NULL);
		if (!p)
			continue; /* a missing source folder is reported by its own stage */
		const char *how = strcmp(p, abs) == 0 ? "is"
		                  : is_within(p, abs) ? "contains"
		                  : is_within(abs, p) ? "lies inside"
		                                      : NULL;
		if (how) {
			diag_io_error(
			    d, at,
			    "the output folder %s '%s'; a build replaces the output folder, "
			    "so it would delete it: choose another --out",
			    how, protect[i]);
			ok = false;
		}
		free(p);
	}
	struct stat st;
	if (ok && lstat(abs, &st) == 0 && !S_ISDIR(st.st_mode)) {
		diag_io_error(d, at, "the output exists and is not a folder%s",
		              S_ISLNK(st.st_mode) ? " (a symbolic link)" : "");
		ok = false;
	}
	return ok;
}

/* Temporary folders of this output are ".NAME.new-" plus six mkdtemp characters. */
static bool
is_temp_of(const char *entry, const char *name)
{
	size_t n = strlen(name);
	return entry[0] == '.' && strncmp(entry + 1, name, n) == 0 &&
	       strncmp(entry + 1 + n, ".new-", 5) == 0 && strlen(entry + 1 + n + 5) == 6;
}

/* With the lock held no other build is running here, so leftovers are from killed builds. */
static bool
clean_leftovers(outdir *o, diag *d)
{
	arena a;
	arena_init(&a);
	char **names;
	int n = fs_list(&a, o->parent, true, &names);
	bool ok = n >= 0;
	if (!ok)
		diag_io_error(d, (mark){o->parent, 0, 0}, "cannot read folder: %s",
		              strerror(errno));
	for (int i = 0; i < n; i++) {
		if (!is_temp_of(names[i], o->name))
			continue;
		const char *stale = fs_join(&a, o->parent, names[i]);
		if (!fs_remove_tree(stale)) {
			diag_io_error(d, (mark){stale, 0, 0},
			              "cannot remove the folder left by an interrupted build: %s",
			              strerror(errno));
			ok = false;
		}
	}
	/* Two renames (the fallback swap) killed half-way leave NAME.old and no NAME. */
	const char *old = arena_printf(&a, "%s.old", o->path);
	struct stat st;
	if (ok && lstat(old, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (lstat(o->path, &st) != 0 && errno == ENOENT) {
			if (rename(old, o->path) != 0) {
				diag_io_error(d, (mark){old, 0, 0},
				              "cannot restore the site left here by an interrupted "
				              "build: %s",
				              strerror(errno));
				ok = false;
			} else
				fprintf(stderr,
				        "plansite: restored %s from %s.old, left by an interrupted "
				        "build\n",
				        o->given, o->given);
		} else if (!fs_remove_tree(old)) {
			diag_io_error(d, (mark){old, 0, 0},
			              "cannot remove the previous site left by an interrupted "
			              "build: %s",
			              strerror(errno));
			ok = false;
		}
	}
	arena_free(&a);
	return ok;
}

bool
outdir_prepare(outdir *o, bool wait, diag *d)
{
	mark at = {o->given, 0, 0};
	if (!fs_mkdir_p(o->parent)) {
		diag_io_error(d, (mark){o->parent, 0, 0}, "cannot create folder: %s",
		              strerror(errno));
		return false;
	}
	o->lock_fd = open(o->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (o->lock_fd < 0) {
		diag_io_error(d, (mark){o->parent, 0, 0}, "cannot open folder: %s",
		              strerror(errno));
		return false;
	}
	int r;
	while ((r = flock(o->lock_fd, LOCK_EX | (wait ? 0 : LOCK_NB))) != 0 && errno == EINTR)
		;
	if (r != 0) {
		if (errno == EWOULDBLOCK)
			diag_io_error(d, at,
			              "another build is writing into the folder '%s' (it holds the "
			              "lock on it); run one build at a time, or pass --wait",
			              o->parent);
		else
			diag_io_error(d, at, "cannot lock the folder '%s': %s", o->parent,
			              strerror(errno));
		close(o->lock_fd);
		o->lock_fd = -1;
		return false;
	}
	if (!clean_leftovers(o, d))
		return false;
	size_t n = strlen(o->parent) + strlen(o->name) + 16;
	o->fresh = xmalloc(n);
	snprintf(o->fresh, n, "%s%s.%s.new-XXXXXX", o->parent,
	         strcmp(o->parent, "/") == 0 ? "" : "/", o->name);
	/* mkdtemp makes the folder 0700; a published site must be readable by a web server. */
	if (!mkdtemp(o->fresh) || chmod(o->fresh, 0755) != 0) {
		diag_io_error(d, at, "cannot create a temporary folder beside the output: %s",
		              strerror(errno));
		if (access(o->fresh, F_OK) != 0) {
			free(o->fresh);
			o->fresh = NULL;
		}
		return false;
	}
	return true;
}

bool
outdir_recover(outdir *o, diag *d)
{
	int fd = open(o->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return true; /* no parent yet: nothing to recover */
	bool ok = true;
	if (flock(fd, LOCK_EX | LOCK_NB) == 0) /* else a running build will see to it */
		ok = clean_leftovers(o, d);
	close(fd);
	return ok;
}

/* The old site, moved away by the swap, is removed; a failure leaves the new site in place
 * and says where the old one is. */
static void
remove_previous(const char *old, diag *d)
{
	if (!fs_remove_tree(old))
		diag_warning(d, (mark){old, 0, 0},
		             "the new site is in place, but the previous one could not be "
		             "removed: %s",
		             strerror(errno));
}

bool
outdir_publish(outdir *o, diag *d)
{
	mark at = {o->given, 0, 0};
	struct stat st;
	if (lstat(o->path, &st) != 0) {
		if (errno != ENOENT || rename(o->fresh, o->path) != 0) {
			diag_io_error(d, at, "cannot put the new site in place: %s",
			              strerror(errno));
			return false;
		}
		free(o->fresh);
		o->fresh = NULL;
		return true;
	}
#ifdef RENAME_EXCHANGE
	if (renameat2(AT_FDCWD, o->fresh, AT_FDCWD, o->path, RENAME_EXCHANGE) == 0) {
		remove_previous(o->fresh, d); /* the exchange left the old site there */
		free(o->fresh);
		o->fresh = NULL;
		return true;
	}
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
		diag_io_error(d, at, "cannot put the new site in place: %s", strerror(errno));
		return false;
	}
#endif
	return outdir_publish_renames(o, d);
}

bool
outdir_publish_renames(outdir *o, diag *d)
{
	mark at = {o->given, 0, 0};
	/* A crash between the two renames leaves NAME.old, which the next build restores
	 * (clean_leftovers). */
	size_t n = strlen(o->path) + 5;
	char *old = xmalloc(n);
	snprintf(old, n, "%s.old", o->path);
	bool ok = false;
	if (rename(o->path, old) != 0)
		diag_io_error(d, at, "cannot move the previous site aside: %s", strerror(errno));
	else if (rename(o->fresh, o->path) != 0) {
		int e = errno;
		if (rename(old, o->path) != 0)
			diag_io_error(d, at,
			              "cannot put the new site in place (%s), nor the previous one "
			              "back (%s): it is in %s.old and the next build restores it",
			              strerror(e), strerror(errno), o->given);
		else
			diag_io_error(d, at, "cannot put the new site in place: %s", strerror(e));
	} else {
		ok = true;
		free(o->fresh);
		o->fresh = NULL;
		remove_previous(old, d);
	}
	free(old);
	return ok;
}

void
outdir_close(outdir *o, diag *d)
{
	if (o->fresh && !fs_remove_tree(o->fresh))
		diag_io_error(d, (mark){o->fresh, 0, 0},
		              "cannot remove the temporary folder of this build: %s",
		              strerror(errno));
	if (o->lock_fd >= 0)
		close(o->lock_fd); /* releases the lock */
	free(o->fresh);
	free(o->parent);
	free(o->name);
	free(o->path);
	memset(o, 0, sizeof *o);
	o->lock_fd = -1;
}
