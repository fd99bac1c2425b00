-- scenarios: named sets of changes to a market's inputs, and the scenario
-- form of every forecasting function.  Expected values by independent
-- arithmetic (numeric, in the queries themselves).
SET extra_float_digits = 0;

-- The bull case of the issue: the global market grows 20 % a year from its
-- 2025 anchor (18.2); the 2035 anchor is superseded in the scenario.
SELECT * FROM gpumkt_scenario_set('bull', 'rate', 'global', 0.20);
SELECT scenario, market, base_scenario FROM gpumkt_scenarios;
SELECT scenario, ordinal, input, region, year, op, value FROM gpumkt_scenario_changes;
SELECT round(gpumkt_forecast('global', 2030, scenario => 'bull'), 7) = round(18.2 * 1.2 ^ 5, 7) AS global_2030,
       round(gpumkt_forecast('global', 2035, scenario => 'bull'), 7) = round(18.2 * 1.2 ^ 10, 7) AS global_2035,
       round(gpumkt_forecast('north_america', 2035, scenario => 'bull'), 7) = round(0.365 * 18.2 * 1.2 ^ 10, 7) AS na_2035,
       round(gpumkt_forecast('global', 2035, 'deployment', 'public_cloud', scenario => 'bull'), 7)
           = round(0.543 * 18.2 * 1.2 ^ 10, 7) AS public_cloud_2035;
SELECT round(gpumkt_forecast('global', 2030, scenario => 'bull'), 7) AS global_2030,
       round(gpumkt_forecast('global', 2035, scenario => 'bull'), 7) AS global_2035,
       round(gpumkt_forecast('north_america', 2035, scenario => 'bull'), 7) AS na_2035,
       round(gpumkt_forecast('global', 2035, 'deployment', 'public_cloud', scenario => 'bull'), 7) AS public_cloud_2035;
-- without the scenario every number is as before
SELECT gpumkt_forecast('global', 2035) AS global_2035, gpumkt_forecast('north_america', 2035) AS na_2035,
       round(gpumkt_forecast('global', 2030), 7) AS global_2030;
-- the market by name (2.0: a third positional argument is the dimension)
SELECT round(gpumkt_forecast('global', 2030, market => 'ai_training_gpu_clusters'), 7) AS market_named;
-- explain says the rate comes from the scenario and supersedes later anchors
SELECT step, region, round(value, 7) AS value, basis, method, source_rows, provenance
FROM gpumkt_explain('global', 2035, scenario => 'bull');
-- every form takes the scenario
SELECT round(gpumkt_try_forecast('global', 2031, scenario => 'bull'), 7) = round(18.2 * 1.2 ^ 6, 7) AS try_forecast,
       round((gpumkt_forecast_range('global', 2030, scenario => 'bull')).low, 7) = round(18.15 * 1.2 ^ 5, 7) AS range_low,
       round((gpumkt_forecast_range('global', 2030, scenario => 'bull')).high, 7) = round(18.25 * 1.2 ^ 5, 7) AS range_high,
       gpumkt_region_share('north_america', 2035, scenario => 'bull') AS na_share,
       (SELECT count(*) FROM gpumkt_series('global', 2025, 2035, scenario => 'bull') s
        WHERE round(s.value, 7) = round(18.2 * 1.2 ^ (s.year - 2025), 7)) AS series_years_on_path,
       -- a date is the fractional year 2000 + days since 2000-01-01 / 365.25
       round(gpumkt_forecast('global', date '2030-07-02', scenario => 'bull'), 7)
           = round(18.2 * 1.2 ^ ((date '2030-07-02' - date '2000-01-01') / 365.25 - 25), 7) AS date_form,
       round(gpumkt_forecast('global', 2030::bigint, scenario => 'bull'), 7) = round(18.2 * 1.2 ^ 5, 7) AS bigint_form;

-- a scenario built on another: bull, plus North America at 40 %
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('bull_na', 'ai_training_gpu_clusters', 'bull');
SELECT gpumkt_scenario_set('bull_na', 'region_share', 'North America', 0.40, year => 2025);
SELECT round(gpumkt_forecast('north_america', 2035, scenario => 'bull_na'), 7) = round(0.40 * 18.2 * 1.2 ^ 10, 7) AS na_2035;
-- add and multiply: the anchor of 2025 times 1.1, then plus 1
SELECT gpumkt_scenario_set('anchors', 'anchor', 'global', 1.1, year => 2025, op => 'multiply');
SELECT gpumkt_scenario_set('anchors', 'anchor', 'global', 1, year => 2025, op => 'add');
SELECT gpumkt_forecast('global', 2025, scenario => 'anchors') = 18.2 * 1.1 + 1 AS anchor_2025,
       round(gpumkt_forecast('global', 2030, scenario => 'anchors'), 7) = round(sqrt((18.2 * 1.1 + 1) * 87.5), 7) AS interpolated_2030;
-- set replaces an earlier set of the same input
SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.25);
SELECT count(*) AS changes, max(value) AS rate FROM gpumkt_scenario_changes WHERE scenario = 'bull';
SELECT round(gpumkt_forecast('global', 2030, scenario => 'bull'), 7) = round(18.2 * 1.25 ^ 5, 7) AS global_2030;
-- a new anchor where the year has none
SELECT gpumkt_scenario_set('europe', 'anchor', 'europe', 4, year => 2025);
SELECT gpumkt_scenario_set('europe', 'rate', 'europe', 0.15);
SELECT round(gpumkt_forecast('europe', 2030, scenario => 'europe'), 7) = round(4 * 1.15 ^ 5, 7) AS europe_2030;
-- a segment share: the derived rest (on-premises) follows public cloud
SELECT gpumkt_scenario_set('cloud', 'segment_share', 'global', 0.60, dimension => 'Deployment', segment => 'Cloud public');
SELECT gpumkt_segment_share('deployment', 'public_cloud', scenario => 'cloud') AS public_cloud,
       gpumkt_segment_share('deployment', 'on_premises', scenario => 'cloud') AS on_premises,
       gpumkt_segment_share('deployment', 'on_premises') AS on_premises_base;
SELECT round(gpumkt_forecast('global', 2035, 'deployment', 'on_premises', scenario => 'cloud'), 7) = round(0.4 * 87.5, 7) AS on_premises_2035;

-- error: unrecognized scenario (22023)
SELECT gpumkt_forecast('global', 2030, scenario => 'bear');
-- error: a scenario of another market (22023)
INSERT INTO gpumkt_markets (market, name) VALUES ('other', 'Another market (invented, test only)');
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('elsewhere', 'other');
SELECT gpumkt_forecast('global', 2030, scenario => 'elsewhere');
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('loop_a', 'ai_training_gpu_clusters'), ('loop_b', 'ai_training_gpu_clusters');
UPDATE gpumkt_scenarios SET base_scenario = 'loop_b' WHERE scenario = 'loop_a';
-- error: bases that would form a cycle, refused where written (22023)
UPDATE gpumkt_scenarios SET base_scenario = 'loop_a' WHERE scenario = 'loop_b';
-- error: unrecognized input (22023)
SELECT gpumkt_scenario_set('bad', 'growth', 'global', 0.2);
-- error: unrecognized op (22023)
SELECT gpumkt_scenario_set('bad', 'rate', 'global', 0.2, op => 'replace');
-- error: unrecognized region, with the closest names (22023)
SELECT gpumkt_scenario_set('bad', 'rate', 'Nort America', 0.2);
-- error: unrecognized segment (22023)
SELECT gpumkt_scenario_set('bad', 'segment_share', 'global', 0.2, dimension => 'component', segment => 'firmware');
-- error: a rate of 20 meaning 20 % (22023)
SELECT gpumkt_scenario_set('bad', 'rate', 'global', -1);
-- error: a share above 1 (22023)
SELECT gpumkt_scenario_set('bad', 'region_share', 'north_america', 1.5, year => 2025);
-- error: NaN (22023)
SELECT gpumkt_scenario_set('bad', 'anchor', 'global', 'NaN', year => 2025);
-- error: dimension without input segment_share (22023)
SELECT gpumkt_scenario_set('bad', 'rate', 'global', 0.2, dimension => 'component', segment => 'hardware');
-- error: a change that makes a share impossible, found when set (22023)
SELECT gpumkt_scenario_set('overfull', 'segment_share', 'global', 0.5, op => 'add', dimension => 'deployment', segment => 'public_cloud');
-- error: a rate for a region with no anchor to grow from, found when set (22023)
SELECT gpumkt_scenario_set('noanchor', 'rate', 'north_america', 0.2, year => 2030);
-- nothing half-written: the refused calls added no scenario
SELECT scenario FROM gpumkt_scenarios ORDER BY scenario;

-- 2.0 has no scenario type: a scenario is text, passed by name
SELECT to_regtype('gpumkt_scenario') IS NULL AS no_scenario_type, to_regtype('gpumkt_unit') IS NULL AS no_unit_type;
-- a role that may read but not write the tables cannot add a change (42501)
CREATE ROLE gpumkt_scen_reader;
SET ROLE gpumkt_scen_reader;
-- error: no right to write the scenario tables (42501)
SELECT gpumkt_scenario_set('mine', 'rate', 'global', 0.2);
SELECT round(gpumkt_forecast('global', 2030, scenario => 'bull'), 7) = round(18.2 * 1.25 ^ 5, 7) AS reader_reads_bull;
RESET ROLE;
DROP ROLE gpumkt_scen_reader;

SELECT gpumkt_scenario_drop('bull_na'), gpumkt_scenario_drop('bull_na') AS again;
DELETE FROM gpumkt_scenarios;
DELETE FROM gpumkt_markets WHERE market = 'other';

-- A scenario builds on a scenario of its own market (issue 17, item 8): a
-- role confined to market bobm (gpumkt_writers) cannot build on abull, a
-- scenario of market amkt, and so keep abull's owner from dropping it.
INSERT INTO gpumkt_markets (market, name) VALUES ('amkt', 'Market A (test)'), ('bobm', 'Market B (test)');
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('abull', 'amkt');
CREATE ROLE gpumkt_scen_bob;
GRANT INSERT, UPDATE, DELETE ON gpumkt_scenarios, gpumkt_scenario_changes TO gpumkt_scen_bob;
INSERT INTO gpumkt_writers VALUES ('gpumkt_scen_bob', 'bobm');
SET ROLE gpumkt_scen_bob;
-- error: a base of another market (22023)
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('bchild', 'bobm', 'abull');
-- a base of its own market
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('bbase', 'bobm');
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('bchild', 'bobm', 'bbase');
-- error: nor by changing the base afterwards (22023)
UPDATE gpumkt_scenarios SET base_scenario = 'abull' WHERE scenario = 'bchild';
RESET ROLE;
-- the owner of abull drops it: nothing builds on it
SELECT gpumkt_scenario_drop('abull') AS dropped, gpumkt_scenario_drop('abull') AS again;
-- error: a base moved to another market without the scenarios built on it (22023)
UPDATE gpumkt_scenarios SET market = 'amkt' WHERE scenario = 'bbase';
-- moved together in one statement, whatever the order of the rows
UPDATE gpumkt_scenarios SET market = 'amkt' WHERE scenario IN ('bchild', 'bbase');
UPDATE gpumkt_scenarios SET market = 'bobm' WHERE scenario IN ('bbase', 'bchild');
SELECT scenario, market, base_scenario FROM gpumkt_scenarios ORDER BY scenario;
-- a chain bbase <- bchild <- bgrand, and bbase <- bsib with a change
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('bgrand', 'bobm', 'bchild'), ('bsib', 'bobm', 'bbase');
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, value) VALUES ('bsib', 1, 'rate', 'global', 0.20);
-- error: a scenario others build on, directly or not, names them (2BP01)
SELECT gpumkt_scenario_drop('bbase');
-- error: as the confined role too
SET ROLE gpumkt_scen_bob;
SELECT gpumkt_scenario_drop('bchild');
-- the confined role drops its own with cascade: bbase and the 3 built on it
SELECT gpumkt_scenario_drop('bbase', cascade => true);
RESET ROLE;
SELECT count(*) AS scenarios_left FROM gpumkt_scenarios;
SELECT count(*) AS changes_left FROM gpumkt_scenario_changes;
-- more than a handful built on one: five by name and how many more
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('bmany', 'bobm');
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
SELECT 'bmany_' || i, 'bobm', 'bmany' FROM generate_series(1, 8) i;
-- error: (2BP01)
SELECT gpumkt_scenario_drop('bmany');
-- a chain that comes back on itself is dropped whole
UPDATE gpumkt_scenarios SET base_scenario = 'bmany_8' WHERE scenario = 'bmany';
SELECT gpumkt_scenario_drop('bmany_8', cascade => true);
SELECT count(*) AS scenarios_left FROM gpumkt_scenarios;
-- cascade leaves other scenarios alone; without dependents it is a plain drop
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('bone', 'bobm'), ('btwo', 'bobm');
SELECT gpumkt_scenario_drop('bone', cascade => true) AS dropped, gpumkt_scenario_drop('nothing', true) AS none;
SELECT scenario FROM gpumkt_scenarios;
DELETE FROM gpumkt_scenarios;
DELETE FROM gpumkt_writers;
REVOKE ALL ON gpumkt_scenarios, gpumkt_scenario_changes FROM gpumkt_scen_bob;
DROP ROLE gpumkt_scen_bob;
DELETE FROM gpumkt_markets WHERE market IN ('amkt', 'bobm');

-- issue 17 item 2: one limit on a chain of bases, 1000 scenarios (the
-- scenario included), where it is written and where it is read
-- error: a chain of 1001 scenarios written in one statement (22023); nothing written
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
SELECT 'ch' || i, 'ai_training_gpu_clusters', CASE WHEN i > 0 THEN 'ch' || (i - 1) END
FROM generate_series(0, 1000) i;
SELECT count(*) AS written FROM gpumkt_scenarios WHERE scenario LIKE 'ch%';
-- a chain of 1000, ch1 to ch1000, each multiplying the global rate by 1.00001
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
SELECT 'ch' || i, 'ai_training_gpu_clusters', CASE WHEN i > 1 THEN 'ch' || (i - 1) END
FROM generate_series(1, 1000) i;
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, op, value)
SELECT 'ch' || i, 1, 'rate', 'global', 'multiply', 1.00001 FROM generate_series(1, 1000) i;
-- every change of the chain counts: 18.2 x (1 + 0.17 x 1.00001^n)^5 in
-- numeric, within the rounding of n products in double
SELECT n, round(f, 9) AS forecast, round(e, 9) AS expected, abs(f - e) / e < 1e-12 AS exact
FROM (SELECT n, gpumkt_forecast('global', 2030, scenario => 'ch' || n) AS f,
             18.2 * (1 + 0.17 * 1.00001 ^ n) ^ 5 AS e
      FROM (VALUES (1), (999), (1000)) v(n)) x ORDER BY n;
-- error: one more scenario on the chain (22023)
INSERT INTO gpumkt_scenarios VALUES ('ch1001', 'ai_training_gpu_clusters', 'ch1000');
-- error: a base under its first scenario lengthens every chain above (22023)
INSERT INTO gpumkt_scenarios VALUES ('ch0', 'ai_training_gpu_clusters');
UPDATE gpumkt_scenarios SET base_scenario = 'ch0' WHERE scenario = 'ch1';
-- error: a base that closes a cycle (22023)
UPDATE gpumkt_scenarios SET base_scenario = 'ch1000' WHERE scenario = 'ch1';
-- a scenario set at the end of the chain is checked in one build
SELECT (gpumkt_scenario_set('ch1000', 'rate', 'global', 1.00001, op => 'multiply')).ordinal;
-- rows written with the triggers off (a superuser in replica mode): a cycle,
-- then a chain past the limit, are refused where read, never cut short
SET session_replication_role = replica;
UPDATE gpumkt_scenarios SET base_scenario = 'ch1000' WHERE scenario = 'ch1';
RESET session_replication_role;
-- error: a cycle (22023)
SELECT gpumkt_forecast('global', 2030, scenario => 'ch500');
-- error: a cycle, from gpumkt_scenario_check (22023)
SELECT gpumkt_scenario_check('ch500');
SET session_replication_role = replica;
UPDATE gpumkt_scenarios SET base_scenario = NULL WHERE scenario = 'ch1';
INSERT INTO gpumkt_scenarios VALUES ('ch1001', 'ai_training_gpu_clusters', 'ch1000');
RESET session_replication_role;
-- error: a chain of 1001 (22023)
SELECT gpumkt_forecast('global', 2030, scenario => 'ch1001');
DELETE FROM gpumkt_scenarios WHERE scenario LIKE 'ch%';

-- issue 17 item 3: a change is checked against the scenario it makes when it
-- is set, and refused there with nothing written
-- error: software 0.5 makes the component shares 1.285 (22023)
SELECT gpumkt_scenario_set('s_c', 'segment_share', 'global', 0.5, dimension => 'component', segment => 'software');
SELECT count(*) AS written FROM gpumkt_scenarios WHERE scenario = 's_c';
-- a change of a base is checked against the scenarios built on it too
SELECT gpumkt_scenario_set('par', 'rate', 'global', 0.2);
INSERT INTO gpumkt_scenarios VALUES ('kid', 'ai_training_gpu_clusters', 'par');
SELECT gpumkt_scenario_set('kid', 'rate', 'global', 4, op => 'multiply');
-- error: par at 0.3 makes kid's rate 1.2 (22023)
SELECT gpumkt_scenario_set('par', 'rate', 'global', 0.3);
SELECT round(value, 2) AS par_rate FROM gpumkt_scenario_changes WHERE scenario = 'par';
SELECT gpumkt_scenario_check('kid');
-- error: unknown scenario (22023)
SELECT gpumkt_scenario_check('nosuch');
-- a rate above 1 follows gpumkt_rates' rule: refused unless marked exceptional
-- error: a rate of 17 (22023)
SELECT gpumkt_scenario_set('s_r', 'rate', 'global', 17);
-- error: a multiply that makes the rate 0.51 x 3 = 1.53 (22023)
SELECT gpumkt_scenario_set('s_r', 'rate', 'global', 0.51);
SELECT gpumkt_scenario_set('s_r', 'rate', 'global', 3, op => 'multiply');
-- error: exceptional goes with a rate only (22023)
SELECT gpumkt_scenario_set('s_r', 'anchor', 'global', 20, year => 2025, exceptional => true);
-- meant: 18.2 x 18^5 = 34,390,137.6
SELECT (gpumkt_scenario_set('s_r', 'rate', 'global', 17, exceptional => true)).ordinal;
SELECT round(gpumkt_forecast('global', 2030, scenario => 's_r'), 6) = round(18.2 * 18.0 ^ 5, 6) AS meant;
-- error: a row written directly breaks the table's rule (23514)
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, value) VALUES ('s_r', 9, 'rate', 'global', 17);
DELETE FROM gpumkt_scenarios WHERE scenario IN ('kid', 'par', 's_r');

-- a scenario is never a third positional argument (issue 10)
SELECT gpumkt_scenario_set('review_bull', 'rate', 'global', 0.20);

-- a third positional argument is the dimension (2.0); a scenario's name
-- there is refused with the hint to write scenario => (22023)
SELECT gpumkt_forecast('global', 2030, 'review_bull');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 2030, 'review_bull'::varchar);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast_range('global', 2030, 'review_bull');
\echo :LAST_ERROR_SQLSTATE
-- a NULL scenario is the market as it is; a NULL market gives NULL
SELECT gpumkt_forecast('global', 2030, scenario => NULL) = gpumkt_forecast('global', 2030) AS null_scenario,
       gpumkt_forecast('global', 2030, market => NULL) IS NULL AS null_market;
-- 18.2 x 1.2^5 = 45.287424 (issue 10)
SELECT gpumkt_forecast('global', 2030, scenario => 'review_bull');

-- a scenario with many changes (1000 on a chain of 100 bases): the
-- scenario market must live in the cache, not in SPI's memory (this
-- crashed the server).  Expected: 18.2 x 1.0001^1000 + 100 x 0.01, and rv_c0 1 less
-- = 21.114010145 (python: 18.2 * 1.0001**1000 + 1 = 21.1140101453786).
SELECT gpumkt_scenario_set('rv_c0', 'anchor', 'global', 18.2, year => 2025);
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
SELECT 'rv_c' || i, 'ai_training_gpu_clusters', 'rv_c' || (i - 1) FROM generate_series(1, 100) i;
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, year, op, value)
SELECT 'rv_c' || i, 1, 'anchor', 'global', 2025, 'add', 0.01 FROM generate_series(1, 100) i;
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, year, op, value)
SELECT 'rv_c0', 1 + i, 'anchor', 'global', 2025, 'multiply', 1.0001 FROM generate_series(1, 1000) i;
SELECT round(gpumkt_forecast('global', 2025, scenario => 'rv_c100'), 9) AS rv_c100;
SELECT round(gpumkt_forecast('global', 2025, scenario => 'rv_c0'), 9) AS rv_c0;
-- a chain that comes back on itself: 22023, where it is written (1.4.1),
-- so the forecast reads the chain as it was
UPDATE gpumkt_scenarios SET base_scenario = 'rv_c100' WHERE scenario = 'rv_c0';
SELECT gpumkt_forecast('global', 2025, scenario => 'rv_c50');
UPDATE gpumkt_scenarios SET base_scenario = NULL WHERE scenario = 'rv_c0';
DELETE FROM gpumkt_scenarios WHERE scenario LIKE 'rv_c%' AND scenario <> 'rv_c0';
SELECT gpumkt_scenario_drop('rv_c0');

-- a scenario changed within a transaction is read anew by the next
-- statement: 18.2 x 1.2^5 = 45.287424, x 1.3^5 = 67.575326, 1.1^5: 29.311282
SELECT gpumkt_scenario_set('rv_s', 'rate', 'global', 0.20);
BEGIN;
SELECT gpumkt_forecast('global', 2030, scenario => 'rv_s');
SELECT gpumkt_scenario_set('rv_s', 'rate', 'global', 0.30);
SELECT gpumkt_forecast('global', 2030, scenario => 'rv_s');
UPDATE gpumkt_scenario_changes SET value = 0.10 WHERE scenario = 'rv_s';
SELECT gpumkt_forecast('global', 2030, scenario => 'rv_s');
ROLLBACK;
SELECT gpumkt_scenario_drop('rv_s');
-- Review of 1.4.1, items 2-3: an update of gpumkt_scenarios builds only the
-- scenarios whose base or market it changes (1.4.1 as merged: a note's
-- change built every scenario built on the row, and was refused for one of
-- them that cannot be used)
SELECT gpumkt_scenario_set('rv_root', 'rate', 'global', 0.2);
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario) VALUES ('rv_kid', 'ai_training_gpu_clusters', 'rv_root');
-- a change written directly, checked only where it is used: software 0.5
-- makes the component shares 1.285
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, dimension, segment, op, value)
VALUES ('rv_kid', 1, 'segment_share', 'global', 'component', 'software', 'set', 0.5);
UPDATE gpumkt_scenarios SET note = 'the bull case' WHERE scenario = 'rv_root';
SELECT scenario, note FROM gpumkt_scenarios WHERE scenario LIKE 'rv\_%' ORDER BY scenario;
-- error: a change of base still builds the scenario (22023)
UPDATE gpumkt_scenarios SET base_scenario = NULL WHERE scenario = 'rv_kid';
SELECT scenario, base_scenario FROM gpumkt_scenarios WHERE scenario LIKE 'rv\_%' ORDER BY scenario;
DELETE FROM gpumkt_scenarios WHERE scenario IN ('rv_kid', 'rv_root');
-- Review of 1.4.1: the chain check walks only the chains a statement
-- changes (1.4.1 as merged walked the whole tree under the new rows' first
-- bases at each statement: 2,000 rows written one by one under one base
-- took seconds, growing with the square of their number)
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('sq_root', 'ai_training_gpu_clusters');
DO $$
BEGIN
    FOR i IN 1..2000 LOOP
        INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
        VALUES ('sq_m' || i, 'ai_training_gpu_clusters', 'sq_root');
    END LOOP;
END
$$;
SELECT count(*) AS built_on_root, count(*) = 2000 AS all_there
FROM gpumkt_scenarios WHERE base_scenario = 'sq_root';
-- a chain on sq_m1: sq_c1 .. sq_c998, 1000 scenarios with sq_root and sq_m1
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
SELECT 'sq_c' || i, 'ai_training_gpu_clusters', CASE WHEN i = 1 THEN 'sq_m1' ELSE 'sq_c' || (i - 1) END
FROM generate_series(1, 998) i;
-- error: one more, written alone: 1001 scenarios in its chain (22023)
INSERT INTO gpumkt_scenarios VALUES ('sq_c999', 'ai_training_gpu_clusters', 'sq_c998');
-- error: a base under sq_root lengthens the chains built on it: sq_c998
-- has 1001 (22023)
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('sq_top', 'ai_training_gpu_clusters');
UPDATE gpumkt_scenarios SET base_scenario = 'sq_top' WHERE scenario = 'sq_root';
-- error: sq_c500 moved onto sq_m2 and sq_m2 onto sq_c990 in one statement:
-- a cycle through sq_c500 .. sq_c990, sq_m2 (22023)
UPDATE gpumkt_scenarios SET base_scenario = CASE scenario WHEN 'sq_c500' THEN 'sq_m2' ELSE 'sq_c990' END
WHERE scenario IN ('sq_c500', 'sq_m2');
-- sq_c2 moved onto sq_m2, sq_m2 onto sq_m3 in one statement: each chain one
-- longer, sq_c998 with 1000 scenarios (sq_root, sq_m3, sq_m2, sq_c2 .. sq_c998)
UPDATE gpumkt_scenarios SET base_scenario = CASE scenario WHEN 'sq_c2' THEN 'sq_m2' ELSE 'sq_m3' END
WHERE scenario IN ('sq_c2', 'sq_m2');
-- error: and then one more, under sq_c998 (22023)
INSERT INTO gpumkt_scenarios VALUES ('sq_c999', 'ai_training_gpu_clusters', 'sq_c998');
-- error: rows of one statement built on one another are checked together:
-- sq_d2 on sq_d1 on sq_c997 has 1001 scenarios (22023), nothing written
INSERT INTO gpumkt_scenarios (scenario, market, base_scenario)
VALUES ('sq_d1', 'ai_training_gpu_clusters', 'sq_c997'), ('sq_d2', 'ai_training_gpu_clusters', 'sq_d1');
SELECT count(*) AS written FROM gpumkt_scenarios WHERE scenario LIKE 'sq\_d%';
DELETE FROM gpumkt_scenarios WHERE scenario LIKE 'sq\_%';

-- Scenario names in any case (2.0, issue 20): a scenario's name is a
-- lower-case identifier, and 'Case_Bull' names case_bull wherever a scenario
-- is named; gpumkt_scenario_set returns the change as stored (codes for the
-- region, dimension and segment as said)
SELECT * FROM gpumkt_scenario_set('Case_Bull', 'rate', 'Global', 0.20);
SELECT * FROM gpumkt_scenario_set('CASE_BULL', 'segment_share', 'World', 0.60, dimension => 'Deployment', segment => 'cloud');
SELECT scenario, market FROM gpumkt_scenarios WHERE scenario ILIKE 'case_bull';
-- 18.2 x 1.2^5 = 45.287424, and its public cloud 0.6 of it = 27.1724544
SELECT gpumkt_forecast('global', 2030, scenario => 'CASE_BULL') AS expect_45_287424,
       gpumkt_forecast('global', 2030, scenario => 'Case_Bull') = gpumkt_forecast('global', 2030, scenario => 'case_bull') AS same,
       gpumkt_forecast('global', 2030, 'deployment', 'public_cloud', scenario => 'Case_bull') AS expect_27_1724544;
-- a set replaces the scenario's earlier set of the same input, and is
-- numbered after the changes left (3)
SELECT * FROM gpumkt_scenario_set('case_bull', 'rate', 'global', 0.25);
-- 18.2 x 1.25^5 = 55.5419921875
SELECT gpumkt_forecast('global', 2030, scenario => 'Case_Bull') AS expect_55_5419921875;
-- error: an unknown scenario; the hint says names are matched ignoring case
SELECT gpumkt_forecast('global', 2030, scenario => 'Case_Bear');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_scenario_drop('Case_Bull') AS dropped;
