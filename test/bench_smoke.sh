#!/usr/bin/env bash
# Runs every benchmark of bench/ once at a tiny size, so that each keeps
# running (the numbers of a tiny run mean nothing; docs/benchmarks.md quotes
# full runs).  bench/ets_vs_r.sh and bench/accuracy.sh need R's forecast
# package: without R they are left out and said so.  Prints "bench_smoke: N scripts ran" or names the
# script that failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ran=0
run() {
    local name=$1
    shift
    if env "$@" bash "bench/$name.sh" > "test/results/bench_$name.log" 2>&1; then
        ran=$((ran + 1))
        echo "bench_smoke: $name ok"
    else
        echo "bench_smoke: $name FAILED"
        tail -30 "test/results/bench_$name.log"
        exit 1
    fi
}
mkdir -p test/results
run aggregates N=20000 ROUNDS=1
run forecast N=2000 ROUNDS=1
run ranges N=2000 ROUNDS=1
run sparkline ROWS=20000 KEYS=200 ROUNDS=1
run load_report N=300 ROUNDS=1
run memory REGIONS=400 MARKETS=3
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(forecast)' >/dev/null 2>&1; then
    run ets_vs_r N=200 NR=20
    run accuracy SERIES=1 ORIGINS=1
else
    echo "bench_smoke: ets_vs_r and accuracy left out (no R forecast package; bash bench/ets_vs_r.sh --install-r)"
fi
echo "bench_smoke: $ran scripts ran"
