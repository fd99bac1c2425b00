/*-------------------------------------------------------------------------
 *
 * ets_lik.c
 *	  The likelihood of the search, fast: one loop per model of the family
 *	  with its components fixed at compile time (an inline template
 *	  instantiated 30 times), so that the search's millions of runs carry
 *	  no branch on the model.  The same numbers as ets_run (ets_fit.c),
 *	  which the fitted model is written from; log |yhat| of an M error is
 *	  summed as the log of running products (one log per 2^32 or so of
 *	  their range, not one per point).  Plain C.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "ets_search.h"

#if defined(__GNUC__)
#define ETS_INLINE static inline __attribute__((always_inline))
#else
#define ETS_INLINE static inline
#endif

/* lik of a model of code CODE (a constant where it is inlined). */
ETS_INLINE double
lik_template(const EtsWork *w, const EtsParams *p, const int code)
{
	const int	e = ETS_CODE_ERR(code),
				tr = ETS_CODE_TR(code),
				se = ETS_CODE_SE(code);
	const double *z = w->z;
	double	   *ring = w->ring;
	const int	n = w->n,
				m = w->m;
	const double alpha = p->alpha,
				bstar = tr == ETS_TR_N ? 0.0 : p->beta / p->alpha,
				gamma = p->gamma,
				phi = p->phi;
	double		l = p->l0,
				b = p->b0,
				sse = 0.0,
				slog = 0.0,
				prod = 1.0,
				none = 0.0;
	int			j = 0;

	for (int t = 0; t < n; t++)
	{
		double	   *s = se == ETS_SE_N ? &none : &ring[j];
		double		phib = tr == ETS_TR_N ? 0.0 :
			(tr <= ETS_TR_AD ? phi * b : (phi == 1.0 ? b : pow(b, phi)));
		double		q = tr == ETS_TR_N ? l : (tr <= ETS_TR_AD ? l + phib : l * phib);
		double		f = se == ETS_SE_N ? q : (se == ETS_SE_A ? q + *s : q * *s);
		double		y = z[t],
					err = y - f,
					pp,
					oldl = l;

		if (e == ETS_ERR_M)
		{
			if (!(f > 0.0))
				return HUGE_VAL;
			err /= f;
			prod *= f;
			if (prod > 1e150 || prod < 1e-150)
			{
				slog += log(prod);
				prod = 1.0;
			}
		}
		sse += err * err;
		pp = se == ETS_SE_N ? y : (se == ETS_SE_A ? y - *s : y / *s);
		l = q + alpha * (pp - q);
		if (tr != ETS_TR_N)
			b = phib + bstar * ((tr <= ETS_TR_AD ? l - oldl : l / oldl) - phib);
		if (se != ETS_SE_N)
		{
			*s = *s + gamma * ((se == ETS_SE_A ? y - q : y / q) - *s);
			if (++j == m)
				j = 0;
		}
	}
	if (!isfinite(sse) || !isfinite(l) || !isfinite(b))
		return HUGE_VAL;
	/* the final states a model of multiplicative parts needs (> 0) */
	if (tr >= ETS_TR_M && !(l > 0.0 && b > 0.0))
		return HUGE_VAL;
	for (int k = 0; se == ETS_SE_M && k < m; k++)
		if (!(ring[k] > 0.0))
			return HUGE_VAL;
	if (e == ETS_ERR_M)
		slog += log(prod);
	return n * log(sse > 1e-300 ? sse : 1e-300) + 2.0 * slog;
}

#define LIK(c) \
static double lik_##c(const EtsWork *w, const EtsParams *p) \
{ return lik_template(w, p, c); }
LIK(0) LIK(1) LIK(2) LIK(3) LIK(4) LIK(5) LIK(6) LIK(7) LIK(8) LIK(9)
LIK(10) LIK(11) LIK(12) LIK(13) LIK(14) LIK(15) LIK(16) LIK(17) LIK(18) LIK(19)
LIK(20) LIK(21) LIK(22) LIK(23) LIK(24) LIK(25) LIK(26) LIK(27) LIK(28) LIK(29)

typedef double (*LikFn) (const EtsWork *w, const EtsParams *p);

static const LikFn lik_fns[ETS_NCODES] = {
	lik_0, lik_1, lik_2, lik_3, lik_4, lik_5, lik_6, lik_7, lik_8, lik_9,
	lik_10, lik_11, lik_12, lik_13, lik_14, lik_15, lik_16, lik_17, lik_18, lik_19,
	lik_20, lik_21, lik_22, lik_23, lik_24, lik_25, lik_26, lik_27, lik_28, lik_29
};

/*
 * lik (forecast::ets's, on the scaled series) of the work's model from the
 * states in p (seasonal states in w->ring, which it updates), HUGE_VAL
 * where it is not finite or an M error meets a forecast <= 0.
 */
double
ets_lik(const EtsWork *w, const EtsParams *p)
{
	return lik_fns[w->code](w, p);
}
