/*-------------------------------------------------------------------------
 *
 * regions.c
 *	  The regions of gpumkt_regions, read once for all markets: an array
 *	  sorted by code, and a hash table from the key of every code, ISO code,
 *	  English and French name and abbreviation (names.c) to its region.
 *
 * When two regions answer to the same key, the shipped region wins over a
 * user's, and among regions of the same kind a code beats an ISO code, an
 * ISO code an English name, an English name a French name, and the
 * abbreviations come after every shipped name; the trigger
 * gpumkt_region_names (guard.c) keeps users from adding such regions.
 *
 * The table is read through a cursor, a batch at a time, so that reading
 * 100,000 regions holds only the regions and their keys, not the rows.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/varlena.h"

#include "gpumkt.h"
#include "names.h"
#include "regions_int.h"

#define GM_FETCH_ROWS 4096		/* rows per batch of the cursor */
#define GM_ARENA_CHUNK 32768	/* bytes per block of region strings */
#define GM_LEV_MAX 255			/* longest string varstr_levenshtein takes */
#define GM_HINT_CELLS 20000000	/* most Levenshtein cells a hint computes */


/* A copy of s (len bytes) with a NUL, from the table's string blocks. */
static const char *
arena_copy(GmNameTable *t, const char *s, int len)
{
	char	   *p;

	if ((Size) len + 1 > t->arena_left)
	{
		Size		sz = Max(GM_ARENA_CHUNK, (Size) len + 1);

		t->arena = MemoryContextAlloc(t->cxt, sz);
		t->arena_left = sz;
	}
	p = t->arena;
	memcpy(p, s, len);
	p[len] = '\0';
	t->arena += len + 1;
	t->arena_left -= len + 1;
	return p;
}

/* Give the table room for want keys (at most 3/4 full), keys kept. */
void
gm_rg_grow_names(GmNameTable *t, uint64 want)
{
	uint32		oldsize = t->size;
	GmNameSlot *old = t->slots;
	uint64		size = 1024;

	while (size * 3 <= want * 4)
		size *= 2;
	if (size <= oldsize)
		return;
	if (size > PG_UINT32_MAX / 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_regions holds too many names to look them up")));
	t->size = (uint32) size;
	t->slots = MemoryContextAllocHuge(t->cxt, sizeof(GmNameSlot) * t->size);
	memset(t->slots, 0, sizeof(GmNameSlot) * t->size);
	for (uint32 i = 0; i < oldsize; i++)
	{
		uint32		j;

		if (old[i].key == NULL)
			continue;
		for (j = old[i].hash & (t->size - 1); t->slots[j].key;
			 j = (j + 1) & (t->size - 1))
			;
		t->slots[j] = old[i];
	}
	if (old)
		pfree(old);
}

/* The slot of key (with its hash): its own, or the empty one it would take. */
GmNameSlot *
gm_rg_name_slot(const GmNameTable *t, const char *key, uint32 hash)
{
	uint32		j = hash & (t->size - 1);

	while (t->slots[j].key &&
		   (t->slots[j].hash != hash || strcmp(t->slots[j].key, key) != 0))
		j = (j + 1) & (t->size - 1);
	return &t->slots[j];
}

/* Give key to region r with rank, unless a lower rank holds it already. */
void
gm_rg_add_name(GmNameTable *t, const char *key, int r, int rank)
{
	uint32		hash;
	GmNameSlot *slot;
	uint32		packed = ((uint32) r << 4) | (uint32) rank;

	if (key[0] == '\0')
		return;
	if (((uint64) t->used + 1) * 4 >= (uint64) t->size * 3)
		gm_rg_grow_names(t, (uint64) t->size);
	hash = hash_bytes((const unsigned char *) key, strlen(key));
	slot = gm_rg_name_slot(t, key, hash);
	if (slot->key == NULL)
	{
		slot->key = arena_copy(t, key, strlen(key));
		slot->hash = hash;
		slot->packed = packed;
		t->used++;
	}
	else if ((uint32) rank < (slot->packed & 15))
		slot->packed = packed;
}

/* The bytes of a text column of the current batch's row, or NULL. */
static const char *
column_bytes(HeapTuple tup, int col, int *len)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, SPI_tuptable->tupdesc, col, &isnull);
	text	   *t;

	if (isnull)
		return NULL;
	t = DatumGetTextPP(d);
	*len = VARSIZE_ANY_EXHDR(t);
	return VARDATA_ANY(t);
}

/* Add the key of a name column of tup for region r (if not NULL). */
static void
add_column_name(GmNameTable *t, HeapTuple tup, int col, int r, int rank)
{
	int			len;
	const char *s = column_bytes(tup, col, &len);

	if (s)
	{
		char	   *key = gm_name_key(s, len);

		gm_rg_add_name(t, key, r, rank);
		pfree(key);
	}
}

/* Append one fetched row to rg, which has room. */
void
gm_rg_add_row(GmRegions *rg, HeapTuple tup)
{
	GmNameTable *t = rg->names;
	GmRegion   *reg;
	int			r = rg->nregions;
	int			len;
	const char *s;
	bool		isnull;
	int			user;
	char	   *key;

	reg = &rg->regions[r];
	s = column_bytes(tup, 1, &len);
	reg->code = arena_copy(t, s, len);
	if (!rg->partial && r > 0 && strcmp(rg->regions[r - 1].code, reg->code) >= 0)
		elog(ERROR, "gpumkt_regions came back out of byte order at \"%s\"", reg->code);
	s = column_bytes(tup, 2, &len);
	reg->name = arena_copy(t, s, len);
	reg->shipped = DatumGetBool(SPI_getbinval(tup, SPI_tuptable->tupdesc, 5, &isnull));
	user = reg->shipped ? 0 : GM_RANK_USER;
	key = gm_name_key(reg->code, strlen(reg->code));
	gm_rg_add_name(t, key, r, GM_RANK_CODE + user);
	pfree(key);
	add_column_name(t, tup, 3, r, GM_RANK_ISO + user);
	add_column_name(t, tup, 2, r, GM_RANK_NAME + user);
	add_column_name(t, tup, 4, r, GM_RANK_NAME_FR + user);
	rg->nregions++;
}

/* Make room for n more regions. */
void
gm_rg_reserve(GmRegions *rg, int *cap, int n, MemoryContext cxt)
{
	int			want = rg->nregions + n;

	if (want <= *cap)
		return;
	want = Max(want, *cap * 2);
	want = Max(want, 16);
	if (rg->regions == NULL)
		rg->regions = MemoryContextAllocHuge(cxt, sizeof(GmRegion) * want);
	else
		rg->regions = repalloc_huge(rg->regions, sizeof(GmRegion) * want);
	*cap = want;
}

/* The number of regions, and of the names they can have (SPI connected). */
static void
count_regions(const char *schema, int *nrows, uint64 *nkeys)
{
	bool		isnull;
	char	   *sql = psprintf("SELECT pg_catalog.count(*), pg_catalog.count(iso2),"
							   " pg_catalog.count(name_fr) FROM %s.gpumkt_regions", schema);
	int			rc = SPI_execute(sql, true, 0);

	/* gpumkt's own SELECT: SPI raises its errors itself */
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(rc));
	if (SPI_processed != 1)
		elog(ERROR, "SPI_execute returned " UINT64_FORMAT " rows counting regions, expected 1",
			 SPI_processed);
	*nrows = (int) Min(DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)),
					   (int64) (MaxAllocHugeSize / sizeof(GmRegion)));
	*nkeys = 2 * (uint64) *nrows +
		DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull)) +
		DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	SPI_freetuptable(SPI_tuptable);
}

/* Read gpumkt_regions (SPI connected) into cxt. */
GmRegions *
gpumkt_load_regions(const char *schema, MemoryContext cxt)
{
	GmRegions  *rg = MemoryContextAllocZero(cxt, sizeof(GmRegions));
	MemoryContext batch = AllocSetContextCreate(CurrentMemoryContext,
												"gpumkt region batch",
												ALLOCSET_DEFAULT_SIZES);
	int			cap = 0;
	int			nrows;
	uint64		nkeys;
	char	   *sql;
	Portal		portal;

	rg->names = MemoryContextAllocZero(cxt, sizeof(GmNameTable));
	rg->names->cxt = cxt;
	/* room for every region and key at once: no copy while growing */
	count_regions(schema, &nrows, &nkeys);
	gm_rg_grow_names(rg->names, nkeys + gm_naliases);
	gm_rg_reserve(rg, &cap, nrows, cxt);
	sql = psprintf("SELECT region, name, iso2, name_fr, shipped FROM %s.gpumkt_regions"
				   " ORDER BY region COLLATE pg_catalog.\"C\"", schema);
	portal = SPI_cursor_open_with_args(NULL, sql, 0, NULL, NULL, NULL, true, 0);
	for (;;)
	{
		MemoryContext old;

		SPI_cursor_fetch(portal, true, GM_FETCH_ROWS);
		if (SPI_processed == 0)
			break;
		gm_rg_reserve(rg, &cap, (int) SPI_processed, cxt);
		old = MemoryContextSwitchTo(batch);
		for (uint64 i = 0; i < SPI_processed; i++)
			gm_rg_add_row(rg, SPI_tuptable->vals[i]);
		MemoryContextSwitchTo(old);
		MemoryContextReset(batch);
		SPI_freetuptable(SPI_tuptable);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_cursor_close(portal);
	MemoryContextDelete(batch);

	/* abbreviations, for the shipped regions they stand for */
	for (int i = 0; i < gm_naliases; i++)
	{
		int			r = gpumkt_region_by_code(rg, gm_aliases[i].region);

		if (r >= 0 && rg->regions[r].shipped)
			gm_rg_add_name(rg->names, gm_name_key(gm_aliases[i].alias,
											strlen(gm_aliases[i].alias)),
					 r, GM_RANK_ALIAS);
	}
	return rg;
}

/*
 * Region index of an exact code (binary search; when partial, looked up and
 * read if not yet read, SPI connected), or -1.
 */
int
gpumkt_region_by_code(const GmRegions *rg, const char *code)
{
	int			lo = 0,
				hi = rg->nregions - 1;

	if (rg->partial)
		return gpumkt_ask_code(unconstify(GmRegions *, rg), code);
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = strcmp(rg->regions[mid].code, code);

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* The best three regions found so far for a hint, and the work done. */
typedef struct GmHint
{
	int			n;
	int			region[3];
	int			dist[3];
	int			shipped[3];
	bool		seen;			/* a name was compared */
	uint64		cells;
} GmHint;

/* Does (d, shipped, r) come before entry k of the hint? */
static bool
hint_before(const GmHint *h, int k, int d, bool shipped, int r)
{
	if (d != h->dist[k])
		return d < h->dist[k];
	if (shipped != (bool) h->shipped[k])
		return shipped;
	return r < h->region[k];
}

/* Offer region r at distance d to the hint. */
static void
hint_offer(GmHint *h, int r, int d, bool shipped)
{
	int			k;

	for (k = 0; k < h->n; k++)
	{
		if (h->region[k] == r)
		{
			if (d >= h->dist[k])
				return;
			/* a nearer key of a region already there: take it out */
			memmove(&h->region[k], &h->region[k + 1], sizeof(int) * (h->n - k - 1));
			memmove(&h->dist[k], &h->dist[k + 1], sizeof(int) * (h->n - k - 1));
			memmove(&h->shipped[k], &h->shipped[k + 1], sizeof(int) * (h->n - k - 1));
			h->n--;
			break;
		}
	}
	for (k = h->n; k > 0 && hint_before(h, k - 1, d, shipped, r); k--)
	{
		if (k < 3)
		{
			h->region[k] = h->region[k - 1];
			h->dist[k] = h->dist[k - 1];
			h->shipped[k] = h->shipped[k - 1];
		}
	}
	if (k < 3)
	{
		h->region[k] = r;
		h->dist[k] = d;
		h->shipped[k] = shipped;
		h->n = Min(h->n + 1, 3);
	}
}

/*
 * The distance of key (klen bytes, kchars characters) to a candidate: the
 * Levenshtein distance, or one more than the distance to the candidate's
 * first kchars characters when that is less (a name typed in part, such as
 * "Moyen Orient" for "Moyen-Orient & Afrique"); maxd + 1 when above maxd.
 * The cells computed are added to *cells.
 */
static int
hint_distance(const char *key, int klen, int kchars, const char *cand,
			  int clen, int cchars, int maxd, uint64 *cells)
{
	int			d = maxd + 1;

	if (kchars - cchars <= maxd)
	{
		*cells += (uint64) (kchars + 1) * Min(cchars + 1, 2 * maxd + 1);
		d = varstr_levenshtein_less_equal(key, klen, cand, clen, 1, 1, 1, maxd, true);
	}
	if (cchars > kchars && d > 1)
	{
		int			plen = pg_mbcharcliplen(cand, clen, kchars);
		int			dp;

		*cells += (uint64) (kchars + 1) * Min(kchars + 1, 2 * maxd + 1);
		dp = varstr_levenshtein_less_equal(key, klen, cand, plen, 1, 1, 1,
										   Min(maxd, d - 2), true) + 1;
		d = Min(d, dp);
	}
	return d;
}

/* Offer every key of the given ranks; false when the work budget ran out. */
static bool
hint_pass(const GmRegions *rg, const char *key, int klen, int kchars,
		  bool user_pass, GmHint *h)
{
	const GmNameTable *t = rg->names;

	for (uint32 i = 0; i < t->size; i++)
	{
		const GmNameSlot *s = &t->slots[i];
		int			r = s->packed >> 4;
		int			slen,
					cchars,
					most,
					d;

		if ((i & 255) == 0)
			CHECK_FOR_INTERRUPTS();
		if (s->key == NULL || ((s->packed & 15) >= GM_RANK_USER) != user_pass)
			continue;
		slen = pg_mbcliplen(s->key, strlen(s->key), GM_LEV_MAX);
		cchars = pg_mbstrlen_with_len(s->key, slen);
		h->seen = true;
		/*
		 * As core's hints of column names: a name more than half of whose
		 * characters differ is no hint ('EMEA' is not close to 'CA' or
		 * 'DE'); half of the shorter, the part compared
		 */
		most = Min(h->n == 3 ? h->dist[2] : GM_LEV_MAX,
				   Max(1, Min(cchars, kchars) / 2));
		d = hint_distance(key, klen, kchars, s->key, slen, cchars, most,
						  &h->cells);
		if (h->cells > GM_HINT_CELLS)
			return false;
		if (d <= most)
			hint_offer(h, r, d, rg->regions[r].shipped);
	}
	return true;
}

/* The unrecognized-region error for name, with the closest names as a hint. */
static void
report_unrecognized(const GmRegions *rg, text *name, const char *key)
{
	GmHint		h;
	bool		complete;
	StringInfoData buf;
	int			klen = pg_mbcliplen(key, strlen(key), GM_LEV_MAX);
	char	   *shown = gm_echo(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));

	if (key[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized region \"%s\"", shown),
				 errhint("Regions are matched by the letters and digits of their names, and this name has none.")));
	memset(&h, 0, sizeof(h));
	complete = hint_pass(rg, key, klen, pg_mbstrlen_with_len(key, klen), false, &h) &&
		hint_pass(rg, key, klen, pg_mbstrlen_with_len(key, klen), true, &h);
	initStringInfo(&buf);
	for (int k = 0; k < h.n; k++)
		appendStringInfo(&buf, "%s%s (%s)", k ? ", " : "",
						 gm_echo(rg->regions[h.region[k]].name,
								 strlen(rg->regions[h.region[k]].name)),
						 rg->regions[h.region[k]].code);
	if (!h.seen)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized region \"%s\"", shown),
				 errhint("Table gpumkt_regions holds no region with a name to compare with.")));
	if (h.n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized region \"%s\"", shown),
				 complete ?
				 errhint("No region has a name close to it. Regions are matched by code, English or French name, ISO 3166 alpha-2 code or a common abbreviation (USA, UK, APAC, ...), ignoring case, accents, spaces, hyphens and punctuation.") :
				 errhint("No region among the first ones compared has a name close to it. Regions are matched by code, English or French name, ISO 3166 alpha-2 code or a common abbreviation (USA, UK, APAC, ...), ignoring case, accents, spaces, hyphens and punctuation.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized region \"%s\"", shown),
			 complete ?
			 errhint("Closest names: %s. Regions are matched by code, English or French name, ISO 3166 alpha-2 code or a common abbreviation (USA, UK, APAC, ...), ignoring case, accents, spaces, hyphens and punctuation.",
					 buf.data) :
			 errhint("Closest names among the first ones compared: %s. Regions are matched by code, English or French name, ISO 3166 alpha-2 code or a common abbreviation (USA, UK, APAC, ...), ignoring case, accents, spaces, hyphens and punctuation.",
					 buf.data)));
}

/* Index of the region that name stands for; unrecognized names are an error. */
int
gpumkt_find_region(const GmRegions *rg, text *name)
{
	char	   *key = gm_name_key(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	GmNameSlot *slot;

	if (key[0] != '\0')
	{
		if (rg->partial)
			gpumkt_ask_key(unconstify(GmRegions *, rg), key);
		slot = gm_rg_name_slot(rg->names, key, hash_bytes((const unsigned char *) key,
													strlen(key)));
		if (slot->key)
		{
			pfree(key);
			return slot->packed >> 4;
		}
	}
	if (rg->partial)
	{
		/* the closest names come from every region */
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		rg = gpumkt_load_regions(rg->schema, CurrentMemoryContext);
	}
	report_unrecognized(rg, name, key);
	return -1;					/* keep compiler quiet */
}
