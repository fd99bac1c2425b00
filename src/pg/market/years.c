/*-------------------------------------------------------------------------
 *
 * years.c
 *	  The year arguments of the forecast functions: a whole year (integer,
 *	  or any number that is a whole year: bigint, numeric, double), or a
 *	  timestamp with time zone (a date or timestamp reaches it by an
 *	  implicit cast), within the years gpumkt forecasts (1900 to 2200).
 *
 * A timestamp is a fractional year, as in the aggregates: 2000 plus the
 * days since 2000-01-01 00:00 UTC over 365.25; a date or timestamp cast to
 * it is read as written (its day, its wall-clock time), whatever the
 * session's time zone (gm_tstz_arg_source).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "names.h"
#include "years.h"

#define DAYS_PER_YEAR 365.25

/* The out-of-range error of argument arg of fname, shown as shown. */
static void
year_out_of_range(const char *arg, const char *fname, const char *shown)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s %s of %s is outside the years %d to %d",
					arg, shown, fname, GM_FIRST_YEAR, GM_LAST_YEAR),
			 errdetail("Forecasts are made for the years %d to %d only.",
					   GM_FIRST_YEAR, GM_LAST_YEAR),
			 errhint("Pass a year from %d to %d, or a date or timestamp within those years.",
					 GM_FIRST_YEAR, GM_LAST_YEAR)));
}

/* A day and time as the messages show it: ISO, BC years so marked. */
static char *
day_text(int year, int mon, int mday, const char *time)
{
	if (year <= 0)
		return psprintf("%04d-%02d-%02d%s BC", 1 - year, mon, mday, time);
	return psprintf("%04d-%02d-%02d%s", year, mon, mday, time);
}

/* A whole year given as a double. */
static double
float8_year(double y, const char *arg, const char *fname)
{
	if (isnan(y) || y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
		year_out_of_range(arg, fname, float8out_internal(y));
	if (y != floor(y))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s of %s is not a whole year",
						arg, float8out_internal(y), fname),
				 errhint("Round the year, or pass a date or timestamp for a point within a year.")));
	return y;
}

/*
 * A timestamp with time zone as a fractional year, counted in UTC as the
 * aggregates count it (so the answer does not depend on the session's time
 * zone): 2000 + days since 2000-01-01 00:00 UTC / 365.25.
 */
static double
timestamptz_year(TimestampTz t, bool is_date, const char *arg, const char *fname)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(t))
		year_out_of_range(arg, fname, TIMESTAMP_IS_NOBEGIN(t) ? "-infinity" : "infinity");
	if (timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) != 0)
		tm.tm_year = tm.tm_mon = tm.tm_mday = 0;
	if (tm.tm_year < GM_FIRST_YEAR || tm.tm_year > GM_LAST_YEAR)
		year_out_of_range(arg, fname,
						  day_text(tm.tm_year, tm.tm_mon, tm.tm_mday, is_date ? "" :
								   psprintf(" %02d:%02d:%02d+00", tm.tm_hour, tm.tm_min, tm.tm_sec)));
	return 2000.0 + (double) t / ((double) USECS_PER_DAY * DAYS_PER_YEAR);
}

/*
 * Argument argno of fcinfo, of the kind given, as a (fractional) year;
 * years outside 1900..2200 and fractions of a number are refused, naming
 * argument arg of function fname.
 */
double
gm_arg_year(FunctionCallInfo fcinfo, int argno, GmYearKind kind,
			const char *arg, const char *fname)
{
	switch (kind)
	{
		case GM_YEAR_INT4:
			{
				int32		y = PG_GETARG_INT32(argno);

				if (y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
					year_out_of_range(arg, fname, psprintf("%d", y));
				return y;
			}
		case GM_YEAR_FLOAT8:
			return float8_year(PG_GETARG_FLOAT8(argno), arg, fname);
		case GM_YEAR_TSTZ:
			{
				/* a date or timestamp cast to it: as written (1.4's UTC rule) */
				Oid			source = gm_tstz_arg_source(fcinfo, argno);

				return timestamptz_year(gm_tstz_as_written(PG_GETARG_TIMESTAMPTZ(argno), source),
										source == DATEOID, arg, fname);
			}
	}
	return 0;					/* keep compiler quiet */
}

/*
 * The arguments of a forecast of a region or segment in a year, by their
 * fixed positions: region 0, year 1 (of the kind given), dimension 2,
 * segment 3, market 4, scenario 5, unit 6 (unit_argno, -1: none) and
 * extrapolate after them.  false where region, year or market is NULL.
 */
bool
gm_forecast_args(FunctionCallInfo fcinfo, GmYearKind kind, const char *fname,
				 int unit_argno, GmCallArgs *a)
{
	gm_require_nargs(fcinfo, 8);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(4))
		return false;
	a->year = gm_arg_year(fcinfo, 1, kind, "year", fname);
	a->m = gpumkt_market_args(fcinfo, 4, 5, unit_argno);
	a->r = gpumkt_find_region_cached(fcinfo, a->m->rg, PG_GETARG_TEXT_PP(0));
	a->sg = gpumkt_segment_args(fcinfo, a->m, 2, fname);
	a->extrapolate = gm_arg_flag(fcinfo, unit_argno >= 0 ? 7 : 6);
	return true;
}
