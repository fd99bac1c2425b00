/*-------------------------------------------------------------------------
 *
 * drift_math.h
 *	  Share drift in plain C (no server calls, so that a fuzzer links it
 *	  alone): the growth rate a segment's share change implies, and the
 *	  share a segment reaches growing at its own rate.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_DRIFT_MATH_H
#define GPUMKT_DRIFT_MATH_H

#include "growth_math.h"

/*
 * A share reached that exceeds 1 by at most this much is rounding of the
 * whole market and comes back as 1; beyond it the share is refused.
 */
#define DM_SHARE_SLACK 1e-12

extern GmStatus dm_implied_cagr(double share0, double share1, double years,
								double parent_rate, double *result,
								int *bad_arg);
extern GmStatus dm_share_reached(double share0, double segment_rate,
								 double parent_rate, double years,
								 double *result, int *bad_arg);

#endif							/* GPUMKT_DRIFT_MATH_H */
