-- explain: gpumkt_explain, the steps behind a forecast with the rows and the
-- report's words they rest on.
-- North America 2035 = 0.365 x global 2035 = 0.365 x 87.5 = 31.9375
SELECT step, region, year, value, basis, method, source_rows, provenance
FROM gpumkt_explain('north_america', 2035);
-- global 2030 = 18.2 x (87.5/18.2)^(5/10) = 39.906139878470, interpolated between two anchors
SELECT step, round(value, 12) AS value, basis, method, source_rows, provenance
FROM gpumkt_explain('Global', 2030);
-- United States 2035 = 6.01 x 1.1542^11 = 29.104908728768, at a rate with no stated period
SELECT step, round(value, 12) AS value, basis, method, source_rows, provenance
FROM gpumkt_explain('US', 2035);
-- a derived anchor says so, with its arithmetic; a user row without a source says that too
INSERT INTO gpumkt_markets (market, name) VALUES ('explain_demo', 'Explain demo');
INSERT INTO gpumkt_anchors (market, region, year, value, basis, derivation) VALUES
    ('explain_demo', 'global', 2020, 12, 'derived', '3 x 4 = 12');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('explain_demo', 'global', 2030, 24);
SELECT step, value, basis, method, provenance FROM gpumkt_explain('global', 2020, market => 'explain_demo');
-- beyond the anchors with no stated rate: at the anchors' own CAGR, 24 x 2^(5/10) = 33.941125496954
SELECT step, round(value, 12) AS value, basis, method, source_rows, provenance
FROM gpumkt_explain('global', 2035, market => 'explain_demo', extrapolate => true);
DELETE FROM gpumkt_anchors WHERE market = 'explain_demo';
DELETE FROM gpumkt_markets WHERE market = 'explain_demo';

-- a user's row in the shipped market is used, and never shown as the
-- report's: its basis is "user row", and every step that rests on it says so
INSERT INTO gpumkt_anchors (market, region, year, value, qualifier, source_quote) VALUES
    ('ai_training_gpu_clusters', 'global', 2030, 1000, 'about', 'mine');
SELECT step, region, value, basis, method, source_rows, provenance FROM gpumkt_explain('global', 2030);
-- North America 2030 = 0.365 x 1000 = 365: a share of the report on a user's figure
SELECT step, region, value, basis, provenance FROM gpumkt_explain('north_america', 2030);
-- 2028 lies between the report's 2025 and the user's 2030: 18.2 x (1000/18.2)^(3/5) = 201.385666
SELECT step, round(value, 6) AS value, basis, source_rows, provenance FROM gpumkt_explain('global', 2028);
-- the report's own figures keep their basis
SELECT step, value, basis FROM gpumkt_explain('global', 2035);
DELETE FROM gpumkt_anchors WHERE NOT shipped;

-- a segment: step 1 is the segment's share of its region, then the region's steps
-- 0.365 x 87.5 x 0.543 = 17.3420625
SELECT step, region, year, value, basis, method, source_rows, provenance
FROM gpumkt_explain('north_america', 2035, 'deployment', 'public_cloud');
-- a derived share says so: 87.5 x 0.457 = 39.9875
SELECT step, value, basis, method, source_rows, provenance
FROM gpumkt_explain('global', 2035, 'Deployment', 'On-premises');
-- error: a segment the report gives no share for (02000)
SELECT * FROM gpumkt_explain('global', 2035, 'component', 'software');
\echo :LAST_ERROR_SQLSTATE
-- error: no figure for Europe
SELECT * FROM gpumkt_explain('europe', 2030);
\echo :LAST_ERROR_SQLSTATE
-- error: an unrecognized region
SELECT * FROM gpumkt_explain('mars', 2030);
\echo :LAST_ERROR_SQLSTATE
