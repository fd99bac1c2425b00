------------------------------------------------------------------------------
-- Ranges: every forecast with the bounds the report's own figures imply
------------------------------------------------------------------------------

-- A stated figure stands for the rounding interval of its stated digits
-- (18.2: [18.15, 18.25]), a hedge for its side (more than 36.5 %: [0.365,
-- the structural bound]), a user's figure for itself or its low and high;
-- shares keep within their structural bounds (ranges.c), and each step of
-- the method carries the bounds of its inputs exactly (range_math.c).

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, integer, text) IS
'Market size of region in year with its bounds: (low, value, high), value as gpumkt_forecast gives it, low and high the method evaluated at the ends of the intervals its inputs stand for (the rounding interval of each stated figure, the report''s hedges, users'' low and high, the structural bounds of shares; docs/method.md, Ranges). high is Infinity where nothing bounds it. Errors as gpumkt_forecast.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, double precision, text) IS
'As gpumkt_forecast_range(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, date, text) IS
'As gpumkt_forecast_range(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, timestamp with time zone, text) IS
'As gpumkt_forecast_range(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, text, text) IS
'As gpumkt_forecast_range(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, integer, text, text, text) IS
'Bounds of the market size of one segment (dimension, segment) of region in year: (low, value, high), the region''s range times the interval of the segment''s share; for a segment whose share the report does not give, value is NULL and low and high come from the shares of its dimension that are known.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, double precision, text, text, text) IS
'As gpumkt_forecast_range(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, date, text, text, text) IS
'As gpumkt_forecast_range(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, timestamp with time zone, text, text, text) IS
'As gpumkt_forecast_range(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, text, text, text, text) IS
'As gpumkt_forecast_range(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';
