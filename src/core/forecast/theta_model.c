/*-------------------------------------------------------------------------
 *
 * theta_model.c
 *	  The THETA method as a gpumkt_ets_model (see "THE CONTRACT FOR THETA"
 *	  in ets_math.h): the fit of a series into a model, its point
 *	  forecasts and intervals, and the check that a stored THETA model is
 *	  one the fit could have made.  Plain C, no server calls; the method
 *	  itself is theta.c.
 *
 * A THETA model's fields: code ANN (its SES), alpha the SES's smoothing
 * parameter, level its final level l_n (of the seasonally adjusted
 * series), trend the drift b (half the slope of the adjusted series'
 * least-squares line), beta = gamma = 0, phi = 1; m the cycle of the
 * decomposition (1 when the series was not found seasonal, else its
 * period) and, for m > 1, the m seasonal slots hold the multiplicative
 * indices (data[j] that of point n + j); sigma2 the SES's SSE / (n - 2);
 * loglik R's ets convention for that SES (-n/2 log SSE, on the adjusted
 * series), aicc NaN (Theta is not chosen by AICc); the fitted values are
 * thetaf's (the SES's, reseasonalised); two extras:
 *	  ETS_EXTRA[0]	theta, the weight of the theta line (2: the standard
 *					method's drift of half the slope)
 *	  ETS_EXTRA[1]	l0, the SES's initial level
 *
 * Forecast h steps on: (level + trend ((h - 1) + (1 - (1 - alpha)^n) /
 * alpha)) s(h); interval: forecast -/+ z sigma sqrt(1 + (h - 1) alpha^2),
 * thetaf's (SES's intervals, not reseasonalised).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_math.h"
#include "theta.h"

/* The method's fit of a THETA model. */
static ThetaFit
fit_of(const EtsModel *mod)
{
	ThetaFit	f;

	f.m = mod->m;
	f.alpha = mod->alpha;
	f.l0 = ETS_EXTRA(mod)[1];
	f.level = mod->level;
	f.drift = mod->trend;
	f.sigma2 = mod->sigma2;
	return f;
}

/* The point forecast of a THETA model h >= 1 steps after the last point. */
double
theta_point(const EtsModel *mod, int64_t h)
{
	ThetaFit	f = fit_of(mod);

	return theta_fit_point(&f, mod->n, h,
						   mod->m > 1 ? mod->data[(h - 1) % mod->m] : 1.0);
}

/* The intervals of a THETA model for h = 1 .. horizon (thetaf's). */
bool
theta_intervals(const EtsModel *mod, int64_t horizon, double level,
				double *low, double *high)
{
	double		z = ets_normal_quantile(0.5 + level / 2.0);

	for (int64_t h = 1; h <= horizon; h++)
	{
		double		y = theta_point(mod, h);
		double		half = z * sqrt(theta_variance(mod->alpha, mod->sigma2, h));

		low[h - 1] = y - half;
		high[h - 1] = y + half;
	}
	return true;
}

/* Are a THETA model's own fields ones theta_model_fit makes? */
bool
theta_model_valid(const EtsModel *mod)
{
	if (mod->code != ETS_CODE(ETS_ERR_A, ETS_TR_N, ETS_SE_N) ||
		mod->nextra != THETA_NEXTRA || mod->ncomp != 0 ||
		!(mod->m == 1 || (mod->m == mod->period && (int64_t) 2 * mod->m < mod->n)))
		return false;
	if (!(mod->alpha >= THETA_ALPHA_MIN && mod->alpha <= THETA_ALPHA_MAX) ||
		mod->beta != 0.0 || mod->gamma != 0.0 || mod->phi != 1.0 ||
		!isnan(mod->aicc))
		return false;
	if (!(ETS_EXTRA(mod)[0] >= 1.0))
		return false;
	for (int j = 0; j < mod->m && mod->m > 1; j++)
		if (!(fabs(mod->data[j]) >= 1e-4))
			return false;
	return true;
}

/*
 * Fit the Theta method to y[0..n-1] with cycle m (1 none) into mod, which
 * has room for ETS_MODEL_SIZE2(n, m, 0, THETA_NEXTRA) bytes; scratch holds
 * THETA_MODEL_SCRATCH(n, m) doubles.  Sets every field but the varlena
 * header and those of time, as ets_fit does.  False when a result is not
 * finite.
 */
bool
theta_model_fit(const double *y, int n, int m, EtsModel *mod, double *scratch)
{
	ThetaFit	f;
	double	   *figure = scratch + THETA_SCRATCH(n, m);
	double	   *fit = figure + m;
	double		sse;

	memset(mod, 0, offsetof(EtsModel, data));
	mod->version = ETS_VERSION;
	mod->method = ETS_METHOD_THETA;
	mod->code = ETS_CODE(ETS_ERR_A, ETS_TR_N, ETS_SE_N);
	mod->n = n;
	mod->period = m;
	/* the seasonal slots exist only when the series is seasonal: fit first */
	mod->m = 1;
	if (!theta_fit(y, n, m, &f, figure, fit, scratch))
		return false;
	mod->m = f.m;
	memcpy(ETS_FITTED(mod), fit, sizeof(double) * n);
	for (int j = 0; j < f.m && f.m > 1; j++)
		mod->data[j] = figure[(n + j) % f.m];
	mod->nextra = THETA_NEXTRA;
	ETS_EXTRA(mod)[0] = 2.0;
	ETS_EXTRA(mod)[1] = f.l0;
	mod->alpha = f.alpha;
	mod->phi = 1.0;
	mod->level = f.level;
	mod->trend = f.drift;
	mod->sigma2 = f.sigma2;
	sse = f.sigma2 * (n - 2);
	mod->loglik = sse > 0.0 ? -0.5 * n * log(sse) : 0.0;
	mod->aicc = NAN;
	ets_accuracy(y, ETS_FITTED(mod), n, m, mod);
	return isfinite(mod->mae) && isfinite(mod->rmse) && isfinite(mod->loglik);
}
