#!/usr/bin/env bash
# Memory and time of gpumkt's forecasts over many user regions and markets
# (issue 8, item 9): the peak memory of the backend (VmHWM of
# /proc/<pid>/status, read right after the query, one fresh session per
# query) for four queries, each against a reference of the same shape in
# plain SQL over the same tables, measured in the same run.
#
#   bash bench/memory.sh                     # from the repo root (or anywhere)
#   REGIONS=50000 MARKETS=20 bash bench/memory.sh
#
# REGIONS  user regions (default 100000), added in four equal steps; the
#          time of one forecast is measured after each step (time linear in
#          what is read: the regions are read once per statement)
# MARKETS  markets (default 40)
# SHARES   region shares per market (default 25; each is a figure row the
#          audit checks against every region, see below)
# AUDIT_TIMEOUT  statement_timeout of the audit and its reference (default
#          120s); a cancelled run is reported as such, with its memory
#
# It builds gpumkt, installs it when the installed copy differs from the build
# (bench/lib.sh; `make install` needs write access to the PostgreSQL 15
# directories), then runs itself again inside a throwaway cluster
# (pg_virtualenv -t -v 15), which is removed afterwards.  Target: every
# gpumkt query under 64 MB of peak backend memory.
#
# The four queries (bench/memory.sql makes the data):
#   one forecast      gpumkt_forecast of one user region in one market
#   five call sites   five gpumkt calls in one select list, three markets
#   forty markets     one call site over every market (generate_series)
#   audit             gpumkt_audit(), the SQL function that calls
#                     gpumkt_try_forecast for every region it checks
# VmHWM counts the shared buffers a backend touched as well as its own
# memory, so the script also prints RssShmem (the shared pages mapped at
# the end) and the difference, the backend's private peak, which is what the
# 64 MB target is about; and the size of the "gpumkt cache" memory context
# at the end of the query (read in the same transaction).  The audit of 1.2
# joins every figure row with every region (c.region = y.region OR c.parent
# = y.region), so its time grows with figures x regions whatever gpumkt
# does; SHARES keeps it to seconds.
set -euo pipefail

REGIONS=${REGIONS:-100000}
MARKETS=${MARKETS:-40}
SHARES=${SHARES:-25}
AUDIT_TIMEOUT=${AUDIT_TIMEOUT:-120s}

die() { echo "bench_memory: ERROR: $*" >&2; exit 1; }

[[ $REGIONS =~ ^[1-9][0-9]{0,6}$ ]] || die "REGIONS must be a positive integer (got '$REGIONS')"
[[ $MARKETS =~ ^[1-9][0-9]?$ ]] || die "MARKETS must be from 1 to 99 (got '$MARKETS')"
[ "$MARKETS" -ge 3 ] || die "MARKETS must be at least 3"
[[ $SHARES =~ ^[1-9][0-9]{0,6}$ ]] || die "SHARES must be a positive integer (got '$SHARES')"
[[ $AUDIT_TIMEOUT =~ ^[1-9][0-9]*(ms|s|min)$ ]] || die "AUDIT_TIMEOUT must be like 120s (got '$AUDIT_TIMEOUT')"

if [ "${1:-}" != "--in-cluster" ]; then
    self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
    cd "$(dirname "$self")/.."
    . bench/lib.sh
    bench_build_install bench_memory
    echo "bench_memory: starting a throwaway PostgreSQL 15 cluster"
    rc=0
    REGIONS=$REGIONS MARKETS=$MARKETS SHARES=$SHARES AUDIT_TIMEOUT=$AUDIT_TIMEOUT pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

# ---- inside the cluster (PGHOST, PGPORT, PGUSER, ... set by pg_virtualenv) ----
cd "$(dirname "${BASH_SOURCE[0]}")"
export PGDATABASE=${PGDATABASE:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c 'CREATE EXTENSION gpumkt' >/dev/null || die "CREATE EXTENSION gpumkt failed"

# run QUERY in a fresh session, in a transaction; prints "<VmHWM kB>
# <RssShmem kB> <seconds> <gpumkt cache bytes> <ok|cancelled>"
measure() {
    "${PSQL[@]}" -At -v ON_ERROR_STOP=0 <<SQL 2>/dev/null
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET statement_timeout = '${2:-0}';
SELECT pg_backend_pid() AS pid, clock_timestamp() AS t0, 'cancelled' AS outcome, 0 AS cache \gset
BEGIN;
\o /dev/null
$1;
\o
SELECT 'ok' AS outcome \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs,
       coalesce((SELECT sum(total_bytes) FROM pg_backend_memory_contexts WHERE name = 'gpumkt cache'), 0) AS cache
\gset
COMMIT;
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS secs2 \gset
\setenv BENCH_PID :pid
\setenv BENCH_SECS :secs2
\setenv BENCH_CACHE :cache
\setenv BENCH_OUTCOME :outcome
\! echo "\$(awk '/^VmHWM/ {h=\$2} /^RssShmem/ {s=\$2} END {print h, s}' /proc/\$BENCH_PID/status) \${BENCH_SECS:-0} \${BENCH_CACHE:-0} \$BENCH_OUTCOME"
SQL
}

m1=m_01; m2=m_02; m3=m_03
LAST=$(printf 'm_%02d' "$MARKETS")

Q_ONE="SELECT gpumkt_forecast('Bench region 1', 2025, market => '$m1')"
R_ONE="SELECT s.share * a0.value * (a1.value / a0.value) ^ ((2025 - a0.year)::numeric / (a1.year - a0.year))
FROM gpumkt_regions r
JOIN gpumkt_region_shares s ON s.market = '$m1' AND s.region = r.region
JOIN gpumkt_anchors a0 ON a0.market = s.market AND a0.region = s.of_region AND a0.year = 2020
JOIN gpumkt_anchors a1 ON a1.market = s.market AND a1.region = s.of_region AND a1.year = 2030
WHERE r.name = 'Bench region 1'"

Q_FIVE="SELECT gpumkt_forecast('r_1', 2025, market => '$m1'), gpumkt_try_forecast('Bench region 2', 2026, market => '$m2'),
       gpumkt_region_share('r_3', 2027, market => '$m3'), gpumkt_forecast('global', 2030, market => '$LAST'),
       gpumkt_resolve_region('Région du banc 4')"
R_FIVE="SELECT (SELECT s.share FROM gpumkt_region_shares s WHERE s.market = '$m1' AND s.region = 'r_1'),
       (SELECT s.share FROM gpumkt_regions r JOIN gpumkt_region_shares s ON s.region = r.region
        WHERE s.market = '$m2' AND r.name = 'Bench region 2'),
       (SELECT s.share FROM gpumkt_region_shares s WHERE s.market = '$m3' AND s.region = 'r_3'),
       (SELECT a.value FROM gpumkt_anchors a WHERE a.market = '$LAST' AND a.region = 'global' AND a.year = 2030),
       (SELECT r.region FROM gpumkt_regions r WHERE r.name_fr = 'Région du banc 4')"

Q_FORTY="SELECT sum(gpumkt_forecast('r_' || m, 2025, market => 'm_' || lpad(m::text, 2, '0'))) FROM generate_series(1, $MARKETS) m"
R_FORTY="SELECT sum(s.share * a0.value * (a1.value / a0.value) ^ 0.5)
FROM generate_series(1, $MARKETS) m
JOIN gpumkt_region_shares s ON s.market = 'm_' || lpad(m::text, 2, '0') AND s.region = 'r_' || m
JOIN gpumkt_anchors a0 ON a0.market = s.market AND a0.region = 'global' AND a0.year = 2020
JOIN gpumkt_anchors a1 ON a1.market = s.market AND a1.region = 'global' AND a1.year = 2030"

Q_AUDIT="SELECT count(*) FROM gpumkt_audit()"
# the audit's pairs (a figure's region or its children, with their parent),
# valued by a plain join on the anchors instead of gpumkt_try_forecast
R_AUDIT="WITH figure_years AS (
    SELECT a.market, a.region, a.year FROM gpumkt_anchors a
    UNION SELECT s.market, s.region, s.year FROM gpumkt_region_shares s),
pairs AS (
    SELECT DISTINCT y.market, c.region AS child, c.parent, y.year
    FROM figure_years y JOIN gpumkt_regions c ON c.region = y.region OR c.parent = y.region
    WHERE c.parent IS NOT NULL)
SELECT count(*) FROM pairs p
LEFT JOIN gpumkt_anchors ac ON ac.market = p.market AND ac.region = p.child AND ac.year = p.year
LEFT JOIN gpumkt_anchors ap ON ap.market = p.market AND ap.region = p.parent AND ap.year = p.year
WHERE ac.value > ap.value"

step=$((REGIONS / 4)); from=0
version=$(psql -XAtc "SELECT split_part(version(), ' on ', 1)")
echo "bench_memory: $REGIONS user regions in four steps, $MARKETS markets, $SHARES region shares each; $version"
printf '  %-8s %-28s %10s %9s\n' regions "one forecast (time)" "gpumkt s" "SQL s"
for n in $step $((2 * step)) $((3 * step)) "$REGIONS"; do
    t0=$(date +%s.%N)
    "${PSQL[@]}" -v regions="$n" -v from="$from" -v markets="$MARKETS" -v shares="$SHARES" -f memory.sql >/dev/null ||
        die "could not make the data"
    t1=$(date +%s.%N)
    read -r _ _ g_secs _ _ < <(measure "$Q_ONE")
    read -r _ _ s_secs _ _ < <(measure "$R_ONE")
    printf '  %-8s %-28s %10.3f %9.3f   (data added in %.1f s)\n' "$n" "" "$g_secs" "$s_secs" "$(awk "BEGIN {print $t1 - $t0}")"
    from=$n
done

echo "  peak memory of the backend, one fresh session per query (MB; private = VmHWM - RssShmem):"
printf '  %-16s %8s %8s %8s %8s %8s | %8s %8s %8s %8s\n' query VmHWM shared private cache s "ref HWM" shared private s
fail=0
mb() { awk "BEGIN {printf \"%.1f\", $1 / 1024}"; }
for q in ONE FIVE FORTY AUDIT; do
    gq="Q_$q"; rq="R_$q"; timeout=0
    [ "$q" = AUDIT ] && timeout=$AUDIT_TIMEOUT
    read -r g_hwm g_shm g_secs g_cache g_out < <(measure "${!gq}" "$timeout")
    read -r s_hwm s_shm s_secs _ s_out < <(measure "${!rq}" "$timeout")
    case $q in ONE) label="one forecast";; FIVE) label="five call sites";;
               FORTY) label="$MARKETS markets";; AUDIT) label="gpumkt_audit()";; esac
    printf '  %-16s %8s %8s %8s %8s %8.3f | %8s %8s %8s %8.3f %s\n' "$label" "$(mb "$g_hwm")" "$(mb "$g_shm")" \
        "$(mb "$((g_hwm - g_shm))")" "$(mb "$((g_cache / 1024))")" "$g_secs" \
        "$(mb "$s_hwm")" "$(mb "$s_shm")" "$(mb "$((s_hwm - s_shm))")" "$s_secs" \
        "$([ "$g_out$s_out" = okok ] || echo "(gpumkt $g_out, reference $s_out)")"
    [ "$((g_hwm - g_shm))" -lt $((64 * 1024)) ] || fail=1
done
[ "$fail" = 0 ] || die "a gpumkt query's private peak reached 64 MB"
echo "bench_memory: every gpumkt query's private peak stayed under 64 MB"
