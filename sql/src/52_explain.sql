------------------------------------------------------------------------------
-- Where a forecast comes from: gpumkt_explain, one row per step, with the
-- bounds of each step
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_float8'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text, text, text, boolean) IS
'Where a forecast comes from (gpumkt_forecast''s arguments and defaults): one row per step (with dimension and segment, the segment first; then the region, then each region it is a share of), with its value, basis (user row, or the method followed by (user rows), where a step rests on a user''s row; extrapolated beyond the figures for a year outside the years the market''s figures cover, which takes extrapolate => true, else 22023), arithmetic, the table rows used and their provenance (the report''s words or the derivation; user row for a user''s row), and its bounds low and high. No rows where region, year or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_tstz'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_explain, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone. The year column gives the year as a (fractional) double precision number.';
