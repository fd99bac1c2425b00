/*-------------------------------------------------------------------------
 *
 * theta_agg.c
 *	  The final functions of the aggregates gpumkt_theta(t, value [,
 *	  seasonality]) and gpumkt_auto_model(t, value [, seasonality]) (issue
 *	  19): they share gpumkt_ets's transition, combine, serialize and
 *	  deserialize functions (ets.c), make the regular series as gpumkt_ets
 *	  does (ets_state_series), and fit the Theta method (theta_model.c) or
 *	  the automatic combination (auto_model.c) into a gpumkt_ets_model,
 *	  which gpumkt_predict and the other accessors read unchanged.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"

#include "agg_common.h"
#include "auto_model.h"
#include "ets.h"
#include "theta.h"

PG_FUNCTION_INFO_V1(gpumkt_theta_final);
PG_FUNCTION_INFO_V1(gpumkt_auto_model_final);

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

/* Final of gpumkt_theta: the Theta method over the group's series. */
Datum
gpumkt_theta_final(PG_FUNCTION_ARGS)
{
	EtsModel	hdr;
	EtsModel   *mod;
	double	   *y;
	int			m;

	y = ets_state_series(fcinfo, &hdr, &m);
	if (y == NULL)
		PG_RETURN_NULL();
	mod = palloc0(THETA_MODEL_SIZE(hdr.n, m));
	if (!theta_model_fit(y, hdr.n, m, mod,
						 palloc(sizeof(double) * THETA_MODEL_SCRATCH(hdr.n, m))))
		no_fit_error("gpumkt_theta");
	return finish_model(mod, &hdr, "gpumkt_theta");
}

/* Final of gpumkt_auto_model: the combination over the group's series. */
Datum
gpumkt_auto_model_final(PG_FUNCTION_ARGS)
{
	EtsModel	hdr;
	EtsModel   *mod;
	double	   *y;
	int			m;

	y = ets_state_series(fcinfo, &hdr, &m);
	if (y == NULL)
		PG_RETURN_NULL();
	mod = palloc0(AUTO_MODEL_SIZE(hdr.n, m));
	if (auto_model_fit(y, hdr.n, m, ets_interrupt_hook(), mod,
					   palloc(sizeof(double) * AUTO_MODEL_SCRATCH(hdr.n, m))) != ETS_OK)
		no_fit_error("gpumkt_auto_model");
	return finish_model(mod, &hdr, "gpumkt_auto_model");
}
