/*-------------------------------------------------------------------------
 *
 * gpumkt.h
 *	  Declarations shared by the C files of gpumkt: error reporting for
 *	  growth math, and the per-query cache of a market's tables.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_H
#define GPUMKT_H

#include "fmgr.h"
#include "utils/hsearch.h"
#include "utils/numeric.h"

#include "growth_math.h"

/* How a forecast value was obtained; names are in gpumkt_basis_names. */
typedef enum GmBasis
{
	GM_BASIS_REPORTED = 0,
	GM_BASIS_DERIVED,
	GM_BASIS_INTERPOLATED,
	GM_BASIS_EXTRAPOLATED,
	GM_BASIS_SHARE_OF_PARENT
} GmBasis;

extern const char *const gpumkt_basis_names[];

typedef struct GmAnchor
{
	int32		year;
	double		value;
	Numeric		exact;			/* the stored value, returned unchanged */
	bool		derived;
	char	   *provenance;		/* basis, qualifier and quote, for traces */
} GmAnchor;

typedef struct GmRate
{
	bool		has_period;
	int32		from_year;
	int32		to_year;
	double		rate;
	Numeric		exact;
	char	   *provenance;
} GmRate;

typedef struct GmShare
{
	int32		year;
	double		share;
	Numeric		exact;
	int			of_region;		/* index into GmMarket.regions */
	char	   *provenance;
} GmShare;

typedef struct GmRegion
{
	char	   *code;
	char	   *name;
	char	   *iso2;			/* NULL unless a country */
	int			parent;			/* index, or -1 */
	int			nanchors;
	GmAnchor   *anchors;		/* sorted by year */
	int			nrates;
	GmRate	   *rates;
	int			nshares;
	GmShare    *shares;			/* sorted by year */
} GmRegion;

typedef struct GmSegment
{
	char	   *dimension;
	char	   *dimension_name;
	char	   *segment;
	char	   *name;
	bool		has_share;
	double		share;
	Numeric		exact;
} GmSegment;

typedef struct GmMarket
{
	struct GmMarket *next;		/* other markets cached at the same call site */
	char	   *market;
	int			root;			/* index of the market's top region */
	int			nregions;
	GmRegion   *regions;
	HTAB	   *lookup;			/* lower-cased code, name, ISO -> index */
	int			nsegments;
	GmSegment  *segments;
} GmMarket;

/* growth.c */
extern void gpumkt_report_status(GmStatus st, const char *fname,
								 const char *const *names, int bad_arg);

/* data.c */
extern GmMarket *gpumkt_get_market(FunctionCallInfo fcinfo, text *market);
extern int	gpumkt_find_region(GmMarket *m, text *name);
extern int	gpumkt_find_region_cached(FunctionCallInfo fcinfo, GmMarket *m,
									  text *name);
extern GmSegment *gpumkt_find_segment(GmMarket *m, text *dimension,
									  text *segment);

#endif							/* GPUMKT_H */
