/*-------------------------------------------------------------------------
 *
 * growth_type.c
 *	  The text and binary forms of the gpumkt_growth summary type.  Both
 *	  refuse anything gm_growth_valid refuses, so that every summary an
 *	  aggregate, a rollup or a receive can make reads back, and nothing
 *	  else does.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"

#include "growth_state.h"
#include "names.h"

/* the SQL type's INTERNALLENGTH, and the size of its binary form */
#define GM_GROWTH_SIZE 104
StaticAssertDecl(sizeof(GmGrowth) == GM_GROWTH_SIZE,
				 "gpumkt_growth must stay the size the SQL type declares");

/* gpumkt_growth from its text form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_in);
Datum
gpumkt_growth_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	GmGrowth   *g = (GmGrowth *) palloc(sizeof(GmGrowth));

	if (!gm_growth_parse(s, g))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type gpumkt_growth: \"%s\"", gm_echo(s, strlen(s))),
				 errhint("Use the text that gpumkt_growth values print, such as (v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0).")));
	PG_RETURN_POINTER(g);
}

/* gpumkt_growth as text. */
PG_FUNCTION_INFO_V1(gpumkt_growth_out);
Datum
gpumkt_growth_out(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	char	   *buf = palloc(GM_GROWTH_TEXT_MAX);

	gm_growth_format(g, buf, GM_GROWTH_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

/* gpumkt_growth from its binary form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_recv);
Datum
gpumkt_growth_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	GmGrowth   *g = (GmGrowth *) palloc(sizeof(GmGrowth));

	if (buf->len - buf->cursor != GM_GROWTH_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary form for type gpumkt_growth: %d bytes, expected %d",
						buf->len - buf->cursor, GM_GROWTH_SIZE)));
	g->version = pq_getmsgint(buf, 4);
	g->flags = pq_getmsgint(buf, 4);
	g->n = pq_getmsgint64(buf);
	g->nonpositive = pq_getmsgint64(buf);
	g->first_year = pq_getmsgfloat8(buf);
	g->first_sum = pq_getmsgfloat8(buf);
	g->last_year = pq_getmsgfloat8(buf);
	g->last_sum = pq_getmsgfloat8(buf);
	g->fit_n = pq_getmsgint64(buf);
	g->sx = pq_getmsgfloat8(buf);
	g->sy = pq_getmsgfloat8(buf);
	g->sxx = pq_getmsgfloat8(buf);
	g->syy = pq_getmsgfloat8(buf);
	g->sxy = pq_getmsgfloat8(buf);
	if (g->version != GM_GROWTH_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary form for type gpumkt_growth"),
				 errdetail("The summary has version %d, and only version %d is known.",
						   g->version, GM_GROWTH_VERSION)));
	if (!gm_growth_valid(g))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary form for type gpumkt_growth"),
				 errdetail("A count, sum or year of the summary is out of its range, or its flags are not zero.")));
	PG_RETURN_POINTER(g);
}

/* gpumkt_growth in binary form. */
PG_FUNCTION_INFO_V1(gpumkt_growth_send);
Datum
gpumkt_growth_send(PG_FUNCTION_ARGS)
{
	GmGrowth   *g = (GmGrowth *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, g->version);
	pq_sendint32(&buf, g->flags);
	pq_sendint64(&buf, g->n);
	pq_sendint64(&buf, g->nonpositive);
	pq_sendfloat8(&buf, g->first_year);
	pq_sendfloat8(&buf, g->first_sum);
	pq_sendfloat8(&buf, g->last_year);
	pq_sendfloat8(&buf, g->last_sum);
	pq_sendint64(&buf, g->fit_n);
	pq_sendfloat8(&buf, g->sx);
	pq_sendfloat8(&buf, g->sy);
	pq_sendfloat8(&buf, g->sxx);
	pq_sendfloat8(&buf, g->syy);
	pq_sendfloat8(&buf, g->sxy);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
