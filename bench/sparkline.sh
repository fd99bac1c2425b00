#!/usr/bin/env bash
# Benchmark of the text charts at executor speed (issue 12): the aggregate
# gpumkt_sparkline(value ORDER BY year) against string_agg(value::text, ','
# ORDER BY year) over the same rows in the same session, and gpumkt_bar
# against repeat() making a bar of the same width.
#
#   bash bench/sparkline.sh                 # from the repo root (or anywhere)
#   ROWS=1000000 KEYS=10000 bash bench/sparkline.sh
#
# ROWS    rows (default 10000000), KEYS groups (default 100000), ROUNDS timed
#         rounds of each query after one untimed warm-up (default 3).
#
# It builds and installs gpumkt when the installed copy differs (bench/lib.sh)
# and runs in a throwaway cluster (pg_virtualenv).  The rows: key k = g % KEYS,
# year = g / KEYS, value = 100 * 1.1^(year % 20) + k % 7, a fixed formula;
# one session, no parallel workers, JIT off, work_mem 1GB so that both
# aggregates sort in memory; the rounds interleaved, medians reported, and
# the ratio of the sparkline to string_agg (target of issue 12: at most 2).
set -euo pipefail

ROWS=${ROWS:-10000000}
KEYS=${KEYS:-100000}
ROUNDS=${ROUNDS:-3}
die() { echo "bench_sparkline: ERROR: $*" >&2; exit 1; }
[[ $ROWS =~ ^[1-9][0-9]{0,9}$ ]] || die "ROWS must be a positive integer (got '$ROWS')"
[[ $KEYS =~ ^[1-9][0-9]{0,9}$ ]] || die "KEYS must be a positive integer (got '$KEYS')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"
if [ "${1:-}" != "--in-cluster" ]; then
    cd "$here/.."
    . bench/lib.sh
    bench_build_install bench_sparkline
    echo "bench_sparkline: starting a throwaway PostgreSQL 15 cluster"
    rc=0
    ROWS=$ROWS KEYS=$KEYS ROUNDS=$ROUNDS pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

export PGDATABASE=${PGDATABASE:-postgres}
psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -v keys="$KEYS" -v rounds="$ROUNDS" <<'SQL' || die "the benchmark queries failed"
CREATE EXTENSION gpumkt;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET work_mem = '1GB';
CREATE TABLE pts AS
SELECT g % :keys AS k, g / :keys AS year, 100 * 1.1 ^ ((g / :keys) % 20) + (g % :keys) % 7 AS v
FROM generate_series(0, :rows - 1) g;
ALTER TABLE pts ALTER COLUMN v TYPE float8;
VACUUM ANALYZE pts;
CREATE TEMP TABLE runs (query text, round int, secs float8, total bigint);
CREATE FUNCTION pg_temp.timed(q text, name text, r int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp(); n bigint;
BEGIN
    EXECUTE q INTO n;
    INSERT INTO runs VALUES (name, r, extract(epoch FROM clock_timestamp() - t0), n);
END $$;
SELECT pg_temp.timed(q.q, q.name, r)
FROM generate_series(0, :rounds) r,
     (VALUES ('sparkline', 'SELECT sum(length(s)) FROM (SELECT gpumkt_sparkline(v ORDER BY year) AS s FROM pts GROUP BY k) x'),
             ('string_agg', 'SELECT sum(length(s)) FROM (SELECT string_agg(v::text, '','' ORDER BY year) AS s FROM pts GROUP BY k) x'),
             ('bar', 'SELECT sum(length(gpumkt_bar(v, 300, 20))) FROM pts'),
             ('repeat', 'SELECT sum(length(repeat(''#'', (20 * least(v, 300) / 300)::int))) FROM pts')) q(name, q)
ORDER BY r, q.name;
\pset footer off
SELECT query, to_char(percentile_cont(0.5) WITHIN GROUP (ORDER BY secs), 'FM990.000') AS median_s,
       count(DISTINCT total) AS distinct_totals
FROM runs WHERE round > 0 GROUP BY query ORDER BY query;
SELECT to_char((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FROM runs WHERE round > 0 AND query = 'sparkline')
             / (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FROM runs WHERE round > 0 AND query = 'string_agg'),
               'FM990.00') AS sparkline_to_string_agg,
       to_char((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FROM runs WHERE round > 0 AND query = 'bar')
             / (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FROM runs WHERE round > 0 AND query = 'repeat'),
               'FM990.00') AS bar_to_repeat;
SQL
