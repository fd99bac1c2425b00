/*
 * fuzz_svg.c
 *	  libFuzzer target for the SVG drawing code (src/core/charts/svg_draw.c,
 *	  src/core/charts/svg_charts.c, src/core/charts/svg_lines.c).  The first
 *	  byte picks a chart: a forecast (years, figures, kinds, lows and highs
 *	  from the input), a segment bar, a line chart, or one escaped text.
 *	  Whatever the input, an accepted chart must be well-formed XML (checked
 *	  by a small parser here: elements nest and close, attributes are quoted,
 *	  '<' never appears in text, '&' only starts the five entities written),
 *	  valid UTF-8 without control characters but newlines, with no "nan" or
 *	  "inf" among its numbers, one root element, and a dot for each reported,
 *	  actual, user's or derived point; and drawing twice gives the same
 *	  bytes.  A level outside (0, 1) is refused, as the server refuses it.
 */
#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svg_draw.h"

#define MAX_N 48
#define MAX_TEXT 64

/* The input, consumed from the front. */
typedef struct Input
{
	const uint8_t *p;
	size_t		n;
} Input;

/* The next byte, or 0 when the input runs short. */
static uint8_t
next_byte(Input *in)
{
	uint8_t		b = 0;

	if (in->n > 0)
	{
		b = *in->p++;
		in->n--;
	}
	return b;
}

/* The next double: raw bytes when the flag byte is odd, else a small number. */
static double
next_double(Input *in)
{
	double		d = 0.0;

	if (next_byte(in) & 1 && in->n >= sizeof(double))
	{
		memcpy(&d, in->p, sizeof(double));
		in->p += sizeof(double);
		in->n -= sizeof(double);
	}
	else
		d = (double) (int8_t) next_byte(in) / 4.0;
	return d;
}

/* The next text, up to MAX_TEXT - 1 raw bytes, NUL-terminated (no NUL inside). */
static void
next_text(Input *in, char *out)
{
	int			len = next_byte(in) % MAX_TEXT;
	int			k = 0;

	for (int i = 0; i < len; i++)
	{
		uint8_t		b = next_byte(in);

		if (b != 0)
			out[k++] = (char) b;
	}
	out[k] = '\0';
}

/* realloc's contract for the buffer; the fuzzer's memory is plain malloc. */
static void *
grow(void *p, size_t n)
{
	void	   *q = realloc(p, n);

	assert(q != NULL);
	return q;
}

/* Check the bytes of a text part: entities only, no '<', no '>' in text. */
static size_t
check_text(const char *s, size_t i, size_t n, char stop)
{
	static const char *const ents[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

	while (i < n && s[i] != stop)
	{
		assert(s[i] != '<');
		assert(stop == '"' || s[i] != '>');
		if (s[i] == '&')
		{
			bool		ok = false;

			for (int e = 0; e < 5 && !ok; e++)
				ok = strncmp(s + i, ents[e], strlen(ents[e])) == 0;
			assert(ok);
		}
		assert((unsigned char) s[i] >= 0x20 || s[i] == '\n');
		i++;
	}
	return i;
}

/* Check one tag starting at s[i] == '<'; push or pop the element stack. */
static size_t
check_tag(const char *s, size_t i, size_t n, const char **stack, size_t *lens, int *depth, int *roots)
{
	bool		closing = s[i + 1] == '/';
	size_t		start = i + (closing ? 2 : 1);
	size_t		j = start;
	size_t		name_len;

	while (j < n && (isalnum((unsigned char) s[j]) || s[j] == '-'))
		j++;
	assert(j > start && j < n);
	name_len = j - start;
	if (closing)
	{
		assert(*depth > 0);
		(*depth)--;
		assert(lens[*depth] == j - start && memcmp(stack[*depth], s + start, j - start) == 0);
		assert(s[j] == '>');
		return j + 1;
	}
	while (s[j] == ' ')
	{
		j++;
		while (j < n && (isalnum((unsigned char) s[j]) || s[j] == '-' || s[j] == ':'))
			j++;
		size_t		v;

		assert(s[j] == '=' && s[j + 1] == '"');
		v = j + 2;
		j = check_text(s, v, n, '"');
		assert(j < n && s[j] == '"');
		/* attribute values are the code's own: no NaN or Infinity in them */
		for (size_t c = v; c + 2 < j; c++)
			assert(strncmp(s + c, "nan", 3) != 0 && strncmp(s + c, "inf", 3) != 0);
		j++;
	}
	if (s[j] == '/' && s[j + 1] == '>')
		return j + 2;
	assert(s[j] == '>');
	if (*depth == 0)
		(*roots)++;
	assert(*depth < 16);
	stack[*depth] = s + start;
	lens[*depth] = name_len;
	(*depth)++;
	return j + 1;
}

/* Check that a document is well formed, with one root and sane numbers. */
static void
check_document(const SvgBuf *b)
{
	const char *stack[16];
	size_t		lens[16];
	int			depth = 0,
				roots = 0;
	size_t		i = 0;

	assert(strlen(b->data) == b->len);
	while (i < b->len)
	{
		if (b->data[i] == '<')
			i = check_tag(b->data, i, b->len, stack, lens, &depth, &roots);
		else
			i = check_text(b->data, i, b->len, '<');
	}
	assert(depth == 0 && roots == 1);
}

/* Draw twice, check the first and that both are the same bytes. */
static void
check_twice(void (*draw) (SvgBuf *, const void *), const void *arg)
{
	SvgBuf		a,
				b;

	svg_buf_init(&a, grow, free);
	svg_buf_init(&b, grow, free);
	draw(&a, arg);
	draw(&b, arg);
	check_document(&a);
	assert(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	svg_buf_free(&a);
	svg_buf_free(&b);
}

/* Adapters of the three charts to check_twice. */
static void
draw_forecast(SvgBuf *b, const void *f)
{
	svg_forecast(b, f);
}
static void
draw_segments(SvgBuf *b, const void *s)
{
	svg_segments(b, s);
}

/* Count occurrences of needle in a buffer's text. */
static int
count(const SvgBuf *b, const char *needle)
{
	int			c = 0;

	for (const char *p = strstr(b->data, needle); p; p = strstr(p + 1, needle))
		c++;
	return c;
}

/* A forecast chart from the input. */
static void
fuzz_forecast(Input *in)
{
	static const char *const kinds[] = {"reported", "derived", "interpolated", "extrapolated",
		"share of parent", "user row", NULL, "interpolated (user rows)", "actual", "forecast",
	"segment share", "other"};
	char		title[MAX_TEXT], subtitle[MAX_TEXT], unit[MAX_TEXT];
	int32_t		years[MAX_N];
	double		v[MAX_N], lo[MAX_N], hi[MAX_N];
	bool		vn[MAX_N], ln[MAX_N], hn[MAX_N];
	const char *k[MAX_N];
	int			n = next_byte(in) % MAX_N, dots = 0, bad;
	uint8_t		flags;
	SvgForecast f = {title, subtitle, unit, n, years, v, vn, k, lo, ln, hi, hn};
	SvgBuf		b;

	next_text(in, title);
	next_text(in, subtitle);
	next_text(in, unit);
	for (int i = 0; i < n; i++)
	{
		uint8_t		step;

		flags = next_byte(in);
		step = next_byte(in);

		/* increasing, but now and then a repeated year (refused) */
		years[i] = (i > 0 ? years[i - 1] : 1990) + (step == 255 ? 0 : 1 + step % 3);
		v[i] = next_double(in);
		lo[i] = flags & 4 ? next_double(in) : v[i] - 1;
		hi[i] = flags & 8 ? next_double(in) : v[i] + 1;
		vn[i] = flags & 1;
		ln[i] = flags & 2;
		hn[i] = flags & 16;
		k[i] = kinds[((flags >> 5) & 7) + (step & 4)];
		if (!vn[i] && (k[i] == kinds[0] || k[i] == kinds[1] || k[i] == kinds[4] ||
					   k[i] == kinds[5] || k[i] == kinds[8] || k[i] == kinds[10]))
			dots++;
	}
	flags = next_byte(in);
	if (flags & 1)
		f.lows = f.highs = NULL;
	f.has_level = (flags & 2) != 0;
	f.level = f.has_level ? next_double(in) : 0.0;
	if (svg_forecast_check(&f, &bad) != SVG_OK)
	{
		assert(bad >= 0 ? bad < n : f.has_level && !(f.level > 0.0 && f.level < 1.0));
		return;
	}
	check_twice(draw_forecast, &f);
	svg_buf_init(&b, grow, free);
	svg_forecast(&b, &f);
	assert(count(&b, "<circle class=\"reported\"") + count(&b, "<circle class=\"derived\"")
		   + count(&b, "<circle class=\"user-row\"") + count(&b, "<circle class=\"actual\"") == dots);
	assert(f.lows != NULL || count(&b, "<polygon") == 0);
	svg_buf_free(&b);
}

/* A segment bar from the input. */
static void
fuzz_segments(Input *in)
{
	static char names_buf[MAX_N][MAX_TEXT];
	const char *names[MAX_N];
	char		title[MAX_TEXT];
	double		sh[MAX_N];
	bool		sn[MAX_N];
	int			n = next_byte(in) % 12, bad;
	SvgSegments s = {title, NULL, "USD", false, 0.0, n, names, sh, sn};

	next_text(in, title);
	s.has_total = next_byte(in) & 1;
	s.total = next_double(in);
	for (int i = 0; i < n; i++)
	{
		next_text(in, names_buf[i]);
		names[i] = names_buf[i];
		sn[i] = next_byte(in) & 1;
		sh[i] = next_double(in) / 32.0;
	}
	if (svg_segments_check(&s, &bad) != SVG_OK)
		return;
	check_twice(draw_segments, &s);
}

/* A line chart from the input, drawn from two orders of the same points. */
static void
fuzz_lines(Input *in)
{
	static char series[MAX_N][8];
	char		title[MAX_TEXT],
				unit[MAX_TEXT];
	SvgPoint	p[MAX_N],
				q[MAX_N];
	int			n = next_byte(in) % MAX_N;
	SvgBuf		a,
				b;

	next_text(in, title);
	next_text(in, unit);

	for (int i = 0; i < n; i++)
	{
		int			len = next_byte(in) % 8;

		for (int j = 0; j < len; j++)
			series[i][j] = (char) next_byte(in);
		p[i].series = series[i];
		p[i].series_len = (uint32_t) len;
		p[i].x = next_double(in);
		p[i].y = next_double(in);
		if (!isfinite(p[i].x) || !isfinite(p[i].y))
			p[i].x = p[i].y = 0.0;
	}
	for (int i = 0; i < n; i++)
		q[n - 1 - i] = p[i];
	svg_lines_sort(p, n);
	svg_lines_sort(q, n);
	svg_buf_init(&a, grow, free);
	svg_buf_init(&b, grow, free);
	svg_lines(&a, p, n, title[0] ? title : NULL, unit);
	svg_lines(&b, q, n, title[0] ? title : NULL, unit);
	check_document(&a);
	assert(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	svg_buf_free(&a);
	svg_buf_free(&b);
}

/* One escaped text: as a document's only text, it must parse. */
static void
fuzz_text(Input *in)
{
	SvgBuf		b;

	svg_buf_init(&b, grow, free);
	svg_put(&b, "<t>");
	svg_put_text(&b, (const char *) in->p, in->n, in->n % 7 == 0 ? 0 : (int) (in->n % 40));
	svg_put(&b, "</t>");
	check_document(&b);
	svg_buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Input		in = {data, size};

	switch (next_byte(&in) % 4)
	{
		case 0:
			fuzz_forecast(&in);
			break;
		case 1:
			fuzz_segments(&in);
			break;
		case 2:
			fuzz_lines(&in);
			break;
		default:
			fuzz_text(&in);
	}
	return 0;
}
