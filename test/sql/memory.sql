-- memory: the calls of a query share one read of the regions, whatever the
-- call site and the market, and each market adds only its own figures, read
-- on its first use.  The cache lives in the backend's "gpumkt cache" memory
-- context until the end of the transaction.  (Forecasts run in this
-- backend here, not in parallel workers, so that its memory can be read.)
SET force_parallel_mode = off;
SET max_parallel_workers_per_gather = 0;
-- the cache is the backend's own: the forecasts run here, not in parallel
-- workers (the suite also runs with force_parallel_mode = regress)
SET force_parallel_mode = off;
INSERT INTO gpumkt_regions (region, name, parent, kind)
    SELECT 'mem_' || g, 'Memory region ' || g, 'global', 'group' FROM generate_series(1, 2000) g;
INSERT INTO gpumkt_markets (market, name) SELECT 'mem_' || m, 'Memory market ' || m FROM generate_series(1, 40) m;
INSERT INTO gpumkt_anchors (market, region, year, value)
    SELECT 'mem_' || m, 'global', y, m * (y - 2000) FROM generate_series(1, 40) m, (VALUES (2020), (2030)) v(y);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region)
    SELECT 'mem_' || m, 'mem_' || m, 2020, 0.5, 'global' FROM generate_series(1, 40) m;

BEGIN;
-- one forecast: the regions and one market
SELECT gpumkt_forecast('mem_1', 2025, market => 'mem_1') AS one_market;
SELECT count(*) AS caches, sum(total_bytes) AS one_bytes
FROM pg_backend_memory_contexts WHERE name = 'gpumkt cache' \gset
SELECT :caches AS caches;
-- 40 markets at one call site, and five call sites over them in one query:
-- market m has global 20m in 2020 and 30m in 2030, so 2025 is m x 600^(1/2),
-- and mem_m half of it: sums over m = 1..40 of 410 x 600^(1/2) = 10042.907945
-- and 820 x 600^(1/2) = 20085.815891
SELECT round(sum(gpumkt_forecast('mem_' || m, 2025, market => 'mem_' || m)), 6) AS forty_markets,
       round(sum(gpumkt_try_forecast('global', 2025, market => 'mem_' || m)), 6) AS site_2,
       sum(gpumkt_region_share('mem_' || m, 2025, 'mem_' || m)) AS site_3_expect_20,
       count(gpumkt_resolve_region('Memory region ' || m)) AS site_4,
       count(*) FILTER (WHERE gpumkt_forecast('global', 2020, market => 'mem_' || m) = m * 20) AS site_5_expect_40
FROM generate_series(1, 40) m;
-- still one cache, and 39 more markets cost less than the regions did
SELECT count(*) AS caches_expect_1, sum(total_bytes) - :one_bytes < :one_bytes AS markets_cost_less_than_regions,
       sum(total_bytes) < 4 * 1024 * 1024 AS under_4_mb
FROM pg_backend_memory_contexts WHERE name = 'gpumkt cache';
-- gpumkt_audit() (a SQL function calling the forecasts) reads through the same cache
SELECT count(*) >= 0 AS audited FROM gpumkt_audit();
SELECT count(*) AS caches_expect_1, sum(total_bytes) < 4 * 1024 * 1024 AS under_4_mb
FROM pg_backend_memory_contexts WHERE name = 'gpumkt cache';
COMMIT;
-- the transaction is over, and so is what it read
SELECT count(*) AS caches, max(total_bytes) <= 8192 AS emptied
FROM pg_backend_memory_contexts WHERE name = 'gpumkt cache';

-- issue 18: one forecast reads the regions it needs (the name asked for,
-- by the gpumkt_name_key indexes, and the regions its market's rows name),
-- not the 2,000 regions above: 1.4 read every row of gpumkt_regions.
-- mem_7 is half of 7 x 600^(1/2) in 2025: 3.5 x 24.494897 = 85.732141
-- (the counts of the transaction: those of earlier ones flushed first)
ANALYZE gpumkt_regions;
SELECT pg_stat_force_next_flush();
BEGIN;
SELECT round(gpumkt_forecast('mem_7', 2025, market => 'mem_7')::numeric, 6) AS one_forecast;
SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) < 100 AS read_few_regions
FROM pg_stat_xact_user_tables WHERE relname = 'gpumkt_regions';
COMMIT;

DELETE FROM gpumkt_region_shares WHERE market LIKE 'mem\_%';
DELETE FROM gpumkt_anchors WHERE market LIKE 'mem\_%';
DELETE FROM gpumkt_markets WHERE market LIKE 'mem\_%';
DELETE FROM gpumkt_regions WHERE region LIKE 'mem\_%';
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;
