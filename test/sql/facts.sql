-- facts: every figure of shared/seed/FACTS.md is a row, with its value,
-- qualifier and provenance.  The expected list below is typed from FACTS.md;
-- the anti-joins print any figure that is missing or different.
CREATE TEMP TABLE facts_expected (tbl text, key text, value numeric, qualifier text, basis text);
INSERT INTO facts_expected VALUES
    ('anchor', 'global 2025', 18.2, NULL, 'reported'),
    ('anchor', 'global 2035', 87.5, 'about', 'reported'),
    ('anchor', 'north_america 2025', 6.6, NULL, 'reported'),
    ('anchor', 'united_states 2024', 6.01, NULL, 'reported'),
    ('rate', 'global 2025-2035', 0.170, NULL, 'reported'),
    ('rate', 'united_states no period', 0.1542, NULL, 'reported'),
    ('share', 'north_america 2025 of global', 0.365, 'more than', 'reported'),
    ('segment', 'component hardware', 0.785, NULL, 'reported'),
    ('segment', 'component software', NULL, NULL, 'unknown'),
    ('segment', 'component services', NULL, NULL, 'unknown'),
    ('segment', 'deployment public_cloud', 0.543, NULL, 'reported'),
    ('segment', 'deployment on_premises', 0.457, NULL, 'derived'),
    ('segment', 'cluster_size large_hyperscale', 0.487, NULL, 'reported'),
    ('segment', 'cluster_size medium', NULL, NULL, 'unknown'),
    ('segment', 'cluster_size small', NULL, NULL, 'unknown'),
    ('segment', 'end_user cloud_service_providers', 0.628, NULL, 'reported'),
    ('segment', 'end_user large_enterprises', NULL, NULL, 'unknown'),
    ('segment', 'end_user research_institutions', NULL, NULL, 'unknown'),
    ('segment', 'end_user government_defence', NULL, NULL, 'unknown'),
    ('segment', 'industry it_technology', 0.659, NULL, 'reported'),
    ('segment', 'industry financial_services', NULL, NULL, 'unknown'),
    ('segment', 'industry automotive_manufacturing', NULL, NULL, 'unknown'),
    ('segment', 'industry healthcare_pharma', NULL, NULL, 'unknown'),
    ('segment', 'industry others', NULL, NULL, 'unknown'),
    ('figure', 'hyperscaler_capex_2024', 200, 'about', 'reported'),
    ('figure', 'india_gpu_funds', 1.24, NULL, 'reported'),
    ('figure', 'india_gpus_funded', 10000, 'at least', 'reported'),
    ('figure', 'india_capacity_added', 604, NULL, 'reported'),
    ('figure', 'india_capacity_investment', 3.8, NULL, 'reported'),
    ('figure', 'nvidia_datacenter_revenue_share', 0.89, 'more than', 'reported'),
    ('figure', 'nvidia_blackwell_backlog', 3.6, 'more than', 'reported'),
    ('figure', 'dell_gpus_per_rack', 192, 'up to', 'reported'),
    ('figure', 'amd_mi300x_scaling_nodes', 8, NULL, 'reported'),
    ('figure', 'asia_pacific_fastest_growth', NULL, NULL, 'reported'),
    ('figure', 'global_cagr_from_endpoints', 0.1700210264, NULL, 'derived'),
    ('figure', 'global_2035_at_stated_cagr', 87.484, NULL, 'derived'),
    ('figure', 'north_america_2025_from_share', 6.643, NULL, 'derived'),
    ('figure', 'united_states_2025_at_stated_cagr', 6.936742, NULL, 'derived'),
    ('figure', 'component_other_share', 0.215, NULL, 'derived'),
    ('figure', 'cluster_size_other_share', 0.513, NULL, 'derived'),
    ('figure', 'end_user_other_share', 0.372, NULL, 'derived'),
    ('figure', 'industry_other_share', 0.341, NULL, 'derived');

CREATE TEMP VIEW facts_shipped AS
    SELECT 'anchor' AS tbl, region || ' ' || year AS key, value, qualifier, basis
    FROM gpumkt_anchors WHERE shipped
    UNION ALL
    SELECT 'rate', region || ' ' || coalesce(from_year || '-' || to_year, 'no period'), rate, qualifier, basis
    FROM gpumkt_rates WHERE shipped
    UNION ALL
    SELECT 'share', region || ' ' || year || ' of ' || of_region, share, qualifier, basis
    FROM gpumkt_region_shares WHERE shipped
    UNION ALL
    SELECT 'segment', dimension || ' ' || segment, share, NULL, basis
    FROM gpumkt_segments WHERE shipped
    UNION ALL
    SELECT 'figure', figure, value, qualifier, basis
    FROM gpumkt_figures WHERE shipped AND (value IS NOT NULL OR figure !~ '^(driver|restraint|opportunity|challenge)_');

-- missing or different (expect no rows)
SELECT 'missing or different' AS problem, * FROM facts_expected
EXCEPT SELECT 'missing or different', * FROM facts_shipped;
-- shipped but not in FACTS.md (expect no rows)
SELECT 'not in FACTS.md' AS problem, * FROM facts_shipped
EXCEPT SELECT 'not in FACTS.md', * FROM facts_expected;

-- the market and its source
SELECT market, name, currency, unit, root_region, source_date, source_title ~ '87,5 milliards' AS title_ok
FROM gpumkt_markets;

-- every reported row quotes the report, every derived row shows its arithmetic (expect 0, 0)
SELECT count(*) FILTER (WHERE basis = 'reported' AND source_quote IS NULL) AS reported_without_quote,
       count(*) FILTER (WHERE basis = 'derived' AND derivation IS NULL) AS derived_without_arithmetic
FROM (SELECT basis, source_quote, derivation FROM gpumkt_anchors
      UNION ALL SELECT basis, source_quote, derivation FROM gpumkt_rates
      UNION ALL SELECT basis, source_quote, derivation FROM gpumkt_region_shares
      UNION ALL SELECT basis, source_quote, derivation FROM gpumkt_segments
      UNION ALL SELECT basis, source_quote, derivation FROM gpumkt_figures) f;

-- derived figures agree with their arithmetic
SELECT figure, value,
       CASE figure
           WHEN 'global_cagr_from_endpoints' THEN round(power(87.5 / 18.2, 0.1) - 1, 10)
           WHEN 'global_2035_at_stated_cagr' THEN round(18.2 * 1.17 ^ 10, 3)
           WHEN 'north_america_2025_from_share' THEN 0.365 * 18.2
           WHEN 'united_states_2025_at_stated_cagr' THEN 6.01 * 1.1542
           WHEN 'component_other_share' THEN 1 - 0.785
           WHEN 'cluster_size_other_share' THEN 1 - 0.487
           WHEN 'end_user_other_share' THEN 1 - 0.628
           WHEN 'industry_other_share' THEN 1 - 0.659
       END AS recomputed
FROM gpumkt_figures WHERE basis = 'derived' ORDER BY figure;
SELECT segment, share, 1 - (SELECT share FROM gpumkt_segments WHERE segment = 'public_cloud') AS recomputed
FROM gpumkt_segments WHERE basis = 'derived';

-- the range 192-256 keeps both ends
SELECT value, value_high, unit FROM gpumkt_figures WHERE figure = 'dell_gpus_per_rack';

-- the region hierarchy: global, 5 regions, 22 countries, 3 "rest of" groups
SELECT kind, count(*), count(iso2) AS with_iso FROM gpumkt_regions GROUP BY kind ORDER BY kind;
SELECT p.name AS region, string_agg(c.name || coalesce(' (' || c.iso2 || ')', ''), ', ' ORDER BY c.name) AS members
FROM gpumkt_regions c JOIN gpumkt_regions p ON p.region = c.parent
GROUP BY p.name ORDER BY p.name;

-- the 15 key players, in the report's order; their attributes are not from the report
SELECT listed_order, name, hq_region, supplies FROM gpumkt_players ORDER BY listed_order;
SELECT DISTINCT attributes_source FROM gpumkt_players;

-- the 3 dated developments
SELECT to_char(month, 'YYYY-MM') AS month, player, left(summary, 60) AS summary FROM gpumkt_developments ORDER BY month DESC;

-- qualitative statements carry no number
SELECT figure, value FROM gpumkt_figures WHERE value IS NULL ORDER BY figure;
