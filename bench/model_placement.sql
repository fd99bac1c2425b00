-- Part of bench/model_placement.sh: the tables, the plan check and the
-- summary.  :n series of 48 monthly points (the formula of
-- bench/ets_speed.sql), hash-partitioned by series into 4, 8 and 16
-- partitions; :series series of 20 to 140 monthly points, in one table and
-- in 8 partitions.  No random(): the noise is a hash of (series, month).
SET jit = off;
CREATE FUNCTION bench_y(g int, t int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 100 + g % 17 + (g % 5) * 0.3 * t + (5 + g % 11) * sin(2 * pi() * t / 12 + g)
           + 4 * ((sin(g * 12.9898 + t * 78.233) * 43758.5453) - floor(sin(g * 12.9898 + t * 78.233) * 43758.5453) - 0.5)
$$;
CREATE TABLE speed AS
SELECT g, (date '2020-01-01' + make_interval(months => t))::date AS d, bench_y(g, t) AS y
FROM generate_series(1, :n) g, generate_series(0, 47) t;
-- lengths 20 to 140 by a fixed permutation of the series
CREATE TABLE long AS
SELECT g, (date '2000-01-01' + make_interval(months => t))::date AS d, bench_y(g, t) AS y
FROM generate_series(1, :series) g, generate_series(0, 19 + (g * 37) % 121) t;
SELECT format('CREATE TABLE %s (g int, d date, y float8) PARTITION BY HASH (g)', p.name)
FROM (VALUES ('speed_4'), ('speed_8'), ('speed_16'), ('long_8')) p(name) \gexec
SELECT format('CREATE TABLE %s_%s PARTITION OF %s FOR VALUES WITH (MODULUS %s, REMAINDER %s)', p.name, r, p.name, p.parts, r)
FROM (VALUES ('speed_4', 4), ('speed_8', 8), ('speed_16', 16), ('long_8', 8)) p(name, parts), generate_series(0, p.parts - 1) r
\gexec
INSERT INTO speed_4 SELECT * FROM speed;
INSERT INTO speed_8 SELECT * FROM speed;
INSERT INTO speed_16 SELECT * FROM speed;
INSERT INTO long_8 SELECT * FROM long;
VACUUM ANALYZE;
SELECT count(*) AS series, min(k) AS shortest, max(k) AS longest, round(avg(k), 1) AS mean_points
FROM (SELECT g, count(*) AS k FROM long GROUP BY g) x;

CREATE TABLE bench_runs (id serial, part text, label text, round int, secs float8);

-- the plan of a partition-wise fit with workers: whole partitions under a
-- Parallel Append, no Partial or Finalize aggregate (else the leader would
-- fit every group)
CREATE FUNCTION bench_plan_check(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        plan := plan || line || E'\n';
    END LOOP;
    IF plan !~ 'Parallel Append' OR plan ~ 'Partial|Finalize' THEN
        RAISE EXCEPTION 'not a partition-wise parallel plan: %', plan;
    END IF;
    RETURN 'plan ok: Gather, Parallel Append of whole aggregates';
END
$$;

-- the model's size: it carries its fitted values
SELECT round(avg(pg_column_size(m))) AS model_bytes_48_points
FROM (SELECT gpumkt_ets(d, y) AS m FROM speed WHERE g <= 50 GROUP BY g) x;
