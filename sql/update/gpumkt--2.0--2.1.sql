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

-- issue 19: the ETS family.  The model type keeps its name and storage;
-- values of 2.0 (version 1) read back as version 2.  The final function
-- fits the whole family (new symbol gpumkt_ets_final_v2; 2.0's symbol keeps
-- the additive family for a database not yet updated); gpumkt_model_info
-- gains columns (a new result type: dropped and made again).
@GPUMKT_ROUTINE gpumkt_ets_model_in@
@GPUMKT_ROUTINE gpumkt_ets_model_out@
@GPUMKT_ROUTINE gpumkt_ets_model_recv@
@GPUMKT_ROUTINE gpumkt_ets_model_send@
@GPUMKT_ROUTINE gpumkt_ets_final@
@GPUMKT_ROUTINE gpumkt_predict@
@GPUMKT_ROUTINE gpumkt_predict_interval@
DROP FUNCTION @extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model);
@GPUMKT_ROUTINE gpumkt_model_info@
@GPUMKT_SOURCE sql/src/95_ets_comments.sql@
COMMENT ON TYPE @extschema@.gpumkt_ets_model IS
'A forecasting model fitted by the aggregate gpumkt_ets: its model (R''s ETS codes ANN .. MMdM), parameters, final states, residual variance, accuracy, the candidates it was chosen among with their AICc, the times of its series and its fitted values. Read by gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info; values stored by 2.0 read back and predict the same.';

-- issue 19: theta and the automatic model (new objects only)
@GPUMKT_SOURCE sql/src/96_theta.sql@
