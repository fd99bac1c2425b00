/*-------------------------------------------------------------------------
 *
 * auto_model.c
 *	  The automatic model of gpumkt_auto_model (issue 19), plain C: a
 *	  combination of three forecasts of the series, as the M4
 *	  competition's combination benchmarks do it,
 *	    - exponential smoothing, the model of least AICc among those
 *	      forecast::ets tries (ets_fit, the default family);
 *	    - the Theta method (theta_model.c, forecast::thetaf's);
 *	    - exponential smoothing with a damped trend, the damped model of
 *	      least AICc (error and season chosen as above);
 *	  stored as a gpumkt_ets_model of method COMBINATION whose components
 *	  are the three fitted models (ets_math.h, "THE CONTRACT FOR THETA").
 *	  A component the series cannot support (a damped trend needs 6
 *	  points) or that gives no finite fit is left out, the weights of the
 *	  others renormalised; without the first there is no model.
 *
 * WEIGHTS: see auto_weights.
 *
 * The combination's own fields: fitted values the weighted sums of the
 * components', accuracy (MAE ... sMAPE) of those; sigma2 the mean square
 * of its in-sample one-step errors (SSE / n), loglik -n/2 log(SSE) in
 * forecast::ets's convention, aicc NaN (a combination has no likelihood to
 * compare), alpha .. trend 0 and phi 1, m 1, code that of the ETS
 * component; one extra, the width factor of its intervals (see
 * ets_forecast.c: the bounds are the weighted sums of the components',
 * widened about the point forecast by that factor).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "auto_model.h"

/* Fit component i into buf: 0 ETS by AICc, 1 THETA, 2 damped ETS. */
static EtsStatus
fit_component(int i, const double *y, int n, int m, EtsInterruptHook hook,
			  EtsModel *buf, double *scratch)
{
	EtsOptions	opt;

	if (i == 1)
		return theta_model_fit(y, n, m, buf, scratch) ? ETS_OK : ETS_NO_FIT;
	memset(&opt, 0, sizeof(opt));
	opt.season = m;
	opt.error = ETS_ANY;
	opt.trend = i == 2 ? ETS_TR_AD : ETS_ANY;
	opt.seas = ETS_ANY;
	opt.mult_trend = i == 0;
	opt.interrupt = hook;
	return ets_fit(y, n, &opt, buf, scratch);
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
	EtsStatus	s = ETS_OK;
	char	   *at;
	int			k = 0;

	buf[0] = (EtsModel *) scratch;
	buf[1] = (EtsModel *) (scratch + 2 * fs);
	buf[2] = (EtsModel *) (scratch + fs);
	for (int i = 0; i < AUTO_NCOMP; i++)
	{
		EtsStatus	si = fit_component(i, y, n, m, interrupt, buf[i], work);

		ok[i] = si == ETS_OK;
		if (i == 0)
			s = si;
	}
	if (s != ETS_OK)
		return s;
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
	mod->nextra = AUTO_NEXTRA;
	mod->ncomp = k;
	combine(y, n, m, comps, k, wk, mod);
	ETS_EXTRA(mod)[0] = 1.0;
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
