/*-------------------------------------------------------------------------
 *
 * ets_init.h
 *	  The heuristic initial states and the admissible region of the fit of
 *	  gpumkt_ets (ets_init.c), shared by ets_fit.c.  Plain C.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_INIT_H
#define GPUMKT_ETS_INIT_H

#include "ets_math.h"

extern void ets_init_season(const double *z, int n, int m, bool mult,
							double *season0);
extern void ets_init_level(const double *z, int n, int m, int code,
						   const double *season0, double *v, double *l0,
						   double *b0);
extern bool ets_admissible(double alpha, double beta, double gamma,
						   double phi, int m, bool trend, bool seasonal,
						   double *p);

#endif							/* GPUMKT_ETS_INIT_H */
