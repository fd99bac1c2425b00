/*-------------------------------------------------------------------------
 *
 * agg_common.h
 *	  Declarations shared by the C files of gpumkt's aggregates: the year
 *	  argument of any accepted type, checks of values, and whether a
 *	  function is called as an aggregate (and the error when it is not).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_AGG_COMMON_H
#define GPUMKT_AGG_COMMON_H

#include <math.h>

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/date.h"

/* A date as a fractional year: 2000-01-01 is 2000.0, a year is 365.25 days. */
#define GM_DAYS_PER_YEAR 365.25

/*
 * A year argument as the aggregates read it: whole years of any number
 * type, a date, a timestamp or a timestamptz (a date or a timestamp behind
 * an implicit cast to timestamptz read as written).
 */
typedef struct GmYearArg
{
	double		year;			/* the year, fractional for days and times */
	double		fx;				/* the year counted from 2000: year - 2000, or
								 * days / 365.25 rounded once */
	int64		x;				/* exact: year - 2000, or days since 2000-01-01 */
	double		per_year;		/* units of x in a year: 1, 365.25, or 0 when
								 * there is no exact x (timestamps) */
} GmYearArg;

/* aggregates.c */
extern void gm_not_in_aggregate(FunctionCallInfo fcinfo) pg_attribute_noreturn();
extern void gm_check_fit_value(double value, double year);
extern double gm_rate_of_slope(double slope);

/* agg_years.c */
extern void gm_year_arg(FunctionCallInfo fcinfo, int argno, const char *fname,
						GmYearArg *year);
extern double gm_date_x(DateADT d);
extern void gm_check_date(DateADT d, const char *fname);
extern double gm_timestamp_x(Timestamp ts, const char *fname);
extern void gm_tstz_year(FunctionCallInfo fcinfo, int argno, const char *fname,
						 GmYearArg *year);

/* Called as an aggregate (plain or window), where a state may change in place? */
static inline bool
gm_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/* Refuse a value that is NaN or infinite, naming the year it came with. */
static inline void
gm_check_value(double value, double year, const char *fname)
{
	if (unlikely(!isfinite(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must be a finite number", fname),
				 errdetail("The row of year %g has value %g.", year, value),
				 errhint("Filter out NaN and infinite values.")));
}

#endif							/* GPUMKT_AGG_COMMON_H */
