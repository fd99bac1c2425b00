-- cancel: a 10-million-row aggregate stops at statement_timeout with
-- SQLSTATE 57014, whichever aggregate, in a window or in parallel, and the
-- session answers afterwards.  The rows stream from generate_series in the
-- select list, so the time goes to the aggregate, not to building its input.
-- (test/t/002_cancel_latency.pl measures how soon after the timeout each stops.)
CREATE TABLE cancel_rows AS SELECT 2000 + i % 30 AS y, i::float8 AS v FROM generate_series(1, 200000) i;
ANALYZE cancel_rows;
SET statement_timeout = '200ms';
-- error: each is cancelled (57014)
SELECT gpumkt_cagr(y, v) FROM (SELECT 2000 + i % 30 AS y, i::float8 AS v FROM (SELECT generate_series(1, 10000000) AS i) g) s;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_fit_rate(y, v) FROM (SELECT 2000 + i % 30 AS y, i::float8 AS v FROM (SELECT generate_series(1, 10000000) AS i) g) s;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(gpumkt_growth(y, v)) FROM (SELECT 2000 + i % 30 AS y, i::float8 AS v FROM (SELECT generate_series(1, 10000000) AS i) g) s;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_rollup(g) FROM (SELECT gpumkt_growth(2000 + i % 30, i::float8) AS g FROM (SELECT generate_series(1, 10000000) AS i) x GROUP BY i) s;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_share(i::float8, i % 2 = 0) FROM (SELECT generate_series(1, 10000000) AS i) g;
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi(i::float8) FROM (SELECT generate_series(1, 10000000) AS i) g;
\echo :LAST_ERROR_SQLSTATE
SELECT max(f) FROM (SELECT gpumkt_fit_rate(2000 + i, i::float8) OVER (ORDER BY i ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS f
                    FROM (SELECT generate_series(1, 10000000) AS i) g) s;
\echo :LAST_ERROR_SQLSTATE
-- in parallel: the workers stop too
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT gpumkt_fit_rate(a.y, a.v) FROM cancel_rows a, cancel_rows b WHERE b.y = 2000;
SELECT gpumkt_fit_rate(a.y, a.v) FROM cancel_rows a, cancel_rows b WHERE b.y = 2000;
\echo :LAST_ERROR_SQLSTATE
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET statement_timeout;
-- the session goes on: 100 to 121 in two years is 10 %
SELECT round(gpumkt_cagr(y, v)::numeric, 12) AS cagr_expect_0_1 FROM (VALUES (2020, 100::float8), (2022, 121)) r(y, v);
DROP TABLE cancel_rows;
