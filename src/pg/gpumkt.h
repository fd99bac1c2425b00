/*-------------------------------------------------------------------------
 *
 * gpumkt.h
 *	  The market model: the regions shared by all markets and the figures
 *	  and segments of each market, as read from the tables (regions.c,
 *	  data.c) and cached for the statement (cache.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_H
#define GPUMKT_H

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "utils/date.h"
#include "utils/numeric.h"

/* Years that forecasts are made for (README, "The forecast method"). */
#define GM_FIRST_YEAR 1900
#define GM_LAST_YEAR 2200

/*
 * The most scenarios a chain of bases may hold, the scenario itself
 * included (docs/reference.md, "Scenarios"): a chain that would be longer
 * is refused where it is written (gpumkt_scenarios' trigger) and where it is
 * read (scenario.c), never cut short.
 */
#define GM_SCENARIO_MAX_CHAIN 1000

/*
 * Time arguments (aggregates/agg_years.c): the type a timestamptz argument
 * had before an implicit cast (date, timestamp or timestamptz), its value
 * as that type wrote it, for the UTC rule, and a cast date's day.
 */
extern Oid	gm_tstz_arg_source(FunctionCallInfo fcinfo, int argno);
extern TimestampTz gm_tstz_as_written(TimestampTz t, Oid source);
extern DateADT gm_tstz_cast_date(TimestampTz t);

typedef struct GmAnchor
{
	int32		year;
	double		value;
	Numeric		exact;			/* the stored value, returned unchanged */
	bool		derived;
	bool		user;			/* a user's row (shipped = false) */
	char	   *provenance;		/* basis, qualifier and quote, for traces */
	double		lo;				/* the interval the value stands for */
	double		hi;
} GmAnchor;

typedef struct GmRate
{
	bool		has_period;
	bool		user;
	int32		from_year;
	int32		to_year;
	double		rate;
	char	   *provenance;
	double		lo;				/* the interval the rate stands for */
	double		hi;
} GmRate;

typedef struct GmShare
{
	int32		year;
	bool		user;
	int			of_region;		/* index into GmRegions.regions */
	double		share;
	Numeric		exact;
	char	   *provenance;
	double		lo;				/* the interval of the share, within its bounds */
	double		hi;
	double		stated_lo;		/* the interval stated, before the bounds */
	double		stated_hi;
} GmShare;

/* A row of gpumkt_regions; regions are shared by all markets. */
typedef struct GmRegion
{
	const char *code;
	const char *name;
	bool		shipped;
} GmRegion;

typedef struct GmNameTable GmNameTable;

/* Every region, sorted by code (byte order), and their names' keys. */
typedef struct GmRegions
{
	int			nregions;
	GmRegion   *regions;
	GmNameTable *names;
	bool		partial;		/* only the regions asked for (regions_lazy.c),
								 * in the order asked, not by code */
	int			cap;			/* room in regions, when partial */
	int			nlookups;		/* names and codes looked up, when partial */
	GmNameTable *codes;			/* exact codes, when partial */
	GmNameTable *asked;			/* the keys looked up, when partial */
	const char *schema;			/* quoted, when partial */
} GmRegions;

/* The figures of one region in one market. */
typedef struct GmFigures
{
	int			region;
	int			nanchors;
	GmAnchor   *anchors;		/* sorted by year */
	int			nrates;
	GmRate	   *rates;			/* sorted by to_year */
	int			nshares;
	GmShare    *shares;			/* sorted by year */
} GmFigures;

typedef struct GmSegment
{
	char	   *dimension;
	char	   *dimension_name;
	char	   *segment;
	char	   *name;
	bool		has_share;
	bool		derived;		/* basis derived: the rest of its dimension */
	bool		user;
	int32		year;
	double		share;
	Numeric		exact;
	char	   *provenance;
	double		lo;				/* the interval of the share, within its bounds */
	double		hi;
	double		stated_lo;		/* the interval stated, before the bounds */
	double		stated_hi;
	/* keys of the dimension's code, name, French name, then the segment's */
	const char *keys[6];
	/* keys of its aliases, each between spaces (" cloud public "), or NULL */
	const char *alias_keys;
} GmSegment;

/* One market's figures, read on first use and kept for the statement. */
typedef struct GmMarket
{
	struct GmMarket *next;		/* the other markets read */
	char	   *market;
	char	   *scenario;		/* NULL, or the scenario applied (scenario.c) */
	char	   *unit;			/* the unit of its values (gpumkt_markets.unit) */
	int			unit_power;		/* NULL market unit, or the power of 10 of a
								 * unit copy's unit against the market's */
	struct GmMarket *scenarios; /* the scenarios of this market built so far */
	struct GmMarket *units;		/* its copies in other units built so far */
	int			root;			/* index of the market's top region */
	const GmRegions *rg;
	int			nfigures;
	GmFigures  *figures;		/* sorted by region */
	int			nsegments;
	GmSegment  *segments;
	int32		first_year;		/* the years its figures cover (args.c); */
	int32		last_year;		/* 0 and 0: it has none */
} GmMarket;

/* regions.c */
extern GmRegions *gpumkt_load_regions(const char *schema, MemoryContext cxt);
extern int	gpumkt_region_by_code(const GmRegions *rg, const char *code);
extern int	gpumkt_find_region(const GmRegions *rg, text *name);

/* regions_lazy.c */
extern GmRegions *gpumkt_partial_regions(const char *schema, MemoryContext cxt);
extern void gpumkt_ask_key(GmRegions *rg, const char *key);
extern int	gpumkt_ask_code(GmRegions *rg, const char *code);
extern void gpumkt_ask_market_regions(GmRegions *rg, const char *market);
extern int	gpumkt_region_cmp(const GmRegions *rg, int a, int b);

/* cache.c */
extern GmMarket *gpumkt_get_market(FunctionCallInfo fcinfo, text *market);
extern const GmRegions *gpumkt_get_regions(FunctionCallInfo fcinfo);
extern int	gpumkt_find_region_cached(FunctionCallInfo fcinfo,
									  const GmRegions *rg, text *name);
extern void **gpumkt_call_site_extra(FunctionCallInfo fcinfo);

/* data.c */
extern void gpumkt_load_market(GmMarket *m, const char *schema,
							   MemoryContext cxt);
extern const GmFigures *gpumkt_figures(const GmMarket *m, int r);
extern bool gm_segment_alias_matches(const GmSegment *sg, const char *key);
extern GmSegment *gpumkt_find_segment(GmMarket *m, text *dimension,
									  text *segment);

/* cache.c, for scenarios */
extern GmMarket *gpumkt_unit_of(GmMarket *m, text *unit);
extern GmMarket *gpumkt_market_scenario(FunctionCallInfo fcinfo,
										int market_argno, int scenario_argno);

/* legacy.c */
extern void gm_require_nargs(FunctionCallInfo fcinfo, int nargs);
extern void gm_require_text_arg(FunctionCallInfo fcinfo, int argno);

/* args.c */
extern GmMarket *gpumkt_market_args(FunctionCallInfo fcinfo, int market_argno,
									int scenario_argno, int unit_argno);
extern GmSegment *gpumkt_segment_args(FunctionCallInfo fcinfo, GmMarket *m,
									  int dim_argno, const char *fname);
extern bool gm_arg_flag(FunctionCallInfo fcinfo, int argno);
extern void gm_market_span(GmMarket *m);
extern bool gm_year_covered(const GmMarket *m, double year);
extern void gm_check_covered(const GmMarket *m, double year, bool extrapolate,
							 const char *fname);

/* scenario.c */
extern GmMarket *gm_scenario_market(GmMarket *base, const char *scenario,
									const char *schema, MemoryContext cxt);
extern void gm_report_chain_too_long(const char *scenario);

/* units.c */
extern GmMarket *gm_unit_market(GmMarket *base, text *unit, MemoryContext cxt);
extern bool gm_unit_matches(const GmMarket *m, const text *unit);
extern double gm_money_double(double d, const GmMarket *m);
extern double gm_money_from_unit(double d, const GmMarket *m);
extern Datum gm_money_numeric(double d, Numeric exact, const GmMarket *m);

/* ranges.c */
extern void gm_bound_market(GmMarket *m);

#endif							/* GPUMKT_H */
