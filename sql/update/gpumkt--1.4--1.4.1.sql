-- gpumkt 1.4 to 1.4.1: the fixes of the third trust review (issue 17),
-- written as a delta: each change to a 1.4 object, in the order of the
-- concern files of sql/src that hold the same definitions.  The upgrade test
-- compares the result with a fresh 1.4.1 install, object by object.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '@EXTVERSION@'" to load this file. \quit

SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
