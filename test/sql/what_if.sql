-- what_if: sensitivity (tornado), two-way data tables, shares of combined
-- segments and funnels.  Expected values by independent arithmetic.
SET extra_float_digits = 0;

-- Global 2030 lies between the anchors 18.2 (2025) and 87.5 (2035): its
-- forecast is sqrt(a2025 x a2035); moving either anchor by +/- 10 % gives
-- sqrt(0.9) and sqrt(1.1) times it, a swing of 39.9061399 x (sqrt(1.1) -
-- sqrt(0.9)) = 3.9956242 for each.
SELECT input, base, round(value_low, 7) AS value_low, round(value_high, 7) AS value_high, round(swing, 7) AS swing,
       round(swing, 7) = round(sqrt(18.2 * 87.5) * (sqrt(1.1) - sqrt(0.9)), 7) AS ok
FROM gpumkt_sensitivity('global', 2030) ORDER BY input;
-- North America's on-premises market in 2035: three inputs of one product,
-- 0.457 x 0.365 x 87.5, each moved 20 %: 14.5954375 x 0.4 = 5.838175
SELECT input, base, round(swing, 7) AS swing, round(swing, 7) = round(0.457 * 0.365 * 87.5 * 0.4, 7) AS ok
FROM gpumkt_sensitivity('north_america', 2035, 'deployment', 'on_premises', delta => 0.2) ORDER BY input;
-- 2040: the rate and the 2035 anchor; the rate moves the value most
SELECT input, round(swing, 7) AS swing FROM gpumkt_sensitivity('global', 2040, extrapolate => true);
SELECT round(swing, 7) = round(87.5 * (1.187 ^ 5 - 1.153 ^ 5), 7) AS rate_swing_ok
FROM gpumkt_sensitivity('global', 2040, extrapolate => true) WHERE input LIKE 'gpumkt_rates%';
-- error: delta outside (0, 1) (22023)
SELECT * FROM gpumkt_sensitivity('global', 2030, delta => 1.5);
-- error: no figure (02000)
SELECT * FROM gpumkt_sensitivity('europe', 2030);
-- the cached market is left as it was, even after an error
SELECT gpumkt_forecast('global', 2035) AS global_2035;

-- a data table: global 2040 for rates x 2035 anchors: a x (1 + r)^5
SELECT value1, value2, round(forecast, 7) AS forecast,
       round(forecast, 7) = round((value2 * (1 + value1) ^ 5)::numeric, 7) AS ok
FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY[0.15, 0.17, 0.20], 'anchor:global:2035', ARRAY[80, 87.5], extrapolate => true);
-- a segment share and the region share
SELECT value1, value2, round(forecast, 7) AS forecast,
       round(forecast, 7) = round((value1 * value2 * 87.5)::numeric, 7) AS ok
FROM gpumkt_grid('north_america', 2035, 'region_share:north_america', ARRAY[0.3, 0.4], 'segment_share:deployment:public_cloud', ARRAY[0.5]);
SELECT gpumkt_forecast('north_america', 2035) AS unchanged;
-- the inputs as gpumkt_sensitivity names them (its input column) name the
-- same inputs: the same table as the short forms
SELECT count(*) AS cells,
       count(*) FILTER (WHERE a.forecast = b.forecast) AS same
FROM gpumkt_grid('global', 2040, 'gpumkt_rates(global, 2025-2035)', ARRAY[0.15, 0.2],
                 'gpumkt_anchors(global, 2035)', ARRAY[80, 87.5], extrapolate => true) a
JOIN gpumkt_grid('global', 2040, 'rate:global:2035', ARRAY[0.15, 0.2], 'anchor:global:2035', ARRAY[80, 87.5], extrapolate => true) b
  USING (value1, value2);
SELECT value1, round(forecast, 7) AS forecast FROM gpumkt_grid('US', 2030, 'gpumkt_rates(united_states, no period)', ARRAY[0.1],
    'gpumkt_anchors(united_states, 2024)', ARRAY[6.01]);
SELECT round(6.01 * 1.1 ^ 6, 7) AS expected;
-- error: an input the market does not have (22023)
SELECT * FROM gpumkt_grid('global', 2040, 'rate:europe', ARRAY[0.1], 'anchor:global:2035', ARRAY[80], extrapolate => true);
-- error: an input of no known kind (22023)
SELECT * FROM gpumkt_grid('global', 2040, 'growth:global', ARRAY[0.1], 'anchor:global:2035', ARRAY[80], extrapolate => true);
-- error: NaN among the values (22023)
SELECT * FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY['NaN']::float8[], 'anchor:global:2035', ARRAY[80], extrapolate => true);

-- shares of segments together
SELECT 'software + services' AS segments, * FROM gpumkt_segments_share('component', ARRAY['software', 'services'])
UNION ALL SELECT 'hardware', * FROM gpumkt_segments_share('component', ARRAY['Hardware'])
UNION ALL SELECT 'software', * FROM gpumkt_segments_share('component', ARRAY['software'])
UNION ALL SELECT 'every component', * FROM gpumkt_segments_share('component', ARRAY['hardware', 'software', 'services'])
UNION ALL SELECT 'public cloud + on-premises', * FROM gpumkt_segments_share('deployment', ARRAY['public_cloud', 'on_premises']);
-- error: an empty list (22023)
SELECT * FROM gpumkt_segments_share('component', ARRAY[]::text[]);

-- funnels: North America 2035, on-premises x large/hyperscale = 31.9375 x
-- 0.457 x 0.487 = 7.1079781
SELECT step, filter, share, round(value, 7) AS value, round(low, 7) AS low, round(high, 7) AS high, assumption
FROM gpumkt_funnel('north_america', 2035, '{"deployment": "on_premises", "cluster_size": "large_hyperscale"}');
SELECT round(value, 7) = round(0.365 * 87.5 * 0.457 * 0.487, 7) AS ok
FROM gpumkt_funnel('north_america', 2035, '{"deployment": "on_premises", "cluster_size": "large_hyperscale"}') WHERE step = 3;
-- a list of one dimension's segments, and the user's own reach (SOM)
SELECT step, filter, share, round(value, 7) AS value, round(low, 7) AS low, round(high, 7) AS high
FROM gpumkt_funnel('global', 2035, '{"component": ["software", "services"], "reach": 0.05}');
-- an unknown share: only bounds
SELECT step, filter, share, value, round(low, 7) AS low, round(high, 7) AS high
FROM gpumkt_funnel('global', 2035, '{"component": "software"}');
-- error: filters not an object (22023)
SELECT * FROM gpumkt_funnel('global', 2035, '["software"]');
-- error: a reach above 1 (22023)
SELECT * FROM gpumkt_funnel('global', 2035, '{"reach": 5}');
-- error: an unrecognized dimension (22023)
SELECT * FROM gpumkt_funnel('global', 2035, '{"colour": "red"}');
-- error: a number where a segment belongs (22023)
SELECT * FROM gpumkt_funnel('global', 2035, '{"component": 3}');

-- issue 17 item 4: beyond double precision, gpumkt_grid raises the
-- forecast's 22003 rather than give NULL
-- error: 1e300 x 1001^5 (22003)
SELECT * FROM gpumkt_grid('global', 2040, 'anchor:global:2035', array[1e300], 'rate:global', array[1e3], exceptional => true, extrapolate => true);
SELECT gpumkt_scenario_set('huge', 'anchor', 'global', 1e300, year => 2035);
SELECT gpumkt_scenario_set('huge', 'rate', 'global', 1e3, year => 2035, exceptional => true);
-- error: the same scenario's forecast (22003)
SELECT gpumkt_forecast('global', 2040, scenario => 'huge', extrapolate => true);
SELECT gpumkt_scenario_drop('huge');
-- issue 17 item 3: a rate above 1 in the grid follows gpumkt_rates' rule
-- error: a rate of 17 without exceptional (22023)
SELECT * FROM gpumkt_grid('global', 2040, 'rate:global', array[0.2, 17], 'anchor:global:2035', array[87.5], extrapolate => true);
-- meant: 87.5 x 18^5 from the 2035 anchor
SELECT value1, value2, round(forecast, 6) = round(87.5 * 18.0 ^ 5, 6) AS meant
FROM gpumkt_grid('global', 2040, 'rate:global', array[17], 'anchor:global:2035', array[87.5], exceptional => true, extrapolate => true);

-- the grid perturbs the cached inputs and puts them back: after the same
-- input given twice, an out-of-range pair and a refused call, the plain
-- forecast is sqrt(18.2 x 87.5) = 39.9061398784698 and the anchor 18.2
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[1], 'anchor:global:2025', ARRAY[2]);
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[1e300], 'anchor:global:2035', ARRAY[1e-300]);
-- error: values1 holds more than 1000 values
SELECT count(*) FROM gpumkt_grid('global', 2030, 'anchor:global:2025',
    (SELECT array_agg(g::float8) FROM generate_series(1, 1001) g), 'anchor:global:2035', ARRAY[1]);
SELECT gpumkt_forecast('global', 2030) AS plain, gpumkt_forecast('global', 2025) AS anchor;

-- a share outside [0, 1] in gpumkt_grid is refused, 22023 naming values1,
-- as gpumkt_scenario_set refuses a share outside (0, 1] (it was clamped
-- silently: a North America share of 5 gave the whole global market, 87.5).
-- error: values1 of gpumkt_grid holds a share outside [0, 1]
SELECT * FROM gpumkt_grid('north_america', 2035, 'region_share:north_america', ARRAY[5],
                          'rate:global', ARRAY[0.17]);

-- an impossible anchor (0 or below) or rate (-1 or below) in gpumkt_grid
-- is refused, 22023 naming values1 (it gave a silent NULL forecast).
-- error: values1 of gpumkt_grid holds an impossible anchor
SELECT * FROM gpumkt_grid('global', 2030, 'anchor:global:2025', ARRAY[-1, 0]::float8[],
                          'anchor:global:2035', ARRAY[87.5]);

-- gpumkt_funnel with an empty list of segments is refused (22023), as
-- gpumkt_segments_share refuses an empty list (it returned a step whose
-- filter, share, value, low and high were all NULL).
-- error: the list of segments of filter "component" is empty
SELECT * FROM gpumkt_funnel('north_america', 2035, '{"component": []}');

-- gpumkt_grid with one input on both axes must leave the cached input
-- as it was: global 2040 grows from the 2035 anchor at the 17 % rate, so
-- the same value before and after the grid, in one snapshot (repeatable
-- read keeps the cache between statements).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT gpumkt_forecast('global', 2040, extrapolate => true) AS before;
SELECT count(*) FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY[0.5], 'rate:global', ARRAY[0.9], extrapolate => true);
SELECT gpumkt_forecast('global', 2040, extrapolate => true) AS after;
COMMIT;

-- 2.0: outside the years the figures cover (2024 to 2035), every what-if
-- takes extrapolate => true (22023 otherwise)
SELECT * FROM gpumkt_sensitivity('global', 2040);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM gpumkt_grid('global', 2036, 'rate:global', ARRAY[0.1], 'anchor:global:2035', ARRAY[80]);
\echo :LAST_ERROR_SQLSTATE
SELECT step, value FROM gpumkt_funnel('global', 2040, '{"deployment": "public_cloud"}');
\echo :LAST_ERROR_SQLSTATE
-- 87.5 x 1.17^5 x 0.543 = 104.1686873
SELECT step, round(value, 7) AS value, round(87.5 * 1.17 ^ 5 * 0.543, 7) AS expected
FROM gpumkt_funnel('global', 2040, '{"deployment": "public_cloud"}', extrapolate => true) WHERE step = 2;
-- a segment by name, and a dimension without its segment (22023)
SELECT count(*) AS inputs FROM gpumkt_sensitivity('global', 2030, dimension => 'deployment', segment => 'public_cloud');
SELECT * FROM gpumkt_sensitivity('global', 2030, 'deployment');
\echo :LAST_ERROR_SQLSTATE

-- Output digits (2.0, issue 20): every figure to 15 significant digits, as
-- gpumkt_forecast gives them.  The funnel's high of on-premises is
-- 32.0775482093664 x 0.4575 = 14.675478305785128 (17 digits), to 15:
-- 14.6754783057851; of large/hyperscale after it, 14.6754783057851 x
-- 0.4875 = 7.15429567407023625, to 15: 7.15429567407024
SELECT step, value, low, high,
       CASE step WHEN 2 THEN high = round(32.0775482093664 * 0.4575, 13)
                 WHEN 3 THEN high = round(14.6754783057851 * 0.4875, 14) END AS high_to_15_digits
FROM gpumkt_funnel('north_america', 2035, '{"deployment": "on_premises", "cluster_size": "large_hyperscale"}');
-- the swing of a tornado is value_high - value_low as shown:
-- 41.8539126008549 - 37.8582883923719 = 3.995624208483 in both rows
SELECT input, value_low, value_high, swing, swing = value_high - value_low AS swing_as_shown
FROM gpumkt_sensitivity('global', 2030);
-- no numeric of these functions has more than 15 significant digits (the
-- digits of the number, its leading zeros and point left out)
WITH n(what, x) AS (
    SELECT 'funnel', unnest(ARRAY[value, low, high])
    FROM gpumkt_funnel('north_america', 2031, '{"deployment": "on_premises", "cluster_size": "large_hyperscale", "reach": 0.07}')
    UNION ALL SELECT 'sensitivity', unnest(ARRAY[base, value_low, value_high, swing]) FROM gpumkt_sensitivity('north_america', 2031)
    UNION ALL SELECT 'segments_share', unnest(ARRAY[low, value, high]) FROM gpumkt_segments_share('component', ARRAY['software', 'services'])
    UNION ALL SELECT 'audit', discrepancy FROM gpumkt_audit()
    UNION ALL SELECT 'consensus', unnest(ARRAY[mean, median, low, high, spread])
              FROM gpumkt_consensus('ai_training_gpu_clusters', 'north_america', 2031)
    UNION ALL SELECT 'reconcile', unnest(ARRAY[forecast, reconciled, adjustment])
              FROM gpumkt_reconcile('ai_training_gpu_clusters', 2031, method => 'proportional')
    UNION ALL SELECT 'grid', forecast FROM gpumkt_grid('global', 2031, 'rate:global', '{0.1, 0.17}', 'anchor:global:2025', '{18.2, 19.7}'))
SELECT what, count(*) AS figures,
       max(length(ltrim(translate(trim_scale(abs(x))::text, '.', ''), '0'))) <= 15 AS at_most_15_digits
FROM n WHERE x IS NOT NULL GROUP BY what ORDER BY what;
-- the audit's discrepancies, to 15 digits: North America's share stated
-- (0.365) against its own anchors' (6.60 / 18.2 = 0.362637362637...),
-- 0.365 - 0.36263736263736264 = 0.00236263736263736 (-0.00236... as the
-- audit signs it)
SELECT finding, discrepancy FROM gpumkt_audit() WHERE market = 'ai_training_gpu_clusters' ORDER BY finding, discrepancy;
