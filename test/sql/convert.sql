-- convert: gpumkt_convert over the users' tables gpumkt_exchange_rates and
-- gpumkt_price_indices.  The rates and indices below are INVENTED test
-- fixtures (round numbers, not real rates); expected values by independent
-- arithmetic, written next to each query.
SET extra_float_digits = 0;
\set SHOW_CONTEXT never
BEGIN;
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd, source) VALUES
    ('EUR', 2025, 0.8, 'invented test fixture'),
    ('JPY', 2025, 150, 'invented test fixture');
INSERT INTO gpumkt_price_indices (currency, year, index, source) VALUES
    ('USD', 2020, 100, 'invented test fixture'),
    ('USD', 2025, 125, 'invented test fixture'),
    ('EUR', 2020, 90, 'invented test fixture'),
    ('EUR', 2025, 100, 'invented test fixture');

-- units only: 25,000 USD million = 25 USD billion; USD to USD needs no rate,
-- in any year
SELECT gpumkt_convert(25000, 2030, 'USD', 'USD', 'million', 'billion') AS expect_25,
       gpumkt_convert(2.5, 1950, 'USD', 'USD', 'trillion', 'thousand') AS expect_2500000000,
       gpumkt_convert(7, 2025, 'EUR', 'EUR', 'Billion', 'MILLION') AS expect_7000;
-- through the dollar: 100 EUR / 0.8 = 125 USD; 125 USD x 0.8 = 100 EUR;
-- 1 EUR billion = 1000 EUR million / 0.8 x 150 = 187,500 JPY million
SELECT gpumkt_convert(100, 2025, 'EUR', 'USD') AS expect_125,
       gpumkt_convert(125, 2025, 'USD', 'EUR') AS expect_100,
       gpumkt_convert(1, 2025, 'eur', 'jpy', 'billion', 'million') AS expect_187500;
-- real terms, in the target currency's prices of the base year:
-- 125 USD of 2025 in 2020 dollars = 125 x 100 / 125 = 100;
-- 100 EUR of 2025 in 2020 dollars = 125 x 100 / 125 = 100;
-- 125 USD of 2025 in 2020 euros = 100 EUR x 90 / 100 = 90;
-- the base year itself needs no index of the year
SELECT gpumkt_convert(125, 2025, 'USD', 'USD', real_base_year => 2020) AS expect_100,
       gpumkt_convert(100, 2025, 'EUR', 'USD', real_base_year => 2020) AS expect_100,
       gpumkt_convert(125, 2025, 'USD', 'EUR', real_base_year => 2020) AS expect_90,
       gpumkt_convert(125, 2025, 'USD', 'USD', real_base_year => 2025) AS expect_125;
-- a rate or an index applied gives 15 significant digits, as the
-- forecasts do (2.0, issue 20): 10 JPY / 150 = 0.0666... USD, to 15 digits
-- 0.0666666666666667; 1 USD x 100 / 125 x 3 = 2.4 exactly; a change of unit
-- alone moves the point and keeps every digit
SELECT gpumkt_convert(10, 2025, 'JPY', 'USD') AS expect_0_0666666666666667,
       gpumkt_convert(3, 2025, 'USD', 'USD', real_base_year => 2020) AS expect_2_4,
       gpumkt_convert(1.23456789012345678901, 2025, 'USD', 'USD', 'billion', 'million') AS expect_1234_56789012345678901;
-- the two forms (2.0): a numeric value gives numeric, a double precision
-- value double precision, and an integer or bigint value double precision
-- too (PostgreSQL's preferred implicit cast, as for power(2, 3));
-- 16.5 USD billion = 16,500 USD million
SELECT count(*) AS convert_forms FROM pg_proc WHERE proname = 'gpumkt_convert';
SELECT pg_typeof(gpumkt_convert(1, 2025, 'USD', 'USD')) AS integer_form,
       pg_typeof(gpumkt_convert(1::bigint, 2025, 'USD', 'USD')) AS bigint_form,
       pg_typeof(gpumkt_convert(1.5, 2025, 'USD', 'USD')) AS numeric_form,
       gpumkt_convert(16.5::float8, 2025, 'USD', 'USD', 'billion', 'million') AS float8_expect_16500,
       pg_typeof(gpumkt_convert(16.5::float8, 2025, 'USD', 'USD')) AS float8_form,
       gpumkt_convert(25000, 2030, 'USD', 'USD', 'million', 'billion') AS integer_expect_25,
       gpumkt_convert(25000::numeric, 2030, 'USD', 'USD', to_unit => 'billion', from_unit => 'million') AS named_expect_25;
-- NULL in: NULL out; no base year: nominal
SELECT gpumkt_convert(NULL::numeric, 2025, 'EUR', 'USD') IS NULL AS null_value,
       gpumkt_convert(100, NULL, 'EUR', 'USD') IS NULL AS null_year,
       gpumkt_convert(100, 2025, 'EUR', NULL) IS NULL AS null_currency,
       gpumkt_convert(100, 2025, 'EUR', 'USD', real_base_year => NULL) AS nominal_expect_125;
SELECT gpumkt_unit_factor('unit') AS u, gpumkt_unit_factor('thousand') AS k, gpumkt_unit_factor('million') AS m,
       gpumkt_unit_factor('billion') AS b, gpumkt_unit_factor('trillion') AS t;

\set VERBOSITY default
-- error: no rate of EUR in 2031 (02000), the hint names the row to add
SAVEPOINT s;
SELECT gpumkt_convert(100, 2031, 'EUR', 'USD');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: no rate of the target currency either (02000)
SELECT gpumkt_convert(100, 2025, 'USD', 'GBP');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: no price index of USD in 2019, the base year (02000)
SELECT gpumkt_convert(100, 2025, 'USD', 'USD', real_base_year => 2019);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: no price index of EUR in 2030, the value's year (02000)
SELECT gpumkt_convert(100, 2030, 'EUR', 'EUR', real_base_year => 2020);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: unrecognized unit (22023), a plural is not a unit
SELECT gpumkt_convert(100, 2025, 'USD', 'USD', 'millions', 'billion');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: to_currency is no three-letter code (22023)
SELECT gpumkt_convert(100, 2025, 'USD', 'euro');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: from_currency is no three-letter code (22023)
SELECT gpumkt_convert(100, 2025, 'US$', 'EUR');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: NaN is no amount (22023)
SELECT gpumkt_convert('NaN'::float8, 2025, 'USD', 'USD');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: a rate of 0, a dollar not worth one dollar, a lower-case code:
-- refused by the tables' checks (23514)
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd) VALUES ('GBP', 2025, 0);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd) VALUES ('USD', 2025, 1.1);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
INSERT INTO gpumkt_price_indices (currency, year, index) VALUES ('usd', 2025, 1);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
ROLLBACK;

-- the tables: readable by everyone, written by their owner's grantees; all
-- their rows are users' and pg_dump writes them all
SELECT c.relname, has_table_privilege('public', c.oid, 'SELECT') AS public_select,
       has_table_privilege('public', c.oid, 'INSERT') AS public_insert, x.cond AS dump_filter
FROM pg_extension e CROSS JOIN LATERAL unnest(e.extconfig, e.extcondition) AS x(cfg, cond)
JOIN pg_class c ON c.oid = x.cfg
WHERE e.extname = 'gpumkt' AND c.relname IN ('gpumkt_exchange_rates', 'gpumkt_price_indices') ORDER BY 1;
SELECT count(*) AS rows_left FROM (SELECT FROM gpumkt_exchange_rates UNION ALL SELECT FROM gpumkt_price_indices) t;

-- issue 17 item 10: the years of every other function (1900..2200), with
-- or without a rate; results within the normal double precision numbers
-- (2.2250738585072014e-308 to 1.7976931348623157e308 in size), so that a
-- nonzero amount never becomes a subnormal number or 0
SELECT gpumkt_convert(1, 1900, 'USD', 'USD') AS expect_1,
       gpumkt_convert(1, 2200, 'USD', 'USD', real_base_year => 2200) AS expect_1_again,
       gpumkt_convert(0, 2025, 'USD', 'USD', 'unit', 'trillion') AS expect_0,
       gpumkt_convert(1, NULL, 'USD', 'USD') IS NULL AS null_year_null,
       -- the smallest normal double: 2.2250738585072014e-296 / 1e12
       gpumkt_convert(2.2250738585072014e-296, 2025, 'USD', 'USD', 'unit', 'trillion')
           = 2.2250738585072014e-308 AS smallest_normal_kept,
       -- the double form reads value with 15 digits (float8 to numeric):
       -- 3e-296 / 1e12 = 3e-308, normal
       gpumkt_convert(3e-296::float8, 2025, 'USD', 'USD', 'unit', 'trillion')
           = 3e-308::float8 AS normal_kept_double;
\set VERBOSITY default
-- error: year -1, 2201 and 1899 (with a rate to find), real_base_year 1899
-- (22023)
SELECT gpumkt_convert(1, -1, 'USD', 'USD');
SELECT gpumkt_convert(1::float8, 2201, 'USD', 'USD');
SELECT gpumkt_convert(1, 1899, 'EUR', 'USD');
SELECT gpumkt_convert(1, 2025, 'USD', 'USD', real_base_year => 1899);
-- error: underflow (22003): 2e-306 / 1e12 = 2e-318 is subnormal as a
-- double, in the numeric form and the double one; 2.2250738585072013e-296
-- / 1e12 is just below the smallest normal double; 1e-995 / 1e12 is below
-- what numeric division keeps (0)
SELECT gpumkt_convert(2e-306, 2025, 'USD', 'USD', 'unit', 'trillion');
SELECT gpumkt_convert(2e-306::float8, 2025, 'USD', 'USD', 'unit', 'trillion');
SELECT gpumkt_convert(2.2250738585072013e-296, 2025, 'USD', 'USD', 'unit', 'trillion');
SELECT gpumkt_convert(1e-995, 2025, 'USD', 'USD', 'unit', 'trillion');
-- error: overflow (22003): 1e300 x 1e12
SELECT gpumkt_convert(1e300, 2025, 'USD', 'USD', 'trillion', 'unit');
SELECT gpumkt_convert(1e300::float8, 2025, 'USD', 'USD', 'trillion', 'unit');
