/* map.h - a string-keyed hash table (open addressing) whose storage lives in an arena.
 * Keys are not copied: they must outlive the map (arena strings do). Lookups are O(1), so
 * resolving every id of a large content tree stays linear. */
#ifndef PLANSITE_MAP_H
#define PLANSITE_MAP_H

#include <stddef.h>

#include "arena.h"

typedef struct map_entry {
	const char *key;
	size_t keylen;
	void *value;
} map_entry;

typedef struct map {
	arena *arena;
	map_entry *slots;
	size_t len, cap;
} map;

void map_init(map *m, arena *a);
void *map_get(const map *m, const char *key);
void *map_getn(const map *m, const char *key, size_t keylen);
/* Stores value under key. Returns the value already stored (and keeps it), or NULL if the
 * key was new: callers use that to report duplicates. */
void *map_put(map *m, const char *key, void *value);

#endif
