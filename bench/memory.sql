-- bench/memory.sql: the data of bench/memory.sh (run by it with psql
-- variables regions, from, markets and shares).  Adds user regions from + 1
-- to regions, all children of one user group (bench_all, a child of
-- global), and on the first run the markets m_01 .. m_<markets>: market m
-- has global anchors 20m in 2020 and 30m in 2030, and a share of 0.00001 of
-- global in 2020 for the regions r_i with i = m (mod markets), the first
-- <shares> of them.  Deterministic: no random().
INSERT INTO gpumkt_regions (region, name, parent, kind)
    SELECT 'bench_all', 'Bench regions', 'global', 'group'
    WHERE NOT EXISTS (SELECT FROM gpumkt_regions WHERE region = 'bench_all');
INSERT INTO gpumkt_regions (region, name, parent, kind, name_fr)
    SELECT 'r_' || i, 'Bench region ' || i, 'bench_all', 'group', 'Région du banc ' || i
    FROM generate_series(:from + 1, :regions) i;
INSERT INTO gpumkt_markets (market, name)
    SELECT 'm_' || lpad(m::text, 2, '0'), 'Bench market ' || m FROM generate_series(1, :markets) m
    ON CONFLICT DO NOTHING;
INSERT INTO gpumkt_anchors (market, region, year, value)
    SELECT 'm_' || lpad(m::text, 2, '0'), 'global', y, m * (y - 2000)
    FROM generate_series(1, :markets) m, (VALUES (2020), (2030)) v(y)
    ON CONFLICT DO NOTHING;
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region)
    SELECT 'm_' || lpad((1 + (i - 1) % :markets)::text, 2, '0'), 'r_' || i, 2020, 0.00001, 'global'
    FROM generate_series(:from + 1, least(:regions, :markets * :shares)) i;
ANALYZE gpumkt_regions;
ANALYZE gpumkt_region_shares;
