#!/usr/bin/env bash
# The optimiser of gpumkt_ets against R's (issue 19, item 2): on every
# forced model of bench/accuracy.sh's evaluation set (the training window
# of each series' last origin; every model forecast::ets's defaults try on
# it), the loglik gpumkt's fit reaches against R's forecast::ets.
#
#   bash bench/ets_loglik.sh             # R and r-cran-forecast already there
#   DIR=/tmp/acc bash bench/ets_loglik.sh  # reuse accuracy.R's CSV files there
#
# R writes the series and its loglik per forced model (bench/ets_loglik.R);
# bench/ets_loglik.c fits the same with src/core (built here by cc, no
# server needed) and prints, per model and in all, how many fits end below
# R's loglik by more than 0.01 + 1e-4 |loglik| ("worse"), above it by as
# much ("better"), the mean and the worst difference.  Both sides use
# forecast::ets's likelihood (-n/2 log SSE, less sum log|yhat| for an M
# error).  VERBOSE=1 lists the worse fits.  Takes a few minutes (R).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=${DIR:-}
if [ -z "$dir" ]; then
    dir=$work
    echo "ets_loglik: R: the evaluation set (bench/accuracy.R, one origin)"
    Rscript bench/accuracy.R "$dir" 0 1 > /dev/null
fi
echo "ets_loglik: R: every forced model's loglik"
Rscript bench/ets_loglik.R "$dir"
cc -O2 -Isrc/core/forecast -o "$work/ets_loglik" bench/ets_loglik.c src/core/forecast/ets_*.c \
    src/core/forecast/theta_model.c -lm
"$work/ets_loglik" "$dir/ll_in.txt"
