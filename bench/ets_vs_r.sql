-- Part of bench/ets_vs_r.sh: gpumkt_ets on the series R fitted.
CREATE EXTENSION gpumkt;
CREATE TABLE points (name text, freq int, i int, d date, y float8, train boolean);
CREATE TABLE r_results (name text, freq int, n int, h int, scale float8, r_model text,
                        r_mase float8, r_cover float8, r_seconds float8);
\set pf :work '/points.csv'
\set rf :work '/r_results.csv'
COPY points FROM :'pf' (FORMAT csv, HEADER);
COPY r_results FROM :'rf' (FORMAT csv, HEADER);
\timing on
CREATE TABLE models AS
SELECT name, gpumkt_ets(i, y) AS model FROM points WHERE train AND freq = 1 GROUP BY name
UNION ALL
SELECT name, gpumkt_ets(d, y) FROM points WHERE train AND freq > 1 GROUP BY name;
\timing off
CREATE TABLE fc AS
SELECT p.name, p.y,
       CASE WHEN p.freq = 1 THEN gpumkt_predict(m.model, p.i) ELSE gpumkt_predict(m.model, p.d) END AS pred,
       CASE WHEN p.freq = 1 THEN (gpumkt_predict_interval(m.model, p.i)).low ELSE (gpumkt_predict_interval(m.model, p.d)).low END AS low,
       CASE WHEN p.freq = 1 THEN (gpumkt_predict_interval(m.model, p.i)).high ELSE (gpumkt_predict_interval(m.model, p.d)).high END AS high
FROM points p JOIN models m USING (name) WHERE NOT p.train;
CREATE TABLE cmp AS
SELECT r.name, r.freq, r.n, r.h, r.r_model, (SELECT (gpumkt_model_info(model)).kind FROM models m WHERE m.name = r.name) AS g_model,
       r.r_mase, avg(abs(f.y - f.pred)) / r.scale AS g_mase,
       r.r_cover, avg((f.y BETWEEN f.low AND f.high)::int) AS g_cover
FROM r_results r JOIN fc f USING (name)
GROUP BY r.name, r.freq, r.n, r.h, r.r_model, r.r_mase, r.r_cover, r.scale;
\pset footer off
SELECT name, freq, n, h, r_model, g_model, round(r_mase::numeric, 3) AS r_mase, round(g_mase::numeric, 3) AS g_mase,
       round(r_cover::numeric, 2) AS r_cover95, round(g_cover::numeric, 2) AS g_cover95
FROM cmp ORDER BY freq DESC, name;
SELECT count(*) AS series, round(avg(r_mase)::numeric, 4) AS r_mean_mase, round(avg(g_mase)::numeric, 4) AS g_mean_mase,
       round((avg(g_mase) / avg(r_mase))::numeric, 4) AS ratio,
       round(avg(r_cover)::numeric, 3) AS r_cover95, round(avg(g_cover)::numeric, 3) AS g_cover95
FROM cmp;
SELECT freq, count(*) AS series, round(avg(r_mase)::numeric, 4) AS r_mean_mase, round(avg(g_mase)::numeric, 4) AS g_mean_mase
FROM cmp GROUP BY freq ORDER BY freq DESC;
