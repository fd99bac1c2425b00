-- Benchmark of ranges and scenarios, part 1 (run by bench/ranges.sh, which
-- sets the psql variables n, rounds and market): the extension, the bull
-- scenario, the table of timings, the settings, and a line saying what runs.
\pset format unaligned
\pset tuples_only on
CREATE EXTENSION gpumkt;
SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.20) \gset
CREATE TABLE bench_runs (query text, round int, secs float8, total numeric);
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT format('%s calls per query, %s rounds after a warm-up; %s; max_parallel_workers_per_gather = %s, jit = %s',
              :n, :rounds, split_part(version(), ' on ', 1),
              current_setting('max_parallel_workers_per_gather'), current_setting('jit'));
