/*-------------------------------------------------------------------------
 *
 * auto_calib.c
 *	  The in-sample multi-step errors of gpumkt_auto_model's combination
 *	  (issue 19, intervals), plain C: each component run again over the
 *	  series from its fitted initial states, and from every point the
 *	  combination's forecasts 1 .. H steps ahead compared with the values
 *	  that followed.  Their mean squares, one per horizon, are stored in
 *	  the combination (its extras: AUTO_CALIB_*), and its intervals are
 *	  never narrower than those errors say (ets_forecast.c,
 *	  combination_floor).
 *
 * Why: the closed forms and the simulation give the spread of the model's
 * own errors if the model were true.  A combination of models fitted to a
 * series that none of them describes (a bond yield, a stock index) errs
 * more at longer horizons than any of them expects, and its in-sample
 * h-step errors show it (the empirical intervals of Williams and Goodman
 * 1971).  The errors are absolute, y - f: errors relative to the level
 * (or to the forecast) were measured too, and scored worse on the interval
 * score (docs/method.md).  Measured on bench/accuracy.sh's set in
 * docs/method.md.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "auto_model.h"

/* A component's states while it runs over the series. */
typedef struct CalibRun
{
	EtsModel   *st;				/* its fixed part; level, trend, data[] the
								 * states at the current origin */
	double		l,
				b;
	double	   *ring;			/* seasonal states by point (m) */
} CalibRun;

/* The horizons calibrated for a series of n points, cycle period. */
int
auto_calib_horizons(int n, int period)
{
	int			h = 2 * period > 8 ? 2 * period : 8;

	if (h > AUTO_CALIB_MAX_H)
		h = AUTO_CALIB_MAX_H;
	return h < n / 2 ? h : n / 2;
}

/* Set up component c's run from its initial states (ETS_INIT_SIZE). */
static void
calib_start(CalibRun *r, const EtsModel *c, const double *init, double *room)
{
	r->st = (EtsModel *) room;
	memcpy(r->st, c, offsetof(EtsModel, data));
	r->ring = room + offsetof(EtsModel, data) / sizeof(double) + c->m;
	r->l = init[0];
	r->b = init[1];
	memcpy(r->ring, init + 2, sizeof(double) * c->m);
}

/*
 * The combination's forecast h steps after origin t (states before y[t]);
 * of a component's seasonal states only the one h steps on is set, the
 * only one its forecast reads (a cycle's every state would cost m a call).
 */
static double
calib_point(CalibRun *runs, const double *w, int k, int t, int h)
{
	double		f = 0.0;

	for (int i = 0; i < k; i++)
	{
		EtsModel   *st = runs[i].st;

		st->level = runs[i].l;
		st->trend = runs[i].b;
		if (st->m > 1)
			st->data[(h - 1) % st->m] = runs[i].ring[(t + h - 1) % st->m];
		f += w[i] * ets_ets_point(st, h);
	}
	return f;
}

/*
 * The mean squares of the in-sample h-step errors y - f of the
 * combination of comps[0..k-1] (weights w, initial states init[i]) on
 * y[0..n-1], h = 1 .. AUTO_CALIB horizons, into extra (auto_model.h: the
 * mode, AUTO_CALIB_ABSOLUTE, then one per horizon); room holds AUTO_NCOMP *
 * AUTO_CALIB_ROOM(period) doubles.  Returns the doubles written: 0 when
 * there is nothing sound to store (errors that are not finite).
 */
int
auto_calibrate(const double *y, int n, EtsModel **comps, double **init,
			   const double *w, int k, double *extra, double *room)
{
	CalibRun	runs[AUTO_NCOMP];
	int			hmax = auto_calib_horizons(n, comps[0]->period);
	double		sum[AUTO_CALIB_MAX_H] = {0};

	if (hmax < 1)
		return 0;
	for (int i = 0; i < k; i++)
		calib_start(&runs[i], comps[i], init[i],
					room + i * AUTO_CALIB_ROOM(comps[0]->period));
	for (int t = 0; t < n; t++)
	{
		for (int h = 1; h <= hmax && t + h <= n; h++)
		{
			double		e = y[t + h - 1] - calib_point(runs, w, k, t, h);

			sum[h - 1] += e * e;
		}
		for (int i = 0; i < k; i++)
		{
			EtsModel   *st = runs[i].st;
			int			m = st->m;

			ets_update(st->code, st->alpha, st->beta, st->gamma, st->phi,
					   &runs[i].l, &runs[i].b, &runs[i].ring[m > 1 ? t % m : 0], y[t]);
		}
	}
	extra[0] = AUTO_CALIB_ABSOLUTE;
	for (int h = 0; h < hmax; h++)
	{
		/* the origins of horizon h + 1: n - h */
		extra[1 + h] = sum[h] / (n - h);
		if (!isfinite(extra[1 + h]))
			return 0;
	}
	return 1 + hmax;
}

/*
 * Are a combination's extras ones auto_calibrate could write: none, or the
 * mode and a mean square >= 0 for each horizon it calibrates (the
 * generic check saw that they are finite)?
 */
bool
auto_calib_valid(const EtsModel *mod)
{
	const double *x = ETS_EXTRA(mod);

	if (mod->nextra == 0)
		return true;
	if (mod->nextra != 1 + auto_calib_horizons(mod->n, mod->period) ||
		x[0] != AUTO_CALIB_ABSOLUTE)
		return false;
	for (int h = 1; h < mod->nextra; h++)
		if (!(x[h] >= 0.0))
			return false;
	return true;
}
