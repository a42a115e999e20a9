/* fuzz_csv.c - libFuzzer target: the spreadsheet CSV reader (csv_read) on any bytes.
 *
 * The reader must report problems with positions and never crash, leak or hang: unclosed
 * quotes, stray quotes, NUL bytes, invalid UTF-8, CR/LF mixtures, very wide rows. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "report/csv_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	csv_table t;
	bool ok = csv_read(&a, &d, "fuzz.csv", (const char *)data, size, &t);
	/* A table comes only without errors; rows are numbered upwards from 1, every cell is
	 * valid UTF-8 with no NUL inside. */
	if (ok != (d.errors == 0))
		__builtin_trap();
	unsigned last = 0;
	for (size_t i = 0; ok && i < t.nrows; i++) {
		if (t.rows[i].row <= last)
			__builtin_trap();
		last = t.rows[i].row;
		for (size_t c = 0; c < t.rows[i].ncells; c++) {
			size_t n = strlen(t.rows[i].cells[c]);
			if (csv_utf8_check(t.rows[i].cells[c], n) != n)
				__builtin_trap();
		}
	}
	if (d.len) {
		FILE *sink = fopen("/dev/null", "w");
		if (sink) {
			diag_print(&d, sink, false);
			fclose(sink);
		}
	}
	diag_free(&d);
	arena_free(&a);
	return 0;
}
