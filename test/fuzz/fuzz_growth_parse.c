/*
 * fuzz_growth_parse.c
 *	  libFuzzer target for the text input of gpumkt_growth (gm_growth_parse in
 *	  src/core/growth/growth_state.c): whatever it accepts is a valid summary
 *	  whose text reads back to the same bytes and the same text, and whose
 *	  accessors answer finite numbers.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "growth_state.h"

extern void check_accessors(const GmGrowth *g);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	char		text1[GM_GROWTH_TEXT_MAX];
	char		text2[GM_GROWTH_TEXT_MAX];
	GmGrowth	g1;
	GmGrowth	g2;
	int			len;

	memcpy(s, data, size);
	s[size] = '\0';
	if (gm_growth_parse(s, &g1))
	{
		assert(gm_growth_valid(&g1));
		len = gm_growth_format(&g1, text1, sizeof(text1));
		assert(len > 0 && len < (int) sizeof(text1));
		assert(gm_growth_parse(text1, &g2));
		assert(memcmp(&g1, &g2, sizeof(GmGrowth)) == 0);
		gm_growth_format(&g2, text2, sizeof(text2));
		assert(strcmp(text1, text2) == 0);
		check_accessors(&g1);
	}
	free(s);
	return 0;
}
