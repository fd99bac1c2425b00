/*-------------------------------------------------------------------------
 *
 * textchart.c
 *	  Text charts for result tables: gpumkt_sparkline over an array and as
 *	  an aggregate, and gpumkt_bar.  The arithmetic is textchart_math.c's;
 *	  here are the arguments, the aggregate's state and the errors.
 *
 * The charts are block characters (U+2581..U+258F), so they are text only
 * in a UTF8 database; in any other they are refused (22021), as core
 * refuses characters a database encoding cannot hold.  The encoding of a
 * database never changes, so the functions stay IMMUTABLE (as chr() is).
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

#include "agg_common.h"
#include "textchart_math.h"

/* the most values a sparkline takes: its text stays below 1 GB */
#define SPARK_MAX_VALUES ((int) (MaxAllocSize / 8))

/* The aggregate's state: the values in the order they came, NULLs kept. */
typedef struct SparkState
{
	int			n;
	int			cap;
	double	   *values;
	bool	   *nulls;
} SparkState;

PG_FUNCTION_INFO_V1(gpumkt_sparkline);
PG_FUNCTION_INFO_V1(gpumkt_sparkline_trans);
PG_FUNCTION_INFO_V1(gpumkt_sparkline_final);
PG_FUNCTION_INFO_V1(gpumkt_bar);

/* Refuse to chart in a database whose encoding cannot hold the blocks. */
static void
require_utf8(const char *fn)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("%s needs a database with encoding UTF8", fn),
				 errdetail("The database encoding is %s, which cannot hold the block characters (U+2581 to U+258F) that the chart is drawn with.",
						   GetDatabaseEncodingName()),
				 errhint("Draw the chart in a database created with ENCODING 'UTF8'.")));
}

/* Refuse a sparkline of too many values. */
static void
check_spark_count(int64 n)
{
	if (n > SPARK_MAX_VALUES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_sparkline takes at most %d values", SPARK_MAX_VALUES),
				 errdetail("It was given more than %d values.", SPARK_MAX_VALUES)));
}

/* The sparkline of n values as text, or NULL (no value that is not NULL). */
static text *
spark_text(const double *values, const bool *nulls, int n)
{
	int		   *levels;
	int			bad = -1;
	text	   *t;
	int			len;

	require_utf8("gpumkt_sparkline");
	if (n == 0)
		return NULL;
	levels = (int *) palloc(sizeof(int) * n);
	switch (tc_spark_levels(values, nulls, n, levels, &bad))
	{
		case TC_OK:
			break;
		case TC_EMPTY:
			return NULL;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_sparkline value must be finite"),
					 errdetail("Value %d of the series is %s.", bad + 1,
							   float8out_internal(values[bad])),
					 errhint("Leave out NaN and infinite values, or pass NULL for a gap.")));
	}
	t = (text *) palloc(VARHDRSZ + (Size) n * TC_BLOCK_BYTES);
	len = tc_spark_render(levels, n, VARDATA(t));
	SET_VARSIZE(t, VARHDRSZ + len);
	pfree(levels);
	return t;
}

/* gpumkt_sparkline(float8[]): one block per element, NULL a space. */
Datum
gpumkt_sparkline(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	double	   *values;
	int			n;
	text	   *t;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_sparkline series must be a one-dimensional array"),
				 errdetail("The array has %d dimensions.", ARR_NDIM(a)),
				 errhint("Pass the series as ARRAY[v1, v2, ...].")));
	deconstruct_array(a, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	check_spark_count(n);
	values = (double *) palloc(sizeof(double) * Max(n, 1));
	for (int i = 0; i < n; i++)
		values[i] = nulls[i] ? 0.0 : DatumGetFloat8(elems[i]);
	t = spark_text(values, nulls, n);
	if (t == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(t);
}

/* Transition of the aggregate gpumkt_sparkline: append the value, or NULL. */
Datum
gpumkt_sparkline_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	SparkState *s;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(0))
	{
		s = (SparkState *) MemoryContextAlloc(aggcontext, sizeof(SparkState));
		s->n = 0;
		s->cap = 16;
		s->values = (double *) MemoryContextAlloc(aggcontext, sizeof(double) * s->cap);
		s->nulls = (bool *) MemoryContextAlloc(aggcontext, sizeof(bool) * s->cap);
	}
	else
		s = (SparkState *) PG_GETARG_POINTER(0);
	if (s->n == s->cap)
	{
		check_spark_count((int64) s->n + 1);
		s->cap = (int) Min((int64) s->cap * 2, (int64) SPARK_MAX_VALUES);
		s->values = (double *) repalloc(s->values, sizeof(double) * s->cap);
		s->nulls = (bool *) repalloc(s->nulls, sizeof(bool) * s->cap);
	}
	s->nulls[s->n] = PG_ARGISNULL(1);
	s->values[s->n] = PG_ARGISNULL(1) ? 0.0 : PG_GETARG_FLOAT8(1);
	s->n++;
	PG_RETURN_POINTER(s);
}

/* Final function of gpumkt_sparkline: the chart of the values so far. */
Datum
gpumkt_sparkline_final(PG_FUNCTION_ARGS)
{
	SparkState *s;
	text	   *t;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (SparkState *) PG_GETARG_POINTER(0);
	t = spark_text(s->values, s->nulls, s->n);
	if (t == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(t);
}

/* gpumkt_bar(value, max_value, width): a bar in eighths of a character. */
Datum
gpumkt_bar(PG_FUNCTION_ARGS)
{
	double		value = PG_GETARG_FLOAT8(0);
	double		max_value = PG_GETARG_FLOAT8(1);
	int32		width = PG_GETARG_INT32(2);
	int			eighths = 0;
	text	   *t;

	require_utf8("gpumkt_bar");
	switch (tc_bar_eighths(value, max_value, width, &eighths))
	{
		case TC_OK:
			break;
		case TC_NOT_FINITE:
			if (!isfinite(value))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("gpumkt_bar value must be finite"),
						 errhint("Pass a finite number: a bar of NaN or Infinity has no length.")));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_bar max_value must be finite"),
					 errhint("Pass a finite number: a bar against NaN or Infinity has no length.")));
			break;
		case TC_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_bar value must not be negative"),
					 errdetail("The value is %s.", float8out_internal(value)),
					 errhint("A bar shows a share or a size, which is zero or more.")));
			break;
		case TC_BAD_MAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_bar max_value must be greater than zero"),
					 errdetail("The max_value is %s.", float8out_internal(max_value)),
					 errhint("Pass the value a full bar stands for, such as 1 for shares or the largest size.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gpumkt_bar width must be between %d and %d", TC_WIDTH_MIN, TC_WIDTH_MAX),
					 errdetail("The width is %d.", width),
					 errhint("Pass the width of a full bar in characters, 20 by default.")));
	}
	t = (text *) palloc(VARHDRSZ + (Size) (eighths + 7) / 8 * TC_BLOCK_BYTES);
	SET_VARSIZE(t, VARHDRSZ + tc_bar_render(eighths, VARDATA(t)));
	PG_RETURN_TEXT_P(t);
}
