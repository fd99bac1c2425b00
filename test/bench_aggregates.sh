#!/usr/bin/env bash
# Benchmark of the 1.1 growth aggregates (gpumkt_cagr, gpumkt_fit_rate) against
# what PostgreSQL does without them, on one generated table.
#
#   bash test/bench_aggregates.sh            # from the repo root (or anywhere)
#   N=2000000 ROUNDS=5 bash test/bench_aggregates.sh
#
# N         rows of the table (default 10000000)
# ROUNDS    timed rounds of each query (default 3), after one untimed warm-up
# JIT       jit setting for every query (default off)
# WORK_MEM  work_mem of the grouped queries (default 1GB, so that no hash
#           aggregate or sort spills; the script says so when one does)
# SHARED_BUFFERS  shared_buffers of the throwaway server (default: the
#           table's size plus 256MB, at least 128MB, so the table stays cached)
#
# It builds gpumkt, installs it when the installed copy differs from the build
# (`make install`, which needs write access to the PostgreSQL 15 directories),
# then runs itself again inside a throwaway cluster (pg_virtualenv -t -v 15),
# which is removed afterwards.
#
# The table (built once, no random()):
#   CREATE UNLOGGED TABLE bench AS
#   SELECT (g % 100000) AS grp, 2000 + (g % 26) AS year,
#          (1000 + (g % 977))::float8 AS value
#   FROM generate_series(1, N) g;
#   VACUUM ANALYZE bench;
# then read into shared buffers (pg_prewarm) and scanned once.
#
# Every query runs in one session with max_parallel_workers_per_gather = 0
# (2 for section 5's parallel runs) and jit = off (JIT=on: the server's
# default), is timed with clock_timestamp() around it, and is run once untimed, then ROUNDS times
# interleaved with the query it is compared with (a, b, a, b, ...); the
# medians are reported.
#   A  SELECT gpumkt_cagr(year, value) FROM bench      vs  SELECT sum(value) FROM bench
#   B  SELECT gpumkt_fit_rate(year, value) FROM bench  vs  SELECT exp(regr_slope(ln(value), year)) - 1 FROM bench
#      (the two must agree to a relative 1e-9, else an error and exit 1; see
#      the note on exp() - 1 at check B below)
#   C  per grp (100,000 groups): gpumkt_cagr vs the fastest of four plain-SQL
#      endpoint CAGRs, each wrapped in SELECT count(*), sum(c) FROM (...) s,
#      with work_mem = WORK_MEM; the four are run twice each first and the one
#      with the best time is the one compared; all sums must agree to 1e-9
#   5  gpumkt_cagr and gpumkt_fit_rate with max_parallel_workers_per_gather =
#      0 vs 2 (parallel_setup_cost = parallel_tuple_cost = 0,
#      min_parallel_table_scan_size = 0); the parallel plan must have a
#      Partial Aggregate
#   6  typlen of gpumkt_growth, and the HashAggregate's Memory Usage (from
#      EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)) per group, for gpumkt_cagr, for
#      the SQL formulation and, as a baseline, for sum(value)
# and a summary, one line per ratio.
set -euo pipefail

N=${N:-10000000}
ROUNDS=${ROUNDS:-3}
JIT=${JIT:-off}
WORK_MEM=${WORK_MEM:-1GB}

die() { echo "bench_aggregates: ERROR: $*" >&2; exit 1; }

[[ $N =~ ^[1-9][0-9]{0,9}$ ]] && [ "$N" -le 2147483647 ] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
[[ $JIT =~ ^(on|off)$ ]] || die "JIT must be on or off (got '$JIT')"
[[ $WORK_MEM =~ ^[1-9][0-9]*(kB|MB|GB)$ ]] || die "WORK_MEM must look like 1GB or 512MB (got '$WORK_MEM')"
# about 44 bytes a row on disk; room for the catalogs and the rest
SHARED_BUFFERS=${SHARED_BUFFERS:-$(( N / 1048576 * 48 + 256 > 128 ? N / 1048576 * 48 + 256 : 128 ))MB}
[[ $SHARED_BUFFERS =~ ^[1-9][0-9]*(MB|GB)$ ]] || die "SHARED_BUFFERS must look like 1GB or 700MB (got '$SHARED_BUFFERS')"

if [ "${1:-}" != "--in-cluster" ]; then
    # ---- outside: build, install if needed, start a throwaway cluster ----
    self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
    cd "$(dirname "$self")/.."
    . test/bench_lib.sh
    bench_build_install bench_aggregates

    echo "bench_aggregates: starting a throwaway PostgreSQL 15 cluster (shared_buffers = $SHARED_BUFFERS)"
    # pg_virtualenv removes the cluster afterwards, and prints the server log
    # when the command fails; its two lines of progress are left out
    rc=0
    N=$N ROUNDS=$ROUNDS JIT=$JIT WORK_MEM=$WORK_MEM SHARED_BUFFERS=$SHARED_BUFFERS \
        pg_virtualenv -t -v 15 -o "shared_buffers=$SHARED_BUFFERS" bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

# ---- inside the cluster (PGHOST, PGPORT, PGUSER, ... set by pg_virtualenv) ----
export PGDATABASE=${PGDATABASE:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

# ---- the queries ----
QA_G="SELECT gpumkt_cagr(year, value) AS r FROM bench"
QA_S="SELECT sum(value) AS r FROM bench"
QB_G="SELECT gpumkt_fit_rate(year, value) AS r FROM bench"
QB_S="SELECT exp(regr_slope(ln(value), year)) - 1 AS r FROM bench"
QC_G="SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, gpumkt_cagr(year, value) AS c FROM bench GROUP BY grp) s"

# Plain-SQL endpoint CAGRs per grp: (total of the last year / total of the
# first year) ^ (1 / (last - first)) - 1, NULL with a single year, as
# gpumkt_cagr.  Name, description, query.
CAND_NAMES=(arrays window rawwindow join)
declare -A CAND_DESC CAND_Q
CAND_DESC[arrays]="pre-aggregate per (grp, year), then min/max(ARRAY[year, total]) per grp"
CAND_Q[arrays]="SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, ((max(ARRAY[year, t]))[2] / (min(ARRAY[year, t]))[2])
                ^ (1 / nullif(max(year) - min(year), 0)) - 1 AS c
    FROM (SELECT grp, year::float8 AS year, sum(value) AS t FROM bench GROUP BY grp, year) gy
    GROUP BY grp) s"
CAND_DESC[window]="pre-aggregate per (grp, year), then first_value/last_value windows per grp"
CAND_Q[window]="SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, (lt / ft) ^ (1 / nullif(ly - fy, 0)::float8) - 1 AS c
    FROM (SELECT grp, row_number() OVER w AS rn,
                 first_value(year) OVER w AS fy, first_value(t) OVER w AS ft,
                 last_value(year) OVER w AS ly, last_value(t) OVER w AS lt
          FROM (SELECT grp, year, sum(value) AS t FROM bench GROUP BY grp, year) gy
          WINDOW w AS (PARTITION BY grp ORDER BY year
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) x
    WHERE rn = 1) s"
CAND_DESC[rawwindow]="min/max(year) windows over the raw rows, then sum() FILTER per grp"
CAND_Q[rawwindow]="SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT grp, (sum(value) FILTER (WHERE year = ly) / sum(value) FILTER (WHERE year = fy))
                ^ (1 / nullif(ly - fy, 0)::float8) - 1 AS c
    FROM (SELECT grp, year, value, min(year) OVER w AS fy, max(year) OVER w AS ly
          FROM bench WINDOW w AS (PARTITION BY grp)) x
    GROUP BY grp, fy, ly) s"
CAND_DESC[join]="two passes: min/max(year) per grp joined back, then sum() FILTER per grp"
CAND_Q[join]="SELECT count(*) AS n, sum(c) AS r FROM (
    SELECT b.grp, (sum(b.value) FILTER (WHERE b.year = e.ly) / sum(b.value) FILTER (WHERE b.year = e.fy))
                  ^ (1 / nullif(e.ly - e.fy, 0)::float8) - 1 AS c
    FROM bench b
    JOIN (SELECT grp, min(year) AS fy, max(year) AS ly FROM bench GROUP BY grp) e ON e.grp = b.grp
    GROUP BY b.grp, e.fy, e.ly) s"
CAND_ROUNDS=2

# One timed run: $1 = section, $2 = label, $3 = round (0 = warm-up, -1 =
# selection run), $4 = what to print (an SQL expression), $5 = the query
# (returning r, or n and r).
timed() {
    cat <<EOF
\\unset n
\\unset r
SELECT clock_timestamp() AS t0 \\gset
$5 \\gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs \\gset
\\if :{?n}
\\else
\\set n ''
\\endif
\\if :{?r}
\\else
\\set r ''
\\endif
INSERT INTO bench_runs (section, label, round, secs, n, r)
VALUES ('$1', '$2', $3, :secs, nullif(:'n', '')::bigint, nullif(:'r', '')::float8)
RETURNING format('  %-9s %-44s %8s s', CASE WHEN round = 0 THEN 'warm-up' WHEN round < 0 THEN 'select' ELSE 'round ' || round END,
                 $4, to_char(secs, 'FM9990.000'));
EOF
}

# A pair, interleaved: $1 = section; a: $2 label, $3 text, $4 query, $5 lines
# to run before it (SET ...); b: $6 label, $7 text, $8 query, $9 lines before.
pair() {
    local r
    for r in $(seq 0 "$ROUNDS"); do
        printf '%s\n' "$5"
        timed "$1" "$2" "$r" "'$3'" "$4"
        printf '%s\n' "$9"
        timed "$1" "$6" "$r" "'$7'" "$8"
    done
}

section() { printf '\\echo\n\\echo %s\n' "'$*'"; }

script() {
    cat <<EOF
\\pset format unaligned
\\pset tuples_only on
SET client_min_messages = warning;
CREATE EXTENSION gpumkt;
DO \$\$
BEGIN
    IF (SELECT extversion FROM pg_extension WHERE extname = 'gpumkt') <> '1.1' THEN
        RAISE EXCEPTION 'gpumkt installed as version %, the benchmark needs 1.1',
            (SELECT extversion FROM pg_extension WHERE extname = 'gpumkt');
    END IF;
END \$\$;
-- pg_prewarm is in postgresql-contrib; without it the warm-up scan alone
-- reads the table (into the OS cache; a big sequential scan keeps only a
-- ring of buffers)
SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_prewarm') AS have_prewarm \\gset
\\if :have_prewarm
CREATE EXTENSION pg_prewarm;
\\endif
CREATE TABLE bench_runs (ord serial, section text, label text, round int, secs float8, n bigint, r float8);
CREATE TABLE bench_notes (k text PRIMARY KEY, v text);
CREATE TABLE bench_cands (name text PRIMARY KEY, descr text, q text);
CREATE TABLE bench_mem (ord serial, which text, node text, detail text, entries bigint,
                        batches int, kb bigint, disk_kb bigint);

-- relative difference of a from b: 0 when equal (NULLs too), infinity when
-- only one is NULL or b is 0
CREATE FUNCTION bench_rel(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS
\$\$SELECT CASE WHEN a IS NOT DISTINCT FROM b THEN 0
                 WHEN a IS NULL OR b IS NULL OR b = 0 THEN 'Infinity'
                 ELSE abs(a - b) / abs(b) END\$\$;

-- the lines of EXPLAIN (COSTS OFF) or EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) of q
CREATE FUNCTION bench_explain(q text, do_analyze boolean) RETURNS SETOF text
LANGUAGE plpgsql AS \$\$
DECLARE
    l text;
BEGIN
    FOR l IN EXECUTE CASE WHEN do_analyze THEN 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) '
                          ELSE 'EXPLAIN (COSTS OFF) ' END || q LOOP
        RETURN NEXT l;
    END LOOP;
END \$\$;

-- EXPLAIN ANALYZE q and keep the memory of its HashAggregate, Hash and Sort
-- nodes in bench_mem (which = label)
CREATE FUNCTION bench_memory(which text, q text) RETURNS void
LANGUAGE plpgsql AS \$\$
DECLARE
    l text;
    m text[];
    node text;
    detail text;
    entries bigint;
BEGIN
    FOR l IN SELECT * FROM bench_explain(q, true) LOOP
        m := regexp_match(l, '^\s*(?:->\s+)?([A-Z][A-Za-z ]*?)(?: on \S+.*)? \(actual rows=(\d+) loops=(\d+)\)');
        IF m IS NOT NULL THEN
            node := m[1];
            entries := m[2]::bigint * m[3]::bigint;
            detail := NULL;
            CONTINUE;
        END IF;
        m := regexp_match(l, '^\s*(Group Key|Sort Key|Hash Cond): (.*)\$');
        IF m IS NOT NULL THEN
            detail := m[1] || ': ' || m[2];
            CONTINUE;
        END IF;
        -- HashAggregate: "Batches: 1  Memory Usage: 47121kB  [Disk Usage: ...kB]"
        -- Hash:          "Buckets: 131072  Batches: 1  Memory Usage: 5769kB"
        m := regexp_match(l, 'Batches: (\d+)\s+Memory Usage: (\d+)kB(?:\s+Disk Usage: (\d+)kB)?');
        IF m IS NOT NULL THEN
            INSERT INTO bench_mem (which, node, detail, entries, batches, kb, disk_kb)
            VALUES (which, node, detail, entries, m[1]::int, m[2]::bigint, coalesce(m[3]::bigint, 0));
            CONTINUE;
        END IF;
        -- Sort: "Sort Method: quicksort  Memory: 123kB" / "external merge  Disk: 123kB"
        m := regexp_match(l, 'Sort Method: (.*?)\s+(Memory|Disk): (\d+)kB');
        IF m IS NOT NULL THEN
            INSERT INTO bench_mem (which, node, detail, entries, batches, kb, disk_kb)
            VALUES (which, node || ' (' || m[1] || ')', detail, entries,
                    CASE WHEN m[2] = 'Disk' THEN 2 ELSE 1 END,
                    CASE WHEN m[2] = 'Memory' THEN m[3]::bigint ELSE 0 END,
                    CASE WHEN m[2] = 'Disk' THEN m[3]::bigint ELSE 0 END);
        END IF;
    END LOOP;
END \$\$;

-- refuse a parallel plan of q without a Partial Aggregate; then run it once
-- with EXPLAIN ANALYZE and say how many workers it had
CREATE FUNCTION bench_parallel_plan(label text, q text) RETURNS text
LANGUAGE plpgsql AS \$\$
DECLARE
    plan text;
    planned text;
    launched text;
BEGIN
    plan := string_agg(l, E'\n') FROM bench_explain(q, false) AS l;
    IF plan !~ 'Partial Aggregate' THEN
        RAISE EXCEPTION 'the parallel plan of % has no Partial Aggregate:%', label, E'\n' || plan;
    END IF;
    plan := string_agg(l, E'\n') FROM bench_explain(q, true) AS l;
    planned := (regexp_match(plan, 'Workers Planned: (\d+)'))[1];
    launched := (regexp_match(plan, 'Workers Launched: (\d+)'))[1];
    INSERT INTO bench_notes VALUES ('launched ' || label, launched);
    RETURN format('  %s: Finalize Aggregate <- Gather <- Partial Aggregate; Workers Planned: %s, Launched: %s',
                  label, planned, launched);
END \$\$;

SET max_parallel_workers_per_gather = 0;
SET jit = $JIT;
SELECT format('%s rows, %s rounds after a warm-up; %s; max_parallel_workers_per_gather = %s, jit = %s, shared_buffers = %s',
              $N, $ROUNDS, split_part(version(), ' on ', 1),
              current_setting('max_parallel_workers_per_gather'), current_setting('jit'),
              current_setting('shared_buffers'));
EOF

    section "1. the table"
    cat <<EOF
SELECT clock_timestamp() AS t0 \\gset
CREATE UNLOGGED TABLE bench AS
SELECT (g % 100000) AS grp, 2000 + (g % 26) AS year, (1000 + (g % 977))::float8 AS value
FROM generate_series(1, $N) g;
VACUUM ANALYZE bench;
SELECT format('  built in %s s: %s rows, %s (%s pages)',
              to_char(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 'FM9990.0'),
              $N, pg_size_pretty(pg_relation_size('bench')), pg_relation_size('bench') / 8192);
\\if :have_prewarm
SELECT format('  pg_prewarm: %s of %s pages read into shared buffers', pg_prewarm('bench'),
              pg_relation_size('bench') / 8192);
\\else
SELECT '  pg_prewarm is not available: the table is cached by the OS only';
\\endif
SELECT clock_timestamp() AS t0 \\gset
SELECT count(*) AS c FROM bench \\gset
SELECT format('  warm-up scan: %s rows in %s s', :c,
              to_char(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 'FM9990.000'));
EOF

    section "A. SELECT gpumkt_cagr(year, value) FROM bench  vs  SELECT sum(value) FROM bench"
    pair A g "gpumkt_cagr(year, value)" "$QA_G" "" \
           s "sum(value)" "$QA_S" ""

    section "B. SELECT gpumkt_fit_rate(year, value) FROM bench  vs  SELECT exp(regr_slope(ln(value), year)) - 1 FROM bench"
    pair B g "gpumkt_fit_rate(year, value)" "$QB_G" "" \
           s "exp(regr_slope(ln(value), year)) - 1" "$QB_S" ""
    # for check B: the SQL's slope itself (untimed)
    cat <<EOF
INSERT INTO bench_notes SELECT 'regr_slope', regr_slope(ln(value), year)::text FROM bench;
EOF

    section "C. per grp: gpumkt_cagr(year, value) ... GROUP BY grp  vs  plain-SQL endpoint CAGR (work_mem = $WORK_MEM for both)"
    echo "SET work_mem = '$WORK_MEM';"
    timed C g 0 "'gpumkt_cagr ... GROUP BY grp'" "$QC_G"
    local name r
    for name in "${CAND_NAMES[@]}"; do
        printf "INSERT INTO bench_cands VALUES ('%s', '%s', \$q\$%s\$q\$);\n" \
            "$name" "${CAND_DESC[$name]}" "${CAND_Q[$name]}"
    done
    echo "\\echo '  choosing the SQL formulation (each run $CAND_ROUNDS times, best time counts):'"
    for r in $(seq 1 "$CAND_ROUNDS"); do
        for name in "${CAND_NAMES[@]}"; do
            timed C-select "$name" -1 "'SQL $name'" "${CAND_Q[$name]}"
        done
    done
    cat <<EOF
SELECT c.name AS c_name, c.q AS q_csql
FROM bench_cands c JOIN bench_runs t ON t.label = c.name AND t.section = 'C-select'
GROUP BY c.name, c.q ORDER BY min(t.secs), c.name LIMIT 1 \\gset
INSERT INTO bench_notes VALUES ('C sql', :'c_name');
SELECT format('  %-10s best %8s s  %s%s', c.name, to_char(min(t.secs), 'FM9990.000'), c.descr,
              CASE WHEN c.name = :'c_name' THEN '  <- fastest, used below' ELSE '' END)
FROM bench_cands c JOIN bench_runs t ON t.label = c.name AND t.section = 'C-select'
GROUP BY c.name, c.descr ORDER BY min(t.secs);
EOF
    timed C s 0 "'SQL ' || :'c_name'" ":q_csql"
    for r in $(seq 1 "$ROUNDS"); do
        timed C g "$r" "'gpumkt_cagr ... GROUP BY grp'" "$QC_G"
        timed C s "$r" "'SQL ' || :'c_name'" ":q_csql"
    done
    echo "RESET work_mem;"

    section "5. parallel speedup: max_parallel_workers_per_gather = 0 vs 2 (parallel_setup_cost = 0, parallel_tuple_cost = 0, min_parallel_table_scan_size = 0)"
    cat <<EOF
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT bench_parallel_plan('gpumkt_cagr', \$q\$$QA_G\$q\$);
SELECT bench_parallel_plan('gpumkt_fit_rate', \$q\$$QB_G\$q\$);
EOF
    pair P-cagr 0 "gpumkt_cagr, serial" "$QA_G" "SET max_parallel_workers_per_gather = 0;" \
                2 "gpumkt_cagr, 2 workers" "$QA_G" "SET max_parallel_workers_per_gather = 2;"
    pair P-fit 0 "gpumkt_fit_rate, serial" "$QB_G" "SET max_parallel_workers_per_gather = 0;" \
               2 "gpumkt_fit_rate, 2 workers" "$QB_G" "SET max_parallel_workers_per_gather = 2;"
    cat <<EOF
SET max_parallel_workers_per_gather = 0;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
EOF

    section "6. state size: typlen, and Memory Usage of EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) (work_mem = $WORK_MEM)"
    cat <<EOF
SET work_mem = '$WORK_MEM';
INSERT INTO bench_notes SELECT 'typlen', typlen::text FROM pg_type WHERE oid = 'gpumkt_growth'::regtype;
SELECT bench_memory('gpumkt', \$q\$$QC_G\$q\$) AS done \\gset
SELECT bench_memory('sql', :'q_csql') AS done \\gset
SELECT bench_memory('sum', \$q\$SELECT count(*) AS n, sum(c) AS r FROM (SELECT grp, sum(value) AS c FROM bench GROUP BY grp) s\$q\$) AS done \\gset
\\echo '  (the memory of each node is listed below, before the summary)'
RESET work_mem;
DROP TABLE bench;
EOF
}

script | "${PSQL[@]}" || die "the benchmark queries failed"

# ---- checks, medians, ratios, the summary: lines "OUT|text" or "ERR|text" ----
out=$("${PSQL[@]}" -At -F '|' <<EOF
WITH med AS (
    SELECT section, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS m
    FROM bench_runs WHERE round > 0 GROUP BY section, label),
m AS (SELECT
    (SELECT m FROM med WHERE section = 'A' AND label = 'g') AS a_g,
    (SELECT m FROM med WHERE section = 'A' AND label = 's') AS a_s,
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
    SELECT 11, 0, 'OUT', format('== summary: %s rows, %s groups, medians of %s rounds, jit = %s ==', $N, notes.groups, $ROUNDS, '$JIT')
    FROM notes
    UNION ALL
    SELECT 12, 0, 'OUT', format('gpumkt_cagr vs sum: %sx (%s s / %s s; target <= 1.2x: %s)',
                                to_char(a_g / a_s, 'FM990.00'), to_char(a_g, 'FM990.000'), to_char(a_s, 'FM990.000'),
                                CASE WHEN round((a_g / a_s)::numeric, 2) <= 1.2 THEN 'met' ELSE 'MISSED' END)
    FROM m
    UNION ALL
    SELECT 13, 0, 'OUT', format('gpumkt_fit_rate vs exp(regr_slope(ln(value), year)) - 1: %sx (%s s / %s s; target <= 1.0x: %s)',
                                to_char(b_g / b_s, 'FM990.00'), to_char(b_g, 'FM990.000'), to_char(b_s, 'FM990.000'),
                                CASE WHEN round((b_g / b_s)::numeric, 2) <= 1.0 THEN 'met' ELSE 'MISSED' END)
    FROM m
    UNION ALL
    SELECT 14, 0, 'OUT', format('gpumkt_cagr GROUP BY grp vs SQL %s (%s): %sx (%s s / %s s; work_mem = %s for both, %s)',
                                notes.c_sql, (SELECT descr FROM bench_cands WHERE name = notes.c_sql),
                                to_char(c_g / c_s, 'FM990.00'), to_char(c_g, 'FM990.000'), to_char(c_s, 'FM990.000'), '$WORK_MEM',
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
EOF
) || die "could not read the results"

[ -n "$out" ] || die "no results"
fail=""
while IFS='|' read -r kind text; do
    if [ "$kind" = ERR ]; then
        echo "bench_aggregates: ERROR: $text" >&2
        fail=1
    else
        echo "$text"
    fi
done <<<"$out"
[ -z "$fail" ] || exit 1
