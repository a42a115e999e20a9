/* chart_scale.h - value domains, round ("nice") tick values, linear scales and number text for
 * the charts. Pure functions of their arguments: no allocation, no state. Inputs that are not
 * finite are ignored or treated as 0, and magnitudes are clamped to CHART_MAX_VALUE, so no
 * result is ever NaN or infinite. */
#ifndef PLANSITE_CHART_SCALE_H
#define PLANSITE_CHART_SCALE_H

#include <stdbool.h>
#include <stddef.h>

#define CHART_MAX_VALUE 1e15

typedef struct chart_ticks {
	double lo, hi;   /* the axis range: whole multiples of step, lo < hi */
	double step;     /* 1, 2, 2.5 or 5 times a power of ten */
	long long first; /* lo = first * step */
	int count;       /* ticks at (first + i) * step for i in [0, count) */
	int decimals;    /* digits after the point that every tick label needs */
} chart_ticks;

/* Round ticks covering [min, max] with at most about `target` ticks (at least 2). The step is
 * the smallest of 1, 2, 2.5, 5 x 10^k that is at least (max - min) / (target - 1); integer
 * forbids steps below 1 and 2.5 (for counts). min == max gets a range around the value;
 * min > max are swapped. */
chart_ticks chart_ticks_for(double min, double max, int target, bool integer);
/* The value of tick i: (first + i) * step, with -0 turned into 0. */
double chart_tick_value(const chart_ticks *t, int i);

/* The range a chart should show for the n values (non-finite ones skipped): their minimum
 * and maximum, widened to take in zero when zero is no further than the data's own spread
 * from them, given headroom when all values are equal, and capped at 100 for percentages that
 * stay within 100. With no usable values: 0 and 1. Returns the number of usable values. */
size_t chart_value_domain(const double *v, size_t n, bool percent, double *lo, double *hi);

/* Linear map of v from [d0, d1] to [r0, r1]; d0 == d1 maps everything to the middle. */
double chart_scale(double v, double d0, double d1, double r0, double r1);

/* Tick labels are written by format_fixed (site/format.h) with the ticks' decimals, so they
 * line up ("57.5", "60.0"). */

#endif
