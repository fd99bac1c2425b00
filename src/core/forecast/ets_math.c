/*-------------------------------------------------------------------------
 *
 * ets_math.c
 *	  The models of gpumkt_ets as plain C: their names and shapes, the point
 *	  forecast and its variance from a fitted model, the normal quantile of
 *	  the intervals, and the check that a stored model is one the fit could
 *	  have made.  No server calls.
 *
 * Forecasts (Hyndman et al. 2008, chapter 6), h steps after the last
 * point, from the final level l, trend b and seasonal states s:
 *	  y(h) = l + phi_h b + s(h),	phi_h = h (AAN, AAA), phi + ... + phi^h
 *	  (damped), 0 (no trend); s(h) the state of the season of point n+h-1.
 * Their variance, table 6.1 for the additive-error models (class 1):
 *	  v(h) = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2),
 *	  c_j = alpha + beta * (j or phi_j or 0) + gamma * [j mod m = 0].
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_math.h"

static const char *const kind_names[ETS_NKINDS] = {
	"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA"
};

/* The name of a model kind (ANN ... AAdA). */
const char *
ets_kind_name(int kind)
{
	return (kind >= 0 && kind < ETS_NKINDS) ? kind_names[kind] : "?";
}

/* The kind of a name, exact but for case; -1 when there is none. */
int
ets_kind_of_name(const char *name)
{
	for (int k = 0; k < ETS_NKINDS; k++)
	{
		const char *a = kind_names[k];
		const char *b = name;

		while (*a && *b && (*a | 0x20) == (*b | 0x20))
			a++, b++;
		if (*a == '\0' && *b == '\0')
			return k;
	}
	return -1;
}

/* Has the kind a trend? */
bool
ets_kind_trend(int kind)
{
	return kind == ETS_AAN || kind == ETS_AADN || kind == ETS_AAA || kind == ETS_AADA;
}

/* Is its trend damped? */
bool
ets_kind_damped(int kind)
{
	return kind == ETS_AADN || kind == ETS_AADA;
}

/* Has the kind a season? */
bool
ets_kind_seasonal(int kind)
{
	return kind >= ETS_ANA && kind < ETS_NKINDS;
}

/*
 * The free quantities the fit estimates: smoothing parameters, phi, and
 * the initial states (l0, b0, and m - 1 seasonal states summing to zero
 * with the m-th); the variance comes on top.
 */
int
ets_kind_nparams(int kind, int m)
{
	int			k = 2;

	if (ets_kind_trend(kind))
		k += 2;
	if (ets_kind_damped(kind))
		k += 1;
	if (ets_kind_seasonal(kind))
		k += m;
	return k;
}

/*
 * Can n points of a series with cycle m support the kind?  A seasonal
 * model needs a cycle and two full cycles; any model needs more points
 * than free quantities, so that the variance has a degree of freedom.
 */
bool
ets_kind_supported(int kind, int n, int m)
{
	if (ets_kind_seasonal(kind) && (m < 2 || (int64_t) n < 2 * (int64_t) m))
		return false;
	return n >= 3 && n >= ets_kind_nparams(kind, m) + 1;
}

/* phi + phi^2 + ... + phi^h (h for an undamped trend). */
static double
phi_sum(double phi, int64_t h)
{
	if (phi == 1.0)
		return (double) h;
	return phi * (1.0 - pow(phi, (double) h)) / (1.0 - phi);
}

/* The point forecast h >= 1 steps after the last point. */
double
ets_point(const EtsModel *mod, int64_t h)
{
	double		y = mod->level;

	if (ets_kind_trend(mod->kind))
		y += phi_sum(mod->phi, h) * mod->trend;
	if (mod->m > 1)
		y += mod->data[(h - 1) % mod->m];
	return y;
}

/* c_j of table 6.1: the weight of the error j steps back, j >= 1. */
double
ets_c(const EtsModel *mod, int64_t j)
{
	double		c = mod->alpha;

	if (ets_kind_trend(mod->kind))
		c += mod->beta * phi_sum(mod->phi, j);
	if (mod->m > 1 && j % mod->m == 0)
		c += mod->gamma;
	return c;
}

/* The variance of the forecast h >= 1 steps ahead (table 6.1, class 1). */
double
ets_variance(const EtsModel *mod, int64_t h)
{
	double		sum = 0.0;

	for (int64_t j = 1; j < h; j++)
	{
		double		c = ets_c(mod, j);

		sum += c * c;
	}
	return mod->sigma2 * (1.0 + sum);
}

/*
 * The p-quantile of the standard normal, 0 < p < 1: Acklam's rational
 * approximation, then one Halley step on erfc (about 1e-15 relative).
 */
double
ets_normal_quantile(double p)
{
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
	-3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
	-1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
	4.374664141464968e+00, 2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
	2.445134137142996e+00, 3.754408661907416e+00};
	double		q,
				r,
				x,
				e,
				u;

	if (p < 0.02425 || p > 1.0 - 0.02425)
	{
		q = sqrt(-2.0 * log(p < 0.5 ? p : 1.0 - p));
		x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
		if (p > 0.5)
			x = -x;
	}
	else
	{
		q = p - 0.5;
		r = q * q;
		x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
			(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
	}
	e = 0.5 * erfc(-x / sqrt(2.0)) - p;
	u = e * sqrt(2.0 * M_PI) * exp(x * x / 2.0);
	return x - u / (1.0 + x * u / 2.0);
}

/*
 * Is the trem of a clamped calendar one the fit makes: a day from the 29th
 * to the 31st (a date), and a time of day (a timestamptz)?
 */
static bool
clamped_trem_valid(const EtsModel *mod)
{
	int64_t		day = mod->tkind == ETS_T_DATE ? 1 : INT64_C(86400000000);

	return mod->trem >= 28 * day && mod->trem < 31 * day;
}

/* Are the fixed fields of a model in range (counts, kinds, time)? */
static bool
model_shape_valid(const EtsModel *mod)
{
	if (mod->version != ETS_VERSION || mod->flags != 0)
		return false;
	if (mod->kind < 0 || mod->kind >= ETS_NKINDS)
		return false;
	if (mod->n < 3 || mod->n > ETS_MAX_N || mod->period < 1 ||
		(int64_t) mod->period * 2 > mod->n || mod->filled < 0 ||
		mod->filled >= mod->n)
		return false;
	if (ets_kind_seasonal(mod->kind) ? mod->m != mod->period : mod->m != 1)
		return false;
	if (!ets_kind_supported(mod->kind, mod->n, mod->period))
		return false;
	if (mod->tkind < ETS_T_INT || mod->tkind > ETS_T_TSTZ ||
		mod->tunit < ETS_UNIT_NATIVE || mod->tunit > ETS_UNIT_MONTH_CLAMPED ||
		(mod->tunit != ETS_UNIT_NATIVE && mod->tkind == ETS_T_INT))
		return false;
	if (mod->step < 1 || mod->step > (INT64_MAX / 2) / (mod->n - 1) ||
		mod->t0 > INT64_MAX - mod->step * (mod->n - 1) || mod->trem < 0 ||
		(mod->tunit == ETS_UNIT_NATIVE && mod->trem != 0) ||
		(mod->tunit == ETS_UNIT_MONTH && mod->trem >= INT64_C(31) * 86400000000))
		return false;
	return mod->tunit != ETS_UNIT_MONTH_CLAMPED || clamped_trem_valid(mod);
}

/* Are the parameters in their bounds, zero or one where the kind has none? */
static bool
model_params_valid(const EtsModel *mod)
{
	if (!(mod->alpha > 0.0 && mod->alpha < 1.0))
		return false;
	if (ets_kind_trend(mod->kind) ? !(mod->beta > 0.0 && mod->beta < mod->alpha) : mod->beta != 0.0)
		return false;
	if (ets_kind_seasonal(mod->kind) ? !(mod->gamma > 0.0 && mod->gamma < 1.0 - mod->alpha) : mod->gamma != 0.0)
		return false;
	if (ets_kind_damped(mod->kind) ? !(mod->phi >= 0.8 && mod->phi <= 0.98) : mod->phi != 1.0)
		return false;
	if (!ets_kind_trend(mod->kind) && mod->trend != 0.0)
		return false;
	if (!(mod->sigma2 >= 0.0 && isfinite(mod->sigma2)) || !isfinite(mod->loglik))
		return false;
	if (!(isnan(mod->aicc) || isfinite(mod->aicc)))
		return false;
	if (!(mod->mae >= 0.0 && isfinite(mod->mae)) ||
		!(mod->rmse >= 0.0 && isfinite(mod->rmse)))
		return false;
	if (!(isnan(mod->mase) || (mod->mase >= 0.0 && isfinite(mod->mase))))
		return false;
	if (!(mod->smape >= 0.0 && mod->smape <= 200.0))
		return false;
	if (!isfinite(mod->level) || !isfinite(mod->trend))
		return false;
	return true;
}

/*
 * Is this a model the fit could have made (every field in range, every
 * number finite but the AICc and MASE, which may be NaN for none), of the
 * size given?
 */
bool
ets_model_valid(const EtsModel *mod, size_t size)
{
	int			nd;

	if (size < offsetof(EtsModel, data) || !model_shape_valid(mod))
		return false;
	if (size != ETS_MODEL_SIZE(mod->n, mod->m))
		return false;
	if (!model_params_valid(mod))
		return false;
	nd = mod->n + (mod->m > 1 ? mod->m : 0);
	for (int i = 0; i < nd; i++)
		if (!isfinite(mod->data[i]))
			return false;
	return true;
}
