/* pages_people.c - who is responsible: the index of people and directorates, and one page
 * for each person and directorate with everything they lead, plan by plan. */

#include <stdlib.h>
#include <string.h>

#include "site/pages_internal.h"
#include "site/paths.h"

static int
compare_person(const void *x, const void *y)
{
	const person *p = *(person *const *)x, *q = *(person *const *)y;
	int r = strcmp(p->name, q->name);
	return r ? r : strcmp(p->id, q->id);
}

value *
pages_people(const ctx *c)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, page_text(c, "people.title"), "people/",
	            page_text(c, "people.description"));
	value_set(a, d, "breadcrumbs", page_crumbs(c, NULL, NULL));
	static const person_kind order[] = {PERSON_PORTFOLIO, PERSON_COUNCILLOR, PERSON_POST,
	                                    PERSON_OFFICER};
	person **sorted = arena_alloc(a, (c->m->people.len + 1) * sizeof(person *));
	if (c->m->people.len)
		memcpy(sorted, c->m->people.items, c->m->people.len * sizeof(person *));
	qsort(sorted, c->m->people.len, sizeof(person *), compare_person);
	value *groups = value_list(a);
	for (size_t g = 0; g < 4; g++) {
		value *list = value_list(a);
		for (size_t i = 0; i < c->m->people.len; i++) {
			if (sorted[i]->kind != order[g])
				continue;
			value *l = page_link(c, sorted[i]->name, sorted[i]->path);
			value_set_num(a, l, "count", (double)sorted[i]->leads.len);
			value_push(a, list, l);
		}
		if (!list->n)
			continue;
		value *gv = value_map(a);
		value_set_str(a, gv, "title",
		              page_label(c, "people.groups", person_kind_id(order[g])));
		value_set_str(a, gv, "id", person_kind_id(order[g]));
		value_set(a, gv, "people", list);
		value_push(a, groups, gv);
	}
	value_set(a, d, "groups", groups);
	value *dirs = value_list(a);
	for (size_t i = 0; i < c->m->directorates.len; i++) {
		const directorate *dr = c->m->directorates.items[i];
		value *l = page_link(c, dr->name, dr->path);
		value_set_str(
		    a, l, "code",
		    dr->name_given && strcmp(dr->code ? dr->code : "", dr->name) ? dr->code : NULL);
		value_set_bool(a, l, "code_only", !dr->name_given);
		value_set_num(a, l, "count", (double)dr->leads.len);
		value_push(a, dirs, l);
	}
	value_set(a, d, "directorates", dirs);
	return d;
}

static value *
leader_page(const ctx *c, const char *name, const char *kind, const char *role,
            const char *source_note, const ptrvec *aka, const ptrvec *leads, const char *path)
{
	arena *a = c->a;
	value *d = value_map(a);
	page_common(c, d, name, path,
	            page_fmt(c, "people.leader_description", "name", name, (char *)NULL));
	value_set(a, d, "breadcrumbs", page_crumbs(c, page_text(c, "people.title"), "people/"));
	value *v = value_map(a);
	value_set_str(a, v, "name", name);
	value_set_str(a, v, "kind", kind);
	value_set_str(a, v, "role", role);
	value_set_str(a, v, "source_note", source_note);
	value *names = value_list(a);
	for (size_t i = 0; aka && i < aka->len; i++)
		value_push(a, names, value_string(a, aka->items[i]));
	value_set(a, v, "also_known_as", names);
	value_set_num(a, v, "count", (double)leads->len);
	value_set_str(a, v, "leads_text",
	              page_count_text(c, "page.leader.leads", (double)leads->len));
	value_set(a, v, "plans", page_by_plan(c, leads));
	value_set(a, d, "leader", v);
	return d;
}

value *
pages_person(const ctx *c, const person *pe)
{
	return leader_page(c, pe->name, page_label(c, "people.kinds", person_kind_id(pe->kind)),
	                   pe->role, pe->source_note, &pe->also_known_as, &pe->leads, pe->path);
}

value *
pages_directorate(const ctx *c, const directorate *dr)
{
	arena *a = c->a;
	const char *kind =
	    dr->code && dr->name_given && strcmp(dr->code, dr->name)
	        ? page_fmt(c, "people.directorate_with_code", "code", dr->code, (char *)NULL)
	        : page_text(c, "people.directorate");
	value *dd = leader_page(c, dr->name, kind, NULL, dr->source_note, &dr->also_known_as,
	                        &dr->leads, dr->path);
	value_set_bool(a, value_get(dd, "leader"), "code_only", !dr->name_given);
	if (c->base_url)
		page_set_feed(c, dd, dr->path,
		              page_fmt(c, "people.feed_title", "name", dr->name, (char *)NULL));
	return dd;
}
