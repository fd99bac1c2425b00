-- trusted: a database owner who is not a superuser installs gpumkt; neither
-- that role nor any other non-owner can replace or alter what it installed; a
-- planted look-alike operator or function neither runs during the install nor
-- changes a result afterwards; a conflicting object stops the install cleanly.
SELECT current_database() AS home \gset
CREATE ROLE regress_gpumkt_dbo;
CREATE ROLE regress_gpumkt_analyst;
CREATE DATABASE regress_gpumkt_trusted OWNER regress_gpumkt_dbo;
\c regress_gpumkt_trusted
SET ROLE regress_gpumkt_dbo;
SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user;

-- A trap: an operator numeric > integer, an exact match where the built-in
-- needs a cast, that logs whoever runs it and answers true.
CREATE TABLE public.trap_log (called_as text, superuser boolean);
CREATE FUNCTION public.trap_gt(numeric, integer) RETURNS boolean LANGUAGE plpgsql AS
$$BEGIN
    INSERT INTO public.trap_log VALUES (current_user, current_setting('is_superuser')::boolean);
    RETURN true;
END$$;
CREATE OPERATOR public.> (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = public.trap_gt);
-- the trap is live: 0.5 > 1 is "true" here, and logged
SELECT 0.5 > 1 AS trapped;
SELECT called_as = current_user AS logged, superuser FROM public.trap_log;
DELETE FROM public.trap_log;

-- error: versions before 1.2 resolve names through search_path while they
-- run as superuser, so only a superuser may install them
CREATE EXTENSION gpumkt VERSION '1.0';
\echo :LAST_ERROR_SQLSTATE
CREATE EXTENSION gpumkt VERSION '1.1';
\echo :LAST_ERROR_SQLSTATE

-- the current version installs for the database owner
CREATE EXTENSION gpumkt;
SHOW search_path;
SELECT e.extversion, e.extowner = current_user::regrole AS owned_by_installer
FROM pg_extension e WHERE e.extname = 'gpumkt';
-- the trap never ran during the install: expect no rows
SELECT * FROM public.trap_log;
-- and the CHECK (rate > -1) of gpumkt_rates is the built-in one
-- error: a rate of -2 is refused (23514)
INSERT INTO gpumkt_markets (market, name) VALUES ('mine', 'Mine');
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('mine', 'global', -2);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM public.trap_log;

-- every member is owned by the bootstrap superuser (oid 10), not by the
-- installer: expect no rows
SELECT pg_describe_object(d.classid, d.objid, 0) AS not_superuser_owned
FROM pg_depend d
LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt')
  AND coalesce(p.proowner, c.relowner, t.typowner) <> 10;

-- error: the installer can replace, alter, drop or disable nothing (42501;
-- dropping a member alone is 2BP01)
CREATE OR REPLACE FUNCTION gpumkt_cagr(float8, float8, float8) RETURNS float8
    LANGUAGE sql AS 'SELECT 0.5::float8';
\echo :LAST_ERROR_SQLSTATE
CREATE OR REPLACE FUNCTION gpumkt_guard_shipped() RETURNS trigger
    LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
\echo :LAST_ERROR_SQLSTATE
CREATE OR REPLACE AGGREGATE gpumkt_hhi(float8) (SFUNC = float8pl, STYPE = float8);
\echo :LAST_ERROR_SQLSTATE
ALTER FUNCTION gpumkt_forecast(text, double precision, text, text, text, text, text, boolean) SET search_path = public;
\echo :LAST_ERROR_SQLSTATE
ALTER FUNCTION gpumkt_forecast(text, double precision, text, text, text, text, text, boolean) OWNER TO regress_gpumkt_dbo;
\echo :LAST_ERROR_SQLSTATE
ALTER FUNCTION gpumkt_project(float8, float8, float8) RENAME TO gpumkt_project_old;
\echo :LAST_ERROR_SQLSTATE
ALTER TYPE gpumkt_growth OWNER TO regress_gpumkt_dbo;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE gpumkt_anchors DISABLE TRIGGER gpumkt_guard_shipped;
\echo :LAST_ERROR_SQLSTATE
DROP TRIGGER gpumkt_guard_shipped ON gpumkt_anchors;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE gpumkt_anchors DROP CONSTRAINT gpumkt_anchors_value_check;
\echo :LAST_ERROR_SQLSTATE
DROP FUNCTION gpumkt_years_to(float8, float8, float8);
\echo :LAST_ERROR_SQLSTATE
COMMENT ON TABLE gpumkt_players IS 'replaced';
\echo :LAST_ERROR_SQLSTATE
-- error: nor change a shipped row
UPDATE gpumkt_anchors SET value = 1 WHERE shipped;
\echo :LAST_ERROR_SQLSTATE

-- it writes its own rows and grants that to others
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('mine', 'global', 2020, 1), ('mine', 'global', 2030, 9);
GRANT INSERT, UPDATE, DELETE ON gpumkt_anchors TO regress_gpumkt_analyst;
RESET ROLE;
SET ROLE regress_gpumkt_analyst;
UPDATE gpumkt_anchors SET value = 4 WHERE market = 'mine' AND year = 2030;
-- 1 x 4^(1/2) = 2
SELECT gpumkt_forecast('global', 2025, market => 'mine') AS mine_2025;
-- error: another role can neither replace a function nor change a shipped row
CREATE OR REPLACE FUNCTION gpumkt_cagr(float8, float8, float8) RETURNS float8
    LANGUAGE sql AS 'SELECT 0.5::float8';
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_anchors WHERE shipped;
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
SET ROLE regress_gpumkt_dbo;

-- A hostile search_path: look-alikes of =, <, lower(), coalesce-free
-- helpers and of gpumkt's own support functions, searched before pg_catalog.
CREATE SCHEMA evil;
CREATE FUNCTION evil.always(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.always);
CREATE OPERATOR evil.< (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.always);
CREATE FUNCTION evil.never(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR evil.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.never);
CREATE OPERATOR evil.<= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.never);
CREATE FUNCTION evil.times(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT 0::numeric';
CREATE OPERATOR evil.* (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.times);
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''global''';
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''GLOBAL''';
CREATE FUNCTION evil.power(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT 1::numeric';
CREATE FUNCTION evil.ln(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT 1::numeric';
CREATE TABLE evil.gpumkt_anchors (LIKE public.gpumkt_anchors);
INSERT INTO evil.gpumkt_anchors SELECT * FROM public.gpumkt_anchors;
UPDATE evil.gpumkt_anchors SET value = value * 1000;
SET search_path = evil, pg_catalog, public;
-- the plants are live: 'a' = 'b' is "true", 2 = 2 is "false"
SELECT 'a'::text = 'b'::text AS text_eq, 2 = 2 AS int_eq, lower('North_America') AS lowered;
-- and change no result of gpumkt
SELECT public.gpumkt_forecast('north_america', 2035) AS na_2035_expect_31_9375,
       round(public.gpumkt_forecast('Amérique du Nord', 2030)::numeric, 6) AS na_2030,
       public.gpumkt_forecast('global', 2035, 'deployment', 'public_cloud') AS cloud_2035_expect_47_5125,
       public.gpumkt_resolve_region('US') AS us;
-- the report's tension and its two figures not used where stated (audit.sql)
SELECT count(*) AS audit_findings_expect_3 FROM public.gpumkt_audit();
SELECT public.gpumkt_report_figure('north_america', 2035) AS report_na_2035_expect_31_9375,
       round(public.gpumkt_report_figure('global', 2030), 6) AS report_global_2030_expect_39_906140;
SELECT year, round(value, 6) AS value FROM public.gpumkt_series('global', 2025, 2027);
SELECT round(public.gpumkt_cagr(g)::numeric, 12) AS cagr_of_4_times_in_2_years
FROM (SELECT public.gpumkt_growth(y, v) AS g FROM (VALUES (2020, 1.0::float8), (2022, 4.0::float8)) x(y, v)) s;
RESET search_path;
-- the same calls with the ordinary search_path
SELECT gpumkt_forecast('north_america', 2035) AS na_2035_expect_31_9375,
       round(gpumkt_forecast('Amérique du Nord', 2030)::numeric, 6) AS na_2030;
-- the trap in public was not reached by any of it: expect no rows
SELECT * FROM public.trap_log;

-- A conflicting object stops CREATE EXTENSION and leaves nothing behind.
DROP EXTENSION gpumkt;
CREATE TABLE public.gpumkt_figures (figure text);
-- error: the table exists (42P07)
CREATE EXTENSION gpumkt;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS gpumkt_objects_left FROM pg_proc WHERE proname LIKE 'gpumkt%';
SELECT count(*) AS gpumkt_extensions FROM pg_extension WHERE extname = 'gpumkt';
DROP TABLE public.gpumkt_figures;
CREATE FUNCTION public.gpumkt_value_at(float8, float8) RETURNS float8 LANGUAGE sql AS 'SELECT 1::float8';
CREATE TYPE public.gpumkt_growth AS (a int);
-- error: the type exists (42710)
CREATE EXTENSION gpumkt;
\echo :LAST_ERROR_SQLSTATE
DROP TYPE public.gpumkt_growth;
-- a function with the same name and other arguments is no conflict
CREATE EXTENSION gpumkt;
SELECT gpumkt_value_at(1, 2) AS users_own_function,
       gpumkt_forecast('north_america', 2035) AS na_2035;
DROP EXTENSION gpumkt;
DROP FUNCTION public.gpumkt_value_at(float8, float8);

RESET ROLE;
\c :home
DROP DATABASE regress_gpumkt_trusted;
DROP ROLE regress_gpumkt_dbo;
DROP ROLE regress_gpumkt_analyst;
