-- badinput: every float8 argument of every scalar function gets 11 special
-- values (NULL, 0, -0, -1, 5e-324, 1e-308, 1e308, -1e308, Infinity,
-- -Infinity, NaN) in every combination, and the numeric versions the same
-- values as numeric; the calls are counted by outcome.  Only ok, NULL (from a
-- NULL argument), 22023, 22003 and 22012 may appear; a NaN or infinite
-- result would show as "NOT FINITE", a NULL from non-NULL arguments as
-- "NULL from values".  The counts are checked by an independent model of the
-- rules (test/badinput_model.py).
CREATE FUNCTION pg_temp.special_float8() RETURNS float8[] LANGUAGE sql AS
$$SELECT ARRAY[NULL, 0, '-0', -1, 5e-324, 1e-308, 1e308, -1e308, 'Infinity', '-Infinity', 'NaN']::float8[]$$;
CREATE FUNCTION pg_temp.special_numeric() RETURNS numeric[] LANGUAGE sql AS
$$SELECT ARRAY[NULL, 0, '-0', -1, 5e-324, 1e-308, 1e308, -1e308, 'Infinity', '-Infinity', 'NaN']::numeric[]$$;

-- Calls fn with every combination of the special values of argtype for its
-- nargs arguments (and any fixed leading arguments in prefix), each call in a
-- subtransaction of its own, and counts the outcomes.
CREATE FUNCTION pg_temp.matrix(fn text, argtype text, nargs int, prefix text DEFAULT '')
RETURNS TABLE (outcome text, calls int) LANGUAGE plpgsql AS $gen$
DECLARE
    loops text := '';
    ends text := '';
    args text := '';
    anynull text := CASE WHEN prefix LIKE 'NULL::%' THEN 'true' ELSE 'false' END;
    runner text := format('pg_temp.run_%s_%s_%s_%s', fn, argtype, nargs, left(md5(prefix), 8));
BEGIN
    FOR k IN 1..nargs LOOP
        loops := loops || format('FOR i%s IN 1..11 LOOP ', k);
        ends := ends || 'END LOOP; ';
        args := args || CASE WHEN k > 1 THEN ', ' ELSE '' END || format('v[i%s]', k);
        anynull := anynull || format(' OR v[i%s] IS NULL', k);
    END LOOP;
    EXECUTE format($body$
CREATE FUNCTION %1$s() RETURNS TABLE (outcome text, calls int) LANGUAGE plpgsql AS $f$
DECLARE
    v %2$s[] := pg_temp.special_%2$s();
    r text;
    o text;
    keys text[] := '{}';
    counts int[] := '{}';
    p int;
    i1 int; i2 int; i3 int; i4 int; i5 int;
BEGIN
    %3$s
        BEGIN
            r := %4$s(%5$s%6$s)::text;
            o := CASE WHEN r IS NULL AND (%7$s) THEN 'NULL from a NULL argument'
                      WHEN r IS NULL THEN 'NULL from values'
                      WHEN r IN ('NaN', 'Infinity', '-Infinity') THEN 'NOT FINITE'
                      ELSE 'ok' END;
        EXCEPTION WHEN OTHERS THEN
            o := SQLSTATE;
        END;
        p := array_position(keys, o);
        IF p IS NULL THEN
            keys := keys || o;
            counts := counts || 1;
        ELSE
            counts[p] := counts[p] + 1;
        END IF;
    %8$s
    RETURN QUERY SELECT u.k, u.c FROM unnest(keys, counts) u(k, c);
END $f$;$body$, runner, argtype, loops, fn, prefix, args, anynull, ends);
    RETURN QUERY EXECUTE format('SELECT * FROM %s()', runner);
END $gen$;

CREATE TEMP TABLE outcomes AS
SELECT f.fn || '(' || f.argtype || ' x ' || f.nargs || ')' AS function, m.outcome, m.calls
FROM (VALUES ('gpumkt_cagr', 'float8', 3), ('gpumkt_project', 'float8', 3),
             ('gpumkt_years_to', 'float8', 3), ('gpumkt_interpolate', 'float8', 5),
             ('gpumkt_cagr', 'numeric', 3), ('gpumkt_project', 'numeric', 3),
             ('gpumkt_years_to', 'numeric', 3), ('gpumkt_interpolate', 'numeric', 5),
             ('gpumkt_implied_cagr', 'float8', 4), ('gpumkt_share_reached', 'float8', 4),
             ('gpumkt_implied_cagr', 'numeric', 4), ('gpumkt_share_reached', 'numeric', 4)) f(fn, argtype, nargs)
CROSS JOIN LATERAL pg_temp.matrix(f.fn, f.argtype, f.nargs) m;
-- the summary's accessor with a float8 year, over summaries of a growing, a
-- flat and a one-year market, and a NULL summary.  By hand: growing, finite
-- years answer but 1e308 and -1e308 (beyond double: 22003); flat, every
-- finite year gives 5; one year, no fit: NULL; NaN and +-Infinity, 22023.
CREATE TEMP TABLE summaries AS
SELECT 'growing' AS kind, gpumkt_growth(y, 100 * 1.1 ^ (y - 2020)) AS g FROM generate_series(2020, 2025) y
UNION ALL SELECT 'flat', gpumkt_growth(y, 5) FROM generate_series(2020, 2025) y
UNION ALL SELECT 'one year', gpumkt_growth(2020, 5)
UNION ALL SELECT 'none', NULL::gpumkt_growth;
INSERT INTO outcomes
SELECT 'gpumkt_value_at(' || s.kind || ' summary, float8)', m.outcome, m.calls
FROM summaries s
CROSS JOIN LATERAL pg_temp.matrix('gpumkt_value_at', 'float8', 1,
    CASE WHEN s.g IS NULL THEN 'NULL::gpumkt_growth, ' ELSE quote_literal(s.g::text) || '::gpumkt_growth, ' END) m;

SELECT function, outcome, calls FROM outcomes ORDER BY 1, 2;
-- calls per function: 11^3 = 1,331, 11^4 = 14,641, 11^5 = 161,051, 11 per summary
SELECT function, sum(calls) AS calls FROM outcomes GROUP BY 1 ORDER BY 1;
-- only the allowed outcomes (and NULL from a one-year summary, which has no
-- fit, as documented): expect no rows
SELECT function, outcome FROM outcomes
WHERE outcome NOT IN ('ok', 'NULL from a NULL argument', '22023', '22003', '22012')
  AND NOT (function LIKE 'gpumkt_value_at(one year %' AND outcome = 'NULL from values');

-- Aggregates: each special value as the first, a middle and the last row of a
-- stream of good rows (2020..2024, 10 x 1.1^k), and special years (the
-- extremes of integer and of date, and the infinite dates).
CREATE TEMP TABLE agg_outcomes (aggregate text, outcome text, calls int);
CREATE FUNCTION pg_temp.agg_try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE q INTO r;
    IF r IS NULL THEN RETURN 'NULL'; END IF;
    IF r IN ('NaN', 'Infinity', '-Infinity') THEN RETURN 'NOT FINITE'; END IF;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
WITH specials(v) AS (SELECT unnest(pg_temp.special_float8())),
     positions(pos) AS (VALUES (2020), (2022), (2024)),
     aggs(name, expr) AS (VALUES
        ('gpumkt_cagr(year, value)', 'gpumkt_cagr(y, v)::text'),
        ('gpumkt_fit_rate(year, value)', 'gpumkt_fit_rate(y, v)::text'),
        ('gpumkt_growth(year, value)', 'gpumkt_cagr(gpumkt_growth(y, v))::text'),
        ('gpumkt_share(value, is_part)', 'gpumkt_share(v, y % 2 = 0)::text'),
        ('gpumkt_hhi(value)', 'gpumkt_hhi(v)::text'))
INSERT INTO agg_outcomes
SELECT a.name, pg_temp.agg_try(format(
    'SELECT %s FROM (SELECT y, CASE WHEN y = %s THEN %L::float8 ELSE 10 * 1.1 ^ (y - 2020) END AS v FROM generate_series(2020, 2024) y) s',
    a.expr, p.pos, s.v)), 1
FROM aggs a, positions p, specials s;
-- special years: integers and dates
WITH years(y) AS (VALUES ('-2147483648'), ('2147483647'), ('0'), ('-1')),
     dates(d) AS (VALUES ('infinity'), ('-infinity'), ('4713-01-01 BC'), ('294276-12-31'), ('2000-02-29')),
     aggs(name, expr) AS (VALUES
        ('gpumkt_cagr(year, value)', 'gpumkt_cagr(y, v)::text'),
        ('gpumkt_fit_rate(year, value)', 'gpumkt_fit_rate(y, v)::text'),
        ('gpumkt_growth(year, value)', 'gpumkt_fit_rate(gpumkt_growth(y, v))::text'))
INSERT INTO agg_outcomes
SELECT a.name || ' year', pg_temp.agg_try(format(
    'SELECT %s FROM (VALUES (2020, 1::float8), (%s, 2::float8)) s(y, v)', a.expr, y.y)), 1
FROM aggs a, years y
UNION ALL
SELECT a.name || ' date', pg_temp.agg_try(format(
    'SELECT %s FROM (VALUES (date %L, 1::float8), (date %L, 2::float8)) s(y, v)', a.expr, '2020-01-01', d.d)), 1
FROM aggs a, dates d;
-- By hand, for each of the 3 positions: NULL rows are skipped (ok); NaN and
-- +-Infinity are 22023 everywhere.  The CAGR refuses first or last totals
-- <= 0 (0, -0, -1, -1e308: 22023) and loses its digits (22003) for 1e308
-- first (rate -1 + 6e-77) and 5e-324 or 1e-308 last; middle rows do not
-- matter.  The fit refuses values <= 0 anywhere; the middle year is the mean
-- year, so it moves no slope; 1e308 first, 5e-324 or 1e-308 last give a
-- rate of -1 + e^-141 (22003).  The share and the HHI refuse sizes < 0
-- (-1, -1e308: 22023; -0 is 0).  The HHI cannot square 1e308 (22003), and
-- counts the square of 5e-324 or 1e-308 as 0 beside the others.  Years: any integer; dates but
-- the infinite ones.
SELECT aggregate, outcome, sum(calls) AS calls FROM agg_outcomes GROUP BY 1, 2 ORDER BY 1, 2;
-- only the allowed outcomes: expect no rows
SELECT aggregate, outcome FROM agg_outcomes
WHERE outcome NOT IN ('ok', 'NULL', '22023', '22003', '22012');

-- The summary type: text that is truncated at every length, oversize, of a
-- wrong version, or with one of its twelve numbers replaced by each special
-- value.
CREATE TEMP TABLE type_outcomes (input text, outcome text);
CREATE FUNCTION pg_temp.parse_try(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM t::gpumkt_growth;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
SELECT g::text AS good FROM summaries WHERE kind = 'growing' \gset
SELECT :'good' AS good;
INSERT INTO type_outcomes (input, outcome)
SELECT 'truncated', pg_temp.parse_try(left(:'good', n)) FROM generate_series(0, length(:'good') - 1) n
UNION ALL SELECT 'whole', pg_temp.parse_try(:'good')
UNION ALL SELECT 'oversize', pg_temp.parse_try(:'good' || repeat(' 1', k)) FROM generate_series(1, 3) k
UNION ALL SELECT 'oversize', pg_temp.parse_try(:'good' || ',x=1')
UNION ALL SELECT 'oversize', pg_temp.parse_try(repeat(:'good', 2))
UNION ALL SELECT 'oversize', pg_temp.parse_try(repeat('9', 100000))
UNION ALL SELECT 'wrong version', pg_temp.parse_try(regexp_replace(:'good', '^\(v1,', '(v' || v || ','))
FROM unnest(ARRAY['0', '2', '-1', '01', '99999999999999999999', '']) v;
-- the whole text reads back; every prefix, every longer text and every other
-- version is refused (22P02)
SELECT input, outcome, count(*) AS calls FROM type_outcomes GROUP BY 1, 2 ORDER BY 1, 2;
-- the n-th number of the text (2 .. 13: n, nonpositive, first year, first
-- total, last year, last total, fit_n, sx, sy, sxx, syy, sxy) replaced
CREATE TEMP TABLE field_outcomes AS
SELECT i AS number, v.ord, v.value, pg_temp.parse_try(regexp_replace(:'good', '-?[0-9][-+0-9.e]*', v.value, 1, i)) AS outcome
FROM generate_series(2, 13) i,
     unnest(ARRAY['0', '-0', '-1', '5e-324', '1e-308', '1e308', '-1e308', 'Infinity', '-Infinity', 'NaN', '']) WITH ORDINALITY v(value, ord);
SELECT number, string_agg(value, ' ' ORDER BY ord) FILTER (WHERE outcome = 'ok') AS accepted,
       count(*) FILTER (WHERE outcome = '22P02') AS refused
FROM field_outcomes GROUP BY number ORDER BY number;
INSERT INTO type_outcomes (input, outcome) SELECT 'field ' || number, outcome FROM field_outcomes;
-- no outcome but ok and 22P02: expect no rows
SELECT input, outcome FROM type_outcomes WHERE outcome NOT IN ('ok', '22P02');

-- Summaries of extreme values, and of values <= 0, merged in all 24 orders:
-- counts, years and end totals agree exactly, the fit to 1e-12 (addition of
-- floats depends on its order).
CREATE TEMP TABLE parts AS
SELECT k, gpumkt_growth(y, v) AS g
FROM (VALUES (1, 2020, 5e-324::float8), (1, 2021, 1e308), (2, 2022, 1e-308), (2, 2023, 1e300),
             (3, 2024, 1e-300), (3, 2025, 7), (4, 2026, 2.5), (4, 2026, 0.5)) r(k, y, v)
GROUP BY k;
CREATE TEMP TABLE orders AS
SELECT ARRAY[a, b, c, d] AS perm
FROM generate_series(1, 4) a, generate_series(1, 4) b, generate_series(1, 4) c, generate_series(1, 4) d
WHERE a NOT IN (b, c, d) AND b NOT IN (c, d) AND c <> d;
CREATE TEMP TABLE merged AS
SELECT o.perm, (SELECT gpumkt_rollup(p.g ORDER BY array_position(o.perm, p.k)) FROM parts p) AS g
FROM orders o;
SELECT count(*) AS orders_tried,
       count(DISTINCT (gpumkt_count(g), gpumkt_first_year(g), gpumkt_last_year(g), gpumkt_cagr(g))) AS distinct_ends,
       max(abs(gpumkt_fit_rate(g) / (SELECT gpumkt_fit_rate(g) FROM merged LIMIT 1) - 1)) < 1e-12 AS fit_agrees,
       min(gpumkt_count(g)) AS rows_expect_8, min(gpumkt_first_year(g)) AS first_expect_2020,
       min(gpumkt_last_year(g)) AS last_expect_2026
FROM merged;
-- the CAGR from 5e-324 (4.9406564584124654e-324 as a double) in 2020 to
-- 2.5 + 0.5 in 2026: (3 / 4.9406564584124654e-324)^(1/6) - 1 = 9.2022e53
SELECT to_char(gpumkt_cagr(g), '9.9999EEEE') AS cagr FROM merged LIMIT 1;
-- the same rows in one summary, and merged with an empty summary either side
SELECT gpumkt_cagr(gpumkt_growth(y, v)) = (SELECT gpumkt_cagr(g) FROM merged LIMIT 1) AS one_pass_agrees
FROM (VALUES (2020, 5e-324::float8), (2021, 1e308), (2022, 1e-308), (2023, 1e300),
             (2024, 1e-300), (2025, 7), (2026, 2.5), (2026, 0.5)) r(y, v);
SELECT gpumkt_rollup(x)::text = (SELECT g::text FROM parts WHERE k = 1) AS empty_is_neutral
FROM (SELECT g AS x FROM parts WHERE k = 1
      UNION ALL SELECT gpumkt_growth(y, v) FROM (SELECT 2020, 1::float8 WHERE false) e(y, v)) s;
-- values <= 0 mid-stream: counted, the endpoints still answer
SELECT gpumkt_count(g) AS rows_expect_3, round(gpumkt_cagr(g)::numeric, 12) AS cagr_expect_1
FROM (SELECT gpumkt_growth(y, v) AS g FROM (VALUES (2020, 1::float8), (2021, -5), (2022, 4)) r(y, v)) s;
-- error: the log-based accessors refuse a summary holding values <= 0
SELECT gpumkt_fit_rate(gpumkt_growth(y, v)) FROM (VALUES (2020, 1::float8), (2021, 0), (2022, 4)) r(y, v);
\echo :LAST_ERROR_SQLSTATE

-- What-if arguments (1.4): each special value as gpumkt_sensitivity's delta,
-- as the one value of an input of gpumkt_grid, and as a user's low or high of
-- an anchor.  By hand: a delta in (0, 1) answers (5e-324 and 1e-308 give a
-- swing of about 0), every other one is 22023, NULL gives no rows (STRICT);
-- a grid rate above -1 and at most 1 answers, a rate of -1 or below, above
-- 1 (1e308: not exceptional, since 1.4.1), NaN, +-Infinity and NULL elements
-- are 22023 (4 ok, 7 refused); a low or high is a check (23514) unless it brackets the value 10:
-- low 0, -0, 5e-324 or 1e-308 and high 1e308 or Infinity are kept, and
-- NULL is no bound (low: 5 ok, 6 refused; high: 3 ok, 8 refused).
CREATE TEMP TABLE whatif_outcomes (call text, outcome text, calls int);
CREATE FUNCTION pg_temp.try_count(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE q INTO n;
    RETURN CASE WHEN n = 0 THEN 'no rows' ELSE 'ok' END;
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
INSERT INTO whatif_outcomes
SELECT 'gpumkt_sensitivity delta', pg_temp.try_count(format(
    'SELECT count(*) FROM gpumkt_sensitivity(%L, 2030, delta => %L::float8) x WHERE x.swing >= 0', 'global', v)), 1
FROM unnest(pg_temp.special_float8()) v
UNION ALL
SELECT 'gpumkt_grid rate value', pg_temp.try_count(format(
    'SELECT count(*) FROM gpumkt_grid(%L, 2040, %L, ARRAY[%L]::float8[], %L, ARRAY[87.5], extrapolate => true)', 'global', 'rate:global', v, 'anchor:global:2035')), 1
FROM unnest(pg_temp.special_float8()) v;
INSERT INTO gpumkt_markets (market, name) VALUES ('odd_bounds', 'Bounds of special values (invented, test only)');
CREATE FUNCTION pg_temp.try_bound(side text, v numeric) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO gpumkt_anchors (market, region, year, value, %I) VALUES (%L, %L, 2020, 10, $1)',
                   side, 'odd_bounds', 'global') USING v;
    DELETE FROM gpumkt_anchors WHERE market = 'odd_bounds';
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
INSERT INTO whatif_outcomes
SELECT 'anchor ' || side, pg_temp.try_bound(side, v), 1
FROM unnest(pg_temp.special_numeric()) v, (VALUES ('low'), ('high')) s(side);
DELETE FROM gpumkt_markets WHERE market = 'odd_bounds';
SELECT call, outcome, sum(calls) AS calls FROM whatif_outcomes GROUP BY 1, 2 ORDER BY 1, 2;
-- only the allowed outcomes: expect no rows
SELECT call, outcome FROM whatif_outcomes WHERE outcome NOT IN ('ok', 'no rows', '22023', '23514');
