/* paths.c - request addresses to files of the served site. See paths.h. */
#include "serve/paths.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

serve_path_kind
serve_path_resolve(const char *url, const char *prefix, char *out, size_t outlen)
{
	size_t plen = strlen(prefix);
	/* "/plans" (no slash) is the prefix's own folder too. */
	if (strncmp(url, prefix, plen) != 0 &&
	    !(plen > 1 && strncmp(url, prefix, plen - 1) == 0 && url[plen - 1] == '\0'))
		return SERVE_PATH_OUTSIDE;
	const char *rest = url[plen - 1] == '\0' ? "" : url + plen;
	if (strchr(rest, '\\'))
		return SERVE_PATH_FORBIDDEN;
	size_t n = 0;
	bool folder = true; /* what the last segment seen was */
	const char *s = rest;
	while (*s) {
		const char *end = strchr(s, '/');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		if (len == 2 && s[0] == '.' && s[1] == '.')
			return SERVE_PATH_FORBIDDEN;
		if (len > 0 && !(len == 1 && s[0] == '.')) {
			if (n + len + 2 > outlen)
				return SERVE_PATH_TOO_LONG;
			if (n)
				out[n++] = '/';
			memcpy(out + n, s, len);
			n += len;
			folder = end != NULL;
		} else
			folder = true;
		s = end ? end + 1 : s + len;
	}
	if (outlen < 2)
		return SERVE_PATH_TOO_LONG;
	if (folder && n)
		out[n++] = '/';
	out[n] = '\0';
	return folder ? SERVE_PATH_DIRECTORY : SERVE_PATH_FILE;
}

typedef struct content_type {
	const char *suffix, *type;
} content_type;

static const content_type content_types[] = {
    {"feed.xml", "application/atom+xml"},
    {".html", "text/html; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".json", "application/json"},
    {".csv", "text/csv; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".xml", "application/xml"},
    {".atom", "application/atom+xml"},
    {".txt", "text/plain; charset=utf-8"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".gif", "image/gif"},
    {".webp", "image/webp"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".woff", "font/woff"},
    {".pdf", "application/pdf"},
};

const char *
serve_content_type(const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < sizeof content_types / sizeof content_types[0]; i++) {
		size_t k = strlen(content_types[i].suffix);
		if (n >= k && strcmp(path + n - k, content_types[i].suffix) == 0)
			return content_types[i].type;
	}
	return "application/octet-stream";
}

bool
serve_base_path(const char *base_url, char *out, size_t outlen)
{
	const char *path = "";
	if (base_url) {
		const char *scheme = strstr(base_url, "://");
		const char *host = scheme ? scheme + 3 : base_url;
		const char *slash = strchr(host, '/');
		path = slash ? slash : "";
	}
	size_t n = strcspn(path, "?#");
	if (n + 3 > outlen)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if (c <= ' ' || c >= 0x7f || c == '%' || c == '"' || c == '<' || c == '>' ||
		    c == '\\')
			return false;
	}
	size_t o = 0;
	if (n == 0 || path[0] != '/')
		out[o++] = '/';
	memcpy(out + o, path, n);
	o += n;
	if (out[o - 1] != '/')
		out[o++] = '/';
	out[o] = '\0';
	return true;
}

int
serve_open_beneath(int root_fd, const char *rel, bool index, bool *is_dir)
{
	*is_dir = false;
	int fd = openat(root_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	const char *s = rel;
	while (fd >= 0 && *s) {
		const char *end = strchr(s, '/');
		size_t len = end ? (size_t)(end - s) : strlen(s);
		char name[256];
		if (len == 0 || len >= sizeof name || (len == 2 && s[0] == '.' && s[1] == '.')) {
			close(fd);
			errno = len >= sizeof name ? ENAMETOOLONG : EACCES;
			return -1;
		}
		memcpy(name, s, len);
		name[len] = '\0';
		int next = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		int saved = errno;
		close(fd);
		errno = saved;
		fd = next;
		s = end ? end + 1 : s + len;
	}
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		*is_dir = true;
		if (!index) {
			close(fd);
			errno = EISDIR;
			return -1;
		}
		int file = openat(fd, "index.html", O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		int saved = errno;
		close(fd);
		if (file < 0) {
			errno = saved;
			return -1;
		}
		fd = file;
		if (fstat(fd, &st) != 0) {
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = EACCES;
		return -1;
	}
	return fd;
}
