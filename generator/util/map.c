/* map.c - see map.h */
#include "map.h"

#include <stdint.h>
#include <string.h>

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void
map_init(map *m, arena *a)
{
	m->arena = a;
	m->slots = NULL;
	m->len = m->cap = 0;
}

static map_entry *
find(const map *m, const char *key, size_t n)
{
	size_t mask = m->cap - 1;
	for (size_t i = hash(key, n) & mask;; i = (i + 1) & mask) {
		map_entry *e = &m->slots[i];
		if (!e->key || (e->keylen == n && memcmp(e->key, key, n) == 0))
			return e;
	}
}

void *
map_getn(const map *m, const char *key, size_t keylen)
{
	if (m->cap == 0)
		return NULL;
	map_entry *e = find(m, key, keylen);
	return e->key ? e->value : NULL;
}

void *
map_get(const map *m, const char *key)
{
	return map_getn(m, key, strlen(key));
}

void *
map_put(map *m, const char *key, void *value)
{
	if ((m->len + 1) * 4 > m->cap * 3) {
		size_t cap = m->cap ? m->cap * 2 : 16;
		map old = *m;
		m->slots = arena_alloc(m->arena, cap * sizeof(map_entry));
		m->cap = cap;
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i].key)
				*find(m, old.slots[i].key, old.slots[i].keylen) = old.slots[i];
	}
	size_t n = strlen(key);
	map_entry *e = find(m, key, n);
	if (e->key)
		return e->value;
	e->key = key;
	e->keylen = n;
	e->value = value;
	m->len++;
	return NULL;
}
