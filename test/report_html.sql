-- The forecast report as one self-contained HTML page: the source (title,
-- publisher, date) once, the table of every region the market names (its
-- root region and every region under it; "no figure" where the data gives
-- none), each cell marked by its basis as the charts draw it (reported in
-- bold; derived, interpolated, extrapolated in grey with a letter; from
-- gpumkt_series and gpumkt_explain, test/report_marks.sql) with a key under
-- the table, each cell that an audit finding contradicts marked, with a
-- note beside the table that says what and links to the finding; the forecast
-- chart of every region with figures, each year drawn by its basis; a
-- chart of each dimension's segment mix; the audit; and the provenance of
-- every figure (the report's words or the derivation), by name.  No
-- script, no network: inline CSS and inline SVG (the charts of
-- gpumkt_chart and gpumkt_chart_segments with source => false, so that the
-- page shows what a user gets from SQL), every text HTML-escaped.  Run by
-- test/report.sh:
--   psql -v market=<market> -f test/report_html.sql -o report.html
-- (market defaults to the shipped one); runs as it is in any database
-- where gpumkt is installed.  test/browser.sh checks the page.
\set ON_ERROR_STOP 1
\if :{?market}
\else
\set market ai_training_gpu_clusters
\endif
\pset format unaligned
\pset tuples_only on
\pset footer off
SET client_min_messages = warning;

-- HTML escaping of any text (NULL as an empty string)
CREATE FUNCTION pg_temp.h(t text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN replace(replace(replace(replace(replace(coalesce(t, ''),
    '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');
-- a number with two decimals, or "no figure"
CREATE FUNCTION pg_temp.n(v numeric) RETURNS text LANGUAGE sql IMMUTABLE
RETURN coalesce(to_char(v, 'FM999999999990.00'), 'no figure');
-- a fraction as a percentage with the digits it was given (0.170: 17.0 %)
CREATE FUNCTION pg_temp.pct(v numeric) RETURNS text LANGUAGE sql IMMUTABLE
RETURN round(100 * v, greatest(scale(v) - 2, 0))::text || ' %';
-- a table row of cells, each escaped
CREATE FUNCTION pg_temp.tr(VARIADIC cells text[]) RETURNS text LANGUAGE sql IMMUTABLE
RETURN '<tr>' || (SELECT string_agg('<td>' || pg_temp.h(c) || '</td>', '' ORDER BY o)
                  FROM unnest(cells) WITH ORDINALITY AS u(c, o)) || '</tr>';
-- a table head
CREATE FUNCTION pg_temp.th(VARIADIC cells text[]) RETURNS text LANGUAGE sql IMMUTABLE
RETURN '<tr>' || (SELECT string_agg('<th>' || pg_temp.h(c) || '</th>', '' ORDER BY o)
                  FROM unnest(cells) WITH ORDINALITY AS u(c, o)) || '</tr>';
-- an unrecognized market stops here (22023, the script exits with 3)
SELECT gpumkt_chart('global', 2025, 2025, market => :'market') IS NOT NULL AS market_ok \gset
-- the market, its root region and the years its figures span
SELECT m.market, m.name, m.root_region, m.currency || ' ' || m.unit AS unit,
       coalesce((SELECT min(a.year) FROM gpumkt_anchors a WHERE a.market = m.market), 2025) AS lo,
       coalesce(greatest((SELECT max(a.year) FROM gpumkt_anchors a WHERE a.market = m.market),
                         (SELECT max(r.to_year) FROM gpumkt_rates r WHERE r.market = m.market)), 2035) AS hi,
       coalesce((SELECT max(s.year) FROM gpumkt_segments s WHERE s.market = m.market),
                (SELECT min(a.year) FROM gpumkt_anchors a WHERE a.market = m.market), 2025) AS seg_year
FROM gpumkt_markets m WHERE m.market = :'market' \gset mk_

-- every region the market names: its root region and the regions under it
CREATE TEMP TABLE page_tree AS
WITH RECURSIVE tree AS (
    SELECT r.region, r.name, r.kind, r.parent, 0 AS depth FROM gpumkt_regions r WHERE r.region = :'mk_root_region'
    UNION ALL
    SELECT r.region, r.name, r.kind, r.parent, t.depth + 1
    FROM tree t JOIN gpumkt_regions r ON r.parent = t.region
    WHERE t.depth < 50)
SELECT * FROM tree;

-- the value and basis of each region in each year
CREATE TEMP TABLE page_values AS
SELECT t.region, s.year, s.value, s.basis
FROM page_tree t CROSS JOIN LATERAL gpumkt_series(t.region, :mk_lo, :mk_hi, market => :'market') s;

-- the regions in the order of the page: each region before the regions
-- under it; among siblings, those with figures first, "rest of" last, by name
CREATE TEMP TABLE page_regions AS
WITH RECURSIVE figs AS (
    SELECT t.*, EXISTS (SELECT 1 FROM page_values v WHERE v.region = t.region AND v.value IS NOT NULL) AS has_figure
    FROM page_tree t),
ordered AS (
    SELECT f.region, f.name, f.kind, f.depth, f.has_figure, ARRAY[f.name] AS path
    FROM figs f WHERE f.region = :'mk_root_region'
    UNION ALL
    SELECT f.region, f.name, f.kind, f.depth, f.has_figure,
           o.path || ((NOT f.has_figure)::int::text || (f.kind = 'rest_of')::int::text || f.name)
    FROM ordered o JOIN figs f ON f.parent = o.region)
SELECT row_number() OVER (ORDER BY path) AS ord, region, name, kind, depth, has_figure FROM ordered;

-- the audit, numbered; the cells its findings contradict; a note on each
\ir report_marks.sql

-- the charts, as gpumkt_chart and gpumkt_chart_segments draw them (each
-- year by its basis, the band of gpumkt_forecast_range), without the
-- source, which the page names once
CREATE TEMP TABLE page_charts AS
SELECT 'region' AS section, p.ord AS o, p.region AS id,
       gpumkt_chart(p.region, :mk_lo, :mk_hi, market => :'market', source => false) AS svg
FROM page_regions p WHERE p.has_figure
UNION ALL
SELECT 'segments', d.ordinal, d.dimension,
       gpumkt_chart_segments(d.dimension, :'mk_root_region', :mk_seg_year, :'market', source => false)
FROM gpumkt_dimensions d WHERE d.market = :'market';

-- the charts of a section in a grid of two columns, with the section's
-- key: beside the last chart when they are odd in number, under them on a
-- row of its own when even, so that no row is left half empty
CREATE FUNCTION pg_temp.grid(id text, figures text[], key_html text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN '<div class="charts" id="' || id || '">' || coalesce(array_to_string(figures, E'\n'), '')
    || E'\n<div class="key' || CASE WHEN coalesce(cardinality(figures), 0) % 2 = 0 THEN ' wide' ELSE '' END
    || '">' || key_html || '</div></div>';

WITH
source AS (
    SELECT m.*,
           -- the kind of document: source_ref without a file name before it
           coalesce(substring(m.source_ref FROM '^\S+\.[A-Za-z0-9]{1,5}\s*\((.*)\)\s*$'),
                    CASE WHEN m.source_ref !~ '^\S+\.[A-Za-z0-9]{1,5}$' THEN m.source_ref END) AS kind
    FROM gpumkt_markets m WHERE m.market = :'market'),
head AS (
    SELECT '<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;">
<title>' || pg_temp.h(s.name) || ' - gpumkt report</title>
<style>
body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1400px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 8px 0 16px; table-layout: fixed; width: 100%; }
th, td { border: 1px solid #ddd; padding: 3px 6px; font-size: 12px; vertical-align: top;
         overflow-wrap: anywhere; word-break: break-word; text-align: left; }
th { background: #f4f4f4; }
td.n { text-align: right; white-space: nowrap; }
td.none { color: #888; }
td.mark { background: #fde3c4; }
td.mark sup.audit, aside.notes b { color: #a24b00; font-weight: bold; }
td.b-reported { font-weight: bold; }
td.b-derived, td.b-interpolated, td.b-extrapolated, td.b-user-row,
.basis-key span { color: #666; }
td.b-derived, .basis-key span.b-derived { font-style: italic; }
sup.basis { font-size: 9px; margin-left: 1px; } sup.audit { margin-left: 2px; }
p.basis-key { font-size: 12px; color: #333; margin: 0 0 16px; }
table.regions td:first-child, table.regions th:first-child { width: 190px; }
.beside { display: flex; gap: 16px; align-items: flex-start; }
.beside table { flex: 1 1 auto; min-width: 0; }
aside.notes { flex: 0 0 280px; font-size: 12px; margin-top: 8px; border-left: 3px solid #e8a25c; padding: 0 0 0 10px; }
aside.notes p { margin: 0 0 8px; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
@media (max-width: 1100px) { .charts { grid-template-columns: minmax(0, 1fr); } .key.wide { grid-column: auto; }
                             .beside { flex-wrap: wrap; } aside.notes { flex: 1 1 100%; } }
figure.chart { margin: 0; border: 1px solid #eee; }
figure.chart svg { display: block; width: 100%; max-width: 760px; height: auto; margin: 0 auto; }
sup { line-height: 0; }
.key { border: 1px solid #eee; padding: 8px 14px; font-size: 13px; color: #333; }
.key.wide { grid-column: 1 / -1; }
.key ul { padding-left: 18px; margin: 6px 0; } .key li { margin: 3px 0; }
p.source { color: #444; font-size: 13px; margin: 4px 0; }
table.provenance th:nth-child(n+2):nth-child(-n+5) { width: 80px; }
table.provenance.seg th:nth-child(2) { width: 180px; } table.provenance.seg th:nth-child(5) { width: 80px; }
table.provenance.seg th:nth-child(3), table.provenance.seg th:nth-child(4) { width: 70px; }
table.provenance th:last-child { width: 22%; }
table.audit th:first-child { width: 170px; } table.audit th:nth-child(4) { width: 80px; }
tr:target, p:target { outline: 2px solid #e8a25c; }
</style></head><body>
<h1>' || pg_temp.h(s.name) || '</h1>
<p class="source" id="source">Source: <cite lang="' || CASE WHEN s.kind ~* 'french' THEN 'fr' ELSE 'und' END || '">'
        || pg_temp.h(coalesce(s.source_title, 'title not given')) || '</cite>'
        || CASE WHEN s.kind IS NOT NULL THEN ', ' || pg_temp.h(s.kind) ELSE '' END
        || '; publisher not named in the data; published '
        || coalesce(to_char(s.source_date::timestamp, 'YYYY-MM-DD'), 'on a date not given') || '.</p>
<p class="source">' || CASE WHEN s.note IS NOT NULL THEN pg_temp.h(s.note) || ' ' ELSE '' END || 'Figures in ' || pg_temp.h(:'mk_unit')
        || '. Generated by gpumkt ' || pg_temp.h((SELECT extversion FROM pg_extension WHERE extname = 'gpumkt'))
        || ' from the market <code>' || pg_temp.h(s.market) || '</code>.</p>' AS html
    FROM source s),
region_table AS (
    SELECT '<h2 id="regions">Market size by region, ' || pg_temp.h(:'mk_unit') || '</h2>
<div class="beside"><table class="regions">'
        || pg_temp.th(VARIADIC ARRAY['Region'] || (SELECT array_agg(y::text ORDER BY y) FROM generate_series(:mk_lo, :mk_hi) y))
        || E'\n' || (SELECT string_agg('<tr id="region-' || pg_temp.h(p.region) || '"><td style="padding-left: '
                || 6 + 14 * p.depth || 'px">' || pg_temp.h(p.name) || '</td>'
                || CASE WHEN p.has_figure THEN
                       (SELECT string_agg('<td class="n' || coalesce(' b-' || replace(b.basis, ' ', '-'), '')
                                          || CASE WHEN k.n IS NULL THEN '' ELSE ' mark' END || '"'
                                          || coalesce(' title="' || pg_temp.h(concat_ws('; ', pg_temp.basis_meaning(b.basis), k.what)) || '"', '')
                                          || '>' || pg_temp.n(v.value)
                                          || CASE WHEN b.basis IS NULL OR b.basis = 'reported' THEN ''
                                                  ELSE '<sup class="basis">' || pg_temp.basis_letter(b.basis) || '</sup>' END
                                          || coalesce('<sup class="audit">' || k.refs || '</sup>', '') || '</td>', '' ORDER BY v.year)
                        FROM page_values v
                        CROSS JOIN LATERAL pg_temp.cell_basis(v.region, v.year, NULL, NULL, :'market') AS b(basis)
                        LEFT JOIN LATERAL (
                            SELECT min(m.n) AS n,
                                   string_agg('<a href="#note-' || m.n || '">' || m.n || '</a>', ',' ORDER BY m.n) AS refs,
                                   string_agg('audit finding ' || m.n || ': ' || a.finding, '; ' ORDER BY m.n) AS what
                            FROM report_marks m JOIN report_audit a ON a.n = m.n
                            WHERE m.region = v.region AND m.year = v.year) k ON true
                        WHERE v.region = p.region)
                   ELSE '<td class="none" colspan="' || :mk_hi - :mk_lo + 1 || '">no figure</td>' END
                || '</tr>', E'\n' ORDER BY p.ord) FROM page_regions p)
        || '</table>
<aside class="notes"><p>No figure: the data gives none for the region.</p>'
        || coalesce((SELECT string_agg('<p id="note-' || n.n || '"><b>' || n.n || '</b> ' || pg_temp.h(n.note)
                    || ' <a href="#finding-' || n.n || '">Audit finding ' || n.n || '</a>.</p>', E'\n' ORDER BY n.n)
                     FROM report_notes n), '<p>No cell is contradicted by the audit.</p>')
        || '</aside></div>
<p class="basis-key" id="basis-key"><b>Basis of each figure</b> (gpumkt_series and gpumkt_explain, as the charts draw it; a region
given as a share of a larger one takes the basis of that region''s year: a share of a figure is derived, a share of an
interpolated year interpolated): '
        || coalesce((SELECT string_agg(CASE WHEN b.basis = 'reported' THEN '<b>bold</b>'
                                            ELSE '<span class="b-' || replace(b.basis, ' ', '-') || '">grey<sup class="basis">'
                                                 || pg_temp.basis_letter(b.basis) || '</sup></span>' END
                                       || ' ' || pg_temp.h(pg_temp.basis_meaning(b.basis)), '; ' ORDER BY pg_temp.basis_order(b.basis))
                     FROM (SELECT DISTINCT c.basis FROM page_values v
                           CROSS JOIN LATERAL pg_temp.cell_basis(v.region, v.year, NULL, NULL, :'market') AS c(basis)
                           WHERE c.basis IS NOT NULL) b), 'no figure')
        || '. A shaded cell with a number: an audit finding contradicts it (the note beside the table says what).</p>' AS html),
charts AS (
    SELECT '<h2 id="charts">Forecasts</h2>' || E'\n' || pg_temp.grid('region-charts',
        (SELECT array_agg('<figure class="chart" id="chart-region-' || pg_temp.h(c.id) || '">' || c.svg || '</figure>'
                          ORDER BY c.o)
         FROM page_charts c WHERE c.section = 'region'),
        '<p><b>How to read the lines.</b> Each year is drawn by its basis: filled dots are figures of the report, hollow dots
figures derived from them by arithmetic, ' || CASE WHEN EXISTS (SELECT 1 FROM page_charts c WHERE c.section = 'region'
                                                                       AND c.svg LIKE '%class="dotted"%')
                                                    THEN 'dotted stretches derived years, ' ELSE '' END
        || 'dashed stretches years between figures (interpolated) or beyond them
(extrapolated); the shaded band, where drawn, runs from the lowest to the highest value the figures allow (their
rounding and qualifiers). A region given as a share of a larger one takes, in each year, the basis of that region''s year:
a share of a figure is derived, a share of an interpolated year interpolated.</p>
<p><b>What each line rests on.</b></p><ul>'
        || coalesce((SELECT string_agg('<li>' || pg_temp.h(p.name || ': ' || r.rests) || '</li>', E'\n' ORDER BY p.ord)
                     FROM page_regions p
                     CROSS JOIN LATERAL (
                         SELECT string_agg(x.t, '; ' ORDER BY x.o) AS rests FROM (
                             SELECT 1 AS o, coalesce(a.qualifier || ' ', '') || a.value || ' in ' || a.year || ' (' || a.basis || ')' AS t
                             FROM gpumkt_anchors a WHERE a.market = :'market' AND a.region = p.region
                             UNION ALL
                             SELECT 2, coalesce(r.qualifier || ' ', '') || pg_temp.pct(r.rate) || ' a year'
                                       || coalesce(' in ' || r.from_year || '-' || r.to_year, ', no period stated')
                                       || ' (' || r.basis || coalesce(', stated for ' || r.stated_period, '') || ')'
                             FROM gpumkt_rates r WHERE r.market = :'market' AND r.region = p.region
                             UNION ALL
                             SELECT 3, coalesce(s.qualifier || ' ', '') || pg_temp.pct(s.share) || ' of '
                                       || coalesce((SELECT g.name FROM gpumkt_regions g WHERE g.region = s.of_region), s.of_region)
                                       || ' in ' || s.year || ' (' || s.basis || ')'
                             FROM gpumkt_region_shares s WHERE s.market = :'market' AND s.region = p.region) x) r
                     WHERE p.has_figure AND r.rests IS NOT NULL), '')
        || '</ul>') AS html),
segment_charts AS (
    SELECT '<h2 id="segments">Segment mix, ' || pg_temp.h((SELECT name FROM gpumkt_regions WHERE region = :'mk_root_region'))
        || ' ' || :mk_seg_year || '</h2>' || E'\n' || pg_temp.grid('segment-charts',
        (SELECT array_agg('<figure class="chart" id="chart-segments-' || pg_temp.h(c.id) || '">' || c.svg || '</figure>'
                          ORDER BY c.o, c.id)
         FROM page_charts c WHERE c.section = 'segments'),
        '<p><b>How to read the bars.</b> Each bar is the whole of the market in ' || :mk_seg_year
        || ', split by one dimension. A plain part is a segment with a share of its own (reported, or derived
from the others); the hatched part holds the segments the data gives no share of, together: 1 minus the known shares.</p>
<p><b>Where the shares come from.</b></p><ul>'
        || coalesce((SELECT string_agg('<li>' || pg_temp.h(d.name || ', ' || s.name || ': ' || pg_temp.pct(s.share) || ' ('
                        || s.basis || coalesce(': ' || s.derivation, '') || ')') || '</li>', E'\n' ORDER BY d.ordinal, s.ordinal)
                     FROM gpumkt_segments s JOIN gpumkt_dimensions d USING (market, dimension)
                     WHERE s.market = :'market' AND s.share IS NOT NULL), '')
        || '</ul>') AS html),
audit AS (
    SELECT '<h2 id="audit">Audit of the data</h2>
<table class="audit">' || pg_temp.th('Finding', 'Rows', 'Figures', 'Discrepancy', 'Detail')
        || coalesce(string_agg('<tr id="finding-' || a.n || '"><td>' || a.n || '. ' || pg_temp.h(a.finding) || '</td><td>'
                               || pg_temp.h(a.rows_involved) || '</td><td>' || pg_temp.h(pg_temp.named(a.figures)) || '</td><td>'
                               || pg_temp.h(round(a.discrepancy, 3)::text) || '</td><td>' || pg_temp.h(pg_temp.named(a.detail))
                               || '</td></tr>',
                               E'\n' ORDER BY a.n), '')
        || '</table>' AS html
    FROM report_audit a),
provenance AS (
    SELECT '<h2 id="provenance">Provenance of every figure</h2>
<h3>Market sizes</h3><table class="provenance">'
        || pg_temp.th('Region', 'Year', 'Value', 'Qualifier', 'Basis', 'Source quote', 'Derivation', 'Note')
        || coalesce((SELECT string_agg(pg_temp.tr(coalesce(g.name, a.region), a.year::text, a.value::text, a.qualifier, a.basis,
                                                  a.source_quote, a.derivation, a.note), E'\n' ORDER BY p.ord, a.region, a.year)
                     FROM gpumkt_anchors a LEFT JOIN gpumkt_regions g ON g.region = a.region
                     LEFT JOIN page_regions p ON p.region = a.region
                     WHERE a.market = :'market'), '') || '</table>
<h3>Growth rates (a year)</h3><table class="provenance">'
        || pg_temp.th('Region', 'Years', 'Rate', 'Qualifier', 'Basis', 'Source quote', 'Derivation', 'Note')
        || coalesce((SELECT string_agg(pg_temp.tr(coalesce(g.name, r.region),
                                                  coalesce(r.from_year || '-' || r.to_year, 'no period stated')
                                                      || coalesce(' (stated ' || r.stated_period || ')', ''),
                                                  pg_temp.pct(r.rate), r.qualifier, r.basis, r.source_quote, r.derivation, r.note),
                                       E'\n' ORDER BY p.ord, r.region, r.from_year)
                     FROM gpumkt_rates r LEFT JOIN gpumkt_regions g ON g.region = r.region
                     LEFT JOIN page_regions p ON p.region = r.region
                     WHERE r.market = :'market'), '') || '</table>
<h3>Regional shares</h3><table class="provenance">'
        || pg_temp.th('Region', 'Year', 'Share', 'Of', 'Basis', 'Source quote', 'Derivation', 'Note')
        || coalesce((SELECT string_agg(pg_temp.tr(coalesce(g.name, s.region), s.year::text, pg_temp.pct(s.share),
                                                  coalesce(o.name, s.of_region), s.basis, s.source_quote, s.derivation, s.note),
                                       E'\n' ORDER BY p.ord, s.region, s.year)
                     FROM gpumkt_region_shares s LEFT JOIN gpumkt_regions g ON g.region = s.region
                     LEFT JOIN gpumkt_regions o ON o.region = s.of_region
                     LEFT JOIN page_regions p ON p.region = s.region
                     WHERE s.market = :'market'), '') || '</table>
<h3>Segment shares</h3><table class="provenance seg">'
        || pg_temp.th('Dimension', 'Segment', 'Share', 'Basis', 'Source quote', 'Derivation', 'Note')
        || coalesce((SELECT string_agg(pg_temp.tr(d.name, s.name, coalesce(pg_temp.pct(s.share), 'no figure'),
                                                  s.basis, s.source_quote, s.derivation, s.note),
                                       E'\n' ORDER BY d.ordinal, s.ordinal, s.segment)
                     FROM gpumkt_segments s JOIN gpumkt_dimensions d USING (market, dimension)
                     WHERE s.market = :'market'), '') || '</table>' AS html)
SELECT concat_ws(E'\n', head.html, region_table.html, charts.html, segment_charts.html, audit.html,
                 provenance.html, '</body></html>')
FROM head, region_table, charts, segment_charts, audit, provenance;
