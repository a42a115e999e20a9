/* Unit tests for report/csv_read.c: rows and columns as a spreadsheet numbers them, what
 * spreadsheet programs write (BOM, CRLF, quoted line breaks, blank lines), and the errors. */
#include <stdio.h>
#include <string.h>

#include "report/csv_read.h"
#include "test.h"

/* The messages of d as "ROW:COL: message" lines, in arena memory. */
static const char *
messages(arena *a, const diag *d)
{
	char *all = arena_strdup(a, "");
	for (size_t i = 0; i < d->len; i++)
		all = arena_printf(a, "%s%u:%u: %s\n", all, d->items[i].at.line, d->items[i].at.col,
		                   d->items[i].message);
	return all;
}

TEST(csv_column_letters_count_as_spreadsheets_do)
{
	char s[8];
	csv_column_letter(1, s);
	CHECK_STR(s, "A");
	csv_column_letter(26, s);
	CHECK_STR(s, "Z");
	csv_column_letter(27, s);
	CHECK_STR(s, "AA");
	csv_column_letter(52, s);
	CHECK_STR(s, "AZ");
	csv_column_letter(702, s);
	CHECK_STR(s, "ZZ");
	csv_column_letter(703, s);
	CHECK_STR(s, "AAA");
}

TEST(csv_utf8_check_finds_the_first_bad_byte)
{
	CHECK(csv_utf8_check("plain", 5) == 5);
	CHECK(csv_utf8_check("caf\xC3\xA9", 5) == 5);
	CHECK(csv_utf8_check("caf\xE9 x", 6) == 3);         /* Windows-1252 e-acute */
	CHECK(csv_utf8_check("ab\xC0\x80", 4) == 2);        /* overlong NUL */
	CHECK(csv_utf8_check("\xED\xA0\x80", 3) == 0);      /* a surrogate */
	CHECK(csv_utf8_check("x\xF4\x90\x80\x80", 5) == 1); /* past U+10FFFF */
	CHECK(csv_utf8_check("xy\xE2\x82", 4) == 2);        /* cut short */
	CHECK(csv_utf8_check("\xF0\x9F\x98\x80!", 5) == 5); /* four bytes */
}

TEST(csv_reads_what_spreadsheet_programs_write)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	/* BOM, CRLF, a quoted field over two lines, a doubled quote, a blank line, a last row
	 * without a line break, spaces around an unquoted field. */
	static const char text[] = "\xEF\xBB\xBFref,note,actual\r\n"
	                           "a,\"two\r\nlines, \"\"quoted\"\"\",1\r\n"
	                           "\r\n"
	                           "b,, 2 ";
	csv_table t;
	CHECK(csv_read(&a, &d, "m.csv", text, sizeof text - 1, &t));
	CHECK(d.len == 0);
	if (CHECK(t.nrows == 3)) {
		CHECK(t.rows[0].row == 1 && t.rows[0].ncells == 3);
		CHECK_STR(t.rows[0].cells[0], "ref"); /* no BOM in the first header */
		CHECK(t.rows[1].row == 2);
		CHECK_STR(t.rows[1].cells[1], "two\nlines, \"quoted\"");
		CHECK(t.rows[2].row == 4); /* the blank line was row 3 */
		CHECK_STR(t.rows[2].cells[1], "");
		CHECK_STR(t.rows[2].cells[2], "2");
	}
	diag_free(&d);
	arena_free(&a);
}

TEST(csv_counts_rows_after_quoted_line_breaks)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	static const char text[] = "h1,h2\n\"x\ny\nz\",1\nlast,\"  2\n\"\n\n\nafter,3\n";
	csv_table t;
	CHECK(csv_read(&a, &d, "m.csv", text, sizeof text - 1, &t));
	if (CHECK(t.nrows == 4)) {
		CHECK(t.rows[1].row == 2);
		CHECK(t.rows[2].row == 3);
		CHECK_STR(t.rows[2].cells[1], "2"); /* spaces and breaks around the text go */
		CHECK(t.rows[3].row == 6);
		CHECK_STR(t.rows[3].cells[0], "after");
	}
	diag_free(&d);
	arena_free(&a);
}

TEST(csv_reports_not_utf8_with_the_byte_offset)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	static const char text[] = "ref,note\nm,Caf\xE9\n";
	csv_table t;
	CHECK(!csv_read(&a, &d, "m.csv", text, sizeof text - 1, &t));
	CHECK(t.nrows == 0);
	CHECK_STR(messages(&a, &d),
	          "2:2: the file is not UTF-8: byte 0xE9 at byte offset 14 is not valid UTF-8 "
	          "(probably saved as Windows-1252 or another legacy encoding); save it again "
	          "as \"CSV UTF-8\"\n");
	diag_free(&d);
	arena_free(&a);
}

TEST(csv_reports_quotes_left_open_or_malformed)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	csv_table t;
	static const char open[] = "a,b\n1,\"never\nclosed\n";
	CHECK(!csv_read(&a, &d, "m.csv", open, sizeof open - 1, &t));
	static const char after[] = "a,b\n1,2\n3,\"x\"y\n";
	CHECK(!csv_read(&a, &d, "n.csv", after, sizeof after - 1, &t));
	static const char nul[] = "a,b\n1,x\0y\n";
	CHECK(!csv_read(&a, &d, "o.csv", nul, sizeof nul - 1, &t));
	CHECK_STR(messages(&a, &d),
	          "2:2: a quoted field is not closed: the '\"' that opens it has no closing '\"' "
	          "before the end of the file\n"
	          "3:2: a quoted field is malformed at byte offset 13: a '\"' inside quotes must "
	          "be doubled (\"\"), and nothing but a comma or a line break may follow the "
	          "closing '\"'\n"
	          "2:2: a NUL byte at byte offset 7: this is not a text file (save the sheet as "
	          "CSV)\n");
	diag_free(&d);
	arena_free(&a);
}

TEST(csv_empty_input_has_no_rows)
{
	arena a;
	arena_init(&a);
	diag d;
	diag_init(&d);
	csv_table t;
	CHECK(csv_read(&a, &d, "m.csv", "", 0, &t));
	CHECK(t.nrows == 0);
	CHECK(csv_read(&a, &d, "m.csv", "\xEF\xBB\xBF", 3, &t));
	CHECK(t.nrows == 0);
	CHECK(d.len == 0);
	diag_free(&d);
	arena_free(&a);
}
