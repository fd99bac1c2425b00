/*-------------------------------------------------------------------------
 *
 * growth_float8.c
 *	  The SQL growth functions gpumkt_cagr, gpumkt_project, gpumkt_years_to
 *	  and gpumkt_interpolate in float8, on top of the server-free
 *	  arithmetic of growth_math.c; and the names of their arguments, which
 *	  the numeric forms (growth_numeric.c) share.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"

#include "growth_fns.h"

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
