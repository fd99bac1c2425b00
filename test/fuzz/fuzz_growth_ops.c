/*
 * fuzz_growth_ops.c
 *	  libFuzzer target for the gpumkt_growth summary
 *	  (src/core/growth/growth_state.c): the input is a program of operations
 *	  on three summaries, as the SQL layer can apply them: a row added to the
 *	  whole summary (gpumkt_growth), to its ends only (gpumkt_cagr's state) or
 *	  to its fit only (gpumkt_fit_rate's), a row taken back from the fit
 *	  (1.2's moving mode), a merge of one summary into another
 *	  (gpumkt_rollup), and a trip through the text form.  After every
 *	  operation each summary must be valid, its text must read back to the
 *	  same bytes and the same text, and its accessors must answer finite
 *	  numbers or nothing.  An operation the SQL layer would refuse (a total
 *	  beyond double, a merge out of range) leaves the summary as it was, as
 *	  the error would.  Rows are not added to a summary counting 2^62 rows or
 *	  more (merges can make one): the aggregates add rows only to the states
 *	  they build.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "growth_state.h"

extern void check_accessors(const GmGrowth *g);

/* values that make edges: zeros, signs, extremes of double */
static const double special[] = {0.0, -0.0, 1.0, -1.0, 5e-324, 1e-308, 1e308,
-1e308, 1e-300, 1e300, 2.5, 1e16, 9007199254740993.0, 0.1};

/* Read n bytes at *p (zeros past the end). */
static void
take(const uint8_t **p, size_t *left, void *out, size_t n)
{
	size_t		k = n < *left ? n : *left;

	memset(out, 0, n);
	memcpy(out, *p, k);
	*p += k;
	*left -= k;
}

/* A year as the aggregates give them: whole years, or days as fractions. */
static double
read_year(const uint8_t **p, size_t *left)
{
	int32_t		y;

	take(p, left, &y, 4);
	if (y & 1)
		return GM_YEAR_ORIGIN + (y >> 1) / 365.25;
	/* mostly near 2020, so that years repeat and ends add up */
	return (y & 2) ? (double) (y >> 2) : 2018.0 + ((y >> 2) & 7);
}

/* A finite value: a special one, or any finite double. */
static double
read_value(const uint8_t **p, size_t *left)
{
	uint8_t		k;
	double		v;

	take(p, left, &k, 1);
	if (k < 128)
		return special[k % (sizeof(special) / sizeof(special[0]))];
	take(p, left, &v, 8);
	return isfinite(v) ? v : 3.0;
}

/* The summary is valid and its text reads back to the same bytes and text. */
static void
check_summary(const GmGrowth *g)
{
	char		text1[GM_GROWTH_TEXT_MAX];
	char		text2[GM_GROWTH_TEXT_MAX];
	GmGrowth	back;
	int			len;

	assert(gm_growth_valid(g));
	len = gm_growth_format(g, text1, sizeof(text1));
	assert(len > 0 && len < (int) sizeof(text1));
	assert(gm_growth_parse(text1, &back));
	assert(memcmp(g, &back, sizeof(GmGrowth)) == 0);
	gm_growth_format(&back, text2, sizeof(text2));
	assert(strcmp(text1, text2) == 0);
	assert(gm_growth_count(g) >= g->n && gm_growth_count(g) >= g->fit_n);
	check_accessors(g);
}

/* Apply operation op to the summaries s; an operation refused changes nothing. */
static void
apply(uint8_t op, const uint8_t **p, size_t *left, GmGrowth *s)
{
	GmGrowth   *g = &s[(op >> 3) % 3];
	GmGrowth	before = *g;
	double		year,
				value;

	switch (op & 7)
	{
		case 0:				/* gpumkt_growth */
		case 1:				/* gpumkt_cagr */
		case 2:				/* gpumkt_fit_rate */
			year = read_year(p, left);
			value = read_value(p, left);
			if (((op & 7) == 2 && !(value > 0.0)) ||
				gm_growth_count(g) >= (INT64_C(1) << 62))
				break;
			if ((op & 7) != 2)
			{
				gm_growth_add_ends(g, year, value);
				if (!isfinite(g->first_sum) || !isfinite(g->last_sum))
				{
					*g = before;
					break;
				}
			}
			if ((op & 7) != 1)
				gm_growth_add_fit(g, year, value);
			break;
		case 3:				/* take a row back from the fit */
			year = read_year(p, left);
			value = read_value(p, left);
			if (!gm_growth_remove_fit(g, year, value))
				*g = before;
			break;
		case 4:				/* gpumkt_rollup (of a copy, as SQL merges a row's) */
		case 5:
			{
				GmGrowth	from = s[(op >> 5) % 3];

				if (!gm_growth_merge(g, &from))
					*g = before;
			}
			break;
		default:			/* through the text form */
			{
				char		text[GM_GROWTH_TEXT_MAX];

				gm_growth_format(g, text, sizeof(text));
				assert(gm_growth_parse(text, g));
			}
			break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GmGrowth	s[3];
	int			steps = 0;

	for (int i = 0; i < 3; i++)
		gm_growth_init(&s[i]);
	while (size > 0 && steps++ < 200)
	{
		uint8_t		op;

		take(&data, &size, &op, 1);
		apply(op, &data, &size, s);
		for (int i = 0; i < 3; i++)
			check_summary(&s[i]);
	}
	return 0;
}
