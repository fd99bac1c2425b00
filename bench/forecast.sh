#!/usr/bin/env bash
# Benchmark of gpumkt_forecast against the same forecasts written as plain SQL
# over the shipped tables (gpumkt_anchors, gpumkt_rates, gpumkt_region_shares).
#
#   bash bench/forecast.sh            # from the repo root (or anywhere)
#   N=200000 ROUNDS=5 bash bench/forecast.sh
#
# N       number of forecasts per query (default 1000000)
# ROUNDS  timed rounds of each query (default 3), after one untimed warm-up
# JIT     jit setting for both queries (default off; see below)
#
# It builds gpumkt, installs it when the installed copy differs from the build
# (`make install`, which needs write access to the PostgreSQL 15 directories),
# then runs itself again inside a throwaway cluster (pg_virtualenv -t -v 15),
# which is removed afterwards.
#
# The work: for g in 1..N, region cycles over global, north_america,
# united_states and year over 2020..2040 (year = 2020 + ((g-1)/3) % 21, so all
# 63 pairs come up, and with them every basis: reported anchors, interpolated,
# extrapolated before and after the anchors, share of parent).  Both queries
# sum their N values, as numeric.
#
# The SQL version reads the three tables per row through LATERAL subqueries
# (index scans on their keys) and follows src/pg/market/forecast.c steps 1-4: the anchor
# itself; geometric interpolation between the anchors around the year;
# growth from the nearest anchor at the rate whose period is nearest; else the
# share (latest at or before the year, else the earliest) of the parent's own
# figures.  It computes in float8 and turns each value into numeric, as
# gpumkt_forecast does (anchors are returned as the stored numeric).  It does
# not cover what the shipped data never needs: the CAGR-of-first-and-last
# fallback for a region with several anchors and no rate, and chains of
# shares more than one level deep.
#
# Both queries run in one session with max_parallel_workers_per_gather = 0 and
# jit = off: the SQL query's estimated cost is far above jit_above_cost, so
# with jit on it alone pays several hundred ms of LLVM compilation on every
# run.  Run with JIT=on to keep the server's default instead.  Each query is
# timed with clock_timestamp() around it; the rounds are interleaved
# (gpumkt, SQL, gpumkt, SQL, ...) and the medians reported.  The two sums must
# agree to a relative 1e-9, else the script reports an error and exits 1.
#
# The SQL is in the .sql files beside this script: forecast.sql (setup),
# forecast_run.sql (one round: both queries, timed) and forecast_results.sql
# (medians and the check).
set -euo pipefail

N=${N:-1000000}
ROUNDS=${ROUNDS:-3}
JIT=${JIT:-off}

die() { echo "bench_forecast: ERROR: $*" >&2; exit 1; }

[[ $N =~ ^[1-9][0-9]{0,9}$ ]] && [ "$N" -le 2147483647 ] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
[[ $JIT =~ ^(on|off)$ ]] || die "JIT must be on or off (got '$JIT')"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    # ---- outside: build, install if needed, start a throwaway cluster ----
    cd "$here/.."
    . bench/lib.sh
    bench_build_install bench_forecast

    echo "bench_forecast: starting a throwaway PostgreSQL 15 cluster"
    # pg_virtualenv removes the cluster afterwards, and prints the server log
    # when the command fails; its two lines of progress are left out
    rc=0
    N=$N ROUNDS=$ROUNDS JIT=$JIT pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

# ---- inside the cluster (PGHOST, PGPORT, PGUSER, ... set by pg_virtualenv) ----
export PGDATABASE=${PGDATABASE:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -v "n=$N" -v "rounds=$ROUNDS" -v "jit=$JIT" -v market=ai_training_gpu_clusters)

# the setup, then a warm-up and ROUNDS rounds (psql meta-commands only: the
# SQL is in the .sql files)
{
    printf "\\\\i '%s/forecast.sql'\n" "$here"
    for r in $(seq 0 "$ROUNDS"); do
        printf "\\\\set round %s\n\\\\i '%s/forecast_run.sql'\n" "$r" "$here"
    done
} | "${PSQL[@]}" || die "the benchmark queries failed"

# medians of the timed rounds, and the check that both give the same sum
IFS='|' read -r ok g_med s_med ratio g_total s_total reldiff < <(
    "${PSQL[@]}" -At -F '|' -f "$here/forecast_results.sql"
) || die "could not read the results"

[ -n "${ok:-}" ] || die "no results"
if [ "$ok" != t ]; then
    die "the sums disagree: gpumkt_forecast gives $g_total, the SQL join $s_total (relative difference ${reldiff:-undefined}, limit 1e-9)"
fi
echo "  check: both sums are $g_total / $s_total (relative difference $reldiff <= 1e-9)"
echo "gpumkt_forecast: $N calls, median $g_med s; SQL join: median $s_med s; ratio gpumkt/SQL = $ratio (lower is better)"
