------------------------------------------------------------------------------
-- Who may write the users' tables of scenarios and conversions: scenarios,
-- their changes, exchange rates, price indices
------------------------------------------------------------------------------

-- Users' rows only: everyone reads them; the role that creates the
-- extension and the database's owner write them and may grant that, as
-- for the tables of 1.3 (90_rights.sql); pg_dump writes every row.
GRANT SELECT ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
    @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
    @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO @extowner@ WITH GRANT OPTION;
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_scenarios, @extschema@.gpumkt_scenario_changes,
             @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO %I WITH GRANT OPTION', dba);
END
$$;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_scenarios', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_scenario_changes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_exchange_rates', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_price_indices', '');

-- A role listed in gpumkt_writers writes the scenarios of its markets only,
-- and their changes (whose market gpumkt_changes_market fills in first).
-- After 90_rights.sql, which makes the trigger function.
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenarios
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_scenario_changes
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
