-- gpumkt_load_report and gpumkt_export_report: report files.  The shipped
-- file goes through the loader under other market codes; the refusals are
-- tested on small reports whose figures are INVENTED (marked as such), none
-- of which ships.  Expected values: the shipped file's own figures.
SET extra_float_digits = 0;
\set SHOW_CONTEXT never
\set shipped `cat data/ai_training_gpu_clusters.json`
-- the shipped file, its rows' market key left out, renamed: a report of a user
CREATE TEMP TABLE f AS SELECT (SELECT jsonb_object_agg(k.key,
        CASE WHEN jsonb_typeof(k.value) = 'array'
             THEN (SELECT coalesce(jsonb_agg(e - 'market'), '[]') FROM jsonb_array_elements(k.value) e)
             ELSE k.value END)
    FROM jsonb_each(:'shipped'::jsonb) k) AS doc;
CREATE FUNCTION pg_temp.as_market(d jsonb, m text) RETURNS jsonb LANGUAGE sql
    RETURN jsonb_set(d, '{markets,0,market}', to_jsonb(m));
SELECT * FROM gpumkt_load_report(pg_temp.as_market((SELECT doc FROM f), 'copy_a'));
SELECT market, name, currency, unit, root_region, topic, fiscal_year_end, shipped FROM gpumkt_markets ORDER BY market;
-- the copy forecasts as the shipped market (its figures are the same)
SELECT y, r, gpumkt_forecast(r, y, extrapolate => true) = gpumkt_forecast(r, y, market => 'copy_a', extrapolate => true) AS same
FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2024, 2036, 4) y ORDER BY r, y;
-- the regions were there: none added
SELECT count(*) AS regions FROM gpumkt_regions WHERE NOT shipped;

-- export of the shipped market, loaded as copy_b: same forecasts, ranges,
-- segments (the export gives its plain figures their rounding interval)
SELECT * FROM gpumkt_load_report(pg_temp.as_market(gpumkt_export_report('ai_training_gpu_clusters'), 'copy_b'));
SELECT count(*) FILTER (WHERE gpumkt_forecast(r, y, extrapolate => true) <> gpumkt_forecast(r, y, market => 'copy_b', extrapolate => true)) AS forecasts_differ,
       count(*) AS compared
FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2020, 2040) y;
SELECT count(*) FILTER (WHERE gpumkt_forecast('global', y, s.dimension, s.segment)
                              <> gpumkt_forecast('global', y, s.dimension, s.segment, 'copy_b')) AS segments_differ,
       count(*) AS compared
FROM gpumkt_segments s, generate_series(2025, 2035, 5) y
WHERE s.market = 'ai_training_gpu_clusters' AND s.share IS NOT NULL;
-- export of copy_b loaded as copy_c: the export is a fixed point, and the
-- audit finds the same in both
SELECT * FROM gpumkt_load_report(pg_temp.as_market(gpumkt_export_report('copy_b'), 'copy_c'));
SELECT pg_temp.as_market(gpumkt_export_report('copy_b'), 'x') = pg_temp.as_market(gpumkt_export_report('copy_c'), 'x') AS export_same;
SELECT count(*) FILTER (WHERE gpumkt_forecast_range(r, y, market => 'copy_b', extrapolate => true) IS DISTINCT FROM gpumkt_forecast_range(r, y, market => 'copy_c', extrapolate => true)) AS ranges_differ
FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2020, 2040) y;
(SELECT finding, rows_involved, figures, discrepancy, detail FROM gpumkt_audit() WHERE market = 'copy_b'
 EXCEPT SELECT finding, rows_involved, figures, discrepancy, detail FROM gpumkt_audit() WHERE market = 'copy_c')
UNION ALL
(SELECT finding, rows_involved, figures, discrepancy, detail FROM gpumkt_audit() WHERE market = 'copy_c'
 EXCEPT SELECT finding, rows_involved, figures, discrepancy, detail FROM gpumkt_audit() WHERE market = 'copy_b');
SELECT count(*) > 0 AS audit_has_findings FROM gpumkt_audit() WHERE market = 'copy_b';
-- the ranges of the shipped market and of copy_b agree to 9 decimals: the
-- shipped rounding interval is computed in double precision, the copy's
-- low and high are exact numerics (two differ in their 13th digit)
SELECT count(*) FILTER (WHERE round((a).low, 9) <> round((b).low, 9) OR round((a).value, 9) <> round((b).value, 9)
                              OR round((a).high, 9) <> round((b).high, 9)) AS ranges_differ_9
FROM (SELECT gpumkt_forecast_range(r, y, extrapolate => true) AS a, gpumkt_forecast_range(r, y, market => 'copy_b', extrapolate => true) AS b
      FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2020, 2040) y) x;

-- Refusals, on a small report whose figures are INVENTED (test only).
CREATE TEMP TABLE inv AS SELECT '{"format": "gpumkt report, version 1",
  "regions": [{"region": "test_land", "name": "Test Land", "parent": "Europe", "kind": "country"}],
  "markets": [{"market": "invented_a", "name": "INVENTED test market", "topic": "ai_training_gpu_clusters"}],
  "anchors": [{"region": "global", "year": 2025, "value": 20}, {"region": "test_land", "year": 2025, "value": "1,50"}],
  "rates": [{"region": "global", "from_year": 2025, "to_year": 2035, "rate": "17.0 %"}],
  "dimensions": [{"dimension": "kind", "name": "Kind"}],
  "segments": [{"dimension": "kind", "segment": "a", "name": "A", "year": 2025, "share": "60 %"},
               {"dimension": "kind", "segment": "b", "name": "B", "year": 2025, "share": 0.4}]}'::jsonb AS doc;
CREATE FUNCTION pg_temp.state() RETURNS text LANGUAGE sql
    RETURN (SELECT count(*) FROM gpumkt_markets) || ' markets, ' || (SELECT count(*) FROM gpumkt_regions) || ' regions, '
        || (SELECT count(*) FROM gpumkt_anchors) || ' anchors, ' || (SELECT count(*) FROM gpumkt_segments) || ' segments';
SELECT pg_temp.state() AS before;
-- error: an unknown key
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,1,valeur}', '1'));
-- error: an unknown table
SELECT * FROM gpumkt_load_report((SELECT doc FROM inv) || '{"forecasts": []}');
-- error: a missing required field
SELECT * FROM gpumkt_load_report((SELECT doc FROM inv) #- '{anchors,1,year}');
-- error: a year outside 1900..2200
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,year}', '2250'));
-- error: a rate of 12 meant as 12 %
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{rates,0,rate}', '12'));
-- error: a rate at -1
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{rates,0,rate}', '"-100 %"'));
-- error: a share above 1
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{segments,1,share}', '1.4'));
-- error: a dimension above 100 % (0.60 + 0.45)
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{segments,1,share}', '0.45'));
-- error: a parent chain that loops (test_land in loop_land in test_land)
SELECT * FROM gpumkt_load_report(jsonb_set(jsonb_set((SELECT doc FROM inv), '{regions,0,parent}', '"loop_land"'),
    '{regions,1}', '{"region": "loop_land", "name": "Loop", "parent": "test_land", "kind": "region"}'));
-- error: NaN and Infinity
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '"NaN"'));
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '"-Infinity"'));
-- error: text where a number belongs (22P02)
\set VERBOSITY sqlstate
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '"eighteen"'));
\set VERBOSITY default
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '"eighteen"'));
-- error: an unknown region name
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,region}', '"Atlantis"'));
-- error: an anchor of 0
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '0'));
-- error: a percent on a market size
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '"20 %"'));
-- error: a rule of the tables (a derived figure without its derivation), with the path of the table
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,basis}', '"derived"'));
-- error: another format
SELECT * FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{format}', '"gpumkt report, version 2"'));
-- after every refusal the tables hold what they held
SELECT pg_temp.state() AS after_refusals;

-- the report loads: "1,50" is 1.50, "17.0 %" is 0.170, "60 %" is 0.60 (stated digits kept)
SELECT * FROM gpumkt_load_report((SELECT doc FROM inv));
SELECT region, year, value FROM gpumkt_anchors WHERE market = 'invented_a' ORDER BY region;
SELECT rate, scale(rate) FROM gpumkt_rates WHERE market = 'invented_a';
SELECT segment, share FROM gpumkt_segments WHERE market = 'invented_a' ORDER BY segment;
SELECT region, parent, kind, shipped FROM gpumkt_regions WHERE region = 'test_land';
-- 20 * 1.17^5 = 20 * 2.1924480357 = 43.8489607 (independent arithmetic)
SELECT round(gpumkt_forecast('global', 2030, market => 'invented_a'), 7) AS global_2030, round(20 * 1.17 ^ 5, 7) AS expected;
-- error: it exists now
SELECT * FROM gpumkt_load_report((SELECT doc FROM inv));
-- replace: its rows go, the report's come (anchor 25 instead of 20)
SELECT tab, loaded FROM gpumkt_load_report(jsonb_set((SELECT doc FROM inv), '{anchors,0,value}', '25'), replace => true)
WHERE tab = 'anchors';
SELECT region, value FROM gpumkt_anchors WHERE market = 'invented_a' ORDER BY region;
-- error: replacing the shipped market is for the tables' owner only
CREATE ROLE gpumkt_loader_test;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gpumkt_loader_test;
GRANT SELECT ON f TO gpumkt_loader_test;
SET ROLE gpumkt_loader_test;
SELECT * FROM gpumkt_load_report(pg_temp.as_market((SELECT doc FROM f), 'ai_training_gpu_clusters'), replace => true);
RESET ROLE;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM gpumkt_loader_test;
REVOKE ALL ON f FROM gpumkt_loader_test;
DROP ROLE gpumkt_loader_test;
SELECT count(*) AS shipped_anchors FROM gpumkt_anchors WHERE market = 'ai_training_gpu_clusters';

-- the example file of the docs (INVENTED figures) loads; its global market
-- in 2030 lies on the path from 20 (2025) to 100 (2035): 20 * (100/20)^0.5
-- = sqrt(2000) = 44.7213595 (independent arithmetic)
\set example `cat examples/invented_report.json`
SELECT * FROM gpumkt_load_report(:'example');
SELECT round(gpumkt_forecast('global', 2030, market => 'example_invented'), 7) AS global_2030, round(sqrt(2000::numeric), 7) AS expected;
SELECT region, rate FROM gpumkt_rates WHERE market = 'example_invented';

-- gpumkt_load_report: a report that adds no region (regions is
-- optional, docs/report-format.md) loads; its anchors are users' rows.
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1", "markets": [{"market": "rv_m", "name": "x"}], "anchors": [{"region": "global", "year": 2025, "value": 10}, {"region": "World", "year": 2030, "value": 20}]}');
-- 10 x 2^(2/5) = 13.1950791077289 (interpolation)
SELECT gpumkt_forecast('global', 2027, market => 'rv_m');
-- a scenario of the market; replacing the market's rows keeps it
SELECT gpumkt_scenario_set('rv_ms', 'anchor', 'global', 12, year => 2025, market => 'rv_m');
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1", "markets": [{"market": "rv_m", "name": "x"}], "anchors": [{"region": "global", "year": 2025, "value": 11}, {"region": "global", "year": 2030, "value": 22}]}', replace => true);
-- 12 x (22 / 12)^(2/5) = 15.292476 (python: 12 * (22/12)**0.4 = 15.2924764355)
SELECT round(gpumkt_forecast('global', 2027, scenario => 'rv_ms', market => 'rv_m'), 6);
SELECT gpumkt_scenario_drop('rv_ms');
DELETE FROM gpumkt_anchors WHERE market = 'rv_m';
DELETE FROM gpumkt_markets WHERE market = 'rv_m';

-- gpumkt_load_report with replace => NULL does not merge a report into
-- an existing market: NULL is refused or read as the default (false).
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1",
    "markets": [{"market": "rv14b_rep", "name": "Review report (invented, test only)"}],
    "anchors": [{"region": "global", "year": 2020, "value": 1}]}');
DO $$
BEGIN
    PERFORM gpumkt_load_report('{"format": "gpumkt report, version 1",
        "markets": [{"market": "rv14b_rep", "name": "Review report (invented, test only)"}],
        "anchors": [{"region": "global", "year": 2021, "value": 2}]}', NULL);
    RAISE NOTICE 'merged: the market now has % anchors', (SELECT count(*) FROM gpumkt_anchors WHERE market = 'rv14b_rep');
EXCEPTION WHEN invalid_parameter_value OR null_value_not_allowed THEN
    RAISE NOTICE 'refused (%)', SQLSTATE;
END $$;
DELETE FROM gpumkt_anchors WHERE market = 'rv14b_rep';
DELETE FROM gpumkt_markets WHERE market = 'rv14b_rep';

-- gpumkt_report_value reads dates under DateStyle: STABLE, not
-- IMMUTABLE (core's date input is STABLE).
SELECT p.oid::regprocedure AS function, p.provolatile FROM pg_proc p WHERE p.proname = 'gpumkt_report_value';
SET datestyle = 'ISO, DMY';
SELECT gpumkt_report_value('"01/02/2025"', 'date', false, '$.x') AS dmy;
SET datestyle = 'ISO, MDY';
SELECT gpumkt_report_value('"01/02/2025"', 'date', false, '$.x') AS mdy;
RESET datestyle;
