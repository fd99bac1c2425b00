------------------------------------------------------------------------------
-- Who may write what
------------------------------------------------------------------------------

-- Shipped rows are guarded by a trigger: only the tables' owner (the role
-- that ran this script: a superuser, the bootstrap superuser when a database
-- owner installs the trusted extension) may change or delete them, or add
-- rows marked shipped.  Everyone may read every table; writing users' own
-- rows is for the extension's owner (granted below, with grant option) and
-- for the roles it grants INSERT, UPDATE, DELETE to.
CREATE FUNCTION @extschema@.gpumkt_guard_shipped() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_guard_shipped'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_guard_shipped() IS
'Trigger: refuses (SQLSTATE 42501) any change to a shipped row, and any row marked shipped, to roles other than the owner of the table.';

CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_markets
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_anchors
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_rates
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_region_shares
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_dimensions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_segments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_players
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_developments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_figures
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();

GRANT SELECT ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
    @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
    @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
    @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
    @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO PUBLIC;

-- pg_dump writes the users' rows, not the shipped ones.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_regions', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_markets', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_anchors', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_rates', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_region_shares', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_dimensions', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_segments', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_players', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_developments', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_figures', 'WHERE NOT shipped');

