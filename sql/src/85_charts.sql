
------------------------------------------------------------------------------
-- Text charts (1.3, issue 12): sparklines and bars of block characters, for
-- result tables.  They are text in a UTF8 database only; in any other they
-- are refused (22021).  The database encoding never changes, so they stay
-- IMMUTABLE, as chr() is.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_sparkline(series float8[]) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline(float8[]) IS
'A sparkline: one of the eight block characters U+2581 to U+2588 (one eighth to a full block high) per element, the smallest value U+2581 and the largest U+2588, value v at round((v - min) / (max - min) * 7); a constant series is all U+2584 (half high), a NULL element a space; NULL for an empty or all-NULL array; NaN and Infinity refused (22023); UTF8 databases only (22021).';

-- The aggregate keeps every value (NULLs as gaps) in an internal state and
-- draws them at the end.  It has no combine function, so PostgreSQL never
-- splits it into partial aggregates: each group is drawn whole by one
-- process, in the order its ORDER BY gives (an aggregate with ORDER BY is
-- never partial anyway).  Its functions read nothing but their arguments
-- and the state, so that process may be a parallel worker: PARALLEL SAFE
-- is true.
CREATE FUNCTION @extschema@.gpumkt_sparkline_trans(internal, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline_trans(internal, float8) IS
'Transition function of the aggregate gpumkt_sparkline(float8): appends the value, a NULL as a gap.';
CREATE FUNCTION @extschema@.gpumkt_sparkline_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline_final(internal) IS
'Final function of the aggregate gpumkt_sparkline(float8): the sparkline of the values appended.';
CREATE AGGREGATE @extschema@.gpumkt_sparkline(value float8) (
    SFUNC = @extschema@.gpumkt_sparkline_trans,
    STYPE = internal,
    FINALFUNC = @extschema@.gpumkt_sparkline_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_sparkline(float8) IS
'A sparkline of the rows, in the order of the aggregate''s ORDER BY (gpumkt_sparkline(value ORDER BY year)): as gpumkt_sparkline(float8[]) of the values in that order.';
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_sparkline_trans(internal, float8),
    @extschema@.gpumkt_sparkline_final(internal)
    FROM PUBLIC;

CREATE FUNCTION @extschema@.gpumkt_bar(value float8, max_value float8, width integer DEFAULT 20) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_bar' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_bar(float8, float8, integer) IS
'A horizontal bar of round(value / max_value * width * 8) eighths of a character: full blocks (U+2588) then one of the left partial blocks U+258F (one eighth) to U+2589 (seven eighths); a value above max_value gives the full width; value below 0, max_value not above 0, NaN or Infinity, or width outside 1..200 refused (22023); UTF8 databases only (22021).';
