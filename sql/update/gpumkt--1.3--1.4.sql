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

-- Ranges (issue 10): the columns of an explicit range come with
-- 12_bounds.sql, their comments with 12_columns.sql, which this update runs
-- again (it only comments); the rate is stated with the digits the report
-- gives ("17,0 %"), whose rounding interval ranges read.
-- the report states the global CAGR to three digits, 17,0 %
UPDATE @extschema@.gpumkt_rates SET rate = pg_catalog.round(rate, 3)
WHERE shipped AND market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters'
  AND region OPERATOR(pg_catalog.=) 'global';

-- gpumkt_explain gains the columns low and high: 52_explain.sql makes it anew
DROP FUNCTION @extschema@.gpumkt_explain(text, integer, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, double precision, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, date, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, integer, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, date, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text);
DROP FUNCTION @extschema@.gpumkt_explain(text, text, text, text, text);
