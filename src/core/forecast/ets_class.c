/*-------------------------------------------------------------------------
 *
 * ets_class.c
 *	  The forecasts of an ETS model and their intervals, for every model of
 *	  the family.  Plain C, no server calls.
 *
 * Point forecasts h steps after the last point (Hyndman et al. 2008,
 * table 2.1), from the final level l, trend b and seasonal states s:
 *	  trend N: l;  A: l + h b;  Ad: l + phi_h b;  M: l b^h;  Md: l b^phi_h
 *	  (phi_h = phi + ... + phi^h), plus s (season A) or times s (season M),
 *	  s the state of the season of point n + h - 1.
 *
 * Their variance, by the classes of Hyndman et al. 2008, chapter 6, as
 * forecast::ets computes them:
 *	  class 1 (A error, trend N/A/Ad, season N/A):
 *		  v(h) = sigma^2 (1 + sum_{j<h} c_j^2),
 *		  c_j = alpha + beta phi_j + gamma [j mod m = 0]
 *	  class 2 (M error, same trends and seasons):
 *		  theta_1 = mu_1^2, theta_h = mu_h^2 + sigma^2 sum_{j<h} c_j^2 theta_{h-j},
 *		  v(h) = (1 + sigma^2) theta_h - mu_h^2
 *	  class 3 (M error, season M, trend N/A/Ad): the moments of the level
 *		  and trend times the seasonal states, propagated exactly (section
 *		  6.4; the Kronecker recursions of forecast's class3)
 * and the interval is the forecast -/+ z sqrt(v(h)).  The other models
 * (an M or Md trend, or A error with M season, which forecast::ets allows
 * only when asked) have no closed form: their intervals are the quantiles
 * of ETS_SIM_PATHS simulated sample paths, the errors normal from a fixed
 * seed (splitmix64, Box-Muller), so that they are the same on every call.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

/* simulated paths of the models without a closed form */
#define ETS_SIM_PATHS 2000

/* phi + phi^2 + ... + phi^h (h for an undamped trend). */
static double
phi_sum(double phi, int64_t h)
{
	if (phi == 1.0)
		return (double) h;
	return phi * (1.0 - pow(phi, (double) h)) / (1.0 - phi);
}

/* The point forecast of an ETS model h >= 1 steps after the last point. */
double
ets_ets_point(const EtsModel *mod, int64_t h)
{
	int			tr = ETS_CODE_TR(mod->code),
				se = ETS_CODE_SE(mod->code);
	double		y = mod->level;

	if (tr == ETS_TR_A || tr == ETS_TR_AD)
		y += phi_sum(mod->phi, h) * mod->trend;
	else if (tr == ETS_TR_M || tr == ETS_TR_MD)
		y *= pow(mod->trend, phi_sum(mod->phi, h));
	if (se == ETS_SE_A)
		y += mod->data[(h - 1) % mod->m];
	else if (se == ETS_SE_M)
		y *= mod->data[(h - 1) % mod->m];
	return y;
}

/* c_j of table 6.1: the weight of the error j steps back, j >= 1. */
static double
class1_c(const EtsModel *mod, int64_t j)
{
	double		c = mod->alpha;

	if (ets_code_trend(mod->code))
		c += mod->beta * phi_sum(mod->phi, j);
	if (mod->m > 1 && j % mod->m == 0)
		c += mod->gamma;
	return c;
}

/* Class 1: the variances 1 .. horizon steps ahead into var[]. */
static void
class1_var(const EtsModel *mod, int64_t horizon, double *var)
{
	double		sum = 0.0;

	var[0] = mod->sigma2;
	for (int64_t h = 2; h <= horizon; h++)
	{
		double		c = class1_c(mod, h - 1);

		sum += c * c;
		var[h - 1] = mod->sigma2 * (1.0 + sum);
	}
}

/* Class 2: the variances 1 .. horizon steps ahead (theta_j kept aside). */
static bool
class2_var(const EtsModel *mod, int64_t horizon, double *var)
{
	double		s2 = mod->sigma2;
	double	   *theta = malloc(sizeof(double) * 2 * (size_t) horizon);
	double	   *c2;

	if (theta == NULL)
		return false;
	c2 = theta + horizon;
	for (int64_t j = 1; j <= horizon; j++)
	{
		double		mu = ets_ets_point(mod, j),
					sum = 0.0,
					c = class1_c(mod, j);

		c2[j - 1] = c * c;
		for (int64_t i = 1; i < j; i++)
			sum += c2[i - 1] * theta[j - i - 1];
		theta[j - 1] = mu * mu + s2 * sum;
		var[j - 1] = (1.0 + s2) * theta[j - 1] - mu * mu;
	}
	free(theta);
	return true;
}

/* Is the model one of class 3 (M error, M season, trend N/A/Ad)? */
static bool
is_class3(const EtsModel *mod)
{
	int			tr = ETS_CODE_TR(mod->code);

	return ETS_CODE_ERR(mod->code) == ETS_ERR_M &&
		ETS_CODE_SE(mod->code) == ETS_SE_M && mod->m <= ETS_CLASS3_MAX_M &&
		(tr == ETS_TR_N || tr == ETS_TR_A || tr == ETS_TR_AD);
}

/* Does the model have a closed-form variance (class 1, 2 or 3)? */
static bool
closed_form(const EtsModel *mod)
{
	int			tr = ETS_CODE_TR(mod->code);

	if (tr == ETS_TR_M || tr == ETS_TR_MD)
		return false;
	if (ETS_CODE_SE(mod->code) == ETS_SE_M)
		return is_class3(mod);
	return true;
}

/* The variances 1 .. horizon of a model with a closed form. */
static bool
closed_var(const EtsModel *mod, int64_t horizon, double *var)
{
	if (ETS_CODE_ERR(mod->code) == ETS_ERR_A)
	{
		class1_var(mod, horizon, var);
		return true;
	}
	if (ETS_CODE_SE(mod->code) != ETS_SE_M)
		return class2_var(mod, horizon, var);
	return ets_class3_var(mod, horizon, var);
}

/* splitmix64: the next 64 random bits of *s. */
static uint64_t
splitmix(uint64_t *s)
{
	uint64_t	z = (*s += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* A standard normal deviate (Box-Muller, one of the pair). */
static double
normal(uint64_t *s)
{
	double		u1 = ((splitmix(s) >> 11) + 0.5) / 9007199254740992.0;
	double		u2 = (splitmix(s) >> 11) / 9007199254740992.0;

	return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

/* Order doubles (qsort), NaN after every number. */
static int
cmp_dbl(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	if (isnan(x) || isnan(y))
		return isnan(x) - isnan(y);
	return (x > y) - (x < y);
}

/* One step of a simulated path from the states: the value it yields. */
static double
sim_step(const EtsModel *mod, double *l, double *b, double *s, int j,
		 double e)
{
	double		f = ets_forecast1(mod->code, mod->phi, *l, *b, s[j]);
	double		y = ETS_CODE_ERR(mod->code) == ETS_ERR_A ? f + e : f * (1.0 + e);

	ets_update(mod->code, mod->alpha, mod->beta, mod->gamma, mod->phi,
			   l, b, &s[j], y);
	return y;
}

/*
 * The simulated quantiles (level) of the values 1 .. horizon steps ahead:
 * ETS_SIM_PATHS paths from the final states, errors N(0, sigma^2) from a
 * fixed seed, the paths' values kept per step and sorted.
 */
static bool
sim_intervals(const EtsModel *mod, int64_t horizon, double level,
			  double *low, double *high)
{
	int			m = mod->m > 1 ? mod->m : 1;
	size_t		cells = (size_t) ETS_SIM_PATHS * (size_t) horizon;
	double	   *vals = horizon > ETS_SIM_MAX_H ? NULL :
		malloc(sizeof(double) * (cells + (size_t) m));
	double	   *s;
	double		sd = sqrt(mod->sigma2);
	uint64_t	seed = UINT64_C(20261207);
	int			lo = (int) floor((ETS_SIM_PATHS - 1) * (0.5 - level / 2.0) + 0.5),
				hi = (int) floor((ETS_SIM_PATHS - 1) * (0.5 + level / 2.0) + 0.5);

	if (horizon > ETS_SIM_MAX_H || vals == NULL)
	{
		free(vals);
		return false;
	}
	s = vals + cells;
	for (int p = 0; p < ETS_SIM_PATHS; p++)
	{
		double		l = mod->level,
					b = mod->trend;

		if (mod->m > 1)
			memcpy(s, mod->data, sizeof(double) * m);
		else
			s[0] = ETS_CODE_SE(mod->code) == ETS_SE_M ? 1.0 : 0.0;
		for (int64_t i = 0; i < horizon; i++)
			vals[i * ETS_SIM_PATHS + p] =
				sim_step(mod, &l, &b, s, (int) (i % m), sd * normal(&seed));
	}
	for (int64_t i = 0; i < horizon; i++)
	{
		double	   *v = vals + i * ETS_SIM_PATHS;

		qsort(v, ETS_SIM_PATHS, sizeof(double), cmp_dbl);
		/* a path that left the numbers: no interval (the caller refuses) */
		low[i] = isnan(v[ETS_SIM_PATHS - 1]) ? NAN : v[lo];
		high[i] = isnan(v[ETS_SIM_PATHS - 1]) ? NAN : v[hi];
	}
	free(vals);
	return true;
}

/*
 * The central intervals of the level 1 .. horizon steps after the last
 * point into low[], high[]: closed form where the model has one, else
 * simulated; false when memory ran out.
 */
bool
ets_ets_intervals(const EtsModel *mod, int64_t horizon, double level,
				  double *low, double *high)
{
	double		z = ets_normal_quantile(0.5 + level / 2.0);

	if (!closed_form(mod))
		return sim_intervals(mod, horizon, level, low, high);
	/* high holds the variances until the bounds replace them */
	if (!closed_var(mod, horizon, high))
		return false;
	for (int64_t h = 1; h <= horizon; h++)
	{
		double		y = ets_ets_point(mod, h),
					half = z * sqrt(high[h - 1] > 0.0 ? high[h - 1] : 0.0);

		low[h - 1] = y - half;
		high[h - 1] = y + half;
	}
	return true;
}
