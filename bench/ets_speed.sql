-- Part of bench/ets_vs_r.sh: :n series of 48 monthly points (a level, a
-- trend and a cycle that vary with the series, and noise from a hash of
-- (g, t)), fitted by one GROUP BY; the cost of reading the rows measured
-- by the same GROUP BY with gpumkt_fit_rate.  (bench/ets_vs_r.sh writes
-- :nr of the series to speed.csv for R.)
CREATE TABLE speed AS
SELECT g, (date '2020-01-01' + make_interval(months => t))::date AS d,
       100 + g % 17 + (g % 5) * 0.3 * t + (5 + g % 11) * sin(2 * pi() * t / 12 + g)
       + 4 * ((sin(g * 12.9898 + t * 78.233) * 43758.5453) - floor(sin(g * 12.9898 + t * 78.233) * 43758.5453) - 0.5) AS y
FROM generate_series(1, :n) g, generate_series(0, 47) t;
VACUUM ANALYZE speed;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM speed;
\echo gpumkt_fit_rate, GROUP BY, serial:
\timing on
SELECT count(r) FROM (SELECT gpumkt_fit_rate(d, y) AS r FROM speed GROUP BY g) s;
\echo gpumkt_ets, GROUP BY, serial:
SELECT count(m) FROM (SELECT gpumkt_ets(d, y) AS m FROM speed GROUP BY g) s;
\timing off
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
\echo gpumkt_ets, GROUP BY, 2 workers:
\timing on
SELECT count(m) FROM (SELECT gpumkt_ets(d, y) AS m FROM speed GROUP BY g) s;
\timing off
SELECT kind, count(*) FROM (SELECT (gpumkt_model_info(gpumkt_ets(d, y))).kind FROM speed WHERE g <= 200 GROUP BY g) s GROUP BY kind ORDER BY 2 DESC;
-- A plain GROUP BY in parallel splits the collection of the points among
-- the workers, and the leader fits every group (the final function runs
-- after the Gather).  For the fits to run in the workers, partition the
-- table by the series and aggregate partition-wise: each worker then
-- aggregates whole groups.
CREATE TABLE speed_p (g int, d date, y float8) PARTITION BY HASH (g);
CREATE TABLE speed_p0 PARTITION OF speed_p FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE speed_p1 PARTITION OF speed_p FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE speed_p2 PARTITION OF speed_p FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE speed_p3 PARTITION OF speed_p FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO speed_p SELECT * FROM speed;
VACUUM ANALYZE speed_p;
SET enable_partitionwise_aggregate = on;
-- partitions too small for a parallel scan of their own: whole partitions
-- go to the workers (Parallel Append), each aggregated completely there
SET min_parallel_table_scan_size = '1GB';
EXPLAIN (COSTS OFF) SELECT gpumkt_ets(d, y) AS m FROM speed_p GROUP BY g;
\echo gpumkt_ets, partition-wise GROUP BY, 2 workers:
\timing on
SELECT count(m) FROM (SELECT gpumkt_ets(d, y) AS m FROM speed_p GROUP BY g) s;
\timing off
SET max_parallel_workers_per_gather = 0;
\echo gpumkt_ets, partition-wise GROUP BY, serial:
\timing on
SELECT count(m) FROM (SELECT gpumkt_ets(d, y) AS m FROM speed_p GROUP BY g) s;
\timing off
