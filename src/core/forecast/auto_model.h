/*-------------------------------------------------------------------------
 *
 * auto_model.h
 *	  The automatic model of gpumkt_auto_model (issue 19): the
 *	  exponential-smoothing models of least AICc averaged with BIC
 *	  weights, as one gpumkt_ets_model of method COMBINATION (auto_model.c).
 *	  Plain C, no server calls.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_AUTO_MODEL_H
#define GPUMKT_AUTO_MODEL_H

#include "ets_math.h"
#include "theta.h"

/* the components: the ETS models of least AICc, at most this many */
#define AUTO_NCOMP 3

/*
 * The combination's extras (auto_calib.c): none (a 2.1 model), or the
 * mode of its in-sample errors then their mean squares at horizons 1 .. H,
 * H at most AUTO_CALIB_MAX_H (auto_calib_horizons)
 */
#define AUTO_CALIB_MAX_H 24
#define AUTO_CALIB_ABSOLUTE 0.0	/* errors y - f: the only mode written */
/* doubles of auto_calibrate's room for one component of a cycle m */
#define AUTO_CALIB_ROOM(m) \
	(offsetof(EtsModel, data) / sizeof(double) + 2 * (size_t) ((m) > 1 ? (m) : 1))

/* bytes of the largest combination of a series of n points, cycle m */
#define AUTO_MODEL_SIZE(n, m) \
	(ETS_MODEL_SIZE2(n, 1, 0, AUTO_CALIB_MAX_H + 1) + \
	 sizeof(double) * AUTO_NCOMP + AUTO_NCOMP * ETS_FIT_SIZE(n, m))
/* doubles of scratch auto_model_fit needs */
#define AUTO_MODEL_SCRATCH(n, m) \
	(AUTO_NCOMP * (ETS_FIT_SIZE(n, m) / sizeof(double) + 1) + \
	 ETS_SCRATCH(n, m) + AUTO_NCOMP * (ETS_INIT_SIZE(m) + AUTO_CALIB_ROOM(m)))

extern EtsStatus auto_model_fit(const double *y, int n, int m,
								EtsInterruptHook interrupt, EtsModel *mod,
								double *scratch);
extern void auto_model_stamp(EtsModel *mod);

/* auto_calib.c */
extern int	auto_calib_horizons(int n, int period);
extern int	auto_calibrate(const double *y, int n, EtsModel **comps,
						   double **init, const double *w, int k,
						   double *extra, double *room);
extern bool auto_calib_valid(const EtsModel *mod);

#endif							/* GPUMKT_AUTO_MODEL_H */
