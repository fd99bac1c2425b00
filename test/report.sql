-- The forecast report: every region and every segment, 2025-2035, from the
-- shipped market data, with a sparkline per region and a bar per segment
-- share (gpumkt_sparkline, gpumkt_bar: block characters, so a UTF8
-- database); every amount marked by its basis (r reported, d derived,
-- i interpolated, e extrapolated: gpumkt_series and gpumkt_explain, as the
-- charts draw it) and the cells of the region table that the audit
-- contradicts marked [n], n the finding (test/report_marks.sql).  Run by
-- test/report.sh in a throwaway cluster; runs as it is in any database
-- where gpumkt is installed.
\set ON_ERROR_STOP 1
\set market ai_training_gpu_clusters
\pset null '-'
\pset footer off
SET client_min_messages = warning;
\ir report_marks.sql
\echo
\pset format unaligned
\pset tuples_only on
SELECT name || ' (' || currency || ' ' || unit || ')' || E'\n'
       || 'Source: ' || coalesce(source_title, 'title not given')
       || coalesce(E'\n' || coalesce(substring(source_ref FROM '^\S+\.[A-Za-z0-9]{1,5}\s*\((.*)\)\s*$'),
                                     CASE WHEN source_ref !~ '^\S+\.[A-Za-z0-9]{1,5}$' THEN source_ref END) || ';', E'\n')
       || ' publisher not named in the data; published ' || coalesce(source_date::text, 'on a date not given') || '.'
FROM gpumkt_markets WHERE market = :'market';
\pset format aligned
\pset tuples_only off

\echo
\echo 'Market size by region, USD billions (each figure followed by the letter of its basis, key below; - : the report gives no figure; [n] : audit finding n contradicts the cell)'
SELECT lpad('', 2 * (CASE r.kind WHEN 'world' THEN 0 WHEN 'region' THEN 1 ELSE 2 END)) || r.name AS region,
       y.year, to_char(gpumkt_try_forecast(r.region, y.year), 'FM9990.00')
                   || ' ' || pg_temp.basis_letter(pg_temp.cell_basis(r.region, y.year, NULL, NULL, :'market'))
                   || coalesce((SELECT ' [' || string_agg(m.n::text, ',' ORDER BY m.n) || ']' FROM report_marks m
                                WHERE m.region = r.region AND m.year = y.year), '') AS value
FROM gpumkt_regions r
CROSS JOIN generate_series(2025, 2035) AS y(year)
ORDER BY r.kind <> 'world',
         coalesce((SELECT p.name FROM gpumkt_regions p WHERE p.region = r.parent AND p.kind = 'region'), r.name),
         r.kind <> 'region', r.kind = 'rest_of', r.name, y.year
\crosstabview region year value
SELECT b.letter || ' ' || pg_temp.basis_meaning(b.basis) AS "Key: the letter of the basis of each figure"
FROM (SELECT DISTINCT c.basis, pg_temp.basis_letter(c.basis) AS letter
      FROM gpumkt_regions r CROSS JOIN generate_series(2025, 2035) AS y(year)
      CROSS JOIN LATERAL pg_temp.cell_basis(r.region, y.year, NULL, NULL, :'market') AS c(basis)
      WHERE c.basis IS NOT NULL) b
ORDER BY pg_temp.basis_order(b.basis);
SELECT '[' || n || '] ' || note AS "Cells an audit finding contradicts (the finding's number)" FROM report_notes ORDER BY n;

\echo
\echo 'Growth by region, 2025-2035, USD billions (regions with figures): each sparkline runs from the region''s own 2025 value (▁) to its 2035 value (█)'
SELECT lpad('', 2 * (CASE r.kind WHEN 'world' THEN 0 WHEN 'region' THEN 1 ELSE 2 END)) || r.name AS region,
       to_char(gpumkt_try_forecast(r.region, 2025), 'FM9990.00') AS "2025",
       to_char(gpumkt_try_forecast(r.region, 2035), 'FM9990.00') AS "2035",
       (SELECT gpumkt_sparkline(gpumkt_try_forecast(r.region, y) ORDER BY y)
        FROM generate_series(2025, 2035) AS y) AS "2025-2035"
FROM gpumkt_regions r
WHERE gpumkt_try_forecast(r.region, 2025) IS NOT NULL
ORDER BY r.kind <> 'world',
         coalesce((SELECT p.name FROM gpumkt_regions p WHERE p.region = r.parent AND p.kind = 'region'), r.name),
         r.kind <> 'region', r.kind = 'rest_of', r.name;

\echo
\echo 'Segment shares of the global market in 2025 (a full bar is 100 %; - : the report gives no share)'
SELECT d.name AS dimension, s.name AS segment,
       to_char(100 * s.share, 'FM990.0') || ' %' AS share,
       gpumkt_bar(s.share, 1, 20) AS "0 % .. 100 %",
       CASE WHEN s.share IS NOT NULL
            THEN to_char(gpumkt_forecast('global', 2025, s.dimension, s.segment), 'FM9990.00') END AS "2025 USD bn"
FROM gpumkt_segments s
JOIN gpumkt_dimensions d USING (market, dimension)
WHERE s.market = 'ai_training_gpu_clusters'
ORDER BY d.ordinal, s.ordinal;

\echo
\echo 'How each region''s figures are obtained'
SELECT r.name AS region,
       string_agg(DISTINCT s.basis, ', ') AS basis_2025_2035
FROM gpumkt_regions r
CROSS JOIN LATERAL (
    SELECT basis FROM gpumkt_series(r.region, 2025, 2035)
    WHERE gpumkt_try_forecast(r.region, 2025) IS NOT NULL) s
GROUP BY r.name ORDER BY r.name;

\echo
\echo 'Global market by segment, USD billions (share held at 2025; letters: the basis, as above; - : the report gives no share)'
SELECT d.name || ': ' || s.name || coalesce(' ' || to_char(100 * s.share, 'FM990.0') || ' %', '') AS segment,
       y.year,
       CASE WHEN s.share IS NOT NULL
            THEN to_char(gpumkt_forecast('global', y.year, s.dimension, s.segment), 'FM9990.00')
                 || ' ' || pg_temp.basis_letter(pg_temp.cell_basis('global', y.year, s.dimension, s.segment, :'market')) END AS value
FROM gpumkt_segments s
JOIN gpumkt_dimensions d USING (market, dimension)
CROSS JOIN generate_series(2025, 2035) AS y(year)
WHERE s.market = 'ai_training_gpu_clusters'
ORDER BY d.ordinal, s.ordinal, y.year
\crosstabview segment year value

\echo
\echo 'North America and the United States by segment, USD billions (segments with a share; letters: the basis, as above; note below)'
SELECT r.name || ' / ' || s.name AS segment, y.year,
       to_char(gpumkt_forecast(r.region, y.year, s.dimension, s.segment), 'FM9990.00')
           || ' ' || pg_temp.basis_letter(pg_temp.cell_basis(r.region, y.year, s.dimension, s.segment, :'market')) AS value
FROM gpumkt_segments s
JOIN gpumkt_dimensions d USING (market, dimension)
CROSS JOIN (VALUES ('north_america', 1), ('united_states', 2)) AS rr(region, ord)
JOIN gpumkt_regions r ON r.region = rr.region
CROSS JOIN generate_series(2025, 2035) AS y(year)
WHERE s.market = 'ai_training_gpu_clusters' AND s.share IS NOT NULL
ORDER BY rr.ord, d.ordinal, s.ordinal, y.year
\crosstabview segment year value
SELECT pg_temp.segment_note(ARRAY['north_america', 'united_states'], 2025, :'market') AS "Note";

\echo
\echo 'Audit of the data'
SELECT n, finding, pg_temp.named(figures) AS figures, round(discrepancy, 3) AS discrepancy FROM report_audit ORDER BY n;
