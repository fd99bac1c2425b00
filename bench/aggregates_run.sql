-- One timed run of the aggregates benchmark (bench/aggregates.sh includes it
-- once per run): the query in :t_query, run at top level and timed with
-- clock_timestamp() around it, recorded in bench_runs under :t_section,
-- :t_label and :t_round (0 = warm-up, -1 = a run that chooses a formulation),
-- printed as :t_text.  When set, :t_workers and :t_work_mem are SET first.
\unset n
\unset r
\if :{?t_workers}
SET max_parallel_workers_per_gather = :t_workers;
\endif
\if :{?t_work_mem}
SET work_mem = :'t_work_mem';
\endif
SELECT clock_timestamp() AS t0 \gset
:t_query \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs \gset
\if :{?n}
\else
\set n ''
\endif
\if :{?r}
\else
\set r ''
\endif
INSERT INTO bench_runs (section, label, round, secs, n, r)
VALUES (:'t_section', :'t_label', :t_round, :secs, nullif(:'n', '')::bigint, nullif(:'r', '')::float8)
RETURNING format('  %-9s %-44s %8s s', CASE WHEN round = 0 THEN 'warm-up' WHEN round < 0 THEN 'select' ELSE 'round ' || round END,
                 :'t_text', to_char(secs, 'FM9990.000'));
