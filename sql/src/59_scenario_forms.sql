------------------------------------------------------------------------------
-- Scenario and unit forms (1.4)
------------------------------------------------------------------------------

-- The scenario forms of the forecasting functions: each form that takes a
-- market, with scenario gpumkt_scenario before it, the same C entry (which
-- tells the forms apart by their number of arguments) and the same
-- markings.
DO $$
DECLARE
    f record;
    args text;
    sig text;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.prosrc, p.provolatile, p.proisstrict, p.proparallel, p.prorows, p.proretset,
               pg_catalog.pg_get_function_result(p.oid) AS result,
               pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
               pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity
        FROM pg_catalog.pg_proc p
        WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
          AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                WHERE l.lanname OPERATOR(pg_catalog.=) 'c')
          AND p.proname IN ('gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                            'gpumkt_explain', 'gpumkt_region_share', 'gpumkt_segment_share',
                            'gpumkt_grid', 'gpumkt_segments_share')
        ORDER BY p.proname, p.oid
    LOOP
        args := pg_catalog.replace(f.arguments, 'market text DEFAULT',
                                   'scenario @extschema@.gpumkt_scenario, market text DEFAULT');
        sig := pg_catalog.regexp_replace(f.identity, 'market text', 'scenario @extschema@.gpumkt_scenario, market text');
        CONTINUE WHEN args OPERATOR(pg_catalog.=) f.arguments;
        EXECUTE pg_catalog.format(
            'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s AS %L, %L LANGUAGE C %s %s PARALLEL %s%s',
            f.proname, args, f.result, 'MODULE_PATHNAME', f.prosrc,
            CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
            CASE WHEN f.proisstrict THEN 'STRICT' ELSE '' END,
            CASE f.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
            CASE WHEN f.proretset THEN ' ROWS ' OPERATOR(pg_catalog.||) f.prorows::text ELSE '' END);
        EXECUTE pg_catalog.format(
            'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L', f.proname, sig,
            pg_catalog.format('As %s(%s), with the changes of scenario applied to market''s inputs (gpumkt_scenario_set; a scenario''s rows count as users'' rows). Errors (22023) for a scenario that does not exist, belongs to another market or whose bases form a cycle.',
                              f.proname, f.identity));
    END LOOP;
END
$$;

-- The unit forms of the functions that return money, and of their scenario
-- forms: unit gpumkt_unit before market, the same C entry (which tells a
-- unit from a scenario by its type), the same markings.
DO $$
DECLARE
    f record;
    sig text;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.prosrc, p.provolatile, p.proisstrict, p.proparallel, p.prorows, p.proretset,
               pg_catalog.pg_get_function_result(p.oid) AS result,
               pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
               pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity
        FROM pg_catalog.pg_proc p
        WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
          AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                WHERE l.lanname OPERATOR(pg_catalog.=) 'c')
          AND p.proname IN ('gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                            'gpumkt_explain', 'gpumkt_grid')
          AND pg_catalog.strpos(pg_catalog.pg_get_function_arguments(p.oid), 'market text DEFAULT')
              OPERATOR(pg_catalog.>) 0
        ORDER BY p.proname, p.oid
    LOOP
        sig := pg_catalog.regexp_replace(f.identity, 'market text', 'unit @extschema@.gpumkt_unit, market text');
        EXECUTE pg_catalog.format(
            'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s AS %L, %L LANGUAGE C %s %s PARALLEL %s%s',
            f.proname,
            pg_catalog.replace(f.arguments, 'market text DEFAULT', 'unit @extschema@.gpumkt_unit, market text DEFAULT'),
            f.result, 'MODULE_PATHNAME', f.prosrc,
            CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
            CASE WHEN f.proisstrict THEN 'STRICT' ELSE '' END,
            CASE f.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
            CASE WHEN f.proretset THEN ' ROWS ' OPERATOR(pg_catalog.||) f.prorows::text ELSE '' END);
        EXECUTE pg_catalog.format(
            'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L', f.proname, sig,
            pg_catalog.format('As %s(%s), with market sizes in unit (unit, thousand, million, billion or trillion) instead of the market''s own unit (gpumkt_markets.unit): gpumkt_forecast(''global'', 2025, unit => ''million'') = 18200. Errors (22023) for another unit, or a market whose own unit is none of these.',
                              f.proname, f.identity));
    END LOOP;
END
$$;
