/*-------------------------------------------------------------------------
 *
 * units.c
 *	  A market in another unit: the unit forms of the forecasting functions
 *	  (unit => 'million') read a copy of the market (or of a scenario of it)
 *	  that says by which power of ten its sizes are scaled from the
 *	  market's own unit (gpumkt_markets.unit) to the one asked for.  The
 *	  method computes in the market's own unit, so growth and shares are
 *	  the same in every unit; the sizes it gives out (values, bounds, the
 *	  figures in explain's arithmetic) are scaled, and the anchors a data
 *	  table sets are read in the unit.  An anchor of 18.2 billion reads back
 *	  as exactly 18200 million.
 *
 * Also the numeric the forecasting functions give out (gm_float8_numeric):
 * a double as numeric, to 15 significant digits, exactly as core's
 * float8_numeric gives it (snprintf "%.15g", then numeric_in), but
 * without printf where it can: the shortest decimal that reads back as
 * the double (Ryu, common/shortest_dec.h), rounded to 15 digits.
 *
 * The shortest decimal S of a double V lies within half an ulp of V, and
 * an ulp is at most 2.3 units of the 17th significant digit.  So S rounded
 * to 15 digits is V rounded to 15 digits unless the digits S drops lie
 * within that distance of a half unit of the 15th digit; there, and for
 * infinities, NaN and values printf writes with an exponent, core's own
 * conversion decides.  The rounding is decimal_round.c in src/core
 * (fuzzed against printf by test/fuzz/fuzz_decimal_round.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "decimal_round.h"
#include "forecast.h"
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
	int64		ten_to = 1;
	Numeric		factor;
	Datum		r;

	/* the units lie within 10^12 of each other: the factor is an int64 */
	for (int i = 0; i < Abs(power); i++)
		ten_to *= 10;
	factor = int64_to_numeric(ten_to);
	if (power >= 0)
		r = NumericGetDatum(numeric_mul_opt_error(n, factor, NULL));
	else
		r = DirectFunctionCall2(numeric_div, NumericGetDatum(n), NumericGetDatum(factor));
	/* the digits of another unit: 18200 million, not 18200.0 */
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, r));
}

/* 10^power in double. */
static double
power_of_ten(int power)
{
	return pow(10.0, power);
}

/*
 * A market size d of market m in the unit m stands for: d itself, or d
 * times 10^unit_power; 22003 where a finite size leaves double range.
 */
double
gm_money_double(double d, const GmMarket *m)
{
	double		r;

	if (m == NULL || m->unit_power == 0 || !isfinite(d))
		return d;
	r = d * power_of_ten(m->unit_power);
	if (!isfinite(r) || (r == 0.0 && d != 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("a market size of market \"%s\" is out of range in unit \"%s\"",
						m->market, gm_echo(m->unit, strlen(m->unit))),
				 errdetail("The size, times 10 to the power %d, lies beyond double precision.",
						   m->unit_power),
				 errhint("Ask for a unit nearer to the market's own.")));
	return r;
}

/* A market size given in the unit m stands for, in the market's own unit. */
double
gm_money_from_unit(double d, const GmMarket *m)
{
	if (m == NULL || m->unit_power == 0)
		return d;
	return d / power_of_ten(m->unit_power);
}

/*
 * A market size of market m as numeric, in the unit m stands for: the
 * stored number (exact), or the double to 15 digits, with the decimal
 * point moved by the power of ten between the units (no trailing zeros):
 * the same digits in every unit.
 */
Datum
gm_money_numeric(double d, Numeric exact, const GmMarket *m)
{
	Numeric		n = exact ? exact : DatumGetNumeric(gm_float8_numeric(d));

	if (m == NULL || m->unit_power == 0)
		return NumericGetDatum(n);
	return NumericGetDatum(scale_numeric(n, m->unit_power));
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
				 errmsg("unrecognized unit \"%s\"",
						gm_echo(VARDATA_ANY(unit), VARSIZE_ANY_EXHDR(unit))),
				 errhint("The units are unit, thousand, million, billion and trillion.")));
	if (from < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("market \"%s\" states its unit as \"%s\", which gpumkt cannot convert",
						base->market, base->unit ? gm_echo(base->unit, strlen(base->unit)) : ""),
				 errhint("Set gpumkt_markets.unit to unit, thousand, million, billion or trillion.")));
	*m = *base;
	m->next = NULL;
	m->scenarios = NULL;
	m->units = NULL;
	m->unit = pstrdup(text_to_cstring(unit));
	m->unit_power = from - to;
	MemoryContextSwitchTo(old);
	return m;
}

/* Core's conversion: float8_numeric. */
static Datum
slow_numeric(double d)
{
	return DirectFunctionCall1(float8_numeric, Float8GetDatum(d));
}

/* A double as numeric, as float8_numeric gives it. */
Datum
gm_float8_numeric(double d)
{
	char		buf[DOUBLE_SHORTEST_DECIMAL_LEN];
	char		rounded[GM_ROUND15_LEN];

	if (!isfinite(d) || d == 0.0)
		return slow_numeric(d);
	double_to_shortest_decimal_buf(d, buf);
	if (strchr(buf, 'e') || strchr(buf, 'E') || fabs(d) >= 1e15 || fabs(d) < 1e-4 ||
		!gm_round15(buf, rounded))
		return slow_numeric(d);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(rounded),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}
