/*
 * fuzz_theta.c
 *	  libFuzzer target for the server-free C of the Theta method
 *	  (theta.c).  The first byte picks the cycle (1 to 12), the rest are the
 *	  values of the series (a double each, 3 to 200 of them; a non-finite
 *	  one is replaced by its byte count, as the aggregate refuses them).
 *	  Properties: a fit either fails or gives finite numbers in their
 *	  bounds (alpha in [1e-4, 0.9999], sigma2 >= 0, the decomposition's
 *	  cycle 1 or the one asked for, finite indices away from 0 with a mean
 *	  of 1), finite fitted values, forecasts that are not NaN, variances
 *	  that grow with h, and a least-squares SES no worse than SES at any
 *	  alpha of the search's grid started from the first value.  Then the
 *	  series (at most 40 points) as a THETA model and as the automatic
 *	  combination (auto_model.c): each either fails or is a model that
 *	  ets_model_valid accepts, whose forecasts are not NaN, whose intervals
 *	  hold the forecast, and whose text reads back to the same bytes.
 */
#include <assert.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "auto_model.h"
#include "theta.h"

#define MAX_POINTS 200

/* SSE of SES of x from l0 with alpha, computed plainly. */
static double
plain_sse(const double *x, int n, double alpha, double l0)
{
	double		l = l0,
				s = 0.0;

	for (int t = 0; t < n; t++)
	{
		s += (x[t] - l) * (x[t] - l);
		l += alpha * (x[t] - l);
	}
	return s;
}

/* The least-squares SES is no worse than SES at the grid's alphas. */
static void
check_ses(const double *x, int n)
{
	static const double alphas[] = {1e-4, 0.1, 0.3, 0.5, 0.7, 0.9, 0.9999};
	double		alpha,
				l0,
				best,
				scale = 0.0;

	theta_ses(x, n, &alpha, &l0);
	assert(alpha >= THETA_ALPHA_MIN && alpha <= THETA_ALPHA_MAX);
	best = plain_sse(x, n, alpha, l0);
	for (int t = 0; t < n; t++)
		scale += x[t] * x[t];
	if (!isfinite(best) || !isfinite(scale))
		return;
	for (size_t i = 0; i < sizeof(alphas) / sizeof(alphas[0]); i++)
	{
		double		a = alphas[i],
					other;

		other = plain_sse(x, n, a, x[0]);
		assert(best <= other * (1.0 + 1e-9) + 1e-9 * scale);
	}
}

/* A fitted model: valid, its interval holds its forecast, text reads back. */
static void
check_model(EtsModel *mod, size_t size)
{
	size_t		tlen;
	char	   *text;
	EtsModel   *back;
	double		lo[3],
				hi[3];

	mod->tkind = ETS_T_INT;
	mod->step = 1;
	auto_model_stamp(mod);
	assert(ets_model_size(mod) <= size);
	size = ets_model_size(mod);
	assert(ets_model_valid(mod, size));
	if (ets_intervals(mod, 3, 0.95, lo, hi))
		for (int h = 1; h <= 3; h++)
		{
			double		f = ets_point(mod, h);

			assert(!isnan(f));
			assert(!(lo[h - 1] > f) && !(hi[h - 1] < f));
		}
	tlen = ets_text_max(mod);
	text = malloc(tlen);
	assert(ets_format(mod, text, tlen) < tlen);
	back = calloc(1, size);
	assert(ets_parse(text, back, size) == size);
	assert(memcmp((char *) back + 4, (char *) mod + 4, size - 4) == 0);
	free(back);
	free(text);
}

/* The series as a THETA model and as the automatic combination. */
static void
check_models(const double *y, int n, int m)
{
	EtsModel   *mod;
	double	   *scratch;

	if (n > 40 || 2 * m > n)
		return;
	mod = calloc(1, AUTO_MODEL_SIZE(n, m));
	scratch = malloc(sizeof(double) * AUTO_MODEL_SCRATCH(n, m));
	if (theta_model_fit(y, n, m, mod, scratch))
		check_model(mod, THETA_MODEL_SIZE(n, m));
	memset(mod, 0, AUTO_MODEL_SIZE(n, m));
	if (auto_model_fit(y, n, m, NULL, mod, scratch) == ETS_OK)
		check_model(mod, AUTO_MODEL_SIZE(n, m));
	free(scratch);
	free(mod);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	double		y[MAX_POINTS],
				fitted[MAX_POINTS],
				figure[12],
				mean = 0.0,
				prev = 0.0;
	double	   *scratch;
	int			n = 0,
				m;
	ThetaFit	fit;

	if (size < 1)
		return 0;
	m = 1 + data[0] % 12;
	data++, size--;
	while (size >= sizeof(double) && n < MAX_POINTS)
	{
		memcpy(&y[n], data, sizeof(double));
		if (!isfinite(y[n]) || fabs(y[n]) > 1e15)
			y[n] = (double) (data[0] % 16);
		data += sizeof(double), size -= sizeof(double);
		n++;
	}
	if (n < 3)
		return 0;
	check_ses(y, n);
	scratch = malloc(sizeof(double) * THETA_SCRATCH(n, m));
	if (theta_fit(y, n, m, &fit, figure, fitted, scratch))
	{
		assert(fit.m == 1 || fit.m == m);
		assert(fit.alpha >= THETA_ALPHA_MIN && fit.alpha <= THETA_ALPHA_MAX);
		assert(fit.sigma2 >= 0.0 && isfinite(fit.level) && isfinite(fit.drift));
		for (int i = 0; i < m; i++)
		{
			assert(isfinite(figure[i]) && fabs(figure[i]) >= 1e-4);
			assert(fit.m > 1 || figure[i] == 1.0);
			mean += figure[i];
		}
		assert(fabs(mean / m - 1.0) < 1e-9);
		for (int t = 0; t < n; t++)
			assert(isfinite(fitted[t]));
		for (int h = 1; h <= 30; h++)
		{
			double		v = theta_variance(fit.alpha, fit.sigma2, h);

			assert(v >= prev);
			prev = v;
			assert(!isnan(theta_fit_point(&fit, n, h, figure[(n + h - 1) % m])));
		}
	}
	free(scratch);
	check_models(y, n, m);
	return 0;
}
