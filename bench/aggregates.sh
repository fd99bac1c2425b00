#!/usr/bin/env bash
# Benchmark of the growth aggregates (1.1 and later) (gpumkt_cagr, gpumkt_fit_rate) against
# what PostgreSQL does without them, on one generated table.
#
#   bash bench/aggregates.sh            # from the repo root (or anywhere)
#   N=2000000 ROUNDS=5 bash bench/aggregates.sh
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
#   A2 SELECT gpumkt_cagr(year, value) FROM bench      vs  SELECT count(value) FROM bench
#      (the scan floor of an aggregate of one column; 2.0 keeps integer years
#      at <= 1.1x of it)
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
#
# The SQL is in the .sql files beside this script: aggregates.sql (helpers,
# the table, the queries), aggregates_run.sql (one timed run),
# aggregates_choose.sql (section C), aggregates_parallel.sql (section 5),
# aggregates_memory.sql (section 6) and aggregates_results.sql (checks and
# summary).  This script checks the settings, builds and installs, starts
# the cluster and says which file runs when (psql meta-commands only).
set -euo pipefail

N=${N:-10000000}
ROUNDS=${ROUNDS:-3}
JIT=${JIT:-off}
WORK_MEM=${WORK_MEM:-1GB}
CAND_ROUNDS=2

die() { echo "bench_aggregates: ERROR: $*" >&2; exit 1; }

[[ $N =~ ^[1-9][0-9]{0,9}$ ]] && [ "$N" -le 2147483647 ] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
[[ $JIT =~ ^(on|off)$ ]] || die "JIT must be on or off (got '$JIT')"
[[ $WORK_MEM =~ ^[1-9][0-9]*(kB|MB|GB)$ ]] || die "WORK_MEM must look like 1GB or 512MB (got '$WORK_MEM')"
# about 44 bytes a row on disk; room for the catalogs and the rest
SHARED_BUFFERS=${SHARED_BUFFERS:-$(( N / 1048576 * 48 + 256 > 128 ? N / 1048576 * 48 + 256 : 128 ))MB}
[[ $SHARED_BUFFERS =~ ^[1-9][0-9]*(MB|GB)$ ]] || die "SHARED_BUFFERS must look like 1GB or 700MB (got '$SHARED_BUFFERS')"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    # ---- outside: build, install if needed, start a throwaway cluster ----
    cd "$here/.."
    . bench/lib.sh
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
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -v "N=$N" -v "ROUNDS=$ROUNDS" -v "JIT=$JIT" -v "WORK_MEM=$WORK_MEM")

# The order of the runs, as psql meta-commands: the SQL itself is in the
# .sql files.
sql_file() { printf "\\\\i '%s/%s'\n" "$here" "$1"; }
section() { printf '\\echo\n\\echo %s\n' "'$*'"; }
# one timed run: section, label, round, text printed, psql variable holding the query
run() {
    printf '\\set t_section %s\n\\set t_label %s\n\\set t_round %s\n\\set t_text %s\n\\set t_query :%s\n' \
        "$1" "$2" "$3" "$4" "$5"
    sql_file aggregates_run.sql
}
# A pair, interleaved (a, b, a, b, ...), a warm-up then ROUNDS rounds:
# section; a: label, text, query variable, workers (or -); b: the same.
pair() {
    local r
    for r in $(seq 0 "$ROUNDS"); do
        [ "$5" = - ] || printf '\\set t_workers %s\n' "$5"
        run "$1" "$2" "$r" "'$3'" "$4"
        [ "$9" = - ] || printf '\\set t_workers %s\n' "$9"
        run "$1" "$6" "$r" "'$7'" "$8"
    done
}

schedule() {
    sql_file aggregates.sql

    section "A. SELECT gpumkt_cagr(year, value) FROM bench  vs  SELECT sum(value) FROM bench"
    pair A g "gpumkt_cagr(year, value)" qa_g - \
           s "sum(value)" qa_s -

    section "A2. SELECT gpumkt_cagr(year, value) FROM bench  vs  SELECT count(value) FROM bench"
    pair A2 g "gpumkt_cagr(year, value)" qa_g - \
            c "count(value)" qa_c -

    section "B. SELECT gpumkt_fit_rate(year, value) FROM bench  vs  SELECT exp(regr_slope(ln(value), year)) - 1 FROM bench"
    pair B g "gpumkt_fit_rate(year, value)" qb_g - \
           s "exp(regr_slope(ln(value), year)) - 1" qb_s -

    section "C. per grp: gpumkt_cagr(year, value) ... GROUP BY grp  vs  plain-SQL endpoint CAGR (work_mem = $WORK_MEM for both)"
    printf '\\set t_work_mem %s\n' "$WORK_MEM"
    run C g 0 "'gpumkt_cagr ... GROUP BY grp'" qc_g
    echo "\\echo '  choosing the SQL formulation (each run $CAND_ROUNDS times, best time counts):'"
    local r name
    for r in $(seq 1 "$CAND_ROUNDS"); do
        for name in arrays window rawwindow join; do
            run C-select "$name" -1 "'SQL $name'" "q_$name"
        done
    done
    sql_file aggregates_choose.sql
    run C s 0 "'SQL ' :c_name" q_csql
    for r in $(seq 1 "$ROUNDS"); do
        run C g "$r" "'gpumkt_cagr ... GROUP BY grp'" qc_g
        run C s "$r" "'SQL ' :c_name" q_csql
    done
    echo '\unset t_work_mem'

    section "5. parallel speedup: max_parallel_workers_per_gather = 0 vs 2 (parallel_setup_cost = 0, parallel_tuple_cost = 0, min_parallel_table_scan_size = 0)"
    sql_file aggregates_parallel.sql
    pair P-cagr 0 "gpumkt_cagr, serial" qa_g 0 \
                2 "gpumkt_cagr, 2 workers" qa_g 2
    pair P-fit 0 "gpumkt_fit_rate, serial" qb_g 0 \
               2 "gpumkt_fit_rate, 2 workers" qb_g 2
    echo '\unset t_workers'

    section "6. state size: typlen, and Memory Usage of EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) (work_mem = $WORK_MEM)"
    sql_file aggregates_memory.sql
}

schedule | "${PSQL[@]}" || die "the benchmark queries failed"

# ---- checks, medians, ratios, the summary: lines "OUT|text" or "ERR|text" ----
out=$("${PSQL[@]}" -At -F '|' -f "$here/aggregates_results.sql") || die "could not read the results"

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
