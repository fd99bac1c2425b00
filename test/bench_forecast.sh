#!/usr/bin/env bash
# Benchmark of gpumkt_forecast against the same forecasts written as plain SQL
# over the shipped tables (gpumkt_anchors, gpumkt_rates, gpumkt_region_shares).
#
#   bash test/bench_forecast.sh            # from the repo root (or anywhere)
#   N=200000 ROUNDS=5 bash test/bench_forecast.sh
#
# N       number of forecasts per query (default 1000000)
# ROUNDS  timed rounds of each query (default 3), after one untimed warm-up
# JIT     jit setting for both queries (default off; see below)
#
# It builds gpumkt, installs it when the installed copy differs from the build
# (`make install`, which needs write access to the PostgreSQL 15 directories),
# then runs itself again inside a throwaway cluster (pg_virtualenv -t -v 15),
# which is removed afterwards.
#
# The work: for g in 1..N, region cycles over global, north_america,
# united_states and year over 2020..2040 (year = 2020 + ((g-1)/3) % 21, so all
# 63 pairs come up, and with them every basis: reported anchors, interpolated,
# extrapolated before and after the anchors, share of parent).  Both queries
# sum their N values, as numeric.
#
# The SQL version reads the three tables per row through LATERAL subqueries
# (index scans on their keys) and follows src/forecast.c steps 1-4: the anchor
# itself; geometric interpolation between the anchors around the year;
# growth from the nearest anchor at the rate whose period is nearest; else the
# share (latest at or before the year, else the earliest) of the parent's own
# figures.  It computes in float8 and turns each value into numeric, as
# gpumkt_forecast does (anchors are returned as the stored numeric).  It does
# not cover what the shipped data never needs: the CAGR-of-first-and-last
# fallback for a region with several anchors and no rate, and chains of
# shares more than one level deep.
#
# Both queries run in one session with max_parallel_workers_per_gather = 0 and
# jit = off: the SQL query's estimated cost is far above jit_above_cost, so
# with jit on it alone pays several hundred ms of LLVM compilation on every
# run.  Run with JIT=on to keep the server's default instead.  Each query is
# timed with clock_timestamp() around it; the rounds are interleaved
# (gpumkt, SQL, gpumkt, SQL, ...) and the medians reported.  The two sums must
# agree to a relative 1e-9, else the script reports an error and exits 1.
set -euo pipefail

N=${N:-1000000}
ROUNDS=${ROUNDS:-3}
JIT=${JIT:-off}

die() { echo "bench_forecast: ERROR: $*" >&2; exit 1; }

[[ $N =~ ^[1-9][0-9]{0,9}$ ]] && [ "$N" -le 2147483647 ] || die "N must be a positive integer (got '$N')"
[[ $ROUNDS =~ ^[1-9][0-9]{0,3}$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
[[ $JIT =~ ^(on|off)$ ]] || die "JIT must be on or off (got '$JIT')"

if [ "${1:-}" != "--in-cluster" ]; then
    # ---- outside: build, install if needed, start a throwaway cluster ----
    self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
    cd "$(dirname "$self")/.."
    . test/bench_lib.sh
    bench_build_install bench_forecast

    echo "bench_forecast: starting a throwaway PostgreSQL 15 cluster"
    # pg_virtualenv removes the cluster afterwards, and prints the server log
    # when the command fails; its two lines of progress are left out
    rc=0
    N=$N ROUNDS=$ROUNDS JIT=$JIT pg_virtualenv -t -v 15 bash "$self" --in-cluster 2>&1 |
        grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || rc=${PIPESTATUS[0]}
    exit "$rc"
fi

# ---- inside the cluster (PGHOST, PGPORT, PGUSER, ... set by pg_virtualenv) ----
export PGDATABASE=${PGDATABASE:-postgres}
MARKET=ai_training_gpu_clusters
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

"${PSQL[@]}" -c 'CREATE EXTENSION gpumkt' >/dev/null ||
    die "CREATE EXTENSION gpumkt failed"
"${PSQL[@]}" -c 'CREATE TABLE bench_runs (query text, round int, secs float8, total numeric)' ||
    die "could not create the results table"

# g -> (region, year); both queries use the same LATERAL so the row source is identical
KEYS="generate_series(1, :n) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['global', 'north_america', 'united_states'])[1 + (g - 1) % 3] AS region,
           2020 + ((g - 1) / 3) % 21 AS year) AS k"

Q_GPUMKT="SELECT sum(gpumkt_forecast(k.region, k.year, :'market')) AS total
FROM $KEYS"

# The same forecasts in plain SQL (float8 arithmetic, numeric result per row).
Q_SQL="SELECT sum(v.value) AS total
FROM $KEYS
-- whose figures: the region's own, or (step 4) those of the region it has a
-- share of, when it has no anchor that year and nothing to grow one from
CROSS JOIN LATERAL (
    SELECT coalesce(sh.of_region, k.region) AS region, sh.share
    FROM (SELECT) AS one
    LEFT JOIN LATERAL (
        SELECT s.of_region, s.share
        FROM gpumkt_region_shares s
        WHERE s.market = :'market' AND s.region = k.region
          AND NOT EXISTS (SELECT FROM gpumkt_anchors a
                          WHERE a.market = s.market AND a.region = s.region AND a.year = k.year)
          AND NOT EXISTS (SELECT FROM gpumkt_rates r
                          WHERE r.market = s.market AND r.region = s.region)
          AND (SELECT count(*) FROM gpumkt_anchors a
               WHERE a.market = s.market AND a.region = s.region) < 2
        ORDER BY s.year <= k.year DESC, abs(s.year - k.year)   -- latest at or before, else earliest
        LIMIT 1) AS sh ON true) AS src
-- the nearest anchors at or before, and at or after, the year
LEFT JOIN LATERAL (
    SELECT a.year, a.value FROM gpumkt_anchors a
    WHERE a.market = :'market' AND a.region = src.region AND a.year <= k.year
    ORDER BY a.year DESC LIMIT 1) AS lo ON true
LEFT JOIN LATERAL (
    SELECT a.year, a.value FROM gpumkt_anchors a
    WHERE a.market = :'market' AND a.region = src.region AND a.year >= k.year
    ORDER BY a.year LIMIT 1) AS hi ON true
-- the rate whose period is nearest the year (ties: the later period; no period: last)
LEFT JOIN LATERAL (
    SELECT r.rate FROM gpumkt_rates r
    WHERE r.market = :'market' AND r.region = src.region
    ORDER BY greatest(r.from_year - k.year, k.year - r.to_year, 0) NULLS LAST, r.to_year DESC
    LIMIT 1) AS rt ON true
CROSS JOIN LATERAL (
    SELECT CASE
        WHEN lo.year = k.year THEN lo.value                         -- 1. the anchor
        WHEN lo.year IS NOT NULL AND hi.year IS NOT NULL            -- 2. between two anchors
            THEN (lo.value::float8 * (hi.value::float8 / lo.value::float8)
                  ^ ((k.year - lo.year)::float8 / (hi.year - lo.year)))::numeric
        ELSE (coalesce(lo.value, hi.value)::float8                  -- 3. grown from the nearest
              * (1 + rt.rate::float8) ^ (k.year - coalesce(lo.year, hi.year)))::numeric
        END AS own) AS o
CROSS JOIN LATERAL (
    SELECT CASE WHEN src.share IS NULL THEN o.own                   -- 4. share of the parent
                ELSE (src.share::float8 * o.own::float8)::numeric END AS value) AS v"

# One timed run: $1 = label, $2 = round (0 = warm-up), $3 = query.
timed() {
    cat <<EOF
SELECT clock_timestamp() AS t0 \\gset
$3 \\gset
INSERT INTO bench_runs VALUES ('$1', $2, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), :'total')
RETURNING format('  %-9s %-16s %7s s', CASE WHEN round = 0 THEN 'warm-up' ELSE 'round ' || round END,
                 CASE query WHEN 'gpumkt' THEN 'gpumkt_forecast' ELSE 'SQL join' END, to_char(secs, 'FM990.000'));
EOF
}

script() {
    cat <<EOF
\\set n $N
\\set market $MARKET
\\pset format unaligned
\\pset tuples_only on
SET max_parallel_workers_per_gather = 0;
SET jit = $JIT;
SELECT format('%s calls per query, %s rounds after a warm-up; %s; max_parallel_workers_per_gather = %s, jit = %s, work_mem = %s',
              :n, $ROUNDS, split_part(version(), ' on ', 1),
              current_setting('max_parallel_workers_per_gather'), current_setting('jit'), current_setting('work_mem'));
EOF
    for r in $(seq 0 "$ROUNDS"); do
        timed gpumkt "$r" "$Q_GPUMKT"
        timed sql "$r" "$Q_SQL"
    done
}

script | "${PSQL[@]}" || die "the benchmark queries failed"

# medians of the timed rounds, and the check that both give the same sum
IFS='|' read -r ok g_med s_med ratio g_total s_total reldiff < <(
    "${PSQL[@]}" -At -F '|' <<'EOF'
WITH med AS (
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'gpumkt') AS g,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) FILTER (WHERE query = 'sql') AS s
    FROM bench_runs WHERE round > 0),
tot AS (   -- every run, warm-ups included, must give the same sum
    SELECT min(total) FILTER (WHERE query = 'gpumkt') AS g_min, max(total) FILTER (WHERE query = 'gpumkt') AS g_max,
           min(total) FILTER (WHERE query = 'sql') AS s_min, max(total) FILTER (WHERE query = 'sql') AS s_max
    FROM bench_runs),
diff AS (
    SELECT greatest(abs(g_max - s_min), abs(g_min - s_max)) / nullif(abs(s_min), 0) AS rel FROM tot)
SELECT coalesce(diff.rel <= 1e-9, false), to_char(med.g, 'FM990.000'), to_char(med.s, 'FM990.000'),
       to_char(med.g / nullif(med.s, 0), 'FM990.00'), tot.g_min, tot.s_min, trim(to_char(diff.rel, '9.9EEEE'))
FROM med, tot, diff;
EOF
) || die "could not read the results"

[ -n "${ok:-}" ] || die "no results"
if [ "$ok" != t ]; then
    die "the sums disagree: gpumkt_forecast gives $g_total, the SQL join $s_total (relative difference ${reldiff:-undefined}, limit 1e-9)"
fi
echo "  check: both sums are $g_total / $s_total (relative difference $reldiff <= 1e-9)"
echo "gpumkt_forecast: $N calls, median $g_med s; SQL join: median $s_med s; ratio gpumkt/SQL = $ratio (lower is better)"
