-- joins: the README's examples, run as written there.

-- the key players, their home region, and that region's market in 2030
-- (United States: 6.01 x 1.1542^6 = 14.208914201; China: the report gives no figure)
SELECT p.listed_order, p.name, r.name AS headquarters,
       round(gpumkt_try_forecast(r.region, 2030), 3) AS home_market_2030
FROM gpumkt_players p
JOIN gpumkt_regions r ON r.region = p.hq_region
ORDER BY p.listed_order;

-- a user's own table of company revenue (USD billions), by region and year
CREATE TABLE company_revenue (company text, region text, year integer, revenue numeric);
INSERT INTO company_revenue VALUES
    ('Acme GPU Cloud', 'North America', 2025, 0.66),
    ('Acme GPU Cloud', 'US', 2026, 0.80),
    ('Acme GPU Cloud', 'global', 2030, 2.00),
    ('Beta Racks', 'north_america', 2025, 0.33),
    ('Beta Racks', 'europe', 2025, 0.10);

-- each company's share of its market; Europe has no market figure, so no share
-- (expected: 0.66/6.6 = 0.1; 0.8/8.0063876164 = 0.099920; 2/39.906139878 = 0.050118; 0.33/6.6 = 0.05)
SELECT c.company, c.region, c.year, c.revenue,
       round(m.market, 4) AS market,
       round(c.revenue / m.market, 6) AS market_share
FROM company_revenue c
CROSS JOIN LATERAL (SELECT gpumkt_try_forecast(c.region, c.year) AS market) m
ORDER BY c.company, c.year;

-- the same by segment: Acme's public-cloud share, 2030 (39.906139878 x 0.543 = 21.669034)
SELECT c.company, round(gpumkt_forecast(c.region, c.year, 'deployment', 'public_cloud'), 6) AS public_cloud_market
FROM company_revenue c WHERE c.year = 2030;

DROP TABLE company_revenue;
