-- gpumkt 2.0 -> 2.1: run by ALTER EXTENSION gpumkt UPDATE.  Written as a
-- delta: what 2.1 adds or changes, each routine spliced from its source in
-- sql/src by the Makefile (sql/include/build_update.pl: a line
-- "@GPUMKT_ROUTINE name@" becomes CREATE OR REPLACE of every function of
-- that name with its comment, "@GPUMKT_AGGREGATE name(types)@" the CREATE
-- AGGREGATE of that form with its comment, "@GPUMKT_SOURCE
-- sql/src/file.sql@" the whole file), so that no routine's text is written
-- twice.  Users' rows and stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.1'" to load this file. \quit

-- Five routines of 2.0 are replaced (a new argument or a new result type),
-- so the update drops them below.  First make sure nothing of a user's (a
-- view, a column default, a function body) depends on one, or stop naming
-- it, with what to do: core's own error would say to use CASCADE, which
-- ALTER EXTENSION cannot.
DO $$
DECLARE
    users text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid)
                                 OPERATOR(pg_catalog.||) ' (on '
                                 OPERATOR(pg_catalog.||) d.refobjid::pg_catalog.regprocedure::pg_catalog.text
                                 OPERATOR(pg_catalog.||) ')', ', ')
    INTO users
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND d.refobjid OPERATOR(pg_catalog.=) ANY (ARRAY[
          '@extschema@.gpumkt_scenario_set(text,text,text,numeric,integer,text,text,text,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_svg_forecast(text,text,text,integer[],float8[],text[],float8[],float8[])'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_chart(text,integer,integer,text,text,text,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_chart_segments(text,text,integer,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model)'::pg_catalog.regprocedure]::pg_catalog.oid[])
      AND d.deptype OPERATOR(pg_catalog.=) 'n';
    IF users IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update gpumkt to 2.1 because other objects depend on routines it replaces'
            USING ERRCODE = '2BP01',
                  DETAIL = pg_catalog.format('These objects use them: %s. Nothing was changed.', users),
                  HINT = 'Save the definitions of those objects and drop them, run ALTER EXTENSION gpumkt UPDATE, and create them again: the same calls reach the 2.1 forms (see the CHANGELOG, 2.1).';
    END IF;
END
$$;

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

-- issue 20: charts (items 7-10): the line's style by basis, the band at
-- least 8 px tall, y axes close to the data, a forecast chart of a user's
-- series (kinds actual and forecast, the band's level: a ninth argument,
-- so a new signature and a new C symbol), gpumkt_svg_lines with a title
-- and a unit (a new form and its transition) and a legend that sets the
-- right margin
DROP FUNCTION @extschema@.gpumkt_svg_forecast(text, text, text, integer[], float8[], text[], float8[], float8[]);
@GPUMKT_ROUTINE gpumkt_svg_forecast@
@GPUMKT_ROUTINE gpumkt_chart@
@GPUMKT_ROUTINE gpumkt_svg_lines_trans@
@GPUMKT_ROUTINE gpumkt_svg_lines_combine@
@GPUMKT_ROUTINE gpumkt_svg_lines_serialize@
@GPUMKT_ROUTINE gpumkt_svg_lines_deserialize@
@GPUMKT_ROUTINE gpumkt_svg_lines_final@
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text)
    FROM PUBLIC;
@GPUMKT_AGGREGATE_COMMENT gpumkt_svg_lines(text, float8, float8)@
@GPUMKT_AGGREGATE gpumkt_svg_lines(text, float8, float8, text, text)@
-- issue 19: model aggregates on the shards.  The final function's COST
-- from 100000 to 3000, so that postgres_fdw sends gpumkt_ets to the shards
-- (sql/src/95_ets.sql says why).
ALTER FUNCTION @extschema@.gpumkt_ets_final(internal) COST 3000;

-- issue 20: charts and page agree: gpumkt_chart draws a share by the weaker
-- of derived and the basis of the year it is a share of; gpumkt_chart and
-- gpumkt_chart_segments take source => false (a new last argument: a new
-- signature, so the 2.0 forms are dropped; gpumkt_chart's new form is
-- created by the line @GPUMKT_ROUTINE gpumkt_chart@ of the block above);
-- the segment bar wraps long legend rows (its comment says so)
DROP FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, text, text, text, boolean);
DROP FUNCTION @extschema@.gpumkt_chart_segments(text, text, integer, text, boolean);
@GPUMKT_ROUTINE gpumkt_chart_segments@
@GPUMKT_ROUTINE gpumkt_svg_segments@
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

-- issue 20: chart labels (tick labels in M/bn/tn, unknown kinds refused,
-- titles cut by width): only the comments of gpumkt_svg_forecast and
-- gpumkt_svg_segments change, and both are already replaced from sql/src
-- above (@GPUMKT_ROUTINE gpumkt_svg_forecast@, @GPUMKT_ROUTINE
-- gpumkt_svg_segments@), which carries the new comments
