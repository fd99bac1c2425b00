/*-------------------------------------------------------------------------
 *
 * svg_charts.c
 *	  The forecast chart and the segment bar, without server calls.
 *
 * The forecast chart: one point per year, joined where both years have a
 * value; a stretch is dashed where either end is interpolated or
 * extrapolated, solid elsewhere; reported points (and users' rows) are
 * filled dots, derived points hollow dots; a band (polygon) runs through
 * the years with both a low and a high.  The segment bar: the known shares
 * side by side, then the unknown segments together as one hatched
 * remainder, 1 minus the known shares, labelled with that bound.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "svg_draw.h"

/* the forecast chart's frame */
#define FC_W 640
#define FC_H 400
#define FC_LEFT 70.0
#define FC_RIGHT 620.0
#define FC_TOP 72.0
#define FC_BOTTOM 340.0
#define FC_LINE "#1f5fa8"

/* the segment bar's frame */
#define SG_W 640
#define SG_LEFT 20.0
#define SG_WIDTH 600.0
#define SG_ROW 20

/* What a point's basis draws. */
typedef enum PointKind
{
	PK_OTHER,					/* computed: share of parent, segment share */
	PK_REPORTED,				/* filled dot */
	PK_USER,					/* a user's row: filled dot */
	PK_DERIVED,					/* hollow dot */
	PK_ESTIMATE					/* interpolated or extrapolated: dashed */
} PointKind;

/* Whether s starts with prefix. */
static bool
starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The kind of point i, from its basis. */
static PointKind
kind_of(const SvgForecast *f, int i)
{
	const char *k = f->kinds ? f->kinds[i] : NULL;

	if (k == NULL)
		return PK_OTHER;
	if (starts(k, "reported"))
		return PK_REPORTED;
	if (starts(k, "user row"))
		return PK_USER;
	if (starts(k, "derived"))
		return PK_DERIVED;
	if (starts(k, "interpolated") || starts(k, "extrapolated"))
		return PK_ESTIMATE;
	return PK_OTHER;
}

/* Check a forecast chart's input; on failure *bad is the element. */
SvgStatus
svg_forecast_check(const SvgForecast *f, int *bad)
{
	for (int i = 0; i < f->n; i++)
	{
		bool		has_low = f->lows && !f->low_null[i];
		bool		has_high = f->highs && !f->high_null[i];

		*bad = i;
		if (i > 0 && f->years[i] <= f->years[i - 1])
			return SVG_YEARS_ORDER;
		if ((!f->value_null[i] && !isfinite(f->values[i])) ||
			(has_low && !isfinite(f->lows[i])) ||
			(has_high && !isfinite(f->highs[i])))
			return SVG_NOT_FINITE;
		if (has_low && has_high && f->lows[i] > f->highs[i])
			return SVG_LOW_HIGH;
	}
	*bad = -1;
	return SVG_OK;
}

/* Widen lo..hi to hold v. */
static void
widen(double v, bool *any, double *lo, double *hi)
{
	if (!*any || v < *lo)
		*lo = v;
	if (!*any || v > *hi)
		*hi = v;
	*any = true;
}

/* The y axis of a forecast: its values, lows and highs, and 0 if all >= 0. */
static bool
forecast_y_axis(const SvgForecast *f, SvgAxis *ay)
{
	bool		any = false;
	bool		any_value = false;
	double		lo = 0.0,
				hi = 1.0;

	for (int i = 0; i < f->n; i++)
	{
		if (!f->value_null[i])
		{
			widen(f->values[i], &any, &lo, &hi);
			any_value = true;
		}
		if (f->lows && !f->low_null[i])
			widen(f->lows[i], &any, &lo, &hi);
		if (f->highs && !f->high_null[i])
			widen(f->highs[i], &any, &lo, &hi);
	}
	if (!any)
	{
		lo = 0.0;
		hi = 1.0;
	}
	else if (lo >= 0.0)
		lo = 0.0;
	svg_axis_nice(lo, hi, 5, ay);
	return any_value;
}

/* Append the point "x,y" of a year and a value. */
static void
put_point(SvgBuf *b, const SvgAxis *ax, const SvgAxis *ay, double year, double v)
{
	svg_put_num(b, FC_LEFT + svg_axis_frac(ax, year) * (FC_RIGHT - FC_LEFT));
	svg_put(b, ",");
	svg_put_num(b, FC_BOTTOM - svg_axis_frac(ay, v) * (FC_BOTTOM - FC_TOP));
}

/* The band: a polygon per run of years with both a low and a high. */
static void
forecast_band(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	int			i = 0;

	while (i < f->n)
	{
		int			j = i;
		double		w = 0.0;	/* a lone year: a sliver 0.2 year wide */

		if (f->low_null[i] || f->high_null[i])
		{
			i++;
			continue;
		}
		while (j + 1 < f->n && !f->low_null[j + 1] && !f->high_null[j + 1])
			j++;
		if (i == j)
			w = 0.1;
		svg_put(b, "<polygon class=\"band\" fill=\"" FC_LINE "\" fill-opacity=\"0.18\" stroke=\"none\" points=\"");
		for (int k = i; k <= j; k++)
		{
			put_point(b, ax, ay, f->years[k] - w, f->lows[k]);
			svg_put(b, " ");
		}
		if (w > 0.0)
		{
			put_point(b, ax, ay, f->years[i] + w, f->lows[i]);
			svg_put(b, " ");
			put_point(b, ax, ay, f->years[i] + w, f->highs[i]);
			svg_put(b, " ");
		}
		for (int k = j; k >= i; k--)
		{
			put_point(b, ax, ay, f->years[k] - w, f->highs[k]);
			svg_put(b, k > i ? " " : "\"/>\n");
		}
		i = j + 1;
	}
}

/* Whether the stretch from point i to i + 1 is dashed. */
static bool
dashed(const SvgForecast *f, int i)
{
	return kind_of(f, i) == PK_ESTIMATE || kind_of(f, i + 1) == PK_ESTIMATE;
}

/* The line: a polyline per run of stretches of one style. */
static void
forecast_line(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	int			i = 0;

	while (i < f->n - 1)
	{
		bool		d;
		int			j = i + 1;

		if (f->value_null[i] || f->value_null[i + 1])
		{
			i++;
			continue;
		}
		d = dashed(f, i);
		while (j < f->n - 1 && !f->value_null[j + 1] && dashed(f, j) == d)
			j++;
		svg_put(b, d ? "<polyline class=\"dashed\" stroke-dasharray=\"6 4\""
				: "<polyline class=\"solid\"");
		svg_put(b, " fill=\"none\" stroke=\"" FC_LINE "\" stroke-width=\"2\" points=\"");
		for (int k = i; k <= j; k++)
		{
			put_point(b, ax, ay, f->years[k], f->values[k]);
			svg_put(b, k < j ? " " : "\"/>\n");
		}
		i = j;
	}
}

/* The dots: reported and users' rows filled, derived hollow, lone points small. */
static void
forecast_dots(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	for (int i = 0; i < f->n; i++)
	{
		PointKind	k = kind_of(f, i);
		bool		lone = (i == 0 || f->value_null[i - 1]) &&
			(i == f->n - 1 || f->value_null[i + 1]);

		if (f->value_null[i])
			continue;
		if (k == PK_REPORTED || k == PK_USER)
			svg_put(b, k == PK_REPORTED ? "<circle class=\"reported\" r=\"4\" fill=\"" FC_LINE "\""
					: "<circle class=\"user-row\" r=\"4\" fill=\"#e15759\"");
		else if (k == PK_DERIVED)
			svg_put(b, "<circle class=\"derived\" r=\"4\" fill=\"#ffffff\" stroke=\"" FC_LINE "\" stroke-width=\"1.5\"");
		else if (lone)
			svg_put(b, "<circle class=\"point\" r=\"2.5\" fill=\"" FC_LINE "\"");
		else
			continue;
		svg_put(b, " cx=\"");
		svg_put_num(b, FC_LEFT + svg_axis_frac(ax, f->years[i]) * (FC_RIGHT - FC_LEFT));
		svg_put(b, "\" cy=\"");
		svg_put_num(b, FC_BOTTOM - svg_axis_frac(ay, f->values[i]) * (FC_BOTTOM - FC_TOP));
		svg_put(b, "\"/>\n");
	}
}

/* Whether any point is of kind k (any stretch dashed, for PK_ESTIMATE). */
static bool
has_kind(const SvgForecast *f, PointKind k)
{
	for (int i = 0; i < f->n; i++)
	{
		if (f->value_null[i])
			continue;
		if (k == PK_ESTIMATE)
		{
			if (i + 1 < f->n && !f->value_null[i + 1] && dashed(f, i))
				return true;
		}
		else if (kind_of(f, i) == k)
			return true;
	}
	return false;
}

/* The legend: an entry per kind of mark the chart holds. */
static void
forecast_legend(SvgBuf *b, const SvgForecast *f, bool band)
{
	double		x = FC_LEFT;
	double		y = FC_H - 16;

	svg_put(b, "<g class=\"legend\">\n");
	for (int k = PK_REPORTED; k <= PK_ESTIMATE; k++)
	{
		static const char *const label[] = {"", "reported", "user row", "derived",
		"interpolated / extrapolated"};
		static const char *const mark[] = {"", "<circle r=\"4\" fill=\"" FC_LINE "\" cx=\"",
			"<circle r=\"4\" fill=\"#e15759\" cx=\"",
			"<circle r=\"4\" fill=\"#ffffff\" stroke=\"" FC_LINE "\" stroke-width=\"1.5\" cx=\"",
		"<line stroke=\"" FC_LINE "\" stroke-width=\"2\" stroke-dasharray=\"6 4\" x1=\""};

		if (!has_kind(f, (PointKind) k))
			continue;
		svg_put(b, mark[k]);
		svg_put_num(b, k == PK_ESTIMATE ? x - 6 : x);
		if (k == PK_ESTIMATE)
		{
			svg_put(b, "\" x2=\"");
			svg_put_num(b, x + 14);
			svg_put(b, "\" y1=\"");
			svg_put_num(b, y - 4);
			svg_put(b, "\" y2=\"");
		}
		else
			svg_put(b, "\" cy=\"");
		svg_put_num(b, y - 4);
		svg_put(b, "\"/>\n");
		svg_text(b, x + (k == PK_ESTIMATE ? 20 : 8), y, "", label[k], strlen(label[k]), 0);
		x += k == PK_ESTIMATE ? 190 : 90;
	}
	if (band)
	{
		svg_put(b, "<rect width=\"14\" height=\"10\" fill=\"" FC_LINE "\" fill-opacity=\"0.18\" x=\"");
		svg_put_num(b, x - 6);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y - 9);
		svg_put(b, "\"/>\n");
		svg_text(b, x + 12, y, "", "range (low to high)", 19, 0);
	}
	svg_put(b, "</g>\n");
}

/* Whether the forecast has a band: some year with both a low and a high. */
static bool
has_band(const SvgForecast *f)
{
	if (f->lows == NULL || f->highs == NULL)
		return false;
	for (int i = 0; i < f->n; i++)
		if (!f->low_null[i] && !f->high_null[i])
			return true;
	return false;
}

/* Draw a checked forecast chart. */
void
svg_forecast(SvgBuf *b, const SvgForecast *f)
{
	const char *title = f->title ? f->title : "";
	const char *subtitle = f->subtitle ? f->subtitle : "";
	const char *unit = f->unit ? f->unit : "";
	SvgAxis		ax,
				ay;
	bool		band = has_band(f);
	bool		any;

	svg_axis_exact(f->n > 0 ? f->years[0] : 0, f->n > 0 ? f->years[f->n - 1] : 0,
				   8, true, &ax);
	any = forecast_y_axis(f, &ay);
	svg_open(b, FC_W, FC_H, title, strlen(title));
	svg_text(b, 20, 24, "font-size=\"15\" font-weight=\"bold\"", title, strlen(title), SVG_TITLE_CHARS);
	svg_text(b, 20, 42, "fill=\"#555555\"", subtitle, strlen(subtitle), SVG_SUBTITLE_CHARS);
	svg_text(b, FC_LEFT, FC_TOP - 10, "fill=\"#555555\" class=\"unit\"", unit, strlen(unit), SVG_LABEL_CHARS * 2);
	svg_y_axis(b, &ay, FC_LEFT, FC_RIGHT, FC_TOP, FC_BOTTOM);
	svg_x_axis(b, &ax, FC_LEFT, FC_RIGHT, FC_BOTTOM);
	if (band)
		forecast_band(b, f, &ax, &ay);
	forecast_line(b, f, &ax, &ay);
	forecast_dots(b, f, &ax, &ay);
	if (!any)
		svg_text(b, (FC_LEFT + FC_RIGHT) / 2, (FC_TOP + FC_BOTTOM) / 2,
				 "text-anchor=\"middle\" fill=\"#555555\" class=\"no-data\"",
				 "No figure for these years", 25, 0);
	forecast_legend(b, f, band);
	svg_put(b, "</svg>\n");
}

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
