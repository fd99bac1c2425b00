------------------------------------------------------------------------------
-- Forecasts over the tables (2.0: one signature per function, optional
-- arguments by name; a whole year as double precision, or a timestamp with
-- time zone, which dates and timestamps reach by implicit casts)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_float8'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text, text, text, text, text, boolean) IS
'Market size of region in year (a whole year; bigint, numeric and integer years reach it by implicit casts; a fraction is refused with 22023), in the market''s unit (USD billions for the shipped market) or in unit (unit, thousand, million, billion, trillion): anchors exactly, the constant-growth path between them, the stated CAGR outside them, or the region''s share of its parent''s forecast; with dimension and segment (both or neither), the segment''s share of it. Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL: the market as it is; else the changes of gpumkt_scenario_set applied), unit (DEFAULT NULL: the market''s own), extrapolate (DEFAULT false). A year outside the years the market''s figures cover (gpumkt_covered_years: 2024 to 2035 for the shipped market) is refused (22023) unless extrapolate => true. Region by code, English or French name, ISO code or a common abbreviation. NULL where region, year or market is NULL; errors (02000) where the data gives no figure. gpumkt_forecast(''north_america'', 2035) = 31.9375.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_forecast, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_float8'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text, text, text, text, text, boolean) IS
'As gpumkt_forecast (same arguments and defaults), but NULL instead of an error where the data gives no figure for a known region or no share for a known segment, and where year is outside the years the market''s figures cover (unless extrapolate => true): for outer joins and reports.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_try_forecast, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_float8'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, double precision, text, text, boolean) IS
'Region''s share (fraction) of the market''s top region in year (a whole year): the reported share where there is one (held from its year), otherwise the ratio of the two forecasts. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false): a year outside the years the market''s figures cover is refused (22023) unless extrapolate => true. NULL where region, year or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, timestamp with time zone, text, text, boolean) IS
'As the double precision form of gpumkt_region_share, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE FUNCTION @extschema@.gpumkt_segment_share(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_segment_share'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_segment_share(text, text, text, text) IS
'Share (fraction) of a segment within its dimension, reported or derived; errors (SQLSTATE 02000) where the report gives none. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL: the market as it is). NULL where dimension, segment or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text, text, text, text, text, boolean) IS
'One row per year from from_year to to_year (whole years, 1900 to 2200): the forecast of region (or, with dimension and segment, of its segment), its growth over the previous year, and its basis (reported, derived, interpolated, extrapolated, share of parent, segment share; user row, or the method followed by (user rows), where the value rests on a user''s row). A year without a figure: value NULL, basis no data. A year outside the years the market''s figures cover: value NULL, basis outside the covered years; with extrapolate => true, its value and basis extrapolated beyond the figures. Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario, unit (DEFAULT NULL), extrapolate (DEFAULT false). No rows where region, a year or market is NULL.';

CREATE FUNCTION @extschema@.gpumkt_covered_years(market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, OUT first_year integer, OUT last_year integer)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_covered_years'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_covered_years(text, text) IS
'The years the figures of market (in scenario, if given) cover: from the first to the last year of its anchors, the periods of its rates, its region shares and its segment shares, users'' rows and the scenario''s changes included (2024 to 2035 for the shipped market). Forecasts outside them take extrapolate => true. NULL, NULL for a market without figures; NULL where market is NULL.';

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

