-- checks: the rules of 1.3 refuse the rows that forecasts cannot use, each
-- by its named constraint (SQLSTATE 23514); a rate above 1 is stored where
-- the row says it is exceptional.

-- the constraints of 1.3: their tables, rules and comments, all validated
-- (the update to 1.3 checks every stored row: see audit_markets)
SELECT conrelid::regclass AS "table", conname, convalidated,
       pg_get_constraintdef(oid) AS rule, obj_description(oid, 'pg_constraint') AS comment
FROM pg_constraint
WHERE conrelid::regclass::text LIKE 'gpumkt\_%' AND conname ~ '_(range|normal)$'
ORDER BY 1, 2;
-- the flag that lets a rate exceed 1
SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull, pg_get_expr(d.adbin, d.adrelid) AS "default",
       col_description(attrelid, attnum) AS comment
FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE attrelid = 'gpumkt_rates'::regclass AND attname = 'exceptional';


INSERT INTO gpumkt_markets (market, name) VALUES ('checks', 'Checks');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('checks', 'kind', 'Kind');
\set VERBOSITY terse
-- error: values below the smallest normal double, 2.2250738585072014e-308
-- (1.2 stored them, and every forecast of the market then failed with 22003)
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', 1e-400);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', -1e-400);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('checks', 'europe', 2020, 1e-400, 'global');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES ('checks', 'kind', 'a', 'A', 2020, 1e-400);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('checks', 'europe', 2020, 2.2250738585072013e-308, 'global');
\echo :LAST_ERROR_SQLSTATE
-- error: years outside 1900..2200
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES ('checks', 'global', -2000000000, 2000000000, 0.1);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES ('checks', 'global', 2020, 2201, 0.1);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 0, 1);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 3000, 1);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 1899, 1);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('checks', 'europe', 0, 0.5, 'global');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES ('checks', 'kind', 'a', 'A', 3000, 0.5);
\echo :LAST_ERROR_SQLSTATE
-- error: a rate above 1 not marked exceptional
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', 12);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', 1.0000000001);
\echo :LAST_ERROR_SQLSTATE
-- error: a rate that is -1 once read as a double: -1 + 2^-54 rounds to -1
-- (a tie, to the even -1.0); 1.2 stored it, and a forecast from it failed
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', -0.999999999999999944488848768742172978818416595458984375);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', -1);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN and infinities (the checks of 1.0, named by PostgreSQL
-- gpumkt_<table>_<column>_check, refuse them first)
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', 'NaN');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate, exceptional) VALUES ('checks', 'global', 'NaN', true);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate, exceptional) VALUES ('checks', 'global', 'Infinity', true);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('checks', 'global', '-Infinity');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 2020, 'NaN');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 2020, 'Infinity');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('checks', 'europe', 2020, 'NaN', 'global');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES ('checks', 'kind', 'a', 'A', 2020, 'Infinity');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default

-- accepted: a rate of 12 marked exceptional, and the edges of every rule
-- (years 1900 and 2200; 0, the smallest normal double and the first double
-- above -1, -1 + 2^-53 = -0.99999999999999988897769753748434595763683319091796875)
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('checks', 'global', 1900, 1), ('checks', 'global', 2200, 2);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, exceptional) VALUES
    ('checks', 'global', NULL, NULL, 12, true), ('checks', 'global', 1900, 2200, 0, false),
    ('checks', 'europe', NULL, NULL, 2.2250738585072014e-308, false),
    ('checks', 'germany', NULL, NULL, -0.99999999999999988897769753748434595763683319091796875, false);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('checks', 'asia_pacific', 2200, 2.2250738585072014e-308, 'global'), ('checks', 'latin_america', 1900, 1, 'global');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share, basis) VALUES
    ('checks', 'kind', 'a', 'A', 1900, 2.2250738585072014e-308, 'reported'), ('checks', 'kind', 'b', 'B', 2200, 1, 'reported'),
    ('checks', 'kind', 'c', 'C', NULL, NULL, 'unknown');
SELECT region, from_year, to_year, rate, exceptional FROM gpumkt_rates WHERE market = 'checks' ORDER BY region, rate;
-- error: beyond the anchors lies no year to forecast: 2201 is past 2200 (22023);
-- with the anchor of 1900 alone and the exceptional rate: 1 x (1 + 12) = 13 in 1901
SELECT gpumkt_forecast('global', 2201, market => 'checks') AS past_the_years;
DELETE FROM gpumkt_rates WHERE market = 'checks' AND NOT exceptional;
DELETE FROM gpumkt_anchors WHERE market = 'checks' AND year = 2200;
SELECT gpumkt_forecast('global', 1901, market => 'checks') AS expect_13;
-- error: an exceptional rate unmarked is refused again
\set VERBOSITY terse
UPDATE gpumkt_rates SET exceptional = false WHERE market = 'checks';
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
-- an exceptional rate is stored, not made safe: 1 x 13^(y - 1900) passes
-- the largest double, 1.7976931348623157e308, in 2177 (log10(13) = 1.11394;
-- 277 x 1.11394 = 308.56, 276 x 1.11394 = 307.45), inside the market's
-- horizon 1900-2200, so the audit reports the market as one that cannot be
-- forecast
SELECT * FROM gpumkt_audit() WHERE market = 'checks';

DELETE FROM gpumkt_segments WHERE market = 'checks';
DELETE FROM gpumkt_dimensions WHERE market = 'checks';
DELETE FROM gpumkt_region_shares WHERE market = 'checks';
DELETE FROM gpumkt_rates WHERE market = 'checks';
DELETE FROM gpumkt_anchors WHERE market = 'checks';
DELETE FROM gpumkt_markets WHERE market = 'checks';

-- Every rule of the tables refuses with what is wrong and a hint (2.0,
-- issue 20): trigger gpumkt_rules (gpumkt_check_rules) on each table users
-- write, before the CHECK constraints, which stay as the backstop
SELECT tgrelid::regclass AS "table", tgname, tgenabled, obj_description(oid, 'pg_trigger') IS NOT NULL AS commented
FROM pg_trigger WHERE tgname = 'gpumkt_rules' ORDER BY 1;
INSERT INTO gpumkt_markets (market, name) VALUES ('rules', 'INVENTED rules');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('rules', 'kind', 'Kind');
-- error: a negative anchor (23514), with the column, the value, the rule,
-- the failing row and a hint
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rules', 'global', 2025, -18.2);
\echo :LAST_ERROR_SQLSTATE
-- the error names the table, the column and the constraint behind the rule
DO $$
DECLARE t text; c text; k text; s text;
BEGIN
    INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rules', 'global', 2025, -18.2);
EXCEPTION WHEN check_violation THEN
    GET STACKED DIAGNOSTICS t = TABLE_NAME, c = COLUMN_NAME, k = CONSTRAINT_NAME, s = RETURNED_SQLSTATE;
    RAISE NOTICE 'table %, column %, constraint %, SQLSTATE %', t, c, k, s;
END $$;
-- error: one row breaking each kind of rule, each with its message and hint
\set VERBOSITY default
\set SHOW_CONTEXT never
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('North America 2', 'X', 'global', 'region');
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('atlantis', 'Atlantis', 'global', 'island');
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('atlantis', 'Atlantis', NULL, 'region');
INSERT INTO gpumkt_regions (region, name, parent, kind, iso2) VALUES ('atlantis', 'Atlantis', 'global', 'region', 'AT');
INSERT INTO gpumkt_markets (market, name, fiscal_year_end) VALUES ('rules_fy', 'X', 13);
INSERT INTO gpumkt_anchors (market, region, year, value, basis) VALUES ('rules', 'global', 2025, 18.2, 'derived');
INSERT INTO gpumkt_anchors (market, region, year, value, qualifier) VALUES ('rules', 'global', 2025, 18.2, 'roughly');
INSERT INTO gpumkt_anchors (market, region, year, value, high) VALUES ('rules', 'global', 2025, 18.2, 18.1);
INSERT INTO gpumkt_anchors (market, region, year, value, high) VALUES ('rules', 'global', 2025, 18.2, 'NaN');
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES ('rules', 'global', 2030, 2025, 0.17);
INSERT INTO gpumkt_rates (market, region, from_year, rate) VALUES ('rules', 'global', 2025, 0.17);
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('rules', 'global', 17);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('rules', 'europe', 2025, 36.5, 'global');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES ('rules', 'europe', 2025, 0.3, 'europe');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES ('rules', 'kind', 'a', 'A', NULL, 0.5);
INSERT INTO gpumkt_segments (market, dimension, segment, name, basis) VALUES ('rules', 'kind', 'a', 'A', 'reported');
INSERT INTO gpumkt_figures (market, figure, label, value, value_high) VALUES ('rules', 'capex', 'Capex', 10, 5);
INSERT INTO gpumkt_developments (market, development, month, summary) VALUES ('rules', 'launch', '2025-03-15', 'X');
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('rules_s', 'rules');
INSERT INTO gpumkt_scenario_changes (scenario, ordinal, input, region, value) VALUES ('rules_s', 1, 'growth', 'global', 0.2);
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('Rules_S', 'rules');
DELETE FROM gpumkt_scenarios WHERE scenario = 'rules_s';
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd) VALUES ('EUR', 2025, -0.9);
INSERT INTO gpumkt_price_indices (currency, year, index) VALUES ('EUR', 2025, 0);
\set SHOW_CONTEXT errors
-- the constraints stay as the backstop: with the trigger off, core refuses
-- the same row by the constraint
ALTER TABLE gpumkt_anchors DISABLE TRIGGER gpumkt_rules;
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rules', 'global', 2025, -18.2);
ALTER TABLE gpumkt_anchors ENABLE TRIGGER gpumkt_rules;
-- a valid row passes, and an update is checked as an insert is
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rules', 'global', 2025, 18.2);
UPDATE gpumkt_anchors SET value = 0 WHERE market = 'rules';
\echo :LAST_ERROR_SQLSTATE
SELECT value FROM gpumkt_anchors WHERE market = 'rules';
DELETE FROM gpumkt_anchors WHERE market = 'rules';
DELETE FROM gpumkt_dimensions WHERE market = 'rules';
DELETE FROM gpumkt_markets WHERE market = 'rules';
