/*-------------------------------------------------------------------------
 *
 * ets_type.c
 *	  The type gpumkt_ets_model: its text and binary forms (both refuse
 *	  anything ets_model_valid refuses, so that every model the aggregate
 *	  makes reads back identically, and nothing else does), and its
 *	  accessors: gpumkt_predict, gpumkt_predict_interval, gpumkt_model_info
 *	  and gpumkt_predict_series.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "ets.h"
#include "names.h"

#define GETARG_MODEL(n) ((EtsModel *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n)))

PG_FUNCTION_INFO_V1(gpumkt_ets_model_in);
PG_FUNCTION_INFO_V1(gpumkt_ets_model_out);
PG_FUNCTION_INFO_V1(gpumkt_ets_model_recv);
PG_FUNCTION_INFO_V1(gpumkt_ets_model_send);
PG_FUNCTION_INFO_V1(gpumkt_predict);
PG_FUNCTION_INFO_V1(gpumkt_predict_interval);
PG_FUNCTION_INFO_V1(gpumkt_model_info);
PG_FUNCTION_INFO_V1(gpumkt_predict_series);

/* Refuse a text form that is not a model's. */
static void pg_attribute_noreturn()
bad_text(const char *s)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type gpumkt_ets_model: \"%s\"",
					gm_echo(s, strlen(s))),
			 errdetail("A model's text is the text a gpumkt_ets_model prints, with every field in range."),
			 errhint("Store models as gpumkt_ets_model values, or as the text they print.")));
}

/* gpumkt_ets_model from its text form. */
Datum
gpumkt_ets_model_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	EtsModel	hdr;
	EtsModel   *mod;
	size_t		size = ets_parse(s, &hdr, sizeof(hdr));

	if (size == 0)
		bad_text(s);
	mod = palloc0(size);
	if (ets_parse(s, mod, size) != size || !ets_model_valid(mod, size))
		bad_text(s);
	SET_VARSIZE(mod, size);
	PG_RETURN_POINTER(mod);
}

/* gpumkt_ets_model as text. */
Datum
gpumkt_ets_model_out(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	size_t		len = ets_text_max(mod->n, mod->m);
	char	   *buf = palloc(len);

	ets_format(mod, buf, len);
	PG_RETURN_CSTRING(buf);
}

/* gpumkt_ets_model from its binary form (the fields in order, then data). */
Datum
gpumkt_ets_model_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	EtsModel	hdr;
	EtsModel   *mod;
	size_t		size;
	int			nd;

	memset(&hdr, 0, sizeof(hdr));
	if (buf->len - buf->cursor < 8 * 4 + 4 * 8 + 13 * 8)
		goto bad;
	hdr.version = pq_getmsgint(buf, 4);
	hdr.kind = pq_getmsgint(buf, 4);
	hdr.tkind = pq_getmsgint(buf, 4);
	hdr.tunit = pq_getmsgint(buf, 4);
	hdr.m = pq_getmsgint(buf, 4);
	hdr.period = pq_getmsgint(buf, 4);
	hdr.n = pq_getmsgint(buf, 4);
	hdr.filled = pq_getmsgint(buf, 4);
	hdr.t0 = pq_getmsgint64(buf);
	hdr.step = pq_getmsgint64(buf);
	hdr.trem = pq_getmsgint64(buf);
	hdr.flags = pq_getmsgint64(buf);
	if (hdr.n < 3 || hdr.n > ETS_MAX_N || hdr.m < 1 || hdr.m > hdr.n)
		goto bad;
	nd = hdr.n + (hdr.m > 1 ? hdr.m : 0);
	if (buf->len - buf->cursor != 13 * 8 + nd * 8)
		goto bad;
	size = ETS_MODEL_SIZE(hdr.n, hdr.m);
	mod = palloc0(size);
	memcpy(mod, &hdr, offsetof(EtsModel, alpha));
	for (double *f = &mod->alpha; f <= &mod->trend; f++)
		*f = pq_getmsgfloat8(buf);
	for (int i = 0; i < nd; i++)
		mod->data[i] = pq_getmsgfloat8(buf);
	if (!ets_model_valid(mod, size))
		goto bad;
	SET_VARSIZE(mod, size);
	PG_RETURN_POINTER(mod);
bad:
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary form for type gpumkt_ets_model"),
			 errdetail("A field is out of its range, or the length does not match the model's points.")));
}

/* gpumkt_ets_model in binary form. */
Datum
gpumkt_ets_model_send(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	StringInfoData buf;
	int			nd = mod->n + (mod->m > 1 ? mod->m : 0);

	pq_begintypsend(&buf);
	pq_sendint32(&buf, mod->version);
	pq_sendint32(&buf, mod->kind);
	pq_sendint32(&buf, mod->tkind);
	pq_sendint32(&buf, mod->tunit);
	pq_sendint32(&buf, mod->m);
	pq_sendint32(&buf, mod->period);
	pq_sendint32(&buf, mod->n);
	pq_sendint32(&buf, mod->filled);
	pq_sendint64(&buf, mod->t0);
	pq_sendint64(&buf, mod->step);
	pq_sendint64(&buf, mod->trem);
	pq_sendint64(&buf, mod->flags);
	for (double *f = &mod->alpha; f <= &mod->trend; f++)
		pq_sendfloat8(&buf, *f);
	for (int i = 0; i < nd; i++)
		pq_sendfloat8(&buf, mod->data[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Refuse a forecast that is not finite. */
static double
finite_or_error(double v, const char *fname)
{
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("result of %s is out of range", fname),
				 errhint("Predict nearer to the series.")));
	return v;
}

/* The point forecast (or fitted value) at index i, and its variance. */
static double
forecast_at(const EtsModel *mod, int64 i, double *var)
{
	if (i < mod->n)
	{
		if (var)
			*var = mod->sigma2;
		return ETS_FITTED(mod)[i];
	}
	if (var)
		*var = ets_variance(mod, i - mod->n + 1);
	return ets_point(mod, i - mod->n + 1);
}

/* gpumkt_predict(model, t): the forecast at t, or the fitted value. */
Datum
gpumkt_predict(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	int64		x = ets_t_arg(fcinfo, 1, mod->tkind, "gpumkt_predict");
	int64		i = ets_index_of(mod, x, "gpumkt_predict");

	PG_RETURN_FLOAT8(finite_or_error(forecast_at(mod, i, NULL), "gpumkt_predict"));
}

/* The z of a central interval of the level (argument argno), checked. */
static double
level_z(FunctionCallInfo fcinfo, int argno, const char *fname)
{
	double		level = PG_GETARG_FLOAT8(argno);

	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level of %s must be between 0 and 1, exclusive", fname),
				 errdetail("It is %g.", level),
				 errhint("Pass the coverage as a fraction: 0.95 for a 95 %% interval.")));
	return ets_normal_quantile(0.5 + level / 2.0);
}

/* gpumkt_predict_interval(model, t, level): (low, high) at t. */
Datum
gpumkt_predict_interval(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	int64		x = ets_t_arg(fcinfo, 1, mod->tkind, "gpumkt_predict_interval");
	double		z = level_z(fcinfo, 2, "gpumkt_predict_interval");
	int64		i = ets_index_of(mod, x, "gpumkt_predict_interval");
	double		var,
				y = forecast_at(mod, i, &var),
				half = z * sqrt(var);
	TupleDesc	desc;
	Datum		v[2];
	bool		nulls[2] = {false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	v[0] = Float8GetDatum(finite_or_error(y - half, "gpumkt_predict_interval"));
	v[1] = Float8GetDatum(finite_or_error(y + half, "gpumkt_predict_interval"));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), v, nulls)));
}

/* gpumkt_model_info(model): the model's kind, parameters and accuracy. */
Datum
gpumkt_model_info(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	TupleDesc	desc;
	Datum		v[13];
	bool		nulls[13];

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	memset(nulls, 0, sizeof(nulls));
	v[0] = CStringGetTextDatum(ets_kind_name(mod->kind));
	v[1] = Float8GetDatum(mod->alpha);
	v[2] = Float8GetDatum(mod->beta);
	nulls[2] = !ets_kind_trend(mod->kind);
	v[3] = Float8GetDatum(mod->gamma);
	nulls[3] = !ets_kind_seasonal(mod->kind);
	v[4] = Float8GetDatum(mod->phi);
	nulls[4] = !ets_kind_damped(mod->kind);
	v[5] = Int32GetDatum(mod->m);
	v[6] = Int32GetDatum(mod->n);
	v[7] = Float8GetDatum(sqrt(mod->sigma2));
	v[8] = Float8GetDatum(mod->aicc);
	nulls[8] = isnan(mod->aicc);
	v[9] = Float8GetDatum(mod->mae);
	v[10] = Float8GetDatum(mod->rmse);
	v[11] = Float8GetDatum(mod->mase);
	nulls[11] = isnan(mod->mase);
	v[12] = Float8GetDatum(mod->smape);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), v, nulls)));
}

/*
 * The horizon argument: bigint since 1.4.1, integer in a database whose
 * extension is still 1.4 (the library serves both until the update).
 */
static int64
horizon_arg(FunctionCallInfo fcinfo, int argno)
{
	if (get_fn_expr_argtype(fcinfo->flinfo, argno) == INT4OID)
		return PG_GETARG_INT32(argno);
	return PG_GETARG_INT64(argno);
}

/*
 * gpumkt_predict_series(model, horizon, level): the forecasts of the
 * horizon steps after the last point, as (t, value, low, high) rows, t the
 * text of the point's time (ISO dates and UTC times).
 */
Datum
gpumkt_predict_series(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	EtsModel   *mod = GETARG_MODEL(0);
	int64		horizon = horizon_arg(fcinfo, 1);
	double		z = level_z(fcinfo, 2, "gpumkt_predict_series");
	double		sum = 0.0;

	if (horizon < 1 || horizon > ETS_MAX_H)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizon of gpumkt_predict_series must be between 1 and %d", ETS_MAX_H),
				 errdetail("It is %lld.", (long long) horizon),
				 errhint("Pass the number of steps after the last point to forecast.")));
	InitMaterializedSRF(fcinfo, 0);
	for (int64 h = 1; h <= horizon; h++)
	{
		Datum		v[4];
		bool		nulls[4] = {false, false, false, false};
		char	   *t = ets_point_text(mod, mod->n - 1 + h);
		double		y = finite_or_error(ets_point(mod, h), "gpumkt_predict_series");
		double		half;

		CHECK_FOR_INTERRUPTS();
		if (h > 1)
		{
			double		c = ets_c(mod, h - 1);

			sum += c * c;
		}
		half = z * sqrt(mod->sigma2 * (1.0 + sum));
		if (t == NULL)
			break;				/* past the range of the type: no more t */
		v[0] = CStringGetTextDatum(t);
		v[1] = Float8GetDatum(y);
		v[2] = Float8GetDatum(finite_or_error(y - half, "gpumkt_predict_series"));
		v[3] = Float8GetDatum(finite_or_error(y + half, "gpumkt_predict_series"));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
