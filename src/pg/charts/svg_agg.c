/*-------------------------------------------------------------------------
 *
 * svg_agg.c
 *	  The aggregate gpumkt_svg_lines(series, x, y [, title, unit]): its
 *	  state (every point, the series names in one byte arena, the title
 *	  and unit), transitions, combine, serialize, deserialize and final
 *	  functions, which both forms share.  The final function sorts a copy of
 *	  the points and draws them with svg_lines.c, so the order of the rows,
 *	  of the workers and of the partial states never shows in the SVG.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "agg_common.h"
#include "names.h"
#include "svg_draw.h"
#include "svg_glue.h"

/* the most points a chart holds, and the most bytes of series names */
#define LINES_MAX_POINTS 1000000
#define LINES_MAX_ARENA (64 * 1024 * 1024)

/* A point of the state: its series as a slice of the arena. */
typedef struct LinePoint
{
	uint32		off;
	uint32		len;
	double		x;
	double		y;
} LinePoint;

/* A text of the chart (title or unit) as its rows give it. */
typedef struct LinesText
{
	bool		set;			/* a row has given it (NULL included) */
	bool		isnull;
	char	   *data;			/* server encoding, not NUL-terminated */
	uint32		len;
} LinesText;

/* The state: the points, the series names one after another, the texts. */
typedef struct LinesState
{
	int			n;
	int			cap;
	LinePoint  *pts;
	char	   *arena;
	uint32		alen;
	uint32		acap;
	LinesText	title;
	LinesText	unit;
} LinesState;

PG_FUNCTION_INFO_V1(gpumkt_svg_lines_trans);
PG_FUNCTION_INFO_V1(gpumkt_svg_lines_titled_trans);
PG_FUNCTION_INFO_V1(gpumkt_svg_lines_combine);
PG_FUNCTION_INFO_V1(gpumkt_svg_lines_serialize);
PG_FUNCTION_INFO_V1(gpumkt_svg_lines_deserialize);
PG_FUNCTION_INFO_V1(gpumkt_svg_lines_final);

/* A new, empty state in the aggregate's memory. */
static LinesState *
lines_new(MemoryContext cxt)
{
	LinesState *s = MemoryContextAllocZero(cxt, sizeof(LinesState));

	s->cap = 64;
	s->pts = MemoryContextAlloc(cxt, sizeof(LinePoint) * s->cap);
	s->acap = 1024;
	s->arena = MemoryContextAlloc(cxt, s->acap);
	return s;
}

/* Make room for more points and more arena bytes, within the limits. */
static void
lines_reserve(LinesState *s, int64 points, int64 bytes)
{
	if (s->n + points > LINES_MAX_POINTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_svg_lines takes at most %d points", LINES_MAX_POINTS),
				 errhint("Aggregate the rows first (one point per series and x), or chart fewer of them.")));
	if (s->alen + bytes > LINES_MAX_ARENA)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("gpumkt_svg_lines takes series names of at most %d bytes in all", LINES_MAX_ARENA),
				 errhint("Use shorter series names, or fewer series.")));
	if (s->n + points > s->cap)
	{
		while (s->n + points > s->cap)
			s->cap = Min(s->cap * 2, LINES_MAX_POINTS);
		s->pts = repalloc(s->pts, sizeof(LinePoint) * s->cap);
	}
	if (s->alen + bytes > s->acap)
	{
		while (s->alen + bytes > s->acap)
			s->acap = Min(s->acap * 2, LINES_MAX_ARENA);
		s->arena = repalloc(s->arena, s->acap);
	}
}

/* Append a point; its series reuses the last point's name when equal. */
static void
lines_add(LinesState *s, const char *series, uint32 len, double x, double y)
{
	LinePoint  *last = s->n > 0 ? &s->pts[s->n - 1] : NULL;
	LinePoint  *p;

	if (last && last->len == len && memcmp(s->arena + last->off, series, len) == 0)
		lines_reserve(s, 1, 0);
	else
		lines_reserve(s, 1, len);
	last = s->n > 0 ? &s->pts[s->n - 1] : NULL;
	p = &s->pts[s->n];
	if (last && last->len == len && memcmp(s->arena + last->off, series, len) == 0)
		p->off = last->off;
	else
	{
		memcpy(s->arena + s->alen, series, len);
		p->off = s->alen;
		s->alen += len;
	}
	p->len = len;
	p->x = x;
	p->y = y;
	s->n++;
}

/* Refuse a coordinate that is not finite, naming the argument. */
static void
check_finite(double v, const char *arg)
{
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gpumkt_svg_lines %s must be finite", arg),
				 errdetail("A row has %s %s.", arg, float8out_internal(v)),
				 errhint("Leave out the rows with NaN or infinite values (WHERE %s < 'Infinity' AND %s > '-Infinity'); rows with a NULL are skipped.", arg, arg)));
}

/* Keep the point of a row whose series, x and y are not NULL. */
static void
lines_point(FunctionCallInfo fcinfo, LinesState *s)
{
	double		x = PG_GETARG_FLOAT8(2);
	double		y = PG_GETARG_FLOAT8(3);
	char	   *series;

	check_finite(x, "x");
	check_finite(y, "y");
	series = (char *) gm_svg_utf8_arg(fcinfo, 1);
	lines_add(s, series, (uint32) strlen(series), x, y);
}

/* Transition of gpumkt_svg_lines: keep the point (rows with a NULL skipped). */
Datum
gpumkt_svg_lines_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	LinesState *s;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	s = PG_ARGISNULL(0) ? lines_new(aggcontext) : (LinesState *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(s);
	lines_point(fcinfo, s);
	PG_RETURN_POINTER(s);
}

/* Refuse a title or unit that differs between rows, naming it. */
static void
text_differs(const char *arg, const LinesText *a, const char *bdata, uint32 blen, bool bnull)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("gpumkt_svg_lines %s must be the same in every row", arg),
			 errdetail("Rows give %s and %s.",
					   a->isnull ? "NULL" : quote_literal_cstr(gm_echo(a->data, (int) a->len)),
					   bnull ? "NULL" : quote_literal_cstr(gm_echo(bdata, (int) blen))),
			 errhint("Pass the chart's %s as a constant, such as gpumkt_svg_lines(series, x, y, 'Revenue', 'USD million').", arg)));
}

/* Keep a chart's text, or check that it is the one kept. */
static void
text_keep(MemoryContext cxt, LinesText *t, const char *arg, const char *data,
		  uint32 len, bool isnull)
{
	if (!t->set)
	{
		t->set = true;
		t->isnull = isnull;
		t->len = isnull ? 0 : len;
		t->data = MemoryContextAlloc(cxt, Max(t->len, 1));
		if (!isnull)
			memcpy(t->data, data, len);
		return;
	}
	if (t->isnull != isnull || (!isnull && (t->len != len || memcmp(t->data, data, len) != 0)))
		text_differs(arg, t, data, len, isnull);
}

/* The text argument argno kept as the chart's text t. */
static void
text_arg(FunctionCallInfo fcinfo, MemoryContext cxt, LinesText *t, int argno, const char *arg)
{
	text	   *v;

	if (PG_ARGISNULL(argno))
	{
		text_keep(cxt, t, arg, NULL, 0, true);
		return;
	}
	v = PG_GETARG_TEXT_PP(argno);
	text_keep(cxt, t, arg, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), false);
}

/*
 * Transition of the form with a title and a unit: every row must give the
 * same ones; the point as gpumkt_svg_lines_trans keeps it.
 */
Datum
gpumkt_svg_lines_titled_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	LinesState *s;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	s = PG_ARGISNULL(0) ? lines_new(aggcontext) : (LinesState *) PG_GETARG_POINTER(0);
	text_arg(fcinfo, aggcontext, &s->title, 4, "title");
	text_arg(fcinfo, aggcontext, &s->unit, 5, "unit");
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(s);
	lines_point(fcinfo, s);
	PG_RETURN_POINTER(s);
}

/* Append every point of b to a; b's title and unit must be a's. */
static void
lines_append(MemoryContext cxt, LinesState *a, const LinesState *b)
{
	if (b->title.set)
		text_keep(cxt, &a->title, "title", b->title.data, b->title.len, b->title.isnull);
	if (b->unit.set)
		text_keep(cxt, &a->unit, "unit", b->unit.data, b->unit.len, b->unit.isnull);
	lines_reserve(a, b->n, b->alen);
	memcpy(a->arena + a->alen, b->arena, b->alen);
	for (int i = 0; i < b->n; i++)
	{
		a->pts[a->n + i] = b->pts[i];
		a->pts[a->n + i].off += a->alen;
	}
	a->n += b->n;
	a->alen += b->alen;
}

/* Combine function of gpumkt_svg_lines: the points of both states. */
Datum
gpumkt_svg_lines_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	LinesState *a;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(1))
	{
		/* no rows on the right (a worker saw none): the left as it is */
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	a = PG_ARGISNULL(0) ? lines_new(aggcontext) : (LinesState *) PG_GETARG_POINTER(0);
	lines_append(aggcontext, a, (LinesState *) PG_GETARG_POINTER(1));
	PG_RETURN_POINTER(a);
}

/*
 * Serialize function of gpumkt_svg_lines: counts, the flags and lengths of
 * the title and unit, the points, the arena, then the title and unit.
 */
Datum
gpumkt_svg_lines_serialize(PG_FUNCTION_ARGS)
{
	LinesState *s;
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	s = (LinesState *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, s->n);
	pq_sendint32(&buf, s->alen);
	pq_sendint32(&buf, s->title.set | s->title.isnull << 1);
	pq_sendint32(&buf, s->title.len);
	pq_sendint32(&buf, s->unit.set | s->unit.isnull << 1);
	pq_sendint32(&buf, s->unit.len);
	for (int i = 0; i < s->n; i++)
	{
		pq_sendint32(&buf, s->pts[i].off);
		pq_sendint32(&buf, s->pts[i].len);
		pq_sendfloat8(&buf, s->pts[i].x);
		pq_sendfloat8(&buf, s->pts[i].y);
	}
	pq_sendbytes(&buf, s->arena, s->alen);
	pq_sendbytes(&buf, s->title.data, s->title.len);
	pq_sendbytes(&buf, s->unit.data, s->unit.len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Refuse a serialized state that does not hold together. */
static void
bad_state(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid gpumkt_svg_lines state"),
			 errdetail("The serialized state does not hold together.")));
}

/* Read the flags and length of a serialized title or unit. */
static void
text_head(StringInfo buf, LinesText *t)
{
	uint32		flags = (uint32) pq_getmsgint(buf, 4);

	t->len = (uint32) pq_getmsgint(buf, 4);
	t->set = (flags & 1) != 0;
	t->isnull = (flags & 2) != 0;
	if (flags > 3 || t->len > LINES_MAX_ARENA || (t->len > 0 && (!t->set || t->isnull)))
		bad_state();
}

/* Read the bytes of a serialized title or unit. */
static void
text_body(StringInfo buf, MemoryContext cxt, LinesText *t)
{
	t->data = MemoryContextAlloc(cxt, Max(t->len, 1));
	memcpy(t->data, pq_getmsgbytes(buf, (int) t->len), t->len);
}

/* Deserialize function of gpumkt_svg_lines: the state back, checked. */
Datum
gpumkt_svg_lines_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	bytea	   *bytes;
	StringInfoData buf;
	LinesState *s;
	int			n;
	int64		alen;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		gm_not_in_aggregate(fcinfo);
	bytes = PG_GETARG_BYTEA_PP(0);
	buf.data = VARDATA_ANY(bytes);
	buf.len = VARSIZE_ANY_EXHDR(bytes);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	s = lines_new(aggcontext);
	n = pq_getmsgint(&buf, 4);
	alen = (uint32) pq_getmsgint(&buf, 4);
	text_head(&buf, &s->title);
	text_head(&buf, &s->unit);
	if (n < 0 || alen > LINES_MAX_ARENA ||
		(int64) buf.len - buf.cursor != (int64) n * 24 + alen + s->title.len + s->unit.len)
		bad_state();
	lines_reserve(s, n, alen);
	for (int i = 0; i < n; i++)
	{
		LinePoint  *p = &s->pts[i];

		p->off = (uint32) pq_getmsgint(&buf, 4);
		p->len = (uint32) pq_getmsgint(&buf, 4);
		p->x = pq_getmsgfloat8(&buf);
		p->y = pq_getmsgfloat8(&buf);
		if ((int64) p->off + p->len > alen || !isfinite(p->x) || !isfinite(p->y))
			bad_state();
	}
	memcpy(s->arena, pq_getmsgbytes(&buf, (int) alen), alen);
	text_body(&buf, aggcontext, &s->title);
	text_body(&buf, aggcontext, &s->unit);
	pq_getmsgend(&buf);
	s->n = n;
	s->alen = (uint32) alen;
	PG_RETURN_POINTER(s);
}

/* A kept title or unit in UTF-8, NUL-terminated; NULL for none. */
static const char *
text_utf8(const LinesText *t)
{
	if (!t->set || t->isnull)
		return NULL;
	return pg_server_to_any(pnstrdup(t->data, t->len), (int) t->len, PG_UTF8);
}

/* Final function of gpumkt_svg_lines: the chart, or NULL without points. */
Datum
gpumkt_svg_lines_final(PG_FUNCTION_ARGS)
{
	LinesState *s;
	SvgPoint   *p;
	SvgBuf		b;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (LinesState *) PG_GETARG_POINTER(0);
	if (s->n == 0)
		PG_RETURN_NULL();
	p = palloc(sizeof(SvgPoint) * s->n);
	for (int i = 0; i < s->n; i++)
	{
		p[i].series = s->arena + s->pts[i].off;
		p[i].series_len = s->pts[i].len;
		p[i].x = s->pts[i].x;
		p[i].y = s->pts[i].y;
	}
	svg_lines_sort(p, s->n);
	svg_buf_init(&b, gm_svg_grow, gm_svg_free);
	svg_lines(&b, p, s->n, text_utf8(&s->title), text_utf8(&s->unit));
	PG_RETURN_TEXT_P(gm_svg_result(&b));
}
