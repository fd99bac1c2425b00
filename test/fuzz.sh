#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of test/fuzz/ (clang, with address and
# undefined-behaviour sanitizers, any finding fatal) against the server-free
# C of src/growth_math.c, src/growth_state.c, src/moving_fit.c,
# src/textchart_math.c, src/drift_math.c, src/range_math.c, the ETS files
# (src/ets_math.c, ets_fit.c, ets_series.c, ets_text.c) and the SVG drawing
# (src/svg_draw.c, svg_charts.c, svg_lines.c); first runs
# each target as a deterministic property check (PROPERTY_INPUTS fixed
# pseudo-random inputs through test/fuzz/property_main.c, default 2,000,
# "property <target>: N inputs ok"); replays the committed corpus and every
# regression input; then fuzzes each target for FUZZ_SECONDS (default 30)
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
seconds=${FUZZ_SECONDS:-30}
seed=${FUZZ_SEED:-1}
case $seed in
    ''|*[!0-9]*) echo "FUZZ_SEED must be a whole number (0: random), not \"$seed\"" >&2; exit 2 ;;
esac
if ! command -v clang >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
targets="fuzz_growth_math fuzz_growth_parse fuzz_growth_state fuzz_growth_ops fuzz_moving_fit fuzz_textchart fuzz_drift fuzz_ets fuzz_svg fuzz_range_math fuzz_decimal_round"
# the C each target links beside itself
pg_config_15() { /usr/lib/postgresql/15/bin/pg_config "$@"; }
sources() {
    case $1 in
        fuzz_growth_math) echo src/growth_math.c ;;
        fuzz_moving_fit) echo src/moving_fit.c src/growth_state.c ;;
        fuzz_textchart) echo src/textchart_math.c ;;
        fuzz_drift) echo src/drift_math.c ;;
        fuzz_ets) echo src/ets_math.c src/ets_fit.c src/ets_series.c src/ets_text.c ;;
        fuzz_svg) echo src/svg_draw.c src/svg_charts.c src/svg_lines.c ;;
        fuzz_range_math) echo src/range_math.c ;;
        fuzz_decimal_round) echo src/decimal_round.c $(pg_config_15 --pkglibdir)/libpgcommon.a $(pg_config_15 --pkglibdir)/libpgport.a ;;
        *) echo test/fuzz/fuzz_common.c src/growth_state.c ;;
    esac
}
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc"
status=0
for t in $targets; do
    # shellcheck disable=SC2046,SC2086
    clang $flags -o "$build/$t" "test/fuzz/$t.c" $(sources "$t") -lm
    # shellcheck disable=SC2046
    clang -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -Isrc -DTARGET_NAME="\"$t\"" \
        -o "$build/property_$t" "test/fuzz/$t.c" test/fuzz/property_main.c $(sources "$t") -lm
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
