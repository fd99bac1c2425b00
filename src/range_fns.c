/*-------------------------------------------------------------------------
 *
 * range_fns.c
 *	  gpumkt_forecast_range: a forecast with the bounds the report's own
 *	  figures imply (range_math.c for a figure's interval and each step's
 *	  bounds, ranges.c for the structural bounds of shares), for a region
 *	  or one of its segments, a segment whose share the report does not
 *	  give included (a range without a value).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "forecast.h"
#include "range_math.h"
#include "years.h"

/* A bound as numeric: the double to 15 digits; no upper bound is Infinity. */
Datum
gm_bound_numeric(double bound)
{
	return DirectFunctionCall1(float8_numeric, Float8GetDatum(bound));
}

/* The result row's descriptor, made once per call site (cache.c keeps it). */
static TupleDesc
range_tupdesc(FunctionCallInfo fcinfo)
{
	void	  **extra = gpumkt_call_site_extra(fcinfo);
	TupleDesc	desc = (TupleDesc) *extra;

	if (desc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("function returning record called in context that cannot accept type record")));
		desc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
		*extra = desc;
	}
	return desc;
}

/*
 * gpumkt_forecast_range of a region (region, year, market) or of a segment
 * (region, year, dimension, segment, market): (low, value, high), value
 * NULL for a segment whose share only its bounds give.
 */
static Datum
range_impl(FunctionCallInfo fcinfo, GmYearKind kind, bool segment)
{
	double		year = gm_arg_year(fcinfo, 1, kind, "year", "gpumkt_forecast_range");
	GmMarket   *m = gpumkt_market_arg(fcinfo, segment ? 4 : 2);
	int			r = gpumkt_find_region_cached(fcinfo, m->rg, PG_GETARG_TEXT_PP(0));
	GmSegment  *sg = NULL;
	TupleDesc	desc = range_tupdesc(fcinfo);
	GmValue		v;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (segment)
		sg = gpumkt_find_segment(m, PG_GETARG_TEXT_PP(2), PG_GETARG_TEXT_PP(3));
	if (!gm_forecast_region(m, r, year, &v, 0, NULL, GM_RANGES))
		gm_report_no_data(m, r, year);
	if (sg && sg->has_share)
		gm_apply_segment(&v, sg);
	else if (sg)
	{
		gm_range_times(v.lo, v.hi, sg->lo, sg->hi, &v.lo, &v.hi);
		nulls[1] = true;
	}
	values[0] = gm_bound_numeric(v.lo);
	values[1] = nulls[1] ? (Datum) 0 : gm_value_numeric(&v);
	values[2] = gm_bound_numeric(v.hi);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* gpumkt_forecast_range(region, year [, market]), one entry per year type */
GM_SQL_FORM(gpumkt_forecast_range, range_impl(fcinfo, GM_YEAR_INT4, false));
GM_SQL_FORM(gpumkt_forecast_range_float8, range_impl(fcinfo, GM_YEAR_FLOAT8, false));
GM_SQL_FORM(gpumkt_forecast_range_date, range_impl(fcinfo, GM_YEAR_DATE, false));
GM_SQL_FORM(gpumkt_forecast_range_tstz, range_impl(fcinfo, GM_YEAR_TSTZ, false));
GM_SQL_FORM(gpumkt_forecast_range_text, range_impl(fcinfo, GM_YEAR_TEXT, false));
/* gpumkt_forecast_range(region, year, dimension, segment [, market]) */
GM_SQL_FORM(gpumkt_forecast_range_segment, range_impl(fcinfo, GM_YEAR_INT4, true));
GM_SQL_FORM(gpumkt_forecast_range_segment_float8, range_impl(fcinfo, GM_YEAR_FLOAT8, true));
GM_SQL_FORM(gpumkt_forecast_range_segment_date, range_impl(fcinfo, GM_YEAR_DATE, true));
GM_SQL_FORM(gpumkt_forecast_range_segment_tstz, range_impl(fcinfo, GM_YEAR_TSTZ, true));
GM_SQL_FORM(gpumkt_forecast_range_segment_text, range_impl(fcinfo, GM_YEAR_TEXT, true));
