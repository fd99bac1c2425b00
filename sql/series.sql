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
-- error: no figure for Europe
SELECT * FROM gpumkt_series('europe', 2025, 2026);
\echo :LAST_ERROR_SQLSTATE
