/*-------------------------------------------------------------------------
 *
 * svg_segments.c
 *	  The segment bar, without server calls: the known shares side by
 *	  side, then the unknown segments together as one hatched remainder,
 *	  1 minus the known shares, labelled with that bound; a legend row per
 *	  part with its percentage and amount.  A row too long for the chart
 *	  wraps its label to a second line (at a space, after a comma where one
 *	  fits); only what two lines cannot hold is cut, never the numbers.
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
/* a legend row: its text's left end, the most it spans, a second line */
#define SG_ROW_X (SG_LEFT + 18)
#define SG_ROW_PX (SG_W - SG_ROW_X - 12)
#define SG_LINE 14
#define SG_FONT 11.0

/* A legend row laid out: where its label breaks, how its lines are cut. */
typedef struct SegRow
{
	const char *label;
	size_t		label_len;
	size_t		brk;			/* bytes of the label on line 1 (all: one line) */
	int			cut1;			/* max_chars of line 1's label (0: whole) */
	int			cut2;			/* max_chars of line 2's label (0: whole) */
	SvgBuf		tail;			/* ": 37.2 % together (6.77 USD billion)" */
} SegRow;

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

/* The width in pixels of n bytes of a row's text, cut at max_chars. */
static double
row_px(const char *s, size_t n, int max_chars)
{
	return svg_text_width(s, n, max_chars, SG_FONT);
}

/*
 * Where a label too long for one line breaks: after the last space that
 * leaves line 1 within the row, after a comma if one does and fills at
 * least half the row; 0 if no space does.  One pass over the label, up to
 * the first space past the row.
 */
static size_t
row_break(const char *label, size_t len)
{
	size_t		space = 0,
				comma = 0,
				i = 0;
	long		units = 0;		/* the width of label's first i bytes */

	while (i < len)
	{
		size_t		clen;
		double		px = units * SG_FONT / 1000.0;

		if (i > 0 && label[i] == ' ')
		{
			if (px > SG_ROW_PX)
				break;
			space = i;
			if (label[i - 1] == ',' && px >= SG_ROW_PX / 2)
				comma = i;
		}
		units += svg_char_units(label + i, len - i, &clen);
		i += clen;
	}
	return comma ? comma : space;
}

/*
 * Lay out the legend row of a share: its label, then the percentage and
 * the amount (the tail, at most SVG_ROW_CHARS / 2 characters).  A row that
 * does not fit wraps its label; line 2 cuts the label, never the tail.
 * Returns the lines the row takes.
 */
static int
row_layout(SegRow *r, const SvgSegments *s, const char *label,
		   size_t label_len, double share, const char *after)
{
	double		tail_px;
	size_t		rest;

	r->label = label;
	r->label_len = label_len;
	svg_put(&r->tail, ": ");
	svg_put_percent(&r->tail, share);
	svg_put(&r->tail, " %");
	svg_put(&r->tail, after);
	if (s->has_total)
	{
		svg_put(&r->tail, " (");
		svg_put_value(&r->tail, s->total * share);
		svg_put(&r->tail, " ");
		if (s->unit)
			svg_put(&r->tail, s->unit);
		svg_put(&r->tail, ")");
	}
	tail_px = row_px(r->tail.data, r->tail.len, SVG_ROW_CHARS / 2);
	r->brk = label_len;
	r->cut1 = r->cut2 = 0;
	if (row_px(label, label_len, 0) + tail_px <= SG_ROW_PX)
		return 1;
	r->brk = row_break(label, label_len);
	if (r->brk == 0)
	{
		/* no space to break at: one line, the label cut */
		r->brk = label_len;
		r->cut1 = svg_fit_chars(label, label_len, SG_FONT,
								SG_ROW_PX - tail_px, 0);
		return 1;
	}
	rest = label_len - r->brk - 1;
	r->cut2 = svg_fit_chars(label + r->brk + 1, rest, SG_FONT,
							SG_ROW_PX - tail_px, 0);
	return 2;
}

/* Draw a laid-out legend row at baseline y. */
static void
row_draw(SvgBuf *b, const SegRow *r, double y)
{
	bool		two = r->brk < r->label_len;

	svg_put(b, "<text x=\"");
	svg_put_num(b, SG_ROW_X);
	svg_put(b, "\" y=\"");
	svg_put_num(b, y);
	svg_put(b, "\" class=\"row\">");
	if (two)
	{
		svg_put(b, "<tspan x=\"");
		svg_put_num(b, SG_ROW_X);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y);
		svg_put(b, "\">");
	}
	svg_put_text(b, r->label, r->brk, r->cut1);
	if (two)
	{
		svg_put(b, "</tspan><tspan x=\"");
		svg_put_num(b, SG_ROW_X);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y + SG_LINE);
		svg_put(b, "\">");
		svg_put_text(b, r->label + r->brk + 1, r->label_len - r->brk - 1, r->cut2);
	}
	svg_put_text(b, r->tail.data, r->tail.len, SVG_ROW_CHARS / 2);
	svg_put(b, two ? "</tspan></text>\n" : "</text>\n");
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

/* The fill of the remainder: the hatch pattern h, or plain grey. */
static void
rest_fill(SvgBuf *fill, uint32_t h)
{
	if (h != 0)
	{
		svg_put(fill, "url(#gpumkt-hatch-");
		svg_put_hex(fill, h);
		svg_put(fill, ")");
	}
	else
		svg_put(fill, "#dddddd");
}

/* The label of the remainder: the unknown segments' names, joined. */
static void
rest_names(SvgBuf *names, const SvgSegments *s)
{
	bool		first = true;

	for (int i = 0; i < s->n; i++)
	{
		if (!s->share_null[i])
			continue;
		svg_put(names, first ? "" : ", ");
		svg_put(names, s->names[i]);
		first = false;
	}
	if (first)
		svg_put(names, "not in a segment");
}

/*
 * The legend rows, laid out: one per known share, then the remainder's
 * (when rest_row).  Returns the lines they take.
 */
static int
layout_rows(SegRow *rows, const SvgSegments *s, const SvgBuf *names,
			double rest, bool rest_row, bool hatched)
{
	int			nrows = 0,
				lines = 0;

	for (int i = 0; i < s->n; i++)
	{
		if (s->share_null[i])
			continue;
		lines += row_layout(&rows[nrows++], s, s->names[i], strlen(s->names[i]),
							s->shares[i], "");
	}
	if (rest_row)
		lines += row_layout(&rows[nrows], s, names->data, names->len, rest,
							hatched ? " together" : "");
	return lines;
}

/*
 * Draw the parts of the bar and their legend rows: the known shares in
 * their colours, then the remainder (rest_row) in fill.
 */
static void
draw_parts(SvgBuf *b, const SvgSegments *s, const SegRow *rows, double scale,
		   double rest, bool rest_row, const SvgBuf *fill, bool hatched)
{
	double		x = SG_LEFT,
				y = 110;
	int			c = 0;

	for (int i = 0; i < s->n; i++)
	{
		double		w;

		if (s->share_null[i])
			continue;
		w = s->shares[i] * scale;
		bar_rect(b, "known", x, 54, w, 32, svg_color(c));
		bar_rect(b, "swatch", SG_LEFT, y - 10, 12, 12, svg_color(c));
		row_draw(b, &rows[c], y);
		y += SG_ROW + (rows[c].brk < rows[c].label_len ? SG_LINE : 0);
		x += w;
		c++;
	}
	if (!rest_row)
		return;
	bar_rect(b, hatched ? "unknown" : "unassigned", x, 54, rest * scale, 32, fill->data);
	bar_rect(b, "swatch", SG_LEFT, y - 10, 12, 12, fill->data);
	row_draw(b, &rows[c], y);
}

/*
 * Draw a checked segment bar: the known shares side by side, then the
 * unknown segments together, hatched, labelled with their bound (1 minus
 * the known shares); with no unknown segment, the share no segment
 * accounts for, plain grey.
 */
void
svg_segments(SvgBuf *b, const SvgSegments *s)
{
	const char *title = s->title ? s->title : "";
	const char *subtitle = s->subtitle ? s->subtitle : "";
	double		known = 0.0,
				rest,
				scale;
	int			nrows = 0,
				nbufs,
				unknown = 0,
				lines;
	bool		rest_row;
	uint32_t	h = 0;
	SegRow	   *rows;
	SvgBuf		fill,
				names;

	for (int i = 0; i < s->n; i++)
	{
		if (s->share_null[i])
			unknown++;
		else
		{
			known += s->shares[i];
			nrows++;
		}
	}
	rest = known < 1.0 ? 1.0 - known : 0.0;
	scale = SG_WIDTH / (known > 1.0 ? known : 1.0);
	rest_row = unknown > 0 || rest >= 0.0005;
	nbufs = nrows + 1;
	rows = b->grow(NULL, sizeof(SegRow) * nbufs);
	for (int i = 0; i < nbufs; i++)
		svg_buf_init(&rows[i].tail, b->grow, b->release);
	svg_buf_init(&fill, b->grow, b->release);
	svg_buf_init(&names, b->grow, b->release);
	rest_names(&names, s);
	lines = layout_rows(rows, s, &names, rest, rest_row, unknown > 0);
	nrows += rest_row ? 1 : 0;
	svg_open(b, SG_W, 120 + SG_ROW * nrows + SG_LINE * (lines - nrows), title, strlen(title));
	svg_text(b, 20, 24, "font-size=\"15\" font-weight=\"bold\"", title, strlen(title),
			 svg_fit_chars(title, strlen(title), 15 * 1.1, SG_W - 40, 0));
	svg_text(b, 20, 42, "fill=\"#555555\"", subtitle, strlen(subtitle),
			 svg_fit_chars(subtitle, strlen(subtitle), 11, SG_W - 40, 0));
	if (unknown > 0)
		h = hatch_pattern(b, s);
	rest_fill(&fill, h);
	draw_parts(b, s, rows, scale, rest, rest_row, &fill, unknown > 0);
	svg_put(b, "</svg>\n");
	for (int i = 0; i < nbufs; i++)
		svg_buf_free(&rows[i].tail);
	svg_buf_free(&fill);
	svg_buf_free(&names);
	b->release(rows);
}
