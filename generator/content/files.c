/* files.c - which files make the content: gathered from a folder on disk (content_load) or
 * given in memory (content_load_files, for tests and the fuzzer), checked for what must not
 * be read (symbolic links, special files, huge files), sorted, then handed to load.c.
 *
 * Nothing here follows a symbolic link or opens anything but a regular file, so content
 * cannot make plansite read outside its folder or block on a FIFO. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content/internal.h"
#include "util/fs.h"

/* Sort key: site, registry, equality, then plans by folder, each plan's files by role. */
static int
compare_files(const void *pa, const void *pb)
{
	const content_file *a = pa, *b = pb;
	int ga = a->plan ? 3 : (int)a->role, gb = b->plan ? 3 : (int)b->role;
	if (ga != gb)
		return ga < gb ? -1 : 1;
	if (a->plan) {
		int c = strcmp(a->plan, b->plan);
		if (c)
			return c;
		if (a->role != b->role)
			return a->role < b->role ? -1 : 1;
	}
	return strcmp(a->path, b->path);
}

typedef struct gather {
	loader *ld;
	content_file *files;
	size_t n, cap;
} gather;

static void
gather_add(gather *g, content_file_role role, const char *path, const char *plan_name,
           const char *text, size_t len, const char *real)
{
	if (g->n == CONTENT_MAX_FILES) {
		diag_error(g->ld->d, (mark){path, 0, 0},
		           "more than %d content files: plansite stops here", CONTENT_MAX_FILES);
	}
	if (g->n >= CONTENT_MAX_FILES)
		return;
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 64;
		content_file *files = arena_alloc(g->ld->a, cap * sizeof *files);
		if (g->n)
			memcpy(files, g->files, g->n * sizeof *files);
		g->files = files;
		g->cap = cap;
	}
	g->files[g->n++] = (content_file){role, path, plan_name, text, len, real};
}

static bool
is_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static model *
finish(loader *ld, content_file *files, size_t n, size_t errors0, size_t warnings0)
{
	size_t msgs0 = ld->d->len;
	if (n > 1)
		qsort(files, n, sizeof *files, compare_files);
	content_load_sorted(ld, files, n);
	translate_finish(ld);
	content_resolve(ld);
	content_validate(ld);
	content_quote_sources(ld, files, n, msgs0);
	diag *d = ld->d;
	bool failed = d->errors > errors0 || (d->strict && d->warnings > warnings0);
	return failed ? NULL : ld->m;
}

static void
loader_init(loader *ld, arena *a, diag *d, const char *prefix)
{
	memset(ld, 0, sizeof *ld);
	ld->a = a;
	ld->tmp = a;
	ld->d = d;
	ld->prefix = prefix;
	ld->suggest_budget = CONTENT_SUGGEST_BUDGET;
	ld->m = arena_alloc(a, sizeof *ld->m);
	ld->m->arena = a;
	map_init(&ld->m->by_path, a);
	map_init(&ld->people, a);
	map_init(&ld->directorates, a);
	map_init(&ld->characteristics, a);
	map_init(&ld->equality_outcomes, a);
	map_init(&ld->plans, a);
	map_init(&ld->flags, a);
}

/* ---- from disk ---- */

typedef enum { ENTRY_NONE, ENTRY_FILE, ENTRY_DIR, ENTRY_BAD } entry_kind;

/* What path is, without following symbolic links; reports links and special files under
 * the name shown. */
static entry_kind
entry_stat(gather *g, const char *path, const char *shown, off_t *size)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			diag_io_error(g->ld->d, (mark){shown, 0, 0}, "cannot read: %s",
			              strerror(errno));
		return ENTRY_NONE;
	}
	if (S_ISLNK(st.st_mode)) {
		diag_error(g->ld->d, (mark){shown, 0, 0},
		           "symbolic link: content is read only from real files and folders");
		return ENTRY_BAD;
	}
	if (S_ISDIR(st.st_mode))
		return ENTRY_DIR;
	if (!S_ISREG(st.st_mode)) {
		diag_error(g->ld->d, (mark){shown, 0, 0}, "not a regular file");
		return ENTRY_BAD;
	}
	if (size)
		*size = st.st_size;
	return ENTRY_FILE;
}

/* Reads one file at path (shown as shown) into the gathered list. */
static void
gather_file(gather *g, content_file_role role, const char *path, const char *shown,
            const char *plan_name)
{
	off_t size = 0;
	entry_kind k = entry_stat(g, path, shown, &size);
	if (k == ENTRY_DIR)
		diag_error(g->ld->d, (mark){shown, 0, 0}, "a folder where a file was expected");
	if (k != ENTRY_FILE)
		return;
	if (size > CONTENT_MAX_FILE_BYTES) {
		diag_error(g->ld->d, (mark){shown, 0, 0}, "file too large (%lld bytes; at most %d)",
		           (long long)size, CONTENT_MAX_FILE_BYTES);
		return;
	}
	/* Read when loaded (content_load_sorted), so that only one file's text is in memory. */
	gather_add(g, role, shown, plan_name, NULL, (size_t)size, path);
}

/* Every *.yaml file of folder rel (relative to the content folder). */
static void
gather_folder(gather *g, const char *dir, const char *rel, content_file_role role,
              const char *plan_name)
{
	loader *ld = g->ld;
	const char *path = fs_join(ld->a, dir, rel);
	if (entry_stat(g, path, arena_printf(ld->a, "%s%s", ld->prefix, rel), NULL) != ENTRY_DIR)
		return;
	char **names;
	int n = fs_list(ld->a, path, false, &names);
	if (n < 0) {
		diag_io_error(ld->d, (mark){arena_printf(ld->a, "%s%s", ld->prefix, rel), 0, 0},
		              "cannot read folder: %s", strerror(errno));
		return;
	}
	for (int i = 0; i < n; i++) {
		const char *file = fs_join(ld->a, path, names[i]);
		const char *shown = arena_printf(ld->a, "%s%s/%s", ld->prefix, rel, names[i]);
		if (!is_yaml_name(names[i])) {
			if (entry_stat(g, file, shown, NULL) != ENTRY_BAD)
				diag_warning(ld->d, (mark){shown, 0, 0},
				             "ignored: content files end in .yaml");
			continue;
		}
		gather_file(g, role, file, shown, plan_name);
	}
}

static const char *const plan_parts[] = {"plan.yaml", "outcomes", "measures", "reports"};

static void
gather_plan(gather *g, const char *dir, const char *name)
{
	loader *ld = g->ld;
	const char *rel = arena_printf(ld->a, "plans/%s", name);
	const char *path = fs_join(ld->a, dir, rel);
	const char *shown = arena_printf(ld->a, "%s%s", ld->prefix, rel);
	entry_kind k = entry_stat(g, path, shown, NULL);
	if (k == ENTRY_FILE)
		diag_warning(ld->d, (mark){shown, 0, 0},
		             "ignored: plans/ holds one folder per plan");
	if (k != ENTRY_DIR)
		return;
	if (!id_valid(name)) {
		diag_error(ld->d, (mark){shown, 0, 0},
		           "plan folder name '%s' is not a valid id (a-z, 0-9 and '-')", name);
		return;
	}
	const char *plan_file = fs_join(ld->a, path, "plan.yaml");
	struct stat st;
	if (lstat(plan_file, &st) != 0) {
		diag_error(ld->d, (mark){arena_printf(ld->a, "%s/plan.yaml", shown), 0, 0},
		           "missing plan.yaml (every folder in plans/ is one plan)");
		return;
	}
	const char *plan_name = arena_strdup(ld->a, name);
	size_t before = g->n;
	gather_file(g, CF_PLAN, plan_file, arena_printf(ld->a, "%s/plan.yaml", shown), plan_name);
	if (g->n == before)
		return; /* reported: without its plan.yaml the rest of the folder means nothing */
	gather_folder(g, dir, arena_printf(ld->a, "%s/outcomes", rel), CF_OUTCOME, plan_name);
	gather_folder(g, dir, arena_printf(ld->a, "%s/measures", rel), CF_MEASURES, plan_name);
	gather_folder(g, dir, arena_printf(ld->a, "%s/reports", rel), CF_REPORT, plan_name);
	char **names;
	int n = fs_list(ld->a, path, false, &names);
	for (int i = 0; i < n; i++) {
		const char *const *parts = plan_parts;
		size_t nparts = sizeof plan_parts / sizeof *plan_parts;
		bool known = false;
		for (size_t j = 0; j < nparts; j++)
			known = known || strcmp(names[i], parts[j]) == 0;
		if (!known)
			diag_warning(
			    ld->d, (mark){arena_printf(ld->a, "%s/%s", shown, names[i]), 0, 0},
			    "ignored: a plan folder holds plan.yaml, outcomes/, measures/ and "
			    "reports/%s",
			    did_you_mean(ld, suggest_word(names[i], parts, nparts)));
	}
}

model *
content_load(arena *a, diag *d, const char *dir)
{
	size_t errors0 = d->errors, warnings0 = d->warnings;
	loader ld;
	/* "." gives paths as the content files name each other: "plans/x/plan.yaml". */
	bool here = strcmp(dir, ".") == 0 || strcmp(dir, "./") == 0;
	size_t dn = strlen(dir);
	loader_init(&ld, a, d,
	            here ? "" : arena_printf(a, "%s%s", dir, dn && dir[dn - 1] == '/' ? "" : "/"));
	gather g = {.ld = &ld};
	const char *site = fs_join(a, dir, "site.yaml");
	const char *site_shown = arena_printf(a, "%ssite.yaml", ld.prefix);
	if (entry_stat(&g, site, site_shown, NULL) == ENTRY_NONE)
		diag_error(d, (mark){site_shown, 0, 0},
		           "missing site.yaml (the site's title and council)");
	else
		gather_file(&g, CF_SITE, site, site_shown, NULL);
	gather_folder(&g, dir, "registry", CF_REGISTRY, NULL);
	gather_folder(&g, dir, "equality", CF_EQUALITY, NULL);
	const char *plans = fs_join(a, dir, "plans");
	if (entry_stat(&g, plans, arena_printf(a, "%splans", ld.prefix), NULL) == ENTRY_DIR) {
		char **names;
		int n = fs_list(a, plans, true, &names);
		if (n < 0)
			diag_io_error(d, (mark){arena_printf(a, "%splans", ld.prefix), 0, 0},
			              "cannot read folder: %s", strerror(errno));
		for (int i = 0; i < n; i++) {
			if (names[i][0] != '.') {
				gather_plan(&g, dir, names[i]);
				continue;
			}
			/* A hidden folder would vanish from the site without a word (hidden files
			 * such as .DS_Store are left alone). */
			const char *rel = arena_printf(a, "plans/%s", names[i]);
			struct stat st;
			if (lstat(fs_join(a, dir, rel), &st) == 0 && S_ISDIR(st.st_mode))
				diag_warning(
				    d, (mark){arena_printf(a, "%s%s", ld.prefix, rel), 0, 0},
				    "ignored: a folder whose name starts with '.' is hidden, "
				    "not a plan; rename it to make it one");
		}
	}
	return finish(&ld, g.files, g.n, errors0, warnings0);
}

/* ---- from memory ---- */

/* The role of a path relative to the content folder; plan gets the plan folder name. */
static bool
classify(arena *a, const char *path, content_file_role *role, const char **plan_name)
{
	*plan_name = NULL;
	const char *slash = strchr(path, '/');
	if (strcmp(path, "site.yaml") == 0) {
		*role = CF_SITE;
		return true;
	}
	if (!slash || !is_yaml_name(path))
		return false;
	if (strncmp(path, "registry/", 9) == 0 && !strchr(path + 9, '/')) {
		*role = CF_REGISTRY;
		return true;
	}
	if (strncmp(path, "equality/", 9) == 0 && !strchr(path + 9, '/')) {
		*role = CF_EQUALITY;
		return true;
	}
	if (strncmp(path, "plans/", 6) != 0)
		return false;
	const char *name = path + 6, *end = strchr(name, '/');
	if (!end || end == name)
		return false;
	*plan_name = arena_strndup(a, name, (size_t)(end - name));
	const char *rest = end + 1;
	if (strcmp(rest, "plan.yaml") == 0)
		*role = CF_PLAN;
	else if (strncmp(rest, "outcomes/", 9) == 0 && !strchr(rest + 9, '/'))
		*role = CF_OUTCOME;
	else if (strncmp(rest, "measures/", 9) == 0 && !strchr(rest + 9, '/'))
		*role = CF_MEASURES;
	else if (strncmp(rest, "reports/", 8) == 0 && !strchr(rest + 8, '/'))
		*role = CF_REPORT;
	else
		return false;
	return id_valid(*plan_name);
}

model *
content_load_files(arena *a, diag *d, const char *const *paths, const char *const *texts,
                   const size_t *lens, size_t n)
{
	size_t errors0 = d->errors, warnings0 = d->warnings;
	loader ld;
	loader_init(&ld, a, d, "");
	gather g = {.ld = &ld};
	bool site = false;
	for (size_t i = 0; i < n; i++) {
		content_file_role role;
		const char *plan_name;
		const char *path = arena_strdup(a, paths[i]);
		if (!classify(a, path, &role, &plan_name)) {
			diag_warning(d, (mark){path, 0, 0}, "ignored: not a content file");
			continue;
		}
		site = site || role == CF_SITE;
		gather_add(&g, role, path, plan_name, texts[i], lens ? lens[i] : strlen(texts[i]),
		           NULL);
	}
	if (!site)
		diag_error(d, (mark){"site.yaml", 0, 0},
		           "missing site.yaml (the site's title and "
		           "council)");
	return finish(&ld, g.files, g.n, errors0, warnings0);
}
