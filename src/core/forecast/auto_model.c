/*-------------------------------------------------------------------------
 *
 * auto_model.c
 *	  The automatic model of gpumkt_auto_model (issue 19), plain C: the
 *	  exponential-smoothing models of least AICc averaged with BIC
 *	  weights (Raftery 1995; Burnham and Anderson 2002; for ETS, Kolassa
 *	  2011; 2.1 used Akaike weights):
 *	    - the candidates are forecast::ets's default family, plus, for a
 *	      positive series without a cycle, the multiplicative trends
 *	      without a season (MMN and MMdN: the growth of a market, which an
 *	      additive trend extrapolates as a line; forecast::ets leaves them
 *	      out by default, as explosive; 2.1.1 leaves them out of a series
 *	      with a cycle too, where a model without a season leaves the
 *	      season in its errors and a multiplicative trend compounds them:
 *	      docs/method.md) (fit_ets);
 *	    - the components are the AUTO_NCOMP candidates of least AICc, the
 *	      first the chosen model itself, the others refitted alone as the
 *	      choice searched them (EtsOptions.quick) (weigh);
 *	    - component i weighs exp(-(BIC_i - BIC_min) / 2), normalised, each
 *	      BIC from the AICc the choice found (bic_of); the combination's
 *	      flags say so (ETS_FLAG_BIC_WEIGHTS); a component whose weight
 *	      underflows to 0 (a BIC above the least by some 1,490: even the
 *	      chosen model, whose AICc is least, when the others' BIC is far
 *	      below its own; the combination's code is then its first
 *	      remaining component's), or that has no finite fit, is left out,
 *	      and so are all but the first when its AICc is not finite (a
 *	      series too short for a choice).
 *	  So a series that one model fits far better than the others (the
 *	  exponential that MMN fits exactly) is forecast by that model alone,
 *	  and models about as good share the forecast.  Stored as a
 *	  gpumkt_ets_model of method COMBINATION whose components are the
 *	  fitted models (ets_math.h, "THE CONTRACT FOR THETA").
 *
 * The combination's own fields: fitted values the weighted sums of the
 * components', accuracy (MAE ... sMAPE) of those; sigma2 the mean square
 * of its in-sample one-step errors (SSE / n), loglik -n/2 log(SSE) in
 * forecast::ets's convention, aicc NaN (a combination has no likelihood to
 * compare), alpha .. trend 0 and phi 1, m 1, code that of the first
 * component; its extras the mean squares of its in-sample h-step errors
 * (auto_calib.c).  Its intervals (ets_forecast.c): the weighted sums of
 * the components' bounds, widened by the spread of their point forecasts
 * (the variance of the mixture of their forecast distributions), and no
 * narrower than those in-sample errors say.
 *
 * Measured on bench/accuracy.sh's evaluation set against Akaike weights
 * (2.1), the combination of ETS, Theta and a damped trend weighted by
 * inverse in-sample MSE (2.1's first design) and the other variants in
 * docs/method.md, "The automatic model".
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "auto_model.h"

/*
 * Fit the ETS model of least AICc among forecast::ets's default family and,
 * for a positive series without a cycle (m = 1), the multiplicative trends
 * without a season.
 */
static EtsStatus
fit_ets(const double *y, int n, int m, EtsInterruptHook hook, EtsModel *buf,
		double *init, double *scratch)
{
	EtsOptions	opt;

	memset(&opt, 0, sizeof(opt));
	opt.season = m;
	opt.error = opt.trend = opt.seas = ETS_ANY;
	opt.mult_trend = opt.mult_trend_plain = m <= 1;
	opt.interrupt = hook;
	opt.init = init;
	return ets_fit(y, n, &opt, buf, scratch);
}

/* The candidate of least AICc of ets's list not in code[0..j-1]; -1 none. */
static int
next_cand(const EtsModel *ets, const int *code, int j, double *aicc)
{
	int			best = -1;

	*aicc = INFINITY;
	for (int i = 0; i < ets->ncand; i++)
	{
		int			c = (int) ETS_CAND(ets)[2 * i];
		double		a = ETS_CAND(ets)[2 * i + 1];
		bool		dup = false;

		for (int q = 0; q < j; q++)
			dup = dup || c == code[q];
		if (!dup && c >= 0 && c < ETS_NCODES && isfinite(a) && a < *aicc)
			*aicc = a, best = c;
	}
	return best;
}

/*
 * A candidate's BIC from its AICc (ets_aicc_of's k: the code's parameters
 * and states plus the variance; n points, cycle m):
 * AICc - 2k(k + 1)/(n - k - 1) - 2k + k log n.
 */
static double
bic_of(double aicc, int code, int n, int m)
{
	double		k = ets_code_nparams(code, ets_code_seasonal(code) ? m : 1) + 1;

	return aicc - 2.0 * k * (k + 1) / (n - k - 1) - 2.0 * k + k * log((double) n);
}

/*
 * The components after the first (buf[0], the ETS fit): the next
 * candidates of least AICc, each refitted alone into buf[j] (its initial
 * states into init[j]) as the choice searched it; their weights into w
 * (0 for those left out): exp(-(BIC_j - BIC_min) / 2), normalised.
 */
static void
weigh(const double *y, int n, int m, EtsInterruptHook hook,
	   EtsModel **buf, double **init, double *w, double *scratch)
{
	double		a[AUTO_NCOMP],
				sum = 0.0,
				bmin = INFINITY;
	int			code[AUTO_NCOMP];
	bool		ok[AUTO_NCOMP];

	code[0] = buf[0]->code;
	a[0] = buf[0]->aicc;
	ok[0] = true;
	for (int j = 1; j < AUTO_NCOMP; j++)
	{
		EtsOptions	opt;

		code[j] = next_cand(buf[0], code, j, &a[j]);
		ok[j] = false;
		if (code[j] < 0)
			continue;
		memset(&opt, 0, sizeof(opt));
		opt.season = m;
		opt.error = ETS_CODE_ERR(code[j]);
		opt.trend = ETS_CODE_TR(code[j]);
		opt.seas = ETS_CODE_SE(code[j]);
		opt.quick = true;
		opt.interrupt = hook;
		opt.init = init[j];
		ok[j] = ets_fit(y, n, &opt, buf[j], scratch) == ETS_OK;
	}
	for (int j = 0; j < AUTO_NCOMP; j++)
		if (ok[j] && isfinite(a[j]))
		{
			a[j] = bic_of(a[j], code[j], n, m);
			bmin = fmin(bmin, a[j]);
		}
	/* the chosen model alone when its AICc is not finite (no choice) */
	for (int j = 0; j < AUTO_NCOMP; j++)
	{
		w[j] = !isfinite(a[0]) ? (j == 0 ? 1.0 : 0.0) :
			ok[j] ? exp(-0.5 * (a[j] - bmin)) : 0.0;
		sum += w[j];
	}
	for (int j = 0; j < AUTO_NCOMP; j++)
		w[j] /= sum;
}

/* The combination's own fields from its components (at comps[]). */
static void
combine(const double *y, int n, int m, EtsModel **comps, int k,
		const double *w, EtsModel *mod)
{
	double	   *fit = ETS_FITTED(mod);
	double		sse = 0.0;

	for (int t = 0; t < n; t++)
	{
		fit[t] = 0.0;
		for (int i = 0; i < k; i++)
			fit[t] += w[i] * ETS_FITTED(comps[i])[t];
		sse += (y[t] - fit[t]) * (y[t] - fit[t]);
	}
	mod->sigma2 = sse / n;
	mod->loglik = sse > 0.0 ? -0.5 * n * log(sse) : 0.0;
	mod->aicc = NAN;
	mod->phi = 1.0;
	ets_accuracy(y, fit, n, m, mod);
}

/* Copy the components after the combination's weights. */
static void
append_components(EtsModel *mod, EtsModel **comps, int k)
{
	char	   *at = (char *) (ETS_WEIGHTS(mod) + k);

	for (int i = 0; i < k; i++)
	{
		size_t		cs = ets_model_size(comps[i]);

		memcpy(at, comps[i], cs);
		((EtsModel *) at)->vl_len_ = (int32_t) cs;
		at += cs;
	}
}

/*
 * Fit the automatic model of y[0..n-1], cycle m (1 none), into mod, which
 * has room for AUTO_MODEL_SIZE(n, m) bytes; scratch holds
 * AUTO_MODEL_SCRATCH(n, m) doubles.  Sets every field but the varlena
 * header and those of time (auto_model_stamp copies those into the
 * components once the caller has set them).
 */
EtsStatus
auto_model_fit(const double *y, int n, int m, EtsInterruptHook interrupt,
			   EtsModel *mod, double *scratch)
{
	size_t		fs = ETS_FIT_SIZE(n, m) / sizeof(double) + 1;
	EtsModel   *buf[AUTO_NCOMP],
			   *comps[AUTO_NCOMP];
	double	   *init[AUTO_NCOMP],
			   *kinit[AUTO_NCOMP];
	double	   *work = scratch + AUTO_NCOMP * fs,
			   *room = work + ETS_SCRATCH(n, m);
	double		w[AUTO_NCOMP],
				wk[AUTO_NCOMP];
	EtsStatus	s;
	int			k = 0;

	/* ets_fit wants its model zeroed (gpumkt_ets_final's palloc0) */
	memset(scratch, 0, sizeof(double) * AUTO_NCOMP * fs);
	for (int i = 0; i < AUTO_NCOMP; i++)
	{
		buf[i] = (EtsModel *) (scratch + i * fs);
		init[i] = room + i * ETS_INIT_SIZE(m);
	}
	room += AUTO_NCOMP * ETS_INIT_SIZE(m);
	s = fit_ets(y, n, m, interrupt, buf[0], init[0], work);
	if (s != ETS_OK)
		return s;
	weigh(y, n, m, interrupt, buf, init, w, work);
	for (int i = 0; i < AUTO_NCOMP; i++)
		if (w[i] > 0.0)
			wk[k] = w[i], kinit[k] = init[i], comps[k++] = buf[i];
	memset(mod, 0, offsetof(EtsModel, data));
	mod->version = ETS_VERSION;
	mod->method = ETS_METHOD_COMBINATION;
	mod->flags = ETS_FLAG_BIC_WEIGHTS;
	mod->code = comps[0]->code;
	mod->m = 1;
	mod->period = comps[0]->period;
	mod->n = n;
	mod->ncomp = k;
	combine(y, n, m, comps, k, wk, mod);
	mod->nextra = auto_calibrate(y, n, comps, kinit, wk, k, ETS_EXTRA(mod), room);
	memcpy(ETS_WEIGHTS(mod), wk, sizeof(double) * k);
	append_components(mod, comps, k);
	return ETS_OK;
}

/* Copy a combination's times into its components (no-op otherwise). */
void
auto_model_stamp(EtsModel *mod)
{
	for (int i = 0; i < mod->ncomp && mod->method == ETS_METHOD_COMBINATION; i++)
	{
		EtsModel   *c = (EtsModel *) ets_component(mod, i);

		c->tkind = mod->tkind;
		c->tunit = mod->tunit;
		c->trem = mod->trem;
		c->t0 = mod->t0;
		c->step = mod->step;
		c->filled = mod->filled;
	}
}
