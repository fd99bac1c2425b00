/*-------------------------------------------------------------------------
 *
 * agg_years.c
 *	  The year argument of gpumkt's aggregates, whatever its type: whole
 *	  years as smallint, integer, bigint or numeric, and days as dates or
 *	  timestamps, counted as fractional years (2000 + days since
 *	  2000-01-01 00:00 UTC / 365.25).
 *
 * Whole years outside the range of integer are refused (22003), as an
 * integer year beyond it would be; numeric and double precision years must
 * be whole (22023): a point within a year is a date or a timestamp, whose
 * calendar says where it lies.  2.0's aggregates take integer, double
 * precision and timestamptz years; smallint reaches integer, and bigint and
 * numeric reach double precision, by PostgreSQL's implicit casts (a bigint
 * beyond 2^53 is rounded by that cast, and is out of range anyway).
 *
 * 2.0 declares one time form, timestamptz, where 1.4 had date, timestamp
 * and timestamptz forms.  A date or timestamp reaches it by PostgreSQL's
 * implicit cast, at local midnight or local wall-clock time; the call's
 * expression shows the cast, and gm_tstz_arg_source finds it, so that a
 * date is still read as its day and a timestamp as its wall-clock time
 * (the UTC rule of 1.4, whatever the session's time zone).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "nodes/nodeFuncs.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/fmgroids.h"
#include "utils/numeric.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "agg_common.h"
#include "gpumkt.h"
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

/* A double precision year: finite, whole, within the range of integer. */
static void
float_year(double y, const char *fname, GmYearArg *year)
{
	if (!isfinite(y))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a finite number", fname),
				 errhint("Filter out NaN and infinite years.")));
	if (y != floor(y))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a whole number", fname),
				 errdetail("The year is %s.", float8out_internal(y)),
				 errhint("Round the year, or pass a date or a timestamp for a point within a year.")));
	if (y < (double) PG_INT32_MIN || y > (double) PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("year of %s is out of range", fname),
				 errdetail("The year is %s.", float8out_internal(y)),
				 errhint("Years must lie between -2147483648 and 2147483647, the range of integer.")));
	whole_year((int64) y, fname, year);
}

/* A date's year: its day counted exactly, 365.25 days a year. */
static void
date_year(DateADT d, const char *fname, GmYearArg *year)
{
	gm_check_date(d, fname);
	year->fx = gm_date_x(d);
	year->year = YEAR_ORIGIN + year->fx;
	year->x = d;
	year->per_year = GM_DAYS_PER_YEAR;
}

/* A timestamp's year (UTC rule), which has no exact x. */
static void
timestamp_year(Timestamp ts, const char *fname, GmYearArg *year)
{
	year->fx = gm_timestamp_x(ts, fname);
	year->year = YEAR_ORIGIN + year->fx;
	year->x = 0;
	year->per_year = 0.0;
}

/*
 * A timestamptz argument read as 1.4 read what was written: a date that
 * the implicit cast made one keeps its day, a timestamp its wall-clock
 * time (gm_tstz_arg_source), whatever the session's time zone.
 */
void
gm_tstz_year(FunctionCallInfo fcinfo, int argno, const char *fname,
			 GmYearArg *year)
{
	Oid			source = gm_tstz_arg_source(fcinfo, argno);
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(argno);

	if (source == DATEOID)
		date_year(gm_tstz_cast_date(t), fname, year);
	else
		timestamp_year(gm_tstz_as_written(t, source), fname, year);
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
		case FLOAT8OID:
			float_year(DatumGetFloat8(d), fname, year);
			break;
		case DATEOID:
			date_year(DatumGetDateADT(d), fname, year);
			break;
		case TIMESTAMPOID:
			timestamp_year(DatumGetTimestamp(d), fname, year);
			break;
		case TIMESTAMPTZOID:
			gm_tstz_year(fcinfo, argno, fname, year);
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("year of %s must be a whole number, a date or a timestamp", fname),
					 errdetail("The year argument has type %s.", format_type_be(type)),
					 errhint("Pass a whole year, a date or a timestamp.")));
	}
}

/* The source type of expr when it is an implicit cast to timestamptz. */
static Oid
implicit_cast_source(Node *expr)
{
	FuncExpr   *f;

	if (expr != NULL && IsA(expr, TargetEntry))
		expr = (Node *) ((TargetEntry *) expr)->expr;
	if (expr != NULL && IsA(expr, NamedArgExpr))
		expr = (Node *) ((NamedArgExpr *) expr)->arg;
	if (expr == NULL || !IsA(expr, FuncExpr))
		return TIMESTAMPTZOID;
	f = (FuncExpr *) expr;
	if (f->funcformat != COERCE_IMPLICIT_CAST)
		return TIMESTAMPTZOID;
	/* the cast's function says its source (a domain over one included) */
	if (f->funcid == F_TIMESTAMPTZ_DATE)
		return DATEOID;
	if (f->funcid == F_TIMESTAMPTZ_TIMESTAMP)
		return TIMESTAMPOID;
	return TIMESTAMPTZOID;
}

/* Is transition function fn one of aggregate aggfn's? */
static bool
aggregate_has_transfn(Oid aggfn, Oid fn)
{
	HeapTuple	tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(aggfn));
	bool		found = false;

	if (HeapTupleIsValid(tup))
	{
		Form_pg_aggregate agg = (Form_pg_aggregate) GETSTRUCT(tup);

		found = agg->aggtransfn == fn || agg->aggmtransfn == fn ||
			agg->aggminvtransfn == fn;
		ReleaseSysCache(tup);
	}
	return found;
}

/*
 * As gm_tstz_arg_source, in a window: the argument of the window
 * aggregates whose transition function this is, found once and kept in
 * fn_extra; where they differ (a date and a timestamp), 0A000, not a guess.
 */
static Oid
window_arg_source(FunctionCallInfo fcinfo, int argno)
{
	WindowAggState *ws = (WindowAggState *) fcinfo->context;
	Oid		   *kept = (Oid *) fcinfo->flinfo->fn_extra;
	Oid			source = InvalidOid;
	ListCell   *lc;

	if (kept != NULL)
		return *kept;
	foreach(lc, ws->funcs)
	{
		WindowFunc *wf = ((WindowFuncExprState *) lfirst(lc))->wfunc;
		Oid			s;

		if (argno < 1 || argno > list_length(wf->args) ||
			!aggregate_has_transfn(wf->winfnoid, fcinfo->flinfo->fn_oid))
			continue;
		s = implicit_cast_source(list_nth(wf->args, argno - 1));
		if (OidIsValid(source) && source != s)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("window aggregates of gpumkt over a date and over a timestamp share one window"),
					 errdetail("In a window, PostgreSQL does not tell gpumkt which of two such aggregates it is computing, so it cannot read each time argument as written."),
					 errhint("Compute them over separate windows (another frame or ORDER BY), in separate queries, or cast both arguments to timestamptz.")));
		source = s;
	}
	kept = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
	*kept = OidIsValid(source) ? source : TIMESTAMPTZOID;
	fcinfo->flinfo->fn_extra = kept;
	return *kept;
}

/*
 * The type of timestamptz argument argno before an implicit cast made it
 * one: DATEOID or TIMESTAMPOID where the call's expression (a function's,
 * or, for a transition function, its aggregate's, argno counting the state
 * as 0) shows that cast, else TIMESTAMPTZOID.  A window transition
 * function must leave fn_extra to this function.
 */
Oid
gm_tstz_arg_source(FunctionCallInfo fcinfo, int argno)
{
	Node	   *fn_expr = fcinfo->flinfo->fn_expr;
	Aggref	   *aggref;

	if (fcinfo->context != NULL && IsA(fcinfo->context, WindowAggState))
		return window_arg_source(fcinfo, argno);
	if (fcinfo->context != NULL && IsA(fcinfo->context, AggState))
	{
		aggref = AggGetAggref(fcinfo);
		if (aggref == NULL || argno < 1 || argno > list_length(aggref->args))
			return TIMESTAMPTZOID;
		return implicit_cast_source(list_nth(aggref->args, argno - 1));
	}
	if (fn_expr == NULL || !IsA(fn_expr, FuncExpr) ||
		argno >= list_length(((FuncExpr *) fn_expr)->args))
		return TIMESTAMPTZOID;
	return implicit_cast_source(list_nth(((FuncExpr *) fn_expr)->args, argno));
}

/*
 * t, cast to timestamptz from source (gm_tstz_arg_source), as source wrote
 * it: its wall-clock time (a date's midnight) as microseconds since
 * 2000-01-01 00:00, which the UTC rule then reads.
 */
TimestampTz
gm_tstz_as_written(TimestampTz t, Oid source)
{
	if (source == DATEOID)
	{
		DateADT		d = gm_tstz_cast_date(t);

		if (DATE_IS_NOBEGIN(d))
			return DT_NOBEGIN;
		if (DATE_IS_NOEND(d))
			return DT_NOEND;
		return (TimestampTz) d * USECS_PER_DAY;
	}
	if (source == TIMESTAMPOID)
		return DatumGetTimestamp(DirectFunctionCall1(timestamptz_timestamp,
													 TimestampTzGetDatum(t)));
	return t;
}

/*
 * t, a timestamptz that the implicit cast made of a date, as that date
 * (its day in the session's time zone; infinities kept).
 */
DateADT
gm_tstz_cast_date(TimestampTz t)
{
	return DatumGetDateADT(DirectFunctionCall1(timestamptz_date,
											   TimestampTzGetDatum(t)));
}
