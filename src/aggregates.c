/*-------------------------------------------------------------------------
 *
 * aggregates.c
 *	  Growth aggregates and the gpumkt_growth summary type: its text and
 *	  binary forms, the transition and combine functions of gpumkt_cagr,
 *	  gpumkt_fit_rate, gpumkt_growth and gpumkt_rollup, the accessors, and
 *	  the share and concentration aggregates gpumkt_share and gpumkt_hhi.
 *
 * Every state is fixed-size: a gpumkt_growth (not internal) or a float8[4],
 * changed in place when called as an aggregate, with a combine function so
 * that parallel query and shards can split the work.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"

#include "gpumkt.h"
#include "growth_state.h"

/* the SQL type's INTERNALLENGTH, and the size of its binary form */
#define GM_GROWTH_SIZE 104
StaticAssertDecl(sizeof(GmGrowth) == GM_GROWTH_SIZE,
				 "gpumkt_growth must stay the size the SQL type declares");

#define DAYS_PER_YEAR 365.25
#define Y2000_DAYS 0			/* DateADT counts days from 2000-01-01 */

/* A date as a fractional year: 2000-01-01 is 2000.0, a year is 365.25 days. */
static inline double
date_year(DateADT d)
{
	return 2000.0 + (double) (d - Y2000_DAYS) / DAYS_PER_YEAR;
}

/* Refuse a date that is not a day (infinity). */
static void
check_date(DateADT d, const char *fname)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of %s must be a finite date", fname),
				 errhint("Filter out 'infinity' and '-infinity' dates.")));
}

/* Refuse a value that is NaN or infinite, naming the year it came with. */
static inline void
check_value(double value, double year, const char *fname)
{
	if (unlikely(!isfinite(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must be a finite number", fname),
				 errdetail("The row of year %g has value %g.", year, value),
				 errhint("Filter out NaN and infinite values.")));
}

/* Called as an aggregate (plain or window), where a state may change in place? */
static inline bool
in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/*
 * The state to update: the one given, changed in place, or a new one.  A new
 * one is made in the per-row memory: the executor copies it into the
 * aggregate's memory, as it does whenever a transition returns a new pointer.
 */
static inline GmGrowth *
growth_state(FunctionCallInfo fcinfo, const char *fname)
{
	GmGrowth   *g;

	if (unlikely(!in_aggregate(fcinfo)))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s transition function called outside an aggregate", fname)));
	if (likely(!PG_ARGISNULL(0)))
		return (GmGrowth *) PG_GETARG_POINTER(0);
	g = (GmGrowth *) palloc(sizeof(GmGrowth));
	gm_growth_init(g);
	return g;
}

/* Return the state unchanged (NULL stays NULL) for a row with a NULL. */
#define SKIP_NULL_ROW() \
	do { \
		if (PG_ARGISNULL(1) || PG_ARGISNULL(2)) \
		{ \
			if (PG_ARGISNULL(0)) \
				PG_RETURN_NULL(); \
			PG_RETURN_POINTER(PG_GETARG_POINTER(0)); \
		} \
	} while (0)

/* Refuse endpoint totals that left the double range. */
static inline void
check_totals(const GmGrowth *g, const char *fname)
{
	if (unlikely(!isfinite(g->first_sum) || !isfinite(g->last_sum)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("total of a year of %s is out of range: overflow", fname),
				 errhint("Scale the values down, for example to billions.")));
}

/* Add a row to the endpoint totals (gpumkt_cagr). */
static Datum
cagr_trans(FunctionCallInfo fcinfo, double year)
{
	double		value = PG_GETARG_FLOAT8(2);
	GmGrowth   *g = growth_state(fcinfo, "gpumkt_cagr");

	check_value(value, year, "gpumkt_cagr");
	gm_growth_add_ends(g, year, value);
	check_totals(g, "gpumkt_cagr");
	PG_RETURN_POINTER(g);
}

/* Add a row to the fit; a value <= 0 has no logarithm (gpumkt_fit_rate). */
static Datum
fit_trans(FunctionCallInfo fcinfo, double year)
{
	double		value = PG_GETARG_FLOAT8(2);
	GmGrowth   *g = growth_state(fcinfo, "gpumkt_fit_rate");

	if (unlikely(!(value > 0.0)))
	{
		check_value(value, year, "gpumkt_fit_rate");
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of gpumkt_fit_rate must be greater than zero"),
				 errdetail("The row of year %g has value %g.", year, value),
				 errhint("A log-linear fit needs positive values; filter out zero and negative ones.")));
	}
	check_value(value, year, "gpumkt_fit_rate");
	gm_growth_add_fit(g, year, value);
	PG_RETURN_POINTER(g);
}

/* Add a row to the whole summary (gpumkt_growth). */
static Datum
growth_trans(FunctionCallInfo fcinfo, double year)
{
	double		value = PG_GETARG_FLOAT8(2);
	GmGrowth   *g = growth_state(fcinfo, "gpumkt_growth");

	check_value(value, year, "gpumkt_growth");
	gm_growth_add_ends(g, year, value);
	check_totals(g, "gpumkt_growth");
	gm_growth_add_fit(g, year, value);
	PG_RETURN_POINTER(g);
}

/* Transition of gpumkt_cagr(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_cagr_trans);
Datum
gpumkt_cagr_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return cagr_trans(fcinfo, (double) PG_GETARG_INT32(1));
}

/* Transition of gpumkt_cagr(date, float8). */
PG_FUNCTION_INFO_V1(gpumkt_cagr_trans_date);
Datum
gpumkt_cagr_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	check_date(PG_GETARG_DATEADT(1), "gpumkt_cagr");
	return cagr_trans(fcinfo, date_year(PG_GETARG_DATEADT(1)));
}

/*
 * A row with a NULL leaves the fit's state as it is; a missing state becomes
 * an empty one, since a moving frame's transition may not return NULL.
 */
#define SKIP_NULL_FIT_ROW() \
	do { \
		if (PG_ARGISNULL(1) || PG_ARGISNULL(2)) \
			PG_RETURN_POINTER(growth_state(fcinfo, "gpumkt_fit_rate")); \
	} while (0)

/* Transition of gpumkt_fit_rate(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_fit_trans);
Datum
gpumkt_fit_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_trans(fcinfo, (double) PG_GETARG_INT32(1));
}

/* Transition of gpumkt_fit_rate(date, float8). */
PG_FUNCTION_INFO_V1(gpumkt_fit_trans_date);
Datum
gpumkt_fit_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	check_date(PG_GETARG_DATEADT(1), "gpumkt_fit_rate");
	return fit_trans(fcinfo, date_year(PG_GETARG_DATEADT(1)));
}

/* Take a row back out of the fit; NULL makes PostgreSQL recompute the frame. */
static Datum
fit_inv(FunctionCallInfo fcinfo, double year)
{
	GmGrowth   *g = growth_state(fcinfo, "gpumkt_fit_rate");

	if (!gm_growth_remove_fit(g, year, PG_GETARG_FLOAT8(2)))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(g);
}

/* Inverse transition of gpumkt_fit_rate(integer, float8), for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_fit_inv);
Datum
gpumkt_fit_inv(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_inv(fcinfo, (double) PG_GETARG_INT32(1));
}

/* Inverse transition of gpumkt_fit_rate(date, float8), for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_fit_inv_date);
Datum
gpumkt_fit_inv_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_inv(fcinfo, date_year(PG_GETARG_DATEADT(1)));
}

/* Transition of gpumkt_growth(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_growth_trans);
Datum
gpumkt_growth_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return growth_trans(fcinfo, (double) PG_GETARG_INT32(1));
}

/* Transition of gpumkt_growth(date, float8). */
PG_FUNCTION_INFO_V1(gpumkt_growth_trans_date);
Datum
gpumkt_growth_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	check_date(PG_GETARG_DATEADT(1), "gpumkt_growth");
	return growth_trans(fcinfo, date_year(PG_GETARG_DATEADT(1)));
}

/* Merge two summaries: combine function of every growth aggregate, and gpumkt_rollup's transition. */
PG_FUNCTION_INFO_V1(gpumkt_growth_combine);
Datum
gpumkt_growth_combine(PG_FUNCTION_ARGS)
{
	GmGrowth   *into;

	if (!in_aggregate(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("gpumkt_growth_combine called outside an aggregate")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	if (PG_ARGISNULL(0))
	{
		/* a copy in per-row memory, which the executor copies on */
		into = (GmGrowth *) palloc(sizeof(GmGrowth));
		memcpy(into, PG_GETARG_POINTER(1), sizeof(GmGrowth));
		PG_RETURN_POINTER(into);
	}
	into = (GmGrowth *) PG_GETARG_POINTER(0);
	if (!gm_growth_merge(into, (GmGrowth *) PG_GETARG_POINTER(1)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("merged gpumkt_growth summary is out of range"),
				 errdetail("A count passes 2^63 - 1 or a sum passes the double range."),
				 errhint("Merge fewer or smaller summaries.")));
	PG_RETURN_POINTER(into);
}

/*
 * Accessors
 */

/* The CAGR from the first year's total to the last year's. */
PG_FUNCTION_INFO_V1(gpumkt_growth_cagr);
Datum
gpumkt_growth_cagr(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	double		result = 0.0;
	int			bad_arg;
	GmStatus	st;

	if (g->n == 0 || g->first_year == g->last_year)
		PG_RETURN_NULL();
	if (!(g->first_sum > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("total of the first year of gpumkt_cagr must be greater than zero"),
				 errdetail("The total of year %g is %g.", g->first_year, g->first_sum),
				 errhint("A growth rate needs a positive starting total; filter out the rows that cancel it.")));
	if (!(g->last_sum > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("total of the last year of gpumkt_cagr must be greater than zero"),
				 errdetail("The total of year %g is %g.", g->last_year, g->last_sum),
				 errhint("A compound rate needs a positive ending total; filter out the rows that cancel it.")));
	st = gm_cagr(g->first_sum, g->last_sum, g->last_year - g->first_year,
				 &result, &bad_arg);
	if (st != GM_OK)
	{
		static const char *const names[] = {"first year's total", "last year's total", "years"};

		gpumkt_report_status(st, "gpumkt_cagr", names, bad_arg);
	}
	PG_RETURN_FLOAT8(result);
}

/* Refuse a fit over a summary that holds values <= 0. */
static void
check_fit(const GmGrowth *g, const char *fname)
{
	if (g->nonpositive > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs values greater than zero", fname),
				 errdetail_plural("The summary holds %lld value that is zero or negative.",
								  "The summary holds %lld values that are zero or negative.",
								  (unsigned long) g->nonpositive,
								  (long long) g->nonpositive),
				 errhint("Build the summary from positive values only; gpumkt_cagr of it still works.")));
}

/* Annual growth of the least-squares fit of ln(value) on year (LOGEST - 1). */
PG_FUNCTION_INFO_V1(gpumkt_growth_fit_rate);
Datum
gpumkt_growth_fit_rate(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	double		slope,
				result;

	check_fit(g, "gpumkt_fit_rate");
	if (!gm_growth_slope(g, &slope))
		PG_RETURN_NULL();
	result = expm1(slope);
	if (!isfinite(result) || result <= -1.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("result of gpumkt_fit_rate is out of range"),
				 errdetail("The fitted slope of ln(value) per year is %g.", slope),
				 errhint("Check the summary: its years may be too close together for its values.")));
	PG_RETURN_FLOAT8(result);
}

/* r2 of the log-linear fit. */
PG_FUNCTION_INFO_V1(gpumkt_growth_r2);
Datum
gpumkt_growth_r2(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	double		r2;

	check_fit(g, "gpumkt_r2");
	if (!gm_growth_r2(g, &r2))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r2);
}

/* Fitted value in a year (the spreadsheet GROWTH). */
static Datum
value_at(FunctionCallInfo fcinfo, double year)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	double		log_value,
				result;

	check_fit(g, "gpumkt_value_at");
	if (!gm_growth_log_value_at(g, year, &log_value))
		PG_RETURN_NULL();
	result = exp(log_value);
	if (isinf(result) || isnan(result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("result of gpumkt_value_at is out of range: overflow"),
				 errhint("Ask for a year nearer to the summarised ones.")));
	if (result == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("result of gpumkt_value_at is out of range: underflow"),
				 errhint("Ask for a year nearer to the summarised ones.")));
	PG_RETURN_FLOAT8(result);
}

/* gpumkt_value_at(gpumkt_growth, float8). */
PG_FUNCTION_INFO_V1(gpumkt_growth_value_at);
Datum
gpumkt_growth_value_at(PG_FUNCTION_ARGS)
{
	double		year = PG_GETARG_FLOAT8(1);

	if (!isfinite(year))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year of gpumkt_value_at must be a finite number"),
				 errhint("Pass a year such as 2030.")));
	return value_at(fcinfo, year);
}

/* gpumkt_value_at(gpumkt_growth, date). */
PG_FUNCTION_INFO_V1(gpumkt_growth_value_at_date);
Datum
gpumkt_growth_value_at_date(PG_FUNCTION_ARGS)
{
	check_date(PG_GETARG_DATEADT(1), "gpumkt_value_at");
	return value_at(fcinfo, date_year(PG_GETARG_DATEADT(1)));
}

/* Earliest year in the summary. */
PG_FUNCTION_INFO_V1(gpumkt_growth_first_year);
Datum
gpumkt_growth_first_year(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);

	if (g->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(g->first_year);
}

/* Latest year in the summary. */
PG_FUNCTION_INFO_V1(gpumkt_growth_last_year);
Datum
gpumkt_growth_last_year(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);

	if (g->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(g->last_year);
}

/* Rows in the summary. */
PG_FUNCTION_INFO_V1(gpumkt_growth_count);
Datum
gpumkt_growth_count(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);

	PG_RETURN_INT64(gm_growth_count(g));
}

/*
 * Text and binary forms
 */

/* gpumkt_growth from its text form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_in);
Datum
gpumkt_growth_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	GmGrowth   *g = (GmGrowth *) palloc(sizeof(GmGrowth));

	if (!gm_growth_parse(s, g))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type gpumkt_growth: \"%s\"", s),
				 errhint("Use the text that gpumkt_growth values print, such as (v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0).")));
	PG_RETURN_POINTER(g);
}

/* gpumkt_growth as text. */
PG_FUNCTION_INFO_V1(gpumkt_growth_out);
Datum
gpumkt_growth_out(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	char	   *buf = palloc(GM_GROWTH_TEXT_MAX);

	gm_growth_format(g, buf, GM_GROWTH_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

/* gpumkt_growth from its binary form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_recv);
Datum
gpumkt_growth_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	GmGrowth   *g = (GmGrowth *) palloc(sizeof(GmGrowth));

	if (buf->len - buf->cursor != GM_GROWTH_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary form for type gpumkt_growth: %d bytes, expected %d",
						buf->len - buf->cursor, GM_GROWTH_SIZE)));
	g->version = pq_getmsgint(buf, 4);
	g->flags = pq_getmsgint(buf, 4);
	g->n = pq_getmsgint64(buf);
	g->nonpositive = pq_getmsgint64(buf);
	g->first_year = pq_getmsgfloat8(buf);
	g->first_sum = pq_getmsgfloat8(buf);
	g->last_year = pq_getmsgfloat8(buf);
	g->last_sum = pq_getmsgfloat8(buf);
	g->fit_n = pq_getmsgint64(buf);
	g->sx = pq_getmsgfloat8(buf);
	g->sy = pq_getmsgfloat8(buf);
	g->sxx = pq_getmsgfloat8(buf);
	g->syy = pq_getmsgfloat8(buf);
	g->sxy = pq_getmsgfloat8(buf);
	if (!gm_growth_valid(g))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary form for type gpumkt_growth"),
				 errdetail("Version %d, or a count, sum or year out of its range.", g->version)));
	PG_RETURN_POINTER(g);
}

/* gpumkt_growth in binary form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_send);
Datum
gpumkt_growth_send(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, g->version);
	pq_sendint32(&buf, g->flags);
	pq_sendint64(&buf, g->n);
	pq_sendint64(&buf, g->nonpositive);
	pq_sendfloat8(&buf, g->first_year);
	pq_sendfloat8(&buf, g->first_sum);
	pq_sendfloat8(&buf, g->last_year);
	pq_sendfloat8(&buf, g->last_sum);
	pq_sendint64(&buf, g->fit_n);
	pq_sendfloat8(&buf, g->sx);
	pq_sendfloat8(&buf, g->sy);
	pq_sendfloat8(&buf, g->sxx);
	pq_sendfloat8(&buf, g->syy);
	pq_sendfloat8(&buf, g->sxy);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Share and concentration: a float8[4] state {rows, a, b, inexact}, changed
 * in place.
 *	gpumkt_share: a = sum of the part's values, b = sum of all values.
 *	gpumkt_hhi:   a = sum of values,            b = sum of their squares.
 * inexact counts the rows whose sums may have been rounded.  A moving frame
 * takes a row back by subtraction only while inexact is 0, that is while
 * every sum has been exact (integers well inside 2^53): then nothing is lost.
 * Otherwise the inverse declines and PostgreSQL recomputes the frame, since
 * subtracting a large value from a rounded sum can lose every digit.
 */
#define SUMS_EXACT_LIMIT 9007199254740992.0	/* 2^53 */
#define HHI_EXACT_VALUE 67108864.0	/* 2^26: its square stays exact */

/* The float8[4] state, checked. */
static float8 *
sums_state(ArrayType *a, const char *fname)
{
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != 4 || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("state of %s must be a float8 array of 4 elements", fname)));
	return (float8 *) ARR_DATA_PTR(a);
}

/* The state array to change: in place inside an aggregate, else a copy. */
static ArrayType *
sums_for_update(FunctionCallInfo fcinfo)
{
	if (in_aggregate(fcinfo))
		return PG_GETARG_ARRAYTYPE_P(0);
	return PG_GETARG_ARRAYTYPE_P_COPY(0);
}

/* a + b for the sums of fname, with an error that names it on overflow. */
static inline double
sum_add(double a, double b, const char *fname)
{
	double		r = a + b;

	if (unlikely(isinf(r)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("sum of the values of %s is out of range", fname),
				 errhint("Express the values in a larger unit, such as billions.")));
	return r;
}

/* Is v an integer whose sums, within limit, add and subtract exactly? */
static inline bool
exact_value(double v, double limit)
{
	return fabs(v) < limit && v == rint(v);
}

/* Count a row as inexact when it, or the sums it made, may have rounded. */
static inline void
note_exactness(float8 *s, double v, double limit)
{
	if (!exact_value(v, limit) ||
		!(fabs(s[1]) < SUMS_EXACT_LIMIT) || !(fabs(s[2]) < SUMS_EXACT_LIMIT))
		s[3] += 1.0;
}

/* Add (sign = 1) or take back (sign = -1) a row of gpumkt_share. */
static Datum
share_step(FunctionCallInfo fcinfo, double sign)
{
	ArrayType  *a;
	float8	   *s;
	double		value;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	a = sums_for_update(fcinfo);
	s = sums_state(a, "gpumkt_share");
	if (PG_ARGISNULL(1))
		PG_RETURN_ARRAYTYPE_P(a);
	value = PG_GETARG_FLOAT8(1);
	if (!isfinite(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of gpumkt_share must be a finite number"),
				 errhint("Filter out NaN and infinite values.")));
	/* taking back is exact only while every sum has been */
	if (sign < 0.0 && s[3] != 0.0)
		PG_RETURN_NULL();
	s[0] += sign;
	if (!PG_ARGISNULL(2) && PG_GETARG_BOOL(2))
		s[1] = sum_add(s[1], sign * value, "gpumkt_share");
	s[2] = sum_add(s[2], sign * value, "gpumkt_share");
	if (sign > 0.0)
		note_exactness(s, value, SUMS_EXACT_LIMIT);
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Transition of gpumkt_share(float8, boolean). */
PG_FUNCTION_INFO_V1(gpumkt_share_trans);
Datum
gpumkt_share_trans(PG_FUNCTION_ARGS)
{
	return share_step(fcinfo, 1.0);
}

/* Inverse transition of gpumkt_share, for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_share_inv);
Datum
gpumkt_share_inv(PG_FUNCTION_ARGS)
{
	return share_step(fcinfo, -1.0);
}

/* Final function of gpumkt_share: part over whole. */
PG_FUNCTION_INFO_V1(gpumkt_share_final);
Datum
gpumkt_share_final(PG_FUNCTION_ARGS)
{
	float8	   *s = sums_state(PG_GETARG_ARRAYTYPE_P(0), "gpumkt_share");
	double		share;

	if (s[0] == 0)
		PG_RETURN_NULL();
	if (s[2] == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("total of gpumkt_share is zero"),
				 errhint("A share needs a whole that is not zero; filter out the rows that cancel each other.")));
	/* a part too small to tell from zero next to its whole is a share of 0 */
	share = s[1] / s[2];
	if (isinf(share))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("share of gpumkt_share is out of range"),
				 errdetail("The part is %g and the whole %g.", s[1], s[2]),
				 errhint("Values that nearly cancel leave a whole close to zero; filter them out.")));
	PG_RETURN_FLOAT8(share);
}

/* Add (sign = 1) or take back (sign = -1) a row of gpumkt_hhi. */
static Datum
hhi_step(FunctionCallInfo fcinfo, double sign)
{
	ArrayType  *a = sums_for_update(fcinfo);
	float8	   *s = sums_state(a, "gpumkt_hhi");
	double		value = PG_GETARG_FLOAT8(1);
	double		square;

	if (!isfinite(value) || value < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of gpumkt_hhi must be a finite number not below zero"),
				 errdetail("The value is %g.", value),
				 errhint("Concentration is measured over sizes: revenue, shipments, capacity.")));
	if (sign < 0.0 && s[3] != 0.0)
		PG_RETURN_NULL();
	s[0] += sign;
	/* a square below the smallest double counts as 0 beside the others */
	square = value * value;
	if (unlikely(isinf(square)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value of gpumkt_hhi is too large to square"),
				 errdetail("The value is %g.", value),
				 errhint("Express the sizes in a larger unit, such as billions.")));
	s[1] = sum_add(s[1], sign * value, "gpumkt_hhi");
	s[2] = sum_add(s[2], sign * square, "gpumkt_hhi");
	if (sign > 0.0)
		note_exactness(s, value, HHI_EXACT_VALUE);
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Transition of gpumkt_hhi(float8). */
PG_FUNCTION_INFO_V1(gpumkt_hhi_trans);
Datum
gpumkt_hhi_trans(PG_FUNCTION_ARGS)
{
	return hhi_step(fcinfo, 1.0);
}

/* Inverse transition of gpumkt_hhi, for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_hhi_inv);
Datum
gpumkt_hhi_inv(PG_FUNCTION_ARGS)
{
	return hhi_step(fcinfo, -1.0);
}

/* Final function of gpumkt_hhi: 10,000 x the sum of squared shares. */
PG_FUNCTION_INFO_V1(gpumkt_hhi_final);
Datum
gpumkt_hhi_final(PG_FUNCTION_ARGS)
{
	float8	   *s = sums_state(PG_GETARG_ARRAYTYPE_P(0), "gpumkt_hhi");

	if (s[0] == 0)
		PG_RETURN_NULL();
	if (s[1] == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("total of gpumkt_hhi is zero"),
				 errhint("Concentration needs at least one size above zero.")));
	/* every square below the smallest double: the shares are unknown */
	if (s[2] == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("values of gpumkt_hhi are too small to square"),
				 errdetail("The total is %g.", s[1]),
				 errhint("Express the sizes in a smaller unit, such as millions.")));
	/* s[2] <= s[1]^2, so the quotients stay within 1 */
	PG_RETURN_FLOAT8(10000.0 * ((s[2] / s[1]) / s[1]));
}

/* Combine function of gpumkt_share and gpumkt_hhi: add the states. */
PG_FUNCTION_INFO_V1(gpumkt_sums_combine);
Datum
gpumkt_sums_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = sums_for_update(fcinfo);
	float8	   *s = sums_state(a, "gpumkt_sums_combine");
	float8	   *t = sums_state(PG_GETARG_ARRAYTYPE_P(1), "gpumkt_sums_combine");

	s[0] += t[0];
	s[1] = sum_add(s[1], t[1], "gpumkt_share or gpumkt_hhi");
	s[2] = sum_add(s[2], t[2], "gpumkt_share or gpumkt_hhi");
	s[3] += t[3];
	PG_RETURN_ARRAYTYPE_P(a);
}
