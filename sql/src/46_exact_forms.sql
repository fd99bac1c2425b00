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
