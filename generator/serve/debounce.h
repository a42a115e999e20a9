/* debounce.h - when to rebuild after a burst of file events.
 *
 * An editor's save is several events (write, rename, attribute change) within a few
 * milliseconds; a `git checkout` is hundreds. A rebuild starts once the events have been
 * quiet for `quiet_ms`, but never later than `max_ms` after the first event of the burst, so a
 * steady trickle of writes cannot postpone it for ever. Times are milliseconds on any
 * monotonic clock; the functions are pure so they can be tested without sleeping. */
#ifndef PLANSITE_SERVE_DEBOUNCE_H
#define PLANSITE_SERVE_DEBOUNCE_H

#include <stdbool.h>

typedef struct debounce {
	long quiet_ms, max_ms;
	bool pending;
	long first, last; /* times of the burst's first and latest events */
} debounce;

/* A debouncer with nothing pending. */
debounce debounce_make(long quiet_ms, long max_ms);
/* Records an event at time now. */
void debounce_event(debounce *d, long now);
/* Milliseconds until the rebuild is due (0: due now), or -1 when nothing is pending: the
 * timeout to wait for more events. */
long debounce_wait(const debounce *d, long now);
/* Ends the burst: call when the rebuild starts (events during it start a new burst). */
void debounce_clear(debounce *d);

#endif
