/*-------------------------------------------------------------------------
 *
 * growth_fns.c
 *	  The SQL growth functions gpumkt_cagr, gpumkt_project, gpumkt_years_to
 *	  and gpumkt_interpolate: in float8, on top of the server-free
 *	  arithmetic of growth_math.c (src/core), and in numeric, with
 *	  numeric's own arithmetic, so that exact inputs keep their digits; and
 *	  the names of their arguments, which both forms share.
 *
 * The numeric forms check their arguments in the same order and with the
 * same rules as the float8 forms.  Their arithmetic is carried out with
 * operands widened to NUM_WORK_SCALE decimals (so that a ratio like
 * 87.5 / 18.2 keeps 40 digits instead of 17), and the result is rounded to
 * NUM_RESULT_DIGITS significant digits, trailing zeros dropped: results are
 * right to about 30 digits, and exact where the exact value has fewer.
 * numeric's own overflow errors are 22003 already.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "growth_fns.h"
#include "growth_numeric.h"

/* The arguments of each growth function, as its errors name them. */
const char *const gm_cagr_args[] = {"start_value", "end_value", "years"};
const char *const gm_project_args[] = {"value", "rate", "years"};
const char *const gm_years_to_args[] = {"start_value", "target_value", "rate"};
const char *const gm_interpolate_args[] = {"year0", "value0", "year1", "value1", "year"};

/* Compound annual growth rate between two values years apart (float8). */
PG_FUNCTION_INFO_V1(gpumkt_cagr_float8);
Datum
gpumkt_cagr_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = gm_cagr(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2),
				 &result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_cagr", gm_cagr_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

/* value * (1 + rate)^years (float8). */
PG_FUNCTION_INFO_V1(gpumkt_project_float8);
Datum
gpumkt_project_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = gm_project(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2),
					&result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_project", gm_project_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

/* Years for start_value to reach target_value at rate (float8). */
PG_FUNCTION_INFO_V1(gpumkt_years_to_float8);
Datum
gpumkt_years_to_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = gm_years_to(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2),
					 &result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_years_to", gm_years_to_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

/* Value in a year on the constant-growth path through two anchors (float8). */
PG_FUNCTION_INFO_V1(gpumkt_interpolate_float8);
Datum
gpumkt_interpolate_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = gm_interpolate(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
						PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3),
						PG_GETARG_FLOAT8(4), &result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_interpolate", gm_interpolate_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

#define NUM_WORK_SCALE 40
#define NUM_RESULT_DIGITS 30

/* Numeric constant from an integer. */
static Numeric
num_int(int64 v)
{
	return int64_to_numeric(v);
}

/* Compare two numerics: -1, 0 or 1. */
static int
num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(a),
											 NumericGetDatum(b)));
}

/* Sign of a numeric: -1, 0 or 1. */
static int
num_sign(Numeric a)
{
	return num_cmp(a, num_int(0));
}

/* Apply a two-argument numeric operator. */
static Numeric
num_op(PGFunction op, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(op, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/*
 * base ^ exponent.  numeric_power gives an integer power below one only as
 * many decimals as the base has, so a negative exponent is taken as
 * 1 / base ^ -exponent, whose division keeps the significant digits.
 */
static Numeric
num_pow(Numeric base, Numeric exponent, const char *fname,
		const char *const *names)
{
	Numeric		inverse;
	double		approx;
	int			scale;

	if (num_sign(exponent) >= 0)
		return num_op(numeric_power, base, exponent);
	inverse = num_op(numeric_power, base,
					 DatumGetNumeric(DirectFunctionCall1(numeric_uminus,
														 NumericGetDatum(exponent))));
	/* an inverse below numeric's range: the power itself is beyond it */
	if (num_sign(inverse) == 0)
		gpumkt_report_status(GM_OVERFLOW, fname, names, -1);
	/* enough decimals in the 1 for NUM_WORK_SCALE digits of the quotient */
	approx = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
												NumericGetDatum(inverse)));
	scale = NUMERIC_MAX_DISPLAY_SCALE;
	if (isfinite(approx))
		scale = NUM_WORK_SCALE + Max(0, (int) ceil(log10(Max(approx, 1.0))));
	scale = Min(scale, NUMERIC_MAX_DISPLAY_SCALE);
	return num_op(numeric_div,
				  DatumGetNumeric(DirectFunctionCall2(numeric_round,
													  NumericGetDatum(num_int(1)),
													  Int32GetDatum(scale))),
				  inverse);
}

/* a with at least NUM_WORK_SCALE decimals, so that what follows keeps them. */
static Numeric
num_widen(Numeric a)
{
	Numeric		zero = DatumGetNumeric(DirectFunctionCall2(numeric_round,
														   NumericGetDatum(num_int(0)),
														   Int32GetDatum(NUM_WORK_SCALE)));

	return num_op(numeric_add, a, zero);
}

/* Natural logarithm of a positive numeric. */
static Numeric
num_ln(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_ln, NumericGetDatum(a)));
}

/* r rounded to NUM_RESULT_DIGITS significant digits, trailing zeros dropped. */
static Numeric
num_finish(Numeric r)
{
	double		d = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
													   NumericGetDatum(r)));

	if (d != 0.0 && isfinite(d))
	{
		int			scale = NUM_RESULT_DIGITS - 1 - (int) floor(log10(fabs(d)));

		scale = Min(scale, NUMERIC_MAX_DISPLAY_SCALE);
		r = DatumGetNumeric(DirectFunctionCall2(numeric_round,
												NumericGetDatum(r),
												Int32GetDatum(scale)));
	}
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
											   NumericGetDatum(r)));
}

/* Reject NaN and infinities among the numeric arguments. */
static void
check_numeric_args(FunctionCallInfo fcinfo, const char *fname,
				   const char *const *names, int nargs)
{
	for (int i = 0; i < nargs; i++)
	{
		Numeric		n = PG_GETARG_NUMERIC(i);

		if (numeric_is_nan(n) || numeric_is_inf(n))
			gpumkt_report_status(GM_NOT_FINITE, fname, names, i);
	}
}

/* Require a numeric argument to be > 0. */
static void
check_numeric_positive(Numeric n, const char *fname, const char *const *names,
					   int i)
{
	if (num_sign(n) <= 0)
		gpumkt_report_status(GM_NOT_POSITIVE, fname, names, i);
}

/* Require a numeric rate to be > -1. */
static void
check_numeric_rate(Numeric n, const char *fname, const char *const *names,
				   int i)
{
	if (num_cmp(n, num_int(-1)) <= 0)
		gpumkt_report_status(GM_RATE_TOO_LOW, fname, names, i);
}

/* Compound annual growth rate between two values years apart (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_cagr_numeric);
Datum
gpumkt_cagr_numeric(PG_FUNCTION_ARGS)
{
	Numeric		start,
				end,
				years;
	Numeric		ratio,
				result;

	check_numeric_args(fcinfo, "gpumkt_cagr", gm_cagr_args, 3);
	start = PG_GETARG_NUMERIC(0);
	end = PG_GETARG_NUMERIC(1);
	years = PG_GETARG_NUMERIC(2);
	check_numeric_positive(start, "gpumkt_cagr", gm_cagr_args, 0);
	check_numeric_positive(end, "gpumkt_cagr", gm_cagr_args, 1);
	if (num_sign(years) == 0)
		gpumkt_report_status(GM_ZERO, "gpumkt_cagr", gm_cagr_args, 2);

	/* a ratio below numeric's range has no rate numeric can tell from -1 */
	ratio = num_op(numeric_div, num_widen(end), start);
	if (num_sign(ratio) == 0)
		gpumkt_report_status(num_sign(years) < 0 ? GM_OVERFLOW : GM_UNDERFLOW,
							 "gpumkt_cagr", gm_cagr_args, -1);
	result = num_finish(num_op(numeric_sub,
							   num_pow(ratio,
									  num_op(numeric_div, num_widen(num_int(1)), years),
									  "gpumkt_cagr", gm_cagr_args),
							   num_int(1)));
	if (num_cmp(result, num_int(-1)) <= 0)
		gpumkt_report_status(GM_UNDERFLOW, "gpumkt_cagr", gm_cagr_args, -1);
	PG_RETURN_NUMERIC(result);
}

/* value * (1 + rate)^years (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_project_numeric);
Datum
gpumkt_project_numeric(PG_FUNCTION_ARGS)
{
	Numeric		value,
				rate,
				years;
	Numeric		result;

	check_numeric_args(fcinfo, "gpumkt_project", gm_project_args, 3);
	value = PG_GETARG_NUMERIC(0);
	rate = PG_GETARG_NUMERIC(1);
	years = PG_GETARG_NUMERIC(2);
	check_numeric_rate(rate, "gpumkt_project", gm_project_args, 1);
	/* nothing grows from zero, however large the factor */
	if (num_sign(value) == 0)
		PG_RETURN_NUMERIC(num_int(0));

	result = num_finish(num_op(numeric_mul, value,
							   num_pow(num_widen(num_op(numeric_add, num_int(1), rate)),
									   years, "gpumkt_project", gm_project_args)));
	if (num_sign(result) == 0 && num_sign(value) != 0)
		gpumkt_report_status(GM_UNDERFLOW, "gpumkt_project", gm_project_args, -1);
	PG_RETURN_NUMERIC(result);
}

/* Years for start_value to reach target_value at rate (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_years_to_numeric);
Datum
gpumkt_years_to_numeric(PG_FUNCTION_ARGS)
{
	Numeric		start,
				target,
				rate;
	Numeric		lr,
				lg;

	check_numeric_args(fcinfo, "gpumkt_years_to", gm_years_to_args, 3);
	start = PG_GETARG_NUMERIC(0);
	target = PG_GETARG_NUMERIC(1);
	rate = PG_GETARG_NUMERIC(2);
	check_numeric_positive(start, "gpumkt_years_to", gm_years_to_args, 0);
	check_numeric_positive(target, "gpumkt_years_to", gm_years_to_args, 1);
	check_numeric_rate(rate, "gpumkt_years_to", gm_years_to_args, 2);

	if (num_cmp(start, target) == 0)
		PG_RETURN_NUMERIC(num_int(0));
	if (num_sign(rate) == 0)
		gpumkt_report_status(GM_UNREACHABLE, "gpumkt_years_to", gm_years_to_args, 2);

	/* in logarithms, so that no ratio leaves numeric's range */
	lr = num_op(numeric_sub, num_ln(num_widen(target)), num_ln(num_widen(start)));
	lg = num_ln(num_widen(num_op(numeric_add, num_int(1), rate)));
	/* a rate too small for numeric's logarithm: the years are past counting */
	if (num_sign(lg) == 0)
		gpumkt_report_status(GM_OVERFLOW, "gpumkt_years_to", gm_years_to_args, -1);
	PG_RETURN_NUMERIC(num_finish(num_op(numeric_div, lr, lg)));
}

/* Value in a year on the constant-growth path through two anchors (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_interpolate_numeric);
Datum
gpumkt_interpolate_numeric(PG_FUNCTION_ARGS)
{
	Numeric		year0,
				value0,
				year1,
				value1,
				year;
	Numeric		t,
				ratio,
				result;

	check_numeric_args(fcinfo, "gpumkt_interpolate", gm_interpolate_args, 5);
	year0 = PG_GETARG_NUMERIC(0);
	value0 = PG_GETARG_NUMERIC(1);
	year1 = PG_GETARG_NUMERIC(2);
	value1 = PG_GETARG_NUMERIC(3);
	year = PG_GETARG_NUMERIC(4);
	check_numeric_positive(value0, "gpumkt_interpolate", gm_interpolate_args, 1);
	check_numeric_positive(value1, "gpumkt_interpolate", gm_interpolate_args, 3);
	if (num_cmp(year0, year1) == 0)
		gpumkt_report_status(GM_SAME_YEAR, "gpumkt_interpolate", gm_interpolate_args, 2);

	if (num_cmp(year, year0) == 0)
		PG_RETURN_NUMERIC(value0);
	if (num_cmp(year, year1) == 0)
		PG_RETURN_NUMERIC(value1);

	t = num_op(numeric_div, num_widen(num_op(numeric_sub, year, year0)),
			   num_op(numeric_sub, year1, year0));
	ratio = num_op(numeric_div, num_widen(value1), value0);
	if (num_sign(ratio) == 0)
		gpumkt_report_status(GM_UNDERFLOW, "gpumkt_interpolate", gm_interpolate_args, -1);
	result = num_finish(num_op(numeric_mul, value0,
							   num_pow(ratio, t, "gpumkt_interpolate", gm_interpolate_args)));
	if (num_sign(result) == 0)
		gpumkt_report_status(GM_UNDERFLOW, "gpumkt_interpolate", gm_interpolate_args, -1);
	PG_RETURN_NUMERIC(result);
}

/*
 * The helpers above for the numeric forms of other files (drift.c), under
 * names of the extension's own, so that no other library's symbol of the
 * same name is called in their place.
 */

/* base ^ exponent in numeric, keeping significant digits (num_pow). */
Numeric
gpumkt_num_pow(Numeric base, Numeric exponent, const char *fname,
			   const char *const *names)
{
	return num_pow(base, exponent, fname, names);
}

/* a with at least NUM_WORK_SCALE decimals (num_widen). */
Numeric
gpumkt_num_widen(Numeric a)
{
	return num_widen(a);
}

/* r rounded to NUM_RESULT_DIGITS significant digits (num_finish). */
Numeric
gpumkt_num_finish(Numeric r)
{
	return num_finish(r);
}

/* Reject NaN and infinities among the numeric arguments. */
void
gpumkt_check_numeric_args(FunctionCallInfo fcinfo, const char *fname,
						  const char *const *names, int nargs)
{
	check_numeric_args(fcinfo, fname, names, nargs);
}
