/*-------------------------------------------------------------------------
 *
 * svg_charts.c
 *	  The forecast chart, without server calls.
 *
 * One point per year, joined where both years have a value.  The line's
 * style follows the basis of each year: a stretch is dashed where either
 * end is an estimate (interpolated, extrapolated, or a user's forecast),
 * else dotted where either end is derived (derived, share of parent,
 * segment share), else solid (reported, a user's row, a user's actual).
 * Reported points, actuals and users' rows are filled dots, derived points
 * hollow dots.  A band (polygon) runs through the years with both a low
 * and a high, at least FC_BAND_MIN pixels tall so that a narrow range
 * still shows (the legend then says so), labelled "range (low to high)"
 * or, with a level, "95 % prediction interval".  The legend has an entry
 * per kind of mark the chart holds, on one row or two.
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
/* the least height of the band, and half the least width of a lone year's */
#define FC_BAND_MIN 8.0
#define FC_BAND_HALF 4.0
/* the legend: left end, right end, an entry's mark width */
#define FC_LEGEND_X 64.0
#define FC_LEGEND_END 630.0
#define FC_MARK 20.0

/* What a point's basis draws. */
typedef enum PointKind
{
	PK_OTHER,					/* unknown or NULL: solid, no dot */
	PK_REPORTED,				/* filled dot, solid */
	PK_ACTUAL,					/* a user's actual: filled dot, solid */
	PK_USER,					/* a user's row: filled red dot, solid */
	PK_DERIVED,					/* hollow dot, dotted */
	PK_ESTIMATE,				/* interpolated or extrapolated: dashed */
	PK_FORECAST,				/* a user's forecast: dashed */
	PK_COUNT
} PointKind;

/* The style of a stretch, weakest last. */
typedef enum Stroke
{
	ST_SOLID,
	ST_DOTTED,
	ST_DASHED
} Stroke;

static const char *const stroke_attrs[] = {
	"<polyline class=\"solid\"",
	"<polyline class=\"dotted\" stroke-dasharray=\"2 3\"",
	"<polyline class=\"dashed\" stroke-dasharray=\"6 4\""
};

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
	if (starts(k, "actual"))
		return PK_ACTUAL;
	if (starts(k, "user row"))
		return PK_USER;
	if (starts(k, "derived") || starts(k, "share of parent") ||
		starts(k, "segment share"))
		return PK_DERIVED;
	if (starts(k, "interpolated") || starts(k, "extrapolated"))
		return PK_ESTIMATE;
	if (starts(k, "forecast"))
		return PK_FORECAST;
	return PK_OTHER;
}

/* The stroke a kind asks of the stretches it ends. */
static Stroke
stroke_of(PointKind k)
{
	if (k == PK_ESTIMATE || k == PK_FORECAST)
		return ST_DASHED;
	return k == PK_DERIVED ? ST_DOTTED : ST_SOLID;
}

/* The style of the stretch from point i to i + 1: the weaker end's. */
static Stroke
stretch(const SvgForecast *f, int i)
{
	Stroke		a = stroke_of(kind_of(f, i));
	Stroke		b = stroke_of(kind_of(f, i + 1));

	return a > b ? a : b;
}

/* Check a forecast chart's input; on failure *bad is the element. */
SvgStatus
svg_forecast_check(const SvgForecast *f, int *bad)
{
	*bad = -1;
	if (f->has_level && !(f->level > 0.0 && f->level < 1.0))
		return SVG_LEVEL_RANGE;
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
		if (!f->value_null[i] && f->kinds && f->kinds[i] &&
			kind_of(f, i) == PK_OTHER)
			return SVG_KIND_UNKNOWN;
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

/* The x of a year, the y of a value. */
static double
px_x(const SvgAxis *ax, double year)
{
	return FC_LEFT + svg_axis_frac(ax, year) * (FC_RIGHT - FC_LEFT);
}
static double
px_y(const SvgAxis *ay, double v)
{
	return FC_BOTTOM - svg_axis_frac(ay, v) * (FC_BOTTOM - FC_TOP);
}

/* Append the point "x,y". */
static void
put_xy(SvgBuf *b, double x, double y)
{
	svg_put_num(b, x);
	svg_put(b, ",");
	svg_put_num(b, y);
}

/*
 * The band of year k in pixels, top (high) and bottom (low): at least
 * FC_BAND_MIN tall about its middle, within the plot; true if widened.
 */
static bool
band_px(const SvgForecast *f, const SvgAxis *ay, int k, double *top, double *bottom)
{
	double		mid;

	*top = px_y(ay, f->highs[k]);
	*bottom = px_y(ay, f->lows[k]);
	if (*bottom - *top >= FC_BAND_MIN)
		return false;
	mid = (*top + *bottom) / 2;
	*top = fmin(fmax(mid - FC_BAND_MIN / 2, FC_TOP), FC_BOTTOM - FC_BAND_MIN);
	*bottom = *top + FC_BAND_MIN;
	return true;
}

/* Whether year k has a band: both a low and a high. */
static bool
has_bounds(const SvgForecast *f, int k)
{
	return !f->low_null[k] && !f->high_null[k];
}

/*
 * The band: a polygon per run of years with both a low and a high, lows
 * forward then highs back; a lone year is a sliver 0.2 year (at least
 * 2 x FC_BAND_HALF pixels) wide.  Returns whether any year was widened.
 */
static bool
forecast_band(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	bool		widened = false;
	double		top,
				bottom;

	for (int i = 0, j; i < f->n; i = j + 1)
	{
		double		w = 0.0;

		j = i;
		if (!has_bounds(f, i))
			continue;
		while (j + 1 < f->n && has_bounds(f, j + 1))
			j++;
		if (i == j)
			w = fmax(px_x(ax, f->years[i] + 0.1) - px_x(ax, f->years[i]), FC_BAND_HALF);
		svg_put(b, "<polygon class=\"band\" fill=\"" FC_LINE "\" fill-opacity=\"0.2\" stroke=\"none\" points=\"");
		for (int k = i; k <= j; k++)
		{
			widened |= band_px(f, ay, k, &top, &bottom);
			put_xy(b, px_x(ax, f->years[k]) - w, bottom);
			svg_put(b, " ");
		}
		if (w > 0.0)
		{
			put_xy(b, px_x(ax, f->years[i]) + w, bottom);
			svg_put(b, " ");
			put_xy(b, px_x(ax, f->years[i]) + w, top);
			svg_put(b, " ");
		}
		for (int k = j; k >= i; k--)
		{
			band_px(f, ay, k, &top, &bottom);
			put_xy(b, px_x(ax, f->years[k]) - w, top);
			svg_put(b, k > i ? " " : "\"/>\n");
		}
	}
	return widened;
}

/* The line: a polyline per run of stretches of one style. */
static void
forecast_line(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	int			i = 0;

	while (i < f->n - 1)
	{
		Stroke		s;
		int			j = i + 1;

		if (f->value_null[i] || f->value_null[i + 1])
		{
			i++;
			continue;
		}
		s = stretch(f, i);
		while (j < f->n - 1 && !f->value_null[j + 1] && stretch(f, j) == s)
			j++;
		svg_put(b, stroke_attrs[s]);
		svg_put(b, " fill=\"none\" stroke=\"" FC_LINE "\" stroke-width=\"2\" points=\"");
		for (int k = i; k <= j; k++)
		{
			put_xy(b, px_x(ax, f->years[k]), px_y(ay, f->values[k]));
			svg_put(b, k < j ? " " : "\"/>\n");
		}
		i = j;
	}
}

/* The opening of the dot of a kind (NULL: none), class and fill. */
static const char *
dot_of(PointKind k)
{
	switch (k)
	{
		case PK_REPORTED:
			return "<circle class=\"reported\" r=\"4\" fill=\"" FC_LINE "\"";
		case PK_ACTUAL:
			return "<circle class=\"actual\" r=\"4\" fill=\"" FC_LINE "\"";
		case PK_USER:
			return "<circle class=\"user-row\" r=\"4\" fill=\"#e15759\"";
		case PK_DERIVED:
			return "<circle class=\"derived\" r=\"4\" fill=\"#ffffff\" stroke=\"" FC_LINE "\" stroke-width=\"1.5\"";
		default:
			return NULL;
	}
}

/* The dots: one per point of a kind with a dot; lone other points small. */
static void
forecast_dots(SvgBuf *b, const SvgForecast *f, const SvgAxis *ax, const SvgAxis *ay)
{
	for (int i = 0; i < f->n; i++)
	{
		const char *dot = dot_of(kind_of(f, i));
		bool		lone = (i == 0 || f->value_null[i - 1]) &&
			(i == f->n - 1 || f->value_null[i + 1]);

		if (f->value_null[i] || (dot == NULL && !lone))
			continue;
		svg_put(b, dot ? dot : "<circle class=\"point\" r=\"2.5\" fill=\"" FC_LINE "\"");
		svg_put(b, " cx=\"");
		svg_put_num(b, px_x(ax, f->years[i]));
		svg_put(b, "\" cy=\"");
		svg_put_num(b, px_y(ay, f->values[i]));
		svg_put(b, "\"/>\n");
	}
}

/*
 * Whether the chart shows kind k: a dot of it, or (for the dashed kinds)
 * a dashed stretch that ends at a point of it.
 */
static bool
has_kind(const SvgForecast *f, PointKind k)
{
	for (int i = 0; i < f->n; i++)
	{
		if (f->value_null[i] || kind_of(f, i) != k)
			continue;
		if (dot_of(k) != NULL)
			return true;
		if ((i + 1 < f->n && !f->value_null[i + 1] && stretch(f, i) == ST_DASHED) ||
			(i > 0 && !f->value_null[i - 1] && stretch(f, i - 1) == ST_DASHED))
			return true;
	}
	return false;
}

/* Whether the forecast has a band: some year with both a low and a high. */
static bool
has_band(const SvgForecast *f)
{
	if (f->lows == NULL || f->highs == NULL)
		return false;
	for (int i = 0; i < f->n; i++)
		if (has_bounds(f, i))
			return true;
	return false;
}

/* A legend entry: its kind (PK_COUNT for the band), label and width. */
typedef struct LegendEntry
{
	int			kind;
	const char *label;
	size_t		len;
	double		width;			/* mark, label and the gap after them */
} LegendEntry;

static const char *const kind_label[PK_COUNT] = {
	"", "reported", "actual", "user row", "derived",
	"interpolated / extrapolated", "forecast"
};

/* The legend's dot of a kind (no class: the chart's dots are counted). */
static const char *const legend_dot[PK_COUNT] = {
	NULL, "<circle r=\"4\" fill=\"" FC_LINE "\"", "<circle r=\"4\" fill=\"" FC_LINE "\"",
	"<circle r=\"4\" fill=\"#e15759\"",
	"<circle r=\"4\" fill=\"#ffffff\" stroke=\"" FC_LINE "\" stroke-width=\"1.5\"",
	NULL, NULL
};

/* The mark of a legend entry at x on the row of baseline y. */
static void
legend_mark(SvgBuf *b, int kind, double x, double y)
{
	static const char *const dash[] = {"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"6 4\""};

	if (kind == PK_COUNT)
	{
		svg_put(b, "<rect width=\"20\" height=\"10\" fill=\"" FC_LINE "\" fill-opacity=\"0.2\" x=\"");
		svg_put_num(b, x);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y - 9);
		svg_put(b, "\"/>\n");
		return;
	}
	svg_put(b, "<line stroke=\"" FC_LINE "\" stroke-width=\"2\"");
	svg_put(b, dash[stroke_of((PointKind) kind)]);
	svg_put(b, " x1=\"");
	svg_put_num(b, x);
	svg_put(b, "\" x2=\"");
	svg_put_num(b, x + FC_MARK);
	svg_put(b, "\" y1=\"");
	svg_put_num(b, y - 4);
	svg_put(b, "\" y2=\"");
	svg_put_num(b, y - 4);
	svg_put(b, "\"/>\n");
	if (legend_dot[kind] == NULL)
		return;
	svg_put(b, legend_dot[kind]);
	svg_put(b, " cx=\"");
	svg_put_num(b, x + FC_MARK / 2);
	svg_put(b, "\" cy=\"");
	svg_put_num(b, y - 4);
	svg_put(b, "\"/>\n");
}

/* The band's label: what it is, and whether it is drawn wider than it is. */
static void
band_label(SvgBuf *lab, const SvgForecast *f, bool widened)
{
	if (f->has_level)
	{
		svg_put_level(lab, f->level);
		svg_put(lab, " % prediction interval");
	}
	else
		svg_put(lab, "range (low to high)");
	if (widened)
		svg_put(lab, ", drawn at least 8 px tall");
}

/*
 * The legend: an entry per kind of mark the chart holds, left to right,
 * on as many rows as their widths need, the last row at the bottom.
 */
static void
forecast_legend(SvgBuf *b, const SvgForecast *f, bool band, bool widened)
{
	LegendEntry e[PK_COUNT + 1];
	int			n = 0,
				rows = 1;
	double		x = FC_LEGEND_X,
				y;
	SvgBuf		lab;

	svg_buf_init(&lab, b->grow, b->release);
	for (int k = PK_REPORTED; k < PK_COUNT; k++)
		if (has_kind(f, (PointKind) k))
			e[n++] = (LegendEntry) {k, kind_label[k], strlen(kind_label[k]), 0};
	if (band)
	{
		band_label(&lab, f, widened);
		e[n++] = (LegendEntry) {PK_COUNT, lab.data, lab.len, 0};
	}
	for (int i = 0; i < n; i++)
	{
		e[i].width = FC_MARK + 6 + svg_text_width(e[i].label, e[i].len, 0, 11) + 18;
		if (x > FC_LEGEND_X && x + e[i].width - 18 > FC_LEGEND_END)
		{
			rows++;
			x = FC_LEGEND_X;
		}
		x += e[i].width;
	}
	x = FC_LEGEND_X;
	y = rows == 1 ? FC_H - 16 : FC_H - 6 - 16 * (rows - 1);
	svg_put(b, "<g class=\"legend\">\n");
	for (int i = 0; i < n; i++)
	{
		if (x > FC_LEGEND_X && x + e[i].width - 18 > FC_LEGEND_END)
		{
			y += 16;
			x = FC_LEGEND_X;
		}
		legend_mark(b, e[i].kind, x, y);
		svg_text(b, x + FC_MARK + 6, y, "", e[i].label, e[i].len, 0);
		x += e[i].width;
	}
	svg_put(b, "</g>\n");
	svg_buf_free(&lab);
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
	bool		widened = false;
	bool		any;

	svg_axis_exact(f->n > 0 ? f->years[0] : 0, f->n > 0 ? f->years[f->n - 1] : 0,
				   8, true, &ax);
	any = forecast_y_axis(f, &ay);
	svg_open(b, FC_W, FC_H, title, strlen(title));
	svg_text(b, 20, 24, "font-size=\"15\" font-weight=\"bold\"", title, strlen(title),
			 svg_fit_chars(title, strlen(title), 15 * 1.1, FC_W - 40, 0));
	svg_text(b, 20, 42, "fill=\"#555555\"", subtitle, strlen(subtitle),
			 svg_fit_chars(subtitle, strlen(subtitle), 11, FC_W - 40, 0));
	svg_text(b, FC_LEFT, FC_TOP - 10, "fill=\"#555555\" class=\"unit\"", unit, strlen(unit), SVG_LABEL_CHARS * 2);
	svg_y_axis(b, &ay, FC_LEFT, FC_RIGHT, FC_TOP, FC_BOTTOM);
	svg_x_axis(b, &ax, FC_LEFT, FC_RIGHT, FC_BOTTOM);
	if (band)
		widened = forecast_band(b, f, &ax, &ay);
	forecast_line(b, f, &ax, &ay);
	forecast_dots(b, f, &ax, &ay);
	if (!any)
		svg_text(b, (FC_LEFT + FC_RIGHT) / 2, (FC_TOP + FC_BOTTOM) / 2,
				 "text-anchor=\"middle\" fill=\"#555555\" class=\"no-data\"",
				 "No figure for these years", 25, 0);
	forecast_legend(b, f, band, widened);
	svg_put(b, "</svg>\n");
}
