-- shares: gpumkt_region_share, a region's fraction of the market's top region.

-- the reported share, held from its year: 0.365 in 2025 and in 2035
SELECT gpumkt_region_share('north_america', 2025) AS na_2025, gpumkt_region_share('North America', 2035) AS na_2035;
-- the top region is the whole
SELECT gpumkt_region_share('global', 2030) AS global;
-- no stated share: the ratio of the forecasts, 6.01 x 1.1542 / 18.2 = 0.381139670330
SELECT round(gpumkt_region_share('US', 2025), 12) AS us_2025, 0.381139670330 AS expected;
-- 6.01 x 1.1542^11 / 87.5 = 0.332627528329
SELECT round(gpumkt_region_share('US', 2035), 12) AS us_2035, 0.332627528329 AS expected;
-- share times the whole gives the region's forecast back where the share is the basis
SELECT gpumkt_region_share('north_america', 2035) * gpumkt_forecast('global', 2035) = gpumkt_forecast('north_america', 2035) AS consistent;
-- error: no figure for Europe
SELECT gpumkt_region_share('europe', 2025);
\echo :LAST_ERROR_SQLSTATE
-- error: an unrecognized region
SELECT gpumkt_region_share('atlantis', 2025);
\echo :LAST_ERROR_SQLSTATE
