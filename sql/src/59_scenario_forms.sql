------------------------------------------------------------------------------
-- Scenario and unit forms (1.4)
------------------------------------------------------------------------------

-- Two passes over the C functions that take a market.  First the scenario
-- forms of the forecasting functions: scenario gpumkt_scenario before
-- market.  Then the unit forms of those that return money, their scenario
-- forms included: unit gpumkt_unit before market.  Each form has the same C
-- entry (which tells the forms apart by their number and types of
-- arguments) and the same markings.
DO $$
DECLARE
    pass record;
    f record;
BEGIN
    FOR pass IN
        SELECT * FROM (VALUES
            (1, 'scenario @extschema@.gpumkt_scenario, ',
             ARRAY['gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                   'gpumkt_explain', 'gpumkt_region_share', 'gpumkt_segment_share',
                   'gpumkt_grid', 'gpumkt_segments_share'],
             'As %s(%s), with the changes of scenario applied to market''s inputs (gpumkt_scenario_set; a scenario''s rows count as users'' rows). Errors (22023) for a scenario that does not exist, belongs to another market or whose bases form a cycle.'),
            (2, 'unit @extschema@.gpumkt_unit, ',
             ARRAY['gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                   'gpumkt_explain', 'gpumkt_grid'],
             'As %s(%s), with market sizes in unit (unit, thousand, million, billion or trillion) instead of the market''s own unit (gpumkt_markets.unit): gpumkt_forecast(''global'', 2025, unit => ''million'') = 18200. Errors (22023) for another unit, or a market whose own unit is none of these.'))
            AS x(n, arg, names, note)
        ORDER BY n
    LOOP
        FOR f IN
            SELECT p.proname, p.prosrc, p.provolatile, p.proisstrict, p.proparallel, p.prorows, p.proretset,
                   pg_catalog.pg_get_function_result(p.oid) AS result,
                   pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity
            FROM pg_catalog.pg_proc p
            WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
              AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                    WHERE l.lanname OPERATOR(pg_catalog.=) 'c')
              AND p.proname OPERATOR(pg_catalog.=) ANY (pass.names)
              AND pg_catalog.strpos(pg_catalog.pg_get_function_arguments(p.oid), 'market text DEFAULT')
                  OPERATOR(pg_catalog.>) 0
            ORDER BY p.proname, p.oid
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s AS %L, %L LANGUAGE C %s %s PARALLEL %s%s',
                f.proname,
                pg_catalog.replace(f.arguments, 'market text DEFAULT', pass.arg OPERATOR(pg_catalog.||) 'market text DEFAULT'),
                f.result, 'MODULE_PATHNAME', f.prosrc,
                CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
                CASE WHEN f.proisstrict THEN 'STRICT' ELSE '' END,
                CASE f.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
                CASE WHEN f.proretset THEN ' ROWS ' OPERATOR(pg_catalog.||) f.prorows::text ELSE '' END);
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L', f.proname,
                pg_catalog.regexp_replace(f.identity, 'market text', pass.arg OPERATOR(pg_catalog.||) 'market text'),
                pg_catalog.format(pass.note, f.proname, f.identity));
        END LOOP;
    END LOOP;
END
$$;
