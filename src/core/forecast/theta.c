/*-------------------------------------------------------------------------
 *
 * theta.c
 *	  The standard Theta method as R's forecast::thetaf (8.20) computes it,
 *	  in plain C.  No server calls.
 *
 * Seasonality: a series of cycle m > 1, not constant, of n > 2m points is
 * seasonal when its autocorrelation at lag m passes the 90 % test
 *	  |r_m| / sqrt((1 + 2 sum_{k<m} r_k^2) / n) > 1.645
 * (thetaf's).  It is then divided by the seasonal indices of the classical
 * multiplicative decomposition (R's decompose): a centred moving average
 * of order m (2 x m when m is even) as the trend, the mean ratio of the
 * series to it at each position of the cycle, normalised to a mean of 1.
 * Indices that are not finite or near 0 (below 1e-4) leave the series
 * unadjusted, as thetaf does.
 *
 * The adjusted series x is smoothed by SES (R's ses: ets "ANN" fitted by
 * least squares, alpha in [1e-4, 0.9999], the initial level estimated).
 * The one-step errors are linear in the initial level, so for each alpha
 * its best value is a closed form (theta_ses) and the sum of squares a
 * function of alpha alone, minimised over a grid and then by golden
 * section around the grid's best: the global least-squares SES, where
 * R's Nelder-Mead may stop at a local one.  The drift b is half the slope
 * of the least-squares line through x; the forecasts
 *	  f(h) = (l_n + b ((h - 1) + (1 - (1 - alpha)^n) / alpha)) s(h)
 * and the interval variance sigma^2 (1 + (h - 1) alpha^2), sigma^2 the
 * SES's SSE / (n - 2) (thetaf's intervals: those of SES, not
 * reseasonalised).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stddef.h>

#include "theta.h"

/* the 95 % normal quantile (the one-sided 90 % test) */
#define Z95 1.6448536269514722
/* seasonal indices closer to 0 than this leave the series unadjusted */
#define MIN_INDEX 1e-4

/* Whether every value is the same (R's is.constant). */
static bool
is_constant(const double *y, int n)
{
	for (int i = 1; i < n; i++)
		if (y[i] != y[0])
			return false;
	return true;
}

/* The autocorrelation of y at lag k about its mean (R's acf). */
static double
acf_at(const double *y, int n, double mean, double c0, int k)
{
	double		s = 0.0;

	for (int t = 0; t + k < n; t++)
		s += (y[t] - mean) * (y[t + k] - mean);
	return s / c0;
}

/* thetaf's test: is the series of cycle m seasonal? */
bool
theta_seasonal(const double *y, int n, int m)
{
	double		mean = 0.0,
				c0 = 0.0,
				sum2 = 0.0,
				rm,
				stat;

	if (m < 2 || n <= 2 * m || is_constant(y, n))
		return false;
	for (int t = 0; t < n; t++)
		mean += y[t] / n;
	for (int t = 0; t < n; t++)
		c0 += (y[t] - mean) * (y[t] - mean);
	if (!(c0 > 0.0) || !isfinite(c0))
		return false;
	for (int k = 1; k < m; k++)
	{
		double		r = acf_at(y, n, mean, c0, k);

		sum2 += r * r;
	}
	rm = acf_at(y, n, mean, c0, m);
	stat = sqrt((1.0 + 2.0 * sum2) / n);
	return isfinite(rm) && fabs(rm) / stat > Z95;
}

/*
 * The multiplicative seasonal indices of y (R's decompose): figure[i] for
 * the points t with t mod m = i; trend is n doubles of scratch.  False when
 * an index is not finite or near 0 (the series is then not adjusted).
 */
bool
theta_decompose(const double *y, int n, int m, double *figure, double *trend)
{
	int			k = m / 2;
	double		mean = 0.0;

	for (int t = k; t < n - k; t++)
	{
		double		s = 0.0;

		if (m % 2 == 0)
		{
			s = 0.5 * (y[t - k] + y[t + k]);
			for (int j = -k + 1; j < k; j++)
				s += y[t + j];
		}
		else
			for (int j = -k; j <= k; j++)
				s += y[t + j];
		trend[t] = s / m;
	}
	for (int i = 0; i < m; i++)
	{
		double		s = 0.0;
		int			c = 0;

		for (int t = i; t < n; t += m)
			if (t >= k && t < n - k)
				s += y[t] / trend[t], c++;
		figure[i] = c > 0 ? s / c : NAN;
		mean += figure[i] / m;
	}
	for (int i = 0; i < m; i++)
	{
		figure[i] /= mean;
		if (!isfinite(figure[i]) || fabs(figure[i]) < MIN_INDEX)
			return false;
	}
	return true;
}

/*
 * The SSE of SES of x with smoothing alpha and the best initial level,
 * which it sets: with l0 = x[0] + d the error at t is r_t - (1-alpha)^t d,
 * r_t the error of the run from x[0], so d = sum r_t c_t / sum c_t^2.
 */
static double
ses_profile(const double *x, int n, double alpha, double *l0)
{
	double		l = x[0],
				c = 1.0,
				srr = 0.0,
				src = 0.0,
				scc = 0.0,
				d;

	for (int t = 0; t < n; t++)
	{
		double		r = x[t] - l;

		srr += r * r;
		src += r * c;
		scc += c * c;
		l += alpha * r;
		c *= 1.0 - alpha;
	}
	d = src / scc;
	*l0 = x[0] + d;
	return fmax(srr - src * d, 0.0);
}

/* The SSE of SES of x from l0 with alpha; the final level in *ln. */
static double
ses_run(const double *x, int n, double alpha, double l0, double *ln,
		double *fitted)
{
	double		l = l0,
				sse = 0.0;

	for (int t = 0; t < n; t++)
	{
		double		e = x[t] - l;

		if (fitted)
			fitted[t] = l;
		sse += e * e;
		l += alpha * e;
	}
	*ln = l;
	return sse;
}

/*
 * Least-squares SES of x: sets alpha and the initial level, returns the
 * SSE.  A grid of alpha, then golden section between the best point's
 * neighbours.
 */
double
theta_ses(const double *x, int n, double *alpha, double *l0)
{
	static const double grid[] = {
		THETA_ALPHA_MIN, 0.001, 0.003, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1,
		0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75,
		0.8, 0.85, 0.9, 0.95, 0.98, THETA_ALPHA_MAX
	};
	const int	ng = sizeof(grid) / sizeof(grid[0]);
	const double gr = 0.6180339887498949;
	double		best = INFINITY,
				l,
				a,
				b,
				c1,
				c2,
				f1,
				f2;
	int			ib = 0;

	for (int i = 0; i < ng; i++)
	{
		double		f = ses_profile(x, n, grid[i], &l);

		if (f < best)
			best = f, ib = i;
	}
	a = grid[ib > 0 ? ib - 1 : 0];
	b = grid[ib < ng - 1 ? ib + 1 : ng - 1];
	c1 = b - gr * (b - a);
	c2 = a + gr * (b - a);
	f1 = ses_profile(x, n, c1, &l);
	f2 = ses_profile(x, n, c2, &l);
	for (int it = 0; it < 60 && b - a > 1e-10; it++)
	{
		if (f1 <= f2)
			b = c2, c2 = c1, f2 = f1, c1 = b - gr * (b - a),
				f1 = ses_profile(x, n, c1, &l);
		else
			a = c1, c1 = c2, f1 = f2, c2 = a + gr * (b - a),
				f2 = ses_profile(x, n, c2, &l);
	}
	*alpha = (f1 <= f2 ? c1 : c2);
	if (fmin(f1, f2) > best)
		*alpha = grid[ib];
	return ses_profile(x, n, *alpha, l0);
}

/* Half the slope of the least-squares line through x over t = 0..n-1. */
static double
half_slope(const double *x, int n)
{
	double		tm = (n - 1) / 2.0,
				xm = 0.0,
				sxy = 0.0,
				sxx = 0.0;

	for (int t = 0; t < n; t++)
		xm += x[t] / n;
	for (int t = 0; t < n; t++)
	{
		sxy += (t - tm) * (x[t] - xm);
		sxx += (t - tm) * (t - tm);
	}
	return sxy / sxx / 2.0;
}

/*
 * The Theta method over y (n >= 3 points) with cycle m (1 none): fit,
 * figure (m seasonal indices by position, all 1 when not seasonal: fit->m
 * is then 1) and the n fitted values (SES's, reseasonalised, as thetaf's).
 * False when a result is not finite.
 */
bool
theta_fit(const double *y, int n, int m, ThetaFit *fit, double *figure,
		  double *fitted, double *scratch)
{
	double	   *x = scratch;
	double		sse;

	for (int i = 0; i < m; i++)
		figure[i] = 1.0;
	fit->m = 1;
	if (theta_seasonal(y, n, m))
	{
		if (theta_decompose(y, n, m, figure, scratch + n))
			fit->m = m;
		else
			for (int i = 0; i < m; i++)
				figure[i] = 1.0;
	}
	for (int t = 0; t < n; t++)
		x[t] = y[t] / figure[t % m];
	theta_ses(x, n, &fit->alpha, &fit->l0);
	sse = ses_run(x, n, fit->alpha, fit->l0, &fit->level, fitted);
	fit->sigma2 = sse / (n - 2);
	fit->drift = half_slope(x, n);
	for (int t = 0; t < n; t++)
		fitted[t] *= figure[t % m];
	if (!isfinite(fit->level) || !isfinite(fit->drift) ||
		!isfinite(fit->sigma2) || !isfinite(fit->l0))
		return false;
	for (int t = 0; t < n; t++)
		if (!isfinite(fitted[t]))
			return false;
	return true;
}

/* The forecast h steps after the series, season the index of point n+h-1. */
double
theta_fit_point(const ThetaFit *fit, int n, int64_t h, double season)
{
	double		a = fmax(fit->alpha, 1e-10);
	double		lead = (1.0 - pow(1.0 - a, n)) / a;

	return (fit->level + fit->drift * ((double) (h - 1) + lead)) * season;
}

/* The variance of the forecast h steps on (SES's: thetaf's intervals). */
double
theta_variance(double alpha, double sigma2, int64_t h)
{
	return sigma2 * (1.0 + (double) (h - 1) * alpha * alpha);
}
