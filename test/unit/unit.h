/*-------------------------------------------------------------------------
 *
 * unit.h
 *	  What the files of the unit tests of src/core share (test_core.c
 *	  counts the checks and runs them all).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_UNIT_H
#define GPUMKT_UNIT_H

extern void check(int ok, const char *what);
extern int	near(double a, double b);

/* test_forecast.c */
struct EtsModel;
extern struct EtsModel *fit_init(const double *y, int n, int m,
								 const char *spec, double *init);
extern void test_calibration(void);

#endif							/* GPUMKT_UNIT_H */
