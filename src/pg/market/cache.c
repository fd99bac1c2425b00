/*-------------------------------------------------------------------------
 *
 * cache.c
 *	  One cache per backend, shared by every call site of every gpumkt
 *	  function: the regions (those asked for, regions_lazy.c, or all of them
 *	  once many were asked for one at a time, regions.c) and each market's
 *	  figures (read by data.c on the first call that names the market).
 *
 * The cache holds what one snapshot sees: it is dropped when the data
 * visible may differ (another transaction or subtransaction, another
 * command of this one, or a snapshot with another horizon or other
 * transactions in progress, that is, after others committed), and at the
 * end of every transaction.  Within one query none of these moves, so the
 * calls of a query, and of the SQL functions it calls (gpumkt_audit), share
 * one read of the tables; across the statements of a PL/pgSQL loop, or of a
 * read-committed transaction, the data is read again when it may differ.
 * Memory: the regions asked for (or all of them once), and per market
 * only its own figures.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"

#include "gpumkt.h"

#define GM_FAST_NAME 128		/* longest region name a call site remembers */
#define GM_LAZY_LOOKUPS 1000	/* lookups of regions, one at a time, before
								 * the rest of the snapshot reads them all */

/*
 * The backend's local transaction id, which tells one transaction from the
 * next: PGPROC's lxid up to PostgreSQL 16, vxid.lxid from 17 on.
 */
#if PG_VERSION_NUM >= 170000
#define GM_MY_LXID (MyProc->vxid.lxid)
#else
#define GM_MY_LXID (MyProc->lxid)
#endif

/* Connect to SPI (a failure cannot happen: an internal error). */
static void
connect_spi(void)
{
	int			rc;

	if ((rc = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(rc));
}

/*
 * What decides the data a statement sees: the transaction, the
 * subtransaction, and the active snapshot's horizon, transactions in
 * progress and command id.  Two snapshots equal in these see the same rows.
 */
typedef struct GmSnapKey
{
	Oid			nsp;			/* the extension's schema */
	LocalTransactionId lxid;
	SubTransactionId subid;
	CommandId	curcid;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
	TransactionId *xip;			/* xcnt, then subxcnt ids, in key_cxt */
	int			xip_size;		/* room in xip */
} GmSnapKey;

/* The backend's cache: what one snapshot of the tables gives. */
typedef struct GmCache
{
	MemoryContext cxt;			/* everything below; reset when data moves */
	MemoryContext key_cxt;		/* the key's ids */
	uint64		generation;		/* counts resets */
	bool		keyed;			/* the key below is set */
	GmSnapKey	key;
	char	   *schema;			/* quoted name of the extension's schema */
	GmRegions  *regions;
	bool		all_regions;	/* read every region, not those asked for */
	GmMarket   *markets;
} GmCache;

/* What one call site remembers between calls (fn_extra). */
typedef struct GmCallSite
{
	Oid			nsp;
	uint64		market_generation;
	GmMarket   *market;			/* the market of the last call */
	uint64		name_generation;
	int			name_len;		/* the last region name, and its region */
	char		name[GM_FAST_NAME];
	int			region;
	void	   *extra;			/* the caller's own (gpumkt_call_site_extra) */
	uint64		scenario_generation;
	GmMarket   *scenario;		/* the market with the last scenario */
} GmCallSite;

static GmCache cache;

/* Drop everything cached. */
static void
reset_cache(void)
{
	if (cache.cxt)
		MemoryContextReset(cache.cxt);
	cache.regions = NULL;
	cache.all_regions = false;
	cache.markets = NULL;
	cache.schema = NULL;
	cache.keyed = false;
	cache.generation++;
}

/* At the end of a transaction, the cache goes with it. */
static void
cache_xact_callback(XactEvent event, void *arg)
{
	(void) arg;
	if (cache.keyed &&
		(event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		 event == XACT_EVENT_PARALLEL_COMMIT ||
		 event == XACT_EVENT_PARALLEL_ABORT || event == XACT_EVENT_PREPARE))
		reset_cache();
}

/* The call site's memory, made on first use. */
static GmCallSite *
call_site(FunctionCallInfo fcinfo)
{
	GmCallSite *cs = (GmCallSite *) fcinfo->flinfo->fn_extra;

	if (cs == NULL)
	{
		cs = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GmCallSite));
		cs->nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
		/* no name yet: not even the empty one (generation 0 is a real one) */
		cs->name_len = -1;
		fcinfo->flinfo->fn_extra = cs;
	}
	return cs;
}

/* Does the key describe snap (in schema nsp, now)? */
static bool
key_matches(const GmSnapKey *k, Snapshot snap, Oid nsp)
{
	return k->nsp == nsp && k->lxid == GM_MY_LXID &&
		k->subid == GetCurrentSubTransactionId() &&
		k->curcid == snap->curcid && k->xmin == snap->xmin &&
		k->xmax == snap->xmax && k->xcnt == snap->xcnt &&
		k->subxcnt == snap->subxcnt && k->suboverflowed == snap->suboverflowed &&
		memcmp(k->xip, snap->xip, sizeof(TransactionId) * snap->xcnt) == 0 &&
		memcmp(k->xip + snap->xcnt, snap->subxip,
			   sizeof(TransactionId) * snap->subxcnt) == 0;
}

/* Make the key describe snap. */
static void
set_key(GmSnapKey *k, Snapshot snap, Oid nsp)
{
	int			n = snap->xcnt + Max(snap->subxcnt, 0);

	if (k->xip == NULL || n > k->xip_size)
	{
		k->xip_size = Max(n, 16);
		if (k->xip)
			pfree(k->xip);
		k->xip = MemoryContextAlloc(cache.key_cxt, sizeof(TransactionId) * k->xip_size);
	}
	k->nsp = nsp;
	k->lxid = GM_MY_LXID;
	k->subid = GetCurrentSubTransactionId();
	k->curcid = snap->curcid;
	k->xmin = snap->xmin;
	k->xmax = snap->xmax;
	k->xcnt = snap->xcnt;
	k->subxcnt = snap->subxcnt;
	k->suboverflowed = snap->suboverflowed;
	memcpy(k->xip, snap->xip, sizeof(TransactionId) * snap->xcnt);
	if (snap->subxcnt > 0)
		memcpy(k->xip + snap->xcnt, snap->subxip, sizeof(TransactionId) * snap->subxcnt);
}

/*
 * Drop the cache when the data visible now may differ from what it was read
 * under (or when there is no snapshot to tell), or when it was read for
 * another schema.
 */
static void
forget_stale_data(Oid nsp)
{
	Snapshot	snap = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;

	if (cache.cxt == NULL)
	{
		cache.cxt = AllocSetContextCreate(TopMemoryContext, "gpumkt cache",
										  ALLOCSET_DEFAULT_SIZES);
		cache.key_cxt = AllocSetContextCreate(TopMemoryContext, "gpumkt cache key",
											  ALLOCSET_SMALL_SIZES);
		RegisterXactCallback(cache_xact_callback, NULL);
	}
	if (snap == NULL || (cache.keyed && !key_matches(&cache.key, snap, nsp)))
		reset_cache();
	if (!cache.keyed)
	{
		if (snap)
			set_key(&cache.key, snap, nsp);
		else
			memset(&cache.key, 0, offsetof(GmSnapKey, xip));
		cache.keyed = true;
		cache.schema = MemoryContextStrdup(cache.cxt,
										   quote_identifier(get_namespace_name(nsp)));
	}
}

/*
 * Does schema nsp hold gpumkt_name_key(text), which the indexes that look
 * regions up by name use (from 1.3 on)?
 */
static bool
has_name_key(Oid nsp)
{
	Oid			text_type = TEXTOID;

	return OidIsValid(GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid,
									  CStringGetDatum("gpumkt_name_key"),
									  PointerGetDatum(buildoidvector(&text_type, 1)),
									  ObjectIdGetDatum(nsp)));
}

/*
 * The regions for this snapshot (SPI connected): those asked for, read as
 * they are, or every region once many were asked for one at a time.
 */
static GmRegions *
ensure_regions(void)
{
	if (cache.regions == NULL)
		cache.regions = cache.all_regions || !has_name_key(cache.key.nsp) ?
			gpumkt_load_regions(cache.schema, cache.cxt) :
			gpumkt_partial_regions(cache.schema, cache.cxt);
	return cache.regions;
}

/*
 * The cache for this snapshot, at the start of a call: when its regions
 * were looked up one at a time too often (a query over many regions, such
 * as gpumkt_audit), start again reading them all at once.
 */
static void
prepare_cache(Oid nsp)
{
	forget_stale_data(nsp);
	if (cache.regions && cache.regions->partial &&
		cache.regions->nlookups > GM_LAZY_LOOKUPS)
	{
		reset_cache();
		forget_stale_data(nsp);
		cache.all_regions = true;
	}
}

/*
 * The market named by market, read from the tables at the first call that
 * names it under the current snapshot, and kept while the data visible
 * cannot differ.
 */
GmMarket *
gpumkt_get_market(FunctionCallInfo fcinfo, text *market)
{
	GmCallSite *cs = call_site(fcinfo);
	const char *name = VARDATA_ANY(market);
	int			len = VARSIZE_ANY_EXHDR(market);
	GmMarket   *m;

	prepare_cache(cs->nsp);
	if (cs->market_generation == cache.generation && cs->market &&
		strlen(cs->market->market) == (size_t) len &&
		memcmp(cs->market->market, name, len) == 0)
		return cs->market;
	for (m = cache.markets; m != NULL; m = m->next)
	{
		if (strlen(m->market) == (size_t) len && memcmp(m->market, name, len) == 0)
			break;
	}
	if (m == NULL)
	{
		connect_spi();
		m = MemoryContextAllocZero(cache.cxt, sizeof(GmMarket));
		m->market = MemoryContextStrdup(cache.cxt, text_to_cstring(market));
		m->rg = ensure_regions();
		gpumkt_load_market(m, cache.schema, cache.cxt);
		SPI_finish();
		m->next = cache.markets;
		cache.markets = m;
	}
	cs->market = m;
	cs->market_generation = cache.generation;
	return m;
}

/* The regions alone (for gpumkt_resolve_region). */
const GmRegions *
gpumkt_get_regions(FunctionCallInfo fcinfo)
{
	GmCallSite *cs = call_site(fcinfo);

	prepare_cache(cs->nsp);
	if (cache.regions == NULL)
	{
		connect_spi();
		ensure_regions();
		SPI_finish();
	}
	return cache.regions;
}

/* gpumkt_find_region, remembering the last name looked up at the call site. */
int
gpumkt_find_region_cached(FunctionCallInfo fcinfo, const GmRegions *rg,
						  text *name)
{
	GmCallSite *cs = call_site(fcinfo);
	const char *s = VARDATA_ANY(name);
	int			len = VARSIZE_ANY_EXHDR(name);
	int			r;

	if (cs->name_generation == cache.generation && cs->name_len == len &&
		memcmp(cs->name, s, len) == 0)
		return cs->region;
	r = gpumkt_find_region(rg, name);
	if (len < GM_FAST_NAME)
	{
		cs->name_generation = cache.generation;
		cs->name_len = len;
		memcpy(cs->name, s, len);
		cs->region = r;
	}
	return r;
}

/*
 * A slot the calling function may keep its own data in, for the life of
 * the call site (allocate it in fn_mcxt), as fn_extra holds the cache's.
 */
void	  **
gpumkt_call_site_extra(FunctionCallInfo fcinfo)
{
	return &call_site(fcinfo)->extra;
}

/*
 * Does the scenario market m bear the name in s (a text)?  A scenario's
 * name is a lower-case identifier: 'Bull' names scenario bull.
 */
static bool
is_scenario(const GmMarket *m, const text *s)
{
	int			len = VARSIZE_ANY_EXHDR(s);

	return strlen(m->scenario) == (size_t) len &&
		pg_strncasecmp(m->scenario, VARDATA_ANY(s), len) == 0;
}

/* The scenario name in s, its ASCII letters lower-cased; palloc'd. */
static char *
scenario_name(const text *s)
{
	char	   *name = text_to_cstring(s);

	for (char *c = name; *c; c++)
		*c = pg_ascii_tolower((unsigned char) *c);
	return name;
}

/*
 * Market m with scenario applied (scenario.c), built at the first call
 * that names it under the current snapshot and kept with m.
 */
static GmMarket *
get_scenario(FunctionCallInfo fcinfo, GmMarket *m, text *scenario)
{
	GmCallSite *cs = call_site(fcinfo);
	GmMarket   *sm;

	if (cs->scenario_generation == cache.generation && cs->scenario &&
		strcmp(cs->scenario->market, m->market) == 0 && is_scenario(cs->scenario, scenario))
		return cs->scenario;
	for (sm = m->scenarios; sm != NULL; sm = sm->next)
		if (is_scenario(sm, scenario))
			break;
	if (sm == NULL)
	{
		connect_spi();
		sm = gm_scenario_market(m, scenario_name(scenario), cache.schema, cache.cxt);
		SPI_finish();
		sm->next = m->scenarios;
		m->scenarios = sm;
	}
	cs->scenario = sm;
	cs->scenario_generation = cache.generation;
	return sm;
}

/* Market m in unit, built at the first call that names it and kept with m. */
GmMarket *
gpumkt_unit_of(GmMarket *m, text *unit)
{
	GmMarket   *um;

	for (um = m->units; um != NULL; um = um->next)
		if (gm_unit_matches(um, unit))
			return um;
	um = gm_unit_market(m, unit, cache.cxt);
	um->next = m->units;
	m->units = um;
	return um;
}

/*
 * The market of argument market_argno, with the scenario of argument
 * scenario_argno applied (none: -1).
 */
GmMarket *
gpumkt_market_scenario(FunctionCallInfo fcinfo, int market_argno,
					   int scenario_argno)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(market_argno));

	if (scenario_argno < 0)
		return m;
	return get_scenario(fcinfo, m, PG_GETARG_TEXT_PP(scenario_argno));
}
