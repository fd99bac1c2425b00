/*-------------------------------------------------------------------------
 *
 * module.h
 *	  The error reporter of module.c, shared by the C files that report
 *	  the outcome of the growth math (growth_math.h) as an error.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_MODULE_H
#define GPUMKT_MODULE_H

#include "growth_math.h"

extern void gpumkt_report_status(GmStatus st, const char *fname,
								 const char *const *names, int bad_arg);

#endif							/* GPUMKT_MODULE_H */
