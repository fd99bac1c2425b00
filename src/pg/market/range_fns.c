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
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "forecast.h"
#include "range_math.h"
#include "years.h"

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
 * gpumkt_forecast_range(region, year, dimension, segment, market, scenario,
 * unit, extrapolate): (low, value, high), value NULL for a segment whose
 * share only its bounds give.
 */
static Datum
range_impl(FunctionCallInfo fcinfo, GmYearKind kind)
{
	GmCallArgs	a;
	TupleDesc	desc;
	GmValue		v;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (!gm_forecast_args(fcinfo, kind, "gpumkt_forecast_range", 6, &a))
		PG_RETURN_NULL();
	desc = range_tupdesc(fcinfo);
	gm_check_covered(a.m, a.year, a.extrapolate, "gpumkt_forecast_range");
	if (!gm_forecast_region(a.m, a.r, a.year, &v, 0, NULL, GM_RANGES))
		gm_report_no_data(a.m, a.r, a.year);
	if (a.sg && a.sg->has_share)
		gm_apply_segment(&v, a.sg);
	else if (a.sg)
	{
		gm_range_times(v.lo, v.hi, a.sg->lo, a.sg->hi, &v.lo, &v.hi);
		nulls[1] = true;
	}
	values[0] = gm_money_numeric(v.lo, NULL, a.m);
	values[1] = nulls[1] ? (Datum) 0 : gm_value_numeric(&v, a.m);
	values[2] = gm_money_numeric(v.hi, NULL, a.m);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* gpumkt_forecast_range, a whole year or a timestamp */
GM_SQL_FORM(gpumkt_forecast_range_float8, range_impl(fcinfo, GM_YEAR_FLOAT8));
GM_SQL_FORM(gpumkt_forecast_range_tstz, range_impl(fcinfo, GM_YEAR_TSTZ));

/* Is sg one of the segments in list[0..n)? */
static bool
in_list(GmSegment *const *list, int n, const GmSegment *sg)
{
	for (int i = 0; i < n; i++)
		if (list[i] == sg)
			return true;
	return false;
}

/*
 * gpumkt_segments_share(dimension, segments[], market, scenario): the
 * share of the union of segments of one dimension, (low, value, high).
 * Where the list holds every segment without a share, the union is 1 -
 * the segments left out, all known; where it holds some of them, value
 * is NULL and the bounds are those the known shares leave.
 */
PG_FUNCTION_INFO_V1(gpumkt_segments_share);
Datum
gpumkt_segments_share(PG_FUNCTION_ARGS)
{
	GmMarket   *m;
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	GmSegment **list;
	double		in_lo = 0.0,
				in_hi = 0.0,
				in_val = 0.0,
				out_lo = 0.0,
				out_hi = 0.0,
				out_val = 0.0;
	int			unknown_in = 0,
				unknown_out = 0;
	Datum		values[3];
	bool		rnulls[3] = {false, false, false};

	gm_require_nargs(fcinfo, 4);
	gm_require_text_arg(fcinfo, 2);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	m = gpumkt_market_args(fcinfo, 2, 3, -1);
	arr = PG_GETARG_ARRAYTYPE_P(1);
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("segments of gpumkt_segments_share is empty"),
				 errhint("Pass the segments of one dimension, such as ARRAY['software', 'services'].")));
	list = palloc(sizeof(GmSegment *) * n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("segments of gpumkt_segments_share holds a NULL"),
					 errhint("Pass the names or codes of segments of the dimension.")));
		list[i] = gpumkt_find_segment(m, PG_GETARG_TEXT_PP(0), DatumGetTextPP(elems[i]));
	}
	for (int i = 0; i < m->nsegments; i++)
	{
		GmSegment  *sg = &m->segments[i];
		bool		in = in_list(list, n, sg);

		if (strcmp(sg->dimension, list[0]->dimension) != 0)
			continue;
		if (in)
			in_hi += sg->hi;
		if (in && sg->has_share)
		{
			in_lo += sg->lo;
			in_val += sg->share;
		}
		else if (in)
			unknown_in++;
		else if (sg->has_share)
		{
			out_lo += sg->lo;
			out_hi += sg->hi;
			out_val += sg->share;
		}
		else
			unknown_out++;
	}
	/*
	 * at most its segments' upper bounds and what the known shares left out
	 * leave; with every segment left out known, exactly the rest
	 */
	values[2] = gm_float8_numeric(Max(0.0, Min(in_hi, 1.0 - out_lo)));
	values[0] = gm_float8_numeric(Max(in_lo, unknown_out == 0 ? 1.0 - out_hi : 0.0));
	values[1] = gm_float8_numeric(unknown_in == 0 ? in_val : 1.0 - out_val);
	rnulls[1] = unknown_in > 0 && unknown_out > 0;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(range_tupdesc(fcinfo), values, rnulls)));
}
