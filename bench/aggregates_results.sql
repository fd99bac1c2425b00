-- The results of the aggregates benchmark (bench/aggregates.sh runs it with
-- psql -At -F "|" after the timed runs): the checks B and C, the medians, the
-- ratios and the summary, as lines "OUT|text", or "ERR|text" for a failed check.
WITH med AS (
    SELECT section, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS m
    FROM bench_runs WHERE round > 0 GROUP BY section, label),
m AS (SELECT
    (SELECT m FROM med WHERE section = 'A' AND label = 'g') AS a_g,
    (SELECT m FROM med WHERE section = 'A' AND label = 's') AS a_s,
    (SELECT m FROM med WHERE section = 'A2' AND label = 'g') AS a2_g,
    (SELECT m FROM med WHERE section = 'A2' AND label = 'c') AS a2_c,
    (SELECT m FROM med WHERE section = 'B' AND label = 'g') AS b_g,
    (SELECT m FROM med WHERE section = 'B' AND label = 's') AS b_s,
    (SELECT m FROM med WHERE section = 'C' AND label = 'g') AS c_g,
    (SELECT m FROM med WHERE section = 'C' AND label = 's') AS c_s,
    (SELECT m FROM med WHERE section = 'P-cagr' AND label = '0') AS pc_0,
    (SELECT m FROM med WHERE section = 'P-cagr' AND label = '2') AS pc_2,
    (SELECT m FROM med WHERE section = 'P-fit' AND label = '0') AS pf_0,
    (SELECT m FROM med WHERE section = 'P-fit' AND label = '2') AS pf_2),
notes AS (SELECT
    (SELECT v FROM bench_notes WHERE k = 'C sql') AS c_sql,
    (SELECT v FROM bench_notes WHERE k = 'typlen') AS typlen,
    (SELECT v::float8 FROM bench_notes WHERE k = 'regr_slope') AS slope,
    (SELECT v FROM bench_notes WHERE k = 'launched gpumkt_cagr') AS l_cagr,
    (SELECT v FROM bench_notes WHERE k = 'launched gpumkt_fit_rate') AS l_fit,
    (SELECT max(n) FROM bench_runs WHERE section = 'C' AND label = 'g') AS groups),
-- B: every run of each side, warm-ups included, against every run of the
-- other: a relative 1e-9, give or take the 2^-51 by which exp(slope) - 1 can
-- be off (exp() is within an ulp of 1; the subtraction is exact), which is
-- all of its digits but eight when the slope is about 1e-8 ...
b AS (
    SELECT max(bench_rel(g.r, s.r)) AS rel,
           coalesce(bool_and(bench_rel(g.r, s.r) <= 1e-9 OR abs(g.r - s.r) <= 1e-9 * abs(s.r) + 2 ^ -51), false) AS ok,
           max(g.r) AS g_r, max(s.r) AS s_r
    FROM bench_runs g JOIN bench_runs s ON s.section = 'B' AND s.label = 's'
    WHERE g.section = 'B' AND g.label = 'g'),
-- ... and strictly 1e-9 against expm1 of the SQL's own slope, in numeric
b2 AS (
    SELECT (exp(round(slope::numeric, 40)) - 1)::float8 AS ref FROM notes),
b3 AS (
    SELECT max(bench_rel(g.r, b2.ref)) AS rel
    FROM bench_runs g, b2 WHERE g.section = 'B' AND g.label = 'g'),
-- C: gpumkt against every SQL run, the selection runs included
c AS (
    SELECT bool_and(g.n IS NOT DISTINCT FROM s.n) AS same_n, max(bench_rel(g.r, s.r)) AS rel,
           max(g.r) AS g_r, max(s.r) AS s_r, max(g.n) AS g_n, max(s.n) AS s_n
    FROM bench_runs g JOIN bench_runs s ON s.section IN ('C', 'C-select') AND s.label <> 'g'
    WHERE g.section = 'C' AND g.label = 'g'),
-- parallel against serial (information only: partial states merge in another order)
p AS (
    SELECT max(bench_rel(b.r, a.r)) FILTER (WHERE a.section = 'P-cagr') AS rel_cagr,
           max(bench_rel(b.r, a.r)) FILTER (WHERE a.section = 'P-fit') AS rel_fit
    FROM bench_runs a JOIN bench_runs b ON b.section = a.section AND b.label = '2'
    WHERE a.section IN ('P-cagr', 'P-fit') AND a.label = '0'),
mem AS (
    SELECT which, sum(kb) AS kb, max(batches) AS batches,
           sum(kb) FILTER (WHERE node = 'HashAggregate') AS hash_kb
    FROM bench_mem GROUP BY which),
lines AS (
    SELECT 1 AS o, 0 AS o2, CASE WHEN b.ok AND b3.rel <= 1e-9 THEN 'OUT' ELSE 'ERR' END AS k,
           format('check B: gpumkt_fit_rate %s, SQL %s: relative difference %s (the slope is %s: exp(slope) - 1 '
                  'is exact to 2^-51 only); against expm1(regr_slope) computed in numeric, %s: %s (limit 1e-9)',
                  b.g_r, b.s_r, trim(to_char(b.rel, '9.9EEEE')), notes.slope, b2.ref, trim(to_char(b3.rel, '9.9EEEE'))) AS t
    FROM b, b2, b3, notes
    UNION ALL
    SELECT 2, 0, CASE WHEN c.same_n AND c.rel <= 1e-9 THEN 'OUT' ELSE 'ERR' END,
           format('check C: count %s / %s; sum of the CAGRs %s (gpumkt) / %s (SQL): largest relative difference over every SQL run %s (limit 1e-9)',
                  c.g_n, c.s_n, c.g_r, c.s_r, trim(to_char(c.rel, '9.9EEEE')))
    FROM c
    UNION ALL
    SELECT 3, 0, 'OUT', format('parallel vs serial results (information only): relative difference %s (gpumkt_cagr), %s (gpumkt_fit_rate)',
                               trim(to_char(p.rel_cagr, '9.9EEEE')), trim(to_char(p.rel_fit, '9.9EEEE')))
    FROM p
    UNION ALL
    SELECT 4, w.o * 1000 + bm.ord, 'OUT',
           format('memory: %s, %s%s: %s kB%s%s = %s B per group (%s B per entry of the node)',
                  CASE w.which WHEN 'gpumkt' THEN 'gpumkt_cagr' WHEN 'sql' THEN 'SQL ' || notes.c_sql ELSE 'baseline sum(value)' END,
                  bm.node, coalesce(' [' || bm.detail || ']', ''), bm.kb,
                  CASE WHEN bm.batches > 1 THEN format(', %s batches', bm.batches) ELSE '' END,
                  CASE WHEN bm.disk_kb > 0 THEN format(', SPILLED %s kB to disk', bm.disk_kb) ELSE '' END,
                  round(bm.kb * 1024.0 / nullif(notes.groups, 0)),
                  round(bm.kb * 1024.0 / nullif(bm.entries, 0)))
    FROM bench_mem bm JOIN (VALUES ('gpumkt', 1), ('sql', 2), ('sum', 3)) AS w(which, o) USING (which), notes
    UNION ALL
    SELECT 10, 0, 'OUT', ''
    UNION ALL
    SELECT 11, 0, 'OUT', format('== summary: %s rows, %s groups, medians of %s rounds, jit = %s ==', :N, notes.groups, :ROUNDS, :'JIT')
    FROM notes
    UNION ALL
    SELECT 12, 0, 'OUT', format('gpumkt_cagr vs sum: %sx (%s s / %s s; target <= 1.2x: %s)',
                                to_char(a_g / a_s, 'FM990.00'), to_char(a_g, 'FM990.000'), to_char(a_s, 'FM990.000'),
                                CASE WHEN round((a_g / a_s)::numeric, 2) <= 1.2 THEN 'met' ELSE 'MISSED' END)
    FROM m
    UNION ALL
    SELECT 12, 1, 'OUT', format('gpumkt_cagr vs count(value): %sx (%s s / %s s; target <= 1.1x: %s)',
                                to_char(a2_g / a2_c, 'FM990.00'), to_char(a2_g, 'FM990.000'), to_char(a2_c, 'FM990.000'),
                                CASE WHEN round((a2_g / a2_c)::numeric, 2) <= 1.1 THEN 'met' ELSE 'MISSED' END)
    FROM m
    UNION ALL
    SELECT 13, 0, 'OUT', format('gpumkt_fit_rate vs exp(regr_slope(ln(value), year)) - 1: %sx (%s s / %s s; target <= 1.0x: %s)',
                                to_char(b_g / b_s, 'FM990.00'), to_char(b_g, 'FM990.000'), to_char(b_s, 'FM990.000'),
                                CASE WHEN round((b_g / b_s)::numeric, 2) <= 1.0 THEN 'met' ELSE 'MISSED' END)
    FROM m
    UNION ALL
    SELECT 14, 0, 'OUT', format('gpumkt_cagr GROUP BY grp vs SQL %s (%s): %sx (%s s / %s s; work_mem = %s for both, %s)',
                                notes.c_sql, (SELECT descr FROM bench_cands WHERE name = notes.c_sql),
                                to_char(c_g / c_s, 'FM990.00'), to_char(c_g, 'FM990.000'), to_char(c_s, 'FM990.000'), :'WORK_MEM',
                                CASE WHEN (SELECT max(batches) FROM bench_mem WHERE which IN ('gpumkt', 'sql')) = 1
                                     THEN 'neither spilled' ELSE 'one SPILLED, see memory above' END)
    FROM m, notes
    UNION ALL
    SELECT 15, 0, 'OUT', format('parallel speedup of gpumkt_cagr, 2 workers (%s launched): %sx (serial %s s / parallel %s s)',
                                notes.l_cagr, to_char(pc_0 / pc_2, 'FM990.00'), to_char(pc_0, 'FM990.000'), to_char(pc_2, 'FM990.000'))
    FROM m, notes
    UNION ALL
    SELECT 16, 0, 'OUT', format('parallel speedup of gpumkt_fit_rate, 2 workers (%s launched): %sx (serial %s s / parallel %s s)',
                                notes.l_fit, to_char(pf_0 / pf_2, 'FM990.00'), to_char(pf_0, 'FM990.000'), to_char(pf_2, 'FM990.000'))
    FROM m, notes
    UNION ALL
    SELECT 17, 0, 'OUT', format('state per group: typlen(gpumkt_growth) = %s B; HashAggregate %s B/group for gpumkt_cagr '
                                '(%s B more than the %s B/group of sum(value)), %s B/group for SQL %s (all its nodes)',
                                notes.typlen,
                                round(g.hash_kb * 1024.0 / nullif(notes.groups, 0)),
                                round((g.hash_kb - s0.hash_kb) * 1024.0 / nullif(notes.groups, 0)),
                                round(s0.hash_kb * 1024.0 / nullif(notes.groups, 0)),
                                round(q.kb * 1024.0 / nullif(notes.groups, 0)), notes.c_sql)
    FROM notes, mem g, mem q, mem s0
    WHERE g.which = 'gpumkt' AND q.which = 'sql' AND s0.which = 'sum')
SELECT k, t FROM lines ORDER BY o, o2;
