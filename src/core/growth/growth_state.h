/*-------------------------------------------------------------------------
 *
 * growth_state.h
 *	  The gpumkt_growth summary in plain C: a fixed-size record of a group
 *	  of (year, value) rows from which the endpoint CAGR, the log-linear
 *	  fit and its r2 follow, with its update, merge, accessors and text
 *	  form.  No PostgreSQL server calls, so fuzzers link it on its own.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_GROWTH_STATE_H
#define GPUMKT_GROWTH_STATE_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GM_GROWTH_VERSION 1

/*
 * The fit works on years counted from this origin (2020 is 20), so that the
 * centred sums do not lose their digits to years near 2000.
 */
#define GM_YEAR_ORIGIN 2000.0

/*
 * The summary.  Rows with the earliest and the latest year are summed apart
 * (first_sum, last_sum), so that the CAGR of a total comes from rows of its
 * parts.  The fit of ln(value) on year keeps the count, the sums of x and y,
 * and the centred sums of squares and products (Youngs and Cramer's
 * updating), over the rows whose value is positive; nonpositive counts the
 * others, which only the fit's accessors refuse.
 */
/*
 * The ends part (n, first_*, last_*) and the fit part (fit_n, nonpositive and
 * the sums) are independent: gpumkt_growth fills both with the same rows,
 * gpumkt_cagr's state only the ends and gpumkt_fit_rate's only the fit, and
 * a rollup of such summaries, or of summaries read from text, may hold any
 * mix.  gm_growth_normalise is the one rule every update and merge ends
 * with; gm_growth_valid accepts what it leaves (and what 1.2 could store).
 */
typedef struct GmGrowth
{
	int32_t		version;
	int32_t		flags;			/* reserved, zero */
	int64_t		n;				/* rows summarised */
	int64_t		nonpositive;	/* rows whose value is <= 0 */
	double		first_year;
	double		first_sum;
	double		last_year;
	double		last_sum;
	int64_t		fit_n;			/* rows in the fit (value > 0) */
	double		sx;				/* sum of (year - GM_YEAR_ORIGIN) */
	double		sy;				/* sum of ln(value) */
	double		sxx;			/* sum of (x - mean x)^2 */
	double		syy;			/* sum of (y - mean y)^2 */
	double		sxy;			/* sum of (x - mean x)(y - mean y) */
} GmGrowth;

extern void gm_growth_init(GmGrowth *g);
extern bool gm_growth_remove_fit(GmGrowth *g, double year, double value);
extern bool gm_growth_remove_fit_x(GmGrowth *g, double x, double value);
extern bool gm_growth_merge(GmGrowth *into, const GmGrowth *from);

/* -0 becomes +0, which prints as 0 (x + 0.0 is x for every other x) */
#define GM_NO_NEGATIVE_ZERO(x) ((x) += 0.0)

/* The normalising rule of the ends part: -0 totals become 0. */
static inline void
gm_growth_normalise_ends(GmGrowth *g)
{
	GM_NO_NEGATIVE_ZERO(g->first_year);
	GM_NO_NEGATIVE_ZERO(g->first_sum);
	GM_NO_NEGATIVE_ZERO(g->last_year);
	GM_NO_NEGATIVE_ZERO(g->last_sum);
	/* one year: one total */
	if (g->first_year == g->last_year)
		g->last_sum = g->first_sum;
}

/*
 * The normalising rule of the fit part: no sums without rows and no spread
 * with one row, no spread below zero, |sxy| at most sqrt(sxx) sqrt(syy)
 * (which rounding can pass by an ulp), and no -0.
 */
static inline void
gm_growth_normalise_fit(GmGrowth *g)
{
	double		bound;

	if (g->fit_n == 0)
		g->sx = g->sy = 0.0;
	if (g->fit_n < 2)
		g->sxx = g->syy = g->sxy = 0.0;
	if (!(g->sxx > 0.0))
		g->sxx = 0.0;
	if (!(g->syy > 0.0))
		g->syy = 0.0;
	/*
	 * Well inside the bound by 2^-50 in squares (no overflow, no subnormal
	 * product), |sxy| is inside the bound computed with square roots too:
	 * skip them, once a row.
	 */
	if (!(g->sxy * g->sxy <= g->sxx * g->syy * (1.0 - 0x1p-50) &&
		  g->sxx * g->syy > 0x1p-900 && g->sxx * g->syy < 0x1p900))
	{
		bound = sqrt(g->sxx) * sqrt(g->syy);
		if (fabs(g->sxy) > bound)
			g->sxy = copysign(bound, g->sxy);
	}
	GM_NO_NEGATIVE_ZERO(g->sx);
	GM_NO_NEGATIVE_ZERO(g->sy);
	GM_NO_NEGATIVE_ZERO(g->sxy);
}

/* The normalising rule of the whole summary. */
static inline void
gm_growth_normalise(GmGrowth *g)
{
	gm_growth_normalise_ends(g);
	gm_growth_normalise_fit(g);
}

/* the updates run once per row, so they are inline here */

/* Count a row towards the first and last years' totals. */
static inline void
gm_growth_add_ends(GmGrowth *g, double year, double value)
{
	if (g->n == 0)
	{
		g->first_year = g->last_year = year;
		g->first_sum = g->last_sum = value;
	}
	else
	{
		if (year < g->first_year)
		{
			g->first_year = year;
			g->first_sum = value;
		}
		else if (year == g->first_year)
			g->first_sum += value;
		if (year > g->last_year)
		{
			g->last_year = year;
			g->last_sum = value;
		}
		else if (year == g->last_year && g->last_year != g->first_year)
			g->last_sum += value;
	}
	g->n++;
	gm_growth_normalise_ends(g);
}

/*
 * Count a row towards the fit of ln(value) on x, its year counted from
 * GM_YEAR_ORIGIN (a day as days / 365.25, rounded once).
 */
static inline void
gm_growth_add_fit_x(GmGrowth *g, double x, double value)
{
	double		y;

	if (!(value > 0.0))
	{
		g->nonpositive++;
		return;
	}
	y = log(value);
	g->fit_n++;
	g->sx += x;
	g->sy += y;
	if (g->fit_n > 1)
	{
		double		n = (double) g->fit_n;
		double		dx = x * n - g->sx;
		double		dy = y * n - g->sy;
		double		f = 1.0 / (n * (n - 1.0));

		g->sxx += dx * dx * f;
		g->syy += dy * dy * f;
		g->sxy += dx * dy * f;
	}
	gm_growth_normalise_fit(g);
}

/* Count a row towards the fit of ln(value) on year. */
static inline void
gm_growth_add_fit(GmGrowth *g, double year, double value)
{
	gm_growth_add_fit_x(g, year - GM_YEAR_ORIGIN, value);
}

/* accessors: false when the summary gives no answer (too few years/rows) */
extern bool gm_growth_slope(const GmGrowth *g, double *slope);
extern bool gm_growth_log_value_at(const GmGrowth *g, double year,
								   double *log_value);
extern bool gm_growth_r2(const GmGrowth *g, double *r2);
extern int64_t gm_growth_count(const GmGrowth *g);
extern double gm_flat_syy_limit(double n, double sy);

/* text form; parse returns false on anything but a well-formed summary */
#define GM_GROWTH_TEXT_MAX 512
extern int	gm_growth_format(const GmGrowth *g, char *buf, size_t len);
extern bool gm_growth_parse(const char *s, GmGrowth *g);
extern bool gm_growth_valid(const GmGrowth *g);

#endif							/* GPUMKT_GROWTH_STATE_H */
