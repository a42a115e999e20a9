/* arena.c - see arena.h */
#include "arena.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	arena_block *next;
	size_t used, size;
	max_align_t data[]; /* aligned start */
};

enum { ARENA_BLOCK = 64 * 1024 };

static void
out_of_memory(size_t n)
{
	fprintf(stderr, "plansite: error: out of memory (allocating %zu bytes)\n", n);
	exit(2);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory(n);
	return q;
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

void
arena_init(arena *a)
{
	a->head = NULL;
	a->total = 0;
	a->spare = NULL;
}

static void
free_blocks(arena_block *b)
{
	while (b) {
		arena_block *next = b->next;
		free(b);
		b = next;
	}
}

void
arena_free(arena *a)
{
	free_blocks(a->head);
	free_blocks(a->spare);
	a->head = NULL;
	a->spare = NULL;
	a->total = 0;
}

void
arena_reset(arena *a)
{
	arena_block *b = a->head;
	while (b) {
		arena_block *next = b->next;
		b->next = a->spare;
		a->spare = b;
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

/* A block of at least size bytes: a spare one when one is big enough, else a new one. */
static arena_block *
block_new(arena *a, size_t size)
{
	for (arena_block **p = &a->spare; *p; p = &(*p)->next) {
		arena_block *b = *p;
		if (b->size >= size) {
			*p = b->next;
			b->used = 0;
			return b;
		}
	}
	arena_block *nb = xmalloc(sizeof(arena_block) + size);
	nb->used = 0;
	nb->size = size;
	return nb;
}

/* n bytes, not zeroed, at the given alignment (a power of two, at most max_align_t's). */
static void *
alloc_aligned(arena *a, size_t n, size_t align)
{
	arena_block *b = a->head;
	size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
	if (!b || at > b->size || b->size - at < n) {
		/* Large requests get a block of their own so the current block keeps its space. */
		bool own = n > ARENA_BLOCK / 4;
		arena_block *nb = block_new(a, own ? n : ARENA_BLOCK);
		if (b && own) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
		at = 0;
	}
	void *p = (char *)b->data + at;
	b->used = at + n;
	a->total += n;
	return p;
}

void *
arena_alloc(arena *a, size_t n)
{
	const size_t align = _Alignof(max_align_t);
	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	return memset(alloc_aligned(a, n, align), 0, n);
}

char *
arena_strndup(arena *a, const char *s, size_t n)
{
	/* Text needs no alignment: packing it saves a third of the memory of loaded content. */
	char *p = alloc_aligned(a, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_vprintf(arena *a, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
arena_printf(arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void
ptrvec_push(arena *a, ptrvec *v, void *item)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		void **items = arena_alloc(a, cap * sizeof(void *));
		if (v->len)
			memcpy(items, v->items, v->len * sizeof(void *));
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = item;
}
