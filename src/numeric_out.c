/*-------------------------------------------------------------------------
 *
 * numeric_out.c
 *	  A double as numeric, to 15 significant digits, exactly as core's
 *	  float8_numeric gives it (snprintf "%.15g", then numeric_in), but
 *	  without printf where it can: the shortest decimal that reads back as
 *	  the double (Ryu, common/shortest_dec.h), rounded to 15 digits.
 *
 * The shortest decimal S of a double V lies within half an ulp of V, and
 * an ulp is at most 2.3 units of the 17th significant digit.  So S rounded
 * to 15 digits is V rounded to 15 digits unless the digits S drops lie
 * within that distance of a half unit of the 15th digit; there, and for
 * infinities, NaN and values printf writes with an exponent, core's own
 * conversion decides.  The rounding is decimal_round.c (fuzzed against
 * printf by test/fuzz/fuzz_decimal_round.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "utils/builtins.h"

#include "decimal_round.h"
#include "forecast.h"

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
