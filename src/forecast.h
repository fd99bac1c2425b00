/*-------------------------------------------------------------------------
 *
 * forecast.h
 *	  The forecast method (forecast.c), as the SQL-callable functions of
 *	  forecast_fns.c use it: a value with its basis, and the trace of the
 *	  steps behind it.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_FORECAST_H
#define GPUMKT_FORECAST_H

#include "gpumkt.h"

/* How a forecast value was obtained; see gm_basis_text(). */
typedef enum GmBasis
{
	GM_BASIS_REPORTED = 0,
	GM_BASIS_DERIVED,
	GM_BASIS_INTERPOLATED,
	GM_BASIS_EXTRAPOLATED,
	GM_BASIS_SHARE_OF_PARENT,
	GM_BASIS_SEGMENT_SHARE
} GmBasis;

/* A forecast: its value, the stored number when it is an anchor, its basis. */
typedef struct GmValue
{
	double		value;
	Numeric		exact;
	GmBasis		basis;
	bool		user;			/* rests on at least one user's row */
} GmValue;

/* One step of the explanation of a forecast (gpumkt_explain). */
typedef struct GmStep
{
	int			region;
	double		year;
	GmValue		v;
	char	   *method;
	char	   *rows;
	char	   *provenance;
} GmStep;

/* The steps of one forecast, in the order they were taken. */
typedef struct GmTrace
{
	int			nsteps;
	int			maxsteps;
	GmStep	   *steps;
} GmTrace;

extern GmStep *gm_trace_step(GmTrace *trace, int r, double year);
extern bool gm_forecast_region(const GmMarket *m, int r, double year,
							   GmValue *out, int depth, GmTrace *trace,
							   bool quiet);
extern void gm_report_no_data(const GmMarket *m, int r, double year);
extern const char *gm_basis_text(const GmValue *v);
extern char *gm_year_text(double year);

#endif							/* GPUMKT_FORECAST_H */
