------------------------------------------------------------------------------
-- Where a forecast comes from: gpumkt_explain, one row per step, with the
-- bounds of each step (new columns low and high in 1.4: the functions are
-- made anew, the update script drops the 1.3 ones first)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, integer, text) IS
'Where a forecast comes from: one row per step (the region, then each region it is a share of), with its value, basis (user row, or the method followed by (user rows), where a step rests on a user''s row), arithmetic, the table rows used and their provenance (the report''s words or the derivation; user row for a user''s row).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text) IS
'As gpumkt_explain(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, date, text) IS
'As gpumkt_explain(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text) IS
'As gpumkt_explain(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, text, text) IS
'As gpumkt_explain(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to). The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, integer, text, text, text) IS
'Where a segment''s forecast comes from: step 1 is the segment (the region''s forecast times the segment''s share, with its row of gpumkt_segments and its provenance), then the steps of the region''s forecast as in gpumkt_explain(region, year, market).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, date, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, text, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to). The year column gives the year as a (fractional) double precision number.';
