/*-------------------------------------------------------------------------
 *
 * scenario_fns.c
 *	  SQL-callable parts of scenarios (scenario.c): the gpumkt_scenario
 *	  type, a scenario's name as text, which the scenario forms of the
 *	  forecasting functions take before their market so that a call names
 *	  it (scenario => 'bull') and plain calls resolve as before; and
 *	  gpumkt_resolve_segment, which gpumkt_scenario_set uses.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "gpumkt.h"

/* gpumkt_scenario input: the name as written. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_in);
Datum
gpumkt_scenario_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(PG_GETARG_CSTRING(0)));
}

/* gpumkt_scenario output: the name. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_out);
Datum
gpumkt_scenario_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(text_to_cstring(PG_GETARG_TEXT_PP(0)));
}

/* gpumkt_scenario binary input: the name in the client's encoding. */
PG_FUNCTION_INFO_V1(gpumkt_scenario_recv);
Datum
gpumkt_scenario_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(str, nbytes));
}

/* gpumkt_scenario binary output. */
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

/*
 * The codes {dimension, segment} that a dimension and a segment of market
 * stand for, matched as gpumkt_forecast matches them; 22023 otherwise.
 */
PG_FUNCTION_INFO_V1(gpumkt_resolve_segment);
Datum
gpumkt_resolve_segment(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	GmSegment  *sg = gpumkt_find_segment(m, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));
	Datum		codes[2];

	codes[0] = CStringGetTextDatum(sg->dimension);
	codes[1] = CStringGetTextDatum(sg->segment);
	PG_RETURN_ARRAYTYPE_P(construct_array(codes, 2, TEXTOID, -1, false, TYPALIGN_INT));
}
