-- segments: gpumkt_forecast(region, year, dimension, segment) and
-- gpumkt_segment_share.  A segment's value is its region's forecast times
-- its share, held at 2025; segments without a figure are an error, never a guess.

-- 87.5 x 0.543 = 47.5125
SELECT gpumkt_forecast('global', 2035, 'deployment', 'public_cloud') AS public_cloud_2035, 47.5125 AS expected;
-- on-premises is derived: 87.5 x 0.457 = 39.9875, and the two add up to the whole
SELECT gpumkt_forecast('global', 2035, 'Deployment', 'On-premises') AS on_premises_2035, 39.9875 AS expected,
       gpumkt_forecast('global', 2035, 'deployment', 'public_cloud')
       + gpumkt_forecast('global', 2035, 'deployment', 'on_premises') AS both, 87.5 AS expected;
-- a region's segment: 0.365 x 87.5 x 0.785 = 25.0709375
SELECT gpumkt_forecast('north_america', 2035, 'component', 'hardware') AS na_hardware_2035, 25.0709375 AS expected;
-- 2025: 18.2 x 0.659 = 11.9938; 18.2 x 0.628 = 11.4296; 18.2 x 0.487 = 8.8634
SELECT gpumkt_forecast('global', 2025, 'industry', 'IT & technology') AS it_2025, 11.9938 AS expected,
       gpumkt_forecast('global', 2025, 'end_user', 'cloud_service_providers') AS csp_2025, 11.4296 AS expected,
       gpumkt_forecast('global', 2025, 'cluster size', 'large_hyperscale') AS large_2025, 8.8634 AS expected;

-- shares as fractions
SELECT gpumkt_segment_share('deployment', 'public_cloud') AS expect_0_543,
       gpumkt_segment_share('deployment', 'on_premises') AS expect_0_457,
       gpumkt_segment_share('component', 'Hardware') AS expect_0_785;

-- every segment, with what is known of it
SELECT dimension, segment, share, basis FROM gpumkt_segments ORDER BY dimension, ordinal;

-- error: a segment the report gives no figure for (no-data class, 02000)
SELECT gpumkt_forecast('global', 2035, 'component', 'software');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_segment_share('industry', 'others');
\echo :LAST_ERROR_SQLSTATE
-- error: unknown dimension or segment (22023), with the known ones as a hint
SELECT gpumkt_forecast('global', 2035, 'colour', 'red');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_segment_share('deployment', 'hybrid');
\echo :LAST_ERROR_SQLSTATE
-- error: the region part fails as in gpumkt_forecast
SELECT gpumkt_forecast('europe', 2035, 'deployment', 'public_cloud');
\echo :LAST_ERROR_SQLSTATE

-- gpumkt_try_forecast for segments: NULL where there is no share or no figure
SELECT gpumkt_try_forecast('global', 2035, 'deployment', 'public_cloud') AS cloud_2035, 47.5125 AS expected,
       gpumkt_try_forecast('global', 2035, 'component', 'software') IS NULL AS no_share,
       gpumkt_try_forecast('europe', 2035, 'deployment', 'public_cloud') IS NULL AS no_figure;
-- error: unknown names are still errors
SELECT gpumkt_try_forecast('global', 2035, 'deployment', 'hybrid');
\echo :LAST_ERROR_SQLSTATE
-- segments at a date: 43.163158371963 x 0.543 = 23.437594995976
SELECT round(gpumkt_forecast('global', date '2030-07-02', 'deployment', 'public_cloud'), 12) AS cloud_mid_2030,
       23.437594995976 AS expected;
