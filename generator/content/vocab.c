/* vocab.c - the fixed vocabularies: content spellings and lookup. Readers' words are the
 * theme's (strings/LANG.yaml); the English labels left here serve only the charts. */
#include <string.h>

#include "content/internal.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Content spellings start at the first real value (index 0 of each enum is "not given",
 * except person_kind). */
static const char *const lifecycle_words[] = {"not-started", "in-progress",
                                              "completed",   "completed-with-changes",
                                              "deferred",    "not-being-pursued"};
static const char *const confidence_words[] = {"on-track", "some-risk", "off-track"};
static const char *const rag_words[] = {"green",     "amber",         "red",
                                        "data-only", "awaiting-data", "unknown"};
static const char *const polarity_words[] = {"higher-is-better", "lower-is-better",
                                             "closest-to-target"};
static const char *const trend_words[] = {"improving", "no-change", "getting-worse"};
static const char *const unit_words[] = {"percent", "count", "pounds", "days", "weeks",
                                         "months",  "years", "rate",   "score"};
static const char *const compliance_words[] = {"fully-compliant", "partially-compliant",
                                               "non-compliant", "not-assessed"};
static const char *const barrier_reason_words[] = {"non-compliance", "disproportionate-burden",
                                                   "outside-scope"};
static const char *const test_method_words[] = {"self-assessment", "third-party"};
static const char *const person_kind_words[] = {"officer", "post", "councillor", "portfolio"};
static const char *const item_kind_words[] = {"priority", "outcome", "activity", "deliverable",
                                              "measure"};
static const char *const due_words[] = {"none", "done", "closed", "upcoming", "overdue"};

const vocab vocab_lifecycle = {"lifecycle", lifecycle_words, COUNT(lifecycle_words), 1};
const vocab vocab_confidence = {"confidence", confidence_words, COUNT(confidence_words), 1};
const vocab vocab_rag = {"rag", rag_words, COUNT(rag_words), 1};
const vocab vocab_polarity = {"polarity", polarity_words, COUNT(polarity_words), 1};
const vocab vocab_trend = {"trend", trend_words, COUNT(trend_words), 1};
const vocab vocab_unit = {"unit", unit_words, COUNT(unit_words), 1};
const vocab vocab_compliance = {"compliance status", compliance_words, COUNT(compliance_words), 1};
const vocab vocab_barrier_reason = {"reason", barrier_reason_words, COUNT(barrier_reason_words), 1};
const vocab vocab_test_method = {"test method", test_method_words, COUNT(test_method_words), 1};
const vocab vocab_person_kind = {"person kind", person_kind_words, COUNT(person_kind_words), 0};
const vocab vocab_item_kind = {"item kind", item_kind_words, COUNT(item_kind_words), 0};
const vocab vocab_due = {"due state", due_words, COUNT(due_words), 0};

int
vocab_find(const vocab *v, const char *word)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->words[i], word) == 0)
			return (int)i + v->first;
	return -1;
}

/* words[value - first], or NULL for "not given" and out-of-range values. */
static const char *
word_of(const char *const *words, size_t n, int first, int v)
{
	if (v < first || (size_t)(v - first) >= n)
		return NULL;
	return words[v - first];
}

const char *
lifecycle_id(lifecycle l)
{
	if (l == LIFECYCLE_NONE)
		return "not-reported";
	return word_of(lifecycle_words, COUNT(lifecycle_words), 1, (int)l);
}

const char *
confidence_id(confidence c)
{
	return word_of(confidence_words, COUNT(confidence_words), 1, (int)c);
}

const char *
rag_id(rag r)
{
	return word_of(rag_words, COUNT(rag_words), 1, (int)r);
}

const char *
polarity_id(polarity p)
{
	return word_of(polarity_words, COUNT(polarity_words), 1, (int)p);
}

const char *
trend_id(trend t)
{
	return word_of(trend_words, COUNT(trend_words), 1, (int)t);
}

const char *
unit_id(unit u)
{
	return word_of(unit_words, COUNT(unit_words), 1, (int)u);
}

const char *
person_kind_id(person_kind k)
{
	return word_of(person_kind_words, COUNT(person_kind_words), 0, (int)k);
}

const char *
item_kind_id(item_kind k)
{
	return word_of(item_kind_words, COUNT(item_kind_words), 0, (int)k);
}

const char *
due_state_id(due_state s)
{
	return word_of(due_words, COUNT(due_words), 0, (int)s);
}
