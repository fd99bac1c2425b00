-- Part of bench/ets_vs_r.sh (issue 19): gpumkt_auto_model and gpumkt_theta
-- over the first :na series of ets_speed.sql's table, one GROUP BY each,
-- serial, timed per series (forecast::ets + thetaf on :nr of them follow in
-- R, same run).
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE clock (what text, t timestamptz);
INSERT INTO clock VALUES ('auto', clock_timestamp());
SELECT count(m) AS auto_models FROM (SELECT gpumkt_auto_model(d, y) AS m FROM speed WHERE g <= :na GROUP BY g) s;
INSERT INTO clock VALUES ('auto_end', clock_timestamp()), ('theta', clock_timestamp());
SELECT count(m) AS theta_models FROM (SELECT gpumkt_theta(d, y) AS m FROM speed WHERE g <= :na GROUP BY g) s;
INSERT INTO clock VALUES ('theta_end', clock_timestamp());
SELECT format('%s: %s series in %s s, %s ms per series', w, :na, round(s::numeric, 2), round((1000 * s / :na)::numeric, 3))
FROM (SELECT 'gpumkt_auto_model' AS w, extract(epoch FROM (SELECT t FROM clock WHERE what = 'auto_end') - (SELECT t FROM clock WHERE what = 'auto')) AS s
      UNION ALL
      SELECT 'gpumkt_theta', extract(epoch FROM (SELECT t FROM clock WHERE what = 'theta_end') - (SELECT t FROM clock WHERE what = 'theta'))) x;
