/* yaml_loader.c - libyaml events -> value tree. See yaml_loader.h. */
#include "yaml_loader.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util/fs.h"
#include "util/map.h"

typedef struct loader {
	arena *arena;   /* the tree: values, lists, maps, keys */
	arena *strings; /* the text of scalars */
	diag *diag;
	const char *file;
	const char *text; /* to turn a byte offset into a line and column */
	size_t len;
	yaml_parser_t parser;
	bool failed;
} loader;

static mark
mark_of(const loader *l, yaml_mark_t m)
{
	return (mark){l->file, (unsigned)m.line + 1, (unsigned)m.column + 1};
}

static bool
is_number(const char *s, size_t n)
{
	/* YAML 1.2 core schema: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, .inf, .nan */
	size_t i = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	if (n - i == 4 && (memcmp(s + i, ".inf", 4) == 0 || memcmp(s + i, ".Inf", 4) == 0))
		return true;
	size_t digits = 0;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (digits == 0)
		return false;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		size_t exp = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, exp++;
		if (exp == 0)
			return false;
	}
	return i == n;
}

/* A scalar value of kind k whose text (n bytes) goes to the strings arena. */
static value *
scalar_value(loader *l, value_kind k, const char *s, size_t n)
{
	value *v = arena_alloc(l->arena, sizeof *v);
	v->kind = k;
	v->str = arena_strndup(l->strings, s, n);
	v->len = n;
	return v;
}

static value *
scalar(loader *l, const yaml_event_t *e)
{
	const char *s = (const char *)e->data.scalar.value;
	size_t n = e->data.scalar.length;
	value *v;
	if (e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || e->data.scalar.quoted_implicit) {
		v = scalar_value(l, VALUE_STRING, s, n);
	} else if (n == 0 || (n == 1 && s[0] == '~') || strcmp(s, "null") == 0 ||
	           strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0) {
		v = scalar_value(l, VALUE_NULL, s, n);
	} else if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "TRUE") == 0 ||
	           strcmp(s, "false") == 0 || strcmp(s, "False") == 0 || strcmp(s, "FALSE") == 0) {
		v = scalar_value(l, VALUE_BOOL, s, n);
		v->boolean = s[0] == 't' || s[0] == 'T';
	} else if (is_number(s, n)) {
		v = scalar_value(l, VALUE_NUMBER, s, n);
		const char *inf = s + (s[0] == '-' || s[0] == '+');
		v->number = inf[0] == '.' && (inf[1] == 'i' || inf[1] == 'I')
		                ? (s[0] == '-' ? -INFINITY : INFINITY)
		                : strtod(s, NULL);
	} else {
		v = scalar_value(l, VALUE_STRING, s, n);
	}
	v->at = mark_of(l, e->start_mark);
	return v;
}

/* libyaml reports bad bytes (invalid UTF-8, control characters, NUL) by byte offset only:
 * the line and column are counted here so the message can quote the line. */
static void
reader_error(loader *l, const yaml_parser_t *p)
{
	size_t at = p->problem_offset < l->len ? p->problem_offset : l->len;
	const char *problem = p->problem ? p->problem : "unreadable text";
	int v = p->problem_value;
	/* A bad continuation: the fault is the character it should continue (often a Latin-1
	 * letter such as 0xE9, é): point at that byte and name it. */
	bool broken = strstr(problem, "trailing") || strstr(problem, "incomplete");
	if (broken) {
		size_t lead = at;
		while (lead > 0 && at - lead < 4 && ((unsigned char)l->text[lead] & 0xC0) != 0xC0)
			lead--;
		if (((unsigned char)l->text[lead] & 0xC0) == 0xC0) {
			at = lead;
			v = (unsigned char)l->text[lead];
		} else
			broken = false;
	}
	unsigned line = 1, col = 1;
	for (size_t i = 0; i < at; i++) {
		if (l->text[i] == '\n') {
			line++;
			col = 1;
		} else
			col++;
	}
	mark m = {l->file, line, col};
	if (broken)
		diag_error(l->diag, m,
		           "not UTF-8: byte 0x%02X starts a character that does not go on as UTF-8 "
		           "(save the file as UTF-8)",
		           (unsigned)v);
	else if (strstr(problem, "control characters"))
		diag_error(l->diag, m,
		           v == 0
		               ? "a NUL byte is not allowed in YAML text"
		               : "control character U+%04X is not allowed in YAML text (only tab "
		                 "and line breaks are)",
		           (unsigned)v);
	else if (v >= 0 && v <= 0xFF && strstr(problem, "octet"))
		diag_error(l->diag, m, "not UTF-8: %s 0x%02X (save the file as UTF-8)", problem,
		           (unsigned)v);
	else
		diag_error(l->diag, m, "not UTF-8: %s (save the file as UTF-8)", problem);
}

static bool
next(loader *l, yaml_event_t *e)
{
	if (yaml_parser_parse(&l->parser, e))
		return true;
	const yaml_parser_t *p = &l->parser;
	const char *problem = p->problem ? p->problem : "invalid YAML";
	if (p->context)
		diag_error(l->diag, mark_of(l, p->problem_mark), "%s %s (at line %zu, column %zu)",
		           problem, p->context, p->context_mark.line + 1,
		           p->context_mark.column + 1);
	else if (p->error == YAML_READER_ERROR)
		reader_error(l, p);
	else
		diag_error(l->diag, mark_of(l, p->problem_mark), "%s", problem);
	l->failed = true;
	return false;
}

/* Parses the node that starts with event e (already read). Returns NULL on error. */
static value *
node(loader *l, yaml_event_t *e, int depth)
{
	switch (e->type) {
	case YAML_SCALAR_EVENT:
		return scalar(l, e);
	case YAML_ALIAS_EVENT:
		diag_error(l->diag, mark_of(l, e->start_mark),
		           "YAML aliases (*%s) are not supported: write the value out",
		           (const char *)e->data.alias.anchor);
		l->failed = true;
		return NULL;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		break;
	default:
		diag_error(l->diag, mark_of(l, e->start_mark), "unexpected YAML event");
		l->failed = true;
		return NULL;
	}
	bool is_map = e->type == YAML_MAPPING_START_EVENT;
	if (depth >= YAML_MAX_DEPTH) {
		diag_error(l->diag, mark_of(l, e->start_mark), "nesting deeper than %d levels",
		           YAML_MAX_DEPTH);
		l->failed = true;
		return NULL;
	}
	value *v = is_map ? value_map(l->arena) : value_list(l->arena);
	v->at = mark_of(l, e->start_mark);
	/* Duplicate keys: a linear look for small records, a hash table once a map grows past
	 * a few keys, so huge maps stay linear without costing small ones memory. */
	map keys;
	map_init(&keys, l->arena);
	for (;;) {
		yaml_event_t child;
		if (!next(l, &child))
			return NULL;
		if (child.type == YAML_SEQUENCE_END_EVENT || child.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&child);
			return v;
		}
		if (!is_map) {
			value *item = node(l, &child, depth + 1);
			yaml_event_delete(&child);
			if (!item)
				return NULL;
			value_push(l->arena, v, item);
			continue;
		}
		if (child.type != YAML_SCALAR_EVENT) {
			diag_error(l->diag, mark_of(l, child.start_mark),
			           "map keys must be plain text, not a list, map or alias");
			yaml_event_delete(&child);
			l->failed = true;
			return NULL;
		}
		value *key = value_stringn(l->arena, (const char *)child.data.scalar.value,
		                           child.data.scalar.length);
		key->at = mark_of(l, child.start_mark);
		yaml_event_delete(&child);
		if (v->n == 8)
			for (size_t i = 0; i < v->n; i++)
				map_put(&keys, v->keys[i]->str, v->keys[i]);
		value *dup =
		    v->n < 8 ? value_get_key(v, key->str) : map_getn(&keys, key->str, key->len);
		if (dup)
			diag_error(l->diag, key->at, "duplicate key '%s' (first at line %u)",
			           key->str, dup->at.line);
		if (!next(l, &child))
			return NULL;
		value *item = node(l, &child, depth + 1);
		yaml_event_delete(&child);
		if (!item)
			return NULL;
		if (dup) {
			l->failed = true;
			continue;
		}
		value_set_key(l->arena, v, key, item);
		if (v->n > 8)
			map_put(&keys, key->str, key);
	}
}

value *
yaml_load(arena *a, diag *d, const char *file, const char *text, size_t len)
{
	return yaml_load_split(a, a, d, file, text, len);
}

value *
yaml_load_split(arena *a, arena *strings, diag *d, const char *file, const char *text, size_t len)
{
	loader l = {
	    .arena = a, .strings = strings, .diag = d, .file = file, .text = text, .len = len};
	if (!yaml_parser_initialize(&l.parser)) {
		diag_error(d, (mark){file, 0, 0}, "out of memory starting the YAML parser");
		return NULL;
	}
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text, len);
	yaml_parser_set_encoding(&l.parser, YAML_UTF8_ENCODING);
	value *root = NULL;
	yaml_event_t e;
	bool done = false;
	int documents = 0;
	while (!done && next(&l, &e)) {
		switch (e.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++documents > 1) {
				diag_error(d, mark_of(&l, e.start_mark),
				           "only one YAML document per file (remove this '---')");
				l.failed = done = true;
			}
			break;
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			break;
		default:
			root = node(&l, &e, 0);
			if (!root)
				done = true;
			break;
		}
		yaml_event_delete(&e);
	}
	yaml_parser_delete(&l.parser);
	if (l.failed)
		return NULL;
	if (!root) {
		root = value_null(a);
		root->at = (mark){file, 1, 1};
	}
	return root;
}

value *
yaml_load_file(arena *a, diag *d, const char *path)
{
	size_t len;
	char *text = fs_read(a, path, &len);
	if (!text) {
		diag_io_error(d, (mark){path, 0, 0}, "cannot read: %s", strerror(errno));
		return NULL;
	}
	diag_add_source(d, path, text, len);
	return yaml_load(a, d, path, text, len);
}
