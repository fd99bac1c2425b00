-- security: who may write what.  Everyone reads; roles granted INSERT,
-- UPDATE, DELETE write their own rows; shipped rows are the owner's alone.
CREATE ROLE regress_gpumkt_reader;
CREATE ROLE regress_gpumkt_writer;
GRANT INSERT, UPDATE, DELETE ON gpumkt_markets, gpumkt_anchors TO regress_gpumkt_writer;

SET ROLE regress_gpumkt_reader;
SELECT count(*) AS shipped_anchors, gpumkt_forecast('north_america', 2035) AS na_2035 FROM gpumkt_anchors;
-- error: reading is not writing
INSERT INTO gpumkt_markets (market, name) VALUES ('mine', 'Mine');
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;

SET ROLE regress_gpumkt_writer;
-- error: shipped rows cannot be changed, deleted, or forged by other roles
UPDATE gpumkt_anchors SET value = 99 WHERE region = 'global' AND year = 2025;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_anchors WHERE region = 'global';
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_markets (market, name, shipped) VALUES ('forged', 'Forged', true);
\echo :LAST_ERROR_SQLSTATE
-- their own rows are theirs
INSERT INTO gpumkt_markets (market, name) VALUES ('mine', 'Mine');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('mine', 'global', 2020, 1), ('mine', 'global', 2030, 2);
UPDATE gpumkt_anchors SET value = 4 WHERE market = 'mine' AND year = 2030;
-- 1 x 4^(1/2) = 2
SELECT gpumkt_forecast('global', 2025, market => 'mine') AS mine_2025;
-- error: and cannot be promoted to shipped
UPDATE gpumkt_anchors SET shipped = true WHERE market = 'mine';
\echo :LAST_ERROR_SQLSTATE
-- error: a statement that fails half way writes nothing
INSERT INTO gpumkt_anchors (market, region, year, value, shipped) VALUES
    ('mine', 'europe', 2020, 1, false), ('mine', 'europe', 2021, 1, true);
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS mine_rows_expect_2 FROM gpumkt_anchors WHERE market = 'mine';
DELETE FROM gpumkt_anchors WHERE market = 'mine';
DELETE FROM gpumkt_markets WHERE market = 'mine';
RESET ROLE;

-- the owner may correct a shipped row
BEGIN;
UPDATE gpumkt_anchors SET value = 18.3 WHERE region = 'global' AND year = 2025;
SELECT gpumkt_forecast('global', 2025) AS corrected;
ROLLBACK;
SELECT gpumkt_forecast('global', 2025) AS as_shipped;

-- error: the guard is a row trigger and nothing else
SELECT gpumkt_guard_shipped();
\echo :LAST_ERROR_SQLSTATE

-- users' rows never pass for the report's (issue 8, item 6)
GRANT INSERT, UPDATE, DELETE ON gpumkt_regions TO regress_gpumkt_writer;
SET ROLE regress_gpumkt_writer;
-- error: a region of their own cannot take the name of another region (23505)
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('mine_us', 'US', 'global', 'group');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_regions (region, name, parent, kind, name_fr) VALUES ('us', 'Mine', 'global', 'group', 'À moi');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_resolve_region('US') AS us, gpumkt_resolve_region('united states') AS united_states;
-- a figure of their own in the shipped market is used, and called theirs
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('ai_training_gpu_clusters', 'global', 2030, 1000, 'mine');
SELECT gpumkt_forecast('global', 2030) AS global_2030_is_theirs;
SELECT step, region, value, basis, provenance FROM gpumkt_explain('global', 2030);
SELECT year, value, basis FROM gpumkt_series('global', 2030, 2030);
DELETE FROM gpumkt_anchors WHERE market = 'ai_training_gpu_clusters' AND NOT shipped;
RESET ROLE;
SELECT round(gpumkt_forecast('global', 2030), 9) AS report_again, 39.906139878 AS expected;

REVOKE ALL ON gpumkt_regions, gpumkt_markets, gpumkt_anchors FROM regress_gpumkt_writer;
DROP ROLE regress_gpumkt_reader;
DROP ROLE regress_gpumkt_writer;
