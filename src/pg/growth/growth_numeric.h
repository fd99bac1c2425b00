/*-------------------------------------------------------------------------
 *
 * growth_numeric.h
 *	  The numeric helpers of growth_fns.c that other numeric forms
 *	  (drift.c) share: powers that keep their digits, widening to the
 *	  working scale, rounding of results, and the check of NaN and
 *	  infinite arguments.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_GROWTH_NUMERIC_H
#define GPUMKT_GROWTH_NUMERIC_H

#include "fmgr.h"
#include "utils/numeric.h"

extern Numeric gpumkt_num_pow(Numeric base, Numeric exponent,
							  const char *fname, const char *const *names);
extern Numeric gpumkt_num_widen(Numeric a);
extern Numeric gpumkt_num_finish(Numeric r);
extern void gpumkt_check_numeric_args(FunctionCallInfo fcinfo,
									  const char *fname,
									  const char *const *names, int nargs);

#endif							/* GPUMKT_GROWTH_NUMERIC_H */
