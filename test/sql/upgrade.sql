-- upgrade: every released version updated to the current version (2.1.1), in
-- one step and version by version, keeps users' rows and stored values and
-- gives exactly the objects, the privileges, the function bodies and the
-- shipped rows of a fresh install (fresh_20 below: the current version's).
-- (The released scripts are frozen; each was compared with the fresh
-- install of its own version when it was released.)

-- values of the extension's types, made by the current version and stored
-- before the update
SELECT gpumkt_growth(y, 100 * 1.1 ^ (y - 2020))::text AS stored_growth
FROM generate_series(2020, 2025) y \gset
SELECT gpumkt_ets(t, 50 + 2 * t + (t % 4))::text AS stored_model
FROM generate_series(1, 24) t \gset
DROP EXTENSION gpumkt;

-- a description of every object of the extension
CREATE FUNCTION pg_temp.gpumkt_shipped_digest(t regclass) RETURNS text LANGUAGE plpgsql AS $$
DECLARE d text;
BEGIN
    -- tables without a shipped column (gpumkt_writers) ship no rows: all of theirs
    EXECUTE format('SELECT count(*) || '' rows, md5 '' || md5(string_agg(r::text, ''|'' ORDER BY r::text)) FROM %s r WHERE %s', t,
                   CASE WHEN EXISTS (SELECT FROM pg_attribute WHERE attrelid = t AND attname = 'shipped') THEN 'r.shipped' ELSE 'true' END)
    INTO d;
    RETURN d;
END $$;
CREATE FUNCTION pg_temp.gpumkt_objects() RETURNS TABLE (what text) LANGUAGE sql AS $$
    SELECT pg_describe_object(d.classid, d.objid, 0) || coalesce(' -- ' || obj_description(d.objid, d.classid::regclass::name), '')
    FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('function %s: %s %s %s %s %s returns %s', p.oid::regprocedure, p.prokind, p.provolatile,
                  p.proisstrict, p.proparallel, p.prosrc, p.prorettype::regtype)
    FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('aggregate %s: %s %s %s %s %s %s %s', a.aggfnoid::regprocedure, a.aggtransfn, a.aggfinalfn,
                  a.aggcombinefn, a.aggmtransfn, a.aggminvtransfn, a.aggtranstype::regtype, a.agginitval)
    FROM pg_aggregate a JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('type %s: %s %s %s', t.oid::regtype, t.typlen, t.typalign, t.typstorage)
    FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('column %s.%s %s %s -- %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                  col_description(c.oid, a.attnum))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relname LIKE 'gpumkt\_%' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT format('constraint %s: %s -- %s', conname, pg_get_constraintdef(oid), obj_description(oid, 'pg_constraint'))
    FROM pg_constraint WHERE conrelid::regclass::text LIKE 'gpumkt\_%'
    UNION ALL
    SELECT format('trigger %s -- %s', pg_get_triggerdef(oid), obj_description(oid, 'pg_trigger'))
    FROM pg_trigger WHERE tgname LIKE 'gpumkt\_%'
    UNION ALL
    SELECT format('config %s %s', x.cfg::regclass, x.cond)
    FROM pg_extension e, unnest(e.extconfig, e.extcondition) x(cfg, cond) WHERE e.extname = 'gpumkt'
    UNION ALL
    SELECT format('body of %s: %s', p.oid::regprocedure, pg_get_functiondef(p.oid))
    FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt') AND p.prokind <> 'a'
    UNION ALL
    SELECT format('privileges of %s: %s', c.relname, c.relacl) FROM pg_class c
    WHERE c.relname LIKE 'gpumkt\_%' AND c.relkind = 'r'
    UNION ALL
    SELECT format('privileges of %s: %s', p.oid::regprocedure, p.proacl)
    FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('shipped rows of %s: %s', x.cfg::regclass, pg_temp.gpumkt_shipped_digest(x.cfg::regclass))
    FROM pg_extension e, unnest(e.extconfig) x(cfg) WHERE e.extname = 'gpumkt'
$$;

-- A user's rows, added before an update and checked after it.
CREATE FUNCTION pg_temp.add_user_rows() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gpumkt_markets (market, name) VALUES ('kept', 'Kept through the update');
    INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('kept', 'global', 2020, 1), ('kept', 'global', 2030, 4);
END $$;
-- Keeps the description of the updated install as table label, removes the
-- user's rows and the extension.
CREATE FUNCTION pg_temp.keep(label text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TEMP TABLE %I AS SELECT * FROM pg_temp.gpumkt_objects()', label);
    DELETE FROM gpumkt_anchors WHERE market = 'kept';
    DELETE FROM gpumkt_markets WHERE market = 'kept';
    DROP EXTENSION gpumkt;
END $$;

-- to the current version from every released version in one step; after
-- each update the user's rows are there and used: 1 x 4^(1/2) = 2
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_20');
CREATE EXTENSION gpumkt VERSION '1.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u11_20');
CREATE EXTENSION gpumkt VERSION '1.2';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u12_20');
CREATE EXTENSION gpumkt VERSION '1.3';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u13_20');
CREATE EXTENSION gpumkt VERSION '1.4';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u14_20');
CREATE EXTENSION gpumkt VERSION '1.4.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u141_20');
CREATE EXTENSION gpumkt VERSION '2.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u20_21');
CREATE EXTENSION gpumkt VERSION '2.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u21_211');
-- and version by version from 1.0
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.1';
ALTER EXTENSION gpumkt UPDATE TO '1.2';
ALTER EXTENSION gpumkt UPDATE TO '1.3';
ALTER EXTENSION gpumkt UPDATE TO '1.4';
ALTER EXTENSION gpumkt UPDATE TO '1.4.1';
ALTER EXTENSION gpumkt UPDATE TO '2.0';
ALTER EXTENSION gpumkt UPDATE TO '2.1';
ALTER EXTENSION gpumkt UPDATE TO '2.1.1';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_11_12_13_14_141_20_21_211');

-- fresh installs of 1.4.1 and of the current version
CREATE EXTENSION gpumkt VERSION '1.4.1';
CREATE TEMP TABLE fresh_141 AS SELECT * FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
CREATE TEMP TABLE fresh_20 AS SELECT * FROM pg_temp.gpumkt_objects();

-- differences either way between each update path and the fresh install
-- (expect no rows), and how much was compared
CREATE FUNCTION pg_temp.differences(updated regclass, fresh regclass) RETURNS TABLE (side text, what text)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format(
        'SELECT %L || '' only'', what FROM (SELECT what FROM %s EXCEPT ALL SELECT what FROM %s) x
         UNION ALL
         SELECT %L || '' only'', what FROM (SELECT what FROM %s EXCEPT ALL SELECT what FROM %s) y',
        updated, updated, fresh, fresh, fresh, updated);
END $$;
SELECT * FROM pg_temp.differences('snapshot_u10_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u11_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u12_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u13_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u14_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u141_20', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u20_21', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u21_211', 'fresh_20')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_11_12_13_14_141_20_21_211', 'fresh_20');
SELECT (SELECT count(*) FROM fresh_20) > 250 AS compared_many_objects,
       (SELECT count(*) FROM fresh_20 WHERE what LIKE 'shipped rows of %') AS tables_compared_row_by_row,
       (SELECT count(*) FROM fresh_20 WHERE what LIKE 'body of %') > 100 AS function_bodies_compared;
-- a comparison that can fail: 1.4.1 and 2.0 differ, by routines above all
SELECT side, split_part(what, ' ', 1) AS what, count(*) > 0 AS differs
FROM pg_temp.differences('fresh_141', 'fresh_20')
WHERE split_part(what, ' ', 1) IN ('function', 'aggregate', 'type')
GROUP BY 1, 2 ORDER BY 1, 2;

-- 2.0's size (issue 18): at most 160 routines, at most 6 forms of a name
SELECT count(*) <= 160 AS at_most_160_routines,
       max(forms) <= 6 AS at_most_6_forms
FROM (SELECT p.proname, count(*) OVER (PARTITION BY p.proname) AS forms
      FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
      WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')) x;

-- A 1.4.1 database served by the 2.0 library before its update: a routine
-- that 2.0 no longer serves errors, saying to update (never a crash); the
-- update goes through, and the same call in its 2.0 form works
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4.1';
-- error: (0A000)
SELECT gpumkt_forecast('global', 2030, 'ai_training_gpu_clusters');
-- 1.4.1's scenario forms of gpumkt_segment_share and gpumkt_segments_share
-- have as many arguments as 2.0's, scenario and market in other places:
-- the same error, never the scenario read as the market
-- error: (0A000)
SELECT gpumkt_segment_share('deployment', 'public_cloud', 'bull'::gpumkt_scenario, 'ai_training_gpu_clusters');
-- error: (0A000)
SELECT * FROM gpumkt_segments_share('component', '{software,services}', scenario => 'bull');
ALTER EXTENSION gpumkt UPDATE;
SELECT round(gpumkt_forecast('global', 2030, market => 'ai_training_gpu_clusters'), 9)
       = round(18.2 * (87.5 / 18.2) ^ 0.5, 9) AS served_after_update;

-- stored values of gpumkt_growth and gpumkt_ets_model (made by 2.0 above,
-- stored in 1.4.1) read back equal after the update, and are used
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4.1';
CREATE TABLE kept_values (g gpumkt_growth, m gpumkt_ets_model);
INSERT INTO kept_values VALUES (:'stored_growth', :'stored_model');
ALTER EXTENSION gpumkt UPDATE;
SELECT g::text = :'stored_growth' AS growth_read_back, m::text = :'stored_model' AS model_read_back,
       round(gpumkt_cagr(g)::numeric, 12) = 0.1 AS growth_used,
       gpumkt_predict(m, 25) IS NOT NULL AS model_used
FROM kept_values;
DROP TABLE kept_values;

-- A user's view on a form that 2.0 drops (the integer year of 1.4.1's
-- gpumkt_forecast) stops the update with core's dependency error naming
-- it; nothing changes; once the view is dropped the update goes through
-- and the view is made again on the 2.0 signature
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4.1';
CREATE VIEW user_forecasts AS SELECT gpumkt_forecast('global', 2030) AS f;
-- error: (2BP01)
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
DROP VIEW user_forecasts;
ALTER EXTENSION gpumkt UPDATE;
CREATE VIEW user_forecasts AS SELECT gpumkt_forecast('global', 2030) AS f;
SELECT extversion, round((SELECT f FROM user_forecasts), 9) = round(18.2 * (87.5 / 18.2) ^ 0.5, 9) AS view_made_again
FROM pg_extension WHERE extname = 'gpumkt';
DROP VIEW user_forecasts;

-- issue 17, item 8: 1.4.1 refuses a scenario built on another market's, so
-- the update from 1.4 stops, naming one, where a user's row does so (1.4
-- let it in), and changes nothing; once mended, it goes through
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
INSERT INTO gpumkt_markets (market, name) VALUES ('amkt', 'Market A (test)'), ('bobm', 'Market B (test)');
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('abull', 'amkt');
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('bchild', 'bobm', 'abull');
-- error: (22023)
ALTER EXTENSION gpumkt UPDATE;
SELECT e.extversion, s.scenario, s.market, s.base_scenario
FROM pg_extension e, gpumkt_scenarios s WHERE e.extname = 'gpumkt' ORDER BY s.scenario;
UPDATE gpumkt_scenarios SET base_scenario = NULL WHERE scenario = 'bchild';
ALTER EXTENSION gpumkt UPDATE;
SELECT e.extversion, s.scenario, s.market, s.base_scenario
FROM pg_extension e, gpumkt_scenarios s WHERE e.extname = 'gpumkt' ORDER BY s.scenario;
DELETE FROM gpumkt_scenarios;
DELETE FROM gpumkt_markets WHERE market IN ('amkt', 'bobm');

-- scenarios of 1.4 kept by the update (issue 17 items 2-3): a rate set
-- above 1 was meant, and is marked exceptional (as 1.3 marked stored rates
-- above 1), and so are an add above 0 and a multiply by more than 1 (they
-- can raise a rate above 1); a multiply by less is not
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('steep14', 'ai_training_gpu_clusters'), ('mild14', 'ai_training_gpu_clusters');
INSERT INTO gpumkt_scenario_changes (scenario, market, ordinal, input, region, value, op)
VALUES ('steep14', 'ai_training_gpu_clusters', 1, 'rate', 'global', 17, 'set'),
       ('mild14', 'ai_training_gpu_clusters', 1, 'rate', 'global', 0.2, 'set'),
       ('mild14', 'ai_training_gpu_clusters', 2, 'rate', 'global', 0.5, 'multiply'),
       ('mild14', 'ai_training_gpu_clusters', 3, 'rate', 'global', 0.01, 'add');
ALTER EXTENSION gpumkt UPDATE;
SELECT scenario, ordinal, op, value, exceptional FROM gpumkt_scenario_changes ORDER BY scenario, ordinal;
-- still used: 18.2 x 18^5, and 18.2 x (1 + 0.2 x 0.5 + 0.01)^5
SELECT round(gpumkt_forecast('global', 2030, scenario => 'steep14'), 6) = round(18.2 * 18.0 ^ 5, 6) AS steep_kept,
       round(gpumkt_forecast('global', 2030, scenario => 'mild14'), 6) = round(18.2 * 1.11 ^ 5, 6) AS mild_kept;
DELETE FROM gpumkt_scenarios;

-- The update from 1.3 keeps users' rows in every table of 1.3
-- (gpumkt_writers included) and uses them: rv14b_land is 0.25 of a global
-- market of 4000 million in 2030, 1000 million = 1 billion.
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.3';
CREATE ROLE regress_rv14b_writer;
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('rv14b_land', 'Review land (invented)', 'global', 'country');
INSERT INTO gpumkt_markets (market, name, unit) VALUES ('rv14b_kept', 'Kept through the update (invented)', 'million');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rv14b_kept', 'global', 2020, 1000), ('rv14b_kept', 'global', 2030, 4000);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES ('rv14b_kept', 'global', 2020, 2030, 0.1487);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('rv14b_kept', 'rv14b_land', 2020, 0.25, 'global');
INSERT INTO gpumkt_dimensions (market, dimension, name, ordinal) VALUES ('rv14b_kept', 'component', 'Component', 1);
INSERT INTO gpumkt_segments (market, dimension, segment, name, ordinal, year, share)
VALUES ('rv14b_kept', 'component', 'hardware', 'Hardware', 1, 2020, 0.6);
INSERT INTO gpumkt_players (market, player, name, listed_order) VALUES ('rv14b_kept', 'acme', 'Acme (invented)', 1);
INSERT INTO gpumkt_developments (market, development, month, player, summary)
VALUES ('rv14b_kept', 'launch', '2024-05-01', 'acme', 'Acme launched a product (invented).');
INSERT INTO gpumkt_figures (market, figure, label, value, unit) VALUES ('rv14b_kept', 'gpus', 'GPUs (invented)', 100, 'GPUs');
INSERT INTO gpumkt_writers (role_name, market) VALUES ('regress_rv14b_writer', 'rv14b_kept');
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
SELECT gpumkt_forecast('rv14b_land', 2030, market => 'rv14b_kept') AS land_2030,
       gpumkt_forecast('rv14b_land', 2030, unit => 'billion', market => 'rv14b_kept') AS land_2030_billion,
       gpumkt_forecast('global', 2030, 'component', 'hardware', market => 'rv14b_kept') AS hardware_2030;
SELECT (SELECT count(*) FROM gpumkt_rates WHERE market = 'rv14b_kept') AS rates,
       (SELECT count(*) FROM gpumkt_players WHERE market = 'rv14b_kept') AS players,
       (SELECT count(*) FROM gpumkt_developments WHERE market = 'rv14b_kept') AS developments,
       (SELECT count(*) FROM gpumkt_figures WHERE market = 'rv14b_kept') AS figures,
       (SELECT count(*) FROM gpumkt_writers WHERE market = 'rv14b_kept') AS writers,
       (SELECT topic IS NULL AND fiscal_year_end = 12 FROM gpumkt_markets WHERE market = 'rv14b_kept') AS new_columns;
DELETE FROM gpumkt_writers WHERE market = 'rv14b_kept';
DROP ROLE regress_rv14b_writer;
-- Review of 1.4.1, item 14: a user's view on the integer form of
-- gpumkt_predict_series stops the update from 1.4 with an error that names
-- it (core's "cannot drop function"); nothing is changed, and once the view
-- is dropped the update goes through
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
CREATE VIEW rev_horizon AS SELECT p.t FROM gpumkt_predict_series(NULL::gpumkt_ets_model, 3) p;
-- error: (2BP01)
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
DROP VIEW rev_horizon;
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';

-- A 2.0 database served by the 2.1 library before its update: 2.0's
-- routines work as 2.0 made them, the forms 2.1 replaces included (2.1's
-- library reads the segments' aliases, a column 2.0 has not, only where
-- the table has it); a segment by its 2.1 alias is refused until the
-- update; after it, the alias works
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '2.0';
SELECT round(gpumkt_forecast('global', 2030), 9) = round(18.2 * (87.5 / 18.2) ^ 0.5, 9) AS forecast_served,
       round(gpumkt_forecast('global', 2025, 'deployment', 'public_cloud'), 9) = round(18.2 * 0.543, 9) AS segment_served,
       gpumkt_chart('global', 2025, 2035) LIKE '%<polyline class="dashed"%' AS chart_served,
       gpumkt_chart_segments('component') LIKE '%Hardware: 78.5 %' AS segments_chart_served,
       gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2]::float8[], NULL, ARRAY[0.5, 1.5], ARRAY[1.5, 2.5])
           LIKE '%range (low to high)%' AS svg_forecast_8_served,
       (SELECT gpumkt_svg_lines(s, x, y) LIKE '<svg%' FROM (VALUES ('a', 1::float8, 2::float8), ('a', 2, 3)) v(s, x, y))
           AS svg_lines_served;
-- 2.0's gpumkt_scenario_set returns the ordinal of the change
SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.2) AS ordinal_2_0;
-- error: (22023)
SELECT gpumkt_forecast('global', 2025, 'deployment', 'cloud');
ALTER EXTENSION gpumkt UPDATE;
SELECT round(gpumkt_forecast('global', 2025, 'deployment', 'cloud'), 9) = round(18.2 * 0.543, 9) AS alias_after_update,
       round(gpumkt_forecast('global', 2030, scenario => 'Bull'), 6) = round(18.2 * 1.2 ^ 5, 6) AS scenario_kept;

-- A user's view on a routine that 2.1 replaces stops the update from 2.0
-- with an error naming the view and the routine, and a hint that says what
-- to do (not core's "use DROP ... CASCADE"); nothing changes; after the
-- view is dropped the update goes through
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '2.0';
CREATE VIEW user_chart AS SELECT gpumkt_chart('global', 2025, 2035) AS svg;
CREATE VIEW user_model AS
    SELECT (gpumkt_model_info(m)).kind FROM (SELECT gpumkt_ets(t, 10 + t) AS m FROM generate_series(1, 12) t) x;
-- error: (2BP01)
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
DROP VIEW user_chart;
DROP VIEW user_model;
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
