/*-------------------------------------------------------------------------
 *
 * years.h
 *	  The kinds of year argument the forecast functions take (years.c),
 *	  and a macro for the C entry point of each SQL form.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_YEARS_H
#define GPUMKT_YEARS_H

#include "gpumkt.h"

/* The SQL type of a year argument. */
typedef enum GmYearKind
{
	GM_YEAR_INT4,				/* integer: a whole year */
	GM_YEAR_FLOAT8,				/* double precision: must be a whole year */
	GM_YEAR_TSTZ				/* timestamp with time zone (a date or
								 * timestamp cast to it): a fractional year */
} GmYearKind;

extern double gm_arg_year(FunctionCallInfo fcinfo, int argno, GmYearKind kind,
						  const char *arg, const char *fname);

/* The arguments of a forecast of a region or segment in a year. */
typedef struct GmCallArgs
{
	double		year;
	GmMarket   *m;				/* with its scenario, in its unit */
	int			r;				/* the region */
	GmSegment  *sg;				/* the segment, or NULL */
	bool		extrapolate;	/* beyond the years the figures cover */
} GmCallArgs;

extern bool gm_forecast_args(FunctionCallInfo fcinfo, GmYearKind kind,
							 const char *fname, int unit_argno,
							 GmCallArgs *a);

/* The C function sym, an SQL form that calls impl with the given arguments. */
#define GM_SQL_FORM(sym, ...) \
	PG_FUNCTION_INFO_V1(sym); \
	Datum sym(PG_FUNCTION_ARGS) { return __VA_ARGS__; } \
	extern int	no_such_variable

#endif							/* GPUMKT_YEARS_H */
