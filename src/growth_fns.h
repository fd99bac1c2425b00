/*-------------------------------------------------------------------------
 *
 * growth_fns.h
 *	  The argument names of the SQL growth functions gpumkt_cagr,
 *	  gpumkt_project, gpumkt_years_to and gpumkt_interpolate, as their
 *	  errors name them; shared by their float8 forms (growth_float8.c, which
 *	  defines them) and numeric forms (growth_numeric.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_GROWTH_FNS_H
#define GPUMKT_GROWTH_FNS_H

#include "module.h"

extern const char *const gm_cagr_args[];
extern const char *const gm_project_args[];
extern const char *const gm_years_to_args[];
extern const char *const gm_interpolate_args[];

#endif							/* GPUMKT_GROWTH_FNS_H */
