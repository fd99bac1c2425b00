-- audit_user_rows: gpumkt_report_figure (the forecast of the shipped rows
-- alone), and the audit's finding for every user's row that changes a
-- forecast of a shipped market, with the forecasts it changes and the
-- report's figure.

-- gpumkt_report_figure follows the method of gpumkt_forecast: on the
-- shipped data the two agree on every region and year (31 regions x 71
-- years; NULL both where the report gives no figure)
SELECT count(*) AS compared,
       count(*) FILTER (WHERE gpumkt_try_forecast(r.region, y, extrapolate => true) IS NOT NULL) AS with_figures,
       count(*) FILTER (WHERE gpumkt_try_forecast(r.region, y, extrapolate => true) IS DISTINCT FROM gpumkt_report_figure(r.region, y, extrapolate => true)) AS differ
FROM gpumkt_regions r CROSS JOIN generate_series(1990, 2060) y;
-- and without extrapolate both stop at the years the figures cover (2024
-- to 2035: 12 of the 71 years give figures at most)
SELECT count(*) FILTER (WHERE gpumkt_report_figure(r.region, y) IS NOT NULL AND (y < 2024 OR y > 2035)) AS beyond_expect_0,
       count(*) FILTER (WHERE gpumkt_try_forecast(r.region, y) IS DISTINCT FROM gpumkt_report_figure(r.region, y)) AS differ
FROM gpumkt_regions r CROSS JOIN generate_series(1990, 2060) y;
-- issue 18: no figure made up silently, 2018 is before the report's years
SELECT gpumkt_report_figure('global', 2018) IS NULL AS global_2018_is_null,
       gpumkt_report_figure('global', 2018, extrapolate => true)
         = gpumkt_forecast('global', 2018, extrapolate => true) AS extrapolated_as_the_forecast;
SELECT gpumkt_report_figure('north_america', 2035) AS na_2035_expect_31_9375,
       gpumkt_report_figure('US', 2024) AS us_2024_expect_6_01,
       gpumkt_report_figure('europe', 2030) AS europe_expect_null;

-- and on a market of shipped rows with every step of the method (added as
-- shipped by the tables' owner, then rolled back): three anchors, rates with
-- and without a period (the nearest period wins, a tie goes to the later),
-- the anchors' own CAGR, shares by year and a chain of shares
BEGIN;
INSERT INTO gpumkt_markets (market, name, shipped) VALUES ('mirror', 'Mirror', true);
INSERT INTO gpumkt_anchors (market, region, year, value, shipped) VALUES
    ('mirror', 'global', 2010, 50, true), ('mirror', 'global', 2020, 80, true), ('mirror', 'global', 2030, 200, true),
    ('mirror', 'europe', 2015, 12, true), ('mirror', 'europe', 2025, 30, true),
    ('mirror', 'japan', 2022, 4, true), ('mirror', 'china', 2022, 9, true);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, shipped) VALUES
    ('mirror', 'global', 2000, 2010, 0.03, true), ('mirror', 'global', 2030, 2040, 0.08, true),
    ('mirror', 'global', 2040, 2050, 0.02, true), ('mirror', 'japan', NULL, NULL, -0.04, true);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, shipped) VALUES
    ('mirror', 'asia_pacific', 2015, 0.3, 'global', true), ('mirror', 'asia_pacific', 2025, 0.35, 'global', true),
    ('mirror', 'china', 2020, 0.4, 'asia_pacific', true), ('mirror', 'india', 2020, 0.2, 'asia_pacific', true),
    ('mirror', 'germany', 2018, 0.25, 'europe', true), ('mirror', 'mexico', 2020, 0.5, 'latin_america', true);
SELECT count(*) AS compared,
       count(*) FILTER (WHERE gpumkt_try_forecast(r.region, y, market => 'mirror', extrapolate => true) IS NOT NULL) AS with_figures,
       count(*) FILTER (WHERE gpumkt_try_forecast(r.region, y, market => 'mirror', extrapolate => true)
                        IS DISTINCT FROM gpumkt_report_figure(r.region, y, 'mirror', extrapolate => true)) AS differ
FROM gpumkt_regions r CROSS JOIN generate_series(1990, 2060) y;
ROLLBACK;
-- error: an unrecognized market, an unrecognized region (22023, as gpumkt_forecast)
SELECT gpumkt_report_figure('global', 2030, 'no_such_market');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_report_figure('atlantis', 2030);
\echo :LAST_ERROR_SQLSTATE

-- a user's anchor for global 2030 in the shipped market: global's forecasts
-- between its anchors 2025 and 2035 now go through it (2026-2034), and so
-- do North America's, 0.365 of global in every year but its own anchor
-- year 2025.  The report's global 2030 is sqrt(18.2 x 87.5) = 39.906140, so
-- the largest change is global 2030, 50 - 39.906140 = 10.093860 (python3).
-- The tension of the report changes too: North America 2026 is now
-- 0.365 x 18.2 x (50 / 18.2)^(1/5) = 8.131000 > United States 8.006388, so the
-- United States is above North America in 2024 and 2025 only.
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('ai_training_gpu_clusters', 'global', 2030, 50);
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail FROM gpumkt_audit();
DELETE FROM gpumkt_anchors WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;

-- a user's rate for the United States over 2024-2030: the nearest period,
-- so every United States forecast but its 2024 anchor uses it (2023, the
-- year before the horizon, stands for every earlier year; 2036 for every
-- later one).  Largest change in the horizon (2024-2035): 2035,
-- 6.01 x 1.2^11 = 44.654803 against 6.01 x 1.1542^11 = 29.104909, by
-- 15.549894.  A user's rate with no period for global is never used (the
-- stated 2025-2035 period is always nearer): no finding.
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES
    ('ai_training_gpu_clusters', 'united_states', 2024, 2030, 0.20),
    ('ai_training_gpu_clusters', 'global', NULL, NULL, 0.5);
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit() WHERE finding = 'user row in a shipped market';
DELETE FROM gpumkt_rates WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;

-- a user's share for North America from 2030 (0.4 of global where the
-- report says 0.365): 2035 is 0.4 x 87.5 = 35 against 31.9375, by 3.0625; a
-- user's anchor for Europe, for which the report has no figure; a user's
-- segment share
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('ai_training_gpu_clusters', 'north_america', 2030, 0.4, 'global');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('ai_training_gpu_clusters', 'europe', 2025, 5);
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES
    ('ai_training_gpu_clusters', 'component', 'gpu_boards', 'GPU boards', 2025, 0.1);
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit() WHERE finding = 'user row in a shipped market';

-- a user's share loop in the shipped market: the market cannot be forecast
-- (a finding), and every user's row of it is listed, since any may be the
-- cause
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('ai_training_gpu_clusters', 'france', 2025, 0.5, 'spain'),
    ('ai_training_gpu_clusters', 'spain', 2025, 0.5, 'france');
SELECT finding, rows_involved, figures, discrepancy, detail FROM gpumkt_audit();
DELETE FROM gpumkt_segments WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;
DELETE FROM gpumkt_region_shares WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;
DELETE FROM gpumkt_anchors WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;

-- a user's market has no such finding: its rows are all the user's
INSERT INTO gpumkt_markets (market, name) VALUES ('mine', 'Mine');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('mine', 'global', 2030, 50);
SELECT count(*) AS findings_of_mine_expect_0 FROM gpumkt_audit() WHERE market = 'mine';
DELETE FROM gpumkt_anchors WHERE market = 'mine';
DELETE FROM gpumkt_markets WHERE market = 'mine';
SELECT count(*) AS findings_expect_3 FROM gpumkt_audit();
