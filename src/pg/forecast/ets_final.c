/*-------------------------------------------------------------------------
 *
 * ets_final.c
 *	  The final functions of gpumkt_ets (2.0's additive family for a 2.0
 *	  database, the whole family for 2.1's SQL): the regular series of the
 *	  points the state collected (ets.c), its arguments checked, fitted once
 *	  (ets_series.c, ets_fit.c); and that series for the other aggregates
 *	  sharing the state (theta_agg.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "agg_common.h"
#include "ets.h"
#include "ets_state.h"
#include "gpumkt.h"
#include "names.h"

PG_FUNCTION_INFO_V1(gpumkt_ets_final);

/* The interrupt hook of the fit: a query may be cancelled while it runs. */
static void
ets_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* The text of x of the grid (in months or the type's units). */
static char *
grid_text(EtsModel *mod, int64 x)
{
	int64		y;

	if (mod->tunit != ETS_UNIT_NATIVE)
		return ets_x_of_month(mod->tkind, mod->tunit, x, mod->trem, &y) ?
			ets_x_text(mod->tkind, y) : "?";
	return ets_x_text(mod->tkind, x);
}

/* Raise the error of a grid that is not a series. */
static void
grid_error(const char *agg, EtsStatus s, EtsModel *mod, const EtsGrid *g,
		   int npts)
{
	if (s == ETS_TOO_FEW)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s must have at least 3 distinct values", agg),
				 errdetail("The group has %d distinct t with a value that is not NULL.", npts),
				 errhint("A model needs at least 3 points of the series.")));
	if (s == ETS_NOT_FINITE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must be a finite number", agg),
				 errdetail("The values of the rows sharing a t sum to infinity."),
				 errhint("Scale the values down.")));
	if (s == ETS_STEP)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s must advance by a constant step", agg),
				 errdetail("The points at %s and %s are not a whole number of the smallest step between points apart.",
						   grid_text(mod, g->gap_from), grid_text(mod, g->gap_to)),
				 mod->tkind == ETS_T_INT ?
				 errhint("Give the series points at a constant step (missing points are filled in, up to 30 %% of them).") :
				 errhint("Give the series points at a constant step (missing points are filled in, up to 30 %% of them): every point the same time apart, or calendar months with every point on the same day of the month or on the last day of its month.")));
	if (s == ETS_GAPS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s misses too many points", agg),
				 errdetail("%d of the %d points from %s to %s are missing, more than 30 %%; the widest gap is from %s to %s.",
						   g->filled, g->n, grid_text(mod, g->t0),
						   grid_text(mod, g->t0 + g->step * (g->n - 1)),
						   grid_text(mod, g->gap_from), grid_text(mod, g->gap_to)),
				 errhint("Fill the gaps, or aggregate the series to a coarser step first.")));
	if (s == ETS_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("t of %s spans too many points", agg),
				 errdetail("A series holds at most %d points from its first t to its last, and spans at most 2^62 units.", ETS_MAX_N),
				 errhint("Aggregate the series to a coarser step first.")));
}

/* The cycle to detect: from the calendar, or the candidates' ACF. */
static int
auto_season(const EtsModel *mod, const double *y)
{
	static const int cand[] = {4, 7, 12, 52};
	int			m = 1;

	if (mod->tunit != ETS_UNIT_NATIVE)
		m = (12 % mod->step == 0) ? (int) (12 / mod->step) : 1;
	else if (mod->tkind == ETS_T_DATE)
		m = mod->step == 1 ? 7 : 1;
	else if (mod->tkind == ETS_T_TSTZ)
		m = mod->step == USECS_PER_HOUR ? 24 : (mod->step == USECS_PER_DAY ? 7 : 1);
	else
		return ets_detect_season(y, mod->n, cand, lengthof(cand));
	return (int64) m * 2 <= mod->n ? m : 1;
}

/* The model argument as written in R's letters (Z for a free component). */
static char *
spec_name(int force)
{
	char	   *buf = palloc(8);

	ets_spec_name(force, buf);
	return buf;
}

/* Check the seasonality against the series and the model asked for. */
static void
check_season(const char *agg, const EtsState *st, int m, int n)
{
	EtsOptions	o;

	ets_spec_unpack(st->force, &o);
	if (st->season > 1 && (int64) st->season * 2 > n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("seasonality of %s must be at most half the number of points", agg),
				 errdetail("It is %d, and the series has %d points.", st->season, n),
				 errhint("A seasonal model needs two full cycles; pass a shorter cycle, or 1 for none.")));
	if (o.seas != ETS_ANY && o.seas != ETS_SE_N && m < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model %s of %s needs a seasonality", spec_name(st->force), agg),
				 errdetail("The series has no cycle (seasonality 1, or none detected)."),
				 errhint("Pass the seasonality, or a model without season (ANN, AAN, AAdN).")));
}

/* Raise the error of a fit that failed. */
static void
fit_error(EtsStatus s, const EtsState *st, int n, int m)
{
	int			code = ets_spec_code(st->force);

	if (s == ETS_MODEL_DATA && code >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model %s of gpumkt_ets needs more points", ets_code_name(code)),
				 ets_code_seasonal(code) ?
				 errdetail("It estimates %d quantities, so it needs at least %d points and two full cycles; the series has %d.",
						   ets_code_nparams(code, m), ets_code_nparams(code, m) + 1, n) :
				 errdetail("It estimates %d quantities, so it needs at least %d points; the series has %d.",
						   ets_code_nparams(code, m), ets_code_nparams(code, m) + 1, n),
				 errhint("Pass NULL as the model to choose among those the series supports.")));
	if (s == ETS_MODEL_DATA)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model %s of gpumkt_ets needs more points", spec_name(st->force)),
				 errdetail("No model it allows can be estimated from the series' %d points.", n),
				 errhint("Pass NULL as the model to choose among those the series supports.")));
	if (s == ETS_NOT_POSITIVE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model %s of gpumkt_ets needs values above zero", spec_name(st->force)),
				 errdetail("A multiplicative error, trend or season applies only to a series whose every value is positive."),
				 errhint("Pass an additive model such as 'AAN', or 'ZZZ' to choose among those the series allows.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("values of gpumkt_ets are out of range for a fit"),
			 errdetail("No model gives finite states and errors over the series."),
			 errhint("Scale the values down.")));
}

/*
 * 2.0's final refuses a model argument 2.0 did not know (its transition
 * accepted only the six additive names), as 2.0 did.
 */
static void
check_v1_model(const EtsState *st)
{
	int			code = ets_spec_code(st->force);

	if (st->force >= 0 && (code < 0 || ETS_CODE_ERR(code) != ETS_ERR_A ||
						   ETS_CODE_TR(code) >= ETS_TR_M || ETS_CODE_SE(code) == ETS_SE_M))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model of gpumkt_ets is unrecognized: \"%s\"", spec_name(st->force)),
				 errhint("Pass NULL to choose by AICc, or one of ANN, AAN, AAdN, ANA, AAA, AAdA.")));
}

/*
 * The final of gpumkt_ets: the regular series of the points (as
 * ets_state_series makes it), fitted once; v2 the 2.1 family, else 2.0's
 * additive one.
 */
static Datum
ets_final(FunctionCallInfo fcinfo, bool v2)
{
	EtsState   *st = PG_ARGISNULL(0) ? NULL : (EtsState *) PG_GETARG_POINTER(0);
	EtsModel	hdr;
	EtsModel   *mod;
	EtsOptions	opt;
	EtsStatus	s;
	double	   *y;
	int			m;

	/* 2.0's model names first, after the error of a group of NULL values */
	if (!v2 && st != NULL && st->npts > 0 && AggCheckCallContext(fcinfo, NULL))
		check_v1_model(st);
	y = ets_state_series(fcinfo, &hdr, &m);
	if (y == NULL)
		PG_RETURN_NULL();
	memset(&opt, 0, sizeof(opt));
	opt.season = m;
	ets_spec_unpack(st->force, &opt);
	opt.mult_trend = false;
	opt.additive_only = !v2;
	opt.interrupt = ets_interrupt;
	mod = palloc0(ETS_FIT_SIZE(hdr.n, m));
	s = ets_fit(y, hdr.n, &opt, mod, palloc(sizeof(double) * ETS_SCRATCH(hdr.n, m)));
	if (s != ETS_OK)
		fit_error(s, st, hdr.n, m);
	mod->tkind = hdr.tkind;
	mod->tunit = hdr.tunit;
	mod->trem = hdr.trem;
	mod->t0 = hdr.t0;
	mod->step = hdr.step;
	mod->filled = hdr.filled;
	SET_VARSIZE(mod, ets_model_size(mod));
	if (!ets_model_valid(mod, ets_model_size(mod)))
		elog(ERROR, "gpumkt_ets made a model that is not valid");
	PG_RETURN_POINTER(mod);
}

/* Final of gpumkt_ets in a 2.0 database: 2.0's additive family. */
Datum
gpumkt_ets_final(PG_FUNCTION_ARGS)
{
	return ets_final(fcinfo, false);
}

/* Final of gpumkt_ets (2.1): the whole family of forecast::ets. */
PG_FUNCTION_INFO_V1(gpumkt_ets_final_v2);
Datum
gpumkt_ets_final_v2(PG_FUNCTION_ARGS)
{
	return ets_final(fcinfo, true);
}

/*
 * For gpumkt_ets's final above and the aggregates that share its state
 * (gpumkt_theta and gpumkt_auto_model, theta_agg.c): the regular series of the group's points, palloc'd, hdr's times and n set,
 * and the cycle to use in *season, with the errors of the points and the
 * cycle named by the aggregate called; NULL for a group of no row.
 */
double *
ets_state_series(FunctionCallInfo fcinfo, EtsModel *hdr, int *season)
{
	EtsState   *st;
	EtsPoint   *pts;
	EtsGrid		g;
	EtsStatus	s;
	double	   *y;
	int			npts;
	const char *agg;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	if (PG_ARGISNULL(0))
		return NULL;
	st = (EtsState *) PG_GETARG_POINTER(0);
	agg = ets_agg_name(fcinfo);
	if (st->npts == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s is NULL in every row of the group", agg),
				 errdetail("The group has %d rows, none with both t and value.", st->rows),
				 errhint("A model needs at least 3 points with a value.")));
	npts = st->npts;
	pts = palloc(sizeof(EtsPoint) * npts);
	memcpy(pts, st->pts, sizeof(EtsPoint) * npts);
	memset(hdr, 0, offsetof(EtsModel, data));
	hdr->tkind = st->tkind;
	hdr->tunit = ets_calendar(pts, npts, st->tkind, &hdr->trem);
	s = ets_grid(pts, &npts, &g);
	if (s != ETS_OK)
		grid_error(agg, s, hdr, &g, npts);
	hdr->t0 = g.t0;
	hdr->step = g.step;
	hdr->n = g.n;
	hdr->filled = g.filled;
	y = palloc(sizeof(double) * g.n);
	ets_fill(pts, npts, &g, y);
	*season = st->season == SEASON_AUTO ? auto_season(hdr, y) : st->season;
	check_season(agg, st, *season, g.n);
	return y;
}

/* The fit's interrupt hook, for theta_agg.c. */
EtsInterruptHook
ets_interrupt_hook(void)
{
	return ets_interrupt;
}
