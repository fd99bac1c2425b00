/*-------------------------------------------------------------------------
 *
 * ets_fit.c
 *	  The fit of gpumkt_ets: maximum likelihood by a Nelder-Mead search
 *	  over the smoothing parameters and the initial states, for each
 *	  additive-error model the series supports, and the choice by AICc.
 *	  Plain C, no server calls; the caller's hook is called once per
 *	  evaluation of the likelihood, so that a query can be cancelled.
 *
 * The series is first scaled to z = (y - c) / s with c its midrange and s
 * its half-range, so that every value is in [-1, 1] and the search works
 * alike for any units; the states are scaled back at the end.
 *
 * The search is over unbounded coordinates mapped into the admissible
 * region (the "usual" bounds of Hyndman et al. 2008, as forecast::ets
 * uses them): alpha = L(u), beta = alpha L(u),
 * gamma = (1 - alpha) L(u), phi = 0.8 + 0.18 L(u), L the logistic
 * function scaled into [1e-4, 0.9999], and each initial state = its heuristic estimate + u.
 *
 * The heuristic (as forecast::ets's initstate): the seasonal states are
 * the mean, per season, of the residuals of a straight line through the
 * first two or three cycles, centred; l0 and b0 the intercept and slope of
 * a line through the first max(10, 2m) seasonally adjusted points (l0
 * their mean without a trend).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_math.h"

/* largest search: 4 parameters, l0, b0, ETS_OPT_MAX_M - 1 seasonal states */
#define MAX_DIM (6 + ETS_OPT_MAX_M - 1)
#define LOG_2PI 1.8378770664093453

/* The series and the model being fitted. */
typedef struct Work
{
	const double *z;			/* the scaled series */
	int			n;
	int			m;				/* cycle of the model, 1 without season */
	int			kind;
	int			nseas;			/* seasonal states searched over */
	int			dim;
	double		l0,
				b0;				/* heuristic initial states */
	double	   *season0;		/* heuristic seasonal states (m) */
	double	   *ring;			/* seasonal states while running (m) */
	EtsInterruptHook interrupt;
} Work;

/* The model's quantities at a point of the search. */
typedef struct Params
{
	double		alpha,
				beta,
				gamma,
				phi,
				l0,
				b0;
} Params;

/* The logistic function, into [1e-4, 0.9999] (forecast::ets's bounds). */
static double
logistic(double u)
{
	return 1e-4 + 0.9998 / (1.0 + exp(-u));
}

/* Its inverse. */
static double
logit(double p)
{
	p = (p - 1e-4) / 0.9998;
	return log(p / (1.0 - p));
}

/* Intercept and slope of the line through (1, v0), ..., (k, v(k-1)). */
static void
line_fit(const double *v, int k, double *a, double *b)
{
	double		mx = (k + 1) / 2.0,
				my = 0.0,
				sxy = 0.0,
				sxx = 0.0;

	for (int i = 0; i < k; i++)
		my += v[i] / k;
	for (int i = 0; i < k; i++)
	{
		sxy += (i + 1 - mx) * (v[i] - my);
		sxx += (i + 1 - mx) * (i + 1 - mx);
	}
	*b = sxx > 0.0 ? sxy / sxx : 0.0;
	*a = my - *b * mx;
}

/* The heuristic seasonal states (centred), into w->season0. */
static void
init_season(Work *w)
{
	int			cycles = w->n / w->m < 3 ? w->n / w->m : 3;
	int			k = cycles * w->m;
	double		a,
				b,
				mean = 0.0;

	line_fit(w->z, k, &a, &b);
	for (int j = 0; j < w->m; j++)
		w->season0[j] = 0.0;
	for (int i = 0; i < k; i++)
		w->season0[i % w->m] += (w->z[i] - a - b * (i + 1)) / cycles;
	for (int j = 0; j < w->m; j++)
		mean += w->season0[j] / w->m;
	for (int j = 0; j < w->m; j++)
		w->season0[j] -= mean;
}

/* The heuristic level and trend, from the seasonally adjusted start. */
static void
init_level(Work *w)
{
	int			k = w->m * 2 > 10 ? w->m * 2 : 10;
	double		mx,
				my = 0.0,
				sxy = 0.0,
				sxx = 0.0;

	if (k > w->n)
		k = w->n;
	mx = (k + 1) / 2.0;
	for (int i = 0; i < k; i++)
		my += (w->z[i] - (w->m > 1 ? w->season0[i % w->m] : 0.0)) / k;
	for (int i = 0; i < k; i++)
	{
		double		v = w->z[i] - (w->m > 1 ? w->season0[i % w->m] : 0.0);

		sxy += (i + 1 - mx) * (v - my);
		sxx += (i + 1 - mx) * (i + 1 - mx);
	}
	w->b0 = 0.0;
	w->l0 = my;
	if (ets_kind_trend(w->kind))
	{
		w->b0 = sxx > 0.0 ? sxy / sxx : 0.0;
		w->l0 = my - w->b0 * mx;
	}
}

/* The quantities at search point u. */
static void
decode(const Work *w, const double *u, Params *p)
{
	int			i = 1;

	p->alpha = logistic(u[0]);
	p->beta = ets_kind_trend(w->kind) ? p->alpha * logistic(u[i++]) : 0.0;
	p->gamma = ets_kind_seasonal(w->kind) ? (1.0 - p->alpha) * logistic(u[i++]) : 0.0;
	p->phi = ets_kind_damped(w->kind) ? 0.8 + 0.18 * logistic(u[i++]) :
		(ets_kind_trend(w->kind) ? 1.0 : 0.0);
	p->l0 = w->l0 + u[i++];
	p->b0 = ets_kind_trend(w->kind) ? w->b0 + u[i++] : 0.0;
	if (w->m > 1)
	{
		double		last = w->season0[w->m - 1];

		for (int j = 0; j < w->m - 1; j++)
		{
			double		d = j < w->nseas ? u[i + j] : 0.0;

			w->ring[j] = w->season0[j] + d;
			last -= d;
		}
		w->ring[w->m - 1] = last;
	}
}

/*
 * Run the model over the series from the states in p (seasonal states in
 * w->ring, which it updates): the sum of squared one-step errors; the
 * fitted values into fit and the final level and trend when asked.
 */
static double
run(const Work *w, const Params *p, double *fit, double *level, double *trend)
{
	double		l = p->l0,
				b = p->b0,
				sse = 0.0;
	int			j = 0;

	for (int t = 0; t < w->n; t++)
	{
		double		s = w->m > 1 ? w->ring[j] : 0.0;
		double		yhat = l + p->phi * b + s;
		double		e = w->z[t] - yhat;

		if (fit)
			fit[t] = yhat;
		sse += e * e;
		l = l + p->phi * b + p->alpha * e;
		b = p->phi * b + p->beta * e;
		if (w->m > 1)
		{
			w->ring[j] = s + p->gamma * e;
			if (++j == w->m)
				j = 0;
		}
	}
	if (level)
		*level = l;
	if (trend)
		*trend = b;
	return sse;
}

/* The SSE alone, as run() but without outputs and branches (the search). */
static double
run_sse(const Work *w, const Params *p)
{
	double		l = p->l0,
				b = p->b0,
				sse = 0.0;
	const double *z = w->z;
	double	   *ring = w->ring;
	int			n = w->n,
				m = w->m,
				j = 0;

	if (m == 1)
	{
		for (int t = 0; t < n; t++)
		{
			double		e = z[t] - (l + p->phi * b);

			sse += e * e;
			l = l + p->phi * b + p->alpha * e;
			b = p->phi * b + p->beta * e;
		}
		return sse;
	}
	for (int t = 0; t < n; t++)
	{
		double		e = z[t] - (l + p->phi * b + ring[j]);

		sse += e * e;
		l = l + p->phi * b + p->alpha * e;
		b = p->phi * b + p->beta * e;
		ring[j] += p->gamma * e;
		if (++j == m)
			j = 0;
	}
	return sse;
}

/* The objective: n log(SSE / n), +HUGE_VAL where it is not finite. */
static double
objective(Work *w, const double *u)
{
	Params		p;
	double		sse;

	if (w->interrupt)
		w->interrupt();
	decode(w, u, &p);
	sse = run_sse(w, &p);
	if (!isfinite(sse))
		return HUGE_VAL;
	if (sse < 1e-300)
		sse = 1e-300;
	return w->n * log(sse / w->n);
}

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
nm_try(Work *w, const double *c, const double *p, double t, double *out)
{
	for (int i = 0; i < w->dim; i++)
		out[i] = c[i] + t * (p[i] - c[i]);
	return objective(w, out);
}

/* Replace vertex v by p (value fp), keeping the sum of the vertices. */
static void
nm_set(double (*x)[MAX_DIM], double *f, double *sum, int d, int v,
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
nm_shrink(Work *w, double (*x)[MAX_DIM], double *f, double *sum, int b)
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

/*
 * One step of Nelder-Mead on the simplex ordered by idx (reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2); returns the evaluations made.
 */
static int
nm_step(Work *w, double (*x)[MAX_DIM], double *f, double *sum, const int *idx)
{
	int			d = w->dim,
				hi = idx[d];
	double		c[MAX_DIM],
				r[MAX_DIM],
				e[MAX_DIM],
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
		return 2;
	}
	if (fr < f[idx[d - 1]])
	{
		nm_set(x, f, sum, d, hi, r, fr);
		return 1;
	}
	fc = fr < f[hi] ? nm_try(w, c, r, 0.5, e) : nm_try(w, c, x[hi], 0.5, e);
	if (fc < (fr < f[hi] ? fr : f[hi]))
	{
		nm_set(x, f, sum, d, hi, e, fc);
		return 2;
	}
	nm_shrink(w, x, f, sum, idx[0]);
	return 2 + d;
}

/*
 * Nelder-Mead from u with initial steps step[], until the values of the
 * simplex agree to 1e-6 relative (forecast::ets uses 1e-8; the search runs
 * twice, and on bench/ets_vs_r.sh's series the models and their accuracy
 * are the same, in two thirds of the time) or maxeval evaluations; u gets
 * the best point, the value is returned.
 */
static double
nelder_mead(Work *w, double *u, const double *step, int maxeval)
{
	double		x[MAX_DIM + 1][MAX_DIM],
				f[MAX_DIM + 1],
				sum[MAX_DIM];
	int			idx[MAX_DIM + 1];
	int			d = w->dim,
				evals = d + 1;

	for (int i = 0; i < d; i++)
		sum[i] = 0.0;
	for (int k = 0; k <= d; k++)
	{
		memcpy(x[k], u, sizeof(double) * d);
		if (k > 0)
			x[k][k - 1] += step[k - 1];
		f[k] = objective(w, x[k]);
		idx[k] = k;
		for (int i = 0; i < d; i++)
			sum[i] += x[k][i];
	}
	nm_order(idx, f, d + 1);
	while (evals < maxeval &&
		   fabs(f[idx[d]] - f[idx[0]]) > 1e-6 * (fabs(f[idx[0]]) + 1e-6))
	{
		evals += nm_step(w, x, f, sum, idx);
		nm_order(idx, f, d + 1);
	}
	memcpy(u, x[idx[0]], sizeof(double) * d);
	return f[idx[0]];
}

/* Set up the work for a kind: the dimension and the heuristic states. */
static void
work_kind(Work *w, int kind, int m)
{
	w->kind = kind;
	w->m = ets_kind_seasonal(kind) ? m : 1;
	w->nseas = (w->m > 1 && w->m <= ETS_OPT_MAX_M) ? w->m - 1 : 0;
	w->dim = 1 + (ets_kind_trend(kind) ? 2 : 0) + (ets_kind_seasonal(kind) ? 1 : 0) +
		(ets_kind_damped(kind) ? 1 : 0) + 1 + w->nseas;
	if (w->m > 1)
		init_season(w);
	init_level(w);
}

/* Search the kind's likelihood from the usual start, then once again. */
static double
search_kind(Work *w, double *u)
{
	double		step[MAX_DIM];
	double		alpha = w->m > 1 ? 0.1 : 0.2;
	int			i = 1;
	double		f;

	memset(u, 0, sizeof(double) * MAX_DIM);
	u[0] = logit(alpha);
	if (ets_kind_trend(w->kind))
		u[i++] = logit(0.1);
	if (ets_kind_seasonal(w->kind))
		u[i++] = logit(0.05);
	if (ets_kind_damped(w->kind))
		u[i++] = logit((0.97 - 0.8) / 0.18);
	for (int k = 0; k < w->dim; k++)
		step[k] = k < i ? 1.0 : 0.1;
	if (ets_kind_trend(w->kind))
		step[i + 1] = 0.02;
	f = nelder_mead(w, u, step, 200 * w->dim);
	for (int k = 0; k < w->dim; k++)
		step[k] *= 0.5;
	f = nelder_mead(w, u, step, 50 * w->dim);
	return f;
}

/* The AICc (on the scaled series) of a kind at its best value f. */
static double
aicc_of(int kind, int n, int m, double f)
{
	double		k = ets_kind_nparams(kind, m) + 1;

	if (n - k - 1 <= 0)
		return HUGE_VAL;
	return f + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
}

/* The kind to fit: the forced one, or the one of least AICc. */
static int
choose_kind(Work *w, const EtsOptions *opt, int m, double *best_u)
{
	double		u[MAX_DIM];
	double		best = HUGE_VAL;
	int			kind = -1;

	if (opt->force >= 0)
	{
		work_kind(w, opt->force, m);
		search_kind(w, best_u);
		return opt->force;
	}
	for (int k = 0; k < ETS_NKINDS; k++)
	{
		double		a;

		if (!ets_kind_supported(k, w->n, m) ||
			(k != ETS_ANN && aicc_of(k, w->n, m, 0.0) == HUGE_VAL))
			continue;
		work_kind(w, k, m);
		a = aicc_of(k, w->n, m, search_kind(w, u));
		if (kind < 0 || a < best)
		{
			best = a;
			kind = k;
			memcpy(best_u, u, sizeof(u));
		}
	}
	return kind;
}

/* Scale the best fit back into the model: states, fitted values, stats. */
static void
finish(Work *w, const double *u, double c, double s, const double *y,
	   EtsModel *mod)
{
	Params		p;
	double		*fit;
	double		sse = 0.0,
				l,
				b,
				k = ets_kind_nparams(w->kind, w->m);

	mod->kind = w->kind;
	mod->m = w->m;
	fit = ETS_FITTED(mod);
	decode(w, u, &p);
	run(w, &p, fit, &l, &b);
	for (int t = 0; t < w->n; t++)
	{
		fit[t] = c + s * fit[t];
		sse += (y[t] - fit[t]) * (y[t] - fit[t]);
	}
	for (int j = 0; j < w->m && w->m > 1; j++)
		mod->data[j] = s * w->ring[(w->n + j) % w->m];
	mod->alpha = p.alpha;
	mod->beta = p.beta;
	mod->gamma = p.gamma;
	mod->phi = ets_kind_trend(w->kind) ? p.phi : 1.0;
	mod->level = c + s * l;
	mod->trend = s * b;
	mod->sigma2 = sse / (w->n - k);
	if (sse < 1e-300)
		sse = 1e-300;
	mod->loglik = -0.5 * w->n * (LOG_2PI + 1.0 + log(sse / w->n));
	k += 1.0;
	mod->aicc = (w->n - k - 1 > 0) ?
		-2.0 * mod->loglik + 2.0 * k + 2.0 * k * (k + 1) / (w->n - k - 1) : NAN;
}

/*
 * Fit y[0..n-1] (a regular series) as opt asks, into mod, which has room
 * for n points and a cycle of opt->season (ETS_MODEL_SIZE); scratch holds
 * ETS_SCRATCH(n, season) doubles.  Sets every field but the varlena
 * header and those of time (tkind, tunit, t0, step, trem, filled).
 */
EtsStatus
ets_fit(const double *y, int n, const EtsOptions *opt, EtsModel *mod,
		double *scratch)
{
	Work		w;
	double		u[MAX_DIM];
	double		c,
				s;
	int			m = opt->season > 1 ? opt->season : 1;
	double	   *z = scratch;
	int			kind;

	if (n < 3)
		return ETS_TOO_FEW;
	if (n > ETS_MAX_N)
		return ETS_TOO_LONG;
	if (!ets_centre_scale(y, n, &c, &s))
		return ETS_NOT_FINITE;
	if (m > 1 && (int64_t) m * 2 > n)
		return ETS_SEASON_LONG;
	if (opt->force >= 0 && !ets_kind_supported(opt->force, n, m))
		return ETS_MODEL_DATA;
	for (int i = 0; i < n; i++)
		z[i] = (y[i] - c) / s;
	memset(&w, 0, sizeof(w));
	w.z = z;
	w.n = n;
	w.season0 = scratch + n;
	w.ring = scratch + n + m;
	w.interrupt = opt->interrupt;
	memset(u, 0, sizeof(u));
	kind = choose_kind(&w, opt, m, u);
	if (kind < 0)
		return ETS_NO_FIT;
	work_kind(&w, kind, m);
	mod->version = ETS_VERSION;
	mod->flags = 0;
	mod->n = n;
	mod->period = m;
	finish(&w, u, c, s, y, mod);
	ets_accuracy(y, ETS_FITTED(mod), n, m, mod);
	if (!isfinite(mod->sigma2) || !isfinite(mod->level) || !isfinite(mod->trend) ||
		!isfinite(mod->mae) || !isfinite(mod->rmse))
		return ETS_NO_FIT;
	for (int i = 0; i < n + (mod->m > 1 ? mod->m : 0); i++)
		if (!isfinite(mod->data[i]))
			return ETS_NO_FIT;
	return ETS_OK;
}
