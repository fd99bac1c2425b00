-- agg_totals: what the summary answers (issue 8, item 15).  gpumkt_cagr is
-- the growth of the group's total (values of one year are summed first);
-- gpumkt_fit_rate, gpumkt_r2 and gpumkt_value_at fit each row, not yearly
-- totals.  Over rows of one series (a region's years) the two agree; over
-- rows of several parts they answer different questions, and the fit of
-- the total is the fit over a subquery that sums per year first.
-- Expected values: 50-digit decimals (Python), least squares of ln(value)
-- on year written out.

-- 5 vendors x 4 years, vendor i at b_i (1 + g_i)^(year - 2022):
-- b = 1, 2, 0.5, 3, 0.2 and g = 10 %, 50 %, 20 %, 30 %, 80 %;
-- totals 6.7, 8.96, 12.148, 16.7024
CREATE TEMP TABLE vendors AS
SELECT vendor, year, (b * (1 + g) ^ (year - 2022))::float8 AS revenue
FROM (VALUES ('a', 1.0, 0.1), ('b', 2.0, 0.5), ('c', 0.5, 0.2), ('d', 3.0, 0.3), ('e', 0.2, 0.8)) v(vendor, b, g),
     generate_series(2022, 2025) year;
-- the total's CAGR: (16.7024 / 6.7)^(1/3) - 1 = 0.355921953924;
-- the fit over the 20 rows: 0.358864677037, r2 0.122890453329;
-- the fit over the yearly totals: 0.355910115209, r2 0.999585572082
SELECT round(gpumkt_cagr(year, revenue)::numeric, 12) AS total_cagr,
       round(gpumkt_fit_rate(year, revenue)::numeric, 12) AS fit_over_rows,
       round(gpumkt_r2(gpumkt_growth(year, revenue))::numeric, 12) AS r2_over_rows
FROM vendors;
SELECT round(gpumkt_cagr(year, total)::numeric, 12) AS total_cagr,
       round(gpumkt_fit_rate(year, total)::numeric, 12) AS fit_over_totals,
       round(gpumkt_r2(gpumkt_growth(year, total))::numeric, 12) AS r2_over_totals
FROM (SELECT year, sum(revenue) AS total FROM vendors GROUP BY year) t;
-- the fitted value in 2025: over rows a typical vendor's, 2.265472937784;
-- over totals the total's, 16.586813819254 (the 2025 total is 16.7024)
SELECT round(gpumkt_value_at(gpumkt_growth(year, revenue), 2025)::numeric, 12) AS value_at_over_rows
FROM vendors;
SELECT round(gpumkt_value_at(gpumkt_growth(year, total), 2025)::numeric, 12) AS value_at_over_totals
FROM (SELECT year, sum(revenue) AS total FROM vendors GROUP BY year) t;
-- what the comments say
SELECT obj_description('gpumkt_fit_rate(gpumkt_growth)'::regprocedure, 'pg_proc') AS fit_rate_comment;
SELECT obj_description('gpumkt_fit_rate(integer, float8)'::regprocedure, 'pg_proc') AS fit_rate_aggregate_comment;
SELECT obj_description('gpumkt_value_at(gpumkt_growth, float8)'::regprocedure, 'pg_proc') AS value_at_comment;

-- The README's example, on its own rows: one summary per region over all its
-- years, every accessor a number; then the total's CAGR from the rollup of
-- the regions, and the fit of the total from yearly totals.
CREATE TABLE company_revenue (region text, year int, revenue numeric);
INSERT INTO company_revenue VALUES
    ('north_america', 2022, 10), ('north_america', 2023, 12), ('north_america', 2024, 14.5), ('north_america', 2025, 17),
    ('europe', 2022, 6), ('europe', 2023, 6.6), ('europe', 2024, 7.2), ('europe', 2025, 8),
    ('asia_pacific', 2022, 4), ('asia_pacific', 2023, 5.2), ('asia_pacific', 2024, 6.6), ('asia_pacific', 2025, 8.5);
-- one summary per region, over all its years, stored once
CREATE MATERIALIZED VIEW revenue_growth AS
    SELECT region, gpumkt_growth(year, revenue) AS g FROM company_revenue GROUP BY region;
-- each region's growth: endpoint CAGR, log-linear fit, its r2, the fitted 2030
SELECT region, round(gpumkt_cagr(g)::numeric, 6) AS cagr, round(gpumkt_fit_rate(g)::numeric, 6) AS fit_rate,
       round(gpumkt_r2(g)::numeric, 6) AS r2, round(gpumkt_value_at(g, 2030)::numeric, 4) AS fitted_2030,
       gpumkt_first_year(g) AS first_year, gpumkt_last_year(g) AS last_year, gpumkt_count(g) AS rows
FROM revenue_growth ORDER BY region;
-- by hand (50 digits):
--   asia_pacific  CAGR 0.285641, fit 0.283990, r2 0.999692, 2030 29.6762
--   europe        CAGR 0.100642, fit 0.099665, r2 0.998656, 2030 12.8151
--   north_america CAGR 0.193483, fit 0.194960, r2 0.998715, 2030 41.7394
-- the total's CAGR from the regions' summaries, as over all rows: totals 20
-- and 33.5, (33.5 / 20)^(1/3) - 1 = 0.187603869031
SELECT round(gpumkt_cagr(gpumkt_rollup(g))::numeric, 12) AS total_cagr, gpumkt_count(gpumkt_rollup(g)) AS rows
FROM revenue_growth;
-- the fit of the total: sum per year first (0.187750963141, 2030: 79.3094);
-- the fit of the rollup fits every region's rows (0.190488458928, 2030: 25.1319)
SELECT round(gpumkt_fit_rate(year, total)::numeric, 12) AS fit_of_total,
       round(gpumkt_value_at(gpumkt_growth(year, total), 2030)::numeric, 4) AS total_2030
FROM (SELECT year, sum(revenue) AS total FROM company_revenue GROUP BY year) t;
SELECT round(gpumkt_fit_rate(gpumkt_rollup(g))::numeric, 12) AS fit_of_rows,
       round(gpumkt_value_at(gpumkt_rollup(g), 2030)::numeric, 4) AS typical_row_2030
FROM revenue_growth;
DROP MATERIALIZED VIEW revenue_growth;
DROP TABLE company_revenue;
