/*-------------------------------------------------------------------------
 *
 * aggregates.c
 *	  The growth aggregates gpumkt_cagr, gpumkt_fit_rate, gpumkt_growth and
 *	  gpumkt_rollup: their transition and combine functions, over a year of
 *	  any accepted type (agg_years.c), the accessors of the gpumkt_growth
 *	  summary, and the error of a support function called directly.
 *
 * Their state is the fixed-size gpumkt_growth (not internal), changed in
 * place when called as an aggregate, with a combine function so that
 * parallel query and shards can split the work.  gpumkt_fit_rate's moving
 * mode has a state of its own (moving_fit_agg.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

#include "agg_common.h"
#include "growth_state.h"
#include "module.h"

/*
 * Refuse a support function called other than by an aggregate, in core's
 * words, naming the function as SQL knows it.
 */
void
gm_not_in_aggregate(FunctionCallInfo fcinfo)
{
	char	   *name = NULL;

	if (fcinfo->flinfo && OidIsValid(fcinfo->flinfo->fn_oid))
		name = get_func_name(fcinfo->flinfo->fn_oid);
	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("aggregate function called in non-aggregate context")));
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("%s called in non-aggregate context", name)));
}

/*
 * The state to update: the one given, changed in place, or a new one.  A new
 * one is made in the per-row memory: the executor copies it into the
 * aggregate's memory, as it does whenever a transition returns a new pointer.
 */
static inline GmGrowth *
growth_state(FunctionCallInfo fcinfo)
{
	GmGrowth   *g;

	if (unlikely(!gm_in_aggregate(fcinfo)))
		gm_not_in_aggregate(fcinfo);
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
	GmGrowth   *g = growth_state(fcinfo);

	gm_check_value(value, year, "gpumkt_cagr");
	gm_growth_add_ends(g, year, value);
	check_totals(g, "gpumkt_cagr");
	PG_RETURN_POINTER(g);
}

/* Refuse a value of gpumkt_fit_rate that has no logarithm, or is not finite. */
void
gm_check_fit_value(double value, double year)
{
	if (unlikely(!(value > 0.0)))
	{
		gm_check_value(value, year, "gpumkt_fit_rate");
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of gpumkt_fit_rate must be greater than zero"),
				 errdetail("The row of year %g has value %g.", year, value),
				 errhint("A log-linear fit needs positive values; filter out zero and negative ones.")));
	}
	gm_check_value(value, year, "gpumkt_fit_rate");
}

/*
 * Add a row to the fit (gpumkt_fit_rate); x is its year counted from 2000,
 * which a day gives rounded once (days / 365.25), not twice.
 */
static Datum
fit_trans(FunctionCallInfo fcinfo, double x)
{
	double		value = PG_GETARG_FLOAT8(2);
	GmGrowth   *g = growth_state(fcinfo);

	gm_check_fit_value(value, GM_YEAR_ORIGIN + x);
	gm_growth_add_fit_x(g, x, value);
	PG_RETURN_POINTER(g);
}

/* Add a row to the whole summary (gpumkt_growth); x as for fit_trans. */
static Datum
growth_trans(FunctionCallInfo fcinfo, double x)
{
	double		value = PG_GETARG_FLOAT8(2);
	GmGrowth   *g = growth_state(fcinfo);

	gm_check_value(value, GM_YEAR_ORIGIN + x, "gpumkt_growth");
	gm_growth_add_ends(g, GM_YEAR_ORIGIN + x, value);
	check_totals(g, "gpumkt_growth");
	gm_growth_add_fit_x(g, x, value);
	PG_RETURN_POINTER(g);
}

/* The year of argument 1 of any accepted type, counted from 2000, for fname. */
static double
any_x(FunctionCallInfo fcinfo, const char *fname)
{
	GmYearArg	year;

	if (unlikely(!gm_in_aggregate(fcinfo)))
		gm_not_in_aggregate(fcinfo);
	gm_year_arg(fcinfo, 1, fname, &year);
	return year.fx;
}

/* Transition of gpumkt_cagr(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_cagr_trans);
Datum
gpumkt_cagr_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return cagr_trans(fcinfo, (double) PG_GETARG_INT32(1));
}

/* Transition of gpumkt_cagr(date, float8), of 1.4. */
PG_FUNCTION_INFO_V1(gpumkt_cagr_trans_date);
Datum
gpumkt_cagr_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	gm_check_date(PG_GETARG_DATEADT(1), "gpumkt_cagr");
	return cagr_trans(fcinfo, GM_YEAR_ORIGIN + gm_date_x(PG_GETARG_DATEADT(1)));
}

/* Transition of gpumkt_cagr over double precision, timestamptz (1.4: more) years. */
PG_FUNCTION_INFO_V1(gpumkt_cagr_trans_any);
Datum
gpumkt_cagr_trans_any(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return cagr_trans(fcinfo, GM_YEAR_ORIGIN + any_x(fcinfo, "gpumkt_cagr"));
}

/*
 * A row with a NULL leaves the fit's state as it is; a missing state becomes
 * an empty one, since a moving frame's transition may not return NULL.
 */
#define SKIP_NULL_FIT_ROW() \
	do { \
		if (PG_ARGISNULL(1) || PG_ARGISNULL(2)) \
			PG_RETURN_POINTER(growth_state(fcinfo)); \
	} while (0)

/* Transition of gpumkt_fit_rate(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_fit_trans);
Datum
gpumkt_fit_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_trans(fcinfo, (double) PG_GETARG_INT32(1) - GM_YEAR_ORIGIN);
}

/* Transition of gpumkt_fit_rate(date, float8), of 1.4. */
PG_FUNCTION_INFO_V1(gpumkt_fit_trans_date);
Datum
gpumkt_fit_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	gm_check_date(PG_GETARG_DATEADT(1), "gpumkt_fit_rate");
	return fit_trans(fcinfo, gm_date_x(PG_GETARG_DATEADT(1)));
}

/* Transition of gpumkt_fit_rate over double precision, timestamptz (1.4: more) years. */
PG_FUNCTION_INFO_V1(gpumkt_fit_trans_any);
Datum
gpumkt_fit_trans_any(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_trans(fcinfo, any_x(fcinfo, "gpumkt_fit_rate"));
}

/*
 * Take a row back out of the fit; NULL makes PostgreSQL recompute the frame.
 * The moving mode of gpumkt 1.2, kept for databases not yet updated; x as
 * fit_trans adds it.
 */
static Datum
fit_inv(FunctionCallInfo fcinfo, double x)
{
	GmGrowth   *g = growth_state(fcinfo);

	if (!gm_growth_remove_fit_x(g, x, PG_GETARG_FLOAT8(2)))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(g);
}

/* Inverse transition of gpumkt_fit_rate(integer, float8) in 1.2. */
PG_FUNCTION_INFO_V1(gpumkt_fit_inv);
Datum
gpumkt_fit_inv(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_inv(fcinfo, (double) PG_GETARG_INT32(1) - GM_YEAR_ORIGIN);
}

/* Inverse transition of gpumkt_fit_rate(date, float8) in 1.2. */
PG_FUNCTION_INFO_V1(gpumkt_fit_inv_date);
Datum
gpumkt_fit_inv_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_FIT_ROW();
	return fit_inv(fcinfo, gm_date_x(PG_GETARG_DATEADT(1)));
}

/* Transition of gpumkt_growth(integer, float8). */
PG_FUNCTION_INFO_V1(gpumkt_growth_trans);
Datum
gpumkt_growth_trans(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return growth_trans(fcinfo, (double) PG_GETARG_INT32(1) - GM_YEAR_ORIGIN);
}

/* Transition of gpumkt_growth(date, float8), of 1.4. */
PG_FUNCTION_INFO_V1(gpumkt_growth_trans_date);
Datum
gpumkt_growth_trans_date(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	gm_check_date(PG_GETARG_DATEADT(1), "gpumkt_growth");
	return growth_trans(fcinfo, gm_date_x(PG_GETARG_DATEADT(1)));
}

/* Transition of gpumkt_growth over double precision, timestamptz (1.4: more) years. */
PG_FUNCTION_INFO_V1(gpumkt_growth_trans_any);
Datum
gpumkt_growth_trans_any(PG_FUNCTION_ARGS)
{
	SKIP_NULL_ROW();
	return growth_trans(fcinfo, any_x(fcinfo, "gpumkt_growth"));
}

/* Merge two summaries: combine function of every growth aggregate, and gpumkt_rollup's transition. */
PG_FUNCTION_INFO_V1(gpumkt_growth_combine);
Datum
gpumkt_growth_combine(PG_FUNCTION_ARGS)
{
	GmGrowth   *into;

	if (!gm_in_aggregate(fcinfo))
		gm_not_in_aggregate(fcinfo);
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

/* exp(slope) - 1, refused when it is beyond double or rounds to -100 %. */
double
gm_rate_of_slope(double slope)
{
	double		result = expm1(slope);

	if (!isfinite(result) || result <= -1.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("result of gpumkt_fit_rate is out of range"),
				 errdetail("The fitted slope of ln(value) per year is %g.", slope),
				 errhint("Check the summary: its years may be too close together for its values.")));
	return result;
}

/* Annual growth of the least-squares fit of ln(value) on year (LOGEST - 1). */
PG_FUNCTION_INFO_V1(gpumkt_growth_fit_rate);
Datum
gpumkt_growth_fit_rate(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	double		slope;

	check_fit(g, "gpumkt_fit_rate");
	if (!gm_growth_slope(g, &slope))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(gm_rate_of_slope(slope));
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
	gm_check_date(PG_GETARG_DATEADT(1), "gpumkt_value_at");
	return value_at(fcinfo, GM_YEAR_ORIGIN + gm_date_x(PG_GETARG_DATEADT(1)));
}

/*
 * gpumkt_value_at(gpumkt_growth, timestamptz), and 1.4's (gpumkt_growth,
 * timestamp): a date or timestamp cast to timestamptz is read as written.
 */
PG_FUNCTION_INFO_V1(gpumkt_growth_value_at_timestamp);
Datum
gpumkt_growth_value_at_timestamp(PG_FUNCTION_ARGS)
{
	GmYearArg	year;

	if (get_fn_expr_argtype(fcinfo->flinfo, 1) == TIMESTAMPTZOID)
	{
		gm_tstz_year(fcinfo, 1, "gpumkt_value_at", &year);
		return value_at(fcinfo, year.year);
	}
	return value_at(fcinfo, GM_YEAR_ORIGIN +
					gm_timestamp_x(PG_GETARG_TIMESTAMP(1), "gpumkt_value_at"));
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
