/*-------------------------------------------------------------------------
 *
 * legacy.c
 *	  The C entry points that the SQL scripts of gpumkt 1.0 to 1.4.1 name
 *	  and 2.0 no longer has (the forms of the forecasting functions told
 *	  apart by their arguments, the gpumkt_scenario type's I/O): each
 *	  refuses with an error that says to update the extension; and the
 *	  check of the number of arguments for the entry points whose names
 *	  2.0 keeps.
 *
 * The input and output of 1.x's gpumkt_scenario and gpumkt_unit types stay
 * as they were (a name as text), so that a 1.x database under the 2.0
 * library still reads its views and values until it is updated.
 *
 * A released script's C function must find its symbol in the library when
 * it is created (CREATE EXTENSION ... VERSION '1.2', then ALTER EXTENSION
 * UPDATE): the symbols stay, but only the update reaches 2.0's forms.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/regproc.h"

#include "gpumkt.h"

/* The error of a function whose form 2.0 dropped. */
static Datum
legacy_form(FunctionCallInfo fcinfo)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("function %s is a form that gpumkt 2.0 no longer has",
					format_procedure(fcinfo->flinfo->fn_oid)),
			 errdetail("The extension's SQL objects are older than its library."),
			 errhint("Run ALTER EXTENSION gpumkt UPDATE, then call the function with named optional arguments (docs/reference.md).")));
	return (Datum) 0;			/* keep compiler quiet */
}

/*
 * Refuse a call with other than nargs arguments: a form of an earlier
 * version whose C entry point 2.0 keeps under the same name (1.4's
 * gpumkt_series took 4 arguments, 2.0's takes 9).
 */
void
gm_require_nargs(FunctionCallInfo fcinfo, int nargs)
{
	if (PG_NARGS() != nargs)
		(void) legacy_form(fcinfo);
}

/*
 * Refuse a call whose argument argno is not text: a form of 1.4 that took
 * a gpumkt_scenario there and has as many arguments as 2.0's form
 * (gpumkt_segment_share(dimension, segment, scenario, market) against 2.0's
 * (dimension, segment, market, scenario)), whose arguments 2.0 would read
 * in the wrong places.  A call without an expression (none from SQL) is
 * not checked.
 */
void
gm_require_text_arg(FunctionCallInfo fcinfo, int argno)
{
	Oid			type = get_fn_expr_argtype(fcinfo->flinfo, argno);

	if (OidIsValid(type) && type != TEXTOID)
		(void) legacy_form(fcinfo);
}

/* The entry point sym of an earlier version, which refuses. */
#define GM_LEGACY(sym) \
	PG_FUNCTION_INFO_V1(sym); \
	Datum sym(PG_FUNCTION_ARGS) { return legacy_form(fcinfo); } \
	extern int	no_such_variable

GM_LEGACY(gpumkt_explain);
GM_LEGACY(gpumkt_explain_date);
GM_LEGACY(gpumkt_explain_segment);
GM_LEGACY(gpumkt_explain_segment_date);
GM_LEGACY(gpumkt_explain_segment_float8);
GM_LEGACY(gpumkt_explain_segment_text);
GM_LEGACY(gpumkt_explain_segment_tstz);
GM_LEGACY(gpumkt_explain_text);
GM_LEGACY(gpumkt_forecast);
GM_LEGACY(gpumkt_forecast_date);
GM_LEGACY(gpumkt_forecast_range);
GM_LEGACY(gpumkt_forecast_range_date);
GM_LEGACY(gpumkt_forecast_range_segment);
GM_LEGACY(gpumkt_forecast_range_segment_date);
GM_LEGACY(gpumkt_forecast_range_segment_float8);
GM_LEGACY(gpumkt_forecast_range_segment_text);
GM_LEGACY(gpumkt_forecast_range_segment_tstz);
GM_LEGACY(gpumkt_forecast_range_text);
GM_LEGACY(gpumkt_forecast_segment);
GM_LEGACY(gpumkt_forecast_segment_date);
GM_LEGACY(gpumkt_forecast_segment_float8);
GM_LEGACY(gpumkt_forecast_segment_text);
GM_LEGACY(gpumkt_forecast_segment_tstz);
GM_LEGACY(gpumkt_forecast_text);
GM_LEGACY(gpumkt_region_share);
GM_LEGACY(gpumkt_region_share_date);
GM_LEGACY(gpumkt_region_share_text);
GM_LEGACY(gpumkt_sensitivity_segment);
GM_LEGACY(gpumkt_series_float8);
GM_LEGACY(gpumkt_series_segment);
GM_LEGACY(gpumkt_series_segment_float8);
GM_LEGACY(gpumkt_try_forecast);
GM_LEGACY(gpumkt_try_forecast_date);
GM_LEGACY(gpumkt_try_forecast_segment);
GM_LEGACY(gpumkt_try_forecast_segment_date);
GM_LEGACY(gpumkt_try_forecast_segment_float8);
GM_LEGACY(gpumkt_try_forecast_segment_text);
GM_LEGACY(gpumkt_try_forecast_segment_tstz);
GM_LEGACY(gpumkt_try_forecast_text);

/* gpumkt_scenario and gpumkt_unit (1.x) input: the name as written. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_in);
Datum
gpumkt_scenario_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(PG_GETARG_CSTRING(0)));
}

/* gpumkt_scenario and gpumkt_unit (1.x) output: the name. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_out);
Datum
gpumkt_scenario_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(text_to_cstring(PG_GETARG_TEXT_PP(0)));
}

/* gpumkt_scenario and gpumkt_unit (1.x) binary input. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_recv);
Datum
gpumkt_scenario_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(str, nbytes));
}

/* gpumkt_scenario and gpumkt_unit (1.x) binary output. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_send);
Datum
gpumkt_scenario_send(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendtext(&buf, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
