/*-------------------------------------------------------------------------
 *
 * regions_lazy.c
 *	  The regions of gpumkt_regions read as they are asked for: a name by
 *	  its key (the indexes on gpumkt_name_key), a code by the primary key,
 *	  and the regions a market's rows name, so that one forecast reads a few
 *	  rows of gpumkt_regions, not all of them.
 *
 * A partial table holds its regions in the order they were read, not by
 * code: gpumkt_region_cmp orders them by code.  A key is answered from the
 * name table only once every region that has it was read (the set of keys
 * asked), so the ranks of regions.c decide as they do over every region.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "gpumkt.h"
#include "names.h"
#include "regions_int.h"

#define GM_REGION_COLUMNS "SELECT region, name, iso2, name_fr, shipped FROM %s.gpumkt_regions"

/* A new name table in cxt, with room. */
static GmNameTable *
new_names(MemoryContext cxt)
{
	GmNameTable *t = MemoryContextAllocZero(cxt, sizeof(GmNameTable));

	t->cxt = cxt;
	gm_rg_grow_names(t, 16);
	return t;
}

/* An empty partial table of regions, in cxt. */
GmRegions *
gpumkt_partial_regions(const char *schema, MemoryContext cxt)
{
	GmRegions  *rg = MemoryContextAllocZero(cxt, sizeof(GmRegions));

	rg->partial = true;
	rg->schema = MemoryContextStrdup(cxt, schema);
	rg->names = new_names(cxt);
	rg->codes = new_names(cxt);
	rg->asked = new_names(cxt);
	return rg;
}

/* The slot of key in t (NULL key: not there). */
static GmNameSlot *
slot_of(const GmNameTable *t, const char *key)
{
	return gm_rg_name_slot(t, key, hash_bytes((const unsigned char *) key,
											  strlen(key)));
}

/* Add the regions of the last query's rows that rg does not hold yet. */
static void
add_rows(GmRegions *rg)
{
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		char	   *code = SPI_getvalue(tup, SPI_tuptable->tupdesc, 1);
		int			r = rg->nregions;

		if (slot_of(rg->codes, code)->key != NULL)
			continue;
		gm_rg_reserve(rg, &rg->cap, 1, rg->names->cxt);
		gm_rg_add_row(rg, tup);
		gm_rg_add_name(rg->codes, rg->regions[r].code, r, 0);
		if (!rg->regions[r].shipped)
			continue;
		/* abbreviations, for the shipped regions they stand for */
		for (int k = 0; k < gm_naliases; k++)
			if (strcmp(gm_aliases[k].region, code) == 0)
				gm_rg_add_name(rg->names, gm_name_key(gm_aliases[k].alias,
													  strlen(gm_aliases[k].alias)),
							   r, GM_RANK_ALIAS);
	}
}

/* Run a query of gpumkt_regions' rows and add them (SPI connected). */
static void
read_rows(GmRegions *rg, const char *sql, int nargs, Oid *types, Datum *values)
{
	int			rc;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args(sql, nargs, types, values, NULL, true, 0);
	/* gpumkt's own SELECT: SPI raises its errors itself */
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	add_rows(rg);
	rg->nlookups++;
	SPI_finish();
}

/*
 * Read every region that answers to key (by code, name, French name, ISO
 * code or abbreviation), unless done already.
 */
void
gpumkt_ask_key(GmRegions *rg, const char *key)
{
	const char *s = rg->schema;
	Datum	   *codes = palloc(sizeof(Datum) * Max(gm_naliases, 1));
	int			n = 0;
	Oid			types[2] = {TEXTOID, TEXTARRAYOID};
	Datum		values[2];

	if (slot_of(rg->asked, key)->key != NULL)
		return;
	for (int k = 0; k < gm_naliases; k++)
		if (strcmp(gm_name_key(gm_aliases[k].alias, strlen(gm_aliases[k].alias)), key) == 0)
			codes[n++] = CStringGetTextDatum(gm_aliases[k].region);
	values[0] = CStringGetTextDatum(key);
	values[1] = PointerGetDatum(construct_array(codes, n, TEXTOID, -1, false, TYPALIGN_INT));
	read_rows(rg, psprintf(GM_REGION_COLUMNS
						   " WHERE %s.gpumkt_name_key(region) OPERATOR(pg_catalog.=) $1"
						   " OR %s.gpumkt_name_key(name) OPERATOR(pg_catalog.=) $1"
						   " OR %s.gpumkt_name_key(name_fr) OPERATOR(pg_catalog.=) $1"
						   " OR %s.gpumkt_name_key(iso2) OPERATOR(pg_catalog.=) $1"
						   " OR region OPERATOR(pg_catalog.=) ANY ($2)",
						   s, s, s, s, s),
			  2, types, values);
	gm_rg_add_name(rg->asked, key, 0, 0);
}

/* Index of the region of an exact code, read if not yet read, or -1. */
int
gpumkt_ask_code(GmRegions *rg, const char *code)
{
	GmNameSlot *slot = slot_of(rg->codes, code);
	Oid			type = TEXTOID;
	Datum		value;

	if (slot->key == NULL)
	{
		value = CStringGetTextDatum(code);
		read_rows(rg, psprintf(GM_REGION_COLUMNS " WHERE region OPERATOR(pg_catalog.=) $1",
							   rg->schema),
				  1, &type, &value);
		slot = slot_of(rg->codes, code);
	}
	return slot->key ? (int) (slot->packed >> 4) : -1;
}

/*
 * Read the regions that market's rows name: its top region, and the
 * regions of its anchors, rates and region shares.
 */
void
gpumkt_ask_market_regions(GmRegions *rg, const char *market)
{
	const char *s = rg->schema;
	Oid			type = TEXTOID;
	Datum		value = CStringGetTextDatum(market);

	read_rows(rg, psprintf(GM_REGION_COLUMNS " WHERE region OPERATOR(pg_catalog.=) ANY (ARRAY("
						   "SELECT root_region FROM %s.gpumkt_markets WHERE market OPERATOR(pg_catalog.=) $1"
						   " UNION SELECT region FROM %s.gpumkt_anchors WHERE market OPERATOR(pg_catalog.=) $1"
						   " UNION SELECT region FROM %s.gpumkt_rates WHERE market OPERATOR(pg_catalog.=) $1"
						   " UNION SELECT region FROM %s.gpumkt_region_shares WHERE market OPERATOR(pg_catalog.=) $1"
						   " UNION SELECT of_region FROM %s.gpumkt_region_shares WHERE market OPERATOR(pg_catalog.=) $1))",
						   s, s, s, s, s, s),
			  1, &type, &value);
}

/* Regions a and b in the order of their codes (byte order). */
int
gpumkt_region_cmp(const GmRegions *rg, int a, int b)
{
	if (!rg->partial || a == b)
		return a < b ? -1 : a > b ? 1 : 0;
	return strcmp(rg->regions[a].code, rg->regions[b].code);
}
