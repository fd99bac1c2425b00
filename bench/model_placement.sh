#!/usr/bin/env bash
# Where the model fits run on one node, and how fast (issue 19).
#
#   bash bench/model_placement.sh
#   N=1000 ROUNDS=3 SERIES=3000 bash bench/model_placement.sh
#
# N       series of 48 monthly points for part 1 (default 1000)
# ROUNDS  timed rounds of part 1 (default 3), after one warm-up round
# SERIES  series of 20 to 140 monthly points for part 2 (default 3000)
#
# Part 1, the parallel speedup of a partition-wise GROUP BY: gpumkt_ets over
# N series, the table hash-partitioned by series into 4, 8 and 16
# partitions, enable_partitionwise_aggregate on; serial
# (max_parallel_workers_per_gather = 0) against 2 workers, with the leader
# taking part in the aggregation (parallel_leader_participation on, the
# default) and not.  Each round runs every variant once, the serial run of a
# table before its parallel ones; the medians and their ratios (parallel /
# serial, same table, same run) are printed, and the best times and their
# ratios (the least disturbed by other work on the machine).  Every
# parallel plan is checked first: whole partitions under a Parallel Append,
# no Partial or Finalize aggregate.  Also printed: the cost of starting the workers (the same
# query over 8 series) and the size of a model.
#
# Part 2: SERIES series of 20 to 140 points (lengths by a fixed permutation)
# fitted by one GROUP BY: a plain table, serially; the same rows in 8
# partitions, partition-wise with 2 workers, the leader not aggregating;
# and, for the cost of reading the rows, gpumkt_fit_rate over the plain
# table.  One run each.
#
# It builds gpumkt and installs it when the installed copy differs (as
# bench/lib.sh does, holding its lock), then runs itself again in a
# throwaway cluster (pg_virtualenv -t -v 15).  JIT off; parallel_setup_cost
# and parallel_tuple_cost 0 and min_parallel_table_scan_size 1GB for the
# parallel runs (whole partitions go to the workers).
set -euo pipefail
N=${N:-1000}
ROUNDS=${ROUNDS:-3}
SERIES=${SERIES:-3000}
die() { echo "model_placement: ERROR: $*" >&2; exit 1; }
[[ $N =~ ^[1-9][0-9]{0,6}$ ]] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]?$ ]] || die "ROUNDS must be 1 to 99 (got '$ROUNDS')"
[[ $SERIES =~ ^[1-9][0-9]{0,6}$ ]] || die "SERIES must be a positive integer (got '$SERIES')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    cd "$here/.."
    . bench/lib.sh
    bench_build_install model_placement
    rc=0
    N=$N ROUNDS=$ROUNDS SERIES=$SERIES pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

export PGDATABASE=${PGDATABASE:-postgres}
# one psql session reads the commands below: the settings of a run, then
# the query timed at top level by clock_timestamp() around it
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -v "n=$N" -v "series=$SERIES")
inner() { echo "SELECT gpumkt_ets(d, y) AS m FROM $1 GROUP BY g"; }
fits() { echo "SELECT count(m) FROM ($(inner "$1")) s"; }
# run PART LABEL ROUND WORKERS LEADER QUERY
run() {
    cat <<SQL
SET max_parallel_workers_per_gather = $4;
SET parallel_leader_participation = $5;
SELECT clock_timestamp() AS t0 \\gset
$6 \\gset
INSERT INTO bench_runs (part, label, round, secs) VALUES ('$1', '$2', $3, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz))
RETURNING format('  %-8s %-40s %8s s', CASE round WHEN 0 THEN 'warm-up' ELSE 'round ' || round END, label, to_char(secs, 'FM9990.000'));
SQL
}
{
    echo "CREATE EXTENSION gpumkt;"
    echo "\\echo 'building the tables'"
    echo "\\i $here/model_placement.sql"
    echo "SET enable_partitionwise_aggregate = on;"
    echo "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = '1GB';"
    echo "SET max_parallel_workers_per_gather = 2;"
    for p in 4 8 16; do echo "SELECT bench_plan_check('$(inner speed_$p)');"; done
    echo "SELECT bench_plan_check('$(inner long_8)');"
    echo "\\t on"
    echo "\\pset format unaligned"
    echo "\\echo 'part 1: gpumkt_ets over $N series of 48 points, partition-wise, serial and 2 workers'"
    for r in $(seq 0 "$ROUNDS"); do
        for p in 4 8 16; do
            run 1 "$p partitions, serial" "$r" 0 on "$(fits speed_$p)"
            run 1 "$p partitions, 2 workers + leader" "$r" 2 on "$(fits speed_$p)"
            run 1 "$p partitions, 2 workers, leader off" "$r" 2 off "$(fits speed_$p)"
        done
        run 1 "8 series, serial" "$r" 0 on "$(fits "speed_8 WHERE g <= 8")"
        run 1 "8 series, 2 workers + leader" "$r" 2 on "$(fits "speed_8 WHERE g <= 8")"
    done
    echo "\\echo 'part 2: $SERIES series of 20 to 140 points, one GROUP BY'"
    run 2 "gpumkt_fit_rate, serial (reading)" 1 0 on \
        "SELECT count(r) FROM (SELECT gpumkt_fit_rate(d, y) AS r FROM long GROUP BY g) s"
    run 2 "gpumkt_ets, serial" 1 0 on "$(fits long)"
    run 2 "gpumkt_ets, 8 partitions, 2 workers" 1 2 off "$(fits long_8)"
    cat <<'SQL'
\t off
\pset format aligned
\echo 'summary: medians of the timed rounds and their ratio (parallel / serial of the same table), then the best'
\echo 'times and their ratio (the less disturbed by other work on the machine)'
WITH m AS (
    SELECT part, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS secs, min(secs) AS best, min(id) AS id
    FROM bench_runs WHERE round > 0 GROUP BY part, label)
SELECT a.label, round(a.secs::numeric, 3) AS secs,
       CASE WHEN a.label LIKE '%workers%' THEN round((a.secs / s.secs)::numeric, 3) END AS ratio,
       round(a.best::numeric, 3) AS best,
       CASE WHEN a.label LIKE '%workers%' THEN round((a.best / s.best)::numeric, 3) END AS best_ratio,
       CASE WHEN a.part = '2' AND a.label LIKE 'gpumkt_ets%'
            THEN round((1000 * a.secs / :series)::numeric, 2) END AS ms_a_series
FROM m a LEFT JOIN m s ON s.part = a.part AND s.label = split_part(a.label, ',', 1) || ', serial'
ORDER BY a.id;
SQL
} | "${PSQL[@]}" -f - || die "the benchmark's queries failed"
