/*-------------------------------------------------------------------------
 *
 * drift_math.c
 *	  Share drift on doubles: the growth rate of a segment whose share of
 *	  a growing market moves from share0 to share1, and its inverse, the
 *	  share a segment reaches growing at its own rate.
 *
 * A segment worth share * M, in a market M growing at parent_rate, grows at
 * (1 + parent_rate) * (share1 / share0)^(1 / years) - 1; growing at
 * segment_rate, its share after years is
 * share0 * ((1 + segment_rate) / (1 + parent_rate))^years.  Nothing here
 * calls the server: each function reports a GmStatus and the index of the
 * offending argument (growth_math.h), which the SQL functions of drift.c
 * turn into an error.  Intermediate values are long doubles, in logarithms.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "drift_math.h"

/* Report the first of n arguments that is NaN or infinite, if any. */
static GmStatus
dm_check_finite(const double *args, int n, int *bad_arg)
{
	for (int i = 0; i < n; i++)
	{
		if (!isfinite(args[i]))
		{
			*bad_arg = i;
			return GM_NOT_FINITE;
		}
	}
	return GM_OK;
}

/* Report argument i unless the share v lies in (0, 1]. */
static GmStatus
dm_check_share(double v, int i, int *bad_arg)
{
	if (v > 0.0 && v <= 1.0)
		return GM_OK;
	*bad_arg = i;
	return GM_NOT_SHARE;
}

/* Report argument i if the rate v is -1 or below. */
static GmStatus
dm_check_rate(double v, int i, int *bad_arg)
{
	if (v > -1.0)
		return GM_OK;
	*bad_arg = i;
	return GM_RATE_TOO_LOW;
}

/* Growth rate of a segment whose share moves from share0 to share1. */
GmStatus
dm_implied_cagr(double share0, double share1, double years,
				double parent_rate, double *result, int *bad_arg)
{
	double		args[4] = {share0, share1, years, parent_rate};
	GmStatus	st;
	long double lr;
	double		d;

	if ((st = dm_check_finite(args, 4, bad_arg)) != GM_OK ||
		(st = dm_check_share(share0, 0, bad_arg)) != GM_OK ||
		(st = dm_check_share(share1, 1, bad_arg)) != GM_OK)
		return st;
	if (years == 0.0)
	{
		*bad_arg = 2;
		return GM_ZERO;
	}
	if ((st = dm_check_rate(parent_rate, 3, bad_arg)) != GM_OK)
		return st;
	/* ln(1 + rate): the market's, plus the share's own drift per year */
	lr = log1pl((long double) parent_rate) +
		(logl((long double) share1) - logl((long double) share0)) / years;
	/* expm1 keeps the digits of small rates */
	d = (double) expm1l(lr);
	*bad_arg = -1;
	if (isinf(d) || isnan(d))
		return GM_OVERFLOW;
	/* a rate > -1 that rounds to -1 has lost all its digits */
	if (d <= -1.0)
		return GM_UNDERFLOW;
	*result = d;
	return GM_OK;
}

/* Share reached after years by a segment growing at segment_rate. */
GmStatus
dm_share_reached(double share0, double segment_rate, double parent_rate,
				 double years, double *result, int *bad_arg)
{
	double		args[4] = {share0, segment_rate, parent_rate, years};
	GmStatus	st;
	long double drift;
	double		d;

	if ((st = dm_check_finite(args, 4, bad_arg)) != GM_OK ||
		(st = dm_check_share(share0, 0, bad_arg)) != GM_OK ||
		(st = dm_check_rate(segment_rate, 1, bad_arg)) != GM_OK ||
		(st = dm_check_rate(parent_rate, 2, bad_arg)) != GM_OK)
		return st;
	*bad_arg = -1;
	/* the same rates keep the share, whatever the years */
	if (segment_rate == parent_rate)
	{
		*result = share0;
		return GM_OK;
	}
	/* ln of the share's factor over the years */
	drift = (long double) years *
		(log1pl((long double) segment_rate) - log1pl((long double) parent_rate));
	/* decided in logarithms, before any factor can overflow */
	if (logl((long double) share0) + drift > log1pl((long double) DM_SHARE_SLACK))
		return GM_SHARE_ABOVE_ONE;
	d = (double) ((long double) share0 * expl(drift));
	if (d == 0.0)
		return GM_UNDERFLOW;
	/* within DM_SHARE_SLACK of the whole market: rounding of 1 */
	*result = d > 1.0 ? 1.0 : d;
	return GM_OK;
}
