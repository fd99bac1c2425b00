-- ranges: gpumkt_forecast_range gives (low, value, high), the method
-- evaluated at the ends of the intervals its inputs stand for.  Each
-- expected bound is recomputed here in numeric arithmetic from the rules
-- (docs/method.md, Ranges), independently of the C code; "ok" compares the
-- two to 7 decimals.
--
-- The report's figures: 18.2 (2025) stands for [18.15, 18.25]; "about 87.5"
-- (2035) for [87.45, 87.55]; "17,0 %" for [0.1695, 0.1705]; the United
-- States' 6.01 (2024) for [6.005, 6.015] and 15.42 % for [0.15415, 0.15425];
-- "more than 36.5 %" for [0.365, its structural bound]; public cloud 54.3 %
-- for [0.5425, 0.5435], so on-premises (derived, the rest) for [0.4565,
-- 0.4575]; hardware 78.5 % for [0.7845, 0.7855], so software (unknown) for
-- [0, 0.2155].
CREATE TEMP TABLE expected (call text, low numeric, value numeric, high numeric);
INSERT INTO expected VALUES
    ('global 2035', 87.45, 87.5, 87.55),
    ('global 2030', sqrt(18.15 * 87.45), sqrt(18.2 * 87.5), sqrt(18.25 * 87.55)),
    ('global 2040', 87.45 * 1.1695 ^ 5, 87.5 * 1.170 ^ 5, 87.55 * 1.1705 ^ 5),
    ('global 2020', 18.15 * 1.1705 ^ -5, 18.2 * 1.170 ^ -5, 18.25 * 1.1695 ^ -5),
    ('united_states 2035', 6.005 * 1.15415 ^ 11, 6.01 * 1.1542 ^ 11, 6.015 * 1.15425 ^ 11),
    -- North America is 36.5 % (more than) of the global market; its own 2025
    -- figure, 6.6 in [6.55, 6.65], against the global 18.2 in [18.15, 18.25]
    -- holds the share at most at 6.65 / 18.15
    ('north_america 2035', 0.365 * 87.45, 0.365 * 87.5, 6.65 / 18.15 * 87.55),
    ('global 2035 deployment on_premises', 0.4565 * 87.45, 0.457 * 87.5, 0.4575 * 87.55),
    ('global 2035 deployment public_cloud', 0.5425 * 87.45, 0.543 * 87.5, 0.5435 * 87.55),
    ('global 2035 component software', 0, NULL, (1 - 0.7845) * 87.55),
    ('global 2030 cluster_size large_hyperscale', 0.4865 * sqrt(18.15 * 87.45), 0.487 * sqrt(18.2 * 87.5), 0.4875 * sqrt(18.25 * 87.55));
CREATE TEMP TABLE got AS
SELECT 'global 2035' AS call, * FROM gpumkt_forecast_range('global', 2035, extrapolate => true)
UNION ALL SELECT 'global 2030', * FROM gpumkt_forecast_range('global', 2030, extrapolate => true)
UNION ALL SELECT 'global 2040', * FROM gpumkt_forecast_range('global', 2040, extrapolate => true)
UNION ALL SELECT 'global 2020', * FROM gpumkt_forecast_range('global', 2020, extrapolate => true)
UNION ALL SELECT 'united_states 2035', * FROM gpumkt_forecast_range('US', 2035, extrapolate => true)
UNION ALL SELECT 'north_america 2035', * FROM gpumkt_forecast_range('north_america', 2035, extrapolate => true)
UNION ALL SELECT 'global 2035 deployment on_premises', * FROM gpumkt_forecast_range('global', 2035, 'deployment', 'on_premises', extrapolate => true)
UNION ALL SELECT 'global 2035 deployment public_cloud', * FROM gpumkt_forecast_range('global', 2035, 'deployment', 'public_cloud', extrapolate => true)
UNION ALL SELECT 'global 2035 component software', * FROM gpumkt_forecast_range('global', 2035, 'component', 'software', extrapolate => true)
UNION ALL SELECT 'global 2030 cluster_size large_hyperscale', * FROM gpumkt_forecast_range('global', 2030, 'cluster size', 'Large / hyperscale (> 1000 GPUs)', extrapolate => true);
SELECT g.call, round(g.low, 7) AS low, round(g.value, 7) AS value, round(g.high, 7) AS high,
       round(g.low, 7) = round(e.low, 7) AND round(g.high, 7) = round(e.high, 7)
       AND round(g.value, 7) IS NOT DISTINCT FROM round(e.value, 7) AS ok
FROM got g JOIN expected e USING (call) ORDER BY g.call;
-- value is what gpumkt_forecast gives, and lies within the bounds
SELECT count(*) AS checked,
       count(*) FILTER (WHERE r.value = gpumkt_forecast(x.region, x2.y, extrapolate => true) AND r.low <= r.value AND r.value <= r.high) AS consistent
FROM (VALUES ('global'), ('north_america'), ('united_states')) x(region),
     generate_series(2000, 2060, 5) AS x2(y)
CROSS JOIN LATERAL gpumkt_forecast_range(x.region, x2.y, extrapolate => true) r;
-- other year forms give the same bounds
SELECT (gpumkt_forecast_range('global', 2030.0, extrapolate => true)).low = (gpumkt_forecast_range('global', 2030, extrapolate => true)).low AS numeric_year,
       (gpumkt_forecast_range('global', 2030::bigint, extrapolate => true)).high = (gpumkt_forecast_range('global', 2030, extrapolate => true)).high AS bigint_year,
       (gpumkt_forecast_range('global', date '2030-01-01', extrapolate => true)).low < (gpumkt_forecast_range('global', date '2030-07-01', extrapolate => true)).low AS date_year;
-- explain shows each step's bounds
SELECT step, region, round(value, 7) AS value, round(low, 7) AS low, round(high, 7) AS high
FROM gpumkt_explain('north_america', 2035);
SELECT step, region, round(value, 7) AS value, round(low, 7) AS low, round(high, 7) AS high
FROM gpumkt_explain('global', 2035, 'deployment', 'on_premises');

-- Users' rows: exact unless they say otherwise (a hedge, a low or a high).
-- An invented test market, in test/ only.
INSERT INTO gpumkt_markets (market, name) VALUES ('band', 'Ranges test market (invented figures)');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('band', 'global', 2020, 10);
INSERT INTO gpumkt_rates (market, region, rate, low, high) VALUES ('band', 'global', 0.10, 0.08, 0.12);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, qualifier)
VALUES ('band', 'europe', 2020, 0.3, 'global', 'more than'),
       ('band', 'asia_pacific', 2020, 0.4, 'global', NULL),
       ('band', 'latin_america', 2020, 0.1, 'global', 'up to');
-- 2030: the anchor is exact, the rate lies in [0.08, 0.12]: 10 x 1.08^10 .. 10 x 1.12^10
SELECT round(low, 7) = round(10 * 1.08 ^ 10, 7) AS low_ok, round(value, 7) = round(10 * 1.1 ^ 10, 7) AS value_ok,
       round(high, 7) = round(10 * 1.12 ^ 10, 7) AS high_ok
FROM gpumkt_forecast_range('global', 2030, market => 'band', extrapolate => true);
-- 2010, backwards: the higher rate gives the lower bound
SELECT round(low, 7) = round(10 * 1.12 ^ -10, 7) AS low_ok, round(high, 7) = round(10 * 1.08 ^ -10, 7) AS high_ok
FROM gpumkt_forecast_range('global', 2010, market => 'band', extrapolate => true);
-- Europe: more than 30 %, and at most 1 - 0.4 - 0 (its siblings' lower
-- bounds: Asia-Pacific exact at 40 %, Latin America up to 10 %, so from 0)
SELECT round(low, 7) = round(0.3 * 10, 7) AS low_ok, round(high, 7) = round(0.6 * 10, 7) AS high_ok
FROM gpumkt_forecast_range('europe', 2020, market => 'band', extrapolate => true);
-- Latin America: up to 10 %, from 0
SELECT low, round(high, 7) = round(0.1 * 10, 7) AS high_ok FROM gpumkt_forecast_range('latin_america', 2020, market => 'band', extrapolate => true);
-- an anchor said to be more than x has no upper bound
INSERT INTO gpumkt_anchors (market, region, year, value, qualifier) VALUES ('band', 'global', 2025, 20, 'more than');
SELECT low, value, high FROM gpumkt_forecast_range('global', 2025, market => 'band', extrapolate => true);
-- 2023, between the anchors: the path from 10 (exact) to 20 (its lower bound)
SELECT round(low, 7) = round(exp(0.4 * ln(10.0) + 0.6 * ln(20.0)), 7) AS low_ok, high FROM gpumkt_forecast_range('global', 2023, market => 'band', extrapolate => true);
-- an explicit band on an anchor (a consensus band)
UPDATE gpumkt_anchors SET qualifier = NULL, low = 18, high = 24 WHERE market = 'band' AND year = 2025;
SELECT low, value, high FROM gpumkt_forecast_range('global', 2025, market => 'band', extrapolate => true);
-- "about" on a user's row: the rounding interval of its stated digits
UPDATE gpumkt_anchors SET qualifier = 'about', low = NULL, high = NULL WHERE market = 'band' AND year = 2025;
SELECT low, value, high FROM gpumkt_forecast_range('global', 2025, market => 'band', extrapolate => true);
UPDATE gpumkt_anchors SET value = 20.00 WHERE market = 'band' AND year = 2025;
SELECT low, value, high FROM gpumkt_forecast_range('global', 2025, market => 'band', extrapolate => true);
-- segments: the only unknown share of a dimension is at least the rest
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('band', 'tier', 'Tier');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share, basis)
VALUES ('band', 'tier', 'top', 'Top', 2020, 0.6, 'reported'),
       ('band', 'tier', 'rest', 'Rest', NULL, NULL, 'unknown');
SELECT low, value, high FROM gpumkt_forecast_range('global', 2020, 'tier', 'rest', 'band', extrapolate => true);
-- a user's band on an unknown share
UPDATE gpumkt_segments SET low = 0.1, high = 0.3 WHERE market = 'band' AND segment = 'rest';
SELECT low, value, high FROM gpumkt_forecast_range('global', 2020, 'tier', 'rest', 'band', extrapolate => true);

-- error: a low above the value (23514)
UPDATE gpumkt_anchors SET low = 30 WHERE market = 'band' AND year = 2025;
-- error: a share's high above 1 (23514)
UPDATE gpumkt_region_shares SET high = 1.5 WHERE market = 'band' AND region = 'europe';
-- error: a NaN bound (23514)
UPDATE gpumkt_rates SET high = 'NaN' WHERE market = 'band';
-- error: unrecognized region (22023)
SELECT * FROM gpumkt_forecast_range('atlantis', 2030, extrapolate => true);
-- error: a year outside 1900..2200 (22023)
SELECT * FROM gpumkt_forecast_range('global', 2300, extrapolate => true);
-- error: unrecognized segment (22023)
SELECT * FROM gpumkt_forecast_range('global', 2030, 'component', 'firmware', extrapolate => true);
-- error: no figure for the region (02000)
SELECT * FROM gpumkt_forecast_range('europe', 2030, extrapolate => true);
-- NULL in, NULL out (STRICT)
SELECT * FROM gpumkt_forecast_range(NULL, 2030, extrapolate => true);
DELETE FROM gpumkt_segments WHERE market = 'band';
DELETE FROM gpumkt_dimensions WHERE market = 'band';
DELETE FROM gpumkt_region_shares WHERE market = 'band';
DELETE FROM gpumkt_rates WHERE market = 'band';
DELETE FROM gpumkt_anchors WHERE market = 'band';
DELETE FROM gpumkt_markets WHERE market = 'band';

-- The audit says whether a region larger than its parent is so even at the
-- bounds of the figures: a child "about 10.2" against a parent "about 10.1"
-- may be equal (10.15), so it need not hold; 12 against 10 (exact) does.
INSERT INTO gpumkt_markets (market, name) VALUES ('close', 'Audit at the bounds (invented figures)');
INSERT INTO gpumkt_anchors (market, region, year, value, qualifier)
VALUES ('close', 'global', 2020, 10.1, 'about'), ('close', 'europe', 2020, 10.2, 'about');
SELECT finding, detail FROM gpumkt_audit() WHERE market = 'close';
UPDATE gpumkt_anchors SET value = 12, qualifier = NULL WHERE market = 'close' AND region = 'europe';
UPDATE gpumkt_anchors SET value = 10, qualifier = NULL WHERE market = 'close' AND region = 'global';
SELECT finding, detail FROM gpumkt_audit() WHERE market = 'close';
DELETE FROM gpumkt_anchors WHERE market = 'close';
DELETE FROM gpumkt_markets WHERE market = 'close';

-- a scenario must not change the base market's ranges: north_america
-- 2030 has the same range before and after a scenario is computed in the
-- same snapshot, and as in a snapshot of its own.
SELECT gpumkt_scenario_set('rv_g18', 'anchor', 'global', 18.0, year => 2025);
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM gpumkt_forecast_range('north_america', 2030, extrapolate => true);
SELECT count(*) FROM gpumkt_forecast_range('north_america', 2030, scenario => 'rv_g18', extrapolate => true);
SELECT * FROM gpumkt_forecast_range('north_america', 2030, extrapolate => true);
COMMIT;
SELECT * FROM gpumkt_forecast_range('north_america', 2030, extrapolate => true);
SELECT gpumkt_scenario_drop('rv_g18');

-- 2.0: a range outside the years the figures cover is refused (22023)
-- unless extrapolate => true
SELECT * FROM gpumkt_forecast_range('global', 2040);
\echo :LAST_ERROR_SQLSTATE
