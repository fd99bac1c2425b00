/*-------------------------------------------------------------------------
 *
 * sensitivity.c
 *	  What moves a forecast: gpumkt_sensitivity (a tornado: each input the
 *	  forecast uses moved by +/- delta relative, the rest held) and
 *	  gpumkt_grid (a two-way data table: the forecast for every pair of
 *	  values of two inputs).
 *
 * An input is a row of the market's tables as read (an anchor, a rate, a
 * region share, a segment share).  Each evaluation changes the input's
 * value in the market as cached, runs the forecast method, and puts the
 * value back, also on error; a share is held within [0, 1].  Unlike a
 * scenario's rate, an input's new value changes nothing else: a rate moved
 * here moves the forecasts that use it (outside the anchors), not the
 * anchors.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "funcapi.h"
#include "miscadmin.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "forecast.h"
#include "names.h"
#include "years.h"

/* One input of a forecast: where its value lives, and its name. */
typedef struct GmInput
{
	double	   *value;
	Numeric    *exact;			/* an anchor's stored value, set aside */
	bool		share;			/* held within [0, 1] */
	char	   *name;
	const GmSegment *segment;	/* a segment's share: multiplies the forecast */
	char		kind;			/* a(nchor), r(ate), s(hare) */
} GmInput;

/* The inputs found so far, without repeats. */
typedef struct GmInputs
{
	int			n;
	GmInput		in[64];
} GmInputs;

/* Add an input (once). */
static void
add_input(GmInputs *ins, double *value, Numeric *exact, bool share, char *name)
{
	for (int i = 0; i < ins->n; i++)
		if (ins->in[i].value == value)
			return;
	if (ins->n == lengthof(ins->in))
		return;
	ins->in[ins->n].value = value;
	ins->in[ins->n].exact = exact;
	ins->in[ins->n].share = share;
	ins->in[ins->n++].name = name;
}

/* An anchor as an input. */
static void
add_anchor(GmInputs *ins, const GmMarket *m, int r, const GmAnchor *a)
{
	add_input(ins, (double *) &a->value, (Numeric *) &a->exact, false,
			  psprintf("gpumkt_anchors(%s, %d)", m->rg->regions[r].code, a->year));
}

/* The inputs of the steps of a trace. */
static void
trace_inputs(GmInputs *ins, const GmMarket *m, const GmTrace *trace)
{
	for (int i = 0; i < trace->nsteps; i++)
	{
		const GmStep *st = &trace->steps[i];
		const char *code = m->rg->regions[st->region].code;

		if (st->kind == GM_STEP_ANCHOR || st->kind == GM_STEP_RATE)
			add_anchor(ins, m, st->region, st->anchor);
		if (st->kind == GM_STEP_INTERPOLATE || st->kind == GM_STEP_CAGR)
		{
			add_anchor(ins, m, st->region, st->a0);
			add_anchor(ins, m, st->region, st->a1);
		}
		if (st->kind == GM_STEP_RATE)
			add_input(ins, (double *) &st->rate->rate, NULL, false,
					  st->rate->has_period ?
					  psprintf("gpumkt_rates(%s, %d-%d)", code, st->rate->from_year, st->rate->to_year) :
					  psprintf("gpumkt_rates(%s, no period)", code));
		if (st->kind == GM_STEP_SHARE)
			add_input(ins, (double *) &st->share->share, (Numeric *) &st->share->exact, true,
					  psprintf("gpumkt_region_shares(%s, %d)", code, st->share->year));
		if (st->kind == GM_STEP_SEGMENT)
			add_input(ins, (double *) &st->segment->share, (Numeric *) &st->segment->exact, true,
					  psprintf("gpumkt_segments(%s, %s)", st->segment->dimension, st->segment->segment));
	}
}

/* Put the inputs' values back. */
static void
restore_inputs(GmInput *in, const double *saved, const Numeric *saved_exact, int n)
{
	/* last first: where both are one input, the first saved its own value */
	for (int i = n - 1; i >= 0; i--)
	{
		*in[i].value = saved[i];
		if (in[i].exact)
			*in[i].exact = saved_exact[i];
	}
}

/*
 * The forecast of region r (of segment sg if not NULL) in year, with the
 * inputs in[0..n) set to values[0..n) meanwhile; false where the method
 * gives none (with GM_QUIET in flags, also where it gives none within
 * double range; without, that raises the forecast's 22003).
 */
static bool
forecast_with(const GmMarket *m, int r, double year, const GmSegment *sg,
			  GmInput *in, const double *values, int n, double *out, int flags)
{
	double		saved[2];
	Numeric		saved_exact[2] = {NULL, NULL};
	GmValue		v;
	volatile bool ok = false;

	Assert(n <= 2);
	for (int i = 0; i < n; i++)
	{
		saved[i] = *in[i].value;
		if (in[i].exact)
			saved_exact[i] = *in[i].exact;
		*in[i].value = in[i].share ? Min(Max(values[i], 0.0), 1.0) : values[i];
		if (in[i].exact)
			*in[i].exact = NULL;
	}
	PG_TRY();
	{
		ok = gm_forecast_region(m, r, year, &v, 0, NULL, flags);
	}
	PG_CATCH();
	{
		restore_inputs(in, saved, saved_exact, n);
		PG_RE_THROW();
	}
	PG_END_TRY();
	*out = ok ? v.value * (sg ? sg->share : 1.0) : 0.0;
	restore_inputs(in, saved, saved_exact, n);
	return ok && isfinite(*out);
}

/* The delta argument, checked: 0 < delta < 1. */
static double
arg_delta(FunctionCallInfo fcinfo, int argno)
{
	double		delta = PG_GETARG_FLOAT8(argno);

	if (!(delta > 0.0 && delta < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("delta %g of gpumkt_sensitivity is outside (0, 1)", delta),
				 errdetail("Each input is moved by delta times its value, down and up."),
				 errhint("Pass a relative change such as 0.10 for 10 %%.")));
	return delta;
}

/* The segment of arguments 2 and 3 (none: NULL), with a share. */
static const GmSegment *
arg_segment(FunctionCallInfo fcinfo, GmMarket *m)
{
	GmSegment  *sg = gpumkt_segment_args(fcinfo, m, 2, "gpumkt_sensitivity");

	if (sg && !sg->has_share)
		gm_report_no_share(m, sg);
	return sg;
}

/* Emit one row of gpumkt_sensitivity. */
static void
sensitivity_row(ReturnSetInfo *rsinfo, const GmInput *in, double lo, double hi)
{
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	values[0] = CStringGetTextDatum(in->name);
	values[1] = gm_float8_numeric(*in->value);
	values[2] = gm_float8_numeric(lo);
	values[3] = gm_float8_numeric(hi);
	/* the swing between the values as shown: both to 15 significant digits */
	values[4] = DirectFunctionCall1(numeric_trim_scale,
									DirectFunctionCall1(numeric_abs,
														DirectFunctionCall2(numeric_sub, values[3],
																			values[2])));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * gpumkt_sensitivity(region, year, dimension, segment, delta, market,
 * scenario, extrapolate): one row per input, by swing (largest first).
 */
PG_FUNCTION_INFO_V1(gpumkt_sensitivity);
Datum
gpumkt_sensitivity(PG_FUNCTION_ARGS)
{
	GmMarket   *m;
	int			r;
	double		year;
	const GmSegment *sg;
	double		delta;
	GmTrace		trace = {0, 0, NULL};
	GmInputs   *ins = palloc0(sizeof(GmInputs));
	double	   *swings;
	double	   *los,
			   *his;
	GmValue		v;

	gm_require_nargs(fcinfo, 8);
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(4) || PG_ARGISNULL(5))
		return (Datum) 0;
	m = gpumkt_market_args(fcinfo, 5, 6, -1);
	r = gpumkt_find_region(m->rg, PG_GETARG_TEXT_PP(0));
	year = gm_arg_year(fcinfo, 1, GM_YEAR_INT4, "year", "gpumkt_sensitivity");
	sg = arg_segment(fcinfo, m);
	delta = arg_delta(fcinfo, 4);
	gm_check_covered(m, year, gm_arg_flag(fcinfo, 7), "gpumkt_sensitivity");
	if (!gm_forecast_region(m, r, year, &v, 0, &trace, 0))
		gm_report_no_data(m, r, year);
	if (sg)
		add_input(ins, (double *) &sg->share, (Numeric *) &sg->exact, true,
				  psprintf("gpumkt_segments(%s, %s)", sg->dimension, sg->segment));
	trace_inputs(ins, m, &trace);
	swings = palloc(sizeof(double) * Max(ins->n, 1));
	los = palloc(sizeof(double) * Max(ins->n, 1));
	his = palloc(sizeof(double) * Max(ins->n, 1));
	for (int i = 0; i < ins->n; i++)
	{
		double		down = *ins->in[i].value * (1.0 - delta);
		double		up = *ins->in[i].value * (1.0 + delta);

		CHECK_FOR_INTERRUPTS();
		if (!forecast_with(m, r, year, sg, &ins->in[i], &down, 1, &los[i], GM_QUIET) ||
			!forecast_with(m, r, year, sg, &ins->in[i], &up, 1, &his[i], GM_QUIET))
			los[i] = his[i] = NAN;
		swings[i] = isnan(los[i]) ? -1.0 : fabs(his[i] - los[i]);
	}
	for (int k = 0; k < ins->n; k++)
	{
		int			best = -1;

		/* largest swing first; ties in the order the method used them */
		for (int i = 0; i < ins->n; i++)
			if (swings[i] >= -1.0 && (best < 0 || swings[i] > swings[best]))
				best = i;
		if (swings[best] >= 0.0)
			sensitivity_row((ReturnSetInfo *) fcinfo->resultinfo, &ins->in[best],
							los[best], his[best]);
		swings[best] = -2.0;
	}
	return (Datum) 0;
}


/* The input-spec error of gpumkt_grid. */
static void
report_bad_spec(const char *argname, const char *spec)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s \"%s\" of gpumkt_grid names no input of the market", argname,
					gm_echo(spec, strlen(spec))),
			 errhint("Name an input as anchor:region:year, rate:region (rate:region:to_year where it has several), region_share:region (region_share:region:year) or segment_share:dimension:segment, or as gpumkt_sensitivity names it.")));
}

/* A field of spec (fields separated by ':'), or NULL. */
static char *
spec_field(const char *spec, int k)
{
	char	   *copy = pstrdup(spec);
	char	   *f = copy;

	for (int i = 0; i < k && f; i++)
	{
		f = strchr(f, ':');
		if (f)
			f++;
	}
	if (f && strchr(f, ':'))
		*strchr(f, ':') = '\0';
	return f;
}

/* The year field k of spec, or -1 when absent. */
static int
spec_year(const char *spec, int k, const char *argname)
{
	char	   *f = spec_field(spec, k);
	char	   *end;
	long		y;

	if (f == NULL)
		return -1;
	y = strtol(f, &end, 10);
	if (*f == '\0' || *end != '\0' || y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
		report_bad_spec(argname, spec);
	return (int) y;
}

/*
 * A spec as gpumkt_sensitivity names an input (its input column, which is
 * gpumkt_explain's naming of rows), made the short form: gpumkt_anchors(r,
 * y) anchor:r:y, gpumkt_rates(r, a-b) rate:r:b, gpumkt_rates(r, no period)
 * rate:r, gpumkt_region_shares(r, y) region_share:r:y, gpumkt_segments(d,
 * s) segment_share:d:s; any other spec as it is.
 */
static const char *
short_spec(const char *spec)
{
	static const char *const tables[][2] = {
		{"gpumkt_anchors(", "anchor"}, {"gpumkt_rates(", "rate"},
		{"gpumkt_region_shares(", "region_share"}, {"gpumkt_segments(", "segment_share"}
	};
	size_t		len = strlen(spec);

	for (int i = 0; i < (int) lengthof(tables); i++)
	{
		size_t		plen = strlen(tables[i][0]);
		char	   *args,
				   *comma,
				   *second,
				   *dash;

		if (strncmp(spec, tables[i][0], plen) != 0 || len < plen + 1 || spec[len - 1] != ')')
			continue;
		args = pnstrdup(spec + plen, len - plen - 1);
		if ((comma = strchr(args, ',')) == NULL)
			return spec;
		*comma = '\0';
		second = comma + 1;
		while (*second == ' ')
			second++;
		if (strcmp(second, "no period") == 0)
			return psprintf("%s:%s", tables[i][1], args);
		if ((dash = strchr(second, '-')) != NULL && i == 1)
			second = dash + 1;
		return psprintf("%s:%s:%s", tables[i][1], args, second);
	}
	return spec;
}

/* The input a spec names (report_bad_spec's forms) in market m. */
static GmInput
find_input(GmMarket *m, const char *given, const char *argname)
{
	const char *spec = short_spec(given);
	char	   *kind = spec_field(spec, 0);
	char	   *a = spec_field(spec, 1);
	GmInput		in = {NULL, NULL, false, pstrdup(given), NULL, 's'};
	const GmFigures *f;
	int			y;

	if (a == NULL)
		report_bad_spec(argname, given);
	if (strcmp(kind, "segment_share") == 0)
	{
		char	   *seg = spec_field(spec, 2);
		GmSegment  *sg = seg ? gpumkt_find_segment(m, cstring_to_text(a), cstring_to_text(seg)) : NULL;

		if (sg == NULL || !sg->has_share)
			report_bad_spec(argname, given);
		in.value = &sg->share;
		in.exact = &sg->exact;
		in.share = true;
		in.segment = sg;
		return in;
	}
	f = gpumkt_figures(m, gpumkt_find_region(m->rg, cstring_to_text(a)));
	y = spec_year(spec, 2, argname);
	if (strcmp(kind, "anchor") == 0)
		for (int i = 0; i < f->nanchors; i++)
			if (f->anchors[i].year == y || (y < 0 && f->nanchors == 1))
				return (GmInput) {&f->anchors[i].value, &f->anchors[i].exact, false, in.name, NULL, 'a'};
	if (strcmp(kind, "rate") == 0)
		for (int i = 0; i < f->nrates; i++)
			if (f->rates[i].to_year == y || (y < 0 && f->nrates == 1))
				return (GmInput) {&f->rates[i].rate, NULL, false, in.name, NULL, 'r'};
	if (strcmp(kind, "region_share") == 0)
		for (int i = 0; i < f->nshares; i++)
			if (f->shares[i].year == y || (y < 0 && f->nshares == 1))
				return (GmInput) {&f->shares[i].share, &f->shares[i].exact, true, in.name, NULL, 's'};
	report_bad_spec(argname, given);
	return in;					/* keep compiler quiet */
}

/* The elements of a float8[] argument, checked finite and without NULLs. */
static double *
arg_values(FunctionCallInfo fcinfo, int argno, const char *argname, int *n)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(argno);
	Datum	   *elems;
	bool	   *nulls;
	double	   *v;

	deconstruct_array(arr, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, n);
	v = palloc(sizeof(double) * Max(*n, 1));
	for (int i = 0; i < *n; i++)
	{
		if (nulls[i] || !isfinite(DatumGetFloat8(elems[i])))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of gpumkt_grid holds a NULL, NaN or infinite value", argname),
					 errhint("Pass finite values, such as ARRAY[0.15, 0.17, 0.20] for rates.")));
		v[i] = DatumGetFloat8(elems[i]);
	}
	if (*n == 0 || *n > 1000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of gpumkt_grid holds %d values, not 1 to 1000", argname, *n),
				 errhint("Pass the values of the input to try, at most 1000.")));
	return v;
}

/*
 * Refuse a value an input cannot take: a share outside [0, 1], an anchor
 * of 0 or below, a rate of -1 or below, or above 1 unless exceptional (as
 * gpumkt_rates takes a rate above 1 only from a row marked exceptional).
 */
static void
check_values(const GmInput *in, const double *v, int n, const char *argname,
			 bool exceptional)
{
	for (int i = 0; i < n; i++)
	{
		if (in->kind == 's' && (v[i] < 0.0 || v[i] > 1.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of gpumkt_grid holds %g, not a share in [0, 1]", argname, v[i]),
					 errhint("Pass shares as fractions, such as 0.4 for 40 %%.")));
		if (in->kind == 'a' && v[i] <= 0.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of gpumkt_grid holds %g, not a possible anchor", argname, v[i]),
					 errhint("An anchor is a market size above 0.")));
		if (in->kind == 'r' && v[i] <= -1.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of gpumkt_grid holds %g, not a possible rate", argname, v[i]),
					 errhint("A rate is above -1: 0.17 for 17 %%.")));
		if (in->kind == 'r' && v[i] > 1.0 && !exceptional)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of gpumkt_grid holds %g, a rate above 1 (100 %% a year)", argname, v[i]),
					 errdetail("A rate above 1 is taken only where exceptional is true, as gpumkt_rates takes it only from a row marked exceptional."),
					 errhint("A rate of 17 means 1,700 %%: write 0.17 for 17 %%, or pass exceptional => true if the rate is meant.")));
	}
}

/*
 * The values to set an input to: an anchor's given in the unit of the call
 * (unit forms), read in the market's own, as the method computes.
 */
static double *
set_values(const GmInput *in, const double *v, int n, const GmMarket *m)
{
	double	   *s = palloc(sizeof(double) * Max(n, 1));

	for (int i = 0; i < n; i++)
		s[i] = in->kind == 'a' ? gm_money_from_unit(v[i], m) : v[i];
	return s;
}

/*
 * gpumkt_grid(region, year, input1, values1, input2, values2, market,
 * scenario, unit, exceptional, extrapolate): the forecast for each pair of
 * values, NULL where the method gives none; out of double range, 22003 as
 * the forecast.
 */
PG_FUNCTION_INFO_V1(gpumkt_grid);
Datum
gpumkt_grid(PG_FUNCTION_ARGS)
{
	GmMarket   *m;
	bool		exceptional;
	int			r;
	double		year;
	GmInput		in[2];
	double	   *v1,
			   *v2,
			   *s1,
			   *s2;
	int			n1,
				n2;

	gm_require_nargs(fcinfo, 11);
	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < 7; i++)
		if (PG_ARGISNULL(i))
			return (Datum) 0;
	exceptional = gm_arg_flag(fcinfo, 9);
	m = gpumkt_market_args(fcinfo, 6, 7, 8);
	r = gpumkt_find_region(m->rg, PG_GETARG_TEXT_PP(0));
	year = gm_arg_year(fcinfo, 1, GM_YEAR_INT4, "year", "gpumkt_grid");
	gm_check_covered(m, year, gm_arg_flag(fcinfo, 10), "gpumkt_grid");
	in[0] = find_input(m, text_to_cstring(PG_GETARG_TEXT_PP(2)), "input1");
	in[1] = find_input(m, text_to_cstring(PG_GETARG_TEXT_PP(4)), "input2");
	if (in[0].segment && in[1].segment && in[0].segment != in[1].segment)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("input1 and input2 of gpumkt_grid are shares of two segments"),
				 errdetail("A forecast is of a region or of one of its segments."),
				 errhint("Vary one segment's share, and a rate, an anchor or a region share.")));
	v1 = arg_values(fcinfo, 3, "values1", &n1);
	v2 = arg_values(fcinfo, 5, "values2", &n2);
	check_values(&in[0], v1, n1, "values1", exceptional);
	check_values(&in[1], v2, n2, "values2", exceptional);
	s1 = set_values(&in[0], v1, n1, m);
	s2 = set_values(&in[1], v2, n2, m);
	for (int i = 0; i < n1; i++)
		for (int j = 0; j < n2; j++)
		{
			double		vals[2] = {s1[i], s2[j]};
			double		out;
			Datum		values[3];
			bool		nulls[3] = {false, false, false};

			CHECK_FOR_INTERRUPTS();
			values[0] = Float8GetDatum(v1[i]);
			values[1] = Float8GetDatum(v2[j]);
			if (forecast_with(m, r, year, in[0].segment ? in[0].segment : in[1].segment,
							  in, vals, 2, &out, 0))
				values[2] = gm_money_numeric(out, NULL, m);
			else
				nulls[2] = true;
			tuplestore_putvalues(((ReturnSetInfo *) fcinfo->resultinfo)->setResult,
								 ((ReturnSetInfo *) fcinfo->resultinfo)->setDesc,
								 values, nulls);
		}
	return (Datum) 0;
}
