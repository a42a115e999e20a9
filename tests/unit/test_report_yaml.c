/* Unit tests for the YAML the report commands write (report/common.c): every text a
 * spreadsheet cell can hold must load back as exactly that text. */
#include <stdio.h>
#include <string.h>

#include "report/internal.h"
#include "test.h"
#include "value.h"
#include "yaml_loader.h"

TEST(yaml_scalar_loads_back_as_written)
{
	static const char *const texts[] = {
	    "plain words",
	    "true",
	    "Null",
	    "no",
	    "123",
	    "1.10",
	    "a: b",
	    "# not a comment",
	    "- not a list",
	    "  leading spaces",
	    "trailing ",
	    "tab\there",
	    "two\nlines",
	    "blank\n\nline",
	    "ends with a break\n",
	    "\nstarts with one",
	    "say \"hi\"",
	    "back\\slash",
	    "caf\xC3\xA9 \xE2\x82\xAC",
	    "{x}",
	    "[x]",
	    "@x",
	    "%x",
	    "*x",
	    "&x",
	    "!x",
	    "|x",
	    ">x",
	    "'x'",
	    "x #y",
	    "ctrl\x01char",
	    "x:",
	    "?",
	    "line one\n  indented two",
	    "~",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		arena a;
		arena_init(&a);
		diag d;
		diag_init(&d);
		buf b = BUF_INIT;
		buf_adds(&b, "list:\n  - note: ");
		yaml_scalar(&b, texts[i], 4);
		buf_adds(&b, "\n    next: 1\n");
		value *v = yaml_load(&a, &d, "t.yaml", b.data, b.len);
		value *list = v ? value_get(v, "list") : NULL;
		value *note = list && list->n == 1 ? value_get(list->items[0], "note") : NULL;
		bool same = note && (note->kind == VALUE_STRING || note->kind == VALUE_NUMBER) &&
		            note->len == strlen(texts[i]) &&
		            memcmp(note->str, texts[i], note->len) == 0;
		if (!CHECK(same))
			fprintf(stderr, "  text %zu written as:\n%s\n", i, b.data);
		buf_free(&b);
		diag_free(&d);
		arena_free(&a);
	}
}

TEST(yaml_comment_stays_on_one_line)
{
	buf b = BUF_INIT;
	yaml_comment(&b, 4, "two\nlines\r\tand tab");
	CHECK_STR(buf_cstr(&b), "    # two lines  and tab\n");
	buf_free(&b);
}
