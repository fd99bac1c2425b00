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

-- Exact-match forms, for the reason given over those of the growth math
-- (40_growth_math.sql): in a schema others may write, an overload such as
-- gpumkt_implied_cagr(numeric, numeric, integer, numeric) would be a better
-- match for gpumkt_implied_cagr(0.543, 0.6, 10, 0.17) than the numeric form.
-- Every combination of integer, numeric and float8 arguments is taken, with
-- the same rule: any float8 argument, or only integers, computes as float8;
-- otherwise (numeric and integer) as numeric.
DO $$
DECLARE
    f record;
    combo int;
    types text[];
    target text;
    k int;
BEGIN
    FOR f IN SELECT * FROM (VALUES
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
