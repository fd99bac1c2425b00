/*-------------------------------------------------------------------------
 *
 * guard.c
 *	  The triggers that keep gpumkt's tables honest: gpumkt_guard_shipped
 *	  keeps the shipped rows as they were shipped (only the owner of a table
 *	  may change or delete them), and gpumkt_region_names keeps a user's
 *	  region from answering to a name another region answers to.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/stratnum.h"
#include "access/tableam.h"
#include "catalog/pg_class.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "names.h"

/* Value of the boolean column attnum of tuple (false when NULL). */
static bool
tuple_flag(HeapTuple tuple, TupleDesc tupdesc, int attnum)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, tupdesc, attnum, &isnull);

	return !isnull && DatumGetBool(d);
}

/* The error for a change to a shipped row of rel by the event's kind of change. */
static void
report_shipped_denied(Relation rel, TriggerEvent event)
{
	const char *table = RelationGetRelationName(rel);

	if (TRIGGER_FIRED_BY_INSERT(event))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to add a shipped row to table %s", table),
				 errdetail("Rows with shipped = true come from the source report; only the owner of the table may change them."),
				 errhint("Add a row of your own with shipped = false, under a market of your own if you need other figures.")));
	if (TRIGGER_FIRED_BY_UPDATE(event))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to change a shipped row of table %s", table),
				 errdetail("Rows with shipped = true come from the source report; only the owner of the table may change them."),
				 errhint("Add a row of your own with shipped = false, under a market of your own if you need other figures.")));
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("permission denied to delete a shipped row of table %s", table),
			 errdetail("Rows with shipped = true come from the source report; only the owner of the table may change them."),
			 errhint("Add a row of your own with shipped = false, under a market of your own if you need other figures.")));
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
	bool		touches_shipped;

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

	touches_shipped = tuple_flag(trigdata->tg_trigtuple, tupdesc, attnum) ||
		(TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) &&
		 tuple_flag(trigdata->tg_newtuple, tupdesc, attnum));
	if (touches_shipped && !creating_extension &&
		!has_privs_of_role(GetUserId(), rel->rd_rel->relowner))
		report_shipped_denied(rel, trigdata->tg_event);

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_newtuple);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

/* The name columns of gpumkt_regions, and the index on the key of each. */
static const char *const name_columns[] = {"region", "name", "name_fr", "iso2"};
static const char *const name_indexes[] = {
	"gpumkt_regions_key_region", "gpumkt_regions_key_name",
	"gpumkt_regions_key_name_fr", "gpumkt_regions_key_iso2"
};

#define GM_NAME_COLUMNS 4

/* Text column attname of tuple as a C string, or NULL. */
static char *
tuple_text(HeapTuple tuple, TupleDesc tupdesc, const char *attname)
{
	return SPI_getvalue(tuple, tupdesc, SPI_fnumber(tupdesc, attname));
}

/* Refuse a name of the new row that is an abbreviation of a shipped region. */
static void
check_aliases(const char *code, char *const *values, char *const *keys)
{
	for (int c = 0; c < GM_NAME_COLUMNS; c++)
	{
		if (keys[c] == NULL || keys[c][0] == '\0')
			continue;
		for (int i = 0; i < gm_naliases; i++)
		{
			const char *alias = gm_aliases[i].alias;

			if (strcmp(keys[c], gm_name_key(alias, strlen(alias))) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_UNIQUE_VIOLATION),
						 errmsg("region \"%s\" would answer to \"%s\", which stands for region \"%s\"",
								gm_echo(code, strlen(code)),
								gm_echo(values[c], strlen(values[c])),
								gm_aliases[i].region),
						 errdetail("The name \"%s\" stands for %s; names are compared ignoring case, accents, spaces, hyphens and punctuation.",
								   alias, gm_aliases[i].region),
						 errhint("Give the region other names, or use region \"%s\" itself.",
								 gm_aliases[i].region)));
		}
	}
}

/*
 * A row other than the one at self (if valid) whose column col has key as
 * its key, seen with SnapshotSelf: the current transaction's rows, this
 * statement's included, and every committed row.  Its code and the value
 * of col are set; false when there is none.
 */
static bool
find_named_row(Relation rel, int col, const char *key, ItemPointer self,
			   char **code, char **value)
{
	Oid			indexoid = get_relname_relid(name_indexes[col], RelationGetNamespace(rel));
	Relation	idx;
	IndexScanDesc scan;
	ScanKeyData skey;
	TupleTableSlot *slot;
	bool		found = false;

	if (!OidIsValid(indexoid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("index \"%s\" of gpumkt is missing", name_indexes[col]),
				 errhint("Update the extension: ALTER EXTENSION gpumkt UPDATE.")));
	idx = index_open(indexoid, AccessShareLock);
	ScanKeyEntryInitialize(&skey, 0, 1, BTEqualStrategyNumber, InvalidOid,
						   idx->rd_indcollation[0], F_TEXTEQ,
						   PointerGetDatum(cstring_to_text(key)));
	slot = table_slot_create(rel, NULL);
	scan = index_beginscan(rel, idx, SnapshotSelf, 1, 0);
	index_rescan(scan, &skey, 1, NULL, 0);
	while (!found && index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		should_free;
		HeapTuple	tup = ExecFetchSlotHeapTuple(slot, false, &should_free);

		if (self && ItemPointerEquals(&tup->t_self, self))
			continue;
		*code = tuple_text(tup, RelationGetDescr(rel), "region");
		*value = tuple_text(tup, RelationGetDescr(rel), name_columns[col]);
		found = true;
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	index_close(idx, AccessShareLock);
	return found;
}

/* Refuse a name of the new row that is the key of another region's name. */
static void
check_other_regions(Relation rel, const char *code, char *const *values,
					char *const *keys, ItemPointer self)
{
	for (int c = 0; c < GM_NAME_COLUMNS; c++)
	{
		if (keys[c] == NULL || keys[c][0] == '\0')
			continue;
		for (int other = 0; other < GM_NAME_COLUMNS; other++)
		{
			char	   *ocode,
					   *ovalue;

			if (!find_named_row(rel, other, keys[c], self, &ocode, &ovalue))
				continue;
			ereport(ERROR,
					(errcode(ERRCODE_UNIQUE_VIOLATION),
					 errmsg("region \"%s\" would answer to the same name as region \"%s\"",
							gm_echo(code, strlen(code)), ocode),
					 errdetail("Column %s (\"%s\") of the new row and column %s (\"%s\") of region \"%s\" are the same name once case, accents, spaces, hyphens and punctuation are ignored.",
							   name_columns[c], gm_echo(values[c], strlen(values[c])),
							   name_columns[other], gm_echo(ovalue, strlen(ovalue)),
							   ocode),
					 errhint("Give the region a code, name, French name and ISO code that no other region answers to, or use region \"%s\" itself.",
							 ocode)));
		}
	}
}

/*
 * Trigger on gpumkt_regions: a user's region (shipped = false) may not
 * answer to a name (code, name, French name, ISO code, compared by their
 * keys) that another region or an abbreviation answers to (23505).  Writers
 * of users' regions take turns (a lock held to the end of the transaction),
 * so that two transactions cannot add the same name at once.
 */
PG_FUNCTION_INFO_V1(gpumkt_region_names);
Datum
gpumkt_region_names(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	tupdesc;
	HeapTuple	newtuple;
	char	   *values[GM_NAME_COLUMNS];
	char	   *keys[GM_NAME_COLUMNS];

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gpumkt_region_names must be fired as a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger")));
	rel = trigdata->tg_relation;
	tupdesc = RelationGetDescr(rel);
	newtuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	if (tuple_flag(newtuple, tupdesc, SPI_fnumber(tupdesc, "shipped")))
		return PointerGetDatum(newtuple);

	for (int c = 0; c < GM_NAME_COLUMNS; c++)
	{
		values[c] = tuple_text(newtuple, tupdesc, name_columns[c]);
		keys[c] = values[c] ? gm_name_key(values[c], strlen(values[c])) : NULL;
	}
	check_aliases(values[0], values, keys);
	LockDatabaseObject(RelationRelationId, RelationGetRelid(rel), 0, ExclusiveLock);
	check_other_regions(rel, values[0], values, keys,
						TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						&trigdata->tg_trigtuple->t_self : NULL);
	return PointerGetDatum(newtuple);
}
