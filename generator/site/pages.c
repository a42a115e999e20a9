/* pages.c - the template data of a page: the dispatch from a page's kind to its builder
 * (pages_*.c), and the template each kind renders with. The page list and every address are
 * in paths.c, the helpers the builders share in page_common.c. See pages.h. */
#include "site/pages.h"

#include "site/pages_internal.h"
#include "site/paths.h"

const char *
pages_kind_name(page_kind kind)
{
	static const char *names[PAGE_KIND_COUNT] = {
	    [PAGE_HOME] = "home",
	    [PAGE_PLAN] = "plan",
	    [PAGE_ITEM] = "item",
	    [PAGE_MEASURE] = "measure",
	    [PAGE_REPORT] = "report",
	    [PAGE_CHANGES] = "changes",
	    [PAGE_DEADLINES] = "deadlines",
	    [PAGE_PEOPLE] = "people",
	    [PAGE_PERSON] = "person",
	    [PAGE_DIRECTORATE] = "directorate",
	    [PAGE_EQUALITY] = "equality",
	    [PAGE_EQUALITY_OUTCOME] = "equality-outcome",
	    [PAGE_CHARACTERISTIC] = "group",
	    [PAGE_ABOUT] = "about",
	    [PAGE_ACCESSIBILITY] = "accessibility",
	    [PAGE_NOT_FOUND] = "not-found",
	    [PAGE_REDIRECT] = "redirect",
	    [PAGE_SEARCH] = "search",
	    [PAGE_DATA] = "data",
	    [PAGE_BROWSE] = "browse",
	    [PAGE_BROWSE_PLAN] = "browse-plan",
	    [PAGE_ATTENTION] = "attention",
	    [PAGE_GLOSSARY] = "glossary",
	};
	return names[kind];
}

static value *page_data(arena *a, const model *m, const page *p, const char *base_url,
                        const page_theme *th);

value *
pages_data(arena *a, const model *m, const page *p, const char *base_url, const page_theme *th)
{
	value *d = page_data(a, m, p, base_url, th);
	const value *trail = value_get(d, "breadcrumbs");
	value_set_bool(a, d, "has_breadcrumbs", trail && trail->n > 0);
	return d;
}

static value *
page_data(arena *a, const model *m, const page *p, const char *base_url, const page_theme *th)
{
	ctx c = {a,        m,           paths_root(a, p->path), base_url, th->words,
	         &th->fmt, &th->charts, th->languages};
	switch (p->kind) {
	case PAGE_HOME:
		return pages_home(&c);
	case PAGE_PLAN:
		return pages_plan(&c, p->subject);
	case PAGE_ITEM:
		return pages_item(&c, p->subject);
	case PAGE_MEASURE:
		return pages_measure(&c, p->subject);
	case PAGE_REPORT:
		return pages_report(&c, p->subject);
	case PAGE_CHANGES:
		return pages_changes(&c, p->subject);
	case PAGE_DEADLINES:
		return pages_deadlines(&c, p->subject);
	case PAGE_PEOPLE:
		return pages_people(&c);
	case PAGE_PERSON:
		return pages_person(&c, p->subject);
	case PAGE_DIRECTORATE:
		return pages_directorate(&c, p->subject);
	case PAGE_EQUALITY:
		return pages_equality(&c);
	case PAGE_EQUALITY_OUTCOME:
		return pages_equality_outcome(&c, p->subject);
	case PAGE_CHARACTERISTIC:
		return pages_group(&c, p->subject);
	case PAGE_ABOUT:
		return pages_about(&c);
	case PAGE_ACCESSIBILITY:
		return pages_accessibility(&c);
	case PAGE_NOT_FOUND:
		return pages_not_found(&c);
	case PAGE_REDIRECT:
		return pages_redirect(&c, p);
	case PAGE_SEARCH:
		return pages_search(&c, p->subject);
	case PAGE_BROWSE:
		return pages_browse(&c, p->subject);
	case PAGE_BROWSE_PLAN:
		return pages_browse_plan(&c, p->subject);
	case PAGE_DATA:
		return pages_open_data(&c, p->subject);
	case PAGE_ATTENTION:
		return pages_attention(&c, p->subject);
	case PAGE_GLOSSARY:
		return pages_glossary(&c);
	case PAGE_KIND_COUNT:
		break;
	}
	return value_map(a);
}
