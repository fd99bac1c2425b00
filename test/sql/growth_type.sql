-- growth_type: the gpumkt_growth summary, two-step: build it with the
-- aggregate gpumkt_growth, store it, roll it up with gpumkt_rollup, read it
-- with the accessors; its text and binary forms.

CREATE TABLE revenue AS
    SELECT 'r' || r AS region, y AS year, (100 * r + 10 * r * (y - 2020))::float8 AS value
    FROM generate_series(1, 3) r, generate_series(2020, 2025) y;
-- per region summaries, stored
CREATE TABLE summaries AS SELECT region, gpumkt_growth(year, value) AS g FROM revenue GROUP BY region;
-- every region grows as 100 r (1 + 0.1 k): CAGR (1.5)^(1/5) - 1 = 0.084471771198, fit 0.084242465666 (as aggregates test)
SELECT region, round(gpumkt_cagr(g)::numeric, 12) AS cagr, round(gpumkt_fit_rate(g)::numeric, 12) AS fit,
       round(gpumkt_r2(g)::numeric, 12) AS r2, gpumkt_first_year(g) AS first, gpumkt_last_year(g) AS last,
       gpumkt_count(g) AS n
FROM summaries ORDER BY region;
-- check by hand: r2 of ln(100 + 10k) on k = 0..5 is 0.996504543515

-- the rollup of the region summaries is the summary of all rows, to the last digit for the endpoints
SELECT gpumkt_cagr(gpumkt_rollup(g)) = (SELECT gpumkt_cagr(year, value) FROM revenue) AS same_cagr,
       gpumkt_count(gpumkt_rollup(g)) AS n,
       abs(gpumkt_fit_rate(gpumkt_rollup(g)) - (SELECT gpumkt_fit_rate(year, value) FROM revenue)) < 1e-15 AS same_fit,
       round(gpumkt_cagr(gpumkt_rollup(g))::numeric, 12) AS total_cagr, 0.084471771198 AS expected
FROM summaries;
-- merged in any order
SELECT count(DISTINCT round(gpumkt_cagr(r)::numeric, 14)) AS distinct_cagrs,
       count(DISTINCT round(gpumkt_fit_rate(r)::numeric, 12)) AS distinct_fits
FROM (SELECT gpumkt_rollup(g ORDER BY region) AS r FROM summaries
      UNION ALL SELECT gpumkt_rollup(g ORDER BY region DESC) FROM summaries
      UNION ALL SELECT gpumkt_rollup(g ORDER BY gpumkt_cagr(g), region) FROM summaries) t;
-- GROWTH: the fitted value of r1 in 2027: exp(a + 7b) of the fit = 178.179726496337
SELECT round(gpumkt_value_at(g, 2027)::numeric, 9) AS r1_2027, 178.179726496 AS expected,
       round(gpumkt_value_at(g, '2027-01-01'::date)::numeric, 9) AS by_date_2027
FROM summaries WHERE region = 'r1';

-- a summary with a value not above zero: the endpoints still answer, the fit refuses
CREATE TEMP TABLE mixed AS SELECT gpumkt_growth(y, v) AS g
    FROM (VALUES (2020, 10.0::float8), (2021, -1.0), (2022, 12.1)) t(y, v);
SELECT round(gpumkt_cagr(g)::numeric, 12) AS cagr, 0.1 AS expected, gpumkt_count(g) AS n FROM mixed;
-- error: the fit needs logarithms
SELECT gpumkt_fit_rate(g) FROM mixed;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_r2(g) FROM mixed;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_value_at(g, 2025) FROM mixed;
\echo :LAST_ERROR_SQLSTATE
-- error: a year that is not a number
SELECT gpumkt_value_at(g, 'NaN'::float8) FROM summaries WHERE region = 'r1';
\echo :LAST_ERROR_SQLSTATE

-- text form: reads back to the same summary, digit for digit
SELECT count(*) AS summaries, count(*) FILTER (WHERE g::text::gpumkt_growth::text = g::text) AS round_trips
FROM summaries;
SELECT g FROM summaries WHERE region = 'r1';
SELECT gpumkt_cagr('(v1,n=2,nonpositive=0,first=2020:100,last=2022:121,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth) AS from_text,
       0.1 AS expected;
-- error: malformed text, each with its offending text (22P02)
SELECT 'garbage'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v2,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0) '::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=-1,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=1,nonpositive=0,first=0:NaN,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=1,nonpositive=0,first=0:1e999,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=2,nonpositive=0,first=2022:1,last=2020:1,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=2,nonpositive=0,first=2020:1,last=2022:1,fit_n=2,sx=0,sy=0,sxx=-1,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE

-- binary form: 104 bytes that read back to the same summary (COPY BINARY out and in)
\set SHOW_CONTEXT never
SELECT length(gpumkt_growth_send(g)) AS bytes FROM summaries WHERE region = 'r1';
CREATE TABLE binary_in (g gpumkt_growth);
CREATE TABLE binary_out (b bytea);
CREATE FUNCTION pg_temp.copy_through(bytes bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE f text := current_setting('data_directory') || '/gpumkt_growth_test.bin';
BEGIN
    TRUNCATE binary_out, binary_in;
    INSERT INTO binary_out VALUES (bytes);
    -- a bytea column copied out in binary is the raw bytes, which COPY reads
    -- back into a gpumkt_growth column through its receive function
    EXECUTE format('COPY binary_out TO %L (FORMAT binary)', f);
    EXECUTE format('COPY binary_in FROM %L (FORMAT binary)', f);
    RETURN (SELECT g::text FROM binary_in);
END $$;
SELECT count(*) AS summaries,
       count(*) FILTER (WHERE pg_temp.copy_through(gpumkt_growth_send(g)) = g::text) AS binary_round_trips
FROM summaries;
-- error: truncated, oversize, and wrong version (22P03)
SELECT pg_temp.copy_through(substring(gpumkt_growth_send(g) FROM 1 FOR 100)) FROM summaries WHERE region = 'r1';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_through(gpumkt_growth_send(g) || '\x00'::bytea) FROM summaries WHERE region = 'r1';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_through(overlay(gpumkt_growth_send(g) PLACING '\x00000002'::bytea FROM 1)) FROM summaries WHERE region = 'r1';
\echo :LAST_ERROR_SQLSTATE
DROP TABLE binary_in, binary_out;
DROP TABLE summaries, revenue;

-- found in review, kept as regressions
-- error: merged counts past 2^63 - 1 (22003)
SELECT gpumkt_rollup(g) FROM (VALUES
    ('(v1,n=9223372036854775807,nonpositive=0,first=1:1,last=2:1,fit_n=9223372036854775807,sx=0,sy=0,sxx=1,syy=1,sxy=0)'::gpumkt_growth),
    ('(v1,n=9223372036854775807,nonpositive=0,first=1:1,last=2:1,fit_n=9223372036854775807,sx=0,sy=0,sxx=1,syy=1,sxy=0)')) t(g);
\echo :LAST_ERROR_SQLSTATE
-- error: texts that no aggregate could produce (22P02): counts that do not add up,
-- a correlation above 1, a spread with one row, leading zeros, a number that underflows
SELECT '(v1,n=0,nonpositive=9223372036854775807,first=0:0,last=0:0,fit_n=9223372036854775807,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=2,nonpositive=0,first=1:1,last=2:1,fit_n=2,sx=0,sy=0,sxx=1,syy=1,sxy=10)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=1,nonpositive=0,first=1:1,last=1:1,fit_n=1,sx=0,sy=0,sxx=1,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v01,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=01,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
SELECT '(v1,n=2,nonpositive=0,first=1:1e-999,last=2:1,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
-- error: a fitted value beyond double precision (22003), never NaN
SELECT gpumkt_value_at('(v1,n=2,nonpositive=0,first=2020:1,last=2021:2,fit_n=2,sx=41,sy=0.69314718055994529,sxx=0.5,syy=0.24022650695910072,sxy=0.34657359027997264)'::gpumkt_growth, 1e10);
\echo :LAST_ERROR_SQLSTATE
-- the same summary gives 2 in 2021 (the text holds years from 2000: sx = 20 + 21)
SELECT gpumkt_value_at('(v1,n=2,nonpositive=0,first=2020:1,last=2021:2,fit_n=2,sx=41,sy=0.69314718055994529,sxx=0.5,syy=0.24022650695910072,sxy=0.34657359027997264)'::gpumkt_growth, 2021) AS value_2021;
