/*-------------------------------------------------------------------------
 *
 * ets_forecast.c
 *	  The one dispatch on a model's method (ETS, THETA, COMBINATION): its
 *	  point forecast, its intervals, its size and components, the check
 *	  that a stored model is one a fit could have made, and the reading
 *	  of a version 1 (2.0) model as version 2.  Plain C, no server calls.
 *
 * A COMBINATION's point forecast is the weighted sum of its components',
 * and its interval bounds the weighted sums of theirs, widened by the
 * spread of the components' point forecasts (combination_spread), and
 * never narrower than its in-sample errors at that horizon say
 * (combination_floor, auto_calib.c).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "auto_model.h"

/* The point forecast h >= 1 steps after the last point. */
double
ets_point(const EtsModel *mod, int64_t h)
{
	double		y = 0.0;

	switch (mod->method)
	{
		case ETS_METHOD_ETS:
			return ets_ets_point(mod, h);
		case ETS_METHOD_THETA:
			return theta_point(mod, h);
		default:
			for (int i = 0; i < mod->ncomp; i++)
				y += ETS_WEIGHTS(mod)[i] * ets_point(ets_component(mod, i), h);
			return y;
	}
}

/*
 * A combination's bounds widened by the spread of its components' point
 * forecasts about its own (theta's auto_model.c): the combination read as
 * a mixture of its components' forecast distributions, whose variance is
 * the within part (the weighted bounds) plus the between part
 * B = sum w_i (f_i - f)^2, so each half-width d becomes sqrt(d^2 + z^2 B).
 */
static void
combination_spread(const EtsModel *mod, int64_t horizon, double level,
				   double *low, double *high)
{
	double		z = ets_normal_quantile(0.5 + level / 2.0);

	for (int64_t h = 0; h < horizon; h++)
	{
		double		y = ets_point(mod, h + 1),
					b = 0.0;

		for (int i = 0; i < mod->ncomp; i++)
		{
			double		d = ets_point(ets_component(mod, i), h + 1) - y;

			b += ETS_WEIGHTS(mod)[i] * d * d;
		}
		low[h] = y - sqrt((y - low[h]) * (y - low[h]) + z * z * b);
		high[h] = y + sqrt((high[h] - y) * (high[h] - y) + z * z * b);
	}
}

/*
 * A combination's bounds no closer to its forecast than z times the root
 * mean square of its in-sample errors at that horizon; beyond the horizons
 * calibrated, each half-width widened by the ratio the last calibrated one
 * needed.
 */
static void
combination_floor(const EtsModel *mod, int64_t horizon, double level,
				  double *low, double *high)
{
	const double *x = ETS_EXTRA(mod);
	int			hmax = mod->nextra - 1;
	double		z = ets_normal_quantile(0.5 + level / 2.0),
				rl = 1.0,
				rh = 1.0;

	for (int64_t h = 0; h < horizon && hmax > 0; h++)
	{
		double		y = ets_point(mod, h + 1),
					dl = y - low[h],
					dh = high[h] - y,
					e;

		if (h < hmax)
		{
			e = z * sqrt(x[1 + h]);
			rl = dl > 0.0 && e > dl ? e / dl : 1.0;
			rh = dh > 0.0 && e > dh ? e / dh : 1.0;
			dl = dl > e ? dl : e;
			dh = dh > e ? dh : e;
		}
		else
			dl *= rl, dh *= rh;
		low[h] = y - dl;
		high[h] = y + dh;
	}
}

/*
 * The central intervals of the level for h = 1 .. horizon into low[],
 * high[]; false when memory ran out.
 */
bool
ets_intervals(const EtsModel *mod, int64_t horizon, double level,
			  double *low, double *high)
{
	double	   *lo,
			   *hi;

	if (mod->method == ETS_METHOD_ETS)
		return ets_ets_intervals(mod, horizon, level, low, high);
	if (mod->method == ETS_METHOD_THETA)
		return theta_intervals(mod, horizon, level, low, high);
	lo = malloc(sizeof(double) * 2 * (size_t) horizon);
	if (lo == NULL)
		return false;
	hi = lo + horizon;
	memset(low, 0, sizeof(double) * horizon);
	memset(high, 0, sizeof(double) * horizon);
	for (int i = 0; i < mod->ncomp; i++)
	{
		double		w = ETS_WEIGHTS(mod)[i];

		if (!ets_intervals(ets_component(mod, i), horizon, level, lo, hi))
		{
			free(lo);
			return false;
		}
		for (int64_t h = 0; h < horizon; h++)
		{
			low[h] += w * lo[h];
			high[h] += w * hi[h];
		}
	}
	free(lo);
	combination_spread(mod, horizon, level, low, high);
	combination_floor(mod, horizon, level, low, high);
	return true;
}

/* The bytes of the fixed part and the doubles of a model. */
static size_t
own_size(const EtsModel *mod)
{
	return offsetof(EtsModel, data) + sizeof(double) *
		ETS_NDOUBLES(mod->n, mod->m, mod->ncand, mod->nextra, mod->ncomp);
}

/* Component i of a COMBINATION (components back to back after weights). */
const EtsModel *
ets_component(const EtsModel *mod, int i)
{
	const char *p = (const char *) mod + own_size(mod);

	for (int k = 0; k < i; k++)
		p += ((const EtsModel *) p)->vl_len_;
	return (const EtsModel *) p;
}

/* The bytes of a model, its components included. */
size_t
ets_model_size(const EtsModel *mod)
{
	size_t		size = own_size(mod);

	for (int i = 0; i < mod->ncomp; i++)
		size += (size_t) ets_component(mod, i)->vl_len_;
	return size;
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

/* Are the times of a model in range? */
static bool
times_valid(const EtsModel *mod)
{
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

/* Are the counts of a model in range (the sizes follow from them)? */
static bool
counts_valid(const EtsModel *mod)
{
	if (mod->version != ETS_VERSION || mod->method < 0 ||
		mod->method >= ETS_NMETHODS || mod->code < 0 || mod->code >= ETS_NCODES)
		return false;
	if (mod->n < 3 || mod->n > ETS_MAX_N || mod->period < 1 ||
		(int64_t) mod->period * 2 > mod->n || mod->filled < 0 ||
		mod->filled >= mod->n || mod->m < 1 || mod->m > mod->period)
		return false;
	if ((mod->flags & ~(ETS_FLAG_CHOSEN | ETS_FLAG_SIMULATED | ETS_FLAG_BIC_WEIGHTS)) != 0 ||
		((mod->flags & ETS_FLAG_BIC_WEIGHTS) && mod->method != ETS_METHOD_COMBINATION) ||
		mod->ncand < 0 || mod->ncand > ETS_MAX_CAND || mod->nextra < 0 ||
		mod->nextra > 4 * ETS_MAX_N || mod->ncomp < 0 || mod->ncomp > ETS_MAX_COMP)
		return false;
	return (mod->method == ETS_METHOD_COMBINATION) == (mod->ncomp > 0);
}

/* Are the summary numbers finite and in range (AICc, MASE may be NaN)? */
static bool
stats_valid(const EtsModel *mod)
{
	const double *d = &mod->alpha;

	for (int i = 0; i < 13; i++)
		if (!isfinite(d[i]) && !(isnan(d[i]) && (d + i == &mod->aicc || d + i == &mod->mase)))
			return false;
	return mod->sigma2 >= 0.0 && mod->mae >= 0.0 && mod->rmse >= 0.0 &&
		!(mod->mase < 0.0) && mod->smape >= 0.0 && mod->smape <= 200.0;
}

/* Are an ETS model's parameters in their bounds, and its states sound? */
static bool
ets_params_valid(const EtsModel *mod)
{
	int			code = mod->code,
				tr = ETS_CODE_TR(code),
				se = ETS_CODE_SE(code);

	if (ets_code_seasonal(code) ? mod->m != mod->period : mod->m != 1)
		return false;
	if (!ets_code_supported(code, mod->n, mod->period))
		return false;
	if (!(mod->alpha > 0.0 && mod->alpha < 1.0))
		return false;
	if (tr != ETS_TR_N ? !(mod->beta > 0.0 && mod->beta <= mod->alpha) : mod->beta != 0.0)
		return false;
	if (se != ETS_SE_N ? !(mod->gamma > 0.0 && mod->gamma <= 1.0 - mod->alpha) : mod->gamma != 0.0)
		return false;
	if (ets_code_damped(code) ? !(mod->phi >= 0.8 && mod->phi <= 0.98) : mod->phi != 1.0)
		return false;
	if (tr == ETS_TR_N && mod->trend != 0.0)
		return false;
	if ((tr == ETS_TR_M || tr == ETS_TR_MD) && !(mod->trend > 0.0 && mod->level > 0.0))
		return false;
	if (se == ETS_SE_M)
		for (int j = 0; j < mod->m; j++)
			if (!(mod->data[j] > 0.0))
				return false;
	return true;
}

/* Is a COMBINATION's every component sound, its weights summing to 1? */
static bool
combination_valid(const EtsModel *mod, size_t size)
{
	size_t		at = own_size(mod);
	double		sum = 0.0;

	if (mod->m != 1 || !auto_calib_valid(mod))
		return false;
	for (int i = 0; i < mod->ncomp; i++)
	{
		const EtsModel *c = (const EtsModel *) ((const char *) mod + at);
		double		w = ETS_WEIGHTS(mod)[i];
		size_t		cs;

		if (!(w >= 0.0 && w <= 1.0) || size - at < offsetof(EtsModel, data))
			return false;
		cs = (size_t) (c->vl_len_ > 0 ? c->vl_len_ : 0);
		if (cs > size - at || cs % 8 != 0 || c->method == ETS_METHOD_COMBINATION ||
			c->n != mod->n || c->period != mod->period || c->tkind != mod->tkind ||
			c->tunit != mod->tunit || c->t0 != mod->t0 || c->step != mod->step ||
			c->trem != mod->trem || !ets_model_valid(c, cs))
			return false;
		sum += w;
		at += cs;
	}
	return at == size && fabs(sum - 1.0) < 1e-9;
}

/*
 * Is this a model a fit could have made (every field in range, every
 * number finite but the AICc and MASE, which may be NaN for none, the
 * candidates' AICc too), of the size given?
 */
bool
ets_model_valid(const EtsModel *mod, size_t size)
{
	size_t		nd;

	if (size < offsetof(EtsModel, data) || !counts_valid(mod) ||
		!times_valid(mod) || !stats_valid(mod))
		return false;
	nd = ETS_NDOUBLES(mod->n, mod->m, mod->ncand, mod->nextra, mod->ncomp);
	if (size < own_size(mod) || (mod->ncomp == 0 && size != own_size(mod)))
		return false;
	for (size_t i = 0; i < nd; i++)
		if (!isfinite(mod->data[i]) &&
			!(isnan(mod->data[i]) && i >= (size_t) (ETS_CAND(mod) - mod->data) &&
			  i < (size_t) (ETS_EXTRA(mod) - mod->data) &&
			  (i - (size_t) (ETS_CAND(mod) - mod->data)) % 2 == 1))
			return false;
	for (int i = 0; i < mod->ncand; i++)
	{
		double		c = ETS_CAND(mod)[2 * i];

		if (!((c >= 0 && c < ETS_NCODES && c == floor(c)) ||
			  c == ETS_CAND_THETA || c == ETS_CAND_COMBINATION))
			return false;
	}
	if (mod->method == ETS_METHOD_ETS)
		return mod->nextra == 0 && ets_params_valid(mod);
	if (mod->method == ETS_METHOD_THETA)
		return theta_model_valid(mod);
	return combination_valid(mod, size);
}

/*
 * A version 1 model (2.0's layout, size bytes) as version 2 into out (cap
 * bytes); returns the bytes of the version 2 model, 0 when v1 is not a
 * sound version 1 model, or more than cap when out is too small (nothing
 * written then).  The data (seasonal states, fitted values) keeps its
 * meaning: the 2.0 kinds are the codes of the same names.
 */
size_t
ets_model_from_v1(const EtsModelV1 *v1, size_t size, EtsModel *out,
				  size_t cap)
{
	size_t		need,
				nd;

	if (size < offsetof(EtsModelV1, data) || v1->version != ETS_VERSION_1 ||
		v1->flags != 0 || ets_kind_v1_code(v1->kind) < 0 || v1->n < 3 ||
		v1->n > ETS_MAX_N || v1->m < 1 || v1->m > v1->n ||
		size != ETS_MODEL_V1_SIZE(v1->n, v1->m))
		return 0;
	need = ETS_MODEL_SIZE(v1->n, v1->m);
	if (cap < need)
		return need;
	memset(out, 0, offsetof(EtsModel, data));
	out->version = ETS_VERSION;
	out->method = ETS_METHOD_ETS;
	out->code = ets_kind_v1_code(v1->kind);
	out->tkind = v1->tkind;
	out->tunit = v1->tunit;
	out->m = v1->m;
	out->period = v1->period;
	out->n = v1->n;
	out->filled = v1->filled;
	out->t0 = v1->t0;
	out->step = v1->step;
	out->trem = v1->trem;
	memcpy(&out->alpha, &v1->alpha, 13 * sizeof(double));
	nd = (size_t) v1->n + (v1->m > 1 ? (size_t) v1->m : 0);
	memcpy(out->data, v1->data, nd * sizeof(double));
	return need;
}
