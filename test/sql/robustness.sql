-- robustness: odd user data and extreme inputs give a clear error or the
-- right number, never a crash, a NaN or a stale value.

-- error: codes are identifiers of at most 63 characters (a CHECK, 23514)
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('a' || repeat('b', 200), 'Long', 'global', 'region');
\echo :LAST_ERROR_SQLSTATE
-- error: values a forecast cannot compute with are refused at the door
INSERT INTO gpumkt_markets (market, name) VALUES ('odd', 'Odd data');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd', 'global', 2020, 'NaN');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd', 'global', 2020, 'Infinity');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd', 'global', 2020, 1e400);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('odd', 'global', 'NaN');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_figures (market, figure, label, value) VALUES ('odd', 'x', 'x', '-Infinity');
\echo :LAST_ERROR_SQLSTATE

-- error: anchors at the ends of the integer years are refused since 1.3:
-- anchor years lie in 1900..2200 (constraint gpumkt_anchors_year_range)
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('odd', 'global', -2147483000, 1), ('odd', 'global', 2147483000, 2);
\echo :LAST_ERROR_SQLSTATE
-- anchors at the ends of the years allowed: 2050 is half way,
-- 2^(150/300) = 1.414213562 (sqrt 2)
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('odd', 'global', 1900, 1), ('odd', 'global', 2200, 2);
SELECT round(gpumkt_forecast('global', 2050, market => 'odd'), 9) AS middle, 1.414213562 AS expected;
-- error: a forecast out there is refused: years run from 1900 to 2200 (22023)
SELECT gpumkt_forecast('global', 2147483647, market => 'odd');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_anchors WHERE market = 'odd';

-- a chain of 40 shares is long, not a loop: c1 = 0.5^40 x global
INSERT INTO gpumkt_regions (region, name, parent, kind)
    SELECT 'c' || g, 'Chain ' || g, 'global', 'group' FROM generate_series(1, 40) g;
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('odd', 'global', 2020, 1);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region)
    SELECT 'odd', 'c' || g, 2020, 0.5, CASE WHEN g = 40 THEN 'global' ELSE 'c' || (g + 1) END
    FROM generate_series(1, 40) g;
SELECT round(gpumkt_forecast('c1', 2020, market => 'odd') * 1099511627776, 12) AS times_2_to_the_40, 1 AS expected;
SELECT count(*) AS steps_expect_41 FROM gpumkt_explain('c1', 2020, market => 'odd');
-- error: once it loops back, it is a loop
UPDATE gpumkt_region_shares SET of_region = 'c1' WHERE market = 'odd' AND region = 'c40';
SELECT gpumkt_forecast('c1', 2020, market => 'odd');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_region_shares WHERE market = 'odd';
DELETE FROM gpumkt_regions WHERE region ~ '^c[0-9]+$';

-- the data read is the data of the statement: a PL/pgSQL loop that changes an
-- anchor sees the change on its next pass (1, then 99)
DO $$
DECLARE v numeric;
BEGIN
    FOR i IN 1..2 LOOP
        v := gpumkt_forecast('global', 2020, market => 'odd');
        RAISE NOTICE 'pass %: %', i, v;
        UPDATE gpumkt_anchors SET value = 99 WHERE market = 'odd' AND year = 2020;
    END LOOP;
END $$;

-- a series whose year before the first cannot be computed still starts:
-- 2019 would be 1e-300 / 1e600, so the first growth is NULL
DELETE FROM gpumkt_anchors WHERE market = 'odd';
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('odd', 'global', 2020, 1e-300), ('odd', 'global', 2021, 1e300);
SELECT year, value, growth, basis FROM gpumkt_series('global', 2020, 2020, market => 'odd');
-- error: growth beyond double precision is an error, not Infinity
SELECT year, value, growth, basis FROM gpumkt_series('global', 2020, 2021, market => 'odd');
\echo :LAST_ERROR_SQLSTATE
-- error: and so is a forecast beyond it
SELECT gpumkt_forecast('global', 2022, market => 'odd', extrapolate => true);
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_anchors WHERE market = 'odd';
DELETE FROM gpumkt_markets WHERE market = 'odd';

-- error: a long name cut for the hint is cut between characters (22023, not an encoding error)
SELECT gpumkt_resolve_region(repeat('x', 126) || 'É');
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_forecast(repeat('É', 200), 2030);
\echo :LAST_ERROR_SQLSTATE

-- numeric versions: 30 significant digits, exact where the exact value is shorter
-- 8^(1/3) - 1 = 1; 1.1^30 = 17.449402268886407318558803753801 (30 digits kept);
-- (87.5/18.2)^(1/10) - 1 = 0.170021026397481447339722704169 (40-digit decimal arithmetic)
SELECT gpumkt_cagr(1.0, 8.0, 3) AS cube_root, gpumkt_project(1.0, 0.1, 30) AS compound_30,
       gpumkt_cagr(18.2, 87.5, 10) AS report_cagr;
-- error: results beyond numeric's reach are 22003, whatever the route
SELECT gpumkt_years_to(1.0, 2.0, 1e-1001);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(1e16000, 1e-16000, 1.0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_cagr(1e16000, 1e-16000, -1.0);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_interpolate(0, 1e16000, 1, 1e-16000, 2);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_project(100.0, -0.5, 1000000);
\echo :LAST_ERROR_SQLSTATE
-- ... but a ratio that numeric holds works in logarithms: ln(1e-32000)/ln(1.1) = -773083.4536990977762171
SELECT round(gpumkt_years_to(1e16000, 1e-16000, 0.1), 10) AS years_down, -773083.4536990978 AS expected;
-- error: float8 CAGR that rounds to -100 % has lost its digits
SELECT gpumkt_cagr(1e308::float8, 5e-324::float8, 1::float8);
\echo :LAST_ERROR_SQLSTATE

-- found by the bad-input matrix of 1.2, kept as regressions
-- nothing grows from zero: 0 x (1 + 1e308)^1e308 is 0, not an overflow
SELECT gpumkt_project(0::float8, 1e308, 1e308) AS zero_float8, gpumkt_project(0::numeric, 1e308, 1e308) AS zero_numeric;
-- numeric powers with a negative exponent keep 30 digits (they had 16, or
-- none below 1e-16): 2 / 1.5^3 = 0.592592592592592592592592592593;
-- 18.2 x (87.5 / 18.2)^-0.5 = 8.30047709472172448811043690613 (40-digit
-- decimal); 1 / (1 + 1e300) = 1e-300 to 30 digits
SELECT gpumkt_project(2::numeric, 0.5, -3) AS back_cast,
       gpumkt_interpolate(2025::numeric, 18.2, 2035, 87.5, 2020) AS before_first_anchor,
       gpumkt_project(1::numeric, 1e300, -1) = 1e-300 AS tiny_is_1e_300;
-- HHI: a square below the smallest double counts as 0 beside 10^2: 10,000
SELECT gpumkt_hhi(v) AS one_firm FROM (VALUES (10::float8), (5e-324)) t(v);
-- error: sizes too large or too small to square say which unit to use (22003)
SELECT gpumkt_hhi(v) FROM (VALUES (10::float8), (1e308)) t(v);
\echo :LAST_ERROR_SQLSTATE
SELECT gpumkt_hhi(v) FROM (VALUES (1e-200::float8), (1e-200)) t(v);
\echo :LAST_ERROR_SQLSTATE
-- a part too small to tell from 0 next to its whole is a share of 0
SELECT gpumkt_share(v, p) AS share FROM (VALUES (5e-324::float8, true), (1e308, false)) t(v, p);
-- error: a summary whose sxx is -0 but whose sxy is not 0 is not one the
-- updates can make (22P02)
SELECT '(v1,n=6,nonpositive=0,first=2020:100,last=2025:161.05099999999999,fit_n=6,sx=135,sy=29.060673812993425,sxx=-0,syy=0.15897053155082164,sxy=1.6679281465756786)'::gpumkt_growth;
\echo :LAST_ERROR_SQLSTATE

-- long chains of shares: a valid chain of 1,200 regions is longer than a
-- forecast follows (22023, not the stack's 54001), and so is a cycle of
-- 3,000 regions, which is named a cycle
INSERT INTO gpumkt_markets (market, name) VALUES ('chain', 'Long chains');
INSERT INTO gpumkt_regions (region, name, parent, kind)
    SELECT 'ch_' || g, 'Chain region ' || g, 'global', 'group' FROM generate_series(1, 3000) g;
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('chain', 'global', 2020, 10);
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region)
    SELECT 'chain', 'ch_' || g, 2020, 0.999, CASE WHEN g = 1200 THEN 'global' ELSE 'ch_' || (g + 1) END
    FROM generate_series(1, 1200) g;
-- 900 steps are followed: 10 x 0.999^301 (ch_900 is 301 shares from global)
SELECT round(gpumkt_forecast('ch_900', 2020, market => 'chain'), 9) AS ch_900, round(10 * 0.999 ^ 301, 9) AS expected;
-- error: 1,200 are not (22023)
SELECT gpumkt_forecast('ch_1', 2020, market => 'chain');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region)
    SELECT 'chain', 'ch_' || g, 2020, 0.999, CASE WHEN g = 3000 THEN 'ch_1201' ELSE 'ch_' || (g + 1) END
    FROM generate_series(1201, 3000) g;
-- error: a cycle of 1,800 regions is a cycle (22023)
SELECT gpumkt_forecast('ch_1500', 2020, market => 'chain');
\echo :LAST_ERROR_SQLSTATE
DELETE FROM gpumkt_region_shares WHERE market = 'chain';
DELETE FROM gpumkt_anchors WHERE market = 'chain';
DELETE FROM gpumkt_markets WHERE market = 'chain';
DELETE FROM gpumkt_regions WHERE region LIKE 'ch\_%';
