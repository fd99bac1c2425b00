------------------------------------------------------------------------------
-- Growth math
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_cagr_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, float8, float8) IS
'Compound annual growth rate from start_value to end_value over years: (end/start)^(1/years) - 1, the spreadsheet RRI.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_cagr_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, numeric, numeric) IS
'Compound annual growth rate from start_value to end_value over years, in numeric arithmetic to 30 significant digits: (end/start)^(1/years) - 1.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_project_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, float8, float8) IS
'value * (1 + rate)^years: the spreadsheet FV with no payments, positive sign; negative years back-cast.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_project_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, numeric, numeric) IS
'value * (1 + rate)^years in numeric arithmetic, to 30 significant digits (exact where the exact value has fewer); negative years back-cast.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value float8, rate float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_years_to_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, float8, float8) IS
'Years for start_value to reach target_value growing at rate: ln(target/start) / ln(1 + rate), the spreadsheet PDURATION; a declining market (rate < 0, target < start) is valid; a negative result means the target lies in the past on that path.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value numeric, rate numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_years_to_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, numeric, numeric) IS
'Years for start_value to reach target_value growing at rate, in numeric arithmetic to 30 significant digits: ln(target/start) / ln(1 + rate).';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 float8, year float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_interpolate_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, float8, float8) IS
'Value in year on the constant-growth (geometric) path through (year0, value0) and (year1, value1): value0 * (value1/value0)^((year-year0)/(year1-year0)); extrapolates on the same path outside the anchors.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 numeric, year numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_interpolate_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric) IS
'Value in year on the constant-growth path through two anchors, in numeric arithmetic to 30 significant digits.';

-- Exact-match forms of the growth math (issue 8, item 5).  The extension's
-- schema may be writable by others (public, owned by the database owner).
-- There, an overload such as public.gpumkt_cagr(integer, integer, integer)
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
            ('gpumkt_interpolate', ARRAY['year0', 'value0', 'year1', 'value1', 'year']))
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
                'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN @extschema@.%I(%s)',
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
