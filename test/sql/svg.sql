-- svg: the SVG charts (issue 12, parts 2 and 3).  Structure tests: what a
-- chart holds is counted from its text (elements by class), and each count
-- is derived from the input as stated above the query: a dot per reported
-- (filled, class reported) or derived (hollow, class derived: derived,
-- share of parent, segment share) point; gpumkt_chart draws a share (share
-- of parent, segment share) by the weaker of derived and the basis of the
-- year it is a share of (issue 20: the page's rule); a stretch between two
-- years with figures takes the style of its weaker end: dashed where
-- either end is interpolated or extrapolated (or a user's forecast), else
-- dotted where either end is derived, else solid (issue 20, item 3), and
-- each run of stretches of one style is one polyline; a band polygon per
-- run of years with both a low and a high.  Well-formedness by
-- xml_is_well_formed_document (libxml).
\pset null '(null)'
\set SHOW_CONTEXT never

-- how many times s occurs in t
CREATE FUNCTION pg_temp.occurrences(t text, s text) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN (length(t) - length(replace(t, s, ''))) / length(s);
-- the structure of a forecast chart
CREATE FUNCTION pg_temp.shape(svg text, OUT well_formed boolean, OUT reported integer,
        OUT user_rows integer, OUT derived integer, OUT dashed integer, OUT dotted integer, OUT solid integer,
        OUT points integer, OUT band integer)
    LANGUAGE sql IMMUTABLE RETURN ROW(
        xml_is_well_formed_document(svg),
        pg_temp.occurrences(svg, '<circle class="reported"'),
        pg_temp.occurrences(svg, '<circle class="user-row"'),
        pg_temp.occurrences(svg, '<circle class="derived"'),
        pg_temp.occurrences(svg, '<polyline class="dashed"'),
        pg_temp.occurrences(svg, '<polyline class="dotted"'),
        pg_temp.occurrences(svg, '<polyline class="solid"'),
        -- points of every polyline: pairs "x,y" inside points="..."
        (SELECT coalesce(sum(array_length(string_to_array(m[1], ' '), 1)), 0)::integer
         FROM regexp_matches(svg, '<polyline[^>]* points="([^"]*)"', 'g') AS m),
        pg_temp.occurrences(svg, '<polygon class="band"'));

-- global 2024-2036 (gpumkt_series, test/expected/series.out): 2024 extrapolated,
-- 2025 reported, 2026-2034 interpolated, 2035 reported, 2036 outside the
-- years the figures cover (a gap): 2 filled dots, every stretch has an
-- estimated end: one dashed polyline of 12 points, nothing solid, and the band of gpumkt_forecast_range over the
-- years: one polygon (every chart with figures has one run of bounds)
SELECT * FROM pg_temp.shape(gpumkt_chart('global', 2024, 2036));
-- North America 2024-2027: share of parent (36.5 % of global's
-- extrapolated 2024), reported, share of parent x 2 (of global's
-- interpolated 2026, 2027): drawn extrapolated, reported, interpolated x 2:
-- 1 filled dot, no hollow one, one dashed polyline of 4 points, a band
SELECT * FROM pg_temp.shape(gpumkt_chart('north_america', 2024, 2027));
-- North America 2024-2035, each year against the data: its basis
-- (gpumkt_series) and, for a share, the basis of global's year (North
-- America is a share of global: gpumkt_region_shares) give the kind it is
-- drawn with (a share of a reported year derived, of an interpolated or
-- extrapolated year that basis); the SVG gives each year's dot (circles by
-- cx) and the style of the stretch to the next year (the polylines'
-- consecutive points), the years read from the x of the line's points
WITH c AS (SELECT gpumkt_chart('north_america', 2024, 2035) AS svg),
lines AS (SELECT m[1] AS class, string_to_array(m[2], ' ') AS pts
          FROM c, regexp_matches(c.svg, '<polyline class="([a-z]+)"[^>]* points="([^"]*)"', 'g') m),
xs AS (SELECT DISTINCT split_part(p, ',', 1)::numeric AS x FROM lines, unnest(lines.pts) p),
yx AS (SELECT x, 2023 + row_number() OVER (ORDER BY x) AS year FROM xs),
stretch AS (SELECT a.year, l.class FROM lines l
            CROSS JOIN LATERAL generate_series(1, cardinality(l.pts) - 1) i
            JOIN yx a ON a.x = split_part(l.pts[i], ',', 1)::numeric),
dots AS (SELECT y.year, m[1] AS dot FROM c, regexp_matches(c.svg, '<circle class="([a-z-]+)"[^>]* cx="([0-9.]+)"', 'g') m
         JOIN yx y ON y.x = m[2]::numeric),
want AS (SELECT n.year, n.basis, g.basis AS global_basis,
                CASE WHEN n.basis NOT LIKE 'share of parent%' THEN n.basis
                     WHEN g.basis IN ('reported', 'derived') THEN 'derived' ELSE g.basis END AS drawn
         FROM gpumkt_series('north_america', 2024, 2035) n JOIN gpumkt_series('global', 2024, 2035) g USING (year)),
rank AS (SELECT w.*, CASE WHEN w.drawn IN ('interpolated', 'extrapolated') THEN 2 WHEN w.drawn = 'derived' THEN 1 ELSE 0 END AS r
         FROM want w)
SELECT w.year, w.basis, w.global_basis, w.drawn, d.dot, s.class AS to_next,
       coalesce(d.dot, 'none') = CASE w.drawn WHEN 'reported' THEN 'reported' WHEN 'derived' THEN 'derived' ELSE 'none' END
       AND s.class IS NOT DISTINCT FROM (SELECT (ARRAY['solid', 'dotted', 'dashed'])[greatest(w.r, nx.r) + 1]
                                         FROM rank nx WHERE nx.year = w.year + 1) AS agrees
FROM rank w LEFT JOIN dots d USING (year) LEFT JOIN stretch s USING (year)
ORDER BY w.year;
-- United States 2023-2026: outside the covered years (a gap), reported,
-- extrapolated x 2: 1 dot, one dashed polyline of 3 points, a band
SELECT * FROM pg_temp.shape(gpumkt_chart('USA', 2023, 2026));
-- a segment: basis segment share every year, a share of global's year:
-- of its reported 2025 and 2035 derived (2 hollow dots), of its
-- interpolated 2026-2034 interpolated: one dashed line of 11, a band
SELECT * FROM pg_temp.shape(gpumkt_chart('global', 2025, 2035, 'deployment', 'public_cloud'));
-- Europe has no figure: no line, no dot, the chart says so
SELECT (s).*, pg_temp.occurrences(c, 'No figure for these years') AS says_so
FROM (SELECT c, pg_temp.shape(c) AS s FROM gpumkt_chart('europe', 2025, 2030) AS c) x;
-- software, whose share the report does not give: no line, but the band
-- of its bounds (0 to (1 - 0.7845) x the global forecast's high)
SELECT * FROM pg_temp.shape(gpumkt_chart('global', 2025, 2035, 'component', 'software'));
-- the band's corners are the bounds of gpumkt_forecast_range: its polygon
-- holds 2 x 11 points for 2025-2035
SELECT array_length(string_to_array(substring(c from '<polygon class="band"[^>]* points="([^"]*)"'), ' '), 1) AS band_points
FROM gpumkt_chart('global', 2025, 2035) AS c;
-- in a scenario: the title says so, and the line follows it (bull: 20 % a
-- year from 18.2, the 2035 anchor superseded: no second dot)
SELECT gpumkt_scenario_set('svg_bull', 'rate', 'global', 0.20) AS change;
SELECT (s).*, substring(c from '<title>([^<]*)</title>') AS title
FROM (SELECT c, pg_temp.shape(c) AS s FROM gpumkt_chart('global', 2025, 2035, scenario => 'svg_bull') AS c) x;
SELECT gpumkt_chart('global', 2025, 2035) <> gpumkt_chart('global', 2025, 2035, scenario => 'svg_bull') AS differs;
-- a scenario named in any case is the one stored, and the title names it so
SELECT gpumkt_chart('global', 2025, 2035, scenario => 'SVG_Bull') = gpumkt_chart('global', 2025, 2035, scenario => 'svg_bull')
       AS named_as_stored;
SELECT gpumkt_scenario_drop('svg_bull');

-- the frame of every chart: fixed size, viewBox, the generic font family
-- only, no script, no external resource (no href, no url() but the hatch)
SELECT name, left(c, 140) AS head,
       pg_temp.occurrences(c, 'font-family=') AS font_families,
       c LIKE '%font-family="sans-serif"%' AS sans_serif,
       c ~* '<script|href|@import|url\((?!#gpumkt-hatch-)' AS external
FROM (VALUES ('chart', gpumkt_chart('global', 2025, 2035)),
             ('segments', gpumkt_chart_segments('component')),
             ('lines', (SELECT gpumkt_svg_lines('s', g, g) FROM generate_series(1, 3) g))) v(name, c);

-- the title names the market and the region, the subtitle the source and
-- its date (gpumkt_markets), the y axis the unit; years as tick labels
SELECT substring(c from '<title>([^<]*)</title>') AS title,
       substring(c from '<text x="20" y="42"[^>]*>([^<]{0,30})') AS subtitle,
       substring(c from 'class="unit">([^<]*)<') AS unit,
       (SELECT string_agg(m[1], ' ') FROM regexp_matches(c, 'text-anchor="middle">([0-9]+)</text>', 'g') m) AS years
FROM gpumkt_chart('global', 2025, 2035) AS c;
-- source => false (for a page that names the source once): no source in
-- either chart; gpumkt_chart's subtitle says instead which years are drawn
-- with which basis (North America 2024-2035, as the rows above: reported
-- 2025, derived 2035, interpolated 2026-2034, extrapolated 2024), the
-- segment bar's the region, the year and the market size (18.2 in 2025)
SELECT substring(c from '<text x="20" y="42"[^>]*>([^<]*)<') AS subtitle, c LIKE '%Source%' AS says_source
FROM (VALUES (gpumkt_chart('north_america', 2024, 2035)),
             (gpumkt_chart('north_america', 2024, 2035, source => false)),
             (gpumkt_chart('north_america', 2024, 2035, source => NULL)),
             (gpumkt_chart_segments('component', source => false))) v(c);
SELECT gpumkt_chart_segments('component', source => NULL) IS NULL AS strict_null;
-- the y ticks from 0 (all figures positive) to 87.5, about 5 steps of 1,
-- 2 or 5 times a power of ten: 87.5 / 5 = 17.5 -> 20, so 0 20 40 60 80 100
SELECT (SELECT string_agg(m[1], ' ') FROM regexp_matches(c, 'text-anchor="end">([0-9.]+)</text>', 'g') m) AS y_ticks
FROM gpumkt_chart('global', 2025, 2035) AS c;

-- the renderer: reported, interpolated x 2, reported, derived, share of
-- parent, extrapolated: stretches 1-2, 2-3, 3-4 dashed, 4-5, 5-6 dotted,
-- 6-7 dashed: 2 dashed polylines (4 and 2 points), 1 dotted (3 points):
-- 9 points; 2 filled dots, 2 hollow
SELECT * FROM pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u',
    ARRAY[2020, 2021, 2022, 2023, 2024, 2025, 2026], ARRAY[1, 2, 3, 4, 5, 6, 7],
    ARRAY['reported', 'interpolated', 'interpolated', 'reported', 'derived', 'share of parent', 'extrapolated']));
-- a NULL figure is a gap: stretches 1-2 and 4-5 only, both solid (no kinds)
SELECT * FROM pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u',
    ARRAY[2020, 2021, 2022, 2023, 2024], ARRAY[1, 2, NULL, 4, 5]));
-- a lone point between gaps is a small dot of its own
SELECT pg_temp.occurrences(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[NULL, 2, NULL]),
                           '<circle class="point"') AS lone;

-- the band is drawn iff lows and highs are given: none, one polygon for
-- years 1-3, two where a NULL low splits the years, none with only lows
SELECT (pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4]))).band AS no_band,
       (pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4], NULL,
            ARRAY[1, 2, 3], ARRAY[3, 4, 5]))).band AS band,
       (pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3, 4], ARRAY[2, 3, 4, 5], NULL,
            ARRAY[1, NULL, 3, 4], ARRAY[3, 4, 5, 6]))).band AS split_band,
       (pg_temp.shape(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4], NULL,
            ARRAY[1, 2, 3], NULL))).band AS lows_only,
       pg_temp.occurrences(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4], NULL,
            ARRAY[1, 2, 3], ARRAY[3, 4, 5]), 'range (low to high)') AS band_legend;
-- the band's polygon: lows forward, then highs back; y axis 0..5 by 1
-- (5 / 5 = 1), plot from y 340 (0) to 72 (5), 53.6 a unit: 1 -> 286.4,
-- 2 -> 232.8, 3 -> 179.2, 4 -> 125.6, 5 -> 72; years 1..3 at x 70, 345, 620
SELECT substring(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4], NULL,
            ARRAY[1, 2, 3], ARRAY[3, 4, 5]) from '<polygon[^>]*points="([^"]*)"') AS band_points;

-- issue 20, item 7: the band can be seen.  Global 2035 is reported, 87.5
-- within a range of +/- 0.05 (gpumkt_forecast_range): on the y axis 0..100
-- drawn over 268 px (340 up to 72) that is 0.268 px, so the band is drawn
-- 8 px tall about its middle, 340 - 87.5 x 2.68 = 105.5 (2035 at x 620);
-- no year of it is under 8 px, and the legend says it is drawn so
CREATE FUNCTION pg_temp.band_points(svg text) RETURNS TABLE (x float8, y float8)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT split_part(p, ',', 1)::float8, split_part(p, ',', 2)::float8
    FROM regexp_matches(svg, '<polygon class="band"[^>]* points="([^"]*)"', 'g') m,
         unnest(string_to_array(m[1], ' ')) p $$;
SELECT round((r.high - r.low)::numeric * 2.68, 3) AS true_px,
       (SELECT max(b.y) - min(b.y) FROM pg_temp.band_points(c) b WHERE b.x = 620) AS drawn_px,
       (SELECT (max(b.y) + min(b.y)) / 2 FROM pg_temp.band_points(c) b WHERE b.x = 620) AS middle,
       round(340 - (r.low + r.high)::numeric / 2 * 2.68, 1) AS expected_middle,
       (SELECT min(h) >= 8 FROM (SELECT max(b.y) - min(b.y) AS h FROM pg_temp.band_points(c) b GROUP BY b.x) hh) AS every_year_8_px,
       c LIKE '%>range (low to high), drawn at least 8 px tall<%' AS legend_says_so
FROM gpumkt_chart('global', 2025, 2035) AS c, gpumkt_forecast_range('global', 2035) AS r;
-- a band wider than 8 px is drawn as it is (the corners above: 53.6 px a
-- unit), and its legend is the plain "range (low to high)"
SELECT c LIKE '%>range (low to high)</text>%' AS plain_legend, c LIKE '%drawn at least%' AS widened
FROM gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3], ARRAY[2, 3, 4], NULL,
                         ARRAY[1, 2, 3], ARRAY[3, 4, 5]) AS c;
-- a band near the top of the axis is widened downwards, inside the plot:
-- 0..10 by 2 (10 / 7 = 1.4 -> 2), a range of 9.99 to 10 at the top (y 72)
-- is drawn from 72 to 80
SELECT (SELECT string_agg(DISTINCT b.y::text, ' ' ORDER BY b.y::text) FROM pg_temp.band_points(c) b) AS band_ys
FROM gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[5, 10], NULL, ARRAY[NULL, 9.99], ARRAY[NULL, 10]) AS c;

-- item 8: y bounds close to the data: the smallest step of 1, 2 or 5
-- times a power of ten that covers the values in at most 7 intervals
-- (about 5 ticks, and 2 more).  Global 2024-2036 with extrapolate peaks at
-- 102.375 (series.out): 102.375 / 7 = 14.6 -> steps of 20, top 120 (2.0
-- drew 0 50 100 150); 87.5 / 7 = 12.5 -> 20, top 100 (above); values
-- -3..41: 44 / 7 = 6.3 -> 10, from -10 to 50; 0..0.97: 0.139 -> 0.2, top 1
CREATE FUNCTION pg_temp.y_ticks(svg text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN (SELECT string_agg(m[1], ' ') FROM regexp_matches(svg, 'text-anchor="end">(-?[0-9.]+)</text>', 'g') m);
SELECT pg_temp.y_ticks(gpumkt_chart('global', 2024, 2036, extrapolate => true)) AS peak_102,
       pg_temp.y_ticks(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[-3, 41])) AS minus_3_to_41,
       pg_temp.y_ticks(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[0.5, 0.97])) AS to_0_97;

-- issue 20 review: tick labels short enough for the left margin.  The
-- line chart's 12e9..48e9 (about 6 ticks, at most 8 intervals: 36e9 / 8 =
-- 4.5e9 -> 5e9): 10 bn to 50 bn, not "50000000000" (11 digits, from x =
-- -9); the forecast's -1e9..5e8 (1.5e9 / 7 = 2.1e8 -> 5e8, 2e8 would take
-- 8 intervals): -1.0 bn to 0.5 bn, one decimal each
CREATE FUNCTION pg_temp.y_labels(svg text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN (SELECT string_agg(m[1], ' | ') FROM regexp_matches(substring(svg from '<g class="y-axis">(.*?)</g>'), '>([^<>]+)</text>', 'g') m);
SELECT pg_temp.y_labels(gpumkt_svg_lines(s, x, y)) AS lines_12e9_48e9
FROM (VALUES ('a', 2020::float8, 12e9::float8), ('a', 2025, 48e9)) v(s, x, y);
SELECT pg_temp.y_labels(gpumkt_svg_forecast('t', 's', 'USD', ARRAY[2020, 2021], ARRAY[-1e9, 5e8])) AS forecast_minus_1e9;

-- item 3: the legend names what the chart draws, and the line's style
-- follows each year's basis: global has reported anchors and interpolated
-- years (dashed); North America is derived (dotted, hollow dots) around its
-- reported 2025
CREATE FUNCTION pg_temp.legend(svg text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN (SELECT string_agg(m[1], ' | ') FROM regexp_matches(substring(svg from '<g class="legend">(.*)</g>'), '>([^<>]+)</text>', 'g') m);
SELECT r.region, pg_temp.legend(gpumkt_chart(r.region, 2024, 2035)) AS legend
FROM (VALUES ('global'), ('north_america')) r(region);

-- item 10: a user's own series, actuals 2020-2023 and a forecast 2024-2026
-- with its 80 % prediction interval: 4 filled dots of class actual, a
-- solid polyline of the 4 actuals, a dashed one from the last actual
-- through the forecasts (4 points), a band over the 3 forecast years; the
-- legend says actual, forecast, 80 % prediction interval, and none of the
-- market's words (reported, interpolated)
SELECT (pg_temp.shape(c)).*, pg_temp.occurrences(c, '<circle class="actual"') AS actual_dots,
       pg_temp.legend(c) AS legend
FROM gpumkt_svg_forecast('Acme revenue', NULL, 'USD million', ARRAY[2020, 2021, 2022, 2023, 2024, 2025, 2026],
                         ARRAY[50, 55, 61, 66, 71, 76, 81],
                         ARRAY['actual', 'actual', 'actual', 'actual', 'forecast', 'forecast', 'forecast'],
                         ARRAY[NULL, NULL, NULL, NULL, 68, 71, 74], ARRAY[NULL, NULL, NULL, NULL, 74, 81, 88],
                         level => 0.8) AS c;
-- the level as a percentage: 0.995 is 99.5 %, 0.9 is 90 %; no band, no
-- entry
SELECT pg_temp.legend(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[1, 2], ARRAY['actual', 'forecast'],
                                          ARRAY[1, 1.5], ARRAY[1, 2.5], level => 0.995)) AS level_995,
       pg_temp.legend(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[1, 2], ARRAY['actual', 'forecast'],
                                          ARRAY[1, 1.5], ARRAY[1, 2.5], level => 0.9)) AS level_90,
       pg_temp.legend(gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2], ARRAY[1, 2], ARRAY['actual', 'forecast'],
                                          level => 0.9)) AS no_band;
-- many kinds: the legend runs on two rows (baselines 378 and 394) without
-- leaving the chart's 640 px
SELECT (SELECT string_agg(DISTINCT m[1], ' ') FROM regexp_matches(substring(c from '<g class="legend">(.*)</g>'),
            '<text x="[0-9.]+" y="([0-9.]+)"', 'g') m) AS legend_rows
FROM gpumkt_svg_forecast('t', 's', 'u', ARRAY[1, 2, 3, 4, 5, 6], ARRAY[1, 2, 3, 4, 5, 6],
                         ARRAY['reported', 'actual', 'user row', 'derived', 'interpolated', 'forecast'],
                         ARRAY[1, 2, 3, 4, 5, 6], ARRAY[1, 2, 3, 4, 5, 6]) AS c;

-- escaping: every text is text, never markup
SELECT c LIKE '%&lt;script&gt;alert(1)&lt;/script&gt;&amp;%' AS escaped,
       c LIKE '%<script%' AS markup, xml_is_well_formed_document(c) AS well_formed
FROM gpumkt_svg_forecast('<script>alert(1)</script>&', '"quoted" & ''apostrophe''', '<u>',
                         ARRAY[1, 2], ARRAY[1, 2]) AS c;
SELECT substring(c from '<text x="20" y="42"[^>]*>([^<]*)<') AS subtitle
FROM gpumkt_svg_forecast('t', '"quoted" & ''apostrophe''', 'u', ARRAY[1], ARRAY[1]) AS c;
-- control characters become spaces; a long title is cut to the chart's
-- width with "..." (é counts 0.7 of the font size: 11.55 px at 16.5;
-- (600 - 15.74) / 11.55 = 50.6 -> 50 kept, 53 with the dots)
SELECT substring(c from '<title>([^<]*)</title>') = 'a b' AS control_to_space,
       length(substring(c2 from '<text x="20" y="24"[^>]*>([^<]*)<')) AS cut_title
FROM gpumkt_svg_forecast(E'a\u0001b', 's', 'u', ARRAY[1], ARRAY[1]) AS c,
     gpumkt_svg_forecast(repeat('é', 200), 's', 'u', ARRAY[1], ARRAY[1]) AS c2;
-- a region and a market named with markup, in a market of the user's
INSERT INTO gpumkt_markets (market, name, currency, unit, source_title, source_date)
VALUES ('svg_test', '<script>alert(1)</script>&', 'EUR', 'million', 'Test & <b>source</b>', '2024-02-29');
INSERT INTO gpumkt_regions (region, name, parent, kind)
VALUES ('svg_evil', '<script>alert(1)</script>&', 'global', 'group');
INSERT INTO gpumkt_anchors (market, region, year, value, basis, source_quote, derivation) VALUES
    ('svg_test', 'svg_evil', 2025, 10, 'reported', 'ten', NULL),
    ('svg_test', 'svg_evil', 2027, 12.1, 'derived', NULL, '10 x 1.1^2');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('svg_test', 'kind', 'Kind <&>');
INSERT INTO gpumkt_segments (market, dimension, segment, name, ordinal, year, share, basis, source_quote) VALUES
    ('svg_test', 'kind', 'a', 'A <b>', 1, 2025, 0.25, 'reported', 'a quarter'),
    ('svg_test', 'kind', 'b', 'B & C', 2, NULL, NULL, 'unknown', NULL),
    ('svg_test', 'kind', 'c', 'D', 3, NULL, NULL, 'unknown', NULL);
-- the series behind the next chart: users' rows (the derived one too, as
-- gpumkt_series names every user's row) and one interpolated year
SELECT year, value, basis FROM gpumkt_series('svg_evil', 2025, 2027, market => 'svg_test');
-- so 2 user-row dots and one dashed polyline of 3 points; the
-- title "market - region" escaped; the unit EUR million; the date
-- 2024-02-29 whatever the DateStyle
SET DateStyle = 'German, DMY';
SELECT (pg_temp.shape(c)).*, substring(c from '<title>([^<]*)</title>') AS title,
       substring(c from 'class="unit">([^<]*)<') AS unit,
       substring(c from '<text x="20" y="42"[^>]*>([^<]*)<') AS subtitle,
       c LIKE '%<script%' OR c LIKE '%<b>%' AS markup
FROM gpumkt_chart('svg_evil', 2025, 2027, market => 'svg_test') AS c;
RESET DateStyle;
-- the segment bar of that market: A 25 %, B and D unknown together 75 %,
-- amounts of the region's 2025 figure 10: 2.50 and 7.50
SELECT xml_is_well_formed_document(c) AS well_formed,
       (SELECT string_agg(m[1], ' | ') FROM regexp_matches(c, 'class="row">([^<]*)<', 'g') m) AS rows,
       substring(c from '<title>([^<]*)</title>') AS title,
       c LIKE '%<b>%' AS markup
FROM gpumkt_chart_segments('kind', 'svg_evil', 2025, 'svg_test') AS c;
-- the line chart names its series as text
SELECT c LIKE '%class="legend">&lt;script&gt;alert(1)&lt;/script&gt;&amp;</text>%' AS escaped,
       c LIKE '%<script%' AS markup, xml_is_well_formed_document(c) AS well_formed
FROM (SELECT gpumkt_svg_lines(name, 1, 1) AS c FROM gpumkt_regions WHERE region = 'svg_evil') x;
DELETE FROM gpumkt_segments WHERE market = 'svg_test';
DELETE FROM gpumkt_dimensions WHERE market = 'svg_test';
DELETE FROM gpumkt_anchors WHERE market = 'svg_test';
DELETE FROM gpumkt_regions WHERE region = 'svg_evil';
DELETE FROM gpumkt_markets WHERE market = 'svg_test';

-- the segment bars of the shipped market (gpumkt_segments): component has
-- hardware 78.5 % and two unknown: 1 - 0.785 = 21.5 % together; amounts of
-- 18.2 (global 2025): 18.2 x 0.785 = 14.287 -> 14.29, 18.2 x 0.215 = 3.913
-- -> 3.91
SELECT pg_temp.occurrences(c, '<rect class="known"') AS known,
       pg_temp.occurrences(c, '<rect class="unknown"') AS unknown,
       pg_temp.occurrences(c, '<pattern id="gpumkt-hatch-') AS patterns,
       (SELECT string_agg(m[1], ' | ') FROM regexp_matches(c, 'class="row">([^<]*)<', 'g') m) AS rows
FROM gpumkt_chart_segments('component') AS c;
-- deployment: 45.7 % + 54.3 % = 100 %, nothing unknown, no hatch; North
-- America 2030: 0.365 x 39.906139878 = 14.5657 (series.out);
-- x 0.457 = 6.6565 -> 6.66, x 0.543 = 7.9092 -> 7.91
SELECT pg_temp.occurrences(c, '<rect class="known"') AS known,
       pg_temp.occurrences(c, '<pattern') AS patterns,
       (SELECT string_agg(m[1], ' | ') FROM regexp_matches(c, 'class="row">([^<]*)<', 'g') m) AS rows
FROM gpumkt_chart_segments('deployment', 'North America', 2030) AS c;
-- end user: three unknown segments, 1 - 0.628 = 37.2 % together; a row
-- spans at most 590 px (from x 38 to 12 px short of the right edge), about
-- 93 characters at 11 px: the three names and their bound (109
-- characters) wrap to a second line, at the last space after a comma that
-- fits, none cut; Europe has no figure, so shares only.  Lines by " / ".
-- The height: 120 + 20 a row + 14 a second line = 120 + 40 + 14 = 174.
SELECT (SELECT string_agg(regexp_replace(regexp_replace(m[1], '</tspan><tspan[^>]*>', ' / '), '<[^>]*>', '', 'g'), ' | ')
        FROM regexp_matches(c, 'class="row">([^\n]*)</text>', 'g') m) AS rows,
       substring(c from 'height="([0-9]+)"') AS height
FROM gpumkt_chart_segments('end_user', 'europe') AS c;
-- Names too long for two lines: the second line cut ("..."), never the
-- share and amount; a name with no space to break at: one line, cut.
-- "word " is (818 + 612 + 411 + 635 + 318) / 1000 x 11 = 30.734 px
-- (DejaVu Sans, svg_measure.c), so line 1 holds 19 words (19 x 30.734 -
-- 3.498 = 580.4 px of 590; 20 would take 611.2)
SELECT (SELECT string_agg(regexp_replace(regexp_replace(m[1], '</tspan><tspan[^>]*>', ' / '), '<[^>]*>', '', 'g'), ' | ')
        FROM regexp_matches(c, 'class="row">([^\n]*)</text>', 'g') m) AS rows
FROM gpumkt_svg_segments('t', 's', 'USD', 100, ARRAY[repeat('word ', 40), repeat('x', 120), 'c'],
                         ARRAY[0.1, 0.2, NULL]) AS c;
-- names of a million characters, with spaces and without, are laid out
-- in one pass each (the first layout of 2.1 measured the whole name again
-- for each character it cut and each space it tried: hours, and no cancel,
-- for these): the same rows as the names above
SELECT (SELECT string_agg(regexp_replace(regexp_replace(m[1], '</tspan><tspan[^>]*>', ' / '), '<[^>]*>', '', 'g'), ' | ')
        FROM regexp_matches(c, 'class="row">([^\n]*)</text>', 'g') m) AS rows
FROM gpumkt_svg_segments('t', 's', 'USD', 100, ARRAY[repeat('word ', 200000), repeat('x', 1000000), 'c'],
                         ARRAY[0.1, 0.2, NULL]) AS c;
-- the renderer: known shares under 1 and nothing unknown leave a plain
-- grey remainder; shares above 1 in all are scaled to the bar
SELECT pg_temp.occurrences(c, '<rect class="unassigned"') AS unassigned,
       (SELECT string_agg(m[1], ' | ') FROM regexp_matches(c, 'class="row">([^<]*)<', 'g') m) AS rows
FROM gpumkt_svg_segments('t', 's', 'u', NULL, ARRAY['a', 'b'], ARRAY[0.5, 0.25]) AS c;
SELECT (SELECT string_agg(m[1], ' ') FROM regexp_matches(c, '<rect class="known"[^>]* width="([0-9.]+)"', 'g') m) AS widths
FROM gpumkt_svg_segments('t', 's', 'u', NULL, ARRAY['a', 'b'], ARRAY[1, 0.5]) AS c;

-- gpumkt_svg_lines: a polyline per series, sorted by x; a lone point a dot;
-- rows with a NULL skipped; no rows: NULL.  The legend (series a, b, d) is
-- as wide as its widest name, b or d: 24 px of line and gap, and 635/1000
-- of 11 px (DejaVu Sans, svg_measure.c) = 30.985, so it starts at
-- 640 - 10 - 30.985 = 599.015 and the plot ends 16 px before, at 583.015.
-- x 1..3 exact, y 1..5 by 0.5 (4 / 8 = 0.5: at most 8 intervals): series
-- a = (1,2) (2,5) at x 64 and 64 + (583.015 - 64) / 2 = 323.5, y 360 - 336
-- / 4 = 276 and 24
SELECT pg_temp.occurrences(c, '<polyline class="series"') AS lines,
       pg_temp.occurrences(c, '<circle class="series"') AS dots,
       substring(c from '<polyline class="series"[^>]* points="([^"]*)"') AS first_line,
       xml_is_well_formed_document(c) AS well_formed
FROM (SELECT gpumkt_svg_lines(s, x, y) AS c
      FROM (VALUES ('b', 3, 1), ('a', 2, 5), ('a', 1, 2), ('c', 7, NULL), (NULL, 1, 1), ('b', 1, 2), ('d', 2, 3)) v(s, x, y)) q;
SELECT gpumkt_svg_lines(s, x, y) IS NULL AS no_rows FROM (VALUES ('a', 1, NULL::float8)) v(s, x, y);
-- the order of the rows never shows: same bytes ascending and descending
SELECT md5(a) = md5(b) AS same_bytes
FROM (SELECT gpumkt_svg_lines('s' || g % 3, g, g * g) AS a FROM (SELECT g FROM generate_series(1, 30) g ORDER BY g) x) p,
     (SELECT gpumkt_svg_lines('s' || g % 3, g, g * g) AS b FROM (SELECT g FROM generate_series(1, 30) g ORDER BY g DESC) x) q;
-- item 9: the plot's right edge follows the legend: names of 40 m are cut
-- where the label would pass 180 px: m is 974/1000 of 11 px = 10.714 and
-- "..." 3 x 318/1000 x 11 = 10.494, so 15 m and "..." (171.204 px); the
-- legend starts at 640 - 10 - 24 - 171.204 = 434.8 and the plot ends at
-- 418.8; with names a and b it ends at 583 (above).  The legend's line
-- starts 16 px right of the x axis's end in both
CREATE FUNCTION pg_temp.lines_frame(svg text, OUT plot_right text, OUT legend_left text, OUT label text)
    LANGUAGE sql IMMUTABLE RETURN ROW(
        substring(svg from '<g class="x-axis">\s*<line x1="[0-9.]+" x2="([0-9.]+)"'),
        substring(svg from '<g class="legend">\s*<line[^>]* x1="([0-9.]+)"'),
        substring(svg from 'class="legend">([^<]*)</text>'));
SELECT n.names, (pg_temp.lines_frame(c)).*
FROM (VALUES ('a and b', ARRAY['a', 'b']), ('40 m', ARRAY[repeat('m', 40)])) n(names, s),
     LATERAL (SELECT gpumkt_svg_lines(u.s, u.x, u.x) AS c FROM unnest(n.s) WITH ORDINALITY u(s, x)) q
ORDER BY 1 DESC;
-- a title and a unit: the title bold over the chart and as the document's
-- <title>, the unit over the y axis; the plot's top moves down below them
-- (24 + 28 + 16 = 68: the y axis's top tick line there); without them the
-- old chart: no visible title, <title>line chart</title>, top 24
SELECT name, substring(c from '<title>([^<]*)</title>') AS doc_title,
       substring(c from 'font-weight="bold">([^<]*)<') AS title,
       substring(c from 'class="unit">([^<]*)<') AS unit,
       (SELECT min(m[1]::float8) FROM regexp_matches(c, '<line x1="64" x2="[0-9.]+" y1="([0-9.]+)"', 'g') m) AS plot_top
FROM (SELECT 'titled' AS name, gpumkt_svg_lines(s, x, y, 'Revenue <by> company', 'USD million') AS c
      FROM (VALUES ('a', 1, 1), ('b', 2, 2)) v(s, x, y)
      UNION ALL
      SELECT 'title only', gpumkt_svg_lines(s, x, y, 'Revenue', NULL)
      FROM (VALUES ('a', 1, 1), ('b', 2, 2)) v(s, x, y)
      UNION ALL
      SELECT 'untitled', gpumkt_svg_lines(s, x, y)
      FROM (VALUES ('a', 1, 1), ('b', 2, 2)) v(s, x, y)) q
ORDER BY name;
-- the title and unit must be the same in every row (22023)
SELECT gpumkt_svg_lines(s, x, y, t, 'u') FROM (VALUES ('a', 1, 1, 'one'), ('a', 2, 2, 'two')) v(s, x, y, t);
SELECT gpumkt_svg_lines(s, x, y, 't', u) FROM (VALUES ('a', 1, 1, 'u'), ('a', 2, 2, NULL)) v(s, x, y, u);
-- long titles are quoted as names are, their first 64 characters
SELECT gpumkt_svg_lines(s, x, y, t, 'u') FROM (VALUES ('a', 1, 1, repeat('x', 100000)), ('a', 2, 2, repeat('y', 100000))) v(s, x, y, t);
-- 20 series: legend of 16, then "and 4 more series" (the legend's group
-- has the class too: 1 + 16)
SELECT pg_temp.occurrences(c, 'class="legend">') - 1 AS legend_rows,
       substring(c from 'class="more"[^>]*>([^<]*)<') AS more
FROM (SELECT gpumkt_svg_lines('series ' || lpad(g::text, 2, '0'), g, g) AS c FROM generate_series(1, 20) g) q;
-- parallel: partial states serialized, combined, deserialized give the
-- same bytes as one process
CREATE TABLE svg_points AS SELECT 's' || (g % 7) AS s, g::float8 AS x, (g % 101)::float8 AS y
FROM generate_series(1, 50000) g;
ANALYZE svg_points;
SELECT md5(gpumkt_svg_lines(s, x, y)) AS serial,
       md5(gpumkt_svg_lines(s, x, y, 'Points', 'units')) AS serial_titled FROM svg_points \gset
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT gpumkt_svg_lines(s, x, y) FROM svg_points;
SELECT md5(gpumkt_svg_lines(s, x, y)) = :'serial' AS same_bytes FROM svg_points;
-- the form with a title and a unit: its states carry them through the
-- workers
EXPLAIN (COSTS OFF) SELECT gpumkt_svg_lines(s, x, y, 'Points', 'units') FROM svg_points;
SELECT md5(gpumkt_svg_lines(s, x, y, 'Points', 'units')) = :'serial_titled' AS same_bytes,
       gpumkt_svg_lines(s, x, y, 'Points', 'units') LIKE '%font-weight="bold">Points<%' AS titled
FROM svg_points;
-- workers that see no row: partial states that are NULL combine to NULL
EXPLAIN (COSTS OFF) SELECT gpumkt_svg_lines(s, x, y) FROM svg_points WHERE x + 0 < 0;
SELECT gpumkt_svg_lines(s, x, y) IS NULL AS no_rows FROM svg_points WHERE x + 0 < 0;
SELECT s, left(gpumkt_svg_lines(s, x, y), 4) AS svg FROM svg_points WHERE x + 0 < 3 GROUP BY s ORDER BY s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE svg_points;
-- the same query gives the same bytes
SELECT md5(gpumkt_chart('global', 2020, 2040)) = md5(gpumkt_chart('global', 2020, 2040)) AS same_bytes;

-- markings: renderers IMMUTABLE, charts of the tables STABLE, all PARALLEL
-- SAFE; the aggregate's support functions not public
SELECT p.oid::regprocedure AS function, p.provolatile AS vol, p.proparallel AS par, p.proisstrict AS strict,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public
FROM pg_proc p
WHERE p.proname ~ '^gpumkt_(svg|chart)' ORDER BY p.proname, p.pronargs;

-- errors
\set VERBOSITY default
-- error: years not strictly increasing
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2022, 2021], ARRAY[1, 2, 3]);
-- error: NaN figure
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 'NaN']::float8[]);
-- error: infinite high
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2], NULL, ARRAY[0, 1], ARRAY[2, 'Infinity']::float8[]);
-- error: a low above its high
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2], NULL, ARRAY[0, 3], ARRAY[2, 2.5]);
-- error: figures of another length
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2, 3]);
-- error: kinds of another length
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2], ARRAY['reported']);
-- issue 20 review: titles and subtitles cut by their width, not at 80 and
-- 105 characters: 600 px (640 less 20 each side); W is 0.989 of the font
-- size, "..." 3 x 0.318.  Title at 15 px bold (x 1.1 = 16.5): W 16.32,
-- "..." 15.74: (600 - 15.74) / 16.32 = 35.8 -> 35 W; subtitle at 11 px: W
-- 10.88, "..." 10.49: (600 - 10.49) / 10.88 = 54.2 -> 54 W (lengths 38
-- and 57 with the dots).  Both charts.
CREATE FUNCTION pg_temp.heads(svg text) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN (SELECT string_agg(length(m[1]) || ' ' || right(m[1], 4), ', ')
            FROM regexp_matches(svg, '<text x="20" y="(?:24|42)"[^>]*>([^<]*)</text>', 'g') m);
SELECT pg_temp.heads(gpumkt_svg_forecast(repeat('W', 90), repeat('W', 110), 'u', ARRAY[2020, 2021], ARRAY[1, 2])) AS forecast,
       pg_temp.heads(gpumkt_svg_segments(repeat('W', 90), repeat('W', 110), 'u', NULL, ARRAY['a'], ARRAY[0.5])) AS segments;
-- a title of 85 narrow letters fits (85 x 0.278 x 16.5 = 390 px): whole
SELECT pg_temp.heads(gpumkt_svg_forecast(repeat('i', 85), 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2])) AS narrow;

-- error (issue 20 review): an unknown kind, once drawn as a solid line
-- without a legend entry; the kind of a NULL figure is not read, NULL kinds
-- are plain
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, 2], kinds => ARRAY['forcast', 'forcast']);
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[1, NULL], kinds => ARRAY[NULL, 'outside the covered years']) LIKE '<svg%' AS null_kinds_drawn;
-- error: a two-dimensional array
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, 2021], ARRAY[[1, 2], [3, 4]]);
-- error: NULL years, a NULL year
SELECT gpumkt_svg_forecast('t', 's', 'u', NULL, ARRAY[1]);
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020, NULL], ARRAY[1, 2]);
-- error: too many years
SELECT gpumkt_svg_forecast('t', 's', 'u', (SELECT array_agg(g) FROM generate_series(1, 10001) g),
                           (SELECT array_agg(g::float8) FROM generate_series(1, 10001) g));
-- error: a share above 1, a NaN share, an infinite total, a NULL name
SELECT gpumkt_svg_segments('t', 's', 'u', NULL, ARRAY['a'], ARRAY[1.5]);
SELECT gpumkt_svg_segments('t', 's', 'u', NULL, ARRAY['a'], ARRAY['NaN'::float8]);
SELECT gpumkt_svg_segments('t', 's', 'u', 'Infinity', ARRAY['a'], ARRAY[0.5]);
SELECT gpumkt_svg_segments('t', 's', 'u', NULL, ARRAY['a', NULL], ARRAY[0.5, NULL]);
-- error: a chart whose texts, escaped, would take more than a value may
-- (1 GB): 54000 with a hint, not core's XX000 "invalid memory alloc
-- request size" (the <title> holds the whole title, each & five bytes)
SELECT gpumkt_svg_forecast(repeat('&', 108000000), NULL, NULL, ARRAY[2020], ARRAY[1]);
-- error: a level outside (0, 1)
SELECT gpumkt_svg_forecast('t', 's', 'u', ARRAY[2020], ARRAY[1], level => 95);
-- error: NaN x, infinite y in the line chart
SELECT gpumkt_svg_lines('a', 'NaN', 1);
SELECT gpumkt_svg_lines('a', 1, '-Infinity');
-- error: unrecognized market, region, dimension (a fourth positional
-- argument is the dimension in 2.0)
SELECT gpumkt_chart('global', 2025, 2035, market => 'no_such_market');
SELECT gpumkt_chart('global', 2025, 2035, 'no_such_market');
SELECT gpumkt_chart('atlantis', 2025, 2035);
SELECT gpumkt_chart_segments('colour');
-- error: years out of gpumkt_series's range
SELECT gpumkt_chart('global', 1800, 2035);
-- NULL arguments: NULL where region, a year or market is NULL; a segment
-- without its dimension is refused (22023, 2.0)
SELECT gpumkt_chart(NULL, 2025, 2035) IS NULL AS null_region,
       gpumkt_chart('global', 2025, 2035, market => NULL) IS NULL AS null_market,
       gpumkt_chart_segments(NULL) IS NULL AS null_dimension;
SELECT gpumkt_chart('global', 2025, 2035, NULL, 'hardware');
-- 2.0: years outside those the figures cover are a gap, or with
-- extrapolate => true dashed; gpumkt_chart_segments refuses them (22023)
SELECT * FROM pg_temp.shape(gpumkt_chart('global', 2024, 2036, extrapolate => true));
SELECT gpumkt_chart_segments('deployment', year => 2040);
SELECT gpumkt_chart_segments('deployment', year => 2040, extrapolate => true) LIKE '%Global, 2040: 191.84 USD billion (extrapolated beyond the figures)%' AS says_so;
-- a single year: its own tick (a step of 1), not a round neighbour
SELECT (SELECT string_agg(m[1], ' ') FROM regexp_matches(c, 'text-anchor="middle">([0-9]+)</text>', 'g') m) AS years
FROM gpumkt_chart('global', 2035, 2035) AS c;
