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

char *
fs_read(arena *a, const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	struct stat st;
	bool stat_failed = fstat(fd, &st) != 0;
	if (stat_failed || !S_ISREG(st.st_mode)) {
		int e = stat_failed ? errno : S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		close(fd);
		errno = e;
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
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return false;
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

/* mkdir -p of p (len n, modified and restored): one mkdir() when the parent exists, which
 * is the common case (a site's folders are made parent first); parents only on ENOENT. */
static bool
mkdir_p(char *p, size_t n)
{
	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	if (mkdir(p, 0755) == 0)
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
	return mkdir(p, 0755) == 0 || (errno == EEXIST && fs_is_dir(p));
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
	bool ok = true;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		size_t n = strlen(path) + strlen(e->d_name) + 2;
		char *child = xmalloc(n);
		snprintf(child, n, "%s/%s", path, e->d_name);
		ok = fs_remove_tree(child) && ok;
		free(child);
	}
	closedir(d);
	return rmdir(path) == 0 && ok;
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

bool
fs_copy_tree(const char *src, const char *dst)
{
	arena a;
	arena_init(&a);
	bool ok = true;
	if (fs_is_dir(src)) {
		char **names;
		int n = fs_list(&a, src, true, &names);
		ok = n >= 0 && fs_mkdir_p(dst);
		for (int i = 0; ok && i < n; i++)
			ok = fs_copy_tree(fs_join(&a, src, names[i]), fs_join(&a, dst, names[i]));
	} else {
		size_t len;
		char *data = fs_read(&a, src, &len);
		ok = data && fs_write(dst, data, len);
	}
	arena_free(&a);
	return ok;
}

bool
fs_swap_dir(const char *fresh, const char *dst)
{
	size_t n = strlen(dst) + 16;
	char *old = xmalloc(n);
	snprintf(old, n, "%s.old", dst);
	fs_remove_tree(old);
	bool had_old = fs_is_dir(dst);
	if (had_old && rename(dst, old) != 0) {
		free(old);
		return false;
	}
	if (rename(fresh, dst) != 0) {
		int e = errno;
		if (had_old)
			rename(old, dst);
		free(old);
		errno = e;
		return false;
	}
	if (had_old)
		fs_remove_tree(old);
	free(old);
	return true;
}

char *
fs_join(arena *a, const char *dir, const char *name)
{
	size_t n = strlen(dir);
	if (n && dir[n - 1] == '/')
		return arena_printf(a, "%s%s", dir, name);
	return arena_printf(a, "%s/%s", dir, name);
}
