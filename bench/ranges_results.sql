-- The results of the ranges benchmark (bench/ranges.sh runs it with psql -At
-- -F "|"): whether every run of each query gave one sum, the medians of the
-- timed rounds and the ratios of range and scenario to plain, on one line.
WITH med AS (
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'plain') AS p,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'range') AS r,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'scenario') AS s,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'range_select') AS rs
    FROM bench_runs WHERE round > 0),
same AS (
    SELECT bool_and(n = 1) AS ok
    FROM (SELECT count(DISTINCT total) AS n FROM bench_runs GROUP BY query) AS q)
SELECT same.ok, to_char(med.p, 'FM990.000'), to_char(med.r, 'FM990.000'), to_char(med.s, 'FM990.000'),
       to_char(med.r / nullif(med.p, 0), 'FM990.00'), to_char(med.s / nullif(med.p, 0), 'FM990.00'),
       to_char(med.rs, 'FM990.000'), to_char(med.rs / nullif(med.p, 0), 'FM990.00')
FROM med, same;
