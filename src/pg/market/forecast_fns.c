/*-------------------------------------------------------------------------
 *
 * forecast_fns.c
 *	  The SQL-callable forecasts: gpumkt_forecast (region and segment),
 *	  gpumkt_try_forecast (region and segment), gpumkt_region_share,
 *	  gpumkt_series and gpumkt_explain (region and segment, which formats
 *	  the trace the method records), gpumkt_segment_share and
 *	  gpumkt_resolve_region.
 *
 * Each function taking a year has one C entry point per SQL form of its
 * year argument (years.h): double precision (integer, bigint and numeric
 * reach it by implicit casts) and timestamp with time zone (date and
 * timestamp reach it by implicit casts).  Every form applies the same
 * years (1900..2200), the same method, and the same years the market's
 * figures cover (args.c), outside which it takes extrapolate => true.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/numeric.h"

#include "forecast.h"
#include "range_math.h"
#include "years.h"

/*
 * A forecast of market m as numeric, in the unit m stands for (m NULL: as
 * it is): the stored anchor, or the double to 15 digits.
 */
Datum
gm_value_numeric(const GmValue *v, const GmMarket *m)
{
	return gm_money_numeric(v->value, v->exact, m);
}

/* The no-share error of a segment of market m. */
void
gm_report_no_share(const GmMarket *m, const GmSegment *sg)
{
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA),
			 errmsg("market \"%s\" has no share for segment \"%s\" of dimension \"%s\"",
					m->market, sg->segment, sg->dimension),
			 errdetail("The source gives no figure for %s, and none follows from its other figures.",
					   sg->name),
			 errhint("See gpumkt_segments for what is known, or add a market of your own with a share for it.")));
}

/* v, a region's forecast, made the forecast of segment sg, with its bounds. */
void
gm_apply_segment(GmValue *v, const GmSegment *sg)
{
	gm_range_times(v->lo, v->hi, sg->lo, sg->hi, &v->lo, &v->hi);
	v->value = float8_mul(v->value, sg->share);
	v->exact = NULL;
	v->basis = GM_BASIS_SEGMENT_SHARE;
	v->user = v->user || sg->user;
}

/*
 * gpumkt_forecast and gpumkt_try_forecast(region, year, dimension, segment,
 * market, scenario, unit, extrapolate); with try, NULL where the data gives
 * no figure or the figures do not cover the year.
 */
static Datum
forecast_impl(FunctionCallInfo fcinfo, GmYearKind kind, bool try)
{
	const char *fname = try ? "gpumkt_try_forecast" : "gpumkt_forecast";
	GmCallArgs	a;
	GmValue		v;

	if (!gm_forecast_args(fcinfo, kind, fname, 6, &a))
		PG_RETURN_NULL();
	if (!a.extrapolate && !gm_year_covered(a.m, a.year))
	{
		if (try)
			PG_RETURN_NULL();
		gm_check_covered(a.m, a.year, false, fname);
	}
	if (a.sg && !a.sg->has_share)
	{
		if (try)
			PG_RETURN_NULL();
		gm_report_no_share(a.m, a.sg);
	}
	if (!gm_forecast_region(a.m, a.r, a.year, &v, 0, NULL, 0))
	{
		if (try)
			PG_RETURN_NULL();
		gm_report_no_data(a.m, a.r, a.year);
	}
	if (a.sg)
		gm_apply_segment(&v, a.sg);
	PG_RETURN_DATUM(gm_value_numeric(&v, a.m));
}

/* gpumkt_forecast and gpumkt_try_forecast, a whole year or a timestamp */
GM_SQL_FORM(gpumkt_forecast_float8, forecast_impl(fcinfo, GM_YEAR_FLOAT8, false));
GM_SQL_FORM(gpumkt_forecast_tstz, forecast_impl(fcinfo, GM_YEAR_TSTZ, false));
GM_SQL_FORM(gpumkt_try_forecast_float8, forecast_impl(fcinfo, GM_YEAR_FLOAT8, true));
GM_SQL_FORM(gpumkt_try_forecast_tstz, forecast_impl(fcinfo, GM_YEAR_TSTZ, true));

/* The segment's share, or the no-data error when the report gives none. */
PG_FUNCTION_INFO_V1(gpumkt_segment_share);
Datum
gpumkt_segment_share(PG_FUNCTION_ARGS)
{
	GmMarket   *m;
	GmSegment  *sg;

	gm_require_nargs(fcinfo, 4);
	gm_require_text_arg(fcinfo, 2);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	m = gpumkt_market_args(fcinfo, 2, 3, -1);
	sg = gpumkt_find_segment(m, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));
	if (!sg->has_share)
		gm_report_no_share(m, sg);
	if (sg->exact == NULL)		/* a scenario's share */
		return gm_float8_numeric(sg->share);
	PG_RETURN_NUMERIC(sg->exact);
}

/*
 * Share of a region in the market's top region, in a year: the stated share
 * (held from its year on), else the ratio of the forecasts; the top region
 * itself is 1 where it has a forecast.
 */
static Datum
region_share_impl(FunctionCallInfo fcinfo, GmYearKind kind)
{
	double		year;
	GmMarket   *m;
	int			r;
	const GmFigures *f;
	const GmShare *sh = NULL;
	GmValue		v,
				top;

	gm_require_nargs(fcinfo, 5);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	year = gm_arg_year(fcinfo, 1, kind, "year", "gpumkt_region_share");
	m = gpumkt_market_args(fcinfo, 2, 3, -1);
	r = gpumkt_find_region_cached(fcinfo, m->rg, PG_GETARG_TEXT_PP(0));
	f = gpumkt_figures(m, r);
	gm_check_covered(m, year, gm_arg_flag(fcinfo, 4), "gpumkt_region_share");
	for (int i = 0; i < f->nshares && r != m->root; i++)
	{
		if (f->shares[i].of_region == m->root &&
			(sh == NULL || f->shares[i].year <= year))
			sh = &f->shares[i];
	}
	if (sh)
		PG_RETURN_NUMERIC(sh->exact);
	if (!gm_forecast_region(m, r, year, &v, 0, NULL, 0))
		gm_report_no_data(m, r, year);
	if (r == m->root)
		PG_RETURN_NUMERIC(int64_to_numeric(1));
	if (m->root < 0 || !gm_forecast_region(m, m->root, year, &top, 0, NULL, 0))
		gm_report_no_data(m, m->root < 0 ? r : m->root, year);
	v.value = float8_div(v.value, top.value);
	v.exact = NULL;
	PG_RETURN_DATUM(gm_value_numeric(&v, NULL));
}

/* gpumkt_region_share(region, year, market, scenario, extrapolate) */
GM_SQL_FORM(gpumkt_region_share_float8, region_share_impl(fcinfo, GM_YEAR_FLOAT8));
GM_SQL_FORM(gpumkt_region_share_tstz, region_share_impl(fcinfo, GM_YEAR_TSTZ));

/* The basis of a series' value beyond the years the figures cover. */
static const char *
beyond_basis(const GmValue *v)
{
	return v->user ? "extrapolated beyond the figures (user rows)" :
		"extrapolated beyond the figures";
}

/* Put a row of gpumkt_series without a value: year y, basis given. */
static void
series_gap(ReturnSetInfo *rsinfo, int32 y, const char *basis)
{
	Datum		values[4] = {Int32GetDatum(y), 0, 0, CStringGetTextDatum(basis)};
	bool		nulls[4] = {false, true, true, false};

	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * gpumkt_series(region, from_year, to_year, dimension, segment, market,
 * scenario, unit, extrapolate): rows (year, value, growth over the previous
 * year, basis) for a region or one of its segments; a year without a
 * figure gives value NULL and basis 'no data', a year the figures do not
 * cover value NULL and basis 'outside the covered years' (with extrapolate,
 * its value and basis 'extrapolated beyond the figures').
 */
PG_FUNCTION_INFO_V1(gpumkt_series);
Datum
gpumkt_series(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int32		from_year,
				to_year;
	GmMarket   *m;
	int			r;
	GmSegment  *sg;
	bool		extrapolate = gm_arg_flag(fcinfo, 8);
	GmValue		prev;
	bool		have_prev;

	gm_require_nargs(fcinfo, 9);
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(5))
		return (Datum) 0;
	from_year = (int32) gm_arg_year(fcinfo, 1, GM_YEAR_FLOAT8, "from_year", "gpumkt_series");
	to_year = (int32) gm_arg_year(fcinfo, 2, GM_YEAR_FLOAT8, "to_year", "gpumkt_series");
	m = gpumkt_market_args(fcinfo, 5, 6, 7);
	r = gpumkt_find_region(m->rg, PG_GETARG_TEXT_PP(0));
	sg = gpumkt_segment_args(fcinfo, m, 3, "gpumkt_series");
	if (to_year < from_year)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("to_year %d of gpumkt_series is earlier than from_year %d",
						to_year, from_year),
				 errhint("Pass the years in increasing order.")));

	/* the year before gives the first growth, when it can be had */
	have_prev = !(sg && !sg->has_share) &&
		(extrapolate || gm_year_covered(m, from_year - 1)) &&
		gm_forecast_region(m, r, from_year - 1, &prev, 0, NULL, GM_QUIET);
	for (int32 y = from_year; y <= to_year; y++)
	{
		GmValue		v;
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		bool		covered = gm_year_covered(m, y);

		CHECK_FOR_INTERRUPTS();
		if (!covered && !extrapolate)
		{
			series_gap(rsinfo, y, "outside the covered years");
			have_prev = false;
			continue;
		}
		if ((sg && !sg->has_share) || !gm_forecast_region(m, r, y, &v, 0, NULL, 0))
		{
			series_gap(rsinfo, y, "no data");
			have_prev = false;
			continue;
		}
		values[0] = Int32GetDatum(y);
		/* a segment's growth is its region's: the share is held */
		if (have_prev)
			values[2] = DirectFunctionCall1(float8_numeric,
											Float8GetDatum(float8_div(v.value, prev.value) - 1.0));
		else
			nulls[2] = true;
		prev = v;
		have_prev = true;
		if (sg)
			gm_apply_segment(&v, sg);
		values[1] = gm_value_numeric(&v, m);
		values[3] = CStringGetTextDatum(covered ? gm_basis_text(&v) : beyond_basis(&v));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* The code of the region a code, name, ISO code or abbreviation stands for. */
PG_FUNCTION_INFO_V1(gpumkt_resolve_region);
Datum
gpumkt_resolve_region(PG_FUNCTION_ARGS)
{
	const GmRegions *rg = gpumkt_get_regions(fcinfo);
	int			r = gpumkt_find_region_cached(fcinfo, rg, PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(rg->regions[r].code));
}

/* The segment step of an explanation (step 1), from the region's step 2. */
static void
segment_step(GmTrace *trace, const GmSegment *sg)
{
	GmStep	   *st = &trace->steps[0];
	const GmStep *region_step = &trace->steps[1];

	st->kind = GM_STEP_SEGMENT;
	st->v = region_step->v;
	gm_apply_segment(&st->v, sg);
	st->segment = sg;
}

/* The method of a step: the arithmetic on its rows' values. */
static char *
step_method(const GmMarket *m, const GmStep *st)
{
	const char *y = gm_year_text(st->year);

	switch (st->kind)
	{
		case GM_STEP_ANCHOR:
			return pstrdup("anchor");
		case GM_STEP_INTERPOLATE:
			return psprintf("%.15g x (%.15g / %.15g)^((%s - %d) / (%d - %d))",
							gm_money_double(st->a0->value, m), gm_money_double(st->a1->value, m),
							gm_money_double(st->a0->value, m),
							y, st->a0->year, st->a1->year, st->a0->year);
		case GM_STEP_RATE:
			return psprintf("%.15g x (1 + %.15g)^(%s - %d)",
							gm_money_double(st->anchor->value, m), st->growth, y,
							st->anchor->year);
		case GM_STEP_CAGR:
			return psprintf("%.15g x (1 + %.15g)^(%s - %d), at the CAGR of the anchors %d and %d",
							gm_money_double(st->anchor->value, m), st->growth, y,
							st->anchor->year, st->a0->year, st->a1->year);
		case GM_STEP_SHARE:
			return psprintf("%.15g x %s %s", st->share->share,
							m->rg->regions[st->share->of_region].code, y);
		case GM_STEP_SEGMENT:
			return psprintf("%.15g x %s %s", st->segment->share,
							m->rg->regions[st->region].code, y);
	}
	elog(ERROR, "unrecognized forecast step kind: %d", (int) st->kind);
	return NULL;				/* keep compiler quiet */
}

/*
 * A row as source_rows names it: plain, or, for a figure a scenario made
 * (its provenance "scenario NAME: ..."), the scenario's changes.
 */
static char *
row_name(char *plain, const char *provenance)
{
	const char *colon;

	if (provenance == NULL || strncmp(provenance, "scenario ", 9) != 0 ||
		(colon = strchr(provenance, ':')) == NULL)
		return plain;
	return psprintf("gpumkt_scenario_changes(%.*s)", (int) (colon - provenance - 9),
					provenance + 9);
}

/* An anchor as source_rows names it. */
static char *
anchor_row(const char *code, const GmAnchor *a)
{
	return row_name(psprintf("gpumkt_anchors(%s, %d)", code, a->year), a->provenance);
}

/* The rows a step used, as source_rows names them. */
static char *
step_rows(const GmMarket *m, const GmStep *st)
{
	const char *code = m->rg->regions[st->region].code;
	const GmRate *rt = st->rate;

	switch (st->kind)
	{
		case GM_STEP_ANCHOR:
			return anchor_row(code, st->anchor);
		case GM_STEP_INTERPOLATE:
		case GM_STEP_CAGR:
			return psprintf("%s, %s", anchor_row(code, st->a0), anchor_row(code, st->a1));
		case GM_STEP_RATE:
			return psprintf("%s, %s", anchor_row(code, st->anchor),
							row_name(psprintf("gpumkt_rates(%s, %s)", code, rt->has_period ?
											  psprintf("%d-%d", rt->from_year, rt->to_year) :
											  "no period"), rt->provenance));
		case GM_STEP_SHARE:
			return row_name(psprintf("gpumkt_region_shares(%s, %d)", code, st->share->year),
							st->share->provenance);
		case GM_STEP_SEGMENT:
			return row_name(psprintf("gpumkt_segments(%s, %s)", st->segment->dimension,
									 st->segment->segment), st->segment->provenance);
	}
	elog(ERROR, "unrecognized forecast step kind: %d", (int) st->kind);
	return NULL;				/* keep compiler quiet */
}

/* Where a step's rows come from, one provenance after the other. */
static const char *
step_provenance(const GmStep *st)
{
	switch (st->kind)
	{
		case GM_STEP_ANCHOR:
			return st->anchor->provenance;
		case GM_STEP_INTERPOLATE:
		case GM_STEP_CAGR:
			return psprintf("%s | %s", st->a0->provenance, st->a1->provenance);
		case GM_STEP_RATE:
			return psprintf("%s | %s", st->anchor->provenance, st->rate->provenance);
		case GM_STEP_SHARE:
			return st->share->provenance;
		case GM_STEP_SEGMENT:
			return st->segment->provenance;
	}
	elog(ERROR, "unrecognized forecast step kind: %d", (int) st->kind);
	return NULL;				/* keep compiler quiet */
}

/*
 * gpumkt_explain(region, year, dimension, segment, market, scenario, unit,
 * extrapolate): the steps behind a forecast of a region or a segment: each
 * region, its value, method and sources.  The timestamp form gives the
 * year as the fractional year.
 */
static Datum
explain_impl(FunctionCallInfo fcinfo, GmYearKind kind)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GmCallArgs	a;
	GmTrace		trace = {0, 0, NULL};
	GmValue		v;

	InitMaterializedSRF(fcinfo, 0);
	if (!gm_forecast_args(fcinfo, kind, "gpumkt_explain", 6, &a))
		return (Datum) 0;
	gm_check_covered(a.m, a.year, a.extrapolate, "gpumkt_explain");
	if (a.sg)
	{
		if (!a.sg->has_share)
			gm_report_no_share(a.m, a.sg);
		gm_trace_step(&trace, a.r, a.year);
	}
	if (!gm_forecast_region(a.m, a.r, a.year, &v, 0, &trace, GM_RANGES))
		gm_report_no_data(a.m, a.r, a.year);
	if (a.sg)
		segment_step(&trace, a.sg);

	for (int i = 0; i < trace.nsteps; i++)
	{
		GmStep	   *st = &trace.steps[i];
		const char *provenance = step_provenance(st);
		Datum		values[10];
		bool		nulls[10] = {0};

		values[0] = Int32GetDatum(i + 1);
		values[1] = CStringGetTextDatum(a.m->rg->regions[st->region].code);
		values[2] = kind == GM_YEAR_TSTZ ?
			Float8GetDatum(st->year) : Int32GetDatum((int32) st->year);
		values[3] = gm_value_numeric(&st->v, a.m);
		values[4] = CStringGetTextDatum(gm_year_covered(a.m, st->year) ?
										gm_basis_text(&st->v) : beyond_basis(&st->v));
		values[5] = CStringGetTextDatum(step_method(a.m, st));
		values[6] = CStringGetTextDatum(step_rows(a.m, st));
		values[7] = CStringGetTextDatum(provenance ? provenance : "");
		values[8] = gm_money_numeric(st->v.lo, NULL, a.m);
		values[9] = gm_money_numeric(st->v.hi, NULL, a.m);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* gpumkt_explain, a whole year or a timestamp */
GM_SQL_FORM(gpumkt_explain_float8, explain_impl(fcinfo, GM_YEAR_FLOAT8));
GM_SQL_FORM(gpumkt_explain_tstz, explain_impl(fcinfo, GM_YEAR_TSTZ));
