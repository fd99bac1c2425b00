/*-------------------------------------------------------------------------
 *
 * svg_axis.c
 *	  The axes of the SVG charts, without server calls: ticks at 1, 2 or 5
 *	  times a power of ten close to the data, their labels short and exact
 *	  (plain digits below a million, then M, bn or tn, then mantissa and
 *	  exponent), and the x and y axes drawn with them.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "svg_draw.h"

/*
 * The power of ten the tick labels of an axis are written in, and its
 * word: 0 (plain digits) while the largest tick is below a million, then
 * 6 " M", 9 " bn" or 12 " tn" up to 1e15, -1 above (mantissa and "eN").
 */
static int
tick_scale(const SvgAxis *ax, const char **word)
{
	int64_t		kmax = ax->thi > -ax->tlo ? ax->thi : -ax->tlo;
	double		top = (double) kmax * ax->step;

	*word = "";
	if (!(top >= 1e6) || ax->e < -12)
		return 0;
	if (top >= 1e15)
		return -1;
	*word = top >= 1e12 ? " tn" : top >= 1e9 ? " bn" : " M";
	return top >= 1e12 ? 12 : top >= 1e9 ? 9 : 6;
}

/* Append km * 10^e as a decimal in units of 10^p (e, p within +/-330). */
static void
put_in_units(SvgBuf *b, long long km, int e, int p)
{
	if (e >= p)
	{
		svg_put_int(b, km);
		for (int i = p; i < e; i++)
			svg_put(b, "0");
	}
	else if (p - e <= 18)
		svg_put_scaled(b, km, p - e);
	else
	{
		svg_put_int(b, km);
		svg_put(b, "e");
		svg_put_int(b, e);
	}
}

/*
 * Append tick k of an axis: k * m * 10^e, exactly, short enough for the
 * margin: 50e9 as "50 bn" (every tick of an axis in the same unit and with
 * the same decimals: "0.5 bn", "1.0 bn"), 5e15 as "5e15".
 */
void
svg_put_tick(SvgBuf *b, const SvgAxis *ax, int64_t k)
{
	long long	km = (long long) k * ax->m;
	const char *word;
	int			p = tick_scale(ax, &word);

	if (km == 0)
		svg_put(b, "0");
	else if (p > 0)
	{
		put_in_units(b, km, ax->e, p);
		svg_put(b, word);
	}
	else if (p < 0)
	{
		int64_t		kmax = ax->thi > -ax->tlo ? ax->thi : -ax->tlo;
		int			top = ax->e + (int) floor(log10((double) kmax * ax->m));

		put_in_units(b, km, ax->e, top);
		svg_put(b, "e");
		svg_put_int(b, top);
	}
	else if (ax->e >= 0 && ax->e <= 12)
		put_in_units(b, km, ax->e, 0);
	else if (ax->e < 0 && ax->e >= -12)
		svg_put_scaled(b, km, -ax->e);
	else
	{
		svg_put_int(b, km);
		svg_put(b, "e");
		svg_put_int(b, ax->e);
	}
}

/*
 * Pick the step of an axis over lo..hi for about target ticks: 1, 2 or 5
 * times a power of ten, at least 1 if whole, and never so small that a
 * value is more than 1e12 steps from zero (so that ticks are int64).
 */
static void
axis_step(double lo, double hi, int target, bool whole, SvgAxis *ax)
{
	double		maxabs = fmax(fabs(lo), fabs(hi));
	double		raw = hi / target - lo / target;
	double		f;

	if (raw <= 0.0)				/* a single value: a step of 1 for years */
		raw = whole ? 1.0 : maxabs / target;
	if (raw < maxabs * 1e-12)
		raw = maxabs * 1e-12;
	if (whole && raw < 1.0)
		raw = 1.0;
	if (!(raw >= 1e-300))
		raw = 1.0;
	ax->e = (int) floor(log10(raw));
	if (ax->e > 307)
		ax->e = 307;
	f = raw / pow(10.0, ax->e);
	ax->m = f <= 1.0 ? 1 : f <= 2.0 ? 2 : f <= 5.0 ? 5 : 10;
	if (ax->m == 10)
	{
		ax->m = 1;
		ax->e++;
	}
	ax->step = ax->m * pow(10.0, ax->e);
}

/*
 * An axis over lo..hi widened to round ticks at both ends, as close to the
 * values as about target ticks allow: the smallest step of 1, 2 or 5 times
 * a power of ten that covers them in at most target + 2 intervals (0..102
 * with target 5: steps of 20 up to 120, not of 50 up to 150).
 */
void
svg_axis_nice(double lo, double hi, int target, SvgAxis *ax)
{
	if (lo > hi)
	{
		double		t = lo;

		lo = hi;
		hi = t;
	}
	axis_step(lo, hi, target + 2, false, ax);
	for (;;)
	{
		ax->tlo = (int64_t) floor(lo / ax->step);
		ax->thi = (int64_t) ceil(hi / ax->step);
		if (ax->thi - ax->tlo <= target + 2 || (ax->m == 5 && ax->e >= 307))
			break;
		if (ax->m == 5)
		{
			ax->m = 1;
			ax->e++;
		}
		else
			ax->m = ax->m == 1 ? 2 : 5;
		ax->step = ax->m * pow(10.0, ax->e);
	}
	if (ax->thi == ax->tlo)
	{
		ax->tlo--;
		ax->thi++;
	}
	ax->dlo = (double) ax->tlo;
	ax->dhi = (double) ax->thi;
}

/* An axis over exactly lo..hi (half a step either side of a single value). */
void
svg_axis_exact(double lo, double hi, int target, bool whole, SvgAxis *ax)
{
	if (lo > hi)
	{
		double		t = lo;

		lo = hi;
		hi = t;
	}
	axis_step(lo, hi, target, whole, ax);
	ax->dlo = lo / ax->step;
	ax->dhi = hi / ax->step;
	if (!(ax->dhi > ax->dlo))
	{
		ax->dlo -= 0.5;
		ax->dhi += 0.5;
	}
	ax->tlo = (int64_t) ceil(ax->dlo - 1e-9);
	ax->thi = (int64_t) floor(ax->dhi + 1e-9);
}

/* Where v lies on the axis, 0 at its start and 1 at its end. */
double
svg_axis_frac(const SvgAxis *ax, double v)
{
	double		f = (v / ax->step - ax->dlo) / (ax->dhi - ax->dlo);

	return isfinite(f) ? f : 0.0;
}

/* The y axis: a grid line and a label (left of the plot) per tick. */
void
svg_y_axis(SvgBuf *b, const SvgAxis *ax, double left, double right,
		   double top, double bottom)
{
	svg_put(b, "<g class=\"y-axis\">\n");
	for (int64_t k = ax->tlo; k <= ax->thi; k++)
	{
		double		y = bottom - svg_axis_frac(ax, (double) k * ax->step) * (bottom - top);

		svg_put(b, "<line x1=\"");
		svg_put_num(b, left);
		svg_put(b, "\" x2=\"");
		svg_put_num(b, right);
		svg_put(b, "\" y1=\"");
		svg_put_num(b, y);
		svg_put(b, "\" y2=\"");
		svg_put_num(b, y);
		svg_put(b, "\" stroke=\"#dddddd\"/>\n<text x=\"");
		svg_put_num(b, left - 6);
		svg_put(b, "\" y=\"");
		svg_put_num(b, y + 4);
		svg_put(b, "\" text-anchor=\"end\">");
		svg_put_tick(b, ax, k);
		svg_put(b, "</text>\n");
	}
	svg_put(b, "</g>\n");
}

/* The x axis: its line, a tick and a label per tick. */
void
svg_x_axis(SvgBuf *b, const SvgAxis *ax, double left, double right,
		   double bottom)
{
	svg_put(b, "<g class=\"x-axis\">\n<line x1=\"");
	svg_put_num(b, left);
	svg_put(b, "\" x2=\"");
	svg_put_num(b, right);
	svg_put(b, "\" y1=\"");
	svg_put_num(b, bottom);
	svg_put(b, "\" y2=\"");
	svg_put_num(b, bottom);
	svg_put(b, "\" stroke=\"#333333\"/>\n");
	for (int64_t k = ax->tlo; k <= ax->thi; k++)
	{
		double		x = left + svg_axis_frac(ax, (double) k * ax->step) * (right - left);

		svg_put(b, "<line x1=\"");
		svg_put_num(b, x);
		svg_put(b, "\" x2=\"");
		svg_put_num(b, x);
		svg_put(b, "\" y1=\"");
		svg_put_num(b, bottom);
		svg_put(b, "\" y2=\"");
		svg_put_num(b, bottom + 4);
		svg_put(b, "\" stroke=\"#333333\"/>\n<text x=\"");
		svg_put_num(b, x);
		svg_put(b, "\" y=\"");
		svg_put_num(b, bottom + 16);
		svg_put(b, "\" text-anchor=\"middle\">");
		svg_put_tick(b, ax, k);
		svg_put(b, "</text>\n");
	}
	svg_put(b, "</g>\n");
}
