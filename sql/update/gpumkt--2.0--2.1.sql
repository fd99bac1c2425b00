-- gpumkt 2.0 -> 2.1: run by ALTER EXTENSION gpumkt UPDATE.  Written as a
-- delta: what 2.1 adds or changes, each routine spliced from its source in
-- sql/src by the Makefile (sql/include/build_update.pl: a line
-- "@GPUMKT_ROUTINE name@" becomes CREATE OR REPLACE of every function of
-- that name with its comment, a line "@GPUMKT_SOURCE sql/src/file.sql@" the
-- whole file), so that no routine's text is written twice.  Users' rows and
-- stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.1'" to load this file. \quit

-- issue 20, items 11-13: segments as people say them, the table rules'
-- messages, 15 significant digits, gpumkt_scenario_set returning the change
@GPUMKT_SOURCE sql/src/21_segment_aliases.sql@
@GPUMKT_SOURCE sql/src/92_rule_messages.sql@
-- its result was the ordinal; now the change as stored (a new result type)
DROP FUNCTION @extschema@.gpumkt_scenario_set(text,text,text,numeric,integer,text,text,text,text,boolean);
@GPUMKT_ROUTINE gpumkt_scenario_set@
@GPUMKT_ROUTINE gpumkt_scenario_drop@
@GPUMKT_ROUTINE gpumkt_resolve_segment@
@GPUMKT_ROUTINE gpumkt_funnel@
@GPUMKT_ROUTINE gpumkt_sensitivity@
@GPUMKT_ROUTINE gpumkt_consensus@
@GPUMKT_ROUTINE gpumkt_reconcile@
@GPUMKT_ROUTINE gpumkt_convert@
@GPUMKT_ROUTINE gpumkt_audit@

-- issue 19: theta and the automatic model (new objects only)
@GPUMKT_SOURCE sql/src/96_theta.sql@
