/*-------------------------------------------------------------------------
 *
 * ets.h
 *	  Declarations shared by the server glue of gpumkt_ets (ets.c, the
 *	  aggregate; ets_type.c, the model type and its accessors; ets_time.c,
 *	  the times of a series).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_H
#define GPUMKT_ETS_H

#include "fmgr.h"
#include "utils/date.h"

#include "ets_math.h"

/* ets_type.c */
extern EtsModel *ets_model_arg(Datum d);

/* ets_time.c */
extern void ets_month_of(int tkind, int64 x, int64 *month, int64 *rem);
extern bool ets_x_of_month(int tkind, int tunit, int64 month, int64 rem,
						   int64 *x);
extern int	ets_calendar(EtsPoint *pts, int npts, int tkind, int64 *trem);
extern char *ets_x_text(int tkind, int64 x);
extern char *ets_point_text(const EtsModel *mod, int64 i);
extern int64 ets_index_of(const EtsModel *mod, int64 x, const char *fname);
extern int64 ets_t_arg(FunctionCallInfo fcinfo, int argno, int tkind,
					   const char *fname);

/* ets.c, for the aggregates sharing gpumkt_ets's state (theta_agg.c) */
extern double *ets_state_series(FunctionCallInfo fcinfo, EtsModel *hdr,
								int *season);
extern EtsInterruptHook ets_interrupt_hook(void);

#endif							/* GPUMKT_ETS_H */
