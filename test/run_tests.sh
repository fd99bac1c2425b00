#!/usr/bin/env bash
# Runs every test of gpumkt: builds and installs it (test/setup.sh --tests;
# PG_CFLAGS, when set, is passed to the build), then the
# pg_regress and isolation suites against throwaway PostgreSQL 15 clusters
# (pg_virtualenv) four times: on a fresh install, on installs updated from
# 1.0 and from 1.1, and fresh with force_parallel_mode = regress.  Then the
# script tests: quotes of the report, pg_dump and pg_restore, the bad-input
# model, cancellation, fuzzing, SQLsmith and the scale-out across three
# clusters.  Ends with a line "N passed, N failed".
#   FUZZ_SECONDS (default 30 per target), SQLSMITH_QUERIES (default 2000)
#   bound the two longest script tests.
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh --tests || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
PGCONFIG=/usr/lib/postgresql/15/bin/pg_config

# One run of the pg_regress and isolation suites: $1 names it, the rest is
# the environment it runs with.
suite() {
    local name=$1 log rc p f
    shift
    rm -rf test/results && mkdir -p test/results/isolation && chmod -R a+rwX test/results
    log=$(mktemp)
    env "$@" pg_virtualenv -t -v 15 make -s PG_CONFIG=$PGCONFIG installcheck > "$log" 2>&1
    rc=$?
    p=$(grep -cE '\.\.\. ok|^ok ' "$log")
    f=$(grep -cE '\.\.\. FAILED|^not ok ' "$log")
    echo "suite $name: $p passed, $f failed"
    grep -E '\.\.\. FAILED|^not ok ' "$log" | sed "s/^/  $name: /"
    if [ $rc -ne 0 ]; then
        [ "$f" -eq 0 ] && f=1
        for d in test/results/regression.diffs test/results/isolation/regression.diffs; do
            [ -s "$d" ] && { echo "---- $name: $d ----"; cat "$d"; }
        done
        [ "$f" -eq 1 ] && ! grep -qE 'FAILED|not ok' "$log" && tail -40 "$log"
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    rm -f "$log"
}

suite fresh
suite updated_from_1.0 GPUMKT_INSTALL_FROM=1.0
suite updated_from_1.1 GPUMKT_INSTALL_FROM=1.1
suite force_parallel_mode PGOPTIONS="-c force_parallel_mode=regress"

# script tests, each in throwaway clusters of its own; each prints a summary
# line that starts with its name
mkdir -p test/results && chmod a+rwX test/results
script_test() {
    local t=$1 log=test/results/$1.log
    shift
    if "$@" > "$log" 2>&1; then
        passed=$((passed + 1)); echo "test $t ... ok"
    else
        failed=$((failed + 1)); echo "test $t ... FAILED"; tail -60 "$log"
    fi
    grep -E "^($t|fuzz|cancel)[ :]" "$log" || true
}
script_test check_quotes bash test/check_quotes.sh
script_test dump_restore bash test/dump_restore.sh
script_test badinput_model python3 test/badinput_model.py --check expected/badinput.out
script_test cancel_latency bash test/cancel_latency.sh
[ -f test/fuzz.sh ] && script_test fuzz bash test/fuzz.sh
[ -f test/sqlsmith.sh ] && script_test sqlsmith bash test/sqlsmith.sh
[ -f test/scaleout.sh ] && script_test scaleout bash test/scaleout.sh

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
