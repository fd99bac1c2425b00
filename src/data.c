/*-------------------------------------------------------------------------
 *
 * data.c
 *	  Data access: reads a market's tables once per query into a cache
 *	  hung on the calling expression (fn_extra), and finds regions and
 *	  segments by code, display name or ISO code, ignoring case.
 *
 * Every query names the extension's own schema and pg_catalog operators,
 * so the caller's search_path cannot change what is read.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "access/xact.h"
#include "storage/proc.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/formatting.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/varlena.h"

#include "gpumkt.h"

#define GM_KEYLEN 128			/* longest name that lookups accept */

/* where a figure row comes from, as one line: basis, qualifier, quote */
#define GM_PROVENANCE \
	" pg_catalog.concat(basis," \
	" CASE WHEN qualifier IS NOT NULL THEN pg_catalog.concat(' (', qualifier, ')') END, ': '," \
	" CASE WHEN source_quote IS NOT NULL THEN pg_catalog.concat('\"', source_quote, '\"')" \
	" WHEN derivation IS NOT NULL THEN derivation ELSE 'no source given' END)"

typedef struct GmLookupEntry
{
	char		key[GM_KEYLEN];
	int			region;
} GmLookupEntry;

/* Everything cached at one call site; lives in fn_mcxt, i.e. one query. */
typedef struct GmCache
{
	GmMarket   *markets;
	MemoryContext cxt;			/* holds the markets; reset when data moves */
	char	   *schema;			/* quoted name of the extension's schema */
	/* what the cached markets were read under: see data_is_current() */
	LocalTransactionId lxid;
	CommandId	cid;
	SubTransactionId subid;
	uint64		completions;
	/* the last region name looked up, and what it resolved to */
	GmMarket   *last_market;
	int			last_len;
	char		last_name[GM_KEYLEN];
	int			last_region;
} GmCache;

static int	region_by_code(GmMarket *m, const char *code);

/* Lower-case name into buf (GM_KEYLEN); false when it is too long. */
static bool
fold_name(const char *name, int len, char *buf)
{
	bool		ascii = true;

	if (len <= 0 || len >= GM_KEYLEN)
		return false;
	for (int i = 0; i < len; i++)
	{
		if (IS_HIGHBIT_SET(name[i]))
		{
			ascii = false;
			break;
		}
		buf[i] = pg_ascii_tolower((unsigned char) name[i]);
	}
	if (!ascii)
	{
		char	   *low = str_tolower(name, len, DEFAULT_COLLATION_OID);
		size_t		n = strlen(low);

		if (n >= GM_KEYLEN)
			return false;
		memcpy(buf, low, n);
		len = n;
		pfree(low);
	}
	buf[len] = '\0';
	return true;
}

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
	if (rc != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("gpumkt could not read its tables: %s",
						SPI_result_code_string(rc))));
	return SPI_processed;
}

/* Column col (1-based) of row as a C string copied into cxt, or NULL. */
static char *
get_text(uint64 row, int col, MemoryContext cxt)
{
	char	   *s = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	return s ? MemoryContextStrdup(cxt, s) : NULL;
}

/* Column col of row as a datum, with its null flag. */
static Datum
get_datum(uint64 row, int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col,
						 isnull);
}

/* numeric column col of row as a double, and a copy of it in cxt. */
static double
get_numeric(uint64 row, int col, Numeric *exact, MemoryContext cxt)
{
	bool		isnull;
	Datum		d = get_datum(row, col, &isnull);
	MemoryContext old;

	Assert(!isnull);
	old = MemoryContextSwitchTo(cxt);
	*exact = DatumGetNumeric(datumCopy(d, false, -1));
	MemoryContextSwitchTo(old);
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
}

/* Index of the region of column col of row, which the foreign keys vouch for. */
static int
row_region(GmMarket *m, uint64 row, int col)
{
	char	   *code = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
	int			r = code ? region_by_code(m, code) : -1;

	if (r < 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("market \"%s\" refers to region \"%s\", which gpumkt_regions does not hold",
						m->market, code ? code : "(null)"),
				 errhint("Add the region to gpumkt_regions, or correct the row that names it.")));
	return r;
}

/* Region index of an exact code, or -1. */
static int
region_by_code(GmMarket *m, const char *code)
{
	char		key[GM_KEYLEN];
	GmLookupEntry *e;

	if (!fold_name(code, strlen(code), key))
		return -1;
	e = hash_search(m->lookup, key, HASH_FIND, NULL);
	return e ? e->region : -1;
}

/* Add a lower-cased name for region r to the lookup (first one wins). */
static void
add_lookup(GmMarket *m, const char *name, int r)
{
	char		key[GM_KEYLEN];
	bool		found;
	GmLookupEntry *e;

	if (name == NULL || !fold_name(name, strlen(name), key))
		return;
	e = hash_search(m->lookup, key, HASH_ENTER, &found);
	if (!found)
		e->region = r;
}

/* Read gpumkt_regions into m. */
static void
load_regions(GmMarket *m, const char *schema, MemoryContext cxt)
{
	StringInfoData sql;
	HASHCTL		ctl;
	uint64		n;
	char	  **parents;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT region, name, parent, iso2, name_fr FROM %s.gpumkt_regions"
					 " ORDER BY region COLLATE \"C\"", schema);
	n = run_query(sql.data, NULL);

	m->nregions = (int) n;
	m->regions = MemoryContextAllocZero(cxt, sizeof(GmRegion) * Max(n, 1));
	parents = palloc0(sizeof(char *) * Max(n, 1));

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = GM_KEYLEN;
	ctl.entrysize = sizeof(GmLookupEntry);
	ctl.hcxt = cxt;
	m->lookup = hash_create("gpumkt regions", Max(n * 3, 16), &ctl,
							HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);

	/* codes first, so that a code always beats another region's name */
	for (uint64 i = 0; i < n; i++)
	{
		GmRegion   *r = &m->regions[i];

		r->code = get_text(i, 1, cxt);
		r->name = get_text(i, 2, cxt);
		r->iso2 = get_text(i, 4, cxt);
		parents[i] = get_text(i, 3, CurrentMemoryContext);
		add_lookup(m, r->code, (int) i);
	}
	for (uint64 i = 0; i < n; i++)
	{
		add_lookup(m, m->regions[i].iso2, (int) i);
		add_lookup(m, m->regions[i].name, (int) i);
	}
	/* the report's own (French) names last */
	for (uint64 i = 0; i < n; i++)
	{
		char	   *name_fr = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 5);

		add_lookup(m, name_fr, (int) i);
	}
	for (uint64 i = 0; i < n; i++)
		m->regions[i].parent = parents[i] ? region_by_code(m, parents[i]) : -1;
	pfree(parents);
}

/* Read the market row, or fail naming the known markets. */
static void
load_market_row(GmMarket *m, const char *schema, const char *market)
{
	StringInfoData sql;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT root_region FROM %s.gpumkt_markets"
					 " WHERE market OPERATOR(pg_catalog.=) $1", schema);
	if (run_query(sql.data, market) == 0)
	{
		StringInfoData known;

		resetStringInfo(&sql);
		appendStringInfo(&sql,
						 "SELECT pg_catalog.string_agg(market, ', ' ORDER BY market)"
						 " FROM %s.gpumkt_markets", schema);
		run_query(sql.data, NULL);
		initStringInfo(&known);
		appendStringInfoString(&known, SPI_getvalue(SPI_tuptable->vals[0],
													SPI_tuptable->tupdesc, 1) ?
							   SPI_getvalue(SPI_tuptable->vals[0],
											SPI_tuptable->tupdesc, 1) : "none");
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown market \"%s\"", market),
				 errhint("Known markets: %s. Add one with INSERT INTO gpumkt_markets.",
						 known.data)));
	}
	m->root = region_by_code(m, SPI_getvalue(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 1));
}

/*
 * The region index of each row of the last query (its column col), in a new
 * array; counts[r] gets the number of rows of region r.
 */
static int *
row_regions(GmMarket *m, uint64 n, int col, int *counts)
{
	int		   *idx = palloc(sizeof(int) * Max(n, 1));

	memset(counts, 0, sizeof(int) * m->nregions);
	for (uint64 i = 0; i < n; i++)
	{
		idx[i] = row_region(m, i, col);
		counts[idx[i]]++;
	}
	return idx;
}

/* Read anchors, rates and region shares of the market. */
static void
load_figures(GmMarket *m, const char *schema, const char *market,
			 MemoryContext cxt)
{
	StringInfoData sql;
	uint64		n;
	bool		isnull;
	int		   *counts = palloc(sizeof(int) * Max(m->nregions, 1));
	int		   *idx;

	initStringInfo(&sql);

	/* anchors, sorted by year within each region */
	appendStringInfo(&sql,
					 "SELECT region, year, value, basis OPERATOR(pg_catalog.=) 'derived',"
					 GM_PROVENANCE
					 " FROM %s.gpumkt_anchors WHERE market OPERATOR(pg_catalog.=) $1"
					 " ORDER BY region COLLATE \"C\", year", schema);
	n = run_query(sql.data, market);
	idx = row_regions(m, n, 1, counts);
	for (int r = 0; r < m->nregions; r++)
		m->regions[r].anchors = MemoryContextAlloc(cxt, sizeof(GmAnchor) * Max(counts[r], 1));
	for (uint64 i = 0; i < n; i++)
	{
		GmRegion   *reg = &m->regions[idx[i]];
		GmAnchor   *a = &reg->anchors[reg->nanchors++];

		a->year = DatumGetInt32(get_datum(i, 2, &isnull));
		a->value = get_numeric(i, 3, &a->exact, cxt);
		a->derived = DatumGetBool(get_datum(i, 4, &isnull));
		a->provenance = get_text(i, 5, cxt);
	}

	/* rates */
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT region, from_year, to_year, rate,"
					 GM_PROVENANCE
					 " FROM %s.gpumkt_rates WHERE market OPERATOR(pg_catalog.=) $1"
					 " ORDER BY region COLLATE \"C\", to_year", schema);
	n = run_query(sql.data, market);
	idx = row_regions(m, n, 1, counts);
	for (int r = 0; r < m->nregions; r++)
		m->regions[r].rates = MemoryContextAlloc(cxt, sizeof(GmRate) * Max(counts[r], 1));
	for (uint64 i = 0; i < n; i++)
	{
		GmRegion   *reg = &m->regions[idx[i]];
		GmRate	   *rt = &reg->rates[reg->nrates++];

		rt->from_year = DatumGetInt32(get_datum(i, 2, &isnull));
		rt->has_period = !isnull;
		rt->to_year = rt->has_period ? DatumGetInt32(get_datum(i, 3, &isnull)) : 0;
		rt->rate = get_numeric(i, 4, &rt->exact, cxt);
		rt->provenance = get_text(i, 5, cxt);
	}

	/* region shares, sorted by year within each region */
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT region, year, share, of_region,"
					 GM_PROVENANCE
					 " FROM %s.gpumkt_region_shares WHERE market OPERATOR(pg_catalog.=) $1"
					 " ORDER BY region COLLATE \"C\", year", schema);
	n = run_query(sql.data, market);
	idx = row_regions(m, n, 1, counts);
	for (int r = 0; r < m->nregions; r++)
		m->regions[r].shares = MemoryContextAlloc(cxt, sizeof(GmShare) * Max(counts[r], 1));
	for (uint64 i = 0; i < n; i++)
	{
		GmRegion   *reg = &m->regions[idx[i]];
		GmShare    *s = &reg->shares[reg->nshares++];

		s->year = DatumGetInt32(get_datum(i, 2, &isnull));
		s->share = get_numeric(i, 3, &s->exact, cxt);
		s->of_region = row_region(m, i, 4);
		s->provenance = get_text(i, 5, cxt);
	}

	/* segments, in the report's order */
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT s.dimension, d.name, s.segment, s.name, s.share"
					 " FROM %s.gpumkt_segments s JOIN %s.gpumkt_dimensions d"
					 " ON d.market OPERATOR(pg_catalog.=) s.market"
					 " AND d.dimension OPERATOR(pg_catalog.=) s.dimension"
					 " WHERE s.market OPERATOR(pg_catalog.=) $1"
					 " ORDER BY d.ordinal, d.dimension COLLATE \"C\", s.ordinal, s.segment COLLATE \"C\"",
					 schema, schema);
	n = run_query(sql.data, market);
	m->nsegments = (int) n;
	m->segments = MemoryContextAllocZero(cxt, sizeof(GmSegment) * Max(n, 1));
	for (uint64 i = 0; i < n; i++)
	{
		GmSegment  *s = &m->segments[i];

		s->dimension = get_text(i, 1, cxt);
		s->dimension_name = get_text(i, 2, cxt);
		s->segment = get_text(i, 3, cxt);
		s->name = get_text(i, 4, cxt);
		(void) get_datum(i, 5, &isnull);
		s->has_share = !isnull;
		if (s->has_share)
			s->share = get_numeric(i, 5, &s->exact, cxt);
	}
}

/* The cache of this call site, made on first use. */
static GmCache *
get_cache(FunctionCallInfo fcinfo)
{
	GmCache    *c = (GmCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
		char	   *nspname = get_namespace_name(nsp);

		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GmCache));
		c->schema = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
										quote_identifier(nspname));
		c->cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt,
									   "gpumkt market cache",
									   ALLOCSET_SMALL_SIZES);
		c->last_region = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/*
 * Drop the cached markets when the data visible now may differ from what
 * they were read under: another transaction, subtransaction or command, or
 * a snapshot taken after other transactions completed.  Within one query
 * none of these moves; across the statements of a PL/pgSQL loop they do.
 */
static void
forget_stale_data(GmCache *c)
{
	Snapshot	snap = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;
	LocalTransactionId lxid = MyProc->lxid;
	CommandId	cid = snap ? snap->curcid : GetCurrentCommandId(false);
	uint64		completions = snap ? snap->snapXactCompletionCount : 0;
	SubTransactionId subid = GetCurrentSubTransactionId();

	if (c->markets != NULL &&
		(lxid != c->lxid || cid != c->cid || subid != c->subid ||
		 completions != c->completions || snap == NULL))
	{
		MemoryContextReset(c->cxt);
		c->markets = NULL;
		c->last_market = NULL;
	}
	c->lxid = lxid;
	c->cid = cid;
	c->subid = subid;
	c->completions = completions;
}

/*
 * The market named by market (NULL: the regions alone), read from the tables
 * at the first call of this query and kept for the rest of it (and for later
 * statements of the same transaction while the visible data cannot differ).
 */
GmMarket *
gpumkt_get_market(FunctionCallInfo fcinfo, text *market)
{
	GmCache    *c = get_cache(fcinfo);
	const char *name = market ? VARDATA_ANY(market) : "";
	int			len = market ? VARSIZE_ANY_EXHDR(market) : 0;
	GmMarket   *m;
	MemoryContext cxt = c->cxt;
	char	   *mname;
	int			rc;

	forget_stale_data(c);
	for (m = c->markets; m != NULL; m = m->next)
	{
		if ((int) strlen(m->market) == len && memcmp(m->market, name, len) == 0)
			return m;
	}

	mname = market ? text_to_cstring(market) : pstrdup("");
	m = MemoryContextAllocZero(cxt, sizeof(GmMarket));
	m->market = MemoryContextStrdup(cxt, mname);
	m->root = -1;

	if ((rc = SPI_connect()) != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("gpumkt could not connect to SPI: %s",
						SPI_result_code_string(rc))));
	load_regions(m, c->schema, cxt);
	if (market)
	{
		load_market_row(m, c->schema, mname);
		load_figures(m, c->schema, mname, cxt);
	}
	SPI_finish();

	m->next = c->markets;
	c->markets = m;
	return m;
}

/* Up to three regions closest to name, for a hint. */
static char *
closest_regions(GmMarket *m, const char *folded)
{
	int			best[3] = {-1, -1, -1};
	int			bestd[3] = {INT_MAX, INT_MAX, INT_MAX};
	StringInfoData buf;
	int			flen = strlen(folded);

	for (int r = 0; r < m->nregions; r++)
	{
		const char *cands[2] = {m->regions[r].code, m->regions[r].name};
		int			d = INT_MAX;

		for (int k = 0; k < 2; k++)
		{
			char		key[GM_KEYLEN];
			int			dk;

			if (!fold_name(cands[k], strlen(cands[k]), key))
				continue;
			dk = varstr_levenshtein(folded, flen, key, strlen(key), 1, 1, 1, true);
			d = Min(d, dk);
		}
		for (int k = 0; k < 3; k++)
		{
			if (d < bestd[k])
			{
				for (int j = 2; j > k; j--)
				{
					best[j] = best[j - 1];
					bestd[j] = bestd[j - 1];
				}
				best[k] = r;
				bestd[k] = d;
				break;
			}
		}
	}
	initStringInfo(&buf);
	for (int k = 0; k < 3 && best[k] >= 0; k++)
		appendStringInfo(&buf, "%s%s (%s)", k ? ", " : "",
						 m->regions[best[k]].code, m->regions[best[k]].name);
	return buf.data;
}

/* Index of the region that name stands for; unknown names are an error. */
int
gpumkt_find_region(GmMarket *m, text *name)
{
	const char *s = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	char		key[GM_KEYLEN];
	GmLookupEntry *e = NULL;

	if (fold_name(s, len, key))
		e = hash_search(m->lookup, key, HASH_FIND, NULL);
	if (e == NULL)
	{
		char	   *shown = text_to_cstring(name);

		if (!fold_name(s, len, key))
		{
			int			cut = pg_mbcliplen(shown, len, GM_KEYLEN - 1);

			memcpy(key, shown, cut);
			key[cut] = '\0';
		}
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown region \"%s\"", shown),
				 errhint("Closest known regions: %s. Regions are matched by code, English or French name, or ISO 3166 alpha-2 code, ignoring case.",
						 closest_regions(m, key))));
	}
	return e->region;
}

/* Fast path for repeated lookups of the same name at one call site. */
int
gpumkt_find_region_cached(FunctionCallInfo fcinfo, GmMarket *m, text *name)
{
	GmCache    *c = get_cache(fcinfo);
	const char *s = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	int			r;

	if (c->last_market == m && c->last_len == len &&
		memcmp(c->last_name, s, len) == 0)
		return c->last_region;
	r = gpumkt_find_region(m, name);
	if (len < GM_KEYLEN)
	{
		c->last_market = m;
		c->last_len = len;
		memcpy(c->last_name, s, len);
		c->last_region = r;
	}
	return r;
}

/* Does s (len bytes) name the code or the display name, ignoring case? */
static bool
names_match(const char *s, int len, const char *code, const char *display)
{
	char		key[GM_KEYLEN];
	char		other[GM_KEYLEN];

	if (!fold_name(s, len, key))
		return false;
	if (fold_name(code, strlen(code), other) && strcmp(key, other) == 0)
		return true;
	return fold_name(display, strlen(display), other) && strcmp(key, other) == 0;
}

/* The segment named by dimension and segment; unknown names are an error. */
GmSegment *
gpumkt_find_segment(GmMarket *m, text *dimension, text *segment)
{
	const char *ds = VARDATA_ANY(dimension);
	int			dlen = VARSIZE_ANY_EXHDR(dimension);
	const char *ss = VARDATA_ANY(segment);
	int			slen = VARSIZE_ANY_EXHDR(segment);
	const char *dim = NULL;
	StringInfoData known;

	for (int i = 0; i < m->nsegments; i++)
	{
		if (names_match(ds, dlen, m->segments[i].dimension,
						m->segments[i].dimension_name))
		{
			dim = m->segments[i].dimension;
			break;
		}
	}
	initStringInfo(&known);
	if (dim == NULL)
	{
		for (int i = 0; i < m->nsegments; i++)
			if (i == 0 || strcmp(m->segments[i].dimension, m->segments[i - 1].dimension) != 0)
				appendStringInfo(&known, "%s%s", known.len ? ", " : "",
								 m->segments[i].dimension);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown dimension \"%s\" in market \"%s\"",
						text_to_cstring(dimension), m->market),
				 errhint("Known dimensions: %s.", known.len ? known.data : "none")));
	}
	for (int i = 0; i < m->nsegments; i++)
	{
		GmSegment  *sg = &m->segments[i];

		if (strcmp(sg->dimension, dim) != 0)
			continue;
		if (names_match(ss, slen, sg->segment, sg->name))
			return sg;
		appendStringInfo(&known, "%s%s", known.len ? ", " : "", sg->segment);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown segment \"%s\" in dimension \"%s\"",
					text_to_cstring(segment), dim),
			 errhint("Segments of %s: %s.", dim, known.data)));
	return NULL;				/* keep compiler quiet */
}
