-- gpumkt 1.4 to 1.4.1: the fixes of the third trust review (issue 17),
-- written as a delta: each change to a 1.4 object, in the order of the
-- concern files of sql/src that hold the same definitions.  The upgrade test
-- compares the result with a fresh 1.4.1 install, object by object.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '@EXTVERSION@'" to load this file. \quit

SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

-- issue 17 items 6-8: concurrent writers of one scenario or of one
-- market's report wait for each other (an advisory lock in
-- gpumkt_scenario_set before it writes, in gpumkt_load_report before it
-- looks for the market); a scenario builds on a scenario of its own market;
-- gpumkt_scenario_drop names the scenarios built on it, and drops them too
-- with cascade => true (a new argument: the function is dropped and made
-- anew, with its default privileges as before).

-- 1.4.1 refuses a scenario built on another market's: a user's row that
-- does so (1.4 let it in) stops the update, so that no dump of 1.4.1 holds
-- rows its restore would refuse
DO $$
DECLARE
    bad record;
BEGIN
    SELECT c.scenario, c.market, b.scenario AS base, b.market AS base_market,
           pg_catalog.count(*) OVER () AS n INTO bad
    FROM @extschema@.gpumkt_scenarios c
    JOIN @extschema@.gpumkt_scenarios b ON b.scenario OPERATOR(pg_catalog.=) c.base_scenario
    WHERE b.market OPERATOR(pg_catalog.<>) c.market
    ORDER BY c.scenario LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'scenario "%" of market "%" builds on scenario "%" of market "%"',
                bad.scenario, bad.market, bad.base, bad.base_market
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = pg_catalog.format('gpumkt 1.4.1 refuses a base scenario of another market. Scenarios that have one: %s.', bad.n),
                  HINT = 'Change their base_scenario or drop them, then update again; nothing was changed.';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS integer LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op and market of gpumkt_scenario_set must not be NULL'
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
    -- one writer of a scenario at a time, from here to the end of its
    -- transaction: a call waits for the transaction of another call on the
    -- same scenario (the first one too, which creates it), then reads the
    -- scenario anew and numbers its change after that one's
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(scenario)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(scenario));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent gpumkt_scenario_set on the same scenario'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see the change the other call made.',
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
    INSERT INTO @extschema@.gpumkt_scenario_changes (scenario, market, ordinal, input, region, year, dimension, segment, op, value)
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value);
    RETURN n;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_load_report(doc jsonb, replace boolean DEFAULT false,
        OUT tab text, OUT loaded integer)
    RETURNS SETOF record LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tables constant text[] := ARRAY['regions', 'markets', 'dimensions', 'segments', 'anchors', 'rates',
                                    'region_shares', 'players', 'developments', 'figures'];
    regcols constant jsonb := '{"regions": ["parent"], "markets": ["root_region"], "anchors": ["region"],
        "rates": ["region"], "region_shares": ["region", "of_region"], "players": ["hq_region"],
        "figures": ["region"]}';
    m text;
    t text;
    rows jsonb := '{}';
    added jsonb;
    bad record;
    n integer;
    cols text;
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'report at $ is not a JSON object'
            USING ERRCODE = '22023', HINT = 'A report is one object: {"format": "gpumkt report, version 1", "markets": [...], ...}.';
    END IF;
    IF NOT doc ? 'format' THEN
        RAISE EXCEPTION 'missing required field at $.format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    ELSIF doc -> 'format' IS DISTINCT FROM '"gpumkt report, version 1"' THEN
        RAISE EXCEPTION 'unrecognized report format at $.format: %', doc -> 'format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND NOT k = ANY (tables) ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'unrecognized key at $.%', t
            USING ERRCODE = '22023', HINT = 'The keys of a report are format, regions, markets, anchors, rates, region_shares, dimensions, segments, players, developments and figures.';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND jsonb_typeof(doc -> k) <> 'array' ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'report table at $.% is not a JSON list', t
            USING ERRCODE = '22023', HINT = 'Each table is a list of row objects.';
    END IF;
    IF jsonb_array_length(coalesce(doc -> 'markets', '[]')) <> 1 THEN
        RAISE EXCEPTION 'report at $.markets holds % markets', jsonb_array_length(coalesce(doc -> 'markets', '[]'))
            USING ERRCODE = '22023', HINT = 'A report holds exactly one market: load several reports one by one.';
    END IF;
    rows := jsonb_build_object('markets', @extschema@.gpumkt_report_rows(doc, 'markets', NULL));
    m := rows #>> '{markets,0,market}';
    IF m !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid market code at $.markets[0].market: "%"', m
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as my_gpu_clusters.';
    END IF;
    -- one load of a market at a time: a load waits here for the transaction
    -- of another load of the same market, then sees what it wrote
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent gpumkt_load_report of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see the rows the other load wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
    END IF;
    IF NOT coalesce(replace, false) AND EXISTS (SELECT FROM @extschema@.gpumkt_markets k WHERE k.market = m) THEN
        RAISE EXCEPTION 'market at $.markets[0].market exists: "%"', m
            USING ERRCODE = '22023', HINT = 'Load it under another code, or pass replace => true to replace its rows.';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        CONTINUE WHEN t = 'markets';
        rows := rows || jsonb_build_object(t, CASE WHEN doc ? t THEN @extschema@.gpumkt_report_rows(doc, t, m) ELSE '[]' END);
    END LOOP;
    -- the regions the report adds, and those it repeats (with the same parent)
    SELECT e.ord - 1 AS i, e.r ->> 'region' AS code INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    WHERE e.r ->> 'region' !~ '^[a-z][a-z0-9_]{0,62}$' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid region code at $.regions[%].region: "%"', bad.i, bad.code
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as north_america.';
    END IF;
    SELECT coalesce(jsonb_object_agg(e.r ->> 'region', true), '{}') INTO added
    FROM jsonb_array_elements(rows -> 'regions') e(r)
    WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = e.r ->> 'region');
    FOR t IN SELECT jsonb_object_keys(regcols) LOOP
        rows := jsonb_set(rows, ARRAY[t], @extschema@.gpumkt_report_resolve(rows -> t, t,
                    ARRAY(SELECT jsonb_array_elements_text(regcols -> t)), added));
    END LOOP;
    SELECT e.ord - 1 AS i, g.region, g.parent INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    JOIN @extschema@.gpumkt_regions g ON g.region = e.r ->> 'region'
    WHERE g.parent IS DISTINCT FROM e.r ->> 'parent' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent differs from the existing region "%"', bad.i, bad.region
            USING ERRCODE = '22023', DETAIL = format('Region %s lies in %s.', bad.region, coalesce(bad.parent, 'nothing (it is the world)')),
                  HINT = 'Give an existing region its parent, or add a region under a code of its own.';
    END IF;
    -- a parent chain that loops: a region the report adds that no chain from
    -- an existing region (or the world) reaches
    WITH RECURSIVE nr AS MATERIALIZED (
        SELECT x.ord, x.region, x.parent
        FROM (SELECT e.ord, e.r ->> 'region' AS region, e.r ->> 'parent' AS parent
              FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)) x
        WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = x.region)),
    reached AS (
        SELECT nr.region FROM nr WHERE nr.parent IS NULL OR nr.parent NOT IN (SELECT n2.region FROM nr n2)
        UNION
        SELECT nr.region FROM nr JOIN reached ON nr.parent = reached.region)
    SELECT nr.ord - 1 AS i, nr.region INTO bad FROM nr
    WHERE nr.region NOT IN (SELECT reached.region FROM reached) ORDER BY nr.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent has a parent chain that loops back to "%"', bad.i, bad.region
            USING ERRCODE = '22023', HINT = 'Every chain of parents ends at the world region (global).';
    END IF;
    -- figures the tables' rules would refuse, refused here with their path
    SELECT e.ord - 1 AS i, e.r ->> 'value' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'anchors') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'value')::numeric <= 0 ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report anchor at $.anchors[%].value is not above 0: %', bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'A market size is above 0, in the market''s unit.';
    END IF;
    SELECT e.ord - 1 AS i, e.r ->> 'rate' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'rates') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'rate')::numeric <= -1
       OR ((e.r ->> 'rate')::numeric > 1 AND (e.r -> 'exceptional') IS DISTINCT FROM 'true')
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report rate at $.rates[%].rate is outside (-1, 1]: %', bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'A rate of 12 means 1,200 %: write 0.12 for 12 %.';
    END IF;
    SELECT x.t, x.i, x.v INTO bad FROM (
        SELECT 'region_shares' AS t, e.ord - 1 AS i, e.r ->> 'share' AS v, e.ord
        FROM jsonb_array_elements(rows -> 'region_shares') WITH ORDINALITY e(r, ord)
        UNION ALL
        SELECT 'segments', e.ord - 1, e.r ->> 'share', e.ord + 1e9
        FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)) x
    WHERE x.v::numeric <= 0 OR x.v::numeric > 1 ORDER BY x.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report share at $.%[%].share is outside (0, 1]: %', bad.t, bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'Shares are fractions: write 0.365 or "36.5 %" for 36.5 %.';
    END IF;
    SELECT min(e.ord) - 1 AS i, e.r ->> 'dimension' AS d, sum((e.r ->> 'share')::numeric) AS s INTO bad
    FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)
    GROUP BY e.r ->> 'dimension', e.r ->> 'year'
    HAVING sum((e.r ->> 'share')::numeric) > 1 ORDER BY 1 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report segments of dimension "%" at $.segments[%] add up to % %%, above 100 %%', bad.d, bad.i, bad.s * 100
            USING ERRCODE = '22023', HINT = 'The shares of one dimension in one year add up to at most 1 (100 %).';
    END IF;
    -- write: one subtransaction, whose failure leaves nothing written
    BEGIN
        IF replace THEN
            DELETE FROM @extschema@.gpumkt_developments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_players x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_segments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_dimensions x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_figures x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_region_shares x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_rates x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_anchors x WHERE x.market = m;
        END IF;
        FOREACH t IN ARRAY tables LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
            FROM pg_attribute a
            WHERE a.attrelid = format('@extschema@.%I', 'gpumkt_' || t)::regclass AND a.attnum > 0
              AND NOT a.attisdropped AND a.attname <> 'shipped'
              AND EXISTS (SELECT FROM jsonb_array_elements(rows -> t) e WHERE e ? a.attname);
            IF t = 'regions' AND cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.gpumkt_regions (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_regions, $1) x WHERE $2 ? x.region', cols, cols)
                USING rows -> t, added;
            ELSIF t = 'markets' THEN
                -- replace: the columns the report leaves out take their default
                EXECUTE format('INSERT INTO @extschema@.gpumkt_markets AS k (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_markets, $1) ON CONFLICT (market) DO UPDATE SET (%s) = ROW(%s)',
                               cols, cols,
                               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')),
                               (SELECT string_agg('EXCLUDED.' || quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')))
                USING rows -> t;
            ELSIF cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.%I (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.%I, $1)',
                               'gpumkt_' || t, cols, cols, 'gpumkt_' || t)
                USING rows -> t;
            END IF;
            GET DIAGNOSTICS n = ROW_COUNT;
            tab := t;
            loaded := coalesce(n, 0);
            IF cols IS NULL THEN
                loaded := 0;
            END IF;
            RETURN NEXT;
        END LOOP;
    EXCEPTION WHEN integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS cols = CONSTRAINT_NAME, t = TABLE_NAME;
        RAISE EXCEPTION 'report breaks rule % of table %', cols, t
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'docs/reference.md, "Integrity rules", says what each rule asks; nothing was loaded.';
    END;
END
$$;

DROP FUNCTION @extschema@.gpumkt_scenario_drop(text);
CREATE FUNCTION @extschema@.gpumkt_scenario_drop(scenario text, cascade boolean DEFAULT false)
    RETURNS boolean LANGUAGE plpgsql VOLATILE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    -- the scenarios built on it, directly or through others (a chain that
    -- comes back on itself included)
    deps text[] := ARRAY(
        WITH RECURSIVE d(scenario) AS (
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s
            WHERE s.base_scenario = gpumkt_scenario_drop.scenario
            UNION
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s JOIN d ON s.base_scenario = d.scenario)
        SELECT d.scenario FROM d WHERE d.scenario <> gpumkt_scenario_drop.scenario ORDER BY 1);
    -- a handful of them by name
    listed text := CASE WHEN cardinality(deps) <= 5 THEN array_to_string(deps, ', ')
                        ELSE format('%s and %s more', array_to_string(deps[1:5], ', '), cardinality(deps) - 5) END;
BEGIN
    IF cardinality(deps) > 0 AND NOT cascade THEN
        RAISE EXCEPTION 'cannot drop scenario "%" because other scenarios build on it', scenario
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = format('Scenarios built on it, directly or through others: %s.', listed),
                  HINT = 'Drop them first or change their base_scenario, or pass cascade => true to drop them too.';
    ELSIF cardinality(deps) > 0 THEN
        RAISE NOTICE 'drop of scenario "%" cascades to the scenarios built on it', scenario
            USING DETAIL = format('Scenarios built on it, directly or through others: %s.', listed);
    END IF;
    DELETE FROM @extschema@.gpumkt_scenarios s
    WHERE s.scenario = gpumkt_scenario_drop.scenario OR s.scenario = ANY (deps);
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_drop(text, boolean) IS
'Removes a scenario and its changes; true if there was one, false if not. A scenario that others build on (directly or through others) is refused (2BP01, naming them) unless cascade, which removes them too.';

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
