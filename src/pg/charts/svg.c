/*-------------------------------------------------------------------------
 *
 * svg.c
 *	  The SQL functions of the SVG renderers: gpumkt_svg_forecast and
 *	  gpumkt_svg_segments.  The drawing is svg_charts.c's; here are the
 *	  arguments, their checks and errors, and the encoding: texts reach
 *	  the renderer in UTF-8 and the SVG comes back in the database's
 *	  encoding (the renderer writes nothing but ASCII of its own).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/memutils.h"

#include "svg_draw.h"
#include "svg_glue.h"

/* the most years a forecast chart takes, the most segments a bar */
#define SVG_MAX_YEARS 10000
#define SVG_MAX_SEGMENTS 1000

PG_FUNCTION_INFO_V1(gpumkt_svg_forecast);
PG_FUNCTION_INFO_V1(gpumkt_svg_forecast_v2);
PG_FUNCTION_INFO_V1(gpumkt_svg_segments);

/*
 * Grow a buffer in the current memory context (the renderer's realloc); a
 * chart that would need more than a value may hold (1 GB) is refused.
 */
void *
gm_svg_grow(void *ptr, size_t size)
{
	if (!AllocSizeIsValid(size))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("SVG chart too large to draw"),
				 errdetail("Its texts, escaped for XML, need more memory than a value may take (1 GB)."),
				 errhint("Pass shorter titles, subtitles, units and names: a chart draws at most about a hundred characters of each.")));
	return ptr ? repalloc(ptr, size) : palloc(size);
}

/* Free a buffer's bytes (the renderer's free). */
void
gm_svg_free(void *ptr)
{
	if (ptr)
		pfree(ptr);
}

/* A text argument in UTF-8, NUL-terminated; NULL for SQL NULL. */
const char *
gm_svg_utf8_arg(FunctionCallInfo fcinfo, int argno)
{
	char	   *s;

	if (PG_ARGISNULL(argno))
		return NULL;
	s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	return pg_server_to_any(s, strlen(s), PG_UTF8);
}

/* The SVG of a buffer as text in the database's encoding. */
text *
gm_svg_result(SvgBuf *b)
{
	char	   *s = pg_any_to_server(b->data, (int) b->len, PG_UTF8);

	return cstring_to_text(s);
}

/* Refuse an array argument of more than one dimension. */
static void
check_1d(ArrayType *a, const char *fn, const char *arg)
{
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s must be a one-dimensional array", fn, arg),
				 errdetail("The array has %d dimensions.", ARR_NDIM(a)),
				 errhint("Pass one element per year or segment, as ARRAY[e1, e2, ...].")));
}

/* A float8[] argument of n elements (as many as first), NULLs flagged. */
static int
float8_arg(FunctionCallInfo fcinfo, int argno, int n, const char *fn,
		   const char *arg, const char *first, double **values, bool **nulls)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(argno);
	Datum	   *elems;
	int			count;

	check_1d(a, fn, arg);
	deconstruct_array(a, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, nulls, &count);
	if (count != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s must have as many elements as %s", fn, arg, first),
				 errdetail("Its length is %d where %d is needed.", count, n),
				 errhint("Pass arrays of the same length, NULL elements for the gaps.")));
	*values = (double *) palloc(sizeof(double) * Max(count, 1));
	for (int i = 0; i < count; i++)
		(*values)[i] = (*nulls)[i] ? 0.0 : DatumGetFloat8(elems[i]);
	return count;
}

/* The years argument of gpumkt_svg_forecast: no NULL, at most the limit. */
static int
years_arg(FunctionCallInfo fcinfo, int32 **years)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("gpumkt_svg_forecast years must not be NULL"),
				 errhint("Pass the years of the chart as an integer array.")));
	a = PG_GETARG_ARRAYTYPE_P(3);
	check_1d(a, "gpumkt_svg_forecast", "years");
	deconstruct_array(a, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, &n);
	if (n > SVG_MAX_YEARS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_svg_forecast takes at most %d years", SVG_MAX_YEARS),
				 errdetail("It was given %d years.", n)));
	*years = (int32 *) palloc(sizeof(int32) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("gpumkt_svg_forecast years must not hold NULL"),
					 errdetail("Element %d of years is NULL.", i + 1),
					 errhint("Leave out the year, or pass NULL as its value for a gap.")));
		(*years)[i] = DatumGetInt32(elems[i]);
	}
	return n;
}

/* The kinds argument: n texts in UTF-8 (NULL elements kept), or NULL. */
static const char *const *
kinds_arg(FunctionCallInfo fcinfo, int n)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			count;
	const char **kinds;

	if (PG_ARGISNULL(5))
		return NULL;
	a = PG_GETARG_ARRAYTYPE_P(5);
	check_1d(a, "gpumkt_svg_forecast", "kinds");
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &count);
	if (count != n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s must have as many elements as %s", "gpumkt_svg_forecast", "kinds", "years"),
				 errdetail("Its length is %d where %d is needed.", count, n),
				 errhint("Pass arrays of the same length, NULL elements for the gaps.")));
	kinds = (const char **) palloc(sizeof(char *) * Max(n, 1));
	for (int i = 0; i < n; i++)
		kinds[i] = nulls[i] ? NULL : TextDatumGetCString(elems[i]);
	return kinds;
}

/* Report a forecast chart's refused input. */
static void
forecast_error(SvgStatus st, const SvgForecast *f, int bad)
{
	if (st == SVG_YEARS_ORDER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_svg_forecast years must be strictly increasing"),
				 errdetail("Year %d (element %d) follows year %d.",
						   f->years[bad], bad + 1, f->years[bad - 1]),
				 errhint("Pass each year once, in increasing order.")));
	if (st == SVG_LEVEL_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_svg_forecast level must be between 0 and 1"),
				 errdetail("The level is %s.", float8out_internal(f->level)),
				 errhint("Pass the level of the prediction interval as a fraction, such as 0.95 for 95 %%, or NULL for a range.")));
	if (st == SVG_KIND_UNKNOWN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized kind \"%s\" in gpumkt_svg_forecast kinds", f->kinds[bad]),
				 errdetail("It is the kind of year %d (element %d).", f->years[bad], bad + 1),
				 errhint("Pass actual, forecast, reported, user row, derived, share of parent, segment share, interpolated or extrapolated (words may follow, as in \"interpolated between anchors\"), or NULL for a plain line without a legend entry.")));
	if (st == SVG_LOW_HIGH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_svg_forecast lows must not exceed highs"),
				 errdetail("In year %d the low is %s and the high %s.", f->years[bad],
						   float8out_internal(f->lows[bad]), float8out_internal(f->highs[bad])),
				 errhint("Pass the bottom of the range as lows and its top as highs.")));
	if (!f->value_null[bad] && !isfinite(f->values[bad]))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_svg_forecast figures must be finite"),
				 errdetail("The figure of year %d is %s.", f->years[bad],
						   float8out_internal(f->values[bad])),
				 errhint("Pass NULL for a year without a figure; NaN and Infinity cannot be drawn.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("gpumkt_svg_forecast lows and highs must be finite"),
			 errdetail("The range of year %d is not finite.", f->years[bad]),
			 errhint("Pass NULL for a year without a range; NaN and Infinity cannot be drawn.")));
}

/*
 * The forecast chart of the arguments: title, subtitle, unit, years,
 * values, kinds, lows, highs, and (2.1) the level of the band.
 */
static text *
forecast_chart(FunctionCallInfo fcinfo)
{
	SvgForecast f = {0};
	double	   *values;
	bool	   *value_null;
	int			bad;
	SvgStatus	st;
	SvgBuf		b;

	f.title = gm_svg_utf8_arg(fcinfo, 0);
	f.subtitle = gm_svg_utf8_arg(fcinfo, 1);
	f.unit = gm_svg_utf8_arg(fcinfo, 2);
	f.n = years_arg(fcinfo, (int32 **) &f.years);
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("gpumkt_svg_forecast figures must not be NULL"),
				 errhint("Pass one value per year, NULL elements for years without a figure.")));
	float8_arg(fcinfo, 4, f.n, "gpumkt_svg_forecast", "figures", "years", &values, &value_null);
	f.values = values;
	f.value_null = value_null;
	f.kinds = kinds_arg(fcinfo, f.n);
	if (!PG_ARGISNULL(6) && !PG_ARGISNULL(7))
	{
		double	   *lows,
				   *highs;
		bool	   *low_null,
				   *high_null;

		float8_arg(fcinfo, 6, f.n, "gpumkt_svg_forecast", "lows", "years", &lows, &low_null);
		float8_arg(fcinfo, 7, f.n, "gpumkt_svg_forecast", "highs", "years", &highs, &high_null);
		f.lows = lows;
		f.low_null = low_null;
		f.highs = highs;
		f.high_null = high_null;
	}
	f.has_level = PG_NARGS() > 8 && !PG_ARGISNULL(8);
	f.level = f.has_level ? PG_GETARG_FLOAT8(8) : 0.0;
	st = svg_forecast_check(&f, &bad);
	if (st != SVG_OK)
		forecast_error(st, &f, bad);
	svg_buf_init(&b, gm_svg_grow, gm_svg_free);
	svg_forecast(&b, &f);
	return gm_svg_result(&b);
}

/* gpumkt_svg_forecast of 1.4 to 2.0: eight arguments, the band a range */
Datum
gpumkt_svg_forecast(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(forecast_chart(fcinfo));
}

/* gpumkt_svg_forecast of 2.1: a ninth argument, the band's level or NULL */
Datum
gpumkt_svg_forecast_v2(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(forecast_chart(fcinfo));
}

/* The names argument of gpumkt_svg_segments, in UTF-8, no NULL. */
static int
names_arg(FunctionCallInfo fcinfo, const char ***names)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("gpumkt_svg_segments names must not be NULL"),
				 errhint("Pass the names of the segments as a text array.")));
	a = PG_GETARG_ARRAYTYPE_P(4);
	check_1d(a, "gpumkt_svg_segments", "names");
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n > SVG_MAX_SEGMENTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_svg_segments takes at most %d segments", SVG_MAX_SEGMENTS),
				 errdetail("It was given %d segments.", n)));
	*names = (const char **) palloc(sizeof(char *) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		char	   *s;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("gpumkt_svg_segments names must not hold NULL"),
					 errdetail("Element %d of names is NULL.", i + 1),
					 errhint("Name every segment; pass NULL as its share where it is not known.")));
		s = TextDatumGetCString(elems[i]);
		(*names)[i] = pg_server_to_any(s, strlen(s), PG_UTF8);
	}
	return n;
}

/* gpumkt_svg_segments(title, subtitle, unit, total, names, shares) */
Datum
gpumkt_svg_segments(PG_FUNCTION_ARGS)
{
	SvgSegments s = {0};
	double	   *shares;
	bool	   *share_null;
	int			bad;
	SvgBuf		b;

	s.title = gm_svg_utf8_arg(fcinfo, 0);
	s.subtitle = gm_svg_utf8_arg(fcinfo, 1);
	s.unit = gm_svg_utf8_arg(fcinfo, 2);
	s.has_total = !PG_ARGISNULL(3);
	s.total = s.has_total ? PG_GETARG_FLOAT8(3) : 0.0;
	s.n = names_arg(fcinfo, (const char ***) &s.names);
	if (PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("gpumkt_svg_segments shares must not be NULL"),
				 errhint("Pass one share per segment, NULL elements where it is not known.")));
	float8_arg(fcinfo, 5, s.n, "gpumkt_svg_segments", "shares", "names", &shares, &share_null);
	s.shares = shares;
	s.share_null = share_null;
	switch (svg_segments_check(&s, &bad))
	{
		case SVG_OK:
			break;
		case SVG_SHARE_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_svg_segments shares must be between 0 and 1"),
					 errdetail("The share of segment %d is %s.", bad + 1,
							   float8out_internal(s.shares[bad])),
					 errhint("Pass shares as fractions: 0.785 for 78.5 %%.")));
			break;
		default:
			if (bad < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("gpumkt_svg_segments total must be finite"),
						 errdetail("The total is %s.", float8out_internal(s.total)),
						 errhint("Pass the market size the shares are of, or NULL to show shares only.")));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_svg_segments shares must be finite"),
					 errdetail("The share of segment %d is %s.", bad + 1,
							   float8out_internal(s.shares[bad])),
					 errhint("Pass NULL for a share that is not known.")));
	}
	svg_buf_init(&b, gm_svg_grow, gm_svg_free);
	svg_segments(&b, &s);
	PG_RETURN_TEXT_P(gm_svg_result(&b));
}
