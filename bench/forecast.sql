-- Benchmark of gpumkt_forecast, part 1 (run by bench/forecast.sh, which sets
-- the psql variables n, rounds, jit and market): the extension, the table of
-- timings, the settings, and a line saying what runs.
\pset format unaligned
\pset tuples_only on
CREATE EXTENSION gpumkt;
CREATE TABLE bench_runs (query text, round int, secs float8, total numeric);
SET max_parallel_workers_per_gather = 0;
SET jit = :jit;
SELECT format('%s calls per query, %s rounds after a warm-up; %s; max_parallel_workers_per_gather = %s, jit = %s, work_mem = %s',
              :n, :rounds, split_part(version(), ' on ', 1),
              current_setting('max_parallel_workers_per_gather'), current_setting('jit'), current_setting('work_mem'));
