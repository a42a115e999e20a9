/* chart_scale.c - see chart_scale.h */
#include "site/chart_scale.h"

#include <math.h>

/* A finite value within +-CHART_MAX_VALUE (NaN becomes 0). */
static double
clean(double v)
{
	if (isnan(v) || fabs(v) < 1e-9)
		return 0;
	if (v > CHART_MAX_VALUE)
		return CHART_MAX_VALUE;
	if (v < -CHART_MAX_VALUE)
		return -CHART_MAX_VALUE;
	return v;
}

chart_ticks
chart_ticks_for(double min, double max, int target, bool integer)
{
	chart_ticks t = {0};
	min = clean(min);
	max = clean(max);
	if (min > max) {
		double x = min;
		min = max;
		max = x;
	}
	if (target < 2)
		target = 2;
	double mag = fabs(min) > fabs(max) ? fabs(min) : fabs(max);
	if (max - min <= mag * 1e-9) { /* all equal, or as good as */
		if (mag == 0) {
			min = 0;
			max = 1;
		} else {
			min -= mag * 0.1;
			max += mag * 0.1;
		}
	}
	double raw = (max - min) / (target - 1);
	int e = (int)floor(log10(raw));
	double p = pow(10, e);
	static const double mantissas[] = {1, 2, 2.5, 5, 10};
	double m = 10;
	for (size_t i = 0; i < sizeof mantissas / sizeof *mantissas; i++) {
		if (mantissas[i] * p >= raw * (1 - 1e-12)) {
			m = mantissas[i];
			break;
		}
	}
	if (m == 10) {
		m = 1;
		e++;
		p = pow(10, e);
	}
	if (integer && (e < 0 || (e == 0 && m == 2.5))) {
		if (e < 0) {
			m = 1;
			e = 0;
		} else {
			m = 5;
		}
		p = pow(10, e);
	}
	t.step = m * p;
	t.decimals = -e + (m == 2.5 ? 1 : 0);
	if (t.decimals < 0)
		t.decimals = 0;
	if (t.decimals > 12)
		t.decimals = 12;
	double first = floor(min / t.step + 1e-9), last = ceil(max / t.step - 1e-9);
	if (last <= first)
		last = first + 1;
	t.first = (long long)first;
	t.count = (int)(last - first) + 1;
	t.lo = chart_tick_value(&t, 0);
	t.hi = chart_tick_value(&t, t.count - 1);
	return t;
}

double
chart_tick_value(const chart_ticks *t, int i)
{
	double v = (double)(t->first + i) * t->step;
	return v == 0 ? 0 : v; /* no -0 */
}

size_t
chart_value_domain(const double *v, size_t n, bool percent, double *lo, double *hi)
{
	size_t used = 0;
	double min = 0, max = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i]))
			continue;
		double x = clean(v[i]);
		if (!used++ || x < min)
			min = x;
		if (used == 1 || x > max)
			max = x;
	}
	if (!used) {
		*lo = 0;
		*hi = 1;
		return 0;
	}
	if (min == max) { /* from zero, with headroom on the far side */
		if (min > 0) {
			max = min * 1.25;
			min = 0;
		} else if (min < 0) {
			min = max * 1.25;
			max = 0;
		} else {
			max = 1;
		}
	}
	double spread = max - min;
	if (min > 0 && min <= spread)
		min = 0;
	if (max < 0 && -max <= spread)
		max = 0;
	if (percent && max > 100 && min < 100) {
		bool within = true;
		for (size_t i = 0; i < n; i++)
			if (isfinite(v[i]) && v[i] > 100)
				within = false;
		if (within)
			max = 100;
	}
	*lo = min;
	*hi = max;
	return used;
}

double
chart_scale(double v, double d0, double d1, double r0, double r1)
{
	v = clean(v);
	if (d1 == d0 || !isfinite(d1 - d0))
		return (r0 + r1) / 2;
	double f = (v - d0) / (d1 - d0);
	return r0 + f * (r1 - r0);
}
