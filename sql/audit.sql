-- audit: gpumkt_audit() over the shipped data, then over a user market made
-- to break each rule once.

-- the report's own tension: the United States (6.01 in 2024 at 15.42 %) is
-- larger than all of North America: 2025: 6.01 x 1.1542 = 6.936742 > 6.6;
-- 2024: 6.01 > 0.365 x 18.2 / 1.17 = 5.677777778
SELECT market, finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit();

-- the checks that find nothing in the shipped data, shown within rounding:
-- stated 17.0 % vs (87.5/18.2)^(1/10) - 1 = 0.170021 (half a unit of 0.170 is 0.0005);
-- North America 6.6 vs 0.365 x 18.2 = 6.643 (within 0.05 + 0.0005 x 18.2)
SELECT round(gpumkt_cagr(18.2, 87.5, 10) - 0.170, 6) AS cagr_gap, round(6.6 - 0.365 * 18.2, 6) AS na_gap;

-- a market made to break every rule once
INSERT INTO gpumkt_markets (market, name) VALUES ('audit_demo', 'Audit demo');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('audit_demo', 'global', 2020, 10), ('audit_demo', 'global', 2030, 20),
    ('audit_demo', 'europe', 2020, 9), ('audit_demo', 'germany', 2020, 12);
-- the anchors give (20/10)^(1/10) - 1 = 0.071773, not the stated 0.10
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES
    ('audit_demo', 'global', 2020, 2030, 0.10);
-- 0.7 + 0.5 of global is more than the whole; and 0.7 x 10 = 7 is not Europe's 9
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('audit_demo', 'europe', 2020, 0.7, 'global'), ('audit_demo', 'asia_pacific', 2020, 0.5, 'global');
-- 0.65 + 0.5 of one dimension is more than the whole, beyond rounding (0.005 + 0.05)
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('audit_demo', 'kind', 'Kind');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share) VALUES
    ('audit_demo', 'kind', 'a', 'A', 2020, 0.65), ('audit_demo', 'kind', 'b', 'B', 2020, 0.5);

-- expected: germany 12 > europe 9 (by 3, 33.3 %); rate 0.071773 - 0.10 = -0.028227;
-- shares 0.65 + 0.5 = 1.15 and 0.7 + 0.5 = 1.2; europe 9 - 0.7 x 10 = 2
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit() WHERE market = 'audit_demo';

DELETE FROM gpumkt_segments WHERE market = 'audit_demo';
DELETE FROM gpumkt_dimensions WHERE market = 'audit_demo';
DELETE FROM gpumkt_region_shares WHERE market = 'audit_demo';
DELETE FROM gpumkt_rates WHERE market = 'audit_demo';
DELETE FROM gpumkt_anchors WHERE market = 'audit_demo';
DELETE FROM gpumkt_markets WHERE market = 'audit_demo';
SELECT count(*) AS findings_left_expect_2 FROM gpumkt_audit();
