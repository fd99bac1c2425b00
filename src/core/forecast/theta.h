/*-------------------------------------------------------------------------
 *
 * theta.h
 *	  The Theta method (Assimakopoulos and Nikolopoulos 2000) as R's
 *	  forecast::thetaf computes it (Hyndman and Billah 2003: simple
 *	  exponential smoothing with drift), in plain C without server calls
 *	  (test/fuzz/fuzz_theta.c links it alone): the 90 % autocorrelation
 *	  test of seasonality, the classical multiplicative decomposition, the
 *	  SES fitted by least squares, the drift, the forecasts and their
 *	  variance (theta.c); and its fit as a gpumkt_ets_model
 *	  (theta_model.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_THETA_H
#define GPUMKT_THETA_H

#include <stdbool.h>
#include <stdint.h>

#include "ets_math.h"

/* R's bounds of the SES smoothing parameter (forecast::ets) */
#define THETA_ALPHA_MIN 1e-4
#define THETA_ALPHA_MAX 0.9999

/*
 * A Theta fit of a series of n points.  Forecast h >= 1 steps after it:
 *	  f(h) = (level + drift ((h - 1) + (1 - (1 - alpha)^n) / alpha)) s(h)
 * with s(h) the seasonal index of point n + h - 1 (1 when m = 1), and the
 * variance sigma2 (1 + (h - 1) alpha^2) (thetaf's, not reseasonalised).
 */
typedef struct ThetaFit
{
	int			m;				/* cycle of the decomposition; 1 none */
	double		alpha;			/* SES smoothing parameter */
	double		l0;				/* SES initial level */
	double		level;			/* SES final level */
	double		drift;			/* half the slope of the linear trend */
	double		sigma2;			/* SSE / (n - 2) of the SES */
} ThetaFit;

/* doubles of scratch that theta_fit needs */
#define THETA_SCRATCH(n, m) (2 * (size_t) (n) + (size_t) (m))
/* the extras of a THETA model (theta_model.c: theta, l0) */
#define THETA_NEXTRA 2
/* doubles of scratch that theta_model_fit needs */
#define THETA_MODEL_SCRATCH(n, m) (THETA_SCRATCH(n, m) + (size_t) (m) + (size_t) (n))
/* bytes of the model theta_model_fit makes, at most */
#define THETA_MODEL_SIZE(n, m) ETS_MODEL_SIZE2(n, m, 0, THETA_NEXTRA)

extern bool theta_seasonal(const double *y, int n, int m);
extern bool theta_decompose(const double *y, int n, int m, double *figure,
							double *trend);
extern double theta_ses(const double *x, int n, double *alpha, double *l0);
extern bool theta_fit(const double *y, int n, int m, ThetaFit *fit,
					  double *figure, double *fitted, double *scratch);
extern double theta_fit_point(const ThetaFit *fit, int n, int64_t h,
							  double season);
extern double theta_variance(double alpha, double sigma2, int64_t h);

/* theta_model.c */
extern bool theta_model_fit(const double *y, int n, int m, EtsModel *mod,
							double *scratch);

#endif							/* GPUMKT_THETA_H */
