#!/usr/bin/env bash
# Accuracy and speed of gpumkt_ets against R's forecast::ets.
#
#   bash bench/ets_vs_r.sh                # R and r-cran-forecast already there
#   bash bench/ets_vs_r.sh --install-r    # apt-get install -y r-cran-forecast first
#   N=10000 NR=100 bash bench/ets_vs_r.sh
#
# Accuracy: the real series of bench/ets_vs_r.R (R's datasets and the
# forecast package; annual, quarterly, monthly), the last h points held out
# (6 annual, two cycles otherwise); R fits forecast::ets(y) with its
# defaults (the whole family, as gpumkt_ets since 2.1; additive.only = TRUE
# before), gpumkt fits gpumkt_ets(t, y) over the same training rows (dates for
# monthly and quarterly series, integers for annual ones; the cycle and the
# model left to detect and choose).  Printed per series and as means: the
# out-of-sample MASE (scaled by the in-sample mean absolute seasonal
# difference, R's scale) and the share of held-out points inside the 95 %
# intervals.
#
# Speed: N (default 10000) series of 48 monthly points, made by a fixed
# formula, fitted by one GROUP BY with gpumkt_ets, with 0 and 2 parallel
# workers, against the same GROUP BY with gpumkt_fit_rate (the cost of
# reading the rows); and forecast::ets on NR (default 100) of the same
# series, timed per series in the same run.  Then gpumkt_auto_model and
# gpumkt_theta on NR of the series (bench/auto_speed.sql) against
# forecast::ets plus forecast::thetaf on the same NR, in the same run.
#
# It builds and installs gpumkt as bench/lib.sh does (holding its lock), and
# runs the SQL in a
# throwaway cluster (pg_virtualenv -t -v 15).
set -euo pipefail
N=${N:-10000}
NR=${NR:-100}
die() { echo "bench_ets: ERROR: $*" >&2; exit 1; }
[[ $N =~ ^[1-9][0-9]{0,6}$ ]] || die "N must be a positive integer (got '$N')"
[[ $NR =~ ^[1-9][0-9]{0,5}$ ]] || die "NR must be a positive integer (got '$NR')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    cd "$here/.."
    if [ "${1:-}" = "--install-r" ]; then
        apt-get install -y -qq r-cran-forecast >/dev/null || die "could not install r-cran-forecast"
    fi
    command -v Rscript >/dev/null 2>&1 || die "R is missing: run with --install-r (apt-get install r-cran-forecast)"
    work=$(mktemp -d)
    chmod 755 "$work"
    trap 'rm -rf "$work"' EXIT
    echo "bench_ets: fitting forecast::ets to the real series"
    Rscript "$here/ets_vs_r.R" "$work" || die "the R fits failed"
    chmod 644 "$work"/*.csv
    . bench/lib.sh
    bench_build_install bench_ets
    rc=0
    WORK=$work N=$N NR=$NR pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

export PGDATABASE=${PGDATABASE:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -v "work=$WORK" -v "n=$N" -v "nr=$NR")
"${PSQL[@]}" -f "$here/ets_vs_r.sql" || die "the accuracy queries failed"
"${PSQL[@]}" -f "$here/ets_speed.sql" || die "the speed queries failed"
# forecast::ets on NR of the same series
"${PSQL[@]}" -c "\\copy (SELECT g, y FROM speed WHERE g <= $NR ORDER BY g, d) TO '$WORK/speed.csv' (FORMAT csv, HEADER)" ||
    die "could not write the series for R"
Rscript -e '
suppressMessages(library(forecast))
d <- read.csv(file.path(commandArgs(TRUE)[1], "speed.csv"))
s <- split(d$y, d$g)
t0 <- proc.time()[["elapsed"]]
for (y in s) invisible(ets(ts(y, frequency = 12)))
el <- proc.time()[["elapsed"]] - t0
cat(sprintf("forecast::ets: %d series in %.2f s, %.3f ms per series\n", length(s), el, 1000 * el / length(s)))
' "$WORK"
# issue 19: gpumkt_auto_model (and gpumkt_theta) on the first NR series of
# the same table, against forecast::ets + forecast::thetaf on them
"${PSQL[@]}" -v "na=$NR" -f "$here/auto_speed.sql" || die "the automatic model's speed queries failed"
Rscript -e '
suppressMessages(library(forecast))
d <- read.csv(file.path(commandArgs(TRUE)[1], "speed.csv"))
s <- split(d$y, d$g)
t0 <- proc.time()[["elapsed"]]
for (y in s) { x <- ts(y, frequency = 12); invisible(forecast(ets(x), h = 12)); invisible(thetaf(x, h = 12)) }
el <- proc.time()[["elapsed"]] - t0
cat(sprintf("forecast::ets + thetaf: %d series in %.2f s, %.3f ms per series\n", length(s), el, 1000 * el / length(s)))
' "$WORK"
