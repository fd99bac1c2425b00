-- gpumkt 2.0 -> 2.1: run by ALTER EXTENSION gpumkt UPDATE.  Written as a
-- delta: what 2.1 adds or changes, each routine spliced from its source in
-- sql/src by the Makefile (sql/include/build_update.pl: a line
-- "@GPUMKT_ROUTINE name@" becomes CREATE OR REPLACE of every function of
-- that name with its comment, a line "@GPUMKT_SOURCE sql/src/file.sql@" the
-- whole file), so that no routine's text is written twice.  Users' rows and
-- stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.1'" to load this file. \quit
