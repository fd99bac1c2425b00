-- gpumkt 1.3 -> 1.4.  A fresh install of 1.4 runs gpumkt--1.4.sql, generated
-- from sql/src/ and data/.  This update script is generated too, until 1.4 is
-- released: this file holds the changes to objects that 1.3 has, and the
-- Makefile appends the concern files of sql/src/ that are new in 1.4 (its
-- list NEW_IN_1_4), whose objects 1.3 does not have.  The upgrade test shows
-- that both give the same objects, rights and rows.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.4'" to load this file. \quit

-- Names below resolve in pg_catalog only, so that no object planted in
-- another schema can stand in for a built-in while this script runs with
-- superuser rights.  The setting ends with the script.
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
