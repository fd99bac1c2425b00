/*-------------------------------------------------------------------------
 *
 * ets_math.h
 *	  Exponential smoothing (the additive-error ETS state-space models of
 *	  Hyndman, Koehler, Ord and Snyder 2008) in plain C, without server
 *	  calls (test/fuzz/fuzz_ets.c links it alone): the regular series from
 *	  points (ets_series.c), the fit by maximum likelihood with a
 *	  Nelder-Mead search and the choice by AICc (ets_math.c, ets_fit.c), the
 *	  forecasts and their intervals, and the model's text form (ets_text.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_MATH_H
#define GPUMKT_ETS_MATH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The models: error, trend (N, A, Ad) and season (N, A), all additive. */
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
	ETS_NO_FIT					/* no model gave a finite likelihood */
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

#define ETS_VERSION 1
/* the most points of a series, and the longest cycle */
#define ETS_MAX_N 1000000
/* the share of points that may be missing and filled in */
#define ETS_MAX_MISSING 0.30
/* cycles longer than this keep their initial seasonal states as estimated */
#define ETS_OPT_MAX_M 24
/* the farthest a forecast may reach, in steps after the last point */
#define ETS_MAX_H 1000000

/*
 * A fitted model, flat, as the SQL type stores it: the first word is the
 * varlena header (the server glue sets it), then fixed fields, then
 * data[]: the m final seasonal states (data[j] is the state of the season
 * of point n + j, j = 0..m-1; none when m = 1) and the n fitted values.
 */
typedef struct EtsModel
{
	int32_t		vl_len_;		/* varlena header: not touched here */
	int32_t		version;		/* ETS_VERSION */
	int32_t		kind;			/* EtsKind */
	int32_t		tkind;			/* ETS_T_* */
	int32_t		tunit;			/* ETS_UNIT_* */
	int32_t		m;				/* cycle length used by the model; 1 none */
	int32_t		period;			/* cycle length of the series (MASE scale) */
	int32_t		n;				/* points of the regular series */
	int64_t		t0;				/* t of the first point, in units */
	int64_t		step;			/* units between points */
	int64_t		trem;			/* month units: offset within the month */
	int32_t		filled;			/* points filled in by interpolation */
	int32_t		flags;			/* 0 */
	double		alpha;
	double		beta;			/* 0 without trend */
	double		gamma;			/* 0 without season */
	double		phi;			/* 1 undamped, 0 without trend */
	double		sigma2;			/* residual variance, SSE / (n - k) */
	double		loglik;
	double		aicc;			/* NaN when n - k - 1 <= 0 (no AICc) */
	double		mae;
	double		rmse;
	double		mase;			/* NaN when the scale is zero */
	double		smape;			/* percent */
	double		level;			/* final states */
	double		trend;
	double		data[];			/* FLEXIBLE_ARRAY_MEMBER */
} EtsModel;

/* bytes of a model of n points and cycle m */
#define ETS_MODEL_SIZE(n, m) \
	(offsetof(EtsModel, data) + sizeof(double) * ((size_t) (n) + ((m) > 1 ? (size_t) (m) : 0)))
/* the fitted values of a model */
#define ETS_FITTED(mod) ((mod)->data + ((mod)->m > 1 ? (mod)->m : 0))

/* A callback the optimiser calls now and then (cancellation). */
typedef void (*EtsInterruptHook) (void);

/* What the fit is asked for. */
typedef struct EtsOptions
{
	int			season;			/* cycle length; 1 none */
	int			force;			/* an EtsKind, or -1 to choose by AICc */
	EtsInterruptHook interrupt;
} EtsOptions;

/* ets_math.c */
extern const char *ets_kind_name(int kind);
extern int	ets_kind_of_name(const char *name);
extern bool ets_kind_trend(int kind);
extern bool ets_kind_damped(int kind);
extern bool ets_kind_seasonal(int kind);
extern int	ets_kind_nparams(int kind, int m);
extern bool ets_kind_supported(int kind, int n, int m);
extern double ets_point(const EtsModel *mod, int64_t h);
extern double ets_c(const EtsModel *mod, int64_t j);
extern double ets_variance(const EtsModel *mod, int64_t h);
extern double ets_normal_quantile(double p);
extern bool ets_model_valid(const EtsModel *mod, size_t size);

/* ets_fit.c */
/* doubles of scratch that ets_fit needs */
#define ETS_SCRATCH(n, m) ((size_t) (n) + 2 * (size_t) ((m) > 1 ? (m) : 1))
extern EtsStatus ets_fit(const double *y, int n, const EtsOptions *opt,
						 EtsModel *mod, double *scratch);

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
extern size_t ets_text_max(int n, int m);
extern size_t ets_parse(const char *s, EtsModel *mod, size_t cap);

#endif							/* GPUMKT_ETS_MATH_H */
