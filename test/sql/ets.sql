-- ets: exponential smoothing of users' own series (issue 13).  Every series
-- here comes from a fixed formula (no random()): the "errors" of the
-- simulated models are e_t = sqrt(12) (u_t - 1/2), u_t the top 23 of the 31
-- bits of the linear congruential generator x <- (1103515245 x + 12345) mod
-- 2^31 from x = 42 (C's classic rand()): uniform, mean 0, sd 1, and no
-- structure the models could fit.  Expected values come from the formulas of
-- docs/method.md ("Exponential smoothing"), computed again here in SQL, or
-- are bounds stated next to each query; the fit itself is a numerical
-- optimum, so its parameters are checked against the simulated ones within
-- a tolerance, never printed to the last digit.
\set VERBOSITY terse

-- The six models, simulated from their own recursions (Hyndman et al. 2008):
--   y = l + phi b + s(t-m) + e;  l <- l + phi b + alpha e;  b <- phi b + beta e;
--   s <- s(t-m) + gamma e
-- with l0 = 100, b0 = 2 (trended models), seasonal states 10 sin(2 pi j / 12).
CREATE TEMP TABLE truth (kind text, alpha float8, beta float8, gamma float8, phi float8, m int);
INSERT INTO truth VALUES
  ('ANN', 0.3, 0, 0, 1, 1), ('AAN', 0.4, 0.1, 0, 1, 1), ('AAdN', 0.5, 0.2, 0, 0.85, 1),
  ('ANA', 0.2, 0, 0.2, 1, 12), ('AAA', 0.3, 0.05, 0.15, 1, 12), ('AAdA', 0.4, 0.1, 0.1, 0.9, 12);
CREATE TEMP TABLE sim AS
WITH RECURSIVE r(kind, t, x, y, l, b, s) AS (
    SELECT kind, 0, 42::bigint, NULL::float8, 100::float8, CASE WHEN kind LIKE 'AA%' THEN 2 ELSE 0 END::float8,
           CASE WHEN m = 12 THEN ARRAY(SELECT 10 * sin(2 * pi() * j / 12) FROM generate_series(1, 12) j)
                ELSE ARRAY[0::float8] END
    FROM truth
    UNION ALL
    SELECT r.kind, t + 1, x1,
           l + tr.phi * b + s[1] + e,
           l + tr.phi * b + tr.alpha * e,
           tr.phi * b + tr.beta * e,
           s[2:] || (s[1] + tr.gamma * e)
    FROM r JOIN truth tr USING (kind),
         LATERAL (SELECT (1103515245 * x + 12345) % 2147483648 AS x1) g,
         LATERAL (SELECT sqrt(12) * ((x1 >> 8) / 8388608.0 - 0.5) AS e) n
    WHERE t < 480)
SELECT kind, t, y FROM r WHERE t > 0;
SELECT kind, count(*), min(t), max(t) FROM sim GROUP BY kind ORDER BY kind;

-- each model forced on its own series (480 points): the estimates near the
-- simulated parameters, within 0.1 for alpha, beta, gamma and phi (the
-- standard errors at this length are a few hundredths), the residual sigma
-- within 0.1 of the errors' sd, 1
CREATE TEMP TABLE forced AS
SELECT kind, gpumkt_ets(t, y, tr.m, kind) AS model FROM sim JOIN truth tr USING (kind) GROUP BY kind, tr.m;
SELECT f.kind, i.kind AS fitted_kind, i.seasonality, i.n,
       abs(i.alpha - tr.alpha) < 0.1 AS alpha_ok,
       coalesce(abs(i.beta - tr.beta) < 0.1, tr.beta = 0) AS beta_ok,
       coalesce(abs(i.gamma - tr.gamma) < 0.1, tr.gamma = 0) AS gamma_ok,
       coalesce(abs(i.phi - tr.phi) < 0.1, tr.phi = 1) AS phi_ok,
       abs(i.sigma - 1) < 0.1 AS sigma_ok
FROM forced f JOIN truth tr USING (kind), gpumkt_model_info(f.model) i ORDER BY f.kind;
-- the bounds hold: 0 < alpha < 1, 0 < beta < alpha, 0 < gamma < 1 - alpha,
-- 0.8 <= phi <= 0.98
SELECT f.kind, i.alpha > 0 AND i.alpha < 1 AND coalesce(i.beta > 0 AND i.beta < i.alpha, true)
       AND coalesce(i.gamma > 0 AND i.gamma < 1 - i.alpha, true)
       AND coalesce(i.phi BETWEEN 0.8 AND 0.98, true) AS admissible
FROM forced f, gpumkt_model_info(f.model) i ORDER BY f.kind;

-- selection by AICc: on each simulated series the trend and season of the
-- model that made it (the seasonal ones seasonal, the damped ones damped);
-- its error and season may come out A or M, which at a level of 100 with
-- errors of sd 1 fit alike (2.1: the whole family is tried); seasonality
-- NULL over integer t detects the cycle of 12 (ACF of the differences at
-- lag 12)
SELECT s.kind AS simulated, substring(i.kind FROM '^[AM](N|Ad|A)') AS chosen_trend,
       i.kind !~ 'N$' AS chosen_seasonal, i.seasonality
FROM (SELECT kind, gpumkt_ets(t, y) AS model FROM sim GROUP BY kind) s, gpumkt_model_info(s.model) i
ORDER BY 1;
-- a trend that dies out, y = 100 (1 - 0.9^t) + e / 10: damping wins
SELECT i.kind FROM (SELECT gpumkt_ets(t, 100 * (1 - 0.9 ^ t) + 0.1 * y) AS model FROM sim WHERE kind = 'ANN' AND t <= 60) s,
       gpumkt_model_info(s.model) i;

-- the point forecasts follow the forecast functions: a straight line for
-- AAN (second differences 0 to rounding), differences shrinking by phi for
-- AAdN, for AAA the differences 12 apart equal (a cycle on a line), and
-- for ANA a cycle of 12 (forecasts 12 apart equal)
CREATE TEMP TABLE fc AS
SELECT f.kind, p.t::bigint AS t, p.value, p.low, p.high
FROM forced f, gpumkt_predict_series(f.model, 36) p;
SELECT kind, max(abs(d2)) < 1e-9 * max(abs(value)) AS straight
FROM (SELECT kind, value, value - 2 * lag(value) OVER w + lag(value, 2) OVER w AS d2
      FROM fc WHERE kind = 'AAN' WINDOW w AS (ORDER BY t)) x GROUP BY kind;
SELECT abs(ratio - i.phi) < 1e-9 AS ratio_is_phi
FROM (SELECT (lead(value, 2) OVER w - lead(value) OVER w) / (lead(value) OVER w - value) AS ratio, t
      FROM fc WHERE kind = 'AAdN' WINDOW w AS (ORDER BY t)) x,
     forced f, gpumkt_model_info(f.model) i
WHERE f.kind = 'AAdN' AND x.t = 481;
SELECT kind, max(abs(d)) < 1e-9 AS line_plus_cycle
FROM (SELECT kind, (value - lag(value, 12) OVER w) - (lag(value, 1) OVER w - lag(value, 13) OVER w) AS d
      FROM fc WHERE kind = 'AAA' WINDOW w AS (ORDER BY t)) x GROUP BY kind;
SELECT kind, max(abs(d)) < 1e-9 AS cycle
FROM (SELECT kind, value - lag(value, 12) OVER w AS d FROM fc WHERE kind = 'ANA' WINDOW w AS (ORDER BY t)) x
GROUP BY kind;


-- prediction intervals against the closed form, computed here from the
-- parameters gpumkt_model_info gives (Hyndman et al. 2008, table 6.1):
--   v(h) = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2),
--   c_j = alpha + beta (j, or phi (1 - phi^j) / (1 - phi) damped) + gamma [j mod m = 0]
-- and z = 1.959963984540054 (the 0.975 normal quantile, from tables):
-- high - value = value - low = z sqrt(v(h)), to 1e-12 relative
CREATE TEMP TABLE closed AS
SELECT f.kind, h, 480 + h AS t,
       1.959963984540054 * sqrt(i.sigma ^ 2 * (1 + coalesce((
           SELECT sum((i.alpha
                       + coalesce(i.beta, 0) * CASE WHEN i.phi IS NULL THEN j ELSE i.phi * (1 - i.phi ^ j) / (1 - i.phi) END
                       + CASE WHEN i.seasonality > 1 AND j % i.seasonality = 0 THEN i.gamma ELSE 0 END) ^ 2)
           FROM generate_series(1, h - 1) j), 0))) AS half
FROM forced f, gpumkt_model_info(f.model) i, generate_series(1, 36) h;
SELECT c.kind, count(*) AS horizons,
       max(abs((fc.high - fc.value) / c.half - 1)) < 1e-12 AS high_ok,
       max(abs((fc.value - fc.low) / c.half - 1)) < 1e-12 AS low_ok
FROM closed c JOIN fc USING (kind, t) GROUP BY c.kind ORDER BY 1;
-- gpumkt_predict and gpumkt_predict_interval at a t give the series' row
SELECT f.kind, gpumkt_predict(f.model, 490) = fc.value AS predict_ok,
       (gpumkt_predict_interval(f.model, 490)).low = fc.low AS interval_ok
FROM forced f JOIN fc ON fc.kind = f.kind AND fc.t = 490 ORDER BY 1;
-- another level: z = 1.2815515655446004 for 0.8 (tables), so the half
-- width is that / 1.959963984540054 of the 95 % one
SELECT f.kind, abs((i.high - gpumkt_predict(f.model, 500)) / c.half * 1.959963984540054 / 1.2815515655446004 - 1) < 1e-12 AS level_ok
FROM forced f, gpumkt_predict_interval(f.model, 500, 0.8) i, closed c
WHERE c.kind = f.kind AND c.t = 500 ORDER BY 1;
-- inside the series: the one-step fitted value, within z sigma
SELECT f.kind, abs(gpumkt_predict(f.model, 100) - s.y) < 5 AS near,
       abs(((gpumkt_predict_interval(f.model, 100)).high - gpumkt_predict(f.model, 100)) / (1.959963984540054 * i.sigma) - 1) < 1e-12 AS sigma_wide
FROM forced f JOIN sim s ON s.kind = f.kind AND s.t = 100, gpumkt_model_info(f.model) i ORDER BY 1;

-- dates by calendar months, quarters and days; gaps filled; t summed
CREATE TEMP TABLE monthly AS
SELECT (date '2015-01-01' + make_interval(months => t - 1))::date AS d, y FROM sim WHERE kind = 'AAA' AND t <= 72;
SELECT (gpumkt_model_info(gpumkt_ets(d, y))).kind ~ '^[AM]A[AM]$' AS trend_and_season,
       (gpumkt_model_info(gpumkt_ets(d, y))).seasonality FROM monthly;
SELECT p.* FROM (SELECT gpumkt_ets(d, y) AS m FROM monthly) s, gpumkt_predict_series(s.m, 3) p WHERE false;
SELECT p.t FROM (SELECT gpumkt_ets(d, y) AS m FROM monthly) s, gpumkt_predict_series(s.m, 3) p;
-- quarters: the cycle is 4
SELECT (gpumkt_model_info(gpumkt_ets(d, y))).seasonality FROM monthly WHERE extract(month FROM d) IN (1, 4, 7, 10);
-- days: the cycle is 7 (ANA forced, seasonality NULL); timestamptz by hours
SELECT (gpumkt_model_info(gpumkt_ets(date '2020-01-01' + t, y, NULL, 'ana'))).seasonality FROM sim WHERE kind = 'ANN' AND t <= 60;
SELECT p.t FROM (SELECT gpumkt_ets(timestamptz '2020-01-01 00:00+00' + make_interval(hours => t), y) AS m
                 FROM sim WHERE kind = 'ANN' AND t <= 60) s, gpumkt_predict_series(s.m, 2) p;
-- a month missing (of 72, 1.4 %) is filled in: n stays 72, and the model
-- has a fitted value there
SELECT (gpumkt_model_info(m)).n, gpumkt_predict(m, date '2017-06-01') IS NOT NULL AS fitted
FROM (SELECT gpumkt_ets(d, y) AS m FROM monthly WHERE d <> date '2017-06-01') s;
-- 21 of 72 months missing (every third month to 2020-03, 29 %) is still
-- a series; 22 (to 2020-06, 31 %) is not
SELECT (gpumkt_model_info(gpumkt_ets(d, y))).n FROM monthly WHERE NOT (extract(month FROM d)::int % 3 = 0 AND d < '2020-04-01');
\set VERBOSITY default
-- error: more than 30 % missing
SELECT gpumkt_ets(d, y) FROM monthly WHERE NOT (extract(month FROM d)::int % 3 = 0 AND d < '2020-07-01');
\set VERBOSITY terse

-- rows sharing a t are summed: halves give the same model as wholes
SELECT (SELECT gpumkt_ets(d, y)::text FROM monthly) =
       (SELECT gpumkt_ets(d, v)::text FROM monthly, LATERAL (VALUES (y / 2), (y / 2)) h(v)) AS summed;
-- a NULL value or t is skipped
SELECT (SELECT gpumkt_ets(d, y)::text FROM monthly) =
       (SELECT gpumkt_ets(d, y)::text FROM (TABLE monthly UNION ALL VALUES (NULL::date, 1::float8), ('2015-02-01', NULL)) x) AS skipped;
-- no rows: NULL, as every aggregate
SELECT gpumkt_ets(d, y) IS NULL AS empty FROM monthly WHERE false;

-- text and binary I/O: every model reads back identically
CREATE TEMP TABLE stored (kind text, model gpumkt_ets_model);
INSERT INTO stored SELECT kind, model::text::gpumkt_ets_model FROM forced;
INSERT INTO stored SELECT 'monthly', gpumkt_ets(d, y) FROM monthly;
SELECT count(*) AS models, count(*) FILTER (WHERE s.model::text = f.model::text) AS text_round_trips
FROM stored s JOIN forced f USING (kind);
CREATE TEMP TABLE binary_out (b bytea);
CREATE TEMP TABLE binary_in (m gpumkt_ets_model);
CREATE FUNCTION pg_temp.copy_through(bytes bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE f text := current_setting('data_directory') || '/gpumkt_ets_test.bin';
BEGIN
    TRUNCATE binary_out, binary_in;
    INSERT INTO binary_out VALUES (bytes);
    -- a bytea copied out in binary is its raw bytes, which COPY reads back
    -- into a gpumkt_ets_model column through the type's receive function
    EXECUTE format('COPY binary_out TO %L (FORMAT binary)', f);
    EXECUTE format('COPY binary_in FROM %L (FORMAT binary)', f);
    RETURN (SELECT m::text FROM binary_in);
END $$;
SELECT count(*) AS models,
       count(*) FILTER (WHERE pg_temp.copy_through(gpumkt_ets_model_send(model)) = model::text) AS binary_round_trips
FROM stored;
-- error: truncated, oversize, wrong version (22P03)
SELECT pg_temp.copy_through(substring(gpumkt_ets_model_send(model) FROM 1 FOR 100)) FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_through(gpumkt_ets_model_send(model) || '\x00'::bytea) FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_through(overlay(gpumkt_ets_model_send(model) PLACING '\x00000003'::bytea FROM 1)) FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
-- error: malformed text, a kind unknown, alpha out of its bounds, a field
-- missing, trailing text (22P02; the message quotes the text, whose
-- fitted digits are the optimiser's, so only the SQLSTATE is shown)
\set VERBOSITY sqlstate
SELECT 'ets(v1,ANN)'::gpumkt_ets_model;
\echo :LAST_ERROR_SQLSTATE
SELECT replace(model::text, ',ANN,', ',ANX,')::gpumkt_ets_model FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
SELECT regexp_replace(model::text, 'alpha=[^,]*', 'alpha=1.5')::gpumkt_ets_model FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
SELECT regexp_replace(model::text, ',mae=[^,]*', '')::gpumkt_ets_model FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
SELECT (model::text || 'x')::gpumkt_ets_model FROM stored WHERE kind = 'ANN';
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY terse

-- parallel equals serial: 300 series of 48 months (each a variant of the
-- AAA simulation) fitted by GROUP BY with two workers and without; the
-- points of a group are the same, sorted before the fit, so the models are
-- identical to the last bit (rows sharing a t could sum in another order
-- and differ in the last bit; here none do)
CREATE TABLE ets_many AS
SELECT g, (date '2015-01-01' + make_interval(months => t - 1))::date AS d, y * (1 + g / 100.0) + g AS y
FROM sim, generate_series(1, 300) g WHERE kind = 'AAA' AND t <= 48;
ANALYZE ets_many;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS SELECT g, gpumkt_ets(d, y)::text AS m FROM ets_many GROUP BY g;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT g, gpumkt_ets(d, y) FROM ets_many GROUP BY g;
CREATE TEMP TABLE parallel AS SELECT g, gpumkt_ets(d, y)::text AS m FROM ets_many GROUP BY g;
RESET ALL;
\set VERBOSITY terse
SELECT count(*) AS series, count(*) FILTER (WHERE p.m = s.m) AS identical FROM parallel p JOIN serial s USING (g);
DROP TABLE ets_many;

-- bad input: each a 22023 naming the argument, with a hint
\set VERBOSITY default
-- error: fewer than 3 points
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1.0), (2, 2.0)) x(t, v);
-- error: a step that is not constant (3 to 6 is not a multiple of 2)
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1.0), (3, 2.0), (6, 2.0)) x(t, v);
-- error: too many points missing (6 of 10)
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1.0), (2, 2.0), (3, 2.5), (10, 3.0)) x(t, v);
-- error: every value NULL
SELECT gpumkt_ets(t, v) FROM (VALUES (1, NULL::float8), (2, NULL), (3, NULL)) x(t, v);
-- error: NaN, Infinity
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1.0::float8), (2, 'NaN'), (3, 2.0)) x(t, v);
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1.0::float8), (2, 'Infinity'), (3, 2.0)) x(t, v);
-- error: values that sum to infinity at one t
SELECT gpumkt_ets(t, v) FROM (VALUES (1, 1e308::float8), (1, 1e308), (2, 1.0), (3, 2.0)) x(t, v);
-- error: seasonality above half the series, below 1, changing in a group
SELECT gpumkt_ets(t, y, 7) FROM sim WHERE kind = 'ANN' AND t <= 13;
SELECT gpumkt_ets(t, y, 0) FROM sim WHERE kind = 'ANN' AND t <= 13;
SELECT gpumkt_ets(t, y, t::int % 2 + 2) FROM sim WHERE kind = 'ANN' AND t <= 13;
-- error: a model unknown, seasonal without a cycle, too many quantities
SELECT gpumkt_ets(t, y, NULL, 'AXN') FROM sim WHERE kind = 'ANN' AND t <= 13;
SELECT gpumkt_ets(t, y, 1, 'AAA') FROM sim WHERE kind = 'ANN' AND t <= 13;
SELECT gpumkt_ets(t, y, 4, 'AAdA') FROM sim WHERE kind = 'ANN' AND t <= 9;
-- error: infinite dates
SELECT gpumkt_ets(d, 1.0) FROM (VALUES (date 'infinity')) x(d);
-- error: level outside (0, 1), horizon outside 1..1000000
SELECT gpumkt_predict_interval(model, 500, 1) FROM forced WHERE kind = 'ANN';
SELECT gpumkt_predict_interval(model, 500, 'NaN') FROM forced WHERE kind = 'ANN';
SELECT * FROM forced, gpumkt_predict_series(model, 0) WHERE kind = 'ANN';
-- error: t of another type, off the step, before the series, too far
SELECT gpumkt_predict(model, date '2020-01-01') FROM forced WHERE kind = 'ANN';
SELECT gpumkt_predict(m, date '2021-01-15') FROM (SELECT gpumkt_ets(d, y) AS m FROM monthly) s;
SELECT gpumkt_predict(model, 0) FROM forced WHERE kind = 'ANN';
SELECT gpumkt_predict(model, 10000000) FROM forced WHERE kind = 'ANN';
\set VERBOSITY terse

-- cancellation: a long group stops at statement_timeout inside the fit
-- (57014; the 200,000 points take seconds to fit)
SET statement_timeout = '300ms';
SELECT gpumkt_ets(t, sin(t)) FROM generate_series(1, 200000) t;
RESET statement_timeout;
SELECT 1 AS answers;

-- issue 17 item 9: month-end, quarter-end and fixed-day calendars.  Month
-- ends are (date_trunc('month', d) + interval '1 month - 1 day')::date;
-- the values are those of the monthly series above, so the month-end
-- model is the same fit at other dates: every number of gpumkt_model_info
-- and every forecast equal to the first-of-month model's
CREATE TEMP TABLE month_ends AS
SELECT (date_trunc('month', d) + interval '1 month - 1 day')::date AS d, y FROM monthly;
SELECT min(d), max(d), count(*) FROM month_ends;
CREATE TEMP TABLE cal AS
SELECT 'first' AS cal, gpumkt_ets(d, y) AS m FROM monthly
UNION ALL SELECT 'end', gpumkt_ets(d, y) FROM month_ends;
SELECT i.kind ~ '^[AM]A[AM]$' AS trend_and_season, i.seasonality, i.n,
       (SELECT gpumkt_model_info(m) FROM cal WHERE cal = 'first') IS NOT DISTINCT FROM i AS same_fit
FROM cal, gpumkt_model_info(cal.m) i WHERE cal = 'end';
-- the forecasts at month ends: the 14 after 2020-12-31 are the month ends
-- of 2021-01 to 2022-02, by the same formula; values those of the 1sts
SELECT count(*) AS forecasts,
       count(*) FILTER (WHERE e.t::date = (date_trunc('month', date '2021-01-01' + make_interval(months => e.h::int - 1))
                                           + interval '1 month - 1 day')::date) AS at_month_ends,
       count(*) FILTER (WHERE e.value = f.value AND e.low = f.low AND e.high = f.high) AS same_values
FROM (SELECT p.* FROM cal, gpumkt_predict_series(m, 14) WITH ORDINALITY p(t, value, low, high, h) WHERE cal = 'end') e
JOIN (SELECT p.* FROM cal, gpumkt_predict_series(m, 14) WITH ORDINALITY p(t, value, low, high, h) WHERE cal = 'first') f USING (h);
SELECT p.t FROM cal, gpumkt_predict_series(m, 3) p WHERE cal = 'end';
-- a leap February 38 months on: 2024-02-29 (the 28th is off the calendar);
-- a fitted value inside the series at a month end
SELECT gpumkt_predict(e.m, date '2024-02-29') = gpumkt_predict(f.m, date '2024-02-01') AS leap_day,
       gpumkt_predict(e.m, date '2017-06-30') = gpumkt_predict(f.m, date '2017-06-01') AS fitted,
       (gpumkt_predict_interval(e.m, date '2021-04-30')).high = (gpumkt_predict_interval(f.m, date '2021-04-01')).high AS interval
FROM cal e, cal f WHERE e.cal = 'end' AND f.cal = 'first';
-- month ends read back: text and binary
SELECT m::text::gpumkt_ets_model::text = m::text AS text_round_trip,
       pg_temp.copy_through(gpumkt_ets_model_send(m)) = m::text AS binary_round_trip,
       substring(m::text FROM 'unit=[a-z_]+,t0=[0-9]+,step=[0-9]+,trem=[0-9]+') AS calendar
FROM cal WHERE cal = 'end';
-- quarter ends (Mar 31, Jun 30, Sep 30, Dec 31): a step of 3 months, the
-- cycle 4, forecasts at quarter ends
SELECT (gpumkt_model_info(gpumkt_ets(d, y))).seasonality FROM month_ends WHERE extract(month FROM d) IN (3, 6, 9, 12);
SELECT p.t FROM (SELECT gpumkt_ets(d, y) AS m FROM month_ends WHERE extract(month FROM d) IN (3, 6, 9, 12)) s,
       gpumkt_predict_series(s.m, 5) p;
-- a year end (Dec 31) and the end of February (28th, 29th in leap years)
-- yearly; half-year ends
SELECT p.t FROM (SELECT gpumkt_ets(d, y) AS m FROM month_ends WHERE extract(month FROM d) = 12) s,
       gpumkt_predict_series(s.m, 2) p;
SELECT p.t FROM (SELECT gpumkt_ets((date_trunc('month', make_date(2000 + k, 2, 1)) + interval '1 month - 1 day')::date, k * 1.5 + k % 2)
                 AS m FROM generate_series(1, 10) k) s, gpumkt_predict_series(s.m, 6) p;
SELECT p.t FROM (SELECT gpumkt_ets(d, y) AS m FROM month_ends WHERE extract(month FROM d) IN (6, 12)) s,
       gpumkt_predict_series(s.m, 3) p;
-- the first of the month (monthly above) and every 15th: forecasts on the
-- same day; a 30th (Feb 28 or 29 where February has none, as date +
-- interval gives it): forecasts on the 30th, on February's last day in
-- February
SELECT p.t FROM cal, gpumkt_predict_series(m, 2) p WHERE cal = 'first';
SELECT p.t FROM (SELECT gpumkt_ets(d + 14, y) AS m FROM monthly) s, gpumkt_predict_series(s.m, 3) p;
SELECT p.t FROM (SELECT gpumkt_ets((date '2015-01-30' + make_interval(months => k::int))::date, y) AS m
                 FROM (SELECT row_number() OVER (ORDER BY d) - 1 AS k, y FROM monthly) x) s,
       gpumkt_predict_series(s.m, 3) p;
-- month ends at 17:00 UTC, in timestamptz: forecasts at 17:00 on month ends
SELECT p.t FROM (SELECT gpumkt_ets((d + time '17:00') AT TIME ZONE 'UTC', y) AS m FROM month_ends) s,
       gpumkt_predict_series(s.m, 2) p;
-- a model stored by 1.4 to 2.0 (a 15th-of-month series, its text and
-- binary form, version 1, as they wrote them) reads back as the same model
-- in version 2 (the text of 2.1: "v2,ets," before the model, flags=0 after
-- filled, no candidates), from text and binary alike, and predicts the
-- same: ANN's forecast is the level, 6.9997967533324124, its 95 % interval
-- 2 steps on the level -/+ 1.959963984540054 sqrt(sigma2 (1 + alpha^2))
-- with sigma2 = 4.2502086469890212, alpha = 0.99989838699088529
SELECT m::text = regexp_replace(replace(replace(t, 'ets(v1,ANN,', 'ets(v2,ets,ANN,'), 'filled=0,', 'filled=0,flags=0,'),
                                '[)]$', ',cand={})') AS text_as_v2,
       pg_temp.copy_through(b) = m::text AS binary_same,
       gpumkt_predict(m, date '2020-08-15') = 6.9997967533324124 AS forecast_same,
       abs((gpumkt_predict_interval(m, date '2020-08-15')).high
           - (6.9997967533324124 + 1.959963984540054 * sqrt(4.2502086469890212 * (1 + 0.99989838699088529 ^ 2)))) < 1e-9 AS interval_same,
       (SELECT string_agg(p.t, ' ') FROM gpumkt_predict_series(m, 2) p) AS forecasts_on_the_15th
FROM (VALUES ('ets(v1,ANN,t=date,unit=month,t0=240,step=1,trem=14,m=1,period=1,n=6,filled=0,alpha=0.99989838699088529,beta=0,gamma=0,phi=1,sigma2=4.2502086469890212,loglik=-11.638140100324939,aicc=41.276280200649879,mae=1.5007575689353534,rmse=1.683292140813951,mase=0.83375420496408525,smape=96.429376715884601,level=6.9997967533324124,trend=0,season={},fitted={-0.0044433593750223821,-4.5150311667185861e-07,1.9997967739358919,3.999796753331359,3.000101592356609,4.9997967843048752})',
              '\x000000010000000000000001000000010000000100000001000000060000000000000000000000f00000000000000001000000000000000e00000000000000003fefff2ae6ee5e3e000000000000000000000000000000003ff000000000000040110036b20ffa1ec02746ba4c9a52d44044a35d264d296a3ff8031a5e5cd4353ffaeec3bd668e523feaae1d4c6724ad40581b7ae87a18d9401bffcab858d6b90000000000000000bf72333333339800be9e4cc3b50000003fffff2ae6eb3723400fff9570b1a42e40080035437ecb144013ffcaba6cf10e'::bytea))
     v(t, b), LATERAL (SELECT t::gpumkt_ets_model AS m) x;
\set VERBOSITY default
-- error: irregular dates, month ends and a 15th (22023)
SELECT gpumkt_ets(d, 1.0) FROM (VALUES (date '2020-01-31'), ('2020-02-29'), ('2020-03-15'), ('2020-04-30')) x(d);
-- error: month ends at two times of day (22023)
SELECT gpumkt_ets(t, 1.0) FROM (VALUES (timestamptz '2020-01-31 17:00+00'), ('2020-02-29 17:00+00'), ('2020-03-31 18:00+00')) x(t);
-- error: a month-end model asked for the 28th of a leap February (22023)
SELECT gpumkt_predict(m, date '2024-02-28') FROM cal WHERE cal = 'end';
\set VERBOSITY sqlstate
-- error: a clamped calendar over integer t, or on a day before the 29th
-- (22P02)
SELECT replace(m::text, 't=date', 't=integer')::gpumkt_ets_model FROM cal WHERE cal = 'end';
\echo :LAST_ERROR_SQLSTATE
SELECT replace(m::text, 'trem=30', 'trem=27')::gpumkt_ets_model FROM cal WHERE cal = 'end';
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY terse

-- issue 17 item 14: a bigint horizon, count(*) as it is; the limit of
-- 1,000,000 checked on the bigint (2^32 + 1 is no horizon of 1)
SELECT count(*) AS rows FROM forced f, (SELECT count(*) AS c FROM generate_series(1, 5)) n,
       gpumkt_predict_series(f.model, n.c) p WHERE f.kind = 'ANN';
SELECT pg_typeof(c) AS horizon_type, (SELECT count(*) FROM forced f, gpumkt_predict_series(f.model, c) WHERE f.kind = 'ANN') AS rows
FROM (SELECT count(*) FROM generate_series(1, 3)) x(c);
\set VERBOSITY default
-- error: horizon 2^32 + 1, 1,000,001 (22023)
SELECT * FROM forced, gpumkt_predict_series(model, 4294967297) WHERE kind = 'ANN';
SELECT * FROM forced, gpumkt_predict_series(model, 1000001::bigint) WHERE kind = 'ANN';
\set VERBOSITY terse

-- 2.0: a date series reaches the timestamptz form by the implicit cast and
-- is still a date series (its days as written in PST8PDT, its cycle that of
-- calendar months, its times printed as dates), and a date passed to
-- gpumkt_predict is read as the date
SELECT (date '2021-01-01')::timestamptz AT TIME ZONE 'UTC' AS midnight_in_utc, split_part(m::text, ',', 4) AS t_kind,
       (gpumkt_model_info(m)).seasonality, p.t AS next_t,
       gpumkt_predict(m, p.t::date) = p.value AS predict_by_date
FROM (SELECT gpumkt_ets(d, y) AS m FROM monthly) s, LATERAL gpumkt_predict_series(s.m, 1) p;
