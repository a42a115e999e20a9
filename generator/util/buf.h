/* buf.h - a growable byte buffer (heap), the output side of every renderer. */
#ifndef PLANSITE_BUF_H
#define PLANSITE_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
	char *data; /* always NUL-terminated when len > 0 or after buf_cstr */
	size_t len, cap;
} buf;

#define BUF_INIT                                                                                   \
	{                                                                                          \
		NULL, 0, 0                                                                         \
	}

void buf_free(buf *b);
void buf_reset(buf *b); /* empty, keep the storage */
void buf_grow(buf *b, size_t extra);
void buf_add(buf *b, const void *data, size_t n);
void buf_adds(buf *b, const char *s);
/* One byte; inline, since escapers and writers call it per character. */
void buf_addc_grow(buf *b, char c);
static inline void
buf_addc(buf *b, char c)
{
	if (b->len + 2 > b->cap) {
		buf_addc_grow(b, c);
		return;
	}
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
/* The contents as a C string; valid until the next change. Never NULL. */
const char *buf_cstr(buf *b);

#endif
