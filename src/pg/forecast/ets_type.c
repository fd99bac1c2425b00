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
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "ets.h"
#include "names.h"

#define GETARG_MODEL(n) ets_model_arg(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(gpumkt_ets_model_in);
PG_FUNCTION_INFO_V1(gpumkt_ets_model_out);
PG_FUNCTION_INFO_V1(gpumkt_predict);
PG_FUNCTION_INFO_V1(gpumkt_predict_interval);
PG_FUNCTION_INFO_V1(gpumkt_model_info);
PG_FUNCTION_INFO_V1(gpumkt_model_info_v2);
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

/*
 * A model argument, detoasted; a version 1 value (stored by 2.0) is read
 * as version 2 (ets_model_from_v1), so that the code sees only version 2.
 */
EtsModel *
ets_model_arg(Datum d)
{
	EtsModel   *mod = (EtsModel *) PG_DETOAST_DATUM(d);
	EtsModel   *v2;
	size_t		size;

	if (mod->version != ETS_VERSION_1)
		return mod;
	size = ets_model_from_v1((EtsModelV1 *) mod, VARSIZE(mod), NULL, 0);
	if (size == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("gpumkt_ets_model value of version 1 is corrupt"),
				 errhint("Fit the model again.")));
	v2 = palloc0(size);
	ets_model_from_v1((EtsModelV1 *) mod, VARSIZE(mod), v2, size);
	SET_VARSIZE(v2, size);
	return v2;
}

/* gpumkt_ets_model from its text form (version 2, or 2.0's version 1). */
Datum
gpumkt_ets_model_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	union
	{
		EtsModel	m;
		double		room[64];
	}			hdr;
	EtsModel   *mod;
	size_t		size = ets_parse(s, &hdr.m, sizeof(hdr));

	if (size == 0)
		bad_text(s);
	mod = palloc0(size);
	if (ets_parse(s, mod, size) != size || !ets_model_valid(mod, size))
		bad_text(s);
	SET_VARSIZE(mod, size);
	PG_RETURN_POINTER(mod);
}

/* gpumkt_ets_model as text (version 2). */
Datum
gpumkt_ets_model_out(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	size_t		len = ets_text_max(mod);
	char	   *buf = palloc(len);

	ets_format(mod, buf, len);
	PG_RETURN_CSTRING(buf);
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

/* The point forecast (or fitted value) at index i. */
static double
forecast_at(const EtsModel *mod, int64 i)
{
	if (i < mod->n)
		return ETS_FITTED(mod)[i];
	return ets_point(mod, i - mod->n + 1);
}

/*
 * The intervals of the level for 1 .. horizon steps after the series
 * (palloc'd arrays), or an error when they cannot be computed.
 */
static void
intervals(const EtsModel *mod, int64 horizon, double level, double **low,
		  double **high, const char *fname)
{
	*low = palloc(sizeof(double) * horizon);
	*high = palloc(sizeof(double) * horizon);
	if (!ets_intervals(mod, horizon, level, *low, *high))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("intervals of %s are too far ahead for model %s", fname,
						ets_code_name(mod->code)),
				 errdetail("Its intervals are simulated, up to %d steps after the series.", ETS_SIM_MAX_H),
				 errhint("Ask for a nearer horizon.")));
}

/* gpumkt_predict(model, t): the forecast at t, or the fitted value. */
Datum
gpumkt_predict(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	int64		x = ets_t_arg(fcinfo, 1, mod->tkind, "gpumkt_predict");
	int64		i = ets_index_of(mod, x, "gpumkt_predict");

	PG_RETURN_FLOAT8(finite_or_error(forecast_at(mod, i), "gpumkt_predict"));
}

/* The level of a central interval (argument argno), checked. */
static double
level_arg(FunctionCallInfo fcinfo, int argno, const char *fname)
{
	double		level = PG_GETARG_FLOAT8(argno);

	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level of %s must be between 0 and 1, exclusive", fname),
				 errdetail("It is %g.", level),
				 errhint("Pass the coverage as a fraction: 0.95 for a 95 %% interval.")));
	return level;
}

/*
 * gpumkt_predict_interval(model, t, level): (low, high) at t; inside the
 * series the fitted value -/+ z sigma (sigma relative for M error).
 */
Datum
gpumkt_predict_interval(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	int64		x = ets_t_arg(fcinfo, 1, mod->tkind, "gpumkt_predict_interval");
	double		level = level_arg(fcinfo, 2, "gpumkt_predict_interval");
	int64		i = ets_index_of(mod, x, "gpumkt_predict_interval");
	TupleDesc	desc;
	Datum		v[2];
	bool		nulls[2] = {false, false};
	double		lo,
				hi;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	if (i < mod->n)
	{
		double		y = ETS_FITTED(mod)[i],
					half = ets_normal_quantile(0.5 + level / 2.0) * sqrt(mod->sigma2) *
			(ETS_MULT_ERROR(mod) ? fabs(y) : 1.0);

		lo = y - half;
		hi = y + half;
	}
	else
	{
		double	   *low,
				   *high;

		intervals(mod, i - mod->n + 1, level, &low, &high, "gpumkt_predict_interval");
		lo = low[i - mod->n];
		hi = high[i - mod->n];
	}
	v[0] = Float8GetDatum(finite_or_error(lo, "gpumkt_predict_interval"));
	v[1] = Float8GetDatum(finite_or_error(hi, "gpumkt_predict_interval"));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), v, nulls)));
}

/* The 13 columns of 2.0's gpumkt_model_info into v, nulls. */
static void
info_v1(const EtsModel *mod, Datum *v, bool *nulls)
{
	v[0] = CStringGetTextDatum(mod->method == ETS_METHOD_ETS ? ets_code_name(mod->code) :
							   (mod->method == ETS_METHOD_THETA ? "THETA" : "COMBINATION"));
	v[1] = Float8GetDatum(mod->alpha);
	v[2] = Float8GetDatum(mod->beta);
	nulls[2] = mod->method != ETS_METHOD_ETS || !ets_code_trend(mod->code);
	v[3] = Float8GetDatum(mod->gamma);
	nulls[3] = mod->method != ETS_METHOD_ETS || !ets_code_seasonal(mod->code);
	v[4] = Float8GetDatum(mod->phi);
	nulls[4] = mod->method != ETS_METHOD_ETS || !ets_code_damped(mod->code);
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
}

/* gpumkt_model_info(model), 2.0's: kind, parameters and accuracy. */
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
	info_v1(mod, v, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), v, nulls)));
}

/* A text[] of k C strings. */
static Datum
text_array(const char **s, int k)
{
	Datum	   *d = palloc(sizeof(Datum) * (k > 0 ? k : 1));

	for (int i = 0; i < k; i++)
		d[i] = CStringGetTextDatum(s[i]);
	return PointerGetDatum(construct_array(d, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/* A float8[] of k doubles, NaN as NULL. */
static Datum
float_array(const double *x, int k)
{
	Datum	   *d = palloc(sizeof(Datum) * (k > 0 ? k : 1));
	bool	   *nulls = palloc(sizeof(bool) * (k > 0 ? k : 1));
	int			dims[1] = {k},
				lbs[1] = {1};

	for (int i = 0; i < k; i++)
	{
		d[i] = Float8GetDatum(x[i]);
		nulls[i] = isnan(x[i]);
	}
	return PointerGetDatum(construct_md_array(d, nulls, 1, dims, lbs, FLOAT8OID,
											  8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* The name of a model, its method's for THETA and COMBINATION. */
static const char *
model_name(const EtsModel *mod)
{
	if (mod->method == ETS_METHOD_THETA)
		return "THETA";
	if (mod->method == ETS_METHOD_COMBINATION)
		return "COMBINATION";
	return ets_code_name(mod->code);
}

/*
 * gpumkt_model_info(model), 2.1's: 2.0's columns, then the loglik, how
 * the model came (forced, or chosen by AICc), the candidates and their
 * AICc, and a combination's components and weights.
 */
Datum
gpumkt_model_info_v2(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = GETARG_MODEL(0);
	TupleDesc	desc;
	Datum		v[20];
	bool		nulls[20];
	const char **names = palloc(sizeof(char *) * (mod->ncand + mod->ncomp + 1));
	double	   *aicc = palloc(sizeof(double) * (mod->ncand + 1));

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	memset(nulls, 0, sizeof(nulls));
	info_v1(mod, v, nulls);
	v[13] = Float8GetDatum(mod->loglik);
	v[14] = CStringGetTextDatum(mod->method == ETS_METHOD_ETS ? "ets" :
								(mod->method == ETS_METHOD_THETA ? "theta" : "combination"));
	/* theta's methods (issue 19) are not chosen by AICc */
	v[15] = CStringGetTextDatum(mod->method == ETS_METHOD_THETA ? "theta method" :
								mod->method == ETS_METHOD_COMBINATION ?
								((mod->flags & ETS_FLAG_BIC_WEIGHTS) ? "BIC weights" : "Akaike weights") :
								(mod->flags & ETS_FLAG_CHOSEN) ? "least AICc" : "forced");
	for (int i = 0; i < mod->ncand; i++)
	{
		double		c = ETS_CAND(mod)[2 * i];

		names[i] = c == ETS_CAND_THETA ? "THETA" :
			(c == ETS_CAND_COMBINATION ? "COMBINATION" : ets_code_name((int) c));
		aicc[i] = ETS_CAND(mod)[2 * i + 1];
	}
	v[16] = text_array(names, mod->ncand);
	v[17] = float_array(aicc, mod->ncand);
	for (int i = 0; i < mod->ncomp; i++)
		names[i] = model_name(ets_component(mod, i));
	v[18] = mod->ncomp > 0 ? text_array(names, mod->ncomp) : (Datum) 0;
	nulls[18] = mod->ncomp == 0;
	v[19] = mod->ncomp > 0 ? float_array(ETS_WEIGHTS(mod), mod->ncomp) : (Datum) 0;
	nulls[19] = mod->ncomp == 0;
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
	double		level = level_arg(fcinfo, 2, "gpumkt_predict_series");
	double	   *low,
			   *high;

	if (horizon < 1 || horizon > ETS_MAX_H)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizon of gpumkt_predict_series must be between 1 and %d", ETS_MAX_H),
				 errdetail("It is %lld.", (long long) horizon),
				 errhint("Pass the number of steps after the last point to forecast.")));
	intervals(mod, horizon, level, &low, &high, "gpumkt_predict_series");
	InitMaterializedSRF(fcinfo, 0);
	for (int64 h = 1; h <= horizon; h++)
	{
		Datum		v[4];
		bool		nulls[4] = {false, false, false, false};
		char	   *t = ets_point_text(mod, mod->n - 1 + h);
		double		y = finite_or_error(ets_point(mod, h), "gpumkt_predict_series");

		CHECK_FOR_INTERRUPTS();
		if (t == NULL)
			break;				/* past the range of the type: no more t */
		v[0] = CStringGetTextDatum(t);
		v[1] = Float8GetDatum(y);
		v[2] = Float8GetDatum(finite_or_error(low[h - 1], "gpumkt_predict_series"));
		v[3] = Float8GetDatum(finite_or_error(high[h - 1], "gpumkt_predict_series"));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
