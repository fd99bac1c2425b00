-- agg_moving: the aggregates as window functions over frames that slide
-- (moving-aggregate mode) give what the same frame computed afresh gives
-- (issue 8, items 2 and 3).  Each frame is recomputed by the plain
-- aggregate over the same rows, in a subquery.
--
-- gpumkt_fit_rate: equal to 1e-9 relative, and NULL exactly where the
-- recomputed frame is NULL (a frame of one year).  Where either finds a rate
-- of exactly 0 (a flat frame, or one whose exact slope is 0, where the
-- other keeps the last digits of its rounding) they differ by 1e-15 at
-- most.  The moving state keeps exact sums, so a frame's answer does not
-- depend on the rows that passed before it.
-- gpumkt_share, gpumkt_hhi: equal to 1e-12 relative (exact where every sum
-- is an exact integer).

-- does the moving answer m match the recomputed r?
CREATE FUNCTION pg_temp.fit_matches(m float8, r float8) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (m IS NULL AND r IS NULL)
        OR (m IS NOT NULL AND r IS NOT NULL
            AND (abs(m - r) <= 1e-9 * abs(r) OR ((m = 0 OR r = 0) AND abs(m - r) <= 1e-15)))
$$;

-- the reviewers' frame: the last four rows are all of 2003, so the last
-- frame has no spread of years: NULL (it was 1.718)
SELECT k, round(gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)::numeric, 12) AS moving,
       round((SELECT gpumkt_fit_rate(b.y, b.v) FROM (VALUES (1,2000,10.0),(2,2001,5.0),(3,2002,13.0),(4,2003,2.0),(5,2003,7.0),(6,2003,16.0),(7,2003,5.0)) b(k, y, v)
              WHERE b.k BETWEEN t.k - 3 AND t.k)::numeric, 12) AS recomputed
FROM (VALUES (1,2000,10.0),(2,2001,5.0),(3,2002,13.0),(4,2003,2.0),(5,2003,7.0),(6,2003,16.0),(7,2003,5.0)) t(k,y,v)
ORDER BY k;

-- 3,000 rows of integer years, 1 to 7 rows a year, gaps of up to 4 years,
-- values jumping pseudo-randomly over three orders of magnitude with runs of
-- a constant (flat frames), ordered by k
CREATE TEMP TABLE years_series AS
SELECT k, 1990 + (k * 3 + (k % 7) * (k % 5)) / 11 + 3 * (k / 700) AS y,
       CASE WHEN k % 250 < 30 THEN 42.0
            ELSE (1 + (k * 7919) % 1009) * exp(((k * 104729) % 601) / 100.0) END::float8 AS v
FROM generate_series(1, 3000) k;
CREATE INDEX ON years_series (k);
CREATE INDEX ON years_series (y);
ANALYZE years_series;
-- 2,000 rows of dates, two rows on most days, steps of 1 to 9 days, values
-- growing 8 % a year with noise
CREATE TEMP TABLE days_series AS
SELECT k, date '2001-03-01' + (k / 2) * (1 + (k * 31) % 9) AS d,
       (100 * exp(ln(1.08) * k / 365.25) * (1 + ((k * 37) % 11) / 100.0))::float8 AS v
FROM generate_series(1, 2000) k;
CREATE INDEX ON days_series (k);
CREATE INDEX ON days_series (d);
ANALYZE days_series;
-- 5,000 days of smooth growth, 10 % a year (where 1.2 drifted by 2.6e-7)
CREATE TEMP TABLE daily AS
SELECT k, date '2000-01-01' + k AS d, 100 * exp(ln(1.1) * k / 365.25) AS v FROM generate_series(0, 4999) k;
CREATE INDEX ON daily (k);
ANALYZE daily;

-- one line per frame shape: frames, frames NULL both ways, mismatches (expect 0)
CREATE TEMP TABLE fit_checks (frame text, frames int, nulls int, mismatches int);
INSERT INTO fit_checks
SELECT 'years, ROWS 1 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS 1 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 1 AND a.k) AS r
      FROM years_series a) s
UNION ALL
SELECT 'years, ROWS 3 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS 3 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 3 AND a.k) AS r
      FROM years_series a) s
UNION ALL
SELECT 'years, ROWS 29 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS 29 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 29 AND a.k) AS r
      FROM years_series a) s
UNION ALL
SELECT 'years, ROWS 5 PRECEDING AND 2 FOLLOWING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS BETWEEN 5 PRECEDING AND 2 FOLLOWING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 5 AND a.k + 2) AS r
      FROM years_series a) s
UNION ALL
SELECT 'years, RANGE 3 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY y RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.y BETWEEN a.y - 3 AND a.y) AS r
      FROM years_series a) s
UNION ALL
SELECT 'years, GROUPS 1 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY y GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b
              WHERE b.y BETWEEN (SELECT max(c.y) FROM years_series c WHERE c.y < a.y) AND a.y
                 OR (b.y = a.y AND a.y = (SELECT min(y) FROM years_series))) AS r
      FROM years_series a) s
UNION ALL
SELECT 'numeric years, ROWS 4 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y::numeric, v) OVER (ORDER BY k ROWS 4 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 4 AND a.k) AS r
      FROM years_series a) s
UNION ALL
SELECT 'smallint years, ROWS 4 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(y::smallint, v) OVER (ORDER BY k ROWS 4 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 4 AND a.k) AS r
      FROM years_series a) s
UNION ALL
SELECT 'days, ROWS 2 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY k ROWS 2 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.d, b.v) FROM days_series b WHERE b.k BETWEEN a.k - 2 AND a.k) AS r
      FROM days_series a) s
UNION ALL
SELECT 'days, ROWS 11 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY k ROWS 11 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.d, b.v) FROM days_series b WHERE b.k BETWEEN a.k - 11 AND a.k) AS r
      FROM days_series a) s
UNION ALL
SELECT 'days, RANGE 30 days PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY d RANGE BETWEEN '30 days' PRECEDING AND CURRENT ROW) AS m,
             (SELECT gpumkt_fit_rate(b.d, b.v) FROM days_series b WHERE b.d BETWEEN a.d - 30 AND a.d) AS r
      FROM days_series a) s
UNION ALL
SELECT 'smooth daily, ROWS 6 PRECEDING', count(*), count(*) FILTER (WHERE m IS NULL AND r IS NULL), count(*) FILTER (WHERE NOT pg_temp.fit_matches(m, r))
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY k ROWS 6 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.d, b.v) FROM daily b WHERE b.k BETWEEN a.k - 6 AND a.k) AS r
      FROM daily a) s;
SELECT * FROM fit_checks;
-- flat frames, inside a run of 42.0, give 0 both ways (or NULL both ways
-- where the frame holds one year): runs start at k = 250 j and hold 30 rows
-- (29 in the first, from k = 1), so 26 + 11 x 27 = 323 frames of 4 rows
-- lie in one
SELECT count(*) FILTER (WHERE in_run) AS frames_in_a_run,
       count(*) FILTER (WHERE in_run AND ((m = 0 AND r = 0) OR (m IS NULL AND r IS NULL))) AS zero_or_null_both_ways,
       count(*) FILTER (WHERE in_run AND m = 0 AND r = 0) AS zero_both_ways
FROM (SELECT k % 250 BETWEEN 3 AND 29 AND k > 3 AS in_run,
             gpumkt_fit_rate(y, v) OVER (ORDER BY k ROWS 3 PRECEDING) AS m,
             (SELECT gpumkt_fit_rate(b.y, b.v) FROM years_series b WHERE b.k BETWEEN a.k - 3 AND a.k) AS r
      FROM years_series a) s;
-- a smooth 10 % a year stays 10 % in every frame of 7 days
SELECT round(min(f)::numeric, 10) AS min_fit, round(max(f)::numeric, 10) AS max_fit
FROM (SELECT gpumkt_fit_rate(d, v) OVER (ORDER BY k ROWS 6 PRECEDING) AS f, k FROM daily) w WHERE k >= 6;

-- gpumkt_share: the reviewers' frames held values below zero, which a share
-- now refuses (22023; it answered 0 instead of 0.5)
-- error: a value below zero
WITH t(k,v,p) AS (VALUES (1,-1001::float8,true),(2,9007199254740892,true),(3,501,true),(4,-500,true),(5,1,false))
SELECT k, gpumkt_share(v,p) OVER (ORDER BY k ROWS 2 PRECEDING) FROM t;
\echo :LAST_ERROR_SQLSTATE
-- sizes next to 2^53: the frames that hold 9007199254740892 are computed
-- afresh, the others taken back exactly: 3 rows, then {501, 500, 1}: 1001 / 1002
WITH t(k,v,p) AS (VALUES (1,1001::float8,true),(2,9007199254740892,true),(3,501,true),(4,500,true),(5,1,false))
SELECT k, gpumkt_share(v,p) OVER (ORDER BY k ROWS 2 PRECEDING) AS share,
       round(1001 / 1002.0, 15) AS expected_at_5
FROM t ORDER BY k;
-- 3,000 rows of sizes: integers, some next to 2^53, some with fractions
CREATE TEMP TABLE sizes AS
SELECT k, CASE WHEN k % 97 = 0 THEN 9007199254740000 + k
               WHEN k % 31 = 0 THEN (k % 1000) + 0.25
               ELSE (k * 7919) % 100003 END::float8 AS v,
       CASE WHEN k % 5 = 0 THEN NULL ELSE k % 3 = 0 END AS p
FROM generate_series(1, 3000) k;
CREATE INDEX ON sizes (k);
ANALYZE sizes;
CREATE FUNCTION pg_temp.sums_match(m float8, r float8) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (m IS NULL AND r IS NULL) OR abs(m - r) <= 1e-12 * abs(r)
$$;
SELECT 2 AS preceding, count(*) AS frames,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(ms, rs)) AS share_mismatches,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(mh, rh)) AS hhi_mismatches
FROM (SELECT gpumkt_share(v, p) OVER f AS ms, gpumkt_hhi(v / 1e6) OVER f AS mh,
             (SELECT gpumkt_share(b.v, b.p) FROM sizes b WHERE b.k BETWEEN a.k - 2 AND a.k) AS rs,
             (SELECT gpumkt_hhi(b.v / 1e6) FROM sizes b WHERE b.k BETWEEN a.k - 2 AND a.k) AS rh
      FROM sizes a WINDOW f AS (ORDER BY k ROWS 2 PRECEDING)) s
UNION ALL
SELECT 9 AS preceding, count(*) AS frames,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(ms, rs)) AS share_mismatches,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(mh, rh)) AS hhi_mismatches
FROM (SELECT gpumkt_share(v, p) OVER f AS ms, gpumkt_hhi(v / 1e6) OVER f AS mh,
             (SELECT gpumkt_share(b.v, b.p) FROM sizes b WHERE b.k BETWEEN a.k - 9 AND a.k) AS rs,
             (SELECT gpumkt_hhi(b.v / 1e6) FROM sizes b WHERE b.k BETWEEN a.k - 9 AND a.k) AS rh
      FROM sizes a WINDOW f AS (ORDER BY k ROWS 9 PRECEDING)) s
UNION ALL
SELECT 40 AS preceding, count(*) AS frames,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(ms, rs)) AS share_mismatches,
       count(*) FILTER (WHERE NOT pg_temp.sums_match(mh, rh)) AS hhi_mismatches
FROM (SELECT gpumkt_share(v, p) OVER f AS ms, gpumkt_hhi(v / 1e6) OVER f AS mh,
             (SELECT gpumkt_share(b.v, b.p) FROM sizes b WHERE b.k BETWEEN a.k - 40 AND a.k) AS rs,
             (SELECT gpumkt_hhi(b.v / 1e6) FROM sizes b WHERE b.k BETWEEN a.k - 40 AND a.k) AS rh
      FROM sizes a WINDOW f AS (ORDER BY k ROWS 40 PRECEDING)) s
ORDER BY 1;
