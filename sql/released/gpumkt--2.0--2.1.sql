-- gpumkt 2.0 -> 2.1: run by ALTER EXTENSION gpumkt UPDATE.  Written as a
-- delta: what 2.1 adds or changes, each routine spliced from its source in
-- sql/src by the Makefile (sql/include/build_update.pl: a line
-- "@GPUMKT_ROUTINE name@" becomes CREATE OR REPLACE of every function of
-- that name with its comment, "@GPUMKT_AGGREGATE name(types)@" the CREATE
-- AGGREGATE of that form with its comment, "@GPUMKT_SOURCE
-- sql/src/file.sql@" the whole file), so that no routine's text is written
-- twice.  Users' rows and stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.1'" to load this file. \quit

-- Five routines of 2.0 are replaced (a new argument or a new result type),
-- so the update drops them below.  First make sure nothing of a user's (a
-- view, a column default, a function body) depends on one, or stop naming
-- it, with what to do: core's own error would say to use CASCADE, which
-- ALTER EXTENSION cannot.
DO $$
DECLARE
    users text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid)
                                 OPERATOR(pg_catalog.||) ' (on '
                                 OPERATOR(pg_catalog.||) d.refobjid::pg_catalog.regprocedure::pg_catalog.text
                                 OPERATOR(pg_catalog.||) ')', ', ')
    INTO users
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND d.refobjid OPERATOR(pg_catalog.=) ANY (ARRAY[
          '@extschema@.gpumkt_scenario_set(text,text,text,numeric,integer,text,text,text,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_svg_forecast(text,text,text,integer[],float8[],text[],float8[],float8[])'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_chart(text,integer,integer,text,text,text,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_chart_segments(text,text,integer,text,boolean)'::pg_catalog.regprocedure,
          '@extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model)'::pg_catalog.regprocedure]::pg_catalog.oid[])
      AND d.deptype OPERATOR(pg_catalog.=) 'n';
    IF users IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update gpumkt to 2.1 because other objects depend on routines it replaces'
            USING ERRCODE = '2BP01',
                  DETAIL = pg_catalog.format('These objects use them: %s. Nothing was changed.', users),
                  HINT = 'Save the definitions of those objects and drop them, run ALTER EXTENSION gpumkt UPDATE, and create them again: the same calls reach the 2.1 forms (see the CHANGELOG, 2.1).';
    END IF;
END
$$;

-- issue 20, items 11-13: segments as people say them, the table rules'
-- messages, 15 significant digits, gpumkt_scenario_set returning the change
------------------------------------------------------------------------------
-- Segments as people say them (2.1): other names a segment answers to
------------------------------------------------------------------------------

-- A segment is found by its code, its English or French name, and then by
-- one of its aliases, each compared by its key (gpumkt_name_key: case,
-- accents, spaces, hyphens and punctuation ignored), within the dimension
-- the call names.  The aliases below are words, not figures: the ways the
-- trade says the shipped segments (docs/reference.md, Names).  Added after
-- the shipped data is loaded, so that fresh installs and updates order the
-- columns alike and set the shipped aliases by the same UPDATE (the script
-- runs as the tables' owner, whom the guard lets change shipped rows).
ALTER TABLE @extschema@.gpumkt_segments ADD COLUMN aliases text[];
COMMENT ON COLUMN @extschema@.gpumkt_segments.aliases IS
'Other names the segment answers to wherever a segment is named (''cloud'' for public_cloud, ''on-prem'' for on_premises), compared as names are (case, accents, spaces, hyphens and punctuation ignored), after the codes and names of its dimension''s segments; NULL for none. An alias names one segment of its dimension.';

UPDATE @extschema@.gpumkt_segments s SET aliases = x.aliases
FROM (VALUES
    ('component', 'hardware', ARRAY['HW', 'GPU hardware']),
    ('component', 'software', ARRAY['SW']),
    ('component', 'services', ARRAY['service', 'professional services']),
    ('deployment', 'on_premises', ARRAY['on-prem', 'on-premise', 'self-hosted']),
    ('deployment', 'public_cloud', ARRAY['cloud', 'public']),
    ('cluster_size', 'large_hyperscale', ARRAY['large', 'hyperscale']),
    ('cluster_size', 'medium', ARRAY['mid-size', 'mid']),
    ('cluster_size', 'small', ARRAY['small-scale']),
    ('end_user', 'cloud_service_providers', ARRAY['CSP', 'CSPs', 'hyperscalers', 'cloud providers']),
    ('end_user', 'large_enterprises', ARRAY['enterprise', 'enterprises', 'tech companies']),
    ('end_user', 'research_institutions', ARRAY['research', 'academia', 'universities']),
    ('end_user', 'government_defence', ARRAY['government', 'defence', 'defense', 'public sector']),
    ('industry', 'it_technology', ARRAY['IT', 'technology', 'tech']),
    ('industry', 'financial_services', ARRAY['finance', 'financial', 'BFSI']),
    ('industry', 'automotive_manufacturing', ARRAY['automotive', 'manufacturing']),
    ('industry', 'healthcare_pharma', ARRAY['healthcare', 'pharma', 'life sciences']),
    ('industry', 'others', ARRAY['other']))
    AS x(dimension, segment, aliases)
WHERE s.market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters' AND s.shipped
  AND s.dimension OPERATOR(pg_catalog.=) x.dimension AND s.segment OPERATOR(pg_catalog.=) x.segment;
------------------------------------------------------------------------------
-- The rules of the tables, refused with what is wrong and a hint (2.1)
------------------------------------------------------------------------------

-- Every CHECK constraint of the tables users write is checked first by a
-- BEFORE INSERT OR UPDATE trigger (gpumkt_rules), which refuses a row with
-- 23514, as the constraint would, but with a message that names the
-- column, its value and the rule, a hint that says what to write, the
-- failing row as detail, and the constraint's name in the error's
-- CONSTRAINT field.  The constraints stay as the backstop (a row the
-- trigger passes meets them; one written with the trigger disabled is
-- still refused).  The trigger is named to fire after the shipped-row
-- guard and the rights checks (triggers fire in the order of their names),
-- so that a role that may not write a row is told that first.
CREATE FUNCTION @extschema@.gpumkt_check_rules() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t text := TG_TABLE_NAME;
    j jsonb := to_jsonb(NEW);
    col text;
    val text;
    what text;
    hint text;
    con text;
    k text;
    failing text;
BEGIN
    <<rules>>
    BEGIN
        -- the codes a row names itself by: lower-case identifiers
        FOREACH k IN ARRAY CASE t WHEN 'gpumkt_regions' THEN ARRAY['region'] WHEN 'gpumkt_markets' THEN ARRAY['market', 'topic']
                                  WHEN 'gpumkt_dimensions' THEN ARRAY['dimension'] WHEN 'gpumkt_segments' THEN ARRAY['segment']
                                  WHEN 'gpumkt_players' THEN ARRAY['player'] WHEN 'gpumkt_developments' THEN ARRAY['development']
                                  WHEN 'gpumkt_figures' THEN ARRAY['figure'] WHEN 'gpumkt_scenarios' THEN ARRAY['scenario']
                                  ELSE '{}'::text[] END
        LOOP
            IF j ->> k !~ '^[a-z][a-z0-9_]{0,62}$' THEN
                col := k; val := j ->> k; con := format('%s_%s_check', t, k);
                what := 'a code is a lower-case identifier';
                hint := format('Write %s as a letter a-z followed by up to 62 letters a-z, digits and underscores, such as north_america.', k);
                EXIT rules;
            END IF;
        END LOOP;
        -- the years of figures: 1900 to 2200
        FOREACH k IN ARRAY ARRAY['year', 'from_year', 'to_year'] LOOP
            IF (j ->> k)::integer NOT BETWEEN 1900 AND 2200 THEN
                col := k; val := j ->> k;
                con := CASE WHEN k <> 'year' THEN 'gpumkt_rates_years_range'
                            WHEN t IN ('gpumkt_anchors', 'gpumkt_region_shares', 'gpumkt_segments') THEN t || '_year_range'
                            ELSE t || '_year_check' END;
                what := 'a year lies from 1900 to 2200';
                hint := 'Write the year in full, such as 2030.';
                EXIT rules;
            END IF;
        END LOOP;
        IF j ? 'qualifier' AND j ->> 'qualifier' NOT IN ('about', 'more than', 'at least', 'up to') THEN
            col := 'qualifier'; val := j ->> 'qualifier'; con := t || '_qualifier_check';
            what := 'a qualifier is about, more than, at least or up to';
            hint := 'Write the report''s hedge as one of about, more than, at least and up to, or NULL for a figure stated plainly.';
            EXIT rules;
        END IF;
        IF j ? 'basis' AND j ->> 'basis' NOT IN ('reported', 'derived')
           AND NOT (t = 'gpumkt_segments' AND j ->> 'basis' = 'unknown') THEN
            col := 'basis'; val := j ->> 'basis'; con := t || '_basis_check';
            what := CASE WHEN t = 'gpumkt_segments' THEN 'a basis is reported, derived or unknown' ELSE 'a basis is reported or derived' END;
            hint := 'Write reported for a figure the report states (its words in source_quote), derived for one that follows by arithmetic (the arithmetic in derivation).';
            EXIT rules;
        END IF;
        IF j ->> 'basis' = 'derived' AND j ->> 'derivation' IS NULL THEN
            col := 'derivation'; val := 'NULL';
            con := CASE t WHEN 'gpumkt_anchors' THEN 'gpumkt_anchors_check' WHEN 'gpumkt_rates' THEN 'gpumkt_rates_check2'
                          WHEN 'gpumkt_segments' THEN 'gpumkt_segments_check2' ELSE t || '_check1' END;
            what := 'a derived figure gives its arithmetic';
            hint := 'Write in derivation the arithmetic from reported figures that gives it, such as 1 - 0.785.';
            EXIT rules;
        END IF;
        IF t = 'gpumkt_regions' THEN
            IF NEW.kind NOT IN ('world', 'region', 'country', 'rest_of', 'group') THEN
                col := 'kind'; val := NEW.kind; con := 'gpumkt_regions_kind_check';
                what := 'a kind is world, region, country, rest_of or group';
                hint := 'Write country for a country, region for a part of the world, rest_of for the rest of a region, group for any other set of regions.';
            ELSIF (NEW.parent IS NULL) <> (NEW.kind = 'world') THEN
                col := 'parent'; val := coalesce(NEW.parent, 'NULL'); con := 'gpumkt_regions_check';
                what := 'the world alone has no parent';
                hint := 'Name the region the new one lies in (global for a part of the world), or write kind world for a world of its own.';
            ELSIF NEW.iso2 !~ '^[A-Z]{2}$' THEN
                col := 'iso2'; val := NEW.iso2; con := 'gpumkt_regions_iso2_check';
                what := 'an ISO 3166-1 alpha-2 code is two capital letters';
                hint := 'Write the country''s code, such as FR, or NULL.';
            ELSIF NEW.iso2 IS NOT NULL AND NEW.kind <> 'country' THEN
                col := 'iso2'; val := NEW.iso2; con := 'gpumkt_regions_check1';
                what := 'only a country has an ISO code';
                hint := 'Write kind country, or leave iso2 NULL.';
            END IF;
        ELSIF t = 'gpumkt_markets' THEN
            IF NEW.fiscal_year_end NOT BETWEEN 1 AND 12 THEN
                col := 'fiscal_year_end'; val := NEW.fiscal_year_end; con := 'gpumkt_markets_fiscal_year_end_check';
                what := 'a month is 1 to 12';
                hint := 'Write the month in which the report''s years end: 12 for calendar years, 3 for years that end in March.';
            END IF;
        ELSIF t = 'gpumkt_anchors' THEN
            IF NEW.value < 1e-300 OR NEW.value > 1e300 THEN
                col := 'value'; val := NEW.value; con := 'gpumkt_anchors_value_check';
                what := 'a market size lies from 1e-300 to 1e300';
                hint := 'Write the market''s size as a positive number in the market''s unit, such as 18.2 for USD 18.2 billion in a market in billions.';
            ELSIF NEW.low < 0 OR NEW.low > NEW.value THEN
                col := 'low'; val := NEW.low; con := 'gpumkt_anchors_low_check';
                what := 'a lower bound lies from 0 to the value';
                hint := 'Write a lower bound at most the value, or NULL.';
            ELSIF NEW.high < NEW.value OR NEW.high = 'NaN' THEN
                col := 'high'; val := NEW.high; con := 'gpumkt_anchors_high_check';
                what := 'an upper bound is at least the value';
                hint := 'Write an upper bound at least the value (Infinity for none), or NULL.';
            END IF;
        ELSIF t = 'gpumkt_rates' THEN
            IF NEW.rate <= -0.999999999999999944488848768742172978818416595458984375 OR NEW.rate > 1e300 THEN
                col := 'rate'; val := NEW.rate;
                con := CASE WHEN NEW.rate > 1e300 THEN 'gpumkt_rates_rate_check' ELSE 'gpumkt_rates_rate_range' END;
                what := 'a rate lies above -1 (also once rounded to double precision) and at most 1e300';
                hint := 'Write a rate as a fraction: 0.17 for 17 % a year, -0.05 for a fall of 5 % a year.';
            ELSIF NEW.rate > 1 AND NOT NEW.exceptional THEN
                col := 'rate'; val := NEW.rate; con := 'gpumkt_rates_rate_range';
                what := 'a rate above 1 (100 % a year) is exceptional';
                hint := 'A rate of 17 means 1,700 % a year: write 0.17 for 17 %, or set exceptional to true if the rate is meant.';
            ELSIF NEW.rate <> 0 AND abs(NEW.rate) < '2.2250738585072014e-308'::numeric THEN
                col := 'rate'; val := NEW.rate; con := 'gpumkt_rates_rate_normal';
                what := 'a rate is 0 or at least 2.2250738585072014e-308 in size, the smallest normal double precision number';
                hint := 'Write 0 for no growth.';
            ELSIF (NEW.from_year IS NULL) <> (NEW.to_year IS NULL) THEN
                col := CASE WHEN NEW.from_year IS NULL THEN 'from_year' ELSE 'to_year' END; val := 'NULL'; con := 'gpumkt_rates_check';
                what := 'a period has both its years or neither';
                hint := 'Write both from_year and to_year (2025 and 2035 for 2025-2035), or neither where the report states no period.';
            ELSIF NEW.from_year >= NEW.to_year THEN
                col := 'to_year'; val := NEW.to_year; con := 'gpumkt_rates_check1';
                what := format('a period ends after its first year, %s', NEW.from_year);
                hint := 'Write the base year in from_year and the end year in to_year.';
            ELSIF NEW.low < -1 OR NEW.low > NEW.rate THEN
                col := 'low'; val := NEW.low; con := 'gpumkt_rates_low_check';
                what := 'a lower bound lies from -1 to the rate';
                hint := 'Write a lower bound at most the rate, or NULL.';
            ELSIF NEW.high < NEW.rate OR NEW.high = 'NaN' THEN
                col := 'high'; val := NEW.high; con := 'gpumkt_rates_high_check';
                what := 'an upper bound is at least the rate';
                hint := 'Write an upper bound at least the rate (Infinity for none), or NULL.';
            END IF;
        ELSIF t IN ('gpumkt_region_shares', 'gpumkt_segments') THEN
            -- (a field of one table is read only in a branch of that table)
            IF t = 'gpumkt_region_shares' THEN
                IF NEW.of_region = NEW.region THEN
                    col := 'of_region'; val := NEW.of_region; con := 'gpumkt_region_shares_check';
                    what := 'a region''s share is of another region';
                    hint := 'Name the larger region the share is of, such as global.';
                END IF;
            ELSIF (NEW.share IS NULL) <> (NEW.basis = 'unknown') THEN
                col := 'basis'; val := NEW.basis; con := 'gpumkt_segments_check';
                what := 'a segment has a share unless its basis is unknown';
                hint := 'Write basis unknown with share and year NULL where the report gives no share, reported or derived with the share otherwise.';
            ELSIF (NEW.share IS NULL) <> (NEW.year IS NULL) THEN
                col := 'year'; val := coalesce(NEW.year::text, 'NULL'); con := 'gpumkt_segments_check1';
                what := 'a share has a year, and only a share';
                hint := 'Write the year the share is stated for with the share, or neither.';
            END IF;
            IF col IS NOT NULL THEN
                EXIT rules;
            ELSIF NEW.share <= 0 OR NEW.share > 1 OR NEW.share < '2.2250738585072014e-308'::numeric THEN
                col := 'share'; val := NEW.share;
                con := CASE WHEN NEW.share > 0 AND NEW.share <= 1 THEN t || '_share_normal' ELSE t || '_share_check' END;
                what := CASE WHEN NEW.share > 0 AND NEW.share <= 1
                             THEN 'a share is at least 2.2250738585072014e-308, the smallest normal double precision number'
                             ELSE 'a share lies above 0 and at most 1' END;
                hint := 'Write a share as a fraction: 0.365 for 36.5 %.';
            ELSIF NEW.low < 0 OR NEW.low > coalesce(NEW.share, NEW.high, 1) THEN
                col := 'low'; val := NEW.low; con := t || '_low_check';
                what := 'a lower bound lies from 0 to the share';
                hint := 'Write a lower bound at most the share (at most high where the share is unknown), or NULL.';
            ELSIF NEW.high < coalesce(NEW.share, 0) OR NEW.high > 1 THEN
                col := 'high'; val := NEW.high; con := t || '_high_check';
                what := 'an upper bound lies from the share to 1';
                hint := 'Write an upper bound from the share to 1, or NULL.';
            END IF;
            IF col IS NULL AND t = 'gpumkt_segments' AND j ->> 'aliases' IS NOT NULL THEN
                -- no constraint stands behind this rule (it reads other rows)
                k := (SELECT a FROM unnest(NEW.aliases) a
                      WHERE a IS NULL OR @extschema@.gpumkt_name_key(a) = ''
                         OR EXISTS (SELECT FROM @extschema@.gpumkt_segments s
                                    WHERE s.market = NEW.market AND s.dimension = NEW.dimension AND s.segment <> NEW.segment
                                      AND (@extschema@.gpumkt_name_key(a) IN (@extschema@.gpumkt_name_key(s.segment),
                                               @extschema@.gpumkt_name_key(s.name), @extschema@.gpumkt_name_key(s.name_fr))
                                           OR EXISTS (SELECT FROM unnest(s.aliases) b
                                                      WHERE @extschema@.gpumkt_name_key(b) = @extschema@.gpumkt_name_key(a))))
                      LIMIT 1);
                IF k IS NOT NULL OR array_position(NEW.aliases, NULL) IS NOT NULL THEN
                    -- the row as core's message shows it, each value cut at 64 characters
                    failing := (SELECT string_agg(coalesce(@extschema@.gpumkt_echo(e.value), 'null'), ', ' ORDER BY e.n)
                                FROM json_each_text(row_to_json(NEW)) WITH ORDINALITY e(key, value, n));
                    RAISE EXCEPTION USING ERRCODE = 'check_violation', TABLE = t, COLUMN = 'aliases',
                        MESSAGE = format('invalid alias %s in %s: an alias names one segment of its dimension by letters or digits',
                                         coalesce(@extschema@.gpumkt_echo(k), 'NULL'), t),
                        DETAIL = format('Failing row contains (%s).', failing),
                        HINT = format('Write names that no other segment of dimension %s answers to (see gpumkt_segments).', NEW.dimension);
                END IF;
            END IF;
        ELSIF t = 'gpumkt_figures' THEN
            IF NEW.value IN ('NaN', 'Infinity', '-Infinity') OR NEW.value_high IN ('NaN', 'Infinity', '-Infinity') THEN
                col := CASE WHEN NEW.value IN ('NaN', 'Infinity', '-Infinity') THEN 'value' ELSE 'value_high' END;
                val := CASE col WHEN 'value' THEN NEW.value ELSE NEW.value_high END; con := t || '_' || col || '_check';
                what := 'a figure is a finite number';
                hint := 'Write the figure the report states, or NULL for a statement without a figure.';
            ELSIF NEW.value_high < NEW.value THEN
                col := 'value_high'; val := NEW.value_high; con := 'gpumkt_figures_check';
                what := format('the top of a range is at least its bottom, %s', NEW.value);
                hint := 'Write the bottom of the range in value and its top in value_high.';
            END IF;
        ELSIF t = 'gpumkt_developments' THEN
            IF date_trunc('month', NEW.month) <> NEW.month THEN
                col := 'month'; val := NEW.month; con := 'gpumkt_developments_month_check';
                what := 'a month is written as its first day';
                hint := format('Write %s for the month the report names.', date_trunc('month', NEW.month)::date);
            END IF;
        ELSIF t = 'gpumkt_scenarios' THEN
            IF NEW.base_scenario = NEW.scenario THEN
                col := 'base_scenario'; val := NEW.base_scenario; con := 'gpumkt_scenarios_check';
                what := 'a scenario does not build on itself';
                hint := 'Name another scenario as its base, or NULL to build on the market as it is.';
            END IF;
        ELSIF t = 'gpumkt_scenario_changes' THEN
            IF NEW.input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
                col := 'input'; val := NEW.input; con := 'gpumkt_scenario_changes_input_check';
                what := 'an input is anchor, rate, region_share or segment_share';
                hint := 'Write one of anchor, rate, region_share and segment_share, or use gpumkt_scenario_set.';
            ELSIF NEW.op NOT IN ('set', 'add', 'multiply') THEN
                col := 'op'; val := NEW.op; con := 'gpumkt_scenario_changes_op_check';
                what := 'an op is set, add or multiply';
                hint := 'Write one of set, add and multiply, or use gpumkt_scenario_set.';
            ELSIF (NEW.input = 'segment_share') <> (NEW.dimension IS NOT NULL AND NEW.segment IS NOT NULL) THEN
                col := CASE WHEN NEW.input = 'segment_share' THEN 'segment' ELSE 'dimension' END;
                val := coalesce(CASE col WHEN 'segment' THEN NEW.segment ELSE NEW.dimension END, 'NULL'); con := 'gpumkt_scenario_changes_check';
                what := 'a segment share names a dimension and a segment, other inputs neither';
                hint := 'Write both dimension and segment for input segment_share, neither for other inputs.';
            ELSIF NEW.value < -1e300 OR NEW.value > 1e300 THEN
                col := 'value'; val := NEW.value; con := 'gpumkt_scenario_changes_value_check';
                what := 'a value lies from -1e300 to 1e300';
                hint := 'Write a finite number, such as 0.20 for a rate of 20 %.';
            ELSIF NEW.input = 'rate' AND NEW.op = 'set' AND NEW.value > 1 AND NOT NEW.exceptional THEN
                col := 'value'; val := NEW.value; con := 'gpumkt_scenario_changes_rate_range';
                what := 'a rate above 1 (100 % a year) is exceptional';
                hint := 'A rate of 17 means 1,700 % a year: write 0.17 for 17 %, or set exceptional to true if the rate is meant.';
            END IF;
        ELSIF t IN ('gpumkt_exchange_rates', 'gpumkt_price_indices') THEN
            IF NEW.currency !~ '^[A-Z]{3}$' THEN
                col := 'currency'; val := NEW.currency; con := t || '_currency_check';
                what := 'a currency is an ISO 4217 code';
                hint := 'Write three capital letters, such as EUR.';
            ELSIF t = 'gpumkt_exchange_rates' THEN
                IF NEW.per_usd <= 0 OR NEW.per_usd > 1e300 THEN
                    col := 'per_usd'; val := NEW.per_usd; con := 'gpumkt_exchange_rates_per_usd_check';
                    what := 'an exchange rate lies above 0 and at most 1e300';
                    hint := 'Write the units of the currency one US dollar buys, such as 0.8 for EUR.';
                ELSIF NEW.currency = 'USD' AND NEW.per_usd <> 1 THEN
                    col := 'per_usd'; val := NEW.per_usd; con := 'gpumkt_exchange_rates_check';
                    what := 'a US dollar is 1 US dollar';
                    hint := 'Write 1 for USD, or leave USD out: gpumkt_convert needs no rate for it.';
                END IF;
            ELSIF NEW.index <= 0 OR NEW.index > 1e300 THEN
                col := 'index'; val := NEW.index; con := 'gpumkt_price_indices_index_check';
                what := 'a price index lies above 0 and at most 1e300';
                hint := 'Write the price level of the year, such as 100 in the base year.';
            END IF;
        END IF;
    END;
    IF col IS NOT NULL THEN
        -- the row as core's message shows it, each value cut at 64 characters
        failing := (SELECT string_agg(coalesce(@extschema@.gpumkt_echo(e.value), 'null'), ', ' ORDER BY e.n)
                    FROM json_each_text(row_to_json(NEW)) WITH ORDINALITY e(key, value, n));
        RAISE EXCEPTION USING ERRCODE = 'check_violation', TABLE = t, COLUMN = col, CONSTRAINT = con,
            MESSAGE = format('invalid %s %s in %s: %s', col, @extschema@.gpumkt_echo(val), t, what),
            DETAIL = format('Failing row contains (%s).', failing),
            HINT = hint;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_check_rules() IS
'Trigger: checks a row against the rules of its table (the CHECK constraints, kept as the backstop) before it is written, and refuses one that breaks a rule (23514) naming the column, its value and the rule, with a hint, the failing row as detail and the constraint in the error''s CONSTRAINT field.';

-- The trigger fires only for a row that breaks a rule (its WHEN clause is
-- the table's CHECK constraints, negated: true only where one is false, as
-- a CHECK fails only where it is false), so that valid rows, a bulk load's,
-- cost the executor's evaluation of the rules and no call of PL/pgSQL.  The
-- clause is made from the constraints as stored: each column becomes NEW's
-- field, outside string literals (the constraints name no column inside
-- one as a column).  A segment with aliases always fires it: its rule reads
-- the other segments.
DO $rules$
DECLARE
    t text;
    rules text;
    cols text;
    parts text[];
BEGIN
    FOREACH t IN ARRAY ARRAY['gpumkt_regions', 'gpumkt_markets', 'gpumkt_anchors', 'gpumkt_rates',
                             'gpumkt_region_shares', 'gpumkt_dimensions', 'gpumkt_segments', 'gpumkt_players',
                             'gpumkt_developments', 'gpumkt_figures', 'gpumkt_scenarios', 'gpumkt_scenario_changes',
                             'gpumkt_exchange_rates', 'gpumkt_price_indices']
    LOOP
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), '|' ORDER BY pg_catalog.length(a.attname) DESC)
        INTO cols FROM pg_catalog.pg_attribute a
        WHERE a.attrelid OPERATOR(pg_catalog.=) pg_catalog.format('@extschema@.%I', t)::pg_catalog.regclass
          AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
        SELECT pg_catalog.string_agg('(' OPERATOR(pg_catalog.||) pg_catalog.pg_get_expr(c.conbin, c.conrelid) OPERATOR(pg_catalog.||) ')',
                                     ' AND ' ORDER BY c.conname)
        INTO rules FROM pg_catalog.pg_constraint c
        WHERE c.conrelid OPERATOR(pg_catalog.=) pg_catalog.format('@extschema@.%I', t)::pg_catalog.regclass
          AND c.contype OPERATOR(pg_catalog.=) 'c';
        parts := pg_catalog.string_to_array(rules, '''');
        FOR i IN 1..pg_catalog.cardinality(parts) BY 2 LOOP
            parts[i] := pg_catalog.regexp_replace(parts[i], '\m(' OPERATOR(pg_catalog.||) cols OPERATOR(pg_catalog.||) ')\M', 'NEW.\1', 'g');
        END LOOP;
        rules := 'NOT (' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(parts, '''') OPERATOR(pg_catalog.||) ')'
                 OPERATOR(pg_catalog.||) CASE WHEN t OPERATOR(pg_catalog.=) 'gpumkt_segments' THEN ' OR NEW.aliases IS NOT NULL' ELSE '' END;
        EXECUTE pg_catalog.format('CREATE TRIGGER gpumkt_rules BEFORE INSERT OR UPDATE ON @extschema@.%I'
                                  ' FOR EACH ROW WHEN (%s) EXECUTE FUNCTION @extschema@.gpumkt_check_rules()', t, rules);
        EXECUTE pg_catalog.format('COMMENT ON TRIGGER gpumkt_rules ON @extschema@.%I IS %L', t,
                                  'Refuses a row that breaks a rule of the table with a message that names the column, its value and the rule, and a hint (gpumkt_check_rules); fires only for such a row (and a segment with aliases).');
    END LOOP;
END
$rules$;
-- its result was the ordinal; now the change as stored (a new result type)
DROP FUNCTION @extschema@.gpumkt_scenario_set(text,text,text,numeric,integer,text,text,text,text,boolean);
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters',
        exceptional boolean DEFAULT false)
    RETURNS @extschema@.gpumkt_scenario_changes LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
    change @extschema@.gpumkt_scenario_changes;
    given text := scenario;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL
       OR exceptional IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op, market and exceptional of gpumkt_scenario_set must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out year, dimension and segment where they do not apply.';
    END IF;
    -- a scenario's name is a lower-case identifier: 'Bull' names bull
    scenario := translate(scenario, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    IF scenario !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid scenario name "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(given)
            USING ERRCODE = '22023', HINT = 'A scenario''s name is an identifier of at most 63 characters, such as bull or bear_2030, its letters read as lower case.';
    END IF;
    IF input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
        RAISE EXCEPTION 'unrecognized input "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(input)
            USING ERRCODE = '22023', HINT = 'Pass anchor, rate, region_share or segment_share.';
    END IF;
    IF op NOT IN ('set', 'add', 'multiply') THEN
        RAISE EXCEPTION 'unrecognized op "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(op)
            USING ERRCODE = '22023', HINT = 'Pass set, add or multiply.';
    END IF;
    IF value = 'NaN' OR value < -1e300 OR value > 1e300 THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a finite number', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'Pass a number such as 0.20 for a rate of 20 %.';
    END IF;
    IF op = 'set' AND ((input = 'anchor' AND value <= 0) OR (input = 'rate' AND value <= -1)
                       OR (input IN ('region_share', 'segment_share') AND (value <= 0 OR value > 1))) THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a possible %', @extschema@.gpumkt_echo(value::text), input
            USING ERRCODE = '22023', HINT = 'An anchor is above 0, a rate above -1 (0.20 for 20 %), a share in (0, 1].';
    END IF;
    IF exceptional AND input <> 'rate' THEN
        RAISE EXCEPTION 'exceptional of gpumkt_scenario_set goes with input rate only'
            USING ERRCODE = '22023', HINT = 'Leave out exceptional: it marks a rate above 1 (100 % a year) as meant.';
    END IF;
    IF input = 'rate' AND op = 'set' AND value > 1 AND NOT exceptional THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is a rate above 1 (100 %% a year)', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'A rate of 17 means 1,700 %: write 0.17 for 17 %, or pass exceptional => true if the rate is meant.';
    END IF;
    IF (input = 'segment_share') <> (dimension IS NOT NULL AND segment IS NOT NULL) THEN
        RAISE EXCEPTION 'dimension and segment of gpumkt_scenario_set go with input segment_share, and only with it'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment share, neither for other inputs.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_scenario_set.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    r := @extschema@.gpumkt_resolve_region(region);
    IF input = 'segment_share' THEN
        seg := @extschema@.gpumkt_resolve_segment(dimension, segment, market);
    END IF;
    -- one writer of a market's scenarios at a time, from here to the end of
    -- its transaction: a call waits for the transaction of another call on
    -- a scenario of the market (on the same scenario, the first one too,
    -- which creates it) or of another statement that wrote its scenarios
    -- (trigger gpumkt_scenario_chains takes the same lock), then reads the
    -- scenarios anew, numbers its change after the other's and checks the
    -- scenarios built on it as the other left them
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent write of the scenarios of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see what the other transaction wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
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
    INSERT INTO @extschema@.gpumkt_scenario_changes (scenario, market, ordinal, input, region, year, dimension, segment, op, value, exceptional)
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value, exceptional)
    RETURNING * INTO change;
    -- the scenario as changed, and those built on it, must be usable
    PERFORM @extschema@.gpumkt_scenario_check(scenario);
    RETURN change;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text, boolean) IS
'Adds a change to scenario (made for market if new; the name is a lower-case identifier, and ''Bull'' names bull) and returns the change as stored, a row of gpumkt_scenario_changes (scenario, market, ordinal, input, region code, year, dimension and segment codes, op, value, exceptional): input anchor (of region in year; without a year, its first), rate (region grows at it from its base anchor, the one in year or its first; later anchors are superseded), region_share or segment_share (with dimension and segment), op set (replacing the scenario''s earlier set of the same input), add or multiply; exceptional true where a rate above 1 (100 % a year) is meant. gpumkt_scenario_set(''bull'', ''rate'', ''global'', 0.20) makes a bull case. Errors (22023) on an unrecognized input, op, region or segment, an impossible value, or a change that leaves the scenario, or one built on it, unusable (gpumkt_scenario_check), and then writes nothing.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_scenario_drop(scenario text, cascade boolean DEFAULT false)
    RETURNS boolean LANGUAGE plpgsql VOLATILE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    -- a scenario's name is a lower-case identifier: 'Bull' names bull
    code text := translate(scenario, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    -- the scenarios built on it, directly or through others (a chain that
    -- comes back on itself included)
    deps text[] := ARRAY(
        WITH RECURSIVE d(scenario) AS (
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s
            WHERE s.base_scenario = code
            UNION
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s JOIN d ON s.base_scenario = d.scenario)
        SELECT d.scenario FROM d WHERE d.scenario <> code ORDER BY 1);
    -- a handful of them by name
    listed text := CASE WHEN cardinality(deps) <= 5 THEN array_to_string(deps, ', ')
                        ELSE format('%s and %s more', array_to_string(deps[1:5], ', '), cardinality(deps) - 5) END;
BEGIN
    IF cardinality(deps) > 0 AND NOT cascade THEN
        RAISE EXCEPTION 'cannot drop scenario "%" because other scenarios build on it', code
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = format('Scenarios built on it, directly or through others: %s.', listed),
                  HINT = 'Drop them first or change their base_scenario, or pass cascade => true to drop them too.';
    ELSIF cardinality(deps) > 0 THEN
        RAISE NOTICE 'drop of scenario "%" cascades to the scenarios built on it', code
            USING DETAIL = format('Scenarios built on it, directly or through others: %s.', listed);
    END IF;
    DELETE FROM @extschema@.gpumkt_scenarios s
    WHERE s.scenario = code OR s.scenario = ANY (deps);
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_drop(text, boolean) IS
'Removes a scenario (its name read as lower case: ''Bull'' is bull) and its changes; true if there was one, false if not. A scenario that others build on (directly or through others) is refused (2BP01, naming them) unless cascade, which removes them too.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_resolve_segment(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS text[] AS 'MODULE_PATHNAME', 'gpumkt_resolve_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_segment(text, text, text) IS
'The codes {dimension, segment} that a dimension and a segment of market stand for (code, English or French name, then an alias of gpumkt_segments.aliases, ignoring case, accents and punctuation: ''cloud'' is public_cloud); errors (22023) naming the known ones when unrecognized.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_funnel(region text, year integer, filters jsonb,
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, text, text, double precision, text, text, boolean) IS
'A tornado for the forecast of region (or, with dimension and segment, of its segment, whose share is one more input) in year: one row per input it uses (input names the table row), its base value, the forecast with the input times 1 - delta and 1 + delta (the rest held; shares held within [0, 1]), and the swing between them (value_high - value_low, of the values as shown), largest first; values to 15 significant digits, as gpumkt_forecast gives them. Optional, by name: dimension, segment (DEFAULT NULL), delta (DEFAULT 0.10; in (0, 1), else 22023), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). No rows where region, year, delta or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_consensus(topic text, region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL,
        extrapolate boolean DEFAULT false,
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
        RAISE EXCEPTION 'invalid currency "%" of gpumkt_consensus', @extschema@.gpumkt_echo(currency)
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    PERFORM @extschema@.gpumkt_unit_factor(unit);
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.topic = gpumkt_consensus.topic) THEN
        RAISE EXCEPTION 'unrecognized topic "%" of gpumkt_consensus', @extschema@.gpumkt_echo(topic)
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
            f1 := @extschema@.gpumkt_try_forecast(region, year, market => mk.market,
                                                  extrapolate => coalesce(extrapolate, false));
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, market => mk.market,
                                                            extrapolate => coalesce(extrapolate, false)) END;
        ELSE
            f1 := @extschema@.gpumkt_try_forecast(region, year, dimension => dimension, segment => segment,
                                                  market => mk.market, extrapolate => coalesce(extrapolate, false));
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, dimension => dimension, segment => segment,
                                                            market => mk.market, extrapolate => coalesce(extrapolate, false)) END;
        END IF;
        CONTINUE WHEN f1 IS NULL OR (mk.fiscal_year_end <> 12 AND f2 IS NULL);
        IF lower(mk.unit) NOT IN ('unit', 'thousand', 'million', 'billion', 'trillion') THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its unit as "%", which gpumkt cannot convert', mk.market, topic, @extschema@.gpumkt_echo(mk.unit)
                USING ERRCODE = '22023', HINT = 'Set gpumkt_markets.unit of that market to unit, thousand, million, billion or trillion.';
        END IF;
        IF upper(mk.currency) !~ '^[A-Z]{3}$' THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its currency as "%", which is no ISO 4217 code', mk.market, topic, @extschema@.gpumkt_echo(mk.currency)
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
    -- every figure to 15 significant digits, as the forecasts give them;
    -- the spread is high - low as shown
    SELECT array_agg(x ORDER BY x), avg(x)::float8::numeric INTO s, mean FROM unnest(vals) x;
    median := CASE WHEN n % 2 = 1 THEN s[(n + 1) / 2] ELSE (s[n / 2] + s[n / 2 + 1]) / 2 END::float8::numeric;
    low := s[1]::float8::numeric;
    high := s[n]::float8::numeric;
    spread := trim_scale(high - low);
    SELECT coalesce(array_agg(u.m ORDER BY u.m), '{}') INTO outliers
    FROM unnest(vals, names) u(x, m) WHERE u.x < median / 2 OR u.x > median * 2;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_consensus(text, text, integer, text, text, text, text, integer, boolean) IS
'The reports of topic side by side: every market of the topic (gpumkt_markets.topic) whose figures cover year (gpumkt_covered_years; any market with extrapolate => true) with a figure for region (and segment) in calendar year year (a report on fiscal years ending in month m <> 12 as (m/12) FY(year) + ((12 - m)/12) FY(year + 1)), converted by gpumkt_convert to currency and unit (in the prices of real_base_year if given): their number, mean, median, lowest, highest, spread (highest - lowest), the markets counted and the outliers (outside [median/2, median x 2]). No source: sources 0, the figures NULL. Optional, by name: dimension, segment (DEFAULT NULL), currency (DEFAULT USD), unit (DEFAULT billion), real_base_year (DEFAULT NULL), extrapolate (DEFAULT false). Errors (22023) on an unrecognized topic or unit, (02000) on a missing exchange rate or price index.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_reconcile(market text, year integer, method text DEFAULT 'top_down',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
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
    cy record;
BEGIN
    IF market IS NULL OR year IS NULL OR method IS NULL THEN
        RAISE EXCEPTION 'arguments market, year and method of gpumkt_reconcile must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out scenario for the market as it is.';
    END IF;
    IF method NOT IN ('top_down', 'bottom_up', 'proportional') THEN
        RAISE EXCEPTION 'unrecognized method "%" of gpumkt_reconcile', @extschema@.gpumkt_echo(method)
            USING ERRCODE = '22023', HINT = 'The methods are top_down, bottom_up and proportional.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_reconcile.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    -- the years the figures cover, as gpumkt_forecast refuses the others
    SELECT c.* INTO cy FROM @extschema@.gpumkt_covered_years(gpumkt_reconcile.market, gpumkt_reconcile.scenario) c;
    IF NOT coalesce(extrapolate, false) AND year NOT BETWEEN cy.first_year AND cy.last_year THEN
        RAISE EXCEPTION 'year % of gpumkt_reconcile is outside the years % to % that the figures of market "%" cover',
                year, cy.first_year, cy.last_year, gpumkt_reconcile.market
            USING ERRCODE = '22023',
                  DETAIL = 'A forecast beyond the figures extends their growth: it is no figure of the source.',
                  HINT = format('Pass a year from %s to %s, or extrapolate => true for a forecast beyond the figures.',
                                cy.first_year, cy.last_year);
    END IF;
    WITH RECURSIVE tree(region, parent, kind, depth) AS (
        SELECT r.region, r.parent, r.kind, 0 FROM @extschema@.gpumkt_regions r WHERE r.parent IS NULL
        UNION ALL
        SELECT r.region, r.parent, r.kind, t.depth + 1
        FROM @extschema@.gpumkt_regions r JOIN tree t ON r.parent = t.region
    ), f AS (
        SELECT t.region, t.parent, t.kind, t.depth,
               @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year, market => gpumkt_reconcile.market,
                                               scenario => gpumkt_reconcile.scenario, extrapolate => true) AS v
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
        -- to 15 significant digits, as the forecasts give them; the
        -- adjustment is reconciled - forecast as shown
        SELECT codes[i], codes[pars[i]], fc[i], rec[i]::float8::numeric, trim_scale(rec[i]::float8::numeric - fc[i])
        FROM generate_subscripts(codes, 1) AS i ORDER BY i;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_reconcile(text, integer, text, text, boolean) IS
'Regions that add up: one row per region with a forecast of market in year (in scenario if given): its parent (the nearest region above it with a forecast), its forecast, its reconciled figure and the adjustment (reconciled - forecast). top_down scales the children of a parent down in proportion where their sum exceeds it; proportional also carries a parent''s scaling down to its children; bottom_up raises a parent to the sum of its children where below. Coherent families are unchanged; groups are scaled with their siblings but not summed. Optional, by name: method (DEFAULT top_down), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). Errors (22023) on an unrecognized method or market.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_convert(value numeric, year integer, from_currency text, to_currency text,
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
    -- the years of every other function (src/years.c), with or without a rate
    IF year < 1900 OR year > 2200 THEN
        RAISE EXCEPTION 'year % of gpumkt_convert is outside the years 1900 to 2200', year
            USING ERRCODE = '22023', DETAIL = 'Rates, price indices and forecasts are kept for the years 1900 to 2200 only.',
                  HINT = 'Pass a year from 1900 to 2200.';
    END IF;
    IF real_base_year < 1900 OR real_base_year > 2200 THEN
        RAISE EXCEPTION 'real_base_year % of gpumkt_convert is outside the years 1900 to 2200', real_base_year
            USING ERRCODE = '22023', DETAIL = 'Rates, price indices and forecasts are kept for the years 1900 to 2200 only.',
                  HINT = 'Pass a year from 1900 to 2200, or leave out real_base_year for nominal terms.';
    END IF;
    IF value IN ('NaN', 'Infinity', '-Infinity') THEN
        RAISE EXCEPTION 'value % of gpumkt_convert is not a finite number', value
            USING ERRCODE = '22023', HINT = 'Pass a finite amount.';
    END IF;
    IF fc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid from_currency "%" of gpumkt_convert', @extschema@.gpumkt_echo(from_currency)
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    IF tc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid to_currency "%" of gpumkt_convert', @extschema@.gpumkt_echo(to_currency)
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
    -- a result must be a normal double precision number, as every value
    -- gpumkt computes with (a nonzero amount never converts to 0)
    IF abs(v) > 1.7976931348623157e308 THEN
        RAISE EXCEPTION 'result of gpumkt_convert is out of range: overflow'
            USING ERRCODE = '22003', DETAIL = 'The converted amount exceeds 1.7976931348623157e308, the largest double precision number.',
                  HINT = 'Convert to a larger unit (trillion rather than unit, say).';
    END IF;
    IF value <> 0 AND abs(v) < 2.2250738585072014e-308 THEN
        RAISE EXCEPTION 'result of gpumkt_convert is out of range: underflow'
            USING ERRCODE = '22003', DETAIL = 'The converted amount is not zero but smaller in size than 2.2250738585072014e-308, the smallest normal double precision number.',
                  HINT = 'Convert to a smaller unit (unit rather than trillion, say), or treat an amount this small as 0.';
    END IF;
    -- a rate or an index applied: to 15 significant digits, as the
    -- forecasts give figures (a double's digits); a change of unit alone
    -- moves the decimal point and is exact
    IF fc <> tc OR (real_base_year IS NOT NULL AND real_base_year <> year) THEN
        v := v::float8::numeric;
    END IF;
    RETURN trim_scale(v);
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit, a currency that is no three-letter code, or year or real_base_year outside 1900..2200 errors (22023), rate or no rate; a result beyond the normal double precision numbers (above 1.7976931348623157e308 in size, or a nonzero one below 2.2250738585072014e-308) errors (22003). NULL where value, year, a currency or a unit is NULL. from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices); pass them by name: gpumkt_convert(v, 2024, ''EUR'', ''USD'', to_unit => ''billion''). An integer or bigint value goes to the double precision form; cast it to numeric for a numeric result.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_convert(value double precision, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year)::double precision;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(double precision, integer, text, text, text, text, integer) IS
'gpumkt_convert of a double precision value, and of an integer or bigint one (PostgreSQL''s implicit cast prefers double precision, as for power()): computed in numeric, returned as double precision (NaN and infinities error, 22023); from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices).';

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
    own jsonb;			-- rows of each region's own step {region, year, source_row}
    edge_years integer[];	-- the years just outside the horizon
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
                         @extschema@.gpumkt_try_forecast(x.region, y.year, market => mk.market, extrapolate => true) AS value
                  FROM (SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                        UNION
                        SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                  CROSS JOIN generate_series(lo - margin, hi + margin) y(year)
                  OFFSET 0) g;
            IF user_rows IS NOT NULL THEN
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'source_row', u.source_row, 'region', u.region, 'year', u.year, 'value', u.value,
                           'report', @extschema@.gpumkt_report_figure(u.region, u.year, mk.market, extrapolate => true))), '[]')
                INTO used
                FROM (SELECT DISTINCT rn.source_row, x.region, x.year, x.value
                      FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                      CROSS JOIN LATERAL @extschema@.gpumkt_explain(x.region, x.year, market => mk.market, extrapolate => true) AS e
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
                                        CASE WHEN lo = hi THEN lo::text ELSE lo || '-' || hi END),
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Forecasting market %s fails with SQLSTATE %s: %s.%s The checks that need its forecasts are skipped; the other markets are audited.',
                                 mk.market, st, msg, coalesce(' ' || nullif(msg_detail, ''), '')));
        END;

        -- 2. the checks, over the forecasts computed above and the rows
        BEGIN
            -- the rows each region's own step uses (the first step of
            -- gpumkt_explain), for the regions with rates or shares (an
            -- anchor is always used): in every year forecast above, and in
            -- the years just before and after the horizon, which stand for
            -- all earlier and later years (a year where the region has no
            -- figure uses no row)
            own := NULL;
            edge_years := ARRAY[lo - 1, hi + 1];
            WHILE fc IS NOT NULL AND own IS NULL LOOP
                BEGIN
                    SELECT coalesce(jsonb_agg(jsonb_build_object('region', c.region, 'year', c.year,
                                                                 'source_row', rn.source_row)), '[]')
                    INTO own
                    FROM (SELECT c.region, c.year
                          FROM jsonb_to_recordset(fc) AS c(region text, year integer)
                          WHERE c.region IN (SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                                             UNION
                                             SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market)
                          UNION
                          SELECT x.region, y.year
                          FROM (SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                                UNION
                                SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                          CROSS JOIN unnest(edge_years) AS y(year)
                          WHERE y.year BETWEEN 1900 AND 2200
                            AND @extschema@.gpumkt_try_forecast(x.region, y.year, market => mk.market, extrapolate => true) IS NOT NULL
                          OFFSET 0) c
                    CROSS JOIN LATERAL @extschema@.gpumkt_explain(c.region, c.year, market => mk.market, extrapolate => true) AS e
                    CROSS JOIN LATERAL regexp_split_to_table(e.source_rows, ', (?=gpumkt_)') AS rn(source_row)
                    WHERE e.step = 1;
                EXCEPTION WHEN SQLSTATE '22003' THEN
                    -- a forecast leaves double range just outside the
                    -- horizon: the horizon alone
                    IF edge_years = '{}' THEN
                        RAISE;
                    END IF;
                    edge_years := '{}';
                END;
            END LOOP;
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
                           || CASE WHEN s.y0 < s.y1 THEN format(' (the largest gap of %s-%s)', s.y0, s.y1) ELSE '' END,
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
                    SELECT (SELECT r.low FROM @extschema@.gpumkt_forecast_range(s.child, w.year, market => mk.market) r) AS child_low,
                           (SELECT r.high FROM @extschema@.gpumkt_forecast_range(s.parent, w.year, market => mk.market) r) AS parent_high) b
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
                                             ELSE s.y0 || '-' || s.y1 END,
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
            ),
            -- f. a stated figure that the forecast does not use where it is
            -- stated: a rate in no year of its period (one with no period in
            -- no year at all), a region share in its year, with the growth or
            -- the share the forecast gives there instead
            fca AS (
                SELECT x.region, x.year, x.value
                FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
            ),
            own_rows AS (
                SELECT x.region, x.year, x.source_row
                FROM jsonb_to_recordset(own) AS x(region text, year integer, source_row text)
            ),
            stated_rates AS (
                SELECT r.region, r.rate, r.from_year,
                       coalesce(r.from_year, lo) AS y0, coalesce(r.to_year, hi) AS y1,
                       format('gpumkt_rates(%s, %s)', r.region,
                              coalesce(r.from_year || '-' || r.to_year, 'no period')) AS row_name,
                       trim_scale(0.5 * 10::numeric ^ (-scale(r.rate))) AS tolerance
                FROM @extschema@.gpumkt_rates r
                WHERE r.market = mk.market AND own IS NOT NULL
            ),
            rate_use AS (
                SELECT s.row_name,
                       coalesce(bool_or(o.year IS NOT NULL AND (s.from_year IS NULL OR o.year BETWEEN s.y0 AND s.y1)), false)
                           AS where_stated,
                       count(o.year) > 0 AS anywhere
                FROM stated_rates s
                LEFT JOIN own_rows o ON o.source_row = s.row_name
                GROUP BY s.row_name
            ),
            rates_ignored AS (
                SELECT s.*, u.anywhere AS used_elsewhere, v0.value AS v0, v1.value AS v1,
                       CASE WHEN s.y1 > s.y0 THEN @extschema@.gpumkt_cagr(v0.value, v1.value, s.y1::numeric - s.y0)
                       END AS implied
                FROM stated_rates s
                JOIN rate_use u ON u.row_name = s.row_name
                LEFT JOIN fca v0 ON v0.region = s.region AND v0.year = s.y0
                LEFT JOIN fca v1 ON v1.region = s.region AND v1.year = s.y1
                WHERE NOT u.where_stated
            ),
            rates_instead AS (
                SELECT i.row_name, string_agg(DISTINCT o.source_row, ', ' ORDER BY o.source_row) AS instead
                FROM rates_ignored i
                JOIN own_rows o ON o.region = i.region AND o.year BETWEEN i.y0 AND i.y1
                GROUP BY i.row_name
            ),
            rates_not_used AS (
                SELECT 'stated figure not used'::text,
                       concat_ws(' vs ', i.row_name, x.instead),
                       CASE WHEN i.implied IS NOT NULL
                            THEN format('stated %s; %s %s-%s: (%s / %s)^(1/%s) - 1 = %s', i.rate, i.region,
                                        i.y0, i.y1, round(i.v1, 4), round(i.v0, 4), i.y1 - i.y0, round(i.implied, 6))
                            WHEN i.v0 IS NULL OR i.v1 IS NULL
                            THEN format('stated %s; no forecast of %s in both %s and %s', i.rate, i.region, i.y0, i.y1)
                            ELSE format('stated %s; the market''s figures span %s only', i.rate, i.y0) END,
                       i.implied - i.rate,
                       CASE WHEN i.v0 IS NULL OR i.v1 IS NULL
                            THEN format('No forecast of %s uses its rate %s: the method grows a region at a rate only from an anchor of its own, which %s lacks, and without a forecast of it in both %s and %s its growth there cannot be compared.',
                                        i.region, i.rate, i.region, i.y0, i.y1)
                            WHEN i.implied IS NULL
                            THEN format('No forecast of %s uses its rate %s, stated with no period: it rests on %s. The market''s figures span one year, %s, which gives no growth to compare.',
                                        i.region, i.rate, x.instead, i.y0)
                            WHEN i.from_year IS NULL
                            THEN format('No forecast of %s uses its rate %s, stated with no period: it rests on %s, and grows at %s a year over %s-%s, the years of the market''s figures (%s %s).',
                                        i.region, i.rate, x.instead, round(i.implied, 6), i.y0, i.y1,
                                        round(i.implied - i.rate, 6),
                                        CASE WHEN abs(i.implied - i.rate) > i.tolerance
                                             THEN format('off the stated rate, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated rate, within rounding (%s)', i.tolerance) END)
                            ELSE format('The forecast of %s does not use its rate %s in %s-%s, the years it is stated for: there it rests on %s, and grows at %s a year (%s %s).',
                                        i.region, i.rate, i.y0, i.y1, x.instead, round(i.implied, 6),
                                        round(i.implied - i.rate, 6),
                                        CASE WHEN abs(i.implied - i.rate) > i.tolerance
                                             THEN format('off the stated rate, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated rate, within rounding (%s)', i.tolerance) END)
                                 || CASE WHEN i.used_elsewhere THEN ' It is used in other years.'
                                         ELSE ' No forecast uses it in any year.' END
                       END
                FROM rates_ignored i
                LEFT JOIN rates_instead x ON x.row_name = i.row_name
            ),
            stated_shares AS (
                SELECT s.region, s.year, s.share, s.of_region,
                       format('gpumkt_region_shares(%s, %s)', s.region, s.year) AS row_name,
                       trim_scale(0.5 * 10::numeric ^ (-scale(s.share))) AS tolerance
                FROM @extschema@.gpumkt_region_shares s
                WHERE s.market = mk.market AND own IS NOT NULL
            ),
            share_use AS (
                SELECT s.row_name, coalesce(bool_or(o.year = s.year), false) AS where_stated,
                       count(o.year) > 0 AS anywhere
                FROM stated_shares s
                LEFT JOIN own_rows o ON o.source_row = s.row_name
                GROUP BY s.row_name
            ),
            shares_ignored AS (
                SELECT s.*, u.anywhere AS used_elsewhere, c.value AS v, p.value AS pv,
                       c.value / p.value AS implied
                FROM stated_shares s
                JOIN share_use u ON u.row_name = s.row_name
                JOIN fca c ON c.region = s.region AND c.year = s.year
                LEFT JOIN fca p ON p.region = s.of_region AND p.year = s.year
                WHERE NOT u.where_stated
            ),
            shares_instead AS (
                SELECT i.row_name, string_agg(o.source_row, ', ' ORDER BY o.source_row) AS instead
                FROM shares_ignored i
                JOIN own_rows o ON o.region = i.region AND o.year = i.year
                GROUP BY i.row_name
            ),
            shares_not_used AS (
                SELECT 'stated figure not used'::text,
                       concat_ws(' vs ', i.row_name, x.instead),
                       CASE WHEN i.pv IS NULL
                            THEN format('stated %s; %s %s = %s, no forecast of %s', i.share, i.region, i.year,
                                        round(i.v, 4), i.of_region)
                            ELSE format('stated %s; %s %s / %s %s = %s / %s = %s', i.share, i.region, i.year,
                                        i.of_region, i.year, round(i.v, 4), round(i.pv, 4), round(i.implied, 6)) END,
                       i.implied - i.share,
                       CASE WHEN i.pv IS NULL
                            THEN format('In %s the forecast of %s does not use its share %s of %s: it rests on %s, and %s has no forecast that year to compare.',
                                        i.year, i.region, i.share, i.of_region, x.instead, i.of_region)
                            ELSE format('In %s, the year it is stated for, the forecast of %s does not use its share %s of %s: it rests on %s, and gives %s, %s of %s''s %s (%s %s).',
                                        i.year, i.region, i.share, i.of_region, x.instead, round(i.v, 4),
                                        round(i.implied, 6), i.of_region, round(i.pv, 4), round(i.implied - i.share, 6),
                                        CASE WHEN abs(i.implied - i.share) > i.tolerance
                                             THEN format('off the stated share, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated share, within rounding (%s)', i.tolerance) END)
                       END
                           || CASE WHEN i.used_elsewhere THEN ' It is used in other years.'
                                   ELSE ' No forecast uses it in any year.' END
                FROM shares_ignored i
                LEFT JOIN shares_instead x ON x.row_name = i.row_name
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
                UNION ALL SELECT * FROM rates_not_used
                UNION ALL SELECT * FROM shares_not_used
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
        -- the discrepancy to 15 significant digits, as the forecasts give figures
        SELECT x.market, x.finding, x.rows_involved, x.figures, x.discrepancy::float8::numeric, x.detail
        FROM jsonb_to_recordset(findings)
             AS x(market text, finding text, rows_involved text, figures text, discrepancy numeric, detail text)
        ORDER BY 1, 2, 3, 4;
END
$audit$;
COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent (every year of the market''s horizon, consecutive years in one finding), a stated CAGR its endpoints contradict, a value its share of a parent contradicts, a stated figure the forecast does not use where it is stated (a rate in no year of its period, a region share in its year: with the growth or share the forecast gives there), a user''s row that changes forecasts of a shipped market, a market whose forecasts fail (with the SQLSTATE and message, the other markets still audited), and, across the markets of a topic, a source outside half to twice the median of them (gpumkt_consensus) in a year one states.';


-- issue 20: charts (items 7-10): the line's style by basis, the band at
-- least 8 px tall, y axes close to the data, a forecast chart of a user's
-- series (kinds actual and forecast, the band's level: a ninth argument,
-- so a new signature and a new C symbol), gpumkt_svg_lines with a title
-- and a unit (a new form and its transition) and a legend that sets the
-- right margin
DROP FUNCTION @extschema@.gpumkt_svg_forecast(text, text, text, integer[], float8[], text[], float8[], float8[]);
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_forecast(title text, subtitle text, unit text,
        years integer[], figures float8[], kinds text[] DEFAULT NULL,
        lows float8[] DEFAULT NULL, highs float8[] DEFAULT NULL, level float8 DEFAULT NULL)
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_forecast_v2'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_forecast(text, text, text, integer[], float8[], text[], float8[], float8[], float8) IS
'An SVG forecast chart (640 x 400): figures by years (strictly increasing; a NULL figure is a gap), with title, subtitle and the unit over the y axis. kinds name what each figure is: the bases of gpumkt_series (reported and user row: filled dots, solid line; derived, share of parent, segment share: hollow dots, dotted line; interpolated, extrapolated: dashed line) or, for a series of your own, actual (filled dots, solid line) and forecast (dashed line), words may follow (interpolated between anchors); a NULL kind draws a solid line without a dot or legend entry; a stretch takes the style of its weaker end; the legend names the kinds drawn. Title and subtitle longer than the chart is wide end in "..."; tick labels from a million up in M, bn or tn (50 bn). A band (polygon, at least 8 px tall) runs through the years where both lows and highs are given, labelled range (low to high), or with level (DEFAULT NULL) "95 % prediction interval". Arrays of other lengths, NaN or Infinity, a low above its high, a level outside (0, 1), and any other kind of a non-NULL figure are refused (22023).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8) IS
'Transition function of the aggregate gpumkt_svg_lines(series, x, y): keeps the point; rows with a NULL are skipped, NaN and Infinity refused (22023).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_titled_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text) IS
'Transition function of the aggregate gpumkt_svg_lines(series, x, y, title, unit): keeps the title and unit (a row giving others is refused, 22023) and the point; rows with a NULL series, x or y are skipped, NaN and Infinity refused (22023).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_combine(internal, internal) IS
'Combine function of both forms of the aggregate gpumkt_svg_lines: the points of both partial states (their titles and units must be the same, 22023).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_serialize(internal) IS
'Serialize function of both forms of the aggregate gpumkt_svg_lines: the points, the series names, the title and the unit as bytes.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_deserialize(bytea, internal) IS
'Deserialize function of both forms of the aggregate gpumkt_svg_lines: the state back from its bytes, checked.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_lines_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_svg_lines_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_lines_final(internal) IS
'Final function of both forms of the aggregate gpumkt_svg_lines: the SVG line chart of the points kept, with their title and unit.';

REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_svg_lines_trans(internal, text, float8, float8, text, text)
    FROM PUBLIC;
COMMENT ON AGGREGATE @extschema@.gpumkt_svg_lines(text, float8, float8) IS
'An SVG line chart (640 x 400) of the rows: one polyline per distinct series (in byte order, points sorted by x), axes with round ticks over all points, a legend at the right of the first 16 series (names cut at 26 characters or about 180 px), as wide as its longest name, the plot taking the rest. Rows with a NULL are skipped; NULL without rows; NaN and Infinity refused (22023); at most 1,000,000 points (54000). No ORDER BY needed: the same rows give the same bytes in any order. With a title and a unit: gpumkt_svg_lines(series, x, y, title, unit).';

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

-- issue 19: model aggregates on the shards.  The final function's COST
-- from 100000 to 3000, so that postgres_fdw sends gpumkt_ets to the shards
-- (sql/src/95_ets.sql says why).
ALTER FUNCTION @extschema@.gpumkt_ets_final(internal) COST 3000;

-- issue 20: charts and page agree: gpumkt_chart draws a share by the weaker
-- of derived and the basis of the year it is a share of; gpumkt_chart and
-- gpumkt_chart_segments take source => false (a new last argument: a new
-- signature, so the 2.0 forms are dropped; gpumkt_chart's new form is
-- created by the line @GPUMKT_ROUTINE gpumkt_chart@ of the block above);
-- the segment bar wraps long legend rows (its comment says so)
DROP FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, text, text, text, boolean);
DROP FUNCTION @extschema@.gpumkt_chart_segments(text, text, integer, text, boolean);
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart_segments(dimension text, region text DEFAULT 'global',
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_svg_segments(title text, subtitle text, unit text,
        total float8, names text[], shares float8[])
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_svg_segments'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_svg_segments(text, text, text, float8, text[], float8[]) IS
'An SVG stacked bar (640 wide) of segment shares (fractions 0 to 1), one row of legend per known share with its amount (total x share, in unit) where total is given; the segments whose share is NULL are drawn together as one hatched remainder of 1 minus the known shares, labelled "<names>: <remainder> % together". A row longer than the chart wraps its names to a second line; only what two lines cannot hold is cut, never the numbers; title and subtitle longer than the chart is wide end in "...". Shares outside 0..1, NaN or Infinity refused (22023).';

-- issue 19: the ETS family.  The model type keeps its name and storage;
-- values of 2.0 (version 1) read back as version 2.  The final function
-- fits the whole family (new symbol gpumkt_ets_final_v2; 2.0's symbol keeps
-- the additive family for a database not yet updated); gpumkt_model_info
-- gains columns (a new result type: dropped and made again).
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_ets_model_in(cstring) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_in(cstring) IS
'Text input of gpumkt_ets_model: the text a model prints (every model the aggregate makes reads back identically); anything else, or a model with a field out of range, is SQLSTATE 22P02.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) IS
'Text output of gpumkt_ets_model: ets(v2,METHOD,MODEL,t=...,...,season={...},fitted={...},cand={MODEL:AICc,...}), every number to 17 significant digits so that it reads back exactly; the text of 2.0 (ets(v1,...)) reads back as the same model.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_ets_model_recv(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_recv(internal) IS
'Binary input of gpumkt_ets_model (version 2, and 2.0''s version 1); a malformed or out-of-range model is SQLSTATE 22P03.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) IS
'Binary output of gpumkt_ets_model (version 2): the fixed fields in network order, then the seasonal states, the fitted values, the candidates, and a combination''s weights and components.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_ets_final(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_final_v2' LANGUAGE C IMMUTABLE PARALLEL SAFE COST 3000;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_final(internal) IS
'Final function of gpumkt_ets: the regular series of the points, fitted (the whole ETS family, 2.1).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t bigint) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, bigint) IS
'For a model over integer t: the model''s point forecast at t after the series (h steps on: l + phi_h b, or l b^phi_h for an M trend, plus s or times s for an M season), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, timestamptz) IS
'For a model over dates (pass a date: it reaches this form by the implicit cast and is read as the date) or timestamptz values: the model''s point forecast at t after the series (as the bigint form), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t bigint, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, bigint, float8) IS
'For a model over integer t: the central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v(h)), v by the classes of Hyndman et al. 2008, chapter 6 (class 1: A error; class 2: M error, no M season; class 3: M error and season), or the quantiles of 2,000 simulated paths from a fixed seed for a model with an M trend (up to 10,000 steps ahead, 54000 beyond); inside the series the fitted value -/+ z sigma (times the fitted value for an M error). level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t timestamptz, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, timestamptz, float8) IS
'For a model over dates (pass a date, read as the date) or timestamptz values: the central prediction interval of the level (default 0.95) at t, as the bigint form computes it. level outside (0, 1): 22023; t as for gpumkt_predict.';

DROP FUNCTION @extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model);
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_model_info(model @extschema@.gpumkt_ets_model,
    OUT kind text, OUT alpha float8, OUT beta float8, OUT gamma float8, OUT phi float8,
    OUT seasonality integer, OUT n integer, OUT sigma float8, OUT aicc float8,
    OUT mae float8, OUT rmse float8, OUT mase float8, OUT smape float8,
    OUT loglik float8, OUT method text, OUT chosen_by text, OUT candidates text[],
    OUT candidate_aicc float8[], OUT components text[], OUT weights float8[])
    AS 'MODULE_PATHNAME', 'gpumkt_model_info_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model) IS
'The model: kind (R''s ETS code, ANN .. MMdM; THETA or COMBINATION for other methods), smoothing parameters (beta NULL without trend, gamma without season, phi without damping), seasonality (1 without season), n (points of the series, filled ones too), sigma (residual standard deviation, sqrt(SSE / (n - k)), k the estimated quantities; of the relative errors for an M error), AICc (as forecast::ets: -2 loglik + 2k + 2k(k+1)/(n-k-1), k counting the variance; NULL when n - k - 1 <= 0), the in-sample accuracy of the one-step fitted values: MAE, RMSE, MASE (scaled by the mean absolute change over one cycle of the series, or one step; NULL when that is 0) and sMAPE in percent; loglik (forecast::ets''s: -n/2 log(SSE), minus the sum of log|fitted| for an M error); method (ets, theta, combination); chosen_by (least AICc, or forced when the model argument named one model; theta method for gpumkt_theta''s model, Akaike weights for gpumkt_auto_model''s combination); candidates and candidate_aicc: the models tried and their AICc (empty when forced; NULL AICc for a model the series is too short for); components and weights: a combination''s (NULL otherwise). A model stored by 2.0 reports its own aicc and loglik (Gaussian, with constants).';

------------------------------------------------------------------------------
-- The comments of the aggregates gpumkt_ets (95_ets.sql creates them), one
-- per type of t and number of arguments (the cycle each type of t detects
-- differs).  2.1 changed them (issue 19): the update replays this file.
------------------------------------------------------------------------------
DO $$
DECLARE
    t record;
    k int;
    types text[] := ARRAY['', ', integer', ', integer, text'];
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('bigint', 'integer t: the lag among 4, 7, 12 and 52 whose autocorrelation of first differences is highest and significant'),
            ('timestamptz', 'timestamptz t by calendar months (UTC): 12 for months, 4 for quarters, 2 for half-years; hourly: 24; daily: 7; a date t, which reaches timestamptz by the implicit cast, makes a date series, read as written whatever the time zone and printed as dates: 12, 4 or 2 by calendar months, 7 by days')) AS x(typ, cycle)
    LOOP
        FOR k IN 1 .. 3 LOOP
            EXECUTE pg_catalog.format('COMMENT ON AGGREGATE @extschema@.gpumkt_ets(%s, float8%s) IS %L', t.typ, types[k],
                CASE k WHEN 1 THEN pg_catalog.format('Fits an exponential-smoothing model to the group''s series and returns it as a gpumkt_ets_model: values of one t summed, the constant step detected (up to 30 %% of the points missing are filled in linearly), the cycle detected (%s), and the model of least AICc among those R''s forecast::ets tries by default (error A, or M for values all above 0; trend N, A or Ad; season N, A, or M for values above 0; not A error with M season), its parameters and initial states by maximum likelihood from several starts. NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.', t.cycle)
                       WHEN 2 THEN pg_catalog.format('As gpumkt_ets(%1$s, float8), with the cycle given: seasonality NULL detects it, 1 means none, m > 1 a cycle of m points (at most half the series, 22023 otherwise).', t.typ)
                       ELSE pg_catalog.format('As gpumkt_ets(%1$s, float8, integer), with the model given as R''s forecast::ets names it (case-insensitive): error A or M, trend N, A, Ad, M or Md, season N, A or M, Z for a component to choose (NULL or ZZZ: choose all; M and Md trends only when named); 22023 for another name, for A error with an M trend or season or M error with M trend and A season (forecast::ets refuses them), for an M part with a value <= 0, for a seasonal model without a cycle, or for a model the series is too short for. Aggregates take no named arguments: gpumkt_ets(t, value, NULL, ''MAdM'').', t.typ) END);
        END LOOP;
    END LOOP;
END
$$;
COMMENT ON TYPE @extschema@.gpumkt_ets_model IS
'A forecasting model fitted by the aggregate gpumkt_ets: its model (R''s ETS codes ANN .. MMdM), parameters, final states, residual variance, accuracy, the candidates it was chosen among with their AICc, the times of its series and its fitted values. Read by gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info; values stored by 2.0 read back and predict the same.';

-- issue 19: theta and the automatic model (new objects only)
------------------------------------------------------------------------------
-- The Theta method and the automatic model (2.1, issue 19): the aggregates
-- gpumkt_theta and gpumkt_auto_model fit a group's series as gpumkt_ets
-- does (they share its transition, combine, serialize and deserialize
-- functions, and one final function) and return a
-- gpumkt_ets_model, of method theta or combination, which gpumkt_predict,
-- gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info
-- read as they read gpumkt_ets's.  See docs/method.md, "The Theta method"
-- and "The automatic model".  The update to 2.1 replays this file.
------------------------------------------------------------------------------

-- One final function for both (the aggregate's name says which method;
-- one routine fewer).  COST 3000, as gpumkt_ets_final's (95_ets.sql says
-- why): a higher cost hides the aggregate from postgres_fdw's pushdown.
CREATE FUNCTION @extschema@.gpumkt_model_final(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_model_final' LANGUAGE C IMMUTABLE PARALLEL SAFE COST 3000;
COMMENT ON FUNCTION @extschema@.gpumkt_model_final(internal) IS
'Final function of gpumkt_theta and gpumkt_auto_model: the regular series of the points, fitted by the aggregate''s method (the Theta method, or the automatic model).';
REVOKE EXECUTE ON FUNCTION @extschema@.gpumkt_model_final(internal) FROM PUBLIC;

-- The aggregates, one per type of t and number of arguments (no model
-- argument: gpumkt_ets_trans's 3- and 4-argument forms).
DO $$
DECLARE
    typ text;
    agg record;
    k int;
    args text[] := ARRAY['', ', seasonality integer'];
    types text[] := ARRAY['', ', integer'];
BEGIN
    FOREACH typ IN ARRAY ARRAY['bigint', 'timestamptz']
    LOOP
        FOR agg IN SELECT * FROM (VALUES
                ('gpumkt_theta',
                 'Fits the Theta method (Assimakopoulos and Nikolopoulos 2000) to the group''s series as R''s forecast::thetaf does and returns it as a gpumkt_ets_model of method theta: the series made as gpumkt_ets makes it (values of one t summed, the constant step detected, up to 30 %% of the points missing filled in linearly, the cycle detected as gpumkt_ets detects it); a series with a cycle m and more than 2m points whose autocorrelation at lag m passes the 90 %% test divided by the seasonal indices of the classical multiplicative decomposition; simple exponential smoothing fitted by least squares (alpha in [0.0001, 0.9999], the initial level estimated) plus a drift of half the slope of the least-squares line; forecasts reseasonalised; intervals those of the smoothing, sigma sqrt(1 + (h - 1) alpha^2) (thetaf''s). NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.'),
                ('gpumkt_auto_model',
                 'The recommended automatic forecast: fits exponential smoothing to the group''s series (made as gpumkt_ets makes it, the cycle detected the same way) among the models gpumkt_ets chooses from plus, for values all above 0, the multiplicative trends without a season (MMN, MMdN), and returns the average of the (at most) three models of least AICc as a gpumkt_ets_model of method combination: Akaike weights exp(-(AICc - least AICc) / 2), normalised (the chosen model alone when the series is too short for an AICc); forecast the weighted sum of theirs (gpumkt_model_info gives the components and weights); intervals the weighted sums of their bounds widened by the spread of their forecasts (the variance of their mixture). NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.')) AS x(name, doc)
        LOOP
            FOR k IN 1 .. 2 LOOP
                EXECUTE pg_catalog.format(
                    'CREATE AGGREGATE @extschema@.%I(t %s, value float8%s) (SFUNC = @extschema@.gpumkt_ets_trans,'
                    ' STYPE = internal, FINALFUNC = @extschema@.gpumkt_model_final, COMBINEFUNC = @extschema@.gpumkt_ets_combine,'
                    ' SERIALFUNC = @extschema@.gpumkt_ets_serialize, DESERIALFUNC = @extschema@.gpumkt_ets_deserialize,'
                    ' PARALLEL = SAFE)', agg.name, typ, args[k]);
                EXECUTE pg_catalog.format('COMMENT ON AGGREGATE @extschema@.%I(%s, float8%s) IS %L', agg.name, typ, types[k],
                    CASE k WHEN 1 THEN pg_catalog.format(agg.doc)
                           ELSE pg_catalog.format('As %1$s(%2$s, float8), with the cycle given: seasonality NULL detects it, 1 means none, m > 1 a cycle of m points (at most half the series, 22023 otherwise).', agg.name, typ) END);
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;

-- issue 20: chart labels (tick labels in M/bn/tn, unknown kinds refused,
-- titles cut by width): only the comments of gpumkt_svg_forecast and
-- gpumkt_svg_segments change, and both are already replaced from sql/src
-- above (@GPUMKT_ROUTINE gpumkt_svg_forecast@, @GPUMKT_ROUTINE
-- gpumkt_svg_segments@), which carries the new comments
