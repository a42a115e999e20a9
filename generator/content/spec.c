/* spec.c - one table of fields per record kind: the content format in one place.
 *
 * The loader reads every map through these tables (unknown fields, types, required fields,
 * "did you mean"), and `plansite schema` prints them as a JSON Schema, so the two cannot
 * disagree. content/README.md documents the same fields for people. */
#include "content/internal.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define REQ F_REQUIRED
#define SHARED F_SHARED
#define SPEC(var, key_, what_, fields_, doc_)                                                      \
	const record_spec var = {key_, what_, fields_, COUNT(fields_), doc_}

/* ---- site.yaml ---- */

static const field_spec colours_fields[] = {
    [COL_BRAND] = {"brand", FT_COLOUR, 0, NULL, NULL,
                   "The council's brand colour (#rrggbb); it must keep 4.5:1 contrast on white."},
};
SPEC(spec_colours, "colours", "colours", colours_fields, "Theme colours.");

static const field_spec barrier_fields[] = {
    [BAR_CONTENT] = {"content", FT_TEXT, REQ, NULL, NULL,
                     "What is not accessible, and how that affects people."},
    [BAR_REASON] = {"reason", FT_WORD, REQ, &vocab_barrier_reason, NULL,
                    "non-compliance, disproportionate-burden or outside-scope."},
    [BAR_CRITERIA] = {"criteria", FT_LINES, 0, NULL, NULL,
                      "WCAG 2.2 success criteria it fails (1.1.1 Non-text content)."},
    [BAR_ALTERNATIVE] = {"alternative", FT_TEXT, 0, NULL, NULL,
                         "The accessible alternative offered, if any."},
    [BAR_FIX_BY] = {"fix_by", FT_DATE, 0, NULL, NULL, "When the council plans to fix it."},
};
SPEC(spec_barrier, "non_accessible", "a non-accessible content entry", barrier_fields,
     "One part of the site that is not accessible, with the reason.");

static const field_spec accessibility_fields[] = {
    [ACC_COMPLIANCE] = {"compliance", FT_WORD, 0, &vocab_compliance, NULL,
                        "WCAG 2.2 AA: fully-compliant, partially-compliant or non-compliant."},
    [ACC_NON_ACCESSIBLE] = {"non_accessible", FT_LIST, 0, NULL, &spec_barrier,
                            "Content that is not accessible, with the reason."},
    [ACC_PREPARED] = {"prepared", FT_DATE, 0, NULL, NULL, "When the statement was prepared."},
    [ACC_REVIEWED] = {"reviewed", FT_DATE, 0, NULL, NULL, "When it was last reviewed."},
    [ACC_METHOD] = {"method", FT_WORD, 0, &vocab_test_method, NULL,
                    "How the site was tested: self-assessment or third-party."},
    [ACC_TESTED] = {"tested", FT_DATE, 0, NULL, NULL, "When the site was last tested."},
    [ACC_TESTED_BY] = {"tested_by", FT_LINE, SHARED, NULL, NULL,
                       "Who tested it (the third party's name)."},
    [ACC_CONTACT_FORM] = {"contact_form", FT_URL, 0, NULL, NULL,
                          "Address of the council's contact form."},
    [ACC_EMAIL] = {"email", FT_LINE, SHARED, NULL, NULL,
                   "Email address for accessibility requests."},
    [ACC_PHONE] = {"phone", FT_LINE, SHARED, NULL, NULL, "Telephone number, as written."},
    [ACC_RESPONSE_TIME] = {"response_time", FT_LINE, 0, NULL, NULL,
                           "How soon the council replies (5 working days)."},
    [ACC_COMPLAINTS_URL] = {"complaints_url", FT_URL, 0, NULL, NULL,
                            "Address of the council's complaints procedure."},
    [ACC_FEEDBACK_URL] = {"feedback_url", FT_LINE, SHARED, NULL, NULL,
                          "Where \"report a problem with this page\" goes: an https:// or "
                          "mailto: address in which {url} stands for the page's address."},
};
SPEC(spec_accessibility, "accessibility", "the accessibility block", accessibility_fields,
     "The accessibility statement (Accessibility Regulations 2018, regulation 8).");

static const field_spec flag_fields[] = {
    [FL_ID] = {"id", FT_ID, REQ, NULL, NULL, "Id that items list under flags:."},
    [FL_LABEL] = {"label", FT_LINE, REQ, NULL, NULL,
                  "The short tag shown beside items (Manifesto)."},
    [FL_NAME] = {"name", FT_LINE, 0, NULL, NULL,
                 "What the tag stands for (A manifesto commitment of the administration)."},
    [FL_DESCRIPTION] = {"description", FT_MARKDOWN, 0, NULL, NULL,
                        "Markdown: what it means, for the glossary."},
};
SPEC(spec_flag, "flag", "a flag", flag_fields,
     "A mark the council gives items; items list its id under flags:.");

static const field_spec site_fields[] = {
    [SITE_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "Site name, shown in the header."},
    [SITE_COUNCIL] = {"council", FT_LINE, REQ, NULL, NULL,
                      "The organisation that publishes the plans."},
    [SITE_BASE_URL] = {"base_url", FT_URL, 0, NULL, NULL,
                       "Absolute address of the site, for canonical links and feeds."},
    [SITE_LOGO] = {"logo", FT_LINE, SHARED, NULL, NULL, "A file in the theme's static folder."},
    [SITE_COLOURS] = {"colours", FT_RECORD, 0, NULL, &spec_colours, "Theme colours."},
    [SITE_LICENCE] = {"licence", FT_LINE, 0, NULL, NULL,
                      "Licence of the content (default: " CONTENT_DEFAULT_LICENCE ")."},
    [SITE_LICENCE_URL] = {"licence_url", FT_URL, 0, NULL, NULL, "Address of the licence."},
    [SITE_CURRENT_PLAN] = {"current_plan", FT_REF, 0, NULL, NULL,
                           "Id of the plan shown first (default: the newest)."},
    [SITE_ALLOW_RAW_HTML] = {"allow_raw_html", FT_BOOL, 0, NULL, NULL,
                             "Pass raw HTML in Markdown through (default false)."},
    [SITE_ABOUT] = {"about", FT_MARKDOWN, 0, NULL, NULL, "Markdown for the About page."},
    [SITE_ACCESSIBILITY] = {"accessibility", FT_RECORD, 0, NULL, &spec_accessibility,
                            "The accessibility statement's facts (see content/README.md)."},
    [SITE_LANGUAGE] = {"language", FT_LINE, SHARED, NULL, NULL,
                       "Language of the content, an ISO 639 code or Snowball name (default en): "
                       "search stems words in it if Snowball can, else only folds them."},
    [SITE_LANGUAGES] = {"languages", FT_LINES, SHARED, NULL, NULL,
                        "The site's languages, BCP 47 tags (en-GB, cy), the default first: "
                        "text fields give the others' texts as FIELD@TAG (title@cy)."},
    [SITE_FLAGS] = {"flags", FT_LIST, 0, NULL, &spec_flag,
                    "The marks the council gives items (Corporate priority), in display order."},
};
SPEC(spec_site, "site", "site.yaml", site_fields, "site.yaml: the site as a whole.");

/* ---- registry ---- */

static const field_spec person_fields[] = {
    [PER_ID] = {"id", FT_ID, REQ, NULL, NULL, "Permanent id; the person's address."},
    [PER_NAME] = {"name", FT_LINE, REQ, NULL, NULL, "Name, post or portfolio as published."},
    [PER_KIND] = {"kind", FT_WORD, REQ, &vocab_person_kind, NULL,
                  "officer, post (a job title without its holder), councillor or portfolio."},
    [PER_ROLE] = {"role", FT_LINE, 0, NULL, NULL, "Job title, only if a source says it."},
    [PER_AKA] = {"also_known_as", FT_LINES, SHARED, NULL, NULL,
                 "Other spellings found in the sources."},
    [PER_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                         "Where the sources are wrong, ambiguous or incomplete."},
};
SPEC(spec_person, "person", "a person", person_fields, "One real person, post or portfolio.");

static const field_spec directorate_fields[] = {
    [DIR_ID] = {"id", FT_ID, REQ, NULL, NULL, "Permanent id; the directorate's address."},
    [DIR_CODE] = {"code", FT_LINE, SHARED, NULL, NULL, "As the sources abbreviate it (PLACE)."},
    [DIR_NAME] = {"name", FT_LINE, 0, NULL, NULL,
                  "Full name; left out when the sources give only the code."},
    [DIR_AKA] = {"also_known_as", FT_LINES, SHARED, NULL, NULL,
                 "Other spellings found in the sources."},
    [DIR_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                         "Where the sources are wrong, ambiguous or incomplete."},
};
SPEC(spec_directorate, "directorate", "a directorate", directorate_fields,
     "A directorate of the council.");

static const field_spec registry_fields[] = {
    [REG_PEOPLE] = {"people", FT_LIST, 0, NULL, &spec_person, "People, posts and portfolios."},
    [REG_DIRECTORATES] = {"directorates", FT_LIST, 0, NULL, &spec_directorate, "Directorates."},
};
SPEC(spec_registry_file, "registry_file", "a registry file", registry_fields,
     "registry/*.yaml: people, portfolios and directorates.");

/* ---- equality ---- */

static const field_spec characteristic_fields[] = {
    [CH_ID] = {"id", FT_ID, REQ, NULL, NULL, "Permanent id; the group's address."},
    [CH_NAME] = {"name", FT_LINE, REQ, NULL, NULL, "Name (Disability)."},
    [CH_PROTECTED] = {"protected", FT_BOOL, 0, NULL, NULL,
                      "true for the nine of the Equality Act 2010; false for local groups."},
    [CH_DESCRIPTION] = {"description", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
    [CH_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                        "Where the source is wrong, ambiguous or incomplete."},
};
SPEC(spec_characteristic, "characteristic", "a characteristic", characteristic_fields,
     "A protected characteristic or a locally used group.");

static const field_spec equality_outcome_fields[] = {
    [EQO_ID] = {"id", FT_ID, REQ, NULL, NULL, "Permanent id; the equality outcome's address."},
    [EQO_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "One line of plain text."},
    [EQO_PLAN] = {"plan", FT_REF, 0, NULL, NULL, "Id of the plan whose documents state it."},
    [EQO_CHARACTERISTICS] = {"characteristics", FT_REFS, 0, NULL, NULL,
                             "Ids of the characteristics it concerns."},
    [EQO_DESCRIPTION] = {"description", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
    [EQO_ALIASES] = {"aliases", FT_REFS, 0, NULL, NULL, "Ids it had before."},
    [EQO_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                         "Where the sources are wrong, ambiguous or incomplete."},
};
SPEC(spec_equality_outcome, "equality_outcome", "an equality outcome", equality_outcome_fields,
     "An equality outcome; items name it in their equality: lists.");

static const field_spec equality_file_fields[] = {
    [EQF_CHARACTERISTICS] = {"characteristics", FT_LIST, 0, NULL, &spec_characteristic,
                             "Protected characteristics and local groups."},
    [EQF_OUTCOMES] = {"outcomes", FT_LIST, 0, NULL, &spec_equality_outcome, "Equality outcomes."},
};
SPEC(spec_equality_file, "equality_file", "an equality file", equality_file_fields,
     "equality/*.yaml: characteristics and equality outcomes.");

/* ---- plan.yaml ---- */

static const field_spec labels_fields[] = {
    [LAB_PRIORITY] = {"priority", FT_LINE, 0, NULL, NULL, "Default: Priority (e.g. Theme)."},
    [LAB_OUTCOME] = {"outcome", FT_LINE, 0, NULL, NULL, "Default: Outcome (e.g. Objective)."},
    [LAB_ACTIVITY] = {"activity", FT_LINE, 0, NULL, NULL,
                      "Default: Activity (e.g. Strategic action)."},
    [LAB_DELIVERABLE] = {"deliverable", FT_LINE, 0, NULL, NULL,
                         "Default: Deliverable (e.g. Milestone)."},
    [LAB_MEASURE] = {"measure", FT_LINE, 0, NULL, NULL,
                     "Default: Measure (e.g. Performance indicator)."},
};
SPEC(spec_labels, "labels", "labels", labels_fields, "The plan's own words for its levels.");

static const field_spec section_fields[] = {
    [SEC_ID] = {"id", FT_ID, REQ, NULL, NULL, "Id, unique among the plan's sections."},
    [SEC_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "Heading."},
    [SEC_BODY] = {"body", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
};
SPEC(spec_section, "section", "a section", section_fields, "A narrative section of a plan.");

/* Fields every item kind shares. */
/* clang-format off */
#define ITEM_ID [IT_ID] = {"id", FT_ID, REQ, NULL, NULL, \
	"Permanent id, unique in its scope; the item's address."}
#define ITEM_CODE [IT_CODE] = {"code", FT_LINE, SHARED, NULL, NULL, \
	"The item's number as printed (quote it: \"1.1\")."}
#define ITEM_TITLE [IT_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "One line of plain text."}
#define ITEM_DESCRIPTION [IT_DESCRIPTION] = {"description", FT_MARKDOWN, 0, NULL, NULL, "Markdown."}
#define ITEM_NOTES [IT_NOTES] = {"notes", FT_MARKDOWN, 0, NULL, NULL, "Markdown."}
#define ITEM_ALIASES [IT_ALIASES] = {"aliases", FT_REFS, 0, NULL, NULL, \
	"Ids the item had before; their addresses redirect here."}
#define ITEM_SOURCE_NOTE [IT_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL, \
	"Where the source is wrong, ambiguous or incomplete."}
#define ITEM_FLAGS [IT_FLAGS] = {"flags", FT_REFS, 0, NULL, NULL, \
	"Ids of the flags (site.yaml flags:) the item carries."}
#define ITEM_EQUALITY [IT_EQUALITY] = {"equality", FT_REFS, 0, NULL, NULL, \
	"Ids of the equality outcomes it serves."}
#define ITEM_CHARACTERISTICS [IT_CHARACTERISTICS] = {"characteristics", FT_REFS, 0, NULL, NULL, \
	"Ids of the characteristics (groups) it concerns directly, where the source names them."}
#define ITEM_LEADS \
	[IT_LEAD_MEMBERS] = {"lead_members", FT_REFS, 0, NULL, NULL, \
		"Ids of councillors and cabinet portfolios (registry)."}, \
	[IT_LEAD_OFFICERS] = {"lead_officers", FT_REFS, 0, NULL, NULL, \
		"Ids of officers and posts (registry)."}, \
	[IT_DIRECTORATES] = {"directorates", FT_REFS, 0, NULL, NULL, \
		"Ids of directorates (registry)."}
#define ITEM_DEADLINES \
	[IT_DEADLINE] = {"deadline", FT_DEADLINE, 0, NULL, NULL, \
		"2018-03-31, 2014-03, 2019/20 Q1, TBC, or a list of them: the original deadline."}, \
	[IT_DEADLINE_AS_WRITTEN] = {"deadline_as_written", FT_TEXT, 0, NULL, NULL, \
		"The source's own words when they say more than the date."}, \
	[IT_REVISIONS] = {"revisions", FT_LIST, 0, NULL, &spec_revision, \
		"Later changes of the deadline, in order."}
#define ITEM_SPAN \
	[IT_ADDED_IN] = {"added_in", FT_REF, 0, NULL, NULL, \
		"Id of the first report of this plan that includes it (it joined the plan then)."}, \
	[IT_DROPPED_IN] = {"dropped_in", FT_REF, 0, NULL, NULL, \
		"Id of the first report of this plan that no longer includes it."}
/* clang-format on */

static const field_spec priority_fields[] = {
    ITEM_ID,
    ITEM_CODE,
    ITEM_TITLE,
    ITEM_DESCRIPTION,
    ITEM_ALIASES,
    ITEM_SOURCE_NOTE,
    [IT_OUTCOMES] = {"outcomes", FT_REFS, 0, NULL, NULL,
                     "Ids of the plan's outcome files under this priority, in order."},
};
SPEC(spec_priority, "priority", "a priority", priority_fields,
     "A priority (theme) of the plan, listing its outcomes.");

static const field_spec plan_fields[] = {
    [PL_ID] = {"id", FT_ID, REQ, NULL, NULL, "The plan's id: the name of its folder."},
    [PL_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "One line of plain text."},
    [PL_SUBTITLE] = {"subtitle", FT_LINE, 0, NULL, NULL, "One line of plain text."},
    [PL_START] = {"start", FT_DATE, REQ, NULL, NULL, "First day of the plan's period."},
    [PL_END] = {"end", FT_DATE, REQ, NULL, NULL, "Last day of the plan's period."},
    [PL_AS_OF] =
        {"as_of", FT_DATE, 0, NULL, NULL,
         "Date of a plan without reports; a plan with reports is as of its latest report."},
    [PL_SOURCE] = {"source", FT_LINE, 0, NULL, NULL, "The document this content comes from."},
    [PL_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                        "Where the source is wrong, ambiguous or incomplete."},
    [PL_LABELS] = {"labels", FT_RECORD, 0, NULL, &spec_labels,
                   "The plan's own words for its levels."},
    [PL_INTRO] = {"intro", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
    [PL_SECTIONS] = {"sections", FT_LIST, 0, NULL, &spec_section, "Narrative sections, in order."},
    [PL_PRIORITIES] = {"priorities", FT_LIST, 0, NULL, &spec_priority,
                       "Priorities in document order."},
};
SPEC(spec_plan_file, "plan_file", "plan.yaml", plan_fields, "plans/PLAN/plan.yaml: one plan.");

/* ---- outcome files ---- */

static const field_spec revision_fields[] = {
    [REV_DEADLINE] = {"deadline", FT_DEADLINE, REQ, NULL, NULL, "The new deadline."},
    [REV_REPORT] = {"report", FT_REF, 0, NULL, NULL, "Id of the report that moved it."},
    [REV_REASON] = {"reason", FT_TEXT, 0, NULL, NULL, "Why it moved."},
};
SPEC(spec_revision, "revision", "a revision", revision_fields, "One change of a deadline.");

static const field_spec deliverable_fields[] = {
    ITEM_ID,    ITEM_CODE,     ITEM_TITLE, ITEM_NOTES,     ITEM_ALIASES, ITEM_SOURCE_NOTE,
    ITEM_FLAGS, ITEM_EQUALITY, ITEM_LEADS, ITEM_DEADLINES, ITEM_SPAN,    ITEM_CHARACTERISTICS,
};
SPEC(spec_deliverable, "deliverable", "a deliverable", deliverable_fields,
     "A deliverable (milestone) of an activity.");

static const field_spec activity_fields[] = {
    ITEM_ID,
    ITEM_CODE,
    ITEM_TITLE,
    ITEM_NOTES,
    ITEM_ALIASES,
    ITEM_SOURCE_NOTE,
    ITEM_FLAGS,
    ITEM_EQUALITY,
    ITEM_LEADS,
    ITEM_DEADLINES,
    ITEM_SPAN,
    ITEM_CHARACTERISTICS,
    [IT_DELIVERABLES] = {"deliverables", FT_LIST, 0, NULL, &spec_deliverable,
                         "Deliverables, in order."},
};
SPEC(spec_activity, "activity", "an activity", activity_fields,
     "An activity (strategic action) of an outcome.");

static const field_spec outcome_fields[] = {
    ITEM_ID,
    ITEM_CODE,
    ITEM_TITLE,
    ITEM_DESCRIPTION,
    ITEM_NOTES,
    ITEM_ALIASES,
    ITEM_SOURCE_NOTE,
    ITEM_FLAGS,
    ITEM_EQUALITY,
    ITEM_LEADS,
    [IT_ACTIVITIES] = {"activities", FT_LIST, 0, NULL, &spec_activity, "Activities, in order."},
};
SPEC(spec_outcome_file, "outcome_file", "an outcome file", outcome_fields,
     "plans/PLAN/outcomes/*.yaml: one outcome with its activities and deliverables.");

/* ---- measures files ---- */

static const field_spec history_point_fields[] = {
    [HP_PERIOD] = {"period", FT_PERIOD, REQ, NULL, NULL,
                   "The period: 2019/20 Q1, 2019/20, 2019-05 or 2019."},
    [HP_ACTUAL] = {"actual", FT_NUMBER, 0, NULL, NULL, "A number, or null."},
    [HP_TARGET] = {"target", FT_NUMBER, 0, NULL, NULL, "A number, or null."},
    [HP_RED] = {"red", FT_NUMBER, 0, NULL, NULL, "Red threshold: a number, or null."},
    [HP_COMPARATORS] = {"comparators", FT_NUMBER_MAP, 0, NULL, NULL,
                        "Comparator name -> value (names from the measure's comparators)."},
};
SPEC(spec_history_point, "history_point", "a history point", history_point_fields,
     "A measure's figures for one period before its plan's first report (back data).");

static const field_spec target_fields[] = {
    [TG_PERIOD] = {"period", FT_PERIOD, REQ, NULL, NULL,
                   "The period: 2019/20 Q1, 2019/20, 2019-05 or 2019."},
    [TG_TARGET] = {"target", FT_NUMBER, 0, NULL, NULL, "A number, or null."},
    [TG_RED] = {"red", FT_NUMBER, 0, NULL, NULL, "Red threshold: a number, or null."},
};
SPEC(spec_target, "target", "a target", target_fields,
     "A measure's target (and red threshold) for one period.");

static const field_spec measure_fields[] = {
    ITEM_ID,
    ITEM_CODE,
    ITEM_TITLE,
    ITEM_DESCRIPTION,
    ITEM_NOTES,
    ITEM_ALIASES,
    ITEM_SOURCE_NOTE,
    ITEM_FLAGS,
    ITEM_EQUALITY,
    ITEM_LEADS,
    [IT_OUTCOME] = {"outcome", FT_REF, 0, NULL, NULL, "Id of the outcome it measures."},
    [IT_PRIORITY] = {"priority", FT_REF, 0, NULL, NULL,
                     "Id of the priority it measures (instead of outcome)."},
    [IT_UNIT] = {"unit", FT_WORD, 0, &vocab_unit, NULL, "Unit of the figures."},
    [IT_UNIT_LABEL] = {"unit_label", FT_LINE, 0, NULL, NULL, "Words after the number."},
    [IT_POLARITY] = {"polarity", FT_WORD, 0, &vocab_polarity, NULL, "Which way is better."},
    [IT_TYPE] = {"type", FT_LINE, 0, NULL, NULL, "As the source says (Strategic)."},
    [IT_COMPARATORS] =
        {"comparators", FT_LINES, 0, NULL, NULL,
         "Names of comparator series (a regional or national average), in table order."},
    [IT_HISTORY] = {"history", FT_LIST, 0, NULL, &spec_history_point,
                    "Figures for periods before the plan's first report (back data)."},
    [IT_TARGETS] = {"targets", FT_LIST, 0, NULL, &spec_target,
                    "Targets by period, including periods no report has reached yet."},
    ITEM_SPAN,
    ITEM_CHARACTERISTICS,
    [IT_PART_OF] = {"part_of", FT_REF, 0, NULL, NULL,
                    "Id of the measure of this plan it is a part of (a breakdown by group)."},
    [IT_PARTS_OVERLAP] = {"parts_overlap", FT_BOOL, 0, NULL, NULL,
                          "true when its parts need not add up to it (one case, several parts)."},
};
SPEC(spec_measure, "measure", "a measure", measure_fields, "A performance measure.");

static const field_spec measures_file_fields[] = {
    [MF_MEASURES] = {"measures", FT_LIST, REQ, NULL, &spec_measure, "Measures, in order."},
};
SPEC(spec_measures_file, "measures_file", "a measures file", measures_file_fields,
     "plans/PLAN/measures/*.yaml: performance measures.");

/* ---- report files ---- */

static const field_spec status_fields[] = {
    [ST_REF] = {"ref", FT_PATH, REQ, NULL, NULL,
                "OUTCOME/ACTIVITY, or OUTCOME/ACTIVITY/DELIVERABLE."},
    [ST_LIFECYCLE] = {"lifecycle", FT_WORD, 0, &vocab_lifecycle, NULL,
                      "Where it stands; leave it out when the source gives only a note."},
    [ST_CONFIDENCE] = {"confidence", FT_WORD, 0, &vocab_confidence, NULL,
                       "Delivery confidence, only while in progress."},
    [ST_REASON] = {"reason", FT_TEXT, 0, NULL, NULL,
                   "Why it is deferred or not being pursued (required then)."},
    [ST_NOTE] = {"note", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
    [ST_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                        "Where the source is wrong, ambiguous or incomplete."},
};
SPEC(spec_status, "status", "a status entry", status_fields,
     "The status of one activity or deliverable in a report.");

static const field_spec measure_status_fields[] = {
    [MS_REF] = {"ref", FT_REF, REQ, NULL, NULL, "Id of the measure."},
    [MS_ACTUAL] = {"actual", FT_NUMBER, 0, NULL, NULL, "A number, or null."},
    [MS_ACTUAL_AS_WRITTEN] = {"actual_as_written", FT_LINE, 0, NULL, NULL,
                              "The source's text when it is not a number."},
    [MS_TARGET] = {"target", FT_NUMBER, 0, NULL, NULL, "A number, or null."},
    [MS_RAG] = {"rag", FT_WORD, 0, &vocab_rag, NULL, "RAG rating."},
    [MS_SHORT_TREND] = {"short_trend", FT_WORD, 0, &vocab_trend, NULL,
                        "Relative to the polarity, not up or down."},
    [MS_LONG_TREND] = {"long_trend", FT_WORD, 0, &vocab_trend, NULL,
                       "Relative to the polarity, not up or down."},
    [MS_LAST_UPDATE] = {"last_update", FT_PERIOD, 0, NULL, NULL,
                        "Period of the latest figure (Q1 2019/20)."},
    [MS_NOTE] = {"note", FT_MARKDOWN, 0, NULL, NULL, "Markdown: the latest note."},
    [MS_WHY_OFF_TARGET] = {"why_off_target", FT_MARKDOWN, 0, NULL, NULL,
                           "Markdown: why is performance off target?"},
    [MS_ACTIONS] = {"actions", FT_MARKDOWN, 0, NULL, NULL,
                    "Markdown: what actions will be taken and who is doing this?"},
    [MS_BACK_ON_TRACK] = {"back_on_track", FT_MARKDOWN, 0, NULL, NULL,
                          "Markdown: when will performance be back on track?"},
    [MS_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                        "Where the source is wrong, ambiguous or incomplete."},
    [MS_RESTATED] = {"restated", FT_TEXT, 0, NULL, NULL,
                     "Why this figure replaces the one an earlier report gave for its period."},
    [MS_SUPPRESSED] = {"suppressed", FT_LINE, 0, NULL, NULL,
                       "The figure is withheld for small numbers under this rule (fewer than 5): "
                       "give no actual."},
};
SPEC(spec_measure_status, "measure_status", "a measure entry", measure_status_fields,
     "The figures of one measure in a report.");

static const field_spec summary_count_fields[] = {
    [SC_REF] = {"ref", FT_REF, REQ, NULL, NULL, "Id of the outcome (or priority) counted."},
    [SC_ACTIVITIES] = {"activities", FT_INTS, 0, NULL, NULL, "Activity counts as printed."},
    [SC_MEASURES] = {"measures", FT_INTS, 0, NULL, NULL, "Measure counts as printed."},
};
SPEC(spec_summary_count, "summary_count", "a summary count", summary_count_fields,
     "Status counts as the source prints them.");

static const field_spec report_fields[] = {
    [REP_ID] = {"id", FT_ID, REQ, NULL, NULL, "Id, unique in the plan; the report's address."},
    [REP_TITLE] = {"title", FT_LINE, REQ, NULL, NULL, "One line of plain text."},
    [REP_PERIOD] = {"period", FT_PERIOD, REQ, NULL, NULL, "The period it covers (2019/20 Q1)."},
    [REP_AS_OF] = {"as_of", FT_DATE, REQ, NULL, NULL, "The date its statuses are true on."},
    [REP_SUMMARY] = {"summary", FT_MARKDOWN, 0, NULL, NULL, "Markdown."},
    [REP_SOURCE_NOTE] = {"source_note", FT_TEXT, 0, NULL, NULL,
                         "Where the source is wrong, ambiguous or incomplete."},
    [REP_ACTIVITIES] = {"activities", FT_LIST, 0, NULL, &spec_status, "Statuses of activities."},
    [REP_DELIVERABLES] = {"deliverables", FT_LIST, 0, NULL, &spec_status,
                          "Statuses of deliverables."},
    [REP_MEASURES] = {"measures", FT_LIST, 0, NULL, &spec_measure_status, "Figures of measures."},
    [REP_SUMMARY_COUNTS] = {"summary_counts", FT_LIST, 0, NULL, &spec_summary_count,
                            "Status counts as printed by the source."},
};
SPEC(spec_report_file, "report_file", "a report", report_fields,
     "plans/PLAN/reports/*.yaml: one monitoring report.");

const file_kind content_file_kinds[] = {
    {&spec_site},         {&spec_registry_file}, {&spec_equality_file}, {&spec_plan_file},
    {&spec_outcome_file}, {&spec_measures_file}, {&spec_report_file},
};
const size_t content_nfile_kinds = COUNT(content_file_kinds);
