/*-------------------------------------------------------------------------
 *
 * test_forecast.c
 *	  Unit tests of the automatic model's in-sample multi-step errors
 *	  (src/core/forecast/auto_calib.c), of the interval floor they set
 *	  (ets_forecast.c) and of its BIC weights (auto_model.c).  The expected numbers are worked out here from the
 *	  fitted values the optimiser stored, by the arithmetic of the model
 *	  written in each comment, not by auto_calib.c's run from the initial
 *	  states.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "auto_model.h"
#include "unit.h"

/* Whether a is b to a relative 1e-9 (two runs of the same recursion). */
static int
close9(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1e-12, fabs(b));
}

/*
 * A model of spec fitted to y (n points, cycle m), times set; its initial
 * states into init unless NULL (test_core.c's models too).
 */
EtsModel *
fit_init(const double *y, int n, int m, const char *spec, double *init)
{
	EtsOptions	o;
	EtsModel   *mod = calloc(1, ETS_FIT_SIZE(n, m));
	double	   *sc = malloc(sizeof(double) * ETS_SCRATCH(n, m));

	memset(&o, 0, sizeof(o));
	o.season = m;
	o.init = init;
	if (mod == NULL || sc == NULL || !ets_parse_spec(spec, &o) ||
		ets_fit(y, n, &o, mod, sc) != ETS_OK)
		abort();
	free(sc);
	mod->t0 = 1;
	mod->step = 1;
	mod->vl_len_ = (int32_t) ets_model_size(mod);
	return mod;
}

/*
 * The calibration of one model alone (weight 1) on y: the mode, and the
 * mean square of its h-step errors for each horizon into x; returns the
 * doubles written.
 */
static int
calibrate_one(const double *y, int n, EtsModel *mod, double *init, double *x)
{
	double		w = 1.0,
			   *room = malloc(sizeof(double) * AUTO_NCOMP * AUTO_CALIB_ROOM(mod->period));
	int			k;

	k = auto_calibrate(y, n, &mod, &init, &w, 1, x, room);
	free(room);
	return k;
}

/*
 * A flat model (ANN): from the point before y[t] its forecast for every
 * horizon is its one-step fitted value there, so its h-step error is
 * y[t + h - 1] - fitted[t].
 */
static void
test_flat(void)
{
	double		y[40],
				init[ETS_INIT_SIZE(1)],
				x[AUTO_CALIB_MAX_H + 1];
	EtsModel   *a;
	int			k,
				ok = 1;

	for (int t = 0; t < 40; t++)
		y[t] = 50 + 5 * sin(0.9 * t) + 0.3 * t;
	a = fit_init(y, 40, 1, "ANN", init);
	k = calibrate_one(y, 40, a, init, x);
	/* horizons: min(max(2 x 1, 8), 24, 40 / 2) = 8 */
	check(k == 9 && x[0] == AUTO_CALIB_ABSOLUTE, "calibration: 8 horizons, absolute errors");
	for (int h = 1; h <= 8 && k == 9; h++)
	{
		double		s = 0.0;

		for (int t = 0; t + h <= 40; t++)
			s += pow(y[t + h - 1] - ETS_FITTED(a)[t], 2);
		ok = ok && close9(x[h], s / (40 - h + 1));
	}
	check(ok, "calibration: a flat model's h-step errors from its fitted values");
	free(a);
}

/*
 * A trend (AAN): from the states l, b before y[t] the forecast of
 * y[t + h - 1] is l + h b; the recursion written out: e = y - (l + b),
 * l += b + alpha e, b += beta e.
 */
static void
test_trend_steps(void)
{
	double		y[40],
				init[ETS_INIT_SIZE(1)],
				x[AUTO_CALIB_MAX_H + 1],
				sum[8] = {0},
				l,
				b;
	EtsModel   *a;
	int			k,
				ok = 1;

	for (int t = 0; t < 40; t++)
		y[t] = 10 + 2 * t + 3 * sin(1.1 * t);
	a = fit_init(y, 40, 1, "AAN", init);
	k = calibrate_one(y, 40, a, init, x);
	l = init[0];
	b = init[1];
	for (int t = 0; t < 40; t++)
	{
		double		e = y[t] - (l + b);

		for (int h = 1; h <= 8 && t + h <= 40; h++)
			sum[h - 1] += pow(y[t + h - 1] - (l + h * b), 2);
		l += b + a->alpha * e;
		b += a->beta * e;
	}
	for (int h = 1; h <= 8 && k == 9; h++)
		ok = ok && close9(x[h], sum[h - 1] / (40 - h + 1));
	check(k == 9 && ok, "calibration: a trend's h-step errors from its states");
	free(a);
}

/*
 * A damped seasonal model (AAdA, cycle 4): its one-step errors are the
 * fitted values' (y[t] - fitted[t]), so the first mean square is theirs;
 * the horizons are min(max(2 x 4, 8), 24, 48 / 2) = 8.
 */
static void
test_seasonal(void)
{
	double		y[48],
				init[ETS_INIT_SIZE(4)],
				x[AUTO_CALIB_MAX_H + 1],
				s = 0.0;
	EtsModel   *a;
	int			k;

	for (int t = 0; t < 48; t++)
		y[t] = 100 + 2 * t + 10 * ((t % 4) - 1.5) + 3 * sin(1.3 * t);
	a = fit_init(y, 48, 4, "AAdA", init);
	k = calibrate_one(y, 48, a, init, x);
	for (int t = 0; t < 48; t++)
		s += pow(y[t] - ETS_FITTED(a)[t], 2);
	check(k == 9 && close9(x[1], s / 48),
		  "calibration: a seasonal damped model's one-step errors are its fitted values'");
	free(a);
}

/*
 * A seasonal model without trend (ANA, cycle 4) h steps ahead: from the
 * states l, s[0..3] before y[t], the forecast of y[t + h - 1] is l + the
 * state of its season, s[(t + h - 1) % 4]; then l' = l + alpha (y - s - l)
 * and s' = s + gamma (y - l - s) for the season of t.  Every horizon's mean
 * square from that plain recursion, started at the fit's initial states.
 */
static void
test_seasonal_steps(void)
{
	double		y[40],
				init[ETS_INIT_SIZE(4)],
				x[AUTO_CALIB_MAX_H + 1],
				sum[8] = {0},
				l,
				s[4];
	EtsModel   *a;
	int			k,
				ok = 1;

	for (int t = 0; t < 40; t++)
		y[t] = 5 + 3 * ((t % 4) - 1.5) + 2 * sin(0.8 * t);
	a = fit_init(y, 40, 4, "ANA", init);
	k = calibrate_one(y, 40, a, init, x);
	l = init[0];
	memcpy(s, init + 2, sizeof(s));
	for (int t = 0; t < 40; t++)
	{
		double		old = l;

		for (int h = 1; h <= 8 && t + h <= 40; h++)
			sum[h - 1] += pow(y[t + h - 1] - (l + s[(t + h - 1) % 4]), 2);
		l = old + a->alpha * (y[t] - s[t % 4] - old);
		s[t % 4] += a->gamma * (y[t] - old - s[t % 4]);
	}
	/* y goes below 0 (5 - 4.5 - 2 < 0): absolute errors, 8 horizons */
	for (int h = 1; h <= 8 && k == 9; h++)
		ok = ok && close9(x[h], sum[h - 1] / (40 - h + 1));
	check(k == 9 && x[0] == AUTO_CALIB_ABSOLUTE && ok,
		  "calibration: a seasonal model's h-step errors use the state of the season h steps on");
	free(a);
}

/*
 * The initial states the fit exports, run forward by the model's own
 * recursion in the series' units, give back its fitted values, for every
 * model of the automatic model's family (cycles 4 and 30: 30 > 24, whose
 * seasonal states are not searched).
 */
static void
test_initial_states(void)
{
	static const char *const codes[] = {"ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN",
		"MMN", "MMdN", "ANA", "AAA", "AAdA", "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM"};
	double		y[120],
				init[ETS_INIT_SIZE(30)],
				ring[30];
	int			ok = 1;

	for (int c = 0; c < 2 * 17; c++)
	{
		int			m = c < 17 ? 4 : 30;
		EtsModel   *a;
		double		l,
					b,
					none;

		for (int t = 0; t < 120; t++)
			y[t] = 50 * pow(1.01, t) * (1 + 0.2 * sin(2 * M_PI * t / m)) + 3 * sin(1.7 * t);
		a = fit_init(y, 120, m, codes[c % 17], init);
		l = init[0], b = init[1], none = init[2];
		memcpy(ring, init + 2, sizeof(double) * m);
		for (int t = 0; t < 120; t++)
		{
			double	   *sp = a->m > 1 ? &ring[t % a->m] : &none;

			ok = ok && close9(ets_forecast1(a->code, a->phi, l, b, *sp), ETS_FITTED(a)[t]);
			ets_update(a->code, a->alpha, a->beta, a->gamma, a->phi, &l, &b, sp, y[t]);
		}
		ok = ok && close9(l, a->level);
		free(a);
	}
	check(ok, "initial states: every model run from them gives its fitted values");
}

/*
 * The automatic model: its extras pass the check, a bad mode or a negative
 * mean square does not, nor the flag of BIC weights on a component, and its 95 % bounds are at least z sqrt(x[h])
 * from it at every calibrated horizon.
 */
static void
test_floor(void)
{
	double		y[40],
				lo[12],
				hi[12],
			   *sc = malloc(sizeof(double) * AUTO_MODEL_SCRATCH(40, 1));
	EtsModel   *mod = calloc(1, AUTO_MODEL_SIZE(40, 1));
	double		z = 1.959963984540054;
	int			ok = 1;
	size_t		size;

	for (int t = 0; t < 40; t++)
		y[t] = 50 + 5 * sin(0.9 * t) + 0.3 * t;
	if (auto_model_fit(y, 40, 1, NULL, mod, sc) != ETS_OK)
		abort();
	mod->t0 = mod->step = 1;
	auto_model_stamp(mod);
	size = ets_model_size(mod);
	check(mod->nextra == 9 && ets_model_valid(mod, size), "automatic model: calibrated and valid");
	check(ets_intervals(mod, 12, 0.95, lo, hi), "automatic model: intervals");
	for (int h = 1; h <= 8; h++)
	{
		double		f = ets_point(mod, h),
					e = z * sqrt(ETS_EXTRA(mod)[h]);

		ok = ok && f - lo[h - 1] >= e * (1 - 1e-12) && hi[h - 1] - f >= e * (1 - 1e-12);
	}
	check(ok, "automatic model: bounds no closer than its in-sample h-step errors");
	ETS_EXTRA(mod)[0] = 1.0;
	check(!ets_model_valid(mod, size), "automatic model: an unknown error mode is refused");
	ETS_EXTRA(mod)[0] = AUTO_CALIB_ABSOLUTE;
	ETS_EXTRA(mod)[3] = -1.0;
	check(!ets_model_valid(mod, size), "automatic model: a negative mean square is refused");
	ETS_EXTRA(mod)[3] = 0.0;
	check(ets_model_valid(mod, size), "automatic model: valid again");
	((EtsModel *) ets_component(mod, 0))->flags |= ETS_FLAG_BIC_WEIGHTS;
	check(!ets_model_valid(mod, size), "automatic model: BIC weights on a model that is not a combination are refused");
	free(mod);
	free(sc);
}

/* The AICc of code c in a chosen model's candidates; NaN when not there. */
static double
cand_aicc(const EtsModel *mod, int c)
{
	for (int i = 0; i < mod->ncand; i++)
		if ((int) ETS_CAND(mod)[2 * i] == c)
			return ETS_CAND(mod)[2 * i + 1];
	return NAN;
}

/*
 * The automatic model's weights (auto_model.c) on y[0..n-1], cycle m: each
 * component's BIC from the AICc its choice found, with k counted here by
 * hand (alpha, l0, the variance; beta and b0 with a trend; phi when
 * damped; gamma and m - 1 free seasonal states with a season of m),
 *	  BIC = AICc - 2k(k + 1)/(n - k - 1) - 2k + k log n,
 * and the weight exp(-(BIC - BIC_min)/2), normalised; true when they are
 * the model's, and *nseas says how many components have a season.
 */
static int
bic_weights_match(const double *y, int n, int m, int *nseas)
{
	double		bic[AUTO_NCOMP],
				sum = 0.0,
				bmin = INFINITY,
			   *sc = malloc(sizeof(double) * AUTO_MODEL_SCRATCH(n, m));
	EtsModel   *mod = calloc(1, AUTO_MODEL_SIZE(n, m));
	const EtsModel *first;
	int			ok;

	if (auto_model_fit(y, n, m, NULL, mod, sc) != ETS_OK)
		abort();
	first = ets_component(mod, 0);
	ok = mod->ncomp == 3 && (mod->flags & ETS_FLAG_BIC_WEIGHTS);
	*nseas = 0;
	for (int i = 0; i < mod->ncomp && ok; i++)
	{
		int			c = ets_component(mod, i)->code;
		double		k = 3 + (ETS_CODE_TR(c) != ETS_TR_N ? 2 : 0) + (ets_code_damped(c) ? 1 : 0) +
			(ETS_CODE_SE(c) != ETS_SE_N ? m : 0),
					a = i == 0 ? first->aicc : cand_aicc(first, c);

		*nseas += ETS_CODE_SE(c) != ETS_SE_N;
		bic[i] = a - 2 * k * (k + 1) / (n - k - 1) - 2 * k + k * log((double) n);
		bmin = fmin(bmin, bic[i]);
	}
	for (int i = 0; i < mod->ncomp && ok; i++)
		sum += exp(-0.5 * (bic[i] - bmin));
	for (int i = 0; i < mod->ncomp && ok; i++)
		ok = fabs(ETS_WEIGHTS(mod)[i] - exp(-0.5 * (bic[i] - bmin)) / sum) < 1e-12;
	free(mod);
	free(sc);
	return ok;
}

/*
 * The BIC weights of a noisy line of 30 points (three non-seasonal
 * models) and of a quarterly cycle on a trend, 40 points (seasonal models
 * among the three: k counts the cycle, as ets_aicc_of does).
 */
static void
test_bic_weights(void)
{
	double		y[40];
	int			nseas;

	for (int t = 0; t < 30; t++)
		y[t] = 20 + 0.4 * t + 2 * sin(2.1 * t);
	check(bic_weights_match(y, 30, 1, &nseas) && nseas == 0,
		  "automatic model: the weights of a line are the BIC weights");
	for (int t = 0; t < 40; t++)
		y[t] = 50 + 0.5 * t + 8 * ((int []) {1, -2, 3, -2})[t % 4] + sin(1.7 * t);
	check(bic_weights_match(y, 40, 4, &nseas) && nseas > 0,
		  "automatic model: the weights of a seasonal series are the BIC weights");
}

/* The in-sample multi-step errors of the automatic model (auto_calib.c). */
void
test_calibration(void)
{
	test_flat();
	test_trend_steps();
	test_seasonal();
	test_seasonal_steps();
	test_initial_states();
	test_floor();
	test_bic_weights();
}
