/* site.c - TEMPORARY placeholder until the site stage lands. */
#include "site/site.h"
bool site_build(const model *m, const site_options *o, diag *d, site_stats *stats) { (void)m; (void)o; (void)d; (void)stats; return false; }
