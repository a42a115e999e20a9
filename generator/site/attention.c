/* attention.c - the "needs attention" lists of a plan. See attention.h. */
#include "site/attention.h"

#include "markdown.h"

static bool
unfinished(const item *it)
{
	return it->due != DUE_DONE && it->due != DUE_CLOSED;
}

void
attention_collect(arena *a, const plan *pl, attention *out)
{
	for (size_t i = 0; i < pl->items.len; i++) {
		item *it = pl->items.items[i];
		if (it->kind == ITEM_MEASURE) {
			rag r = it->current ? it->current->rag : RAG_NONE;
			if (r == RAG_RED)
				ptrvec_push(a, &out->red, it);
			else if (r == RAG_AMBER)
				ptrvec_push(a, &out->amber, it);
		} else if (it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE) {
			if (it->due == DUE_OVERDUE)
				ptrvec_push(a, &out->overdue, it);
			else if (it->revisions.len && unfinished(it))
				ptrvec_push(a, &out->slipped, it);
		}
	}
}

size_t
attention_total(const attention *at)
{
	return at->red.len + at->amber.len + at->overdue.len + at->slipped.len;
}

/* A Markdown text as one line of plain text (shortened at a word), NULL when empty. */
static const char *
first_line(arena *a, const char *markdown, size_t max)
{
	const char *text = markdown ? markdown_to_text(a, markdown, max) : NULL;
	return text && *text ? text : NULL;
}

const char *
attention_reason(arena *a, const item *it, size_t max)
{
	const status_entry *s = it->current;
	const char *why = NULL;
	if (s && it->kind == ITEM_MEASURE)
		why = first_line(a, s->why_off_target, max);
	if (!why && s)
		why = first_line(a, s->note, max);
	if (!why && s && s->reason)
		why = first_line(a, s->reason, max);
	if (!why && it->revisions.len) {
		const revision *rv = it->revisions.items[it->revisions.len - 1];
		why = first_line(a, rv->reason, max);
	}
	return why;
}
