/* arena.h - bump allocation freed all at once, and allocators that abort on out-of-memory.
 *
 * A build allocates everything (values, model, pages) from arenas and frees them together,
 * so no stage has to track ownership of individual strings. */
#ifndef PLANSITE_ARENA_H
#define PLANSITE_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
	arena_block *head;
	size_t total;       /* bytes handed out, for --timings and tests */
	arena_block *spare; /* blocks kept by arena_reset for reuse */
} arena;

/* Heap allocation that never returns NULL: on failure it prints and exits(2). */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

void arena_init(arena *a);
/* Frees every block; the arena is empty and reusable afterwards. */
void arena_free(arena *a);
/* Empties the arena but keeps its blocks for the next allocations: for loops that build
 * and throw away similar data many times (one page after another), without returning
 * memory to the system and faulting it in again each time. */
void arena_reset(arena *a);
/* Zeroed memory aligned for any type, owned by the arena. */
void *arena_alloc(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena *a, const char *fmt, va_list ap);

/* A growable array of pointers whose storage lives in an arena. */
typedef struct ptrvec {
	void **items;
	size_t len, cap;
} ptrvec;
void ptrvec_push(arena *a, ptrvec *v, void *item);

#endif
