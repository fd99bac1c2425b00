/*-------------------------------------------------------------------------
 *
 * ets_series.c
 *	  From the points a gpumkt_ets group collected to the regular series it
 *	  fits, the detection of the cycle, and the accuracy of the fitted
 *	  values.  Plain C, no server calls.
 *
 * The series: points sharing a t are summed; the step is the greatest
 * common divisor of the differences between consecutive t, and it must be
 * one of those differences (else the times have no constant step); the
 * points missing on that grid, at most 30 % of it, are filled in linearly
 * between their neighbours.
 *
 * The cycle (seasonality NULL over integer t): the lag among the
 * candidates whose autocorrelation of the first differences is the
 * highest, if it is above 2 / sqrt(n - 1) (about the 95 % bound of white
 * noise) and the series holds two full cycles; else none.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

/* qsort order of points by t. */
static int
point_cmp(const void *a, const void *b)
{
	int64_t		x = ((const EtsPoint *) a)->x;
	int64_t		y = ((const EtsPoint *) b)->x;

	return (x > y) - (x < y);
}

/* The greatest common divisor. */
static uint64_t
gcd64(uint64_t a, uint64_t b)
{
	while (b != 0)
	{
		uint64_t	r = a % b;

		a = b;
		b = r;
	}
	return a;
}

/* Sort the points and sum those sharing a t; false if a sum overflows. */
static bool
merge_points(EtsPoint *pts, int *npts)
{
	int			k = 0;

	qsort(pts, *npts, sizeof(EtsPoint), point_cmp);
	for (int i = 0; i < *npts; i++)
	{
		if (k > 0 && pts[k - 1].x == pts[i].x)
			pts[k - 1].v += pts[i].v;
		else
			pts[k++] = pts[i];
		if (!isfinite(pts[k - 1].v))
			return false;
	}
	*npts = k;
	return true;
}

/*
 * The regular grid of the points (sorted and merged here, *npts updated):
 * ETS_TOO_FEW under 3 distinct t, ETS_NOT_FINITE for a value or sum that
 * is not finite, ETS_STEP when no difference is the step (gap_from and
 * gap_to two points off it), ETS_TOO_LONG past ETS_MAX_N points, ETS_GAPS
 * when more than 30 % would be filled in (gap_* the widest gap).
 */
EtsStatus
ets_grid(EtsPoint *pts, int *npts, EtsGrid *g)
{
	uint64_t	step = 0,
				span,
				widest = 0,
				mindiff = UINT64_MAX;
	int			n = *npts;

	memset(g, 0, sizeof(*g));
	for (int i = 0; i < n; i++)
		if (!isfinite(pts[i].v))
			return ETS_NOT_FINITE;
	if (!merge_points(pts, npts))
		return ETS_NOT_FINITE;
	n = *npts;
	if (n < 3)
		return ETS_TOO_FEW;
	for (int i = 1; i < n; i++)
	{
		uint64_t	d = (uint64_t) pts[i].x - (uint64_t) pts[i - 1].x;

		step = gcd64(d, step);
		if (d < mindiff)
			mindiff = d;
		if (d > widest)
		{
			widest = d;
			g->gap_from = pts[i - 1].x;
			g->gap_to = pts[i].x;
		}
	}
	span = (uint64_t) pts[n - 1].x - (uint64_t) pts[0].x;
	g->t0 = pts[0].x;
	if (step != mindiff || step > (uint64_t) INT64_MAX)
	{
		for (int i = 1; i < n; i++)
			if (((uint64_t) pts[i].x - (uint64_t) pts[i - 1].x) % mindiff != 0)
			{
				g->gap_from = pts[i - 1].x;
				g->gap_to = pts[i].x;
				break;
			}
		return ETS_STEP;
	}
	g->step = (int64_t) step;
	if (span / step >= ETS_MAX_N || span > (uint64_t) (INT64_MAX / 2))
		return ETS_TOO_LONG;
	g->n = (int) (span / step) + 1;
	g->filled = g->n - n;
	if (g->filled > ETS_MAX_MISSING * g->n)
		return ETS_GAPS;
	return ETS_OK;
}

/* The regular series of the grid, missing points filled in linearly. */
void
ets_fill(const EtsPoint *pts, int npts, const EtsGrid *g, double *y)
{
	int			k = 0;

	for (int i = 1; i < npts; i++)
	{
		int64_t		a = (int64_t) (((uint64_t) pts[i - 1].x - (uint64_t) g->t0) / (uint64_t) g->step);
		int64_t		b = (int64_t) (((uint64_t) pts[i].x - (uint64_t) g->t0) / (uint64_t) g->step);

		for (int64_t j = a; j < b; j++)
			y[k++] = pts[i - 1].v + (pts[i].v - pts[i - 1].v) * (double) (j - a) / (double) (b - a);
	}
	y[k] = pts[npts - 1].v;
}

/* Autocorrelation of the first differences of y at lag m. */
static double
diff_acf(const double *y, int n, int m)
{
	double		mean = 0.0,
				num = 0.0,
				den = 0.0;

	for (int t = 1; t < n; t++)
		mean += (y[t] - y[t - 1]) / (n - 1);
	for (int t = 1; t < n; t++)
	{
		double		d = y[t] - y[t - 1] - mean;

		den += d * d;
		if (t + m < n)
			num += d * (y[t + m] - y[t + m - 1] - mean);
	}
	return den > 0.0 ? num / den : 0.0;
}

/*
 * The cycle among the candidates: the one of highest autocorrelation of
 * the differences, when significant and with two full cycles; else 1.
 */
int
ets_detect_season(const double *y, int n, const int *cand, int ncand)
{
	int			best = 1;
	double		best_r = 2.0 / sqrt((double) (n > 2 ? n - 1 : 1));

	for (int i = 0; i < ncand; i++)
	{
		double		r;

		if (cand[i] < 2 || (int64_t) cand[i] * 2 > n)
			continue;
		r = diff_acf(y, n, cand[i]);
		if (isfinite(r) && r > best_r)
		{
			best_r = r;
			best = cand[i];
		}
	}
	return best;
}

/*
 * The accuracy of the one-step fitted values: MAE, RMSE, MASE (scaled by
 * the mean absolute change over one cycle of the series, or one step
 * without a cycle; NaN when that is zero) and sMAPE in percent.
 */
void
ets_accuracy(const double *y, const double *fit, int n, int period,
			 EtsModel *mod)
{
	double		ae = 0.0,
				se = 0.0,
				sm = 0.0,
				scale = 0.0;

	for (int t = 0; t < n; t++)
	{
		double		e = y[t] - fit[t];
		double		den = fabs(y[t]) + fabs(fit[t]);

		ae += fabs(e) / n;
		se += (e / n) * e;
		if (den > 0.0)
			sm += 200.0 * (fabs(e) / den) / n;
		if (t >= period)
			scale += fabs(y[t] - y[t - period]) / (n - period);
	}
	mod->mae = ae;
	mod->rmse = sqrt(se);
	mod->mase = scale > 0.0 ? ae / scale : NAN;
	mod->smape = sm > 200.0 ? 200.0 : sm;
}

/* The centre (midrange) and half-range of the series; false if not finite. */
bool
ets_centre_scale(const double *y, int n, double *c, double *s)
{
	double		lo = y[0],
				hi = y[0];

	for (int i = 0; i < n; i++)
	{
		if (!isfinite(y[i]))
			return false;
		lo = y[i] < lo ? y[i] : lo;
		hi = y[i] > hi ? y[i] : hi;
	}
	*c = lo / 2 + hi / 2;
	*s = hi / 2 - lo / 2;
	if (!(*s > 0.0))
		*s = 1.0;
	return true;
}
