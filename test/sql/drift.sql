-- drift: share drift (issue 10, item 5).  gpumkt_implied_cagr(share0,
-- share1, years, parent_rate) = (1 + parent_rate) * (share1/share0)^(1/years)
-- - 1, and its inverse gpumkt_share_reached(share0, segment_rate,
-- parent_rate, years) = share0 * ((1 + segment_rate)/(1 + parent_rate))^years,
-- in float8 and numeric.  Expected values are computed independently, with
-- 50-digit python3 decimal and checked with bc -l
-- (1.17*e(l(0.6/0.543)/10)-1 = .1817374636449558855714764621941179685342),
-- and written next to each call.

-- public cloud going from 54.3 % to 60 % of a market growing 17.0 % over 10
-- years grows 18.1737464 % a year: 0.18173746364495588557147646219411797
SELECT gpumkt_implied_cagr(0.543, 0.6, 10, 0.17) AS numeric_rate,
       0.181737463644955885571476462194 AS expected;
SELECT round(gpumkt_implied_cagr(0.543::float8, 0.6, 10, 0.17)::numeric, 12) AS float8_rate,
       0.181737463645 AS expected;
-- the call with integer years resolves to the numeric form, as power(0.5, 10)
-- does (a numeric literal and no float8), and gives what 1.4 gave
SELECT pg_typeof(gpumkt_implied_cagr(0.543, 0.6, 10, 0.17)) AS integer_years_type,
       round(gpumkt_implied_cagr(0.543, 0.6, 10, 0.17), 9) AS rounded, 0.181737464 AS expected;
SELECT p.oid::regprocedure AS forms
FROM pg_proc p WHERE p.proname = 'gpumkt_implied_cagr' ORDER BY p.oid::regprocedure::text;
-- a float8 argument anywhere computes in float8; integers only, too
SELECT pg_typeof(gpumkt_implied_cagr(0.543, 0.6::float8, 10, 0.17)) AS with_float8,
       pg_typeof(gpumkt_implied_cagr(1, 1, 10, 0)) AS integers_only,
       gpumkt_implied_cagr(1, 1, 10, 0) AS same_share_no_growth;
-- back in time: from 60 % ten years later to 54.3 % now is the same rate
SELECT round(gpumkt_implied_cagr(0.6, 0.543, -10, 0.17), 12) AS backwards, 0.181737463645 AS expected;
-- a share that halves in 2 years in a flat market: 0.5^(1/2) - 1 = -0.292893218813
SELECT round(gpumkt_implied_cagr(0.5, 0.25, 2, 0), 12) AS halving, -0.292893218813 AS expected;
-- half a year: 1.17 * (0.6/0.543)^2 - 1 = 0.428527822716034309087
SELECT round(gpumkt_implied_cagr(0.543, 0.6, 0.5, 0.17), 20) AS half_year,
       0.42852782271603430909 AS expected;
-- a whole market stays whole: share 1 to 1 grows with the market
SELECT gpumkt_implied_cagr(1, 1.0, 7, 0.17) AS whole, 0.17 AS expected;

-- the inverse: public cloud at 54.3 % growing 20 % a year in a market
-- growing 17 %: 0.543 * (1.2/1.17)^10 = 0.699445165316465364870086812091
SELECT gpumkt_share_reached(0.543, 0.20, 0.17, 10) AS numeric_share,
       0.699445165316465364870086812091 AS expected;
SELECT round(gpumkt_share_reached(0.543::float8, 0.20, 0.17, 10)::numeric, 12) AS float8_share,
       0.699445165316 AS expected;
-- 5 years: 0.616278122901373721256311735170; a back-cast (-10 years) from 60 %
-- at 15 % in a 17 % market: 0.712904677664228322510236093115
SELECT gpumkt_share_reached(0.543, 0.20, 0.17, 5) AS five_years,
       0.616278122901373721256311735170 AS expected,
       gpumkt_share_reached(0.6, 0.15, 0.17, -10) AS backcast,
       0.712904677664228322510236093115 AS expected;
-- equal rates keep the share; zero years give share0 back
SELECT gpumkt_share_reached(0.543, 0.17, 0.17, 30) AS same_rate,
       gpumkt_share_reached(0.543, 0.20, 0.17, 0) AS zero_years,
       gpumkt_share_reached(0.543::float8, 0.17, 0.17, 30) AS float8_same_rate;

-- round trip: the share reached at the implied rate is share1 (numeric to
-- 25 digits, float8 to 12)
SELECT round(gpumkt_share_reached(0.543, gpumkt_implied_cagr(0.543, 0.6, 10, 0.17), 0.17, 10), 25) AS numeric_round_trip,
       round(gpumkt_share_reached(0.543::float8, gpumkt_implied_cagr(0.543::float8, 0.6, 10, 0.17), 0.17, 10)::numeric, 12) AS float8_round_trip;
-- and over a grid of shares, rates and years, both ways, to 1e-12 relative
SELECT count(*) AS pairs,
       max(abs(gpumkt_share_reached(s0, gpumkt_implied_cagr(s0, s1, y, p), p, y) / s1 - 1)) < 1e-12 AS float8_round_trips,
       max(abs(gpumkt_share_reached(s0::numeric, gpumkt_implied_cagr(s0::numeric, s1::numeric, y::numeric, p::numeric), p::numeric, y::numeric) / s1::numeric - 1)) < 1e-25 AS numeric_round_trips
FROM (SELECT s0 / 20.0 AS s0 FROM generate_series(1, 20) s0) a,
     (SELECT s1 / 20.0 AS s1 FROM generate_series(1, 20) s1) b,
     (VALUES (-25.0), (-1.0), (0.5), (3.0), (10.0), (40.0)) y(y),
     (VALUES (-0.5), (0.0), (0.17), (2.0)) p(p);
-- reaching the whole market exactly: the rounding of 1 gives 1
SELECT gpumkt_share_reached(0.543::float8, gpumkt_implied_cagr(0.543::float8, 1, 10, 0.17), 0.17, 10) AS float8_whole,
       round(gpumkt_share_reached(0.543, gpumkt_implied_cagr(0.543, 1, 10, 0.17), 0.17, 10), 25) AS numeric_whole;

-- NULL in, NULL out
SELECT gpumkt_implied_cagr(NULL, 0.6, 10, 0.17) IS NULL AS n1,
       gpumkt_share_reached(0.543, NULL, 0.17, 10) IS NULL AS n2,
       gpumkt_implied_cagr(0.543::float8, 0.6, NULL, 0.17) IS NULL AS n3,
       gpumkt_share_reached(0.543::float8, 0.2, 0.17, NULL) IS NULL AS n4;

-- error: a share above 1 (a percentage passed as a share), 22023
SELECT gpumkt_implied_cagr(54.3, 60, 10, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: a share of 0, 22023
SELECT gpumkt_implied_cagr(0.543, 0, 10, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: a negative share, 22023
SELECT gpumkt_implied_cagr(-0.1::float8, 0.6, 10, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: share1 above 1, 22023
SELECT gpumkt_implied_cagr(0.543::float8, 1.01, 10, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: years = 0, 22023
SELECT gpumkt_implied_cagr(0.543, 0.6, 0, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: years = 0 in float8, 22023
SELECT gpumkt_implied_cagr(0.543::float8, 0.6, 0, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: a parent rate of -1, 22023
SELECT gpumkt_implied_cagr(0.543, 0.6, 10, -1);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN, 22023
SELECT gpumkt_implied_cagr(0.543, 0.6, 'NaN'::numeric, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: Infinity, 22023
SELECT gpumkt_implied_cagr(0.543::float8, 0.6, 10, 'Infinity');
\echo :LAST_ERROR_SQLSTATE
-- error: the rate overflows a double over a tiny span of years, 22003
SELECT gpumkt_implied_cagr(0.01::float8, 1, 1e-3, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: the rate overflows numeric too (numeric's own error, as for gpumkt_cagr), 22003
SELECT gpumkt_implied_cagr(0.01, 1, 1e-10, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: the share collapses so fast that 1 + rate is 0 in float8, 22003
SELECT gpumkt_implied_cagr(1::float8, 0.01, 1e-3, 0.17);
\echo :LAST_ERROR_SQLSTATE
-- error: share0 of 0, 22023
SELECT gpumkt_share_reached(0, 0.2, 0.17, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: share0 above 1, 22023
SELECT gpumkt_share_reached(1.5::float8, 0.2, 0.17, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: a segment rate of -1, 22023
SELECT gpumkt_share_reached(0.543, -1, 0.17, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: a parent rate below -1, 22023
SELECT gpumkt_share_reached(0.543::float8, 0.2, -2, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: NaN years, 22023
SELECT gpumkt_share_reached(0.543::float8, 0.2, 0.17, 'NaN');
\echo :LAST_ERROR_SQLSTATE
-- error: -Infinity rate, 22023
SELECT gpumkt_share_reached(0.543, '-Infinity'::numeric, 0.17, 10);
\echo :LAST_ERROR_SQLSTATE
-- error: a segment outgrowing its market: 20 % in a 17 % market takes
-- ln(1/0.543) / ln(1.2/1.17) = 24.119 years to reach the whole market, so
-- 25 years would give 1.0225 (22003); 24 years still answer
SELECT gpumkt_share_reached(0.543, 0.20, 0.17, 25);
\echo :LAST_ERROR_SQLSTATE
-- error: the same in float8, 22003
SELECT gpumkt_share_reached(0.543::float8, 0.20, 0.17, 25);
\echo :LAST_ERROR_SQLSTATE
-- 0.543 * (1.2/1.17)^24 = 0.996985983869 (bc -l)
SELECT round(gpumkt_share_reached(0.543, 0.20, 0.17, 24), 12) AS just_below_whole, 0.996985983869 AS expected,
       round(gpumkt_years_to(0.543, 1, 1.2 / 1.17 - 1), 6) AS years_to_whole, 24.119227 AS expected;
-- error: a back-cast of a shrinking segment also refuses a share above 1, 22003
SELECT gpumkt_share_reached(0.5::float8, -0.5, 0.17, -3);
\echo :LAST_ERROR_SQLSTATE
-- error: a share vanishing below the double range, 22003
SELECT gpumkt_share_reached(0.5::float8, -0.99, 0.17, 1000);
\echo :LAST_ERROR_SQLSTATE
