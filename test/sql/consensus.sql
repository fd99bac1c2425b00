-- consensus: gpumkt_consensus and gpumkt_consensus_series, the reports of a
-- topic side by side.  Every market below but the shipped one is an INVENTED
-- test fixture (invented numbers, made here and rolled back); expected
-- values by independent arithmetic, in the queries or the comments.
SET extra_float_digits = 0;
\set SHOW_CONTEXT never
BEGIN;
-- other tests may leave users' copies of the shipped report in its topic:
-- out of it for this test
-- (however many there are, the output is the same)
WITH moved AS (UPDATE gpumkt_markets SET topic = NULL WHERE topic = 'ai_training_gpu_clusters' AND NOT shipped RETURNING 1)
SELECT count(*) >= 0 AS moved_out FROM moved;
-- the issue's example: the shipped report (18.2 in 2025, 87.5 in 2035, USD
-- billion), a report of 20 and 100 (USD billion), one of 25,000 and 110,000
-- (USD million); all INVENTED but the shipped one
INSERT INTO gpumkt_markets (market, name, currency, unit, topic) VALUES
    ('invented_b', 'INVENTED test report b', 'USD', 'billion', 'ai_training_gpu_clusters'),
    ('invented_c', 'INVENTED test report c', 'USD', 'million', 'ai_training_gpu_clusters');
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('invented_b', 'global', 2025, 20, 'invented'), ('invented_b', 'global', 2035, 100, 'invented'),
    ('invented_c', 'global', 2025, 25000, 'invented'), ('invented_c', 'global', 2035, 110000, 'invented');
-- global 2030 lies halfway on each constant-growth path, at the geometric
-- mean of the endpoints: sqrt(18.2 x 87.5) = 39.9061399, sqrt(20 x 100) =
-- 44.7213595, sqrt(25 x 110) = 52.4404424 (USD billion); median the middle
-- one, mean their sum / 3 = 45.6893139, spread 52.4404424 - 39.9061399 =
-- 12.5343025; no outlier (all within [22.36, 89.44])
SELECT sources, round(mean, 7) AS mean, round(median, 7) AS median, round(low, 7) AS low, round(high, 7) AS high,
       round(spread, 7) AS spread, markets, outliers
FROM gpumkt_consensus('ai_training_gpu_clusters', 'global', 2030);
SELECT round(median, 7) = round(sqrt(20 * 100::numeric), 7) AS median_ok,
       round(low, 7) = round(sqrt(18.2 * 87.5::numeric), 7) AS low_ok,
       round(high, 7) = round(sqrt(25 * 110::numeric), 7) AS high_ok,
       round(mean, 7) = round((sqrt(18.2 * 87.5::numeric) + sqrt(2000::numeric) + sqrt(2750::numeric)) / 3, 7) AS mean_ok
FROM gpumkt_consensus('ai_training_gpu_clusters', 'Global', 2030);
-- in USD million: the same x 1000
SELECT round(median, 4) AS median_expect_44721_3595, round(high, 4) AS high_expect_52440_4424
FROM gpumkt_consensus('ai_training_gpu_clusters', 'global', 2030, unit => 'million');
-- year by year: 2025 has 18.2, 20, 25 (median 20); 2035 87.5, 100, 110
-- (median 100)
SELECT year, sources, round(median, 7) AS median, round(low, 7) AS low, round(high, 7) AS high, outliers
FROM gpumkt_consensus_series('ai_training_gpu_clusters', 'global', 2025, 2035) WHERE year IN (2025, 2030, 2035);
SELECT count(*) AS years FROM gpumkt_consensus_series('ai_training_gpu_clusters', 'global', 2025, 2035);
-- a segment: only the shipped report has public cloud (54.3 % of the
-- market): 0.543 x sqrt(18.2 x 87.5) = 21.6690340
SELECT sources, round(median, 7) AS median, markets
FROM gpumkt_consensus('ai_training_gpu_clusters', 'global', 2030, 'deployment', 'public_cloud');
SELECT round(0.543 * sqrt(18.2 * 87.5::numeric), 7) AS expected;

-- currencies, fiscal years and outliers, on INVENTED reports of one
-- figure each (a single anchor: the figure of its year only), and INVENTED
-- rates: 0.8 EUR per USD in 2030, USD prices 100 in 2025 and 125 in 2030
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd, source) VALUES ('EUR', 2030, 0.8, 'invented test fixture');
INSERT INTO gpumkt_price_indices (currency, year, index, source) VALUES
    ('USD', 2025, 100, 'invented test fixture'), ('USD', 2030, 125, 'invented test fixture');
INSERT INTO gpumkt_markets (market, name, currency, unit, topic, fiscal_year_end) VALUES
    ('invented_p', 'INVENTED p', 'USD', 'billion', 'invented_topic', 12),
    ('invented_q', 'INVENTED q, in euros', 'EUR', 'billion', 'invented_topic', 12),
    ('invented_r', 'INVENTED r', 'USD', 'thousand', 'invented_topic', 12),
    ('invented_s', 'INVENTED s, fiscal years ending in March', 'USD', 'billion', 'invented_topic', 3),
    ('invented_t', 'INVENTED t, far above', 'USD', 'billion', 'invented_topic', 12),
    ('invented_u', 'INVENTED u, no figure for 2030', 'USD', 'billion', 'invented_topic', 12);
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('invented_p', 'global', 2030, 10, 'invented'),
    ('invented_q', 'global', 2030, 8, 'invented'),
    ('invented_r', 'global', 2030, 12000000, 'invented'),
    ('invented_s', 'global', 2030, 12, 'invented'), ('invented_s', 'global', 2031, 16, 'invented'),
    ('invented_t', 'global', 2030, 30, 'invented'),
    ('invented_u', 'europe', 2030, 1, 'invented');
-- in USD billion: p 10; q 8 EUR / 0.8 = 10; r 12,000,000 thousand = 12;
-- s calendar 2030 = (3/12) x FY2030 + (9/12) x FY2031 = 3 + 12 = 15 (FY2031
-- runs April 2030 to March 2031: 9 of its months are in 2030); t 30; u has
-- no global figure.  Sorted 10, 10, 12, 15, 30: median 12, outliers outside
-- [6, 24]: t; mean 77 / 5 = 15.4; spread 20
SELECT sources, mean, median, low, high, spread, markets, outliers FROM gpumkt_consensus('invented_topic', 'global', 2030);
-- the audit names the source outside the others' range in the year one of
-- the topic's markets states a global size: t in 2030 (30 outside [6, 24])
SELECT market, finding, figures FROM gpumkt_audit()
WHERE finding = 'source outside the others'' range' AND market LIKE 'invented%' ORDER BY 1, 3;
-- in EUR: each x 0.8 (median 9.6); in 2025 US dollars: each x 100/125
-- (median 9.6 too)
SELECT median AS eur_expect_9_6, high AS eur_expect_24 FROM gpumkt_consensus('invented_topic', 'global', 2030, currency => 'EUR');
SELECT median AS real_expect_9_6, mean AS real_expect_12_32
FROM gpumkt_consensus('invented_topic', 'global', 2030, real_base_year => 2025);
-- an even number of sources: the median is the mean of the middle two;
-- Europe has one source: u's 1
SELECT sources, median, outliers FROM gpumkt_consensus('invented_topic', 'europe', 2030);
-- no source for the region: 0, the figures NULL (s, with two anchors,
-- would extrapolate to other years: a region none has)
SELECT sources, mean, median, low, high, spread, markets, outliers FROM gpumkt_consensus('invented_topic', 'asia_pacific', 2030);

\set VERBOSITY default
SAVEPOINT s;
-- error: no rate of GBP in 2030 (02000), the hint names the row to add
SELECT * FROM gpumkt_consensus('invented_topic', 'global', 2030, currency => 'GBP');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: no price index of USD in 2020 (02000)
SELECT * FROM gpumkt_consensus('invented_topic', 'global', 2030, real_base_year => 2020);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: unrecognized topic (22023)
SELECT * FROM gpumkt_consensus('no_such_topic', 'global', 2030);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: unrecognized unit (22023)
SELECT * FROM gpumkt_consensus('invented_topic', 'global', 2030, unit => 'bn');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: a currency that is no code (22023)
SELECT * FROM gpumkt_consensus('invented_topic', 'global', 2030, currency => 'dollars');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: a dimension without a segment (22023)
SELECT * FROM gpumkt_consensus('invented_topic', 'global', 2030, dimension => 'deployment');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: a NULL region (22023)
SELECT * FROM gpumkt_consensus('invented_topic', NULL, 2030);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: an unrecognized region (22023, from the forecast)
SELECT * FROM gpumkt_consensus('invented_topic', 'atlantis', 2030);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- error: years the wrong way round (22023)
SELECT * FROM gpumkt_consensus_series('invented_topic', 'global', 2035, 2025);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
ROLLBACK;
SELECT count(*) AS invented_left FROM gpumkt_markets
WHERE market IN ('invented_b', 'invented_c') OR topic = 'invented_topic';

-- gpumkt_consensus over a market whose own unit gpumkt cannot convert
-- names that market (the unit asked for, billion, is fine).
INSERT INTO gpumkt_markets (market, name, unit, topic) VALUES ('rv14b_odd', 'Review odd unit (invented, test only)', 'bn', 'rv14b_topic');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('rv14b_odd', 'global', 2020, 1), ('rv14b_odd', 'global', 2030, 2);
DO $$
BEGIN
    PERFORM gpumkt_consensus('rv14b_topic', 'global', 2025);
    RAISE NOTICE 'no error';
EXCEPTION WHEN invalid_parameter_value THEN
    RAISE NOTICE 'names the market: %', SQLERRM LIKE '%rv14b_odd%';
END $$;
DELETE FROM gpumkt_anchors WHERE market = 'rv14b_odd';
DELETE FROM gpumkt_markets WHERE market = 'rv14b_odd';
