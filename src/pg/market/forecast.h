/*-------------------------------------------------------------------------
 *
 * forecast.h
 *	  The forecast method (forecast.c), as the SQL-callable functions of
 *	  forecast_fns.c use it: a value with its basis, and the trace of the
 *	  steps behind it, recorded as data.
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
	double		lo;				/* its bounds (with GM_RANGES) */
	double		hi;
} GmValue;

/* Flags of gm_forecast_region. */
#define GM_QUIET	0x01		/* out of double range: false, not an error */
#define GM_RANGES	0x02		/* compute the bounds lo and hi too */

/* Which step of the method gave a value (forecast.c), or a segment's share. */
typedef enum GmStepKind
{
	GM_STEP_ANCHOR,				/* 1. an anchor year: anchor */
	GM_STEP_INTERPOLATE,		/* 2. between anchors a0 and a1 */
	GM_STEP_RATE,				/* 3. from anchor at the stated rate */
	GM_STEP_CAGR,				/* 3. from anchor at the CAGR of a0 and a1 */
	GM_STEP_SHARE,				/* 4. share of a larger region's forecast */
	GM_STEP_SEGMENT				/* segment's share of the region's forecast */
} GmStepKind;

/*
 * One step of a forecast, as the method took it: the rows it used, which
 * gpumkt_explain (forecast_fns.c) formats.
 */
typedef struct GmStep
{
	GmStepKind	kind;
	int			region;
	double		year;
	GmValue		v;
	const GmAnchor *anchor;		/* ANCHOR, RATE, CAGR */
	const GmAnchor *a0;			/* INTERPOLATE, CAGR */
	const GmAnchor *a1;			/* INTERPOLATE, CAGR */
	const GmRate *rate;			/* RATE */
	double		growth;			/* RATE, CAGR: the rate applied */
	const GmShare *share;		/* SHARE */
	const GmSegment *segment;	/* SEGMENT */
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
							   int flags);
extern void gm_report_no_data(const GmMarket *m, int r, double year);
extern const char *gm_basis_text(const GmValue *v);

/* forecast_fns.c */
extern Datum gm_value_numeric(const GmValue *v, const GmMarket *m);
extern void gm_apply_segment(GmValue *v, const GmSegment *sg);
extern void gm_report_no_share(const GmMarket *m, const GmSegment *sg);

/* units.c: a double as numeric */
extern Datum gm_float8_numeric(double d);

extern char *gm_year_text(double year);

#endif							/* GPUMKT_FORECAST_H */
