/*-------------------------------------------------------------------------
 *
 * ets_state.h
 *	  The state that gpumkt_ets, gpumkt_theta and gpumkt_auto_model share:
 *	  its transitions in ets.c, the final functions in ets_final.c.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_STATE_H
#define GPUMKT_ETS_STATE_H

#include "fmgr.h"
#include "utils/memutils.h"

#include "ets_math.h"

/* the points a group may collect (the state stays below 1 GB) */
#define MAX_POINTS ((int) (MaxAllocSize / sizeof(EtsPoint)))
/* seasonality not given (NULL: detect) */
#define SEASON_AUTO 0

/* The state: the points, and the arguments that are the same in every row. */
typedef struct EtsState
{
	int32		npts;
	int32		cap;
	int32		tkind;			/* ETS_T_*, or -1 before the first row */
	int32		season;			/* SEASON_AUTO, or the cycle given */
	int32		force;			/* the model argument (ets_spec_pack), or -1 */
	int32		rows;			/* rows seen (a NULL value too), capped */
	EtsPoint   *pts;
} EtsState;

/* the name of the aggregate being computed, for its messages */
extern const char *ets_agg_name(FunctionCallInfo fcinfo);

#endif							/* GPUMKT_ETS_STATE_H */
