/*-------------------------------------------------------------------------
 *
 * ets_choose.c
 *	  ets_fit: the models a series and the model argument allow (those of
 *	  forecast::ets's defaults), each searched (ets_search.c), the one of
 *	  least AICc kept, and the fitted model written.  Plain C.
 *
 * The candidates (forecast::ets, restrict = TRUE): error A, and M when
 * every value is > 0; trend N, A, Ad, and M, Md only when the model
 * argument names them (allow.multiplicative.trend = FALSE); season N, and
 * A, M (M for values > 0) when the series has a cycle; never A error with
 * an M trend or season, nor M error with an M trend and an A season; each
 * component fixed where the argument fixes it (its letters but Z).  A
 * forced model with none of Z is fitted alone.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "ets_search.h"

/* Is the combination one forecast::ets refuses (restrict = TRUE)? */
bool
ets_code_forbidden(int code)
{
	int			e = ETS_CODE_ERR(code),
				t = ETS_CODE_TR(code),
				s = ETS_CODE_SE(code);
	bool		mt = t == ETS_TR_M || t == ETS_TR_MD;

	return (e == ETS_ERR_A && (mt || s == ETS_SE_M)) ||
		(e == ETS_ERR_M && mt && s == ETS_SE_A);
}

/* Does the model have a multiplicative part? */
static bool
has_mult(int code)
{
	return ETS_CODE_ERR(code) == ETS_ERR_M || ETS_CODE_TR(code) >= ETS_TR_M ||
		ETS_CODE_SE(code) == ETS_SE_M;
}

/* Is a model among those opt allows for this series? */
static bool
allowed(const EtsOptions *opt, int code, int m, bool positive)
{
	int			e = ETS_CODE_ERR(code),
				t = ETS_CODE_TR(code),
				s = ETS_CODE_SE(code);

	if ((opt->error != ETS_ANY && e != opt->error) ||
		(opt->trend != ETS_ANY && t != opt->trend) ||
		(opt->seas != ETS_ANY && s != opt->seas))
		return false;
	if (opt->trend == ETS_ANY && t >= ETS_TR_M &&
		(!opt->mult_trend || (opt->mult_trend_plain && s != ETS_SE_N)))
		return false;
	if (opt->seas == ETS_ANY && s != ETS_SE_N && m < 2)
		return false;
	if (ets_code_forbidden(code) || (has_mult(code) && !positive))
		return false;
	return !(opt->additive_only && has_mult(code));
}

/* Scale the best fit back into the model: states, fitted values, stats. */
static void
finish(EtsWork *w, const double *u, double f, EtsModel *mod)
{
	EtsParams	p;
	double	   *fit;
	double		sse = 0.0,
				l,
				b,
				k = ets_code_nparams(w->code, w->m);
	bool		merr = ETS_CODE_ERR(w->code) == ETS_ERR_M;

	mod->code = w->code;
	mod->m = w->m;
	fit = ETS_FITTED(mod);
	ets_decode(w, u, &p);
	ets_run(w, &p, fit, &l, &b);
	for (int t = 0; t < w->n; t++)
	{
		double		e;

		fit[t] = w->zc + w->zs * fit[t];
		e = merr ? (w->y[t] - fit[t]) / fit[t] : w->y[t] - fit[t];
		sse += e * e;
	}
	for (int j = 0; j < w->m && w->m > 1; j++)
		mod->data[j] = w->ring[(w->n + j) % w->m] *
			(ETS_CODE_SE(w->code) == ETS_SE_M ? 1.0 : w->zs);
	mod->alpha = p.alpha;
	mod->beta = p.beta;
	mod->gamma = p.gamma;
	mod->phi = p.phi;
	mod->level = w->zc + w->zs * l;
	mod->trend = ETS_CODE_TR(w->code) >= ETS_TR_M ? b : w->zs * b;
	mod->sigma2 = sse / (w->n - k);
	mod->loglik = -0.5 * (f + 2.0 * w->n * log(w->zs));
	mod->aicc = ets_aicc_of(w, w->code, f);
	if (mod->aicc == HUGE_VAL)
		mod->aicc = NAN;
}

/*
 * The initial states of the model at u in the series' units into init
 * (ETS_INIT_SIZE(w->m) doubles): l0, b0, then the m seasonal states in the
 * order of the points (finish's scaling).
 */
static void
initial_states(EtsWork *w, const double *u, double *init)
{
	EtsParams	p;
	bool		mse = ETS_CODE_SE(w->code) == ETS_SE_M;

	ets_decode(w, u, &p);
	init[0] = w->zc + w->zs * p.l0;
	init[1] = ETS_CODE_TR(w->code) >= ETS_TR_M ? p.b0 : w->zs * p.b0;
	init[2] = mse ? 1.0 : 0.0;
	for (int j = 0; j < w->m && w->m > 1; j++)
		init[2 + j] = w->ring[j] * (mse ? 1.0 : w->zs);
}

/* Record a candidate and its AICc (NaN for none) in the model. */
static void
add_cand(EtsModel *mod, double *cand, int code, double aicc)
{
	if (mod->ncand >= ETS_MAX_CAND)
		return;
	cand[2 * mod->ncand] = code;
	cand[2 * mod->ncand + 1] = aicc == HUGE_VAL ? NAN : aicc;
	mod->ncand++;
}

/* The candidates' searches during the choice. */
typedef struct Cands
{
	int			n;
	int			code[ETS_NCODES];
	double		f[ETS_NCODES];	/* lik on z */
	double		aicc[ETS_NCODES];
	bool		full[ETS_NCODES];	/* searched to the end */
	double		u[ETS_NCODES][ETS_MAX_DIM];
} Cands;

/*
 * The first round: a model without season searched to the end (cheap), a
 * seasonal one quickly when there are more than ETS_FINALISTS of them.
 */
static void
first_round(EtsWork *w, Cands *cs, int m, int nseasonal)
{
	for (int i = 0; i < cs->n; i++)
	{
		int			c = cs->code[i];

		ets_work_code(w, c, m);
		cs->full[i] = !ets_code_seasonal(c) || nseasonal <= ETS_FINALISTS;
		cs->f[i] = cs->full[i] ? ets_search(w, cs->u[i]) : ets_quick(w, cs->u[i]);
		cs->aicc[i] = ets_aicc_of(w, c, cs->f[i]);
	}
}

/*
 * The second round: the ETS_FINALISTS seasonal candidates of least AICc
 * after the quick round searched on to the end (the rest keep their quick
 * AICc, an upper bound of their best).
 */
static void
second_round(EtsWork *w, Cands *cs, int m)
{
	for (int k = 0; k < ETS_FINALISTS; k++)
	{
		int			pick = -1;

		for (int i = 0; i < cs->n; i++)
			if (!cs->full[i] && cs->aicc[i] < HUGE_VAL &&
				(pick < 0 || cs->aicc[i] < cs->aicc[pick]))
				pick = i;
		if (pick < 0)
			return;
		ets_work_code(w, cs->code[pick], m);
		cs->f[pick] = ets_search_on(w, cs->u[pick], cs->f[pick]);
		cs->aicc[pick] = ets_aicc_of(w, cs->code[pick], cs->f[pick]);
		cs->full[pick] = true;
	}
}

/*
 * Fit the models opt allows and keep the one of least AICc among those
 * searched to the end (a forced model alone: its fit); the candidates and
 * their AICc into cand.  Returns the code, or -1.
 */
static int
choose(EtsWork *w, const EtsOptions *opt, int m, bool positive,
	   EtsModel *mod, double *cand, double *best_u, double *best_f)
{
	Cands		cs;
	int			best = -1,
				nseasonal = 0;

	cs.n = 0;
	for (int c = 0; c < ETS_NCODES; c++)
		if (allowed(opt, c, m, positive) && ets_code_supported(c, w->n, m))
			cs.code[cs.n++] = c;
	/* with a choice, a model whose AICc has no degree of freedom is out */
	for (int i = 0, k = 0, total = cs.n; i < total; i++)
		if (total == 1 || cs.code[i] == 0 || ets_aicc_of(w, cs.code[i], 0.0) < HUGE_VAL)
		{
			cs.code[k++] = cs.code[i];
			nseasonal += ets_code_seasonal(cs.code[i]);
		}
		else
			cs.n--;
	w->thorough = cs.n == 1 && !opt->quick;
	first_round(w, &cs, m, nseasonal);
	second_round(w, &cs, m);
	for (int i = 0; i < cs.n; i++)
	{
		if (cs.n > 1)
			add_cand(mod, cand, cs.code[i], cs.aicc[i]);
		if (cs.full[i] && cs.f[i] < HUGE_VAL &&
			(best < 0 || (cs.n > 1 && cs.aicc[i] < cs.aicc[best])))
			best = i;
	}
	if (best < 0)
		return -1;
	*best_f = cs.f[best];
	memcpy(best_u, cs.u[best], sizeof(double) * ETS_MAX_DIM);
	return cs.code[best];
}

/* Are all values > 0 (multiplicative models allowed)? */
static bool
all_positive(const double *y, int n, double *max)
{
	*max = 0.0;
	for (int i = 0; i < n; i++)
	{
		if (!(y[i] > 0.0))
			return false;
		*max = y[i] > *max ? y[i] : *max;
	}
	return true;
}

/* Does opt force one model (no Z), and which? */
static int
forced_code(const EtsOptions *opt)
{
	if (opt->error == ETS_ANY || opt->trend == ETS_ANY || opt->seas == ETS_ANY)
		return -1;
	return ETS_CODE(opt->error, opt->trend, opt->seas);
}

/* Check the arguments against the series; ETS_OK or why not. */
static EtsStatus
check_args(const double *y, int n, const EtsOptions *opt, int m,
		   bool positive)
{
	int			fc = forced_code(opt);

	if (n < 3)
		return ETS_TOO_FEW;
	if (n > ETS_MAX_N)
		return ETS_TOO_LONG;
	for (int i = 0; i < n; i++)
		if (!isfinite(y[i]))
			return ETS_NOT_FINITE;
	if (m > 1 && (int64_t) m * 2 > n)
		return ETS_SEASON_LONG;
	if (fc >= 0 && has_mult(fc) && !positive)
		return ETS_NOT_POSITIVE;
	if (fc >= 0 && !ets_code_supported(fc, n, m))
		return ETS_MODEL_DATA;
	return ETS_OK;
}

/*
 * Fit y[0..n-1] (a regular series) as opt asks, into mod, which has room
 * for ETS_FIT_SIZE(n, opt->season) bytes; scratch holds ETS_SCRATCH(n,
 * season) doubles.  Sets every field but the varlena header and those of
 * time (tkind, tunit, t0, step, trem, filled); the candidates are written
 * after the fitted values (the model's size is then ets_model_size).
 */
EtsStatus
ets_fit(const double *y, int n, const EtsOptions *opt, EtsModel *mod,
		double *scratch)
{
	EtsWork		w;
	double		u[ETS_MAX_DIM],
				cand[2 * ETS_MAX_CAND],
				f = HUGE_VAL;
	int			m = opt->season > 1 ? opt->season : 1;
	bool		positive;
	int			code;
	EtsStatus	s;

	memset(&w, 0, sizeof(w));
	positive = all_positive(y, n, &w.sm);
	if ((s = check_args(y, n, opt, m, positive)) != ETS_OK)
		return s;
	ets_centre_scale(y, n, &w.ca, &w.sa);
	w.y = y;
	w.n = n;
	w.period = m;
	w.za = scratch;
	w.zm = scratch + n;
	w.scratch = scratch + 2 * n;
	w.season0 = scratch + 3 * n;
	w.ring = w.season0 + m;
	w.poly = w.ring + m;
	w.interrupt = opt->interrupt;
	for (int i = 0; i < n; i++)
	{
		w.za[i] = (y[i] - w.ca) / w.sa;
		w.zm[i] = positive ? y[i] / w.sm : 0.0;
	}
	memset(mod, 0, offsetof(EtsModel, data));
	code = choose(&w, opt, m, positive, mod, cand, u, &f);
	if (code < 0)
		return ETS_NO_FIT;
	ets_work_code(&w, code, m);
	mod->version = ETS_VERSION;
	mod->method = ETS_METHOD_ETS;
	mod->flags = (mod->ncand > 0 ? ETS_FLAG_CHOSEN : 0) |
		(ETS_CODE_TR(code) >= ETS_TR_M ? ETS_FLAG_SIMULATED : 0);
	mod->n = n;
	mod->period = m;
	finish(&w, u, f, mod);
	if (opt->init)
		initial_states(&w, u, opt->init);
	memcpy(ETS_CAND(mod), cand, sizeof(double) * 2 * mod->ncand);
	ets_accuracy(y, ETS_FITTED(mod), n, m, mod);
	if (!isfinite(mod->sigma2) || !isfinite(mod->level) || !isfinite(mod->trend) ||
		!isfinite(mod->mae) || !isfinite(mod->rmse) || !isfinite(mod->loglik))
		return ETS_NO_FIT;
	for (int i = 0; i < n + (mod->m > 1 ? mod->m : 0); i++)
		if (!isfinite(mod->data[i]) ||
			(i < mod->m && ETS_CODE_SE(code) == ETS_SE_M && !(mod->data[i] > 0.0)))
			return ETS_NO_FIT;
	if (ETS_CODE_TR(code) >= ETS_TR_M && !(mod->level > 0.0 && mod->trend > 0.0))
		return ETS_NO_FIT;
	return ETS_OK;
}
