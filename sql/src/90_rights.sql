------------------------------------------------------------------------------
-- Who may write what (1.2)
------------------------------------------------------------------------------

-- The role that creates the extension may write users' rows and grant that
-- to others; the shipped rows stay the tables' owner's alone (the guard).
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
    @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
    @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
    @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
    @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO @extowner@ WITH GRANT OPTION;

-- Who may write what (1.3): rights that survive a dump and restore, and
-- roles confined to their own markets (issue 8, items 7 and 18).

-- The owner of the database may write users' rows and grant that to others,
-- as the role that creates the extension may since 1.2.  A restore by a
-- superuser runs CREATE EXTENSION as that superuser; the database's owner is
-- still the same role there, so the rights it granted to others (dumped as
-- its grants) can be granted again.
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname = pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
             @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
             @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
             @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
             @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO %I WITH GRANT OPTION', dba);
END
$$;

-- Roles confined to markets.  Table rights are per table: a role granted
-- DELETE on gpumkt_anchors may delete any user row of any market.  A role
-- listed here (directly, or through a role it is a member of) may write
-- rows of the listed markets only.
CREATE TABLE @extschema@.gpumkt_writers (
    role_name regrole NOT NULL,
    market text NOT NULL,
    PRIMARY KEY (role_name, market)
);
COMMENT ON TABLE @extschema@.gpumkt_writers IS
'Roles confined to markets: a session whose current role or login role is a role listed here, or a member of one, may write rows of the listed markets only (SET ROLE to another role does not lift it; superusers are never confined). Roles not listed write as their table rights allow.';
COMMENT ON COLUMN @extschema@.gpumkt_writers.role_name IS
'A role (stored by its OID, so renaming the role keeps the row); its members are confined with it.';
COMMENT ON COLUMN @extschema@.gpumkt_writers.market IS
'A market code the role may write rows of (it need not exist yet: a confined role may create it).';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_writers', '');
GRANT SELECT ON @extschema@.gpumkt_writers TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_writers TO @extowner@;
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname = pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_writers TO %I', dba);
END
$$;

CREATE FUNCTION @extschema@.gpumkt_confine_writes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text[];
    old_market text;
    new_market text;
    denied text;
    login_super boolean := (SELECT u.rolsuper FROM pg_catalog.pg_roles u
                            WHERE u.rolname OPERATOR(pg_catalog.=) session_user);
BEGIN
    -- confined by the current role's memberships, and by the login role's
    -- (so that SET ROLE to an unlisted group does not lift it), unless the
    -- current role is a superuser; roles dropped since are skipped
    IF NOT (SELECT u.rolsuper FROM pg_catalog.pg_roles u WHERE u.rolname OPERATOR(pg_catalog.=) current_user) THEN
        allowed := ARRAY(SELECT w.market
                         FROM @extschema@.gpumkt_writers w
                         JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) w.role_name::pg_catalog.oid
                         WHERE pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
                            OR (NOT login_super AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')));
    END IF;
    IF allowed IS NULL OR pg_catalog.cardinality(allowed) OPERATOR(pg_catalog.=) 0 THEN
        RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME OPERATOR(pg_catalog.=) 'gpumkt_regions' THEN
        -- regions serve every market: a confined role may add one, not change one
        IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'permission denied to change region "%"', OLD.region
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers, and regions serve every market.', current_user),
                  HINT = 'Ask the owner of the database to change the region.';
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        old_market := OLD.market;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        new_market := NEW.market;
    END IF;
    IF old_market IS NOT NULL AND NOT old_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := old_market;
    ELSIF new_market IS NOT NULL AND NOT new_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := new_market;
    END IF;
    IF denied IS NOT NULL THEN
        RAISE EXCEPTION 'permission denied for market "%"', @extschema@.gpumkt_echo(denied)
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers.', current_user),
                  HINT = 'Ask the owner of the database to add a row (role, market) to gpumkt_writers.';
    END IF;
    RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_confine_writes() IS
'Trigger: a role listed in gpumkt_writers (or a member of one) may write rows of its listed markets only, and may add regions but not change them; 42501 otherwise.';
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_markets
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_anchors
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_rates
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_region_shares
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_dimensions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_segments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_players
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_developments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_figures
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
