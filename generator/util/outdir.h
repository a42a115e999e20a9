/* outdir.h - publishing a build into its output folder safely.
 *
 * A build writes into a private temporary folder beside the output (PARENT/.NAME.new-XXXXXX)
 * while it holds a lock on the output's parent folder, then exchanges that folder with the
 * output in one step. Refuses outputs that are, contain or lie inside protected folders
 * (the content and the theme), so a build can never replace its own sources. */
#ifndef PLANSITE_OUTDIR_H
#define PLANSITE_OUTDIR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef struct outdir {
	const char *given; /* the path as the user wrote it, for messages */
	char *parent;      /* absolute, symlinks resolved */
	char *name;        /* the output's name in parent */
	char *path;        /* parent/name */
	char *fresh;       /* the private temporary folder, NULL before outdir_prepare */
	int lock_fd;       /* the parent folder, flock()ed; -1 when not held */
} outdir;

/* Resolves out (a trailing slash is ignored) and checks it against the n protected folders
 * without touching anything. Errors (exit status 2) go to d. */
bool outdir_resolve(outdir *o, const char *out, const char *const *protect, size_t n, diag *d);
/* Creates the parent, takes the lock (waiting for another build when wait is set, failing
 * at once otherwise), removes temporary folders left by killed builds, restores an output
 * stranded as NAME.old, and creates o->fresh (mode 0755). Errors go to d. */
bool outdir_prepare(outdir *o, bool wait, diag *d);
/* What outdir_prepare does for builds that were killed, without making anything: for a build
 * that may fail before it gets there (the output must not stay missing). */
bool outdir_recover(outdir *o, diag *d);
/* Puts o->fresh in place of the output in one step (renameat2 RENAME_EXCHANGE on Linux;
 * two renames, undone on failure, elsewhere) and removes the previous site. */
bool outdir_publish(outdir *o, diag *d);
/* The fallback of outdir_publish where the exchange is not available, for an existing
 * output: output -> NAME.old, fresh -> output (undone, and checked, if that fails), NAME.old
 * removed. Public so that tests can run it on Linux too. */
bool outdir_publish_renames(outdir *o, diag *d);
/* Removes o->fresh if it is still there (a failed build), releases the lock, frees o. */
void outdir_close(outdir *o, diag *d);

#endif
