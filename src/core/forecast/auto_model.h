/*-------------------------------------------------------------------------
 *
 * auto_model.h
 *	  The automatic model of gpumkt_auto_model (issue 19): the
 *	  exponential-smoothing models of least AICc averaged with Akaike
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

/* bytes of the largest combination of a series of n points, cycle m */
#define AUTO_MODEL_SIZE(n, m) \
	(ETS_MODEL_SIZE2(n, 1, 0, 0) + sizeof(double) * AUTO_NCOMP + \
	 AUTO_NCOMP * ETS_FIT_SIZE(n, m))
/* doubles of scratch auto_model_fit needs */
#define AUTO_MODEL_SCRATCH(n, m) \
	(AUTO_NCOMP * (ETS_FIT_SIZE(n, m) / sizeof(double) + 1) + \
	 ETS_SCRATCH(n, m))

extern EtsStatus auto_model_fit(const double *y, int n, int m,
								EtsInterruptHook interrupt, EtsModel *mod,
								double *scratch);
extern void auto_model_stamp(EtsModel *mod);

#endif							/* GPUMKT_AUTO_MODEL_H */
