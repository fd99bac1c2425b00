-- upgrade: every version installs fresh, and every older version updated
-- to a newer one keeps users' rows and gives exactly the objects, the
-- privileges, the function bodies and the shipped rows of a fresh install.
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
    SELECT format('trigger %s on %s', tgname, tgrelid::regclass) FROM pg_trigger WHERE tgname LIKE 'gpumkt\_%'
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
-- after each update the user's rows are there and used: 1 x 4^(1/2) = 2
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.1';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_11');
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.2';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_12');
CREATE EXTENSION gpumkt VERSION '1.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.2';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u11_12');
-- 1.0 to 1.1, then 1.1 to 1.2 in a second step
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.1';
ALTER EXTENSION gpumkt UPDATE TO '1.2';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_11_12');
-- to 1.3 from every older one, in one step and version by version
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.3';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_13');
CREATE EXTENSION gpumkt VERSION '1.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.3';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u11_13');
CREATE EXTENSION gpumkt VERSION '1.2';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.3';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u12_13');
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.1';
ALTER EXTENSION gpumkt UPDATE TO '1.2';
ALTER EXTENSION gpumkt UPDATE TO '1.3';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_11_12_13');

-- to 1.4 from every older one, in one step and version by version
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_14');
CREATE EXTENSION gpumkt VERSION '1.1';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u11_14');
CREATE EXTENSION gpumkt VERSION '1.2';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u12_14');
CREATE EXTENSION gpumkt VERSION '1.3';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u13_14');
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.1';
ALTER EXTENSION gpumkt UPDATE TO '1.2';
ALTER EXTENSION gpumkt UPDATE TO '1.3';
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_11_12_13_14');

-- to the current version (1.4.1) from 1.0 and 1.3 in one step, from 1.4,
-- and version by version from 1.3
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u10_141');
CREATE EXTENSION gpumkt VERSION '1.3';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u13_141');
CREATE EXTENSION gpumkt VERSION '1.4';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u14_141');
CREATE EXTENSION gpumkt VERSION '1.3';
SELECT pg_temp.add_user_rows();
ALTER EXTENSION gpumkt UPDATE TO '1.4';
ALTER EXTENSION gpumkt UPDATE TO '1.4.1';
SELECT extversion, gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025 FROM pg_extension WHERE extname = 'gpumkt';
SELECT pg_temp.keep('snapshot_u13_14_141');

-- fresh installs of each version
CREATE EXTENSION gpumkt VERSION '1.0';
SELECT count(*) > 200 AS described_1_0 FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.1';
CREATE TEMP TABLE fresh_11 AS SELECT * FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.2';
CREATE TEMP TABLE fresh_12 AS SELECT * FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.3';
CREATE TEMP TABLE fresh_13 AS SELECT * FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
CREATE TEMP TABLE fresh_14 AS SELECT * FROM pg_temp.gpumkt_objects();
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
CREATE TEMP TABLE fresh_141 AS SELECT * FROM pg_temp.gpumkt_objects();

-- differences either way between each update path and the fresh install of
-- its version (expect no rows), and how much was compared
CREATE FUNCTION pg_temp.differences(updated regclass, fresh regclass) RETURNS TABLE (side text, what text)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format(
        'SELECT %L || '' only'', what FROM (SELECT what FROM %s EXCEPT ALL SELECT what FROM %s) x
         UNION ALL
         SELECT %L || '' only'', what FROM (SELECT what FROM %s EXCEPT ALL SELECT what FROM %s) y',
        updated, updated, fresh, fresh, fresh, updated);
END $$;
SELECT * FROM pg_temp.differences('snapshot_u10_11', 'fresh_11')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_12', 'fresh_12')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u11_12', 'fresh_12')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_11_12', 'fresh_12')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_13', 'fresh_13')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u11_13', 'fresh_13')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u12_13', 'fresh_13')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_11_12_13', 'fresh_13')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_14', 'fresh_14')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u11_14', 'fresh_14')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u12_14', 'fresh_14')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u13_14', 'fresh_14')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_11_12_13_14', 'fresh_14')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u10_141', 'fresh_141')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u13_141', 'fresh_141')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u14_141', 'fresh_141')
UNION ALL SELECT * FROM pg_temp.differences('snapshot_u13_14_141', 'fresh_141');
SELECT (SELECT count(*) FROM fresh_11) > 200 AS compared_many_objects_1_1,
       (SELECT count(*) FROM fresh_12) > 250 AS compared_many_objects_1_2,
       (SELECT count(*) FROM fresh_13) > 250 AS compared_many_objects_1_3,
       (SELECT count(*) FROM fresh_14) > 250 AS compared_many_objects_1_4,
       (SELECT count(*) FROM fresh_141) > 250 AS compared_many_objects_1_4_1,
       (SELECT count(*) FROM fresh_12 WHERE what LIKE 'shipped rows of %') AS tables_compared_row_by_row,
       (SELECT count(*) FROM fresh_12 WHERE what LIKE 'body of %') AS function_bodies_compared;
-- a comparison that can fail: 1.1 and 1.2 differ by the 1.2 grants on the
-- ten tables
SELECT side, split_part(what, ':', 1) AS what, count(*) FROM pg_temp.differences('fresh_11', 'fresh_12')
GROUP BY 1, 2 ORDER BY 1, 2;

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

-- scenarios of 1.4 kept by the update to 1.4.1 (issue 17 items 2-3): a rate
-- set above 1 was meant, and is marked exceptional (as 1.3 marked stored
-- rates above 1), and so are an add above 0 and a multiply by more than 1
-- (they can raise a rate above 1); a multiply by less is not
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
SELECT gpumkt_scenario_set('steep14', 'rate', 'global', 17);
SELECT gpumkt_scenario_set('mild14', 'rate', 'global', 0.2);
SELECT gpumkt_scenario_set('mild14', 'rate', 'global', 0.5, op => 'multiply');
SELECT gpumkt_scenario_set('mild14', 'rate', 'global', 0.01, op => 'add');
ALTER EXTENSION gpumkt UPDATE;
SELECT scenario, ordinal, op, value, exceptional FROM gpumkt_scenario_changes ORDER BY scenario, ordinal;
-- still used: 18.2 x 18^5, and 18.2 x (1 + 0.2 x 0.5 + 0.01)^5
SELECT round(gpumkt_forecast('global', 2030, scenario => 'steep14'), 6) = round(18.2 * 18.0 ^ 5, 6) AS steep_kept,
       round(gpumkt_forecast('global', 2030, scenario => 'mild14'), 6) = round(18.2 * 1.11 ^ 5, 6) AS mild_kept;
DELETE FROM gpumkt_scenarios;

-- an install of 1.3 with users' rows and a view on gpumkt_forecast,
-- served by the 1.4 library, then updated: the user's rate keeps its
-- digits (only the shipped global rate is rounded), the view stays.
SELECT current_database() AS home \gset
CREATE DATABASE regress_gpumkt_review13;
\c regress_gpumkt_review13
CREATE EXTENSION gpumkt VERSION '1.3';
INSERT INTO gpumkt_markets (market, name) VALUES ('rv_m', 'x');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rv_m', 'global', 2025, 10), ('rv_m', 'global', 2030, 20);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES ('ai_training_gpu_clusters', 'europe', 2025, 2030, 0.1749);
CREATE VIEW rv_v AS SELECT gpumkt_forecast('global', 2030) AS f;
-- the 1.3 schema under the 1.4 library: 18.2 x (87.5 / 18.2)^(1/2)
SELECT * FROM rv_v;
SELECT count(*) FROM gpumkt_explain('global', 2030);
SELECT year, value FROM gpumkt_series('global', 2025, 2026, 'rv_m');
ALTER EXTENSION gpumkt UPDATE TO '1.4';
SELECT rate FROM gpumkt_rates WHERE NOT shipped;
SELECT * FROM rv_v;
SELECT gpumkt_forecast('global', 2027, 'rv_m');
\c :home
DROP DATABASE regress_gpumkt_review13;
-- a view on gpumkt_explain stops the update (made anew in 1.4; CHANGELOG)
CREATE DATABASE regress_gpumkt_review13;
\c regress_gpumkt_review13
CREATE EXTENSION gpumkt VERSION '1.3';
CREATE VIEW rv_e AS SELECT * FROM gpumkt_explain('global', 2030);
-- error: 2BP01, the view depends on gpumkt_explain
ALTER EXTENSION gpumkt UPDATE TO '1.4';
\c :home
DROP DATABASE regress_gpumkt_review13;

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
-- it and says what to do (1.4.1 as merged: core's "cannot drop function",
-- whose hint says to use DROP ... CASCADE); nothing is changed, and once
-- the view is dropped the update goes through
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.4';
CREATE VIEW rev_horizon AS SELECT p.t FROM gpumkt_predict_series(NULL::gpumkt_ets_model, 3) p;
-- error: (2BP01)
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
DROP VIEW rev_horizon;
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
