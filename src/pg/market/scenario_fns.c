/*-------------------------------------------------------------------------
 *
 * scenario_fns.c
 *	  SQL-callable parts of scenarios (scenario.c):
 *	  gpumkt_resolve_segment, which gpumkt_scenario_set uses.  And
 *	  scenarios checked where they are written, as the tables' rules check
 *	  users' rows: the trigger gpumkt_scenario_chains refuses a chain of
 *	  bases (gpumkt_scenarios) that comes back on itself or holds more than
 *	  GM_SCENARIO_MAX_CHAIN scenarios, and gpumkt_scenario_check, which
 *	  gpumkt_scenario_set calls, builds a scenario and every scenario built
 *	  on it, so that a change they cannot use is refused with the error
 *	  their use would give (scenario.c).
 *
 * The trigger is a statement trigger that reads the statement's new rows
 * (the transition table gpumkt_new), so that a chain written in one
 * statement is checked once, and only the chains it changed: the walk goes
 * down from the new rows to their roots (each scenario once, however many
 * new rows share it), and up only from the rows whose base the statement
 * changed, through the scenarios built on them, no further than one past
 * the limit.  A row added under a scenario with many others built on it
 * costs the length of its chain, not the size of the tree.
 * A scenario is built only where nothing is built on it, since its build
 * applies, in order and with every check, the changes of all its bases.
 * Each step of a walk looks up one scenario's base or children by index (a
 * subquery, which the planner cannot turn into a join that reads the whole
 * table at each step), so the cost grows linearly with the scenarios
 * reached.  (A build is not a
 * trigger of gpumkt_scenario_changes: a restore copies that table before
 * some of the tables a build reads.)
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "gpumkt.h"
#include "names.h"

/* Run a read-only query of a check; returns the row count. */
static uint64
check_query(const char *sql)
{
	int			rc = SPI_execute(sql, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(rc));
	return SPI_processed;
}

/*
 * In the trigger, before its snapshot is taken: wait for the other writers
 * of the scenarios of each market the statement wrote, as
 * gpumkt_scenario_set does (a transaction-level advisory lock on the
 * market's code, keyed by gpumkt_scenarios), so that two transactions
 * cannot each lengthen a chain within the limit and together past it.  A
 * transaction whose snapshot cannot see what the other one wrote fails
 * with 40001.
 */
static void
lock_markets(Oid relid)
{
	const char *markets = "(SELECT DISTINCT n.market FROM gpumkt_new n) m";
	char	   *got;

	check_query(psprintf("SELECT pg_catalog.bool_and(pg_catalog.pg_try_advisory_xact_lock("
						 "%d, pg_catalog.hashtext(m.market))) FROM %s",
						 (int32) relid, markets));
	got = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (got == NULL || strcmp(got, "t") == 0)
		return;
	check_query(psprintf("SELECT pg_catalog.count(pg_catalog.pg_advisory_xact_lock("
						 "%d, pg_catalog.hashtext(m.market))) FROM %s",
						 (int32) relid, markets));
	if (IsolationUsesXactSnapshot())
		ereport(ERROR,
				(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
				 errmsg("could not serialize access due to a concurrent write of the scenarios of the same market"),
				 errdetail("A transaction in repeatable read or serializable isolation cannot see what the other transaction wrote."),
				 errhint("Retry the transaction.")));
}

/*
 * Start a check: SPI connected; in a trigger, with the statement's new rows
 * as gpumkt_new, the other writers of their markets waited for, and a
 * snapshot that sees what the statement wrote (a function's queries read
 * under the caller's).  Returns the quoted schema of the extension.
 */
static const char *
begin_check(FunctionCallInfo fcinfo)
{
	SPI_connect();
	if (CALLED_AS_TRIGGER(fcinfo))
	{
		TriggerData *trigdata = (TriggerData *) fcinfo->context;

		if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
			elog(ERROR, "SPI_register_trigger_data failed");
		lock_markets(RelationGetRelid(trigdata->tg_relation));
		CommandCounterIncrement();
		PushActiveSnapshot(GetTransactionSnapshot());
		UpdateActiveSnapshotCommandId();
	}
	return quote_identifier(get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid)));
}

/* End a check begun by begin_check. */
static void
end_check(FunctionCallInfo fcinfo)
{
	if (CALLED_AS_TRIGGER(fcinfo))
		PopActiveSnapshot();
	SPI_finish();
}


/*
 * A scenario that the down walk of check_chains reached: its base, whether
 * the statement wrote it, and the number of scenarios in its chain (0: not
 * known yet; -1: it comes back on itself or leads to a chain that does).
 */
typedef struct ChainNode
{
	char	   *scenario;
	char	   *base;			/* NULL: a scenario without a base */
	bool		fresh;			/* a row of the statement */
	int			depth;
} ChainNode;

/* qsort and bsearch order of ChainNodes: by name, in bytes. */
static int
node_cmp(const void *a, const void *b)
{
	return strcmp(((const ChainNode *) a)->scenario, ((const ChainNode *) b)->scenario);
}

/* The node of scenario among the n sorted nodes, or NULL. */
static ChainNode *
find_node(ChainNode *nodes, int n, const char *scenario)
{
	ChainNode	key;

	key.scenario = (char *) scenario;
	return bsearch(&key, nodes, n, sizeof(ChainNode), node_cmp);
}

/*
 * Set the depth of nodes[i] and of the nodes on its way up, walking up to a
 * node whose depth is known, a scenario without a base or a loop; each node
 * is walked once over all calls.  stack holds room for n indexes.
 */
static void
set_depth(ChainNode *nodes, int n, int i, int *stack)
{
	int			top = 0;
	int			depth = 0;
	ChainNode  *cur = &nodes[i];

	while (cur != NULL && cur->depth == 0)
	{
		cur->depth = -2;		/* on this walk */
		stack[top++] = cur - nodes;
		cur = cur->base ? find_node(nodes, n, cur->base) : NULL;
	}
	if (cur != NULL)
		depth = cur->depth < 0 ? -1 : cur->depth;
	while (top > 0)
	{
		ChainNode  *node = &nodes[stack[--top]];

		node->depth = depth < 0 ? -1 : ++depth;
	}
}

/*
 * The scenarios of the statement's new rows and their bases, down to the
 * scenarios without a base (each once, however many new rows share it),
 * sorted by name, with the number of scenarios in each one's chain.
 */
static ChainNode *
walk_down(const char *schema, int *count)
{
	ChainNode  *nodes;
	int		   *stack;
	int			n = 0;
	uint64		rows;

	rows = check_query(psprintf("WITH RECURSIVE down (scenario, base, fresh) AS ("
								" SELECT n.scenario, n.base_scenario, true FROM gpumkt_new n"
								" UNION SELECT d.base, (SELECT s.base_scenario FROM %s.gpumkt_scenarios s"
								" WHERE s.scenario OPERATOR(pg_catalog.=) d.base), false"
								" FROM down d WHERE d.base IS NOT NULL)"
								" SELECT d.scenario, d.base, d.fresh FROM down d", schema));
	nodes = palloc(sizeof(ChainNode) * Max(rows, 1));
	for (uint64 r = 0; r < rows; r++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;

		nodes[r].scenario = SPI_getvalue(tuple, desc, 1);
		nodes[r].base = SPI_getvalue(tuple, desc, 2);
		nodes[r].fresh = strcmp(SPI_getvalue(tuple, desc, 3), "t") == 0;
		nodes[r].depth = 0;
	}
	qsort(nodes, rows, sizeof(ChainNode), node_cmp);
	/* a new row that is also the base of one: one node, written */
	for (uint64 r = 0; r < rows; r++)
	{
		if (n > 0 && strcmp(nodes[n - 1].scenario, nodes[r].scenario) == 0)
			nodes[n - 1].fresh |= nodes[r].fresh;
		else
			nodes[n++] = nodes[r];
	}
	stack = palloc(sizeof(int) * Max(n, 1));
	for (int i = 0; i < n; i++)
		set_depth(nodes, n, i, stack);
	*count = n;
	return nodes;
}

/*
 * The first name, in bytes, of a scenario that the moved scenarios (the
 * rows of query moved, whose depth changed) and the scenarios built on them
 * place past the limit; NULL if none.  The walk up from each goes no deeper
 * than one past the limit.
 */
static char *
walk_moved(const char *schema, const char *moved, ChainNode *nodes, int n)
{
	uint64		rows = check_query(moved);
	Datum	   *names = palloc(sizeof(Datum) * Max(rows, 1));
	Datum	   *depths = palloc(sizeof(Datum) * Max(rows, 1));
	int			k = 0;
	Oid			types[2] = {TEXTARRAYOID, INT4ARRAYOID};
	Datum		args[2];

	for (uint64 r = 0; r < rows; r++)
	{
		char	   *scenario = SPI_getvalue(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1);
		ChainNode  *node = find_node(nodes, n, scenario);

		/* the other ones loop, or are past the limit already */
		if (node != NULL && node->depth > 0 && node->depth <= GM_SCENARIO_MAX_CHAIN)
		{
			names[k] = CStringGetTextDatum(scenario);
			depths[k++] = Int32GetDatum(node->depth);
		}
	}
	if (k == 0)
		return NULL;
	args[0] = PointerGetDatum(construct_array(names, k, TEXTOID, -1, false, TYPALIGN_INT));
	args[1] = PointerGetDatum(construct_array(depths, k, INT4OID, 4, true, TYPALIGN_INT));
	if (SPI_execute_with_args(psprintf("WITH RECURSIVE up (scenario, depth) AS ("
									   " SELECT m.scenario, m.depth FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2))"
									   " m (scenario, depth)"
									   " UNION SELECT c.child, u.depth OPERATOR(pg_catalog.+) 1 FROM up u,"
									   " LATERAL pg_catalog.unnest(ARRAY(SELECT s.scenario FROM %s.gpumkt_scenarios s"
									   " WHERE s.base_scenario OPERATOR(pg_catalog.=) u.scenario)) c (child)"
									   " WHERE u.depth OPERATOR(pg_catalog.<=) %d)"
									   " SELECT pg_catalog.min(u.scenario COLLATE pg_catalog.\"C\") FROM up u"
									   " WHERE u.depth OPERATOR(pg_catalog.>) %d",
									   schema, GM_SCENARIO_MAX_CHAIN, GM_SCENARIO_MAX_CHAIN),
							  2, types, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed");
	return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
}

/*
 * Refuse new rows of gpumkt_scenarios whose chain of bases comes back on
 * itself or holds more than GM_SCENARIO_MAX_CHAIN scenarios, or that make
 * a chain built on them too long.  Only the chains that the statement
 * changed are walked: down from its rows to their first bases, and up from
 * the rows of query moved (those whose base it changed) through the
 * scenarios built on them, so that a row added to a large tree costs the
 * length of its chain, not the size of the tree.
 */
static void
check_chains(const char *schema, const char *moved)
{
	int			n;
	ChainNode  *nodes = walk_down(schema, &n);
	char	   *deep = NULL;
	char	   *looped = NULL;

	for (int i = 0; i < n; i++)
	{
		if (nodes[i].depth == GM_SCENARIO_MAX_CHAIN + 1 && deep == NULL)
			deep = nodes[i].scenario;
		if (nodes[i].depth < 0 && nodes[i].fresh && looped == NULL)
			looped = nodes[i].scenario;
	}
	if (deep == NULL)
		deep = walk_moved(schema, moved, nodes, n);
	if (deep)
		gm_report_chain_too_long(deep);
	if (looped)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scenario \"%s\" is built on a chain of bases that comes back on itself", looped),
				 errhint("Set base_scenario in gpumkt_scenarios so that the chain of bases ends at a scenario without a base.")));
}

/*
 * Build every scenario that the scenarios of query start reach (themselves
 * and the scenarios built on them) and on which nothing is built; a change
 * that its scenario cannot use raises the error its use would.  Returns the
 * number built.
 */
static uint64
check_builds(const char *schema, const char *start)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext,
											  "gpumkt scenario check",
											  ALLOCSET_DEFAULT_SIZES);
	GmRegions  *rg = NULL;
	GmMarket   *m = NULL;
	uint64		n;
	SPITupleTable *leaves;

	n = check_query(psprintf("WITH RECURSIVE built (scenario) AS (%s"
							 " UNION SELECT c.child FROM built b,"
							 " LATERAL pg_catalog.unnest(ARRAY(SELECT s.scenario FROM %s.gpumkt_scenarios s"
							 " WHERE s.base_scenario OPERATOR(pg_catalog.=) b.scenario)) c (child))"
							 " SELECT s.scenario, s.market FROM built b JOIN %s.gpumkt_scenarios s"
							 " ON s.scenario OPERATOR(pg_catalog.=) b.scenario"
							 " WHERE NOT EXISTS (SELECT FROM %s.gpumkt_scenarios c"
							 " WHERE c.base_scenario OPERATOR(pg_catalog.=) s.scenario)"
							 " ORDER BY s.market COLLATE pg_catalog.\"C\", s.scenario COLLATE pg_catalog.\"C\"",
							 start, schema, schema, schema));
	leaves = SPI_tuptable;
	for (uint64 r = 0; r < n; r++)
	{
		char	   *scenario = SPI_getvalue(leaves->vals[r], leaves->tupdesc, 1);
		char	   *market = SPI_getvalue(leaves->vals[r], leaves->tupdesc, 2);

		if (m == NULL || strcmp(m->market, market) != 0)
		{
			if (rg == NULL)
				rg = gpumkt_load_regions(schema, cxt);
			m = MemoryContextAllocZero(cxt, sizeof(GmMarket));
			m->market = MemoryContextStrdup(cxt, market);
			m->rg = rg;
			gpumkt_load_market(m, schema, cxt);
		}
		(void) gm_scenario_market(m, scenario, schema, cxt);
	}
	MemoryContextDelete(cxt);
	return n;
}

/*
 * Trigger on gpumkt_scenarios, after an insert or an update (with NEW TABLE
 * AS gpumkt_new, and OLD TABLE AS gpumkt_old after an update): check the
 * chains, and after an update that changes a base or a market the builds.
 */
PG_FUNCTION_INFO_V1(gpumkt_scenario_chains);
Datum
gpumkt_scenario_chains(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	const char *schema;
	const char *moved;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		trigdata->tg_newtable == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function gpumkt_scenario_chains must be fired after a statement, with NEW TABLE AS gpumkt_new")));
	/* the new rows, or after an update those whose base or market it changed */
	moved = !TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) || trigdata->tg_oldtable == NULL ?
		"SELECT n.scenario FROM gpumkt_new n" :
		"SELECT n.scenario FROM gpumkt_new n WHERE NOT EXISTS (SELECT FROM gpumkt_old o"
		" WHERE o.scenario OPERATOR(pg_catalog.=) n.scenario"
		" AND o.market OPERATOR(pg_catalog.=) n.market"
		" AND (o.base_scenario OPERATOR(pg_catalog.=) n.base_scenario"
		" OR (o.base_scenario IS NULL AND n.base_scenario IS NULL)))";
	schema = begin_check(fcinfo);
	check_chains(schema, moved);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		check_builds(schema, moved);
	end_check(fcinfo);
	return PointerGetDatum(NULL);
}

/*
 * gpumkt_scenario_check(scenario): build scenario and the scenarios built on
 * it; true, or the error their use would raise.
 */
PG_FUNCTION_INFO_V1(gpumkt_scenario_check);
Datum
gpumkt_scenario_check(PG_FUNCTION_ARGS)
{
	char	   *scenario = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *schema = begin_check(fcinfo);
	char	   *market;

	check_query(psprintf("SELECT market FROM %s.gpumkt_scenarios WHERE scenario OPERATOR(pg_catalog.=) %s",
						 schema, quote_literal_cstr(scenario)));
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized scenario \"%s\"",
						gm_echo(scenario, strlen(scenario))),
				 errhint("See gpumkt_scenarios for the scenarios there are.")));
	market = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (check_builds(schema, psprintf("SELECT %s::pg_catalog.text", quote_literal_cstr(scenario))) == 0)
	{
		/* nothing without a scenario built on it: a cycle, which this reports */
		GmMarket   *m = palloc0(sizeof(GmMarket));

		m->market = market;
		m->rg = gpumkt_load_regions(schema, CurrentMemoryContext);
		gpumkt_load_market(m, schema, CurrentMemoryContext);
		(void) gm_scenario_market(m, scenario, schema, CurrentMemoryContext);
	}
	end_check(fcinfo);
	PG_RETURN_BOOL(true);
}

/*
 * The codes {dimension, segment} that a dimension and a segment of market
 * stand for, matched as gpumkt_forecast matches them; 22023 otherwise.
 */
PG_FUNCTION_INFO_V1(gpumkt_resolve_segment);
Datum
gpumkt_resolve_segment(PG_FUNCTION_ARGS)
{
	GmMarket   *m = gpumkt_get_market(fcinfo, PG_GETARG_TEXT_PP(2));
	GmSegment  *sg = gpumkt_find_segment(m, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1));
	Datum		codes[2];

	codes[0] = CStringGetTextDatum(sg->dimension);
	codes[1] = CStringGetTextDatum(sg->segment);
	PG_RETURN_ARRAYTYPE_P(construct_array(codes, 2, TEXTOID, -1, false, TYPALIGN_INT));
}
