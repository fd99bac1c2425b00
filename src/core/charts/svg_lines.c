/*-------------------------------------------------------------------------
 *
 * svg_lines.c
 *	  The line chart of gpumkt_svg_lines, without server calls: the points
 *	  sorted by series (bytes, as the C collation), x and y, then one
 *	  polyline per series, round-tick axes over all points, a title and a
 *	  unit over the plot when given, and a legend at the right whose width
 *	  (estimated from its longest label) sets the plot's right edge.  The
 *	  order of the rows given never shows in the drawing: the same points
 *	  give the same bytes.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "svg_draw.h"

#define LN_W 640
#define LN_H 400
#define LN_LEFT 64.0
#define LN_TOP 24.0
#define LN_BOTTOM 360.0
#define LN_LEGEND_ROWS 17
/* a legend label's most pixels; the margins right of the plot and legend */
#define LN_LABEL_PX 180.0
#define LN_GAP 16.0
#define LN_MARGIN 10.0

/* Where the plot and the legend go. */
typedef struct LinesFrame
{
	double		top;			/* the plot's top: below the title and unit */
	double		right;			/* the plot's right edge */
	double		legend_x;		/* the legend's left edge */
} LinesFrame;

/* Compare two series names as bytes. */
static int
series_cmp(const SvgPoint *a, const SvgPoint *b)
{
	uint32_t	n = a->series_len < b->series_len ? a->series_len : b->series_len;
	int			c = n > 0 ? memcmp(a->series, b->series, n) : 0;

	if (c != 0)
		return c;
	return (a->series_len > b->series_len) - (a->series_len < b->series_len);
}

/* qsort order: series, then x, then y. */
static int
point_cmp(const void *pa, const void *pb)
{
	const SvgPoint *a = pa;
	const SvgPoint *b = pb;
	int			c = series_cmp(a, b);

	if (c != 0)
		return c;
	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	return 0;
}

/* Sort the points (finite x and y) for svg_lines. */
void
svg_lines_sort(SvgPoint *p, int n)
{
	if (n > 1)
		qsort(p, n, sizeof(SvgPoint), point_cmp);
}

/* The stroke of series number i: a colour, and a dash after ten series. */
static void
put_style(SvgBuf *b, int i)
{
	static const char *const dash[3] = {"", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 2\""};

	svg_put(b, " stroke=\"");
	svg_put(b, svg_color(i));
	svg_put(b, "\"");
	svg_put(b, dash[(i / 10) % 3]);
}

/* The points of one series, i to j - 1: a polyline, or a dot if one. */
static void
draw_series(SvgBuf *b, const SvgPoint *p, int i, int j, int si,
			const SvgAxis *ax, const SvgAxis *ay, const LinesFrame *fr)
{
	svg_put(b, j - i == 1 ? "<circle class=\"series\" r=\"3\" fill=\"" : "<polyline class=\"series\" fill=\"none\" stroke-width=\"2\"");
	if (j - i == 1)
	{
		svg_put(b, svg_color(si));
		svg_put(b, "\" cx=\"");
		svg_put_num(b, LN_LEFT + svg_axis_frac(ax, p[i].x) * (fr->right - LN_LEFT));
		svg_put(b, "\" cy=\"");
		svg_put_num(b, LN_BOTTOM - svg_axis_frac(ay, p[i].y) * (LN_BOTTOM - fr->top));
		svg_put(b, "\"/>\n");
		return;
	}
	put_style(b, si);
	svg_put(b, " points=\"");
	for (int k = i; k < j; k++)
	{
		svg_put_num(b, LN_LEFT + svg_axis_frac(ax, p[k].x) * (fr->right - LN_LEFT));
		svg_put(b, ",");
		svg_put_num(b, LN_BOTTOM - svg_axis_frac(ay, p[k].y) * (LN_BOTTOM - fr->top));
		svg_put(b, k + 1 < j ? " " : "\"/>\n");
	}
}

/* The characters of a series' legend label: at most 26, and LN_LABEL_PX. */
static int
label_chars(const SvgPoint *first)
{
	return svg_fit_chars(first->series, first->series_len, 11, LN_LABEL_PX,
						 SVG_LABEL_CHARS);
}

/* The legend entry of series number si, or "and N more series". */
static void
legend_entry(SvgBuf *b, const SvgPoint *first, int si, int nseries,
			 const LinesFrame *fr)
{
	double		y = fr->top + 8 + 18 * si;

	if (si == LN_LEGEND_ROWS - 1 && nseries > LN_LEGEND_ROWS)
	{
		svg_put(b, "<text class=\"more\" x=\"");
		svg_put_num(b, fr->legend_x);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y + 4);
		svg_put(b, "\">and ");
		svg_put_int(b, nseries - si);
		svg_put(b, " more series</text>\n");
		return;
	}
	if (si >= LN_LEGEND_ROWS)
		return;
	svg_put(b, "<line stroke-width=\"2\"");
	put_style(b, si);
	svg_put(b, " x1=\"");
	svg_put_num(b, fr->legend_x);
	svg_put(b, "\" x2=\"");
	svg_put_num(b, fr->legend_x + 18);
	svg_put(b, "\" y1=\"");
	svg_put_num(b, y);
	svg_put(b, "\" y2=\"");
	svg_put_num(b, y);
	svg_put(b, "\"/>\n");
	svg_text(b, fr->legend_x + 24, y + 4, "class=\"legend\"", first->series,
			 first->series_len, label_chars(first));
}

/*
 * The frame: the plot's top below the title and the unit, and its right
 * edge where the legend, as wide as its widest label, leaves room.
 */
static void
lines_frame(const SvgPoint *p, int n, int nseries, bool title, bool unit,
			LinesFrame *fr)
{
	double		w = 0.0;
	int			si = 0;

	fr->top = LN_TOP + (title ? 28 : 0) + (unit ? 16 : 0);
	for (int i = 0; i < n && si < LN_LEGEND_ROWS; i++)
	{
		if (i > 0 && series_cmp(&p[i - 1], &p[i]) == 0)
			continue;
		if (si == LN_LEGEND_ROWS - 1 && nseries > LN_LEGEND_ROWS)
			w = fmax(w, svg_text_width("and 1000000 more series", 23, 0, 11));
		else
			w = fmax(w, 24 + svg_text_width(p[i].series, p[i].series_len,
											 label_chars(&p[i]), 11));
		si++;
	}
	fr->legend_x = LN_W - LN_MARGIN - w;
	fr->right = fr->legend_x - LN_GAP;
}
/* The axes over every point (a unit square when there is none). */
static void
lines_axes(const SvgPoint *p, int n, SvgAxis *ax, SvgAxis *ay)
{
	double		xlo = 0.0,
				xhi = 1.0,
				ylo = 0.0,
				yhi = 1.0;

	for (int i = 0; i < n; i++)
	{
		if (i == 0 || p[i].x < xlo)
			xlo = p[i].x;
		if (i == 0 || p[i].x > xhi)
			xhi = p[i].x;
		if (i == 0 || p[i].y < ylo)
			ylo = p[i].y;
		if (i == 0 || p[i].y > yhi)
			yhi = p[i].y;
	}
	svg_axis_exact(xlo, xhi, 6, false, ax);
	svg_axis_nice(ylo, yhi, 6, ay);
}

/* The title (bold, at most 600 pixels) and the unit over the y axis. */
static void
lines_titles(SvgBuf *b, const char *title, const char *unit, const LinesFrame *fr)
{
	if (title[0] != '\0')
		svg_text(b, 20, 24, "font-size=\"15\" font-weight=\"bold\"", title, strlen(title),
				 svg_fit_chars(title, strlen(title), 15 * 1.1, LN_W - 40, SVG_TITLE_CHARS));
	if (unit[0] != '\0')
		svg_text(b, LN_LEFT, fr->top - 10, "fill=\"#555555\" class=\"unit\"", unit, strlen(unit),
				 svg_fit_chars(unit, strlen(unit), 11, fr->right - LN_LEFT, SVG_LABEL_CHARS * 2));
}

/* Draw the line chart of n sorted points, with a title and a unit or NULL. */
void
svg_lines(SvgBuf *b, const SvgPoint *p, int n, const char *title, const char *unit)
{
	SvgAxis		ax,
				ay;
	LinesFrame	fr;
	int			nseries = 0;
	int			si = 0;

	title = title ? title : "";
	unit = unit ? unit : "";
	for (int i = 0; i < n; i++)
		if (i == 0 || series_cmp(&p[i - 1], &p[i]) != 0)
			nseries++;
	lines_frame(p, n, nseries, title[0] != '\0', unit[0] != '\0', &fr);
	lines_axes(p, n, &ax, &ay);
	if (title[0] != '\0')
		svg_open(b, LN_W, LN_H, title, strlen(title));
	else
		svg_open(b, LN_W, LN_H, "line chart", 10);
	lines_titles(b, title, unit, &fr);
	svg_y_axis(b, &ay, LN_LEFT, fr.right, fr.top, LN_BOTTOM);
	svg_x_axis(b, &ax, LN_LEFT, fr.right, LN_BOTTOM);
	svg_put(b, "<g class=\"legend\">\n");
	for (int i = 0; i < n; i++)
		if (i == 0 || series_cmp(&p[i - 1], &p[i]) != 0)
			legend_entry(b, &p[i], si++, nseries, &fr);
	svg_put(b, "</g>\n");
	si = 0;
	for (int i = 0; i < n;)
	{
		int			j = i + 1;

		while (j < n && series_cmp(&p[i], &p[j]) == 0)
			j++;
		draw_series(b, p, i, j, si++, &ax, &ay, &fr);
		i = j;
	}
	svg_put(b, "</svg>\n");
}
