/* pages_items.c - the pages of a plan's items: priorities, outcomes, activities and
 * deliverables (with their history, citation and downloads), and measures (with their
 * series, chart and breakdown). */

#include "site/charts.h"
#include "site/exports.h"
#include "site/pages_internal.h"
#include "site/paths.h"

static value *
equality_links(const ctx *c, const ptrvec *outcomes)
{
	value *v = value_list(c->a);
	for (size_t i = 0; i < outcomes->len; i++) {
		const equality_outcome *eo = outcomes->items[i];
		value *l = page_link(c, eo->title, eo->path);
		value_set(c->a, l, "group_tags", page_group_tags(c, &eo->characteristics));
		value_push(c->a, v, l);
	}
	return v;
}

/* Row by row, every report of the plan while the item was part of it: what each said, or
 * that it did not mention the item. Nothing carried from one row to the next. */
static value *
history_value(const ctx *c, const item *it)
{
	value *v = value_list(c->a);
	const plan *pl = it->plan;
	for (size_t i = 0; i < pl->reports.len; i++) {
		const report *r = pl->reports.items[i];
		if (!item_in_report(it, r))
			continue;
		const status_entry *s = item_entry_in(it, r);
		value *e = value_map(c->a);
		value_set(c->a, e, "report",
		          s ? page_entry_link(c, r, it) : page_link(c, r->title, r->path));
		value_set_str(c->a, e, "period", format_period(c->a, c->fmt, r->per));
		value_set_str(c->a, e, "as_of", format_date(c->a, c->fmt, r->as_of));
		if (s)
			page_set_entry_values(c, e, it, s, 3);
		else
			value_set(c->a, e, "status", page_state_tag(c, "not_in_report"));
		page_seal(c, e, page_entry_keys);
		value_push(c->a, v, e);
	}
	return v;
}

/* The parts of a citation; the theme writes the sentence around them. The address is the
 * permanent one: absolute with a base URL, else from the site root, linked relative to the
 * page so the link also works from the file system. */
static value *
cite_value(const ctx *c, const item *it, const char *heading)
{
	value *v = value_map(c->a);
	const char *address = page_address(c, it->path);
	value_set_str(c->a, v, "address", address);
	value_set_str(c->a, v, "href", c->base_url ? address : "index.html");
	value_set_bool(c->a, v, "absolute", c->base_url != NULL);
	value_set_str(c->a, v, "council", c->m->site.council);
	value_set_str(c->a, v, "heading", heading);
	value_set_str(c->a, v, "title", it->title);
	page_set_lang(c, v, "title_lang", it->title);
	value_set_str(c->a, v, "plan", it->plan->title);
	page_set_lang(c, v, "plan_lang", it->plan->title);
	/* the report the page quotes: the one its latest statement comes from, else the
	 * plan's latest; a plan without reports reported nothing */
	const report *r = it->current ? it->current->report
	                  : it->plan->reports.len
	                      ? it->plan->reports.items[it->plan->reports.len - 1]
	                      : NULL;
	if (r) {
		value *rv = page_link(c, r->title, r->path);
		value_set_str(c->a, rv, "period", format_period(c->a, c->fmt, r->per));
		value_set_str(c->a, rv, "as_of", format_date(c->a, c->fmt, r->as_of));
		value_set(c->a, v, "report", rv);
	} else {
		value_set(c->a, v, "report", value_null(c->a));
	}
	return v;
}

/* The item's own data: its index.json, and the open data file holding its row. */
static value *
download_value(const ctx *c, const item *it)
{
	static const char *const files[ITEM_KIND_COUNT] = {
	    [ITEM_ACTIVITY] = "activities.csv",
	    [ITEM_DELIVERABLE] = "deliverables.csv",
	    [ITEM_MEASURE] = "measures.csv",
	};
	value *v = value_map(c->a);
	value_set_str(c->a, v, "json_url", "index.json");
	value_set_str(c->a, v, "id", it->id);
	const char *file = files[it->kind];
	if (file) {
		value_set_str(c->a, v, "csv_file", file);
		value_set_str(c->a, v, "csv_url",
		              arena_printf(c->a, "%s%s", page_site_root(c),
		                           paths_data_file(c->a, it->plan, file)));
	} else {
		value_set(c->a, v, "csv_file", value_null(c->a));
	}
	return v;
}

value *
pages_item(const ctx *c, const item *it)
{
	arena *a = c->a;
	value *d = value_map(a);
	const char *heading = page_item_heading(c, it);
	page_common(
	    c, d,
	    page_fmt(c, "items.page_title", "heading", heading, "title", it->title, (char *)NULL),
	    it->path, page_plain_summary(c, it->description ? it->description : it->title));
	value_set(a, d, "breadcrumbs", page_crumbs_for_item(c, it));
	value *v = value_map(a);
	value_set_str(a, v, "id", it->id);
	value_set_str(a, v, "kind", item_kind_id(it->kind));
	value_set_str(a, v, "heading", heading);
	value_set_str(a, v, "title", it->title);
	page_set_lang(c, v, "title_lang", it->title);
	value_set_str(a, v, "plan", it->plan->title);
	value_set(a, v, "plan_link", page_link(c, it->plan->title, it->plan->path));
	value_set_str(a, v, "description", page_html(c, it->description, 1));
	value_set_str(a, v, "notes", page_html(c, it->notes, 2));
	value_set_str(a, v, "source_note", it->source_note);
	value_set(a, v, "flags", page_flags(c, it));
	value_set(a, v, "status", page_status_tag(c, it));
	value_set_bool(a, v, "has_status",
	               it->kind == ITEM_ACTIVITY || it->kind == ITEM_DELIVERABLE ||
	                   it->kind == ITEM_MEASURE);
	if (it->current) {
		if (it->current->confidence)
			value_set(a, v, "confidence",
			          page_tag(c,
			                   page_label(c, "confidence",
			                              confidence_id(it->current->confidence)),
			                   confidence_id(it->current->confidence)));
		value_set_str(a, v, "note", page_html(c, it->current->note, 2));
		value_set_str(a, v, "reason", it->current->reason);
		value_set(a, v, "reported", page_entry_link(c, it->current->report, it));
		value_set_str(a, v, "entry_source_note", it->current->source_note);
	}
	value_set(a, v, "deadline", page_deadline(c, it));
	value_set(a, v, "leads", page_leads(c, it));
	value_set(a, v, "equality",
	          page_table(c, page_text(c, "items.table.equality_outcome"),
	                     equality_links(c, &it->equality)));
	value_set(a, v, "group_tags", page_group_tags(c, &it->characteristics));
	if (it->children.len) {
		const item *first = it->children.items[0];
		value_set_str(a, v, "children_label", page_kind_label(c, first));
		bool nested = false; /* the summary then counts more than the table lists */
		for (size_t i = 0; i < it->children.len && !nested; i++)
			nested = ((const item *)it->children.items[i])->children.len > 0;
		value_set_bool(a, v, "children_nested", nested);
		value_set(a, v, "children",
		          page_table(c, page_kind_label(c, it->children.items[0]),
		                     page_rows(c, &it->children)));
	}
	value_set(a, v, "measures",
	          page_table(c, page_text(c, "common.table.measure"), page_rows(c, &it->measures)));
	if (it->kind == ITEM_PRIORITY || it->kind == ITEM_OUTCOME) {
		status_counts sc = {0};
		page_count_tree(&sc, it);
		value_set(a, v, "summary", page_summary(c, &sc, it->title));
	}
	value *hist = page_table(c, page_text(c, "common.table.report"), history_value(c, it));
	bool notes = false; /* a Note column only when some row has one */
	for (size_t i = 0; page_given(hist) && i < value_get(hist, "rows")->n; i++) {
		const value *row_v = value_get(hist, "rows")->items[i];
		notes = notes || page_given(value_get(row_v, "note")) ||
		        page_given(value_get(row_v, "reason")) ||
		        page_given(value_get(row_v, "entry_source_note"));
	}
	if (page_given(hist))
		value_set_bool(a, hist, "has_notes", notes);
	value_set(a, v, "history", hist);
	value *cite = cite_value(c, it, heading);
	value_set(a, v, "cite", cite);
	if (page_given(value_get(cite, "report")))
		value_set(a, value_get(d, "page"), "period",
		          value_get(value_get(cite, "report"), "period"));
	value_set(a, v, "download", download_value(c, it));
	if (c->base_url)
		page_set_feed(c, d, it->path,
		              page_fmt(c, "items.feed_title", "heading", heading, "title",
		                       it->title, (char *)NULL));
	value_set(a, d, "item", v);
	return d;
}

/* A period that ends after the latest report's period: nothing could be reported for it yet. */
static bool
after_reports(const plan *pl, period per)
{
	if (!pl->reports.len)
		return false;
	const report *last = pl->reports.items[pl->reports.len - 1];
	return last->per.kind != PERIOD_NONE && period_end(per) > period_end(last->per);
}

/* A breakdown: the whole's parts side by side (chart and rows), or a part's whole. */
static void
breakdown_value(const ctx *c, const item *it, value *m)
{
	const measure_info *mi = it->measure;
	if (!mi)
		return;
	if (mi->part_of)
		value_set(c->a, m, "part_of", page_link(c, mi->part_of->title, mi->part_of->path));
	if (!mi->parts.len)
		return;
	value *b = value_map(c->a);
	const char *sentence = NULL;
	value_set_str(c->a, b, "chart", charts_breakdown(c->a, c->charts, it, &sentence));
	value_set_str(c->a, b, "sentence", sentence);
	value_set_bool(c->a, b, "overlap", mi->parts_overlap);
	value *parts = value_list(c->a);
	for (size_t i = 0; i < mi->parts.len; i++) {
		const item *part = mi->parts.items[i];
		value *r = page_row(c, part);
		value_set(c->a, r, "group_tags", page_group_tags(c, &part->characteristics));
		value_push(c->a, parts, r);
	}
	value_set(c->a, b, "parts", page_table(c, page_text(c, "items.table.group"), parts));
	value_set(c->a, m, "breakdown", b);
}

value *
pages_measure(const ctx *c, const item *it)
{
	value *d = pages_item(c, it);
	arena *a = c->a;
	value *v = value_get(d, "item");
	const measure_info *mi = it->measure;
	const status_entry *s = it->current;
	value *m = value_map(a);
	if (mi) {
		value_set_str(a, m, "unit", unit_id(mi->unit));
		value_set_str(a, m, "unit_label", mi->unit_label);
		if (mi->polarity)
			value_set_str(a, m, "polarity",
			              page_label(c, "polarity", polarity_id(mi->polarity)));
		value_set_str(a, m, "type", mi->type);
	}
	if (s) {
		const history_point *hp = NULL; /* the series' row for the latest figure's period */
		for (size_t i = 0; mi && i < mi->nhistory && !hp; i++)
			if (period_equal(mi->history[i].per, s->figure_period))
				hp = &mi->history[i];
		if (s->has_target)
			value_set_str(a, m, "target", page_measure_value(c, mi, s->target));
		else if (hp && hp->has_target) /* from the measure's targets for that period */
			value_set_str(a, m, "target", page_measure_value(c, mi, hp->target));
		if (s->has_actual)
			value_set_str(a, m, "actual", page_measure_value(c, mi, s->actual));
		else if (s->actual_as_written)
			value_set_str(a, m, "actual", page_no_figure(c, s->actual_as_written));
		value_set_str(a, m, "suppressed", s->suppressed);
		if (s->short_trend)
			value_set_str(a, m, "short_trend",
			              page_label(c, "trend", trend_id(s->short_trend)));
		if (s->long_trend)
			value_set_str(a, m, "long_trend",
			              page_label(c, "trend", trend_id(s->long_trend)));
		value_set_str(a, m, "last_update",
		              s->last_update ? format_period(a, c->fmt, s->figure_period) : NULL);
		value_set_str(a, m, "why_off_target", page_html(c, s->why_off_target, 2));
		value_set_str(a, m, "actions", page_html(c, s->actions, 2));
		value_set_str(a, m, "back_on_track", page_html(c, s->back_on_track, 2));
	}
	if (mi && mi->nhistory) {
		value *cols = value_list(a);
		for (size_t k = 0; k < mi->ncomparators; k++)
			value_push(a, cols, value_string(a, mi->comparators[k]));
		value *hist = value_list(a);
		const char **anchors = exports_history_anchors(a, mi);
		for (size_t i = 0; i < mi->nhistory; i++) {
			const history_point *h = &mi->history[i];
			value *r = value_map(a);
			value_set_str(a, r, "period", format_period(a, c->fmt, h->per));
			value_set_str(a, r, "anchor", anchors[i]);
			value_set_str(a, r, "actual",
			              h->suppressed   ? ""
			              : h->has_actual ? page_measure_value(c, mi, h->actual)
			              : after_reports(it->plan, h->per)
			                  ? page_text(c, "items.series.no_report_yet")
			                  : page_text(c, "items.series.no_data"));
			value_set_str(a, r, "suppressed", h->suppressed);
			value_set_str(a, r, "target",
			              h->has_target ? page_measure_value(c, mi, h->target) : "");
			value_set_str(a, r, "red",
			              h->has_red ? page_measure_value(c, mi, h->red) : "");
			if (h->restated && h->has_earlier && h->earlier_report) {
				value_set_str(a, r, "restated", h->restated);
				value_set_str(a, r, "earlier",
				              page_measure_value(c, mi, h->earlier));
				value_set(a, r, "earlier_report",
				          page_entry_link(c, h->earlier_report, it));
			} else {
				value_set(a, r, "restated", value_null(a));
			}
			value *comp = value_list(a);
			for (size_t k = 0; k < mi->ncomparators; k++)
				value_push(a, comp,
				           value_string(
				               a, h->has_comparator[k]
				                      ? page_measure_value(c, mi, h->comparator[k])
				                      : ""));
			value_set(a, r, "comparators", comp);
			value_push(a, hist, r);
		}
		value_set(a, m, "comparator_names", cols);
		value_set(a, m, "history", hist);
		value_set_bool(a, m, "has_history", true);
		const char *sentence = NULL;
		value_set_str(a, m, "chart", charts_measure_trend(a, c->charts, it, &sentence));
		value_set_str(a, m, "chart_summary", sentence);
		if (sentence)
			value_set_str(a, value_get(d, "page"), "description", sentence);
	}
	breakdown_value(c, it, m);
	/* a heading only over something: a statement or a series */
	value_set_bool(a, m, "any", s != NULL || (mi && mi->nhistory));
	value_set(a, v, "measure", m);
	return d;
}
