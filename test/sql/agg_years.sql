-- agg_years: the year of gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth
-- may be a smallint, integer, bigint or numeric whole year, a date, a
-- timestamp or a timestamptz (issue 8, item 14).  2.0 declares three forms,
-- integer, double precision and timestamptz; the other types reach them by
-- PostgreSQL's implicit casts.  Whole years give the same summary, digit
-- for digit, whatever their type; numeric and double precision years must
-- be whole (22023) and every whole year must lie in the range of integer
-- (22003), as integer years do.  Timestamps count as fractional years as
-- dates do: 2000 + days since 2000-01-01 00:00 UTC / 365.25, a date or a
-- timestamp as written, whatever the session's time zone (pg_regress runs
-- in PST8PDT).

CREATE TEMP TABLE yearly AS
SELECT y AS year, (100 * 1.1 ^ (y - 2020) * (1 + (y % 3) / 50.0))::float8 AS v FROM generate_series(2020, 2026) y;
-- the same summary from every whole-year type (expect one distinct text each)
SELECT count(DISTINCT g) AS distinct_summaries, count(DISTINCT c) AS distinct_cagrs, count(DISTINCT f) AS distinct_fits
FROM (SELECT gpumkt_growth(year, v)::text AS g, gpumkt_cagr(year, v) AS c, gpumkt_fit_rate(year, v) AS f FROM yearly
      UNION ALL SELECT gpumkt_growth(year::smallint, v)::text, gpumkt_cagr(year::smallint, v), gpumkt_fit_rate(year::smallint, v) FROM yearly
      UNION ALL SELECT gpumkt_growth(year::bigint, v)::text, gpumkt_cagr(year::bigint, v), gpumkt_fit_rate(year::bigint, v) FROM yearly
      UNION ALL SELECT gpumkt_growth(year::numeric, v)::text, gpumkt_cagr(year::numeric, v), gpumkt_fit_rate(year::numeric, v) FROM yearly
      UNION ALL SELECT gpumkt_growth(year + 0.000::numeric, v)::text, gpumkt_cagr(year * 1.0, v), gpumkt_fit_rate(year * 1.00, v) FROM yearly) s;
-- a smallint column resolves to an aggregate without ambiguity, and the year of a date as
-- extract() gives it (numeric) is a whole year
CREATE TEMP TABLE small_years AS SELECT year::smallint AS year, v FROM yearly;
SELECT round(gpumkt_cagr(year, v)::numeric, 12) AS smallint_cagr FROM small_years;
SELECT round(gpumkt_cagr(extract(year FROM make_date(year, 6, 30)), v)::numeric, 12) AS extract_cagr FROM yearly;
-- check by hand: 2020 is 100 x 1.02 (2020 % 3 = 1), 2026 is 100 x 1.1^6 x 1.02
-- (2026 % 3 = 1): CAGR 0.1 exactly
-- error: a numeric year with a fraction, named, with a hint
SELECT gpumkt_cagr(y, 1.0) FROM (VALUES (2020::numeric), (2020.5)) t(y);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_fit_rate(y, 1.0) FROM (VALUES (2020.25::numeric)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN and infinite numeric years
SELECT gpumkt_growth(y, 1.0) FROM (VALUES ('NaN'::numeric)) t(y);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(y, 1.0) FROM (VALUES ('-Infinity'::numeric)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- error: whole years outside the range of integer (22003), bigint and numeric
SELECT gpumkt_cagr(y, 1.0) FROM (VALUES (2147483648::bigint)) t(y);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_growth(y, 1.0) FROM (VALUES ('-9223372036854775808'::bigint)) t(y);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_fit_rate(y, 1.0) FROM (VALUES (1e30::numeric)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- the ends of the range are years like any other
SELECT gpumkt_first_year(gpumkt_growth(y, 1.0)) AS first, gpumkt_last_year(gpumkt_growth(y, 1.0)) AS last
FROM (VALUES (-2147483648::bigint), (2147483647)) t(y);
-- as moving windows too: a frame of one year is NULL
SELECT k, round(gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS 1 PRECEDING)::numeric, 12) AS bigint_years,
       round(gpumkt_fit_rate(y::numeric, v) OVER (ORDER BY k ROWS 1 PRECEDING)::numeric, 12) AS numeric_years
FROM (VALUES (1, 2020::bigint, 100::float8), (2, 2021, 110), (3, 2021, 120), (4, 2023, 145.2)) t(k, y, v) ORDER BY k;
-- check by hand: 2: 110 / 100 - 1 = 0.1; 3: one year, NULL; 4: (145.2 / 120)^(1/2) - 1 = 0.1

-- timestamps: midnight is its date, to the last digit
SELECT gpumkt_growth(d::timestamp, v)::text = gpumkt_growth(d, v)::text AS timestamp_is_date,
       gpumkt_growth(d::timestamp AT TIME ZONE 'UTC', v)::text = gpumkt_growth(d, v)::text AS timestamptz_is_date
FROM (VALUES (date '2020-01-01', 100::float8), (date '2021-07-01', 113), (date '2023-02-28', 130)) t(d, v);
-- 100 at 2020-01-01 00:00 to 121 at 2022-01-01 12:00 UTC is 731.5 days:
-- (121 / 100)^(365.25 / 731.5) - 1 = 0.099856685758 (40-digit decimals),
-- whatever the session's time zone for a timestamptz
SET TimeZone = 'America/New_York';
SELECT round(gpumkt_cagr(t, v)::numeric, 12) AS by_timestamp,
       round(gpumkt_cagr(t AT TIME ZONE 'UTC', v)::numeric, 12) AS by_timestamptz,
       round(gpumkt_fit_rate(t AT TIME ZONE 'UTC', v)::numeric, 12) AS fit_by_timestamptz, 0.099856685758 AS expected
FROM (VALUES (timestamp '2020-01-01 00:00', 100::float8), (timestamp '2022-01-01 12:00', 121)) s(t, v);
-- the fitted value on 2021-01-01 (366 days in): 100 x 1.21^(366 / 731.5) = 110.007166412366
SELECT round(gpumkt_value_at(g, timestamp '2021-01-01')::numeric, 9) AS at_timestamp,
       round(gpumkt_value_at(g, timestamptz '2021-01-01 00:00+00')::numeric, 9) AS at_timestamptz,
       round(gpumkt_value_at(g, date '2021-01-01')::numeric, 9) AS at_date, 110.007166412 AS expected
FROM (SELECT gpumkt_growth(t, v) AS g
      FROM (VALUES (timestamp '2020-01-01 00:00', 100::float8), (timestamp '2022-01-01 12:00', 121)) s(t, v)) x;
RESET TimeZone;
-- as a window over timestamps each frame is computed afresh (the moving
-- mode's inverse declines: timestamps have no exact x), to the last digit
CREATE TEMP TABLE stamps AS
SELECT timestamp '2020-01-01' + k * interval '7 days 5 hours' AS t, 100 * exp(0.1 * k / 52) + (k % 7) / 10.0 AS v
FROM generate_series(1, 200) k;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m IS NOT DISTINCT FROM r) AS equal_to_recomputed
FROM (SELECT gpumkt_fit_rate(t, v) OVER (ORDER BY t ROWS 3 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.t, b.v) FROM stamps b WHERE b.t BETWEEN a.t - interval '22 days' AND a.t) AS r
      FROM stamps a) s;
-- the same over timestamptz values (2.0: the timestamptz form's moving mode)
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m IS NOT DISTINCT FROM r) AS equal_to_recomputed
FROM (SELECT gpumkt_fit_rate(t AT TIME ZONE 'UTC', v) OVER (ORDER BY t ROWS 3 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.t AT TIME ZONE 'UTC', b.v) FROM stamps b WHERE b.t BETWEEN a.t - interval '22 days' AND a.t) AS r
      FROM stamps a) s;
-- error: infinite timestamps, named
SELECT gpumkt_cagr(t, 1.0) FROM (VALUES (timestamp 'infinity')) s(t);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_value_at(gpumkt_growth(2020, 1.0), timestamptz '-infinity');
\echo :LAST_ERROR_SQLSTATE

-- 2.0: a double precision year must be whole, finite and within integer
-- error: a fraction (22023), as a numeric year's in 1.4
SELECT gpumkt_cagr(y, 1.0) FROM (VALUES (2020::float8), (2020.5)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN and infinity (22023)
SELECT gpumkt_fit_rate(y, 1.0) FROM (VALUES ('NaN'::float8)) t(y);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_growth(y, 1.0) FROM (VALUES ('Infinity'::float8)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- error: beyond integer (22003)
SELECT gpumkt_cagr(y, 1.0) FROM (VALUES (2147483648::float8)) t(y);
\echo :LAST_ERROR_SQLSTATE
-- a whole double precision year is an integer year, digit for digit
SELECT gpumkt_growth(year::float8, v)::text = gpumkt_growth(year, v)::text AS float8_is_integer FROM yearly;

-- Dates and timestamps through the implicit cast to timestamptz, in the
-- regression's time zone (PST8PDT: midnight of 2023-07-02 is 07:00 UTC,
-- of 2020-01-01 08:00 UTC).  1.4 read a date as its day: 2000 + days since
-- 2000-01-01 / 365.25; the numbers beside are that rule in numeric.
SELECT (date '2020-01-01')::timestamptz AT TIME ZONE 'UTC' AS jan_midnight_in_utc,
       (date '2023-07-02')::timestamptz AT TIME ZONE 'UTC' AS jul_midnight_in_utc;
CREATE TEMP TABLE days AS
SELECT * FROM (VALUES (date '2020-01-01', 100::float8), (date '2021-03-15', 118), (date '2023-07-02', 150)) t(d, v);
SELECT round(gpumkt_cagr(d, v)::numeric, 12) AS date_cagr,
       round(power(1.5, 365.25 / (date '2023-07-02' - date '2020-01-01')) - 1, 12) AS expected,
       round(gpumkt_first_year(gpumkt_growth(d, v))::numeric, 9) AS first_year,
       round(2000 + (date '2020-01-01' - date '2000-01-01') / 365.25, 9) AS expected_first,
       round(gpumkt_last_year(gpumkt_growth(d, v))::numeric, 9) AS last_year,
       round(2000 + (date '2023-07-02' - date '2000-01-01') / 365.25, 9) AS expected_last
FROM days;
-- a date series' fit: least squares of ln(v) on x = days / 365.25, in numeric beside
WITH p AS (SELECT (d - date '2000-01-01') / 365.25 AS x, ln(v::numeric) AS y FROM days),
     m AS (SELECT avg(x) AS mx, avg(y) AS my FROM p)
SELECT round(gpumkt_fit_rate(d, v)::numeric, 12) AS date_fit,
       (SELECT round(exp(sum((x - mx) * (y - my)) / sum((x - mx) ^ 2)) - 1, 12) FROM p, m) AS expected
FROM days;
-- gpumkt_value_at(summary, date): the date read as its day too
SELECT round(gpumkt_value_at(gpumkt_growth(d, v), date '2022-01-01')::numeric, 9) AS at_date,
       round(gpumkt_value_at(gpumkt_growth(d, v), 2000 + (date '2022-01-01' - date '2000-01-01') / 365.25)::numeric, 9) AS at_its_year
FROM days;
-- a timestamp: its wall-clock time, 2020-01-01 06:00 to 2023-07-02 18:00 is
-- 1278.5 days
SELECT round(gpumkt_cagr(t, v)::numeric, 12) AS timestamp_cagr,
       round(power(1.5, 365.25 / 1278.5) - 1, 12) AS expected
FROM (VALUES (timestamp '2020-01-01 06:00', 100::float8), (timestamp '2023-07-02 18:00', 150)) s(t, v);
-- as a window: the running CAGR (plain mode) and the fit over a sliding
-- frame of two days (moving mode, exact days), each a CAGR between two dates
SELECT d, round((gpumkt_cagr(d, v) OVER (ORDER BY d))::numeric, 12) AS running_cagr,
       round((gpumkt_fit_rate(d, v) OVER (ORDER BY d ROWS 1 PRECEDING))::numeric, 12) AS sliding_fit,
       round(power(v::numeric / lag(v::numeric) OVER (ORDER BY d), 365.25 / (d - lag(d) OVER (ORDER BY d))) - 1, 12) AS expected_sliding
FROM days ORDER BY d;
SELECT round(power(1.18, 365.25 / (date '2021-03-15' - date '2020-01-01')) - 1, 12) AS expected_running_2021,
       round(power(1.5, 365.25 / (date '2023-07-02' - date '2020-01-01')) - 1, 12) AS expected_running_2023;
-- error: two aggregates of one kind over a date and over a timestamp in one
-- window: PostgreSQL does not say which is computed, so gpumkt refuses
-- (0A000) rather than read either in the session's time zone
SELECT gpumkt_cagr(d, v) OVER w, gpumkt_cagr(d::timestamp, v) OVER w FROM days WINDOW w AS (ORDER BY d);
-- over two windows each reads its argument as written: the same CAGRs
SELECT count(*) FILTER (WHERE round(a::numeric, 12) IS DISTINCT FROM round(b::numeric, 12)) AS differ
FROM (SELECT gpumkt_cagr(d, v) OVER (ORDER BY d) AS a,
             gpumkt_cagr(d::timestamp, v) OVER (ORDER BY d ROWS UNBOUNDED PRECEDING) AS b FROM days) x;
