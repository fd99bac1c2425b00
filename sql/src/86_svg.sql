------------------------------------------------------------------------------
-- SVG charts (1.4, issue 12): a renderer of forecast charts, a renderer of
-- segment bars, the line-chart aggregate gpumkt_svg_lines, and the charts
-- of the tables, gpumkt_chart and gpumkt_chart_segments.  Every SVG has a
-- fixed size and a viewBox, draws its texts escaped in the generic
-- sans-serif family, holds no script and no external resource, and its
-- bytes depend on its input only (numbers are written without printf or
-- locale).  The renderers read nothing but their arguments: IMMUTABLE; the
-- charts read the tables: STABLE.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_svg_forecast(title text, subtitle text, unit text,
        years integer[], figures float8[], kinds text[] DEFAULT NULL,
        lows float8[] DEFAULT NULL, highs float8[] DEFAULT NULL, level float8 DEFAULT NULL)
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_forecast_v2'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_forecast(text, text, text, integer[], float8[], text[], float8[], float8[], float8) IS
'An SVG forecast chart (640 x 400): figures by years (strictly increasing; a NULL figure is a gap), with title, subtitle and the unit over the y axis. kinds name what each figure is: the bases of gpumkt_series (reported and user row: filled dots, solid line; derived, share of parent, segment share: hollow dots, dotted line; interpolated, extrapolated: dashed line) or, for a series of your own, actual (filled dots, solid line) and forecast (dashed line), words may follow (interpolated between anchors); a NULL kind draws a solid line without a dot or legend entry; a stretch takes the style of its weaker end; the legend names the kinds drawn. Title and subtitle longer than the chart is wide end in "..."; tick labels from a million up in M, bn or tn (50 bn). A band (polygon, at least 8 px tall) runs through the years where both lows and highs are given, labelled range (low to high), or with level (DEFAULT NULL) "95 % prediction interval". Arrays of other lengths, NaN or Infinity, a low above its high, a level outside (0, 1), and any other kind of a non-NULL figure are refused (22023).';

CREATE FUNCTION @extschema@.gpumkt_svg_segments(title text, subtitle text, unit text,
        total float8, names text[], shares float8[])
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_segments'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_segments(text, text, text, float8, text[], float8[]) IS
'An SVG stacked bar (640 wide) of segment shares (fractions 0 to 1), one row of legend per known share with its amount (total x share, in unit) where total is given; the segments whose share is NULL are drawn together as one hatched remainder of 1 minus the known shares, labelled "<names>: <remainder> % together". A row longer than the chart wraps its names to a second line; only what two lines cannot hold is cut, never the numbers; title and subtitle longer than the chart is wide end in "...". Shares outside 0..1, NaN or Infinity refused (22023).';

-- The aggregate keeps every point (series names in one arena) in an
-- internal state; partial states combine by appending, and the final
-- function sorts a copy by series (bytes), x and y before drawing, so no
-- order of rows or workers shows in the SVG.  PARALLEL SAFE is true.
CREATE FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) IS
'Transition function of the aggregate gpumkt_svg_lines(series, x, y): keeps the point; rows with a NULL are skipped, NaN and Infinity refused (22023).';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_titled_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text) IS
'Transition function of the aggregate gpumkt_svg_lines(series, x, y, title, unit): keeps the title and unit (a row giving others is refused, 22023) and the point; rows with a NULL series, x or y are skipped, NaN and Infinity refused (22023).';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) IS
'Combine function of both forms of the aggregate gpumkt_svg_lines: the points of both partial states (their titles and units must be the same, 22023).';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) IS
'Serialize function of both forms of the aggregate gpumkt_svg_lines: the points, the series names, the title and the unit as bytes.';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) IS
'Deserialize function of both forms of the aggregate gpumkt_svg_lines: the state back from its bytes, checked.';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_final(internal) IS
'Final function of both forms of the aggregate gpumkt_svg_lines: the SVG line chart of the points kept, with their title and unit.';
CREATE AGGREGATE @extschema@.gpumkt_svg_lines(series text, x float8, y float8) (
    SFUNC = @extschema@.gpumkt_svg_lines_trans,
    STYPE = internal,
    FINALFUNC = @extschema@.gpumkt_svg_lines_final,
    COMBINEFUNC = @extschema@.gpumkt_svg_lines_combine,
    SERIALFUNC = @extschema@.gpumkt_svg_lines_serialize,
    DESERIALFUNC = @extschema@.gpumkt_svg_lines_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_svg_lines(text, float8, float8) IS
'An SVG line chart (640 x 400) of the rows: one polyline per distinct series (in byte order, points sorted by x), axes with round ticks over all points, a legend at the right of the first 16 series (names cut at 26 characters or about 180 px), as wide as its longest name, the plot taking the rest. Rows with a NULL are skipped; NULL without rows; NaN and Infinity refused (22023); at most 1,000,000 points (54000). No ORDER BY needed: the same rows give the same bytes in any order. With a title and a unit: gpumkt_svg_lines(series, x, y, title, unit).';
-- the form with a title and a unit (aggregates take no DEFAULT): the same
-- state and support functions but the transition
CREATE AGGREGATE @extschema@.gpumkt_svg_lines(series text, x float8, y float8, title text, unit text) (
    SFUNC = @extschema@.gpumkt_svg_lines_trans,
    STYPE = internal,
    FINALFUNC = @extschema@.gpumkt_svg_lines_final,
    COMBINEFUNC = @extschema@.gpumkt_svg_lines_combine,
    SERIALFUNC = @extschema@.gpumkt_svg_lines_serialize,
    DESERIALFUNC = @extschema@.gpumkt_svg_lines_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_svg_lines(text, float8, float8, text, text) IS
'The line chart of gpumkt_svg_lines(series, x, y) with title (bold, over the chart) and unit (over the y axis); either may be NULL (not drawn). Every row must give the same title and unit (22023): pass constants.';
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8),
    @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text),
    @extschema@.gpumkt_svg_lines_combine(internal, internal),
    @extschema@.gpumkt_svg_lines_serialize(internal),
    @extschema@.gpumkt_svg_lines_deserialize(bytea, internal),
    @extschema@.gpumkt_svg_lines_final(internal)
    FROM PUBLIC;

-- The charts of the tables.  PL/pgSQL, for the errors on an unrecognized
-- market or dimension; no exception block, so PARALLEL SAFE holds.

CREATE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL, market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false, source boolean DEFAULT true)
    RETURNS text
    LANGUAGE plpgsql STABLE CALLED ON NULL INPUT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    reg text;
    reg_name text;
    seg_name text;
    yrs integer[];
    vals float8[];
    kinds text[];
    lows float8[];
    highs float8[];
    subtitle text;
BEGIN
    -- NULL where region, a year or market is NULL; dimension and segment
    -- NULL: the region's own chart; scenario NULL: none (gpumkt_series
    -- refuses a dimension without a segment, and the reverse)
    IF $1 IS NULL OR $2 IS NULL OR $3 IS NULL OR $6 IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT m.name, m.currency, m.unit, m.source_title, m.source_date INTO mk
    FROM @extschema@.gpumkt_markets m WHERE m.market = $6;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo($6)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    reg := @extschema@.gpumkt_resolve_region($1);
    SELECT r.name INTO reg_name FROM @extschema@.gpumkt_regions r WHERE r.region = reg;
    IF $4 IS NOT NULL THEN
        SELECT coalesce(d.name, $4) || ': ' || coalesce(s.name, $5) INTO seg_name
        FROM (SELECT 1) one
        LEFT JOIN @extschema@.gpumkt_dimensions d ON d.market = $6 AND d.dimension = $4
        LEFT JOIN @extschema@.gpumkt_segments s ON s.market = $6 AND s.dimension = $4 AND s.segment = $5;
    END IF;
    -- each year drawn by its basis; a share (of a larger region, or a
    -- segment's of its region) by the weaker of derived and the basis of
    -- the year it is a share of: the last step of gpumkt_explain, where
    -- the chain of shares ends (a share of a reported year is derived, of
    -- an interpolated or extrapolated year interpolated or extrapolated)
    SELECT array_agg(y.year ORDER BY y.year), array_agg(y.value::float8 ORDER BY y.year),
           array_agg(k.kind ORDER BY y.year)
    INTO yrs, vals, kinds
    FROM @extschema@.gpumkt_series(reg, $2, $3, $4, $5, $6, $7, extrapolate => coalesce($8, false)) y
    CROSS JOIN LATERAL (SELECT CASE WHEN y.value IS NOT NULL
                                     AND (y.basis LIKE 'share of parent%' OR y.basis LIKE 'segment share%') THEN
        (SELECT CASE WHEN e.basis LIKE 'interpolated%' OR e.basis LIKE 'extrapolated%' THEN e.basis ELSE 'derived' END
         FROM @extschema@.gpumkt_explain(reg, y.year::float8, $4, $5, $6, $7, extrapolate => coalesce($8, false)) e
         ORDER BY e.step DESC LIMIT 1)
        ELSE y.basis END AS kind) k;
    -- the band of gpumkt_forecast_range over the years the region has a
    -- forecast (a segment whose share is unknown has a band and no line);
    -- no band where a bound is infinite; years outside those the figures
    -- cover: a gap (with extrapolate, a band)
    SELECT array_agg(b.lh[1] ORDER BY y.year), array_agg(b.lh[2] ORDER BY y.year)
    INTO lows, highs
    FROM @extschema@.gpumkt_series(reg, $2, $3, market => $6, scenario => $7, extrapolate => coalesce($8, false)) y
    CROSS JOIN LATERAL (SELECT CASE WHEN y.value IS NOT NULL THEN
        (SELECT CASE WHEN r.high < 'Infinity' THEN ARRAY[r.low::float8, r.high::float8] END
         FROM @extschema@.gpumkt_forecast_range(reg, y.year, $4, $5, $6, $7, extrapolate => coalesce($8, false)) r) END AS lh) b;
    IF coalesce($9, true) THEN
        subtitle := concat_ws(': ', 'Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', ''),
                              mk.source_title);
    ELSE
        -- without the source: the years by the basis they are drawn with,
        -- as "reported 2025; derived 2035; interpolated 2026-2034"
        SELECT string_agg(g.label || ' ' || g.years, '; ' ORDER BY g.o) INTO subtitle
        FROM (SELECT i.label, min(i.o) AS o,
                     string_agg(CASE WHEN i.y0 = i.y1 THEN i.y0::text ELSE i.y0 || '-' || i.y1 END, ', ' ORDER BY i.y0) AS years
              FROM (SELECT l.label, l.o, min(l.year) AS y0, max(l.year) AS y1
                    FROM (SELECT u.year, u.label, u.o, u.year - row_number() OVER (PARTITION BY u.label ORDER BY u.year) AS island
                          FROM (SELECT x.year, CASE WHEN x.kind LIKE 'user row%' THEN 'user row' ELSE split_part(x.kind, ' ', 1) END AS label,
                                       CASE WHEN x.kind LIKE 'reported%' THEN 1 WHEN x.kind LIKE 'user row%' THEN 2
                                            WHEN x.kind LIKE 'derived%' THEN 3 WHEN x.kind LIKE 'interpolated%' THEN 4
                                            WHEN x.kind LIKE 'extrapolated%' THEN 5 ELSE 6 END AS o
                                FROM unnest(yrs, vals, kinds) AS x(year, value, kind)
                                WHERE x.value IS NOT NULL) u) l
                    GROUP BY l.label, l.o, l.island) i
              GROUP BY i.label) g;
    END IF;
    RETURN @extschema@.gpumkt_svg_forecast(
        -- the scenario as stored: its name in lower case ('Bull' names bull)
        mk.name || ' - ' || reg_name || coalesce(' - ' || seg_name, '')
            || coalesce(' (scenario ' || translate($7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') || ')', ''),
        subtitle, mk.currency || ' ' || mk.unit,
        yrs, vals, kinds, lows, highs);
END
$chart$;
COMMENT ON FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, text, text, text, boolean, boolean) IS
'An SVG chart of the forecast of region (or, with dimension and segment, of its segment) from from_year to to_year, as gpumkt_series gives it, each year drawn by its basis: reported anchors filled dots on a solid line, derived years hollow dots on a dotted line, interpolated and extrapolated stretches dashed; a share (share of parent, segment share) is drawn by the weaker of derived and the basis of the year it is a share of (the last step of gpumkt_explain: a share of a reported year derived, of an interpolated year interpolated); a stretch takes the style of its weaker end; years without a figure or outside the years the market''s figures cover a gap (with extrapolate => true, drawn dashed), and the band of gpumkt_forecast_range (low to high) where it is finite, at least 8 px tall; the y axis in the market''s unit (currency and unit of gpumkt_markets), the title naming the market, the region, the segment and the scenario (when one is given), the subtitle the source report and its date, or with source => false (for a page that names the source once) the years by the basis they are drawn with ("reported 2025; derived 2035; interpolated 2026-2034"). Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false), source (DEFAULT true; NULL counts as true). Unrecognized market refused (22023); regions, years and segments as gpumkt_series takes them. NULL if region, a year or market is NULL. Same query, same bytes.';

CREATE FUNCTION @extschema@.gpumkt_chart_segments(dimension text, region text DEFAULT 'global',
        year integer DEFAULT 2025, market text DEFAULT 'ai_training_gpu_clusters',
        extrapolate boolean DEFAULT false, source boolean DEFAULT true)
    RETURNS text
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    dim_name text;
    reg text;
    reg_name text;
    total float8;
    seg_names text[];
    seg_shares float8[];
    cy record;
    beyond boolean;
BEGIN
    SELECT m.name, m.currency, m.unit, m.source_title, m.source_date INTO mk
    FROM @extschema@.gpumkt_markets m WHERE m.market = $4;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo($4)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    SELECT d.name INTO dim_name FROM @extschema@.gpumkt_dimensions d
    WHERE d.market = $4 AND d.dimension = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized dimension "%" of market "%"', @extschema@.gpumkt_echo($1), $4
            USING ERRCODE = '22023',
                  HINT = format('Known dimensions: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT d.dimension FROM @extschema@.gpumkt_dimensions d
                                                                   WHERE d.market = $4 ORDER BY d.ordinal, d.dimension)));
    END IF;
    reg := @extschema@.gpumkt_resolve_region($2);
    SELECT r.name INTO reg_name FROM @extschema@.gpumkt_regions r WHERE r.region = reg;
    -- a year outside those the figures cover is refused, as gpumkt_forecast
    -- refuses it, unless extrapolate
    SELECT c.first_year, c.last_year INTO cy FROM @extschema@.gpumkt_covered_years($4) c;
    beyond := $3 NOT BETWEEN cy.first_year AND cy.last_year;
    IF beyond AND NOT $5 THEN
        RAISE EXCEPTION 'year % of gpumkt_chart_segments is outside the years % to % that the figures of market "%" cover',
                $3, cy.first_year, cy.last_year, $4
            USING ERRCODE = '22023',
                  DETAIL = 'A forecast beyond the figures extends their growth: it is no figure of the source.',
                  HINT = format('Pass a year from %s to %s, or extrapolate => true for a forecast beyond the figures.',
                                cy.first_year, cy.last_year);
    END IF;
    total := @extschema@.gpumkt_try_forecast(reg, $3, market => $4, extrapolate => $5)::float8;
    SELECT array_agg(s.name ORDER BY s.ordinal, s.segment),
           array_agg(s.share::float8 ORDER BY s.ordinal, s.segment)
    INTO seg_names, seg_shares
    FROM @extschema@.gpumkt_segments s WHERE s.market = $4 AND s.dimension = $1;
    RETURN @extschema@.gpumkt_svg_segments(
        mk.name || ' - ' || dim_name,
        reg_name || ', ' || $3 || coalesce(': ' || round(total::numeric, 2)::text || ' ' || mk.currency || ' ' || mk.unit, ': no figure')
            || CASE WHEN beyond THEN ' (extrapolated beyond the figures)' ELSE '' END
            || CASE WHEN $6 THEN ' - Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', '')
                                 || coalesce(': ' || mk.source_title, '') ELSE '' END,
        mk.currency || ' ' || mk.unit, total,
        coalesce(seg_names, '{}'), coalesce(seg_shares, '{}'));
END
$chart$;
COMMENT ON FUNCTION @extschema@.gpumkt_chart_segments(text, text, integer, text, boolean, boolean) IS
'An SVG stacked bar of the segments of a dimension (by code) of the market: each segment with a share (gpumkt_segments, reported or derived) a part of its own, with its amount in region and year (the forecast of region in year times the share, where there is one); the segments without a share together as one hatched remainder labelled with its bound, 1 minus the known shares. Optional, by name: region (DEFAULT global), year (DEFAULT 2025), market (DEFAULT ai_training_gpu_clusters), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023; with true, the subtitle says the figure is extrapolated beyond the figures), source (DEFAULT true: the subtitle names the region, the year, the market size in it, then the source report and its date; false leaves the source out, for a page that names it once). Unrecognized market or dimension refused (22023).';
