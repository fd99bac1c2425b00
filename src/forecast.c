/*-------------------------------------------------------------------------
 *
 * forecast.c
 *	  Forecasts over the market tables: gpumkt_forecast (region and
 *	  segment), gpumkt_try_forecast, gpumkt_series, gpumkt_explain,
 *	  gpumkt_region_share, gpumkt_segment_share and gpumkt_resolve_region.
 *
 * The method, for a region r and a year y (README, "The forecast method"):
 *	1. y is one of r's anchor years: the anchor, exactly;
 *	2. y lies between two of r's anchors: the constant-growth path
 *	   through the two anchors around it;
 *	3. r has an anchor and a rate (or two anchors): grow from the nearest
 *	   anchor at the rate whose period is nearest to y (without a rate, at
 *	   the CAGR of its first and last anchors);
 *	4. r has a share of another region: that share (the latest one stated
 *	   at or before y, else the earliest) times that region's forecast;
 *	5. otherwise the data gives no figure: an error, never a guess.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/numeric.h"

#include "gpumkt.h"

#define GM_MAX_SERIES 10000		/* most years gpumkt_series returns */

const char *const gpumkt_basis_names[] = {
	"reported", "derived", "interpolated", "extrapolated", "share of parent"
};

/* A forecast: its value, the stored number when it is an anchor, its basis. */
typedef struct GmValue
{
	double		value;
	Numeric		exact;
	GmBasis		basis;
} GmValue;

/* One step of the explanation of a forecast (gpumkt_explain). */
typedef struct GmStep
{
	int			region;
	int32		year;
	GmValue		v;
	char	   *method;
	char	   *rows;
	char	   *provenance;
} GmStep;

/* The steps of one forecast, in the order they were taken. */
typedef struct GmTrace
{
	int			nsteps;
	int			maxsteps;
	GmStep	   *steps;
} GmTrace;

/* Reserve the next step of trace (NULL when not tracing). */
static GmStep *
trace_step(GmTrace *trace, int r, int32 year)
{
	GmStep	   *st;

	if (trace == NULL)
		return NULL;
	if (trace->nsteps == trace->maxsteps)
	{
		trace->maxsteps = trace->maxsteps ? trace->maxsteps * 2 : 4;
		trace->steps = trace->steps ?
			repalloc(trace->steps, sizeof(GmStep) * trace->maxsteps) :
			palloc(sizeof(GmStep) * trace->maxsteps);
	}
	st = &trace->steps[trace->nsteps++];
	memset(st, 0, sizeof(GmStep));
	st->region = r;
	st->year = year;
	return st;
}

/*
 * Raise the out-of-range error of a forecast computation; with quiet, note
 * it there instead and return false.
 */
static bool
check_forecast_status(GmStatus st, GmMarket *m, int r, int32 year, bool *quiet)
{
	if (st == GM_OK)
		return true;
	if (quiet)
	{
		*quiet = true;
		return false;
	}
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("forecast of region \"%s\" for year %d is out of range",
					m->regions[r].code, year),
			 errdetail("Market \"%s\" grows too far from its anchors to reach year %d in double precision.",
					   m->market, year),
			 errhint("Ask for a year nearer to the region's anchors.")));
	return false;
}

/* The rate of region reg to use for year: the one whose period is nearest. */
static const GmRate *
pick_rate(const GmRegion *reg, int32 year)
{
	const GmRate *best = NULL;
	int64		bestd = PG_INT64_MAX;

	for (int i = 0; i < reg->nrates; i++)
	{
		const GmRate *rt = &reg->rates[i];
		int64		d;

		if (!rt->has_period)
			d = PG_INT64_MAX - 1;
		else if (year < rt->from_year)
			d = (int64) rt->from_year - year;
		else if (year > rt->to_year)
			d = (int64) year - rt->to_year;
		else
			d = 0;
		/* ties go to the later period: rates are sorted by to_year */
		if (d <= bestd)
		{
			best = rt;
			bestd = d;
		}
	}
	return best;
}

/*
 * Forecast of region r in year; false when the data gives no figure.  With a
 * trace, each step taken is recorded with the rows it used.  With quiet, a
 * value out of double range is noted there (and false returned) instead of
 * raised.
 */
static bool
forecast_region(GmMarket *m, int r, int32 year, GmValue *out, int depth,
				GmTrace *trace, bool *quiet)
{
	const GmRegion *reg = &m->regions[r];
	int			bad_arg;
	GmStatus	st;
	int			stepno = trace ? trace->nsteps : -1;
	GmStep	   *step = trace_step(trace, r, year);

	check_stack_depth();
	/* a chain of shares longer than the number of regions must loop */
	if (depth > m->nregions)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("region shares of market \"%s\" form a cycle through region \"%s\"",
						m->market, reg->code),
				 errhint("Each region in gpumkt_region_shares must lead, through of_region, to a region with anchors.")));

	if (reg->nanchors > 0)
	{
		const GmAnchor *first = &reg->anchors[0];
		const GmAnchor *last = &reg->anchors[reg->nanchors - 1];

		/* 1. an anchor year */
		for (int i = 0; i < reg->nanchors; i++)
		{
			if (reg->anchors[i].year == year)
			{
				out->value = reg->anchors[i].value;
				out->exact = reg->anchors[i].exact;
				out->basis = reg->anchors[i].derived ? GM_BASIS_DERIVED : GM_BASIS_REPORTED;
				if (step)
				{
					step->v = *out;
					step->method = psprintf("anchor");
					step->rows = psprintf("gpumkt_anchors(%s, %d)", reg->code, year);
					step->provenance = reg->anchors[i].provenance;
				}
				return true;
			}
		}

		/* 2. between two anchors */
		if (year > first->year && year < last->year)
		{
			int			i = 1;

			while (reg->anchors[i].year < year)
				i++;
			st = gm_interpolate(reg->anchors[i - 1].year, reg->anchors[i - 1].value,
								reg->anchors[i].year, reg->anchors[i].value,
								year, &out->value, &bad_arg);
			if (!check_forecast_status(st, m, r, year, quiet))
				return false;
			out->exact = NULL;
			out->basis = GM_BASIS_INTERPOLATED;
			if (step)
			{
				const GmAnchor *a0 = &reg->anchors[i - 1];
				const GmAnchor *a1 = &reg->anchors[i];

				step->v = *out;
				step->method = psprintf("%.15g x (%.15g / %.15g)^((%d - %d) / (%d - %d))",
										a0->value, a1->value, a0->value,
										year, a0->year, a1->year, a0->year);
				step->rows = psprintf("gpumkt_anchors(%s, %d), gpumkt_anchors(%s, %d)",
									  reg->code, a0->year, reg->code, a1->year);
				step->provenance = psprintf("%s | %s", a0->provenance, a1->provenance);
			}
			return true;
		}

		/* 3. beyond the anchors, at a stated rate or the anchors' own CAGR */
		if (reg->nrates > 0 || reg->nanchors > 1)
		{
			const GmAnchor *from = year < first->year ? first : last;
			const GmRate *rt = pick_rate(reg, year);
			double		rate;

			if (rt)
				rate = rt->rate;
			else
			{
				st = gm_cagr(first->value, last->value,
							 (double) last->year - first->year, &rate, &bad_arg);
				if (!check_forecast_status(st, m, r, year, quiet))
					return false;
			}
			st = gm_project(from->value, rate, (double) year - from->year,
							&out->value, &bad_arg);
			if (!check_forecast_status(st, m, r, year, quiet))
				return false;
			out->exact = NULL;
			out->basis = GM_BASIS_EXTRAPOLATED;
			if (step)
			{
				step->v = *out;
				step->method = psprintf("%.15g x (1 + %.15g)^(%d - %d)",
										from->value, rate, year, from->year);
				if (rt)
				{
					char	   *period = rt->has_period ?
						psprintf("%d-%d", rt->from_year, rt->to_year) : pstrdup("no period");

					step->rows = psprintf("gpumkt_anchors(%s, %d), gpumkt_rates(%s, %s)",
										  reg->code, from->year, reg->code, period);
					step->provenance = psprintf("%s | %s", from->provenance, rt->provenance);
				}
				else
				{
					step->method = psprintf("%s, at the CAGR of the anchors %d and %d",
											step->method, first->year, last->year);
					step->rows = psprintf("gpumkt_anchors(%s, %d), gpumkt_anchors(%s, %d)",
										  reg->code, first->year, reg->code, last->year);
					step->provenance = psprintf("%s | %s", first->provenance, last->provenance);
				}
			}
			return true;
		}
	}

	/* 4. a share of another region */
	if (reg->nshares > 0)
	{
		const GmShare *sh = &reg->shares[0];
		GmValue		parent;

		for (int i = 1; i < reg->nshares && reg->shares[i].year <= year; i++)
			sh = &reg->shares[i];
		if (!forecast_region(m, sh->of_region, year, &parent, depth + 1, trace, quiet))
		{
			if (trace)
				trace->nsteps = stepno;
			return false;
		}
		out->value = sh->share * parent.value;
		if (out->value == 0.0 &&
			!check_forecast_status(GM_UNDERFLOW, m, r, year, quiet))
			return false;
		out->exact = NULL;
		out->basis = GM_BASIS_SHARE_OF_PARENT;
		if (trace)
		{
			/* the parent's steps may have moved the array */
			step = &trace->steps[stepno];
			step->v = *out;
			step->method = psprintf("%.15g x %s %d", sh->share,
									m->regions[sh->of_region].code, year);
			step->rows = psprintf("gpumkt_region_shares(%s, %d)", reg->code, sh->year);
			step->provenance = sh->provenance;
		}
		return true;
	}

	/* 5. nothing to go on */
	if (trace)
		trace->nsteps = stepno;
	return false;
}

/* The no-data error for region r of market m. */
static void
report_no_data(GmMarket *m, int r, int32 year)
{
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA),
			 errmsg("market \"%s\" has no figure for region \"%s\" in %d",
					m->market, m->regions[r].code, year),
			 errdetail("The data gives no market size, growth rate or share for %s, and no share of a region that has one.",
					   m->regions[r].name),
			 errhint("Add your own figure: a row in gpumkt_anchors (with a rate in gpumkt_rates) or a share of a larger region in gpumkt_region_shares.")));
}

/* A forecast as numeric: the stored anchor, or the double to 15 digits. */
static Datum
value_numeric(const GmValue *v)
{
	if (v->exact)
		return NumericGetDatum(v->exact);
	return DirectFunctionCall1(float8_numeric, Float8GetDatum(v->value));
}

/* Market size of a region in a year, in the market's unit. */
PG_FUNCTION_INFO_V1(gpumkt_forecast);
Datum
gpumkt_forecast(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	int			r = gpumkt_find_region_cached(fcinfo, m, PG_GETARG_TEXT_PP(0));
	int32		year = PG_GETARG_INT32(1);
	GmValue		v;

	if (!forecast_region(m, r, year, &v, 0, NULL, NULL))
		report_no_data(m, r, year);
	PG_RETURN_DATUM(value_numeric(&v));
}

/* As gpumkt_forecast, but NULL where the data gives no figure. */
PG_FUNCTION_INFO_V1(gpumkt_try_forecast);
Datum
gpumkt_try_forecast(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	int			r = gpumkt_find_region_cached(fcinfo, m, PG_GETARG_TEXT_PP(0));
	GmValue		v;

	if (!forecast_region(m, r, PG_GETARG_INT32(1), &v, 0, NULL, NULL))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(value_numeric(&v));
}

/* The segment's share, or the no-data error when the report gives none. */
static GmSegment *
segment_with_share(GmMarket *m, text *dimension, text *segment)
{
	GmSegment  *sg = gpumkt_find_segment(m, dimension, segment);

	if (!sg->has_share)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA),
				 errmsg("market \"%s\" has no share for segment \"%s\" of dimension \"%s\"",
						m->market, sg->segment, sg->dimension),
				 errdetail("The source gives no figure for %s, and none follows from its other figures.",
						   sg->name),
				 errhint("See gpumkt_segments for what is known, or add a market of your own with a share for it.")));
	return sg;
}

/* Market size of one segment of a region in a year. */
PG_FUNCTION_INFO_V1(gpumkt_forecast_segment);
Datum
gpumkt_forecast_segment(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(4));
	int			r = gpumkt_find_region_cached(fcinfo, m, PG_GETARG_TEXT_PP(0));
	int32		year = PG_GETARG_INT32(1);
	GmSegment  *sg = segment_with_share(m, PG_GETARG_TEXT_PP(2),
										PG_GETARG_TEXT_PP(3));
	GmValue		v;

	if (!forecast_region(m, r, year, &v, 0, NULL, NULL))
		report_no_data(m, r, year);
	v.value = float8_mul(v.value, sg->share);
	v.exact = NULL;
	PG_RETURN_DATUM(value_numeric(&v));
}

/* Share of a segment within its dimension. */
PG_FUNCTION_INFO_V1(gpumkt_segment_share);
Datum
gpumkt_segment_share(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	GmSegment  *sg = segment_with_share(m, PG_GETARG_TEXT_PP(0),
										PG_GETARG_TEXT_PP(1));

	PG_RETURN_NUMERIC(sg->exact);
}

/* Share of a region in the market's top region, in a year. */
PG_FUNCTION_INFO_V1(gpumkt_region_share);
Datum
gpumkt_region_share(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	int			r = gpumkt_find_region_cached(fcinfo, m, PG_GETARG_TEXT_PP(0));
	int32		year = PG_GETARG_INT32(1);
	const GmRegion *reg = &m->regions[r];
	const GmShare *sh = NULL;
	GmValue		v,
				top;

	if (r == m->root)
		PG_RETURN_NUMERIC(int64_to_numeric(1));

	/* a share stated against the top region, held from its year */
	for (int i = 0; i < reg->nshares; i++)
	{
		if (reg->shares[i].of_region == m->root &&
			(sh == NULL || reg->shares[i].year <= year))
			sh = &reg->shares[i];
	}
	if (sh)
		PG_RETURN_NUMERIC(sh->exact);

	if (!forecast_region(m, r, year, &v, 0, NULL, NULL))
		report_no_data(m, r, year);
	if (m->root < 0 || !forecast_region(m, m->root, year, &top, 0, NULL, NULL))
		report_no_data(m, m->root < 0 ? r : m->root, year);
	v.value = float8_div(v.value, top.value);
	v.exact = NULL;
	PG_RETURN_DATUM(value_numeric(&v));
}

/* Rows (year, value, growth over the previous year, basis) for a region. */
PG_FUNCTION_INFO_V1(gpumkt_series);
Datum
gpumkt_series(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(3));
	int			r = gpumkt_find_region(m, PG_GETARG_TEXT_PP(0));
	int32		from_year = PG_GETARG_INT32(1);
	int32		to_year = PG_GETARG_INT32(2);
	GmValue		prev;
	bool		have_prev;
	bool		prev_out_of_range = false;

	if (to_year < from_year)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("to_year %d of gpumkt_series is earlier than from_year %d",
						to_year, from_year),
				 errhint("Pass the years in increasing order.")));
	if ((int64) to_year - from_year >= GM_MAX_SERIES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_series spans %lld years, more than %d",
						(long long) to_year - from_year + 1, GM_MAX_SERIES),
				 errhint("Ask for a shorter range of years.")));

	InitMaterializedSRF(fcinfo, 0);

	/* the year before gives the first growth, when it can be had */
	have_prev = from_year > PG_INT32_MIN &&
		forecast_region(m, r, from_year - 1, &prev, 0, NULL, &prev_out_of_range);
	for (int64 y = from_year; y <= to_year; y++)
	{
		GmValue		v;
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		CHECK_FOR_INTERRUPTS();
		if (!forecast_region(m, r, (int32) y, &v, 0, NULL, NULL))
			report_no_data(m, r, (int32) y);
		values[0] = Int32GetDatum((int32) y);
		values[1] = value_numeric(&v);
		if (have_prev)
			values[2] = DirectFunctionCall1(float8_numeric,
											Float8GetDatum(float8_div(v.value, prev.value) - 1.0));
		else
			nulls[2] = true;
		values[3] = CStringGetTextDatum(gpumkt_basis_names[v.basis]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		prev = v;
		have_prev = true;
	}
	return (Datum) 0;
}

/* The code of the region a code, name or ISO code stands for. */
PG_FUNCTION_INFO_V1(gpumkt_resolve_region);
Datum
gpumkt_resolve_region(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, NULL);
	int			r = gpumkt_find_region_cached(fcinfo, m, PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(m->regions[r].code));
}

/* The steps behind a forecast: each region, its value, method and sources. */
PG_FUNCTION_INFO_V1(gpumkt_explain);
Datum
gpumkt_explain(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	int			r = gpumkt_find_region(m, PG_GETARG_TEXT_PP(0));
	int32		year = PG_GETARG_INT32(1);
	GmTrace		trace = {0, 0, NULL};
	GmValue		v;

	if (!forecast_region(m, r, year, &v, 0, &trace, NULL))
		report_no_data(m, r, year);

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < trace.nsteps; i++)
	{
		GmStep	   *st = &trace.steps[i];
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};

		values[0] = Int32GetDatum(i + 1);
		values[1] = CStringGetTextDatum(m->regions[st->region].code);
		values[2] = Int32GetDatum(st->year);
		values[3] = value_numeric(&st->v);
		values[4] = CStringGetTextDatum(gpumkt_basis_names[st->v.basis]);
		values[5] = CStringGetTextDatum(st->method);
		values[6] = CStringGetTextDatum(st->rows);
		values[7] = CStringGetTextDatum(st->provenance ? st->provenance : "");
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
