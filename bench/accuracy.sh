#!/usr/bin/env bash
# Accuracy of gpumkt's forecasts of users' series against R (issue 19):
# gpumkt_ets (and gpumkt_theta and gpumkt_auto_model when this build has
# them) beside R's forecast::ets (defaults: the full family) and
# forecast::thetaf, on the same training windows, in the same run.
#
#   bash bench/accuracy.sh                # R and r-cran-forecast already there
#   bash bench/accuracy.sh --install-r    # apt-get update && apt-get install -y r-cran-forecast first (root)
#   SERIES=3 bash bench/accuracy.sh       # at most 3 series per frequency (development)
#   ORIGINS=2 bash bench/accuracy.sh      # 2 forecast origins per series instead of 4
#   KEEP=/tmp/acc bash bench/accuracy.sh  # keep the CSV files there, with per_pair.csv
#                                         # (every method's scores per series and origin)
#
# The evaluation set (bench/accuracy.R says which series and why): the real
# series that Debian 12 ships with r-cran-forecast (R's datasets, forecast,
# tseries, urca, lmtest, ggplot2), yearly, quarterly, monthly and other,
# chosen by fixed rules (positive, no gap, long enough), not by the scores.
# Rolling origin: ORIGINS origins per series, h/2 points apart, the
# competition horizons (yearly 6, quarterly 8, monthly 18, other 8),
# expanding training windows.  R writes the series and its forecasts as
# CSV; psql loads them, fits each gpumkt aggregate over every (series,
# origin) with one GROUP BY, predicts the held-out points, and scores every
# method identically in SQL (bench/accuracy.sql): sMAPE, MASE scaled by the
# in-sample seasonal naive MAE (the M4 competition's definition), and the
# share of held-out points inside the 95 % intervals, per frequency.  Then
# the fit time per (series, origin) of each gpumkt aggregate against R's
# ets and ets + thetaf, a verdict line per gpumkt method against issue 19's
# targets, and an overall line (the automatic model's verdict).
#
# It builds and installs gpumkt as bench/lib.sh does (holding its lock,
# $GPUMKT_LOCK) and runs the SQL in a throwaway cluster (pg_virtualenv -t
# -v 15).  A full run takes a few minutes, most of it R's.
set -euo pipefail
SERIES=${SERIES:-0}
ORIGINS=${ORIGINS:-4}
KEEP=${KEEP:-}
die() { echo "bench_accuracy: ERROR: $*" >&2; exit 1; }
[[ $SERIES =~ ^[0-9]{1,5}$ ]] || die "SERIES must be a non-negative integer, 0 for all (got '$SERIES')"
[[ $ORIGINS =~ ^[1-9]$ ]] || die "ORIGINS must be an integer from 1 to 9 (got '$ORIGINS')"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" != "--in-cluster" ]; then
    cd "$here/.."
    case "${1:-}" in
        "") ;;
        --install-r)
            { apt-get update && apt-get install -y r-cran-forecast; } || die "could not install r-cran-forecast (run as root)" ;;
        *) die "unknown argument '$1' (only --install-r)" ;;
    esac
    command -v Rscript >/dev/null 2>&1 || die "R is missing: run with --install-r (apt-get install r-cran-forecast)"
    Rscript -e 'for (p in c("forecast", "tseries", "urca", "lmtest", "ggplot2")) if (!suppressMessages(requireNamespace(p, quietly = TRUE))) stop("R package ", p, " is missing")' ||
        die "R's forecast package or one of its dependencies is missing: run with --install-r"
    work=$(mktemp -d)
    chmod 755 "$work"
    trap 'rm -rf "$work"' EXIT
    start=$(date +%s)
    echo "bench_accuracy: R: the evaluation set, ets and thetaf at every origin (SERIES=$SERIES, ORIGINS=$ORIGINS)"
    Rscript "$here/accuracy.R" "$work" "$SERIES" "$ORIGINS" || die "the R part failed"
    chmod 644 "$work"/*.csv
    echo "bench_accuracy: R took $(( $(date +%s) - start )) s"
    . bench/lib.sh
    bench_build_install bench_accuracy
    rc=0
    WORK=$work pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    if [ -n "$KEEP" ] && [ "$rc" = 0 ]; then
        { mkdir -p "$KEEP" && cp "$work"/*.csv "$KEEP"/; } || die "could not keep the CSV files in $KEEP"
        echo "bench_accuracy: the CSV files are in $KEEP"
    fi
    echo "bench_accuracy: the whole run took $(( $(date +%s) - start )) s"
    exit "$rc"
fi

export PGDATABASE=${PGDATABASE:-postgres}
psql -X -q -v ON_ERROR_STOP=1 -v "work=$WORK" -f "$here/accuracy.sql" || die "the SQL part failed"
