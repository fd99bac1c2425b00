-- charts: text sparklines and bars (issue 12).  Every expected string is
-- derived by hand from the documented rules, stated above each query:
--   sparkline level of v = round((v - min) / (max - min) * 7), halves away
--   from zero, level 0..7 = ▁▂▃▄▅▆▇█; a constant series all ▄ (level 3);
--   NULL a space; no value that is not NULL: NULL.
--   bar = round(value / max_value * width * 8) eighths, value above
--   max_value clamped to width * 8; full blocks █, then eighths 1..7 as
--   ▏▎▍▌▋▊▉.
SELECT current_database() AS home \gset

-- one value per level: (v - 1) / 7 * 7 = v - 1, levels 0..7
SELECT gpumkt_sparkline(ARRAY[1, 2, 3, 4, 5, 6, 7, 8]);
-- constant series and a single value: all level 3
SELECT gpumkt_sparkline(ARRAY[5, 5, 5]) AS flat, gpumkt_sparkline(ARRAY[42.5]) AS one;
-- NULL is a space: min 1, max 3, so 1 -> 0, 3 -> 7
SELECT '[' || gpumkt_sparkline(ARRAY[1, NULL, 3]) || ']' AS gap;
-- rounding, span 16 (exact in binary): v / 16 * 7 for v = 0 1 2 4 8 15 16
-- is 0, 0.4375, 0.875, 1.75, 3.5, 6.5625, 7 -> levels 0 0 1 2 4 7 7
SELECT gpumkt_sparkline(ARRAY[0, 1, 2, 4, 8, 15, 16]);
-- halves away from zero: min 0, max 14, v / 14 * 7 for v = 1 5 13 is 0.5,
-- 2.5, 6.5 (each exact in doubles) -> 1 3 7 (half to even would give 0 2 6)
SELECT gpumkt_sparkline(ARRAY[0, 1, 5, 13, 14]) AS halves;
-- negative values: min -8, max 0; -4 -> 4 / 8 * 7 = 3.5 -> 4
SELECT gpumkt_sparkline(ARRAY[-8, -4, 0]) AS negative;
-- max - min overflows a double: halves, (0 + 5e307) / 1e308 * 7 = 3.5 -> 4
SELECT gpumkt_sparkline(ARRAY[-1e308, 0, 1e308]) AS huge;
-- empty, all NULL and NULL arrays give NULL
SELECT gpumkt_sparkline(ARRAY[]::float8[]) IS NULL AS empty,
       gpumkt_sparkline(ARRAY[NULL, NULL]::float8[]) IS NULL AS all_null,
       gpumkt_sparkline(NULL::float8[]) IS NULL AS null_array;
-- every character is a block of three UTF-8 bytes, or a one-byte space
SELECT length(s), octet_length(s), convert_to(s, 'UTF8')
FROM gpumkt_sparkline(ARRAY[1, NULL, 2]) AS s;
-- error: NaN is refused (22023)
SELECT gpumkt_sparkline(ARRAY[1, 'NaN', 3]::float8[]);
-- error: Infinity is refused (22023)
SELECT gpumkt_sparkline(ARRAY[1, 2, '-Infinity']::float8[]);
-- error: a two-dimensional array is refused (22023)
SELECT gpumkt_sparkline(ARRAY[[1, 2], [3, 4]]);

-- the aggregate, in the order of its ORDER BY
SELECT gpumkt_sparkline(x ORDER BY x) AS up, gpumkt_sparkline(x ORDER BY x DESC) AS down
FROM generate_series(1, 8) AS x;
-- squares 0 1 4 9 16 25 36 49: v / 49 * 7 = v / 7 = 0, 0.14, 0.57, 1.29,
-- 2.29, 3.57, 5.14, 7 -> levels 0 0 1 1 2 4 5 7
SELECT gpumkt_sparkline(x * x ORDER BY x) FROM generate_series(0, 7) AS x;
-- NULLs kept as spaces in their place: 1 2 _ 4 over min 1 max 4:
-- (v - 1) / 3 * 7 = 0, 2.33, -, 7 -> levels 0 2 - 7
SELECT '[' || gpumkt_sparkline(CASE WHEN x <> 3 THEN x END ORDER BY x) || ']'
FROM generate_series(1, 4) AS x;
-- per group: x % 2 = 0 holds 2 4 6 (0, 3.5 -> 4, 7), = 1 holds 1 3 5 (same)
SELECT x % 2 AS parity, gpumkt_sparkline(x ORDER BY x) FROM generate_series(1, 6) AS x GROUP BY 1 ORDER BY 1;
-- no rows and only NULL rows: NULL
SELECT gpumkt_sparkline(x ORDER BY x) IS NULL AS no_rows FROM generate_series(1, 3) AS x WHERE false;
SELECT gpumkt_sparkline(NULL::float8 ORDER BY x) IS NULL AS null_rows FROM generate_series(1, 3) AS x;
-- as a window function: the running chart; rows 1, 1-2, 1-3
SELECT x, gpumkt_sparkline(x) OVER (ORDER BY x) FROM generate_series(1, 3) AS x;
-- error: NaN in the rows (22023)
SELECT gpumkt_sparkline(CASE WHEN x = 2 THEN 'NaN'::float8 ELSE x END ORDER BY x) FROM generate_series(1, 3) AS x;
-- (gpumkt_sparkline_trans takes internal, so SQL cannot call it outside
-- the aggregate at all; its AggCheckCallContext guards calls from C)

-- over the shipped forecasts, 2025-2035.  Global grows at a constant rate r
-- (17 %, 18.2 to 87.5), so v / v0 = r^t and the level is round((r^t - 1) /
-- (r^10 - 1) * 7): 1.17^t - 1 = 0, .17, .369, .602, .874, 1.192, 1.565,
-- 2.001, 2.512, 3.108, 3.807 -> levels 0 0 1 1 2 2 3 4 5 6 7.  The United
-- States grows at 15.42 %: 0, .154, .332, .538, .775, 1.048, 1.364, 1.729,
-- 2.150, 2.635, 3.196 -> 0 0 1 1 2 2 3 4 5 6 7 as well.  Europe has no
-- figure: NULL.
SELECT r.region, gpumkt_sparkline(gpumkt_try_forecast(r.region, y) ORDER BY y)
FROM gpumkt_regions r CROSS JOIN generate_series(2025, 2035) AS y
WHERE r.region IN ('global', 'united_states', 'europe')
GROUP BY r.region ORDER BY r.region;

-- bars: half of a 20 wide bar is 80 eighths, 10 full blocks
SELECT gpumkt_bar(0.5, 1) AS half;
-- 1 / 3 * 10 * 8 = 26.67 -> 27 eighths = 3 full and 3/8 (▍)
SELECT gpumkt_bar(1, 3, 10) AS third;
-- every eighth: k / 8 * 1 * 8 = k eighths
SELECT k, '[' || gpumkt_bar(k, 8, 1) || ']' AS bar FROM generate_series(0, 8) AS k;
-- half an eighth rounds up: 1 / 16 * 1 * 8 = 0.5 -> 1 eighth (▏)
SELECT gpumkt_bar(1, 16, 1) AS half_eighth;
-- above max_value: clamped to the width, 4 full blocks
SELECT gpumkt_bar(5, 1, 4) AS clamped;
-- a tiny max_value: value / max_value overflows, clamped all the same
SELECT gpumkt_bar(1, 1e-320, 3) AS tiny_max;
-- zero, and a value too small for an eighth: the empty string
SELECT gpumkt_bar(0, 1) = '' AS zero, gpumkt_bar(1e-300, 1) = '' AS tiny;
-- the widest bar: 200 blocks of 3 bytes
SELECT length(b), octet_length(b) FROM gpumkt_bar(1, 1, 200) AS b;
-- NULL in, NULL out
SELECT gpumkt_bar(NULL, 1) IS NULL AS null_value, gpumkt_bar(1, NULL) IS NULL AS null_max,
       gpumkt_bar(1, 1, NULL) IS NULL AS null_width;
-- the shipped segment shares, 20 wide (160 eighths): hardware .785 -> 125.6
-- -> 126 = 15 + 6/8 (▊); on-premises .457 -> 73.12 -> 73 = 9 + 1/8 (▏);
-- public cloud .543 -> 86.88 -> 87 = 10 + 7/8 (▉); large .487 -> 77.92 ->
-- 78 = 9 + 6/8 (▊); cloud providers .628 -> 100.48 -> 100 = 12 + 4/8 (▌);
-- IT .659 -> 105.44 -> 105 = 13 + 1/8 (▏)
SELECT segment, share, gpumkt_bar(share, 1) FROM gpumkt_segments
WHERE market = 'ai_training_gpu_clusters' AND share IS NOT NULL ORDER BY dimension, ordinal;
-- error: a negative value (22023)
SELECT gpumkt_bar(-1, 1);
-- error: max_value zero (22023)
SELECT gpumkt_bar(1, 0);
-- error: max_value negative (22023)
SELECT gpumkt_bar(1, -2);
-- error: NaN value (22023)
SELECT gpumkt_bar('NaN', 1);
-- error: infinite max_value (22023)
SELECT gpumkt_bar(1, 'Infinity');
-- error: width 0 (22023)
SELECT gpumkt_bar(1, 2, 0);
-- error: width 201 (22023)
SELECT gpumkt_bar(1, 2, 201);
-- the SQLSTATE of the refusals: 22023
\set VERBOSITY sqlstate
-- error: 22023
SELECT gpumkt_bar(1, 2, 201);
-- error: 22023
SELECT gpumkt_sparkline(ARRAY['Infinity']::float8[]);
\set VERBOSITY default

-- the charts need a UTF8 database: in LATIN1, say, they are refused (22021)
CREATE DATABASE regress_gpumkt_charts_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c regress_gpumkt_charts_latin1
CREATE EXTENSION gpumkt;
-- error: no block characters in LATIN1 (22021)
SELECT gpumkt_sparkline(ARRAY[1, 2]);
-- error: no block characters in LATIN1 (22021)
SELECT gpumkt_bar(1, 2);
-- error: nor from the aggregate (22021)
SELECT gpumkt_sparkline(x ORDER BY x) FROM generate_series(1, 3) AS x;
\set VERBOSITY sqlstate
-- error: 22021
SELECT gpumkt_bar(1, 2);
\set VERBOSITY default
\c :home
DROP DATABASE regress_gpumkt_charts_latin1;
