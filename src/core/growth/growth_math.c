/*-------------------------------------------------------------------------
 *
 * growth_math.c
 *	  Compound-growth arithmetic (CAGR, projection, years to a target,
 *	  geometric interpolation) on doubles, with every domain rule checked.
 *
 * Nothing here calls the server: each function reports a GmStatus and the
 * index of the offending argument, and the SQL wrappers in growth_fns.c
 * turn that into an error (gpumkt_report_status, module.c).  Intermediate values are kept in long double so that
 * ratios and exponents of extreme but finite inputs do not overflow early.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "growth_math.h"

/* Report an argument that is NaN or infinite, if any of n is. */
static GmStatus
check_finite(const double *args, int n, int *bad_arg)
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

/* Report argument i if v is not above zero. */
static GmStatus
check_positive(double v, int i, int *bad_arg)
{
	if (v > 0.0)
		return GM_OK;
	*bad_arg = i;
	return GM_NOT_POSITIVE;
}

/* Report argument i if the rate v is -1 or below. */
static GmStatus
check_rate(double v, int i, int *bad_arg)
{
	if (v > -1.0)
		return GM_OK;
	*bad_arg = i;
	return GM_RATE_TOO_LOW;
}

/* Store a long double result as a double, detecting overflow and underflow. */
static GmStatus
finish(long double r, int nonzero_expected, double *result, int *bad_arg)
{
	double		d = (double) r;

	*bad_arg = -1;
	if (isinf(d) || isnan(d))
		return GM_OVERFLOW;
	if (d == 0.0 && nonzero_expected)
		return GM_UNDERFLOW;
	*result = d;
	return GM_OK;
}

/* Compound annual growth rate from start to end over years (RRI). */
GmStatus
gm_cagr(double start, double end, double years, double *result, int *bad_arg)
{
	double		args[3] = {start, end, years};
	GmStatus	st;
	long double lr;

	if ((st = check_finite(args, 3, bad_arg)) != GM_OK ||
		(st = check_positive(start, 0, bad_arg)) != GM_OK ||
		(st = check_positive(end, 1, bad_arg)) != GM_OK)
		return st;
	if (years == 0.0)
	{
		*bad_arg = 2;
		return GM_ZERO;
	}
	lr = (logl((long double) end) - logl((long double) start)) / years;
	/* expm1 keeps the digits of small rates */
	st = finish(expm1l(lr), 0, result, bad_arg);
	/* a rate > -1 that rounds to -1 has lost all its digits */
	if (st == GM_OK && *result <= -1.0)
		return GM_UNDERFLOW;
	return st;
}

/* value * (1 + rate)^years: future value with no payments (FV). */
GmStatus
gm_project(double value, double rate, double years, double *result,
		   int *bad_arg)
{
	double		args[3] = {value, rate, years};
	GmStatus	st;
	long double growth;

	if ((st = check_finite(args, 3, bad_arg)) != GM_OK ||
		(st = check_rate(rate, 1, bad_arg)) != GM_OK)
		return st;
	/* nothing grows from zero, however large the factor */
	if (value == 0.0)
	{
		*result = 0.0;
		return GM_OK;
	}
	growth = expl((long double) years * log1pl((long double) rate));
	return finish((long double) value * growth, value != 0.0, result, bad_arg);
}

/* Years for start to reach target growing at rate (PDURATION). */
GmStatus
gm_years_to(double start, double target, double rate, double *result,
			int *bad_arg)
{
	double		args[3] = {start, target, rate};
	GmStatus	st;
	long double lr;

	if ((st = check_finite(args, 3, bad_arg)) != GM_OK ||
		(st = check_positive(start, 0, bad_arg)) != GM_OK ||
		(st = check_positive(target, 1, bad_arg)) != GM_OK ||
		(st = check_rate(rate, 2, bad_arg)) != GM_OK)
		return st;
	lr = logl((long double) target) - logl((long double) start);
	if (rate == 0.0)
	{
		if (lr == 0.0L)
		{
			*result = 0.0;
			*bad_arg = -1;
			return GM_OK;
		}
		*bad_arg = 2;
		return GM_UNREACHABLE;
	}
	return finish(lr / log1pl((long double) rate), 0, result, bad_arg);
}

/* Value in year on the constant-growth path through two anchors. */
GmStatus
gm_interpolate(double year0, double value0, double year1, double value1,
			   double year, double *result, int *bad_arg)
{
	double		args[5] = {year0, value0, year1, value1, year};
	GmStatus	st;
	long double t;
	long double lr;

	if ((st = check_finite(args, 5, bad_arg)) != GM_OK ||
		(st = check_positive(value0, 1, bad_arg)) != GM_OK ||
		(st = check_positive(value1, 3, bad_arg)) != GM_OK)
		return st;
	if (year0 == year1)
	{
		*bad_arg = 2;
		return GM_SAME_YEAR;
	}
	if (year == year0)
	{
		*result = value0;
		*bad_arg = -1;
		return GM_OK;
	}
	if (year == year1)
	{
		*result = value1;
		*bad_arg = -1;
		return GM_OK;
	}
	t = ((long double) year - year0) / ((long double) year1 - year0);
	lr = logl((long double) value1) - logl((long double) value0);
	return finish(value0 * expl(t * lr), 1, result, bad_arg);
}
