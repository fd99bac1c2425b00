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
