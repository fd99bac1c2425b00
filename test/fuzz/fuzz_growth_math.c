/*
 * fuzz_growth_math.c
 *	  libFuzzer target for src/core/growth/growth_math.c: the input picks a
 *	  function and its double arguments; an answer of GM_OK must be a finite
 *	  number, and a refusal must name an argument the function has (or -1 for
 *	  the result).
 */
#include <assert.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "growth_math.h"

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

/* Check the outcome of one call. */
static void
check(GmStatus st, double result, int bad_arg, int nargs)
{
	if (st == GM_OK)
		assert(isfinite(result));
	else if (st == GM_OVERFLOW || st == GM_UNDERFLOW)
		assert(bad_arg >= -1 && bad_arg < nargs);
	else
		assert(bad_arg >= 0 && bad_arg < nargs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	double		a[5];
	double		result = 0.0;
	int			bad_arg = -2;
	uint8_t		which;
	GmStatus	st;

	if (size < 1)
		return 0;
	which = data[0] % 4;
	data++;
	size--;
	for (int i = 0; i < 5; i++)
		a[i] = next_double(&data, &size);

	switch (which)
	{
		case 0:
			st = gm_cagr(a[0], a[1], a[2], &result, &bad_arg);
			check(st, result, bad_arg, 3);
			if (st == GM_OK)
				assert(result > -1.0);
			break;
		case 1:
			st = gm_project(a[0], a[1], a[2], &result, &bad_arg);
			check(st, result, bad_arg, 3);
			break;
		case 2:
			st = gm_years_to(a[0], a[1], a[2], &result, &bad_arg);
			check(st, result, bad_arg, 3);
			break;
		default:
			st = gm_interpolate(a[0], a[1], a[2], a[3], a[4], &result, &bad_arg);
			check(st, result, bad_arg, 5);
			if (st == GM_OK)
				assert(result > 0.0);
			break;
	}
	return 0;
}
