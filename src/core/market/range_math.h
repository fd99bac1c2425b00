/*-------------------------------------------------------------------------
 *
 * range_math.h
 *	  The intervals that figures stand for, and their exact propagation
 *	  through the steps of the forecast method, in plain C: no PostgreSQL
 *	  server calls, so that fuzzers can link it on its own.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_RANGE_MATH_H
#define GPUMKT_RANGE_MATH_H

#include <stdbool.h>

/* The report's hedge on a figure (the qualifier column). */
typedef enum GmHedge
{
	GM_HEDGE_NONE = 0,
	GM_HEDGE_ABOUT,				/* about x: the rounding interval */
	GM_HEDGE_MORE,				/* more than x, at least x: [x, ceiling] */
	GM_HEDGE_UP_TO				/* up to x: [floor, x] */
} GmHedge;

/* Where a kind of figure may lie: its structural bounds. */
typedef struct GmLimits
{
	double		floor;
	double		ceiling;
} GmLimits;

extern const GmLimits gm_size_limits;	/* market sizes: [0, +inf] */
extern const GmLimits gm_rate_limits;	/* rates: [-1, +inf] */
extern const GmLimits gm_share_limits;	/* shares: [0, 1] */

extern GmHedge gm_hedge_from_text(const char *qualifier);
extern void gm_stated_interval(double value, int scale, GmHedge hedge,
							   bool rounding, const GmLimits *limits,
							   double *lo, double *hi);
extern void gm_range_interpolate(double year0, double lo0, double hi0,
								 double year1, double lo1, double hi1,
								 double year, double *lo, double *hi);
extern void gm_range_project(double from_lo, double from_hi,
							 double rate_lo, double rate_hi, double years,
							 double *lo, double *hi);
extern void gm_range_cagr(double year_first, double first_lo, double first_hi,
						  double year_last, double last_lo, double last_hi,
						  double year, double *lo, double *hi);
extern void gm_range_times(double a_lo, double a_hi, double b_lo, double b_hi,
						   double *lo, double *hi);

#endif							/* GPUMKT_RANGE_MATH_H */
