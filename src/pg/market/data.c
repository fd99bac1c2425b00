/*-------------------------------------------------------------------------
 *
 * data.c
 *	  Reading a market: its row, its anchors, rates and region shares
 *	  (one GmFigures per region that has any) and its segments, for the
 *	  cache of cache.c; and finding a region's figures and a segment by
 *	  code or name.
 *
 * Every query names the extension's own schema, pg_catalog operators and
 * the pg_catalog "C" collation, so the caller's search_path cannot change
 * what is read.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datum.h"

#include "gpumkt.h"
#include "names.h"
#include "range_math.h"


static const GmFigures no_figures = {-1, 0, NULL, 0, NULL, 0, NULL};

/* Counts the reads of markets, so that each asks its questions afresh. */
static uint64 gm_market_reads = 0;

/*
 * Where a figure row comes from, as one line: basis, qualifier, quote; a
 * user's row (shipped = false) says so instead of the report's basis.
 */
#define GM_PROVENANCE(p) GM_PROVENANCE_Q(p, p "qualifier")
/* ... with q for the qualifier (segments have none) */
#define GM_PROVENANCE_Q(p, q) \
	" pg_catalog.concat(CASE WHEN " p "shipped THEN " p "basis" \
	" WHEN " p "basis OPERATOR(pg_catalog.=) 'derived' THEN 'user row, derived'" \
	" ELSE 'user row' END," \
	" CASE WHEN " q " IS NOT NULL THEN pg_catalog.concat(' (', " q ", ')') END, ': '," \
	" CASE WHEN " p "source_quote IS NOT NULL THEN pg_catalog.concat('\"', " p "source_quote, '\"')" \
	" WHEN " p "derivation IS NOT NULL THEN " p "derivation ELSE 'no source given' END)"

/*
 * The columns that give the interval of a figure v with qualifier q: its
 * scale (the digits stated), the qualifier, and an explicit low and high
 * (the %s: bound_columns()).
 */
#define GM_INTERVAL(v, q) \
	", pg_catalog.scale(" v "), " q ", %s"

/* Run a read-only query with up to one text parameter; returns row count. */
static uint64
run_query(const char *sql, const char *param)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1];
	int			rc;

	if (param)
		values[0] = CStringGetTextDatum(param);
	rc = SPI_execute_with_args(sql, param ? 1 : 0, argtypes, values, NULL,
							   true, 0);
	/* the queries are gpumkt's own SELECTs: SPI raises their errors itself */
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	return SPI_processed;
}

/* Column col (1-based) of row as a C string copied into cxt, or NULL. */
static char *
get_text(uint64 row, int col, MemoryContext cxt)
{
	char	   *s = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	return s ? MemoryContextStrdup(cxt, s) : NULL;
}

/*
 * As get_text, but the copy of the previous row's value when equal (*last):
 * users' rows added in bulk often share one provenance.
 */
static char *
get_text_shared(uint64 row, int col, MemoryContext cxt, char **last)
{
	char	   *s = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	if (s == NULL)
		return NULL;
	if (*last == NULL || strcmp(*last, s) != 0)
		*last = MemoryContextStrdup(cxt, s);
	pfree(s);
	return *last;
}

/* Column col of row as a datum, with its null flag. */
static Datum
get_datum(uint64 row, int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col,
						 isnull);
}

/* numeric column col of row as a double, and (exact not NULL) a copy in cxt. */
static double
get_numeric(uint64 row, int col, Numeric *exact, MemoryContext cxt)
{
	bool		isnull;
	Datum		d = get_datum(row, col, &isnull);

	Assert(!isnull);
	if (exact)
	{
		MemoryContext old = MemoryContextSwitchTo(cxt);

		*exact = DatumGetNumeric(datumCopy(d, false, -1));
		MemoryContextSwitchTo(old);
	}
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
}

/*
 * The interval of value, read from columns col.. of row (GM_INTERVAL): the
 * rounding interval of its stated digits for a shipped figure or one said
 * to be about, its hedge, else the value alone; an explicit low or high
 * (users' rows) wins.
 */
static void
get_interval(uint64 row, int col, double value, bool user,
			 const GmLimits *limits, double *lo, double *hi)
{
	bool		isnull;
	int			scale = DatumGetInt32(get_datum(row, col, &isnull));
	char	   *q = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col + 1);
	Datum		d;

	gm_stated_interval(value, isnull ? 0 : scale, gm_hedge_from_text(q), !user,
					   limits, lo, hi);
	d = get_datum(row, col + 2, &isnull);
	if (!isnull)
		*lo = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
	d = get_datum(row, col + 3, &isnull);
	if (!isnull)
		*hi = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
}

/* Index of the region of column col of row, which the foreign keys vouch for. */
static int
row_region(GmMarket *m, uint64 row, int col)
{
	char	   *code = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
	int			r = code ? gpumkt_region_by_code(m->rg, code) : -1;

	if (r < 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("market \"%s\" refers to region \"%s\", which gpumkt_regions does not hold",
						m->market, code ? code : "(null)"),
				 errhint("Add the region to gpumkt_regions, or correct the row that names it.")));
	return r;
}

/* The regions of the rows of the last query, in a new array, checked sorted. */
static int *
row_regions(GmMarket *m, uint64 n)
{
	int		   *idx = palloc(sizeof(int) * Max(n, 1));

	for (uint64 i = 0; i < n; i++)
	{
		idx[i] = row_region(m, i, 1);
		if (i > 0 && gpumkt_region_cmp(m->rg, idx[i], idx[i - 1]) < 0)
			elog(ERROR, "gpumkt figures came back out of region order");
	}
	return idx;
}

/*
 * The columns newer than the installed schema may be (this library serves
 * an installed 1.3 or 2.0 until ALTER EXTENSION gpumkt UPDATE), asked once
 * per read of a market: column 0, the explicit bounds of the figure tables
 * (1.4: low and high, or NULLs); column 1, the segments' aliases (2.1, or
 * no alias).
 */
static const char *
new_columns(const char *schema, int which)
{
	static const char *cols[2] = {NULL, NULL};
	static uint64 read_no = 0;

	if (cols[0] == NULL || read_no != gm_market_reads)
	{
		run_query(psprintf("SELECT pg_catalog.count(*) FILTER (WHERE attname OPERATOR(pg_catalog.=) 'high'),"
						   " pg_catalog.count(*) FILTER (WHERE attname OPERATOR(pg_catalog.=) 'aliases')"
						   " FROM pg_catalog.pg_attribute"
						   " WHERE attrelid OPERATOR(pg_catalog.=) '%s.gpumkt_segments'::pg_catalog.regclass"
						   " AND NOT attisdropped", schema), NULL);
		cols[0] = strcmp(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1), "0") == 0 ?
			"NULL::pg_catalog.numeric, NULL::pg_catalog.numeric" : "low, high";
		cols[1] = strcmp(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2), "0") == 0 ?
			"NULL::pg_catalog.text[]" : "s.aliases";
		read_no = gm_market_reads;
	}
	return cols[which];
}

#define bound_columns(schema) new_columns(schema, 0)

/* Read the market row, or fail naming the known markets. */
static void
load_market_row(GmMarket *m, const char *schema, MemoryContext cxt)
{
	char	   *sql;
	const char *known[GM_LIST_SHOWN];
	int64		count = 0;
	uint64		n;

	sql = psprintf("SELECT root_region, unit FROM %s.gpumkt_markets"
				   " WHERE market OPERATOR(pg_catalog.=) $1", schema);
	if (run_query(sql, m->market) > 0)
	{
		m->root = gpumkt_region_by_code(m->rg, SPI_getvalue(SPI_tuptable->vals[0],
															SPI_tuptable->tupdesc, 1));
		m->unit = get_text(0, 2, cxt);
		return;
	}
	sql = psprintf("SELECT market, pg_catalog.count(*) OVER () FROM %s.gpumkt_markets"
				   " ORDER BY market COLLATE pg_catalog.\"C\" LIMIT %d",
				   schema, GM_LIST_SHOWN);
	n = run_query(sql, NULL);
	for (uint64 i = 0; i < n; i++)
		known[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
	if (n > 0)
		count = strtoll(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2),
						NULL, 10);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized market \"%s\"", gm_echo(m->market, strlen(m->market))),
			 errhint("Known markets: %s. Add one with INSERT INTO gpumkt_markets.",
					 gm_echo_list(known, (int) n, count))));
}

/*
 * The rows of one kind of figure (anchors, rates or region shares) read for
 * a market, sorted by region, and those given out to GmFigures so far.
 */
typedef struct GmRowRun
{
	int			n;
	int		   *regs;			/* the region of each row */
	int			next;			/* the first row not given out */
} GmRowRun;

/* Run the query of one kind of figure for market m; its rows' regions to run. */
static void
read_run(GmMarket *m, const char *sql, GmRowRun *run)
{
	run->n = (int) run_query(sql, m->market);
	run->regs = row_regions(m, run->n);
	run->next = 0;
}

/* Read the market's anchors (sorted by region, then year). */
static GmAnchor *
load_anchors(GmMarket *m, const char *schema, MemoryContext cxt, GmRowRun *run)
{
	GmAnchor   *a;
	bool		isnull;
	char	   *last = NULL;

	read_run(m, psprintf("SELECT region, year, value, basis OPERATOR(pg_catalog.=) 'derived',"
						 " NOT shipped," GM_PROVENANCE("") GM_INTERVAL("value", "qualifier")
						 " FROM %s.gpumkt_anchors WHERE market OPERATOR(pg_catalog.=) $1"
						 " ORDER BY region COLLATE pg_catalog.\"C\", year",
						 bound_columns(schema), schema),
			 run);
	a = MemoryContextAllocZero(cxt, sizeof(GmAnchor) * Max(run->n, 1));
	for (int i = 0; i < run->n; i++)
	{
		a[i].year = DatumGetInt32(get_datum(i, 2, &isnull));
		a[i].value = get_numeric(i, 3, &a[i].exact, cxt);
		a[i].derived = DatumGetBool(get_datum(i, 4, &isnull));
		a[i].user = DatumGetBool(get_datum(i, 5, &isnull));
		a[i].provenance = get_text_shared(i, 6, cxt, &last);
		get_interval(i, 7, a[i].value, a[i].user, &gm_size_limits,
					 &a[i].lo, &a[i].hi);
	}
	return a;
}

/* Read the market's rates (sorted by region, then to_year). */
static GmRate *
load_rates(GmMarket *m, const char *schema, MemoryContext cxt, GmRowRun *run)
{
	GmRate	   *rt;
	bool		isnull;
	char	   *last = NULL;

	read_run(m, psprintf("SELECT region, from_year, to_year, rate, NOT shipped,"
						 GM_PROVENANCE("") GM_INTERVAL("rate", "qualifier")
						 " FROM %s.gpumkt_rates WHERE market OPERATOR(pg_catalog.=) $1"
						 " ORDER BY region COLLATE pg_catalog.\"C\", to_year",
						 bound_columns(schema), schema),
			 run);
	rt = MemoryContextAllocZero(cxt, sizeof(GmRate) * Max(run->n, 1));
	for (int i = 0; i < run->n; i++)
	{
		rt[i].from_year = DatumGetInt32(get_datum(i, 2, &isnull));
		rt[i].has_period = !isnull;
		rt[i].to_year = rt[i].has_period ? DatumGetInt32(get_datum(i, 3, &isnull)) : 0;
		rt[i].rate = get_numeric(i, 4, NULL, cxt);
		rt[i].user = DatumGetBool(get_datum(i, 5, &isnull));
		rt[i].provenance = get_text_shared(i, 6, cxt, &last);
		get_interval(i, 7, rt[i].rate, rt[i].user, &gm_rate_limits,
					 &rt[i].lo, &rt[i].hi);
	}
	return rt;
}

/* Read the market's region shares (sorted by region, then year). */
static GmShare *
load_shares(GmMarket *m, const char *schema, MemoryContext cxt, GmRowRun *run)
{
	GmShare    *s;
	bool		isnull;
	char	   *last = NULL;

	read_run(m, psprintf("SELECT region, year, share, of_region, NOT shipped,"
						 GM_PROVENANCE("") GM_INTERVAL("share", "qualifier")
						 " FROM %s.gpumkt_region_shares WHERE market OPERATOR(pg_catalog.=) $1"
						 " ORDER BY region COLLATE pg_catalog.\"C\", year",
						 bound_columns(schema), schema),
			 run);
	s = MemoryContextAllocZero(cxt, sizeof(GmShare) * Max(run->n, 1));
	for (int i = 0; i < run->n; i++)
	{
		s[i].year = DatumGetInt32(get_datum(i, 2, &isnull));
		s[i].share = get_numeric(i, 3, &s[i].exact, cxt);
		s[i].of_region = row_region(m, i, 4);
		s[i].user = DatumGetBool(get_datum(i, 5, &isnull));
		s[i].provenance = get_text_shared(i, 6, cxt, &last);
		get_interval(i, 7, s[i].share, s[i].user, &gm_share_limits,
					 &s[i].stated_lo, &s[i].stated_hi);
	}
	return s;
}

/* The lowest region among the rows not yet given out, or -1 when none is left. */
static int
next_region(const GmMarket *m, const GmRowRun *runs, int nruns)
{
	int			r = -1;

	for (int k = 0; k < nruns; k++)
	{
		const GmRowRun *run = &runs[k];

		if (run->next < run->n &&
			(r < 0 || gpumkt_region_cmp(m->rg, run->regs[run->next], r) < 0))
			r = run->regs[run->next];
	}
	return r;
}

/* Give out the rows of run that belong to region r: their first, and count. */
static int
take_rows(GmRowRun *run, int r, int *first)
{
	*first = run->next;
	while (run->next < run->n && run->regs[run->next] == r)
		run->next++;
	return run->next - *first;
}

/* Read anchors, rates and region shares, one GmFigures per region. */
static void
load_figures(GmMarket *m, const char *schema, MemoryContext cxt)
{
	GmRowRun	runs[3];
	GmAnchor   *a = load_anchors(m, schema, cxt, &runs[0]);
	GmRate	   *rt = load_rates(m, schema, cxt, &runs[1]);
	GmShare    *s = load_shares(m, schema, cxt, &runs[2]);
	int			r;

	m->figures = MemoryContextAllocZero(cxt, sizeof(GmFigures) *
										Max(runs[0].n + runs[1].n + runs[2].n, 1));
	while ((r = next_region(m, runs, lengthof(runs))) >= 0)
	{
		GmFigures  *f = &m->figures[m->nfigures++];
		int			first;

		f->region = r;
		f->nanchors = take_rows(&runs[0], r, &first);
		f->anchors = &a[first];
		f->nrates = take_rows(&runs[1], r, &first);
		f->rates = &rt[first];
		f->nshares = take_rows(&runs[2], r, &first);
		f->shares = &s[first];
	}
}

/* Read the market's segments, in the report's order, with their keys. */
static void
load_segments(GmMarket *m, const char *schema, MemoryContext cxt)
{
	uint64		n;
	bool		isnull;

	n = run_query(psprintf("SELECT s.dimension, d.name, s.segment, s.name, s.share, s.year,"
						   " NOT s.shipped, d.name_fr, s.name_fr,"
						   GM_PROVENANCE_Q("s.", "NULL::pg_catalog.text")
						   GM_INTERVAL("s.share", "NULL::pg_catalog.text")
						   ", s.basis OPERATOR(pg_catalog.=) 'derived'"
						   ", ' ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(ARRAY("
						   "SELECT %s.gpumkt_name_key(a) FROM pg_catalog.unnest(%s) a),"
						   " ' ') OPERATOR(pg_catalog.||) ' '"
						   " FROM %s.gpumkt_segments s JOIN %s.gpumkt_dimensions d"
						   " ON d.market OPERATOR(pg_catalog.=) s.market"
						   " AND d.dimension OPERATOR(pg_catalog.=) s.dimension"
						   " WHERE s.market OPERATOR(pg_catalog.=) $1"
						   " ORDER BY d.ordinal, d.dimension COLLATE pg_catalog.\"C\","
						   " s.ordinal, s.segment COLLATE pg_catalog.\"C\"",
						   bound_columns(schema), schema, new_columns(schema, 1), schema, schema),
				  m->market);
	m->nsegments = (int) n;
	m->segments = MemoryContextAllocZero(cxt, sizeof(GmSegment) * Max(n, 1));
	for (uint64 i = 0; i < n; i++)
	{
		GmSegment  *sg = &m->segments[i];
		const int	keycols[6] = {1, 2, 8, 3, 4, 9};

		sg->dimension = get_text(i, 1, cxt);
		sg->dimension_name = get_text(i, 2, cxt);
		sg->segment = get_text(i, 3, cxt);
		sg->name = get_text(i, 4, cxt);
		(void) get_datum(i, 5, &isnull);
		sg->has_share = !isnull;
		if (sg->has_share)
		{
			sg->share = get_numeric(i, 5, &sg->exact, cxt);
			sg->year = DatumGetInt32(get_datum(i, 6, &isnull));
		}
		sg->user = DatumGetBool(get_datum(i, 7, &isnull));
		sg->provenance = get_text(i, 10, cxt);
		sg->derived = DatumGetBool(get_datum(i, 15, &isnull));
		sg->alias_keys = get_text(i, 16, cxt);
		/* an unknown share lies in [0, 1] until its dimension bounds it */
		get_interval(i, 11, sg->has_share ? sg->share : 0.0, sg->user || !sg->has_share,
					 &gm_share_limits, &sg->stated_lo, &sg->stated_hi);
		if (!sg->has_share && sg->stated_hi == 0.0)
			sg->stated_hi = 1.0;
		for (int k = 0; k < 6; k++)
		{
			char	   *v = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc,
										 keycols[k]);

			sg->keys[k] = v ? MemoryContextStrdup(cxt, gm_name_key(v, strlen(v))) : "";
		}
	}
}

/* Read market m (its name set) and its figures, SPI connected. */
void
gpumkt_load_market(GmMarket *m, const char *schema, MemoryContext cxt)
{
	gm_market_reads++;
	if (m->rg->partial)
		gpumkt_ask_market_regions(unconstify(GmRegions *, m->rg), m->market);
	load_market_row(m, schema, cxt);
	load_figures(m, schema, cxt);
	load_segments(m, schema, cxt);
	gm_bound_market(m);
	gm_market_span(m);
}

/* The figures of region r in market m (none: counts of 0). */
const GmFigures *
gpumkt_figures(const GmMarket *m, int r)
{
	int			lo = 0,
				hi = m->nfigures - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		int			c = gpumkt_region_cmp(m->rg, m->figures[mid].region, r);

		if (c == 0)
			return &m->figures[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return &no_figures;
}

/* Does key equal one of the three keys from first on? */
static bool
segment_key_matches(const char *key, const char *const *keys)
{
	for (int k = 0; k < 3; k++)
		if (keys[k][0] != '\0' && strcmp(key, keys[k]) == 0)
			return true;
	return false;
}

/*
 * Is key the key of one of the aliases of segment sg?  Its alias_keys are
 * the keys of its aliases, each with a space on either side.
 */
bool
gm_segment_alias_matches(const GmSegment *sg, const char *key)
{
	char	   *spaced;
	bool		found;

	if (key[0] == '\0' || sg->alias_keys == NULL)
		return false;
	spaced = psprintf(" %s ", key);
	found = strstr(sg->alias_keys, spaced) != NULL;
	pfree(spaced);
	return found;
}

/*
 * The segment named by dimension and segment: by code, English or French
 * name, then by an alias; unrecognized names are an error.
 */
GmSegment *
gpumkt_find_segment(GmMarket *m, text *dimension, text *segment)
{
	char	   *dkey = gm_name_key(VARDATA_ANY(dimension), VARSIZE_ANY_EXHDR(dimension));
	char	   *skey = gm_name_key(VARDATA_ANY(segment), VARSIZE_ANY_EXHDR(segment));
	const char *dim = NULL;
	const char **known = palloc(sizeof(char *) * Max(m->nsegments, 1));
	int			nknown = 0;

	for (int i = 0; i < m->nsegments && dim == NULL; i++)
		if (segment_key_matches(dkey, &m->segments[i].keys[0]))
			dim = m->segments[i].dimension;
	if (dim == NULL)
	{
		for (int i = 0; i < m->nsegments; i++)
			if (i == 0 || strcmp(m->segments[i].dimension, m->segments[i - 1].dimension) != 0)
				known[nknown++] = m->segments[i].dimension;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized dimension \"%s\" in market \"%s\"",
						gm_echo(VARDATA_ANY(dimension), VARSIZE_ANY_EXHDR(dimension)),
						m->market),
				 errhint("Known dimensions: %s.", gm_echo_list(known, nknown, nknown))));
	}
	for (int i = 0; i < m->nsegments; i++)
	{
		GmSegment  *sg = &m->segments[i];

		if (strcmp(sg->dimension, dim) != 0)
			continue;
		if (segment_key_matches(skey, &sg->keys[3]))
			return sg;
		known[nknown++] = sg->segment;
	}
	/* then the other names people say (gpumkt_segments.aliases) */
	for (int i = 0; i < m->nsegments; i++)
		if (strcmp(m->segments[i].dimension, dim) == 0 &&
			gm_segment_alias_matches(&m->segments[i], skey))
			return &m->segments[i];
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized segment \"%s\" in dimension \"%s\"",
					gm_echo(VARDATA_ANY(segment), VARSIZE_ANY_EXHDR(segment)), dim),
			 errhint("Segments of %s: %s; each also answers to its English and French names and its aliases (gpumkt_segments).", dim,
					 gm_echo_list(known, nknown, nknown))));
	return NULL;				/* keep compiler quiet */
}
