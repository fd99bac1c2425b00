-- upgrade: 1.0 updated to 1.1 keeps users' rows and gives exactly the
-- objects of a fresh 1.1 install.
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.0';
INSERT INTO gpumkt_markets (market, name) VALUES ('kept', 'Kept through the update');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('kept', 'global', 2020, 1), ('kept', 'global', 2030, 4);
ALTER EXTENSION gpumkt UPDATE TO '1.1';
-- the user's rows are there and used: 1 x 4^(1/2) = 2
SELECT gpumkt_forecast('global', 2025, market => 'kept') AS kept_2025;

-- a description of every object of the extension
CREATE FUNCTION pg_temp.gpumkt_objects() RETURNS TABLE (what text) LANGUAGE sql AS $$
    SELECT pg_describe_object(d.classid, d.objid, 0) || coalesce(' -- ' || obj_description(d.objid, d.classid::regclass::name), '')
    FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('function %s: %s %s %s %s %s returns %s', p.oid::regprocedure, p.prokind, p.provolatile,
                  p.proisstrict, p.proparallel, p.prosrc, p.prorettype::regtype)
    FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('aggregate %s: %s %s %s %s %s %s %s', a.aggfnoid::regprocedure, a.aggtransfn, a.aggfinalfn,
                  a.aggcombinefn, a.aggmtransfn, a.aggminvtransfn, a.aggtranstype::regtype, a.agginitval)
    FROM pg_aggregate a JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('type %s: %s %s %s', t.oid::regtype, t.typlen, t.typalign, t.typstorage)
    FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
    UNION ALL
    SELECT format('column %s.%s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relname LIKE 'gpumkt\_%' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT format('constraint %s: %s', conname, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE conrelid::regclass::text LIKE 'gpumkt\_%'
    UNION ALL
    SELECT format('trigger %s on %s', tgname, tgrelid::regclass) FROM pg_trigger WHERE tgname LIKE 'gpumkt\_%'
    UNION ALL
    SELECT format('config %s %s', x.cfg::regclass, x.cond)
    FROM pg_extension e, unnest(e.extconfig, e.extcondition) x(cfg, cond) WHERE e.extname = 'gpumkt'
$$;
CREATE TEMP TABLE updated AS SELECT * FROM pg_temp.gpumkt_objects();
DELETE FROM gpumkt_anchors WHERE market = 'kept';
DELETE FROM gpumkt_markets WHERE market = 'kept';
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt VERSION '1.1';
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.gpumkt_objects();
-- differences either way (expect no rows), and how much was compared
SELECT 'only after update' AS side, what FROM (SELECT what FROM updated EXCEPT ALL SELECT what FROM fresh) x
UNION ALL
SELECT 'only in fresh install', what FROM (SELECT what FROM fresh EXCEPT ALL SELECT what FROM updated) y;
SELECT count(*) > 150 AS compared_many_objects FROM fresh;
