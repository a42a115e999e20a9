/* serve.h - `plansite serve`: build, serve the site over HTTP, rebuild when a file is saved,
 * and make open pages reload themselves.
 *
 * Every rebuild renders into a private folder of its own under one temporary folder the
 * server owns; a successful build is swapped in whole (requests that started on the previous
 * build finish on it, and its folder is removed once no request uses it). A failed rebuild
 * keeps the last good site and shows its errors in place of every page until a rebuild
 * succeeds. While serving, the site's addresses point at the local server, under the path of
 * the production base URL. */
#ifndef PLANSITE_SERVE_H
#define PLANSITE_SERVE_H

#include <stdbool.h>

typedef struct serve_options {
	const char *content, *theme;
	const char *host;     /* a numeric IPv4 or IPv6 address: 127.0.0.1 by default */
	int port;             /* 0: any free port (printed) */
	const char *base_url; /* overrides site.yaml's base_url: only its path is used */
	int jobs;             /* render threads, 0: one per core */
	bool strict;
} serve_options;

/* Serves until SIGINT or SIGTERM, then removes everything it wrote. Returns the exit status:
 * 0 after a clean stop, 2 when the server cannot start (address in use, no temporary
 * folder, no inotify), after printing why. */
int serve_run(const serve_options *o);

#endif
