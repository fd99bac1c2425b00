/*-------------------------------------------------------------------------
 *
 * growth_state.c
 *	  The gpumkt_growth summary: update with a row, merge two summaries,
 *	  the fit's slope and r2, and the text form, in plain C.
 *
 * The fit of ln(value) on year uses Youngs and Cramer's update of centred
 * sums, which keeps its digits when the years are large and close together
 * (2020, 2021, ...), and Chan, Golub and LeVeque's rule to merge two of them.
 *
 *-------------------------------------------------------------------------
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "growth_state.h"

/* An empty summary. */
void
gm_growth_init(GmGrowth *g)
{
	memset(g, 0, sizeof(GmGrowth));
	g->version = GM_GROWTH_VERSION;
}

/*
 * Take back a row from the fit (the inverse of gm_growth_add_fit_x, for the
 * moving windows of 1.2).  False when the summary cannot hold that row.
 */
bool
gm_growth_remove_fit_x(GmGrowth *g, double x, double value)
{
	double		y,
				n,
				dx,
				dy,
				f;

	if (!(value > 0.0))
	{
		if (g->nonpositive <= 0)
			return false;
		g->nonpositive--;
		return true;
	}
	if (g->fit_n <= 0)
		return false;
	if (g->fit_n == 1)
	{
		g->fit_n = 0;
		gm_growth_normalise_fit(g);
		return true;
	}
	y = log(value);
	n = (double) g->fit_n;
	dx = x * n - g->sx;
	dy = y * n - g->sy;
	f = 1.0 / (n * (n - 1.0));
	g->sxx -= dx * dx * f;
	g->syy -= dy * dy * f;
	g->sxy -= dx * dy * f;
	g->sx -= x;
	g->sy -= y;
	g->fit_n--;
	/* what rounding leaves below zero is zero */
	gm_growth_normalise_fit(g);
	return true;
}

/* Take back a row from the fit, by its year. */
bool
gm_growth_remove_fit(GmGrowth *g, double year, double value)
{
	return gm_growth_remove_fit_x(g, year - GM_YEAR_ORIGIN, value);
}

/* a + b into *r; false when it overflows */
static bool
add_count(int64_t a, int64_t b, int64_t *r)
{
	return !__builtin_add_overflow(a, b, r);
}

/* Are every sum and year of g finite? */
static bool
all_finite(const GmGrowth *g)
{
	return isfinite(g->first_year) && isfinite(g->first_sum) &&
		isfinite(g->last_year) && isfinite(g->last_sum) &&
		isfinite(g->sx) && isfinite(g->sy) && isfinite(g->sxx) &&
		isfinite(g->syy) && isfinite(g->sxy);
}

/* Merge the ends part of from, which has rows, into that of into. */
static void
merge_ends(GmGrowth *into, const GmGrowth *from)
{
	if (into->n == 0)
	{
		into->first_year = from->first_year;
		into->first_sum = from->first_sum;
		into->last_year = from->last_year;
		into->last_sum = from->last_sum;
		return;
	}
	if (from->first_year < into->first_year)
	{
		into->first_year = from->first_year;
		into->first_sum = from->first_sum;
	}
	else if (from->first_year == into->first_year)
		into->first_sum += from->first_sum;
	if (from->last_year > into->last_year)
	{
		into->last_year = from->last_year;
		into->last_sum = from->last_sum;
	}
	else if (from->last_year == into->last_year)
		into->last_sum += from->last_sum;
	/* a single year on both sides: one total */
	if (into->first_year == into->last_year)
		into->last_sum = into->first_sum;
}

/*
 * Merge the fit part of from, which has rows, into that of into (Chan,
 * Golub and LeVeque); the caller has checked that the counts add up.
 */
static void
merge_fit(GmGrowth *into, const GmGrowth *from)
{
	double		n1 = (double) into->fit_n;
	double		n2 = (double) from->fit_n;
	double		dx,
				dy,
				w;

	if (into->fit_n == 0)
	{
		into->fit_n = from->fit_n;
		into->sx = from->sx;
		into->sy = from->sy;
		into->sxx = from->sxx;
		into->syy = from->syy;
		into->sxy = from->sxy;
		return;
	}
	dx = into->sx / n1 - from->sx / n2;
	dy = into->sy / n1 - from->sy / n2;
	w = n1 * n2 / (n1 + n2);
	into->sxx += from->sxx + w * dx * dx;
	into->syy += from->syy + w * dy * dy;
	into->sxy += from->sxy + w * dx * dy;
	into->sx += from->sx;
	into->sy += from->sy;
	into->fit_n += from->fit_n;
}

/*
 * Merge summary from into summary into.  False when a count or a sum leaves
 * its range (into is then not to be used).
 */
bool
gm_growth_merge(GmGrowth *into, const GmGrowth *from)
{
	int64_t		n;

	if (from->n > 0)
	{
		merge_ends(into, from);
		if (!add_count(into->n, from->n, &n))
			return false;
		into->n = n;
	}
	if (!add_count(into->nonpositive, from->nonpositive, &n))
		return false;
	into->nonpositive = n;
	/* the fit's rows and the others must still add up (gm_growth_count) */
	if (!add_count(into->fit_n, from->fit_n, &n) ||
		!add_count(n, into->nonpositive, &n))
		return false;
	if (from->fit_n > 0)
		merge_fit(into, from);
	gm_growth_normalise(into);
	return all_finite(into);
}

/*
 * The largest syy that counts as no spread of ln(value), for n rows whose
 * ln(value) sum to sy: a constant series leaves a few units of the last
 * place in syy rather than zero.  Shared with the moving fit.
 */
double
gm_flat_syy_limit(double n, double sy)
{
	double		scale = 16.0 * DBL_EPSILON * (fabs(sy) / n + 1e-300);

	return n * scale * scale;
}

/* Is the spread of ln(value) no more than rounding? */
static bool
flat(const GmGrowth *g)
{
	return g->syy <= gm_flat_syy_limit((double) g->fit_n, g->sy);
}

/*
 * Is the spread of the years no more than rounding?  Rows of one day, as
 * fractional years, can leave a few units of the last place of their mean
 * in sxx; two distinct days are 1/365.25 apart, far above that.
 */
static bool
no_spread(const GmGrowth *g)
{
	double		n = (double) g->fit_n;
	double		scale = 64.0 * DBL_EPSILON * (fabs(g->sx) / n + 1.0);

	return g->fit_n < 2 || !(g->sxx > n * scale * scale);
}

/* Slope of ln(value) on year; false without two distinct years. */
bool
gm_growth_slope(const GmGrowth *g, double *slope)
{
	if (no_spread(g))
		return false;
	*slope = flat(g) ? 0.0 : g->sxy / g->sxx;
	return true;
}

/* ln of the fitted value in year. */
bool
gm_growth_log_value_at(const GmGrowth *g, double year, double *log_value)
{
	double		slope;
	double		n = (double) g->fit_n;

	if (!gm_growth_slope(g, &slope))
		return false;
	/* the line passes through the means: mean y + slope (x - mean x) */
	*log_value = g->sy / n + slope * ((year - GM_YEAR_ORIGIN) - g->sx / n);
	return true;
}

/* r2 of the fit: 1 when every ln(value) lies on the line. */
bool
gm_growth_r2(const GmGrowth *g, double *r2)
{
	double		r;

	if (no_spread(g))
		return false;
	if (flat(g))
	{
		*r2 = 1.0;
		return true;
	}
	/* as a correlation first, so that no product leaves the range */
	r = (g->sxy / sqrt(g->sxx)) / sqrt(g->syy);
	*r2 = r * r > 1.0 ? 1.0 : r * r;
	return true;
}

/*
 * Rows summarised.  A summary of gpumkt_growth counts each row in both parts
 * (n = fit_n + nonpositive); one of gpumkt_cagr's or gpumkt_fit_rate's
 * state, or one read from text, may fill one part only; a rollup of such
 * summaries holds each part's rows.  The count is that of the part that
 * holds more rows: the rows of the summary when the parts cover the same
 * rows, and never less than either part's.
 */
int64_t
gm_growth_count(const GmGrowth *g)
{
	int64_t		fit_rows = g->fit_n + g->nonpositive;	/* valid: no overflow */

	return g->n > fit_rows ? g->n : fit_rows;
}

/*
 * Is g a summary that the update and merge rules could have produced?  The
 * ends and the fit are checked apart (they may count different rows after a
 * rollup).  Two things are let through that gm_growth_normalise no longer
 * leaves but gpumkt 1.2 stored: -0, and |sxy| above sqrt(sxx) sqrt(syy) by
 * rounding (up to 1e-9 relative), so that its dumps restore.
 */
bool
gm_growth_valid(const GmGrowth *g)
{
	const double d[] = {g->first_year, g->first_sum, g->last_year, g->last_sum,
	g->sx, g->sy, g->sxx, g->syy, g->sxy};

	if (g->version != GM_GROWTH_VERSION || g->flags != 0)
		return false;
	if (g->n < 0 || g->nonpositive < 0 || g->fit_n < 0)
		return false;
	if (g->fit_n > INT64_MAX - g->nonpositive)
		return false;
	for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++)
		if (!isfinite(d[i]))
			return false;
	/* ends: none without rows; one year means one total, one row one year */
	if (g->n == 0 &&
		(g->first_year != 0.0 || g->first_sum != 0.0 ||
		 g->last_year != 0.0 || g->last_sum != 0.0))
		return false;
	if (g->first_year > g->last_year)
		return false;
	if (g->first_year == g->last_year && g->first_sum != g->last_sum)
		return false;
	if (g->n == 1 && g->first_year != g->last_year)
		return false;
	/* the fit: no sums without rows, no spread with one row, |r| <= 1 */
	if (g->fit_n == 0 && (g->sx != 0.0 || g->sy != 0.0))
		return false;
	if (g->fit_n < 2 && (g->sxx != 0.0 || g->syy != 0.0 || g->sxy != 0.0))
		return false;
	if (g->sxx < 0.0 || g->syy < 0.0)
		return false;
	if (fabs(g->sxy) > sqrt(g->sxx) * sqrt(g->syy) * (1.0 + 1e-9))
		return false;
	return true;
}

/*
 * The text form: every number with 17 significant digits, which reads back
 * to the same double.
 */
int
gm_growth_format(const GmGrowth *g, char *buf, size_t len)
{
	return snprintf(buf, len,
					"(v%d,n=%lld,nonpositive=%lld,first=%.17g:%.17g,last=%.17g:%.17g,"
					"fit_n=%lld,sx=%.17g,sy=%.17g,sxx=%.17g,syy=%.17g,sxy=%.17g)",
					(int) g->version, (long long) g->n, (long long) g->nonpositive,
					g->first_year, g->first_sum, g->last_year, g->last_sum,
					(long long) g->fit_n, g->sx, g->sy, g->sxx, g->syy, g->sxy);
}

/* Read the literal lit at *p. */
static bool
expect(const char **p, const char *lit)
{
	size_t		n = strlen(lit);

	if (strncmp(*p, lit, n) != 0)
		return false;
	*p += n;
	return true;
}

/* Read a finite double at *p (no leading blanks, no hex, no inf or nan). */
static bool
read_double(const char **p, double *out)
{
	char	   *end;
	const char *s = *p;

	if (!((*s >= '0' && *s <= '9') || *s == '-' || *s == '+' || *s == '.'))
		return false;
	for (const char *q = s; *q && *q != ',' && *q != ':' && *q != ')'; q++)
		if (*q == 'x' || *q == 'X' || *q == 'n' || *q == 'N' ||
			*q == 'i' || *q == 'I')
			return false;
	errno = 0;
	*out = strtod(s, &end);
	if (end == s || !isfinite(*out))
		return false;
	/* a subnormal result sets ERANGE and is kept; one that vanished is not */
	if (errno == ERANGE && *out == 0.0)
		return false;
	*p = end;
	return true;
}

/* Read a non-negative integer at *p. */
static bool
read_count(const char **p, int64_t *out)
{
	char	   *end;
	long long	v;

	if (!(**p >= '0' && **p <= '9'))
		return false;
	/* the form prints no leading zeros */
	if ((*p)[0] == '0' && (*p)[1] >= '0' && (*p)[1] <= '9')
		return false;
	errno = 0;
	v = strtoll(*p, &end, 10);
	if (errno != 0 || v < 0)
		return false;
	*out = v;
	*p = end;
	return true;
}

/* Parse the text form into g; false unless it is exactly that form. */
bool
gm_growth_parse(const char *s, GmGrowth *g)
{
	const char *p = s;
	int64_t		version;

	gm_growth_init(g);
	if (!expect(&p, "(v") || !read_count(&p, &version) ||
		version != GM_GROWTH_VERSION)
		return false;
	if (!expect(&p, ",n=") || !read_count(&p, &g->n) ||
		!expect(&p, ",nonpositive=") || !read_count(&p, &g->nonpositive) ||
		!expect(&p, ",first=") || !read_double(&p, &g->first_year) ||
		!expect(&p, ":") || !read_double(&p, &g->first_sum) ||
		!expect(&p, ",last=") || !read_double(&p, &g->last_year) ||
		!expect(&p, ":") || !read_double(&p, &g->last_sum) ||
		!expect(&p, ",fit_n=") || !read_count(&p, &g->fit_n) ||
		!expect(&p, ",sx=") || !read_double(&p, &g->sx) ||
		!expect(&p, ",sy=") || !read_double(&p, &g->sy) ||
		!expect(&p, ",sxx=") || !read_double(&p, &g->sxx) ||
		!expect(&p, ",syy=") || !read_double(&p, &g->syy) ||
		!expect(&p, ",sxy=") || !read_double(&p, &g->sxy) ||
		!expect(&p, ")") || *p != '\0')
		return false;
	return gm_growth_valid(g);
}
