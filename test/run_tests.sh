#!/usr/bin/env bash
# Runs every test of gpumkt: builds and installs it (test/setup.sh --tests),
# then the pg_regress and isolation suites against throwaway PostgreSQL 15
# clusters (pg_virtualenv) twice: on a fresh install and with
# force_parallel_mode = regress (GPUMKT_SUITES_FROM="1.0 1.4" adds runs on
# installs updated from those versions; the upgrade test compares every
# update path with a fresh install, object by object, in every run).
# Then, once, the TAP tests of test/t (PostgreSQL::Test::Cluster, through
# make prove-installcheck; each starts clusters of its own): pg_dump and
# pg_restore, cancellation, the scale-out across three clusters.  Then the
# script tests: the unit tests of src/core (make unit, which first builds
# src/core alone, without a server header), quotes of the report, the
# bad-input model, the loader's property test (mutations of the shipped
# report), fuzzing, SQLsmith,
# every object of \dx+ gpumkt named in docs/reference.md, the SQL
# examples of README.md and docs/*.md run and their output compared, the PGXN
# distribution, the Debian package (built, installed, removed);
# the HTML report in headless Chromium (test/browser.sh), each chart
# function's SVG alone in headless Chromium (test/charts_browser.sh).
# Ends with a line "N passed, N failed, N skipped": a pg_regress or
# isolation test counts once per suite run, a TAP test file once, a script
# once; a test that could not run (check_quotes without ../shared/seed, a TAP
# file that skips) counts as skipped.
#   FUZZ_SECONDS (default 5 per target: a smoke run; longer fuzzing is
#   FUZZ_SECONDS=300), SQLSMITH_QUERIES (default 2000)
#   bound the two longest script tests; PG_CFLAGS is passed to the build
#   (test/setup.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh --tests || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

passed=0
failed=0
skipped=0
PGCONFIG=/usr/lib/postgresql/15/bin/pg_config

# One run of the pg_regress and isolation suites (not the TAP tests): $1
# names it, the rest is the environment it runs with.
suite() {
    local name=$1 log rc p f
    shift
    # a clean results folder, but for the page the README's first command
    # wrote there (test/results/report.html)
    mkdir -p test/results
    find test/results -mindepth 1 -maxdepth 1 ! -name report.html -exec rm -rf {} +
    mkdir -p test/results/isolation && chmod -R a+rwX test/results
    log=$(mktemp)
    env -u GPUMKT_INSTALL_FROM "$@" pg_virtualenv -t -v 15 make -s PG_CONFIG=$PGCONFIG installcheck TAP_TESTS= > "$log" 2>&1
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

# Each thing is proved once: the suite on a fresh install and under
# force_parallel_mode; the update paths by the upgrade test, which compares
# every path with a fresh install object by object (so the suite is not run
# again on updated installs: GPUMKT_SUITES_FROM="1.0 1.4" adds a run on an
# install updated from each version named).
suite fresh
for v in ${GPUMKT_SUITES_FROM:-}; do
    suite "updated_from_$v" GPUMKT_INSTALL_FROM="$v"
done
suite force_parallel_mode PGOPTIONS="-c force_parallel_mode=regress"

mkdir -p test/results && chmod a+rwX test/results

# The TAP tests, once.  prove prints a line per file ("<file> .. ok",
# "<file> .. skipped: <why>", or something else for a failure) and, when one
# failed, a "Test Summary Report" naming it; the test files' diag lines
# (their measurements and summaries) start with "# ".
tap() {
    local log=test/results/tap.log rc files=() f p=0 s=0 x=0
    make -s PG_CONFIG=$PGCONFIG prove-installcheck > "$log" 2>&1
    rc=$?
    for f in test/t/*.pl; do
        files+=("$f")
        if grep -qE "^(\[[0-9:]+\] )?$f \.+ ok( |$)" "$log"; then
            p=$((p + 1)); echo "tap $f ... ok"
        elif grep -qE "^(\[[0-9:]+\] )?$f \.+ skipped" "$log"; then
            s=$((s + 1))
            echo "tap $f ... skipped ($(grep -m1 -oE "$f \.+ skipped.*" "$log" | sed 's/.* skipped:* *//'))"
        else
            x=$((x + 1)); echo "tap $f ... FAILED"
        fi
    done
    grep -E '^# [^ ]' "$log" | grep -vE '^# Looks like' | sed 's/^# /  /'
    # prove failed with every file ok (a bail-out, a crash of prove): count it
    if [ $rc -ne 0 ] && [ $x -eq 0 ]; then x=1; echo "tap: prove failed (exit $rc)"; fi
    if [ $x -ne 0 ]; then
        echo "---- TAP: $log ----"; tail -80 "$log"
        echo "(servers' logs and each test's own log: tmp_check/log/)"
    fi
    passed=$((passed + p)); skipped=$((skipped + s)); failed=$((failed + x))
}
tap

# script tests, each in throwaway clusters of its own; each prints a summary
# line that starts with its name; one that prints "<name>: ... skipped" and
# succeeds could not run, and counts as skipped
script_test() {
    local t=$1 log=test/results/$1.log
    shift
    if "$@" > "$log" 2>&1; then
        if grep -qE "^$t: .*skipped" "$log"; then
            skipped=$((skipped + 1)); echo "test $t ... skipped"
        else
            passed=$((passed + 1)); echo "test $t ... ok"
        fi
    else
        failed=$((failed + 1)); echo "test $t ... FAILED"; tail -60 "$log"
    fi
    grep -E "^($t|fuzz)[ :]" "$log" || true
}
script_test unit make -s PG_CONFIG=$PGCONFIG unit
script_test check_quotes bash test/check_quotes.sh
script_test badinput_model python3 test/badinput_model.py --check test/expected/badinput.out
script_test report_property python3 test/report_property.py
[ -f test/fuzz.sh ] && script_test fuzz bash test/fuzz.sh
[ -f test/sqlsmith.sh ] && script_test sqlsmith bash test/sqlsmith.sh
[ -f test/doc_objects.sh ] && script_test doc_objects bash test/doc_objects.sh
[ -f test/doc_examples.py ] && script_test doc_examples python3 test/doc_examples.py
[ -f test/bench_smoke.sh ] && script_test bench_smoke bash test/bench_smoke.sh
[ -f test/dist.sh ] && script_test dist bash test/dist.sh
[ -f test/deb.sh ] && script_test deb bash test/deb.sh
[ -f test/browser.sh ] && script_test browser bash test/browser.sh
[ -f test/charts_browser.sh ] && script_test charts_browser bash test/charts_browser.sh

echo "run_tests: $((SECONDS / 60)) min $((SECONDS % 60)) s in all"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
