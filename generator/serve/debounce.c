/* debounce.c - a burst of file events becomes one rebuild. See debounce.h. */
#include "serve/debounce.h"

debounce
debounce_make(long quiet_ms, long max_ms)
{
	return (debounce){.quiet_ms = quiet_ms, .max_ms = max_ms};
}

void
debounce_event(debounce *d, long now)
{
	if (!d->pending) {
		d->pending = true;
		d->first = now;
	}
	d->last = now;
}

long
debounce_wait(const debounce *d, long now)
{
	if (!d->pending)
		return -1;
	long quiet_due = d->last + d->quiet_ms;
	long max_due = d->first + d->max_ms;
	long due = quiet_due < max_due ? quiet_due : max_due;
	return due > now ? due - now : 0;
}

void
debounce_clear(debounce *d)
{
	d->pending = false;
}
