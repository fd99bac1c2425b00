/*-------------------------------------------------------------------------
 *
 * theta_agg.c
 *	  The final functions of the aggregates gpumkt_theta(t, value [,
 *	  seasonality]) and gpumkt_auto_model(t, value [, seasonality]) (issue
 *	  19): they share gpumkt_ets's transition, combine, serialize and
 *	  deserialize functions (ets.c) and one final function, which makes
 *	  the regular series as gpumkt_ets does (ets_state_series) and fits
 *	  the Theta method (theta_model.c) or the automatic combination
 *	  (auto_model.c), as the aggregate's name says (in a window, the name
 *	  of the window's aggregates it serves), into a
 *	  gpumkt_ets_model, which gpumkt_predict and the other accessors read
 *	  unchanged.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/lsyscache.h"

#include "agg_common.h"
#include "auto_model.h"
#include "ets.h"
#include "theta.h"

PG_FUNCTION_INFO_V1(gpumkt_model_final);

/* Stamp the series' times on a fitted model and check it. */
static Datum
finish_model(EtsModel *mod, const EtsModel *hdr, const char *fname)
{
	mod->tkind = hdr->tkind;
	mod->tunit = hdr->tunit;
	mod->trem = hdr->trem;
	mod->t0 = hdr->t0;
	mod->step = hdr->step;
	mod->filled = hdr->filled;
	auto_model_stamp(mod);
	SET_VARSIZE(mod, ets_model_size(mod));
	if (!ets_model_valid(mod, ets_model_size(mod)))
		elog(ERROR, "%s made a model that is not valid", fname);
	PG_RETURN_POINTER(mod);
}

/* Raise the error of a series no model could fit. */
static void
no_fit_error(const char *fname)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("values of %s are out of range for a fit", fname),
			 errdetail("The method gives no finite states and errors over the series."),
			 errhint("Scale the values down.")));
}

/*
 * The Theta method (theta) or the automatic combination over the group's
 * series; fname the aggregate's name, for the errors.
 */
static Datum
method_final(FunctionCallInfo fcinfo, bool theta, const char *fname)
{
	EtsModel	hdr;
	EtsModel   *mod;
	double	   *y;
	int			m;
	bool		ok;

	y = ets_state_series(fcinfo, &hdr, &m);
	if (y == NULL)
		PG_RETURN_NULL();
	if (theta)
	{
		mod = palloc0(THETA_MODEL_SIZE(hdr.n, m));
		ok = theta_model_fit(y, hdr.n, m, mod,
							 palloc(sizeof(double) * THETA_MODEL_SCRATCH(hdr.n, m)));
	}
	else
	{
		mod = palloc0(AUTO_MODEL_SIZE(hdr.n, m));
		ok = auto_model_fit(y, hdr.n, m, ets_interrupt_hook(), mod,
							palloc(sizeof(double) * AUTO_MODEL_SCRATCH(hdr.n, m))) == ETS_OK;
	}
	if (!ok)
		no_fit_error(fname);
	return finish_model(mod, &hdr, fname);
}

/* Is name one of the aggregates gpumkt_model_final serves? */
static bool
served(const char *name)
{
	return name != NULL &&
		(strcmp(name, "gpumkt_theta") == 0 || strcmp(name, "gpumkt_auto_model") == 0);
}

/*
 * The name of the aggregate whose final this is: its Aggref's, or in a
 * window (which gives no Aggref) that of the aggregates of the window
 * that this final serves, when they are all of one name; NULL for none.
 */
static char *
caller_name(FunctionCallInfo fcinfo)
{
	Aggref	   *agg = AggGetAggref(fcinfo);
	char	   *found = NULL;
	ListCell   *lc;

	if (agg != NULL)
		return get_func_name(agg->aggfnoid);
	if (fcinfo->context == NULL || !IsA(fcinfo->context, WindowAggState))
		return NULL;
	foreach(lc, ((WindowAggState *) fcinfo->context)->funcs)
	{
		WindowFunc *wf = ((WindowFuncExprState *) lfirst(lc))->wfunc;
		char	   *name = wf->winagg ? get_func_name(wf->winfnoid) : NULL;

		if (!served(name))
			continue;
		if (found != NULL && strcmp(found, name) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("gpumkt_theta and gpumkt_auto_model cannot share a window"),
					 errdetail("They share a final function, which cannot tell them apart within one window."),
					 errhint("Compute each over its window in a subquery of its own, or aggregate with GROUP BY.")));
		found = name;
	}
	return found;
}

/*
 * Final of gpumkt_theta and gpumkt_auto_model (one function for both, so
 * that the extension's routines stay few): the aggregate's name says which
 * method fits the group's series.
 */
Datum
gpumkt_model_final(PG_FUNCTION_ARGS)
{
	char	   *name;

	if (!AggCheckCallContext(fcinfo, NULL))
		gm_not_in_aggregate(fcinfo);
	name = caller_name(fcinfo);
	if (name != NULL && strcmp(name, "gpumkt_theta") == 0)
		return method_final(fcinfo, true, "gpumkt_theta");
	if (name != NULL && strcmp(name, "gpumkt_auto_model") == 0)
		return method_final(fcinfo, false, "gpumkt_auto_model");
	elog(ERROR, "gpumkt_model_final called by an aggregate it does not serve");
	PG_RETURN_NULL();
}
