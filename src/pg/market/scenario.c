/*-------------------------------------------------------------------------
 *
 * scenario.c
 *	  Scenarios: a named set of changes to a market's inputs (the tables
 *	  gpumkt_scenarios and gpumkt_scenario_changes), applied to a copy of
 *	  the market as read (data.c), which the forecast method then reads as
 *	  it reads any market.  A scenario may build on another (base_scenario):
 *	  the base's changes come first.
 *
 * The changes (docs/method.md, "Scenarios"), each set, add or multiply:
 *	anchor			the region's anchor in year (without a year, its first);
 *					set adds one where the year has none;
 *	rate			from the region's base anchor (the one in year, else its
 *					first) the region grows at this rate, in both directions;
 *					its later anchors and its other rates are superseded;
 *	region_share	the region's share stated in year (without a year, its
 *					first); set adds a share of the market's top region;
 *	segment_share	the segment's share; a derived segment that is the rest
 *					of its dimension follows.
 * Changed figures are exact (their range is the value) and count as users'
 * rows; their provenance names the scenario.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "gpumkt.h"
#include "growth_math.h"
#include "names.h"

/* One change, as read from gpumkt_scenario_changes. */
typedef struct GmChange
{
	const char *scenario;
	char		input;			/* a(nchor), r(ate), s(hare), g (segment) */
	char		op;				/* s(et), a(dd), m(ultiply) */
	int			region;
	bool		has_year;
	int32		year;
	const char *dimension;
	const char *segment;
	double		value;
	bool		exceptional;	/* a rate above 1 is meant */
} GmChange;

/* The new value of a figure: old changed by the change's operation. */
static double
changed(const GmChange *c, double old)
{
	if (c->op == 'a')
		return old + c->value;
	if (c->op == 'm')
		return old * c->value;
	return c->value;
}

/* The provenance of a figure a change made. */
static char *
change_provenance(const GmChange *c, const char *what)
{
	return psprintf("scenario %s: %s %s %.15g%s", c->scenario, what,
					c->op == 'a' ? "plus" : c->op == 'm' ? "times" : "set to",
					c->value, c->input == 'r' ?
					" (from the base anchor; later anchors superseded)" : "");
}

/*
 * Refuse a changed value outside (lo, hi]: a change that makes an anchor,
 * a rate or a share impossible.
 */
static void
check_changed(const GmMarket *m, const GmChange *c, double v, double lo,
			  double hi)
{
	const char *code = m->rg->regions[c->region].code;

	if (isfinite(v) && v > lo && v <= hi)
		return;
	if (c->input == 'a')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" makes the anchor of region \"%s\" %g, outside (%g, %g]",
						c->scenario, code, v, lo, hi),
				 errhint("Change the scenario with gpumkt_scenario_set, or remove the change from gpumkt_scenario_changes.")));
	if (c->input == 'r')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" makes the rate of region \"%s\" %g, outside (%g, %g]",
						c->scenario, code, v, lo, hi),
				 errhint("Change the scenario with gpumkt_scenario_set, or remove the change from gpumkt_scenario_changes.")));
	if (c->input == 's')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" makes the share of region \"%s\" %g, outside (%g, %g]",
						c->scenario, code, v, lo, hi),
				 errhint("Change the scenario with gpumkt_scenario_set, or remove the change from gpumkt_scenario_changes.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("scenario \"%s\" makes the share of segment \"%s\" of dimension \"%s\" %g, outside (%g, %g]",
					c->scenario, gm_echo(c->segment, strlen(c->segment)),
					gm_echo(c->dimension, strlen(c->dimension)), v, lo, hi),
			 errhint("Change the scenario with gpumkt_scenario_set, or remove the change from gpumkt_scenario_changes.")));
}

/* The figures of region r in the copy m, made writable (added if none). */
static GmFigures *
own_figures(GmMarket *m, int r)
{
	int			i = 0;
	GmFigures  *f;

	while (i < m->nfigures && gpumkt_region_cmp(m->rg, m->figures[i].region, r) < 0)
		i++;
	if (i == m->nfigures || m->figures[i].region != r)
	{
		GmFigures  *nf = palloc0(sizeof(GmFigures) * (m->nfigures + 1));

		memcpy(nf, m->figures, sizeof(GmFigures) * i);
		memcpy(nf + i + 1, m->figures + i, sizeof(GmFigures) * (m->nfigures - i));
		nf[i].region = r;
		m->figures = nf;
		m->nfigures++;
	}
	f = &m->figures[i];
	/* copies of the arrays, which the base market shares */
	f->anchors = memcpy(palloc(sizeof(GmAnchor) * (f->nanchors + 1)), f->anchors,
						sizeof(GmAnchor) * f->nanchors);
	f->rates = memcpy(palloc(sizeof(GmRate) * (f->nrates + 1)), f->rates,
					  sizeof(GmRate) * f->nrates);
	f->shares = memcpy(palloc(sizeof(GmShare) * (f->nshares + 1)), f->shares,
					   sizeof(GmShare) * f->nshares);
	return f;
}

/* The index of the anchor of f in year, or -1 (without a year: the first). */
static int
anchor_index(const GmFigures *f, const GmChange *c)
{
	for (int i = 0; i < f->nanchors; i++)
		if (!c->has_year || f->anchors[i].year == c->year)
			return i;
	return -1;
}

/* The region has no anchor, or none in the year, for the change. */
static void
report_no_anchor(const GmMarket *m, const GmChange *c)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("scenario \"%s\" changes an anchor of region \"%s\" that market \"%s\" does not have",
					c->scenario, m->rg->regions[c->region].code, m->market),
			 errdetail("A rate grows from an anchor, and add and multiply change an anchor that exists."),
			 errhint("Set an anchor first (input anchor, op set, with its year), or name a year the region has an anchor for.")));
}

/* Apply an anchor change. */
static void
apply_anchor(GmMarket *m, const GmChange *c)
{
	GmFigures  *f = own_figures(m, c->region);
	int			i = anchor_index(f, c);
	GmAnchor   *a;

	if (i < 0 && (c->op != 's' || !c->has_year))
		report_no_anchor(m, c);
	if (i < 0)
	{
		/* a new anchor, in year order */
		i = 0;
		while (i < f->nanchors && f->anchors[i].year < c->year)
			i++;
		memmove(&f->anchors[i + 1], &f->anchors[i], sizeof(GmAnchor) * (f->nanchors - i));
		f->nanchors++;
		memset(&f->anchors[i], 0, sizeof(GmAnchor));
		f->anchors[i].year = c->year;
	}
	a = &f->anchors[i];
	a->value = changed(c, a->value);
	check_changed(m, c, a->value, 0.0, 1e300);
	a->exact = NULL;
	a->derived = false;
	a->user = true;
	a->lo = a->hi = a->value;
	a->provenance = change_provenance(c, "anchor");
}

/* The rate a region grows at from anchor a: its stated one, else its CAGR. */
static double
current_rate(const GmMarket *m, const GmFigures *f, const GmChange *c)
{
	double		rate;
	int			bad_arg;

	for (int i = 0; i < f->nrates; i++)
		if (!f->rates[i].has_period || f->rates[i].to_year > f->anchors[0].year)
			return f->rates[i].rate;
	if (f->nrates > 0)
		return f->rates[f->nrates - 1].rate;
	if (f->nanchors > 1 &&
		gm_cagr(f->anchors[0].value, f->anchors[f->nanchors - 1].value,
				(double) f->anchors[f->nanchors - 1].year - f->anchors[0].year,
				&rate, &bad_arg) == GM_OK)
		return rate;
	if (c->op == 's')
		return 0.0;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("scenario \"%s\" changes the rate of region \"%s\", which has none in market \"%s\"",
					c->scenario, m->rg->regions[c->region].code, m->market),
			 errhint("Set the rate (op set) instead of adding to it or multiplying it.")));
	return 0.0;					/* keep compiler quiet */
}

/* Apply a rate change: one rate from the base anchor, later anchors gone. */
static void
apply_rate(GmMarket *m, const GmChange *c)
{
	GmFigures  *f = own_figures(m, c->region);
	int			i = anchor_index(f, c);
	GmRate	   *rt = &f->rates[0];
	double		rate;

	if (i < 0)
		report_no_anchor(m, c);
	rate = changed(c, current_rate(m, f, c));
	memset(rt, 0, sizeof(GmRate));
	rt->rate = rate;
	check_changed(m, c, rt->rate, -1.0, 1e300);
	if (rt->rate > 1.0 && !c->exceptional)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" makes the rate of region \"%s\" %g, above 1 (100 %% a year)",
						c->scenario, m->rg->regions[c->region].code, rt->rate),
				 errdetail("A rate above 1 is taken only from a change marked exceptional, as gpumkt_rates takes it only from a row marked exceptional."),
				 errhint("A rate of 17 means 1,700 %%: write 0.17 for 17 %%, or pass exceptional => true to gpumkt_scenario_set if the rate is meant.")));
	rt->has_period = false;
	rt->user = true;
	rt->lo = rt->hi = rt->rate;
	rt->provenance = change_provenance(c, "rate");
	f->nrates = 1;
	f->nanchors = i + 1;
}

/* Apply a region share change. */
static void
apply_share(GmMarket *m, const GmChange *c)
{
	GmFigures  *f = own_figures(m, c->region);
	int			i = 0;
	GmShare    *sh;

	while (i < f->nshares && c->has_year && f->shares[i].year < c->year)
		i++;
	if (i == f->nshares || (c->has_year && f->shares[i].year != c->year))
	{
		if (c->op != 's' || !c->has_year || m->root < 0 || m->root == c->region)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("scenario \"%s\" changes a share of region \"%s\" that market \"%s\" does not have",
							c->scenario, m->rg->regions[c->region].code, m->market),
					 errhint("Set a share (op set) with its year: it is taken as a share of the market's top region.")));
		memmove(&f->shares[i + 1], &f->shares[i], sizeof(GmShare) * (f->nshares - i));
		f->nshares++;
		memset(&f->shares[i], 0, sizeof(GmShare));
		f->shares[i].year = c->year;
		f->shares[i].of_region = m->root;
	}
	sh = &f->shares[i];
	sh->share = changed(c, sh->share);
	check_changed(m, c, sh->share, 0.0, 1.0);
	sh->exact = NULL;
	sh->user = true;
	sh->stated_lo = sh->stated_hi = sh->share;
	sh->provenance = change_provenance(c, "region share");
}

/*
 * After a change of a segment share: a derived segment that is the rest of
 * its dimension (the only derived one, every other segment with a share)
 * becomes 1 - the others; and the dimension may not exceed 100 %.
 */
static void
follow_rest(GmMarket *m, const GmChange *c)
{
	GmSegment  *rest = NULL;
	double		sum = 0.0;
	int			nderived = 0,
				nunknown = 0;

	for (int i = 0; i < m->nsegments; i++)
	{
		GmSegment  *sg = &m->segments[i];

		if (strcmp(sg->dimension, c->dimension) != 0)
			continue;
		if (!sg->has_share)
			nunknown++;
		else if (sg->derived)
		{
			rest = sg;
			nderived++;
		}
		else
			sum += sg->share;
	}
	if (nderived == 1 && nunknown == 0)
	{
		rest->share = 1.0 - sum;
		rest->exact = NULL;
		rest->user = true;
		rest->stated_lo = rest->stated_hi = rest->share;
		rest->provenance = change_provenance(c, "rest of the dimension, after segment share");
		sum += rest->share;
	}
	if (sum > 1.0 + 1e-9 || (rest && nderived == 1 && nunknown == 0 && rest->share <= 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" makes the shares of dimension \"%s\" add up to more than 100 %%",
						c->scenario, gm_echo(c->dimension, strlen(c->dimension))),
				 errdetail("After its change of segment \"%s\", the known shares of the dimension add up to %g.",
						   gm_echo(c->segment, strlen(c->segment)), sum),
				 errhint("Lower another segment's share in the scenario as well, or change this one less.")));
}

/* Apply a segment share change. */
static void
apply_segment_share(GmMarket *m, const GmChange *c)
{
	GmSegment  *sg = NULL;
	int32		year = 0;

	for (int i = 0; i < m->nsegments; i++)
	{
		if (strcmp(m->segments[i].dimension, c->dimension) != 0)
			continue;
		if (m->segments[i].has_share)
			year = m->segments[i].year;
		if (strcmp(m->segments[i].segment, c->segment) == 0)
			sg = &m->segments[i];
	}
	if (sg == NULL || (!sg->has_share && c->op != 's'))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" changes segment \"%s\" of dimension \"%s\", which has no share to change in market \"%s\"",
						c->scenario, gm_echo(c->segment, strlen(c->segment)),
						gm_echo(c->dimension, strlen(c->dimension)), m->market),
				 errhint("Set the share (op set), or name a segment of the market (gpumkt_segments).")));
	sg->share = changed(c, sg->has_share ? sg->share : 0.0);
	check_changed(m, c, sg->share, 0.0, 1.0);
	if (!sg->has_share)
		sg->year = c->has_year ? c->year : year;
	sg->has_share = true;
	sg->derived = false;
	sg->exact = NULL;
	sg->user = true;
	sg->stated_lo = sg->stated_hi = sg->share;
	sg->provenance = change_provenance(c, "segment share");
	follow_rest(m, c);
}

/* Run a read-only query with one text parameter; returns the row count. */
static uint64
scenario_query(const char *sql, const char *param)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1] = {CStringGetTextDatum(param)};
	int			rc = SPI_execute_with_args(sql, 1, argtypes, values, NULL, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	return SPI_processed;
}

/* Column col of row r of the last query as a string, or NULL. */
static char *
col_text(uint64 r, int col)
{
	return SPI_getvalue(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, col);
}

/* The unrecognized-scenario error, naming the market's scenarios. */
static void
report_unknown_scenario(const GmMarket *m, const char *scenario, const char *schema)
{
	const char *known[GM_LIST_SHOWN];
	uint64		n;

	n = scenario_query(psprintf("SELECT scenario, pg_catalog.count(*) OVER () FROM %s.gpumkt_scenarios"
								" WHERE market OPERATOR(pg_catalog.=) $1"
								" ORDER BY scenario COLLATE pg_catalog.\"C\" LIMIT %d",
								schema, GM_LIST_SHOWN), m->market);
	for (uint64 i = 0; i < n; i++)
		known[i] = col_text(i, 1);
	if (n > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized scenario \"%s\"", gm_echo(scenario, strlen(scenario))),
				 errhint("Scenarios of market \"%s\": %s (names are matched ignoring case); make one with gpumkt_scenario_set.",
						 m->market,
						 gm_echo_list(known, (int) n, strtoll(col_text(0, 2), NULL, 10)))));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized scenario \"%s\"", gm_echo(scenario, strlen(scenario))),
			 errhint("Market \"%s\" has no scenario yet; make one with gpumkt_scenario_set.",
					 m->market)));
}

/* The error for a chain of bases longer than GM_SCENARIO_MAX_CHAIN. */
void
gm_report_chain_too_long(const char *scenario)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("scenario \"%s\" has a chain of bases longer than %d scenarios",
					scenario, GM_SCENARIO_MAX_CHAIN),
			 errdetail("A scenario and its bases (base_scenario, its base, and so on) may hold at most %d scenarios.",
					   GM_SCENARIO_MAX_CHAIN),
			 errhint("Gather the changes of several bases into one scenario, or build the scenario on a shorter chain.")));
}

/* qsort order of scenario names (C strings). */
static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * The chain of scenario from itself to its first base, checked: it exists,
 * belongs to market m, does not come back on itself and holds at most
 * GM_SCENARIO_MAX_CHAIN scenarios.  The walk stops one step past the limit,
 * so it costs at most that many index look-ups (a subquery per step, which
 * the planner cannot make a join that reads the whole table at each step),
 * whatever the chain; the names are returned in order, as text datums, in
 * *names.
 */
static int
check_chain(const GmMarket *m, const char *scenario, const char *schema,
			Datum **names)
{
	int			n;
	char	  **sorted;

	n = (int) scenario_query(psprintf("WITH RECURSIVE chain (scenario, base, depth) AS ("
									  " SELECT scenario, base_scenario, 1 FROM %s.gpumkt_scenarios"
									  " WHERE scenario OPERATOR(pg_catalog.=) $1"
									  " UNION ALL SELECT c.base, (SELECT s.base_scenario FROM %s.gpumkt_scenarios s"
									  " WHERE s.scenario OPERATOR(pg_catalog.=) c.base), c.depth OPERATOR(pg_catalog.+) 1"
									  " FROM chain c WHERE c.base IS NOT NULL AND c.depth OPERATOR(pg_catalog.<=) %d)"
									  " SELECT c.scenario, s.market FROM chain c JOIN %s.gpumkt_scenarios s"
									  " ON s.scenario OPERATOR(pg_catalog.=) c.scenario ORDER BY c.depth",
									  schema, schema, GM_SCENARIO_MAX_CHAIN, schema), scenario);
	if (n == 0)
		report_unknown_scenario(m, scenario, schema);
	*names = palloc(sizeof(Datum) * n);
	sorted = palloc(sizeof(char *) * n);
	for (int r = 0; r < n; r++)
	{
		sorted[r] = col_text(r, 1);
		(*names)[r] = CStringGetTextDatum(sorted[r]);
		if (strcmp(col_text(r, 2), m->market) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("scenario \"%s\" is a scenario of market \"%s\", not of market \"%s\"",
							sorted[r], col_text(r, 2), m->market),
					 errhint("Pass the scenario's market as market, or build the scenario on a scenario of the same market.")));
	}
	if (n <= GM_SCENARIO_MAX_CHAIN)
		return n;
	/* one step past the limit: a cycle if a name comes back, else too long */
	qsort(sorted, n, sizeof(char *), name_cmp);
	for (int r = 1; r < n; r++)
		if (strcmp(sorted[r - 1], sorted[r]) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("scenarios form a cycle through scenario \"%s\"", sorted[r]),
					 errhint("Set base_scenario in gpumkt_scenarios so that the chain of bases ends.")));
	gm_report_chain_too_long(scenario);
	return 0;					/* keep compiler quiet */
}

/* The changes of the scenarios names[0..n) (a chain), bases first, in order. */
static GmChange *
read_changes(const GmMarket *m, Datum *names, int nnames, const char *schema,
			 int *nchanges)
{
	Oid			argtypes[1] = {TEXTARRAYOID};
	Datum		values[1];
	uint64		n;
	GmChange   *cs;
	int			rc;

	values[0] = PointerGetDatum(construct_array(names, nnames, TEXTOID, -1, false, TYPALIGN_INT));
	rc = SPI_execute_with_args(psprintf("SELECT x.scenario, x.input, x.op, x.region, x.year, x.dimension, x.segment,"
										" x.value::pg_catalog.float8, x.exceptional"
										" FROM pg_catalog.unnest($1) WITH ORDINALITY c (scenario, depth)"
										" JOIN %s.gpumkt_scenario_changes x ON x.scenario OPERATOR(pg_catalog.=) c.scenario"
										" ORDER BY c.depth DESC, x.ordinal", schema),
							   1, argtypes, values, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	n = SPI_processed;
	cs = palloc0(sizeof(GmChange) * Max(n, 1));
	for (uint64 r = 0; r < n; r++)
	{
		GmChange   *c = &cs[r];
		char	   *year = col_text(r, 5);
		char	   *input = col_text(r, 2);
		bool		isnull;

		c->scenario = col_text(r, 1);
		c->input = strcmp(input, "segment_share") == 0 ? 'g' :
			strcmp(input, "region_share") == 0 ? 's' : input[0];
		c->op = col_text(r, 3)[0];
		c->region = gpumkt_region_by_code(m->rg, col_text(r, 4));
		c->has_year = year != NULL;
		c->year = year ? pg_strtoint32(year) : 0;
		c->dimension = col_text(r, 6);
		c->segment = col_text(r, 7);
		c->value = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[r],
												SPI_tuptable->tupdesc, 8, &isnull));
		c->exceptional = strcmp(col_text(r, 9), "t") == 0;
	}
	*nchanges = (int) n;
	return cs;
}

/*
 * The market base with scenario applied, built in cxt (SPI connected):
 * a copy whose changed figures have arrays of their own.
 */
GmMarket *
gm_scenario_market(GmMarket *base, const char *scenario, const char *schema,
				   MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	GmMarket   *m = palloc(sizeof(GmMarket));
	GmChange   *changes;
	Datum	   *names;
	int			nnames;
	int			n;

	*m = *base;
	m->next = NULL;
	m->scenarios = NULL;
	m->units = NULL;
	m->scenario = pstrdup(scenario);
	m->figures = memcpy(palloc(sizeof(GmFigures) * Max(m->nfigures, 1)), base->figures,
						sizeof(GmFigures) * m->nfigures);
	m->segments = memcpy(palloc(sizeof(GmSegment) * Max(m->nsegments, 1)), base->segments,
						 sizeof(GmSegment) * m->nsegments);
	nnames = check_chain(m, scenario, schema, &names);
	changes = read_changes(m, names, nnames, schema, &n);
	/* SPI leaves its procedure's context current, which SPI_finish frees */
	MemoryContextSwitchTo(cxt);
	for (int i = 0; i < n; i++)
	{
		const GmChange *c = &changes[i];

		if (c->region < 0)
			elog(ERROR, "scenario change names a region gpumkt_regions does not hold");
		switch (c->input)
		{
			case 'a':
				apply_anchor(m, c);
				break;
			case 'r':
				apply_rate(m, c);
				break;
			case 's':
				apply_share(m, c);
				break;
			default:
				apply_segment_share(m, c);
				break;
		}
	}
	/* the bounds are set in every share: none may stay the base market's */
	for (int i = 0; i < m->nfigures; i++)
		m->figures[i].shares = memcpy(palloc(sizeof(GmShare) * Max(m->figures[i].nshares, 1)),
									  m->figures[i].shares,
									  sizeof(GmShare) * m->figures[i].nshares);
	gm_bound_market(m);
	/* the years of the market's figures and its changes', and the base's */
	gm_market_span(m);
	if (base->first_year != 0 && (m->first_year == 0 || base->first_year < m->first_year))
		m->first_year = base->first_year;
	m->last_year = Max(m->last_year, base->last_year);
	MemoryContextSwitchTo(old);
	return m;
}
