/*-------------------------------------------------------------------------
 *
 * agg_years.c
 *	  The year argument of gpumkt's aggregates, whatever its type: whole
 *	  years as smallint, integer, bigint or numeric, and days as dates or
 *	  timestamps, counted as fractional years (2000 + days since
 *	  2000-01-01 00:00 UTC / 365.25).
 *
 * Whole years outside the range of integer are refused (22003), as an
 * integer year beyond it would be; numeric years must be whole (22023).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "agg_common.h"
#include "names.h"

#define YEAR_ORIGIN 2000		/* GM_YEAR_ORIGIN of growth_state.h */

/*
 * A date as fractional years from 2000-01-01 (a year is 365.25 days), the
 * x of the fit; its year is 2000 + x.
 */
double
gm_date_x(DateADT d)
{
	/* DateADT counts days from 2000-01-01 */
	return (double) d / GM_DAYS_PER_YEAR;
}

/* Refuse a date that is not a day (infinity). */
void
gm_check_date(DateADT d, const char *fname)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a finite date", fname),
				 errhint("Filter out 'infinity' and '-infinity' dates.")));
}

/*
 * A timestamp (microseconds since 2000-01-01 00:00, UTC for a timestamptz)
 * as fractional years from 2000; whole days are counted apart, so that
 * midnight gives the x of its date to the last digit.
 */
double
gm_timestamp_x(Timestamp ts, const char *fname)
{
	int64		days;
	int64		usecs;

	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a finite timestamp", fname),
				 errhint("Filter out 'infinity' and '-infinity' timestamps.")));
	days = ts / USECS_PER_DAY;
	usecs = ts % USECS_PER_DAY;
	return ((double) days + (double) usecs / (double) USECS_PER_DAY) /
		GM_DAYS_PER_YEAR;
}

/* A whole year of type bigint, refused outside the range of integer. */
static void
whole_year(int64 y, const char *fname, GmYearArg *year)
{
	if (y < PG_INT32_MIN || y > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("year of %s is out of range", fname),
				 errdetail("The year is " INT64_FORMAT ".", y),
				 errhint("Years must lie between -2147483648 and 2147483647, the range of integer.")));
	year->year = (double) y;
	year->fx = (double) (y - YEAR_ORIGIN);
	year->x = y - YEAR_ORIGIN;
	year->per_year = 1.0;
}

/* A numeric year as a message quotes it (gm_echo). */
static char *
year_text(Datum d)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, d));

	return gm_echo(s, strlen(s));
}

/* A numeric year: finite, whole, within the range of integer. */
static void
numeric_year(Numeric num, const char *fname, GmYearArg *year)
{
	Datum		d = NumericGetDatum(num);
	bool		too_large = false;
	int32		y;

	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a finite number", fname),
				 errhint("Filter out NaN and infinite years.")));
	if (!DatumGetBool(DirectFunctionCall2(numeric_eq, d,
										  DirectFunctionCall1(numeric_floor, d))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a whole number", fname),
				 errdetail("The year is %s.", year_text(d)),
				 errhint("Round the year, or pass a date or a timestamp for a point within a year.")));
	y = numeric_int4_opt_error(num, &too_large);
	if (too_large)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("year of %s is out of range", fname),
				 errdetail("The year is %s.", year_text(d)),
				 errhint("Years must lie between -2147483648 and 2147483647, the range of integer.")));
	whole_year(y, fname, year);
}

/*
 * Read argument argno of fcinfo as a year, whatever its declared type.
 * Days give a fractional year and an exact x in days; timestamps have no
 * exact x (per_year 0).
 */
void
gm_year_arg(FunctionCallInfo fcinfo, int argno, const char *fname,
			GmYearArg *year)
{
	Oid			type = get_fn_expr_argtype(fcinfo->flinfo, argno);
	Datum		d = PG_GETARG_DATUM(argno);

	switch (type)
	{
		case INT2OID:
			whole_year(DatumGetInt16(d), fname, year);
			break;
		case INT4OID:
			whole_year(DatumGetInt32(d), fname, year);
			break;
		case INT8OID:
			whole_year(DatumGetInt64(d), fname, year);
			break;
		case NUMERICOID:
			numeric_year(DatumGetNumeric(d), fname, year);
			break;
		case DATEOID:
			gm_check_date(DatumGetDateADT(d), fname);
			year->fx = gm_date_x(DatumGetDateADT(d));
			year->year = YEAR_ORIGIN + year->fx;
			year->x = DatumGetDateADT(d);
			year->per_year = GM_DAYS_PER_YEAR;
			break;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			year->fx = gm_timestamp_x(DatumGetTimestamp(d), fname);
			year->year = YEAR_ORIGIN + year->fx;
			year->x = 0;
			year->per_year = 0.0;
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("year of %s must be a whole number, a date or a timestamp", fname),
					 errdetail("The year argument has type %s.", format_type_be(type)),
					 errhint("Pass an integer, bigint or numeric year, a date or a timestamp.")));
	}
}
