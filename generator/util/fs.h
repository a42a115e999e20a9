/* fs.h - the file system as plansite needs it: whole-file reads, sorted directory listings,
 * and the atomic output swap that keeps a failed build from touching the published site. */
#ifndef PLANSITE_FS_H
#define PLANSITE_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Files larger than this are not read whole (EFBIG): content and templates are text. */
#define FS_READ_MAX ((size_t)256 << 20)

/* Reads a whole regular file into arena memory (NUL-terminated). Returns NULL and sets errno
 * on failure: EINVAL for a FIFO, device or socket (never opened in a way that blocks),
 * EISDIR for a folder, EFBIG above FS_READ_MAX. */
char *fs_read(arena *a, const char *path, size_t *len);
/* Writes data to path, creating or truncating it, with mode 0644. Returns false and sets
 * errno on failure. */
bool fs_write(const char *path, const void *data, size_t len);
bool fs_is_dir(const char *path);
bool fs_is_file(const char *path);
/* Creates path and its missing parents (mode 0755 whatever the umask). */
bool fs_mkdir_p(const char *path);
/* Removes a file or a whole tree; a missing path is not an error. */
bool fs_remove_tree(const char *path);
/* Names in a directory (no "." or ".."), sorted bytewise, in arena memory. Returns the count,
 * or -1 with errno set. Entries starting with '.' are skipped unless all is set. */
int fs_list(arena *a, const char *dir, bool all, char ***names);
/* Copies regular file src to dst (mode 0644) in chunks, so any size fits in memory; *bytes
 * is the size copied. On failure errno is set and *source_failed says which side failed. */
bool fs_copy_file(const char *src, const char *dst, size_t *bytes, bool *source_failed);
/* "a FIFO", "a folder"... for a st_mode, in messages. */
const char *fs_kind(unsigned mode);
/* "a/b" + "c" -> "a/b/c" in arena memory. */
char *fs_join(arena *a, const char *dir, const char *name);

#endif
