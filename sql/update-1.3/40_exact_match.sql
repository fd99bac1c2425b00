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
-- before too (to the float8 form at its position, the preferred type).  The bodies are SQL-standard (resolved once, here,
-- with search_path = pg_catalog) and are inlined by the planner.

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value integer, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, integer, integer) IS
'gpumkt_cagr for (integer, integer, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value integer, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, integer, numeric) IS
'gpumkt_cagr for (integer, integer, numeric) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, integer, float8) IS
'gpumkt_cagr for (integer, integer, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value numeric, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, numeric, integer) IS
'gpumkt_cagr for (integer, numeric, integer) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value numeric, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, numeric, numeric) IS
'gpumkt_cagr for (integer, numeric, numeric) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, numeric, float8) IS
'gpumkt_cagr for (integer, numeric, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, float8, integer) IS
'gpumkt_cagr for (integer, float8, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, float8, numeric) IS
'gpumkt_cagr for (integer, float8, numeric) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value integer, end_value float8, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(integer, float8, float8) IS
'gpumkt_cagr for (integer, float8, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value integer, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, integer, integer) IS
'gpumkt_cagr for (numeric, integer, integer) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value integer, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, integer, numeric) IS
'gpumkt_cagr for (numeric, integer, numeric) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, integer, float8) IS
'gpumkt_cagr for (numeric, integer, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value numeric, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.numeric, end_value::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, numeric, integer) IS
'gpumkt_cagr for (numeric, numeric, integer) arguments, computed as gpumkt_cagr(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, numeric, float8) IS
'gpumkt_cagr for (numeric, numeric, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, float8, integer) IS
'gpumkt_cagr for (numeric, float8, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, float8, numeric) IS
'gpumkt_cagr for (numeric, float8, numeric) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value float8, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, float8, float8) IS
'gpumkt_cagr for (numeric, float8, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value integer, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, integer, integer) IS
'gpumkt_cagr for (float8, integer, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value integer, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, integer, numeric) IS
'gpumkt_cagr for (float8, integer, numeric) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, integer, float8) IS
'gpumkt_cagr for (float8, integer, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value numeric, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, numeric, integer) IS
'gpumkt_cagr for (float8, numeric, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value numeric, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, numeric, numeric) IS
'gpumkt_cagr for (float8, numeric, numeric) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, numeric, float8) IS
'gpumkt_cagr for (float8, numeric, float8) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, float8, integer) IS
'gpumkt_cagr for (float8, float8, integer) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_cagr(start_value::pg_catalog.float8, end_value::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, float8, numeric) IS
'gpumkt_cagr for (float8, float8, numeric) arguments, computed as gpumkt_cagr(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate integer, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, integer, integer) IS
'gpumkt_project for (integer, integer, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate integer, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, integer, numeric) IS
'gpumkt_project for (integer, integer, numeric) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, integer, float8) IS
'gpumkt_project for (integer, integer, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate numeric, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, numeric, integer) IS
'gpumkt_project for (integer, numeric, integer) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate numeric, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, numeric, numeric) IS
'gpumkt_project for (integer, numeric, numeric) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, numeric, float8) IS
'gpumkt_project for (integer, numeric, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, float8, integer) IS
'gpumkt_project for (integer, float8, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, float8, numeric) IS
'gpumkt_project for (integer, float8, numeric) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value integer, rate float8, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(integer, float8, float8) IS
'gpumkt_project for (integer, float8, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate integer, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, integer, integer) IS
'gpumkt_project for (numeric, integer, integer) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate integer, years numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, integer, numeric) IS
'gpumkt_project for (numeric, integer, numeric) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, integer, float8) IS
'gpumkt_project for (numeric, integer, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate numeric, years integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.numeric, rate::pg_catalog.numeric, years::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, numeric, integer) IS
'gpumkt_project for (numeric, numeric, integer) arguments, computed as gpumkt_project(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, numeric, float8) IS
'gpumkt_project for (numeric, numeric, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, float8, integer) IS
'gpumkt_project for (numeric, float8, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, float8, numeric) IS
'gpumkt_project for (numeric, float8, numeric) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate float8, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, float8, float8) IS
'gpumkt_project for (numeric, float8, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate integer, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, integer, integer) IS
'gpumkt_project for (float8, integer, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate integer, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, integer, numeric) IS
'gpumkt_project for (float8, integer, numeric) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate integer, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, integer, float8) IS
'gpumkt_project for (float8, integer, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate numeric, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, numeric, integer) IS
'gpumkt_project for (float8, numeric, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate numeric, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, numeric, numeric) IS
'gpumkt_project for (float8, numeric, numeric) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate numeric, years float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, numeric, float8) IS
'gpumkt_project for (float8, numeric, float8) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate float8, years integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, float8, integer) IS
'gpumkt_project for (float8, float8, integer) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate float8, years numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_project(value::pg_catalog.float8, rate::pg_catalog.float8, years::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, float8, numeric) IS
'gpumkt_project for (float8, float8, numeric) arguments, computed as gpumkt_project(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value integer, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, integer, integer) IS
'gpumkt_years_to for (integer, integer, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value integer, rate numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, integer, numeric) IS
'gpumkt_years_to for (integer, integer, numeric) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value integer, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, integer, float8) IS
'gpumkt_years_to for (integer, integer, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value numeric, rate integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, numeric, integer) IS
'gpumkt_years_to for (integer, numeric, integer) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value numeric, rate numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, numeric, numeric) IS
'gpumkt_years_to for (integer, numeric, numeric) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value numeric, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, numeric, float8) IS
'gpumkt_years_to for (integer, numeric, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value float8, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, float8, integer) IS
'gpumkt_years_to for (integer, float8, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value float8, rate numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, float8, numeric) IS
'gpumkt_years_to for (integer, float8, numeric) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value integer, target_value float8, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(integer, float8, float8) IS
'gpumkt_years_to for (integer, float8, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value integer, rate integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, integer, integer) IS
'gpumkt_years_to for (numeric, integer, integer) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value integer, rate numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, integer, numeric) IS
'gpumkt_years_to for (numeric, integer, numeric) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value integer, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, integer, float8) IS
'gpumkt_years_to for (numeric, integer, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value numeric, rate integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.numeric, target_value::pg_catalog.numeric, rate::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, numeric, integer) IS
'gpumkt_years_to for (numeric, numeric, integer) arguments, computed as gpumkt_years_to(numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value numeric, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, numeric, float8) IS
'gpumkt_years_to for (numeric, numeric, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value float8, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, float8, integer) IS
'gpumkt_years_to for (numeric, float8, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value float8, rate numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, float8, numeric) IS
'gpumkt_years_to for (numeric, float8, numeric) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value float8, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, float8, float8) IS
'gpumkt_years_to for (numeric, float8, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value integer, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, integer, integer) IS
'gpumkt_years_to for (float8, integer, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value integer, rate numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, integer, numeric) IS
'gpumkt_years_to for (float8, integer, numeric) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value integer, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, integer, float8) IS
'gpumkt_years_to for (float8, integer, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value numeric, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, numeric, integer) IS
'gpumkt_years_to for (float8, numeric, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value numeric, rate numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, numeric, numeric) IS
'gpumkt_years_to for (float8, numeric, numeric) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value numeric, rate float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, numeric, float8) IS
'gpumkt_years_to for (float8, numeric, float8) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value float8, rate integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, float8, integer) IS
'gpumkt_years_to for (float8, float8, integer) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value float8, rate numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_years_to(start_value::pg_catalog.float8, target_value::pg_catalog.float8, rate::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, float8, numeric) IS
'gpumkt_years_to for (float8, float8, numeric) arguments, computed as gpumkt_years_to(float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, integer, integer) IS
'gpumkt_interpolate for (integer, integer, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, integer, numeric) IS
'gpumkt_interpolate for (integer, integer, integer, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, integer, float8) IS
'gpumkt_interpolate for (integer, integer, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, numeric, integer) IS
'gpumkt_interpolate for (integer, integer, integer, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, numeric, numeric) IS
'gpumkt_interpolate for (integer, integer, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, numeric, float8) IS
'gpumkt_interpolate for (integer, integer, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, float8, integer) IS
'gpumkt_interpolate for (integer, integer, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, float8, numeric) IS
'gpumkt_interpolate for (integer, integer, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, integer, float8, float8) IS
'gpumkt_interpolate for (integer, integer, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, integer, integer) IS
'gpumkt_interpolate for (integer, integer, numeric, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, integer, numeric) IS
'gpumkt_interpolate for (integer, integer, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, integer, float8) IS
'gpumkt_interpolate for (integer, integer, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, numeric, integer) IS
'gpumkt_interpolate for (integer, integer, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, numeric, numeric) IS
'gpumkt_interpolate for (integer, integer, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, numeric, float8) IS
'gpumkt_interpolate for (integer, integer, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, float8, integer) IS
'gpumkt_interpolate for (integer, integer, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, float8, numeric) IS
'gpumkt_interpolate for (integer, integer, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, numeric, float8, float8) IS
'gpumkt_interpolate for (integer, integer, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, integer, integer) IS
'gpumkt_interpolate for (integer, integer, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, integer, numeric) IS
'gpumkt_interpolate for (integer, integer, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, integer, float8) IS
'gpumkt_interpolate for (integer, integer, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, numeric, integer) IS
'gpumkt_interpolate for (integer, integer, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, numeric, numeric) IS
'gpumkt_interpolate for (integer, integer, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, numeric, float8) IS
'gpumkt_interpolate for (integer, integer, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, float8, integer) IS
'gpumkt_interpolate for (integer, integer, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, float8, numeric) IS
'gpumkt_interpolate for (integer, integer, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 integer, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, integer, float8, float8, float8) IS
'gpumkt_interpolate for (integer, integer, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, integer, integer) IS
'gpumkt_interpolate for (integer, numeric, integer, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, integer, numeric) IS
'gpumkt_interpolate for (integer, numeric, integer, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, integer, float8) IS
'gpumkt_interpolate for (integer, numeric, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, numeric, integer) IS
'gpumkt_interpolate for (integer, numeric, integer, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, numeric, numeric) IS
'gpumkt_interpolate for (integer, numeric, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, numeric, float8) IS
'gpumkt_interpolate for (integer, numeric, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, float8, integer) IS
'gpumkt_interpolate for (integer, numeric, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, float8, numeric) IS
'gpumkt_interpolate for (integer, numeric, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, integer, float8, float8) IS
'gpumkt_interpolate for (integer, numeric, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, integer, integer) IS
'gpumkt_interpolate for (integer, numeric, numeric, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, integer, numeric) IS
'gpumkt_interpolate for (integer, numeric, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, integer, float8) IS
'gpumkt_interpolate for (integer, numeric, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, numeric, integer) IS
'gpumkt_interpolate for (integer, numeric, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, numeric, numeric) IS
'gpumkt_interpolate for (integer, numeric, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, numeric, float8) IS
'gpumkt_interpolate for (integer, numeric, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, float8, integer) IS
'gpumkt_interpolate for (integer, numeric, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, float8, numeric) IS
'gpumkt_interpolate for (integer, numeric, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, numeric, float8, float8) IS
'gpumkt_interpolate for (integer, numeric, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, integer, integer) IS
'gpumkt_interpolate for (integer, numeric, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, integer, numeric) IS
'gpumkt_interpolate for (integer, numeric, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, integer, float8) IS
'gpumkt_interpolate for (integer, numeric, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, numeric, integer) IS
'gpumkt_interpolate for (integer, numeric, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, numeric, numeric) IS
'gpumkt_interpolate for (integer, numeric, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, numeric, float8) IS
'gpumkt_interpolate for (integer, numeric, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, float8, integer) IS
'gpumkt_interpolate for (integer, numeric, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, float8, numeric) IS
'gpumkt_interpolate for (integer, numeric, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 numeric, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, numeric, float8, float8, float8) IS
'gpumkt_interpolate for (integer, numeric, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, integer, integer) IS
'gpumkt_interpolate for (integer, float8, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, integer, numeric) IS
'gpumkt_interpolate for (integer, float8, integer, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, integer, float8) IS
'gpumkt_interpolate for (integer, float8, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, numeric, integer) IS
'gpumkt_interpolate for (integer, float8, integer, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, numeric, numeric) IS
'gpumkt_interpolate for (integer, float8, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, numeric, float8) IS
'gpumkt_interpolate for (integer, float8, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, float8, integer) IS
'gpumkt_interpolate for (integer, float8, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, float8, numeric) IS
'gpumkt_interpolate for (integer, float8, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, integer, float8, float8) IS
'gpumkt_interpolate for (integer, float8, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, integer, integer) IS
'gpumkt_interpolate for (integer, float8, numeric, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, integer, numeric) IS
'gpumkt_interpolate for (integer, float8, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, integer, float8) IS
'gpumkt_interpolate for (integer, float8, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, numeric, integer) IS
'gpumkt_interpolate for (integer, float8, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, numeric, numeric) IS
'gpumkt_interpolate for (integer, float8, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, numeric, float8) IS
'gpumkt_interpolate for (integer, float8, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, float8, integer) IS
'gpumkt_interpolate for (integer, float8, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, float8, numeric) IS
'gpumkt_interpolate for (integer, float8, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, numeric, float8, float8) IS
'gpumkt_interpolate for (integer, float8, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, integer, integer) IS
'gpumkt_interpolate for (integer, float8, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, integer, numeric) IS
'gpumkt_interpolate for (integer, float8, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, integer, float8) IS
'gpumkt_interpolate for (integer, float8, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, numeric, integer) IS
'gpumkt_interpolate for (integer, float8, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, numeric, numeric) IS
'gpumkt_interpolate for (integer, float8, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, numeric, float8) IS
'gpumkt_interpolate for (integer, float8, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, float8, integer) IS
'gpumkt_interpolate for (integer, float8, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, float8, numeric) IS
'gpumkt_interpolate for (integer, float8, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 integer, value0 float8, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(integer, float8, float8, float8, float8) IS
'gpumkt_interpolate for (integer, float8, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, integer, integer) IS
'gpumkt_interpolate for (numeric, integer, integer, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, integer, numeric) IS
'gpumkt_interpolate for (numeric, integer, integer, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, integer, float8) IS
'gpumkt_interpolate for (numeric, integer, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, numeric, integer) IS
'gpumkt_interpolate for (numeric, integer, integer, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, numeric, numeric) IS
'gpumkt_interpolate for (numeric, integer, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, numeric, float8) IS
'gpumkt_interpolate for (numeric, integer, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, float8, integer) IS
'gpumkt_interpolate for (numeric, integer, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, float8, numeric) IS
'gpumkt_interpolate for (numeric, integer, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, integer, float8, float8) IS
'gpumkt_interpolate for (numeric, integer, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, integer, integer) IS
'gpumkt_interpolate for (numeric, integer, numeric, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, integer, numeric) IS
'gpumkt_interpolate for (numeric, integer, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, integer, float8) IS
'gpumkt_interpolate for (numeric, integer, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, numeric, integer) IS
'gpumkt_interpolate for (numeric, integer, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, numeric, numeric) IS
'gpumkt_interpolate for (numeric, integer, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, numeric, float8) IS
'gpumkt_interpolate for (numeric, integer, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, float8, integer) IS
'gpumkt_interpolate for (numeric, integer, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, float8, numeric) IS
'gpumkt_interpolate for (numeric, integer, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, numeric, float8, float8) IS
'gpumkt_interpolate for (numeric, integer, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, integer, integer) IS
'gpumkt_interpolate for (numeric, integer, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, integer, numeric) IS
'gpumkt_interpolate for (numeric, integer, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, integer, float8) IS
'gpumkt_interpolate for (numeric, integer, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, numeric, integer) IS
'gpumkt_interpolate for (numeric, integer, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, numeric, numeric) IS
'gpumkt_interpolate for (numeric, integer, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, numeric, float8) IS
'gpumkt_interpolate for (numeric, integer, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, float8, integer) IS
'gpumkt_interpolate for (numeric, integer, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, float8, numeric) IS
'gpumkt_interpolate for (numeric, integer, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 integer, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, integer, float8, float8, float8) IS
'gpumkt_interpolate for (numeric, integer, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, integer, integer) IS
'gpumkt_interpolate for (numeric, numeric, integer, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, integer, numeric) IS
'gpumkt_interpolate for (numeric, numeric, integer, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, integer, float8) IS
'gpumkt_interpolate for (numeric, numeric, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, numeric, integer) IS
'gpumkt_interpolate for (numeric, numeric, integer, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 numeric, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, numeric, numeric) IS
'gpumkt_interpolate for (numeric, numeric, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, numeric, float8) IS
'gpumkt_interpolate for (numeric, numeric, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, float8, integer) IS
'gpumkt_interpolate for (numeric, numeric, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, float8, numeric) IS
'gpumkt_interpolate for (numeric, numeric, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, integer, float8, float8) IS
'gpumkt_interpolate for (numeric, numeric, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 integer, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, integer, integer) IS
'gpumkt_interpolate for (numeric, numeric, numeric, integer, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 integer, year numeric)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, integer, numeric) IS
'gpumkt_interpolate for (numeric, numeric, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, integer, float8) IS
'gpumkt_interpolate for (numeric, numeric, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 numeric, year integer)
    RETURNS numeric LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.numeric, value0::pg_catalog.numeric, year1::pg_catalog.numeric, value1::pg_catalog.numeric, year::pg_catalog.numeric);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, numeric, integer) IS
'gpumkt_interpolate for (numeric, numeric, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, numeric, float8) IS
'gpumkt_interpolate for (numeric, numeric, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, float8, integer) IS
'gpumkt_interpolate for (numeric, numeric, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, float8, numeric) IS
'gpumkt_interpolate for (numeric, numeric, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, float8, float8) IS
'gpumkt_interpolate for (numeric, numeric, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, integer, integer) IS
'gpumkt_interpolate for (numeric, numeric, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, integer, numeric) IS
'gpumkt_interpolate for (numeric, numeric, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, integer, float8) IS
'gpumkt_interpolate for (numeric, numeric, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, numeric, integer) IS
'gpumkt_interpolate for (numeric, numeric, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, numeric, numeric) IS
'gpumkt_interpolate for (numeric, numeric, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, numeric, float8) IS
'gpumkt_interpolate for (numeric, numeric, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, float8, integer) IS
'gpumkt_interpolate for (numeric, numeric, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, float8, numeric) IS
'gpumkt_interpolate for (numeric, numeric, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, float8, float8, float8) IS
'gpumkt_interpolate for (numeric, numeric, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, integer, integer) IS
'gpumkt_interpolate for (numeric, float8, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, integer, numeric) IS
'gpumkt_interpolate for (numeric, float8, integer, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, integer, float8) IS
'gpumkt_interpolate for (numeric, float8, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, numeric, integer) IS
'gpumkt_interpolate for (numeric, float8, integer, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, numeric, numeric) IS
'gpumkt_interpolate for (numeric, float8, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, numeric, float8) IS
'gpumkt_interpolate for (numeric, float8, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, float8, integer) IS
'gpumkt_interpolate for (numeric, float8, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, float8, numeric) IS
'gpumkt_interpolate for (numeric, float8, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, integer, float8, float8) IS
'gpumkt_interpolate for (numeric, float8, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, integer, integer) IS
'gpumkt_interpolate for (numeric, float8, numeric, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, integer, numeric) IS
'gpumkt_interpolate for (numeric, float8, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, integer, float8) IS
'gpumkt_interpolate for (numeric, float8, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, numeric, integer) IS
'gpumkt_interpolate for (numeric, float8, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, numeric, numeric) IS
'gpumkt_interpolate for (numeric, float8, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, numeric, float8) IS
'gpumkt_interpolate for (numeric, float8, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, float8, integer) IS
'gpumkt_interpolate for (numeric, float8, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, float8, numeric) IS
'gpumkt_interpolate for (numeric, float8, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, numeric, float8, float8) IS
'gpumkt_interpolate for (numeric, float8, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, integer, integer) IS
'gpumkt_interpolate for (numeric, float8, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, integer, numeric) IS
'gpumkt_interpolate for (numeric, float8, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, integer, float8) IS
'gpumkt_interpolate for (numeric, float8, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, numeric, integer) IS
'gpumkt_interpolate for (numeric, float8, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, numeric, numeric) IS
'gpumkt_interpolate for (numeric, float8, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, numeric, float8) IS
'gpumkt_interpolate for (numeric, float8, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, float8, integer) IS
'gpumkt_interpolate for (numeric, float8, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, float8, numeric) IS
'gpumkt_interpolate for (numeric, float8, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 float8, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, float8, float8, float8, float8) IS
'gpumkt_interpolate for (numeric, float8, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, integer, integer) IS
'gpumkt_interpolate for (float8, integer, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, integer, numeric) IS
'gpumkt_interpolate for (float8, integer, integer, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, integer, float8) IS
'gpumkt_interpolate for (float8, integer, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, numeric, integer) IS
'gpumkt_interpolate for (float8, integer, integer, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, numeric, numeric) IS
'gpumkt_interpolate for (float8, integer, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, numeric, float8) IS
'gpumkt_interpolate for (float8, integer, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, float8, integer) IS
'gpumkt_interpolate for (float8, integer, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, float8, numeric) IS
'gpumkt_interpolate for (float8, integer, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, integer, float8, float8) IS
'gpumkt_interpolate for (float8, integer, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, integer, integer) IS
'gpumkt_interpolate for (float8, integer, numeric, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, integer, numeric) IS
'gpumkt_interpolate for (float8, integer, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, integer, float8) IS
'gpumkt_interpolate for (float8, integer, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, numeric, integer) IS
'gpumkt_interpolate for (float8, integer, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, numeric, numeric) IS
'gpumkt_interpolate for (float8, integer, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, numeric, float8) IS
'gpumkt_interpolate for (float8, integer, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, float8, integer) IS
'gpumkt_interpolate for (float8, integer, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, float8, numeric) IS
'gpumkt_interpolate for (float8, integer, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, numeric, float8, float8) IS
'gpumkt_interpolate for (float8, integer, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, integer, integer) IS
'gpumkt_interpolate for (float8, integer, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, integer, numeric) IS
'gpumkt_interpolate for (float8, integer, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, integer, float8) IS
'gpumkt_interpolate for (float8, integer, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, numeric, integer) IS
'gpumkt_interpolate for (float8, integer, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, numeric, numeric) IS
'gpumkt_interpolate for (float8, integer, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, numeric, float8) IS
'gpumkt_interpolate for (float8, integer, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, float8, integer) IS
'gpumkt_interpolate for (float8, integer, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, float8, numeric) IS
'gpumkt_interpolate for (float8, integer, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 integer, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, integer, float8, float8, float8) IS
'gpumkt_interpolate for (float8, integer, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, integer, integer) IS
'gpumkt_interpolate for (float8, numeric, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, integer, numeric) IS
'gpumkt_interpolate for (float8, numeric, integer, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, integer, float8) IS
'gpumkt_interpolate for (float8, numeric, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, numeric, integer) IS
'gpumkt_interpolate for (float8, numeric, integer, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, numeric, numeric) IS
'gpumkt_interpolate for (float8, numeric, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, numeric, float8) IS
'gpumkt_interpolate for (float8, numeric, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, float8, integer) IS
'gpumkt_interpolate for (float8, numeric, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, float8, numeric) IS
'gpumkt_interpolate for (float8, numeric, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, integer, float8, float8) IS
'gpumkt_interpolate for (float8, numeric, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, integer, integer) IS
'gpumkt_interpolate for (float8, numeric, numeric, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, integer, numeric) IS
'gpumkt_interpolate for (float8, numeric, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, integer, float8) IS
'gpumkt_interpolate for (float8, numeric, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, numeric, integer) IS
'gpumkt_interpolate for (float8, numeric, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, numeric, numeric) IS
'gpumkt_interpolate for (float8, numeric, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, numeric, float8) IS
'gpumkt_interpolate for (float8, numeric, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, float8, integer) IS
'gpumkt_interpolate for (float8, numeric, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, float8, numeric) IS
'gpumkt_interpolate for (float8, numeric, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, numeric, float8, float8) IS
'gpumkt_interpolate for (float8, numeric, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, integer, integer) IS
'gpumkt_interpolate for (float8, numeric, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, integer, numeric) IS
'gpumkt_interpolate for (float8, numeric, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, integer, float8) IS
'gpumkt_interpolate for (float8, numeric, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, numeric, integer) IS
'gpumkt_interpolate for (float8, numeric, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, numeric, numeric) IS
'gpumkt_interpolate for (float8, numeric, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, numeric, float8) IS
'gpumkt_interpolate for (float8, numeric, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, float8, integer) IS
'gpumkt_interpolate for (float8, numeric, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, float8, numeric) IS
'gpumkt_interpolate for (float8, numeric, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 numeric, year1 float8, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, numeric, float8, float8, float8) IS
'gpumkt_interpolate for (float8, numeric, float8, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, integer, integer) IS
'gpumkt_interpolate for (float8, float8, integer, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, integer, numeric) IS
'gpumkt_interpolate for (float8, float8, integer, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, integer, float8) IS
'gpumkt_interpolate for (float8, float8, integer, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, numeric, integer) IS
'gpumkt_interpolate for (float8, float8, integer, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, numeric, numeric) IS
'gpumkt_interpolate for (float8, float8, integer, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, numeric, float8) IS
'gpumkt_interpolate for (float8, float8, integer, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, float8, integer) IS
'gpumkt_interpolate for (float8, float8, integer, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, float8, numeric) IS
'gpumkt_interpolate for (float8, float8, integer, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 integer, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, integer, float8, float8) IS
'gpumkt_interpolate for (float8, float8, integer, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, integer, integer) IS
'gpumkt_interpolate for (float8, float8, numeric, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, integer, numeric) IS
'gpumkt_interpolate for (float8, float8, numeric, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, integer, float8) IS
'gpumkt_interpolate for (float8, float8, numeric, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, numeric, integer) IS
'gpumkt_interpolate for (float8, float8, numeric, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, numeric, numeric) IS
'gpumkt_interpolate for (float8, float8, numeric, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, numeric, float8) IS
'gpumkt_interpolate for (float8, float8, numeric, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, float8, integer) IS
'gpumkt_interpolate for (float8, float8, numeric, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, float8, numeric) IS
'gpumkt_interpolate for (float8, float8, numeric, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 numeric, value1 float8, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, numeric, float8, float8) IS
'gpumkt_interpolate for (float8, float8, numeric, float8, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 integer, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, integer, integer) IS
'gpumkt_interpolate for (float8, float8, float8, integer, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 integer, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, integer, numeric) IS
'gpumkt_interpolate for (float8, float8, float8, integer, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 integer, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, integer, float8) IS
'gpumkt_interpolate for (float8, float8, float8, integer, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 numeric, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, numeric, integer) IS
'gpumkt_interpolate for (float8, float8, float8, numeric, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 numeric, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, numeric, numeric) IS
'gpumkt_interpolate for (float8, float8, float8, numeric, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 numeric, year float8)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, numeric, float8) IS
'gpumkt_interpolate for (float8, float8, float8, numeric, float8) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 float8, year integer)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, float8, integer) IS
'gpumkt_interpolate for (float8, float8, float8, float8, integer) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 float8, year numeric)
    RETURNS float8 LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.gpumkt_interpolate(year0::pg_catalog.float8, value0::pg_catalog.float8, year1::pg_catalog.float8, value1::pg_catalog.float8, year::pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, float8, numeric) IS
'gpumkt_interpolate for (float8, float8, float8, float8, numeric) arguments, computed as gpumkt_interpolate(float8, float8, float8, float8, float8): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.';
