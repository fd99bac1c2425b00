-- gpumkt 1.4 to 1.4.1: the fixes of the third trust review (issue 17),
-- written as a delta: each change to a 1.4 object, in the order of the
-- concern files of sql/src that hold the same definitions.  The upgrade test
-- compares the result with a fresh 1.4.1 install, object by object.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '@EXTVERSION@'" to load this file. \quit

SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

-- issue 17 items 2-4: scenario chains (one limit, checked where written and
-- read, in linear time), a scenario checked when it is set, rates above 1 in
-- scenarios and gpumkt_grid only where exceptional, gpumkt_grid's overflow

-- a rate above 1 that a change makes is meant only where it is marked, as in
-- gpumkt_rates; stored changes that can raise a rate above 1 (a set above 1,
-- an add above 0, a multiply by more than 1) were meant, as 1.3 marked
-- stored rates above 1
ALTER TABLE @extschema@.gpumkt_scenario_changes
    ADD COLUMN exceptional boolean NOT NULL DEFAULT false;
UPDATE @extschema@.gpumkt_scenario_changes c SET exceptional = true
WHERE c.input OPERATOR(pg_catalog.=) 'rate'
  AND ((c.op OPERATOR(pg_catalog.=) 'set' AND c.value OPERATOR(pg_catalog.>) 1)
       OR (c.op OPERATOR(pg_catalog.=) 'add' AND c.value OPERATOR(pg_catalog.>) 0)
       OR (c.op OPERATOR(pg_catalog.=) 'multiply' AND c.value OPERATOR(pg_catalog.>) 1));
ALTER TABLE @extschema@.gpumkt_scenario_changes
    ADD CONSTRAINT gpumkt_scenario_changes_rate_range
        CHECK (input <> 'rate' OR op <> 'set' OR value <= 1 OR exceptional);
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.exceptional IS
'true where a rate above 1 (more than 100 % a year) that the change makes is meant, as gpumkt_rates.exceptional; a change that makes a rate above 1 is refused otherwise (constraint gpumkt_scenario_changes_rate_range for a rate set, 22023 when the scenario is set or used).';
COMMENT ON CONSTRAINT gpumkt_scenario_changes_rate_range ON @extschema@.gpumkt_scenario_changes IS
'A rate set above 1 (100 % a year) is marked exceptional, as gpumkt_rates_rate_range asks of gpumkt_rates.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.base_scenario IS 'The scenario this one builds on, whose changes apply first; NULL: the market as it is. A chain of bases that comes back on itself, or holds more than 1000 scenarios (the scenario included), is refused where it is written and where it is used (22023).';

CREATE INDEX gpumkt_scenarios_base_idx ON @extschema@.gpumkt_scenarios (base_scenario);
COMMENT ON INDEX @extschema@.gpumkt_scenarios_base_idx IS
'The scenarios built on a scenario, for the walk up a chain of bases (gpumkt_scenario_chains, gpumkt_scenario_check).';
CREATE FUNCTION @extschema@.gpumkt_scenario_chains() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_chains' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_chains() IS
'Trigger: refuses (22023) new or changed rows of gpumkt_scenarios whose chain of bases comes back on itself or holds more than 1000 scenarios, the scenario included; after an update, also a scenario that a changed base makes unusable (as gpumkt_scenario_check).';
CREATE TRIGGER gpumkt_chains_insert AFTER INSERT ON @extschema@.gpumkt_scenarios
    REFERENCING NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();
CREATE TRIGGER gpumkt_chains_update AFTER UPDATE ON @extschema@.gpumkt_scenarios
    REFERENCING NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();

CREATE FUNCTION @extschema@.gpumkt_scenario_check(scenario text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_check(text) IS
'true when scenario and every scenario built on it can be used: each is built as a forecast would build it, so that a change it cannot use (shares of a dimension above 100 %, a rate above 1 not marked exceptional, an anchor the region does not have, a chain of bases that loops or is too long) raises here the error (22023) its use would. gpumkt_scenario_set calls it after each change.';

DROP FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text);
CREATE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters',
        exceptional boolean DEFAULT false)
    RETURNS integer LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL
       OR exceptional IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op, market and exceptional of gpumkt_scenario_set must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out year, dimension and segment where they do not apply.';
    END IF;
    IF input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
        RAISE EXCEPTION 'unrecognized input "%" of gpumkt_scenario_set', input
            USING ERRCODE = '22023', HINT = 'Pass anchor, rate, region_share or segment_share.';
    END IF;
    IF op NOT IN ('set', 'add', 'multiply') THEN
        RAISE EXCEPTION 'unrecognized op "%" of gpumkt_scenario_set', op
            USING ERRCODE = '22023', HINT = 'Pass set, add or multiply.';
    END IF;
    IF value = 'NaN' OR value < -1e300 OR value > 1e300 THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a finite number', value
            USING ERRCODE = '22023', HINT = 'Pass a number such as 0.20 for a rate of 20 %.';
    END IF;
    IF op = 'set' AND ((input = 'anchor' AND value <= 0) OR (input = 'rate' AND value <= -1)
                       OR (input IN ('region_share', 'segment_share') AND (value <= 0 OR value > 1))) THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a possible %', value, input
            USING ERRCODE = '22023', HINT = 'An anchor is above 0, a rate above -1 (0.20 for 20 %), a share in (0, 1].';
    END IF;
    IF exceptional AND input <> 'rate' THEN
        RAISE EXCEPTION 'exceptional of gpumkt_scenario_set goes with input rate only'
            USING ERRCODE = '22023', HINT = 'Leave out exceptional: it marks a rate above 1 (100 % a year) as meant.';
    END IF;
    IF input = 'rate' AND op = 'set' AND value > 1 AND NOT exceptional THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is a rate above 1 (100 %% a year)', value
            USING ERRCODE = '22023', HINT = 'A rate of 17 means 1,700 %: write 0.17 for 17 %, or pass exceptional => true if the rate is meant.';
    END IF;
    IF (input = 'segment_share') <> (dimension IS NOT NULL AND segment IS NOT NULL) THEN
        RAISE EXCEPTION 'dimension and segment of gpumkt_scenario_set go with input segment_share, and only with it'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment share, neither for other inputs.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_scenario_set.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', market
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    r := @extschema@.gpumkt_resolve_region(region);
    IF input = 'segment_share' THEN
        seg := @extschema@.gpumkt_resolve_segment(dimension, segment, market);
    END IF;
    INSERT INTO @extschema@.gpumkt_scenarios AS s (scenario, market) VALUES (scenario, market)
    ON CONFLICT ON CONSTRAINT gpumkt_scenarios_pkey DO NOTHING;
    IF (SELECT s.market FROM @extschema@.gpumkt_scenarios s WHERE s.scenario = gpumkt_scenario_set.scenario) <> market THEN
        RAISE EXCEPTION 'scenario "%" is a scenario of another market than "%"', scenario, market
            USING ERRCODE = '22023', HINT = 'Pass the scenario''s market, or another name for a scenario of this market.';
    END IF;
    IF op = 'set' THEN
        -- a set replaces the scenario's earlier changes of the same input
        DELETE FROM @extschema@.gpumkt_scenario_changes c
        WHERE c.scenario = gpumkt_scenario_set.scenario AND c.input = gpumkt_scenario_set.input
          AND c.region = r AND c.year IS NOT DISTINCT FROM gpumkt_scenario_set.year
          AND c.dimension IS NOT DISTINCT FROM seg[1] AND c.segment IS NOT DISTINCT FROM seg[2];
    END IF;
    SELECT coalesce(max(c.ordinal), 0) + 1 INTO n FROM @extschema@.gpumkt_scenario_changes c
    WHERE c.scenario = gpumkt_scenario_set.scenario;
    INSERT INTO @extschema@.gpumkt_scenario_changes (scenario, market, ordinal, input, region, year, dimension, segment, op, value, exceptional)
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value, exceptional);
    -- the scenario as changed, and those built on it, must be usable
    PERFORM @extschema@.gpumkt_scenario_check(scenario);
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text, boolean) IS
'Adds a change to scenario (made for market if new) and returns its ordinal: input anchor (of region in year; without a year, its first), rate (region grows at it from its base anchor, the one in year or its first; later anchors are superseded), region_share or segment_share (with dimension and segment), op set (replacing the scenario''s earlier set of the same input), add or multiply; exceptional true where a rate above 1 (100 % a year) is meant. gpumkt_scenario_set(''bull'', ''rate'', ''global'', 0.20) makes a bull case. Errors (22023) on an unrecognized input, op, region or segment, an impossible value, or a change that leaves the scenario, or one built on it, unusable (gpumkt_scenario_check), and then writes nothing.';

-- gpumkt_grid takes exceptional (after market, so that calls naming market by
-- position keep working): its four forms, made again as 59_scenario_forms.sql
-- makes them
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_scenario, @extschema@.gpumkt_unit, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_unit, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_scenario, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text);
CREATE FUNCTION @extschema@.gpumkt_grid(region text, year integer,
        input1 text, values1 double precision[], input2 text, values2 double precision[],
        market text DEFAULT 'ai_training_gpu_clusters', exceptional boolean DEFAULT false,
        OUT value1 double precision, OUT value2 double precision, OUT forecast numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_grid'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 25;
COMMENT ON FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text, boolean) IS
'A two-way data table: the forecast of region in year for every pair of values of two inputs (values1 x values2, up to 1000 each), each input named anchor:region:year, rate:region[:to_year], region_share:region[:year] or segment_share:dimension:segment (a segment share multiplies the region''s forecast); the rest held; forecast NULL where the method gives none, 22003 where it gives one beyond double precision (as gpumkt_forecast). A rate above 1 (100 % a year) is refused (22023) unless exceptional is true, as gpumkt_rates asks.';
DO $$
DECLARE
    pass record;
    f record;
BEGIN
    FOR pass IN
        SELECT * FROM (VALUES
            (1, 'scenario @extschema@.gpumkt_scenario, ',
             ARRAY['gpumkt_grid'],
             'As %s(%s), with the changes of scenario applied to market''s inputs (gpumkt_scenario_set; a scenario''s rows count as users'' rows). Errors (22023) for a scenario that does not exist, belongs to another market or whose bases form a cycle.'),
            (2, 'unit @extschema@.gpumkt_unit, ',
             ARRAY['gpumkt_grid'],
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
