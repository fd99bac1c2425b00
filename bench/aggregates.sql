-- Benchmark of the growth aggregates, part 1 (run by bench/aggregates.sh,
-- which sets the psql variables N, ROUNDS, JIT and WORK_MEM): the helper
-- tables and functions, the table "bench", and the queries compared, in
-- psql variables (qa_g, qa_s, qb_g, qb_s, qc_g, q_<candidate>).
\pset format unaligned
\pset tuples_only on
SET client_min_messages = warning;
CREATE EXTENSION gpumkt;
DO $$
BEGIN
    IF string_to_array((SELECT extversion FROM pg_extension WHERE extname = 'gpumkt'), '.')::int[] < '{1,1}' THEN
        RAISE EXCEPTION 'gpumkt installed as version %, the benchmark needs 1.1 or later',
            (SELECT extversion FROM pg_extension WHERE extname = 'gpumkt');
    END IF;
END $$;
-- pg_prewarm is in postgresql-contrib; without it the warm-up scan alone
-- reads the table (into the OS cache; a big sequential scan keeps only a
-- ring of buffers)
SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_prewarm') AS have_prewarm \gset
\if :have_prewarm
CREATE EXTENSION pg_prewarm;
\endif
CREATE TABLE bench_runs (ord serial, section text, label text, round int, secs float8, n bigint, r float8);
CREATE TABLE bench_notes (k text PRIMARY KEY, v text);
CREATE TABLE bench_cands (name text PRIMARY KEY, descr text, q text);
CREATE TABLE bench_mem (ord serial, which text, node text, detail text, entries bigint,
                        batches int, kb bigint, disk_kb bigint);

-- relative difference of a from b: 0 when equal (NULLs too), infinity when
-- only one is NULL or b is 0
CREATE FUNCTION bench_rel(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$SELECT CASE WHEN a IS NOT DISTINCT FROM b THEN 0
                 WHEN a IS NULL OR b IS NULL OR b = 0 THEN 'Infinity'
                 ELSE abs(a - b) / abs(b) END$$;

-- the lines of EXPLAIN (COSTS OFF) or EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) of q
CREATE FUNCTION bench_explain(q text, do_analyze boolean) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    l text;
BEGIN
    FOR l IN EXECUTE CASE WHEN do_analyze THEN 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) '
                          ELSE 'EXPLAIN (COSTS OFF) ' END || q LOOP
        RETURN NEXT l;
    END LOOP;
END $$;

-- EXPLAIN ANALYZE q and keep the memory of its HashAggregate, Hash and Sort
-- nodes in bench_mem (which = label)
CREATE FUNCTION bench_memory(which text, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    l text;
    m text[];
    node text;
    detail text;
    entries bigint;
BEGIN
    FOR l IN SELECT * FROM bench_explain(q, true) LOOP
        m := regexp_match(l, '^\s*(?:->\s+)?([A-Z][A-Za-z ]*?)(?: on \S+.*)? \(actual rows=(\d+) loops=(\d+)\)');
        IF m IS NOT NULL THEN
            node := m[1];
            entries := m[2]::bigint * m[3]::bigint;
            detail := NULL;
            CONTINUE;
        END IF;
        m := regexp_match(l, '^\s*(Group Key|Sort Key|Hash Cond): (.*)$');
        IF m IS NOT NULL THEN
            detail := m[1] || ': ' || m[2];
            CONTINUE;
        END IF;
        -- HashAggregate: "Batches: 1  Memory Usage: 47121kB  [Disk Usage: ...kB]"
        -- Hash:          "Buckets: 131072  Batches: 1  Memory Usage: 5769kB"
        m := regexp_match(l, 'Batches: (\d+)\s+Memory Usage: (\d+)kB(?:\s+Disk Usage: (\d+)kB)?');
        IF m IS NOT NULL THEN
            INSERT INTO bench_mem (which, node, detail, entries, batches, kb, disk_kb)
            VALUES (which, node, detail, entries, m[1]::int, m[2]::bigint, coalesce(m[3]::bigint, 0));
            CONTINUE;
        END IF;
        -- Sort: "Sort Method: quicksort  Memory: 123kB" / "external merge  Disk: 123kB"
        m := regexp_match(l, 'Sort Method: (.*?)\s+(Memory|Disk): (\d+)kB');
        IF m IS NOT NULL THEN
            INSERT INTO bench_mem (which, node, detail, entries, batches, kb, disk_kb)
            VALUES (which, node || ' (' || m[1] || ')', detail, entries,
                    CASE WHEN m[2] = 'Disk' THEN 2 ELSE 1 END,
                    CASE WHEN m[2] = 'Memory' THEN m[3]::bigint ELSE 0 END,
                    CASE WHEN m[2] = 'Disk' THEN m[3]::bigint ELSE 0 END);
        END IF;
    END LOOP;
END $$;

-- refuse a parallel plan of q without a Partial Aggregate; then run it once
-- with EXPLAIN ANALYZE and say how many workers it had
CREATE FUNCTION bench_parallel_plan(label text, q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    plan text;
    planned text;
    launched text;
BEGIN
    plan := string_agg(l, E'\n') FROM bench_explain(q, false) AS l;
    IF plan !~ 'Partial Aggregate' THEN
        RAISE EXCEPTION 'the parallel plan of % has no Partial Aggregate:%', label, E'\n' || plan;
    END IF;
    plan := string_agg(l, E'\n') FROM bench_explain(q, true) AS l;
    planned := (regexp_match(plan, 'Workers Planned: (\d+)'))[1];
    launched := (regexp_match(plan, 'Workers Launched: (\d+)'))[1];
    INSERT INTO bench_notes VALUES ('launched ' || label, launched);
    RETURN format('  %s: Finalize Aggregate <- Gather <- Partial Aggregate; Workers Planned: %s, Launched: %s',
                  label, planned, launched);
END $$;

-- the queries compared: A and B over the whole table, C per grp
SELECT $q$SELECT gpumkt_cagr(year, value) AS r FROM bench$q$ AS qa_g,
       $q$SELECT sum(value) AS r FROM bench$q$ AS qa_s,
       $q$SELECT count(value) AS r FROM bench$q$ AS qa_c,
       $q$SELECT gpumkt_fit_rate(year, value) AS r FROM bench$q$ AS qb_g,
       $q$SELECT exp(regr_slope(ln(value), year)) - 1 AS r FROM bench$q$ AS qb_s,
       $q$SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, gpumkt_cagr(year, value) AS c FROM bench GROUP BY grp) s$q$ AS qc_g \gset

-- Plain-SQL endpoint CAGRs per grp: (total of the last year / total of the
-- first year) ^ (1 / (last - first)) - 1, NULL with a single year, as
-- gpumkt_cagr.  Section C runs each and compares gpumkt_cagr with the fastest.
INSERT INTO bench_cands VALUES
('arrays', 'pre-aggregate per (grp, year), then min/max(ARRAY[year, total]) per grp',
$q$SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, ((max(ARRAY[year, t]))[2] / (min(ARRAY[year, t]))[2])
                ^ (1 / nullif(max(year) - min(year), 0)) - 1 AS c
    FROM (SELECT grp, year::float8 AS year, sum(value) AS t FROM bench GROUP BY grp, year) gy
    GROUP BY grp) s$q$),
('window', 'pre-aggregate per (grp, year), then first_value/last_value windows per grp',
$q$SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, (lt / ft) ^ (1 / nullif(ly - fy, 0)::float8) - 1 AS c
    FROM (SELECT grp, row_number() OVER w AS rn,
                 first_value(year) OVER w AS fy, first_value(t) OVER w AS ft,
                 last_value(year) OVER w AS ly, last_value(t) OVER w AS lt
          FROM (SELECT grp, year, sum(value) AS t FROM bench GROUP BY grp, year) gy
          WINDOW w AS (PARTITION BY grp ORDER BY year
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) x
    WHERE rn = 1) s$q$),
('rawwindow', 'min/max(year) windows over the raw rows, then sum() FILTER per grp',
$q$SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, (sum(value) FILTER (WHERE year = ly) / sum(value) FILTER (WHERE year = fy))
                ^ (1 / nullif(ly - fy, 0)::float8) - 1 AS c
    FROM (SELECT grp, year, value, min(year) OVER w AS fy, max(year) OVER w AS ly
          FROM bench WINDOW w AS (PARTITION BY grp)) x
    GROUP BY grp, fy, ly) s$q$),
('join', 'two passes: min/max(year) per grp joined back, then sum() FILTER per grp',
$q$SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT b.grp, (sum(b.value) FILTER (WHERE b.year = e.ly) / sum(b.value) FILTER (WHERE b.year = e.fy))
                  ^ (1 / nullif(e.ly - e.fy, 0)::float8) - 1 AS c
    FROM bench b
    JOIN (SELECT grp, min(year) AS fy, max(year) AS ly FROM bench GROUP BY grp) e ON e.grp = b.grp
    GROUP BY b.grp, e.fy, e.ly) s$q$);
SELECT (SELECT q FROM bench_cands WHERE name = 'arrays') AS q_arrays,
       (SELECT q FROM bench_cands WHERE name = 'window') AS q_window,
       (SELECT q FROM bench_cands WHERE name = 'rawwindow') AS q_rawwindow,
       (SELECT q FROM bench_cands WHERE name = 'join') AS q_join \gset

SET max_parallel_workers_per_gather = 0;
SET jit = :JIT;
SELECT format('%s rows, %s rounds after a warm-up; %s; max_parallel_workers_per_gather = %s, jit = %s, shared_buffers = %s',
              :N, :ROUNDS, split_part(version(), ' on ', 1),
              current_setting('max_parallel_workers_per_gather'), current_setting('jit'),
              current_setting('shared_buffers'));

\echo
\echo '1. the table'
SELECT clock_timestamp() AS t0 \gset
CREATE UNLOGGED TABLE bench AS
SELECT (g % 100000) AS grp, 2000 + (g % 26) AS year, (1000 + (g % 977))::float8 AS value
FROM generate_series(1, :N) g;
VACUUM ANALYZE bench;
SELECT format('  built in %s s: %s rows, %s (%s pages)',
              to_char(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 'FM9990.0'),
              :N, pg_size_pretty(pg_relation_size('bench')), pg_relation_size('bench') / 8192);
\if :have_prewarm
SELECT format('  pg_prewarm: %s of %s pages read into shared buffers', pg_prewarm('bench'),
              pg_relation_size('bench') / 8192);
\else
SELECT '  pg_prewarm is not available: the table is cached by the OS only';
\endif
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS c FROM bench \gset
SELECT format('  warm-up scan: %s rows in %s s', :c,
              to_char(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 'FM9990.000'));
