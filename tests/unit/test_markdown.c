/* Unit tests for markdown.c: heading levels nest below the section without skipping. */
#include "markdown.h"
#include "test.h"

TEST(markdown_headings_nest_below_the_section_without_skipping)
{
	arena a;
	arena_init(&a);
	/* A section under <h2>: "###" then "#####" become h3 then h4, not h5 and h7. */
	CHECK_STR(markdown_to_html(&a, "### A\n\n##### B\n\n### C\n", false, 2),
	          "<h3>A</h3>\n<h4>B</h4>\n<h3>C</h3>\n");
	/* "# Title" keeps its meaning: one below the section. */
	CHECK_STR(markdown_to_html(&a, "# T\n\n## U\n", false, 2), "<h3>T</h3>\n<h4>U</h4>\n");
	/* A later, higher heading closes the deeper ones; never beyond h6. */
	CHECK_STR(markdown_to_html(&a, "## A\n\n### B\n\n# C\n", false, 4),
	          "<h5>A</h5>\n<h6>B</h6>\n<h5>C</h5>\n");
	CHECK_STR(markdown_to_html(&a, "# A\n## B\n### C\n#### D\n", false, 4),
	          "<h5>A</h5>\n<h6>B</h6>\n<h6>C</h6>\n<h6>D</h6>\n");
	/* Without a shift the text is left as written. */
	CHECK_STR(markdown_to_html(&a, "### A\n", false, 0), "<h3>A</h3>\n");
	arena_free(&a);
}
