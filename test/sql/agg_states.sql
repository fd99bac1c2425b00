-- agg_states: the support functions of the aggregates (issue 8, item 4).
-- Every float8[] state that comes into a transition, inverse, combine or
-- final function is checked against what the aggregate could have made
-- (22023 "invalid gpumkt_share state", ...), so none of them answers a
-- share outside [0, 1], an index outside [10,000 / rows, 10,000], NaN or
-- Infinity; and the support functions are not executable by PUBLIC (42501
-- when an ordinary role calls one), while every aggregate still runs for
-- every role: PostgreSQL checks the aggregate owner's right to call its
-- support functions, not the caller's.

-- the reviewers' states (as a superuser, who may still call them): refused
-- error: a sum of squares below zero
SELECT gpumkt_hhi_final('{1,1,-5,0}');
\echo :LAST_ERROR_SQLSTATE
-- error: a sum of squares far above the square of the sum
SELECT gpumkt_hhi_final('{1,1e-200,1e300,0}');
\echo :LAST_ERROR_SQLSTATE
-- error: NaN
SELECT gpumkt_share_final('{1,NaN,1,0}');
\echo :LAST_ERROR_SQLSTATE
-- the rules, one state each: shape, NULLs, infinities, counts, empty, part
-- and whole, the bounds of the sum of squares (each 22023)
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE q INTO r;
    RETURN coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT s AS state, pg_temp.try(format('SELECT gpumkt_share_final(%L)', s)) AS share_final,
       pg_temp.try(format('SELECT gpumkt_hhi_final(%L)', s)) AS hhi_final
FROM unnest(ARRAY['{1,2,3}', '{1,NULL,1,0}', '{{1,1},{1,0}}', '{1,Infinity,1,0}', '{1,1,1,-Infinity}',
                  '{1.5,1,1,0}', '{-1,0,0,0}', '{1,1,1,2}', '{0,1,1,0}', '{1,-1,1,0}', '{1,2,1,0}',
                  '{2,10,10,0}', '{2,10,101,0}']) s;
-- the edges that are allowed: a part of 0, a part equal to the whole, two
-- equal sizes (HHI 5,000: sum of squares = square of sum / rows) and one
-- size (10,000: sum of squares = square of sum)
SELECT gpumkt_share_final('{2,0,10,0}') AS share_0, gpumkt_share_final('{2,10,10,0}') AS share_1,
       gpumkt_hhi_final('{2,10,50,0}') AS hhi_5000, gpumkt_hhi_final('{2,10,100,0}') AS hhi_10000;
-- the states the transitions make pass: {1, 5, 5, 0} then {2, 5, 8, 0}: 0.625
SELECT gpumkt_share_final(gpumkt_share_trans(gpumkt_share_trans('{0,0,0,0}', 5, true), 3, false)) AS share_expect_0_625;
-- error: the transition and the combine functions check too
SELECT gpumkt_share_trans('{1,2,1,0}', 1, true);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi_inv('{1,-1,1,0}', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_share_combine('{1,1,1,0}', '{1,2,1,0}');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi_combine('{1,1,1,0}', '{1,1,1,NaN}');
\echo :LAST_ERROR_SQLSTATE

-- who may execute what: PUBLIC keeps the aggregates, the type's input and
-- output and the accessors; the support functions are the owner's
SELECT p.oid::regprocedure AS function, p.prokind AS kind,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_execute
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND (p.proname ~ '_(trans|inv|minv|mtrans|final|mfinal|combine|in|out|send|recv)$'
       OR p.oid IN (SELECT aggfnoid FROM pg_aggregate) OR p.prorettype = 'gpumkt_growth'::regtype
       OR 'gpumkt_growth'::regtype = ANY (p.proargtypes))
ORDER BY 3, 2, p.oid::regprocedure::text;

-- an ordinary role runs every aggregate, plain, grouped, as a window over
-- sliding frames, in a parallel plan, and rolls summaries up, with the
-- answers the owner gets
CREATE ROLE regress_gpumkt_agg_user;
CREATE TABLE agg_rows AS
SELECT 'r' || (k % 3) AS region, 2015 + k % 10 AS year, (10 + k % 10 + k % 3)::float8 AS v, k
FROM generate_series(1, 3000) k;
GRANT SELECT ON agg_rows TO regress_gpumkt_agg_user;
CREATE FUNCTION pg_temp.answers() RETURNS TABLE (what text, answer text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY SELECT 'grouped', string_agg(concat_ws(' ', region, c, f, s, h), '; ' ORDER BY region)
    FROM (SELECT region, gpumkt_cagr(year, v) AS c, gpumkt_fit_rate(year, v) AS f,
                 gpumkt_share(v, year = 2024) AS s, gpumkt_hhi(v) AS h
          FROM agg_rows GROUP BY region) x;
    RETURN QUERY SELECT 'rollup', concat_ws(' ', gpumkt_rollup(g), gpumkt_cagr(gpumkt_rollup(g)))
    FROM (SELECT region, gpumkt_growth(year::bigint, v) AS g FROM agg_rows GROUP BY region) x;
    RETURN QUERY SELECT 'moving', concat_ws(' ', count(*), sum(f), sum(s), sum(h))
    FROM (SELECT gpumkt_fit_rate(year, v) OVER w AS f, gpumkt_share(v, year % 2 = 0) OVER w AS s,
                 gpumkt_hhi(v) OVER w AS h
          FROM agg_rows WINDOW w AS (ORDER BY k ROWS 20 PRECEDING)) x;
    SET LOCAL parallel_setup_cost = 0;
    SET LOCAL parallel_tuple_cost = 0;
    SET LOCAL min_parallel_table_scan_size = 0;
    SET LOCAL max_parallel_workers_per_gather = 2;
    RETURN QUERY SELECT 'parallel', concat_ws(' ', gpumkt_cagr(year, v), round(gpumkt_fit_rate(year, v)::numeric, 12),
                                             gpumkt_count(gpumkt_growth(year, v)), gpumkt_share(v, year = 2024), gpumkt_hhi(v))
    FROM agg_rows;
END $$;
CREATE TEMP TABLE owners_answers AS SELECT * FROM pg_temp.answers();
GRANT SELECT ON owners_answers TO regress_gpumkt_agg_user;
SET ROLE regress_gpumkt_agg_user;
SELECT a.what, a.answer = o.answer AS same_as_owner, a.answer IS NOT NULL AS answered
FROM pg_temp.answers() a JOIN owners_answers o USING (what) ORDER BY 1;
-- and the type's text and binary forms and the accessors
SELECT gpumkt_growth_in('(v1,n=2,nonpositive=0,first=2020:100,last=2022:121,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)') AS g,
       length(gpumkt_growth_send('(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)')) AS bytes,
       round(gpumkt_cagr('(v1,n=2,nonpositive=0,first=2020:100,last=2022:121,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'::gpumkt_growth)::numeric, 12) AS cagr_expect_0_1;
-- error: but a support function called directly is refused (42501)
SELECT gpumkt_share_final('{1,1,2,0}');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi_trans('{0,0,0,0}', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_growth_combine(g, g) FROM (SELECT gpumkt_growth(2020, 1.0) AS g) s;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr_trans(NULL, 2020, 1.0);
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
DROP TABLE agg_rows, owners_answers;
DROP ROLE regress_gpumkt_agg_user;

-- error: sizes whose squares fall below the smallest normal double lose
-- digits (two of 1e-160 would give 4999.94, not 5000): refused (22003)
SELECT gpumkt_hhi(v) FROM (VALUES (1e-160::float8), (1e-160)) t(v);
\echo :LAST_ERROR_SQLSTATE
-- in a smaller unit they are exact: 5000
SELECT gpumkt_hhi(v * 1e160) FROM (VALUES (1e-160::float8), (1e-160)) t(v);
