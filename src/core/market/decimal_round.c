/*-------------------------------------------------------------------------
 *
 * decimal_round.c
 *	  The shortest decimal of a double rounded to 15 significant digits as
 *	  printf's "%.15g" rounds the double itself, where that can be decided
 *	  from the decimal alone (src/pg/market/units.c says why): plain C, no
 *	  server calls, so that a fuzzer compares it with printf on its own.
 *
 *-------------------------------------------------------------------------
 */
#include <stdbool.h>
#include <string.h>

#include "decimal_round.h"

/*
 * Round the digits of s (a plain decimal: sign, digits, at most one point)
 * to 15 significant digits into out (GM_ROUND15_LEN bytes), as printf's
 * "%.15g" writes the double s stands for; false where the rounding is too
 * near a tie to decide from s, or a carry would add a digit.
 */
bool
gm_round15(const char *s, char *out)
{
	char		digits[40];
	int			nd = 0,
				point = -1,
				lead,
				tail;
	const char *p = s;
	char	   *o = out;

	if (strlen(s) >= GM_ROUND15_LEN)
		return false;
	if (*p == '-')
		*o++ = *p++;
	for (; *p; p++)
	{
		if (*p == '.')
			point = nd;
		else if (nd < (int) sizeof(digits))
			digits[nd++] = *p;
		else
			return false;
	}
	if (point < 0)
		point = nd;
	for (lead = 0; lead < nd && digits[lead] == '0'; lead++)
		;
	if (nd - lead <= 15)
	{
		strcpy(out, s);
		return true;
	}
	/* the dropped digits, as units of the 17th digit (at most two digits) */
	tail = (digits[lead + 15] - '0') * 10 +
		(lead + 16 < nd ? digits[lead + 16] - '0' : 0);
	if (tail >= 47 && tail <= 53)
		return false;
	nd = lead + 15;
	if (tail > 50)
	{
		int			i = nd - 1;

		while (i >= 0 && digits[i] == '9')
			digits[i--] = '0';
		if (i < 0)
			return false;		/* 99...9 rounds up a place: core decides */
		digits[i]++;
	}
	for (int i = 0; i < (nd > point ? nd : point); i++)
	{
		if (i == point && i > 0)
			*o++ = '.';
		*o++ = i < nd ? digits[i] : '0';
	}
	*o = '\0';
	/* as %g writes it: no trailing zeros after the point, nor the point */
	if (strchr(out, '.'))
	{
		while (o > out && o[-1] == '0')
			*--o = '\0';
		if (o > out && o[-1] == '.')
			*--o = '\0';
	}
	return true;
}
