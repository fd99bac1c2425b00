-- Section 5 of the aggregates benchmark, before its timed runs: costs that
-- make a parallel plan likely, and the check that both aggregates get one
-- with a Partial Aggregate (bench_parallel_plan).
RESET work_mem;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT bench_parallel_plan('gpumkt_cagr', :'qa_g');
SELECT bench_parallel_plan('gpumkt_fit_rate', :'qb_g');
