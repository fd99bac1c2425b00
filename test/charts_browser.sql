-- The charts of test/charts_browser.sh: each chart function's SVG alone,
-- one row (name, svg) per chart, on the shipped market and on series of
-- the script's own.  Run in a throwaway cluster with gpumkt installed.
CREATE EXTENSION IF NOT EXISTS gpumkt;
CREATE TEMP TABLE chart_revenue (company text, year int, revenue float8);
INSERT INTO chart_revenue
SELECT c, y, round((r0 * (1 + g) ^ (y - 2018))::numeric, 1)
FROM (VALUES ('Acme', 120.0, 0.12), ('Beta', 80.0, 0.20), ('Gamma', 150.0, 0.03)) v(c, r0, g),
     generate_series(2018, 2025) y;
CREATE TEMP TABLE chart_user (year int, value float8, kind text, low float8, high float8);
-- a user's yearly series: actuals 2014-2025, an ETS forecast 2026-2030
-- with its 80 % prediction interval
INSERT INTO chart_user
SELECT y, 50 + 4 * (y - 2014) + (y * 7 % 5 - 2), 'actual', NULL, NULL FROM generate_series(2014, 2025) y;
INSERT INTO chart_user
SELECT p.t::int, p.value, 'forecast', p.low, p.high
FROM (SELECT gpumkt_ets(year, value) AS m FROM chart_user) m, gpumkt_predict_series(m.m, 5, level => 0.8) p;

SELECT name, svg FROM (VALUES
    (1, 'chart-global', gpumkt_chart('global', 2024, 2036)),
    (2, 'chart-north-america', gpumkt_chart('north_america', 2024, 2035)),
    (3, 'chart-usa-extrapolated', gpumkt_chart('USA', 2023, 2032, extrapolate => true)),
    (4, 'chart-segment', gpumkt_chart('global', 2025, 2035, 'deployment', 'public_cloud')),
    (5, 'chart-segments-component', gpumkt_chart_segments('component')),
    (6, 'chart-segments-end-user', gpumkt_chart_segments('end_user', 'europe')),
    (6, 'chart-segments-industry', gpumkt_chart_segments('industry')),
    (6, 'segments-long-names', gpumkt_svg_segments('Names too long for two lines', 'the second line cut, never the numbers',
                                   'USD billion', 18.2,
                                   ARRAY['Hyperscale cloud service providers and their sovereign cloud partners',
                                         repeat('Research institutions, national laboratories and universities, ', 4),
                                         'Government and defence'],
                                   ARRAY[0.52, NULL, NULL])),
    (7, 'forecast-user-series', (SELECT gpumkt_svg_forecast('Acme revenue', 'Actuals 2014-2025, ETS forecast 2026-2030',
                                     'USD million', array_agg(year ORDER BY year), array_agg(value ORDER BY year),
                                     array_agg(kind ORDER BY year), array_agg(low ORDER BY year),
                                     array_agg(high ORDER BY year), level => 0.8) FROM chart_user)),
    (8, 'forecast-every-kind', gpumkt_svg_forecast('Every kind of point', 'the legend on two rows', 'units',
                                    ARRAY[2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028],
                                    ARRAY[10, 12, 14, 15, 17, 19, 20, 22, 25],
                                    ARRAY['reported', 'interpolated', 'derived', 'user row', 'actual', 'forecast',
                                          'share of parent', 'extrapolated', 'reported'],
                                    ARRAY[10, 11.5, 13, 14, 16.5, 18, 19, 20, 24.99],
                                    ARRAY[10, 12.5, 15, 16, 17.5, 20, 21, 24, 25.01])),
    (9, 'lines-titled', (SELECT gpumkt_svg_lines(company, year, revenue, 'Revenue by company', 'USD million')
                         FROM chart_revenue)),
    (10, 'lines-untitled', (SELECT gpumkt_svg_lines(company, year, revenue) FROM chart_revenue)),
    (11, 'lines-many-long-names', (SELECT gpumkt_svg_lines('Company with a long name number ' || g, y, g * y,
                                          'Twenty series, names cut', NULL)
                                   FROM generate_series(1, 20) g, generate_series(2020, 2025) y)),
    -- revenue in plain dollars: y labels "50 bn", "-1.0 bn", not 11 digits
    (12, 'lines-dollars', (SELECT gpumkt_svg_lines(s, x, y, 'Revenue', 'USD')
                           FROM (VALUES ('a', 2020::float8, 12e9::float8), ('a', 2025, 48e9)) v(s, x, y))),
    (13, 'forecast-dollars', gpumkt_svg_forecast('Net cash', 'plain dollars', 'USD', ARRAY[2020, 2021, 2022],
                                                 ARRAY[-1e9, -2e8, 5e8]))
) v(ord, name, svg) ORDER BY ord, name;
