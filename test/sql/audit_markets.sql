-- audit_markets: one broken market is a finding of gpumkt_audit(), never an
-- error that hides every other market; rows stored before the rules of 1.3
-- that break them are findings too.

-- a share cycle in one user's market (france -> spain -> france), beside a
-- user's market with an ordinary finding (germany 12 > europe 9 in 2020)
INSERT INTO gpumkt_markets (market, name) VALUES ('loop', 'Loop'), ('plain', 'Plain');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('loop', 'global', 2020, 10),
    ('plain', 'global', 2020, 10), ('plain', 'europe', 2020, 9), ('plain', 'germany', 2020, 12);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('loop', 'france', 2020, 0.5, 'spain'), ('loop', 'spain', 2020, 0.5, 'france');
-- error: the forecast itself refuses the cycle (22023)
SELECT gpumkt_forecast('france', 2020, market => 'loop');
\echo :LAST_ERROR_SQLSTATE
-- the audit reports it as a finding with its SQLSTATE and message, and
-- goes on with the other markets (1.2 failed for all with 22023)
SELECT market, finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit();

-- a 2-region cycle among 100,000 regions: the forecast's recursion goes as
-- deep as the number of regions before it calls it a cycle, and may hit the
-- stack limit first (54001); either way the audit reports a finding
BEGIN;
INSERT INTO gpumkt_regions (region, name, parent, kind)
    SELECT 'many_' || g, 'Many ' || g, 'global', 'region' FROM generate_series(1, 100000) g;
INSERT INTO gpumkt_markets (market, name) VALUES ('big_loop', 'Big loop');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('big_loop', 'many_1', 2020, 0.5, 'many_2'), ('big_loop', 'many_2', 2020, 0.5, 'many_1');
SELECT market, finding, figures IN ('SQLSTATE 54001', 'SQLSTATE 22023') AS stack_or_cycle
FROM gpumkt_audit() WHERE market <> 'plain';
ROLLBACK;
DELETE FROM gpumkt_region_shares WHERE market IN ('loop', 'plain');
DELETE FROM gpumkt_anchors WHERE market IN ('loop', 'plain');
DELETE FROM gpumkt_markets WHERE market IN ('loop', 'plain');

-- Rows that the checks of 1.2 let in and forecasts cannot use, stored under
-- 1.2, then the update to 1.3: the update stops and names each row (so that
-- no row breaks a constraint afterwards, which would make a dump of the
-- database impossible to restore), except a rate above 1, which it marks
-- exceptional; corrected, the update goes through.
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.2';
INSERT INTO gpumkt_markets (market, name) VALUES
    ('old_rate', 'Rate of 1e-400'), ('old_share', 'Share of 1e-400'), ('old_segment', 'Segment share of 1e-400'),
    ('old_period', 'Years of -2e9 and 2e9'), ('old_year', 'Year 0'), ('old_steep', 'Rate of 1200 %');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('old_rate', 'global', 2020, 10), ('old_share', 'global', 2020, 10), ('old_segment', 'global', 2020, 10),
    ('old_period', 'global', -2000000000, 1), ('old_period', 'global', 2000000000, 2),
    ('old_year', 'global', 0, 1), ('old_year', 'global', 2020, 2), ('old_steep', 'global', 2020, 1);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES
    ('old_rate', 'global', NULL, NULL, 1e-400),
    ('old_period', 'global', -2000000000, 2000000000, 0.1),
    ('old_steep', 'global', NULL, NULL, 12);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('old_share', 'europe', 2020, 1e-400, 'global');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('old_segment', 'kind', 'Kind');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES
    ('old_segment', 'kind', 'tiny', 'Tiny', 2020, 1e-400);
-- (under 1.2's own library one such row made the audit fail for every
-- market, 22003; the 2.0 library serves no 1.2 forecast: 0A000 until the
-- update, upgrade test)
-- error: a user's region that answers to another region's name ('US' is
-- the United States' ISO code) stops the update first (23505), named
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('myus', 'US', 'global', 'region'),
    ('fine_region', 'Fine Region', 'global', 'region');
ALTER EXTENSION gpumkt UPDATE;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_regions WHERE region IN ('myus', 'fine_region');
-- error: the update stops (23514) and names the seven rows and their rules
ALTER EXTENSION gpumkt UPDATE;
\echo :LAST_ERROR_SQLSTATE
SELECT extversion AS still FROM pg_extension WHERE extname = 'gpumkt';
-- corrected or deleted, the update goes through; the steep rate is kept,
-- marked exceptional: 1 x 13^1 = 13 in 2021
DELETE FROM gpumkt_segments WHERE market = 'old_segment';
DELETE FROM gpumkt_dimensions WHERE market = 'old_segment';
DELETE FROM gpumkt_region_shares WHERE market = 'old_share';
DELETE FROM gpumkt_rates WHERE market IN ('old_rate', 'old_period');
DELETE FROM gpumkt_anchors WHERE market IN ('old_period', 'old_year') AND year NOT BETWEEN 1900 AND 2200;
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
SELECT market, rate, exceptional FROM gpumkt_rates WHERE market LIKE 'old\_%';
-- 2021 lies beyond old_steep's only figure (2020): extrapolated, as asked
SELECT gpumkt_forecast('global', 2021, market => 'old_steep', extrapolate => true) AS expect_13;
-- error: new rows like the others are refused, each by its constraint (23514)
\set VERBOSITY terse
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('old_year', 'global', 1e-400);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('old_year', 'global', 1, 1);
\echo :LAST_ERROR_SQLSTATE
-- error: and a steep rate no longer marked exceptional
UPDATE gpumkt_rates SET exceptional = false WHERE market = 'old_steep';
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT market, finding FROM gpumkt_audit();
-- every rule of 1.3 holds for every row: all validated
SELECT count(*) FILTER (WHERE convalidated) AS validated, count(*) AS rules FROM pg_constraint
WHERE conrelid::regclass::text LIKE 'gpumkt\_%' AND conname ~ '_(range|normal)$';
DELETE FROM gpumkt_rates WHERE market LIKE 'old\_%';
DELETE FROM gpumkt_anchors WHERE market LIKE 'old\_%';
DELETE FROM gpumkt_markets WHERE market LIKE 'old\_%';

-- back to the install of the tests that follow (as the install test makes it)
DROP EXTENSION gpumkt;
\getenv from_version GPUMKT_INSTALL_FROM
\if :{?from_version}
CREATE EXTENSION gpumkt VERSION :'from_version';
ALTER EXTENSION gpumkt UPDATE;
\else
CREATE EXTENSION gpumkt;
\endif
SELECT count(*) AS findings_expect_3 FROM gpumkt_audit();
