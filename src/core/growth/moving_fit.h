/*-------------------------------------------------------------------------
 *
 * moving_fit.h
 *	  The state of gpumkt_fit_rate in moving-aggregate mode, where a window
 *	  frame slides: rows are added and taken back, and the answer must be
 *	  that of the frame computed afresh.  Plain C, no server calls.
 *
 * Every sum is exact, so that taking a row back leaves exactly the state
 * that adding the other rows would have made, whatever came before: x is
 * an integer (a year - 2000, or a day since 2000-01-01) counted from the
 * first x the state saw, and y = ln(value) is counted in units of 2^-105,
 * of which every ln of a double other than 1 is a whole number (any other
 * y is rounded to one, the same way each time).  The sums of y, x y and
 * y^2 are 320-bit integers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_MOVING_FIT_H
#define GPUMKT_MOVING_FIT_H

#include <stdbool.h>
#include <stdint.h>

#ifndef __SIZEOF_INT128__
#error "the moving fit needs a compiler with __int128"
#endif

/* an __int128 that needs no more than 8-byte alignment (palloc gives 8) */
typedef __int128 gm_int128 __attribute__((aligned(8)));

/* a 320-bit two's complement integer, least significant word first */
#define GM_WIDE_WORDS 5
typedef struct GmWide
{
	uint64_t	w[GM_WIDE_WORDS];
} GmWide;

/*
 * rows a frame may hold, and how far an x may lie from the first: the sums
 * and the products of the answer then stay inside 320 bits
 */
#define GM_MFIT_MAX_ROWS (INT64_C(1) << 40)
#define GM_MFIT_MAX_X (INT64_C(1) << 34)

typedef struct GmMovingFit
{
	int64_t		n;				/* rows in the frame */
	int64_t		shift;			/* x is counted from here */
	double		per_year;		/* units of x in a year: 1, or 365.25 days */
	gm_int128	sx;				/* sum of x */
	gm_int128	sxx;			/* sum of x^2 */
	GmWide		sy;				/* sum of y, in units of 2^-105 */
	GmWide		sxy;			/* sum of x y, in units of 2^-105 */
	GmWide		syy;			/* sum of y^2, in units of 2^-210 */
} GmMovingFit;

/* what gm_mfit_slope found */
typedef enum GmMfitAnswer
{
	GM_MFIT_NONE,				/* no spread of x (fewer than two x): NULL */
	GM_MFIT_SLOPE				/* *slope holds the slope per year */
} GmMfitAnswer;

extern void gm_mfit_init(GmMovingFit *m, double per_year);
extern bool gm_mfit_add(GmMovingFit *m, int64_t x, double y);
extern bool gm_mfit_remove(GmMovingFit *m, int64_t x, double y);
extern GmMfitAnswer gm_mfit_slope(const GmMovingFit *m, double *slope);

#endif							/* GPUMKT_MOVING_FIT_H */
