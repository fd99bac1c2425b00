#!/usr/bin/env bash
# Runs every test of gpumkt: builds and installs it (test/setup.sh), then the
# pg_regress suite against a throwaway PostgreSQL 15 cluster (pg_virtualenv),
# then the script tests (quotes of the report, pg_dump and pg_restore).  Ends with a line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

rm -rf test/results && mkdir -p test/results
chmod -R a+rwX test/results
pg_virtualenv -t -v 15 make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config installcheck \
    > test/results/installcheck.log 2>&1
rc=$?
cat test/results/installcheck.log | grep -E '^(test| ?ok|not ok|#|=|\s+[0-9]+ of)' || cat test/results/installcheck.log
passed=$(grep -cE '\.\.\. ok|^ok ' test/results/installcheck.log)
failed=$(grep -cE '\.\.\. FAILED|^not ok ' test/results/installcheck.log)
if [ $rc -ne 0 ] && [ -f test/results/regression.diffs ]; then
    echo "---- regression.diffs ----"
    cat test/results/regression.diffs
fi
if [ $rc -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi

# script tests, each in a throwaway cluster of its own
for t in check_quotes dump_restore; do
    if bash test/$t.sh > test/results/$t.log 2>&1; then
        passed=$((passed + 1)); echo "test $t ... ok"
    else
        failed=$((failed + 1)); echo "test $t ... FAILED"; cat test/results/$t.log
    fi
    grep -E "^$t:" test/results/$t.log || true
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
