-- gpumkt 1.4.1 -> 2.0: a delta, run by ALTER EXTENSION gpumkt UPDATE.
-- 2.0 gives each function one signature (optional arguments as DEFAULT,
-- named notation): the forms of 1.4.1 that 2.0 has no more are dropped
-- without CASCADE, so that a user's view or function that calls one stops
-- the update with core's dependency error naming it (CHANGELOG, "Moving to
-- 2.0").  Users' rows and stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.0'" to load this file. \quit
