/* schema.c - the JSON Schema of the content files (`plansite schema`), printed from the
 * same record tables the loader reads with (spec.c), so editors and `plansite check` agree.
 *
 * Draft-07, the draft YAML language servers support best. One definition per record kind;
 * the root picks the file kind from the keys a file has (plan.yaml has start:, a report
 * as_of:, ...), since one schema serves every file of the content folder. */
#include <string.h>

#include "content/internal.h"
#include "content/translate.h"

#define ID_PATTERN "^[a-z0-9][a-z0-9-]*$"
/* A BCP 47 tag as site.yaml's languages: takes it (translate.c: tag_valid). */
#define TAG_PATTERN "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*"

/* Which keys mark a file kind, tried in this order; the last kind is the default. */
static const struct {
	const record_spec *spec;
	const char *keys[6];
} dispatch[] = {
    {&spec_plan_file, {"start", "end", "priorities", "labels", "sections"}},
    {&spec_report_file, {"as_of", "period", "summary_counts", "deliverables"}},
    {&spec_measures_file, {"measures"}},
    {&spec_registry_file, {"people", "directorates"}},
    {&spec_equality_file, {"characteristics", "outcomes"}},
    {&spec_site, {"council", "current_plan", "base_url", "about", "allow_raw_html", "licence"}},
    {&spec_outcome_file, {NULL}},
};

static void
ref_to(jw *w, buf *tmp, const char *name)
{
	buf_reset(tmp);
	buf_printf(tmp, "#/definitions/%s", name);
	jw_key(w, "$ref");
	jw_str(w, buf_cstr(tmp));
}

static void
key_str(jw *w, const char *k, const char *v)
{
	jw_key(w, k);
	jw_str(w, v);
}

/* A definition of a shared value type. */
static void
def_open(jw *w, const char *name, const char *type, const char *description)
{
	jw_key(w, name);
	jw_open(w, '{');
	if (description)
		key_str(w, "description", description);
	if (type)
		key_str(w, "type", type);
}

/* Text, which YAML may also read as a number (1.10, 2019): the loader takes the number's
 * text as written. A branch per type rather than "type": [...], which ajv's strict mode
 * refuses; pattern and max_len (0: none) apply to the text, numbers are whole numbers >= 0
 * when integer is set. */
static void
types_text_or_number(jw *w, const char *pattern, int max_len, bool integer)
{
	jw_key(w, "anyOf");
	jw_open(w, '[');
	jw_open(w, '{');
	key_str(w, "type", "string");
	if (pattern)
		key_str(w, "pattern", pattern);
	if (max_len) {
		jw_key(w, "maxLength");
		jw_num(w, max_len);
	}
	jw_close(w, '}');
	jw_open(w, '{');
	key_str(w, "type", integer ? "integer" : "number");
	if (integer) {
		jw_key(w, "minimum");
		jw_num(w, 0);
	}
	jw_close(w, '}');
	jw_close(w, ']');
}

/* {"properties": {"key": true}, "required": ["key"]}: ajv's strict mode wants every required
 * key declared beside it. */
static void
requires_key(jw *w, const char *key)
{
	jw_open(w, '{');
	jw_key(w, "properties");
	jw_open(w, '{');
	jw_key(w, key);
	jw_bool(w, true);
	jw_close(w, '}');
	jw_key(w, "required");
	jw_open(w, '[');
	jw_str(w, key);
	jw_close(w, ']');
	jw_close(w, '}');
}

/* A day that exists, years 1000 to 9999, as date_parse checks: 30 days hath September... and
 * 29 February only in leap years (divisible by 4, and by 400 for centuries). */
#define DAY_PATTERN                                                                                \
	"([1-9][0-9]{3}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|" \
	"30)"                                                                                      \
	"|02-(0[1-9]|1[0-9]|2[0-8]))|([1-9][0-9](0[48]|[2468][048]|[13579][26])|([2468][048]|"     \
	"[13579][26])00)-02-29)"

static void
one_or_list(jw *w, buf *tmp, const char *one, bool unique)
{
	jw_key(w, "anyOf");
	jw_open(w, '[');
	jw_open(w, '{');
	ref_to(w, tmp, one);
	jw_close(w, '}');
	jw_open(w, '{');
	key_str(w, "type", "array");
	if (unique) { /* the loader reports an id listed twice */
		jw_key(w, "uniqueItems");
		jw_bool(w, true);
	}
	jw_key(w, "items");
	jw_open(w, '{');
	ref_to(w, tmp, one);
	jw_close(w, '}');
	jw_close(w, '}');
	jw_close(w, ']');
}

static void
value_definitions(jw *w, buf *tmp)
{
	def_open(w, "id", NULL,
	         "[a-z0-9][a-z0-9-]*, at most 64 characters; quote ids made of "
	         "digits only (\"1\")");
	types_text_or_number(w, ID_PATTERN, CONTENT_MAX_ID, true);
	jw_close(w, '}');

	def_open(w, "ids", NULL, "An id or a list of ids.");
	one_or_list(w, tmp, "id", true);
	jw_close(w, '}');

	def_open(w, "path", "string", "Ids joined by '/': OUTCOME/ACTIVITY.");
	key_str(w, "pattern", "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$");
	jw_key(w, "maxLength");
	jw_num(w, 3 * CONTENT_MAX_ID + 2);
	jw_close(w, '}');

	def_open(w, "line", NULL, "One line of plain text.");
	types_text_or_number(w, "^[^\\r\\n]*$", CONTENT_LINE_MAX, false);
	jw_close(w, '}');

	def_open(w, "lines", NULL, "A text or a list of texts.");
	one_or_list(w, tmp, "line", false);
	jw_close(w, '}');

	def_open(w, "text", NULL, "Plain text.");
	types_text_or_number(w, NULL, 0, false);
	jw_close(w, '}');

	def_open(w, "markdown", NULL, "Markdown (CommonMark).");
	types_text_or_number(w, NULL, 0, false);
	jw_close(w, '}');

	def_open(w, "date", "string", "An ISO date: 2018-03-31.");
	key_str(w, "pattern", "^" DAY_PATTERN "$");
	jw_close(w, '}');

	def_open(w, "period", "string",
	         "2019/20 Q1 (a financial quarter), 2019/20 (a financial year), 2019-05 (a month) "
	         "or 2019 (a calendar year); also Q1 2019/20 and May 2019.");
	key_str(w, "pattern",
	        "^([0-9]{4}/[0-9]{2}( Q[1-4])?|[0-9]{4}(-[0-9]{2})?|Q[1-4] [0-9]{4}/[0-9]{2}|"
	        "[A-Za-z]{3,9} [0-9]{4})$");
	jw_close(w, '}');

	def_open(w, "deadline_one", "string",
	         "2018-03-31 (a day), 2014-03 (a month), 2019/20 Q1 (a financial quarter) or TBC.");
	buf_reset(tmp);
	/* A financial year is YYYY/YY with YY the next year: one alternative per year ending. */
	buf_adds(tmp, "^(" DAY_PATTERN "|[1-9][0-9]{3}-(0[1-9]|1[0-2])|[1-9][0-9](");
	for (int y = 0; y < 100; y++)
		buf_printf(tmp, "%s%02d/%02d", y ? "|" : "", y, (y + 1) % 100);
	buf_adds(tmp, ") Q[1-4]|[Tt][Bb][Cc])$");
	key_str(w, "pattern", buf_cstr(tmp));
	jw_close(w, '}');

	def_open(w, "deadline", NULL, "A deadline or a list of deadlines.");
	jw_key(w, "anyOf");
	jw_open(w, '[');
	jw_open(w, '{');
	ref_to(w, tmp, "deadline_one");
	jw_close(w, '}');
	jw_open(w, '{');
	key_str(w, "type", "array");
	jw_key(w, "minItems");
	jw_num(w, 1);
	jw_key(w, "items");
	jw_open(w, '{');
	ref_to(w, tmp, "deadline_one");
	jw_close(w, '}');
	jw_close(w, '}');
	jw_close(w, ']');
	jw_close(w, '}');

	def_open(w, "number", NULL, "A number, or null where the source has none.");
	jw_key(w, "anyOf");
	jw_open(w, '[');
	jw_open(w, '{');
	key_str(w, "type", "number");
	jw_close(w, '}');
	jw_open(w, '{');
	key_str(w, "type", "null");
	jw_close(w, '}');
	jw_close(w, ']');
	jw_close(w, '}');

	def_open(w, "ints", "array", "A list of whole numbers.");
	jw_key(w, "items");
	jw_open(w, '{');
	key_str(w, "type", "integer");
	jw_key(w, "minimum");
	jw_num(w, 0);
	jw_close(w, '}');
	jw_close(w, '}');

	def_open(w, "number_map", "object", "Name -> number (or null).");
	jw_key(w, "additionalProperties");
	jw_open(w, '{');
	ref_to(w, tmp, "number");
	jw_close(w, '}');
	jw_close(w, '}');

	def_open(w, "colour", "string", "A colour written #rrggbb.");
	key_str(w, "pattern", "^#[0-9a-fA-F]{6}$");
	jw_close(w, '}');

	def_open(w, "url", "string", "An address starting with https:// or http://.");
	key_str(w, "pattern",
	        "^https?://[^\\s/\"<>\\\\\\x00-\\x1f\\x7f][^\\s\"<>\\\\\\x00-\\x1f\\x7f]*$");
	jw_close(w, '}');

	def_open(w, "bool", "boolean", NULL);
	jw_close(w, '}');
}

/* The definition name of a field type's values. */
static const char *
type_def(field_type t)
{
	switch (t) {
	case FT_ID:
	case FT_REF:
		return "id";
	case FT_LINE:
		return "line";
	case FT_TEXT:
		return "text";
	case FT_MARKDOWN:
		return "markdown";
	case FT_BOOL:
		return "bool";
	case FT_NUMBER:
		return "number";
	case FT_DATE:
		return "date";
	case FT_PERIOD:
		return "period";
	case FT_DEADLINE:
		return "deadline";
	case FT_PATH:
		return "path";
	case FT_REFS:
		return "ids";
	case FT_LINES:
		return "lines";
	case FT_INTS:
		return "ints";
	case FT_NUMBER_MAP:
		return "number_map";
	case FT_COLOUR:
		return "colour";
	case FT_URL:
		return "url";
	case FT_WORD:
	case FT_LIST:
	case FT_RECORD:
		break;
	}
	return NULL;
}

static void
reserved_enum(jw *w)
{
	jw_key(w, "enum");
	jw_open(w, '[');
	for (size_t i = 0; i < CONTENT_NRESERVED_IDS; i++)
		jw_str(w, content_reserved_ids[i]);
	jw_close(w, ']');
}

/* The value's own schema: an enum, a list of records, or a reference. */
static void
value_schema(jw *w, buf *tmp, const field_spec *fs)
{
	jw_open(w, '{');
	if (fs->type == FT_LINES && strcmp(fs->name, "languages") == 0) {
		/* site.yaml's languages: distinct tags, the default first; one may stand alone */
		jw_key(w, "anyOf");
		jw_open(w, '[');
		jw_open(w, '{');
		key_str(w, "type", "string");
		key_str(w, "pattern", "^" TAG_PATTERN "$");
		jw_close(w, '}');
		jw_open(w, '{');
		key_str(w, "type", "array");
		jw_key(w, "items");
		jw_open(w, '{');
		key_str(w, "type", "string");
		key_str(w, "pattern", "^" TAG_PATTERN "$");
		jw_close(w, '}');
		jw_key(w, "minItems");
		jw_num(w, 1);
		jw_key(w, "maxItems");
		jw_num(w, CONTENT_MAX_LANGUAGES);
		jw_key(w, "uniqueItems");
		jw_bool(w, true);
		jw_close(w, '}');
		jw_close(w, ']');
		jw_close(w, '}');
		return;
	}
	switch (fs->type) {
	case FT_WORD:
		jw_key(w, "enum");
		jw_open(w, '[');
		for (size_t i = 0; i < fs->words->n; i++)
			jw_str(w, fs->words->words[i]);
		jw_close(w, ']');
		break;
	case FT_LIST:
		key_str(w, "type", "array");
		jw_key(w, "items");
		jw_open(w, '{');
		ref_to(w, tmp, fs->record->key);
		jw_close(w, '}');
		break;
	default:
		ref_to(w, tmp, fs->type == FT_RECORD ? fs->record->key : type_def(fs->type));
		break;
	}
	jw_close(w, '}');
}

static void
field_schema(jw *w, buf *tmp, const field_spec *fs, bool plan_scope)
{
	jw_key(w, fs->name);
	jw_open(w, '{');
	key_str(w, "description", fs->doc);
	/* The loader takes an empty optional field (`notes:`) as absent. */
	bool optional = !(fs->flags & F_REQUIRED);
	jw_key(w, optional ? "anyOf" : "allOf"); /* $ref beside other keywords is ignored */
	jw_open(w, '[');
	value_schema(w, tmp, fs);
	if (optional) {
		jw_open(w, '{');
		key_str(w, "type", "null");
		jw_close(w, '}');
	}
	jw_close(w, ']');
	if (plan_scope && (strcmp(fs->name, "id") == 0 || strcmp(fs->name, "aliases") == 0)) {
		jw_key(w, "not");
		jw_open(w, '{');
		jw_key(w, "anyOf");
		jw_open(w, '[');
		jw_open(w, '{');
		reserved_enum(w);
		jw_close(w, '}');
		jw_open(w, '{');
		key_str(w, "type", "array");
		jw_key(w, "contains");
		jw_open(w, '{');
		reserved_enum(w);
		jw_close(w, '}');
		jw_close(w, '}');
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, '}');
}

/* FIELD@LANG for each text field: the field's value in another language. Which languages
 * are the site's is site.yaml's to say, so any tag matches here. */
static void
translation_schemas(jw *w, buf *tmp, const record_spec *spec)
{
	bool any = false;
	for (size_t i = 0; i < spec->nfields; i++) {
		const field_spec *fs = &spec->fields[i];
		if (!fs->name || !field_translatable(fs))
			continue;
		if (!any) {
			jw_key(w, "patternProperties");
			jw_open(w, '{');
			any = true;
		}
		buf_reset(tmp);
		buf_printf(tmp, "^%s@" TAG_PATTERN "$", fs->name);
		jw_key(w, buf_cstr(tmp));
		jw_open(w, '{');
		buf_reset(tmp);
		buf_printf(tmp, "%s in another of the site's languages (%s@cy): %s", fs->name,
		           fs->name, fs->doc);
		key_str(w, "description", buf_cstr(tmp));
		jw_key(w, "anyOf");
		jw_open(w, '[');
		value_schema(w, tmp, fs);
		jw_open(w, '{');
		key_str(w, "type", "null");
		jw_close(w, '}');
		jw_close(w, ']');
		jw_close(w, '}');
	}
	if (any)
		jw_close(w, '}');
}

/* Rules between two fields of one record that check enforces and draft-07 can say. */
/* {"anyOf": [{"type": "null"}, {"type": "array", "items": {"type": "object", "properties":
 * {"ref": {"type": "string", "pattern": P}}}}]}: the refs of one list of a report. */
static void
list_refs_match(jw *w, const char *list, const char *pattern)
{
	jw_key(w, list);
	jw_open(w, '{');
	jw_key(w, "anyOf");
	jw_open(w, '[');
	jw_open(w, '{');
	key_str(w, "type", "null");
	jw_close(w, '}');
	jw_open(w, '{');
	key_str(w, "type", "array");
	jw_key(w, "items");
	jw_open(w, '{');
	key_str(w, "type", "object");
	jw_key(w, "properties");
	jw_open(w, '{');
	jw_key(w, "ref");
	jw_open(w, '{');
	key_str(w, "type", "string");
	key_str(w, "pattern", pattern);
	jw_close(w, '}');
	jw_close(w, '}');
	jw_close(w, '}');
	jw_close(w, '}');
	jw_close(w, ']');
	jw_close(w, '}');
}

static void
record_rules(jw *w, const record_spec *spec)
{
	if (spec ==
	    &spec_report_file) { /* activities are OUTCOME/ACTIVITY, deliverables one more */
		jw_key(w, "allOf");
		jw_open(w, '[');
		jw_open(w, '{');
		jw_key(w, "properties");
		jw_open(w, '{');
		list_refs_match(w, "activities", "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$");
		list_refs_match(w, "deliverables",
		                "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$");
		jw_close(w, '}');
		jw_close(w, '}');
		jw_close(w, ']');
	}
	if (spec == &spec_measure) { /* outcome or priority, exactly one */
		jw_key(w, "oneOf");
		jw_open(w, '[');
		requires_key(w, "outcome");
		requires_key(w, "priority");
		jw_close(w, ']');
	}
	if (spec == &spec_status) { /* deferred or not pursued: say why */
		jw_key(w, "if");
		jw_open(w, '{');
		jw_key(w, "properties");
		jw_open(w, '{');
		jw_key(w, "lifecycle");
		jw_open(w, '{');
		jw_key(w, "enum");
		jw_open(w, '[');
		jw_str(w, "deferred");
		jw_str(w, "not-being-pursued");
		jw_close(w, ']');
		jw_close(w, '}');
		jw_close(w, '}');
		jw_key(w, "required");
		jw_open(w, '[');
		jw_str(w, "lifecycle");
		jw_close(w, ']');
		jw_close(w, '}');
		jw_key(w, "then");
		requires_key(w, "reason");
	}
}

static void
record_schema(jw *w, buf *tmp, const record_spec *spec)
{
	bool plan_scope =
	    spec == &spec_priority || spec == &spec_outcome_file || spec == &spec_measure;
	jw_key(w, spec->key);
	jw_open(w, '{');
	key_str(w, "description", spec->doc);
	key_str(w, "type", "object");
	jw_key(w, "properties");
	jw_open(w, '{');
	for (size_t i = 0; i < spec->nfields; i++)
		if (spec->fields[i].name)
			field_schema(w, tmp, &spec->fields[i], plan_scope);
	jw_close(w, '}');
	translation_schemas(w, tmp, spec);
	bool any = false;
	for (size_t i = 0; i < spec->nfields; i++) {
		if (!spec->fields[i].name || !(spec->fields[i].flags & F_REQUIRED))
			continue;
		if (!any) {
			jw_key(w, "required");
			jw_open(w, '[');
			any = true;
		}
		jw_str(w, spec->fields[i].name);
	}
	if (any)
		jw_close(w, ']');
	record_rules(w, spec);
	jw_key(w, "additionalProperties");
	jw_bool(w, false);
	jw_close(w, '}');
}

/* Every record kind reachable from the file kinds, each once, in table order. */
static void
collect(const record_spec *spec, const record_spec **seen, size_t *n, size_t cap)
{
	for (size_t i = 0; i < *n; i++)
		if (seen[i] == spec)
			return;
	if (*n == cap)
		return;
	seen[(*n)++] = spec;
	for (size_t i = 0; i < spec->nfields; i++)
		if (spec->fields[i].name && spec->fields[i].record)
			collect(spec->fields[i].record, seen, n, cap);
}

/* if <kind's keys> then <kind> else <the next kinds>. */
static void
dispatch_from(jw *w, buf *tmp, size_t k)
{
	size_t n = sizeof dispatch / sizeof *dispatch;
	if (k + 1 == n || !dispatch[k].keys[0]) {
		ref_to(w, tmp, dispatch[k].spec->key);
		return;
	}
	jw_key(w, "if");
	jw_open(w, '{');
	jw_key(w, "anyOf");
	jw_open(w, '[');
	for (size_t i = 0; i < 6 && dispatch[k].keys[i]; i++)
		requires_key(w, dispatch[k].keys[i]);
	jw_close(w, ']');
	jw_close(w, '}');
	jw_key(w, "then");
	jw_open(w, '{');
	ref_to(w, tmp, dispatch[k].spec->key);
	jw_close(w, '}');
	jw_key(w, "else");
	jw_open(w, '{');
	dispatch_from(w, tmp, k + 1);
	jw_close(w, '}');
}

static char *
schema_build(void)
{
	buf out = BUF_INIT, tmp = BUF_INIT;
	jw w = {.b = &out, .indent = 2};
	jw_open(&w, '{');
	key_str(&w, "$schema", "http://json-schema.org/draft-07/schema#");
	key_str(&w, "title", "plansite content");
	key_str(&w, "description",
	        "Any file of a plansite content folder: site.yaml, registry/*.yaml, "
	        "equality/*.yaml, plans/PLAN/plan.yaml, plans/PLAN/outcomes/*.yaml, "
	        "plans/PLAN/measures/*.yaml or plans/PLAN/reports/*.yaml (see content/README.md). "
	        "The kind of file is told from its keys.");
	key_str(&w, "type", "object");
	dispatch_from(&w, &tmp, 0);
	jw_key(&w, "definitions");
	jw_open(&w, '{');
	value_definitions(&w, &tmp);
	const record_spec *seen[64];
	size_t n = 0;
	for (size_t i = 0; i < content_nfile_kinds; i++)
		collect(content_file_kinds[i].spec, seen, &n, 64);
	for (size_t i = 0; i < n; i++)
		record_schema(&w, &tmp, seen[i]);
	jw_close(&w, '}');
	jw_close(&w, '}');
	buf_addc(&out, '\n');
	buf_free(&tmp);
	return out.data;
}

const char *
content_schema_json(void)
{
	/* Built once; kept for the life of the program. */
	static char *schema;
	if (!schema)
		schema = schema_build();
	return schema;
}
