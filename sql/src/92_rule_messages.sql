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
