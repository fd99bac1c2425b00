/*-------------------------------------------------------------------------
 *
 * forecast.c
 *	  The forecast method over a market's figures, one function per step,
 *	  with the trace of the steps taken recorded as data (gpumkt_explain
 *	  formats it), and the no-data error that says what the data has and
 *	  what is missing.
 *
 * The method, for a region r and a year y (README, "The forecast method"):
 *	1. y is one of r's anchor years: the anchor, exactly;
 *	2. y lies between two of r's anchors: the constant-growth path
 *	   through the two anchors around it;
 *	3. r has an anchor and a rate (or two anchors): grow from the nearest
 *	   anchor at the rate whose period is nearest to y (without a rate, at
 *	   the CAGR of its first and last anchors);
 *	4. r has a share of another region: that share (the latest one stated
 *	   at or before y, else the earliest) times that region's forecast;
 *	5. otherwise the data gives no figure: an error, never a guess.
 * y may be fractional (a date): the same steps, on the same paths.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "miscadmin.h"

#include "forecast.h"
#include "growth_math.h"
#include "range_math.h"

/* Basis names of values resting on shipped rows only, by GmBasis. */
static const char *const basis_names[] = {
	"reported", "derived", "interpolated", "extrapolated", "share of parent",
	"segment share"
};

/* Basis names of values resting on at least one user's row. */
static const char *const user_basis_names[] = {
	"user row", "user row", "interpolated (user rows)",
	"extrapolated (user rows)", "share of parent (user rows)",
	"segment share (user rows)"
};

/* The basis of a value as gpumkt_series and gpumkt_explain show it. */
const char *
gm_basis_text(const GmValue *v)
{
	return v->user ? user_basis_names[v->basis] : basis_names[v->basis];
}

/* A year as the messages and traces print it: 2030, or 2030.49965776865. */
char *
gm_year_text(double year)
{
	return psprintf("%.15g", year);
}

/* Reserve the next step of trace (NULL when not tracing). */
GmStep *
gm_trace_step(GmTrace *trace, int r, double year)
{
	GmStep	   *st;

	if (trace == NULL)
		return NULL;
	if (trace->nsteps == trace->maxsteps)
	{
		trace->maxsteps = trace->maxsteps ? trace->maxsteps * 2 : 4;
		trace->steps = trace->steps ?
			repalloc(trace->steps, sizeof(GmStep) * trace->maxsteps) :
			palloc(sizeof(GmStep) * trace->maxsteps);
	}
	st = &trace->steps[trace->nsteps++];
	memset(st, 0, sizeof(GmStep));
	st->region = r;
	st->year = year;
	return st;
}

/*
 * Raise the out-of-range error of a forecast computation; with GM_QUIET, return
 * false instead.
 */
static bool
check_status(GmStatus st, const GmMarket *m, int r, double year, int flags)
{
	if (st == GM_OK)
		return true;
	if (flags & GM_QUIET)
		return false;
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("forecast of region \"%s\" for year %s is out of range",
					m->rg->regions[r].code, gm_year_text(year)),
			 errdetail("Market \"%s\" grows too far from its anchors to reach year %s in double precision.",
					   m->market, gm_year_text(year)),
			 errhint("Ask for a year nearer to the region's anchors.")));
	return false;
}

/* The rate of a region to use for year: the one whose period is nearest. */
static const GmRate *
pick_rate(const GmFigures *f, double year)
{
	const GmRate *best = NULL;
	double		bestd = HUGE_VAL;

	for (int i = 0; i < f->nrates; i++)
	{
		const GmRate *rt = &f->rates[i];
		double		d;

		if (!rt->has_period)
			d = DBL_MAX;
		else if (year < rt->from_year)
			d = rt->from_year - year;
		else if (year > rt->to_year)
			d = year - rt->to_year;
		else
			d = 0;
		/* ties go to the later period: rates are sorted by to_year */
		if (d <= bestd)
		{
			best = rt;
			bestd = d;
		}
	}
	return best;
}

/* Step 1: year is one of the anchor years; false when it is none. */
static bool
step_anchor(const GmFigures *f, double year, GmValue *out, GmStep *step)
{
	for (int i = 0; i < f->nanchors; i++)
	{
		const GmAnchor *a = &f->anchors[i];

		if (a->year != year)
			continue;
		out->value = a->value;
		out->exact = a->exact;
		out->basis = a->derived ? GM_BASIS_DERIVED : GM_BASIS_REPORTED;
		out->user = a->user;
		out->lo = a->lo;
		out->hi = a->hi;
		if (step)
		{
			step->kind = GM_STEP_ANCHOR;
			step->v = *out;
			step->anchor = a;
		}
		return true;
	}
	return false;
}

/* Step 2: year lies strictly between the first and last anchors. */
static bool
step_interpolate(const GmMarket *m, int r, const GmFigures *f, double year,
				 GmValue *out, GmStep *step, int flags)
{
	int			i = 1;
	const GmAnchor *a0,
			   *a1;
	int			bad_arg;

	while (f->anchors[i].year < year)
		i++;
	a0 = &f->anchors[i - 1];
	a1 = &f->anchors[i];
	if (!check_status(gm_interpolate(a0->year, a0->value, a1->year, a1->value,
									 year, &out->value, &bad_arg),
					  m, r, year, flags))
		return false;
	out->exact = NULL;
	out->basis = GM_BASIS_INTERPOLATED;
	out->user = a0->user || a1->user;
	if (flags & GM_RANGES)
		gm_range_interpolate(a0->year, a0->lo, a0->hi, a1->year, a1->lo, a1->hi,
							 year, &out->lo, &out->hi);
	if (step)
	{
		step->kind = GM_STEP_INTERPOLATE;
		step->v = *out;
		step->a0 = a0;
		step->a1 = a1;
	}
	return true;
}

/*
 * Step 3: beyond the anchors, from the nearest one at a stated rate, or at
 * the CAGR of the first and last anchors.
 */
static bool
step_extrapolate(const GmMarket *m, int r, const GmFigures *f, double year,
				 GmValue *out, GmStep *step, int flags)
{
	const GmAnchor *first = &f->anchors[0];
	const GmAnchor *last = &f->anchors[f->nanchors - 1];
	const GmAnchor *from = year < first->year ? first : last;
	const GmRate *rt = pick_rate(f, year);
	double		rate;
	int			bad_arg;

	if (rt)
		rate = rt->rate;
	else if (!check_status(gm_cagr(first->value, last->value,
								   (double) last->year - first->year, &rate, &bad_arg),
						   m, r, year, flags))
		return false;
	if (!check_status(gm_project(from->value, rate, year - from->year,
								 &out->value, &bad_arg),
					  m, r, year, flags))
		return false;
	out->exact = NULL;
	out->basis = GM_BASIS_EXTRAPOLATED;
	out->user = rt ? (from->user || rt->user) : (first->user || last->user);
	if ((flags & GM_RANGES) && rt)
		gm_range_project(from->lo, from->hi, rt->lo, rt->hi, year - from->year,
						 &out->lo, &out->hi);
	else if (flags & GM_RANGES)
		gm_range_cagr(first->year, first->lo, first->hi, last->year, last->lo,
					  last->hi, year, &out->lo, &out->hi);
	if (step)
	{
		step->kind = rt ? GM_STEP_RATE : GM_STEP_CAGR;
		step->v = *out;
		step->anchor = from;
		step->rate = rt;
		step->growth = rate;
		step->a0 = first;
		step->a1 = last;
	}
	return true;
}

/* The share of a region in force in year: the latest at or before, else the first. */
static const GmShare *
share_in_force(const GmFigures *f, double year)
{
	const GmShare *sh = &f->shares[0];

	for (int i = 1; i < f->nshares && f->shares[i].year <= year; i++)
		sh = &f->shares[i];
	return sh;
}

/* Step 4: the region's share of a larger region's forecast. */
static bool
step_share(const GmMarket *m, int r, const GmFigures *f, double year,
		   GmValue *out, int depth, GmTrace *trace, int stepno, int flags)
{
	const GmShare *sh = share_in_force(f, year);
	GmValue		parent;

	if (!gm_forecast_region(m, sh->of_region, year, &parent, depth + 1, trace, flags))
		return false;
	out->value = sh->share * parent.value;
	if (out->value == 0.0 &&
		!check_status(GM_UNDERFLOW, m, r, year, flags))
		return false;
	out->exact = NULL;
	out->basis = GM_BASIS_SHARE_OF_PARENT;
	out->user = sh->user || parent.user;
	if (flags & GM_RANGES)
		gm_range_times(sh->lo, sh->hi, parent.lo, parent.hi, &out->lo, &out->hi);
	if (trace)
	{
		/* the parent's steps may have moved the array */
		GmStep	   *step = &trace->steps[stepno];

		step->kind = GM_STEP_SHARE;
		step->v = *out;
		step->share = sh;
	}
	return true;
}

/* Step 5: the data gives no figure; the step reserved for it is taken back. */
static bool
step_no_data(GmTrace *trace, int stepno)
{
	if (trace)
		trace->nsteps = stepno;
	return false;
}

/*
 * Shares followed from one region at the most: far fewer frames than the
 * stack allows, and more than any hierarchy of regions needs.
 */
#define GM_MAX_SHARE_DEPTH 1000

/* The region whose share region r is given as in year, or -1 if none. */
static int
share_parent(const GmMarket *m, int r, double year)
{
	const GmFigures *f = gpumkt_figures(m, r);

	return f->nshares > 0 ? share_in_force(f, year)->of_region : -1;
}

/* Does the chain of shares from region r in year come back on itself? */
static bool
share_chain_loops(const GmMarket *m, int r, double year)
{
	int			slow = r,
				fast = r;

	/* Floyd's tortoise and hare, one step and two steps at a time */
	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		fast = share_parent(m, fast, year);
		if (fast < 0)
			return false;
		fast = share_parent(m, fast, year);
		if (fast < 0)
			return false;
		slow = share_parent(m, slow, year);
		if (slow == fast)
			return true;
	}
}

/* Refuse a chain of shares that loops, or that is too long to follow. */
static void
check_depth(const GmMarket *m, int r, double year, int depth)
{
	check_stack_depth();
	if (depth <= m->nfigures && depth <= GM_MAX_SHARE_DEPTH)
		return;
	if (share_chain_loops(m, r, year))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("region shares of market \"%s\" form a cycle through region \"%s\"",
						m->market, m->rg->regions[r].code),
				 errhint("Each region in gpumkt_region_shares must lead, through of_region, to a region with anchors.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("region shares of market \"%s\" form a chain of more than %d regions at region \"%s\"",
					m->market, GM_MAX_SHARE_DEPTH, m->rg->regions[r].code),
			 errdetail("A forecast follows at most %d shares from a region to a region with a market size of its own.",
					   GM_MAX_SHARE_DEPTH),
			 errhint("Give a region along the chain a market size of its own, or a share of a region nearer the top.")));
}

/*
 * Forecast of region r in year by the steps of the method (header comment);
 * false when the data gives no figure.  With a trace, each step taken is
 * recorded with the rows it used.  With GM_QUIET, a value out of double
 * range gives false instead of an error; with GM_RANGES, out's lo and hi
 * are its bounds (range_math.c), which contain its value.
 */
bool
gm_forecast_region(const GmMarket *m, int r, double year, GmValue *out,
				   int depth, GmTrace *trace, int flags)
{
	const GmFigures *f = gpumkt_figures(m, r);
	int			stepno = trace ? trace->nsteps : -1;
	GmStep	   *step = gm_trace_step(trace, r, year);
	bool		ok;

	out->lo = out->hi = 0.0;
	check_depth(m, r, year, depth);
	if (step_anchor(f, year, out, step))
		return true;
	if (f->nanchors > 1 && year > f->anchors[0].year &&
		year < f->anchors[f->nanchors - 1].year)
		ok = step_interpolate(m, r, f, year, out, step, flags);
	else if (f->nanchors > 0 && (f->nrates > 0 || f->nanchors > 1))
		ok = step_extrapolate(m, r, f, year, out, step, flags);
	else if (f->nshares > 0)
		ok = step_share(m, r, f, year, out, depth, trace, stepno, flags);
	else
		ok = false;
	if (ok && (flags & GM_RANGES))
	{
		/* rounding in the bounds' arithmetic never puts the value outside */
		out->lo = Min(out->lo, out->value);
		out->hi = Max(out->hi, out->value);
		if (trace)
			trace->steps[stepno].v = *out;
	}
	return ok || step_no_data(trace, stepno);
}

/*
 * Along r's chain of shares in year, the last region given as a share (in
 * *child) of a region that has no share of its own (returned).
 */
static int
missing_link(const GmMarket *m, int r, double year, int *child)
{
	int			p = r;

	*child = r;
	for (int depth = 0; depth <= m->nfigures; depth++)
	{
		p = share_in_force(gpumkt_figures(m, *child), year)->of_region;
		if (gpumkt_figures(m, p)->nshares == 0)
			break;
		*child = p;
	}
	return p;
}

/*
 * The no-data error for region r of market m in year, saying what the data
 * has for the region and what is missing.
 */
void
gm_report_no_data(const GmMarket *m, int r, double year)
{
	const GmFigures *f = gpumkt_figures(m, r);
	const GmRegion *reg = &m->rg->regions[r];
	char	   *y = gm_year_text(year);

	if (f->nshares > 0)
	{
		int			child;
		int			p = missing_link(m, r, year, &child);

		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA),
				 errmsg("market \"%s\" has no figure for region \"%s\" in %s",
						m->market, reg->code, y),
				 errdetail("The data gives %s as a share of %s, and no figure for %s in %s.",
						   m->rg->regions[child].name, m->rg->regions[p].name,
						   m->rg->regions[p].name, y),
				 errhint("Add a figure for %s: an anchor with a rate, two anchors, or a share of a region that has figures.",
						 m->rg->regions[p].code)));
	}
	if (f->nanchors == 1)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA),
				 errmsg("market \"%s\" has no figure for region \"%s\" in %s",
						m->market, reg->code, y),
				 errdetail("The data gives %s one market size, for %d, and nothing to carry it to other years: a growth rate, a second anchor or a share of a larger region is missing.",
						   reg->name, f->anchors[0].year),
				 errhint("Add a rate for %s in gpumkt_rates, an anchor for another year in gpumkt_anchors, or a share of a larger region in gpumkt_region_shares.",
						 reg->code)));
	if (f->nrates > 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA),
				 errmsg("market \"%s\" has no figure for region \"%s\" in %s",
						m->market, reg->code, y),
				 errdetail("The data gives %s a growth rate but no market size to grow from: an anchor or a share of a larger region is missing.",
						   reg->name),
				 errhint("Add an anchor for %s in gpumkt_anchors, or a share of a larger region in gpumkt_region_shares.",
						 reg->code)));
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA),
			 errmsg("market \"%s\" has no figure for region \"%s\" in %s",
					m->market, reg->code, y),
			 errdetail("The data gives no market size, growth rate or share for %s.",
					   reg->name),
			 errhint("Add your own figure: a row in gpumkt_anchors (with a rate in gpumkt_rates) or a share of a larger region in gpumkt_region_shares.")));
}
