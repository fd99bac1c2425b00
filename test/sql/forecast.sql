-- forecast: gpumkt_forecast by region and year over the shipped tables and
-- over a market of the user's own.  Expected values: the report's figures,
-- or 40-digit decimal arithmetic on them, written next to each call.

-- anchors come back exactly
SELECT gpumkt_forecast('global', 2025) AS expect_18_2, gpumkt_forecast('global', 2035) AS expect_87_5,
       gpumkt_forecast('north_america', 2025) AS expect_6_6, gpumkt_forecast('united_states', 2024) AS expect_6_01;
-- between anchors, the constant-growth path: 2030 = sqrt(18.2 x 87.5) = 39.906139878470
SELECT round(gpumkt_forecast('global', 2030), 12) AS global_2030, 39.906139878470 AS expected;
-- beyond the anchors, the stated 17.0 %, outside the years the figures
-- cover (2024 to 2035), with extrapolate => true (2.0):
-- 2040 = 87.5 x 1.17^5 = 191.83920312375, 2020 = 18.2 / 1.17^5 = 8.301222972516
SELECT round(gpumkt_forecast('global', 2040, extrapolate => true), 10) AS global_2040, 191.8392031238 AS expected;
SELECT round(gpumkt_forecast('global', 2020, extrapolate => true), 12) AS global_2020, 8.301222972516 AS expected;
-- a region without two anchors: its share of its parent: 0.365 x 87.5 = 31.9375
SELECT gpumkt_forecast('north_america', 2035) AS na_2035, 31.9375 AS expected;
-- 0.365 x 39.906139878470 = 14.5657410556415 (the last digit is where 15 significant digits end)
SELECT round(gpumkt_forecast('north_america', 2030), 10) AS na_2030, 14.5657410556 AS expected;
-- a region with its own anchor and rate: 6.01 x 1.1542^11 = 29.104908728768
SELECT round(gpumkt_forecast('united_states', 2035), 12) AS us_2035, 29.104908728768 AS expected;
SELECT round(gpumkt_forecast('united_states', 2035), 3) AS us_2035_as_issued, 29.105 AS expected;

-- regions by code, name (English or the report's French), or ISO code, in any case
SELECT r AS asked, gpumkt_resolve_region(r) AS region, gpumkt_forecast(r, 2035) AS value_2035
FROM unnest(ARRAY['North America', 'NORTH_AMERICA', 'amérique du nord', 'US', 'us',
                  'United States', 'États-Unis', 'Global']) AS r;

-- joined with a table of years: one read of the tables per query
SELECT count(*) AS rows, round(sum(gpumkt_forecast('global', 2025 + g % 11)), 6) AS sum_of_forecasts
FROM generate_series(0, 10999) g;
-- expected: 1000 x the sum of the 11 values 2025..2035 = 495096.645358

-- error: a known region for which the report gives no figure (no-data class, 02000)
SELECT gpumkt_forecast('europe', 2030);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('Canada', 2030);
\echo :LAST_ERROR_SQLSTATE
-- NULL instead of the error, for reports
SELECT gpumkt_try_forecast('europe', 2030) AS europe, gpumkt_try_forecast('north_america', 2035) AS na;
-- error: an unrecognized region, with the closest names as a hint
SELECT gpumkt_forecast('nort america', 2030);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_resolve_region('Untied States');
\echo :LAST_ERROR_SQLSTATE
-- error: an unknown market
SELECT gpumkt_forecast('global', 2030, market => 'no_such_market');
\echo :LAST_ERROR_SQLSTATE
-- error: a year outside 1900..2200 (22023; it was a value out of double range, 22003)
SELECT gpumkt_forecast('global', 100000);
\echo :LAST_ERROR_SQLSTATE
-- NULL in, NULL out
-- (an untyped NULL year is ambiguous between the double precision and
-- timestamptz forms, as core's error says: type it)
SELECT gpumkt_forecast(NULL, 2030) IS NULL AS n1, gpumkt_forecast('global', NULL::float8) IS NULL AS n2,
       gpumkt_forecast('global', 2030, market => NULL) IS NULL AS n3;
SELECT gpumkt_forecast('global', NULL);
\echo :LAST_ERROR_SQLSTATE

-- a market of the user's own, beside the shipped one
INSERT INTO gpumkt_markets (market, name, source_title) VALUES ('edge_ai', 'Edge AI accelerators', 'my notes');
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('edge_ai', 'global', 2020, 10, 'my notes p. 1'),
    ('edge_ai', 'global', 2030, 20, 'my notes p. 2'),
    ('edge_ai', 'europe', 2020, 3, 'my notes p. 3');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('edge_ai', 'germany', 2020, 0.25, 'europe', 'my notes p. 4'),
    ('edge_ai', 'asia_pacific', 2020, 0.4, 'global', 'my notes p. 5'),
    ('edge_ai', 'asia_pacific', 2028, 0.5, 'global', 'my notes p. 5');
-- 2025 = 10 x sqrt(2) = 14.142135623731; 2040, beyond, at the anchors' own CAGR: 20 x 2 = 40
SELECT round(gpumkt_forecast('global', 2025, market => 'edge_ai'), 12) AS edge_2025, 14.142135623731 AS expected,
       round(gpumkt_forecast('global', 2040, market => 'edge_ai', extrapolate => true), 9) AS edge_2040, 40 AS expected;
-- Europe has one anchor and no rate: only its anchor year is known
SELECT gpumkt_forecast('europe', 2020, market => 'edge_ai') AS europe_2020;
-- error: no rate, one anchor, no share: 2021 is not known
SELECT gpumkt_forecast('europe', 2021, market => 'edge_ai');
\echo :LAST_ERROR_SQLSTATE
-- Germany is a quarter of Europe in 2020: 0.75
SELECT gpumkt_forecast('DE', 2020, market => 'edge_ai') AS germany_2020;
-- the share in force is the latest stated at or before the year: 0.4 until 2027, 0.5 from 2028
-- 2027: 0.4 x 10 x 2^0.7 = 6.4980191708499; 2030: 0.5 x 20 = 10
SELECT round(gpumkt_forecast('asia_pacific', 2027, market => 'edge_ai'), 12) AS apac_2027, 6.498019170850 AS expected,
       gpumkt_forecast('asia_pacific', 2030, market => 'edge_ai') AS apac_2030;
-- the shipped market is unchanged by the user's
SELECT gpumkt_forecast('global', 2025) AS shipped_2025;
-- a rate added by the user takes over from the anchors' own CAGR beyond the last anchor: 20 x 1.1^2 = 24.2
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, source_quote)
    VALUES ('edge_ai', 'global', 2030, 2040, 0.1, 'my notes p. 6');
SELECT round(gpumkt_forecast('global', 2032, market => 'edge_ai'), 10) AS edge_2032, 24.2 AS expected;
-- error: a rate and no market size to grow from: what is missing is said
INSERT INTO gpumkt_rates (market, region, rate, source_quote) VALUES ('edge_ai', 'france', 0.1, 'my notes p. 7');
SELECT gpumkt_forecast('france', 2025, market => 'edge_ai');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_rates WHERE market = 'edge_ai' AND region = 'france';
-- error: a share of a share of a region that has no figure: that region is named
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('edge_ai', 'italy', 2020, 0.2, 'spain', 'my notes p. 8'), ('edge_ai', 'spain', 2020, 0.1, 'rest_of_europe', 'my notes p. 9');
SELECT gpumkt_forecast('italy', 2025, market => 'edge_ai');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_region_shares WHERE market = 'edge_ai' AND region IN ('italy', 'spain');
-- error: shares that loop back on themselves
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('edge_ai', 'france', 2020, 0.5, 'spain', 'loop'), ('edge_ai', 'spain', 2020, 0.5, 'france', 'loop');
SELECT gpumkt_forecast('france', 2020, market => 'edge_ai');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_region_shares WHERE market = 'edge_ai';
DELETE FROM gpumkt_rates WHERE market = 'edge_ai';
DELETE FROM gpumkt_anchors WHERE market = 'edge_ai';
DELETE FROM gpumkt_markets WHERE market = 'edge_ai';

-- numeric output equals core's float8_numeric: users' anchors with
-- irregular values, every year between them, against gpumkt_interpolate
-- (float8) cast to numeric by core.  Expected: no difference.
INSERT INTO gpumkt_markets (market, name) VALUES ('rv_num', 'review: invented figures');
INSERT INTO gpumkt_anchors (market, region, year, value)
SELECT 'rv_num', r.region, y, round((1 + (k * 7919 + y * 104729) % 100003 / 97.0)::numeric, 9)
FROM (SELECT region, row_number() OVER (ORDER BY region) AS k FROM gpumkt_regions) r, (VALUES (2020), (2035)) v(y);
SELECT count(*) > 400 AS compared,
       count(*) FILTER (WHERE gpumkt_forecast(a0.region, y, market => 'rv_num')
                        IS DISTINCT FROM gpumkt_interpolate(2020, a0.value::float8, 2035, a1.value::float8, y)::numeric) AS differ
FROM gpumkt_anchors a0 JOIN gpumkt_anchors a1 USING (market, region), generate_series(2021, 2034) y
WHERE a0.market = 'rv_num' AND a0.year = 2020 AND a1.year = 2035;
DELETE FROM gpumkt_anchors WHERE market = 'rv_num';
DELETE FROM gpumkt_markets WHERE market = 'rv_num';

-- 2.0 (issue 18): the figures of the issue, in a fresh database, each
-- beside its arithmetic on the report's figures
SELECT gpumkt_forecast('north_america', 2035) AS na_2035, 87.5 * 0.365 AS expected;
-- global 2035 x the public cloud share (54.3 %)
SELECT gpumkt_forecast('global', 2035, dimension => 'deployment', segment => 'public_cloud') AS cloud_2035,
       87.5 * 0.543 AS expected;
SELECT gpumkt_forecast('global', 2025, unit => 'million') AS global_2025_million, 18.2 * 1000 AS expected;
-- a bull case: 20 % a year from the 2025 anchor: 18.2 x 1.2^5
SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.20);
SELECT gpumkt_forecast('global', 2030, scenario => 'bull') AS bull_2030, 18.2 * 1.2 ^ 5 AS expected;
SELECT * FROM gpumkt_covered_years(scenario => 'bull');
SELECT gpumkt_scenario_drop('bull');
-- the years the figures cover: 2024 (the United States anchor) to 2035
SELECT * FROM gpumkt_covered_years();
-- outside them: an error naming them, unless extrapolate => true
SELECT gpumkt_forecast('global', 2040);
\echo :LAST_ERROR_SQLSTATE
SELECT round(gpumkt_forecast('global', 2040, extrapolate => true), 7) AS global_2040,
       round(87.5 * 1.17 ^ 5, 7) AS expected;
SELECT gpumkt_try_forecast('global', 2018) IS NULL AS try_2018_null,
       round(gpumkt_try_forecast('global', 2018, extrapolate => true), 6) AS try_2018_extrapolated,
       round(18.2 / 1.17 ^ 7, 6) AS expected;
-- a date or timestamp in the last covered year is covered; the first day after is not
SELECT gpumkt_forecast('global', date '2035-12-31') > 87.5 AS in_2035;
SELECT gpumkt_forecast('global', date '2036-01-01');
\echo :LAST_ERROR_SQLSTATE
-- a whole year only, of any number type
SELECT gpumkt_forecast('global', 2030::bigint) = gpumkt_forecast('global', 2030.0) AS same;
SELECT gpumkt_forecast('global', 2030.5);
\echo :LAST_ERROR_SQLSTATE
-- an untyped literal year is ambiguous (core's error): write 2030 or a typed date
SELECT gpumkt_forecast('global', '2030');
\echo :LAST_ERROR_SQLSTATE

-- 1.4's positional arguments: a third argument is the dimension now
SELECT gpumkt_forecast('global', 2030, 'hardware');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 2030, 'ai_training_gpu_clusters');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_scenario_set('bear', 'rate', 'global', 0.10);
SELECT gpumkt_forecast('global', 2030, 'bear');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_scenario_drop('bear');
SELECT gpumkt_forecast('global', 2030, 'component');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 2030, segment => 'hardware');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 2030, 'nothing_known');
\echo :LAST_ERROR_SQLSTATE

-- the same rule in every function over the tables
SELECT gpumkt_region_share('north_america', 2036);
\echo :LAST_ERROR_SQLSTATE
SELECT round(gpumkt_region_share('north_america', 2036, extrapolate => true), 3) AS na_share_2036, 0.365 AS expected;
SELECT count(*) AS steps FROM gpumkt_explain('global', date '2036-07-02');
\echo :LAST_ERROR_SQLSTATE
SELECT step, year, basis FROM gpumkt_explain('global', date '2036-07-02', extrapolate => true);
-- a segment: 2035 = 87.5 x 0.543, beyond the figures 2036 = 87.5 x 1.17 x 0.543
SELECT year, value, CASE year WHEN 2035 THEN 87.5 * 0.543 ELSE 87.5 * 1.17 * 0.543 END AS expected, basis
FROM gpumkt_series('global', 2035, 2036, dimension => 'deployment', segment => 'public_cloud', extrapolate => true);
-- a date reaches the timestamptz form and is read as its day, whatever the
-- session's time zone (1.4's UTC rule): 43.163158371963, as in UTC
SET TimeZone = 'Pacific/Kiritimati';
SELECT round(gpumkt_forecast('global', date '2030-07-02'), 12) AS kiritimati, 43.163158371963 AS expected;
SET TimeZone = 'America/Los_Angeles';
SELECT round(gpumkt_try_forecast('global', date '2030-07-02'), 12) AS los_angeles, 43.163158371963 AS expected;
RESET TimeZone;
-- covered years of a market that does not exist: 22023
SELECT * FROM gpumkt_covered_years('no_such_market');
\echo :LAST_ERROR_SQLSTATE
