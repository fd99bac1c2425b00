------------------------------------------------------------------------------
-- Scenarios: named sets of changes to a market's inputs (1.4)
------------------------------------------------------------------------------

CREATE TABLE @extschema@.gpumkt_scenarios (
    scenario        text PRIMARY KEY CHECK (scenario OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    base_scenario   text REFERENCES @extschema@.gpumkt_scenarios (scenario),
    note            text,
    UNIQUE (scenario, market),
    CHECK (base_scenario <> scenario)
);
COMMENT ON TABLE @extschema@.gpumkt_scenarios IS
'Users'' scenarios: a name, the market it changes and the scenario it builds on (its changes come first). Kept by pg_dump; written by gpumkt_scenario_set or directly.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.scenario IS 'The scenario''s name: a lower-case identifier (bull, bear).';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.market IS 'The market whose inputs the scenario changes.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.base_scenario IS 'The scenario this one builds on, whose changes apply first; NULL: the market as it is. A chain of bases that comes back on itself, or holds more than 1000 scenarios (the scenario included), is refused where it is written and where it is used (22023).';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.note IS 'What the scenario stands for.';

CREATE TABLE @extschema@.gpumkt_scenario_changes (
    scenario        text NOT NULL REFERENCES @extschema@.gpumkt_scenarios (scenario) ON DELETE CASCADE,
    market          text NOT NULL,
    ordinal         integer NOT NULL,
    input           text NOT NULL CHECK (input IN ('anchor', 'rate', 'region_share', 'segment_share')),
    region          text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    year            integer CHECK (year >= 1900 AND year <= 2200),
    dimension       text,
    segment         text,
    op              text NOT NULL DEFAULT 'set' CHECK (op IN ('set', 'add', 'multiply')),
    value           numeric NOT NULL CHECK (value >= -1e300 AND value <= 1e300),
    PRIMARY KEY (scenario, ordinal),
    FOREIGN KEY (scenario, market) REFERENCES @extschema@.gpumkt_scenarios (scenario, market)
        ON DELETE CASCADE ON UPDATE CASCADE,
    CHECK ((input = 'segment_share') = (dimension IS NOT NULL AND segment IS NOT NULL)),
    exceptional     boolean NOT NULL DEFAULT false,
    CONSTRAINT gpumkt_scenario_changes_rate_range
        CHECK (input <> 'rate' OR op <> 'set' OR value <= 1 OR exceptional)
);
COMMENT ON TABLE @extschema@.gpumkt_scenario_changes IS
'The changes of each scenario, applied in ordinal order to a copy of the market''s inputs: an anchor, a rate (from the region''s base anchor, later anchors superseded), a region share or a segment share, set, added to or multiplied.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.scenario IS 'The scenario the change belongs to.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.market IS 'The market of the scenario, filled in from gpumkt_scenarios (so that roles confined to markets by gpumkt_writers are confined here too).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.ordinal IS 'The order of the change within its scenario.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.input IS 'What the change sets: anchor, rate, region_share or segment_share.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.region IS 'The region whose input changes (for a segment share, the region it is read for; segment shares hold for every region).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.year IS 'The year of the anchor, share or base anchor of a rate; NULL: the region''s first.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.dimension IS 'For a segment share, the dimension''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.segment IS 'For a segment share, the segment''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.op IS 'set (the value replaces the input), add (added to it) or multiply (multiplies it).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.value IS 'The value set, added or multiplied by (rates and shares as fractions).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.exceptional IS
'true where a rate above 1 (more than 100 % a year) that the change makes is meant, as gpumkt_rates.exceptional; a change that makes a rate above 1 is refused otherwise (constraint gpumkt_scenario_changes_rate_range for a rate set, 22023 when the scenario is set or used).';
COMMENT ON CONSTRAINT gpumkt_scenario_changes_rate_range ON @extschema@.gpumkt_scenario_changes IS
'A rate set above 1 (100 % a year) is marked exceptional, as gpumkt_rates_rate_range asks of gpumkt_rates.';

-- A chain of bases is checked where it is written: it ends, and holds at
-- most GM_SCENARIO_MAX_CHAIN (1000) scenarios (src/scenario_check.c).  A
-- statement trigger, so that a chain written by one statement is walked
-- once; one per event, as transition tables require.
CREATE INDEX gpumkt_scenarios_base_idx ON @extschema@.gpumkt_scenarios (base_scenario);
COMMENT ON INDEX @extschema@.gpumkt_scenarios_base_idx IS
'The scenarios built on a scenario, for the walk up a chain of bases (gpumkt_scenario_chains, gpumkt_scenario_check).';
CREATE FUNCTION @extschema@.gpumkt_scenario_chains() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_chains' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_chains() IS
'Trigger: refuses (22023) new or changed rows of gpumkt_scenarios whose chain of bases comes back on itself or holds more than 1000 scenarios, the scenario included; after an update that changes a base or a market, also a scenario that the change makes unusable (as gpumkt_scenario_check).';
CREATE TRIGGER gpumkt_chains_insert AFTER INSERT ON @extschema@.gpumkt_scenarios
    REFERENCING NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();
CREATE TRIGGER gpumkt_chains_update AFTER UPDATE ON @extschema@.gpumkt_scenarios
    REFERENCING OLD TABLE AS gpumkt_old NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();

CREATE FUNCTION @extschema@.gpumkt_scenario_check(scenario text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_check(text) IS
'true when scenario and every scenario built on it can be used: each is built as a forecast would build it, so that a change it cannot use (shares of a dimension above 100 %, a rate above 1 not marked exceptional, an anchor the region does not have, a chain of bases that loops or is too long) raises here the error (22023) its use would. gpumkt_scenario_set calls it after each change.';

-- A change's market is its scenario's; it is filled in before the
-- confinement trigger reads it (triggers fire in the order of their names).
CREATE FUNCTION @extschema@.gpumkt_scenario_change_market() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.market := (SELECT s.market FROM @extschema@.gpumkt_scenarios s
                   WHERE s.scenario OPERATOR(pg_catalog.=) NEW.scenario);
    IF NEW.market IS NULL THEN
        RAISE EXCEPTION 'scenario "%" does not exist', @extschema@.gpumkt_echo(NEW.scenario)
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Add the scenario to gpumkt_scenarios first, or use gpumkt_scenario_set, which does.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_change_market() IS
'Trigger: fills in the market of a scenario change from its scenario (23503 when the scenario does not exist).';
CREATE TRIGGER gpumkt_changes_market BEFORE INSERT OR UPDATE ON @extschema@.gpumkt_scenario_changes
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_scenario_change_market();
-- (roles confined to markets are confined here too: 91_rights_users_tables.sql)
-- (who may read and write them: 91_rights_users_tables.sql)

CREATE FUNCTION @extschema@.gpumkt_resolve_segment(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS text[] AS 'MODULE_PATHNAME', 'gpumkt_resolve_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_segment(text, text, text) IS
'The codes {dimension, segment} that a dimension and a segment of market stand for (code, English or French name, then an alias of gpumkt_segments.aliases, ignoring case, accents and punctuation: ''cloud'' is public_cloud); errors (22023) naming the known ones when unrecognized.';

CREATE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters',
        exceptional boolean DEFAULT false)
    RETURNS @extschema@.gpumkt_scenario_changes LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
    change @extschema@.gpumkt_scenario_changes;
    given text := scenario;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL
       OR exceptional IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op, market and exceptional of gpumkt_scenario_set must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out year, dimension and segment where they do not apply.';
    END IF;
    -- a scenario's name is a lower-case identifier: 'Bull' names bull
    scenario := translate(scenario, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    IF scenario !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid scenario name "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(given)
            USING ERRCODE = '22023', HINT = 'A scenario''s name is an identifier of at most 63 characters, such as bull or bear_2030, its letters read as lower case.';
    END IF;
    IF input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
        RAISE EXCEPTION 'unrecognized input "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(input)
            USING ERRCODE = '22023', HINT = 'Pass anchor, rate, region_share or segment_share.';
    END IF;
    IF op NOT IN ('set', 'add', 'multiply') THEN
        RAISE EXCEPTION 'unrecognized op "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(op)
            USING ERRCODE = '22023', HINT = 'Pass set, add or multiply.';
    END IF;
    IF value = 'NaN' OR value < -1e300 OR value > 1e300 THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a finite number', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'Pass a number such as 0.20 for a rate of 20 %.';
    END IF;
    IF op = 'set' AND ((input = 'anchor' AND value <= 0) OR (input = 'rate' AND value <= -1)
                       OR (input IN ('region_share', 'segment_share') AND (value <= 0 OR value > 1))) THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a possible %', @extschema@.gpumkt_echo(value::text), input
            USING ERRCODE = '22023', HINT = 'An anchor is above 0, a rate above -1 (0.20 for 20 %), a share in (0, 1].';
    END IF;
    IF exceptional AND input <> 'rate' THEN
        RAISE EXCEPTION 'exceptional of gpumkt_scenario_set goes with input rate only'
            USING ERRCODE = '22023', HINT = 'Leave out exceptional: it marks a rate above 1 (100 % a year) as meant.';
    END IF;
    IF input = 'rate' AND op = 'set' AND value > 1 AND NOT exceptional THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is a rate above 1 (100 %% a year)', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'A rate of 17 means 1,700 %: write 0.17 for 17 %, or pass exceptional => true if the rate is meant.';
    END IF;
    IF (input = 'segment_share') <> (dimension IS NOT NULL AND segment IS NOT NULL) THEN
        RAISE EXCEPTION 'dimension and segment of gpumkt_scenario_set go with input segment_share, and only with it'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment share, neither for other inputs.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_scenario_set.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    r := @extschema@.gpumkt_resolve_region(region);
    IF input = 'segment_share' THEN
        seg := @extschema@.gpumkt_resolve_segment(dimension, segment, market);
    END IF;
    -- one writer of a market's scenarios at a time, from here to the end of
    -- its transaction: a call waits for the transaction of another call on
    -- a scenario of the market (on the same scenario, the first one too,
    -- which creates it) or of another statement that wrote its scenarios
    -- (trigger gpumkt_scenario_chains takes the same lock), then reads the
    -- scenarios anew, numbers its change after the other's and checks the
    -- scenarios built on it as the other left them
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent write of the scenarios of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see what the other transaction wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
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
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value, exceptional)
    RETURNING * INTO change;
    -- the scenario as changed, and those built on it, must be usable
    PERFORM @extschema@.gpumkt_scenario_check(scenario);
    RETURN change;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text, boolean) IS
'Adds a change to scenario (made for market if new; the name is a lower-case identifier, and ''Bull'' names bull) and returns the change as stored, a row of gpumkt_scenario_changes (scenario, market, ordinal, input, region code, year, dimension and segment codes, op, value, exceptional): input anchor (of region in year; without a year, its first), rate (region grows at it from its base anchor, the one in year or its first; later anchors are superseded), region_share or segment_share (with dimension and segment), op set (replacing the scenario''s earlier set of the same input), add or multiply; exceptional true where a rate above 1 (100 % a year) is meant. gpumkt_scenario_set(''bull'', ''rate'', ''global'', 0.20) makes a bull case. Errors (22023) on an unrecognized input, op, region or segment, an impossible value, or a change that leaves the scenario, or one built on it, unusable (gpumkt_scenario_check), and then writes nothing.';

CREATE FUNCTION @extschema@.gpumkt_scenario_drop(scenario text, cascade boolean DEFAULT false)
    RETURNS boolean LANGUAGE plpgsql VOLATILE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    -- a scenario's name is a lower-case identifier: 'Bull' names bull
    code text := translate(scenario, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    -- the scenarios built on it, directly or through others (a chain that
    -- comes back on itself included)
    deps text[] := ARRAY(
        WITH RECURSIVE d(scenario) AS (
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s
            WHERE s.base_scenario = code
            UNION
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s JOIN d ON s.base_scenario = d.scenario)
        SELECT d.scenario FROM d WHERE d.scenario <> code ORDER BY 1);
    -- a handful of them by name
    listed text := CASE WHEN cardinality(deps) <= 5 THEN array_to_string(deps, ', ')
                        ELSE format('%s and %s more', array_to_string(deps[1:5], ', '), cardinality(deps) - 5) END;
BEGIN
    IF cardinality(deps) > 0 AND NOT cascade THEN
        RAISE EXCEPTION 'cannot drop scenario "%" because other scenarios build on it', code
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = format('Scenarios built on it, directly or through others: %s.', listed),
                  HINT = 'Drop them first or change their base_scenario, or pass cascade => true to drop them too.';
    ELSIF cardinality(deps) > 0 THEN
        RAISE NOTICE 'drop of scenario "%" cascades to the scenarios built on it', code
            USING DETAIL = format('Scenarios built on it, directly or through others: %s.', listed);
    END IF;
    DELETE FROM @extschema@.gpumkt_scenarios s
    WHERE s.scenario = code OR s.scenario = ANY (deps);
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_drop(text, boolean) IS
'Removes a scenario (its name read as lower case: ''Bull'' is bull) and its changes; true if there was one, false if not. A scenario that others build on (directly or through others) is refused (2BP01, naming them) unless cascade, which removes them too.';

-- A scenario builds on a scenario of its own market: checked after each
-- statement that writes a base or a market, so that a role confined to one
-- market (gpumkt_writers) cannot build on, and so pin, another market's
-- scenarios.  Scenarios moved together in one statement are checked as
-- they end up.
CREATE FUNCTION @extschema@.gpumkt_scenario_base_market() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad record;
BEGIN
    SELECT b.scenario, b.market INTO bad FROM @extschema@.gpumkt_scenarios b
    WHERE b.scenario OPERATOR(pg_catalog.=) NEW.base_scenario AND b.market OPERATOR(pg_catalog.<>) NEW.market;
    IF FOUND THEN
        RAISE EXCEPTION 'base scenario "%" of scenario "%" is a scenario of market "%", not of "%"',
                bad.scenario, NEW.scenario, bad.market, NEW.market
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Build on a scenario of the same market, or leave base_scenario NULL.';
    END IF;
    -- a scenario moved to another market: those built on it (an index scan
    -- would need an index on base_scenario; moves are rare)
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND NEW.market IS DISTINCT FROM OLD.market THEN
        SELECT d.scenario, d.market INTO bad FROM @extschema@.gpumkt_scenarios d
        WHERE d.base_scenario OPERATOR(pg_catalog.=) NEW.scenario AND d.market OPERATOR(pg_catalog.<>) NEW.market
        ORDER BY d.scenario LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'scenario "%" of market "%" builds on scenario "%", now of market "%"',
                    bad.scenario, bad.market, NEW.scenario, NEW.market
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Move the scenarios built on it to the same market, or change their base_scenario first.';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_base_market() IS
'Trigger: a scenario''s base_scenario is a scenario of the same market, as the rows end up after the statement (22023 otherwise).';
CREATE TRIGGER gpumkt_scenario_base_market AFTER INSERT OR UPDATE OF market, base_scenario
    ON @extschema@.gpumkt_scenarios
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_scenario_base_market();
