/*-------------------------------------------------------------------------
 *
 * auto_model.c
 *	  The automatic model of gpumkt_auto_model (issue 19), plain C: a
 *	  combination of three forecasts of the series, as the M4
 *	  competition's combination benchmarks do it,
 *	    - exponential smoothing, the model of least AICc: for a series
 *	      with a cycle among those forecast::ets tries by default; without
 *	      one among the additive-error models (ANN, AAN, AAdN) and, for a
 *	      positive series, the multiplicative trends MMN and MMdN (the
 *	      growth of a market, which an additive trend extrapolates as a
 *	      line; with a season they are explosive, and forecast::ets leaves
 *	      them out by default) (fit_ets);
 *	    - the Theta method (theta_model.c, forecast::thetaf's);
 *	    - exponential smoothing with a damped trend: the damped model of
 *	      least AICc among the candidates of the first (that model when
 *	      it is damped; else refitted alone, one model's fit), or the
 *	      damped version of an M trend the first chose;
 *	  stored as a gpumkt_ets_model of method COMBINATION whose components
 *	  are the three fitted models (ets_math.h, "THE CONTRACT FOR THETA").
 *	  A component the series cannot support (a damped trend needs 6
 *	  points) or that gives no finite fit is left out, the weights of the
 *	  others renormalised; without the first there is no model.
 *
 * The combination's own fields: fitted values the weighted sums of the
 * components', accuracy (MAE ... sMAPE) of those; sigma2 the mean square
 * of its in-sample one-step errors (SSE / n), loglik -n/2 log(SSE) in
 * forecast::ets's convention, aicc NaN (a combination has no likelihood to
 * compare), alpha .. trend 0 and phi 1, m 1, code that of the ETS
 * component, no extras.  Its intervals (ets_forecast.c): the weighted
 * sums of the components' bounds, widened by the spread of their point
 * forecasts (the variance of the mixture of their forecast
 * distributions).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "auto_model.h"

/* Are all values above 0 (multiplicative models allowed)? */
static bool
positive(const double *y, int n)
{
	for (int i = 0; i < n; i++)
		if (!(y[i] > 0.0))
			return false;
	return true;
}

/*
 * Fit the ETS model of least AICc: for a series with a cycle among the
 * models forecast::ets tries by default; without a cycle among the
 * additive-error ones (ANN, AAN, AAdN) and, for a positive series, the
 * multiplicative trends MMN and MMdN (the growth of a market); tmp is room
 * for a second fit.
 */
static EtsStatus
fit_ets(const double *y, int n, int m, EtsInterruptHook hook, EtsModel *buf,
		EtsModel *tmp, double *scratch)
{
	EtsOptions	opt;
	EtsStatus	s;

	memset(&opt, 0, sizeof(opt));
	opt.season = m;
	opt.error = opt.trend = opt.seas = ETS_ANY;
	opt.additive_only = m == 1;
	opt.interrupt = hook;
	s = ets_fit(y, n, &opt, buf, scratch);
	if (s != ETS_OK || m > 1 || !positive(y, n))
		return s;
	opt.additive_only = false;
	opt.error = ETS_ERR_M;
	opt.seas = ETS_SE_N;
	opt.mult_trend = true;
	for (int tr = ETS_TR_M; tr <= ETS_TR_MD; tr++)
	{
		opt.trend = tr;
		memset(tmp, 0, ETS_FIT_SIZE(n, m));
		if (ets_fit(y, n, &opt, tmp, scratch) == ETS_OK &&
			tmp->aicc < buf->aicc)
			memcpy(buf, tmp, ets_model_size(tmp));
	}
	return ETS_OK;
}

/*
 * The damped model of least AICc among the candidates the ETS fit tried
 * (ets, its first component), fitted alone into buf; the ETS model itself
 * when it is damped.  False when no damped candidate has an AICc.
 */
static bool
fit_damped(const EtsModel *ets, const double *y, int n, int m,
		   EtsInterruptHook hook, EtsModel *buf, double *scratch)
{
	EtsOptions	opt;
	int			code = -1;
	double		best = INFINITY;

	if (ets_code_damped(ets->code))
	{
		memcpy(buf, ets, ets_model_size(ets));
		return true;
	}
	for (int i = 0; i < ets->ncand; i++)
	{
		int			c = (int) ETS_CAND(ets)[2 * i];
		double		a = ETS_CAND(ets)[2 * i + 1];

		if (c >= 0 && c < ETS_NCODES && ets_code_damped(c) && a < best)
			best = a, code = c;
	}
	if (code < 0 && ETS_CODE_TR(ets->code) == ETS_TR_M)
		code = ETS_CODE(ETS_CODE_ERR(ets->code), ETS_TR_MD, ETS_CODE_SE(ets->code));
	if (code < 0)
		return false;
	memset(&opt, 0, sizeof(opt));
	opt.season = m;
	opt.error = ETS_CODE_ERR(code);
	opt.trend = ETS_CODE_TR(code);
	opt.seas = ETS_CODE_SE(code);
	opt.mult_trend = true;
	opt.interrupt = hook;
	return ets_fit(y, n, &opt, buf, scratch) == ETS_OK;
}

/*
 * The weights of the components fitted (ok[i]): inversely proportional to
 * the mean square of their in-sample one-step errors (Bates and Granger
 * 1969), rmse^2 floored at 1e-12 of the largest so that a perfect fit
 * takes all but a trace.
 */
static void
auto_weights(EtsModel *const *buf, const bool *ok, double *w)
{
	double		top = 0.0,
				sum = 0.0;

	for (int i = 0; i < AUTO_NCOMP; i++)
		if (ok[i])
			top = fmax(top, buf[i]->rmse * buf[i]->rmse);
	for (int i = 0; i < AUTO_NCOMP; i++)
	{
		w[i] = ok[i] ? 1.0 / fmax(buf[i]->rmse * buf[i]->rmse, fmax(1e-12 * top, 1e-300)) : 0.0;
		sum += w[i];
	}
	for (int i = 0; i < AUTO_NCOMP; i++)
		w[i] /= sum;
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
	double	   *work = scratch + 2 * fs + THETA_MODEL_SIZE(n, m) / sizeof(double) + 1;
	double		w[AUTO_NCOMP],
				wk[AUTO_NCOMP];
	bool		ok[AUTO_NCOMP];
	EtsStatus	s;
	char	   *at;
	int			k = 0;

	/* ets_fit wants its model zeroed (gpumkt_ets_final's palloc0) */
	memset(scratch, 0, sizeof(double) * (2 * fs + THETA_MODEL_SIZE(n, m) / sizeof(double) + 1));
	buf[0] = (EtsModel *) scratch;
	buf[1] = (EtsModel *) (scratch + 2 * fs);
	buf[2] = (EtsModel *) (scratch + fs);
	s = fit_ets(y, n, m, interrupt, buf[0], buf[2], work);
	if (s != ETS_OK)
		return s;
	ok[0] = true;
	ok[1] = theta_model_fit(y, n, m, buf[1], work);
	ok[2] = fit_damped(buf[0], y, n, m, interrupt, buf[2], work);
	auto_weights(buf, ok, w);
	for (int i = 0; i < AUTO_NCOMP; i++)
		if (ok[i])
			wk[k] = w[i], comps[k++] = buf[i];
	memset(mod, 0, offsetof(EtsModel, data));
	mod->version = ETS_VERSION;
	mod->method = ETS_METHOD_COMBINATION;
	mod->code = comps[0]->code;
	mod->m = 1;
	mod->period = comps[0]->period;
	mod->n = n;
	mod->ncomp = k;
	combine(y, n, m, comps, k, wk, mod);
	memcpy(ETS_WEIGHTS(mod), wk, sizeof(double) * k);
	at = (char *) (ETS_WEIGHTS(mod) + k);
	for (int i = 0; i < k; i++)
	{
		size_t		cs = ets_model_size(comps[i]);

		memcpy(at, comps[i], cs);
		((EtsModel *) at)->vl_len_ = (int32_t) cs;
		at += cs;
	}
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
