-- The marks of the reports' tables (test/report.sql, the text report;
-- test/report_html.sql, the page): the basis of each cell, as the charts
-- draw it, and the audit of the market: its findings numbered, the cells
-- of the region table that a finding contradicts, and a note on each
-- finding that contradicts a cell, saying what.  Included (\ir) by both
-- with the psql variable market set; makes temporary objects only.

-- the basis a cell is marked by, from gpumkt_series's basis of the year
-- as gpumkt_chart draws it: a share (of a larger region, or a segment's
-- share of its region) by the weaker of derived and the basis of the year
-- it is a share of (the last step of gpumkt_explain): a share of a
-- reported year derived, of an interpolated year interpolated; a basis
-- resting on a user's row "user row"; reported, derived, interpolated,
-- extrapolated as they are; NULL where there is no value
CREATE FUNCTION pg_temp.cell_basis(region text, year integer, dimension text, segment text, market text)
RETURNS text LANGUAGE sql STABLE
RETURN (SELECT CASE WHEN s.value IS NULL THEN NULL
                    WHEN s.basis LIKE 'share of parent%' OR s.basis LIKE 'segment share%' THEN
                        (SELECT CASE WHEN e.basis LIKE 'interpolated%' THEN 'interpolated'
                                     WHEN e.basis LIKE 'extrapolated%' THEN 'extrapolated'
                                     WHEN e.basis LIKE '%user row%' THEN 'user row' ELSE 'derived' END
                         FROM gpumkt_explain(region, year, dimension, segment, market) e ORDER BY e.step DESC LIMIT 1)
                    WHEN s.basis LIKE '%user row%' THEN 'user row'
                    ELSE split_part(s.basis, ' ', 1) END
        FROM gpumkt_series(region, year, year, dimension, segment, market) s);

-- the mark of a basis: a letter (the text report gives every cell one, the
-- page every cell but the reported, which it sets in bold) and its meaning
CREATE FUNCTION pg_temp.basis_letter(basis text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN CASE basis WHEN 'reported' THEN 'r' WHEN 'derived' THEN 'd' WHEN 'interpolated' THEN 'i'
                  WHEN 'extrapolated' THEN 'e' WHEN 'user row' THEN 'u' ELSE '?' END;
CREATE FUNCTION pg_temp.basis_meaning(basis text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN CASE basis WHEN 'reported' THEN 'reported: a figure of the report'
                  WHEN 'derived' THEN 'derived: arithmetic on figures of the report (a share of a reported figure)'
                  WHEN 'interpolated' THEN 'interpolated: a year between two figures'
                  WHEN 'extrapolated' THEN 'extrapolated: a year beyond the figures, at a growth rate'
                  WHEN 'user row' THEN 'user row: rests on a row a user added'
                  ELSE coalesce(basis, 'no basis') END;
CREATE FUNCTION pg_temp.basis_order(basis text) RETURNS integer LANGUAGE sql IMMUTABLE
RETURN CASE basis WHEN 'reported' THEN 1 WHEN 'user row' THEN 2 WHEN 'derived' THEN 3
                  WHEN 'interpolated' THEN 4 WHEN 'extrapolated' THEN 5 ELSE 6 END;

-- the note of a table of segment amounts of regions: the regions whose
-- amounts apply a share of the market's root region (gpumkt_explain's
-- first step a segment share, of a region other than the root), by name,
-- with the year of the shares (gpumkt_segments)
CREATE FUNCTION pg_temp.segment_note(regions text[], year integer, market text) RETURNS text LANGUAGE sql STABLE
RETURN (SELECT string_agg(g.name, ' and ' ORDER BY u.o) || ': each amount applies the segment''s share of '
               || (SELECT r.name FROM gpumkt_markets m JOIN gpumkt_regions r ON r.region = m.root_region
                   WHERE m.market = segment_note.market)
               || ' (in ' || string_agg(DISTINCT x.years, ', ') || ') to the region''s own figure; the data gives no segment share of '
               || CASE WHEN count(*) > 1 THEN 'these regions' ELSE 'this region' END || '.'
        FROM unnest(regions) WITH ORDINALITY AS u(region, o)
        JOIN gpumkt_regions g ON g.region = u.region
        CROSS JOIN LATERAL (
            SELECT string_agg(DISTINCT s.year::text, ', ') AS years FROM gpumkt_segments s
            CROSS JOIN LATERAL gpumkt_explain(u.region, segment_note.year, s.dimension, s.segment, segment_note.market) e
            WHERE s.market = segment_note.market AND s.share IS NOT NULL AND e.step = 1
              AND e.basis LIKE 'segment share%'
              AND u.region <> (SELECT m.root_region FROM gpumkt_markets m WHERE m.market = segment_note.market)) x
        WHERE x.years IS NOT NULL);

-- years as ranges: {2024,2026,2027,2028} gives 2024, 2026-2028
CREATE FUNCTION pg_temp.spans(ys integer[]) RETURNS text LANGUAGE sql IMMUTABLE
RETURN (SELECT string_agg(CASE WHEN y0 = y1 THEN y0::text ELSE y0 || '-' || y1 END, ', ' ORDER BY y0)
        FROM (SELECT min(y) AS y0, max(y) AS y1
              FROM (SELECT y, y - row_number() OVER (ORDER BY y) AS island FROM unnest(ys) AS u(y)) s
              GROUP BY island) r);

-- region codes in a text of the audit by their names (longest code first)
CREATE FUNCTION pg_temp.named(t text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT g.region, g.name FROM gpumkt_regions g ORDER BY length(g.region) DESC, g.region LOOP
        t := regexp_replace(t, '\m' || r.region || '\M', r.name, 'g');
    END LOOP;
    RETURN t;
END $$;

-- the audit of the market, numbered as the reports show it
CREATE TEMP TABLE report_audit AS
SELECT row_number() OVER (ORDER BY a.finding, a.rows_involved) AS n, a.*
FROM gpumkt_audit() a WHERE a.market = :'market';

-- the cells of the region table that a finding contradicts: both regions of
-- a region larger than its parent, in every year it is; the region and
-- years of a stated share or rate that the forecast does not use, where it
-- is more than rounding off; the anchors of a value its share contradicts
-- and of a CAGR its endpoints contradict; the regions of shares over 100 %
CREATE TEMP TABLE report_marks AS
SELECT DISTINCT c.region, c.year, a.n
FROM report_audit a
CROSS JOIN LATERAL (
    SELECT x.r AS region, y AS year
    FROM regexp_match(a.figures, '^([a-z][a-z0-9_]*) [0-9]+ = \S+ > ([a-z][a-z0-9_]*) [0-9]+ = ') f,
         regexp_match(a.detail, '^(?:From ([0-9]+) to ([0-9]+)|In ([0-9]+)) ') d,
         unnest(ARRAY[f[1], f[2]]) AS x(r),
         generate_series(coalesce(d[1], d[3])::int, coalesce(d[2], d[3])::int) AS y
    WHERE a.finding = 'region larger than its parent'
    UNION ALL
    SELECT m[1], m[2]::int
    FROM regexp_match(a.rows_involved, '^gpumkt_region_shares\(([a-z0-9_]+), ([0-9]+)\)') m
    WHERE a.finding = 'stated figure not used' AND a.detail LIKE '%more than rounding%'
    UNION ALL
    SELECT m[1], y
    FROM regexp_match(a.rows_involved, '^gpumkt_rates\(([a-z0-9_]+), ([0-9]+)-([0-9]+)\)') m,
         generate_series(m[2]::int + 1, m[3]::int) AS y
    WHERE a.finding = 'stated figure not used' AND a.detail LIKE '%more than rounding%'
    UNION ALL
    SELECT m[1], m[2]::int
    FROM regexp_matches(a.rows_involved, 'gpumkt_anchors\(([a-z0-9_]+), ([0-9]+)\)', 'g') m
    WHERE a.finding IN ('value disagrees with share of parent', 'stated CAGR disagrees with its endpoints')
    UNION ALL
    SELECT trim(r), m[2]::int
    FROM regexp_match(a.rows_involved, '^gpumkt_region_shares of ([a-z0-9_]+) in ([0-9]+): (.*)$') m,
         unnest(string_to_array(m[3], ',')) AS r
    WHERE a.finding = 'shares over 100 %') c
WHERE gpumkt_try_forecast(c.region, c.year, market => :'market') IS NOT NULL;

-- a note on each finding that contradicts cells: the regions and years,
-- what the finding says (its figures, regions by name)
CREATE TEMP TABLE report_notes AS
SELECT a.n,
       coalesce((SELECT pg_temp.named(f[1]) || ' larger than its parent ' || pg_temp.named(f[2]) || ' in ' || c.years
                 FROM regexp_match(a.figures, '^([a-z][a-z0-9_]*) [0-9]+ = \S+ > ([a-z][a-z0-9_]*) [0-9]+ = ') f
                 WHERE a.finding = 'region larger than its parent'),
                c.who || ' in ' || c.years || ': ' || a.finding)
           || '. ' || upper(left(pg_temp.named(a.figures), 1)) || substr(pg_temp.named(a.figures), 2) || '.' AS note
FROM report_audit a
CROSS JOIN LATERAL (
    SELECT string_agg(DISTINCT g.name, ' and ') AS who, pg_temp.spans(array_agg(DISTINCT m.year)) AS years
    FROM report_marks m JOIN gpumkt_regions g ON g.region = m.region WHERE m.n = a.n) c
WHERE c.who IS NOT NULL;
