-- gpumkt 1.2 -> 1.3: the fixes of two reviews of 1.2 (correctness of the
-- aggregates and the summary type, security and integrity, bounded cost,
-- isolation of bad rows, names, years and the audit).  A fresh install of
-- 1.3 runs gpumkt--1.2.sql and then this script.
--
-- This file is put together by the Makefile from sql/update-1.3/*.sql, one
-- part per concern.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.3'" to load this file. \quit

-- Names below resolve in pg_catalog only, so that no object planted in
-- another schema can stand in for a built-in while this script runs with
-- superuser rights.  The setting ends with the script.
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
