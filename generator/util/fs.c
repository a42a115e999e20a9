/* fs.c - see fs.h */
#define _POSIX_C_SOURCE 200809L
#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool write_all(int fd, const void *data, size_t len);

const char *
fs_kind(unsigned mode)
{
	return S_ISDIR(mode)    ? "a folder"
	       : S_ISFIFO(mode) ? "a FIFO"
	       : S_ISCHR(mode)  ? "a character device"
	       : S_ISBLK(mode)  ? "a block device"
	       : S_ISSOCK(mode) ? "a socket"
	       : S_ISLNK(mode)  ? "a symbolic link"
	                        : "a regular file";
}

/* Opens path for reading only if it is a regular file. O_NONBLOCK keeps open() itself from
 * blocking on a FIFO put there after the first check; the type is checked again on the open
 * file, so nothing can swap it. */
static int
open_regular(const char *path, struct stat *st)
{
	/* The type first: a device is never opened (opening some has effects of its own). */
	if (stat(path, st) == 0 && !S_ISREG(st->st_mode)) {
		errno = S_ISDIR(st->st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	bool stat_failed = fstat(fd, st) != 0;
	if (stat_failed || !S_ISREG(st->st_mode)) {
		int e = stat_failed ? errno : S_ISDIR(st->st_mode) ? EISDIR : EINVAL;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

char *
fs_read(arena *a, const char *path, size_t *len)
{
	struct stat st;
	int fd = open_regular(path, &st);
	if (fd < 0)
		return NULL;
	if ((unsigned long long)st.st_size > FS_READ_MAX) {
		close(fd);
		errno = EFBIG;
		return NULL;
	}
	size_t size = (size_t)st.st_size, got = 0;
	char *data = arena_alloc(a, size + 1);
	while (got < size) {
		ssize_t n = read(fd, data + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = n < 0 ? errno : EIO;
			close(fd);
			errno = e;
			return NULL;
		}
		got += (size_t)n;
	}
	close(fd);
	data[size] = '\0';
	if (len)
		*len = size;
	return data;
}

bool
fs_write(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return false;
	return write_all(fd, data, len);
}

bool
fs_copy_file(const char *src, const char *dst, size_t *bytes, bool *source_failed)
{
	*bytes = 0;
	*source_failed = true;
	struct stat st;
	int in = open_regular(src, &st);
	if (in < 0)
		return false;
	*source_failed = false;
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out < 0) {
		int e = errno;
		close(in);
		errno = e;
		return false;
	}
	enum { CHUNK = 1 << 16 };
	char *chunk = xmalloc(CHUNK);
	bool ok = true;
	for (;;) {
		ssize_t n = read(in, chunk, CHUNK);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			ok = n == 0;
			*source_failed = !ok;
			break;
		}
		const char *p = chunk;
		for (size_t left = (size_t)n; left > 0;) {
			ssize_t w = write(out, p, left);
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0) {
				ok = false;
				break;
			}
			p += w;
			left -= (size_t)w;
		}
		if (!ok)
			break;
		*bytes += (size_t)n;
	}
	int e = errno;
	free(chunk);
	close(in);
	ok = write_all(out, NULL, 0) && ok; /* fchmod and close, both checked */
	if (!ok && e)
		errno = e;
	return ok;
}

/* Writes len bytes to fd, gives the file the published mode whatever the umask or the
 * source's mode, and closes fd; false with errno set if any of it failed. */
static bool
write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			errno = e;
			return false;
		}
		p += n;
		len -= (size_t)n;
	}
	if (fchmod(fd, 0644) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return false;
	}
	return close(fd) == 0;
}

bool
fs_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool
fs_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* mkdir with the published mode, whatever the umask. */
static bool
made(const char *p)
{
	return mkdir(p, 0755) == 0 && chmod(p, 0755) == 0;
}

/* mkdir -p of p (len n, modified and restored): one mkdir() when the parent exists, which
 * is the common case (a site's folders are made parent first); parents only on ENOENT. */
static bool
mkdir_p(char *p, size_t n)
{
	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	if (made(p))
		return true;
	if (errno == EEXIST)
		return fs_is_dir(p);
	if (errno != ENOENT)
		return false;
	char *slash = strrchr(p, '/');
	if (!slash || slash == p)
		return false;
	*slash = '\0';
	bool ok = mkdir_p(p, (size_t)(slash - p));
	*slash = '/';
	if (!ok)
		return false;
	return made(p) || (errno == EEXIST && fs_is_dir(p));
}

bool
fs_mkdir_p(const char *path)
{
	size_t n = strlen(path);
	char *p = xmalloc(n + 1);
	memcpy(p, path, n + 1);
	bool ok = n > 0 && mkdir_p(p, n);
	free(p);
	return ok;
}

bool
fs_remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT;
	if (!S_ISDIR(st.st_mode))
		return unlink(path) == 0;
	DIR *d = opendir(path);
	if (!d)
		return false;
	int first_error = 0; /* the cause, not the ENOTEMPTY that follows from it */
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		size_t n = strlen(path) + strlen(e->d_name) + 2;
		char *child = xmalloc(n);
		snprintf(child, n, "%s/%s", path, e->d_name);
		if (!fs_remove_tree(child) && !first_error)
			first_error = errno;
		free(child);
	}
	closedir(d);
	if (rmdir(path) == 0 && !first_error)
		return true;
	if (first_error)
		errno = first_error;
	return false;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
fs_list(arena *a, const char *dir, bool all, char ***names)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	ptrvec v = {0};
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (!all && e->d_name[0] == '.')
			continue;
		ptrvec_push(a, &v, arena_strdup(a, e->d_name));
	}
	closedir(d);
	if (v.len)
		qsort(v.items, v.len, sizeof(char *), compare_names);
	*names = (char **)v.items;
	return (int)v.len;
}

char *
fs_join(arena *a, const char *dir, const char *name)
{
	size_t n = strlen(dir);
	if (n && dir[n - 1] == '/')
		return arena_printf(a, "%s%s", dir, name);
	return arena_printf(a, "%s/%s", dir, name);
}
