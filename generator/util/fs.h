/* fs.h - the file system as plansite needs it: whole-file reads, sorted directory listings,
 * and the atomic output swap that keeps a failed build from touching the published site. */
#ifndef PLANSITE_FS_H
#define PLANSITE_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Reads a whole file into arena memory (NUL-terminated). Returns NULL and sets errno on
 * failure. */
char *fs_read(arena *a, const char *path, size_t *len);
/* Writes data to path, creating or truncating it. Returns false and sets errno on failure. */
bool fs_write(const char *path, const void *data, size_t len);
bool fs_is_dir(const char *path);
bool fs_is_file(const char *path);
/* Creates path and its missing parents (mode 0755). */
bool fs_mkdir_p(const char *path);
/* Removes a file or a whole tree; a missing path is not an error. */
bool fs_remove_tree(const char *path);
/* Names in a directory (no "." or ".."), sorted bytewise, in arena memory. Returns the count,
 * or -1 with errno set. Entries starting with '.' are skipped unless all is set. */
int fs_list(arena *a, const char *dir, bool all, char ***names);
/* Copies a tree (files and folders) from src into dst, which is created. */
bool fs_copy_tree(const char *src, const char *dst);
/* Atomically replaces folder dst with folder fresh: dst is renamed away, fresh renamed into
 * place, the old tree removed. On failure dst is left as it was. */
bool fs_swap_dir(const char *fresh, const char *dst);
/* "a/b" + "c" -> "a/b/c" in arena memory. */
char *fs_join(arena *a, const char *dir, const char *name);

#endif
