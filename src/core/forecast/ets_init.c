/*-------------------------------------------------------------------------
 *
 * ets_init.c
 *	  What the fit of gpumkt_ets starts from and stays within: the
 *	  heuristic initial states of forecast::ets (initstate), and the
 *	  admissible region of the smoothing parameters (forecast::ets's
 *	  admissible(), R's default bounds = "both").  Plain C.
 *
 * Initial states (as forecast::ets): the seasonal states from a classical
 * decomposition of the first three cycles (additive or multiplicative as
 * the season; fewer than three cycles: the deviations from, or ratios to,
 * a straight line through the whole cycles), centred (sum 0, or mean 1);
 * l0 and b0 from a straight line through the first max(10, 2m) seasonally
 * adjusted points: l0 its value at 0 and b0 its slope (A trend), l0 and
 * b0 the first fitted value over b0 and the ratio of the first two (M
 * trend), l0 their mean without trend.
 *
 * Admissibility (Hyndman et al. 2008, chapter 10): without season
 * 1 - 1/phi < alpha < 1 + 1/phi and alpha (phi - 1) < beta <
 * (1 + phi)(2 - alpha); with a season of m, the easy tests of
 * admissible() and then every root of its characteristic polynomial
 *	  phi (1 - alpha - gamma) + (alpha + beta - alpha phi + gamma - 1) z
 *	  + (alpha + beta - alpha phi) (z^2 + .. + z^(m-1)) + (alpha + beta -
 *	  phi) z^m + z^(m+1)
 * in the unit disc, which the Schur-Cohn recursion decides without
 * computing the roots (R allows 1e-10 outside it; so do we, scaling z).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ets_init.h"

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

/*
 * The trend of point i (0-based) by the centred moving average of one
 * cycle (2 x m for an even m), as R's decompose; false at the ends.
 */
static bool
cma(const double *z, int n, int m, int i, double *t)
{
	int			h = m / 2;
	double		s = 0.0;

	if (i - h < 0 || i + h >= n)
		return false;
	if (m % 2 == 1)
	{
		for (int k = i - h; k <= i + h; k++)
			s += z[k];
		*t = s / m;
		return true;
	}
	for (int k = i - h + 1; k < i + h; k++)
		s += z[k];
	*t = (s + 0.5 * (z[i - h] + z[i + h])) / m;
	return true;
}

/* The seasonal figure of the first cycles into season0 (centred). */
void
ets_init_season(const double *z, int n, int m, bool mult, double *season0)
{
	int			cycles = n / m < 3 ? n / m : 3,
				k = cycles * m;
	double		a,
				b,
				mean = 0.0;

	line_fit(z, k, &a, &b);
	for (int j = 0; j < m; j++)
	{
		double		sum = 0.0;
		int			cnt = 0;

		for (int i = j; i < k; i += m)
		{
			double		t = a + b * (i + 1);

			if (cycles == 3 && !cma(z, k, m, i, &t))
				continue;
			sum += mult ? (t != 0.0 ? z[i] / t : 1.0) : z[i] - t;
			cnt++;
		}
		season0[j] = cnt > 0 ? sum / cnt : (mult ? 1.0 : 0.0);
		if (mult && season0[j] < 1e-2)
			season0[j] = 1e-2;
		mean += season0[j] / m;
	}
	for (int j = 0; j < m; j++)
		season0[j] = mult ? season0[j] / mean : season0[j] - mean;
}

/* The heuristic level and trend from the seasonally adjusted start. */
void
ets_init_level(const double *z, int n, int m, int code,
			   const double *season0, double *v, double *l0, double *b0)
{
	int			k = m * 2 > 10 ? m * 2 : 10,
				se = ETS_CODE_SE(code),
				tr = ETS_CODE_TR(code);
	double		a,
				b;

	if (k > n)
		k = n;
	for (int i = 0; i < k; i++)
		v[i] = se == ETS_SE_N ? z[i] :
			(se == ETS_SE_A ? z[i] - season0[i % m] : z[i] / season0[i % m]);
	line_fit(v, k, &a, &b);
	*b0 = 0.0;
	if (tr == ETS_TR_N)
		*l0 = a + b * (k + 1) / 2.0;
	else if (tr == ETS_TR_A || tr == ETS_TR_AD)
	{
		*l0 = a;
		*b0 = b;
		if (fabs(a + b) < 1e-8)
			*l0 = a * (1 + 1e-3), *b0 = b * (1 + 1e-3);
	}
	else
	{
		double		f1 = fabs(a + b) < 1e-8 ? 1e-7 : a + b;

		*b0 = (a + 2.0 * b) / f1;
		*l0 = f1 / *b0;
		if (*l0 < 1e-8 || *b0 < 1e-8)
		{
			*l0 = v[0] > 1e-3 ? v[0] : 1e-3;
			*b0 = v[0] > 0.0 && v[1] / v[0] > 1e-3 ? v[1] / v[0] : 1e-3;
		}
	}
}

/*
 * Are all roots of p (degree deg, p[deg] the leading) inside |z| < 1?
 * The Schur-Cohn recursion; p[deg + 1 .. 2 deg + 1] is scratch.
 */
static bool
schur_stable(double *p, int deg)
{
	double	   *q = p + deg + 1;

	for (int d = deg; d > 0; d--)
	{
		double		an = p[d],
					a0 = p[0],
					inv;

		if (!(fabs(an) > fabs(a0)))
			return false;
		/* the next polynomial, scaled by its leading term (kept in range) */
		inv = 1.0 / (an * an - a0 * a0);
		for (int k = 0; k < d; k++)
			q[k] = (an * p[k + 1] - a0 * p[d - k - 1]) * inv;
		for (int k = 0; k < d; k++)
			p[k] = q[k];
	}
	return true;
}

/*
 * Are the parameters in forecast::ets's admissible region (beta tested
 * with a trend only, as R's NULL beta)?  p: scratch of 2 m + 4 doubles.
 */
bool
ets_admissible(double alpha, double beta, double gamma, double phi, int m,
			   bool trend, bool seasonal, double *p)
{
	double		r = 1.0 + 1e-10,
				rk = 1.0;

	if (!seasonal || m < 2)
		return alpha > 1.0 - 1.0 / phi && alpha < 1.0 + 1.0 / phi &&
			(!trend || (beta > alpha * (phi - 1.0) && beta < (1.0 + phi) * (2.0 - alpha)));
	if (gamma < fmax(1.0 - 1.0 / phi - alpha, 0.0) || gamma > 1.0 + 1.0 / phi - alpha)
		return false;
	if (alpha < 1.0 - 1.0 / phi - gamma * (1.0 - m + phi + phi * m) / (2.0 * phi * m))
		return false;
	if (beta < -(1.0 - phi) * (gamma / m + alpha))
		return false;
	p[0] = phi * (1.0 - alpha - gamma);
	p[1] = alpha + beta - alpha * phi + gamma - 1.0;
	for (int k = 2; k < m; k++)
		p[k] = alpha + beta - alpha * phi;
	p[m] = alpha + beta - phi;
	p[m + 1] = 1.0;
	/* roots of p(z) within |z| <= r: those of p(r z) within |z| < 1 */
	for (int k = 0; k <= m + 1; k++, rk *= r)
		p[k] *= rk;
	return schur_stable(p, m + 1);
}
