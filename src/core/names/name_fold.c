/*-------------------------------------------------------------------------
 *
 * name_fold.c
 *	  The key gpumkt compares names by, where it needs no server: letters
 *	  and digits kept, ASCII lower-cased, combining marks, spaces and
 *	  punctuation dropped, the Latin letters that do not decompose written
 *	  as the ASCII they are read as, Greek and Cyrillic capitals
 *	  lower-cased.  src/pg/names.c says what a key is, decodes the name and
 *	  decomposes it (Unicode NFKD) before each code point comes here.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>

#include "name_fold.h"

/* Is c a combining mark (an accent once decomposed)? */
static bool
is_combining(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
		(c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
		(c >= 0xFE20 && c <= 0xFE2F);
}

/* Is c punctuation, a space or a symbol of the common blocks? */
static bool
is_separator(uint32_t c)
{
	return (c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
		(c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
		(c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) ||
		c == 0xFEFF;
}

/* The Latin letters that do not decompose, as the ASCII they are read as. */
static const char *
latin_special(uint32_t c)
{
	switch (c)
	{
		case 0x00DF:			/* sharp s */
		case 0x1E9E:
			return "ss";
		case 0x00C6:			/* ae */
		case 0x00E6:
			return "ae";
		case 0x0152:			/* oe */
		case 0x0153:
			return "oe";
		case 0x00D8:			/* o with stroke */
		case 0x00F8:
			return "o";
		case 0x0110:			/* d with stroke */
		case 0x0111:
		case 0x00D0:			/* eth */
		case 0x00F0:
			return "d";
		case 0x0141:			/* l with stroke */
		case 0x0142:
			return "l";
		case 0x00DE:			/* thorn */
		case 0x00FE:
			return "th";
		case 0x0126:			/* h with stroke */
		case 0x0127:
			return "h";
		case 0x0131:			/* dotless i */
			return "i";
	}
	return NULL;
}

/* Lower-case of a Greek or Cyrillic capital; other code points unchanged. */
static uint32_t
lower_other(uint32_t c)
{
	if ((c >= 0x0391 && c <= 0x03A9 && c != 0x03A2) ||
		(c >= 0x0410 && c <= 0x042F))
		return c + 0x20;
	if (c >= 0x0400 && c <= 0x040F)
		return c + 0x50;
	return c;
}

/* Code point c (0x80 or above) in UTF-8 into out; its length. */
static int
put_utf8(uint32_t c, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (c < 0x800)
	{
		o[0] = 0xC0 | (c >> 6);
		o[1] = 0x80 | (c & 0x3F);
		return 2;
	}
	if (c < 0x10000)
	{
		o[0] = 0xE0 | (c >> 12);
		o[1] = 0x80 | ((c >> 6) & 0x3F);
		o[2] = 0x80 | (c & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (c >> 18);
	o[1] = 0x80 | ((c >> 12) & 0x3F);
	o[2] = 0x80 | ((c >> 6) & 0x3F);
	o[3] = 0x80 | (c & 0x3F);
	return 4;
}

/*
 * The key of one decomposed code point c into out (GM_FOLD_MAX bytes, not
 * terminated); its length, 0 for a dropped one.  With utf8 false, a letter
 * beyond ASCII is written as <hex>, so that the key is ASCII.
 */
int
gm_fold_code_point(uint32_t c, bool utf8, char *out)
{
	const char *special;
	int			n = 0;

	if (c < 0x80)
	{
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[n++] = (char) c;
		else if (c >= 'A' && c <= 'Z')
			out[n++] = (char) (c + ('a' - 'A'));
		return n;
	}
	if (is_combining(c) || is_separator(c))
		return 0;
	if ((special = latin_special(c)) != NULL)
	{
		while (special[n])
		{
			out[n] = special[n];
			n++;
		}
		return n;
	}
	if (utf8)
		return put_utf8(lower_other(c), out);
	return snprintf(out, GM_FOLD_MAX, "<%x>", (unsigned int) lower_other(c));
}

/*
 * The key of s, len bytes of ASCII, into key (len + 1 bytes: a key of
 * ASCII is no longer than the name), terminated; its length.
 */
int
gm_fold_ascii(const char *s, int len, char *key)
{
	int			n = 0;

	for (int i = 0; i < len; i++)
	{
		char		c = s[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			key[n++] = c;
		else if (c >= 'A' && c <= 'Z')
			key[n++] = c + ('a' - 'A');
	}
	key[n] = '\0';
	return n;
}
