/*-------------------------------------------------------------------------
 *
 * drift.c
 *	  The SQL share-drift functions gpumkt_implied_cagr and
 *	  gpumkt_share_reached, in float8 (on the server-free arithmetic of
 *	  drift_math.c) and in numeric (numeric's own arithmetic, with the
 *	  conventions of growth_fns.c: work at 40 decimals, results to 30
 *	  significant digits).
 *
 * Both forms check the arguments in the same order with the same rules:
 * NaN and infinities first, then each share in (0, 1], years not zero
 * (implied_cagr only), each rate above -1.  A share reached above 1 (by
 * more than DM_SHARE_SLACK, rounding) is refused with 22003: the segment
 * cannot keep its rate that long.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "drift_math.h"
#include "growth_numeric.h"
#include "module.h"

/* The arguments of each function, as its errors name them. */
static const char *const dm_implied_cagr_args[] = {"share0", "share1", "years", "parent_rate"};
static const char *const dm_share_reached_args[] = {"share0", "segment_rate", "parent_rate", "years"};

/* Growth rate implied by a share's move in a growing market (float8). */
PG_FUNCTION_INFO_V1(gpumkt_implied_cagr_float8);
Datum
gpumkt_implied_cagr_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = dm_implied_cagr(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
						 PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3),
						 &result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_implied_cagr", dm_implied_cagr_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

/* Share reached by a segment growing at its own rate (float8). */
PG_FUNCTION_INFO_V1(gpumkt_share_reached_float8);
Datum
gpumkt_share_reached_float8(PG_FUNCTION_ARGS)
{
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	st = dm_share_reached(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
						  PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3),
						  &result, &bad_arg);
	gpumkt_report_status(st, "gpumkt_share_reached", dm_share_reached_args, bad_arg);
	PG_RETURN_FLOAT8(result);
}

/* Compare two numerics: -1, 0 or 1. */
static int
dn_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

/* Sign of a numeric: -1, 0 or 1. */
static int
dn_sign(Numeric a)
{
	return dn_cmp(a, int64_to_numeric(0));
}

/* Apply a two-argument numeric operator. */
static Numeric
dn_op(PGFunction op, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(op, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* Natural logarithm of a positive numeric, at the working scale. */
static Numeric
dn_ln(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_ln,
											   NumericGetDatum(gpumkt_num_widen(a))));
}

/* Require numeric argument i to be a share, in (0, 1]. */
static void
dn_check_share(Numeric n, const char *fname, const char *const *names, int i)
{
	if (dn_sign(n) <= 0 || dn_cmp(n, int64_to_numeric(1)) > 0)
		gpumkt_report_status(GM_NOT_SHARE, fname, names, i);
}

/* Require numeric argument i, a rate, to be above -1. */
static void
dn_check_rate(Numeric n, const char *fname, const char *const *names, int i)
{
	if (dn_cmp(n, int64_to_numeric(-1)) <= 0)
		gpumkt_report_status(GM_RATE_TOO_LOW, fname, names, i);
}

/* Growth rate implied by a share's move in a growing market (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_implied_cagr_numeric);
Datum
gpumkt_implied_cagr_numeric(PG_FUNCTION_ARGS)
{
	const char *fname = "gpumkt_implied_cagr";
	const char *const *names = dm_implied_cagr_args;
	Numeric		share0,
				share1,
				years,
				parent_rate;
	Numeric		ratio,
				growth,
				result;

	gpumkt_check_numeric_args(fcinfo, fname, names, 4);
	share0 = PG_GETARG_NUMERIC(0);
	share1 = PG_GETARG_NUMERIC(1);
	years = PG_GETARG_NUMERIC(2);
	parent_rate = PG_GETARG_NUMERIC(3);
	dn_check_share(share0, fname, names, 0);
	dn_check_share(share1, fname, names, 1);
	if (dn_sign(years) == 0)
		gpumkt_report_status(GM_ZERO, fname, names, 2);
	dn_check_rate(parent_rate, fname, names, 3);

	/* a ratio below numeric's range has no rate numeric can tell apart */
	ratio = dn_op(numeric_div, gpumkt_num_widen(share1), share0);
	if (dn_sign(ratio) == 0)
		gpumkt_report_status(dn_sign(years) < 0 ? GM_OVERFLOW : GM_UNDERFLOW,
							 fname, names, -1);
	/* (1 + parent_rate) * ratio^(1/years) - 1 */
	growth = gpumkt_num_pow(ratio,
							dn_op(numeric_div, gpumkt_num_widen(int64_to_numeric(1)), years),
							fname, names);
	result = gpumkt_num_finish(dn_op(numeric_sub,
									 dn_op(numeric_mul,
										   dn_op(numeric_add, int64_to_numeric(1), parent_rate),
										   growth),
									 int64_to_numeric(1)));
	/* a rate > -1 that rounds to -1 has lost all its digits */
	if (dn_cmp(result, int64_to_numeric(-1)) <= 0)
		gpumkt_report_status(GM_UNDERFLOW, fname, names, -1);
	PG_RETURN_NUMERIC(result);
}

/* ln(1 + DM_SHARE_SLACK): the largest ln of a share taken as rounding of 1. */
static Numeric
dn_slack_ln(void)
{
	Numeric		slack;

	slack = DatumGetNumeric(DirectFunctionCall1(float8_numeric,
												Float8GetDatum(DM_SHARE_SLACK)));
	return dn_ln(dn_op(numeric_add, int64_to_numeric(1), slack));
}

/* Share reached by a segment growing at its own rate (numeric). */
PG_FUNCTION_INFO_V1(gpumkt_share_reached_numeric);
Datum
gpumkt_share_reached_numeric(PG_FUNCTION_ARGS)
{
	const char *fname = "gpumkt_share_reached";
	const char *const *names = dm_share_reached_args;
	Numeric		share0,
				segment_rate,
				parent_rate,
				years;
	Numeric		ratio,
				result;

	gpumkt_check_numeric_args(fcinfo, fname, names, 4);
	share0 = PG_GETARG_NUMERIC(0);
	segment_rate = PG_GETARG_NUMERIC(1);
	parent_rate = PG_GETARG_NUMERIC(2);
	years = PG_GETARG_NUMERIC(3);
	dn_check_share(share0, fname, names, 0);
	dn_check_rate(segment_rate, fname, names, 1);
	dn_check_rate(parent_rate, fname, names, 2);
	/* the same rates keep the share, whatever the years */
	if (dn_cmp(segment_rate, parent_rate) == 0)
		PG_RETURN_NUMERIC(share0);

	ratio = dn_op(numeric_div,
				  gpumkt_num_widen(dn_op(numeric_add, int64_to_numeric(1), segment_rate)),
				  dn_op(numeric_add, int64_to_numeric(1), parent_rate));
	/* a factor below numeric's range: the share vanishes, or explodes */
	if (dn_sign(ratio) == 0)
		gpumkt_report_status(dn_sign(years) > 0 ? GM_UNDERFLOW : GM_SHARE_ABOVE_ONE,
							 fname, names, -1);
	/* decided in logarithms, before any factor can overflow */
	if (dn_cmp(dn_op(numeric_add, dn_ln(share0),
					 dn_op(numeric_mul, years, dn_ln(ratio))),
			   dn_slack_ln()) > 0)
		gpumkt_report_status(GM_SHARE_ABOVE_ONE, fname, names, -1);
	result = gpumkt_num_finish(dn_op(numeric_mul, share0,
									 gpumkt_num_pow(ratio, years, fname, names)));
	if (dn_sign(result) == 0)
		gpumkt_report_status(GM_UNDERFLOW, fname, names, -1);
	/* within DM_SHARE_SLACK of the whole market: rounding of 1 */
	if (dn_cmp(result, int64_to_numeric(1)) > 0)
		PG_RETURN_NUMERIC(int64_to_numeric(1));
	PG_RETURN_NUMERIC(result);
}
