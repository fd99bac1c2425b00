/*
 * fuzz_growth_state.c
 *	  libFuzzer target for the gpumkt_growth summary
 *	  (src/core/growth/growth_state.c): the input is a stream of rows, as the
 *	  SQL aggregates accept them (integer years or days from 2000 as fractions
 *	  of a year, finite values), dealt to two summaries A and B.  Merging A
 *	  into B and B into A must agree on counts, years and end totals; a merge
 *	  that succeeds gives a valid summary whose text reads back exactly;
 *	  taking rows back from a fit never leaves it invalid; no accessor answers
 *	  NaN.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "growth_state.h"

extern void check_accessors(const GmGrowth *g);

/* Add a row as the gpumkt_growth aggregate does; false once it refuses. */
static bool
add_row(GmGrowth *g, double year, double value)
{
	gm_growth_add_ends(g, year, value);
	if (!isfinite(g->first_sum) || !isfinite(g->last_sum))
		return false;
	gm_growth_add_fit(g, year, value);
	return true;
}

/* The text of g reads back to g. */
static void
check_round_trip(const GmGrowth *g)
{
	char		text[GM_GROWTH_TEXT_MAX];
	GmGrowth	back;

	gm_growth_format(g, text, sizeof(text));
	assert(gm_growth_parse(text, &back));
	assert(memcmp(g, &back, sizeof(GmGrowth)) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GmGrowth	s[2];
	GmGrowth	ab;
	GmGrowth	ba;
	GmGrowth	fit;
	bool		ok = true;
	bool		merged_ab;
	bool		merged_ba;

	gm_growth_init(&s[0]);
	gm_growth_init(&s[1]);
	gm_growth_init(&fit);
	/* each row: 1 byte of flags, 4 of year, 8 of value */
	while (size >= 13 && ok)
	{
		uint8_t		flags = data[0];
		int32_t		y;
		double		value;
		double		year;

		memcpy(&y, data + 1, 4);
		memcpy(&value, data + 5, 8);
		data += 13;
		size -= 13;
		if (!isfinite(value))
			continue;			/* the SQL layer refuses it */
		year = (flags & 2) ? GM_YEAR_ORIGIN + y / 365.25 : (double) y;
		ok = add_row(&s[flags & 1], year, value);
		/* a moving fit: add the row, and take back every other one */
		if (value > 0.0)
		{
			gm_growth_add_fit(&fit, year, value);
			if (flags & 4)
				assert(gm_growth_remove_fit(&fit, year, value));
			check_accessors(&fit);
		}
	}
	if (!ok)
		return 0;
	for (int i = 0; i < 2; i++)
	{
		assert(gm_growth_valid(&s[i]));
		check_round_trip(&s[i]);
		check_accessors(&s[i]);
	}
	ab = s[0];
	merged_ab = gm_growth_merge(&ab, &s[1]);
	ba = s[1];
	merged_ba = gm_growth_merge(&ba, &s[0]);
	assert(merged_ab == merged_ba);
	if (merged_ab)
	{
		assert(ab.n == ba.n && ab.nonpositive == ba.nonpositive && ab.fit_n == ba.fit_n);
		assert(ab.first_year == ba.first_year && ab.last_year == ba.last_year);
		assert(ab.first_sum == ba.first_sum && ab.last_sum == ba.last_sum);
		assert(gm_growth_valid(&ab) && gm_growth_valid(&ba));
		check_round_trip(&ab);
		check_accessors(&ab);
		check_accessors(&ba);
	}
	return 0;
}
