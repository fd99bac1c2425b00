/*-------------------------------------------------------------------------
 *
 * guard.c
 *	  The trigger that keeps the shipped rows of gpumkt's tables as they
 *	  were shipped: only the owner of a table may change or delete them.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/rel.h"

#include "gpumkt.h"

/* Value of the boolean column attnum of tuple (false when NULL). */
static bool
tuple_flag(HeapTuple tuple, TupleDesc tupdesc, int attnum)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, tupdesc, attnum, &isnull);

	return !isnull && DatumGetBool(d);
}

/* Refuse changes to shipped rows from roles that do not own the table. */
PG_FUNCTION_INFO_V1(gpumkt_guard_shipped);
Datum
gpumkt_guard_shipped(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	tupdesc;
	int			attnum;
	bool		touches_shipped = false;
	const char *action;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gpumkt_guard_shipped must be fired as a BEFORE ... FOR EACH ROW trigger")));

	rel = trigdata->tg_relation;
	tupdesc = RelationGetDescr(rel);
	attnum = SPI_fnumber(tupdesc, "shipped");
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("table \"%s\" has no column \"shipped\"",
						RelationGetRelationName(rel))));

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		action = "add a shipped row to";
		touches_shipped = tuple_flag(trigdata->tg_trigtuple, tupdesc, attnum);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		action = "change a shipped row of";
		touches_shipped = tuple_flag(trigdata->tg_trigtuple, tupdesc, attnum) ||
			tuple_flag(trigdata->tg_newtuple, tupdesc, attnum);
	}
	else
	{
		action = "delete a shipped row of";
		touches_shipped = tuple_flag(trigdata->tg_trigtuple, tupdesc, attnum);
	}

	if (touches_shipped && !creating_extension &&
		!has_privs_of_role(GetUserId(), rel->rd_rel->relowner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to %s table %s", action,
						RelationGetRelationName(rel)),
				 errdetail("Rows with shipped = true come from the source report; only the owner of the table may change them."),
				 errhint("Add a row of your own with shipped = false, under a market of your own if you need other figures.")));

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_newtuple);
	return PointerGetDatum(trigdata->tg_trigtuple);
}
