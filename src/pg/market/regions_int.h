/*-------------------------------------------------------------------------
 *
 * regions_int.h
 *	  The name table of the regions, shared by regions.c (every region) and
 *	  regions_lazy.c (the regions asked for).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_REGIONS_INT_H
#define GPUMKT_REGIONS_INT_H

#include "gpumkt.h"

/* ranks of the kinds of key: lower wins (see the header comment) */
#define GM_RANK_CODE 0
#define GM_RANK_ISO 1
#define GM_RANK_NAME 2
#define GM_RANK_NAME_FR 3
#define GM_RANK_ALIAS 4
#define GM_RANK_USER 5			/* added to the rank of a user's region */

/* One key of the name table: region << 4 | rank in packed. */
typedef struct GmNameSlot
{
	const char *key;			/* NULL: an empty slot */
	uint32		hash;
	uint32		packed;
} GmNameSlot;

struct GmNameTable
{
	uint32		size;			/* a power of two */
	uint32		used;
	GmNameSlot *slots;
	MemoryContext cxt;
	char	   *arena;			/* where the next string goes */
	Size		arena_left;
};

extern void gm_rg_grow_names(GmNameTable *t, uint64 want);
extern GmNameSlot *gm_rg_name_slot(const GmNameTable *t, const char *key,
								   uint32 hash);
extern void gm_rg_add_name(GmNameTable *t, const char *key, int r, int rank);
extern void gm_rg_add_row(GmRegions *rg, HeapTuple tup);
extern void gm_rg_reserve(GmRegions *rg, int *cap, int n, MemoryContext cxt);

#endif							/* GPUMKT_REGIONS_INT_H */
