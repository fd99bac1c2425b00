/*-------------------------------------------------------------------------
 *
 * theta_model.c
 *	  PLACEHOLDER for the THETA method's forecasts (helper "theta" replaces
 *	  this file; see "THE CONTRACT FOR THETA" in ets_math.h): until then
 *	  no THETA model is valid, so none is ever read or forecast.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "ets_math.h"

/* The point forecast of a THETA model (none until theta's code). */
double
theta_point(const EtsModel *mod, int64_t h)
{
	(void) mod;
	(void) h;
	return NAN;
}

/* The intervals of a THETA model (none until theta's code). */
bool
theta_intervals(const EtsModel *mod, int64_t horizon, double level,
				double *low, double *high)
{
	(void) mod;
	(void) horizon;
	(void) level;
	(void) low;
	(void) high;
	return false;
}

/* No THETA model is valid until theta's code. */
bool
theta_model_valid(const EtsModel *mod)
{
	(void) mod;
	return false;
}
