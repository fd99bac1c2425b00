-- audit: gpumkt_audit() over the shipped data, then over a user market made
-- to break each rule once, then over every year of a market's horizon.

-- the report's own tension, over every year of the shipped market's horizon
-- (2024, the earliest figure year, to 2035, the latest).  Independently, by
-- the method of the README: United States 6.01 x 1.1542^(y - 2024); North
-- America its 2025 anchor 6.6, other years 0.365 x global, global 18.2 /
-- 1.17 in 2024 and 18.2 x (87.5 / 18.2)^((y - 2025) / 10) from 2025 to 2035
-- (python3):
--   2024: 6.010000 > 5.677778 by 0.332222 (5.9 %)
--   2025: 6.936742 > 6.600000 by 0.336742 (5.1 %), the largest gap
--   2026: 8.006388 > 7.772450 by 0.233938
--   2027: 9.240973 > 9.093930 by 0.147043
--   2028: 10.665931 > 10.640089 by 0.025842
--   2029: 12.310617 < 12.449128, and below from then on
-- so one finding for 2024-2028 (1.2 looked at the anchor years 2024 and
-- 2025 only and gave two).  And two stated figures that the forecast does
-- not use where they are stated (1.4.1): the 17.0 % of 2025-2035, where the
-- anchors give (87.5 / 18.2)^(1/10) - 1 = 0.170021, 0.000021 above it and
-- within rounding (0.0005), the rate carrying global before 2025 and after
-- 2035; and North America's 36.5 % of 2025, where its anchor gives 6.6 /
-- 18.2 = 0.362637, 0.002363 below it and more than rounding apart, the share
-- carrying North America in the other years.
SELECT market, finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit();
SELECT y AS year, round(gpumkt_forecast('united_states', y), 6) AS united_states,
       round(gpumkt_forecast('north_america', y), 6) AS north_america,
       round(gpumkt_forecast('united_states', y) - gpumkt_forecast('north_america', y), 6) AS gap
FROM generate_series(2024, 2029) y;

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
-- shares 0.65 + 0.5 = 1.15 and 0.7 + 0.5 = 1.2; europe 9 - 0.7 x 10 = 2;
-- and two figures not used where stated: the rate of 2020-2030, where the
-- anchors give 0.071773 (-0.028227), and europe's 0.7 of 2020, where its
-- anchor gives 9 / 10 = 0.9 (+0.2)
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit() WHERE market = 'audit_demo';

DELETE FROM gpumkt_segments WHERE market = 'audit_demo';
DELETE FROM gpumkt_dimensions WHERE market = 'audit_demo';
DELETE FROM gpumkt_region_shares WHERE market = 'audit_demo';
DELETE FROM gpumkt_rates WHERE market = 'audit_demo';
DELETE FROM gpumkt_anchors WHERE market = 'audit_demo';
DELETE FROM gpumkt_markets WHERE market = 'audit_demo';
SELECT count(*) AS findings_left_expect_3 FROM gpumkt_audit();

-- every year of the horizon (2020-2030 here), consecutive years in one
-- finding, with the largest gap and its year.  global is 10 throughout
-- (anchors 10 and 10); europe's anchors 11 (2020), 9 (2022), 12 (2024) give,
-- between them, 11 x (9/11)^(1/2) = 9.949874 in 2021 and 9 x (12/9)^(1/2) =
-- 10.392305 in 2023, and after 2024 the CAGR of its first and last anchors,
-- 12 x (12/11)^((y - 2024)/4): 13.673009 in 2030 (python3).  So europe is
-- above global in 2020 (by 1, 10 %) and from 2023 to 2030 (most in 2030, by
-- 3.673009, 36.7 %).  japan (20 in 2020) has no parent figure (asia_pacific
-- has none): it is compared with global, its nearest ancestor with one.
INSERT INTO gpumkt_markets (market, name) VALUES ('span_demo', 'Span demo');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('span_demo', 'global', 2020, 10), ('span_demo', 'global', 2030, 10),
    ('span_demo', 'europe', 2020, 11), ('span_demo', 'europe', 2022, 9), ('span_demo', 'europe', 2024, 12),
    ('span_demo', 'japan', 2020, 20);
SELECT finding, rows_involved, figures, round(discrepancy, 6) AS discrepancy, detail
FROM gpumkt_audit() WHERE market = 'span_demo';
DELETE FROM gpumkt_anchors WHERE market = 'span_demo';
DELETE FROM gpumkt_markets WHERE market = 'span_demo';

-- a stated figure that the forecast does not use where it is stated (issue
-- 17, item 5).  Asia-Pacific has no market size of its own, a 41 % share of
-- global in 2025 and a 21 % CAGR for 2025-2030: the method takes the share
-- (41 and 0.41 x 232 = 95.12) and ignores the rate, so Asia-Pacific grows
-- at global's (232/100)^(1/5) - 1 = 18.3 % a year.  The other kinds, one
-- region each:
--   europe: two anchors (20 in 2025, 40 in 2030) supersede its 25 % share
--     (no forecast uses it: 20/100 = 0.2) and its 15 % for 2025-2030 (the
--     anchors give (40/20)^(1/5) - 1 = 0.148698 there, within rounding of
--     0.15; the rate carries europe before 2025 and after 2030);
--   north_america: a rate with no period beside a rate for 2025-2030 is
--     never taken (the rate with a period is always nearer); over 2025-2030,
--     the years of the market's figures, it grows at the 0.2 it follows;
--   middle_east_africa: its 2025 anchor (5) supersedes its 6 % share in
--     2025 (5/100 = 0.05), used in the other years;
--   latin_america: a rate and no market size to grow from: no forecast;
--   brazil: two anchors supersede its share of latin_america, which has no
--     forecast to compare with.
INSERT INTO gpumkt_markets (market, name) VALUES ('ignored_demo', 'Ignored figures demo');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('ignored_demo', 'global', 2025, 100), ('ignored_demo', 'global', 2030, 232),
    ('ignored_demo', 'europe', 2025, 20), ('ignored_demo', 'europe', 2030, 40),
    ('ignored_demo', 'north_america', 2025, 30), ('ignored_demo', 'middle_east_africa', 2025, 5),
    ('ignored_demo', 'brazil', 2025, 2), ('ignored_demo', 'brazil', 2030, 3);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES
    ('ignored_demo', 'asia_pacific', 2025, 2030, 0.21), ('ignored_demo', 'europe', 2025, 2030, 0.15),
    ('ignored_demo', 'north_america', 2025, 2030, 0.2), ('ignored_demo', 'north_america', NULL, NULL, 0.1),
    ('ignored_demo', 'latin_america', 2025, 2030, 0.3);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('ignored_demo', 'asia_pacific', 2025, 0.41, 'global'), ('ignored_demo', 'europe', 2025, 0.25, 'global'),
    ('ignored_demo', 'middle_east_africa', 2025, 0.06, 'global'),
    ('ignored_demo', 'brazil', 2025, 0.5, 'latin_america');
SELECT rows_involved, figures, round(discrepancy, 9) AS discrepancy, detail
FROM gpumkt_audit() WHERE market = 'ignored_demo' AND finding = 'stated figure not used'
ORDER BY rows_involved;
-- the distances, by numeric arithmetic: the implied rate or share less the
-- stated one (latin_america and brazil have none)
SELECT round(power(0.41 * 232 / (0.41 * 100), 1 / 5.0) - 1 - 0.21, 9) AS asia_pacific_rate,
       round(power(40 / 20.0, 1 / 5.0) - 1 - 0.15, 9) AS europe_rate,
       round(20 / 100.0 - 0.25, 9) AS europe_share,
       round(power(30 * 1.2 ^ 5 / 30, 1 / 5.0) - 1 - 0.1, 9) AS north_america_rate,
       round(5 / 100.0 - 0.06, 9) AS middle_east_africa_share;
-- and the finding against them, kind by kind
SELECT a.rows_involved, round(a.discrepancy, 9) = e.expected AS as_computed
FROM gpumkt_audit() a
JOIN (VALUES ('gpumkt_rates(asia_pacific, 2025-2030)', round(power(0.41 * 232 / (0.41 * 100), 1 / 5.0) - 1 - 0.21, 9)),
             ('gpumkt_rates(europe, 2025-2030)', round(power(40 / 20.0, 1 / 5.0) - 1 - 0.15, 9)),
             ('gpumkt_region_shares(europe, 2025)', round(20 / 100.0 - 0.25, 9)),
             ('gpumkt_rates(north_america, no period)', round(power(30 * 1.2 ^ 5 / 30, 1 / 5.0) - 1 - 0.1, 9)),
             ('gpumkt_region_shares(middle_east_africa, 2025)', round(5 / 100.0 - 0.06, 9)))
     AS e(row_name, expected) ON a.rows_involved LIKE e.row_name || '%'
WHERE a.market = 'ignored_demo' AND a.finding = 'stated figure not used'
ORDER BY 1;

-- the same regions with figures that agree with the method: every figure is
-- used where it is stated (a rate from an anchor, a share where the region
-- has no size of its own, a rate with no period alone), so no such finding
DELETE FROM gpumkt_region_shares WHERE market = 'ignored_demo';
DELETE FROM gpumkt_rates WHERE market = 'ignored_demo';
DELETE FROM gpumkt_anchors WHERE market = 'ignored_demo';
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('ignored_demo', 'global', 2025, 100), ('ignored_demo', 'europe', 2025, 20);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate) VALUES
    ('ignored_demo', 'global', NULL, NULL, 0.1), ('ignored_demo', 'europe', 2025, 2030, 0.15);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region) VALUES
    ('ignored_demo', 'asia_pacific', 2025, 0.41, 'global'), ('ignored_demo', 'asia_pacific', 2028, 0.45, 'global');
SELECT count(*) AS findings_expect_0 FROM gpumkt_audit() WHERE market = 'ignored_demo';
DELETE FROM gpumkt_region_shares WHERE market = 'ignored_demo';
DELETE FROM gpumkt_rates WHERE market = 'ignored_demo';
DELETE FROM gpumkt_anchors WHERE market = 'ignored_demo';
DELETE FROM gpumkt_markets WHERE market = 'ignored_demo';

-- a market whose forecasts leave double range just after its horizon
-- (2020-2021: 1e300 in 2020, 1e300 x (1 + 99999) = 1e305 in 2021, 1e310 in
-- 2022): its figures are judged over the horizon, where the rate is used,
-- and it is audited (no "market cannot be audited", no finding)
INSERT INTO gpumkt_markets (market, name) VALUES ('edge_demo', 'Edge demo');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('edge_demo', 'global', 2020, 1e300);
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, exceptional) VALUES
    ('edge_demo', 'global', 2020, 2021, 99999, true);
SELECT count(*) AS findings_expect_0 FROM gpumkt_audit() WHERE market = 'edge_demo';
-- error: 2022 is out of double range
SELECT gpumkt_forecast('global', 2022, market => 'edge_demo', extrapolate => true);
DELETE FROM gpumkt_rates WHERE market = 'edge_demo';
DELETE FROM gpumkt_anchors WHERE market = 'edge_demo';
DELETE FROM gpumkt_markets WHERE market = 'edge_demo';
