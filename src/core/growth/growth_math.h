/*-------------------------------------------------------------------------
 *
 * growth_math.h
 *	  Compound-growth arithmetic in plain C: no PostgreSQL server calls,
 *	  so that fuzzers and unit tests can link it on its own.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_GROWTH_MATH_H
#define GPUMKT_GROWTH_MATH_H

/* Outcome of a growth computation; *bad_arg tells which argument failed. */
typedef enum GmStatus
{
	GM_OK = 0,
	GM_NOT_FINITE,				/* NaN or +/-Infinity */
	GM_NOT_POSITIVE,			/* must be > 0 */
	GM_ZERO,					/* must not be 0 */
	GM_RATE_TOO_LOW,			/* rate <= -1 */
	GM_SAME_YEAR,				/* two anchor years coincide */
	GM_UNREACHABLE,				/* target never reached at this rate */
	GM_OVERFLOW,				/* result beyond double range */
	GM_UNDERFLOW,				/* non-zero result rounds to zero */
	GM_NOT_SHARE,				/* a share must lie in (0, 1] */
	GM_SHARE_ABOVE_ONE			/* a share reached would exceed 1 */
} GmStatus;

extern GmStatus gm_cagr(double start, double end, double years,
						double *result, int *bad_arg);
extern GmStatus gm_project(double value, double rate, double years,
						   double *result, int *bad_arg);
extern GmStatus gm_years_to(double start, double target, double rate,
							double *result, int *bad_arg);
extern GmStatus gm_interpolate(double year0, double value0,
							   double year1, double value1, double year,
							   double *result, int *bad_arg);

#endif							/* GPUMKT_GROWTH_MATH_H */
