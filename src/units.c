/*-------------------------------------------------------------------------
 *
 * units.c
 *	  A market in another unit: the unit forms of the forecasting functions
 *	  (unit => 'million') read a copy of the market (or of a scenario of it)
 *	  whose market sizes are scaled from the market's own unit
 *	  (gpumkt_markets.unit) to the one asked for.  Shares and rates do not
 *	  change; anchors, their intervals and their stored numerics do, by a
 *	  power of ten, so an anchor of 18.2 billion reads back as exactly 18200
 *	  million.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/numeric.h"

#include "gpumkt.h"
#include "names.h"

/* The units gpumkt converts between, and their powers of ten. */
static const struct
{
	const char *name;
	int			power;
}			units[] = {
	{"unit", 0}, {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}
};

/* The power of ten of unit (len bytes, any case), or -1. */
static int
unit_power(const char *unit, int len)
{
	for (int i = 0; i < (int) lengthof(units); i++)
		if ((int) strlen(units[i].name) == len &&
			pg_strncasecmp(units[i].name, unit, len) == 0)
			return units[i].power;
	return -1;
}

/* Is m the copy of its market in the unit named by unit? */
bool
gm_unit_matches(const GmMarket *m, const text *unit)
{
	int			len = VARSIZE_ANY_EXHDR(unit);

	return m->unit != NULL && (int) strlen(m->unit) == len &&
		pg_strncasecmp(m->unit, VARDATA_ANY(unit), len) == 0;
}

/* numeric n times 10^power. */
static Numeric
scale_numeric(Numeric n, int power)
{
	Numeric		ten = int64_to_numeric(10);
	Numeric		factor = DatumGetNumeric(DirectFunctionCall2(numeric_power,
															 NumericGetDatum(ten),
															 NumericGetDatum(int64_to_numeric(Abs(power)))));

	Datum		r;

	if (power >= 0)
		r = NumericGetDatum(numeric_mul_opt_error(n, factor, NULL));
	else
		r = DirectFunctionCall2(numeric_div, NumericGetDatum(n), NumericGetDatum(factor));
	/* the digits of another unit: 18200 million, not 18200.0 */
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, r));
}

/* Scale the anchors of region figures f by 10^power, in a copy. */
static void
scale_anchors(GmFigures *f, int power)
{
	double		factor = pow(10.0, power);
	GmAnchor   *a = palloc(sizeof(GmAnchor) * Max(f->nanchors, 1));

	memcpy(a, f->anchors, sizeof(GmAnchor) * f->nanchors);
	for (int i = 0; i < f->nanchors; i++)
	{
		a[i].value *= factor;
		a[i].lo *= factor;
		a[i].hi *= factor;
		if (a[i].exact)
			a[i].exact = scale_numeric(a[i].exact, power);
	}
	f->anchors = a;
}

/*
 * The market base with its sizes in unit, built in cxt: 22023 for a unit
 * gpumkt does not know, or a market whose own unit it does not know.
 */
GmMarket *
gm_unit_market(GmMarket *base, text *unit, MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	int			to = unit_power(VARDATA_ANY(unit), VARSIZE_ANY_EXHDR(unit));
	int			from = base->unit ? unit_power(base->unit, strlen(base->unit)) : -1;
	GmMarket   *m = palloc(sizeof(GmMarket));

	if (to < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized unit \"%s\"", text_to_cstring(unit)),
				 errhint("The units are unit, thousand, million, billion and trillion.")));
	if (from < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("market \"%s\" states its unit as \"%s\", which gpumkt cannot convert",
						base->market, base->unit ? base->unit : ""),
				 errhint("Set gpumkt_markets.unit to unit, thousand, million, billion or trillion.")));
	*m = *base;
	m->next = NULL;
	m->scenarios = NULL;
	m->units = NULL;
	m->unit = pstrdup(text_to_cstring(unit));
	m->unit_power = from - to;
	m->figures = memcpy(palloc(sizeof(GmFigures) * Max(m->nfigures, 1)), base->figures,
						sizeof(GmFigures) * m->nfigures);
	for (int i = 0; i < m->nfigures; i++)
		scale_anchors(&m->figures[i], from - to);
	MemoryContextSwitchTo(old);
	return m;
}
