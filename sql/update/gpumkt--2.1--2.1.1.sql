-- gpumkt 2.1 -> 2.1.1: run by ALTER EXTENSION gpumkt UPDATE.  Written as a
-- delta, spliced from sql/src by the Makefile (sql/include/build_update.pl;
-- its header lists the directives).  2.1.1 is above all a change of the
-- library; the SQL says what changed.  Users' rows and stored values are
-- untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.1.1'" to load this file. \quit

-- issue 19: gpumkt_auto_model weighs its models by BIC, and its intervals
-- are floored by its in-sample multi-step errors; its comments say so (the
-- file replays: OR REPLACE), and gpumkt_model_info's (chosen_by)
@GPUMKT_SOURCE sql/src/96_theta.sql@
@GPUMKT_ROUTINE gpumkt_model_info@
