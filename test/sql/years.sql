-- years: the year argument of the forecast functions.  A whole year of any
-- numeric type (the double precision form), or a date or a timestamp (the
-- timestamptz form, a fractional year, 2000 + days since 2000-01-01 /
-- 365.25, as the aggregates count; a date or timestamp is read as written);
-- forecasts are made for the years 1900 to 2200 only, in every function
-- alike, and outside the years the market's figures cover only with
-- extrapolate => true (2.0).  Expected values: 40-digit decimal arithmetic on the
-- report's figures, written next to each call.
SET TimeZone = 'UTC';

-- which form each call resolves to: integer, bigint, numeric, smallint,
-- real and extract() go to double precision, a date and a timestamp to
-- timestamptz (by the implicit casts); an untyped literal or NULL is
-- ambiguous (core's error 42725): type it
EXPLAIN (VERBOSE, COSTS OFF) SELECT gpumkt_forecast('global', 2030), gpumkt_forecast('global', 2030::bigint),
    gpumkt_forecast('global', 2030.0), gpumkt_forecast('global', 2030::smallint), gpumkt_forecast('global', 2030::real),
    gpumkt_forecast('global', extract(year from date '2030-06-01')), gpumkt_forecast('global', date '2030-07-02'),
    gpumkt_forecast('global', localtimestamp), gpumkt_forecast('global', NULL::float8);
SELECT gpumkt_forecast('global', '2030');
\echo :LAST_ERROR_SQLSTATE
-- whole years agree whatever their type: sqrt(18.2 x 87.5) = 39.9061398784698 (15 digits)
SELECT gpumkt_forecast('global', 2030) AS int4, gpumkt_forecast('global', 2030::bigint) AS int8,
       gpumkt_forecast('global', 2030.0) AS numeric, gpumkt_forecast('global', 2030::smallint) AS int2,
       gpumkt_forecast('global', extract(year from date '2030-06-01')) AS extracted,
       gpumkt_forecast('global', NULL::float8) IS NULL AS null_is_null;
-- an anchor year of any type is the anchor itself
SELECT gpumkt_forecast('global', 2035.0) AS expect_87_5, gpumkt_forecast('US', 2024::bigint) AS expect_6_01;

-- a date is a point in the year: 2030-07-02 is day 11140 after 2000-01-01,
-- 2030.4996577686516 = 18.2 x (87.5/18.2)^(0.54996577686516) = 43.163158371963
SELECT round(gpumkt_forecast('global', date '2030-07-02'), 12) AS global_mid_2030, 43.163158371963 AS expected;
-- the same day as a timestamp (without time zone) and as a timestamptz at
-- midnight UTC; noon is half a day later: 43.172437334096
SELECT round(gpumkt_forecast('global', timestamp '2030-07-02 00:00'), 12) AS as_timestamp,
       round(gpumkt_forecast('global', timestamptz '2030-07-02 00:00+00'), 12) AS midnight,
       round(gpumkt_forecast('global', timestamptz '2030-07-02 12:00+00'), 12) AS noon, 43.172437334096 AS expected_noon;
-- a timestamp counts in UTC, as the aggregates count it, whatever the
-- session's time zone: 2030-07-01 22:00 UTC (midnight in Paris) is two hours
-- before the day above, 2000 + (11140 - 2/24) / 365.25 as the year:
-- 18.2 x (87.5/18.2)^((year - 2025)/10) = 43.161612072177 (python3)
SET TimeZone = 'Europe/Paris';
SELECT round(gpumkt_forecast('global', timestamptz '2030-07-02 00:00+02'), 12) AS midnight_in_paris, 43.161612072177 AS expected;
SET TimeZone = 'Pacific/Kiritimati';
SELECT round(gpumkt_forecast('global', timestamptz '2030-07-02 00:00+02'), 12) AS same_in_kiritimati, 43.161612072177 AS expected;
SET TimeZone = 'UTC';
-- share of parent at a date: 0.365 x 43.163158371963 = 15.754552805767
SELECT round(gpumkt_forecast('north_america', date '2030-07-02'), 12) AS na_mid_2030, 15.754552805767 AS expected;
-- 2025-01-01 is not the anchor year 2025 but 2025.0020533880903: 18.205869108967
SELECT round(gpumkt_try_forecast('global', date '2025-01-01'), 12) AS new_year_2025, 18.205869108967 AS expected;
-- explain at a date shows the fractional year
SELECT step, region, year, round(value, 12) AS value, basis, method FROM gpumkt_explain('north_america', date '2030-07-02');

-- the ends of the range are forecast, with extrapolate => true:
-- 1900 = 18.2 / 1.17^125 = 5.4555516240805e-8, 2200 = 87.5 x 1.17^165 = 15583867289239.6
SELECT gpumkt_forecast('global', 1900, extrapolate => true) AS y1900,
       gpumkt_forecast('global', 2200, extrapolate => true) AS y2200,
       gpumkt_forecast('global', date '1900-01-01', extrapolate => true) > 0 AS first_day,
       gpumkt_forecast('global', date '2200-12-31', extrapolate => true) > 0 AS last_day;

-- error: outside 1900..2200, in every type (22023, naming the argument)
SELECT gpumkt_forecast('global', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 1899);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 2201::bigint);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 'NaN'::float8);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', date '1899-12-31');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 'infinity'::date);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', timestamptz '2201-01-01 00:00+00');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', timestamptz '294000-01-01 00:00+00');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', date '4000-01-01 BC');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 'infinity'::timestamptz);
\echo :LAST_ERROR_SQLSTATE
-- 'epoch' is 1970-01-01, 2000 - 10957 / 365.25 = 1970.0013689253936,
-- 18.2 x 1.17^(1970.0013689253936 - 2025) = 0.003235507
SELECT round(gpumkt_forecast('global', 'epoch'::date, extrapolate => true), 9) AS epoch;
-- error: a number that is not a whole year (22023); text that is no date (22007, core's)
SELECT gpumkt_forecast('global', 2030.5);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast('global', 'next year'::timestamptz);
\echo :LAST_ERROR_SQLSTATE

-- the same years in every function (each was computed, or 1, before)
-- error: try_forecast (22023, not NULL)
SELECT gpumkt_try_forecast('global', 0);
\echo :LAST_ERROR_SQLSTATE
-- error: region_share of the top region (22023, not 1)
SELECT gpumkt_region_share('global', 99999);
\echo :LAST_ERROR_SQLSTATE
-- error: a segment
SELECT gpumkt_forecast('global', 2500, 'deployment', 'public_cloud');
\echo :LAST_ERROR_SQLSTATE
-- error: explain
SELECT * FROM gpumkt_explain('global', 1000);
\echo :LAST_ERROR_SQLSTATE
-- error: series, naming from_year or to_year
SELECT * FROM gpumkt_series('global', 1899, 1901);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM gpumkt_series('global', 2199, 2201);
\echo :LAST_ERROR_SQLSTATE
-- series takes whole years of any numeric type; 2036 is outside the
-- years the figures cover: no value, and with extrapolate 87.5 x 1.17 = 102.375
SELECT year, value, basis FROM gpumkt_series('global', extract(year from date '2035-03-01'), 2036::bigint);
SELECT year, value, basis FROM gpumkt_series('global', 2035, 2036, extrapolate => true);

-- the top region's share is 1 where it has a forecast, and no figure where it has none (02000)
INSERT INTO gpumkt_markets (market, name) VALUES ('empty', 'No figures');
SELECT gpumkt_region_share('global', 2030) AS shipped_top;
-- error: no figure for the top region
SELECT gpumkt_region_share('global', 2030, 'empty');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_markets WHERE market = 'empty';
RESET TimeZone;

-- a domain over date or over timestamp is read as its base type, as
-- written, whatever the session's time zone (as 1.4's date and timestamp
-- forms read it).  2026-07-01 is day 9678 after 2000-01-01: the year
-- 2000 + 9678/365.25 = 2026.4969199178645, and the US 6.01 x 1.1542^(year
-- - 2024) = 8.5977599639057; from 2025-01-01 (100) to 2027-07-01 (130),
-- 911 days: 1.3^(365.25/911) - 1 = 0.1109222234
SET TimeZone = 'America/New_York';
CREATE DOMAIN years_day AS date;
CREATE DOMAIN years_moment AS timestamp;
SELECT round(gpumkt_forecast('US', '2026-07-01'::years_day), 13) AS domain_date,
       round(gpumkt_forecast('US', '2026-07-01 00:00'::years_moment), 13) AS domain_timestamp;
SELECT round(gpumkt_cagr(d, v)::numeric, 10) AS domain_date_cagr
FROM (VALUES ('2025-01-01'::years_day, 100::float8), ('2027-07-01'::years_day, 130)) AS t (d, v);
DROP DOMAIN years_day;
DROP DOMAIN years_moment;
RESET TimeZone;
