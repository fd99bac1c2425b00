-- gpumkt_load_report and gpumkt_export_report: report files.  The shipped
-- file goes through the loader under other market codes; the refusals are
-- tested on small reports whose figures are INVENTED (marked as such), none
-- of which ships.  Expected values: the shipped file's own figures.
SET extra_float_digits = 0;
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
SELECT y, r, gpumkt_forecast(r, y) = gpumkt_forecast(r, y, 'copy_a') AS same
FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2024, 2036, 4) y ORDER BY r, y;
-- the regions were there: none added
SELECT count(*) AS regions FROM gpumkt_regions WHERE NOT shipped;

-- export of the shipped market, loaded as copy_b: same forecasts, ranges,
-- segments (the export gives its plain figures their rounding interval)
SELECT * FROM gpumkt_load_report(pg_temp.as_market(gpumkt_export_report('ai_training_gpu_clusters'), 'copy_b'));
SELECT count(*) FILTER (WHERE gpumkt_forecast(r, y) <> gpumkt_forecast(r, y, 'copy_b')) AS forecasts_differ,
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
SELECT count(*) FILTER (WHERE gpumkt_forecast_range(r, y, 'copy_b') IS DISTINCT FROM gpumkt_forecast_range(r, y, 'copy_c')) AS ranges_differ
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
FROM (SELECT gpumkt_forecast_range(r, y) AS a, gpumkt_forecast_range(r, y, 'copy_b') AS b
      FROM unnest(ARRAY['global', 'north_america', 'united_states']) r, generate_series(2020, 2040) y) x;
