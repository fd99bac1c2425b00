/*-------------------------------------------------------------------------
 *
 * ets_math.c
 *	  The models of gpumkt_ets as plain C: their codes, names and shapes,
 *	  the reading of a model argument (R's codes, Z to choose), and the
 *	  normal quantile of the intervals.  No server calls.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_math.h"

static const char *const err_names[] = {"A", "M"};
static const char *const tr_names[] = {"N", "A", "Ad", "M", "Md"};
static const char *const se_names[] = {"N", "A", "M"};
static const char *const code_names[ETS_NCODES] = {
	"ANN", "MNN", "AAN", "MAN", "AAdN", "MAdN", "AMN", "MMN", "AMdN", "MMdN",
	"ANA", "MNA", "AAA", "MAA", "AAdA", "MAdA", "AMA", "MMA", "AMdA", "MMdA",
	"ANM", "MNM", "AAM", "MAM", "AAdM", "MAdM", "AMM", "MMM", "AMdM", "MMdM"
};

/* The name of a model code (ANN ... MMdM). */
const char *
ets_code_name(int code)
{
	return (code >= 0 && code < ETS_NCODES) ? code_names[code] : "?";
}

/* Does a equal b but for case? */
static bool
same_name(const char *a, const char *b)
{
	while (*a && *b && (*a | 0x20) == (*b | 0x20))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

/* The code of a name, exact but for case; -1 when there is none. */
int
ets_code_of_name(const char *name)
{
	for (int k = 0; k < ETS_NCODES; k++)
		if (same_name(code_names[k], name))
			return k;
	return -1;
}

/* The code of a version 1 kind. */
int
ets_kind_v1_code(int kind)
{
	static const int codes[ETS_NKINDS] = {
		ETS_CODE(ETS_ERR_A, ETS_TR_N, ETS_SE_N), ETS_CODE(ETS_ERR_A, ETS_TR_A, ETS_SE_N),
		ETS_CODE(ETS_ERR_A, ETS_TR_AD, ETS_SE_N), ETS_CODE(ETS_ERR_A, ETS_TR_N, ETS_SE_A),
		ETS_CODE(ETS_ERR_A, ETS_TR_A, ETS_SE_A), ETS_CODE(ETS_ERR_A, ETS_TR_AD, ETS_SE_A)
	};

	return (kind >= 0 && kind < ETS_NKINDS) ? codes[kind] : -1;
}

/* Read one component among names (or Z: ETS_ANY) at *p; false if none. */
static bool
spec_part(const char **p, const char *const *names, int k, int *out)
{
	int			best = -1;
	size_t		blen = 0;

	if ((**p | 0x20) == 'z')
	{
		(*p)++;
		*out = ETS_ANY;
		return true;
	}
	for (int i = 0; i < k; i++)
	{
		size_t		len = strlen(names[i]);
		size_t		j = 0;

		while (j < len && (*p)[j] && ((*p)[j] | 0x20) == (names[i][j] | 0x20))
			j++;
		/* the longer match wins: Ad over A (no season starts with d) */
		if (j == len && len > blen)
			best = i, blen = len;
	}
	if (best < 0)
		return false;
	*p += blen;
	*out = best;
	return true;
}

/*
 * Read a model argument into opt's error, trend and seas: R's codes of
 * three letters (four with a d), Z for "choose" (ZZZ, MZZ, AZN ...), any
 * case; false for anything else.  M trends are allowed when named.
 */
bool
ets_parse_spec(const char *name, EtsOptions *opt)
{
	const char *p = name;

	if (!spec_part(&p, err_names, 2, &opt->error) ||
		!spec_part(&p, tr_names, 5, &opt->trend) ||
		!spec_part(&p, se_names, 3, &opt->seas) || *p != '\0')
		return false;
	return true;
}

/*
 * A model argument (opt's error, trend, seas; ETS_ANY for Z) packed in an
 * int >= 0, as the aggregate's state keeps it (-1: no argument).
 */
int
ets_spec_pack(const EtsOptions *o)
{
	return (o->error + 1) | ((o->trend + 1) << 4) | ((o->seas + 1) << 8) | (1 << 12);
}

/* Unpack a model argument into opt (-1: choose every component). */
void
ets_spec_unpack(int packed, EtsOptions *o)
{
	o->error = packed < 0 ? ETS_ANY : (packed & 15) - 1;
	o->trend = packed < 0 ? ETS_ANY : ((packed >> 4) & 15) - 1;
	o->seas = packed < 0 ? ETS_ANY : ((packed >> 8) & 15) - 1;
}

/* The code of a fully given model argument, or -1. */
int
ets_spec_code(int packed)
{
	EtsOptions	o;

	ets_spec_unpack(packed, &o);
	if (o.error == ETS_ANY || o.trend == ETS_ANY || o.seas == ETS_ANY)
		return -1;
	return ETS_CODE(o.error, o.trend, o.seas);
}

/* A packed model argument in R's letters (Z for a free one) into buf[8]. */
void
ets_spec_name(int packed, char *buf)
{
	EtsOptions	o;

	ets_spec_unpack(packed, &o);
	strcpy(buf, o.error == ETS_ANY ? "Z" : err_names[o.error]);
	strcat(buf, o.trend == ETS_ANY ? "Z" : tr_names[o.trend]);
	strcat(buf, o.seas == ETS_ANY ? "Z" : se_names[o.seas]);
}

/* Has the model a trend? */
bool
ets_code_trend(int code)
{
	return ETS_CODE_TR(code) != ETS_TR_N;
}

/* Is its trend damped? */
bool
ets_code_damped(int code)
{
	return ETS_CODE_TR(code) == ETS_TR_AD || ETS_CODE_TR(code) == ETS_TR_MD;
}

/* Has the model a season? */
bool
ets_code_seasonal(int code)
{
	return ETS_CODE_SE(code) != ETS_SE_N;
}

/*
 * The free quantities the fit estimates: smoothing parameters, phi, and
 * the initial states (l0, b0, and m - 1 seasonal states, the m-th fixed by
 * the others); the variance comes on top.
 */
int
ets_code_nparams(int code, int m)
{
	int			k = 2;

	if (ets_code_trend(code))
		k += 2;
	if (ets_code_damped(code))
		k += 1;
	if (ets_code_seasonal(code))
		k += m;
	return k;
}

/*
 * Can n points of a series with cycle m support the model?  A seasonal
 * model needs a cycle and two full cycles; any model needs more points
 * than free quantities, so that the variance has a degree of freedom.
 */
bool
ets_code_supported(int code, int n, int m)
{
	if (code < 0 || code >= ETS_NCODES)
		return false;
	if (ets_code_seasonal(code) && (m < 2 || (int64_t) n < 2 * (int64_t) m))
		return false;
	return n >= 3 && n >= ets_code_nparams(code, m) + 1;
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
