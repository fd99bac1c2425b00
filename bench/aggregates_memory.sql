-- Section 6 of the aggregates benchmark: typlen of gpumkt_growth, the slope
-- check B compares with, and the memory of the grouped queries' nodes
-- (bench_memory); then the table is dropped.
SET max_parallel_workers_per_gather = 0;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SET work_mem = :'WORK_MEM';
INSERT INTO bench_notes SELECT 'typlen', typlen::text FROM pg_type WHERE oid = 'gpumkt_growth'::regtype;
-- for check B: the SQL's slope itself (untimed)
INSERT INTO bench_notes SELECT 'regr_slope', regr_slope(ln(value), year)::text FROM bench;
SELECT bench_memory('gpumkt', :'qc_g') AS done \gset
SELECT bench_memory('sql', :'q_csql') AS done \gset
SELECT bench_memory('sum', $q$SELECT count(*) AS n, sum(c) AS r FROM (SELECT grp, sum(value) AS c FROM bench GROUP BY grp) s$q$) AS done \gset
\echo '  (the memory of each node is listed below, before the summary)'
RESET work_mem;
DROP TABLE bench;
