/*-------------------------------------------------------------------------
 *
 * range_math.c
 *	  The interval a stated figure stands for (its rounding, its hedge, an
 *	  explicit range), and the bounds of each step of the forecast method
 *	  (forecast.c) given the intervals of its inputs.
 *
 * Every step of the method is monotone in each input on the inputs'
 * domain, so its bounds are the step evaluated at the right ends of its
 * inputs' intervals: no sampling.  A bound beyond double range is +inf (no
 * upper bound) or 0; values are never NaN.  Plain C, no server calls.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "range_math.h"

const GmLimits gm_size_limits = {0.0, HUGE_VAL};
const GmLimits gm_rate_limits = {-1.0, HUGE_VAL};
const GmLimits gm_share_limits = {0.0, 1.0};

/* The hedge a qualifier names (NULL: none). */
GmHedge
gm_hedge_from_text(const char *qualifier)
{
	if (qualifier == NULL)
		return GM_HEDGE_NONE;
	if (strcmp(qualifier, "about") == 0)
		return GM_HEDGE_ABOUT;
	if (strcmp(qualifier, "more than") == 0 || strcmp(qualifier, "at least") == 0)
		return GM_HEDGE_MORE;
	if (strcmp(qualifier, "up to") == 0)
		return GM_HEDGE_UP_TO;
	return GM_HEDGE_NONE;
}

/*
 * The interval of a figure stated as value with scale digits after the
 * point: with rounding (or 'about'), half a unit of its last digit either
 * side; 'more than' x up to the ceiling; 'up to' x down to the floor; else
 * the value alone.  Clipped to the limits.
 */
void
gm_stated_interval(double value, int scale, GmHedge hedge, bool rounding,
				   const GmLimits *limits, double *lo, double *hi)
{
	double		half = 0.5 * pow(10.0, -(double) scale);

	*lo = *hi = value;
	if (hedge == GM_HEDGE_MORE)
		*hi = limits->ceiling;
	else if (hedge == GM_HEDGE_UP_TO)
		*lo = limits->floor;
	else if (rounding || hedge == GM_HEDGE_ABOUT)
	{
		*lo = value - half;
		*hi = value + half;
	}
	*lo = fmax(*lo, limits->floor);
	*hi = fmin(*hi, limits->ceiling);
}

/*
 * exp(sum of the logs), the bound of a product of powers: 0 and +inf as the
 * limits give them, and an indeterminate 0 * inf the safe side of the bound
 * (0 for a lower bound, +inf for an upper one).
 */
static double
exp_bound(double logsum, bool upper)
{
	if (isnan(logsum))
		return upper ? HUGE_VAL : 0.0;
	return exp(logsum);
}

/* e * log(x) for x >= 0, with 0 for e = 0 whatever x. */
static double
power_log(double x, double e)
{
	return e == 0.0 ? 0.0 : e * log(x);
}

/* a^(1-t) * b^t for a, b >= 0 and any t, as a lower or upper bound. */
static double
geometric(double a, double b, double t, bool upper)
{
	return exp_bound(power_log(a, 1.0 - t) + power_log(b, t), upper);
}

/*
 * Bounds of the constant-growth path through two anchors at year, strictly
 * between their years: increasing in both anchors.
 */
void
gm_range_interpolate(double year0, double lo0, double hi0,
					 double year1, double lo1, double hi1,
					 double year, double *lo, double *hi)
{
	double		t = (year - year0) / (year1 - year0);

	*lo = geometric(lo0, lo1, t, false);
	*hi = geometric(hi0, hi1, t, true);
}

/* from * (1 + rate)^years, for from >= 0 and rate >= -1, as a bound. */
static double
grow(double from, double rate, double years, bool upper)
{
	return exp_bound(log(from) + (years == 0.0 ? 0.0 : years * log1p(rate)),
					 upper);
}

/*
 * Bounds of growing from an anchor at a rate for years (negative: back in
 * time): increasing in the anchor; in the rate increasing forwards and
 * decreasing backwards.
 */
void
gm_range_project(double from_lo, double from_hi, double rate_lo,
				 double rate_hi, double years, double *lo, double *hi)
{
	*lo = grow(from_lo, years >= 0 ? rate_lo : rate_hi, years, false);
	*hi = grow(from_hi, years >= 0 ? rate_hi : rate_lo, years, true);
}

/*
 * Bounds of extrapolating at the CAGR of the first and last anchors, from
 * the nearer one, at a year outside them: last^(1+k) first^(-k) after the
 * last (k > 0), first^(1-k) last^k before the first (k < 0); each anchor
 * raised to a positive power raises the value, to a negative one lowers it.
 */
void
gm_range_cagr(double year_first, double first_lo, double first_hi,
			  double year_last, double last_lo, double last_hi,
			  double year, double *lo, double *hi)
{
	double		t = (year - year_first) / (year_last - year_first);

	/* the path through both anchors, a^(1-t) b^t, for t outside [0, 1] */
	if (t > 1.0)
	{
		*lo = geometric(first_hi, last_lo, t, false);
		*hi = geometric(first_lo, last_hi, t, true);
	}
	else
	{
		*lo = geometric(first_lo, last_hi, t, false);
		*hi = geometric(first_hi, last_lo, t, true);
	}
}

/*
 * Bounds of a product of two non-negative intervals; a factor of 0 makes
 * the bound 0 even against +inf (0 * inf would be NaN).
 */
void
gm_range_times(double a_lo, double a_hi, double b_lo, double b_hi,
			   double *lo, double *hi)
{
	*lo = (a_lo == 0.0 || b_lo == 0.0) ? 0.0 : a_lo * b_lo;
	*hi = (a_hi == 0.0 || b_hi == 0.0) ? 0.0 : a_hi * b_hi;
}
