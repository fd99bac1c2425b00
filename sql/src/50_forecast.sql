------------------------------------------------------------------------------
-- Forecasts over the tables
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, integer, text) IS
'Market size of region in year (1900 to 2200), in the market''s unit (USD billions for the shipped market): anchors exactly, the constant-growth path between them, the stated CAGR outside them, or the region''s share of its parent''s forecast. Region by code, English or French name, ISO code or a common abbreviation, ignoring case, accents, spaces and punctuation. Errors (SQLSTATE 02000) where the data gives no figure, saying what is missing.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, integer, text, text, text) IS
'Market size of one segment (dimension, segment) of region in year: the region''s forecast times the segment''s share, held at its year.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, integer, text) IS
'As gpumkt_forecast, but NULL instead of an error where the data gives no figure for a known region (for outer joins and reports).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, integer, text) IS
'Region''s share (fraction) of the market''s top region in year: the reported share where there is one (held from its year), otherwise the ratio of the two forecasts.';

CREATE FUNCTION @extschema@.gpumkt_segment_share(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_segment_share'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_segment_share(text, text, text) IS
'Share (fraction) of a segment within its dimension, reported or derived; errors (SQLSTATE 02000) where the report gives none.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year integer, to_year integer,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, integer, integer, text) IS
'One row per year from from_year to to_year (1900 to 2200): the forecast, its growth over the previous year, and its basis (reported, derived, interpolated, extrapolated, share of parent; user row, or the method followed by (user rows), where the value rests on a user''s row); value NULL and basis no data where the data gives no figure.';

CREATE FUNCTION @extschema@.gpumkt_resolve_region(region text)
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_resolve_region'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_region(text) IS
'The region code that a code, English or French name, ISO 3166 alpha-2 code or common abbreviation (USA, UK, UAE, APAC, World, NA, MEA, LATAM, Korea, ...) stands for, ignoring case, accents, spaces, hyphens and punctuation (''US'' gives united_states); errors (22023) with the closest names when unrecognized.';

------------------------------------------------------------------------------
-- Names
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_name_key(name text) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_name_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_name_key(text) IS
'The key gpumkt compares names of regions, dimensions and segments by: lower case, accents and other marks dropped (Unicode NFKD: e acute gives e), spaces, hyphens, underscores and punctuation dropped (''Amerique du Nord '', with or without its accent, and ''amerique-du-nord'' all give ameriquedunord).';

-- what error messages quote of a user's text, and how hints list names
-- (1.4.1): one rule for the C and the PL/pgSQL messages
CREATE FUNCTION @extschema@.gpumkt_echo(value text) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_echo'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_echo(text) IS
'What an error message of gpumkt quotes of a name or value: its first 64 characters (cut on a character boundary of the server encoding), followed by ... when longer.';

CREATE FUNCTION @extschema@.gpumkt_echo_list(names text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_echo_list'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_echo_list(text[]) IS
'How a hint of gpumkt lists names: the first 5 of names (NULLs left out), each as gpumkt_echo quotes it, separated by commas, then "and N more" when there are more; none when there are none.';

-- the trigger below looks each name of a new region up among the others
CREATE INDEX gpumkt_regions_key_region ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(region));
CREATE INDEX gpumkt_regions_key_name ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(name));
CREATE INDEX gpumkt_regions_key_name_fr ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(name_fr));
CREATE INDEX gpumkt_regions_key_iso2 ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(iso2));

CREATE FUNCTION @extschema@.gpumkt_region_names() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_region_names'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_region_names() IS
'Trigger: refuses (SQLSTATE 23505) a user''s region (shipped = false) whose code, name, French name or ISO code has the key (gpumkt_name_key) of the code, name, French name or ISO code of another region, or of an abbreviation gpumkt reads (USA, UK, APAC, World, ...).';

CREATE TRIGGER gpumkt_region_names BEFORE INSERT OR UPDATE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_region_names();

------------------------------------------------------------------------------
-- Forecasts: the year as a whole number of any type, a date, a timestamp or
-- text; segment forms
------------------------------------------------------------------------------

-- Integer years keep the integer form of 1.2.  bigint, numeric and real
-- reach the double precision form by implicit casts (it refuses fractions);
-- a date or a timestamp is a fractional year, 2000 + days since 2000-01-01 /
-- 365.25; text (where an untyped literal or NULL resolves) is read as a
-- number, else as a date or timestamp.  Every form refuses years outside
-- 1900..2200 (22023).

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text) IS
'As gpumkt_forecast(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, date, text) IS
'As gpumkt_forecast(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text) IS
'As gpumkt_forecast(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, text, text) IS
'As gpumkt_forecast(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, date, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, text, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, date, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, text, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, integer, text, text, text) IS
'As gpumkt_forecast(region, year, dimension, segment, market), but NULL instead of an error where the data gives no figure for a known region, or no share for a known segment.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, date, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, text, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, double precision, text) IS
'As gpumkt_region_share(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, date, text) IS
'As gpumkt_region_share(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, timestamp with time zone, text) IS
'As gpumkt_region_share(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, text, text) IS
'As gpumkt_region_share(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text) IS
'As gpumkt_series(region, integer from_year, integer to_year, market), with whole years of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year integer, to_year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, integer, integer, text, text, text) IS
'One row per year from from_year to to_year (1900 to 2200) for a segment of region: the region''s forecast times the segment''s share, its growth over the previous year, and its basis (segment share, or segment share (user rows) where it rests on a user''s row); value NULL and basis no data where the data gives no figure.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text, text, text) IS
'As gpumkt_series(region, integer from_year, integer to_year, dimension, segment, market), with whole years of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

