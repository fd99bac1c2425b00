-- The results of the gpumkt_forecast benchmark (bench/forecast.sh runs it
-- with psql -At -F "|"): whether every run of both queries gave the same sum
-- to a relative 1e-9, the medians, their ratio, the sums and their relative
-- difference, on one line.
WITH med AS (
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'gpumkt') AS g,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'sql') AS s
    FROM bench_runs WHERE round > 0),
tot AS (   -- every run, warm-ups included, must give the same sum
    SELECT min(total) FILTER (WHERE query = 'gpumkt') AS g_min, max(total) FILTER (WHERE query = 'gpumkt') AS g_max,
           min(total) FILTER (WHERE query = 'sql') AS s_min, max(total) FILTER (WHERE query = 'sql') AS s_max
    FROM bench_runs),
diff AS (
    SELECT greatest(abs(g_max - s_min), abs(g_min - s_max)) / nullif(abs(s_min), 0) AS rel FROM tot)
SELECT coalesce(diff.rel <= 1e-9, false), to_char(med.g, 'FM990.000'), to_char(med.s, 'FM990.000'),
       to_char(med.g / nullif(med.s, 0), 'FM990.00'), tot.g_min, tot.s_min, trim(to_char(diff.rel, '9.9EEEE'))
FROM med, tot, diff;
