/* value.h - one generic tree of maps, lists and scalars, each with its source mark.
 *
 * YAML and JSON files load into it (yaml.h); templates read from it (mustache/); the site
 * stage builds page data in it. It knows nothing of plans. All memory belongs to an arena. */
#ifndef PLANSITE_VALUE_H
#define PLANSITE_VALUE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"

typedef enum {
	VALUE_NULL,
	VALUE_BOOL,
	VALUE_NUMBER,
	VALUE_STRING,
	VALUE_LIST,
	VALUE_MAP,
} value_kind;

typedef struct value value;
struct value {
	value_kind kind;
	mark at;       /* where it was written; file NULL for values built in code */
	bool boolean;  /* VALUE_BOOL */
	double number; /* VALUE_NUMBER */
	/* Scalars: the text. For strings the content; for numbers, booleans and null the text as
	 * written (so `code: 1.10` keeps "1.10"). Always NUL-terminated; may hold NULs in strings
	 * that came from JSON escapes, hence len. */
	const char *str;
	size_t len;
	/* Lists: items[0..n). Maps: keys[i] (string values, with marks) -> items[i], in order. */
	value **items;
	value **keys;
	size_t n, cap;
};

value *value_null(arena *a);
value *value_bool(arena *a, bool b);
value *value_number(arena *a, double d);
value *value_string(arena *a, const char *s);            /* copies s */
value *value_stringn(arena *a, const char *s, size_t n); /* copies n bytes */
value *value_string_static(arena *a, const char *s);     /* keeps the pointer: s must outlive a */
value *value_list(arena *a);
value *value_map(arena *a);

void value_push(arena *a, value *list, value *item);
/* Appends key -> item (the key is copied). Does not look for an existing key. */
void value_set(arena *a, value *map, const char *key, value *item);
/* Appends key -> item, keeping the key value itself (a string, with its mark). */
void value_set_key(arena *a, value *map, value *key, value *item);
/* Shorthands for building page data. */
void value_set_str(arena *a, value *map, const char *key, const char *s); /* NULL s: nothing */
void value_set_num(arena *a, value *map, const char *key, double d);
void value_set_bool(arena *a, value *map, const char *key, bool b);

/* The value stored under key, or NULL. Linear: maps here are small records. */
value *value_get(const value *map, const char *key);
/* The key's own value (for its mark), or NULL. */
value *value_get_key(const value *map, const char *key);

/* A deep copy of v (NULL for NULL) in a: its lists, maps, keys and text. */
value *value_copy(arena *a, const value *v);

/* Truthiness as templates see it: null, false and the empty list are false; everything
 * else is true, including 0, "" and the quoted string "false". */
bool value_truthy(const value *v);
/* Shortest decimal text that reads back as d ("1.21", "85", "-3.5e+20"); out has 32 bytes. */
void value_format_number(double d, char out[32]);
const char *value_kind_name(value_kind k);

#endif
