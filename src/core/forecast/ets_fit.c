/*-------------------------------------------------------------------------
 *
 * ets_fit.c
 *	  The fit of gpumkt_ets: maximum likelihood by Nelder-Mead searches
 *	  from several starting points over the smoothing parameters and the
 *	  initial states, for each model of the family the series and the
 *	  model argument allow, and the choice by AICc (as forecast::ets).
 *	  Plain C, no server calls; the caller's hook is called once per
 *	  evaluation of the likelihood, so that a query can be cancelled.
 *
 * The likelihood is forecast::ets's: lik = n log(sum e^2), e the one-step
 * errors (A error) or relative errors (M error, plus 2 sum log|yhat|);
 * loglik = -lik / 2, AICc = lik + 2k + 2k(k+1)/(n-k-1), k the estimated
 * quantities plus the variance.
 *
 * The series is scaled first: z = (y - c) / s (c the midrange, s the
 * half-range) for the purely additive models, z = y / max(y) for those
 * with a multiplicative part, so that the search works alike for any
 * units; lik on y is lik on z + 2 n log s, and the states are scaled back
 * at the end.
 *
 * The search is over unbounded coordinates mapped into the "usual" bounds
 * of forecast::ets: alpha = L(u), beta = alpha L(u), gamma = (1 - alpha)
 * L(u), phi = 0.8 + 0.18 L(u), L the logistic function into [1e-4,
 * 0.9999], each initial state its heuristic value + u (ets_init.c);
 * outside the admissible region the objective is +infinity.
 *
 * The starting points (ets_search.c): forecast::ets's own (alpha 0.2/m,
 * beta 0.1 alpha, gamma 0.05 (1 - alpha), phi 0.978), then for a model
 * without season, or a forced one, a fast one (alpha 0.95, beta 0.9
 * alpha) and a slow one (alpha 0.02, beta 0.05 alpha), each searched
 * briefly and on where it leads lower; the best is restarted with smaller
 * steps.  A single start stops in local optima: 1.3^t over 8 points (AAN:
 * alpha, beta near 1) and a noisy straight line (AAN: alpha near 0).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_init.h"
#include "ets_math.h"
#include "ets_search.h"

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

/* The quantities at search point u (seasonal states into w->ring). */
void
ets_decode(const EtsWork *w, const double *u, EtsParams *p)
{
	int			i = 1;

	p->alpha = logistic(u[0]);
	p->beta = ets_code_trend(w->code) ? p->alpha * logistic(u[i++]) : 0.0;
	p->gamma = ets_code_seasonal(w->code) ? (1.0 - p->alpha) * logistic(u[i++]) : 0.0;
	p->phi = ets_code_damped(w->code) ? 0.8 + 0.18 * logistic(u[i++]) : 1.0;
	p->l0 = w->l0 + u[i++];
	p->b0 = ets_code_trend(w->code) ? w->b0 + u[i++] : 0.0;
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

/* The start u of the parameters (alpha, beta and gamma shares, phi). */
void
ets_start(const EtsWork *w, double *u, double alpha, double bshare,
		  double gshare, double phi)
{
	int			i = 1;

	memset(u, 0, sizeof(double) * ETS_MAX_DIM);
	u[0] = logit(alpha);
	if (ets_code_trend(w->code))
		u[i++] = logit(bshare);
	if (ets_code_seasonal(w->code))
		u[i++] = logit(gshare);
	if (ets_code_damped(w->code))
		u[i++] = logit((phi - 0.8) / 0.18);
}

/*
 * Run the model over the scaled series from the states in p (seasonal
 * states in w->ring, which it updates): lik (forecast::ets's, on z), or
 * HUGE_VAL where it is not finite or an M error meets a forecast <= 0;
 * the fitted values into fit and the final level and trend when asked.
 */
double
ets_run(const EtsWork *w, const EtsParams *p, double *fit, double *level,
		double *trend)
{
	int			code = w->code,
				m = w->m,
				j = 0;
	bool		merr = ETS_CODE_ERR(code) == ETS_ERR_M;
	double		l = p->l0,
				b = p->b0,
				sse = 0.0,
				slog = 0.0,
				none = ETS_CODE_SE(code) == ETS_SE_M ? 1.0 : 0.0;

	for (int t = 0; t < w->n; t++)
	{
		double	   *s = m > 1 ? &w->ring[j] : &none;
		double		f = ets_forecast1(code, p->phi, l, b, *s);
		double		e = w->z[t] - f;

		if (merr)
		{
			if (!(f > 0.0))
				return HUGE_VAL;
			e /= f;
			slog += log(f);
		}
		if (fit)
			fit[t] = f;
		sse += e * e;
		ets_update(code, p->alpha, p->beta, p->gamma, p->phi, &l, &b, s, w->z[t]);
		if (m > 1 && ++j == m)
			j = 0;
	}
	if (level)
		*level = l;
	if (trend)
		*trend = b;
	if (!isfinite(sse) || !isfinite(l) || !isfinite(b))
		return HUGE_VAL;
	/* the final states a model of multiplicative parts needs (> 0) */
	if (ETS_CODE_TR(code) >= ETS_TR_M && !(l > 0.0 && b > 0.0))
		return HUGE_VAL;
	for (int k = 0; ETS_CODE_SE(code) == ETS_SE_M && k < m; k++)
		if (!(w->ring[k] > 0.0))
			return HUGE_VAL;
	return w->n * log(sse > 1e-300 ? sse : 1e-300) + 2.0 * slog;
}

/* The objective at u: lik, +HUGE_VAL outside the admissible region. */
double
ets_objective(EtsWork *w, const double *u)
{
	EtsParams	p;

	if (w->interrupt)
		w->interrupt();
	w->evals++;
	ets_decode(w, u, &p);
	if (!ets_admissible(p.alpha, p.beta, p.gamma, p.phi, w->m,
						ets_code_trend(w->code), ets_code_seasonal(w->code), w->poly))
		return HUGE_VAL;
	return ets_lik(w, &p);
}

/* Set up the work for a model: its scaled series, dimension, states. */
void
ets_work_code(EtsWork *w, int code, int m)
{
	bool		mult = ETS_CODE_ERR(code) == ETS_ERR_M ||
		ETS_CODE_TR(code) >= ETS_TR_M || ETS_CODE_SE(code) == ETS_SE_M;

	w->code = code;
	w->m = ets_code_seasonal(code) ? m : 1;
	w->z = mult ? w->zm : w->za;
	w->zs = mult ? w->sm : w->sa;
	w->zc = mult ? 0.0 : w->ca;
	w->nseas = (w->m > 1 && w->m <= ETS_OPT_MAX_M) ? w->m - 1 : 0;
	w->dim = 1 + (ets_code_trend(code) ? 2 : 0) + (ets_code_seasonal(code) ? 1 : 0) +
		(ets_code_damped(code) ? 1 : 0) + 1 + w->nseas;
	if (w->m > 1)
		ets_init_season(w->z, w->n, w->m, ETS_CODE_SE(code) == ETS_SE_M, w->season0);
	ets_init_level(w->z, w->n, w->m, code, w->season0, w->scratch, &w->l0, &w->b0);
}

/* The AICc on y of a model whose lik on z is f (HUGE_VAL for none). */
double
ets_aicc_of(const EtsWork *w, int code, double f)
{
	double		k = ets_code_nparams(code, ets_code_seasonal(code) ? w->period : 1) + 1,
				n = w->n;

	if (n - k - 1 <= 0 || !isfinite(f))
		return HUGE_VAL;
	return f + 2.0 * n * log(w->zs) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
}
