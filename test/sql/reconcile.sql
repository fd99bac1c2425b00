-- reconcile: gpumkt_reconcile, regions that add up.  Expected values by
-- independent arithmetic, in the queries or the comments; the markets below
-- but the shipped one are INVENTED test fixtures, rolled back.
SET extra_float_digits = 0;
\set SHOW_CONTEXT never
-- the shipped report in 2025: global 18.2, North America 6.6 (anchors), the
-- United States 6.01 (2024) grown a year at its rate: above North America.
-- top_down brings it to 6.6 (its family's sum, itself, is above 6.6: scaled
-- by 6.6 / 6.9367...)
SELECT region, parent, round(forecast, 4) AS forecast, round(reconciled, 4) AS reconciled,
       round(adjustment, 4) AS adjustment
FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025);
SELECT forecast = gpumkt_forecast('united_states', 2025) AS us_forecast_is_the_forecast, reconciled = 6.6 AS us_expect_6_6
FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025) WHERE region = 'united_states';
-- bottom_up raises North America to the United States' figure; global (18.2)
-- is above North America's new figure and stays
SELECT region, parent, round(forecast, 4) AS forecast, round(reconciled, 4) AS reconciled
FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025, 'bottom_up');
-- proportional: the same here (North America keeps its figure)
SELECT region, round(reconciled, 4) AS reconciled FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025, method => 'proportional');
-- in a scenario: North America's 2025 anchor at 7.5 (above the United
-- States' 6.9367): coherent, nothing changes
BEGIN;
SELECT (gpumkt_scenario_set('na75', 'anchor', 'north_america', 7.5, 2025)).ordinal;
SELECT region, round(forecast, 4) AS forecast, round(adjustment, 4) AS adjustment
FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025, scenario => 'na75');
-- a share of 40 % changes nothing in 2025: North America's own anchor of
-- that year comes first (method, step 1), so the United States is still
-- brought within its 6.6
SELECT (gpumkt_scenario_set('na40', 'region_share', 'north_america', 0.4, 2025)).ordinal;
SELECT region, round(forecast, 4) AS forecast, round(adjustment, 4) AS adjustment
FROM gpumkt_reconcile('ai_training_gpu_clusters', 2025, scenario => 'na40');
ROLLBACK;

-- an INVENTED market: global 100; North America 70, Europe 50 (sum 120);
-- the United States 60, Canada 20 (sum 80, above North America's 70)
BEGIN;
INSERT INTO gpumkt_markets (market, name) VALUES ('invented_tree', 'INVENTED regions that do not add up');
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('invented_tree', 'global', 2030, 100, 'invented'),
    ('invented_tree', 'north_america', 2030, 70, 'invented'),
    ('invented_tree', 'europe', 2030, 50, 'invented'),
    ('invented_tree', 'united_states', 2030, 60, 'invented'),
    ('invented_tree', 'canada', 2030, 20, 'invented');
-- top_down: North America 70 x 100/120 = 58.3333333, Europe 50 x 100/120 =
-- 41.6666667; the United States and Canada (sum 80) within 58.3333333:
-- 60 x 58.3333333/80 = 43.75, 20 x 58.3333333/80 = 14.5833333
SELECT region, parent, forecast, round(reconciled, 7) AS reconciled, round(adjustment, 7) AS adjustment
FROM gpumkt_reconcile('invented_tree', 2030);
-- proportional: the same factors here, 58.3333333 / max(70, 80) for the
-- United States and Canada (the same as top_down's 58.3333333 / 80)
SELECT region, round(reconciled, 7) AS reconciled FROM gpumkt_reconcile('invented_tree', 2030, 'proportional');
-- bottom_up: North America raised to 80, global to 80 + 50 = 130
SELECT region, parent, forecast, reconciled, adjustment FROM gpumkt_reconcile('invented_tree', 2030, 'bottom_up');
-- where the children fit but the parent was scaled (Canada 5: sum 65 within
-- North America's 70, which top_down scales to 58.3333333): top_down scales
-- the United States and Canada to fit 58.3333333 (x 58.3333333/65);
-- proportional scales them as North America, x 100/120 (keeping their
-- shares of it): 60 x 100/120 = 50, 5 x 100/120 = 4.1666667
UPDATE gpumkt_anchors SET value = 5 WHERE market = 'invented_tree' AND region = 'canada';
SELECT t.region, round(t.reconciled, 7) AS top_down, round(p.reconciled, 7) AS proportional,
       round(60 * (70 * 100 / 120.0) / 65, 7) AS us_top_down_expected
FROM gpumkt_reconcile('invented_tree', 2030) t JOIN gpumkt_reconcile('invented_tree', 2030, 'proportional') p USING (region);
-- every family adds up after top_down and proportional, to rounding
SELECT m AS method, bool_and(c.kids <= c.parent_reconciled + 1e-12) AS families_add_up
FROM unnest(ARRAY['top_down', 'proportional']) m,
LATERAL (SELECT r.parent, sum(r.reconciled) AS kids,
                (SELECT x.reconciled FROM gpumkt_reconcile('invented_tree', 2030, m) x WHERE x.region = r.parent) AS parent_reconciled
         FROM gpumkt_reconcile('invented_tree', 2030, m) r WHERE r.parent IS NOT NULL GROUP BY r.parent) c
GROUP BY m ORDER BY m;
-- a year outside the years the figures cover (2030 to 2030): an error
-- (22023, 2.0); with extrapolate => true, no rows (no figure)
SELECT count(*) AS regions FROM gpumkt_reconcile('invented_tree', 2031, extrapolate => true);
SAVEPOINT s;
SELECT count(*) AS regions FROM gpumkt_reconcile('invented_tree', 2031);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;

\set VERBOSITY default
SAVEPOINT s;
-- error: unrecognized method (22023)
SELECT * FROM gpumkt_reconcile('invented_tree', 2030, 'middle_out');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: unrecognized market (22023)
SELECT * FROM gpumkt_reconcile('no_such_market', 2030);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: NULL year (22023)
SELECT * FROM gpumkt_reconcile('invented_tree', NULL);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
ROLLBACK;
