#!/usr/bin/env bash
# Measures how soon a 10-million-row gpumkt aggregate stops once
# statement_timeout fires: each query runs with a 200 ms timeout in a
# throwaway cluster, and the time past 200 ms is printed.  A measurement, not
# a test: it fails only if a query was not cancelled at all (57014).
# Run: bash test/cancel_latency.sh   (after test/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    exec pg_virtualenv -t -v 15 bash "$0" "$@"
fi
psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS gpumkt' >/dev/null
rows="(SELECT 2000 + i % 30 AS y, i::float8 AS v FROM (SELECT generate_series(1, 10000000) AS i) g) s"
worst=0
fails=0
while IFS='|' read -r name query; do
    out=$(psql -X -q -v ON_ERROR_STOP=0 2>&1 <<SQL
SET statement_timeout = '200ms';
\timing on
$query;
\echo sqlstate=:LAST_ERROR_SQLSTATE
SQL
)
    ms=$(printf '%s\n' "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
    state=$(printf '%s\n' "$out" | sed -n 's/^sqlstate=//p')
    late=$(awk -v t="${ms:-0}" 'BEGIN { printf "%.0f", t - 200 }')
    printf 'cancel %-34s %s after %6s ms: %4s ms past the timeout\n' "$name" "$state" "$ms" "$late"
    [ "$state" = 57014 ] || fails=$((fails + 1))
    [ "$late" -gt "$worst" ] && worst=$late
done <<EOF2
gpumkt_cagr(year, value)|SELECT gpumkt_cagr(y, v) FROM $rows
gpumkt_fit_rate(year, value)|SELECT gpumkt_fit_rate(y, v) FROM $rows
gpumkt_growth(year, value)|SELECT gpumkt_growth(y, v) FROM $rows
gpumkt_share(value, is_part)|SELECT gpumkt_share(v, y % 2 = 0) FROM $rows
gpumkt_hhi(value)|SELECT gpumkt_hhi(v) FROM $rows
gpumkt_fit_rate as a moving window|SELECT max(f) FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY v ROWS 10 PRECEDING) f FROM $rows) w
EOF2
echo "cancel_latency: worst $worst ms past a 200 ms timeout, $fails not cancelled"
[ "$fails" -eq 0 ]
