-- Review of ranges, scenarios and what-if (issue 10): cases found by an
-- adversarial review.  The first part passes (kept as regressions); the
-- cases marked FINDING state the behaviour the quality bar asks for (22023
-- with the argument named, never a silent NULL or a silently changed input)
-- and fail until fixed.
SET extra_float_digits = 0;
SELECT gpumkt_scenario_set('review_bull', 'rate', 'global', 0.20);

-- three positional arguments still pick the market form, whatever the type
-- of the third (a scenario needs scenario =>)
-- error: unrecognized market "review_bull"
SELECT gpumkt_forecast('global', 2030, 'review_bull');
-- error: unrecognized market "review_bull"
SELECT gpumkt_forecast('global', 2030, 'review_bull'::varchar);
-- error: unrecognized market "review_bull"
SELECT gpumkt_forecast_range('global', 2030, 'review_bull');
SELECT gpumkt_forecast('global', 2030, NULL) IS NULL AS strict_null;
-- 18.2 x 1.2^5 = 45.287424 (issue 10)
SELECT gpumkt_forecast('global', 2030, scenario => 'review_bull');

-- the grid perturbs the cached inputs and puts them back: after the same
-- input given twice, an out-of-range pair and a refused call, the plain
-- forecast is sqrt(18.2 x 87.5) = 39.9061398784698 and the anchor 18.2
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[1], 'anchor:global:2025', ARRAY[2]);
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[1e300], 'anchor:global:2035', ARRAY[1e-300]);
-- error: values1 holds more than 1000 values
SELECT count(*) FROM gpumkt_grid('global', 2030, 'anchor:global:2025',
    (SELECT array_agg(g::float8) FROM generate_series(1, 1001) g), 'anchor:global:2035', ARRAY[1]);
SELECT gpumkt_forecast('global', 2030) AS plain, gpumkt_forecast('global', 2025) AS anchor;

-- FINDING 1: a share outside [0, 1] in gpumkt_grid is clamped silently: a
-- North America share of 5 gives the whole global market (87.5), -5 NULL.
-- Expected: 22023 naming values1, as gpumkt_scenario_set refuses a share
-- outside (0, 1].
-- error: values1 of gpumkt_grid holds a share outside [0, 1]
SELECT * FROM gpumkt_grid('north_america', 2035, 'region_share:north_america', ARRAY[5],
                          'rate:global', ARRAY[0.17]);

-- FINDING 2: an impossible anchor (0 or below) or rate (-1 or below) in
-- gpumkt_grid gives a silent NULL forecast. Expected: 22023 naming values1.
-- error: values1 of gpumkt_grid holds an impossible anchor
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[-1, 0]::float8[],
                          'anchor:global:2035', ARRAY[87.5]);

-- FINDING 3: gpumkt_funnel with an empty list of segments returns a step
-- whose filter, share, value, low and high are all NULL. Expected: 22023,
-- as gpumkt_segments_share refuses an empty list.
-- error: the list of segments of filter "component" is empty
SELECT * FROM gpumkt_funnel('north_america', 2035, '{"component": []}');
