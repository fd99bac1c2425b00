-- One round of the gpumkt_forecast benchmark (bench/forecast.sh includes it
-- once per round, :round = 0 for the warm-up): gpumkt_forecast, then the same
-- forecasts in plain SQL, each timed with clock_timestamp() around it and
-- recorded in bench_runs.
--
-- Both compute, for g in 1..:n, the forecast of region g cycling over global,
-- north_america, united_states and year 2020 + ((g-1)/3) % 21, and sum them.

SELECT clock_timestamp() AS t0 \gset
SELECT sum(gpumkt_forecast(k.region, k.year, market => :'market', extrapolate => true)) AS total
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k \gset
INSERT INTO bench_runs VALUES ('gpumkt', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-16s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'gpumkt_forecast', to_char(secs, 'FM990.000'));

-- The same forecasts in plain SQL (float8 arithmetic, numeric result per
-- row), following src/pg/market/forecast.c steps 1-4 (see bench/forecast.sh).
SELECT clock_timestamp() AS t0 \gset
SELECT sum(v.value) AS total
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k
-- whose figures: the region's own, or (step 4) those of the region it has a
-- share of, when it has no anchor that year and nothing to grow one from
CROSS JOIN LATERAL (
    SELECT coalesce(sh.of_region, k.region) AS region, sh.share
    FROM (SELECT) AS one
    LEFT JOIN LATERAL (
        SELECT s.of_region, s.share
        FROM gpumkt_region_shares s
        WHERE s.market = :'market' AND s.region = k.region
          AND NOT EXISTS (SELECT FROM gpumkt_anchors a
                          WHERE a.market = s.market AND a.region = s.region AND a.year = k.year)
          AND NOT EXISTS (SELECT FROM gpumkt_rates r
                          WHERE r.market = s.market AND r.region = s.region)
          AND (SELECT count(*) FROM gpumkt_anchors a
               WHERE a.market = s.market AND a.region = s.region) < 2
        ORDER BY s.year <= k.year DESC, abs(s.year - k.year)   -- latest at or before, else earliest
        LIMIT 1) AS sh ON true) AS src
-- the nearest anchors at or before, and at or after, the year
LEFT JOIN LATERAL (
    SELECT a.year, a.value FROM gpumkt_anchors a
    WHERE a.market = :'market' AND a.region = src.region AND a.year <= k.year
    ORDER BY a.year DESC LIMIT 1) AS lo ON true
LEFT JOIN LATERAL (
    SELECT a.year, a.value FROM gpumkt_anchors a
    WHERE a.market = :'market' AND a.region = src.region AND a.year >= k.year
    ORDER BY a.year LIMIT 1) AS hi ON true
-- the rate whose period is nearest the year (ties: the later period; no period: last)
LEFT JOIN LATERAL (
    SELECT r.rate FROM gpumkt_rates r
    WHERE r.market = :'market' AND r.region = src.region
    ORDER BY greatest(r.from_year - k.year, k.year - r.to_year, 0) NULLS LAST, r.to_year DESC
    LIMIT 1) AS rt ON true
CROSS JOIN LATERAL (
    SELECT CASE
        WHEN lo.year = k.year THEN lo.value                         -- 1. the anchor
        WHEN lo.year IS NOT NULL AND hi.year IS NOT NULL            -- 2. between two anchors
            THEN (lo.value::float8 * (hi.value::float8 / lo.value::float8)
                  ^ ((k.year - lo.year)::float8 / (hi.year - lo.year)))::numeric
        ELSE (coalesce(lo.value, hi.value)::float8                  -- 3. grown from the nearest
              * (1 + rt.rate::float8) ^ (k.year - coalesce(lo.year, hi.year)))::numeric
        END AS own) AS o
CROSS JOIN LATERAL (
    SELECT CASE WHEN src.share IS NULL THEN o.own                   -- 4. share of the parent
                ELSE (src.share::float8 * o.own::float8)::numeric END AS value) AS v \gset
INSERT INTO bench_runs VALUES ('sql', :round, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-16s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 'SQL join', to_char(secs, 'FM990.000'));
