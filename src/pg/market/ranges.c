/*-------------------------------------------------------------------------
 *
 * ranges.c
 *	  The structural bounds of a market's shares, applied once when the
 *	  market is read (data.c): what the other figures of the report imply
 *	  for each share beyond its own stated interval.
 *
 * The rules (docs/method.md, "Ranges"):
 *	- a region's share of a region lies in [0, 1 - the sum of the lower
 *	  bounds of the shares of the same region, in the same year, that the
 *	  other regions have];
 *	- where the region and the region it is a share of both have an anchor
 *	  in the share's year, the share lies within the ratio of their
 *	  intervals, [a.lo / p.hi, a.hi / p.lo];
 *	- a known segment share lies in [0, 1 - the lower bounds of the other
 *	  known shares of its dimension];
 *	- a derived segment share (basis derived) whose dimension's other
 *	  segments all have shares is the rest of the dimension: [1 - their
 *	  upper bounds, 1 - their lower bounds];
 *	- an unknown segment share lies in [0, 1 - the lower bounds of the known
 *	  shares of its dimension], and, when it is the only unknown one, at
 *	  least 1 - their upper bounds.
 * A bound that would leave the interval empty (the figures contradict each
 * other; the audit says so) is not applied.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "gpumkt.h"

/* A region share, by the region it is a share of and its year. */
typedef struct ShareRef
{
	int			of_region;
	int32		year;
	GmShare    *share;
} ShareRef;

/* Order of ShareRef: by of_region (in the order of codes of arg), then year. */
static int
shareref_cmp(const void *a, const void *b, void *arg)
{
	const ShareRef *x = a;
	const ShareRef *y = b;

	if (x->of_region != y->of_region)
		return gpumkt_region_cmp((const GmRegions *) arg, x->of_region, y->of_region);
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return 0;
}

/* Narrow [*lo, *hi] to [lo, hi] unless that leaves nothing. */
static void
narrow(double *lo, double *hi, double new_lo, double new_hi)
{
	double		l = Max(*lo, new_lo);
	double		h = Min(*hi, new_hi);

	if (l <= h)
	{
		*lo = l;
		*hi = h;
	}
}

/* The anchor of region r in year, or NULL. */
static const GmAnchor *
anchor_in(const GmMarket *m, int r, int32 year)
{
	const GmFigures *f = gpumkt_figures(m, r);

	for (int i = 0; i < f->nanchors; i++)
		if (f->anchors[i].year == year)
			return &f->anchors[i];
	return NULL;
}

/* A share bounded by the anchors of its region and its parent in its year. */
static void
bound_by_anchors(const GmMarket *m, int r, GmShare *sh)
{
	const GmAnchor *a = anchor_in(m, r, sh->year);
	const GmAnchor *p = anchor_in(m, sh->of_region, sh->year);

	if (a && p && p->lo > 0.0)
		narrow(&sh->lo, &sh->hi, a->lo / p->hi, a->hi / p->lo);
}

/* The region shares' bounds: siblings' lower bounds, then anchors. */
static void
bound_region_shares(GmMarket *m)
{
	int			n = 0;
	ShareRef   *refs;

	for (int i = 0; i < m->nfigures; i++)
		for (int k = 0; k < m->figures[i].nshares; k++)
		{
			GmShare    *sh = &m->figures[i].shares[k];

			/* from the stated interval, so that a scenario can widen it again */
			sh->lo = sh->stated_lo;
			sh->hi = sh->stated_hi;
			n++;
		}
	if (n == 0)
		return;
	refs = palloc(sizeof(ShareRef) * n);
	n = 0;
	for (int i = 0; i < m->nfigures; i++)
		for (int k = 0; k < m->figures[i].nshares; k++)
		{
			GmShare    *sh = &m->figures[i].shares[k];

			refs[n].of_region = sh->of_region;
			refs[n].year = sh->year;
			refs[n++].share = sh;
		}
	qsort_arg(refs, n, sizeof(ShareRef), shareref_cmp, unconstify(GmRegions *, m->rg));
	for (int g = 0, e; g < n; g = e)
	{
		double		sum_lo = 0.0;

		for (e = g; e < n && shareref_cmp(&refs[g], &refs[e], unconstify(GmRegions *, m->rg)) == 0; e++)
			sum_lo += refs[e].share->lo;
		for (int k = g; k < e; k++)
			narrow(&refs[k].share->lo, &refs[k].share->hi, 0.0,
				   1.0 - (sum_lo - refs[k].share->lo));
	}
	pfree(refs);
	for (int i = 0; i < m->nfigures; i++)
		for (int k = 0; k < m->figures[i].nshares; k++)
			bound_by_anchors(m, m->figures[i].region, &m->figures[i].shares[k]);
}

/* The bounds of the segments of one dimension, segs[0..n). */
static void
bound_dimension(GmSegment *segs, int n)
{
	double		known_lo = 0.0,
				known_hi = 0.0;
	int			unknown = 0;

	for (int i = 0; i < n; i++)
	{
		segs[i].lo = segs[i].stated_lo;
		segs[i].hi = segs[i].stated_hi;
		if (segs[i].has_share)
		{
			known_lo += segs[i].lo;
			known_hi += segs[i].hi;
		}
		else
			unknown++;
	}
	for (int i = 0; i < n; i++)
	{
		GmSegment  *sg = &segs[i];
		double		others_lo = known_lo - (sg->has_share ? sg->lo : 0.0);
		double		others_hi = known_hi - (sg->has_share ? sg->hi : 0.0);

		if (sg->has_share && sg->derived && unknown == 0)
		{
			/* the rest of the dimension: the interval of what it comes from */
			sg->lo = Max(0.0, 1.0 - others_hi);
			sg->hi = Min(1.0, Max(sg->lo, 1.0 - others_lo));
		}
		else if (sg->has_share)
			narrow(&sg->lo, &sg->hi, 0.0, 1.0 - others_lo);
		else
			narrow(&sg->lo, &sg->hi, unknown == 1 ? 1.0 - others_hi : 0.0,
				   1.0 - others_lo);
	}
}

/* Apply the structural bounds of the header comment to market m. */
void
gm_bound_market(GmMarket *m)
{
	int			first = 0;

	bound_region_shares(m);
	for (int i = 1; i <= m->nsegments; i++)
	{
		if (i == m->nsegments ||
			strcmp(m->segments[i].dimension, m->segments[first].dimension) != 0)
		{
			bound_dimension(&m->segments[first], i - first);
			first = i;
		}
	}
}
