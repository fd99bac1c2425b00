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

-- Two forms each, float8 and numeric, as core's power(): literals resolve
-- as they do for it (integers only, or any float8: the float8 form; a
-- numeric literal and no float8: the numeric form).  2.0 dropped 1.4's
-- exact-match forms; its defence against a planted overload is a schema
-- that untrusted roles cannot write (docs/security.md).
