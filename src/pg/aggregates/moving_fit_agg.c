/*-------------------------------------------------------------------------
 *
 * moving_fit_agg.c
 *	  gpumkt_fit_rate in moving-aggregate mode: the transition, inverse and
 *	  final functions over the state of moving_fit.c (internal, in the
 *	  window's aggregate memory), for whole years, dates and timestamps.
 *
 * The answer of a frame is that of the same frame computed afresh by the
 * plain aggregate, to 1e-9 relative (rates that are exactly 0 to 1e-15):
 * the count and the years are exact integers, so a frame of one year is
 * NULL as a fresh one is, and the inverse declines (PostgreSQL then
 * computes the frame afresh) where taking rows back could cost digits.
 * Timestamps have no exact x: their rows go into the plain aggregate's fit
 * (gpumkt_growth), in the same order, and the inverse always declines, so
 * that each frame is the plain aggregate's to the last digit.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "agg_common.h"
#include "growth_state.h"
#include "moving_fit.h"

/* The moving state: exact sums for whole years and days, else a plain fit. */
typedef struct MovingState
{
	bool		started;		/* a row came: exact says which fit is kept */
	bool		exact;			/* rows with an exact x, in m; else in g */
	GmMovingFit m;
	GmGrowth	g;
} MovingState;

/* The moving state: given, or made in the aggregate's memory. */
static MovingState *
moving_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;
	MovingState *ms;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	if (!PG_ARGISNULL(0))
		return (MovingState *) PG_GETARG_POINTER(0);
	ms = (MovingState *) MemoryContextAllocZero(aggcontext, sizeof(MovingState));
	gm_mfit_init(&ms->m, 0.0);
	gm_growth_init(&ms->g);
	return ms;
}

/* The row's year; whether it has an exact x sets the state's kind. */
static void
row_year(FunctionCallInfo fcinfo, MovingState *ms, GmYearArg *y)
{
	gm_year_arg(fcinfo, 1, "gpumkt_fit_rate", y);
	if (!ms->started)
	{
		ms->started = true;
		ms->exact = y->per_year != 0.0;
	}
	if (ms->exact != (y->per_year != 0.0))
		elog(ERROR, "gpumkt_fit_rate: rows of one frame have years of two kinds");
	if (ms->exact)
		ms->m.per_year = y->per_year;
}

/* Moving transition of gpumkt_fit_rate: add a row (NULL rows are skipped). */
PG_FUNCTION_INFO_V1(gpumkt_fit_mtrans);
Datum
gpumkt_fit_mtrans(PG_FUNCTION_ARGS)
{
	MovingState *ms = moving_state(fcinfo);
	GmYearArg	y;
	double		value;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(ms);
	row_year(fcinfo, ms, &y);
	value = PG_GETARG_FLOAT8(2);
	gm_check_fit_value(value, y.year);
	if (!ms->exact)
		gm_growth_add_fit_x(&ms->g, y.fx, value);
	else if (!gm_mfit_add(&ms->m, y.x, log(value)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("window frame of gpumkt_fit_rate is too large"),
				 errdetail("A moving frame holds at most 2^40 rows."),
				 errhint("Use a smaller frame, or an aggregate over the rows without a window.")));
	PG_RETURN_POINTER(ms);
}

/*
 * Moving inverse of gpumkt_fit_rate: take a row back; NULL when the state
 * could no longer answer as a fresh one, so that PostgreSQL recomputes.
 */
PG_FUNCTION_INFO_V1(gpumkt_fit_minv);
Datum
gpumkt_fit_minv(PG_FUNCTION_ARGS)
{
	MovingState *ms = moving_state(fcinfo);
	GmYearArg	y;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(ms);
	row_year(fcinfo, ms, &y);
	/* the row was checked when it came in: its value is above zero */
	if (!ms->exact || !gm_mfit_remove(&ms->m, y.x, log(PG_GETARG_FLOAT8(2))))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(ms);
}

/* Moving final of gpumkt_fit_rate: exp(slope) - 1 of the frame. */
PG_FUNCTION_INFO_V1(gpumkt_fit_mfinal);
Datum
gpumkt_fit_mfinal(PG_FUNCTION_ARGS)
{
	MovingState *ms;
	double		slope;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	ms = (MovingState *) PG_GETARG_POINTER(0);
	if (!ms->exact)
	{
		if (!gm_growth_slope(&ms->g, &slope))
			PG_RETURN_NULL();
	}
	else if (gm_mfit_slope(&ms->m, &slope) == GM_MFIT_NONE)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(gm_rate_of_slope(slope));
}
