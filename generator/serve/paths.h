/* paths.h - what a request address means inside the served site: the local prefix, the file
 * it names (never outside the site), and the content type of that file.
 *
 * Pure functions over strings, plus one that opens a file beneath a folder without ever
 * following a symbolic link; the server (serve.c) only glues them to HTTP. */
#ifndef PLANSITE_SERVE_PATHS_H
#define PLANSITE_SERVE_PATHS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	SERVE_PATH_FILE,      /* out holds a relative file path ("plans/a/index.html") */
	SERVE_PATH_DIRECTORY, /* out holds a folder ending in '/' ("" for the root) */
	SERVE_PATH_OUTSIDE,   /* the address is not under the site's prefix */
	SERVE_PATH_FORBIDDEN, /* a ".." segment, a NUL or a backslash: never served */
	SERVE_PATH_TOO_LONG
} serve_path_kind;

/* Resolves a decoded request path (it starts with '/') under prefix ("/" or "/plans/", with
 * both slashes) into a path relative to the site's folder, written to out (size outlen).
 * Empty and "." segments are dropped; ".." anywhere is refused rather than resolved. A path
 * ending in '/' names a folder. */
serve_path_kind serve_path_resolve(const char *url, const char *prefix, char *out, size_t outlen);

/* The Content-Type for a file name, by its extension ("feed.xml" is Atom). Never NULL. */
const char *serve_content_type(const char *path);

/* The path part of an absolute base URL, with both slashes: "https://x.org/plans" gives
 * "/plans/", NULL or "https://x.org" gives "/". Written to out; false if it does not fit or
 * the path holds characters that would need escaping. */
bool serve_base_path(const char *base_url, char *out, size_t outlen);

/* Opens relative path rel (as resolved above, no ".." segments) beneath the open folder
 * root_fd, refusing symbolic links at every step (O_NOFOLLOW): a link inside the site can
 * never lead out of it. A folder opens as its index.html when index is set. Returns a file
 * descriptor for a regular file, or -1 with errno set (ENOENT, ELOOP, EISDIR, ...);
 * *is_dir tells whether rel named a folder. */
int serve_open_beneath(int root_fd, const char *rel, bool index, bool *is_dir);

#endif
