------------------------------------------------------------------------------
-- Ranges: every forecast with the bounds the report's own figures imply
------------------------------------------------------------------------------

-- A stated figure stands for the rounding interval of its stated digits
-- (18.2: [18.15, 18.25]), a hedge for its side (more than 36.5 %: [0.365,
-- the structural bound]), a user's figure for itself or its low and high;
-- shares keep within their structural bounds (ranges.c), and each step of
-- the method carries the bounds of its inputs exactly (range_math.c).

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_float8'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, double precision, text, text, text, text, text, boolean) IS
'Market size of region (or, with dimension and segment, of its segment) in year with its bounds, with gpumkt_forecast''s arguments and defaults: (low, value, high), value as gpumkt_forecast gives it, low and high the method evaluated at the ends of the intervals its inputs stand for (the rounding interval of each stated figure, the report''s hedges, users'' low and high, the structural bounds of shares; docs/method.md, Ranges). high is Infinity where nothing bounds it. For a segment whose share the report does not give, value is NULL and low and high come from the shares of its dimension that are known. A year outside the years the market''s figures cover is refused (22023) unless extrapolate => true. NULL where region, year or market is NULL; other errors as gpumkt_forecast.';

CREATE FUNCTION @extschema@.gpumkt_forecast_range(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_forecast_range, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';
