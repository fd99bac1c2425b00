/*-------------------------------------------------------------------------
 *
 * ets.c
 *	  The aggregate gpumkt_ets(t, value [, seasonality [, model]]), and
 *	  gpumkt_theta and gpumkt_auto_model which share its state: the
 *	  transitions collect the points in an internal state (serialized,
 *	  deserialized and combined, so that a GROUP BY runs in parallel);
 *	  the final functions are in ets_final.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "agg_common.h"
#include "ets.h"
#include "ets_state.h"
#include "gpumkt.h"
#include "names.h"

/* the header of the serialized state */
#define SER_HEAD (5 * sizeof(int32))

PG_FUNCTION_INFO_V1(gpumkt_ets_trans);
PG_FUNCTION_INFO_V1(gpumkt_ets_combine);
PG_FUNCTION_INFO_V1(gpumkt_ets_serialize);
PG_FUNCTION_INFO_V1(gpumkt_ets_deserialize);

/* A new state in the aggregate's memory. */
static EtsState *
new_state(MemoryContext cxt, int cap)
{
	EtsState   *st = MemoryContextAllocZero(cxt, sizeof(EtsState));

	st->cap = cap > 16 ? cap : 16;
	st->pts = MemoryContextAlloc(cxt, sizeof(EtsPoint) * st->cap);
	st->tkind = -1;
	st->season = SEASON_AUTO;
	st->force = -1;
	return st;
}

/*
 * The name of the aggregate being computed, for its messages: gpumkt_ets,
 * gpumkt_theta and gpumkt_auto_model share the transition and the series.
 */
const char *
ets_agg_name(FunctionCallInfo fcinfo)
{
	Aggref	   *agg = AggGetAggref(fcinfo);
	char	   *name = agg ? get_func_name(agg->aggfnoid) : NULL;

	return name ? name : "gpumkt_ets";
}

/* Room for k more points. */
static void
reserve(FunctionCallInfo fcinfo, EtsState *st, int64 k)
{
	int64		want = (int64) st->npts + k;

	if (want > MAX_POINTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes at most %d rows in a group", ets_agg_name(fcinfo), MAX_POINTS),
				 errhint("Aggregate the rows to a coarser step first.")));
	if (want <= st->cap)
		return;
	while (st->cap < want)
		st->cap = st->cap > MAX_POINTS / 2 ? MAX_POINTS : st->cap * 2;
	st->pts = repalloc(st->pts, sizeof(EtsPoint) * st->cap);
}

/* The seasonality argument: NULL to detect, 1 none, m > 1 a cycle. */
static int
season_arg(FunctionCallInfo fcinfo)
{
	int32		m;

	if (PG_NARGS() < 4 || PG_ARGISNULL(3))
		return SEASON_AUTO;
	m = PG_GETARG_INT32(3);
	if (m < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("seasonality of %s must be at least 1", ets_agg_name(fcinfo)),
				 errdetail("It is %d.", m),
				 errhint("Pass NULL to detect the cycle, 1 for none, or the number of points in a cycle (12 for months in a year).")));
	return m;
}

/*
 * The model argument: NULL to choose, else R's code of three letters (Z
 * for "choose this component"; ANN .. MMdM, ZZZ, MZZ ...).
 */
static int
model_arg(FunctionCallInfo fcinfo)
{
	char	   *name;
	EtsOptions	o;
	int			code;

	if (PG_NARGS() < 5 || PG_ARGISNULL(4))
		return -1;
	name = text_to_cstring(PG_GETARG_TEXT_PP(4));
	if (!ets_parse_spec(name, &o))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model of %s is unrecognized: \"%s\"", ets_agg_name(fcinfo), gm_echo(name, strlen(name))),
				 errdetail("A model is three letters as forecast::ets names it: error A or M, trend N, A, Ad, M or Md, season N, A or M; Z chooses a component."),
				 errhint("Pass NULL or 'ZZZ' to choose by AICc, or a model such as 'AAN', 'MAdM' or 'MZZ'.")));
	code = ets_spec_code(ets_spec_pack(&o));
	if (code >= 0 && ets_code_forbidden(code))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model %s of %s is not allowed", ets_code_name(code), ets_agg_name(fcinfo)),
				 errdetail("An additive error with a multiplicative trend or season, or a multiplicative trend with an additive season, gives forecasts of infinite variance (forecast::ets refuses them too)."),
				 errhint("Pass a multiplicative error with a multiplicative season, or 'ZZZ' to choose.")));
	return ets_spec_pack(&o);
}

/* Refuse an argument that changes between the rows of a group. */
static void
same_in_group(FunctionCallInfo fcinfo, bool same, const char *arg)
{
	if (!same)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must be the same in every row of a group", arg, ets_agg_name(fcinfo)),
				 errhint("Pass a constant.")));
}

/* t of the row in units of its type (argument 1, of type tkind). */
static int64
row_t(FunctionCallInfo fcinfo, int tkind)
{
	Datum		d = PG_GETARG_DATUM(1);

	if (tkind == ETS_T_INT)
		return DatumGetInt64(d);
	if (tkind == ETS_T_DATE &&
		get_fn_expr_argtype(fcinfo->flinfo, 1) == TIMESTAMPTZOID)
		d = DateADTGetDatum(gm_tstz_cast_date(DatumGetTimestampTz(d)));
	if (tkind == ETS_T_DATE ? DATE_NOT_FINITE(DatumGetDateADT(d)) :
		TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(d)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s must be finite", ets_agg_name(fcinfo)),
				 errhint("Filter out the rows at infinity or -infinity.")));
	return tkind == ETS_T_DATE ? (int64) DatumGetDateADT(d) : DatumGetTimestampTz(d);
}

/*
 * Transition of gpumkt_ets over t of type tkind: keeps the row's point; a
 * row whose t or value is NULL is counted and skipped.
 */
static Datum
ets_trans(FunctionCallInfo fcinfo, int tkind)
{
	MemoryContext cxt;
	EtsState   *st;
	int			season = season_arg(fcinfo);
	int			force = model_arg(fcinfo);
	double		v;

	if (!AggCheckCallContext(fcinfo, &cxt))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(0))
	{
		st = new_state(cxt, 16);
		st->tkind = tkind;
		st->season = season;
		st->force = force;
	}
	else
		st = (EtsState *) PG_GETARG_POINTER(0);
	same_in_group(fcinfo, st->season == season, "seasonality");
	same_in_group(fcinfo, st->force == force, "model");
	if (st->rows < PG_INT32_MAX)
		st->rows++;
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(st);
	v = PG_GETARG_FLOAT8(2);
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must be a finite number", ets_agg_name(fcinfo)),
				 errdetail("A row at t = %s has value %g.",
						   ets_x_text(tkind, row_t(fcinfo, tkind)), v),
				 errhint("Filter out NaN and infinite values, or replace them by NULL (a NULL value is skipped).")));
	reserve(fcinfo, st, 1);
	st->pts[st->npts].x = row_t(fcinfo, tkind);
	st->pts[st->npts].v = v;
	st->npts++;
	PG_RETURN_POINTER(st);
}

/* Transition of gpumkt_ets over bigint t. */
PG_FUNCTION_INFO_V1(gpumkt_ets_trans_int);
Datum
gpumkt_ets_trans_int(PG_FUNCTION_ARGS)
{
	return ets_trans(fcinfo, ETS_T_INT);
}

/* Transition of gpumkt_ets over date t. */
PG_FUNCTION_INFO_V1(gpumkt_ets_trans_date);
Datum
gpumkt_ets_trans_date(PG_FUNCTION_ARGS)
{
	return ets_trans(fcinfo, ETS_T_DATE);
}

/*
 * Transition of gpumkt_ets over timestamptz t: a date that PostgreSQL's
 * implicit cast made a timestamptz is a date series still (its day,
 * whatever the time zone), as 1.4's date form made it.
 */
PG_FUNCTION_INFO_V1(gpumkt_ets_trans_tstz);
Datum
gpumkt_ets_trans_tstz(PG_FUNCTION_ARGS)
{
	if (gm_tstz_arg_source(fcinfo, 1) == DATEOID)
		return ets_trans(fcinfo, ETS_T_DATE);
	return ets_trans(fcinfo, ETS_T_TSTZ);
}

/* Combine of gpumkt_ets: the points of both states, in the first. */
Datum
gpumkt_ets_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt,
				old;
	EtsState   *a,
			   *b;

	if (!AggCheckCallContext(fcinfo, &cxt))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	b = (EtsState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		a = new_state(cxt, b->npts);
		a->tkind = b->tkind;
		a->season = b->season;
		a->force = b->force;
	}
	else
		a = (EtsState *) PG_GETARG_POINTER(0);
	same_in_group(fcinfo, a->season == b->season, "seasonality");
	same_in_group(fcinfo, a->force == b->force, "model");
	old = MemoryContextSwitchTo(cxt);
	reserve(fcinfo, a, b->npts);
	MemoryContextSwitchTo(old);
	memcpy(a->pts + a->npts, b->pts, sizeof(EtsPoint) * b->npts);
	a->npts += b->npts;
	a->rows = (int64) a->rows + b->rows > PG_INT32_MAX ? PG_INT32_MAX : a->rows + b->rows;
	PG_RETURN_POINTER(a);
}

/* Serialize of gpumkt_ets: the state as bytea (its header, then points). */
Datum
gpumkt_ets_serialize(PG_FUNCTION_ARGS)
{
	EtsState   *st;
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	st = (EtsState *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, st->npts);
	pq_sendint32(&buf, st->tkind);
	pq_sendint32(&buf, st->season);
	pq_sendint32(&buf, st->force);
	pq_sendint32(&buf, st->rows);
	for (int i = 0; i < st->npts; i++)
	{
		pq_sendint64(&buf, st->pts[i].x);
		pq_sendfloat8(&buf, st->pts[i].v);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Deserialize of gpumkt_ets: a state from serialize's bytea. */
Datum
gpumkt_ets_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	bytea	   *b;
	StringInfoData buf;
	EtsState   *st;
	int32		npts;

	if (!AggCheckCallContext(fcinfo, &cxt))
		gm_not_in_aggregate(fcinfo);
	b = PG_GETARG_BYTEA_PP(0);
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	npts = pq_getmsgint(&buf, 4);
	if (npts < 0 || npts > MAX_POINTS ||
		(int64) buf.len != (int64) SER_HEAD + (int64) npts * 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid serialized state of gpumkt_ets")));
	st = new_state(cxt, npts);
	st->tkind = pq_getmsgint(&buf, 4);
	st->season = pq_getmsgint(&buf, 4);
	st->force = pq_getmsgint(&buf, 4);
	st->rows = pq_getmsgint(&buf, 4);
	for (int i = 0; i < npts; i++)
	{
		st->pts[i].x = pq_getmsgint64(&buf);
		st->pts[i].v = pq_getmsgfloat8(&buf);
	}
	st->npts = npts;
	PG_RETURN_POINTER(st);
}
