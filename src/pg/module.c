/*-------------------------------------------------------------------------
 *
 * module.c
 *	  The module itself: PG_MODULE_MAGIC, and the error reporter that the
 *	  growth functions and aggregates share, which turns a GmStatus of the
 *	  growth math (growth_math.h) into an error naming the argument.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"

#include "module.h"

PG_MODULE_MAGIC;

/* Raise the error that a GmStatus stands for, naming the argument. */
void
gpumkt_report_status(GmStatus st, const char *fname, const char *const *names,
			  int bad_arg)
{
	const char *arg = bad_arg >= 0 ? names[bad_arg] : "result";

	switch (st)
	{
		case GM_OK:
			return;
		case GM_NOT_FINITE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must be a finite number", arg, fname),
					 errhint("Remove NaN and infinite values before calling %s.", fname)));
			break;
		case GM_NOT_POSITIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must be greater than zero", arg, fname),
					 errhint("Compound growth is defined between positive values only; filter out zero and negative values.")));
			break;
		case GM_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must not be zero", arg, fname),
					 errhint("A growth rate needs a non-zero span of time between the two values.")));
			break;
		case GM_RATE_TOO_LOW:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must be greater than -1", arg, fname),
					 errhint("Rates are fractions: pass 0.17 for 17 %%; a rate of -1 (minus 100 %%) or below has no compound path.")));
			break;
		case GM_SAME_YEAR:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must differ from year0", arg, fname),
					 errhint("Interpolation needs two anchors in different years.")));
			break;
		case GM_UNREACHABLE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s is zero, so target_value is never reached", arg, fname),
					 errhint("At a rate of zero the value never changes; pass a non-zero rate.")));
			break;
		case GM_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("result of %s is out of range: overflow", fname),
					 errhint("Use fewer years or a smaller rate.")));
			break;
		case GM_UNDERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("result of %s is out of range: underflow", fname),
					 errhint("Use fewer years or a milder decline.")));
			break;
		case GM_NOT_SHARE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s of %s must be greater than zero and at most 1", arg, fname),
					 errhint("Shares are fractions of the parent market: pass 0.543 for 54.3 %%.")));
			break;
		case GM_SHARE_ABOVE_ONE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("result of %s is out of range: a share above 1", fname),
					 errdetail("At these rates the segment would be more than the whole market within these years: it cannot keep its rate that long."),
					 errhint("Use fewer years or a segment_rate closer to parent_rate; gpumkt_years_to(share0, 1, (1 + segment_rate) / (1 + parent_rate) - 1) gives the years until the share reaches 1.")));
			break;
	}
}
