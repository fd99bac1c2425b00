/*-------------------------------------------------------------------------
 *
 * ets_math.h
 *	  Exponential smoothing (the ETS state-space models of Hyndman,
 *	  Koehler, Ord and Snyder 2008, the family of R's forecast::ets) in
 *	  plain C, without server
 *	  calls (test/fuzz/fuzz_ets.c links it alone): the regular series from
 *	  points (ets_series.c), the fit by maximum likelihood with a
 *	  Nelder-Mead search and the choice by AICc (ets_math.c, ets_fit.c), the
 *	  forecasts and their intervals, and the model's text form (ets_text.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_MATH_H
#define GPUMKT_ETS_MATH_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The models (version 2, gpumkt 2.1): the ETS family of forecast::ets,
 * error A or M, trend N, A, Ad, M or Md, season N, A or M, named as R
 * names them (ANN, MAdM, ...).  A model's code packs the three:
 *	  code = error + 2 * trend + 10 * season   (0 .. 29)
 * so that the 2.0 names (ANN, AAN, AAdN, ANA, AAA, AAdA) keep their
 * meaning.  The enum EtsKind below is version 1's numbering, read only to
 * convert a version 1 value (ets_kind_v1_code).
 */
#define ETS_ERR_A 0
#define ETS_ERR_M 1
#define ETS_TR_N 0
#define ETS_TR_A 1
#define ETS_TR_AD 2
#define ETS_TR_M 3
#define ETS_TR_MD 4
#define ETS_SE_N 0
#define ETS_SE_A 1
#define ETS_SE_M 2
#define ETS_NCODES 30
#define ETS_CODE(e, t, s) ((e) + 2 * (t) + 10 * (s))
#define ETS_CODE_ERR(c) ((c) % 2)
#define ETS_CODE_TR(c) (((c) / 2) % 5)
#define ETS_CODE_SE(c) ((c) / 10)
/* "Z" of a model argument: the fit chooses this component */
#define ETS_ANY (-1)

/* version 1's kinds (2.0's stored values) */
typedef enum EtsKind
{
	ETS_ANN = 0,
	ETS_AAN,
	ETS_AADN,
	ETS_ANA,
	ETS_AAA,
	ETS_AADA,
	ETS_NKINDS
} EtsKind;

/* What a computation found. */
typedef enum EtsStatus
{
	ETS_OK = 0,
	ETS_TOO_FEW,				/* fewer than 3 points */
	ETS_NOT_FINITE,				/* a value is NaN or infinite */
	ETS_STEP,					/* the times have no constant step */
	ETS_GAPS,					/* more than 30 % of the points missing */
	ETS_SEASON_LONG,			/* seasonality above half the series */
	ETS_MODEL_DATA,				/* the forced model needs more points */
	ETS_TOO_LONG,				/* the series would exceed ETS_MAX_N points */
	ETS_NO_FIT,					/* no model gave a finite likelihood */
	ETS_NOT_POSITIVE			/* a multiplicative model, data not > 0 */
} EtsStatus;

/* kinds of t */
#define ETS_T_INT 0
#define ETS_T_DATE 1
#define ETS_T_TSTZ 2
/*
 * units of the step: the t type's own (1, a day, a microsecond) or months,
 * each point trem after the month's start (ETS_UNIT_MONTH), or so but on
 * the month's last day where trem's day is past it (ETS_UNIT_MONTH_CLAMPED,
 * 1.4.1: month ends are trem = 30 days; its day is the 29th to 31st)
 */
#define ETS_UNIT_NATIVE 0
#define ETS_UNIT_MONTH 1
#define ETS_UNIT_MONTH_CLAMPED 2

/* the layout of 2.0's values, still read, and of 2.1's */
#define ETS_VERSION_1 1
#define ETS_VERSION 2
/* the most points of a series, and the longest cycle */
#define ETS_MAX_N 1000000
/* the share of points that may be missing and filled in */
#define ETS_MAX_MISSING 0.30
/* cycles longer than this keep their initial seasonal states as estimated */
#define ETS_OPT_MAX_M 24
/* the farthest a forecast may reach, in steps after the last point */
#define ETS_MAX_H 1000000

/*
 * The method of a model (version 2).  ETS: an exponential-smoothing model
 * of code `code`.  THETA and COMBINATION are helper "theta"'s (issue 19,
 * items 3 and 4): see "THE CONTRACT FOR THETA" below.
 */
#define ETS_METHOD_ETS 0
#define ETS_METHOD_THETA 1
#define ETS_METHOD_COMBINATION 2
#define ETS_NMETHODS 3

/* flags (version 2) */
#define ETS_FLAG_CHOSEN 1		/* chosen among candidates (not forced) */
#define ETS_FLAG_SIMULATED 2	/* intervals by simulation (no closed form) */
#define ETS_FLAG_BIC_WEIGHTS 4	/* COMBINATION: weighted by BIC (2.1.1; 2.1's
								 * by AICc, Akaike weights) */

/* is the model's error multiplicative (its sigma2 relative)? */
#define ETS_MULT_ERROR(mod) \
	((mod)->method == ETS_METHOD_ETS && ETS_CODE_ERR((mod)->code) == ETS_ERR_M)
/* the farthest simulated intervals reach */
#define ETS_SIM_MAX_H 10000

/* the most candidates a model records */
#define ETS_MAX_CAND 40
/* candidate codes: an ETS code (0..29), or these for other methods */
#define ETS_CAND_THETA 100
#define ETS_CAND_COMBINATION 101
/* the most components of a combination (a component is no combination) */
#define ETS_MAX_COMP 8

/*
 * A fitted model, version 2, flat, as the SQL type stores it: the first
 * word is the varlena header (the server glue sets it), then the fixed
 * fields, then data[] (doubles), in this order:
 *
 *	  [0, ms)				the m final seasonal states, ms = (m > 1 ? m : 0):
 *							data[j] is the state of the season of point
 *							n + j (additive: added; multiplicative: a
 *							factor)
 *	  [ms, ms+n)			the n one-step fitted values (ETS_FITTED)
 *	  next 2 * ncand		the candidates tried, pairs (code, AICc): code
 *							an ETS code or ETS_CAND_*, as a double; AICc
 *							NaN where the candidate had none (ETS_CAND)
 *	  next nextra			the method's own parameters (ETS_EXTRA); none
 *							for ETS
 *	  next ncomp			COMBINATION: the weights of the components
 *							(ETS_WEIGHTS), >= 0, summing to 1
 *	  then ncomp models		COMBINATION: each component, a whole version 2
 *							EtsModel (of any method but COMBINATION),
 *							back to back, each starting 8-byte aligned
 *							(every size is); a component's vl_len_ holds
 *							its size in bytes as a plain int32 (not a
 *							varlena header); ets_component() finds them
 *
 * Version 1 (2.0) values have the layout EtsModelV1; the glue converts
 * them on reading (ets_model_from_v1), so that the code below sees only
 * version 2.
 */
typedef struct EtsModel
{
	int32_t		vl_len_;		/* varlena header: not touched here */
	int32_t		version;		/* ETS_VERSION */
	int32_t		method;			/* ETS_METHOD_* */
	int32_t		code;			/* ETS: the model's code; others: see below */
	int32_t		tkind;			/* ETS_T_* */
	int32_t		tunit;			/* ETS_UNIT_* */
	int32_t		m;				/* cycle length used by the model; 1 none */
	int32_t		period;			/* cycle length of the series (MASE scale) */
	int32_t		n;				/* points of the regular series */
	int32_t		filled;			/* points filled in by interpolation */
	int64_t		t0;				/* t of the first point, in units */
	int64_t		step;			/* units between points */
	int64_t		trem;			/* month units: offset within the month */
	int32_t		flags;			/* ETS_FLAG_* */
	int32_t		ncand;			/* candidates recorded */
	int32_t		nextra;			/* the method's own doubles */
	int32_t		ncomp;			/* COMBINATION: components; else 0 */
	double		alpha;
	double		beta;			/* 0 without trend */
	double		gamma;			/* 0 without season */
	double		phi;			/* 1 undamped or without trend */
	double		sigma2;			/* residual variance, SSE / (n - k) (of the
								 * relative errors for M error) */
	double		loglik;			/* R's: -0.5 * lik of forecast::ets */
	double		aicc;			/* NaN when n - k - 1 <= 0 (no AICc) */
	double		mae;
	double		rmse;
	double		mase;			/* NaN when the scale is zero */
	double		smape;			/* percent */
	double		level;			/* final states */
	double		trend;			/* additive: a slope; M trend: a ratio */
	double		data[];			/* FLEXIBLE_ARRAY_MEMBER */
} EtsModel;

/* the doubles of data[] before the components */
#define ETS_NDOUBLES(n, m, ncand, nextra, ncomp) \
	((size_t) (n) + ((m) > 1 ? (size_t) (m) : 0) + 2 * (size_t) (ncand) + \
	 (size_t) (nextra) + (size_t) (ncomp))
/* bytes of a model without components */
#define ETS_MODEL_SIZE2(n, m, ncand, nextra) \
	(offsetof(EtsModel, data) + sizeof(double) * ETS_NDOUBLES(n, m, ncand, nextra, 0))
/* bytes of a plain ETS model without candidates (version 1's size rule) */
#define ETS_MODEL_SIZE(n, m) ETS_MODEL_SIZE2(n, m, 0, 0)
/* the fitted values, candidates, extras and weights of a model */
#define ETS_FITTED(mod) ((mod)->data + ((mod)->m > 1 ? (mod)->m : 0))
#define ETS_CAND(mod) (ETS_FITTED(mod) + (mod)->n)
#define ETS_EXTRA(mod) (ETS_CAND(mod) + 2 * (mod)->ncand)
#define ETS_WEIGHTS(mod) (ETS_EXTRA(mod) + (mod)->nextra)

/*
 * THE CONTRACT FOR THETA (helper "theta", gpumkt_theta and
 * gpumkt_auto_model, which return this same type):
 *
 * A THETA model (method ETS_METHOD_THETA) fills every fixed field as an
 * ETS model does (times, n, period, m, accuracy, sigma2, loglik, aicc,
 * alpha, level, trend; beta, gamma 0 and phi 1 unless theta uses them),
 * its fitted values, and its own parameters in the nextra doubles of
 * ETS_EXTRA (theta documents their meaning in its own file; e.g. theta,
 * the drift, the seasonal indices); code is ETS_CODE(A, N, N) (its SES),
 * ncomp 0.  Its m seasonal slots may hold its seasonal indices (m > 1).
 *
 * A COMBINATION model (ETS_METHOD_COMBINATION) fills the fixed fields
 * (times, n, period; accuracy of its fitted values, which are the
 * weighted sums of the components'; sigma2, loglik, aicc as theta
 * documents; alpha .. phi, level, trend 0, phi 1; m = 1, no seasonal
 * slots), ncomp weights in ETS_WEIGHTS and the ncomp components after
 * them (ets_model_size, ets_component); each component has the
 * combination's times, n and period.  code is that of its first ETS
 * component, or 0.
 *
 * Candidates (ncand pairs) are what model_info reports as "why": any
 * method may record them (ETS_CAND_THETA / ETS_CAND_COMBINATION for the
 * non-ETS ones).
 *
 * The one dispatch (ets_forecast.c): ets_point, ets_intervals and
 * ets_model_valid switch on the method; ETS is handled there, COMBINATION
 * there too (point: the weighted sum of the components'; interval: the
 * weighted sums of their bounds), THETA by calling these three functions,
 * which theta provides in src/core/forecast/theta_model.c (this branch
 * ships placeholders that refuse every THETA model: theta replaces that
 * file):
 */
extern double theta_point(const EtsModel *mod, int64_t h);
extern bool theta_intervals(const EtsModel *mod, int64_t horizon,
							double level, double *low, double *high);
extern bool theta_model_valid(const EtsModel *mod);

/*
 * theta_point: the point forecast h >= 1 steps after the last point.
 * theta_intervals: the central intervals of the level (0 < level < 1) for
 * h = 1 .. horizon into low[h - 1], high[h - 1]; false when memory ran
 * out.  theta_model_valid: are the THETA-specific fields (extras, season
 * slots, parameters) ones theta's fit could make; the generic fields
 * (times, n, sizes, accuracy, finiteness of data) are checked before.
 * All three pure C (no server calls), as this file.
 */

/*
 * The text form (ets_text.c) and binary form (src/pg/forecast/ets_binary.c)
 * are generic: the fixed fields, the arrays season, fitted, cand, extra,
 * weights, and the components nested (comp={ets(...);ets(...)}); theta adds
 * nothing there.  test/unit/test_core.c (test_combination) builds a
 * COMBINATION of two fitted ETS models and checks all of it.
 *
 * An ETS component: ets_fit(y, n, &opt, mod, scratch) into ETS_FIT_SIZE(n,
 * opt.season) zeroed bytes, opt's error/trend/seas ETS_ANY (choose, as
 * 'ZZZ') or fixed, opt.mult_trend to let the choice try M trends (more
 * accurate on bench/accuracy.sh, slower: docs/benchmarks.md; with
 * opt.mult_trend_plain only without a season), opt.quick to search a
 * forced model as a candidate of a choice (faster); then set its
 * times (tkind, tunit, t0, step, trem, filled) and vl_len_ =
 * ets_model_size(mod) before copying it into a combination.
 */

/* version 1's fixed part (2.0's stored values; data[] as version 2's) */
typedef struct EtsModelV1
{
	int32_t		vl_len_;
	int32_t		version;		/* ETS_VERSION_1 */
	int32_t		kind;			/* EtsKind */
	int32_t		tkind;
	int32_t		tunit;
	int32_t		m;
	int32_t		period;
	int32_t		n;
	int64_t		t0;
	int64_t		step;
	int64_t		trem;
	int32_t		filled;
	int32_t		flags;
	double		alpha,
				beta,
				gamma,
				phi,
				sigma2,
				loglik,
				aicc,
				mae,
				rmse,
				mase,
				smape,
				level,
				trend;
	double		data[];
} EtsModelV1;

#define ETS_MODEL_V1_SIZE(n, m) \
	(offsetof(EtsModelV1, data) + sizeof(double) * ((size_t) (n) + ((m) > 1 ? (size_t) (m) : 0)))

/* A callback the optimiser calls now and then (cancellation). */
typedef void (*EtsInterruptHook) (void);

/*
 * What the fit is asked for: each component given (ETS_ERR_*, ETS_TR_*,
 * ETS_SE_*) or ETS_ANY to choose it; ets_parse_spec reads R's codes.
 */
typedef struct EtsOptions
{
	int			season;			/* cycle length; 1 none */
	int			error;			/* ETS_ERR_* or ETS_ANY */
	int			trend;			/* ETS_TR_* or ETS_ANY */
	int			seas;			/* ETS_SE_* or ETS_ANY */
	bool		mult_trend;		/* may ETS_ANY pick an M or Md trend */
	bool		mult_trend_plain;	/* with mult_trend: M trends only without a
									 * season (gpumkt_auto_model's family) */
	bool		quick;			/* search a forced model as the choice searches
								 * a candidate (not thoroughly) */
	bool		additive_only;	/* 2.0's family: A error, no M at all */
	EtsInterruptHook interrupt;
	double	   *init;			/* when set: the fitted model's initial states
								 * in the series' units, l0, b0 and its m
								 * seasonal states (ETS_INIT_SIZE doubles) */
} EtsOptions;

/* doubles of EtsOptions.init for a series of cycle m */
#define ETS_INIT_SIZE(m) (2 + (size_t) ((m) > 1 ? (m) : 1))

/* ets_math.c: the codes */
extern const char *ets_code_name(int code);
extern int	ets_code_of_name(const char *name);
extern int	ets_kind_v1_code(int kind);
extern bool ets_parse_spec(const char *name, EtsOptions *opt);
extern int	ets_spec_pack(const EtsOptions *o);
extern void ets_spec_unpack(int packed, EtsOptions *o);
extern int	ets_spec_code(int packed);
extern void ets_spec_name(int packed, char *buf);
extern bool ets_code_trend(int code);
extern bool ets_code_damped(int code);
extern bool ets_code_seasonal(int code);
extern int	ets_code_nparams(int code, int m);
extern bool ets_code_supported(int code, int n, int m);
extern double ets_normal_quantile(double p);

/* ets_forecast.c: the one dispatch on the method */
extern double ets_point(const EtsModel *mod, int64_t h);
extern bool ets_intervals(const EtsModel *mod, int64_t horizon, double level,
						  double *low, double *high);
extern bool ets_model_valid(const EtsModel *mod, size_t size);
extern size_t ets_model_size(const EtsModel *mod);
extern const EtsModel *ets_component(const EtsModel *mod, int i);
extern size_t ets_model_from_v1(const EtsModelV1 *v1, size_t size,
								EtsModel *out, size_t cap);

/* ets_class.c: ETS models' forecasts and variances */
extern double ets_ets_point(const EtsModel *mod, int64_t h);
extern bool ets_ets_intervals(const EtsModel *mod, int64_t horizon,
							  double level, double *low, double *high);
/* ets_class3.c: class 3's variances, for cycles up to ETS_CLASS3_MAX_M */
#define ETS_CLASS3_MAX_M 64
extern bool ets_class3_var(const EtsModel *mod, int64_t horizon, double *var);

/*
 * The one-step forecast of a model of code from the level l, trend b and
 * the state s of the point's season (0 or 1 without season), and the
 * update of the states by the value y (forecast::ets's form, the same for
 * both error types: Hyndman et al. 2008, table 2.1 written with
 * beta* = beta / alpha); shared by the fit and the simulation.
 */
static inline double
ets_forecast1(int code, double phi, double l, double b, double s)
{
	int			tr = ETS_CODE_TR(code),
				se = ETS_CODE_SE(code);
	double		q = tr == ETS_TR_N ? l :
		(tr <= ETS_TR_AD ? l + phi * b : l * (phi == 1.0 ? b : pow(b, phi)));

	return se == ETS_SE_N ? q : (se == ETS_SE_A ? q + s : q * s);
}

static inline void
ets_update(int code, double alpha, double beta, double gamma, double phi,
		   double *l, double *b, double *s, double y)
{
	int			tr = ETS_CODE_TR(code),
				se = ETS_CODE_SE(code);
	double		oldl = *l,
				phib = tr == ETS_TR_N ? 0.0 :
		(tr <= ETS_TR_AD ? phi * *b : (phi == 1.0 ? *b : pow(*b, phi)));
	double		q = tr == ETS_TR_N ? oldl : (tr <= ETS_TR_AD ? oldl + phib : oldl * phib);
	double		p = se == ETS_SE_N ? y : (se == ETS_SE_A ? y - *s : y / *s);

	*l = q + alpha * (p - q);
	if (tr != ETS_TR_N)
		*b = phib + (beta / alpha) * ((tr <= ETS_TR_AD ? *l - oldl : *l / oldl) - phib);
	if (se != ETS_SE_N)
		*s = *s + gamma * ((se == ETS_SE_A ? y - q : y / q) - *s);
}

/* ets_fit.c */
/* doubles of scratch that ets_fit needs */
#define ETS_SCRATCH(n, m) (4 * (size_t) (n) + 4 * (size_t) ((m) > 1 ? (m) : 1) + 8)
/* bytes mod needs for ets_fit (the candidates' room included) */
#define ETS_FIT_SIZE(n, m) ETS_MODEL_SIZE2(n, m, ETS_MAX_CAND, 0)
extern EtsStatus ets_fit(const double *y, int n, const EtsOptions *opt,
						 EtsModel *mod, double *scratch);
/* ets_choose.c */
extern bool ets_code_forbidden(int code);

/* ets_series.c */
/* a point of the series as the aggregate collected it */
typedef struct EtsPoint
{
	int64_t		x;				/* t in units (months for the month unit) */
	double		v;
} EtsPoint;

/* the regular series ets_regular makes of points */
typedef struct EtsGrid
{
	int64_t		t0;				/* t of the first point */
	int64_t		step;
	int			n;				/* points of the series, filled ones too */
	int			filled;			/* points filled in */
	int64_t		gap_from;		/* ETS_GAPS: t before and after the widest */
	int64_t		gap_to;			/* gap (ETS_STEP: two points off the step) */
} EtsGrid;

extern EtsStatus ets_grid(EtsPoint *pts, int *npts, EtsGrid *g);
extern void ets_fill(const EtsPoint *pts, int npts, const EtsGrid *g,
					 double *y);
extern bool ets_centre_scale(const double *y, int n, double *c, double *s);
extern int	ets_detect_season(const double *y, int n, const int *cand,
							  int ncand);
extern void ets_accuracy(const double *y, const double *fit, int n,
						 int period, EtsModel *mod);

/* ets_text.c */
extern size_t ets_format(const EtsModel *mod, char *buf, size_t len);
extern size_t ets_text_max(const EtsModel *mod);
extern size_t ets_parse(const char *s, EtsModel *mod, size_t cap);

#endif							/* GPUMKT_ETS_MATH_H */
