-- growth: gpumkt_cagr (RRI), gpumkt_project (FV), gpumkt_years_to (PDURATION),
-- gpumkt_interpolate (geometric path), in float8 and numeric.
-- Expected values are computed independently (40-digit decimal arithmetic)
-- and written next to each call.

-- CAGR of the report: (87.5 / 18.2)^(1/10) - 1 = 0.170021026397481447...
SELECT round(gpumkt_cagr(18.2, 87.5, 10), 15) AS numeric_cagr,
       0.170021026397481 AS expected;
SELECT round(gpumkt_cagr(18.2::float8, 87.5::float8, 10::float8)::numeric, 12) AS float8_cagr,
       0.170021026397 AS expected;
-- 2.0: two forms, resolved as power(): a numeric literal and no float8
-- gives the numeric form, the 30-digit value 1.4 gave; the same in numeric
-- arithmetic beside it (87.5 / 18.2 to 40 digits, ^ 0.1)
SELECT pg_typeof(gpumkt_cagr(18.2, 87.5, 10)) AS cagr_type, pg_typeof(power(18.2, 10)) AS power_type,
       round(gpumkt_cagr(18.2, 87.5, 10), 25) AS numeric_cagr,
       round(power(87.5::numeric(60, 40) / 18.2, 0.1) - 1, 25) AS expected,
       pg_typeof(gpumkt_cagr(100, 50, 2)) AS integers_type, pg_typeof(power(100, 2)) AS power_integers_type;
-- a shrinking market, and negative years (the end lies before the start)
SELECT round(gpumkt_cagr(100.0, 50.0, 2), 12) AS halving_in_2_years, 0.707106781187 - 1 AS expected;
SELECT round(gpumkt_cagr(87.5, 18.2, -10), 12) AS backwards, 0.170021026397 AS expected;

-- FV: 18.2 x 1.17^10 = 87.484276684255150235718 (exact in numeric)
SELECT gpumkt_project(18.2, 0.17, 10) AS numeric_fv, 87.484276684255150235718 AS expected;
SELECT round(gpumkt_project(18.2::float8, 0.17, 10)::numeric, 10) AS float8_fv, 87.4842766843 AS expected;
-- back-cast: 87.5 / 1.17^10 = 18.203271037464
SELECT round(gpumkt_project(87.5, 0.17, -10), 12) AS backcast, 18.203271037464 AS expected;
SELECT round(gpumkt_project(87.5::float8, 0.17, -10)::numeric, 10) AS float8_backcast, 18.2032710375 AS expected;
SELECT gpumkt_project(0, 0.17, 10) AS zero_stays_zero, gpumkt_project(-5, 0.1, 2) AS negative_value;

-- PDURATION: ln(87.5/18.2) / ln(1.17) = 10.001144629893
SELECT round(gpumkt_years_to(18.2, 87.5, 0.17), 12) AS numeric_years, 10.001144629893 AS expected;
SELECT round(gpumkt_years_to(18.2::float8, 87.5, 0.17)::numeric, 10) AS float8_years, 10.0011446299 AS expected;
-- declining market: 100 to 50 at -10 % a year takes ln(0.5)/ln(0.9) = 6.578813478961 years
SELECT round(gpumkt_years_to(100, 50, -0.1), 12) AS decline, 6.578813478961 AS expected;
SELECT round(gpumkt_years_to(100::float8, 50, -0.1)::numeric, 10) AS float8_decline, 6.5788134790 AS expected;
-- a target behind the start on that path: negative years
SELECT round(gpumkt_years_to(87.5, 18.2, 0.17), 9) AS in_the_past, -10.001144630 AS expected;
-- already there
SELECT gpumkt_years_to(5, 5, 0) AS numeric_zero, gpumkt_years_to(5::float8, 5, 0) AS float8_zero;

-- geometric interpolation: 2030 between 18.2 (2025) and 87.5 (2035) is sqrt(18.2 x 87.5) = 39.906139878470,
-- not the straight line's 52.85
SELECT round(gpumkt_interpolate(2025, 18.2, 2035, 87.5, 2030), 12) AS numeric_2030, 39.906139878470 AS expected,
       18.2 + (87.5 - 18.2) / 2 AS straight_line;
SELECT round(gpumkt_interpolate(2025::float8, 18.2, 2035, 87.5, 2030)::numeric, 10) AS float8_2030, 39.9061398785 AS expected;
-- outside the anchors, the same path: 2040 = 87.5 x sqrt(87.5/18.2) = 191.856441723413
SELECT round(gpumkt_interpolate(2025, 18.2, 2035, 87.5, 2040), 12) AS numeric_2040, 191.856441723413 AS expected;
SELECT round(gpumkt_interpolate(2025::float8, 18.2, 2035, 87.5, 2040)::numeric, 9) AS float8_2040, 191.856441723 AS expected;
-- the anchors themselves come back exactly
SELECT gpumkt_interpolate(2025, 18.2, 2035, 87.5, 2025) AS at_year0, gpumkt_interpolate(2025::float8, 18.2, 2035, 87.5, 2035) AS at_year1;

-- the functions agree with each other: project(start, cagr(start, end, n), n) = end
SELECT round(gpumkt_project(18.2, gpumkt_cagr(18.2, 87.5, 10), 10), 12) AS round_trip, 87.5 AS expected;
SELECT round(gpumkt_years_to(18.2, 87.5, gpumkt_cagr(18.2, 87.5, 10)), 12) AS round_trip_years, 10 AS expected;

-- NULL in, NULL out
SELECT gpumkt_cagr(NULL, 87.5, 10) IS NULL AS n1, gpumkt_project(18.2, NULL, 10) IS NULL AS n2,
       gpumkt_years_to(1, 2, NULL::numeric) IS NULL AS n3,
       gpumkt_interpolate(NULL::float8, 1, 2, 3, 4) IS NULL AS n4;

-- error: start_value must be positive
SELECT gpumkt_cagr(0, 87.5, 10);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(-1::float8, 87.5, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: end_value must be positive
SELECT gpumkt_cagr(18.2, 0, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: zero years
SELECT gpumkt_cagr(18.2, 87.5, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(18.2::float8, 87.5, -0.0);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN and infinities, float8 and numeric
SELECT gpumkt_cagr('NaN'::float8, 87.5, 10);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(18.2, 'Infinity'::numeric, 10);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_project(18.2, 0.17, '-Infinity'::float8);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_interpolate(2025, 18.2, 2035, 87.5, 'NaN'::numeric);
\echo :LAST_ERROR_SQLSTATE
-- error: overflow (22003), float8 and numeric
SELECT gpumkt_cagr(1e-300::float8, 1e300, 1e-300);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_project(1e300::float8, 1, 10000);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_project(1e300, 1, 1000000);
\echo :LAST_ERROR_SQLSTATE
-- error: underflow of a non-zero value (22003)
SELECT gpumkt_project(1e-300::float8, -0.99, 1000);
\echo :LAST_ERROR_SQLSTATE
-- error: rate at or below -100 %
SELECT gpumkt_project(18.2, -1, 10);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_years_to(18.2::float8, 10, -1.5);
\echo :LAST_ERROR_SQLSTATE
-- error: a target never reached at rate 0
SELECT gpumkt_years_to(18.2, 87.5, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_years_to(18.2::float8, 87.5, 0);
\echo :LAST_ERROR_SQLSTATE
-- error: non-positive start or target
SELECT gpumkt_years_to(0, 87.5, 0.17);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_years_to(18.2::float8, -87.5, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: interpolation through a non-positive value, or two anchors in one year
SELECT gpumkt_interpolate(2025, 0, 2035, 87.5, 2030);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_interpolate(2025::float8, 18.2, 2035, -87.5, 2030);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_interpolate(2025, 18.2, 2025, 87.5, 2030);
\echo :LAST_ERROR_SQLSTATE
