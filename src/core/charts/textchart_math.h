/*-------------------------------------------------------------------------
 *
 * textchart_math.h
 *	  The arithmetic of the text charts in plain C, without server calls
 *	  (test/fuzz/fuzz_textchart.c links it alone): values to sparkline
 *	  levels, a value to a bar length in eighths of a character, and both
 *	  to UTF-8 block characters.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_TEXTCHART_MATH_H
#define GPUMKT_TEXTCHART_MATH_H

#include <stdbool.h>

/* the level of a NULL value in a sparkline: a space */
#define TC_LEVEL_NULL (-1)
/* the level of every value of a constant series: the fourth block */
#define TC_LEVEL_FLAT 3
/* bytes of one block character in UTF-8 (U+2581..U+258F: E2 96 xx) */
#define TC_BLOCK_BYTES 3
/* the widths a bar may have, in characters */
#define TC_WIDTH_MIN 1
#define TC_WIDTH_MAX 200

/* Outcome of a chart computation. */
typedef enum TcStatus
{
	TC_OK = 0,
	TC_EMPTY,					/* no value that is not NULL: no chart */
	TC_NOT_FINITE,				/* a value or max_value is NaN or +/-Infinity */
	TC_NEGATIVE,				/* a bar's value below zero */
	TC_BAD_MAX,					/* a bar's max_value not above zero */
	TC_BAD_WIDTH				/* a bar's width outside 1..200 */
} TcStatus;

extern TcStatus tc_spark_levels(const double *values, const bool *nulls,
								int n, int *levels, int *bad);
extern int	tc_spark_render(const int *levels, int n, char *out);
extern TcStatus tc_bar_eighths(double value, double max_value, int width,
							   int *eighths);
extern int	tc_bar_render(int eighths, char *out);

#endif							/* GPUMKT_TEXTCHART_MATH_H */
