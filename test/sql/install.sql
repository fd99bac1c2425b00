-- install: the extension installs (default schema or its own), names every
-- object gpumkt_*, documents every object, and marks functions honestly.
-- The current version installs fresh; with GPUMKT_INSTALL_FROM=1.0 (or 1.1, 1.2, 1.3, 1.4)
-- in the environment, that version installs and is updated through the
-- chain instead, so that the whole suite runs on an updated install
-- (test/run_tests.sh runs it both ways; the output is the same).
\getenv from_version GPUMKT_INSTALL_FROM
\if :{?from_version}
CREATE EXTENSION gpumkt VERSION :'from_version';
ALTER EXTENSION gpumkt UPDATE;
\else
CREATE EXTENSION gpumkt;
\endif
SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = 'gpumkt';

-- the members of the extension, by kind (tables, functions, types)
SELECT classid::regclass AS catalog, count(*)
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND deptype = 'e'
GROUP BY 1 ORDER BY 1::text;

-- every member is named gpumkt_*: expect no rows
SELECT pg_describe_object(classid, objid, objsubid) AS unprefixed
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND deptype = 'e'
  AND pg_describe_object(classid, objid, objsubid) !~ '^((function|table|type|aggregate) gpumkt_|cast from (\S+ to )?gpumkt_)';

-- every function and table has a comment: expect no rows
SELECT p.oid::regprocedure::text AS undocumented
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND obj_description(p.oid, 'pg_proc') IS NULL
UNION ALL
SELECT c.oid::regclass::text
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND obj_description(c.oid, 'pg_class') IS NULL
UNION ALL
SELECT t.oid::regtype::text
FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND obj_description(t.oid, 'pg_type') IS NULL;

-- every column of every table has a comment: expect no rows
SELECT c.relname || '.' || a.attname AS undocumented_column
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND col_description(c.oid, a.attnum) IS NULL
ORDER BY 1;
-- and how many were checked
SELECT count(*) AS columns_documented
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt');

-- volatility (i immutable, s stable, v volatile), strictness, parallel safety
SELECT p.proname, p.prokind AS kind, p.pronargs AS nargs, p.provolatile AS vol, p.proisstrict AS strict,
       p.proparallel AS par, count(*) AS overloads
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3;

-- a PL/pgSQL function that catches errors starts a subtransaction, which
-- parallel mode forbids: none may be marked PARALLEL SAFE (expect no rows)
SELECT p.oid::regprocedure AS catches_errors_yet_parallel_safe
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')
  AND p.proparallel <> 'u' AND p.prosrc ~* '\mEXCEPTION\s+WHEN\M';

-- tables: readable by everyone; shipped rows are not dumped
SELECT c.relname, has_table_privilege('public', c.oid, 'SELECT') AS public_select,
       has_table_privilege('public', c.oid, 'INSERT') AS public_insert,
       x.cfg IS NOT NULL AS dumped, x.cond AS dump_filter
FROM pg_extension e
CROSS JOIN LATERAL unnest(e.extconfig, e.extcondition) AS x(cfg, cond)
JOIN pg_class c ON c.oid = x.cfg
WHERE e.extname = 'gpumkt'
ORDER BY 1;

-- in a schema of its own, the functions find their tables whatever the search_path
DROP EXTENSION gpumkt;
CREATE SCHEMA analytics;
CREATE EXTENSION gpumkt SCHEMA analytics;
SET search_path = pg_catalog;
SELECT analytics.gpumkt_forecast('north_america', 2035) AS na_2035_expect_31_9375,
       round(analytics.gpumkt_forecast('global', 2030), 6) AS global_2030_expect_39_906140;
-- the report's tension and its two figures not used where stated (audit.sql)
SELECT count(*) AS audit_findings_expect_3 FROM analytics.gpumkt_audit();
RESET search_path;
-- error: not on the search_path, so not found
SELECT gpumkt_forecast('global', 2030);
\echo :LAST_ERROR_SQLSTATE
DROP EXTENSION gpumkt;
DROP SCHEMA analytics;

-- back in the default schema for the tests that follow, installed as above
\if :{?from_version}
CREATE EXTENSION gpumkt VERSION :'from_version';
ALTER EXTENSION gpumkt UPDATE;
\else
CREATE EXTENSION gpumkt;
\endif
SELECT gpumkt_forecast('north_america', 2035) AS expect_31_9375;
