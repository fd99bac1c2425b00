/*
 * fuzz_drift.c
 *	  libFuzzer target for src/core/growth/drift_math.c: the input picks a
 *	  function and its double arguments, or builds a moderate share move for
 *	  the round trip.  An answer of GM_OK must be finite (a rate above -1, a
 *	  share in (0, 1]); a refusal must name an argument the function has (or
 *	  -1 for the result); and the share reached at the implied rate must be
 *	  share1, within the rounding that the rate's conditioning and the years
 *	  allow.
 */
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "drift_math.h"

/* The next double of the input, or a small integer when it runs short. */
static double
next_double(const uint8_t **data, size_t *size)
{
	double		d = 0.0;

	if (*size >= sizeof(double))
	{
		memcpy(&d, *data, sizeof(double));
		*data += sizeof(double);
		*size -= sizeof(double);
	}
	else if (*size > 0)
	{
		d = (double) (int8_t) **data;
		*data += 1;
		*size -= 1;
	}
	return d;
}

/* The next 16 bits of the input, 0 when it runs short. */
static unsigned
next_u16(const uint8_t **data, size_t *size)
{
	unsigned	v = 0;

	for (int i = 0; i < 2 && *size > 0; i++)
	{
		v = (v << 8) | **data;
		*data += 1;
		*size -= 1;
	}
	return v;
}

/* Check the outcome of one call. */
static void
check(GmStatus st, double result, int bad_arg)
{
	if (st == GM_OK)
		assert(isfinite(result));
	else if (st == GM_OVERFLOW || st == GM_UNDERFLOW || st == GM_SHARE_ABOVE_ONE)
		assert(bad_arg == -1);
	else
		assert(bad_arg >= 0 && bad_arg < 4);
}

/*
 * Round trip over a moderate share move: shares in (0, 1] in steps of
 * 1/65536, years in [-2048, 2048] in steps of 1/16 (not 0), a parent rate
 * in (-1, 64].
 */
static void
round_trip(const uint8_t *data, size_t size)
{
	double		s0 = (next_u16(&data, &size) + 1) / 65536.0;
	double		s1 = (next_u16(&data, &size) + 1) / 65536.0;
	double		y = ((int) next_u16(&data, &size) - 32768) / 16.0;
	double		p = (next_u16(&data, &size) + 1) / 1024.0 - 1.0;
	double		rate = 0.0,
				share = 0.0,
				tol;
	int			bad_arg = -2;
	GmStatus	st;

	if (y == 0.0)
		y = 1.0 / 16;
	st = dm_implied_cagr(s0, s1, y, p, &rate, &bad_arg);
	check(st, rate, bad_arg);
	if (st != GM_OK)
	{
		/* only the result can fail here: 1 + rate beyond a double */
		assert(st == GM_OVERFLOW || st == GM_UNDERFLOW);
		return;
	}
	assert(rate > -1.0);
	/* 1 + rate carries an absolute error of about (1 + |rate|) epsilons */
	tol = 64 * DBL_EPSILON * (1 + fabs(y) * (1 + fabs(rate)) / (1 + rate));
	st = dm_share_reached(s0, rate, p, y, &share, &bad_arg);
	check(st, share, bad_arg);
	if (tol > 1e-3)
		return;
	assert(st == GM_OK || (st == GM_SHARE_ABOVE_ONE && s1 * (1 + tol) > 1 + DM_SHARE_SLACK));
	if (st == GM_OK)
		assert(fabs(share / s1 - 1) <= tol + DM_SHARE_SLACK * (s1 == 1.0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	double		a[4];
	double		result = 0.0;
	int			bad_arg = -2;
	uint8_t		which;
	GmStatus	st;

	if (size < 1)
		return 0;
	which = data[0] % 3;
	data++;
	size--;
	if (which == 2)
	{
		round_trip(data, size);
		return 0;
	}
	for (int i = 0; i < 4; i++)
		a[i] = next_double(&data, &size);
	if (which == 0)
	{
		st = dm_implied_cagr(a[0], a[1], a[2], a[3], &result, &bad_arg);
		check(st, result, bad_arg);
		if (st == GM_OK)
			assert(result > -1.0);
	}
	else
	{
		st = dm_share_reached(a[0], a[1], a[2], a[3], &result, &bad_arg);
		check(st, result, bad_arg);
		if (st == GM_OK)
			assert(result > 0.0 && result <= 1.0);
	}
	return 0;
}
