/*-------------------------------------------------------------------------
 *
 * svg_lines.c
 *	  The line chart of gpumkt_svg_lines, without server calls: the points
 *	  sorted by series (bytes, as the C collation), x and y, then one
 *	  polyline per series, round-tick axes over all points and a legend.
 *	  The order of the rows given never shows in the drawing: the same
 *	  points give the same bytes.
 *
 *-------------------------------------------------------------------------
 */
#include <stdlib.h>
#include <string.h>

#include "svg_draw.h"

#define LN_W 640
#define LN_H 400
#define LN_LEFT 64.0
#define LN_RIGHT 436.0
#define LN_TOP 24.0
#define LN_BOTTOM 360.0
#define LN_LEGEND_X 452.0
#define LN_LEGEND_ROWS 17

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
			const SvgAxis *ax, const SvgAxis *ay)
{
	svg_put(b, j - i == 1 ? "<circle class=\"series\" r=\"3\" fill=\"" : "<polyline class=\"series\" fill=\"none\" stroke-width=\"2\"");
	if (j - i == 1)
	{
		svg_put(b, svg_color(si));
		svg_put(b, "\" cx=\"");
		svg_put_num(b, LN_LEFT + svg_axis_frac(ax, p[i].x) * (LN_RIGHT - LN_LEFT));
		svg_put(b, "\" cy=\"");
		svg_put_num(b, LN_BOTTOM - svg_axis_frac(ay, p[i].y) * (LN_BOTTOM - LN_TOP));
		svg_put(b, "\"/>\n");
		return;
	}
	put_style(b, si);
	svg_put(b, " points=\"");
	for (int k = i; k < j; k++)
	{
		svg_put_num(b, LN_LEFT + svg_axis_frac(ax, p[k].x) * (LN_RIGHT - LN_LEFT));
		svg_put(b, ",");
		svg_put_num(b, LN_BOTTOM - svg_axis_frac(ay, p[k].y) * (LN_BOTTOM - LN_TOP));
		svg_put(b, k + 1 < j ? " " : "\"/>\n");
	}
}

/* The legend entry of series number si, or "and N more series". */
static void
legend_entry(SvgBuf *b, const SvgPoint *first, int si, int nseries)
{
	double		y = LN_TOP + 8 + 18 * si;

	if (si == LN_LEGEND_ROWS - 1 && nseries > LN_LEGEND_ROWS)
	{
		svg_put(b, "<text class=\"more\" x=\"");
		svg_put_num(b, LN_LEGEND_X);
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
	svg_put_num(b, LN_LEGEND_X);
	svg_put(b, "\" x2=\"");
	svg_put_num(b, LN_LEGEND_X + 18);
	svg_put(b, "\" y1=\"");
	svg_put_num(b, y);
	svg_put(b, "\" y2=\"");
	svg_put_num(b, y);
	svg_put(b, "\"/>\n");
	svg_text(b, LN_LEGEND_X + 24, y + 4, "class=\"legend\"", first->series,
			 first->series_len, SVG_LABEL_CHARS);
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

/* Draw the line chart of n sorted points. */
void
svg_lines(SvgBuf *b, const SvgPoint *p, int n)
{
	SvgAxis		ax,
				ay;
	int			nseries = 0;
	int			si = 0;

	for (int i = 0; i < n; i++)
		if (i == 0 || series_cmp(&p[i - 1], &p[i]) != 0)
			nseries++;
	lines_axes(p, n, &ax, &ay);
	svg_open(b, LN_W, LN_H, "line chart", 10);
	svg_y_axis(b, &ay, LN_LEFT, LN_RIGHT, LN_TOP, LN_BOTTOM);
	svg_x_axis(b, &ax, LN_LEFT, LN_RIGHT, LN_BOTTOM);
	svg_put(b, "<g class=\"legend\">\n");
	for (int i = 0; i < n; i++)
		if (i == 0 || series_cmp(&p[i - 1], &p[i]) != 0)
			legend_entry(b, &p[i], si++, nseries);
	svg_put(b, "</g>\n");
	si = 0;
	for (int i = 0; i < n;)
	{
		int			j = i + 1;

		while (j < n && series_cmp(&p[i], &p[j]) == 0)
			j++;
		draw_series(b, p, i, j, si++, &ax, &ay);
		i = j;
	}
	svg_put(b, "</svg>\n");
}
