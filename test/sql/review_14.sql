-- review_14: an adversarial review of 1.4.  Each section states the
-- behaviour expected and where the expected values come from.
\set VERBOSITY default

-- (1) gpumkt_grid with one input on both axes must leave the cached input
-- as it was: global 2040 grows from the 2035 anchor at the 17 % rate, so
-- the same value before and after the grid, in one snapshot (repeatable
-- read keeps the cache between statements).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT gpumkt_forecast('global', 2040) AS before;
SELECT count(*) FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY[0.5], 'rate:global', ARRAY[0.9]);
SELECT gpumkt_forecast('global', 2040) AS after;
COMMIT;

-- (2) a scenario must not change the base market's ranges: north_america
-- 2030 has the same range before and after a scenario is computed in the
-- same snapshot, and as in a snapshot of its own.
SELECT gpumkt_scenario_set('rv_g18', 'anchor', 'global', 18.0, year => 2025);
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM gpumkt_forecast_range('north_america', 2030);
SELECT count(*) FROM gpumkt_forecast_range('north_america', 2030, scenario => 'rv_g18');
SELECT * FROM gpumkt_forecast_range('north_america', 2030);
COMMIT;
SELECT * FROM gpumkt_forecast_range('north_america', 2030);
SELECT gpumkt_scenario_drop('rv_g18');

-- (3) a scenario with many changes (1000 on a chain of 100 bases): the
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

-- (4) a scenario changed within a transaction is read anew by the next
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

-- (5) numeric output equals core's float8_numeric: users' anchors with
-- irregular values, every year between them, against gpumkt_interpolate
-- (float8) cast to numeric by core.  Expected: no difference.
INSERT INTO gpumkt_markets (market, name) VALUES ('rv_num', 'review: invented figures');
INSERT INTO gpumkt_anchors (market, region, year, value)
SELECT 'rv_num', r.region, y, round((1 + (k * 7919 + y * 104729) % 100003 / 97.0)::numeric, 9)
FROM (SELECT region, row_number() OVER (ORDER BY region) AS k FROM gpumkt_regions) r, (VALUES (2020), (2035)) v(y);
SELECT count(*) > 400 AS compared,
       count(*) FILTER (WHERE gpumkt_forecast(a0.region, y, 'rv_num')
                        IS DISTINCT FROM gpumkt_interpolate(2020, a0.value::float8, 2035, a1.value::float8, y)::numeric) AS differ
FROM gpumkt_anchors a0 JOIN gpumkt_anchors a1 USING (market, region), generate_series(2021, 2034) y
WHERE a0.market = 'rv_num' AND a0.year = 2020 AND a1.year = 2035;
DELETE FROM gpumkt_anchors WHERE market = 'rv_num';
DELETE FROM gpumkt_markets WHERE market = 'rv_num';

-- (6) gpumkt_load_report: a report that adds no region (regions is
-- optional, docs/report-format.md) loads; its anchors are users' rows.
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1", "markets": [{"market": "rv_m", "name": "x"}], "anchors": [{"region": "global", "year": 2025, "value": 10}, {"region": "World", "year": 2030, "value": 20}]}');
-- 10 x 2^(2/5) = 13.1950791077289 (interpolation)
SELECT gpumkt_forecast('global', 2027, 'rv_m');
-- a scenario of the market; replacing the market's rows keeps it
SELECT gpumkt_scenario_set('rv_ms', 'anchor', 'global', 12, year => 2025, market => 'rv_m');
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1", "markets": [{"market": "rv_m", "name": "x"}], "anchors": [{"region": "global", "year": 2025, "value": 11}, {"region": "global", "year": 2030, "value": 22}]}', replace => true);
-- 12 x (22 / 12)^(2/5) = 15.292476 (python: 12 * (22/12)**0.4 = 15.2924764355)
SELECT round(gpumkt_forecast('global', 2027, scenario => 'rv_ms', market => 'rv_m'), 6);
SELECT gpumkt_scenario_drop('rv_ms');
DELETE FROM gpumkt_anchors WHERE market = 'rv_m';
DELETE FROM gpumkt_markets WHERE market = 'rv_m';

-- (7) a role confined to its markets by gpumkt_writers must not write the
-- scenarios of other markets (42501), as it may not write their anchors.
CREATE ROLE regress_rv_writer;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO regress_rv_writer;
INSERT INTO gpumkt_writers VALUES ('regress_rv_writer', 'rv_only');
SELECT gpumkt_scenario_set('rv_owned', 'rate', 'global', 0.2);
SET ROLE regress_rv_writer;
\set VERBOSITY sqlstate
-- error: 42501
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('ai_training_gpu_clusters', 'europe', 2025, 1);
-- error: 42501
SELECT gpumkt_scenario_set('rv_mine', 'rate', 'global', 0.5);
-- error: 42501
UPDATE gpumkt_scenario_changes SET value = 0.9 WHERE scenario = 'rv_owned';
-- error: 42501
DELETE FROM gpumkt_scenarios WHERE scenario = 'rv_owned';
\set VERBOSITY default
RESET ROLE;
SELECT scenario, c.value FROM gpumkt_scenarios s JOIN gpumkt_scenario_changes c USING (scenario)
WHERE scenario LIKE 'rv\_%' ORDER BY 1;
SELECT count(*) FROM (SELECT gpumkt_scenario_drop(scenario) FROM gpumkt_scenarios WHERE scenario LIKE 'rv\_%') x;
DELETE FROM gpumkt_writers WHERE role_name = 'regress_rv_writer'::regrole;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM regress_rv_writer;
DROP ROLE regress_rv_writer;

-- (8) an install of 1.3 with users' rows and a view on gpumkt_forecast,
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
