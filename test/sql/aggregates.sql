-- aggregates: gpumkt_cagr(year, value), gpumkt_fit_rate(year, value),
-- gpumkt_share, gpumkt_hhi, over users' rows.  Expected values are computed
-- independently (Python, 40-digit decimals or a direct least-squares sum)
-- and written next to each query.

-- three regions growing 10 % a year from 10, 20 and 30 in 2020 to 2025
CREATE TABLE sales AS
    SELECT 'r' || r AS region, y AS year, (10 * r * 1.1 ^ (y - 2020))::float8 AS value
    FROM generate_series(1, 3) r, generate_series(2020, 2025) y;
-- the CAGR of the total, straight from region x year rows: 0.1
SELECT round(gpumkt_cagr(year, value)::numeric, 12) AS total_cagr, 0.1 AS expected FROM sales;
-- and per region
SELECT region, round(gpumkt_cagr(year, value)::numeric, 12) AS cagr, round(gpumkt_fit_rate(year, value)::numeric, 12) AS fit
FROM sales GROUP BY region ORDER BY region;

-- a market growing by a straight line: 100, 110, ..., 150 from 2020 to 2025
CREATE TABLE linear AS SELECT y AS year, (100 + 10 * (y - 2020))::float8 AS value FROM generate_series(2020, 2025) y;
-- endpoints: (150/100)^(1/5) - 1 = 0.084471771198; the log-linear fit: 0.084242465666 (LOGEST m - 1)
SELECT round(gpumkt_cagr(year, value)::numeric, 12) AS cagr, 0.084471771198 AS expected_cagr,
       round(gpumkt_fit_rate(year, value)::numeric, 12) AS fit_rate, 0.084242465666 AS expected_fit
FROM linear;
-- the same as PostgreSQL's own regression of ln(value) on year
SELECT round((gpumkt_fit_rate(year, value) - (exp(regr_slope(ln(value), year)) - 1))::numeric, 14) AS difference
FROM linear;

-- edge cases, each NULL: empty group, all NULL, one row, one distinct year
SELECT gpumkt_cagr(year, value) AS empty FROM linear WHERE false;
SELECT gpumkt_cagr(NULL::integer, NULL::float8) AS all_null FROM generate_series(1, 3);
SELECT gpumkt_cagr(2020, 5.0) AS one_row, gpumkt_fit_rate(2020, 5.0) AS one_row_fit;
SELECT gpumkt_cagr(2020, g::float8) AS one_year, gpumkt_fit_rate(2020, g::float8) AS one_year_fit FROM generate_series(1, 3) g;
-- NULL rows are skipped: the answer is that of the other rows
SELECT round(gpumkt_cagr(year, value)::numeric, 12) AS with_nulls, 0.084471771198 AS expected
FROM (SELECT year, value FROM linear UNION ALL SELECT NULL, 5 UNION ALL SELECT 2030, NULL) t;
-- values of one year are summed first: (5 + 5) in 2020 to 11 in 2021 is 10 %
SELECT round(gpumkt_cagr(y, v)::numeric, 12) AS summed_first, 0.1 AS expected
FROM (VALUES (2020, 5.0::float8), (2021, 11.0), (2020, 5.0)) t(y, v);
-- order does not matter
SELECT round(gpumkt_cagr(year, value ORDER BY year DESC)::numeric, 12) AS descending,
       round(gpumkt_cagr(year, value ORDER BY value::integer % 7, year)::numeric, 12) AS shuffled FROM linear;
-- a negative value in a middle year is no concern of the endpoints
SELECT round(gpumkt_cagr(y, v)::numeric, 12) AS middle_negative, 0.1 AS expected
FROM (VALUES (2020, 100.0::float8), (2021, -5.0), (2022, 121.0)) t(y, v);
-- dates: 100 on 2020-01-01 to 121 on 2022-01-01 (731 days = 2.0014 years of 365.25 days):
-- (121/100)^(365.25/731) - 1 = 0.099928291532
SELECT round(gpumkt_cagr(d, v)::numeric, 12) AS by_date, 0.099928291532 AS expected
FROM (VALUES ('2020-01-01'::date, 100.0::float8), ('2022-01-01', 121.0)) t(d, v);
SELECT round(gpumkt_fit_rate(d, v)::numeric, 12) AS fit_by_date, 0.099928291532 AS expected
FROM (VALUES ('2020-01-01'::date, 100.0::float8), ('2022-01-01', 121.0)) t(d, v);

-- error: a first-year total that is not above zero, named
SELECT gpumkt_cagr(y, v) FROM (VALUES (2020, 5.0::float8), (2020, -5.0), (2021, 11.0)) t(y, v);
\echo :LAST_ERROR_SQLSTATE
-- error: nor the last year's
SELECT gpumkt_cagr(y, v) FROM (VALUES (2020, 5.0::float8), (2021, 0.0)) t(y, v);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN and infinities, named with their year
SELECT gpumkt_cagr(y, v) FROM (VALUES (2020, 5.0::float8), (2021, 'NaN')) t(y, v);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_fit_rate(y, v) FROM (VALUES (2020, 5.0::float8), (2021, 'Infinity')) t(y, v);
\echo :LAST_ERROR_SQLSTATE
-- error: the fit needs positive values
SELECT gpumkt_fit_rate(y, v) FROM (VALUES (2020, 5.0::float8), (2021, 0.0)) t(y, v);
\echo :LAST_ERROR_SQLSTATE
-- error: infinite dates
SELECT gpumkt_cagr(d, 1.0) FROM (VALUES ('infinity'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE

-- share: 50 + 20 of 100 = 0.7; over any grouping
SELECT gpumkt_share(v, p) AS share, 0.7 AS expected
FROM (VALUES (50.0::float8, true), (30.0, false), (20.0, true)) t(v, p);
SELECT region, round(gpumkt_share(value, year = 2025)::numeric, 12) AS share_of_2025
FROM sales GROUP BY region ORDER BY region;
-- NULL values are skipped; a NULL is_part counts in the whole only: 50 / (50 + 30 + 20) = 0.5
SELECT gpumkt_share(v, p) AS share, 0.5 AS expected
FROM (VALUES (50.0::float8, true), (30.0, NULL), (20.0, false), (NULL, true)) t(v, p);
SELECT gpumkt_share(v, true) AS empty FROM (VALUES (1.0::float8)) t(v) WHERE false;
-- error: a whole of zero
SELECT gpumkt_share(v, true) FROM (VALUES (0.0::float8), (0.0)) t(v);
\echo :LAST_ERROR_SQLSTATE
-- error: a value below zero (a share is of sizes, as the HHI's are)
SELECT gpumkt_share(v, true) FROM (VALUES (5.0::float8), (-5.0)) t(v);
\echo :LAST_ERROR_SQLSTATE

-- HHI: 50, 30, 20 gives 10,000 x (0.25 + 0.09 + 0.04) = 3,800; one firm 10,000; four equal 2,500
SELECT gpumkt_hhi(v) AS hhi, 3800 AS expected FROM (VALUES (50.0::float8), (30.0), (20.0)) t(v);
SELECT gpumkt_hhi(7.0) AS monopoly, gpumkt_hhi(v) AS four_equal FROM (VALUES (1.0::float8), (1.0), (1.0), (1.0)) t(v);
SELECT gpumkt_hhi(v) AS empty FROM (VALUES (1.0::float8)) t(v) WHERE false;
-- error: sizes below zero, or all zero
SELECT gpumkt_hhi(v) FROM (VALUES (5.0::float8), (-1.0)) t(v);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi(v) FROM (VALUES (0.0::float8), (0.0)) t(v);
\echo :LAST_ERROR_SQLSTATE

-- as window functions over a sliding frame (moving-aggregate mode):
-- rolling 3-year fit and rolling share, against the same computed frame by frame
SELECT year, round(gpumkt_fit_rate(year, value) OVER w::numeric, 12) AS rolling_fit,
       round((SELECT gpumkt_fit_rate(l.year, l.value) FROM linear l
              WHERE l.year BETWEEN o.year - 2 AND o.year)::numeric, 12) AS recomputed,
       round(gpumkt_share(value, year % 2 = 0) OVER w::numeric, 12) AS rolling_even_share
FROM linear o
WINDOW w AS (ORDER BY year ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY year;
-- check by hand: 2022 fit over 100, 110, 120: exp((ln 120 - ln 100) / 2) - 1 = 0.095445115010;
-- even share in 2022: (100 + 120) / 330 = 0.666666666667
SELECT year, gpumkt_hhi(value) OVER (ORDER BY year ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS rolling_hhi
FROM linear ORDER BY year LIMIT 2;
-- check by hand: 2021: 10,000 x (100^2 + 110^2) / 210^2 = 5011.337868

-- many groups with a tiny work_mem: hash aggregation spills, and gives what sorting gives
CREATE TABLE many AS
    SELECT g % 20000 AS k, 2000 + g % 7 AS year, (1 + g % 13)::float8 AS value
    FROM generate_series(1, 140000) g;
SET work_mem = '64kB';
SET enable_sort = off;
CREATE TEMP TABLE by_hash AS SELECT k, gpumkt_cagr(year, value) AS c, gpumkt_fit_rate(year, value) AS f FROM many GROUP BY k;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TEMP TABLE by_sort AS SELECT k, gpumkt_cagr(year, value) AS c, gpumkt_fit_rate(year, value) AS f FROM many GROUP BY k;
RESET enable_hashagg;
RESET work_mem;
SELECT count(*) AS groups, count(*) FILTER (WHERE h.c = s.c) AS same_cagr,
       count(*) FILTER (WHERE abs(h.f - s.f) <= 1e-12 * abs(s.f) + 1e-15) AS same_fit
FROM by_hash h JOIN by_sort s USING (k);
DROP TABLE many;

-- the date form as a window function too: values every 30 days growing 1 % a
-- step, over a rolling frame of 12 steps
SELECT round(min(f)::numeric, 6) AS min_rolling, round(max(f)::numeric, 6) AS max_rolling
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY d ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS f,
             row_number() OVER (ORDER BY d) AS i
      FROM (SELECT ('2020-01-01'::date + (k * 30)) AS d, 100 * 1.01 ^ k AS v
            FROM generate_series(0, 35) k) m) w
WHERE i >= 12;
-- check by hand: days step by 30, so the annual rate is 1.01^(365.25/30) - 1 = 0.128789

-- found in review, kept as regressions
-- a support function called with no state answers NULL
SELECT gpumkt_share_trans(NULL, 1, true) IS NULL AS no_state, gpumkt_share_inv(NULL, 1, true) IS NULL AS no_state_inv;
-- error: and with a state of the wrong shape, says so
SELECT gpumkt_share_trans('{1,2}', 1, true);
\echo :LAST_ERROR_SQLSTATE
-- a moving fit whose frame starts with a NULL row: the NULL is skipped
SELECT y, round(gpumkt_fit_rate(y, v) OVER (ORDER BY y ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)::numeric, 12) AS fit
FROM (VALUES (2020, NULL::float8), (2021, 2.0), (2022, 4.0)) t(y, v) ORDER BY y;
-- moving share and HHI stay right next to a huge value: frames of three rows after
-- 1e16 leaves are 2/3, 1/3, 2/3, 1/3 (share) and 3333.333 (HHI of three equal sizes)
SELECT i, round(gpumkt_share(v, i % 2 = 0) OVER w::numeric, 9) AS share,
       round(gpumkt_hhi(v) OVER w::numeric, 3) AS hhi
FROM (SELECT i, CASE WHEN i < 1 THEN 1e16 ELSE 1 END::float8 AS v FROM generate_series(0, 6) i) q
WINDOW w AS (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY i;
-- a moving fit over days keeps its digits: 10 % a year, daily, any 7-day frame gives 0.1
SELECT round(min(f)::numeric, 10) AS min_fit, round(max(f)::numeric, 10) AS max_fit
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS f,
             row_number() OVER (ORDER BY d) AS i
      FROM (SELECT '2020-01-01'::date + k AS d, exp(ln(1.1) * k / 365.25) AS v
            FROM generate_series(0, 400) k) s) w
WHERE i >= 7;
-- a constant series: no growth, and a perfect fit
SELECT gpumkt_fit_rate(y, 3.3) AS fit, gpumkt_r2(gpumkt_growth(y, 3.3)) AS r2 FROM generate_series(2001, 2013) y;
-- error: sums that leave double precision are 22003, not NaN or Infinity
SELECT gpumkt_share(v, true) FROM (VALUES (1e308::float8), (1e308)) t(v);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_growth(y, v) FROM (VALUES (2020, 1e308::float8), (2020, 1e308), (2021, 1)) t(y, v);
\echo :LAST_ERROR_SQLSTATE
-- error: the growth aggregates' support functions change their state in place, so only an aggregate may call them (0A000)
SELECT gpumkt_cagr_trans(NULL, 2020, 1.0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_growth_combine(g, g) FROM (SELECT gpumkt_growth(2020, 1.0) AS g) s;
\echo :LAST_ERROR_SQLSTATE
