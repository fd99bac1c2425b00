/*-------------------------------------------------------------------------
 *
 * moving_fit_agg.c
 *	  gpumkt_fit_rate in moving-aggregate mode: the transition, inverse and
 *	  final functions over the state of moving_fit.c (internal, in the
 *	  window's aggregate memory), for whole years and dates.
 *
 * The answer of a frame is that of the same frame computed afresh by the
 * plain aggregate, to 1e-9 relative (rates that are exactly 0 to 1e-15):
 * the count and the years are exact integers, so a frame of one year is
 * NULL as a fresh one is, and the inverse declines (PostgreSQL then
 * computes the frame afresh) where taking rows back could cost digits.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "agg_common.h"
#include "moving_fit.h"

/* The moving state: given, or made in the aggregate's memory. */
static GmMovingFit *
moving_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;
	GmMovingFit *m;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	if (!PG_ARGISNULL(0))
		return (GmMovingFit *) PG_GETARG_POINTER(0);
	m = (GmMovingFit *) MemoryContextAlloc(aggcontext, sizeof(GmMovingFit));
	gm_mfit_init(m, 0.0);
	return m;
}

/* The exact x of the row's year; per_year says its unit. */
static int64
row_x(FunctionCallInfo fcinfo, GmMovingFit *m, double *year)
{
	GmYearArg	y;

	gm_year_arg(fcinfo, 1, "gpumkt_fit_rate", &y);
	if (y.per_year == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("gpumkt_fit_rate has no moving-aggregate mode over timestamps")));
	m->per_year = y.per_year;
	*year = y.year;
	return y.x;
}

/* Moving transition of gpumkt_fit_rate: add a row (NULL rows are skipped). */
PG_FUNCTION_INFO_V1(gpumkt_fit_mtrans);
Datum
gpumkt_fit_mtrans(PG_FUNCTION_ARGS)
{
	GmMovingFit *m = moving_state(fcinfo);
	double		year,
				value;
	int64		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(m);
	x = row_x(fcinfo, m, &year);
	value = PG_GETARG_FLOAT8(2);
	gm_check_fit_value(value, year);
	if (!gm_mfit_add(m, x, log(value)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("window frame of gpumkt_fit_rate is too large"),
				 errdetail("A moving frame holds at most 2^40 rows."),
				 errhint("Use a smaller frame, or an aggregate over the rows without a window.")));
	PG_RETURN_POINTER(m);
}

/*
 * Moving inverse of gpumkt_fit_rate: take a row back; NULL when the state
 * could no longer answer as a fresh one, so that PostgreSQL recomputes.
 */
PG_FUNCTION_INFO_V1(gpumkt_fit_minv);
Datum
gpumkt_fit_minv(PG_FUNCTION_ARGS)
{
	GmMovingFit *m = moving_state(fcinfo);
	double		year;
	int64		x;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(m);
	x = row_x(fcinfo, m, &year);
	/* the row was checked when it came in: its value is above zero */
	if (!gm_mfit_remove(m, x, log(PG_GETARG_FLOAT8(2))))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(m);
}

/* Moving final of gpumkt_fit_rate: exp(slope) - 1 of the frame. */
PG_FUNCTION_INFO_V1(gpumkt_fit_mfinal);
Datum
gpumkt_fit_mfinal(PG_FUNCTION_ARGS)
{
	GmMovingFit *m;
	double		slope;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	m = (GmMovingFit *) PG_GETARG_POINTER(0);
	if (gm_mfit_slope(m, &slope) == GM_MFIT_NONE)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(gm_rate_of_slope(slope));
}
