/*-------------------------------------------------------------------------
 *
 * ets_binary.c
 *	  The binary form of gpumkt_ets_model (COPY BINARY, the binary
 *	  protocol).  Version 2: the int32 fields version, method, code,
 *	  tkind, tunit, m, period, n, filled, flags, ncand, nextra, ncomp;
 *	  the int64 fields t0, step, trem; the 13 doubles alpha .. trend; the
 *	  doubles of data[] before the components; then each component in this
 *	  same form.  Version 1 (2.0's, still read): the int32 fields version,
 *	  kind, tkind, tunit, m, period, n, filled; the int64 fields t0, step,
 *	  trem, flags; the 13 doubles; the seasonal states and fitted values.
 *	  Both refuse anything ets_model_valid refuses.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "libpq/pqformat.h"

#include "ets.h"

PG_FUNCTION_INFO_V1(gpumkt_ets_model_recv);
PG_FUNCTION_INFO_V1(gpumkt_ets_model_send);

/* Refuse a malformed binary form. */
static void pg_attribute_noreturn()
bad_binary(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary form for type gpumkt_ets_model"),
			 errdetail("A field is out of its range, or the length does not match the model's points.")));
}

/* Read a version 1 model (after its version word) as version 2. */
static EtsModel *
recv_v1(StringInfo buf)
{
	EtsModelV1	hdr;
	EtsModelV1 *v1;
	EtsModel   *mod;
	size_t		size,
				size2;
	int			nd;

	memset(&hdr, 0, sizeof(hdr));
	if (buf->len - buf->cursor < 7 * 4 + 4 * 8 + 13 * 8)
		bad_binary();
	hdr.version = ETS_VERSION_1;
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
		bad_binary();
	nd = hdr.n + (hdr.m > 1 ? hdr.m : 0);
	if (buf->len - buf->cursor != 13 * 8 + nd * 8)
		bad_binary();
	size = ETS_MODEL_V1_SIZE(hdr.n, hdr.m);
	v1 = palloc0(size);
	memcpy(v1, &hdr, offsetof(EtsModelV1, alpha));
	for (double *f = &v1->alpha; f <= &v1->trend; f++)
		*f = pq_getmsgfloat8(buf);
	for (int i = 0; i < nd; i++)
		v1->data[i] = pq_getmsgfloat8(buf);
	size2 = ets_model_from_v1(v1, size, NULL, 0);
	if (size2 == 0)
		bad_binary();
	mod = palloc0(size2);
	ets_model_from_v1(v1, size, mod, size2);
	mod->vl_len_ = (int32) size2;
	return mod;
}

/*
 * Read a version 2 model (after its version word) into a new palloc'd
 * model whose vl_len_ holds its size (plain, not a varlena header).
 */
static EtsModel *
recv_v2(StringInfo buf, int depth)
{
	EtsModel	hdr;
	EtsModel   *mod;
	size_t		own,
				nd;
	int32	   *f;

	memset(&hdr, 0, sizeof(hdr));
	if (depth > 1 || buf->len - buf->cursor < 12 * 4 + 3 * 8 + 13 * 8)
		bad_binary();
	hdr.version = ETS_VERSION;
	for (f = &hdr.method; f <= &hdr.filled; f++)
		*f = pq_getmsgint(buf, 4);
	for (f = &hdr.flags; f <= &hdr.ncomp; f++)
		*f = pq_getmsgint(buf, 4);
	hdr.t0 = pq_getmsgint64(buf);
	hdr.step = pq_getmsgint64(buf);
	hdr.trem = pq_getmsgint64(buf);
	if (hdr.n < 3 || hdr.n > ETS_MAX_N || hdr.m < 1 || hdr.m > hdr.n ||
		hdr.ncand < 0 || hdr.ncand > ETS_MAX_CAND || hdr.nextra < 0 ||
		hdr.nextra > 4 * ETS_MAX_N || hdr.ncomp < 0 || hdr.ncomp > ETS_MAX_COMP)
		bad_binary();
	nd = ETS_NDOUBLES(hdr.n, hdr.m, hdr.ncand, hdr.nextra, hdr.ncomp);
	if ((size_t) (buf->len - buf->cursor) < 13 * 8 + nd * 8)
		bad_binary();
	own = offsetof(EtsModel, data) + nd * sizeof(double);
	mod = palloc0(own);
	memcpy(mod, &hdr, offsetof(EtsModel, alpha));
	for (double *d = &mod->alpha; d <= &mod->trend; d++)
		*d = pq_getmsgfloat8(buf);
	for (size_t i = 0; i < nd; i++)
		mod->data[i] = pq_getmsgfloat8(buf);
	mod->vl_len_ = (int32) own;
	for (int i = 0; i < hdr.ncomp; i++)
	{
		EtsModel   *c;

		if (buf->len - buf->cursor < 4 || pq_getmsgint(buf, 4) != ETS_VERSION)
			bad_binary();
		c = recv_v2(buf, depth + 1);
		mod = repalloc(mod, mod->vl_len_ + c->vl_len_);
		memcpy((char *) mod + mod->vl_len_, c, c->vl_len_);
		mod->vl_len_ += c->vl_len_;
		pfree(c);
	}
	return mod;
}

/* gpumkt_ets_model from its binary form (version 2, or 2.0's version 1). */
Datum
gpumkt_ets_model_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	EtsModel   *mod;
	int32		version;
	size_t		size;

	if (buf->len - buf->cursor < 4)
		bad_binary();
	version = pq_getmsgint(buf, 4);
	if (version == ETS_VERSION_1)
		mod = recv_v1(buf);
	else if (version == ETS_VERSION)
		mod = recv_v2(buf, 0);
	else
		bad_binary();
	size = mod->vl_len_;
	if (buf->cursor != buf->len || !ets_model_valid(mod, size))
		bad_binary();
	SET_VARSIZE(mod, size);
	PG_RETURN_POINTER(mod);
}

/* Append a model (version 2) to buf, its components after it. */
static void
send_model(StringInfo buf, const EtsModel *mod)
{
	size_t		nd = ETS_NDOUBLES(mod->n, mod->m, mod->ncand, mod->nextra,
								  mod->ncomp);

	pq_sendint32(buf, mod->version);
	for (const int32 *f = &mod->method; f <= &mod->filled; f++)
		pq_sendint32(buf, *f);
	for (const int32 *f = &mod->flags; f <= &mod->ncomp; f++)
		pq_sendint32(buf, *f);
	pq_sendint64(buf, mod->t0);
	pq_sendint64(buf, mod->step);
	pq_sendint64(buf, mod->trem);
	for (const double *d = &mod->alpha; d <= &mod->trend; d++)
		pq_sendfloat8(buf, *d);
	for (size_t i = 0; i < nd; i++)
		pq_sendfloat8(buf, mod->data[i]);
	for (int i = 0; i < mod->ncomp; i++)
		send_model(buf, ets_component(mod, i));
}

/* gpumkt_ets_model in binary form (version 2). */
Datum
gpumkt_ets_model_send(PG_FUNCTION_ARGS)
{
	EtsModel   *mod = ets_model_arg(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	send_model(&buf, mod);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
