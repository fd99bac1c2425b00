/*-------------------------------------------------------------------------
 *
 * args.c
 *	  The arguments that the forecasting functions share, read by their
 *	  fixed positions (2.0: one signature per function): the market with
 *	  its scenario and unit, the segment (dimension and segment together),
 *	  and the years the market's figures cover, outside which a forecast
 *	  is an error unless the call passes extrapolate => true.
 *
 * A third positional argument was the market in 1.4; in 2.0 it is the
 * dimension.  A dimension that is no dimension of the market is told
 * apart here, on the error's path only: a segment of another dimension, a
 * market or a scenario gets a hint that says how to write the call.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "forecast.h"
#include "names.h"

/*
 * The market of argument market_argno, with the scenario of argument
 * scenario_argno applied and in the unit of argument unit_argno (-1, or a
 * NULL argument: none).  The market argument is not NULL.
 */
GmMarket *
gpumkt_market_args(FunctionCallInfo fcinfo, int market_argno,
				   int scenario_argno, int unit_argno)
{
	bool		scen = scenario_argno >= 0 && !PG_ARGISNULL(scenario_argno);
	GmMarket   *m = gpumkt_market_scenario(fcinfo, market_argno,
										   scen ? scenario_argno : -1);

	if (unit_argno >= 0 && !PG_ARGISNULL(unit_argno))
		m = gpumkt_unit_of(m, PG_GETARG_TEXT_PP(unit_argno));
	return m;
}

/* Argument argno as a boolean, NULL as false. */
bool
gm_arg_flag(FunctionCallInfo fcinfo, int argno)
{
	return !PG_ARGISNULL(argno) && PG_GETARG_BOOL(argno);
}

/* Does a row of the table (markets or scenarios) bear the name in t? */
static bool
names_row(FunctionCallInfo fcinfo, const char *table, const char *column,
		  text *t)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1] = {PointerGetDatum(t)};
	bool		found;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(psprintf("SELECT 1 FROM %s.%s WHERE %s = $1",
									   quote_identifier(get_namespace_name(nsp)),
									   table, column),
							  1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed");
	found = SPI_processed > 0;
	SPI_finish();
	return found;
}

/* The segment of market m whose code, name or alias has key skey, or NULL. */
static const GmSegment *
segment_by_key(const GmMarket *m, const char *skey)
{
	for (int i = 0; i < m->nsegments; i++)
		for (int k = 3; k < 6; k++)
			if (m->segments[i].keys[k][0] != '\0' &&
				strcmp(m->segments[i].keys[k], skey) == 0)
				return &m->segments[i];
	for (int i = 0; i < m->nsegments; i++)
		if (gm_segment_alias_matches(&m->segments[i], skey))
			return &m->segments[i];
	return NULL;
}

/* Is there a dimension of market m whose code or name has key dkey? */
static bool
is_dimension(const GmMarket *m, const char *dkey)
{
	for (int i = 0; i < m->nsegments; i++)
		for (int k = 0; k < 3; k++)
			if (m->segments[i].keys[k][0] != '\0' &&
				strcmp(m->segments[i].keys[k], dkey) == 0)
				return true;
	return false;
}

/* The dimensions of market m, as a hint lists them. */
static char *
dimension_list(const GmMarket *m)
{
	const char **known = palloc(sizeof(char *) * Max(m->nsegments, 1));
	int			n = 0;

	for (int i = 0; i < m->nsegments; i++)
		if (i == 0 || strcmp(m->segments[i].dimension, m->segments[i - 1].dimension) != 0)
			known[n++] = m->segments[i].dimension;
	return gm_echo_list(known, n, n);
}

/*
 * The error of a dimension given without a segment: a 1.4 positional
 * segment, market or scenario gets the hint to name it.
 */
static void
report_lone_dimension(FunctionCallInfo fcinfo, const GmMarket *m, text *dim,
					  int dim_argno, const char *fname)
{
	/* the dimension is the third argument, gpumkt_series' the fourth */
	const char *nth = dim_argno == 3 ? "fourth" : "third";
	const char *shown = gm_echo(VARDATA_ANY(dim), VARSIZE_ANY_EXHDR(dim));
	char	   *key = gm_name_key(VARDATA_ANY(dim), VARSIZE_ANY_EXHDR(dim));
	const GmSegment *sg = segment_by_key(m, key);

	if (is_dimension(m, key))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument segment of %s is missing", fname),
				 errdetail("Dimension \"%s\" is given without a segment.", shown),
				 errhint("Pass segment => '...' with dimension => '%s', or neither for the whole region.",
						 shown)));
	if (sg)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized dimension \"%s\" of %s", shown, fname),
				 errdetail("The %s argument is the dimension. Known dimensions of market \"%s\": %s. \"%s\" is a segment of dimension \"%s\".",
						   nth, m->market, dimension_list(m), shown, sg->dimension),
				 errhint("Write dimension => '%s', segment => '%s'.",
						 sg->dimension, sg->segment)));
	if (names_row(fcinfo, "gpumkt_markets", "market", dim))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized dimension \"%s\" of %s", shown, fname),
				 errdetail("The %s argument is the dimension since gpumkt 2.0. Known dimensions of market \"%s\": %s.",
						   nth, m->market, dimension_list(m)),
				 errhint("\"%s\" is a market: write market => '%s'.", shown, shown)));
	if (names_row(fcinfo, "gpumkt_scenarios", "scenario", dim))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized dimension \"%s\" of %s", shown, fname),
				 errdetail("The %s argument is the dimension. Known dimensions of market \"%s\": %s.",
						   nth, m->market, dimension_list(m)),
				 errhint("\"%s\" is a scenario: write scenario => '%s'.", shown, shown)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized dimension \"%s\" of %s", shown, fname),
			 errdetail("Known dimensions of market \"%s\": %s.", m->market, dimension_list(m)),
			 errhint("Pass a dimension and one of its segments, as dimension => 'component', segment => 'hardware'.")));
}

/*
 * The segment of arguments dim_argno and dim_argno + 1 (dimension and
 * segment) of market m: NULL where both are NULL, an error where one is.
 */
GmSegment *
gpumkt_segment_args(FunctionCallInfo fcinfo, GmMarket *m, int dim_argno,
					const char *fname)
{
	bool		no_dim = PG_ARGISNULL(dim_argno);
	bool		no_seg = PG_ARGISNULL(dim_argno + 1);
	const GmSegment *sg;
	text	   *seg;

	if (no_dim && no_seg)
		return NULL;
	if (no_seg)
		report_lone_dimension(fcinfo, m, PG_GETARG_TEXT_PP(dim_argno), dim_argno, fname);
	if (!no_dim)
		return gpumkt_find_segment(m, PG_GETARG_TEXT_PP(dim_argno),
								   PG_GETARG_TEXT_PP(dim_argno + 1));
	seg = PG_GETARG_TEXT_PP(dim_argno + 1);
	sg = segment_by_key(m, gm_name_key(VARDATA_ANY(seg), VARSIZE_ANY_EXHDR(seg)));
	if (sg)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument dimension of %s is missing", fname),
				 errdetail("Segment \"%s\" is given without its dimension.",
						   gm_echo(VARDATA_ANY(seg), VARSIZE_ANY_EXHDR(seg))),
				 errhint("Write dimension => '%s', segment => '%s'.",
						 sg->dimension, sg->segment)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("argument dimension of %s is missing", fname),
			 errdetail("Segment \"%s\" is given without its dimension.",
					   gm_echo(VARDATA_ANY(seg), VARSIZE_ANY_EXHDR(seg))),
			 errhint("Pass dimension and segment together (known dimensions of market \"%s\": %s), or neither.",
					 m->market, dimension_list(m))));
	return NULL;				/* keep compiler quiet */
}

/* Widen [*first, *last] to hold year y. */
static void
widen(int32 *first, int32 *last, int32 y)
{
	if (*first == 0 || y < *first)
		*first = y;
	if (*last == 0 || y > *last)
		*last = y;
}

/*
 * Set the years market m's figures cover: from the first to the last year
 * of its anchors, the periods of its rates, its region shares and its
 * segment shares, users' rows and a scenario's changes included (0 and 0
 * where it has none).
 */
void
gm_market_span(GmMarket *m)
{
	m->first_year = m->last_year = 0;
	for (int i = 0; i < m->nfigures; i++)
	{
		const GmFigures *f = &m->figures[i];

		for (int j = 0; j < f->nanchors; j++)
			widen(&m->first_year, &m->last_year, f->anchors[j].year);
		for (int j = 0; j < f->nrates; j++)
			if (f->rates[j].has_period)
			{
				widen(&m->first_year, &m->last_year, f->rates[j].from_year);
				widen(&m->first_year, &m->last_year, f->rates[j].to_year);
			}
		for (int j = 0; j < f->nshares; j++)
			widen(&m->first_year, &m->last_year, f->shares[j].year);
	}
	for (int i = 0; i < m->nsegments; i++)
		if (m->segments[i].has_share && m->segments[i].year != 0)
			widen(&m->first_year, &m->last_year, m->segments[i].year);
}

/* Do market m's figures cover year (its calendar year)? */
bool
gm_year_covered(const GmMarket *m, double year)
{
	double		y = floor(year);

	return m->first_year == 0 || (y >= m->first_year && y <= m->last_year);
}

/*
 * Refuse (22023) a year of function fname that market m's figures do not
 * cover, unless extrapolate.
 */
void
gm_check_covered(const GmMarket *m, double year, bool extrapolate,
				 const char *fname)
{
	if (extrapolate || gm_year_covered(m, year))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("year %s of %s is outside the years %d to %d that the figures of market \"%s\" cover",
					gm_year_text(year), fname, m->first_year, m->last_year, m->market),
			 errdetail("A forecast beyond the figures extends their growth: it is no figure of the source."),
			 errhint("Pass a year from %d to %d, or extrapolate => true for a forecast beyond the figures.",
					 m->first_year, m->last_year)));
}

/*
 * gpumkt_covered_years(market, scenario): the first and last years the
 * figures of market (in scenario) cover; NULL where market is NULL.
 */
PG_FUNCTION_INFO_V1(gpumkt_covered_years);
Datum
gpumkt_covered_years(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	GmMarket   *m;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	gm_require_nargs(fcinfo, 2);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	m = gpumkt_market_args(fcinfo, 0, 1, -1);
	values[0] = Int32GetDatum(m->first_year);
	values[1] = Int32GetDatum(m->last_year);
	nulls[0] = nulls[1] = m->first_year == 0;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
