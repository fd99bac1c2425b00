/*-------------------------------------------------------------------------
 *
 * svg_draw.c
 *	  The drawing layer of the SVG charts, without server calls: the output
 *	  buffer, XML escaping (invalid UTF-8, control characters and the
 *	  characters XML forbids become '?' or a space), numbers written digit
 *	  by digit (no printf, no locale), and the elements every chart shares
 *	  (the axes are in svg_axis.c).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "svg_draw.h"

/* ten colours that tell lines apart (Tableau 10) */
static const char *const palette[10] = {
	"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
	"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
};

/* Start an empty buffer that grows with grow (realloc's contract). */
void
svg_buf_init(SvgBuf *b, SvgGrowFn grow, SvgFreeFn release)
{
	b->grow = grow;
	b->release = release;
	b->cap = 4096;
	b->len = 0;
	b->data = grow(NULL, b->cap);
	b->data[0] = '\0';
}

/* Free a buffer's bytes. */
void
svg_buf_free(SvgBuf *b)
{
	b->release(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Append n bytes as they are. */
void
svg_putn(SvgBuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		size_t		cap = b->cap;

		while (b->len + n + 1 > cap)
			cap *= 2;
		b->data = b->grow(b->data, cap);
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Append a NUL-terminated ASCII string as it is. */
void
svg_put(SvgBuf *b, const char *s)
{
	svg_putn(b, s, strlen(s));
}

/* Length of the valid UTF-8 character at s (at most n bytes), 0 if none. */
int
svg_utf8_char(const unsigned char *s, size_t n, uint32_t *cp)
{
	int			len;
	unsigned char lo = 0x80,
				hi = 0xBF;

	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 0;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;				/* no surrogates */
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	if ((size_t) len > n || s[1] < lo || s[1] > hi)
		return 0;
	*cp = s[0] & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
	*cp = (*cp << 6) | (s[1] & 0x3F);
	for (int i = 2; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	return len;
}

/* Append one character of text, escaped for XML; returns the bytes read. */
static size_t
put_char(SvgBuf *b, const char *s, size_t n)
{
	uint32_t	cp = 0;
	int			len = svg_utf8_char((const unsigned char *) s, n, &cp);

	if (len == 0 || cp == 0xFFFE || cp == 0xFFFF)
	{
		svg_put(b, "?");
		return len == 0 ? 1 : (size_t) len;
	}
	switch (cp)
	{
		case '&':
			svg_put(b, "&amp;");
			break;
		case '<':
			svg_put(b, "&lt;");
			break;
		case '>':
			svg_put(b, "&gt;");
			break;
		case '"':
			svg_put(b, "&quot;");
			break;
		case '\'':
			svg_put(b, "&#39;");
			break;
		default:
			if (cp < 0x20)
				svg_put(b, " ");
			else
				svg_putn(b, s, len);
	}
	return len;
}

/*
 * Append n bytes of UTF-8 text escaped for XML; with max_chars > 3, a text
 * of more characters is cut to max_chars - 3 of them and "...".
 */
void
svg_put_text(SvgBuf *b, const char *s, size_t n, int max_chars)
{
	size_t		i = 0;
	int			chars = 0;
	int			keep;
	uint32_t	cp;

	while (i < n)
	{
		int			len = svg_utf8_char((const unsigned char *) s + i, n - i, &cp);

		i += len == 0 ? 1 : len;
		chars++;
	}
	keep = (max_chars > 3 && chars > max_chars) ? max_chars - 3 : chars;
	i = 0;
	for (int c = 0; c < keep; c++)
		i += put_char(b, s + i, n - i);
	if (keep < chars)
		svg_put(b, "...");
}

/* Append the digits of a whole number. */
void
svg_put_int(SvgBuf *b, long long v)
{
	char		digits[24];
	int			i = sizeof(digits);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long) v : (unsigned long long) v;

	digits[--i] = '\0';
	do
	{
		digits[--i] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		digits[--i] = '-';
	svg_put(b, digits + i);
}

/* Append a whole number t / 10^dec with dec decimals (t's sign kept). */
void
svg_put_scaled(SvgBuf *b, long long t, int dec)
{
	long long	p = 1;
	unsigned long long u = t < 0 ? 0ULL - (unsigned long long) t : (unsigned long long) t;
	unsigned long long frac;
	char		digits[24];

	for (int i = 0; i < dec; i++)
		p *= 10;
	if (t < 0)
		svg_put(b, "-");
	svg_put_int(b, (long long) (u / (unsigned long long) p));
	if (dec == 0)
		return;
	frac = u % (unsigned long long) p;
	digits[dec] = '\0';
	for (int i = dec - 1; i >= 0; i--)
	{
		digits[i] = (char) ('0' + frac % 10);
		frac /= 10;
	}
	svg_put(b, ".");
	svg_put(b, digits);
}

/* Append a coordinate: one decimal, within +/-1e6, no "-0", no ".0". */
void
svg_put_num(SvgBuf *b, double v)
{
	long long	t;

	if (!(v > -1e6))
		v = -1e6;
	if (!(v < 1e6))
		v = 1e6;
	t = llround(v * 10.0);
	if (t % 10 == 0)
		svg_put_int(b, t / 10);
	else
		svg_put_scaled(b, t, 1);
}

/* Append an amount: two decimals below 1e13, else d.dde+N. */
void
svg_put_value(SvgBuf *b, double v)
{
	double		a = fabs(v);
	int			e;
	long long	t;

	if (!isfinite(v))
	{
		svg_put(b, "?");
		return;
	}
	if (a < 1e13)
	{
		svg_put_scaled(b, llround(v * 100.0), 2);
		return;
	}
	e = (int) floor(log10(a));
	t = llround(v / pow(10.0, e) * 100.0);
	if (t >= 1000 || t <= -1000)
	{
		e++;
		t = llround(v / pow(10.0, e) * 100.0);
	}
	svg_put_scaled(b, t, 2);
	svg_put(b, "e+");
	svg_put_int(b, e);
}

/* Append a share as a percentage with one decimal, without the sign. */
void
svg_put_percent(SvgBuf *b, double share)
{
	double		p = share * 1000.0;

	if (!(p > -1e15))
		p = -1e15;
	if (!(p < 1e15))
		p = 1e15;
	svg_put_scaled(b, llround(p), 1);
}

/*
 * Append a level (0 to 1, both excluded) as a percentage with up to six
 * decimals, trailing zeros left out: 0.95 as 95, 0.995 as 99.5, 0.99999 as
 * 99.999; never 0 or 100 (0.9999999999 as 99.999999).
 */
void
svg_put_level(SvgBuf *b, double level)
{
	long long	t = llround(fmin(fmax(level, 0.0), 1.0) * 1e8);
	int			dec = 6;

	t = t < 1 ? 1 : t > 99999999 ? 99999999 : t;
	while (dec > 0 && t % 10 == 0)
	{
		t /= 10;
		dec--;
	}
	svg_put_scaled(b, t, dec);
}

/* Append eight hexadecimal digits. */
void
svg_put_hex(SvgBuf *b, uint32_t v)
{
	char		h[9];

	for (int i = 7; i >= 0; i--)
	{
		h[i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	}
	h[8] = '\0';
	svg_put(b, h);
}


/* Open the document: its size, its title, a white background. */
void
svg_open(SvgBuf *b, int width, int height, const char *title, size_t title_len)
{
	svg_put(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
	svg_put_int(b, width);
	svg_put(b, "\" height=\"");
	svg_put_int(b, height);
	svg_put(b, "\" viewBox=\"0 0 ");
	svg_put_int(b, width);
	svg_put(b, " ");
	svg_put_int(b, height);
	svg_put(b, "\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n<title>");
	svg_put_text(b, title, title_len, 0);
	svg_put(b, "</title>\n<rect width=\"");
	svg_put_int(b, width);
	svg_put(b, "\" height=\"");
	svg_put_int(b, height);
	svg_put(b, "\" fill=\"#ffffff\"/>\n");
}

/* A text element at x, y with extra attributes (ASCII, may be ""). */
void
svg_text(SvgBuf *b, double x, double y, const char *attrs, const char *s,
		 size_t n, int max_chars)
{
	svg_put(b, "<text x=\"");
	svg_put_num(b, x);
	svg_put(b, "\" y=\"");
	svg_put_num(b, y);
	svg_put(b, "\"");
	if (attrs[0] != '\0')
		svg_put(b, " ");
	svg_put(b, attrs);
	svg_put(b, ">");
	svg_put_text(b, s, n, max_chars);
	svg_put(b, "</text>\n");
}

/* Colour i of the palette (cycling). */
const char *
svg_color(int i)
{
	return palette[i % 10];
}

/* FNV-1a of n bytes, continuing from h (2166136261 to start). */
uint32_t
svg_hash(uint32_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++)
	{
		h ^= s[i];
		h *= 16777619u;
	}
	return h;
}
