/*
 * fuzz_common.c
 *	  Checks shared by the fuzz targets of the gpumkt_growth summary.
 */
#include <assert.h>
#include <math.h>

#include "growth_state.h"

void		check_accessors(const GmGrowth *g);

/* The accessors of a valid summary answer finite numbers or nothing. */
void
check_accessors(const GmGrowth *g)
{
	double		v;

	if (gm_growth_slope(g, &v))
		assert(isfinite(v));
	if (gm_growth_r2(g, &v))
		assert(isfinite(v) && v >= 0.0 && v <= 1.0);
	if (gm_growth_log_value_at(g, 2030.0, &v))
		assert(!isnan(v));
	assert(gm_growth_count(g) >= 0);
}

