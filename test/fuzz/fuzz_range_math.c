/*
 * fuzz_range_math.c
 *	  libFuzzer target for src/core/market/range_math.c: the input picks a
 *	  function, a mode and its intervals.  Properties: no bound is ever NaN;
 *	  lo <= hi given ordered input intervals; widening an input interval never
 *	  narrows the output; a stated interval contains its value and stays
 *	  within the limits; and for exact input intervals (lo = hi) the bounds
 *	  equal the point computation (a direct pow) within a relative 1e-12.
 *
 * In the raw mode the doubles come straight from the input (NaN skipped,
 * each mapped into its domain: sizes and shares >= 0, rates >= -1), to find
 * NaN and disorder at the extremes.  In the structured mode the inputs are
 * those a market can give: sizes in [2^-10, 2^21] (about 0.001 to 2e6),
 * rates multiples of 2^-14 in (-1, 3] (so that 1 + rate is exact), anchors'
 * years whole and a forecast's year a multiple of 1/16 (a date), both in
 * 1900..2200 as the forecasting functions take them.  There the bounds of
 * exact inputs are the point within 1e-12; far beyond (a year thousands of
 * anchor spans away) a^(1-t) b^t computed from logs loses more than that to
 * cancellation, which forecast.c's clamp of the bounds to the value covers.
 */
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "range_math.h"

#define POINT_TOLERANCE 1e-12

typedef struct Input
{
	const uint8_t *data;
	size_t		size;
} Input;

/* The next double of the input, or a small integer when it runs short. */
static double
next_double(Input *in)
{
	double		d = 0.0;

	if (in->size >= sizeof(double))
	{
		memcpy(&d, in->data, sizeof(double));
		in->data += sizeof(double);
		in->size -= sizeof(double);
	}
	else if (in->size > 0)
	{
		d = (double) (int8_t) *in->data;
		in->data += 1;
		in->size -= 1;
	}
	return d;
}

/* The next 16 bits of the input, 0 when it runs short. */
static unsigned
next_u16(Input *in)
{
	unsigned	v = 0;

	for (int i = 0; i < 2 && in->size > 0; i++)
	{
		v = (v << 8) | *in->data;
		in->data += 1;
		in->size -= 1;
	}
	return v;
}

/* A value of a domain (0: size, 1: rate, 2: share), raw or structured. */
static double
next_value(Input *in, bool raw, int domain)
{
	double		d;

	if (raw)
	{
		d = next_double(in);
		if (isnan(d))
			return d;
		if (domain == 1)
			return fmax(d, -1.0);
		d = fabs(d);
		return domain == 2 ? fmin(d, 1.0) : d;
	}
	if (domain == 1)
		return (next_u16(in) % 65536) / 16384.0 - 1.0 + 1.0 / 16384;
	if (domain == 2)
		return next_u16(in) / 65535.0;
	d = (next_u16(in) + 1) / 65536.0;
	return ldexp(d, (int) (next_u16(in) % 31) - 9);
}

/* A year: raw, or in 1900..2200, whole (an anchor's) or a multiple of 1/16. */
static double
next_year(Input *in, bool raw, bool whole)
{
	if (raw)
		return next_double(in);
	if (whole)
		return 1900 + (int) (next_u16(in) % 301);
	return 1900 + (int) (next_u16(in) % 4801) / 16.0;
}

/*
 * An ordered interval of a domain, and one that contains it (widened by
 * two more values of the domain); false if a value is NaN.
 */
static bool
next_interval(Input *in, bool raw, int domain, bool exact, double iv[2],
			  double wide[2])
{
	double		a = next_value(in, raw, domain);
	double		b = exact ? a : next_value(in, raw, domain);
	double		c = next_value(in, raw, domain);
	double		d = next_value(in, raw, domain);

	if (isnan(a) || isnan(b) || isnan(c) || isnan(d))
		return false;
	iv[0] = fmin(a, b);
	iv[1] = fmax(a, b);
	wide[0] = fmin(iv[0], c);
	wide[1] = fmax(iv[1], d);
	return true;
}

/* The bounds are not NaN and ordered. */
static void
check_bounds(double lo, double hi)
{
	assert(!isnan(lo) && !isnan(hi));
	assert(lo <= hi);
}

/* The bounds of the wider inputs contain those of the narrower ones. */
static void
check_wider(double lo, double hi, double wlo, double whi)
{
	check_bounds(wlo, whi);
	assert(wlo <= lo && whi >= hi);
}

/*
 * For exact inputs, both bounds are the point within POINT_TOLERANCE, plus
 * the rounding a power carries in double: a few ulps per unit of its
 * exponent's log (cond = |exponent x log(base)|: the bounds take the power
 * as exp of a sum of logs, the reference as pow, and each rounds so).
 */
static void
check_point(double lo, double hi, double point, double cond)
{
	double		tol = POINT_TOLERANCE + 16.0 * DBL_EPSILON * fabs(cond);

	if (!isnormal(point) || point > 1e300 || point < 1e-300)
		return;
	assert(fabs(lo / point - 1.0) <= tol);
	assert(fabs(hi / point - 1.0) <= tol);
}

/* gm_stated_interval: contains the value, within the limits. */
static void
fuzz_stated(Input *in, bool raw)
{
	static const GmLimits *const limits[] = {&gm_size_limits, &gm_rate_limits,
	&gm_share_limits};
	int			domain = next_u16(in) % 3;
	int			scale = raw ? (int) (int16_t) next_u16(in) : (int) (next_u16(in) % 13);
	GmHedge		hedge = (GmHedge) (next_u16(in) % 4);
	bool		rounding = next_u16(in) % 2;
	const GmLimits *lim = limits[domain];
	double		value = next_value(in, raw, domain);
	double		lo,
				hi;

	if (isnan(value))
		return;
	gm_stated_interval(value, scale, hedge, rounding, lim, &lo, &hi);
	check_bounds(lo, hi);
	assert(lo <= value && value <= hi);
	assert(lo >= lim->floor && hi <= lim->ceiling);
	if (hedge == GM_HEDGE_NONE && !rounding)
		assert(lo == value && hi == value);
	if (hedge == GM_HEDGE_MORE)
		assert(hi == lim->ceiling);
	if (hedge == GM_HEDGE_UP_TO)
		assert(lo == lim->floor);
}

/* gm_range_interpolate at a year strictly between the anchors' years. */
static void
fuzz_interpolate(Input *in, bool raw, bool exact)
{
	double		y[3],
				a[2],
				wa[2],
				b[2],
				wb[2],
				lo,
				hi,
				wlo,
				whi,
				t;

	for (int i = 0; i < 3; i++)
		y[i] = next_year(in, raw, i < 2);
	if (!next_interval(in, raw, 0, exact, a, wa) ||
		!next_interval(in, raw, 0, exact, b, wb))
		return;
	/* the anchors' years in order, the year strictly between, all finite */
	if (y[0] > y[1])
	{
		t = y[0];
		y[0] = y[1];
		y[1] = t;
	}
	t = y[1];
	y[1] = y[2];
	y[2] = t;
	if (!isfinite(y[0]) || !isfinite(y[2]) || !(y[0] < y[1] && y[1] < y[2]))
		return;
	gm_range_interpolate(y[0], a[0], a[1], y[2], b[0], b[1], y[1], &lo, &hi);
	check_bounds(lo, hi);
	gm_range_interpolate(y[0], wa[0], wa[1], y[2], wb[0], wb[1], y[1], &wlo, &whi);
	check_wider(lo, hi, wlo, whi);
	if (exact && !raw)
	{
		t = (y[1] - y[0]) / (y[2] - y[0]);
		check_point(lo, hi, a[0] * pow(b[0] / a[0], t), t * log(b[0] / a[0]) + log(a[0]));
	}
}

/* gm_range_project, forwards or backwards. */
static void
fuzz_project(Input *in, bool raw, bool exact)
{
	double		years = next_year(in, raw, false) - next_year(in, raw, true),
				f[2],
				wf[2],
				r[2],
				wr[2],
				lo,
				hi,
				wlo,
				whi;

	if (!isfinite(years) ||
		!next_interval(in, raw, 0, exact, f, wf) ||
		!next_interval(in, raw, 1, exact, r, wr))
		return;
	gm_range_project(f[0], f[1], r[0], r[1], years, &lo, &hi);
	check_bounds(lo, hi);
	gm_range_project(wf[0], wf[1], wr[0], wr[1], years, &wlo, &whi);
	check_wider(lo, hi, wlo, whi);
	if (exact && !raw)
		check_point(lo, hi, f[0] * pow(1.0 + r[0], years), years * log1p(r[0]) + log(f[0]));
}

/* gm_range_cagr at a year outside the anchors' years. */
static void
fuzz_cagr(Input *in, bool raw, bool exact)
{
	double		y0 = next_year(in, raw, true),
				y1 = next_year(in, raw, true),
				year = next_year(in, raw, false),
				a[2],
				wa[2],
				b[2],
				wb[2],
				lo,
				hi,
				wlo,
				whi,
				t;

	if (!next_interval(in, raw, 0, exact, a, wa) ||
		!next_interval(in, raw, 0, exact, b, wb))
		return;
	if (y0 > y1)
	{
		t = y0;
		y0 = y1;
		y1 = t;
	}
	if (!isfinite(y0) || !isfinite(y1) || !isfinite(year) || !(y0 < y1))
		return;
	/* only where the caller uses it: t, as the function computes it, outside [0, 1] */
	t = (year - y0) / (y1 - y0);
	if (!(t < 0.0 || t > 1.0))
		return;
	gm_range_cagr(y0, a[0], a[1], y1, b[0], b[1], year, &lo, &hi);
	check_bounds(lo, hi);
	gm_range_cagr(y0, wa[0], wa[1], y1, wb[0], wb[1], year, &wlo, &whi);
	check_wider(lo, hi, wlo, whi);
	if (exact && !raw)
		check_point(lo, hi, a[0] * pow(b[0] / a[0], t), t * log(b[0] / a[0]) + log(a[0]));
}

/* gm_range_times of a share and a size. */
static void
fuzz_times(Input *in, bool raw, bool exact)
{
	double		a[2],
				wa[2],
				b[2],
				wb[2],
				lo,
				hi,
				wlo,
				whi;

	if (!next_interval(in, raw, 2, exact, a, wa) ||
		!next_interval(in, raw, 0, exact, b, wb))
		return;
	gm_range_times(a[0], a[1], b[0], b[1], &lo, &hi);
	check_bounds(lo, hi);
	gm_range_times(wa[0], wa[1], wb[0], wb[1], &wlo, &whi);
	check_wider(lo, hi, wlo, whi);
	if (exact && !raw)
		check_point(lo, hi, a[0] * b[0], 0.0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Input		in = {data, size};
	uint8_t		head;
	bool		raw,
				exact;

	if (size < 1)
		return 0;
	head = data[0];
	in.data++;
	in.size--;
	raw = (head >> 3) & 1;
	exact = (head >> 4) & 1;
	switch (head % 5)
	{
		case 0:
			fuzz_stated(&in, raw);
			break;
		case 1:
			fuzz_interpolate(&in, raw, exact);
			break;
		case 2:
			fuzz_project(&in, raw, exact);
			break;
		case 3:
			fuzz_cagr(&in, raw, exact);
			break;
		default:
			fuzz_times(&in, raw, exact);
			break;
	}
	return 0;
}
