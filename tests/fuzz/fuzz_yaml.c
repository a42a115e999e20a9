/* fuzz_yaml.c - libFuzzer target: the YAML loader (yaml_load) on any bytes.
 *
 * The loader must report problems and never crash, leak, hang or recurse without bound,
 * whatever the input: aliases, deep nesting, invalid UTF-8, several documents, huge keys. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "yaml_loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	const char *text = (const char *)data;
	diag_add_source(&d, "fuzz.yaml", text, size);
	value *v = yaml_load(&a, &d, "fuzz.yaml", text, size);
	/* A tree comes only without errors; messages quote the input's lines. */
	if (v && d.errors)
		__builtin_trap();
	if (d.len) {
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			diag_print(&d, sink, true);
			fclose(sink);
		}
	}
	diag_free(&d);
	arena_free(&a);
	return 0;
}
