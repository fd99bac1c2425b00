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
FROM gpumkt_grid('global', 2040, 'rate:global', ARRAY[0.17], 'anchor:global:2035', ARRAY[87500], unit => 'million');
-- with a scenario: 18.2 x 1.2^5 billion = 45287.424 million
SELECT gpumkt_scenario_set('units_bull', 'rate', 'global', 0.20) AS change;
SELECT gpumkt_forecast('global', 2030, scenario => 'units_bull', unit => 'million') AS bull_million;
SELECT step, filter, share, round(value, 4) AS value FROM gpumkt_funnel('global', 2035, '{"component": ["software", "services"]}',
    scenario => 'units_bull', unit => 'million');
SELECT gpumkt_scenario_drop('units_bull');
-- shares and rates do not change with the unit
SELECT gpumkt_forecast('north_america', 2035, unit => 'million') / gpumkt_forecast('global', 2035, unit => 'million') AS share;
-- a third positional argument is still the market
SELECT round(gpumkt_forecast('global', 2030, 'ai_training_gpu_clusters'), 7) AS positional_market;
-- error: unrecognized unit (22023)
SELECT gpumkt_forecast('global', 2030, unit => 'lakh');
-- error: a market whose own unit gpumkt cannot convert (22023)
INSERT INTO gpumkt_markets (market, name, unit) VALUES ('odd_unit', 'Odd unit (invented, test only)', 'bn');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd_unit', 'global', 2020, 1);
SELECT gpumkt_forecast('global', 2020, unit => 'million', market => 'odd_unit');
SELECT gpumkt_forecast('global', 2020, market => 'odd_unit') AS own_unit_still_works;
DELETE FROM gpumkt_anchors WHERE market = 'odd_unit';
DELETE FROM gpumkt_markets WHERE market = 'odd_unit';
-- NULL unit: NULL, as for any argument of a strict function
SELECT gpumkt_forecast('global', 2030, unit => NULL) IS NULL AS null_unit;
