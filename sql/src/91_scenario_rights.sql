------------------------------------------------------------------------------
-- Scenarios and roles confined to markets (1.4)
------------------------------------------------------------------------------

-- A role listed in gpumkt_writers writes the scenarios of its markets only,
-- and their changes (whose market gpumkt_changes_market fills in first).
-- After 90_rights.sql, which makes the trigger function.
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenarios
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenario_changes
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
