-- gpumkt 1.3 -> 1.4.  A fresh install of 1.4 runs gpumkt--1.4.sql, generated
-- from sql/src/ and data/.  This update script is generated too, until 1.4 is
-- released: this file holds the changes to objects that 1.3 has, and the
-- Makefile appends the concern files of sql/src/ that are new in 1.4 (its
-- list NEW_IN_1_4), whose objects 1.3 does not have.  The upgrade test shows
-- that both give the same objects, rights and rows.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.4'" to load this file. \quit

-- Names below resolve in pg_catalog only, so that no object planted in
-- another schema can stand in for a built-in while this script runs with
-- superuser rights.  The setting ends with the script.
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

-- Ranges (issue 10): the columns of an explicit range come with
-- 12_bounds.sql, their comments with 12_columns.sql, which this update runs
-- again (it only comments); the rate is stated with the digits the report
-- gives ("17,0 %"), whose rounding interval ranges read.
-- the report states the global CAGR to three digits, 17,0 %
UPDATE @extschema@.gpumkt_rates SET rate = pg_catalog.round(rate, 3)
WHERE shipped AND market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters'
  AND region OPERATOR(pg_catalog.=) 'global';

-- gpumkt_explain gains the columns low and high: 52_explain.sql makes it anew
DROP FUNCTION @extschema@.gpumkt_explain(text, integer, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, double precision, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, date, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, integer, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, date, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, text, text, text, text);
------------------------------------------------------------------------------
-- Explicit ranges of figures (1.4): a user's low and high
------------------------------------------------------------------------------

-- A figure's range is otherwise the rounding interval of its stated digits
-- (shipped figures) or the figure itself (users' figures), within its
-- qualifier and the structural bounds of shares (docs/method.md, Ranges).
-- Added after the columns of 1.3, so that fresh installs and updates order
-- the columns alike.
ALTER TABLE @extschema@.gpumkt_anchors
    ADD COLUMN low numeric CONSTRAINT gpumkt_anchors_low_check CHECK (low >= 0 AND low <= value),
    ADD COLUMN high numeric CONSTRAINT gpumkt_anchors_high_check CHECK (high >= value AND high <= 'Infinity');
ALTER TABLE @extschema@.gpumkt_rates
    ADD COLUMN low numeric CONSTRAINT gpumkt_rates_low_check CHECK (low >= -1 AND low <= rate),
    ADD COLUMN high numeric CONSTRAINT gpumkt_rates_high_check CHECK (high >= rate AND high <= 'Infinity');
ALTER TABLE @extschema@.gpumkt_region_shares
    ADD COLUMN low numeric CONSTRAINT gpumkt_region_shares_low_check CHECK (low >= 0 AND low <= share),
    ADD COLUMN high numeric CONSTRAINT gpumkt_region_shares_high_check CHECK (high >= share AND high <= 1);
ALTER TABLE @extschema@.gpumkt_segments
    ADD COLUMN low numeric CONSTRAINT gpumkt_segments_low_check CHECK (low >= 0 AND low <= coalesce(share, high, 1)),
    ADD COLUMN high numeric CONSTRAINT gpumkt_segments_high_check CHECK (high >= coalesce(share, 0) AND high <= 1);
------------------------------------------------------------------------------
-- What every column holds
------------------------------------------------------------------------------

-- columns that several tables share, with one meaning in each
DO $columns$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT a.attrelid::pg_catalog.regclass AS tab, a.attname, x.comment
        FROM pg_catalog.pg_attribute a
        JOIN (VALUES
            ('market', 'The market (report) the row belongs to: a code of gpumkt_markets.'),
            ('shipped', 'true for the rows the extension ships (the report''s), false for users'' rows; only the tables'' owner may change shipped rows.'),
            ('qualifier', 'The report''s hedge on the figure: about, more than, at least or up to; NULL where it states the figure plainly.'),
            ('basis', 'reported (source_quote holds the report''s words) or derived (derivation holds the arithmetic); unknown for a segment share the report does not give.'),
            ('source_quote', 'The report''s own words for the figure, word for word.'),
            ('derivation', 'For a derived figure, the arithmetic from reported figures that gives it.'),
            ('note', 'A remark on the row: what the report says elsewhere, or why a figure is read as it is.'),
            ('name_fr', 'The name the French report uses; accepted wherever a name is.'),
            ('low', 'An explicit lower bound of the figure (a consensus band, say), for gpumkt_forecast_range; NULL: a shipped figure stands for the rounding interval of its stated digits, a user''s figure for itself, each within its qualifier and the structural bounds (docs/method.md, Ranges).'),
            ('high', 'An explicit upper bound of the figure, for gpumkt_forecast_range (Infinity: no upper bound); NULL: as for low.'))
            AS x(attname, comment) ON x.attname OPERATOR(pg_catalog.=) a.attname
        WHERE a.attrelid IN ('@extschema@.gpumkt_regions'::pg_catalog.regclass, '@extschema@.gpumkt_markets'::pg_catalog.regclass,
                             '@extschema@.gpumkt_anchors'::pg_catalog.regclass, '@extschema@.gpumkt_rates'::pg_catalog.regclass,
                             '@extschema@.gpumkt_region_shares'::pg_catalog.regclass, '@extschema@.gpumkt_dimensions'::pg_catalog.regclass,
                             '@extschema@.gpumkt_segments'::pg_catalog.regclass, '@extschema@.gpumkt_players'::pg_catalog.regclass,
                             '@extschema@.gpumkt_developments'::pg_catalog.regclass, '@extschema@.gpumkt_figures'::pg_catalog.regclass)
          AND NOT (a.attname OPERATOR(pg_catalog.=) 'market' AND a.attrelid OPERATOR(pg_catalog.=) '@extschema@.gpumkt_markets'::pg_catalog.regclass)
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', c.tab, c.attname, c.comment);
    END LOOP;
END
$columns$;

COMMENT ON COLUMN @extschema@.gpumkt_regions.region IS 'The region''s code: a lower-case identifier (global, north_america, united_states).';
COMMENT ON COLUMN @extschema@.gpumkt_regions.name IS 'The region''s English display name.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.parent IS 'The region it lies in; NULL for the world only.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.iso2 IS 'ISO 3166-1 alpha-2 code, for countries.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.kind IS 'world, region, country, rest_of (the rest of a region) or group.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.market IS 'The market''s code, the key of every figure table.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.name IS 'The market''s display name.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.currency IS 'The currency of its values (ISO 4217).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.unit IS 'The unit of its values: billion for USD billions.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.root_region IS 'The region whose share every other region''s share is taken against (global).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_title IS 'The title of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_date IS 'The date of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_ref IS 'Where the report is: its file name and form.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.note IS 'What the market covers.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.region IS 'The region whose market size this is.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.year IS 'The year of the figure (1900..2200).';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.value IS 'The market size in the market''s unit, kept with the digits the source states.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.region IS 'The region whose market grows at this rate.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.from_year IS 'The base year of the stated growth; NULL with to_year where the report states no period.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.to_year IS 'The end year of the stated growth.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.rate IS 'The compound annual growth rate as a fraction (0.17 for 17 %).';
COMMENT ON COLUMN @extschema@.gpumkt_rates.stated_period IS 'The period as the report words it.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.region IS 'The region whose share this is.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.year IS 'The year the share is stated for; it holds from then on.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.share IS 'The share as a fraction (0.365 for 36.5 %).';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.of_region IS 'The larger region the share is of.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.dimension IS 'The dimension''s code (component, deployment, cluster_size, end_user, industry).';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.name IS 'The dimension''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.ordinal IS 'Its place in the report''s order.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.dimension IS 'The dimension the segment belongs to.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.segment IS 'The segment''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.name IS 'The segment''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.ordinal IS 'Its place in the report''s order within the dimension.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.year IS 'The year the share is stated for; NULL where the share is unknown.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.share IS 'The segment''s share of its dimension as a fraction; NULL where the report gives none.';
COMMENT ON COLUMN @extschema@.gpumkt_players.player IS 'The player''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_players.name IS 'The company''s name as the report gives it.';
COMMENT ON COLUMN @extschema@.gpumkt_players.listed_order IS 'Its place in the report''s list of key players.';
COMMENT ON COLUMN @extschema@.gpumkt_players.hq_region IS 'Where the company has its headquarters (a public fact, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.supplies IS 'What the company supplies to this market (public facts, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.attributes_source IS 'Where hq_region and supplies come from.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.development IS 'The development''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.month IS 'The first day of the month the report names.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.player IS 'The key player it concerns, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.summary IS 'What happened, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.figure IS 'The figure''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.label IS 'What the figure measures, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value IS 'The figure; NULL for a statement without a figure.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value_high IS 'The top of a range the report gives, value being its bottom.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.unit IS 'The unit of value (USD billion, GW, GPUs, ...).';
COMMENT ON COLUMN @extschema@.gpumkt_figures.region IS 'The region the figure is about, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.period IS 'The period the figure covers, as the report words it.';

------------------------------------------------------------------------------
-- Reports side by side (1.4): a market's topic and fiscal year
------------------------------------------------------------------------------

-- Several reports size the same market: they share a topic, which
-- gpumkt_consensus gathers them by.  A report on fiscal years ending in
-- month m is calendarised by gpumkt_consensus (docs/method.md).  Added after
-- the shipped data is loaded and after the columns of 1.3, so that fresh
-- installs and updates order the columns alike and set the shipped value by
-- the same UPDATE (the script runs as the tables' owner, whom the guard lets
-- change shipped rows).
ALTER TABLE @extschema@.gpumkt_markets
    ADD COLUMN topic text CONSTRAINT gpumkt_markets_topic_check
        CHECK (topic OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    ADD COLUMN fiscal_year_end integer NOT NULL DEFAULT 12 CONSTRAINT gpumkt_markets_fiscal_year_end_check
        CHECK (fiscal_year_end >= 1 AND fiscal_year_end <= 12);
COMMENT ON COLUMN @extschema@.gpumkt_markets.topic IS
'The market the report sizes, shared by every report of the same market (ai_training_gpu_clusters); gpumkt_consensus compares the markets of one topic. NULL: a report on its own.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.fiscal_year_end IS
'The month (1..12) in which the report''s years end: 12 for calendar years; gpumkt_consensus turns fiscal years into calendar years.';

UPDATE @extschema@.gpumkt_markets SET topic = 'ai_training_gpu_clusters'
WHERE market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters' AND shipped;
------------------------------------------------------------------------------
-- Share drift (issue 10, item 5): the growth rate a segment's share change
-- implies, and the share a segment reaches growing at its own rate
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_implied_cagr(share0 float8, share1 float8, years float8, parent_rate float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_implied_cagr_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_implied_cagr(float8, float8, float8, float8) IS
'Growth rate of a segment whose share of a market growing at parent_rate moves from share0 to share1 over years: (1 + parent_rate) * (share1/share0)^(1/years) - 1; shares in (0, 1], years not 0, rates above -1.';

CREATE FUNCTION @extschema@.gpumkt_implied_cagr(share0 numeric, share1 numeric, years numeric, parent_rate numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_implied_cagr_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_implied_cagr(numeric, numeric, numeric, numeric) IS
'Growth rate of a segment whose share of a market growing at parent_rate moves from share0 to share1 over years, in numeric arithmetic to 30 significant digits: (1 + parent_rate) * (share1/share0)^(1/years) - 1.';

CREATE FUNCTION @extschema@.gpumkt_share_reached(share0 float8, segment_rate float8, parent_rate float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_share_reached_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_reached(float8, float8, float8, float8) IS
'Share of its market reached after years by a segment at share0 growing at segment_rate while the market grows at parent_rate: share0 * ((1 + segment_rate)/(1 + parent_rate))^years, the inverse of gpumkt_implied_cagr; a share above 1 (beyond 1e-12 of rounding, which gives 1) is refused with 22003, since the segment cannot keep its rate that long.';

CREATE FUNCTION @extschema@.gpumkt_share_reached(share0 numeric, segment_rate numeric, parent_rate numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_share_reached_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_reached(numeric, numeric, numeric, numeric) IS
'Share of its market reached after years by a segment at share0 growing at segment_rate in a market growing at parent_rate, in numeric arithmetic to 30 significant digits; a share above 1 (beyond 1e-12 of rounding, which gives 1) is refused with 22003.';

-- Their exact-match forms: 46_exact_forms.sql.
------------------------------------------------------------------------------
-- Exact-match forms of the growth math and of the share drift
------------------------------------------------------------------------------

-- Exact-match forms of the growth math (issue 8, item 5) and of the share
-- drift (1.4).  The extension's schema may be writable by others (public,
-- owned by the database owner).  There, an overload such as public.gpumkt_cagr(integer, integer, integer)
-- would be a better match for a call with literals than the float8 and
-- numeric forms, and would run with the rights of whoever calls it, a
-- superuser included.  So every combination of integer, numeric and float8
-- arguments, the types that literals (2, 18.2, NULL) and most columns have,
-- is taken here, which leaves no better match to plant.  Each form computes
-- as the form such a call resolved to before 1.3: with any float8 argument,
-- or only integers, as float8; otherwise (numeric and integer) as numeric.
-- With every combination present, a NULL or quoted literal resolves as
-- before too (to the float8 form at its position, the preferred type).
-- The bodies are SQL-standard (resolved once, here, with search_path =
-- pg_catalog), so the planner inlines them.
-- OR REPLACE: the update to 1.4 runs this file as it is, and replaces the
-- forms of 1.3 by the same definitions.
DO $$
DECLARE
    f record;
    combo int;
    types text[];
    target text;
    k int;
BEGIN
    FOR f IN SELECT * FROM (VALUES
            ('gpumkt_cagr', ARRAY['start_value', 'end_value', 'years']),
            ('gpumkt_project', ARRAY['value', 'rate', 'years']),
            ('gpumkt_years_to', ARRAY['start_value', 'target_value', 'rate']),
            ('gpumkt_interpolate', ARRAY['year0', 'value0', 'year1', 'value1', 'year']),
            ('gpumkt_implied_cagr', ARRAY['share0', 'share1', 'years', 'parent_rate']),
            ('gpumkt_share_reached', ARRAY['share0', 'segment_rate', 'parent_rate', 'years']))
            AS x(name, args)
    LOOP
        k := pg_catalog.cardinality(f.args);
        -- combination number combo, in base 3: 0 integer, 1 numeric, 2 float8
        FOR combo IN 0 .. (3 ^ k)::int - 1 LOOP
            types := ARRAY(SELECT (ARRAY['integer', 'numeric', 'float8'])[(combo / (3 ^ (i - 1))::int) % 3 + 1]
                           FROM pg_catalog.generate_series(1, k) i ORDER BY i);
            CONTINUE WHEN types = pg_catalog.array_fill('numeric'::text, ARRAY[k])
                       OR types = pg_catalog.array_fill('float8'::text, ARRAY[k]);
            target := CASE WHEN 'numeric' = ANY (types) AND NOT 'float8' = ANY (types)
                           THEN 'numeric' ELSE 'float8' END;
            EXECUTE pg_catalog.format(
                'CREATE OR REPLACE FUNCTION @extschema@.%I(%s) RETURNS %s LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN @extschema@.%I(%s)',
                f.name,
                (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', f.args[i], types[i]), ', ' ORDER BY i)
                 FROM pg_catalog.generate_series(1, k) i),
                target, f.name,
                (SELECT pg_catalog.string_agg(pg_catalog.format('%I::pg_catalog.%s', f.args[i], target), ', ' ORDER BY i)
                 FROM pg_catalog.generate_series(1, k) i));
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L',
                f.name, pg_catalog.array_to_string(types, ', '),
                pg_catalog.format('%s for (%s) arguments, computed as %s(%s): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.',
                                  f.name, pg_catalog.array_to_string(types, ', '), f.name,
                                  pg_catalog.array_to_string(pg_catalog.array_fill(target, ARRAY[k]), ', ')));
        END LOOP;
    END LOOP;
END
$$;
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
------------------------------------------------------------------------------
-- Scenarios: named sets of changes to a market's inputs (1.4)
------------------------------------------------------------------------------

-- A scenario's name, as the scenario forms of the forecasting functions take
-- it: a type of its own, so that gpumkt_forecast('global', 2030, 'mine')
-- still names a market (an untyped literal prefers text) and
-- gpumkt_forecast('global', 2030, scenario => 'bull') names a scenario.
CREATE TYPE @extschema@.gpumkt_scenario;
CREATE FUNCTION @extschema@.gpumkt_scenario_in(cstring) RETURNS @extschema@.gpumkt_scenario
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_scenario_out(@extschema@.gpumkt_scenario) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_scenario_recv(internal) RETURNS @extschema@.gpumkt_scenario
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_scenario_send(@extschema@.gpumkt_scenario) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.gpumkt_scenario (
    INPUT = @extschema@.gpumkt_scenario_in, OUTPUT = @extschema@.gpumkt_scenario_out,
    RECEIVE = @extschema@.gpumkt_scenario_recv, SEND = @extschema@.gpumkt_scenario_send,
    INTERNALLENGTH = VARIABLE, STORAGE = extended, CATEGORY = 'U', COLLATABLE = false);
COMMENT ON TYPE @extschema@.gpumkt_scenario IS
'The name of a scenario (gpumkt_scenarios), as the scenario forms of the forecasting functions take it (scenario => ''bull''); text converts to it implicitly.';
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_in(cstring) IS 'Input of gpumkt_scenario: the name as written.';
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_out(@extschema@.gpumkt_scenario) IS 'Output of gpumkt_scenario: the name.';
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_recv(internal) IS 'Binary input of gpumkt_scenario.';
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_send(@extschema@.gpumkt_scenario) IS 'Binary output of gpumkt_scenario.';
CREATE CAST (text AS @extschema@.gpumkt_scenario) WITHOUT FUNCTION AS IMPLICIT;
CREATE CAST (@extschema@.gpumkt_scenario AS text) WITHOUT FUNCTION AS ASSIGNMENT;

CREATE TABLE @extschema@.gpumkt_scenarios (
    scenario        text PRIMARY KEY CHECK (scenario OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    base_scenario   text REFERENCES @extschema@.gpumkt_scenarios (scenario),
    note            text,
    UNIQUE (scenario, market),
    CHECK (base_scenario <> scenario)
);
COMMENT ON TABLE @extschema@.gpumkt_scenarios IS
'Users'' scenarios: a name, the market it changes and the scenario it builds on (its changes come first). Kept by pg_dump; written by gpumkt_scenario_set or directly.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.scenario IS 'The scenario''s name: a lower-case identifier (bull, bear).';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.market IS 'The market whose inputs the scenario changes.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.base_scenario IS 'The scenario this one builds on, whose changes apply first; NULL: the market as it is. A chain that comes back on itself is refused when used (22023).';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.note IS 'What the scenario stands for.';

CREATE TABLE @extschema@.gpumkt_scenario_changes (
    scenario        text NOT NULL REFERENCES @extschema@.gpumkt_scenarios (scenario) ON DELETE CASCADE,
    market          text NOT NULL,
    ordinal         integer NOT NULL,
    input           text NOT NULL CHECK (input IN ('anchor', 'rate', 'region_share', 'segment_share')),
    region          text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    year            integer CHECK (year >= 1900 AND year <= 2200),
    dimension       text,
    segment         text,
    op              text NOT NULL DEFAULT 'set' CHECK (op IN ('set', 'add', 'multiply')),
    value           numeric NOT NULL CHECK (value >= -1e300 AND value <= 1e300),
    PRIMARY KEY (scenario, ordinal),
    FOREIGN KEY (scenario, market) REFERENCES @extschema@.gpumkt_scenarios (scenario, market)
        ON DELETE CASCADE ON UPDATE CASCADE,
    CHECK ((input = 'segment_share') = (dimension IS NOT NULL AND segment IS NOT NULL))
);
COMMENT ON TABLE @extschema@.gpumkt_scenario_changes IS
'The changes of each scenario, applied in ordinal order to a copy of the market''s inputs: an anchor, a rate (from the region''s base anchor, later anchors superseded), a region share or a segment share, set, added to or multiplied.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.scenario IS 'The scenario the change belongs to.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.market IS 'The market of the scenario, filled in from gpumkt_scenarios (so that roles confined to markets by gpumkt_writers are confined here too).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.ordinal IS 'The order of the change within its scenario.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.input IS 'What the change sets: anchor, rate, region_share or segment_share.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.region IS 'The region whose input changes (for a segment share, the region it is read for; segment shares hold for every region).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.year IS 'The year of the anchor, share or base anchor of a rate; NULL: the region''s first.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.dimension IS 'For a segment share, the dimension''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.segment IS 'For a segment share, the segment''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.op IS 'set (the value replaces the input), add (added to it) or multiply (multiplies it).';
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.value IS 'The value set, added or multiplied by (rates and shares as fractions).';

-- A change's market is its scenario's; it is filled in before the
-- confinement trigger reads it (triggers fire in the order of their names).
CREATE FUNCTION @extschema@.gpumkt_scenario_change_market() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.market := (SELECT s.market FROM @extschema@.gpumkt_scenarios s
                   WHERE s.scenario OPERATOR(pg_catalog.=) NEW.scenario);
    IF NEW.market IS NULL THEN
        RAISE EXCEPTION 'scenario "%" does not exist', NEW.scenario
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Add the scenario to gpumkt_scenarios first, or use gpumkt_scenario_set, which does.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_change_market() IS
'Trigger: fills in the market of a scenario change from its scenario (23503 when the scenario does not exist).';
CREATE TRIGGER gpumkt_changes_market BEFORE INSERT OR UPDATE ON @extschema@.gpumkt_scenario_changes
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_scenario_change_market();
-- (roles confined to markets are confined here too: 91_rights_14.sql)
-- (who may read and write them: 91_rights_14.sql)

CREATE FUNCTION @extschema@.gpumkt_resolve_segment(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS text[] AS 'MODULE_PATHNAME', 'gpumkt_resolve_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_segment(text, text, text) IS
'The codes {dimension, segment} that a dimension and a segment of market stand for (code, English or French name, ignoring case, accents and punctuation); errors (22023) naming the known ones when unrecognized.';

CREATE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS integer LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op and market of gpumkt_scenario_set must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out year, dimension and segment where they do not apply.';
    END IF;
    IF input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
        RAISE EXCEPTION 'unrecognized input "%" of gpumkt_scenario_set', input
            USING ERRCODE = '22023', HINT = 'Pass anchor, rate, region_share or segment_share.';
    END IF;
    IF op NOT IN ('set', 'add', 'multiply') THEN
        RAISE EXCEPTION 'unrecognized op "%" of gpumkt_scenario_set', op
            USING ERRCODE = '22023', HINT = 'Pass set, add or multiply.';
    END IF;
    IF value = 'NaN' OR value < -1e300 OR value > 1e300 THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a finite number', value
            USING ERRCODE = '22023', HINT = 'Pass a number such as 0.20 for a rate of 20 %.';
    END IF;
    IF op = 'set' AND ((input = 'anchor' AND value <= 0) OR (input = 'rate' AND value <= -1)
                       OR (input IN ('region_share', 'segment_share') AND (value <= 0 OR value > 1))) THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a possible %', value, input
            USING ERRCODE = '22023', HINT = 'An anchor is above 0, a rate above -1 (0.20 for 20 %), a share in (0, 1].';
    END IF;
    IF (input = 'segment_share') <> (dimension IS NOT NULL AND segment IS NOT NULL) THEN
        RAISE EXCEPTION 'dimension and segment of gpumkt_scenario_set go with input segment_share, and only with it'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment share, neither for other inputs.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_scenario_set.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', market
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    r := @extschema@.gpumkt_resolve_region(region);
    IF input = 'segment_share' THEN
        seg := @extschema@.gpumkt_resolve_segment(dimension, segment, market);
    END IF;
    INSERT INTO @extschema@.gpumkt_scenarios AS s (scenario, market) VALUES (scenario, market)
    ON CONFLICT ON CONSTRAINT gpumkt_scenarios_pkey DO NOTHING;
    IF (SELECT s.market FROM @extschema@.gpumkt_scenarios s WHERE s.scenario = gpumkt_scenario_set.scenario) <> market THEN
        RAISE EXCEPTION 'scenario "%" is a scenario of another market than "%"', scenario, market
            USING ERRCODE = '22023', HINT = 'Pass the scenario''s market, or another name for a scenario of this market.';
    END IF;
    IF op = 'set' THEN
        -- a set replaces the scenario's earlier changes of the same input
        DELETE FROM @extschema@.gpumkt_scenario_changes c
        WHERE c.scenario = gpumkt_scenario_set.scenario AND c.input = gpumkt_scenario_set.input
          AND c.region = r AND c.year IS NOT DISTINCT FROM gpumkt_scenario_set.year
          AND c.dimension IS NOT DISTINCT FROM seg[1] AND c.segment IS NOT DISTINCT FROM seg[2];
    END IF;
    SELECT coalesce(max(c.ordinal), 0) + 1 INTO n FROM @extschema@.gpumkt_scenario_changes c
    WHERE c.scenario = gpumkt_scenario_set.scenario;
    INSERT INTO @extschema@.gpumkt_scenario_changes (scenario, market, ordinal, input, region, year, dimension, segment, op, value)
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value);
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text) IS
'Adds a change to scenario (made for market if new) and returns its ordinal: input anchor (of region in year; without a year, its first), rate (region grows at it from its base anchor, the one in year or its first; later anchors are superseded), region_share or segment_share (with dimension and segment), op set (replacing the scenario''s earlier set of the same input), add or multiply. gpumkt_scenario_set(''bull'', ''rate'', ''global'', 0.20) makes a bull case. Errors (22023) on an unrecognized input, op, region or segment, or an impossible value.';

CREATE FUNCTION @extschema@.gpumkt_scenario_drop(scenario text) RETURNS boolean
    LANGUAGE sql VOLATILE STRICT
    SET search_path = pg_catalog, pg_temp
    BEGIN ATOMIC
        DELETE FROM @extschema@.gpumkt_scenarios s WHERE s.scenario OPERATOR(pg_catalog.=) gpumkt_scenario_drop.scenario
        RETURNING true;
    END;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_drop(text) IS
'Removes a scenario and its changes; true if there was one (a scenario built on it keeps a dangling base: drop it too or change its base_scenario first, as the foreign key requires).';
------------------------------------------------------------------------------
-- What moves a forecast: sensitivity, two-way data tables, shares of
-- combined segments and funnels (1.4)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, double precision, text) IS
'A tornado for the forecast of region in year: one row per input it uses (input names the table row), its base value, the forecast with the input times 1 - delta and 1 + delta (the rest held; shares held within [0, 1]), and the swing between them, largest first. delta in (0, 1), else 22023.';

CREATE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer, dimension text, segment text,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, text, text, double precision, text) IS
'As gpumkt_sensitivity(region, year, delta, market), for the forecast of one segment of region: its share is one more input.';

CREATE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer, scenario @extschema@.gpumkt_scenario,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, @extschema@.gpumkt_scenario, double precision, text) IS
'As gpumkt_sensitivity(region, year, delta, market), in scenario.';

CREATE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer, dimension text, segment text,
        scenario @extschema@.gpumkt_scenario,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, text, text, @extschema@.gpumkt_scenario, double precision, text) IS
'As gpumkt_sensitivity(region, year, dimension, segment, delta, market), in scenario.';

CREATE FUNCTION @extschema@.gpumkt_grid(region text, year integer,
        input1 text, values1 double precision[], input2 text, values2 double precision[],
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT value1 double precision, OUT value2 double precision, OUT forecast numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_grid'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 25;
COMMENT ON FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text) IS
'A two-way data table: the forecast of region in year for every pair of values of two inputs (values1 x values2, up to 1000 each), each input named anchor:region:year, rate:region[:to_year], region_share:region[:year] or segment_share:dimension:segment (a segment share multiplies the region''s forecast); the rest held; forecast NULL where the method gives none.';

CREATE FUNCTION @extschema@.gpumkt_segments_share(dimension text, segments text[],
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_segments_share'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_segments_share(text, text[], text) IS
'The share of several segments of one dimension together, (low, value, high): the sum of their shares; where they include every segment whose share the report does not give, the rest of the dimension (software and services: 1 - 0.785 = 0.215); value NULL where only bounds are known.';

CREATE FUNCTION @extschema@.gpumkt_funnel(region text, year integer, filters jsonb,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        unit text DEFAULT NULL, OUT step integer, OUT filter text, OUT share numeric, OUT value numeric,
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
    EXECUTE format('SELECT r.* FROM @extschema@.gpumkt_forecast_range($1, $2, %s%smarket => $3) r',
                   CASE WHEN scenario IS NOT NULL THEN 'scenario => $4::@extschema@.gpumkt_scenario, ' ELSE '' END,
                   CASE WHEN unit IS NOT NULL THEN 'unit => $5::@extschema@.gpumkt_unit, ' ELSE '' END)
    INTO s USING region, year, market, scenario, unit;
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
                RAISE EXCEPTION 'reach % of gpumkt_funnel is not a share in (0, 1]', f.v
                    USING ERRCODE = '22023', HINT = 'Pass your own share of the market that is left as a fraction, such as 0.05 for 5 %.';
            END IF;
            reach := (f.v)::numeric;
            filter := 'reach';
            share := reach;
            value := value * reach; low := low * reach; high := high * reach;
            assumption := 'your reach: the share of the market left that you supply (SOM)';
            RETURN NEXT;
            CONTINUE;
        END IF;
        IF jsonb_typeof(f.v) = 'array' AND jsonb_array_length(f.v) = 0 THEN
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is an empty list', f.key
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        ELSIF jsonb_typeof(f.v) = 'array' THEN
            SELECT array_agg(x ORDER BY o) INTO segs FROM jsonb_array_elements_text(f.v) WITH ORDINALITY a(x, o);
        ELSIF jsonb_typeof(f.v) = 'string' THEN
            segs := ARRAY[f.v #>> '{}'];
        ELSE
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is neither a segment nor a list of segments', f.key
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        END IF;
        IF scenario IS NULL THEN
            SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, market) r;
        ELSE
            SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, scenario::@extschema@.gpumkt_scenario, market) r;
        END IF;
        filter := f.dimension || ' = ' || array_to_string(segs, ' + ');
        share := s.value;
        value := value * s.value; low := low * s.low; high := high * s.high;
        assumption := CASE WHEN n = 1
            THEN 'the segment''s share of the market, held for every region and year (the report gives shares of the global market)'
            ELSE 'independent of the dimensions before it: its share multiplies theirs' END;
        n := n + 1;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_funnel(text, integer, jsonb, text, text, text) IS
'TAM -> SAM -> SOM: the forecast of region in year (step 1), then one step per dimension of filters ({"deployment": "on_premises", "component": ["software", "services"]}), in the report''s order of dimensions, each multiplying by the share of its segments (gpumkt_segments_share), and a last step "reach" (a share you supply). Each step gives the filter, its share, value, low, high, and the assumption it rests on: shares of different dimensions are multiplied as if independent. value NULL where only bounds are known. In scenario, and with market sizes in unit (unit, thousand, million, billion, trillion), where given.';
------------------------------------------------------------------------------
-- Units (1.4): a unit's name as the unit forms of the forecasting functions
-- take it (unit => 'million')
------------------------------------------------------------------------------

-- A type of its own, as gpumkt_scenario is, so that a third positional
-- argument still names a market and unit => 'million' names a unit.
CREATE TYPE @extschema@.gpumkt_unit;
CREATE FUNCTION @extschema@.gpumkt_unit_in(cstring) RETURNS @extschema@.gpumkt_unit
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_unit_out(@extschema@.gpumkt_unit) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_unit_recv(internal) RETURNS @extschema@.gpumkt_unit
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gpumkt_unit_send(@extschema@.gpumkt_unit) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.gpumkt_unit (
    INPUT = @extschema@.gpumkt_unit_in, OUTPUT = @extschema@.gpumkt_unit_out,
    RECEIVE = @extschema@.gpumkt_unit_recv, SEND = @extschema@.gpumkt_unit_send,
    INTERNALLENGTH = VARIABLE, STORAGE = extended, CATEGORY = 'U', COLLATABLE = false);
COMMENT ON TYPE @extschema@.gpumkt_unit IS
'The name of a unit (unit, thousand, million, billion, trillion), as the unit forms of the forecasting functions take it (unit => ''million''); text converts to it implicitly.';
COMMENT ON FUNCTION @extschema@.gpumkt_unit_in(cstring) IS 'Input of gpumkt_unit: the name as written (checked where it is used).';
COMMENT ON FUNCTION @extschema@.gpumkt_unit_out(@extschema@.gpumkt_unit) IS 'Output of gpumkt_unit: the name.';
COMMENT ON FUNCTION @extschema@.gpumkt_unit_recv(internal) IS 'Binary input of gpumkt_unit.';
COMMENT ON FUNCTION @extschema@.gpumkt_unit_send(@extschema@.gpumkt_unit) IS 'Binary output of gpumkt_unit.';
CREATE CAST (text AS @extschema@.gpumkt_unit) WITHOUT FUNCTION AS IMPLICIT;
CREATE CAST (@extschema@.gpumkt_unit AS text) WITHOUT FUNCTION AS ASSIGNMENT;
------------------------------------------------------------------------------
-- Scenario and unit forms (1.4)
------------------------------------------------------------------------------

-- Two passes over the C functions that take a market.  First the scenario
-- forms of the forecasting functions: scenario gpumkt_scenario before
-- market.  Then the unit forms of those that return money, their scenario
-- forms included: unit gpumkt_unit before market.  Each form has the same C
-- entry (which tells the forms apart by their number and types of
-- arguments) and the same markings.
DO $$
DECLARE
    pass record;
    f record;
BEGIN
    FOR pass IN
        SELECT * FROM (VALUES
            (1, 'scenario @extschema@.gpumkt_scenario, ',
             ARRAY['gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                   'gpumkt_explain', 'gpumkt_region_share', 'gpumkt_segment_share',
                   'gpumkt_grid', 'gpumkt_segments_share'],
             'As %s(%s), with the changes of scenario applied to market''s inputs (gpumkt_scenario_set; a scenario''s rows count as users'' rows). Errors (22023) for a scenario that does not exist, belongs to another market or whose bases form a cycle.'),
            (2, 'unit @extschema@.gpumkt_unit, ',
             ARRAY['gpumkt_forecast', 'gpumkt_try_forecast', 'gpumkt_forecast_range', 'gpumkt_series',
                   'gpumkt_explain', 'gpumkt_grid'],
             'As %s(%s), with market sizes in unit (unit, thousand, million, billion or trillion) instead of the market''s own unit (gpumkt_markets.unit): gpumkt_forecast(''global'', 2025, unit => ''million'') = 18200. Errors (22023) for another unit, or a market whose own unit is none of these.'))
            AS x(n, arg, names, note)
        ORDER BY n
    LOOP
        FOR f IN
            SELECT p.proname, p.prosrc, p.provolatile, p.proisstrict, p.proparallel, p.prorows, p.proretset,
                   pg_catalog.pg_get_function_result(p.oid) AS result,
                   pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity
            FROM pg_catalog.pg_proc p
            WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
              AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                    WHERE l.lanname OPERATOR(pg_catalog.=) 'c')
              AND p.proname OPERATOR(pg_catalog.=) ANY (pass.names)
              AND pg_catalog.strpos(pg_catalog.pg_get_function_arguments(p.oid), 'market text DEFAULT')
                  OPERATOR(pg_catalog.>) 0
            ORDER BY p.proname, p.oid
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s AS %L, %L LANGUAGE C %s %s PARALLEL %s%s',
                f.proname,
                pg_catalog.replace(f.arguments, 'market text DEFAULT', pass.arg OPERATOR(pg_catalog.||) 'market text DEFAULT'),
                f.result, 'MODULE_PATHNAME', f.prosrc,
                CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
                CASE WHEN f.proisstrict THEN 'STRICT' ELSE '' END,
                CASE f.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
                CASE WHEN f.proretset THEN ' ROWS ' OPERATOR(pg_catalog.||) f.prorows::text ELSE '' END);
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L', f.proname,
                pg_catalog.regexp_replace(f.identity, 'market text', pass.arg OPERATOR(pg_catalog.||) 'market text'),
                pg_catalog.format(pass.note, f.proname, f.identity));
        END LOOP;
    END LOOP;
END
$$;
------------------------------------------------------------------------------
-- The audit of the data (1.4: each region larger than its parent says
-- whether it holds even at the bounds of the figures; OR REPLACE, so that
-- the update to 1.4 runs this file as it is)
------------------------------------------------------------------------------

-- PL/pgSQL so that the forecasts of each market run in a block of their own:
-- an error there (a share cycle, a value out of range, an old row that cannot
-- be read) becomes a finding and the audit goes on with the other markets.
-- Exception blocks start subtransactions, which PostgreSQL 15 forbids in
-- parallel mode: the function is PARALLEL UNSAFE.
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_audit(
        OUT market text, OUT finding text, OUT rows_involved text,
        OUT figures text, OUT discrepancy numeric, OUT detail text)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
AS $audit$
#variable_conflict use_column
DECLARE
    mk record;			-- the market audited
    lo integer;			-- its horizon: earliest figure year, from 1900
    hi integer;			-- latest figure year, up to 2200
    margin integer;		-- a year either side of it, for shipped markets
    user_rows text[];	-- users' rows of a shipped market, named as gpumkt_explain names them
    fc jsonb;			-- forecasts {region, year, value}; NULL when they fail
    used jsonb;			-- forecasts using a user's row {source_row, region, year, value, report}
    findings jsonb := '[]';	-- the findings
    part jsonb;
    st text;
    msg text;
    msg_detail text;
    tp record;			-- a topic sized by several markets, and a region and year of theirs
    cons record;		-- their consensus there
BEGIN
    FOR mk IN SELECT m.market, m.shipped FROM @extschema@.gpumkt_markets m ORDER BY m.market LOOP
        -- the horizon: from the earliest to the latest year of an anchor, a
        -- rate's period or a region share (within 1900..2200)
        SELECT greatest(min(y.y), 1900), least(max(y.y), 2200) INTO lo, hi
        FROM (SELECT a.year FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
              UNION ALL
              SELECT r.from_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT r.to_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT s.year FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) y(y);
        -- a forecast in the year before the horizon uses the same rows as
        -- every earlier year, and one in the year after as every later year
        margin := CASE WHEN mk.shipped THEN 1 ELSE 0 END;
        user_rows := NULL;
        IF mk.shipped THEN
            SELECT array_agg(u.source_row) INTO user_rows
            FROM (SELECT format('gpumkt_anchors(%s, %s)', a.region, a.year)
                  FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market AND NOT a.shipped
                  UNION ALL
                  SELECT format('gpumkt_rates(%s, %s)', r.region,
                                coalesce(r.from_year || '-' || r.to_year, 'no period'))
                  FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market AND NOT r.shipped
                  UNION ALL
                  SELECT format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                  FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market AND NOT s.shipped
                 ) u(source_row);
        END IF;

        -- 1. the forecasts of every region with figures over the horizon,
        -- and, in a shipped market, those that use a user's row
        fc := '[]';
        used := '[]';
        BEGIN
            SELECT coalesce(jsonb_agg(jsonb_build_object('region', g.region, 'year', g.year, 'value', g.value))
                                FILTER (WHERE g.value IS NOT NULL), '[]')
            INTO fc
            FROM (SELECT x.region, y.year,
                         @extschema@.gpumkt_try_forecast(x.region, y.year, mk.market) AS value
                  FROM (SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                        UNION
                        SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                  CROSS JOIN generate_series(lo - margin, hi + margin) y(year)
                  OFFSET 0) g;
            IF user_rows IS NOT NULL THEN
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'source_row', u.source_row, 'region', u.region, 'year', u.year, 'value', u.value,
                           'report', @extschema@.gpumkt_report_figure(u.region, u.year, mk.market))), '[]')
                INTO used
                FROM (SELECT DISTINCT rn.source_row, x.region, x.year, x.value
                      FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                      CROSS JOIN LATERAL @extschema@.gpumkt_explain(x.region, x.year, mk.market) AS e
                      CROSS JOIN LATERAL regexp_split_to_table(e.source_rows, ', (?=gpumkt_)') AS rn(source_row)
                      WHERE rn.source_row = ANY (user_rows)
                      OFFSET 0) u;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, msg_detail = PG_EXCEPTION_DETAIL;
            fc := NULL;
            used := NULL;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be forecast',
                'rows_involved', format('forecasts of %s, %s', mk.market,
                                        CASE WHEN lo = hi THEN lo::text ELSE lo || '–' || hi END),
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Forecasting market %s fails with SQLSTATE %s: %s.%s The checks that need its forecasts are skipped; the other markets are audited.',
                                 mk.market, st, msg, coalesce(' ' || nullif(msg_detail, ''), '')));
        END;

        -- 2. the checks, over the forecasts computed above and the rows
        BEGIN
            SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]') INTO part
            FROM (
            WITH RECURSIVE
            fcv AS (
                SELECT x.region, x.year, x.value
                FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                WHERE x.year BETWEEN lo AND hi
            ),
            -- the figure rows behind each region's forecasts, to name them
            sources AS (
                SELECT f.region, string_agg(f.row_name, ', ' ORDER BY f.row_name) AS row_names
                FROM (
                    SELECT a.region, format('gpumkt_anchors(%s, %s)', a.region, a.year) AS row_name
                    FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                    UNION ALL
                    SELECT r.region, format('gpumkt_rates(%s, %s)', r.region,
                                            coalesce(r.from_year || '-' || r.to_year, 'no period'))
                    FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                    UNION ALL
                    SELECT s.region, format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                    FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market
                ) f
                GROUP BY f.region
            ),
            -- a. shares of one whole that add up to more than 100 % beyond rounding
            segment_sums AS (
                SELECT 'shares over 100 %'::text AS finding,
                       format('gpumkt_segments(%s, %s): %s', s.dimension, s.year,
                              string_agg(s.segment, ', ' ORDER BY s.segment)) AS rows_involved,
                       string_agg(s.segment || ' ' || s.share, ' + ' ORDER BY s.segment)
                           || ' = ' || sum(s.share) AS figures,
                       sum(s.share) - 1 AS discrepancy,
                       format('The shares of dimension %s in %s sum to %s, more than the whole.',
                              s.dimension, s.year, sum(s.share)) AS detail
                FROM @extschema@.gpumkt_segments s
                WHERE s.market = mk.market AND s.share IS NOT NULL
                GROUP BY s.dimension, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            region_sums AS (
                SELECT 'shares over 100 %'::text,
                       format('gpumkt_region_shares of %s in %s: %s', s.of_region, s.year,
                              string_agg(s.region, ', ' ORDER BY s.region)),
                       string_agg(s.region || ' ' || s.share, ' + ' ORDER BY s.region)
                           || ' = ' || sum(s.share),
                       sum(s.share) - 1,
                       format('The shares of %s held by its regions in %s sum to %s, more than the whole.',
                              s.of_region, s.year, sum(s.share))
                FROM @extschema@.gpumkt_region_shares s
                WHERE s.market = mk.market
                GROUP BY s.of_region, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            -- b. a region larger than its parent in a year of the horizon:
            -- each region with forecasts against its nearest ancestor with
            -- forecasts, consecutive years in one finding
            with_forecasts AS (
                SELECT DISTINCT v.region FROM fcv v
            ),
            up (region, ancestor, depth) AS (
                SELECT w.region, g.parent, 1
                FROM with_forecasts w JOIN @extschema@.gpumkt_regions g ON g.region = w.region
                WHERE g.parent IS NOT NULL
                UNION ALL
                SELECT u.region, g.parent, u.depth + 1
                FROM up u JOIN @extschema@.gpumkt_regions g ON g.region = u.ancestor
                WHERE g.parent IS NOT NULL
                  AND u.depth <= (SELECT count(*) FROM @extschema@.gpumkt_regions)
                  AND NOT EXISTS (SELECT 1 FROM with_forecasts w WHERE w.region = u.ancestor)
            ),
            nearest AS (
                SELECT DISTINCT ON (u.region) u.region AS child, u.ancestor AS parent, u.depth
                FROM up u JOIN with_forecasts w ON w.region = u.ancestor
                ORDER BY u.region, u.depth
            ),
            above AS (
                SELECT n.child, n.parent, n.depth, c.year, c.value AS child_value, p.value AS parent_value,
                       c.year - row_number() OVER (PARTITION BY n.child ORDER BY c.year) AS island
                FROM nearest n
                JOIN fcv c ON c.region = n.child
                JOIN fcv p ON p.region = n.parent AND p.year = c.year
                -- beyond the forecasts' own rounding (15 significant digits)
                WHERE c.value > p.value * (1 + 1e-12)
            ),
            spans AS (
                SELECT a.child, a.parent, a.depth, min(a.year) AS y0, max(a.year) AS y1,
                       (array_agg(a.year ORDER BY a.child_value - a.parent_value DESC, a.year))[1] AS worst
                FROM above a
                GROUP BY a.child, a.parent, a.depth, a.island
            ),
            oversized AS (
                SELECT 'region larger than its parent'::text,
                       concat_ws(' vs ', cs.row_names, ps.row_names),
                       format('%s %s = %s > %s %s = %s', w.child, w.year, round(w.child_value, 4),
                              w.parent, w.year, round(w.parent_value, 4))
                           || CASE WHEN s.y0 < s.y1 THEN format(' (the largest gap of %s–%s)', s.y0, s.y1) ELSE '' END,
                       w.child_value - w.parent_value,
                       CASE WHEN s.y0 = s.y1 THEN format('In %s the forecast of %s exceeds that of %s by %s (%s %%).',
                                                         s.y0, w.child, ap.who, round(w.child_value - w.parent_value, 4),
                                                         round(100 * (w.child_value / w.parent_value - 1), 1))
                            ELSE format('From %s to %s the forecast of %s exceeds that of %s, most in %s, by %s (%s %%).',
                                        s.y0, s.y1, w.child, ap.who, w.year, round(w.child_value - w.parent_value, 4),
                                        round(100 * (w.child_value / w.parent_value - 1), 1))
                       END
                       -- whether it holds at the bounds of the figures (gpumkt_forecast_range)
                       || CASE WHEN b.child_low > b.parent_high
                               THEN format(' It holds even at the bounds of the figures: in %s the lowest %s, %s, exceeds the highest %s, %s.',
                                           w.year, w.child, round(b.child_low, 4), s.parent, round(b.parent_high, 4))
                               ELSE format(' Within the bounds of the figures it need not hold: in %s the lowest %s, %s, does not exceed the highest %s, %s.',
                                           w.year, w.child, round(b.child_low, 4), s.parent, round(b.parent_high, 4))
                          END
                FROM spans s
                JOIN above w ON w.child = s.child AND w.year = s.worst
                JOIN @extschema@.gpumkt_regions g ON g.region = s.child
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN s.depth = 1 THEN format('its parent %s', s.parent)
                                ELSE format('%s (the nearest ancestor with a forecast: its parent %s has none)',
                                            s.parent, g.parent) END AS who) ap
                LEFT JOIN sources cs ON cs.region = s.child
                LEFT JOIN sources ps ON ps.region = s.parent
                CROSS JOIN LATERAL (
                    SELECT (SELECT r.low FROM @extschema@.gpumkt_forecast_range(s.child, w.year, mk.market) r) AS child_low,
                           (SELECT r.high FROM @extschema@.gpumkt_forecast_range(s.parent, w.year, mk.market) r) AS parent_high) b
            ),
            -- c. a stated CAGR that its own endpoints contradict beyond rounding
            rates_vs_ends AS (
                SELECT 'stated CAGR disagrees with its endpoints'::text,
                       format('gpumkt_rates(%s, %s-%s), gpumkt_anchors(%s, %s), gpumkt_anchors(%s, %s)',
                              r.region, r.from_year, r.to_year, r.region, r.from_year, r.region, r.to_year),
                       format('stated %s; (%s / %s)^(1/%s) - 1 = %s', r.rate, a1.value, a0.value,
                              r.to_year::bigint - r.from_year, round(i.implied, 6)),
                       i.implied - r.rate,
                       format('The endpoints of %s give a CAGR of %s, the stated rate is %s: more than rounding (%s) apart.',
                              r.region, round(i.implied, 6), r.rate, 0.5 * 10::numeric ^ (-scale(r.rate)))
                FROM @extschema@.gpumkt_rates r
                JOIN @extschema@.gpumkt_anchors a0
                  ON a0.market = r.market AND a0.region = r.region AND a0.year = r.from_year
                JOIN @extschema@.gpumkt_anchors a1
                  ON a1.market = r.market AND a1.region = r.region AND a1.year = r.to_year
                CROSS JOIN LATERAL (SELECT @extschema@.gpumkt_cagr(a0.value, a1.value,
                                           r.to_year::numeric - r.from_year) AS implied) i
                WHERE r.market = mk.market
                  AND abs(i.implied - r.rate) > 0.5 * 10::numeric ^ (-scale(r.rate))
            ),
            -- d. a reported value that its share of a larger region contradicts
            values_vs_shares AS (
                SELECT 'value disagrees with share of parent'::text,
                       format('gpumkt_anchors(%s, %s), gpumkt_region_shares(%s, %s), forecast of %s',
                              a.region, a.year, s.region, s.year, s.of_region),
                       format('%s vs %s x %s = %s', a.value, s.share, round(p.value, 4),
                              round(s.share * p.value, 4)),
                       a.value - s.share * p.value,
                       format('%s in %s is %s, but %s of %s''s %s is %s: more than rounding (%s) apart.',
                              a.region, a.year, a.value, s.share, s.of_region, round(p.value, 4),
                              round(s.share * p.value, 4), round(t.tolerance, 4))
                FROM @extschema@.gpumkt_anchors a
                JOIN @extschema@.gpumkt_region_shares s
                  ON s.market = a.market AND s.region = a.region AND s.year = a.year
                JOIN fcv p ON p.region = s.of_region AND p.year = a.year
                CROSS JOIN LATERAL (
                    SELECT 0.5 * 10::numeric ^ (-scale(a.value))
                           + 0.5 * 10::numeric ^ (-scale(s.share)) * p.value AS tolerance) t
                WHERE a.market = mk.market
                  AND abs(a.value - s.share * p.value) > t.tolerance
            ),
            -- e. a user's row that changes forecasts of a shipped market
            usage AS (
                SELECT x.source_row, x.region, x.year, x.value, x.report,
                       x.year - row_number() OVER (PARTITION BY x.source_row, x.region ORDER BY x.year) AS island
                FROM jsonb_to_recordset(used)
                     AS x(source_row text, region text, year integer, value numeric, report numeric)
            ),
            usage_spans AS (
                SELECT u.source_row, u.region, min(u.year) AS y0, max(u.year) AS y1
                FROM usage u GROUP BY u.source_row, u.region, u.island
            ),
            usage_text AS (
                SELECT r.source_row, string_agg(r.region || ' ' || r.years, ', ' ORDER BY r.region) AS spans
                FROM (SELECT s.source_row, s.region,
                             string_agg(CASE WHEN s.y0 < lo AND s.y1 > hi THEN 'every year'
                                             WHEN s.y0 < lo THEN 'up to ' || s.y1
                                             WHEN s.y1 > hi THEN 'from ' || s.y0
                                             WHEN s.y0 = s.y1 THEN s.y0::text
                                             ELSE s.y0 || '–' || s.y1 END,
                                        ' and ' ORDER BY s.y0) AS years
                      FROM usage_spans s GROUP BY s.source_row, s.region) r
                GROUP BY r.source_row
            ),
            usage_most AS (
                SELECT DISTINCT ON (u.source_row) u.source_row, u.region, u.year, u.value, u.report
                FROM usage u
                ORDER BY u.source_row, u.report IS NULL, u.year BETWEEN lo AND hi DESC,
                         abs(u.value - u.report) DESC, u.region, u.year
            ),
            user_rows_used AS (
                SELECT 'user row in a shipped market'::text,
                       m.source_row,
                       format('%s; %s %s = %s', t.spans, m.region, m.year, round(m.value, 4))
                           || CASE WHEN m.report IS NULL THEN ', the report gives no figure'
                                   ELSE format(', the report''s %s', round(m.report, 4)) END,
                       m.value - m.report,
                       format('A row of your own (shipped = false) changes forecasts of the shipped market %s: %s. ',
                              mk.market, t.spans)
                           || CASE WHEN m.report IS NULL
                                   THEN format('The report''s rows give no figure for %s in %s; this row makes one (%s).',
                                               m.region, m.year, round(m.value, 4))
                                   ELSE format('The largest change is %s in %s: %s where the report''s rows give %s.',
                                               m.region, m.year, round(m.value, 4), round(m.report, 4)) END
                           || ' Put your own figures in a market of your own to keep the report''s apart.'
                FROM usage_most m JOIN usage_text t ON t.source_row = m.source_row
            ),
            -- when the market cannot be forecast, every user's row that may
            -- be the cause: which forecasts it changes cannot be told
            user_rows_unknown AS (
                SELECT 'user row in a shipped market'::text, u.source_row, NULL::text, NULL::numeric,
                       format('A row of your own (shipped = false) in the shipped market %s, which cannot be forecast now: which forecasts it changes cannot be told.',
                              mk.market)
                FROM unnest(user_rows) AS u(source_row)
                WHERE fc IS NULL
            ),
            user_segments AS (
                SELECT 'user row in a shipped market'::text,
                       format('gpumkt_segments(%s, %s)', s.dimension, s.segment),
                       format('share %s (%s) x the region''s forecast', s.share, s.year),
                       NULL::numeric,
                       format('A segment share of your own (shipped = false) in the shipped market %s: every forecast of segment %s of dimension %s is the region''s forecast times %s, a share the report does not give.',
                              mk.market, s.segment, s.dimension, s.share)
                FROM @extschema@.gpumkt_segments s
                WHERE mk.shipped AND s.market = mk.market AND NOT s.shipped AND s.share IS NOT NULL
            )
            SELECT mk.market AS market, c.* FROM (
                SELECT * FROM segment_sums
                UNION ALL SELECT * FROM region_sums
                UNION ALL SELECT * FROM oversized
                UNION ALL SELECT * FROM rates_vs_ends
                UNION ALL SELECT * FROM values_vs_shares
                UNION ALL SELECT * FROM user_rows_used
                UNION ALL SELECT * FROM user_rows_unknown
                UNION ALL SELECT * FROM user_segments
            ) c
            ) f;
            findings := findings || part;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be audited',
                'rows_involved', NULL,
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Checking market %s fails with SQLSTATE %s: %s. The other markets are audited.',
                                 mk.market, st, msg));
        END;
    END LOOP;

    -- 3. across the sources of a topic (markets sizing the same market):
    -- in each year one of them states a size of their common top region, a
    -- source outside [median / 2, median x 2] of all (gpumkt_consensus, in
    -- USD billion); a year whose sources cannot be put in one currency
    -- (no exchange rate) is skipped
    FOR tp IN
        SELECT DISTINCT m.topic, m.root_region, a.year
        FROM @extschema@.gpumkt_markets m
        JOIN @extschema@.gpumkt_anchors a ON a.market = m.market AND a.region = m.root_region
        WHERE m.topic IS NOT NULL
          AND (SELECT count(*) FROM @extschema@.gpumkt_markets o WHERE o.topic = m.topic) > 1
        ORDER BY 1, 2, 3
    LOOP
        BEGIN
            SELECT c.* INTO cons FROM @extschema@.gpumkt_consensus(tp.topic, tp.root_region, tp.year) c;
            IF cons.sources > 1 AND cons.outliers IS NOT NULL THEN
                findings := findings || (
                    SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'market', o.market,
                        'finding', 'source outside the others'' range',
                        'rows_involved', format('gpumkt_consensus(%s, %s, %s)', tp.topic, tp.root_region, tp.year),
                        'figures', format('%s of %s sources; median %s USD billion, from %s to %s',
                                          o.market, cons.sources, round(cons.median, 4), round(cons.low, 4), round(cons.high, 4)),
                        'discrepancy', NULL,
                        'detail', format('In %s the size market %s gives %s lies outside half to twice the median of the %s sources of topic %s (%s USD billion).',
                                         tp.year, o.market, tp.root_region, cons.sources, tp.topic, round(cons.median, 4)))), '[]')
                    FROM unnest(cons.outliers) o(market));
            END IF;
        EXCEPTION WHEN SQLSTATE '02000' OR SQLSTATE '22023' THEN
            -- no exchange rate, or a unit gpumkt cannot convert: skipped
            NULL;
        END;
    END LOOP;

    RETURN QUERY
        SELECT x.market, x.finding, x.rows_involved, x.figures, x.discrepancy, x.detail
        FROM jsonb_to_recordset(findings)
             AS x(market text, finding text, rows_involved text, figures text, discrepancy numeric, detail text)
        ORDER BY 1, 2, 3, 4;
END
$audit$;
COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent (every year of the market''s horizon, consecutive years in one finding), a stated CAGR its endpoints contradict, a value its share of a parent contradicts, a user''s row that changes forecasts of a shipped market, a market whose forecasts fail (with the SQLSTATE and message, the other markets still audited), and, across the markets of a topic, a source outside half to twice the median of them (gpumkt_consensus) in a year one states.';
------------------------------------------------------------------------------
-- Report files (1.4): gpumkt_load_report and gpumkt_export_report
------------------------------------------------------------------------------

-- A report is one JSON document in the format of the shipped data file
-- (docs/report-format.md): "format", then one key per table without its
-- gpumkt_ prefix, each a list of rows.  The loader checks every element
-- before it writes one row, and names the JSON path of the first it refuses
-- ($.rates[0].rate); it runs as one statement, so a refused load leaves the
-- tables as they were.

-- One value of a report, as the column of type typ takes it (a JSON value):
-- numbers from JSON numbers or strings ("17.0 %", "6,01"), keeping the
-- stated digits; percent only where pct.
CREATE FUNCTION @extschema@.gpumkt_report_value(v jsonb, typ regtype, pct boolean, path text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k text := jsonb_typeof(v);
    s text;
    x numeric;
    percent boolean;
BEGIN
    IF v IS NULL OR k = 'null' THEN
        RETURN NULL;
    END IF;
    IF typ IN ('numeric'::regtype, 'integer'::regtype) THEN
        IF k = 'number' THEN
            x := (v #>> '{}')::numeric;
        ELSIF k = 'string' THEN
            s := btrim(v #>> '{}');
            IF s ~* '^[+-]?(nan|inf|infinity)$' THEN
                RAISE EXCEPTION 'report value at % is not a finite number: "%"', path, s
                    USING ERRCODE = '22023', HINT = 'Write a number such as 18.2, or leave the key out.';
            END IF;
            percent := s ~ '%$';
            s := regexp_replace(s, '\s*%$', '');
            IF percent AND NOT pct THEN
                RAISE EXCEPTION 'report value at % is a percentage where no rate or share belongs: "%"', path, v #>> '{}'
                    USING ERRCODE = '22023', HINT = 'Only rates and shares take a percent sign; write the figure in the market''s unit.';
            END IF;
            IF s ~ '^[+-]?[0-9]+,[0-9]+$' THEN
                s := replace(s, ',', '.');
            END IF;
            IF s !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$' THEN
                RAISE EXCEPTION 'invalid input syntax for a number at %: "%"', path, v #>> '{}'
                    USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
            END IF;
            x := s::numeric;
            IF percent THEN
                x := round(x / 100, scale(x) + 2);
            END IF;
        ELSE
            RAISE EXCEPTION 'invalid input syntax for a number at %: %', path, v::text
                USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
        END IF;
        IF typ = 'integer'::regtype THEN
            IF x <> trunc(x) OR abs(x) > 2147483647 THEN
                RAISE EXCEPTION 'invalid input syntax for a whole number at %: %', path, v::text
                    USING ERRCODE = '22P02', HINT = 'Years and ordinals are whole numbers such as 2025.';
            END IF;
            IF path ~ '\.(year|from_year|to_year)$' AND (x < 1900 OR x > 2200) THEN
                RAISE EXCEPTION 'report year at % is outside 1900..2200: %', path, x
                    USING ERRCODE = '22023', HINT = 'Years lie between 1900 and 2200.';
            END IF;
            RETURN to_jsonb(x::integer);
        END IF;
        RETURN to_jsonb(x);
    ELSIF typ = 'boolean'::regtype AND k = 'boolean' THEN
        RETURN v;
    ELSIF typ = 'text[]'::regtype AND k = 'array'
          AND NOT EXISTS (SELECT FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) <> 'string') THEN
        RETURN v;
    ELSIF typ = 'date'::regtype AND k = 'string' THEN
        BEGIN
            RETURN to_jsonb((v #>> '{}')::date);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RAISE EXCEPTION 'invalid date at %: %', path, v::text
                USING ERRCODE = '22007', HINT = 'Write dates as ISO strings such as "2025-12-22".';
        END;
    ELSIF typ = 'text'::regtype AND k = 'string' THEN
        RETURN v;
    END IF;
    RAISE EXCEPTION 'report value at % is a JSON % where % belongs', path, k, typ
        USING ERRCODE = '22023', HINT = 'Strings for text and dates, numbers for figures, true or false for flags, a list of strings for lists.';
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_value(jsonb, regtype, boolean, text) IS
'Internal to gpumkt_load_report: one value of a report file as a column of type typ takes it (numbers from JSON numbers or strings such as "17.0 %" and "6,01", keeping the stated digits, percentages only where pct), or an error naming path.';

-- The rows of table t (without its prefix) of a report, checked key by key
-- and value by value, as a JSON list of objects ready for
-- jsonb_populate_recordset, each with the market m where the table has one.
CREATE FUNCTION @extschema@.gpumkt_report_rows(doc jsonb, t text, m text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    rel regclass := format('@extschema@.%I', 'gpumkt_' || t)::regclass;
    bad record;
    res jsonb;
BEGIN
    SELECT e.ord - 1 AS i, jsonb_typeof(e.r) AS k INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE jsonb_typeof(e.r) <> 'object' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report element at $.%[%] is a JSON % where a row object belongs', t, bad.i, bad.k
            USING ERRCODE = '22023', HINT = 'Each row of a table is an object of column names and values.';
    END IF;
    -- an unrecognized key
    SELECT e.ord - 1 AS i, k.key INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), jsonb_object_keys(e.r) k(key)
    WHERE NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0
                      AND NOT a.attisdropped AND a.attname = k.key AND a.attname <> 'shipped')
    ORDER BY e.ord, k.key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unrecognized key at $.%[%].%', t, bad.i, bad.key
            USING ERRCODE = '22023',
                  HINT = format('The keys of %s rows are the columns of %s but shipped (docs/reference.md).', t, rel);
    END IF;
    -- a missing required field (a column without default that must not be NULL)
    SELECT e.ord - 1 AS i, a.attname INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), pg_attribute a
    WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND NOT a.atthasdef
      AND NOT (a.attname = 'market' AND t <> 'markets')
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'string'
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'number'
    ORDER BY e.ord, a.attnum LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'missing required field at $.%[%].%', t, bad.i, bad.attname
            USING ERRCODE = '22023', HINT = format('Every %s row gives %s.', t, bad.attname);
    END IF;
    -- a row of another market
    SELECT e.ord - 1 AS i, e.r ->> 'market' AS mk INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE t <> 'markets' AND e.r ? 'market' AND (e.r -> 'market') IS DISTINCT FROM to_jsonb(m)
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report row at $.%[%].market names market "%", not the report''s "%"', t, bad.i, bad.mk, m
            USING ERRCODE = '22023', HINT = 'A report holds one market: leave market out of its rows, or give the one of $.markets[0].';
    END IF;
    SELECT coalesce(jsonb_agg(r ORDER BY ord), '[]') INTO res
    FROM (SELECT e.ord,
                 jsonb_object_agg(k.key,
                     CASE WHEN a.atttypid = 'numeric'::regtype AND jsonb_typeof(k.value) = 'number'
                            OR a.atttypid = 'text'::regtype AND jsonb_typeof(k.value) = 'string'
                          THEN k.value
                          ELSE @extschema@.gpumkt_report_value(k.value, a.atttypid::regtype,
                                   t IN ('rates', 'region_shares', 'segments') AND k.key IN ('rate', 'share', 'low', 'high'),
                                   format('$.%s[%s].%s', t, e.ord - 1, k.key)) END)
                 || CASE WHEN t IN ('regions', 'markets') THEN '{}' ELSE jsonb_build_object('market', m) END AS r
          FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
          CROSS JOIN LATERAL jsonb_each(e.r) k
          JOIN pg_attribute a ON a.attrelid = rel AND a.attname = k.key AND a.attnum > 0 AND NOT a.attisdropped
          GROUP BY e.ord) x;
    RETURN res;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_rows(jsonb, text, text) IS
'Internal to gpumkt_load_report: the rows of table t of a report, each key a column, each value checked and converted (gpumkt_report_value), with market m added; errors (22023, 22P02) naming the JSON path of the first element refused.';

-- The region code a report's value stands for: a code the report adds
-- (in added), an existing code, or a name gpumkt_resolve_region knows.
CREATE FUNCTION @extschema@.gpumkt_report_region(v text, added jsonb, path text)
    RETURNS text LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF v IS NULL OR added ? v OR EXISTS (SELECT FROM @extschema@.gpumkt_regions r WHERE r.region = v) THEN
        RETURN v;
    END IF;
    RETURN @extschema@.gpumkt_resolve_region(v);
EXCEPTION WHEN invalid_parameter_value THEN
    RAISE EXCEPTION 'unrecognized region at %: "%"', path, v
        USING ERRCODE = '22023', DETAIL = SQLERRM,
              HINT = 'Name a region by its code, name or ISO code, or add it under $.regions.';
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_region(text, jsonb, text) IS
'Internal to gpumkt_load_report: the region code that v stands for (a code the report adds, an existing code, or a name as gpumkt_resolve_region reads it); errors (22023) naming path.';

-- rows with the region columns cols resolved (gpumkt_report_region)
CREATE FUNCTION @extschema@.gpumkt_report_resolve(rows jsonb, t text, cols text[], added jsonb)
    RETURNS jsonb LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN (SELECT coalesce(jsonb_agg(
                (SELECT coalesce(jsonb_object_agg(k.key,
                        CASE WHEN k.key = ANY (cols) AND jsonb_typeof(k.value) = 'string'
                                  AND NOT added ? (k.value #>> '{}')
                                  AND NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = k.value #>> '{}')
                             THEN to_jsonb(@extschema@.gpumkt_report_region(k.value #>> '{}', added,
                                               format('$.%s[%s].%s', t, e.ord - 1, k.key)))
                             ELSE k.value END), '{}')
                 FROM jsonb_each(e.r) k) ORDER BY e.ord), '[]')
            FROM jsonb_array_elements(rows) WITH ORDINALITY e(r, ord));
COMMENT ON FUNCTION @extschema@.gpumkt_report_resolve(jsonb, text, text[], jsonb) IS
'Internal to gpumkt_load_report: the rows of table t with the region columns cols turned into region codes (gpumkt_report_region).';

CREATE FUNCTION @extschema@.gpumkt_load_report(doc jsonb, replace boolean DEFAULT false,
        OUT tab text, OUT loaded integer)
    RETURNS SETOF record LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tables constant text[] := ARRAY['regions', 'markets', 'dimensions', 'segments', 'anchors', 'rates',
                                    'region_shares', 'players', 'developments', 'figures'];
    regcols constant jsonb := '{"regions": ["parent"], "markets": ["root_region"], "anchors": ["region"],
        "rates": ["region"], "region_shares": ["region", "of_region"], "players": ["hq_region"],
        "figures": ["region"]}';
    m text;
    t text;
    rows jsonb := '{}';
    added jsonb;
    bad record;
    n integer;
    cols text;
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'report at $ is not a JSON object'
            USING ERRCODE = '22023', HINT = 'A report is one object: {"format": "gpumkt report, version 1", "markets": [...], ...}.';
    END IF;
    IF NOT doc ? 'format' THEN
        RAISE EXCEPTION 'missing required field at $.format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    ELSIF doc -> 'format' IS DISTINCT FROM '"gpumkt report, version 1"' THEN
        RAISE EXCEPTION 'unrecognized report format at $.format: %', doc -> 'format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND NOT k = ANY (tables) ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'unrecognized key at $.%', t
            USING ERRCODE = '22023', HINT = 'The keys of a report are format, regions, markets, anchors, rates, region_shares, dimensions, segments, players, developments and figures.';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND jsonb_typeof(doc -> k) <> 'array' ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'report table at $.% is not a JSON list', t
            USING ERRCODE = '22023', HINT = 'Each table is a list of row objects.';
    END IF;
    IF jsonb_array_length(coalesce(doc -> 'markets', '[]')) <> 1 THEN
        RAISE EXCEPTION 'report at $.markets holds % markets', jsonb_array_length(coalesce(doc -> 'markets', '[]'))
            USING ERRCODE = '22023', HINT = 'A report holds exactly one market: load several reports one by one.';
    END IF;
    rows := jsonb_build_object('markets', @extschema@.gpumkt_report_rows(doc, 'markets', NULL));
    m := rows #>> '{markets,0,market}';
    IF m !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid market code at $.markets[0].market: "%"', m
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as my_gpu_clusters.';
    END IF;
    IF NOT coalesce(replace, false) AND EXISTS (SELECT FROM @extschema@.gpumkt_markets k WHERE k.market = m) THEN
        RAISE EXCEPTION 'market at $.markets[0].market exists: "%"', m
            USING ERRCODE = '22023', HINT = 'Load it under another code, or pass replace => true to replace its rows.';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        CONTINUE WHEN t = 'markets';
        rows := rows || jsonb_build_object(t, CASE WHEN doc ? t THEN @extschema@.gpumkt_report_rows(doc, t, m) ELSE '[]' END);
    END LOOP;
    -- the regions the report adds, and those it repeats (with the same parent)
    SELECT e.ord - 1 AS i, e.r ->> 'region' AS code INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    WHERE e.r ->> 'region' !~ '^[a-z][a-z0-9_]{0,62}$' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid region code at $.regions[%].region: "%"', bad.i, bad.code
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as north_america.';
    END IF;
    SELECT coalesce(jsonb_object_agg(e.r ->> 'region', true), '{}') INTO added
    FROM jsonb_array_elements(rows -> 'regions') e(r)
    WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = e.r ->> 'region');
    FOR t IN SELECT jsonb_object_keys(regcols) LOOP
        rows := jsonb_set(rows, ARRAY[t], @extschema@.gpumkt_report_resolve(rows -> t, t,
                    ARRAY(SELECT jsonb_array_elements_text(regcols -> t)), added));
    END LOOP;
    SELECT e.ord - 1 AS i, g.region, g.parent INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    JOIN @extschema@.gpumkt_regions g ON g.region = e.r ->> 'region'
    WHERE g.parent IS DISTINCT FROM e.r ->> 'parent' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent differs from the existing region "%"', bad.i, bad.region
            USING ERRCODE = '22023', DETAIL = format('Region %s lies in %s.', bad.region, coalesce(bad.parent, 'nothing (it is the world)')),
                  HINT = 'Give an existing region its parent, or add a region under a code of its own.';
    END IF;
    -- a parent chain that loops: a region the report adds that no chain from
    -- an existing region (or the world) reaches
    WITH RECURSIVE nr AS MATERIALIZED (
        SELECT x.ord, x.region, x.parent
        FROM (SELECT e.ord, e.r ->> 'region' AS region, e.r ->> 'parent' AS parent
              FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)) x
        WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = x.region)),
    reached AS (
        SELECT nr.region FROM nr WHERE nr.parent IS NULL OR nr.parent NOT IN (SELECT n2.region FROM nr n2)
        UNION
        SELECT nr.region FROM nr JOIN reached ON nr.parent = reached.region)
    SELECT nr.ord - 1 AS i, nr.region INTO bad FROM nr
    WHERE nr.region NOT IN (SELECT reached.region FROM reached) ORDER BY nr.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent has a parent chain that loops back to "%"', bad.i, bad.region
            USING ERRCODE = '22023', HINT = 'Every chain of parents ends at the world region (global).';
    END IF;
    -- figures the tables' rules would refuse, refused here with their path
    SELECT e.ord - 1 AS i, e.r ->> 'value' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'anchors') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'value')::numeric <= 0 ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report anchor at $.anchors[%].value is not above 0: %', bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'A market size is above 0, in the market''s unit.';
    END IF;
    SELECT e.ord - 1 AS i, e.r ->> 'rate' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'rates') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'rate')::numeric <= -1
       OR ((e.r ->> 'rate')::numeric > 1 AND (e.r -> 'exceptional') IS DISTINCT FROM 'true')
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report rate at $.rates[%].rate is outside (-1, 1]: %', bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'A rate of 12 means 1,200 %: write 0.12 for 12 %.';
    END IF;
    SELECT x.t, x.i, x.v INTO bad FROM (
        SELECT 'region_shares' AS t, e.ord - 1 AS i, e.r ->> 'share' AS v, e.ord
        FROM jsonb_array_elements(rows -> 'region_shares') WITH ORDINALITY e(r, ord)
        UNION ALL
        SELECT 'segments', e.ord - 1, e.r ->> 'share', e.ord + 1e9
        FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)) x
    WHERE x.v::numeric <= 0 OR x.v::numeric > 1 ORDER BY x.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report share at $.%[%].share is outside (0, 1]: %', bad.t, bad.i, bad.v
            USING ERRCODE = '22023', HINT = 'Shares are fractions: write 0.365 or "36.5 %" for 36.5 %.';
    END IF;
    SELECT min(e.ord) - 1 AS i, e.r ->> 'dimension' AS d, sum((e.r ->> 'share')::numeric) AS s INTO bad
    FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)
    GROUP BY e.r ->> 'dimension', e.r ->> 'year'
    HAVING sum((e.r ->> 'share')::numeric) > 1 ORDER BY 1 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report segments of dimension "%" at $.segments[%] add up to % %%, above 100 %%', bad.d, bad.i, bad.s * 100
            USING ERRCODE = '22023', HINT = 'The shares of one dimension in one year add up to at most 1 (100 %).';
    END IF;
    -- write: one subtransaction, whose failure leaves nothing written
    BEGIN
        IF replace THEN
            DELETE FROM @extschema@.gpumkt_developments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_players x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_segments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_dimensions x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_figures x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_region_shares x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_rates x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_anchors x WHERE x.market = m;
        END IF;
        FOREACH t IN ARRAY tables LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
            FROM pg_attribute a
            WHERE a.attrelid = format('@extschema@.%I', 'gpumkt_' || t)::regclass AND a.attnum > 0
              AND NOT a.attisdropped AND a.attname <> 'shipped'
              AND EXISTS (SELECT FROM jsonb_array_elements(rows -> t) e WHERE e ? a.attname);
            IF t = 'regions' AND cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.gpumkt_regions (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_regions, $1) x WHERE $2 ? x.region', cols, cols)
                USING rows -> t, added;
            ELSIF t = 'markets' THEN
                -- replace: the columns the report leaves out take their default
                EXECUTE format('INSERT INTO @extschema@.gpumkt_markets AS k (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_markets, $1) ON CONFLICT (market) DO UPDATE SET (%s) = ROW(%s)',
                               cols, cols,
                               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')),
                               (SELECT string_agg('EXCLUDED.' || quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')))
                USING rows -> t;
            ELSIF cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.%I (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.%I, $1)',
                               'gpumkt_' || t, cols, cols, 'gpumkt_' || t)
                USING rows -> t;
            END IF;
            GET DIAGNOSTICS n = ROW_COUNT;
            tab := t;
            loaded := coalesce(n, 0);
            IF cols IS NULL THEN
                loaded := 0;
            END IF;
            RETURN NEXT;
        END LOOP;
    EXCEPTION WHEN integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS cols = CONSTRAINT_NAME, t = TABLE_NAME;
        RAISE EXCEPTION 'report breaks rule % of table %', cols, t
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'docs/reference.md, "Integrity rules", says what each rule asks; nothing was loaded.';
    END;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_load_report(jsonb, boolean) IS
'Loads one report (docs/report-format.md: the shipped data file''s format) in one statement, everything or nothing, as users'' rows, and returns the rows loaded per table. Regions by code, name or ISO code; rates and shares as fractions or strings such as "17.0 %"; numbers as strings such as "6,01", keeping their digits. Refuses (22023, with the JSON path of the element and a hint) an unknown key, a missing field, a year outside 1900..2200, a rate at or below -1 or above 1, a share outside (0, 1], a dimension above 100 %, a parent chain that loops, a market that exists (unless replace, which replaces its rows), NaN or Infinity; text where a number belongs is 22P02.';

-- The rows of one table of market m for a report: every column but market
-- and shipped, NULLs left out; a shipped figure stated plainly gets its
-- rounding interval as low and high, so that a copy has the same ranges.
CREATE FUNCTION @extschema@.gpumkt_export_rows(m text, t text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    res jsonb;
    val text := CASE t WHEN 'anchors' THEN 'value' WHEN 'rates' THEN 'rate' ELSE 'share' END;
    lim text := CASE t WHEN 'anchors' THEN '0, ''Infinity''::numeric' WHEN 'rates' THEN '-1, ''Infinity''::numeric' ELSE '0, 1' END;
BEGIN
    IF t IN ('anchors', 'rates', 'region_shares', 'segments') THEN
        EXECUTE format(
            'SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(x) - ''market'' - ''shipped''
                 || CASE WHEN x.shipped AND x.%1$I IS NOT NULL AND x.low IS NULL AND x.high IS NULL
                              AND (x.qualifier IS NULL OR x.qualifier = ''about'')
                         THEN jsonb_build_object(
                              ''low'', greatest(x.%1$I - 0.5 * 10::numeric ^ (-scale(x.%1$I)), l.lo),
                              ''high'', least(x.%1$I + 0.5 * 10::numeric ^ (-scale(x.%1$I)), l.hi))
                         ELSE ''{}'' END) ORDER BY %3$s), ''[]'')
             FROM (SELECT *, %4$s FROM @extschema@.%2$I) x, (VALUES (%5$s)) l(lo, hi)
             WHERE x.market = $1',
            val, 'gpumkt_' || t,
            CASE t WHEN 'anchors' THEN 'x.region, x.year' WHEN 'rates' THEN 'x.region, x.from_year NULLS FIRST, x.to_year'
                   WHEN 'region_shares' THEN 'x.region, x.year' ELSE 'x.dimension, x.ordinal, x.segment' END,
            CASE WHEN t = 'segments' THEN 'NULL::text AS qualifier' ELSE 'NULL AS _' END, lim)
        INTO res USING m;
    ELSE
        EXECUTE format(
            'SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(x) - ''market'' - ''shipped'') ORDER BY %s), ''[]'')
             FROM @extschema@.%I x WHERE x.market = $1',
            CASE t WHEN 'dimensions' THEN 'x.ordinal, x.dimension' WHEN 'players' THEN 'x.listed_order, x.player'
                   WHEN 'developments' THEN 'x.month, x.development' WHEN 'figures' THEN 'x.figure' ELSE '1' END,
            'gpumkt_' || t)
        INTO res USING m;
    END IF;
    RETURN res;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_export_rows(text, text) IS
'Internal to gpumkt_export_report: the rows of table t of market m as report rows (no market, no shipped, no NULLs); a shipped figure stated plainly gets its rounding interval as low and high.';

CREATE FUNCTION @extschema@.gpumkt_export_report(market text)
    RETURNS jsonb LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc jsonb;
    t text;
BEGIN
    SELECT jsonb_build_object('format', 'gpumkt report, version 1',
               'markets', jsonb_build_array(jsonb_strip_nulls(to_jsonb(k) - 'shipped')))
    INTO doc FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market;
    IF doc IS NULL THEN
        RAISE EXCEPTION 'unrecognized market "%"', market
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    -- the regions the market names, with every region above them
    doc := doc || jsonb_build_object('regions', (
        WITH RECURSIVE used AS (
            SELECT k.root_region AS region FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market
            UNION SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = gpumkt_export_report.market
            UNION SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = gpumkt_export_report.market
            UNION SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT s.of_region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT p.hq_region FROM @extschema@.gpumkt_players p WHERE p.market = gpumkt_export_report.market AND p.hq_region IS NOT NULL
            UNION SELECT f.region FROM @extschema@.gpumkt_figures f WHERE f.market = gpumkt_export_report.market AND f.region IS NOT NULL),
        up AS (
            SELECT g.region, g.parent, 0 AS depth FROM @extschema@.gpumkt_regions g JOIN used u ON u.region = g.region
            UNION
            SELECT g.region, g.parent, up.depth + 1 FROM @extschema@.gpumkt_regions g JOIN up ON g.region = up.parent),
        lvl AS (SELECT region, max(depth) AS depth FROM up GROUP BY region)
        SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(g) - 'shipped') ORDER BY l.depth DESC, g.region), '[]')
        FROM lvl l JOIN @extschema@.gpumkt_regions g ON g.region = l.region));
    FOREACH t IN ARRAY ARRAY['anchors', 'rates', 'region_shares', 'dimensions', 'segments', 'players', 'developments', 'figures'] LOOP
        doc := doc || jsonb_build_object(t, @extschema@.gpumkt_export_rows(market, t));
    END LOOP;
    RETURN doc;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_export_report(text) IS
'The report of market as one JSON document in the format gpumkt_load_report reads (docs/report-format.md): the market, the regions it names with those above them, and every row of its figures, rates and shares as fractions with their stated digits. A shipped figure stated plainly gets its rounding interval as low and high, so that a copy loaded under another code has the same ranges.';
------------------------------------------------------------------------------
-- Units, currencies and real terms; consensus across reports; regions that
-- add up (1.4)
------------------------------------------------------------------------------

-- Users' tables of exchange rates and price indices: every row is a user's
-- (nothing ships), so pg_dump writes them all.
CREATE TABLE @extschema@.gpumkt_exchange_rates (
    currency    text NOT NULL CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    year        integer NOT NULL CHECK (year >= 1900 AND year <= 2200),
    per_usd     numeric NOT NULL CHECK (per_usd > 0 AND per_usd <= 1e300),
    source      text,
    PRIMARY KEY (currency, year),
    CHECK (currency <> 'USD' OR per_usd = 1)
);
COMMENT ON TABLE @extschema@.gpumkt_exchange_rates IS
'Users'' exchange rates: units of a currency per US dollar, the average of a calendar year; gpumkt_convert goes through the US dollar. Nothing ships: add the rates your reports need. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.currency IS 'The currency: an ISO 4217 code in capitals (EUR, JPY).';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.year IS 'The calendar year (1900..2200) the rate is the average of.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.per_usd IS 'Units of the currency per US dollar, above 0 (0.92 for EUR: 1 USD = 0.92 EUR); 1 for USD, which needs no row.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.source IS 'Where the rate comes from (a central bank''s series, a report''s stated rate).';

CREATE TABLE @extschema@.gpumkt_price_indices (
    currency    text NOT NULL CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    year        integer NOT NULL CHECK (year >= 1900 AND year <= 2200),
    index       numeric NOT NULL CHECK (index > 0 AND index <= 1e300),
    source      text,
    PRIMARY KEY (currency, year)
);
COMMENT ON TABLE @extschema@.gpumkt_price_indices IS
'Users'' price indices (a deflator or consumer price index, any base) of a currency by year: gpumkt_convert(..., real_base_year => b) gives value x index(b) / index(year) in the target currency. Nothing ships. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.currency IS 'The currency whose prices the index measures: an ISO 4217 code in capitals.';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.year IS 'The calendar year (1900..2200).';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.index IS 'The price level of the year, above 0, on any base (only ratios of one currency''s indices are used).';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.source IS 'Where the index comes from.';

-- (who may read and write them: 91_rights_14.sql)

CREATE FUNCTION @extschema@.gpumkt_unit_factor(unit text) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    CASE lower(unit)
        WHEN 'unit' THEN RETURN 1;
        WHEN 'thousand' THEN RETURN 1e3;
        WHEN 'million' THEN RETURN 1e6;
        WHEN 'billion' THEN RETURN 1e9;
        WHEN 'trillion' THEN RETURN 1e12;
        ELSE
            RAISE EXCEPTION 'unrecognized unit "%"', unit
                USING ERRCODE = '22023', HINT = 'The units are unit, thousand, million, billion and trillion.';
    END CASE;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_unit_factor(text) IS
'The number of units a unit stands for: unit 1, thousand 1e3, million 1e6, billion 1e9, trillion 1e12 (any case); errors (22023) on another word.';

CREATE FUNCTION @extschema@.gpumkt_convert(value numeric, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    fc text := upper(from_currency);
    tc text := upper(to_currency);
    r_from numeric := 1;
    r_to numeric := 1;
    i_base numeric;
    i_year numeric;
    v numeric;
BEGIN
    IF value IS NULL OR year IS NULL OR fc IS NULL OR tc IS NULL OR from_unit IS NULL OR to_unit IS NULL THEN
        RETURN NULL;
    END IF;
    IF value IN ('NaN', 'Infinity', '-Infinity') THEN
        RAISE EXCEPTION 'value % of gpumkt_convert is not a finite number', value
            USING ERRCODE = '22023', HINT = 'Pass a finite amount.';
    END IF;
    IF fc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid from_currency "%" of gpumkt_convert', from_currency
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    IF tc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid to_currency "%" of gpumkt_convert', to_currency
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    v := value * @extschema@.gpumkt_unit_factor(from_unit) / @extschema@.gpumkt_unit_factor(to_unit);
    IF fc <> tc THEN
        IF fc <> 'USD' THEN
            SELECT x.per_usd INTO r_from FROM @extschema@.gpumkt_exchange_rates x
            WHERE x.currency = fc AND x.year = gpumkt_convert.year;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no exchange rate of % in %', fc, year
                    USING ERRCODE = '02000',
                          HINT = format('Add a row (%s, %s, units of %s per US dollar) to gpumkt_exchange_rates.', fc, year, fc);
            END IF;
        END IF;
        IF tc <> 'USD' THEN
            SELECT x.per_usd INTO r_to FROM @extschema@.gpumkt_exchange_rates x
            WHERE x.currency = tc AND x.year = gpumkt_convert.year;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no exchange rate of % in %', tc, year
                    USING ERRCODE = '02000',
                          HINT = format('Add a row (%s, %s, units of %s per US dollar) to gpumkt_exchange_rates.', tc, year, tc);
            END IF;
        END IF;
        v := v / r_from * r_to;
    END IF;
    IF real_base_year IS NOT NULL AND real_base_year <> year THEN
        SELECT p.index INTO i_base FROM @extschema@.gpumkt_price_indices p
        WHERE p.currency = tc AND p.year = real_base_year;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no price index of % in %', tc, real_base_year
                USING ERRCODE = '02000',
                      HINT = format('Add a row (%s, %s, the price level) to gpumkt_price_indices.', tc, real_base_year);
        END IF;
        SELECT p.index INTO i_year FROM @extschema@.gpumkt_price_indices p
        WHERE p.currency = tc AND p.year = gpumkt_convert.year;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no price index of % in %', tc, year
                USING ERRCODE = '02000',
                      HINT = format('Add a row (%s, %s, the price level) to gpumkt_price_indices.', tc, year);
        END IF;
        v := v * i_base / i_year;
    END IF;
    RETURN trim_scale(v);
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit or a currency that is no three-letter code errors (22023). NULL where value, year, a currency or a unit is NULL.';

CREATE FUNCTION @extschema@.gpumkt_convert(value double precision, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year)::double precision;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(double precision, integer, text, text, text, text, integer) IS
'The double precision form of gpumkt_convert: computed in numeric, returned as double precision (NaN and infinities error, 22023).';

CREATE FUNCTION @extschema@.gpumkt_convert(value integer, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year);
COMMENT ON FUNCTION @extschema@.gpumkt_convert(integer, integer, text, text, text, text, integer) IS
'gpumkt_convert of an integer value, in numeric (so that an integer literal does not pick the double precision form).';

CREATE FUNCTION @extschema@.gpumkt_convert(value bigint, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year);
COMMENT ON FUNCTION @extschema@.gpumkt_convert(bigint, integer, text, text, text, text, integer) IS
'gpumkt_convert of a bigint value, in numeric (so that a bigint does not pick the double precision form).';

-- Consensus across the reports of a topic: every market of the topic with a
-- figure for the region (and segment) in the calendar year, in one currency,
-- unit and price basis.  A report on fiscal years ending in month m <> 12
-- (FY y runs from month m + 1 of y - 1 to month m of y) is calendarised as
-- (m/12) FY(y) + ((12 - m)/12) FY(y + 1): calendar year y holds m months of
-- FY y and 12 - m months of FY y + 1, each spread evenly over its fiscal
-- year (docs/method.md).  The calendarised figure is then converted at the
-- rates of calendar year y.
CREATE FUNCTION @extschema@.gpumkt_consensus(topic text, region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL,
        OUT sources integer, OUT mean numeric, OUT median numeric, OUT low numeric, OUT high numeric,
        OUT spread numeric, OUT markets text[], OUT outliers text[])
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    mk record;
    f1 numeric;
    f2 numeric;
    v numeric;
    vals numeric[] := '{}';
    names text[] := '{}';
    s numeric[];
    n integer;
BEGIN
    IF topic IS NULL OR region IS NULL OR year IS NULL OR currency IS NULL OR unit IS NULL THEN
        RAISE EXCEPTION 'arguments topic, region, year, currency and unit of gpumkt_consensus must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out dimension, segment and real_base_year where they do not apply.';
    END IF;
    IF (dimension IS NULL) <> (segment IS NULL) THEN
        RAISE EXCEPTION 'arguments dimension and segment of gpumkt_consensus go together'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment, neither for the whole market.';
    END IF;
    IF upper(currency) !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid currency "%" of gpumkt_consensus', currency
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    PERFORM @extschema@.gpumkt_unit_factor(unit);
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.topic = gpumkt_consensus.topic) THEN
        RAISE EXCEPTION 'unrecognized topic "%" of gpumkt_consensus', topic
            USING ERRCODE = '22023', HINT = 'The topics are in the column topic of gpumkt_markets.';
    END IF;
    FOR mk IN
        SELECT m.market, m.currency, m.unit, m.fiscal_year_end FROM @extschema@.gpumkt_markets m
        WHERE m.topic = gpumkt_consensus.topic
          -- with a segment: the markets that have it (code, name or French name)
          AND (gpumkt_consensus.dimension IS NULL OR EXISTS (
                SELECT FROM @extschema@.gpumkt_dimensions d JOIN @extschema@.gpumkt_segments g
                    ON g.market = d.market AND g.dimension = d.dimension
                WHERE d.market = m.market
                  AND @extschema@.gpumkt_name_key(gpumkt_consensus.dimension) IN
                      (@extschema@.gpumkt_name_key(d.dimension), @extschema@.gpumkt_name_key(d.name),
                       @extschema@.gpumkt_name_key(d.name_fr))
                  AND @extschema@.gpumkt_name_key(gpumkt_consensus.segment) IN
                      (@extschema@.gpumkt_name_key(g.segment), @extschema@.gpumkt_name_key(g.name),
                       @extschema@.gpumkt_name_key(g.name_fr))))
        ORDER BY m.market
    LOOP
        IF dimension IS NULL THEN
            f1 := @extschema@.gpumkt_try_forecast(region, year, mk.market);
            f2 := CASE WHEN mk.fiscal_year_end <> 12 THEN @extschema@.gpumkt_try_forecast(region, year + 1, mk.market) END;
        ELSE
            f1 := @extschema@.gpumkt_try_forecast(region, year, dimension, segment, mk.market);
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, dimension, segment, mk.market) END;
        END IF;
        CONTINUE WHEN f1 IS NULL OR (mk.fiscal_year_end <> 12 AND f2 IS NULL);
        IF lower(mk.unit) NOT IN ('unit', 'thousand', 'million', 'billion', 'trillion') THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its unit as "%", which gpumkt cannot convert', mk.market, topic, mk.unit
                USING ERRCODE = '22023', HINT = 'Set gpumkt_markets.unit of that market to unit, thousand, million, billion or trillion.';
        END IF;
        IF upper(mk.currency) !~ '^[A-Z]{3}$' THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its currency as "%", which is no ISO 4217 code', mk.market, topic, mk.currency
                USING ERRCODE = '22023', HINT = 'Set gpumkt_markets.currency of that market to a code such as USD or EUR.';
        END IF;
        v := CASE WHEN mk.fiscal_year_end = 12 THEN f1
                  ELSE (mk.fiscal_year_end * f1 + (12 - mk.fiscal_year_end) * f2) / 12 END;
        v := @extschema@.gpumkt_convert(v, year, mk.currency, currency, mk.unit, unit, real_base_year);
        vals := vals || v;
        names := names || mk.market;
    END LOOP;
    n := cardinality(vals);
    sources := n;
    markets := names;
    outliers := '{}';
    IF n = 0 THEN
        RETURN;
    END IF;
    SELECT array_agg(x ORDER BY x), trim_scale(avg(x)) INTO s, mean FROM unnest(vals) x;
    median := CASE WHEN n % 2 = 1 THEN s[(n + 1) / 2] ELSE trim_scale((s[n / 2] + s[n / 2 + 1]) / 2) END;
    low := s[1];
    high := s[n];
    spread := high - low;
    SELECT coalesce(array_agg(u.m ORDER BY u.m), '{}') INTO outliers
    FROM unnest(vals, names) u(x, m) WHERE u.x < median / 2 OR u.x > median * 2;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_consensus(text, text, integer, text, text, text, text, integer) IS
'The reports of topic side by side: every market of the topic (gpumkt_markets.topic) with a figure for region (and segment) in calendar year year (a report on fiscal years ending in month m <> 12 as (m/12) FY(year) + ((12 - m)/12) FY(year + 1)), converted by gpumkt_convert to currency and unit (in the prices of real_base_year if given): their number, mean, median, lowest, highest, spread (highest - lowest), the markets counted and the outliers (outside [median/2, median x 2]). No source: sources 0, the figures NULL. Errors (22023) on an unrecognized topic or unit, (02000) on a missing exchange rate or price index.';

CREATE FUNCTION @extschema@.gpumkt_consensus_series(topic text, region text, from_year integer, to_year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL)
    RETURNS TABLE (year integer, sources integer, mean numeric, median numeric, low numeric, high numeric,
                   spread numeric, markets text[], outliers text[])
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 11
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF from_year IS NULL OR to_year IS NULL OR to_year < from_year OR to_year - from_year >= 10000 THEN
        RAISE EXCEPTION 'years % to % of gpumkt_consensus_series are no range of at most 10,000 years', from_year, to_year
            USING ERRCODE = '22023', HINT = 'Pass from_year no later than to_year.';
    END IF;
    RETURN QUERY
        SELECT g.y, c.sources, c.mean, c.median, c.low, c.high, c.spread, c.markets, c.outliers
        FROM generate_series(from_year, to_year) AS g(y)
        CROSS JOIN LATERAL @extschema@.gpumkt_consensus(topic, region, g.y, dimension, segment,
                                                        currency, unit, real_base_year) AS c
        ORDER BY g.y;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_consensus_series(text, text, integer, integer, text, text, text, text, integer) IS
'gpumkt_consensus year by year, from_year to to_year (at most 10,000 years; 22023 otherwise): one row a year.';

-- Regions that add up: every region with a forecast, its parent the nearest
-- region above it with one; the children of a parent are the regions whose
-- parent it is (groups, which overlap their siblings, are scaled with them
-- but do not count in the sum).  With S the sum of a parent p's children's
-- forecasts and R(p) p's reconciled figure, a child c gets
--   top_down:     f(c) x R(p) / S where S > R(p), f(c) otherwise;
--   proportional: f(c) x R(p) / max(f(p), S): also carries p's own scaling
--                 down to its children, so they keep their shares of it;
--   bottom_up:    children unchanged, p raised to max(f(p), sum of its
--                 children's reconciled figures), from the deepest up.
-- (docs/method.md)
CREATE FUNCTION @extschema@.gpumkt_reconcile(market text, year integer, method text DEFAULT 'top_down',
        scenario text DEFAULT NULL)
    RETURNS TABLE (region text, parent text, forecast numeric, reconciled numeric, adjustment numeric)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 10
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    codes text[];
    pars integer[];
    fc numeric[];
    counted boolean[];
    famsum numeric[];
    rec numeric[];
    csum numeric[];
    n integer;
    p integer;
BEGIN
    IF market IS NULL OR year IS NULL OR method IS NULL THEN
        RAISE EXCEPTION 'arguments market, year and method of gpumkt_reconcile must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out scenario for the market as it is.';
    END IF;
    IF method NOT IN ('top_down', 'bottom_up', 'proportional') THEN
        RAISE EXCEPTION 'unrecognized method "%" of gpumkt_reconcile', method
            USING ERRCODE = '22023', HINT = 'The methods are top_down, bottom_up and proportional.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_reconcile.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', market
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    WITH RECURSIVE tree(region, parent, kind, depth) AS (
        SELECT r.region, r.parent, r.kind, 0 FROM @extschema@.gpumkt_regions r WHERE r.parent IS NULL
        UNION ALL
        SELECT r.region, r.parent, r.kind, t.depth + 1
        FROM @extschema@.gpumkt_regions r JOIN tree t ON r.parent = t.region
    ), f AS (
        SELECT t.region, t.parent, t.kind, t.depth,
               CASE WHEN gpumkt_reconcile.scenario IS NULL
                    THEN @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year, gpumkt_reconcile.market)
                    ELSE @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year,
                             gpumkt_reconcile.scenario::@extschema@.gpumkt_scenario, gpumkt_reconcile.market) END AS v
        FROM tree t
    ), up(region, anc) AS (
        SELECT f.region, f.parent FROM f WHERE f.v IS NOT NULL
        UNION ALL
        SELECT u.region, f.parent FROM up u JOIN f ON f.region = u.anc WHERE f.v IS NULL
    ), q AS (
        SELECT f.region, f.kind, f.v, u.anc, row_number() OVER (ORDER BY f.depth, f.region) AS idx
        FROM f JOIN up u ON u.region = f.region
        LEFT JOIN f a ON a.region = u.anc
        WHERE f.v IS NOT NULL AND (u.anc IS NULL OR a.v IS NOT NULL)
    ), qp AS (
        SELECT q.*, pq.idx AS pidx FROM q LEFT JOIN q pq ON pq.region = q.anc
    ), s AS (
        SELECT qp.pidx, sum(qp.v) FILTER (WHERE qp.kind <> 'group') AS fsum FROM qp GROUP BY qp.pidx
    )
    SELECT array_agg(qp.region ORDER BY qp.idx), array_agg(qp.pidx::integer ORDER BY qp.idx),
           array_agg(qp.v ORDER BY qp.idx), array_agg(qp.kind <> 'group' ORDER BY qp.idx),
           array_agg(coalesce(s.fsum, 0) ORDER BY qp.idx)
    INTO codes, pars, fc, counted, famsum
    FROM qp LEFT JOIN s ON s.pidx = qp.idx;
    n := coalesce(cardinality(codes), 0);
    rec := fc;
    IF method = 'bottom_up' THEN
        csum := array_fill(0::numeric, ARRAY[n]);
        FOR i IN REVERSE n..1 LOOP
            rec[i] := greatest(fc[i], csum[i]);
            IF pars[i] IS NOT NULL AND counted[i] THEN
                csum[pars[i]] := csum[pars[i]] + rec[i];
            END IF;
        END LOOP;
    ELSE
        FOR i IN 1..n LOOP
            p := pars[i];
            CONTINUE WHEN p IS NULL;
            IF method = 'top_down' THEN
                rec[i] := CASE WHEN famsum[p] > rec[p] THEN fc[i] * rec[p] / famsum[p] ELSE fc[i] END;
            ELSE
                rec[i] := fc[i] * rec[p] / greatest(fc[p], famsum[p]);
            END IF;
        END LOOP;
    END IF;
    RETURN QUERY
        SELECT codes[i], codes[pars[i]], fc[i], trim_scale(rec[i]), trim_scale(rec[i] - fc[i])
        FROM generate_subscripts(codes, 1) AS i ORDER BY i;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_reconcile(text, integer, text, text) IS
'Regions that add up: one row per region with a forecast of market in year (in scenario if given): its parent (the nearest region above it with a forecast), its forecast, its reconciled figure and the adjustment (reconciled - forecast). top_down scales the children of a parent down in proportion where their sum exceeds it; proportional also carries a parent''s scaling down to its children; bottom_up raises a parent to the sum of its children where below. Coherent families are unchanged; groups are scaled with their siblings but not summed. Errors (22023) on an unrecognized method or market.';
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
        RAISE EXCEPTION 'unrecognized market "%"', $6
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                (SELECT string_agg(m.market, ', ' ORDER BY m.market)
                                 FROM @extschema@.gpumkt_markets m));
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
        RAISE EXCEPTION 'unrecognized market "%"', $4
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                (SELECT string_agg(m.market, ', ' ORDER BY m.market)
                                 FROM @extschema@.gpumkt_markets m));
    END IF;
    SELECT d.name INTO dim_name FROM @extschema@.gpumkt_dimensions d
    WHERE d.market = $4 AND d.dimension = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized dimension "%" of market "%"', $1, $4
            USING ERRCODE = '22023',
                  HINT = format('Known dimensions: %s.',
                                coalesce((SELECT string_agg(d.dimension, ', ' ORDER BY d.ordinal, d.dimension)
                                          FROM @extschema@.gpumkt_dimensions d WHERE d.market = $4), 'none'));
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
------------------------------------------------------------------------------
-- Who may write the tables of 1.4: scenarios, exchange rates, price indices
------------------------------------------------------------------------------

-- Users' rows only: everyone reads them; the role that creates the
-- extension and the database's owner write them and may grant that, as
-- for the tables of 1.3 (90_rights.sql); pg_dump writes every row.
GRANT SELECT ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
    @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
    @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO @extowner@ WITH GRANT OPTION;
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
             @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO %I WITH GRANT OPTION', dba);
END
$$;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_scenarios', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_scenario_changes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_exchange_rates', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_price_indices', '');

-- A role listed in gpumkt_writers writes the scenarios of its markets only,
-- and their changes (whose market gpumkt_changes_market fills in first).
-- After 90_rights.sql, which makes the trigger function.
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenarios
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenario_changes
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
------------------------------------------------------------------------------
-- Exponential smoothing of users' own series (1.4, issue 13): the aggregate
-- gpumkt_ets fits the additive-error ETS models (ANN, AAN, AAdN, ANA, AAA,
-- AAdA; Hyndman, Koehler, Ord and Snyder 2008) by maximum likelihood and
-- chooses one by AICc; a gpumkt_ets_model holds the fit, and
-- gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and
-- gpumkt_model_info read it.  See docs/method.md, "Exponential smoothing".
------------------------------------------------------------------------------

CREATE TYPE @extschema@.gpumkt_ets_model;

CREATE FUNCTION @extschema@.gpumkt_ets_model_in(cstring) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_in(cstring) IS
'Text input of gpumkt_ets_model: the text a model prints (every model the aggregate makes reads back identically); anything else, or a model with a field out of range, is SQLSTATE 22P02.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) IS
'Text output of gpumkt_ets_model: ets(v1,KIND,t=...,...,season={...},fitted={...}), every number to 17 significant digits so that it reads back exactly.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_recv(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_recv(internal) IS
'Binary input of gpumkt_ets_model (version 1); a malformed or out-of-range model is SQLSTATE 22P03.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) IS
'Binary output of gpumkt_ets_model (version 1): the fixed fields in network order, then the seasonal states and the fitted values.';

CREATE TYPE @extschema@.gpumkt_ets_model (
    INPUT = @extschema@.gpumkt_ets_model_in,
    OUTPUT = @extschema@.gpumkt_ets_model_out,
    RECEIVE = @extschema@.gpumkt_ets_model_recv,
    SEND = @extschema@.gpumkt_ets_model_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.gpumkt_ets_model IS
'An exponential-smoothing model fitted by the aggregate gpumkt_ets: its kind (ANN, AAN, AAdN, ANA, AAA or AAdA), parameters, final states, residual variance, accuracy, the times of its series and its fitted values. Read by gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info.';

------------------------------------------------------------------------------
-- The aggregate.  Its transitions collect the points in an internal state
-- (combined, serialized and deserialized, so that a GROUP BY over many
-- series runs in parallel workers); the final function fits once per group.
-- The support functions read nothing but their arguments: IMMUTABLE and
-- PARALLEL SAFE.  Aggregates take no defaults or named arguments, so the
-- optional seasonality and model come as overloads.
------------------------------------------------------------------------------

-- The transition functions, one per type of t and number of arguments.
DO $$
DECLARE
    t record;
    args text;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('bigint', 'gpumkt_ets_trans_int'), ('date', 'gpumkt_ets_trans_date'),
            ('timestamptz', 'gpumkt_ets_trans_tstz')) AS x(typ, sym)
    LOOP
        FOREACH args IN ARRAY ARRAY['', ', integer', ', integer, text']
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.gpumkt_ets_trans(internal, %s, float8%s) RETURNS internal'
                ' AS %L, %L LANGUAGE C IMMUTABLE PARALLEL SAFE', t.typ, args, 'MODULE_PATHNAME', t.sym);
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.gpumkt_ets_trans(internal, %s, float8%s) IS %L', t.typ, args,
                pg_catalog.format('Transition function of the aggregate gpumkt_ets(%s, float8%s): keeps the point.', t.typ, args));
        END LOOP;
    END LOOP;
END
$$;
CREATE FUNCTION @extschema@.gpumkt_ets_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_ets_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_combine(internal, internal) IS
'Combine function of gpumkt_ets: the points of both partial states (the fit sorts them, so their order does not matter).';
CREATE FUNCTION @extschema@.gpumkt_ets_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_ets_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_serialize(internal) IS
'Serialization function of gpumkt_ets: the partial state as bytea, for parallel workers.';
CREATE FUNCTION @extschema@.gpumkt_ets_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_ets_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_deserialize(bytea, internal) IS
'Deserialization function of gpumkt_ets: a partial state from gpumkt_ets_serialize''s bytea.';
-- COST: a fit of 48 monthly points takes about 2 ms, some 100,000
-- cpu_operator_costs; the planner then prefers plans that fit in the
-- workers (partition-wise aggregates) to plans that fit in the leader.
CREATE FUNCTION @extschema@.gpumkt_ets_final(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_final' LANGUAGE C IMMUTABLE PARALLEL SAFE COST 100000;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_final(internal) IS
'Final function of gpumkt_ets: the regular series of the points, fitted.';

-- The aggregates, one per type of t and number of arguments, each with the
-- support functions above, and their comments (the cycle each type of t
-- detects differs).
DO $$
DECLARE
    t record;
    k int;
    args text[] := ARRAY['', ', seasonality integer', ', seasonality integer, model text'];
    types text[] := ARRAY['', ', integer', ', integer, text'];
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('bigint', 'gpumkt_ets_trans_int', 'integer t: the lag among 4, 7, 12 and 52 whose autocorrelation of first differences is highest and significant'),
            ('date', 'gpumkt_ets_trans_date', 'date t by calendar months: 12 for months, 4 for quarters, 2 for half-years; by days: 7'),
            ('timestamptz', 'gpumkt_ets_trans_tstz', 'timestamptz t by calendar months (UTC): 12 for months, 4 for quarters, 2 for half-years; hourly: 24; daily: 7')) AS x(typ, sym, cycle)
    LOOP
        FOR k IN 1 .. 3 LOOP
            EXECUTE pg_catalog.format(
                'CREATE AGGREGATE @extschema@.gpumkt_ets(t %s, value float8%s) (SFUNC = @extschema@.gpumkt_ets_trans,'
                ' STYPE = internal, FINALFUNC = @extschema@.gpumkt_ets_final, COMBINEFUNC = @extschema@.gpumkt_ets_combine,'
                ' SERIALFUNC = @extschema@.gpumkt_ets_serialize, DESERIALFUNC = @extschema@.gpumkt_ets_deserialize,'
                ' PARALLEL = SAFE)', t.typ, args[k]);
            EXECUTE pg_catalog.format('COMMENT ON AGGREGATE @extschema@.gpumkt_ets(%s, float8%s) IS %L', t.typ, types[k],
                CASE k WHEN 1 THEN pg_catalog.format('Fits an exponential-smoothing model to the group''s series and returns it as a gpumkt_ets_model: values of one t summed, the constant step detected (up to 30 %% of the points missing are filled in linearly), the cycle detected (%s), and the additive-error model (ANN, AAN, AAdN, ANA, AAA, AAdA) of least AICc among those the series supports, its parameters and initial states by maximum likelihood. NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.', t.cycle)
                       WHEN 2 THEN pg_catalog.format('As gpumkt_ets(%1$s, float8), with the cycle given: seasonality NULL detects it, 1 means none, m > 1 a cycle of m points (at most half the series, 22023 otherwise).', t.typ)
                       ELSE pg_catalog.format('As gpumkt_ets(%1$s, float8, integer), with the model forced: NULL chooses by AICc, else one of ANN, AAN, AAdN, ANA, AAA, AAdA (case-insensitive; 22023 for another name, for a seasonal model without a cycle, or for a model the series is too short for). Aggregates take no named arguments: gpumkt_ets(t, value, NULL, ''AAdN'').', t.typ) END);
        END LOOP;
    END LOOP;
END
$$;

REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_ets_trans(internal, bigint, float8),
    @extschema@.gpumkt_ets_trans(internal, bigint, float8, integer),
    @extschema@.gpumkt_ets_trans(internal, bigint, float8, integer, text),
    @extschema@.gpumkt_ets_trans(internal, date, float8),
    @extschema@.gpumkt_ets_trans(internal, date, float8, integer),
    @extschema@.gpumkt_ets_trans(internal, date, float8, integer, text),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8, integer),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8, integer, text),
    @extschema@.gpumkt_ets_combine(internal, internal),
    @extschema@.gpumkt_ets_serialize(internal),
    @extschema@.gpumkt_ets_deserialize(bytea, internal),
    @extschema@.gpumkt_ets_final(internal)
    FROM PUBLIC;

------------------------------------------------------------------------------
-- Accessors of the model.  t must be of the type the model's series had
-- (22023 otherwise) and on its step, at or after its first point.  Times
-- print in ISO form (dates YYYY-MM-DD, times in UTC) whatever DateStyle and
-- TimeZone say, so every function here is IMMUTABLE.
------------------------------------------------------------------------------
CREATE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t bigint) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, bigint) IS
'The model''s point forecast at t after the series (h steps on: l + phi_h b + s), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';
CREATE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t bigint, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, bigint, float8) IS
'The central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v), v = sigma^2 (1 + sum of c_j^2 for j < h) (Hyndman et al. 2008, table 6.1), sigma^2 for a fitted value inside the series. level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t date) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, date) IS
'The model''s point forecast at t after the series (h steps on: l + phi_h b + s), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';
CREATE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t date, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, date, float8) IS
'The central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v), v = sigma^2 (1 + sum of c_j^2 for j < h) (Hyndman et al. 2008, table 6.1), sigma^2 for a fitted value inside the series. level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, timestamptz) IS
'The model''s point forecast at t after the series (h steps on: l + phi_h b + s), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';
CREATE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t timestamptz, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, timestamptz, float8) IS
'The central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v), v = sigma^2 (1 + sum of c_j^2 for j < h) (Hyndman et al. 2008, table 6.1), sigma^2 for a fitted value inside the series. level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE FUNCTION @extschema@.gpumkt_model_info(model @extschema@.gpumkt_ets_model,
    OUT kind text, OUT alpha float8, OUT beta float8, OUT gamma float8, OUT phi float8,
    OUT seasonality integer, OUT n integer, OUT sigma float8, OUT aicc float8,
    OUT mae float8, OUT rmse float8, OUT mase float8, OUT smape float8)
    AS 'MODULE_PATHNAME', 'gpumkt_model_info' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model) IS
'The model: kind (ANN, AAN, AAdN, ANA, AAA or AAdA), smoothing parameters (beta NULL without trend, gamma without season, phi without damping), seasonality (1 without season), n (points of the series, filled ones too), sigma (residual standard deviation, sqrt(SSE / (n - k)), k the estimated quantities), AICc (NULL when n - k - 2 <= 0), and the in-sample accuracy of the one-step fitted values: MAE, RMSE, MASE (scaled by the mean absolute change over one cycle of the series, or one step; NULL when that is 0) and sMAPE in percent.';

CREATE FUNCTION @extschema@.gpumkt_predict_series(model @extschema@.gpumkt_ets_model, horizon integer,
    level float8 DEFAULT 0.95)
    RETURNS TABLE (t text, value float8, low float8, high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, integer, float8) IS
'The forecasts of the horizon steps after the series, one row each: t (the point''s time as text, in the series'' type: an integer, an ISO date, or an ISO time in UTC; cast it back with t::date and the like), the point forecast and the prediction interval of the level as gpumkt_predict_interval gives it. horizon outside 1..1,000,000 or level outside (0, 1): 22023; rows stop at the end of the type''s range.';
