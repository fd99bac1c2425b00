-- One round of the ranges benchmark (bench/ranges.sh includes it once per
-- round, :round = 0 for the warm-up): the same :n forecasts as plain
-- gpumkt_forecast, as gpumkt_forecast_range (low + value + high) and as
-- gpumkt_forecast with scenario => 'bull', each timed and recorded.

SELECT clock_timestamp() AS t0 \gset
SELECT sum(gpumkt_forecast(k.region, k.year, market => :'market', extrapolate => true)) AS total
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k \gset
INSERT INTO bench_runs VALUES ('plain', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-34s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'gpumkt_forecast', to_char(secs, 'FM990.000'));

SELECT clock_timestamp() AS t0 \gset
SELECT sum(r.low + r.value + r.high) AS total
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k
CROSS JOIN LATERAL gpumkt_forecast_range(k.region, k.year, market => :'market', extrapolate => true) AS r \gset
INSERT INTO bench_runs VALUES ('range', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-34s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'gpumkt_forecast_range', to_char(secs, 'FM990.000'));

SELECT clock_timestamp() AS t0 \gset
SELECT sum((s.r).low + (s.r).value + (s.r).high) AS total
FROM (SELECT gpumkt_forecast_range(k.region, k.year, market => :'market', extrapolate => true) AS r
      FROM generate_series(1, :n) AS g
      CROSS JOIN LATERAL (
          SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
                 2020 + ((g - 1) / 3) % 21 AS year) AS k
      OFFSET 0) s \gset
INSERT INTO bench_runs VALUES ('range_select', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-34s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'gpumkt_forecast_range (select list)', to_char(secs, 'FM990.000'));

SELECT clock_timestamp() AS t0 \gset
SELECT sum(gpumkt_forecast(k.region, k.year, scenario => 'bull', market => :'market', extrapolate => true)) AS total
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k \gset
INSERT INTO bench_runs VALUES ('scenario', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-34s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'gpumkt_forecast scenario => ''bull''', to_char(secs, 'FM990.000'));
