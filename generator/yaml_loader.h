/* yaml_loader.h - YAML (and JSON, which loads as YAML) into a value tree, with limits.
 *
 * Problems are reported into diag with the file's marks; the loader never aborts on bad
 * input. Limits protect later stages: nesting deeper than YAML_MAX_DEPTH, aliases (which
 * can expand without bound), several documents in one file, duplicate keys, non-scalar keys
 * and invalid UTF-8 are errors. */
#ifndef PLANSITE_YAML_LOADER_H
#define PLANSITE_YAML_LOADER_H

#include "value.h"

enum { YAML_MAX_DEPTH = 64 };

/* Parses text (len bytes) named file. Returns the root value (null for an empty file), or
 * NULL after reporting errors into d. Scalars: plain null/~/true/false and numbers resolve to
 * their types (YAML 1.2 core schema); quoted and block scalars are always strings. */
value *yaml_load(arena *a, diag *d, const char *file, const char *text, size_t len);
/* The same with the text of scalars (value.str) in strings and everything else (values,
 * lists, maps, keys) in a: a caller that keeps only scalars' text can parse each file into
 * a scratch arena a and empty it afterwards (value_copy keeps a whole value). */
value *yaml_load_split(arena *a, arena *strings, diag *d, const char *file, const char *text,
                       size_t len);
/* Reads and parses a file; I/O errors are reported into d. The file's text is registered
 * with d so messages can quote it. */
value *yaml_load_file(arena *a, diag *d, const char *path);

#endif
