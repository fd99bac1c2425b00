/*-------------------------------------------------------------------------
 *
 * ets_search.c
 *	  The searches of the fit of gpumkt_ets: Nelder-Mead (reflection 1,
 *	  expansion 2, contraction 1/2, shrink 1/2, as forecast::ets's) and
 *	  the several starting points of one model (see ets_fit.c's header).
 *	  Plain C.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_search.h"

/* the relative agreement of the simplex that ends a search */
#define NM_TOL 1e-7

/* Order the vertex indices by value (insertion sort: nearly sorted). */
static void
nm_order(int *idx, const double *f, int npts)
{
	for (int i = 1; i < npts; i++)
		for (int k = i; k > 0 && f[idx[k]] < f[idx[k - 1]]; k--)
		{
			int			t = idx[k];

			idx[k] = idx[k - 1];
			idx[k - 1] = t;
		}
}

/* The point c + t (p - c), and its value. */
static double
nm_try(EtsWork *w, const double *c, const double *p, double t, double *out)
{
	for (int i = 0; i < w->dim; i++)
		out[i] = c[i] + t * (p[i] - c[i]);
	return ets_objective(w, out);
}

/* Replace vertex v by p (value fp), keeping the sum of the vertices. */
static void
nm_set(double (*x)[ETS_MAX_DIM], double *f, double *sum, int d, int v,
	   const double *p, double fp)
{
	for (int i = 0; i < d; i++)
	{
		sum[i] += p[i] - x[v][i];
		x[v][i] = p[i];
	}
	f[v] = fp;
}

/* Shrink every vertex halfway towards the best, b. */
static void
nm_shrink(EtsWork *w, double (*x)[ETS_MAX_DIM], double *f, double *sum, int b)
{
	int			d = w->dim;

	for (int i = 0; i < d; i++)
		sum[i] = 0.0;
	for (int k = 0; k <= d; k++)
	{
		if (k != b)
			f[k] = nm_try(w, x[b], x[k], 0.5, x[k]);
		for (int i = 0; i < d; i++)
			sum[i] += x[k][i];
	}
}

/* One step of Nelder-Mead on the simplex ordered by idx. */
static void
nm_step(EtsWork *w, double (*x)[ETS_MAX_DIM], double *f, double *sum,
		const int *idx)
{
	int			d = w->dim,
				hi = idx[d];
	double		c[ETS_MAX_DIM],
				r[ETS_MAX_DIM],
				e[ETS_MAX_DIM],
				fr,
				fe,
				fc;

	for (int i = 0; i < d; i++)
		c[i] = (sum[i] - x[hi][i]) / d;
	fr = nm_try(w, c, x[hi], -1.0, r);
	if (fr < f[idx[0]])
	{
		fe = nm_try(w, c, x[hi], -2.0, e);
		nm_set(x, f, sum, d, hi, fe < fr ? e : r, fe < fr ? fe : fr);
		return;
	}
	if (fr < f[idx[d - 1]])
	{
		nm_set(x, f, sum, d, hi, r, fr);
		return;
	}
	fc = fr < f[hi] ? nm_try(w, c, r, 0.5, e) : nm_try(w, c, x[hi], 0.5, e);
	if (fc < (fr < f[hi] ? fr : f[hi]))
	{
		nm_set(x, f, sum, d, hi, e, fc);
		return;
	}
	nm_shrink(w, x, f, sum, idx[0]);
}

/*
 * Nelder-Mead from u with initial steps step[], until the values of the
 * simplex agree to tol relative or maxeval evaluations; u gets the best
 * point, the value is returned.
 */
static double
nelder_mead(EtsWork *w, double *u, const double *step, int maxeval,
			double tol)
{
	double		x[ETS_MAX_DIM + 1][ETS_MAX_DIM],
				f[ETS_MAX_DIM + 1],
				sum[ETS_MAX_DIM];
	int			idx[ETS_MAX_DIM + 1];
	int			d = w->dim,
				stop = w->evals + maxeval;

	for (int i = 0; i < d; i++)
		sum[i] = 0.0;
	for (int k = 0; k <= d; k++)
	{
		memcpy(x[k], u, sizeof(double) * d);
		if (k > 0)
			x[k][k - 1] += step[k - 1];
		f[k] = ets_objective(w, x[k]);
		idx[k] = k;
		for (int i = 0; i < d; i++)
			sum[i] += x[k][i];
	}
	nm_order(idx, f, d + 1);
	while (w->evals < stop && (f[idx[d]] == HUGE_VAL ||
							   fabs(f[idx[d]] - f[idx[0]]) > tol * (fabs(f[idx[0]]) + 1e-6)))
	{
		nm_step(w, x, f, sum, idx);
		nm_order(idx, f, d + 1);
	}
	memcpy(u, x[idx[0]], sizeof(double) * d);
	return f[idx[0]];
}

/* The first steps: 1 for the parameters, 0.1 for the states (b0 0.02). */
static void
first_steps(const EtsWork *w, double *step, double scale)
{
	int			np = 1 + ets_code_trend(w->code) + ets_code_seasonal(w->code) +
		ets_code_damped(w->code);

	for (int k = 0; k < w->dim; k++)
		step[k] = (k < np ? 1.0 : 0.1) * scale;
	if (ets_code_trend(w->code))
		step[np + 1] = 0.02 * scale;
}

/*
 * The evaluations a search may make: per dimension, at most cap (so that a
 * seasonal model's search makes at most 2,000, forecast::ets's maxit).
 */
static int
budget(const EtsWork *w, int per_dim, int cap)
{
	return per_dim * w->dim < cap ? per_dim * w->dim : cap;
}

/*
 * Search a model's likelihood from several starts (ets_fit.c's header):
 * forecast::ets's start searched to a relative agreement of 1e-6 (on
 * bench/ets_vs_r.sh's series tighter ends change no choice and little
 * else), then for a model without season (a search of at most 5
 * dimensions, cheap) a fast and a slow start each searched briefly and to
 * the end where they lead lower, then the best restarted with smaller
 * steps while a restart gains more than NM_TOL relative (at most three
 * times; once for a seasonal model, as 2.0 did).  A forced model (the only
 * candidate, w->thorough) gets every start, a third one (alpha 0.5) and
 * six restarts whatever they gain, seasonal or not: bench/ets_loglik.sh
 * finds its loglik then no worse than R's on 2,429 of 2,442 forced fits.
 * The extra starts find the optima a single start misses (the
 * exponential and the noisy line of test/sql/ets_family.sql).  u gets the
 * best point.
 */
double
ets_search(EtsWork *w, double *u)
{
	return ets_refine(w, u, ets_screen(w, u));
}

/*
 * The first part of ets_search: forecast::ets's start, and the fast and
 * slow starts of a model without season; u gets the best point.
 */
double
ets_screen(EtsWork *w, double *u)
{
	static const double starts[3][4] = {{0.95, 0.9, 0.05, 0.95},
	{0.02, 0.05, 0.05, 0.9}, {0.5, 0.3, 0.3, 0.9}};
	double		step[ETS_MAX_DIM],
				v[ETS_MAX_DIM];
	double		best,
				f;

	ets_start(w, u, 1e-4 + 0.2 * 0.9998 / w->m, 0.1, 0.05, 0.8 + 0.99 * 0.18);
	first_steps(w, step, 1.0);
	best = nelder_mead(w, u, step, budget(w, 200, 1500), 1e-6);
	for (int s = 0; s < (w->thorough ? 3 : 2) && (w->thorough || !ets_code_seasonal(w->code)); s++)
	{
		ets_start(w, v, starts[s][0], starts[s][1], starts[s][2], starts[s][3]);
		f = nelder_mead(w, v, step, 30 * w->dim, 1e-4);
		if (f < best)
		{
			f = nelder_mead(w, v, step, 200 * w->dim, 1e-6);
			if (f < best)
			{
				best = f;
				memcpy(u, v, sizeof(double) * w->dim);
			}
		}
	}
	return best;
}

/* A quick search from forecast::ets's start (the choice's first round). */
double
ets_quick(EtsWork *w, double *u)
{
	double		step[ETS_MAX_DIM];

	ets_start(w, u, 1e-4 + 0.2 * 0.9998 / w->m, 0.1, 0.05, 0.8 + 0.99 * 0.18);
	first_steps(w, step, 1.0);
	return nelder_mead(w, u, step, ETS_QUICK_EVALS, 1e-4);
}

/*
 * A quick search (ets_quick, value f at u) searched on to the end: the
 * rest of the first start's budget, then ets_refine.
 */
double
ets_search_on(EtsWork *w, double *u, double f)
{
	double		step[ETS_MAX_DIM],
				g;

	first_steps(w, step, 1.0);
	g = nelder_mead(w, u, step, budget(w, 200, 1500) - ETS_QUICK_EVALS, 1e-6);
	return ets_refine(w, u, g < f ? g : f);
}

/*
 * The last part of ets_search: from u (value best), restarts with smaller
 * steps while a restart gains more than NM_TOL relative (at most three
 * times; once for a seasonal model, as 2.0 did).
 */
double
ets_refine(EtsWork *w, double *u, double best)
{
	double		step[ETS_MAX_DIM],
				v[ETS_MAX_DIM];
	double		f;

	static const double scale[6] = {0.5, 0.25, 1.0, 0.5, 1.0, 0.25};

	for (int r = 0; r < (w->thorough ? 6 : ets_code_seasonal(w->code) ? 1 : 3); r++)
	{
		first_steps(w, step, scale[r]);
		memcpy(v, u, sizeof(double) * w->dim);
		f = nelder_mead(w, v, step, budget(w, 50, 500), 1e-6);
		if (!(f < best))
			break;
		memcpy(u, v, sizeof(double) * w->dim);
		if (best - f < NM_TOL * (fabs(best) + 1e-6) && !w->thorough)
		{
			best = f;
			break;
		}
		best = f;
	}
	return best;
}
