/*-------------------------------------------------------------------------
 *
 * ets_search.h
 *	  The state of the fit of gpumkt_ets, shared by ets_fit.c (the model
 *	  run, the likelihood, the scaling) and ets_search.c (the searches,
 *	  the choice among models, the fitted model).  Plain C.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_ETS_SEARCH_H
#define GPUMKT_ETS_SEARCH_H

#include "ets_math.h"

/* largest search: 4 parameters, l0, b0, ETS_OPT_MAX_M - 1 seasonal states */
#define ETS_MAX_DIM (6 + ETS_OPT_MAX_M - 1)

/* The series and the model being fitted. */
typedef struct EtsWork
{
	const double *y;			/* the series */
	int			n;
	int			period;			/* the series' cycle (1 none) */
	double	   *za;				/* (y - ca) / sa: additive models */
	double	   *zm;				/* y / sm: models with an M part */
	double		ca,
				sa,
				sm;
	const double *z;			/* the scaled series of the model */
	double		zc,
				zs;				/* its centre and scale */
	int			code;
	int			m;				/* cycle of the model, 1 without season */
	int			nseas;			/* seasonal states searched over */
	int			dim;
	double		l0,
				b0;				/* heuristic initial states */
	double	   *season0;		/* heuristic seasonal states (m) */
	double	   *ring;			/* seasonal states while running (m) */
	double	   *poly;			/* admissibility scratch (2 m + 4) */
	double	   *scratch;		/* n doubles */
	int			evals;			/* objective evaluations so far */
	bool		thorough;		/* one model (forced): every start, always */
	EtsInterruptHook interrupt;
} EtsWork;

/* The model's quantities at a point of the search. */
typedef struct EtsParams
{
	double		alpha,
				beta,
				gamma,
				phi,
				l0,
				b0;
} EtsParams;

/* ets_fit.c */
extern void ets_decode(const EtsWork *w, const double *u, EtsParams *p);
extern void ets_start(const EtsWork *w, double *u, double alpha,
					  double bshare, double gshare, double phi);
extern double ets_run(const EtsWork *w, const EtsParams *p, double *fit,
					  double *level, double *trend);
extern double ets_objective(EtsWork *w, const double *u);
extern void ets_work_code(EtsWork *w, int code, int m);
extern double ets_aicc_of(const EtsWork *w, int code, double f);

/* ets_lik.c */
extern double ets_lik(const EtsWork *w, const EtsParams *p);

/* ets_search.c */
/* evaluations of the choice's quick first round (ets_choose.c) */
#define ETS_QUICK_EVALS 250
/* the seasonal candidates searched to the end after the first round */
#define ETS_FINALISTS 2
extern double ets_search(EtsWork *w, double *u);
extern double ets_screen(EtsWork *w, double *u);
extern double ets_quick(EtsWork *w, double *u);
extern double ets_refine(EtsWork *w, double *u, double best);
extern double ets_search_on(EtsWork *w, double *u, double f);

#endif							/* GPUMKT_ETS_SEARCH_H */
