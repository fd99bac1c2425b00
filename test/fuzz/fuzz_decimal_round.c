/*
 * fuzz_decimal_round.c
 *	  libFuzzer target for src/core/market/decimal_round.c.  The input is a
 *	  double (8 bytes, or a scaled small integer when shorter); its shortest
 *	  decimal (Ryu, from PostgreSQL's libpgcommon) is rounded by gm_round15,
 *	  and wherever gm_round15 answers, the answer must be what printf's
 *	  "%.15g" writes for the double itself (trailing zeros dropped), which is
 *	  what core's float8_numeric reads.  Values printf writes with an exponent
 *	  are left to core, as src/pg/market/units.c does.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decimal_round.h"

extern int	double_to_shortest_decimal_buf(double f, char *result);

/* printf's %.15g without the trailing zeros of a fraction. */
static void
printf15(double d, char *out, size_t len)
{
	char	   *o;

	snprintf(out, len, "%.15g", d);
	if (strchr(out, '.') && !strchr(out, 'e'))
	{
		o = out + strlen(out);
		while (o[-1] == '0')
			*--o = '\0';
		if (o[-1] == '.')
			*--o = '\0';
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	double		d;
	char		shortest[64];
	char		mine[GM_ROUND15_LEN];
	char		theirs[64];

	if (size >= sizeof(double))
		memcpy(&d, data, sizeof(double));
	else
	{
		int64_t		k = 0;

		for (size_t i = 0; i < size; i++)
			k = k * 256 + data[i];
		d = (double) k / 1000.0;
	}
	if (!isfinite(d) || d == 0.0 || fabs(d) >= 1e15 || fabs(d) < 1e-4)
		return 0;
	double_to_shortest_decimal_buf(d, shortest);
	if (strchr(shortest, 'e') || strchr(shortest, 'E'))
		return 0;
	if (!gm_round15(shortest, mine))
		return 0;
	printf15(d, theirs, sizeof(theirs));
	if (strcmp(mine, theirs) != 0)
	{
		fprintf(stderr, "d=%.17g shortest=%s gm_round15=%s printf=%s\n",
				d, shortest, mine, theirs);
		assert(!"gm_round15 differs from printf");
	}
	return 0;
}
