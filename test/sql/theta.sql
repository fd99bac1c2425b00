-- theta: the Theta method (gpumkt_theta) and the automatic model
-- (gpumkt_auto_model), issue 19.  Expected numbers: R 4.2.2's forecast 8.20
-- (the commands are beside each), the issue's exponential and vendors
-- (fixed formulas, no random()), or arithmetic written here.
\set VERBOSITY terse

-- USAccDeaths (R's datasets), monthly from 1973-01: seasonal by thetaf's
-- test, so decomposed.  R: f <- thetaf(USAccDeaths, h = 3); f$mean,
-- f$lower[, 2], f$upper[, 2]:
--   8270.693806 7508.923867 8322.124807 / 7759.002181 6924.524589 7673.112701
--   / 8782.385432 8093.323145 8971.136913
-- R's Nelder-Mead stops within about 1e-6 of the least-squares SES that
-- gpumkt_theta finds, so the forecasts agree to 1e-5 relative.
CREATE TEMP TABLE usacc AS
SELECT ('1973-01-01'::date + (i - 1) * interval '1 month')::date AS d, v::float8 AS y
FROM unnest('{9007,8106,8928,9137,10017,10826,11317,10744,9713,9938,9161,8927,7750,6981,8038,8422,8714,9512,10120,9823,8743,9129,8710,8680,8162,7306,8124,7870,9387,9556,10093,9620,8285,8466,8160,8034,7717,7461,7767,7925,8623,8945,10078,9179,8037,8488,7874,8647,7792,6957,7726,8106,8890,9299,10625,9302,8314,8850,8265,8796,7836,6892,7791,8192,9115,9434,10484,9827,9110,9070,8633,9240}'::int[])
     WITH ORDINALITY AS u(v, i);
CREATE TEMP TABLE th AS SELECT gpumkt_theta(d, y) AS model FROM usacc;
SELECT t.d, abs(gpumkt_predict(th.model, t.d) / t.mean - 1) < 1e-5 AS mean_ok,
       abs((gpumkt_predict_interval(th.model, t.d)).low / t.lo - 1) < 1e-5 AS low_ok,
       abs((gpumkt_predict_interval(th.model, t.d)).high / t.hi - 1) < 1e-5 AS high_ok
FROM th, (VALUES ('1979-01-01'::date, 8270.693806, 7759.002181, 8782.385432),
                 ('1979-02-01', 7508.923867, 6924.524589, 8093.323145),
                 ('1979-03-01', 8322.124807, 7673.112701, 8971.136913)) AS t(d, mean, lo, hi)
ORDER BY t.d;
-- what it is: method theta, kind THETA, the cycle of the decomposition
SELECT kind, method, chosen_by, seasonality, n, beta IS NULL AS no_beta, aicc IS NULL AS no_aicc,
       alpha BETWEEN 0.0001 AND 0.9999 AS alpha_ok
FROM th, gpumkt_model_info(th.model);
-- the series and the forecasts, as gpumkt_predict_series gives them
SELECT p.t, abs(p.value - gpumkt_predict(th.model, p.t::date)) < 1e-9 AS same
FROM th, gpumkt_predict_series(th.model, 2) p;
-- a model's text reads back as the same model
SELECT model::text::gpumkt_ets_model::text = model::text AS text_roundtrip FROM th;

-- Nile (yearly, 100 points, no cycle).  R: thetaf(ts(Nile), h = 2):
--   mean 799.811996 798.454844, upper 95 % 1082.501050 1089.549474
CREATE TEMP TABLE nile AS
SELECT 1870 + i AS year, v::float8 AS y
FROM unnest('{1120,1160,963,1210,1160,1160,813,1230,1370,1140,995,935,1110,994,1020,960,1180,799,958,1140,1100,1210,1150,1250,1260,1220,1030,1100,774,840,874,694,940,833,701,916,692,1020,1050,969,831,726,456,824,702,1120,1100,832,764,821,768,845,864,862,698,845,744,796,1040,759,781,865,845,944,984,897,822,1010,771,676,649,846,812,742,801,1040,860,874,848,890,744,749,838,1050,918,986,797,923,975,815,1020,906,901,1170,912,746,919,718,714,740}'::int[])
     WITH ORDINALITY AS u(v, i);
SELECT t.year, abs(gpumkt_predict(m, t.year) / t.mean - 1) < 1e-4 AS mean_ok,
       abs((gpumkt_predict_interval(m, t.year)).high / t.hi - 1) < 1e-4 AS high_ok
FROM (SELECT gpumkt_theta(year, y) AS m FROM nile) x,
     (VALUES (1971, 799.811996, 1082.501050), (1972, 798.454844, 1089.549474)) AS t(year, mean, hi)
ORDER BY t.year;
-- a straight line 2t: SES follows it (alpha at its bound 0.9999, so the
-- final level is within 1e-3 of the last value, 20), the drift is half the
-- slope, 1, and the lead term (1 - (1 - alpha)^n) / alpha is 1.0001: the
-- forecasts are 20 + 1.0001, + 2.0001, + 3.0001
SELECT t, round(gpumkt_predict(m, t)::numeric, 2) AS forecast
FROM (SELECT gpumkt_theta(t, 2 * t) AS m FROM generate_series(1, 10) t) x, generate_series(11, 13) t;
-- a cycle given: 1 means none (no decomposition)
SELECT (gpumkt_model_info(gpumkt_theta(d, y, 1))).seasonality FROM usacc;

-- THE AUTOMATIC MODEL.  The issue's perfect exponential, 100 x 1.3^(year -
-- 2018) over 2018..2025: 2026..2028 within 1 % of 100 x 1.3^8, 1.3^9, 1.3^10
CREATE TEMP TABLE expo AS
SELECT gpumkt_auto_model(year, 100 * 1.3 ^ (year - 2018)) AS model FROM generate_series(2018, 2025) year;
SELECT year, abs(gpumkt_predict(model, year) / (100 * 1.3 ^ (year - 2018)) - 1) < 0.01 AS within_1pct
FROM expo, generate_series(2026, 2028) year;
-- what it combined: the ETS models of least AICc (first MMN, the
-- exponential's own model, which fits it exactly: the others' AICc, and so
-- their BIC, are far above, so its weight exp(0) / sum is all but 1),
-- weights summing to 1 (test/unit/test_forecast.c checks the BIC weights)
SELECT kind, method, chosen_by, components[1] AS first, cardinality(components) AS k,
       abs((SELECT sum(w) FROM unnest(weights) w) - 1) < 1e-12 AS weights_sum_1,
       weights[1] > 0.999 AS first_dominates
FROM expo, gpumkt_model_info(expo.model);
SELECT model::text::gpumkt_ets_model::text = model::text AS text_roundtrip FROM expo;

-- five vendors growing 14-40 % a year over 8 years, each v0 (1 + g)^(year -
-- 2018) with a wiggle of 2 % (a sine): every forecast 2026..2028 above the
-- vendor's 2025 value and above the year before's forecast
CREATE TEMP TABLE vendors AS
SELECT k, year, v0 * (1 + g) ^ (year - 2018) * (1 + 0.02 * sin(1.7 * year + k)) AS revenue
FROM (VALUES (1, 120, 0.14), (2, 80, 0.22), (3, 45, 0.40), (4, 300, 0.17), (5, 60, 0.30)) AS v(k, v0, g),
     generate_series(2018, 2025) year;
SELECT k, bool_and(f > prev) AS rising
FROM (SELECT k, year, gpumkt_predict(m, year) AS f,
             coalesce(lag(gpumkt_predict(m, year)) OVER (PARTITION BY k ORDER BY year), last) AS prev
      FROM (SELECT k, gpumkt_auto_model(year, revenue) AS m,
                   max(revenue) FILTER (WHERE year = 2025) AS last
            FROM vendors GROUP BY k) x, generate_series(2026, 2028) year) y
GROUP BY k ORDER BY k;

-- multiplicative trends (MMN, MMdN) are candidates only for a series
-- without a cycle: a growth of 8 % a quarter with a wiggle of period 4 so
-- small (0.2 %) that the models without a season fit it best takes them
-- without a cycle (seasonality 1: MMN first), and not with the cycle of 4
-- given, where the trend is additive in each of the three (2.1 took MMN
-- first there too)
SELECT s, bool_or(c ~ '^.M') AS m_trend, bool_and(c ~ '^.A') AS additive_trends
FROM (SELECT s, unnest((gpumkt_model_info(gpumkt_auto_model(t, 100 * 1.08 ^ t * (1 + 0.002 * sin(pi() * t / 2)), s))).components) AS c
      FROM generate_series(1, 40) t, (VALUES (1), (4)) AS v(s) GROUP BY s) x
GROUP BY s ORDER BY s;
-- a seasonal series: three different models, in the order of their AICc,
-- and here of falling weights too (weighted by their BIC, which need not
-- keep that order; it does on this series); the combination's interval
-- holds the forecast
CREATE TEMP TABLE am AS SELECT gpumkt_auto_model(d, y) AS model FROM usacc;
SELECT method, cardinality(components) AS k,
       components[1] <> components[2] AND components[2] <> components[3]
         AND components[1] <> components[3] AS distinct_models,
       weights[1] >= weights[2] AND weights[2] >= weights[3] AS falling_weights,
       abs((SELECT sum(w) FROM unnest(weights) w) - 1) < 1e-12 AS weights_sum_1
FROM am, gpumkt_model_info(am.model);
SELECT p.t, p.low < p.value AND p.value < p.high AS holds,
       abs(p.value - gpumkt_predict(am.model, p.t::date)) < 1e-9 AS same
FROM am, gpumkt_predict_series(am.model, 3) p;
SELECT model::text::gpumkt_ets_model::text = model::text AS text_roundtrip FROM am;
-- and in binary (COPY ... FORMAT binary: gpumkt_ets_model_send and _recv,
-- the components read within it), its flags (BIC weights) kept
CREATE TEMP TABLE am_bin (m gpumkt_ets_model);
DO $$
DECLARE f text := current_setting('data_directory') || '/gpumkt_theta_test.bin';
BEGIN
    EXECUTE format('COPY (SELECT model FROM am) TO %L (FORMAT binary)', f);
    EXECUTE format('COPY am_bin FROM %L (FORMAT binary)', f);
END $$;
SELECT b.m::text = am.model::text AS binary_roundtrip, (gpumkt_model_info(b.m)).chosen_by FROM am, am_bin b;
-- its in-sample multi-step errors (the extras of its text): absolute (0),
-- 24 horizons (2 x 12, at most 24, at most 72 / 2); the first mean square
-- is that of the one-step errors of its fitted values, worked out here
-- from gpumkt_predict inside the series; the 95 % bounds are at least
-- 1.959964 x sqrt(mean square) from the forecast
CREATE TEMP TABLE am_x AS
SELECT string_to_array(substring(model::text FROM 'extra=\{([^}]*)\}'), ',')::float8[] AS x FROM am;
SELECT x[1] AS mode, cardinality(x) - 1 AS horizons FROM am_x;
SELECT abs(x[2] / avg((u.y - gpumkt_predict(am.model, u.d)) ^ 2) - 1) < 1e-9 AS one_step_is_the_fitted_values
FROM am, am_x, usacc u GROUP BY x;
SELECT bool_and(p.value - p.low >= 1.959964 * sqrt(x[h::int + 1]) * (1 - 1e-6)
            AND p.high - p.value >= 1.959964 * sqrt(x[h::int + 1]) * (1 - 1e-6)) AS no_narrower
FROM am, am_x, gpumkt_predict_series(am.model, 24) WITH ORDINALITY AS p(t, value, low, high, h);
-- a model stored by 2.1 (no extras) still reads, and its interval is the
-- components' alone: no wider than the calibrated one
SELECT i.low >= c.low AND i.high <= c.high AS uncalibrated_within
FROM am, gpumkt_predict_interval(regexp_replace(am.model::text, ',extra=\{[^}]*\}', '')::gpumkt_ets_model, '1979-06-01'::date) i,
     gpumkt_predict_interval(am.model, '1979-06-01'::date) c;
-- and it says that its weights were Akaike's (flags 0: 2.1 weighed by AICc)
SELECT (gpumkt_model_info(regexp_replace(regexp_replace(am.model::text, ',extra=\{[^}]*\}', ''),
                                         '^(ets\([^)]*?),flags=4,', '\1,flags=0,')::gpumkt_ets_model)).chosen_by
FROM am;
-- a cycle of 16 points that no model here describes (no seasonality
-- declared): 8 steps ahead the in-sample errors are those of half a
-- cycle, wider than the models' own intervals say, so the bound moves out
-- (horizons: max(2 x 1, 8) = 8); 10 steps ahead, beyond the horizons
-- calibrated, the ratio of the eighth still applies
CREATE TEMP TABLE wave AS
SELECT gpumkt_auto_model(t, 100 + 20 * sin(2 * pi() * t / 16)) AS model FROM generate_series(1, 60) t;
SELECT h, c.high - c.low > i.high - i.low AS wider
FROM wave, (VALUES (8), (10)) AS v(h),
     gpumkt_predict_interval(regexp_replace(wave.model::text, ',extra=\{[^}]*\}', '')::gpumkt_ets_model, 60 + h) i,
     gpumkt_predict_interval(wave.model, 60 + h) c ORDER BY h;
-- a sawtooth of 12 points above 29 (29 .. 79) that a trend extrapolates to
-- near 0 eight steps after some points: the 95 % interval 8 steps ahead
-- is no wider than 10 times the range of the data (errors relative to the
-- h-step forecast, measured and not shipped, made it [-23430, 23666])
SELECT (c.high - c.low) < 10 * 50 AS in_proportion
FROM (SELECT gpumkt_auto_model(t, 29 + CASE WHEN (t - 1) % 12 < 6 THEN 50 - 8 * ((t - 1) % 12)
                                             ELSE 10 + 8 * ((t - 1) % 12 - 6) END, 1) AS model
      FROM generate_series(1, 48) t) s,
     gpumkt_predict_interval(s.model, 56) c;

-- few points: 3 points make a Theta and an automatic model (ANN alone: with
-- alpha, the level and the variance k = 3 and n - k - 1 = -1, no AICc, so
-- no weights); NULL over no rows
SELECT (gpumkt_model_info(gpumkt_theta(t, v))).method FROM (VALUES (1, 10.0), (2, 12.0), (3, 11.0)) AS x(t, v);
SELECT components FROM (SELECT gpumkt_auto_model(t, v) AS m FROM (VALUES (1, 10.0), (2, 12.0), (3, 11.0)) AS x(t, v)) y,
       gpumkt_model_info(y.m);
SELECT gpumkt_theta(t, v) IS NULL AS null_over_no_rows FROM (VALUES (1, 1.0)) AS x(t, v) WHERE false;

-- bad input: the errors of the transition and series that the aggregates
-- share with gpumkt_ets name the aggregate called (transition: the
-- seasonality, a NaN; series: too few points, no value)
SELECT gpumkt_theta(t, v) FROM (VALUES (1, 10.0), (2, 12.0)) AS x(t, v);
SELECT gpumkt_auto_model(t, v, 0) FROM (VALUES (1, 10.0), (2, 12.0), (3, 11.0)) AS x(t, v);
SELECT gpumkt_theta(t, v) FROM (VALUES (1, 10.0), (2, 'NaN'), (3, 11.0)) AS x(t, v);
SELECT gpumkt_auto_model(t, v) FROM (VALUES (1, NULL::float8), (2, NULL)) AS x(t, v);

-- as window functions (review of 2.1.1: the shared final function found
-- its method by the aggregate's name, which a window does not give, and
-- failed with XX000): over a whole partition each is the GROUP BY's model,
-- over a growing frame the model of the frame's points (the final is run
-- again as the frame grows); both in one window cannot be told apart
-- (0A000), each in a window of its own can
SELECT bool_and(a::text = (SELECT gpumkt_auto_model(d, y)::text FROM usacc)) AS auto_whole,
       bool_and(b::text = (SELECT gpumkt_theta(d, y)::text FROM usacc)) AS theta_whole
FROM (SELECT gpumkt_auto_model(d, y) OVER () AS a FROM usacc) x,
     (SELECT gpumkt_theta(d, y) OVER () AS b FROM usacc) z;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE w.m::text = (SELECT gpumkt_theta(u.d, u.y)::text FROM usacc u
                                            WHERE u.d <= w.d + interval '2 months')) AS same
FROM (SELECT d, gpumkt_theta(d, y) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND 2 FOLLOWING) AS m
      FROM usacc) w;
-- in two windows, two nodes: each knows its own
SELECT DISTINCT (gpumkt_model_info(a)).method AS a, (gpumkt_model_info(b)).method AS b
FROM (SELECT gpumkt_theta(d, y) OVER () AS a,
             gpumkt_auto_model(d, y) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS b
      FROM usacc) x;
SELECT gpumkt_theta(d, y) OVER (), gpumkt_auto_model(d, y) OVER () FROM usacc;
