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
        lows float8[] DEFAULT NULL, highs float8[] DEFAULT NULL)
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_forecast'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_forecast(text, text, text, integer[], float8[], text[], float8[], float8[]) IS
'An SVG forecast chart (640 x 400): figures by years (strictly increasing; a NULL figure is a gap), with title, subtitle and the unit over the y axis. kinds are the bases of gpumkt_series: reported and user row points are filled dots, derived points hollow dots, and a stretch is dashed where either end is interpolated or extrapolated. A band (polygon) runs through the years where both lows and highs are given. Arrays of other lengths, NaN or Infinity, and a low above its high are refused (22023).';

CREATE FUNCTION @extschema@.gpumkt_svg_segments(title text, subtitle text, unit text,
        total float8, names text[], shares float8[])
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_segments'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_segments(text, text, text, float8, text[], float8[]) IS
'An SVG stacked bar (640 wide) of segment shares (fractions 0 to 1), one row of legend per known share with its amount (total x share, in unit) where total is given; the segments whose share is NULL are drawn together as one hatched remainder of 1 minus the known shares, labelled "<names>: <remainder> % together". Shares outside 0..1, NaN or Infinity refused (22023).';

-- The aggregate keeps every point (series names in one arena) in an
-- internal state; partial states combine by appending, and the final
-- function sorts a copy by series (bytes), x and y before drawing, so no
-- order of rows or workers shows in the SVG.  PARALLEL SAFE is true.
CREATE FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) IS
'Transition function of the aggregate gpumkt_svg_lines: keeps the point; rows with a NULL are skipped, NaN and Infinity refused (22023).';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) IS
'Combine function of the aggregate gpumkt_svg_lines: the points of both partial states.';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) IS
'Serialize function of the aggregate gpumkt_svg_lines: the points and the series names as bytes.';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) IS
'Deserialize function of the aggregate gpumkt_svg_lines: the state back from its bytes, checked.';
CREATE FUNCTION @extschema@.gpumkt_svg_lines_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_final(internal) IS
'Final function of the aggregate gpumkt_svg_lines: the SVG line chart of the points kept.';
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
'An SVG line chart (640 x 400) of the rows: one polyline per distinct series (in byte order, points sorted by x), axes with round ticks over all points, a legend of the first 16 series (names cut at 22 characters). Rows with a NULL are skipped; NULL without rows; NaN and Infinity refused (22023); at most 1,000,000 points (54000). No ORDER BY needed: the same rows give the same bytes in any order.';
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8),
    @extschema@.gpumkt_svg_lines_combine(internal, internal),
    @extschema@.gpumkt_svg_lines_serialize(internal),
    @extschema@.gpumkt_svg_lines_deserialize(bytea, internal),
    @extschema@.gpumkt_svg_lines_final(internal)
    FROM PUBLIC;

-- The charts of the tables.  PL/pgSQL, for the errors on an unrecognized
-- market or dimension; no exception block, so PARALLEL SAFE holds.

CREATE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
        dimension text, segment text, market text DEFAULT 'ai_training_gpu_clusters',
        scenario @extschema@.gpumkt_scenario DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql STABLE CALLED ON NULL INPUT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    reg text;
    reg_name text;
    seg_name text;
    args text;
    yrs integer[];
    vals float8[];
    bases text[];
    lows float8[];
    highs float8[];
BEGIN
    -- NULL as a strict function gives, except both dimension and segment
    -- NULL: the region's own chart (gpumkt_chart without them calls so),
    -- and scenario NULL: none
    IF $1 IS NULL OR $2 IS NULL OR $3 IS NULL OR $6 IS NULL OR (($4 IS NULL) <> ($5 IS NULL)) THEN
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
    -- the same arguments for the series and the ranges: (dimension,
    -- segment,) (scenario,) market
    args := CASE WHEN $4 IS NOT NULL THEN '$4, $5, ' ELSE '' END
            || CASE WHEN $7 IS NOT NULL THEN '$7::@extschema@.gpumkt_scenario, ' ELSE '' END || '$6';
    EXECUTE format('SELECT array_agg(s.year ORDER BY s.year), array_agg(s.value::float8 ORDER BY s.year),
                           array_agg(s.basis ORDER BY s.year)
                    FROM @extschema@.gpumkt_series($1, $2, $3, %s) s', args)
    INTO yrs, vals, bases USING reg, $2, $3, $4, $5, $6, $7;
    -- the band of gpumkt_forecast_range over the years the region has a
    -- forecast (a segment whose share is unknown has a band and no line);
    -- no band where a bound is infinite
    EXECUTE format('SELECT array_agg(b.lh[1] ORDER BY y.year), array_agg(b.lh[2] ORDER BY y.year)
                    FROM @extschema@.gpumkt_series($1, $2, $3, %s) y
                    CROSS JOIN LATERAL (SELECT CASE WHEN y.value IS NOT NULL THEN
                        (SELECT CASE WHEN r.high < ''Infinity'' THEN ARRAY[r.low::float8, r.high::float8] END
                         FROM @extschema@.gpumkt_forecast_range($1, y.year, %s) r) END AS lh) b',
                   CASE WHEN $7 IS NOT NULL THEN '$7::@extschema@.gpumkt_scenario, ' ELSE '' END || '$6', args)
    INTO lows, highs USING reg, $2, $3, $4, $5, $6, $7;
    RETURN @extschema@.gpumkt_svg_forecast(
        mk.name || ' - ' || reg_name || coalesce(' - ' || seg_name, '') || coalesce(' (scenario ' || $7 || ')', ''),
        concat_ws(': ', 'Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', ''),
                  mk.source_title),
        mk.currency || ' ' || mk.unit,
        yrs, vals, bases, lows, highs);
END
$chart$;
COMMENT ON FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, text, text, @extschema@.gpumkt_scenario) IS
'An SVG chart of the forecast of a segment (dimension, segment) of region from from_year to to_year, as gpumkt_series gives it: reported anchors filled dots, derived points hollow, interpolated and extrapolated stretches dashed, years without a figure a gap, and the band of gpumkt_forecast_range (low to high) where it is finite; the y axis in the market''s unit, the title naming the market, the region, the segment and the scenario (when one is given), the subtitle the source report and its date. Unrecognized market refused (22023); regions and years as gpumkt_series takes them. NULL if an argument but scenario is NULL, except dimension and segment both NULL: the region''s chart, as gpumkt_chart(region, from_year, to_year, market, scenario).';

CREATE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
        market text DEFAULT 'ai_training_gpu_clusters', scenario @extschema@.gpumkt_scenario DEFAULT NULL)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN @extschema@.gpumkt_chart(region, from_year, to_year, NULL::text, NULL::text, market, scenario);
COMMENT ON FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, @extschema@.gpumkt_scenario) IS
'An SVG chart of the forecast of region from from_year to to_year, as gpumkt_series gives it: reported anchors filled dots, derived points hollow, interpolated and extrapolated stretches dashed, years without a figure a gap, the band of gpumkt_forecast_range where it is finite; the y axis in the market''s unit (currency and unit of gpumkt_markets), the title naming the market and the region (and the scenario, when one is given), the subtitle the source report and its date. NULL if region, a year or market is NULL. Same query, same bytes.';

CREATE FUNCTION @extschema@.gpumkt_chart_segments(dimension text, region text DEFAULT 'global',
        year integer DEFAULT 2025, market text DEFAULT 'ai_training_gpu_clusters')
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
    total := @extschema@.gpumkt_try_forecast(reg, $3, $4)::float8;
    SELECT array_agg(s.name ORDER BY s.ordinal, s.segment),
           array_agg(s.share::float8 ORDER BY s.ordinal, s.segment)
    INTO seg_names, seg_shares
    FROM @extschema@.gpumkt_segments s WHERE s.market = $4 AND s.dimension = $1;
    RETURN @extschema@.gpumkt_svg_segments(
        mk.name || ' - ' || dim_name,
        reg_name || ', ' || $3 || coalesce(': ' || round(@extschema@.gpumkt_try_forecast(reg, $3, $4), 2)::text || ' ' || mk.currency || ' ' || mk.unit, ': no figure')
            || ' - Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', '')
            || coalesce(': ' || mk.source_title, ''),
        mk.currency || ' ' || mk.unit, total,
        coalesce(seg_names, '{}'), coalesce(seg_shares, '{}'));
END
$chart$;
COMMENT ON FUNCTION @extschema@.gpumkt_chart_segments(text, text, integer, text) IS
'An SVG stacked bar of the segments of a dimension (by code) of the market: each segment with a share (gpumkt_segments, reported or derived) a part of its own, with its amount in region and year (the forecast of region in year times the share, where there is one); the segments without a share together as one hatched remainder labelled with its bound, 1 minus the known shares. Unrecognized market or dimension refused (22023).';
