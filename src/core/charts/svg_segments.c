/*-------------------------------------------------------------------------
 *
 * svg_segments.c
 *	  The segment bar, without server calls: the known shares side by
 *	  side, then the unknown segments together as one hatched remainder,
 *	  1 minus the known shares, labelled with that bound; a legend row per
 *	  part with its percentage and amount.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "svg_draw.h"

/* the segment bar's frame */
#define SG_W 640
#define SG_LEFT 20.0
#define SG_WIDTH 600.0
#define SG_ROW 20

/* Check a segment bar's input; on failure *bad is the element (-1: total). */
SvgStatus
svg_segments_check(const SvgSegments *s, int *bad)
{
	*bad = -1;
	if (s->has_total && !isfinite(s->total))
		return SVG_NOT_FINITE;
	for (int i = 0; i < s->n; i++)
	{
		*bad = i;
		if (s->share_null[i])
			continue;
		if (!isfinite(s->shares[i]))
			return SVG_NOT_FINITE;
		if (s->shares[i] < 0.0 || s->shares[i] > 1.0)
			return SVG_SHARE_RANGE;
	}
	*bad = -1;
	return SVG_OK;
}

/* A rectangle of the bar, filled with fill (ASCII). */
static void
bar_rect(SvgBuf *b, const char *cls, double x, double y, double w, double h,
		 const char *fill)
{
	svg_put(b, "<rect class=\"");
	svg_put(b, cls);
	svg_put(b, "\" x=\"");
	svg_put_num(b, x);
	svg_put(b, "\" y=\"");
	svg_put_num(b, y);
	svg_put(b, "\" width=\"");
	svg_put_num(b, w);
	svg_put(b, "\" height=\"");
	svg_put_num(b, h);
	svg_put(b, "\" fill=\"");
	svg_put(b, fill);
	svg_put(b, "\" stroke=\"#ffffff\"/>\n");
}

/* Characters of UTF-8 text (bytes that do not continue a character). */
static int
utf8_chars(const char *s, size_t n)
{
	int			c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char) s[i] & 0xC0) != 0x80;
	return c;
}

/*
 * The legend row of a share: its label, the percentage, the amount.  A long
 * row cuts the label, never the numbers after it.
 */
static void
segment_row(SvgBuf *b, const SvgSegments *s, double y, const char *label,
			size_t label_len, double share, const char *after)
{
	SvgBuf		tail;
	int			tail_chars;

	svg_buf_init(&tail, b->grow, b->release);
	svg_put(&tail, ": ");
	svg_put_percent(&tail, share);
	svg_put(&tail, " %");
	svg_put(&tail, after);
	if (s->has_total)
	{
		svg_put(&tail, " (");
		svg_put_value(&tail, s->total * share);
		svg_put(&tail, " ");
		if (s->unit)
			svg_put(&tail, s->unit);
		svg_put(&tail, ")");
	}
	tail_chars = utf8_chars(tail.data, tail.len);
	if (tail_chars > SVG_ROW_CHARS / 2)
		tail_chars = SVG_ROW_CHARS / 2;
	svg_put(b, "<text x=\"");
	svg_put_num(b, SG_LEFT + 18);
	svg_put(b, "\" y=\"");
	svg_put_num(b, y);
	svg_put(b, "\" class=\"row\">");
	svg_put_text(b, label, label_len, SVG_ROW_CHARS - tail_chars);
	svg_put_text(b, tail.data, tail.len, SVG_ROW_CHARS / 2);
	svg_put(b, "</text>\n");
	svg_buf_free(&tail);
}

/* The hatch pattern of the unknown remainder, its id unique to the input. */
static uint32_t
hatch_pattern(SvgBuf *b, const SvgSegments *s)
{
	uint32_t	h = 2166136261u;

	for (int i = 0; i < s->n; i++)
	{
		h = svg_hash(h, s->names[i], strlen(s->names[i]) + 1);
		if (!s->share_null[i])
			h = svg_hash(h, &s->shares[i], sizeof(double));
	}
	if (s->title)
		h = svg_hash(h, s->title, strlen(s->title));
	if (h == 0)
		h = 1;					/* 0 means no pattern */
	svg_put(b, "<defs><pattern id=\"gpumkt-hatch-");
	svg_put_hex(b, h);
	svg_put(b, "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
			"<rect width=\"6\" height=\"6\" fill=\"#f2f2f2\"/>"
			"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#888888\" stroke-width=\"2\"/>"
			"</pattern></defs>\n");
	return h;
}

/* The known shares: a rectangle each and a legend row each. */
static double
segments_known(SvgBuf *b, const SvgSegments *s, double scale, double *y)
{
	double		x = SG_LEFT;
	int			c = 0;

	for (int i = 0; i < s->n; i++)
	{
		double		w;

		if (s->share_null[i])
			continue;
		w = s->shares[i] * scale;
		bar_rect(b, "known", x, 54, w, 32, svg_color(c));
		bar_rect(b, "swatch", SG_LEFT, *y - 10, 12, 12, svg_color(c));
		segment_row(b, s, *y, s->names[i], strlen(s->names[i]), s->shares[i], "");
		x += w;
		*y += SG_ROW;
		c++;
	}
	return x;
}

/*
 * The rest of the bar: the unknown segments together, hatched, labelled
 * with their bound (1 minus the known shares); with no unknown segment,
 * the share no segment accounts for, plain grey.
 */
static void
segments_rest(SvgBuf *b, const SvgSegments *s, double x, double rest,
			  double scale, double y, uint32_t h)
{
	SvgBuf		fill;
	SvgBuf		names;
	bool		first = true;

	svg_buf_init(&fill, b->grow, b->release);
	svg_buf_init(&names, b->grow, b->release);
	if (h != 0)
	{
		svg_put(&fill, "url(#gpumkt-hatch-");
		svg_put_hex(&fill, h);
		svg_put(&fill, ")");
	}
	else
		svg_put(&fill, "#dddddd");
	for (int i = 0; i < s->n; i++)
	{
		if (!s->share_null[i])
			continue;
		svg_put(&names, first ? "" : ", ");
		svg_put(&names, s->names[i]);
		first = false;
	}
	if (first)
		svg_put(&names, "not in a segment");
	bar_rect(b, h != 0 ? "unknown" : "unassigned", x, 54, rest * scale, 32, fill.data);
	bar_rect(b, "swatch", SG_LEFT, y - 10, 12, 12, fill.data);
	segment_row(b, s, y, names.data, names.len, rest, h != 0 ? " together" : "");
	svg_buf_free(&fill);
	svg_buf_free(&names);
}

/* Draw a checked segment bar. */
void
svg_segments(SvgBuf *b, const SvgSegments *s)
{
	const char *title = s->title ? s->title : "";
	const char *subtitle = s->subtitle ? s->subtitle : "";
	double		known = 0.0,
				rest,
				scale,
				x,
				y = 110;
	int			rows = 0,
				unknown = 0;
	uint32_t	h = 0;

	for (int i = 0; i < s->n; i++)
	{
		if (s->share_null[i])
			unknown++;
		else
		{
			known += s->shares[i];
			rows++;
		}
	}
	rest = known < 1.0 ? 1.0 - known : 0.0;
	scale = SG_WIDTH / (known > 1.0 ? known : 1.0);
	rows += (unknown > 0 || rest >= 0.0005) ? 1 : 0;
	svg_open(b, SG_W, 120 + SG_ROW * rows, title, strlen(title));
	svg_text(b, 20, 24, "font-size=\"15\" font-weight=\"bold\"", title, strlen(title), SVG_TITLE_CHARS);
	svg_text(b, 20, 42, "fill=\"#555555\"", subtitle, strlen(subtitle), SVG_SUBTITLE_CHARS);
	if (unknown > 0)
		h = hatch_pattern(b, s);
	x = segments_known(b, s, scale, &y);
	if (unknown > 0 || rest >= 0.0005)
		segments_rest(b, s, x, rest, scale, y, h);
	svg_put(b, "</svg>\n");
}
