/*-------------------------------------------------------------------------
 *
 * textchart_math.c
 *	  The text charts' arithmetic, without server calls.
 *
 * Sparkline: among the values that are not NULL, min maps to level 0 (▁)
 * and max to level 7 (█); a value v maps to round((v - min) / (max - min)
 * * 7), halves rounded away from zero (C's round()).  A constant series
 * maps to level 3 (▄) throughout; NULL to a space.  No value that is not
 * NULL: TC_EMPTY (the SQL functions give NULL).  NaN and +/-Infinity are
 * refused: they have no place on a scale.
 *
 * Bar: round(value / max_value * width * 8) eighths of a character, a
 * value above max_value clamped to the full width (a bar for shares and
 * sizes saturates rather than fails); full blocks (█) then one partial
 * block of 1..7 eighths (▏▎▍▌▋▊▉).  A value of 0, or one that rounds to
 * no eighth, gives the empty string.  Value below 0, max_value not above
 * 0, either not finite, or width outside 1..200 are refused.
 *
 *-------------------------------------------------------------------------
 */
#include "textchart_math.h"

#include <math.h>

/* The fraction of the way from lo to hi that v lies, lo <= v <= hi, lo < hi. */
static double
tc_fraction(double v, double lo, double hi)
{
	double		span = hi - lo;
	double		f;

	/* hi - lo may overflow (-1e308 .. 1e308): then halves, which cannot */
	if (isinf(span))
		f = (v / 2.0 - lo / 2.0) / (hi / 2.0 - lo / 2.0);
	else
		f = (v - lo) / span;
	/* rounding is monotonic, so f is in [0, 1] already; make sure */
	if (!(f >= 0.0))
		return 0.0;
	return f > 1.0 ? 1.0 : f;
}

/*
 * The level (0..7, or TC_LEVEL_NULL) of each of n values; nulls may be
 * NULL when none is.  On TC_NOT_FINITE, *bad is the index of the value.
 */
TcStatus
tc_spark_levels(const double *values, const bool *nulls, int n,
				int *levels, int *bad)
{
	double		lo = 0.0;
	double		hi = 0.0;
	bool		any = false;

	for (int i = 0; i < n; i++)
	{
		double		v = values[i];

		if (nulls && nulls[i])
			continue;
		if (!isfinite(v))
		{
			*bad = i;
			return TC_NOT_FINITE;
		}
		if (!any || v < lo)
			lo = v;
		if (!any || v > hi)
			hi = v;
		any = true;
	}
	if (!any)
		return TC_EMPTY;
	for (int i = 0; i < n; i++)
	{
		if (nulls && nulls[i])
			levels[i] = TC_LEVEL_NULL;
		else if (lo == hi)
			levels[i] = TC_LEVEL_FLAT;
		else
			levels[i] = (int) round(tc_fraction(values[i], lo, hi) * 7.0);
	}
	return TC_OK;
}

/*
 * Write the sparkline of n levels to out (room for n * TC_BLOCK_BYTES
 * bytes, no terminator); the number of bytes written.
 */
int
tc_spark_render(const int *levels, int n, char *out)
{
	int			len = 0;

	for (int i = 0; i < n; i++)
	{
		if (levels[i] < 0 || levels[i] > 7)
		{
			out[len++] = ' ';
			continue;
		}
		/* ▁ U+2581 .. █ U+2588 */
		out[len++] = (char) 0xE2;
		out[len++] = (char) 0x96;
		out[len++] = (char) (0x81 + levels[i]);
	}
	return len;
}

/* The length of a bar in eighths of a character, 0..width * 8. */
TcStatus
tc_bar_eighths(double value, double max_value, int width, int *eighths)
{
	double		e;

	if (!isfinite(value) || !isfinite(max_value))
		return TC_NOT_FINITE;
	if (value < 0.0)
		return TC_NEGATIVE;
	if (!(max_value > 0.0))
		return TC_BAD_MAX;
	if (width < TC_WIDTH_MIN || width > TC_WIDTH_MAX)
		return TC_BAD_WIDTH;
	/* value / max_value may overflow for a tiny max_value: clamp first */
	if (value >= max_value)
	{
		*eighths = width * 8;
		return TC_OK;
	}
	e = round(value / max_value * (double) width * 8.0);
	*eighths = e > width * 8.0 ? width * 8 : (int) e;
	return TC_OK;
}

/*
 * Write a bar of the given eighths to out (room for (eighths + 7) / 8 *
 * TC_BLOCK_BYTES bytes, no terminator); the number of bytes written.
 */
int
tc_bar_render(int eighths, char *out)
{
	int			len = 0;

	for (int i = 0; i < eighths / 8; i++)
	{
		/* █ U+2588 */
		out[len++] = (char) 0xE2;
		out[len++] = (char) 0x96;
		out[len++] = (char) 0x88;
	}
	if (eighths % 8 > 0)
	{
		/* ▏ U+258F is one eighth .. ▉ U+2589 seven */
		out[len++] = (char) 0xE2;
		out[len++] = (char) 0x96;
		out[len++] = (char) (0x90 - eighths % 8);
	}
	return len;
}
