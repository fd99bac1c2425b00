-- units: the unit forms of the functions that return money.  Expected
-- values: the same forecasts in the market's unit (USD billion) times the
-- power of ten between the units, computed here in numeric.
SET extra_float_digits = 0;
-- anchors exactly, without trailing zeros: 18.2 billion = 18200 million
SELECT gpumkt_forecast('global', 2025, unit => 'million') AS million,
       gpumkt_forecast('global', 2025, unit => 'thousand') AS thousand,
       gpumkt_forecast('global', 2025, unit => 'trillion') AS trillion,
       gpumkt_forecast('global', 2025, unit => 'Billion') AS billion,
       gpumkt_forecast('global', 2025, unit => 'unit') AS unit;
-- a computed value: 2030 = sqrt(18.2 x 87.5) billion
SELECT round(gpumkt_forecast('global', 2030, unit => 'million'), 4) = round(sqrt(18.2 * 87.5) * 1000, 4) AS interpolated,
       round(gpumkt_forecast('north_america', 2035, 'deployment', 'public_cloud', unit => 'million'), 4)
           = round(0.365 * 87.5 * 0.543 * 1000, 4) AS segment,
       round(gpumkt_try_forecast('US', 2030, unit => 'million'), 4) = round(6.01 * 1.1542 ^ 6 * 1000, 4) AS try_forecast,
       round(gpumkt_forecast('global', date '2030-01-01', unit => 'million') / gpumkt_forecast('global', date '2030-01-01'), 9) AS date_form_ratio;
-- ranges, series and explain in the unit
SELECT * FROM gpumkt_forecast_range('global', 2035, unit => 'million');
SELECT year, round(value, 4) AS value, growth, basis FROM gpumkt_series('US', 2024, 2026, unit => 'million');
SELECT step, region, value, low, round(high, 4) AS high FROM gpumkt_explain('north_america', 2035, unit => 'million');
-- a data table in the unit: its anchors are given in the unit too
SELECT value1, value2, round(forecast, 4) AS forecast, round(forecast, 4) = round((value2 * (1 + value1) ^ 5)::numeric, 4) AS ok
FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY[0.17], 'anchor:global:2035', ARRAY[87500], unit => 'million',
                 extrapolate => true);
-- with a scenario: 18.2 x 1.2^5 billion = 45287.424 million
SELECT gpumkt_scenario_set('units_bull', 'rate', 'global', 0.20) AS change;
SELECT gpumkt_forecast('global', 2030, scenario => 'units_bull', unit => 'million') AS bull_million;
SELECT step, filter, share, round(value, 4) AS value FROM gpumkt_funnel('global', 2035, '{"component": ["software", "services"]}',
    scenario => 'units_bull', unit => 'million');
SELECT gpumkt_scenario_drop('units_bull');
-- shares and rates do not change with the unit
SELECT gpumkt_forecast('north_america', 2035, unit => 'million') / gpumkt_forecast('global', 2035, unit => 'million') AS share;
-- a third positional argument is the dimension (2.0): a market's name
-- there is refused with the hint to write market => (22023)
SELECT gpumkt_forecast('global', 2030, 'ai_training_gpu_clusters');
\echo :LAST_ERROR_SQLSTATE
-- error: unrecognized unit (22023)
SELECT gpumkt_forecast('global', 2030, unit => 'lakh');
-- error: a market whose own unit gpumkt cannot convert (22023)
INSERT INTO gpumkt_markets (market, name, unit) VALUES ('odd_unit', 'Odd unit (invented, test only)', 'bn');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd_unit', 'global', 2020, 1);
SELECT gpumkt_forecast('global', 2020, unit => 'million', market => 'odd_unit');
SELECT gpumkt_forecast('global', 2020, market => 'odd_unit') AS own_unit_still_works;
DELETE FROM gpumkt_anchors WHERE market = 'odd_unit';
DELETE FROM gpumkt_markets WHERE market = 'odd_unit';
-- NULL unit: the market's own (2.0: unit DEFAULT NULL)
SELECT gpumkt_forecast('global', 2030, unit => NULL) = gpumkt_forecast('global', 2030) AS null_unit_own;

-- A unit form is the same forecast times a power of ten: every year of
-- every region the shipped market forecasts, value x 1000 and the same
-- growth (growth is a ratio, which no unit changes).  Expected: 0 and 0.
SELECT count(*) > 0 AS some_years,
       count(*) FILTER (WHERE u.value <> b.value * 1000) AS values_differ,
       count(*) FILTER (WHERE u.growth IS DISTINCT FROM b.growth) AS growths_differ
FROM (SELECT DISTINCT region FROM gpumkt_anchors WHERE market = 'ai_training_gpu_clusters'
      UNION SELECT region FROM gpumkt_region_shares WHERE market = 'ai_training_gpu_clusters') r
CROSS JOIN LATERAL gpumkt_series(r.region, 2018, 2045) b
JOIN LATERAL gpumkt_series(r.region, 2018, 2045, unit => 'million') u ON u.year = b.year
WHERE b.value IS NOT NULL;

-- An anchor in a larger unit keeps every digit: 123456789.123456789
-- units = 0.000123456789123456789 trillion (moving the point 12 places).
INSERT INTO gpumkt_markets (market, name, unit) VALUES ('rv14b_units', 'Review units (invented, test only)', 'unit');
INSERT INTO gpumkt_anchors (market, region, year, value)
VALUES ('rv14b_units', 'global', 2020, 123456789.123456789), ('rv14b_units', 'global', 2030, 246913578.246913578);
SELECT gpumkt_forecast('global', 2020, unit => 'trillion', market => 'rv14b_units') AS trillion,
       gpumkt_forecast('global', 2020, unit => 'thousand', market => 'rv14b_units') AS thousand;

-- An anchor of 1e300 trillion is 1e312 units, beyond double precision:
-- its range in units is never given as Infinity.  (The lead's fix moves the
-- decimal point of the numeric, which holds 1e312 exactly; an error, 22003,
-- would be right too.)
INSERT INTO gpumkt_markets (market, name, unit) VALUES ('rv14b_big', 'Review big (invented, test only)', 'trillion');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rv14b_big', 'global', 2020, 1e300);
DO $$
DECLARE r record;
BEGIN
    SELECT * INTO r FROM gpumkt_forecast_range('global', 2020, unit => 'unit', market => 'rv14b_big');
    RAISE NOTICE 'low infinite: %, high infinite: %, value is 1e312: %', r.low = 'Infinity', r.high = 'Infinity', r.value = 1e312;
EXCEPTION WHEN numeric_value_out_of_range THEN
    RAISE NOTICE 'out of range (22003)';
END $$;
DELETE FROM gpumkt_anchors WHERE market IN ('rv14b_units', 'rv14b_big');
DELETE FROM gpumkt_markets WHERE market IN ('rv14b_units', 'rv14b_big');

-- Every call form resolves: the market by name of any string type (NULL
-- gives NULL); scenario and unit by name in either order; a prepared
-- statement's generic plan with units that change.
SELECT gpumkt_forecast('global', 2025, market => 'ai_training_gpu_clusters'::varchar) AS varchar_market,
       gpumkt_forecast('global', 2025, market => 'ai_training_gpu_clusters'::text) AS text_market,
       gpumkt_forecast('global', 2025, market => NULL) IS NULL AS null_market,
       gpumkt_forecast('global', 2025, market => 'ai_training_gpu_clusters') AS named_market;
SELECT gpumkt_scenario_set('rv14b_bull', 'rate', 'global', 0.20) AS change;
-- 18.2 x 1.2^5 = 45.287424 billion
SELECT gpumkt_forecast('global', 2030, scenario => 'rv14b_bull', unit => 'million') AS scenario_then_unit,
       gpumkt_forecast('global', 2030, unit => 'million', scenario => 'rv14b_bull') AS unit_then_scenario,
       gpumkt_forecast('global', 2030, scenario => 'rv14b_bull'::varchar, unit => 'million') AS varchar_scenario;
SELECT gpumkt_scenario_drop('rv14b_bull');
SET plan_cache_mode = force_generic_plan;
PREPARE rv14b_unit(text) AS SELECT gpumkt_forecast('global', 2025, unit => $1) AS value;
EXECUTE rv14b_unit('million');
EXECUTE rv14b_unit('thousand');
EXECUTE rv14b_unit('billion');
DEALLOCATE rv14b_unit;
RESET plan_cache_mode;

-- gpumkt_explain's arithmetic in the unit asked: the United States'
-- anchor 6.01 billion (2024) is 6010 million, its rate 0.1542.
SELECT step, method FROM gpumkt_explain('US', 2030, unit => 'million');
