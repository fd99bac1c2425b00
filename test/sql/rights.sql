-- rights: who may write what (2.0).  (1) The growth math has a float8 and
-- a numeric form each, as core's power(); a call with literals resolves as
-- power(2, 3) does, to an implicit cast.  An overload that matches better
-- (gpumkt_cagr(integer, integer, integer)) would win, in any schema of the
-- search_path: 2.0's defence is a schema that untrusted roles cannot write
-- (PUBLIC has no CREATE on public since PostgreSQL 15).  (2) A role can be
-- confined to its own markets.
-- The database owner's write rights, which survive a restore by a superuser,
-- are shown by test/t/001_dump_restore.pl.

-- (1) bob has no CREATE on public, where the extension lives
CREATE ROLE gpumkt_rights_bob;
SELECT has_schema_privilege('gpumkt_rights_bob', 'public', 'CREATE') AS bob_may_create;
SET ROLE gpumkt_rights_bob;
-- error: the reviewers' three overloads cannot be planted (42501)
CREATE FUNCTION public.gpumkt_cagr(integer, integer, integer) RETURNS float8
    LANGUAGE sql AS 'SELECT 42::float8';
\echo :LAST_ERROR_SQLSTATE
-- error: (42501)
CREATE FUNCTION public.gpumkt_project(numeric, numeric, integer) RETURNS numeric
    LANGUAGE sql AS 'SELECT 42::numeric';
\echo :LAST_ERROR_SQLSTATE
-- error: (42501)
CREATE FUNCTION public.gpumkt_interpolate(integer, numeric, integer, numeric, integer) RETURNS numeric
    LANGUAGE sql AS 'SELECT 42::numeric';
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;
-- two forms of each, both the extension's
SELECT p.proname, count(*) AS forms, count(*) FILTER (WHERE p.proowner = (SELECT relowner FROM pg_class WHERE relname = 'gpumkt_anchors')) AS owned_by_the_extension
FROM pg_proc p
WHERE p.proname IN ('gpumkt_cagr', 'gpumkt_project', 'gpumkt_years_to', 'gpumkt_interpolate')
  AND p.prokind = 'f' AND p.pronargs > 1
GROUP BY 1 ORDER BY 1;
-- the calls resolve as power()'s and give what they gave in 1.4, types included:
-- integers only: float8, (100/50)... 0.5^(1/2) - 1 = -0.29289321881345...;
-- a numeric literal: numeric, 18.2 x 1.17^10 = 87.484276684255150235718...;
-- 18.2 (87.5/18.2)^(5/10) = sqrt(18.2 x 87.5) = 39.906139878...
SELECT gpumkt_cagr(100, 50, 2) AS cagr, pg_typeof(gpumkt_cagr(100, 50, 2)) AS cagr_type,
       pg_typeof(power(100, 2)) AS power_type,
       gpumkt_project(18.2, 0.17, 10) AS project, pg_typeof(gpumkt_project(18.2, 0.17, 10)) AS project_type,
       pg_typeof(power(18.2, 10)) AS power_numeric_type,
       round(gpumkt_interpolate(2025, 18.2, 2035, 87.5, 2030), 9) AS interpolate,
       pg_typeof(gpumkt_interpolate(2025, 18.2, 2035, 87.5, 2030)) AS interpolate_type;
-- the plan calls the C function directly
EXPLAIN (VERBOSE, COSTS OFF) SELECT gpumkt_cagr(g, 2 * g, 2) FROM generate_series(1, 3) g;
-- error: the C function's error (22023, naming the argument), no SQL wrapper
SELECT gpumkt_cagr(0, 50, 2);
-- What the docs say honestly: a role that owns a schema searched before
-- the extension's (here bob's schema, first in the search_path) can plant a
-- better match, and a call with integer literals then runs bob's function,
-- as a planted power(integer, integer) would capture power(2, 3).  Keep such
-- schemas out of the search_path of privileged roles.
CREATE SCHEMA gpumkt_bobs AUTHORIZATION gpumkt_rights_bob;
SET ROLE gpumkt_rights_bob;
CREATE FUNCTION gpumkt_bobs.gpumkt_cagr(integer, integer, integer) RETURNS float8
    LANGUAGE sql AS 'SELECT 42::float8';
RESET ROLE;
SET search_path = gpumkt_bobs, public;
SELECT gpumkt_cagr(100, 50, 2) AS captured_by_bob, gpumkt_cagr(100::float8, 50, 2) AS float8_call;
RESET search_path;
SELECT gpumkt_cagr(100, 50, 2) AS without_bobs_schema;
DROP SCHEMA gpumkt_bobs CASCADE;
DROP ROLE gpumkt_rights_bob;

-- (2) two application roles with the same table rights; app_a is confined
-- to market app_a_market
CREATE ROLE gpumkt_rights_a;
CREATE ROLE gpumkt_rights_b;
GRANT INSERT, UPDATE, DELETE ON gpumkt_markets, gpumkt_anchors, gpumkt_regions TO gpumkt_rights_a, gpumkt_rights_b;
INSERT INTO gpumkt_writers VALUES ('gpumkt_rights_a', 'app_a_market');
SET ROLE gpumkt_rights_b;
INSERT INTO gpumkt_markets (market, name) VALUES ('app_b_market', 'B''s market');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('app_b_market', 'global', 2020, 1);
SET ROLE gpumkt_rights_a;
INSERT INTO gpumkt_markets (market, name) VALUES ('app_a_market', 'A''s market');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('app_a_market', 'global', 2020, 2);
UPDATE gpumkt_anchors SET value = 3 WHERE market = 'app_a_market';
-- error: app_a may not delete B's rows although its table rights allow it (42501)
DELETE FROM gpumkt_anchors WHERE market = 'app_b_market';
-- error: nor add rows to another market (42501)
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('app_b_market', 'global', 2030, 1);
-- error: nor move its row into another market (42501)
UPDATE gpumkt_anchors SET market = 'app_b_market' WHERE market = 'app_a_market';
-- a region of its own it may add; error: but not change a region all markets use (42501)
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('app_a_region', 'A region', 'global', 'group');
UPDATE gpumkt_regions SET name = 'Mine' WHERE region = 'app_a_region';
-- error: nor list itself for more markets (42501: gpumkt_writers is the owner's)
INSERT INTO gpumkt_writers VALUES ('gpumkt_rights_a', 'app_b_market');
-- a member of a confined role is confined with it
RESET ROLE;
CREATE ROLE gpumkt_rights_a_member IN ROLE gpumkt_rights_a;
SET ROLE gpumkt_rights_a_member;
-- error: (42501)
DELETE FROM gpumkt_anchors WHERE market = 'app_b_market';
-- a session of a confined role stays confined after SET ROLE to a group it
-- belongs to that is not listed (its login role is checked too)
RESET ROLE;
GRANT gpumkt_rights_b TO gpumkt_rights_a;
SET SESSION AUTHORIZATION gpumkt_rights_a;
SET ROLE gpumkt_rights_b;
SELECT session_user, current_user;
-- error: (42501)
DELETE FROM gpumkt_anchors WHERE market = 'app_b_market';
RESET SESSION AUTHORIZATION;
REVOKE gpumkt_rights_b FROM gpumkt_rights_a;
-- renaming the role keeps it confined (rows hold the role, not its name)
ALTER ROLE gpumkt_rights_a RENAME TO gpumkt_rights_a2;
SELECT role_name, market FROM gpumkt_writers;
SET ROLE gpumkt_rights_a2;
-- error: (42501)
DELETE FROM gpumkt_anchors WHERE market = 'app_b_market';
RESET ROLE;
ALTER ROLE gpumkt_rights_a2 RENAME TO gpumkt_rights_a;
-- B is not confined
SET ROLE gpumkt_rights_b;
DELETE FROM gpumkt_anchors WHERE market = 'app_a_market';
RESET ROLE;
SELECT market, count(*) FROM gpumkt_anchors WHERE market LIKE 'app_%' GROUP BY 1 ORDER BY 1;
-- the superuser is never confined, even as a listed role's member
INSERT INTO gpumkt_writers VALUES (current_user::text::regrole, 'app_a_market');
DELETE FROM gpumkt_anchors WHERE market = 'app_b_market';
DELETE FROM gpumkt_writers;
DELETE FROM gpumkt_markets WHERE market LIKE 'app_%';
DELETE FROM gpumkt_regions WHERE region = 'app_a_region';

REVOKE ALL ON gpumkt_markets, gpumkt_anchors, gpumkt_regions FROM gpumkt_rights_a, gpumkt_rights_b;
DROP ROLE gpumkt_rights_a_member, gpumkt_rights_a, gpumkt_rights_b;

-- a role confined to its markets by gpumkt_writers must not write the
-- scenarios of other markets (42501), as it may not write their anchors.
CREATE ROLE regress_rv_writer;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO regress_rv_writer;
INSERT INTO gpumkt_writers VALUES ('regress_rv_writer', 'rv_only');
SELECT gpumkt_scenario_set('rv_owned', 'rate', 'global', 0.2);
SET ROLE regress_rv_writer;
\set VERBOSITY sqlstate
-- error: 42501
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('ai_training_gpu_clusters', 'europe', 2025, 1);
-- error: 42501
SELECT gpumkt_scenario_set('rv_mine', 'rate', 'global', 0.5);
-- error: 42501
UPDATE gpumkt_scenario_changes SET value = 0.9 WHERE scenario = 'rv_owned';
-- error: 42501
DELETE FROM gpumkt_scenarios WHERE scenario = 'rv_owned';
\set VERBOSITY default
RESET ROLE;
SELECT scenario, c.value FROM gpumkt_scenarios s JOIN gpumkt_scenario_changes c USING (scenario)
WHERE scenario LIKE 'rv\_%' ORDER BY 1;
SELECT count(*) FROM (SELECT gpumkt_scenario_drop(scenario) FROM gpumkt_scenarios WHERE scenario LIKE 'rv\_%') x;
DELETE FROM gpumkt_writers WHERE role_name = 'regress_rv_writer'::regrole;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM regress_rv_writer;
DROP ROLE regress_rv_writer;

-- 2.0's rule (issue 18): an overload is planted only by a role that may
-- create in the extension's schema.  A function planted in public by its
-- owner (the database owner, who may write it) that matches a call better
-- (year integer, not double precision) runs instead, with the caller's
-- rights: the defence is a schema that untrusted roles cannot write, and
-- since PostgreSQL 15 PUBLIC has no CREATE on public (docs/security.md).
CREATE ROLE regress_rv_planter;
SET ROLE regress_rv_planter;
-- error: 42501, a role without CREATE on the schema cannot plant
\set VERBOSITY terse
CREATE FUNCTION public.gpumkt_forecast(region text, year integer, unit text)
    RETURNS numeric LANGUAGE sql AS $$ SELECT -1::numeric $$;
\set VERBOSITY default
RESET ROLE;
DROP ROLE regress_rv_planter;
SELECT has_schema_privilege('public', 'public', 'CREATE') AS public_may_create;
-- the owner can, and its better match wins for an integer year (-1); a
-- bigint year has no implicit cast to integer and reaches ours: 18.2 x 1000
CREATE FUNCTION public.gpumkt_forecast(region text, year integer, unit text)
    RETURNS numeric LANGUAGE sql AS $$ SELECT -1::numeric $$;
SELECT gpumkt_forecast('global', 2025, unit => 'million') AS planted_wins,
       gpumkt_forecast('global', 2025::bigint, unit => 'million') AS typed_year_reaches_ours;
DROP FUNCTION public.gpumkt_forecast(text, integer, text);
