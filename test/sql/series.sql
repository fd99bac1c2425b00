-- series: gpumkt_series, one row per year with growth and basis.
-- Expected (40-digit decimal): 2024 = 18.2/1.17 = 15.555555555556; 2025..2035 on the path
-- 18.2 x (87.5/18.2)^((y-2025)/10), growing 0.170021026397 a year; 2036 = 87.5 x 1.17 = 102.375.
SELECT year, round(value, 9) AS value, round(growth, 9) AS growth, basis
FROM gpumkt_series('global', 2024, 2036);
-- check by hand: 2026 = 21.294382680, 2030 = 39.906139878, 2034 = 74.784980805

-- North America: the reported 2025, otherwise 36.5 % of global
SELECT year, round(value, 9) AS value, round(growth, 6) AS growth, basis
FROM gpumkt_series('north_america', 2024, 2027);
-- check by hand: 2024 = 0.365 x 15.555555556 = 5.677777778; 2026 = 0.365 x 21.294382680 = 7.772449678;
-- growth 2025 = 6.6 / 5.677777778 - 1 = 0.162427

-- the United States grows at its own 15.42 %
SELECT year, round(value, 9) AS value, round(growth, 6) AS growth, basis
FROM gpumkt_series('united_states', 2023, 2026);
-- check by hand: 2023 = 6.01/1.1542 = 5.207069832; 2025 = 6.936742; 2026 = 8.006387616

-- one year
SELECT * FROM gpumkt_series('global', 2035, 2035);
-- error: years in the wrong order
SELECT * FROM gpumkt_series('global', 2035, 2025);
\echo :LAST_ERROR_SQLSTATE
-- error: too long a range
SELECT * FROM gpumkt_series('global', 0, 20000);
\echo :LAST_ERROR_SQLSTATE
-- a region without figures gives its years with no value and the basis "no data"
SELECT * FROM gpumkt_series('europe', 2025, 2026);
-- a region with one anchor and nothing else: its year has a figure, the
-- others say they have none (no growth next to a year without a figure)
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('ai_training_gpu_clusters', 'europe', 2025, 5, 'my estimate');
SELECT * FROM gpumkt_series('europe', 2024, 2026);
-- error: the forecast itself says what is missing
SELECT gpumkt_forecast('europe', 2026);
\echo :LAST_ERROR_SQLSTATE

-- a user's row is never shown as the report's: 2025 is "user row"; Germany,
-- given as a quarter of Europe, rests on it
INSERT INTO gpumkt_rates (market, region, rate, source_quote) VALUES
    ('ai_training_gpu_clusters', 'europe', 0.2, 'my estimate');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('ai_training_gpu_clusters', 'germany', 2025, 0.25, 'europe', 'my estimate');
-- 5 / 1.2 = 4.166666666667; 5 x 1.2 = 6; Germany 0.25 x 6 = 1.5
SELECT year, round(value, 12) AS value, round(growth, 6) AS growth, basis FROM gpumkt_series('europe', 2024, 2026);
SELECT year, value, basis FROM gpumkt_series('germany', 2025, 2026);
-- global 2030 of the user's: 2030 is "user row", the years it bends are "(user rows)":
-- 2026 = 18.2 x (1000/18.2)^(1/5) = 40.556186, 2031 = 1000 x (87.5/1000)^(1/5) = 614.329840
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('ai_training_gpu_clusters', 'global', 2030, 1000, 'mine');
SELECT year, round(value, 6) AS value, basis FROM gpumkt_series('global', 2024, 2036);
DELETE FROM gpumkt_region_shares WHERE NOT shipped;
DELETE FROM gpumkt_rates WHERE NOT shipped;
DELETE FROM gpumkt_anchors WHERE NOT shipped;

-- a segment's series: the region's forecast times the segment's share, the
-- region's growth; 2024 = 0.365 x 15.555555556 x 0.543 = 3.083033333,
-- 2025 = 6.6 x 0.543 = 3.5838, 2026 = 0.365 x 21.294382680 x 0.543 = 4.220440175
SELECT year, round(value, 9) AS value, round(growth, 6) AS growth, basis
FROM gpumkt_series('north_america', 2024, 2026, 'deployment', 'public_cloud');
-- a segment with no share, or of a region with no figure, has no data
SELECT * FROM gpumkt_series('global', 2025, 2026, 'component', 'software');
SELECT * FROM gpumkt_series('europe', 2025, 2026, 'component', 'hardware');

-- the fourth positional argument of gpumkt_series is the dimension (2.0):
-- 1.4's positional market there is refused (22023) with the hint to name
-- it, and the detail counts the arguments of gpumkt_series
SELECT * FROM gpumkt_series('global', 2025, 2026, 'ai_training_gpu_clusters');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM gpumkt_series('global', 2025, 2026, 'hardware');
\echo :LAST_ERROR_SQLSTATE
