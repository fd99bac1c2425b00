-- agg_summaries: every gpumkt_growth value that an aggregate, a rollup or
-- the binary input can make reads back through the text input identically
-- (issue 8, item 1).  A summary has two independent parts, the ends (n,
-- first and last totals) and the fit (fit_n, nonpositive, sums); a rollup
-- of an "ends only" summary and a "fit only" one used to give a value the
-- text input refused, so that a table holding it dumped but did not
-- restore.  Expected counts are all pairs and triples of the kinds below.

-- summaries of every kind: from the aggregate (rising, with a value <= 0,
-- one row, one year, over dates, 1e300-sized), and from text (empty, ends
-- only, fit only, with -0 as 1.2 could store it)
CREATE TEMP TABLE kinds (kind text PRIMARY KEY, g gpumkt_growth);
INSERT INTO kinds
SELECT 'rising', gpumkt_growth(y, 100 * 1.1 ^ (y - 2020)) FROM generate_series(2020, 2025) y
UNION ALL SELECT 'nonpositive', gpumkt_growth(y, v) FROM (VALUES (2020, 10::float8), (2021, -1), (2022, 0), (2023, 14)) t(y, v)
UNION ALL SELECT 'one row', gpumkt_growth(2021, 7)
UNION ALL SELECT 'one year', gpumkt_growth(2022, v) FROM (VALUES (3::float8), (4), (5)) t(v)
UNION ALL SELECT 'dates', gpumkt_growth(date '2020-01-01' + k, 50 + k % 7) FROM generate_series(0, 60, 5) k
UNION ALL SELECT 'huge', gpumkt_growth(y, 1e300 * y) FROM generate_series(2019, 2023) y
UNION ALL SELECT 'empty', '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'
UNION ALL SELECT 'minus zero', '(v1,n=2,nonpositive=0,first=2020:-0,last=2021:5,fit_n=0,sx=-0,sy=0,sxx=0,syy=0,sxy=-0)';
-- ends only (as gpumkt_cagr's state) and fit only (as gpumkt_fit_rate's), cut from the others
INSERT INTO kinds
SELECT kind || ', ends only',
       regexp_replace(regexp_replace(g::text, 'nonpositive=[0-9]+', 'nonpositive=0'),
                      'fit_n=.*$', 'fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)')::gpumkt_growth
FROM kinds WHERE kind IN ('rising', 'nonpositive', 'dates', 'one year')
UNION ALL
SELECT kind || ', fit only',
       regexp_replace(regexp_replace(g::text, '^\(v1,n=[0-9]+,', '(v1,n=0,'),
                      'first=[^,]*,last=[^,]*,', 'first=0:0,last=0:0,')::gpumkt_growth
FROM kinds WHERE kind IN ('rising', 'nonpositive', 'dates', 'one row', 'huge');
SELECT count(*) AS kinds FROM kinds;

-- does t read back through the text input to the same text?
CREATE FUNCTION pg_temp.reads_back(t text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN t::gpumkt_growth::text = t;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END $$;

-- every rollup of two kinds, in both orders, and of three: all read back
-- (before the fix, 40 of the 342 pairs did not)
CREATE TEMP TABLE rolled AS
SELECT a.kind || ' + ' || b.kind AS parts, (SELECT gpumkt_rollup(x.g ORDER BY x.o) FROM (VALUES (a.g, 1), (b.g, 2)) x(g, o)) AS g
FROM kinds a, kinds b
UNION ALL
SELECT a.kind || ' + ' || b.kind || ' + ' || c.kind,
       (SELECT gpumkt_rollup(x.g ORDER BY x.o) FROM (VALUES (a.g, 1), (b.g, 2), (c.g, 3)) x(g, o))
FROM kinds a, kinds b, kinds c
WHERE a.kind < b.kind AND b.kind < c.kind;
SELECT count(*) AS rollups, count(*) FILTER (WHERE pg_temp.reads_back(g::text)) AS read_back
FROM rolled;

-- a mixed rollup keeps each part: the ends of one, the fit of the other
SELECT gpumkt_count(g) AS count_expect_6, gpumkt_first_year(g) AS first_expect_2020,
       round(gpumkt_cagr(g)::numeric, 12) AS cagr_expect_0_1, round(gpumkt_fit_rate(g)::numeric, 12) AS fit_expect_0_1
FROM rolled WHERE parts = 'rising, ends only + rising, fit only';
-- the count is that of the part that holds more rows: ends of 4 rows (n = 4)
-- with a fit of 1 row is 4; ends of 3 rows with a fit of 6 rows is 6
SELECT gpumkt_count(g) AS count_expect_4 FROM rolled WHERE parts = 'nonpositive, ends only + one row, fit only';
SELECT gpumkt_count(g) AS count_expect_6 FROM rolled WHERE parts = 'one year, ends only + rising, fit only';
SELECT g FROM rolled WHERE parts = 'nonpositive, ends only + one row, fit only';
-- -0 is stored as 1.2 stored it, and a rollup writes 0
SELECT g FROM kinds WHERE kind = 'minus zero';
SELECT g FROM rolled WHERE parts = 'empty + minus zero';

-- a table of every rollup, copied out and back in, as text (what pg_dump and
-- pg_restore do with it) and in binary (send and receive): every row comes
-- back, identical
CREATE TABLE stored_rollups (parts text, g gpumkt_growth);
INSERT INTO stored_rollups SELECT parts, g FROM rolled;
CREATE TEMP TABLE copied (LIKE stored_rollups);
CREATE FUNCTION pg_temp.copy_round_trip(fmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE f text := current_setting('data_directory') || '/gpumkt_rollups.copy';
BEGIN
    TRUNCATE copied;
    EXECUTE format('COPY stored_rollups TO %L (FORMAT %s)', f, fmt);
    EXECUTE format('COPY copied FROM %L (FORMAT %s)', f, fmt);
    RETURN (SELECT count(*) || ' rows back, ' || count(*) FILTER (WHERE c.g::text = s.g::text) || ' identical'
            FROM stored_rollups s JOIN copied c USING (parts));
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT count(*) AS rows_stored, pg_temp.copy_round_trip('text') AS text_copy,
       pg_temp.copy_round_trip('binary') AS binary_copy
FROM stored_rollups;
DROP TABLE stored_rollups;

-- what the text input still refuses: a part that no rule leaves (22P02)
-- error: ends without rows
SELECT '(v1,n=0,nonpositive=0,first=2020:1,last=2020:1,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
-- error: a fit of one row with a spread
SELECT '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=1,sx=20,sy=1,sxx=1,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
-- error: a correlation above 1 by more than rounding
SELECT '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=2,sx=41,sy=1,sxx=0.5,syy=0.5,sxy=0.5000001)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
-- but the last digits above it, as 1.2's merges could leave, read back
SELECT '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=2,sx=41,sy=1,sxx=0.5,syy=0.5,sxy=0.50000000000000011)'::gpumkt_growth::text AS read_back;
-- error: rows of the fit and values <= 0 beyond 2^63 - 1 together
SELECT '(v1,n=0,nonpositive=2,first=0:0,last=0:0,fit_n=9223372036854775806,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE
-- error: and a rollup that would make such counts is out of range (22003)
SELECT gpumkt_rollup(g) FROM (VALUES
    ('(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=9223372036854775806,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth),
    ('(v1,n=0,nonpositive=2,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)')) t(g);
\echo :LAST_ERROR_SQLSTATE
