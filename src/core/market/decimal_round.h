/*-------------------------------------------------------------------------
 *
 * decimal_round.h
 *	  Rounding a shortest decimal to 15 significant digits (decimal_round.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_DECIMAL_ROUND_H
#define GPUMKT_DECIMAL_ROUND_H

#include <stdbool.h>

/* Room for the result: sign, 15 digits and the zeros and point around them. */
#define GM_ROUND15_LEN 48

extern bool gm_round15(const char *s, char *out);

#endif							/* GPUMKT_DECIMAL_ROUND_H */
