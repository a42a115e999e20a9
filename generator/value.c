/* value.c - see value.h */
#include "value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static value *
new_value(arena *a, value_kind kind)
{
	value *v = arena_alloc(a, sizeof *v);
	v->kind = kind;
	v->str = "";
	return v;
}

value *
value_null(arena *a)
{
	value *v = new_value(a, VALUE_NULL);
	v->str = "null";
	v->len = 4;
	return v;
}

value *
value_bool(arena *a, bool b)
{
	value *v = new_value(a, VALUE_BOOL);
	v->boolean = b;
	v->str = b ? "true" : "false";
	v->len = strlen(v->str);
	return v;
}

value *
value_number(arena *a, double d)
{
	value *v = new_value(a, VALUE_NUMBER);
	char text[32];
	value_format_number(d, text);
	v->number = d;
	v->len = strlen(text);
	v->str = arena_strndup(a, text, v->len);
	return v;
}

value *
value_stringn(arena *a, const char *s, size_t n)
{
	value *v = new_value(a, VALUE_STRING);
	v->str = arena_strndup(a, s, n);
	v->len = n;
	return v;
}

value *
value_string(arena *a, const char *s)
{
	return value_stringn(a, s, strlen(s));
}

value *
value_string_static(arena *a, const char *s)
{
	value *v = new_value(a, VALUE_STRING);
	v->str = s;
	v->len = strlen(s);
	return v;
}

value *
value_copy(arena *a, const value *v)
{
	if (!v)
		return NULL;
	value *c = arena_alloc(a, sizeof *c);
	*c = *v;
	c->str = arena_strndup(a, v->str, v->len);
	c->items = c->keys = NULL;
	c->cap = v->n;
	if (v->n && v->items) {
		c->items = arena_alloc(a, v->n * sizeof *c->items);
		for (size_t i = 0; i < v->n; i++)
			c->items[i] = value_copy(a, v->items[i]);
	}
	if (v->n && v->keys) {
		c->keys = arena_alloc(a, v->n * sizeof *c->keys);
		for (size_t i = 0; i < v->n; i++)
			c->keys[i] = value_copy(a, v->keys[i]);
	}
	return c;
}

value *
value_list(arena *a)
{
	return new_value(a, VALUE_LIST);
}

value *
value_map(arena *a)
{
	return new_value(a, VALUE_MAP);
}

static void
grow(arena *a, value *v)
{
	if (v->n < v->cap)
		return;
	size_t cap = v->cap ? v->cap * 2 : 4;
	value **items = arena_alloc(a, cap * sizeof(value *));
	if (v->n)
		memcpy(items, v->items, v->n * sizeof(value *));
	v->items = items;
	if (v->kind == VALUE_MAP) {
		value **keys = arena_alloc(a, cap * sizeof(value *));
		if (v->n)
			memcpy(keys, v->keys, v->n * sizeof(value *));
		v->keys = keys;
	}
	v->cap = cap;
}

void
value_push(arena *a, value *list, value *item)
{
	grow(a, list);
	list->items[list->n++] = item;
}

void
value_set(arena *a, value *map, const char *key, value *item)
{
	/* Setting a key twice replaces its value: readers take the first match, so an appended
	 * duplicate would be invisible. */
	size_t n = strlen(key);
	for (size_t i = 0; i < map->n; i++)
		if (map->keys[i]->len == n && memcmp(map->keys[i]->str, key, n) == 0) {
			map->items[i] = item;
			return;
		}
	grow(a, map);
	map->keys[map->n] = value_string(a, key);
	map->items[map->n++] = item;
}

void
value_set_key(arena *a, value *map, value *key, value *item)
{
	grow(a, map);
	map->keys[map->n] = key;
	map->items[map->n++] = item;
}

void
value_set_str(arena *a, value *map, const char *key, const char *s)
{
	if (s)
		value_set(a, map, key, value_string(a, s));
}

void
value_set_num(arena *a, value *map, const char *key, double d)
{
	value_set(a, map, key, value_number(a, d));
}

void
value_set_bool(arena *a, value *map, const char *key, bool b)
{
	value_set(a, map, key, value_bool(a, b));
}

value *
value_get_key(const value *map, const char *key)
{
	if (!map || map->kind != VALUE_MAP)
		return NULL;
	size_t n = strlen(key);
	for (size_t i = 0; i < map->n; i++)
		if (map->keys[i]->len == n && memcmp(map->keys[i]->str, key, n) == 0)
			return map->keys[i];
	return NULL;
}

value *
value_get(const value *map, const char *key)
{
	if (!map || map->kind != VALUE_MAP)
		return NULL;
	size_t n = strlen(key);
	for (size_t i = 0; i < map->n; i++)
		if (map->keys[i]->len == n && memcmp(map->keys[i]->str, key, n) == 0)
			return map->items[i];
	return NULL;
}

bool
value_truthy(const value *v)
{
	if (!v)
		return false;
	switch (v->kind) {
	case VALUE_NULL:
		return false;
	case VALUE_BOOL:
		return v->boolean;
	case VALUE_LIST:
		return v->n > 0;
	default:
		return true;
	}
}

void
value_format_number(double d, char out[32])
{
	if (isnan(d)) {
		strcpy(out, "NaN");
		return;
	}
	if (isinf(d)) {
		strcpy(out, d > 0 ? "Infinity" : "-Infinity");
		return;
	}
	if (d == 0) {
		strcpy(out, "0"); /* also for -0 */
		return;
	}
	if (fabs(d) < 1e15 && d == (double)(long long)d) {
		snprintf(out, 32, "%lld", (long long)d);
		return;
	}
	/* Fast path for the usual figures (45.3, 0.125): the fewest decimals k whose nearest
	 * k-decimal number reads back as d, printed with integer arithmetic. While
	 * |d| * 10^k < 2^50 the k-decimal grid is coarser than twice d's spacing, so at most one
	 * grid point reads back as d, llround finds it when it exists, and it is exactly what
	 * "%.*g" prints at the shortest precision (no trailing zero: else k - 1 would have
	 * read back; fixed notation: 1e-4 <= |d| < 1e15). Anything else takes the loop below. */
	double ad = fabs(d);
	if (ad >= 1e-4 && ad < 1e15) {
		double p10 = 1;
		for (int k = 1; k <= 9; k++) {
			p10 *= 10;
			double x = d * p10;
			if (fabs(x) >= 1125899906842624.0) /* 2^50 */
				break;
			long long n = llround(x);
			if ((double)n / p10 != d)
				continue;
			/* |n| < 2^50: sign, at most 16 integer digits, '.', k <= 9 decimals */
			unsigned long long u = (unsigned long long)(n < 0 ? -n : n);
			char digits[24] = {
			    0}; /* the loop below always writes one: quiets cppcheck */
			int nd = 0;
			for (; u || nd <= k; u /= 10)
				digits[nd++] = (char)('0' + u % 10);
			char *o = out;
			if (n < 0)
				*o++ = '-';
			while (nd > k)
				*o++ = digits[--nd];
			*o++ = '.';
			while (nd > 0)
				*o++ = digits[--nd];
			*o = '\0';
			return;
		}
	}
	for (int precision = 1; precision <= 17; precision++) {
		snprintf(out, 32, "%.*g", precision, d);
		if (strtod(out, NULL) == d)
			return;
	}
}

const char *
value_kind_name(value_kind k)
{
	static const char *names[] = {"null", "boolean", "number", "string", "list", "map"};
	return names[k];
}
