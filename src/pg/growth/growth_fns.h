/*-------------------------------------------------------------------------
 *
 * growth_fns.h
 *	  The argument names of the SQL growth functions gpumkt_cagr,
 *	  gpumkt_project, gpumkt_years_to and gpumkt_interpolate, as their
 *	  errors name them (defined in growth_fns.c and shared by the float8
 *	  and numeric forms there).
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
