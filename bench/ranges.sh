#!/usr/bin/env bash
# Benchmark of gpumkt_forecast_range and of a scenario forecast against plain
# gpumkt_forecast: the same N forecasts three ways, in one session.
#
#   bash bench/ranges.sh              # from the repo root (or anywhere)
#   N=200000 ROUNDS=5 bash bench/ranges.sh
#
# N       number of forecasts per query (default 1000000)
# ROUNDS  timed rounds of each query (default 3), after one untimed warm-up
#
# It builds and installs gpumkt as bench/forecast.sh does (bench/lib.sh: the
# install only when the installed copy differs from the build), then runs
# itself again inside a throwaway cluster (pg_virtualenv -t -v 15).
#
# The work is that of bench/forecast.sh: for g in 1..N, region cycles over
# global, north_america, united_states and year over 2020..2040.  Three
# queries sum their N results as numeric:
#   plain     sum(gpumkt_forecast(region, year, market))
#   range     sum(low + value + high) of gpumkt_forecast_range(region, year,
#             market): all three columns read (value is never NULL here, and
#             no high is Infinity for these regions)
#   scenario  sum(gpumkt_forecast(region, year, scenario => 'bull', market =>
#             market)), 'bull' made by
#             SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.20)
# with max_parallel_workers_per_gather = 0 and jit = off.  The rounds are
# interleaved (plain, range, scenario, plain, ...), each query timed with
# clock_timestamp() around it; the script reports the medians and their
# ratios to plain gpumkt_forecast (targets of issue 10: range <= 2.0,
# scenario <= 1.2), and checks that every run of a query gave the same sum.
#
# The SQL is in the .sql files beside this script: ranges.sql (setup),
# ranges_run.sql (one round) and ranges_results.sql (medians and ratios).
set -euo pipefail

N=${N:-1000000}
ROUNDS=${ROUNDS:-3}

die() { echo "bench_ranges: ERROR: $*" >&2; exit 1; }

[[ $N =~ ^[1-9][0-9]{0,9}$ ]] && [ "$N" -le 2147483647 ] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    # ---- outside: build, install if needed, start a throwaway cluster ----
    cd "$here/.."
    . bench/lib.sh
    bench_build_install bench_ranges

    echo "bench_ranges: starting a throwaway PostgreSQL 15 cluster"
    rc=0
    N=$N ROUNDS=$ROUNDS pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

# ---- inside the cluster (PGHOST, PGPORT, PGUSER, ... set by pg_virtualenv) ----
export PGDATABASE=${PGDATABASE:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -v "n=$N" -v "rounds=$ROUNDS" -v market=ai_training_gpu_clusters)

{
    printf "\\\\i '%s/ranges.sql'\n" "$here"
    for r in $(seq 0 "$ROUNDS"); do
        printf "\\\\set round %s\n\\\\i '%s/ranges_run.sql'\n" "$r" "$here"
    done
} | "${PSQL[@]}" || die "the benchmark queries failed"

IFS='|' read -r ok p_med r_med s_med r_ratio s_ratio rs_med rs_ratio < <(
    "${PSQL[@]}" -At -F '|' -f "$here/ranges_results.sql"
) || die "could not read the results"
[ -n "${ok:-}" ] || die "no results"
[ "$ok" = t ] || die "the runs of one query gave different sums (see bench_runs)"
echo "gpumkt_forecast: $N calls, median $p_med s"
echo "gpumkt_forecast_range: median $r_med s, ratio $r_ratio (target <= 2.0)"
echo "gpumkt_forecast_range in the select list: median $rs_med s, ratio $rs_ratio"
echo "gpumkt_forecast scenario => 'bull': median $s_med s, ratio $s_ratio (target <= 1.2)"
