-- parallel: every gpumkt aggregate splits across workers (a combine
-- function, PARALLEL SAFE), and a parallel plan gives what the serial one gives.
-- The one exception is the chart gpumkt_sparkline (1.3): it draws its rows
-- in the order of its ORDER BY, so it has no combine function by design.

-- catalog: gpumkt aggregates without combine support, or not parallel safe
-- (expect one row: gpumkt_sparkline, PARALLEL SAFE but without a combine function)
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggcombinefn, p.proparallel
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND (a.aggcombinefn = 0 OR p.proparallel <> 's');
-- and the ones there are, with their state types
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtranstype::regtype AS state,
       a.aggcombinefn <> 0 AS combines, a.aggminvtransfn <> 0 AS moving
FROM pg_aggregate a
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
ORDER BY a.aggfnoid::regprocedure::text;

-- 300,000 rows: integers as values, so that sums are exact in any order,
-- and a trend of 5 % a year for the fit
CREATE TABLE big AS
    SELECT g % 50 AS region, 2000 + g % 26 AS year, (1000 + g % 977)::float8 AS value,
           (1000 + g % 977) * 1.05 ^ (g % 26) AS trend
    FROM generate_series(1, 300000) g;
ANALYZE big;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
    SELECT gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, trend) AS fit,
           gpumkt_growth(year, value)::text AS summary, gpumkt_share(value, region < 10) AS share,
           gpumkt_hhi(value) AS hhi
    FROM big;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT gpumkt_cagr(year, value), gpumkt_fit_rate(year, trend), gpumkt_growth(year, value),
       gpumkt_share(value, region < 10), gpumkt_hhi(value)
FROM big;
CREATE TEMP TABLE parallel AS
    SELECT gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, trend) AS fit,
           gpumkt_growth(year, value) AS summary, gpumkt_share(value, region < 10) AS share,
           gpumkt_hhi(value) AS hhi
    FROM big;
-- endpoints, share and HHI exactly; the fit's sums are merged in another
-- order, so to 1e-12 (floating-point addition is not associative)
SELECT p.cagr = s.cagr AS same_cagr, p.share = s.share AS same_share, p.hhi = s.hhi AS same_hhi,
       abs(p.fit - s.fit) <= 1e-12 * abs(s.fit) AS same_fit, round(p.fit::numeric, 9) AS fit,
       gpumkt_count(p.summary) AS rows_in_summary,
       gpumkt_cagr(p.summary) = s.cagr AS summary_cagr
FROM parallel p, serial s;
-- grouped, with partial aggregation below the Gather
EXPLAIN (COSTS OFF)
SELECT region, gpumkt_cagr(year, value) FROM big GROUP BY region;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.c = p.c) AS same
FROM (SELECT region, gpumkt_cagr(year, value) AS c FROM big GROUP BY region) p
JOIN (SELECT region, c FROM (SELECT region, gpumkt_cagr(year, value) AS c FROM big GROUP BY region) x) s USING (region);
-- dates through the implicit cast to timestamptz, in a parallel plan: the
-- workers read each date as its day, as the leader does (and as 1.4's date
-- form did, whatever the time zone: pg_regress's PST8PDT here)
CREATE TABLE big_days AS SELECT make_date(year, 7, 2) AS d, value FROM big;
ANALYZE big_days;
EXPLAIN (COSTS OFF) SELECT gpumkt_cagr(d, value) FROM big_days;
SELECT round(gpumkt_cagr(d, value)::numeric, 12) AS parallel_date_cagr,
       (SELECT round(power(sum(value::numeric) FILTER (WHERE d = (SELECT max(d) FROM big_days))
                           / sum(value::numeric) FILTER (WHERE d = (SELECT min(d) FROM big_days)),
                           365.25 / ((SELECT max(d) FROM big_days) - (SELECT min(d) FROM big_days))) - 1, 12)
        FROM big_days) AS expected,
       round(gpumkt_first_year(gpumkt_growth(d, value))::numeric, 9) AS first_year,
       (SELECT round(2000 + (min(d) - date '2000-01-01') / 365.25, 9) FROM big_days) AS expected_first
FROM big_days;
RESET ALL;
DROP TABLE big;
DROP TABLE big_days;
