------------------------------------------------------------------------------
-- What moves a forecast: sensitivity, two-way data tables, shares of
-- combined segments and funnels (1.4)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, text, text, double precision, text, text, boolean) IS
'A tornado for the forecast of region (or, with dimension and segment, of its segment, whose share is one more input) in year: one row per input it uses (input names the table row), its base value, the forecast with the input times 1 - delta and 1 + delta (the rest held; shares held within [0, 1]), and the swing between them (value_high - value_low, of the values as shown), largest first; values to 15 significant digits, as gpumkt_forecast gives them. Optional, by name: dimension, segment (DEFAULT NULL), delta (DEFAULT 0.10; in (0, 1), else 22023), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). No rows where region, year, delta or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_grid(region text, year integer,
        input1 text, values1 double precision[], input2 text, values2 double precision[],
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL, unit text DEFAULT NULL,
        exceptional boolean DEFAULT false, extrapolate boolean DEFAULT false,
        OUT value1 double precision, OUT value2 double precision, OUT forecast numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_grid'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 25;
COMMENT ON FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text, text, text, boolean, boolean) IS
'A two-way data table: the forecast of region in year for every pair of values of two inputs (values1 x values2, up to 1000 each), each input named anchor:region:year, rate:region[:to_year], region_share:region[:year] or segment_share:dimension:segment (a segment share multiplies the region''s forecast); the rest held; forecast NULL where the method gives none, 22003 where it gives one beyond double precision (as gpumkt_forecast). Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), unit (DEFAULT NULL: the market''s own), exceptional (DEFAULT false: a rate above 1, 100 % a year, is refused with 22023, as gpumkt_rates asks), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). No rows where a required argument or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_segments_share(dimension text, segments text[],
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_segments_share'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_segments_share(text, text[], text, text) IS
'The share of several segments of one dimension together, (low, value, high): the sum of their shares; where they include every segment whose share the report does not give, the rest of the dimension (software and services: 1 - 0.785 = 0.215); value NULL where only bounds are known. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL). NULL where dimension, segments or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_funnel(region text, year integer, filters jsonb,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        unit text DEFAULT NULL, extrapolate boolean DEFAULT false, OUT step integer, OUT filter text, OUT share numeric, OUT value numeric,
        OUT low numeric, OUT high numeric, OUT assumption text)
    RETURNS SETOF record LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f record;
    s record;
    n integer := 1;
    segs text[];
    reach numeric;
BEGIN
    -- every value to 15 significant digits, as the forecasts give them (a
    -- double's digits: the cast to float8 and back)
    IF region IS NULL OR year IS NULL OR filters IS NULL OR market IS NULL THEN
        RETURN;
    END IF;
    IF jsonb_typeof(filters) <> 'object' THEN
        RAISE EXCEPTION 'filters of gpumkt_funnel is not a JSON object'
            USING ERRCODE = '22023', HINT = 'Pass {"dimension": "segment", ...}, a list of segments of one dimension as ["a", "b"], and "reach": your own share.';
    END IF;
    step := 1;
    filter := @extschema@.gpumkt_resolve_region(region) || ' ' || year;
    share := 1;
    SELECT r.* INTO s FROM @extschema@.gpumkt_forecast_range(gpumkt_funnel.region, gpumkt_funnel.year,
                               market => gpumkt_funnel.market, scenario => gpumkt_funnel.scenario,
                               unit => gpumkt_funnel.unit, extrapolate => coalesce(gpumkt_funnel.extrapolate, false)) r;
    value := s.value; low := s.low; high := s.high;
    assumption := 'the region''s forecast (TAM)';
    RETURN NEXT;
    -- one step per dimension, in the report's order of dimensions
    FOR f IN
        SELECT e.key, e.value AS v, r[1] AS dimension, d.ordinal
        FROM jsonb_each(filters) e
        CROSS JOIN LATERAL (SELECT CASE WHEN e.key = 'reach' THEN NULL
                                        ELSE @extschema@.gpumkt_resolve_segment(e.key,
                                                 CASE jsonb_typeof(e.value) WHEN 'array' THEN e.value ->> 0 ELSE e.value #>> '{}' END,
                                                 market) END) x(r)
        LEFT JOIN @extschema@.gpumkt_dimensions d ON d.market = gpumkt_funnel.market AND d.dimension = x.r[1]
        ORDER BY e.key = 'reach', d.ordinal, x.r[1] COLLATE "C"
    LOOP
        step := step + 1;
        IF f.key = 'reach' THEN
            IF jsonb_typeof(f.v) <> 'number' OR (f.v)::numeric <= 0 OR (f.v)::numeric > 1 THEN
                RAISE EXCEPTION 'reach % of gpumkt_funnel is not a share in (0, 1]', @extschema@.gpumkt_echo(f.v::text)
                    USING ERRCODE = '22023', HINT = 'Pass your own share of the market that is left as a fraction, such as 0.05 for 5 %.';
            END IF;
            reach := (f.v)::numeric;
            filter := 'reach';
            share := reach;
            value := (value * reach)::float8::numeric; low := (low * reach)::float8::numeric;
            high := (high * reach)::float8::numeric;
            assumption := 'your reach: the share of the market left that you supply (SOM)';
            RETURN NEXT;
            CONTINUE;
        END IF;
        IF jsonb_typeof(f.v) = 'array' AND jsonb_array_length(f.v) = 0 THEN
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is an empty list', @extschema@.gpumkt_echo(f.key)
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        ELSIF jsonb_typeof(f.v) = 'array' THEN
            SELECT array_agg(x ORDER BY o) INTO segs FROM jsonb_array_elements_text(f.v) WITH ORDINALITY a(x, o);
        ELSIF jsonb_typeof(f.v) = 'string' THEN
            segs := ARRAY[f.v #>> '{}'];
        ELSE
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is neither a segment nor a list of segments', @extschema@.gpumkt_echo(f.key)
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        END IF;
        SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, market => gpumkt_funnel.market,
                                                                 scenario => gpumkt_funnel.scenario) r;
        -- the codes of the segments, however the filter names them
        filter := f.dimension || ' = ' || array_to_string(ARRAY(
            SELECT (@extschema@.gpumkt_resolve_segment(f.key, x, gpumkt_funnel.market))[2]
            FROM unnest(segs) WITH ORDINALITY u(x, o) ORDER BY o), ' + ');
        share := s.value;
        value := (value * s.value)::float8::numeric; low := (low * s.low)::float8::numeric;
        high := (high * s.high)::float8::numeric;
        assumption := CASE WHEN n = 1
            THEN 'the segment''s share of the market, held for every region and year (the report gives shares of the global market)'
            ELSE 'independent of the dimensions before it: its share multiplies theirs' END;
        n := n + 1;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_funnel(text, integer, jsonb, text, text, text, boolean) IS
'TAM -> SAM -> SOM: the forecast of region in year (step 1), then one step per dimension of filters ({"deployment": "on_premises", "component": ["software", "services"]}), in the report''s order of dimensions, each multiplying by the share of its segments (gpumkt_segments_share), and a last step "reach" (a share you supply). Each step gives the filter, its share, value, low, high (to 15 significant digits, as gpumkt_forecast gives them), and the assumption it rests on: shares of different dimensions are multiplied as if independent. value NULL where only bounds are known. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), unit (DEFAULT NULL: the market''s own; else unit, thousand, million, billion or trillion), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023, as gpumkt_forecast_range). No rows where region, year, filters or market is NULL.';
