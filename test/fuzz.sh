#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of test/fuzz/ (every fuzz_*.c but
# fuzz_common.c, which each links) with clang, address and
# undefined-behaviour sanitizers, any finding fatal, against the archive of
# src/core, the server-free C (growth math and states, moving fit, drift,
# ranges, decimal rounding, ETS, text charts and SVG drawing), which `make
# core-alone` builds here with the same sanitizers; first runs
# each target as a deterministic property check (PROPERTY_INPUTS fixed
# pseudo-random inputs through test/fuzz/property_main.c, default 2,000,
# "property <target>: N inputs ok"); replays the committed corpus and every
# regression input; then fuzzes each target for FUZZ_SECONDS (default 5, a smoke run)
# from the corpus, into a scratch directory.  Prints one line per target,
# "fuzz <target>: <N> executions in <S> s, 0 crashes", and fails on any
# crash, printing the input and the sanitizer's report.
# The fuzzing uses libFuzzer's -seed=FUZZ_SEED (default 1), so that CI
# explores the same inputs on every run and a finding there is found again;
# FUZZ_SEED=0 lets libFuzzer pick a random seed for new exploration (a
# crash report names the seed it used, "INFO: Seed: N").
# Run: bash test/fuzz.sh        FUZZ_SECONDS=300 FUZZ_SEED=0 bash test/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-5}
seed=${FUZZ_SEED:-1}
case $seed in
    ''|*[!0-9]*) echo "FUZZ_SEED must be a whole number (0: random), not \"$seed\"" >&2; exit 2 ;;
esac
if ! command -v clang >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
# every target of test/fuzz/, each linked with the archive of src/core (built
# twice: with libFuzzer's coverage, and without it for the property driver),
# the shared checks of fuzz_common.c and, for the printf oracle of
# fuzz_decimal_round, the server's libpgcommon and libpgport
targets=$(cd test/fuzz && ls fuzz_*.c | sed 's/\.c$//' | grep -vx fuzz_common)
pgc=/usr/lib/postgresql/15/bin/pg_config
sanitize="-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all"
make -s PG_CONFIG=$pgc core-alone CORE_CC=clang CORE_CFLAGS="$sanitize -fsanitize=fuzzer-no-link" \
    CORE_ALONE_DIR="$build/core_fuzz" > /dev/null
make -s PG_CONFIG=$pgc core-alone CORE_CC=clang CORE_CFLAGS="$sanitize" CORE_ALONE_DIR="$build/core_property" > /dev/null
includes=$(for d in src/core/*/; do printf -- '-I%s ' "${d%/}"; done)
libs="$($pgc --pkglibdir)/libpgcommon.a $($pgc --pkglibdir)/libpgport.a -lm"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
status=0
for t in $targets; do
    # shellcheck disable=SC2086
    clang $flags $includes -o "$build/$t" "test/fuzz/$t.c" test/fuzz/fuzz_common.c \
        "$build/core_fuzz/libgpumkt_core.a" $libs
    # shellcheck disable=SC2086
    clang $sanitize $includes -DTARGET_NAME="\"$t\"" -o "$build/property_$t" "test/fuzz/$t.c" \
        test/fuzz/property_main.c test/fuzz/fuzz_common.c "$build/core_property/libgpumkt_core.a" $libs
    if ! "$build/property_$t" "${PROPERTY_INPUTS:-2000}"; then
        echo "property $t: FAILED"; status=1
    fi
done

for t in $targets; do
    corpus=test/fuzz/corpus/$t
    regressions=test/fuzz/regressions/$t
    mkdir -p "$build/new_$t" "$build/crash_$t"
    # every committed input, old crashes included, must pass
    inputs=$(find "$corpus" "$regressions" -type f 2>/dev/null | sort || true)
    if [ -n "$inputs" ]; then
        # shellcheck disable=SC2086
        if ! "$build/$t" -runs=0 $inputs > "$build/$t.replay.log" 2>&1; then
            echo "fuzz $t: a committed input fails"; tail -40 "$build/$t.replay.log"; status=1; continue
        fi
    fi
    if "$build/$t" -seed="$seed" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$build/crash_$t/" "$build/new_$t" "$corpus" > "$build/$t.log" 2>&1; then
        crashes=0
    else
        crashes=$(find "$build/crash_$t" -type f | wc -l)
        [ "$crashes" -eq 0 ] && crashes=1
        status=1
        grep -m1 '^INFO: Seed:' "$build/$t.log" || true
        tail -60 "$build/$t.log"
        for f in "$build/crash_$t"/*; do
            [ -f "$f" ] || continue
            echo "crash input of $t (base64, save it under $regressions/):"
            base64 -w0 "$f"; echo
        done
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$build/$t.log" | tail -1)
    echo "fuzz $t: ${runs:-?} executions in ${took:-$seconds} s, $crashes crashes" \
         "(seed $seed, $(find "$corpus" -type f | wc -l) corpus inputs, $(find "$regressions" -type f 2>/dev/null | wc -l) regressions replayed)"
done
exit $status
