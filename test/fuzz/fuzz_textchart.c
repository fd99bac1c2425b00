/*
 * fuzz_textchart.c
 *	  libFuzzer target for src/core/charts/textchart_math.c.  The first byte
 *	  picks the sparkline or the bar.  Sparkline: the input is up to 64
 *	  doubles, each with a NULL flag; a refusal must name a value that is not
 *	  finite, and an answer must put every value on 0..7 (NULL on
 *	  TC_LEVEL_NULL), the smallest on 0 and the largest on 7 (or all on 3 when
 *	  they are equal), in the order of the values, and render to 3 bytes a
 *	  level and 1 a space.  Bar: an answer must be 0..width * 8 eighths, grow
 *	  with the value, be the full width from max_value up, and render to
 *	  ceil(eighths / 8) block characters.
 */
#include <assert.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "textchart_math.h"

#define MAX_VALUES 64

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

/* Check the sparkline of the values in the input. */
static void
check_sparkline(const uint8_t *data, size_t size)
{
	double		v[MAX_VALUES];
	bool		nulls[MAX_VALUES];
	int			levels[MAX_VALUES];
	char		out[MAX_VALUES * TC_BLOCK_BYTES];
	int			n = 0;
	int			bad = -1;
	int			expect_len = 0;
	TcStatus	st;

	while (size > 0 && n < MAX_VALUES)
	{
		uint8_t		flag = *data++;

		size--;
		/* a flag of 0 is NULL; a small flag a small whole number */
		nulls[n] = (flag == 0);
		v[n] = (flag < 16) ? (double) flag : next_double(&data, &size);
		n++;
	}
	st = tc_spark_levels(v, nulls, n, levels, &bad);
	if (st == TC_NOT_FINITE)
	{
		assert(bad >= 0 && bad < n && !nulls[bad] && !isfinite(v[bad]));
		return;
	}
	for (int i = 0; i < n; i++)
		assert(nulls[i] || isfinite(v[i]));
	if (st == TC_EMPTY)
	{
		for (int i = 0; i < n; i++)
			assert(nulls[i]);
		return;
	}
	assert(st == TC_OK);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
		{
			assert(levels[i] == TC_LEVEL_NULL);
			expect_len += 1;
			continue;
		}
		assert(levels[i] >= 0 && levels[i] <= 7);
		expect_len += TC_BLOCK_BYTES;
		for (int j = 0; j < n; j++)
		{
			if (nulls[j])
				continue;
			if (v[i] < v[j])
				assert(levels[i] <= levels[j]);
			if (v[i] == v[j])
				assert(levels[i] == levels[j]);
			/* the smallest on 0 and the largest on 7, unless all equal */
			if (v[i] < v[j])
				assert(levels[i] < 7 || levels[j] == 7);
		}
	}
	{
		bool		seen_lo = false,
					seen_hi = false,
					flat = true;

		for (int i = 0; i < n; i++)
		{
			if (nulls[i])
				continue;
			seen_lo |= (levels[i] == 0);
			seen_hi |= (levels[i] == 7);
			flat &= (levels[i] == TC_LEVEL_FLAT);
		}
		assert(flat || (seen_lo && seen_hi));
	}
	assert(tc_spark_render(levels, n, out) == expect_len);
}

/* Check the bar of the value, max_value and width in the input. */
static void
check_bar(const uint8_t *data, size_t size)
{
	double		value = next_double(&data, &size);
	double		max_value = next_double(&data, &size);
	int16_t		w = 20;
	int			width;
	int			e = -1;
	int			e2 = -1;
	char		out[TC_WIDTH_MAX * TC_BLOCK_BYTES];
	TcStatus	st;

	/* the width from two raw bytes: any int16, 20 when they run short */
	if (size >= sizeof(w))
		memcpy(&w, data, sizeof(w));
	width = w;
	st = tc_bar_eighths(value, max_value, width, &e);

	if (st != TC_OK)
	{
		assert((st == TC_NOT_FINITE && (!isfinite(value) || !isfinite(max_value)))
			   || (st == TC_NEGATIVE && value < 0.0)
			   || (st == TC_BAD_MAX && !(max_value > 0.0))
			   || (st == TC_BAD_WIDTH && (width < TC_WIDTH_MIN || width > TC_WIDTH_MAX)));
		return;
	}
	assert(isfinite(value) && value >= 0.0 && max_value > 0.0);
	assert(width >= TC_WIDTH_MIN && width <= TC_WIDTH_MAX);
	assert(e >= 0 && e <= width * 8);
	if (value >= max_value)
		assert(e == width * 8);
	/* a larger value is never a shorter bar */
	if (tc_bar_eighths(value * 2.0 + 1.0, max_value, width, &e2) == TC_OK)
		assert(e2 >= e);
	assert(tc_bar_render(e, out) == (e + 7) / 8 * TC_BLOCK_BYTES);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		check_bar(data + 1, size - 1);
	else
		check_sparkline(data + 1, size - 1);
	return 0;
}
