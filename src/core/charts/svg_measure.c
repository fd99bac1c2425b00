/*-------------------------------------------------------------------------
 *
 * svg_measure.c
 *	  How wide a text is drawn, without a font or a server call: an
 *	  estimate from the advance widths of DejaVu Sans, so that a chart can
 *	  fit its margins to its legend and cut a text that would not fit.
 *
 *-------------------------------------------------------------------------
 */
#include "svg_draw.h"

/*
 * Advance widths of the printable ASCII characters, in thousandths of the
 * font size, of DejaVu Sans (the usual sans-serif of Linux browsers, wider
 * than Arial or Helvetica, so that an estimate errs on the wide side).
 */
static const short ascii_width[95] = {
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
	1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
	603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
	500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
	635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
};

/* The width of one character in thousandths of the font size. */
static int
char_width(uint32_t cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return ascii_width[cp - 0x20];
	if (cp < 0x20)
		return ascii_width[0];	/* drawn as a space */
	if (cp >= 0x1100 && (cp < 0x1160 || (cp >= 0x2E80 && cp < 0xA4D0) ||
						 (cp >= 0xAC00 && cp < 0xD7A4) || (cp >= 0xF900 && cp < 0xFB00) ||
						 (cp >= 0xFF00 && cp < 0xFF61) || cp >= 0x1F300))
		return 1000;			/* wide: CJK, Hangul, full width, emoji */
	return 700;
}

/*
 * The width of the character at s (at most n bytes, n > 0) in thousandths
 * of the font size, an invalid byte drawn as '?'; *len gets its bytes.
 */
int
svg_char_units(const char *s, size_t n, size_t *len)
{
	uint32_t	cp = '?';
	int			l = svg_utf8_char((const unsigned char *) s, n, &cp);

	*len = l == 0 ? 1 : (size_t) l;
	return char_width(l == 0 ? '?' : cp);
}

/*
 * The widths of the characters of n bytes of UTF-8 text, in thousandths of
 * the font size: of the first keep characters, or of all when keep < 0;
 * *chars gets the number of characters of the text.
 */
static long
text_units(const char *s, size_t n, int keep, int *chars)
{
	size_t		i = 0;
	long		w = 0;

	*chars = 0;
	while (i < n)
	{
		size_t		len;
		int			u = svg_char_units(s + i, n - i, &len);

		if (keep < 0 || *chars < keep)
			w += u;
		i += len;
		(*chars)++;
	}
	return w;
}

/*
 * An estimate of the width in pixels of n bytes of UTF-8 text drawn at
 * font_px, cut as svg_put_text cuts it at max_chars.
 */
double
svg_text_width(const char *s, size_t n, int max_chars, double font_px)
{
	int			chars;
	long		w = text_units(s, n, -1, &chars);

	if (max_chars > 3 && chars > max_chars)
		w = text_units(s, n, max_chars - 3, &chars) + 3 * ascii_width['.' - 0x20];
	return w * font_px / 1000.0;
}

/*
 * The max_chars argument of svg_put_text that keeps a text at font_px
 * within max_px and max_chars characters (0: the whole text fits): the
 * most characters, at least 4, whose cut ("..." after all but 3 of them)
 * fits.  One pass over the text, however long: the widths of the cuts
 * grow with their length, so the first that does not fit ends the search.
 */
int
svg_fit_chars(const char *s, size_t n, double font_px, double max_px,
			  int max_chars)
{
	const long	dots = 3 * ascii_width['.' - 0x20];
	int			chars,
				keep,
				best = 4;
	long		w = 0;
	size_t		i = 0;

	if (svg_text_width(s, n, max_chars, font_px) <= max_px)
		return max_chars;
	text_units(s, n, -1, &chars);
	keep = (max_chars > 3 && max_chars < chars) ? max_chars : chars;
	/* a cut of k characters (k < keep, which does not fit): k - 3 and "..." */
	for (int m = 0; m + 3 < keep && i < n; m++)
	{
		size_t		len;

		if ((w + dots) * font_px / 1000.0 > max_px)
			break;
		if (m + 3 > 4)
			best = m + 3;
		w += svg_char_units(s + i, n - i, &len);
		i += len;
	}
	return best;
}
