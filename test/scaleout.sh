#!/usr/bin/env bash
# Scale-out across three PostgreSQL 15 clusters on this machine: two shards
# hold a table of (region, year, value) rows partitioned by region; the
# coordinator sees them as foreign-table partitions through postgres_fdw with
# extensions 'gpumkt'.  Checks that gpumkt_cagr, gpumkt_fit_rate and
# gpumkt_growth grouped by region run on the shards (the plans are printed),
# that summaries merged with gpumkt_rollup give the whole-table answer, that
# every result equals a single-node run over the same rows to 1e-12, and that
# with a shard stopped a query that needs it fails with a connection error
# while a query pruned to the other shard answers.  The clusters run as the
# postgres user and are removed on exit, whatever happens.
# Run: bash test/scaleout.sh   (after test/setup.sh)
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
dir=$(mktemp -d)
chown postgres "$dir"
started=()
cleanup() {
    for d in "${started[@]}"; do
        runuser -u postgres -- "$bin/pg_ctl" -D "$d" -m immediate stop >/dev/null 2>&1 || true
    done
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

free_port() {
    local p=$1
    while (echo > "/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}
# start NAME PORT: a new cluster listening on 127.0.0.1:PORT
start() {
    local d=$dir/$1
    runuser -u postgres -- "$bin/initdb" -D "$d" -A trust -U postgres >/dev/null
    cat >> "$d/postgresql.conf" <<CONF
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 30
CONF
    runuser -u postgres -- "$bin/pg_ctl" -D "$d" -l "$dir/$1.log" -w start >/dev/null
    started+=("$d")
}
p1=$(free_port 55431); start shard1 "$p1"
p2=$(free_port $((p1 + 1))); start shard2 "$p2"
p0=$(free_port $((p2 + 1))); start coord "$p0"
echo "scaleout: coordinator on port $p0, shards on $p1 and $p2"
sql() { local port=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }

# the same deterministic rows everywhere: 6 regions x 2015..2035 x 20 rows
rows="SELECT r AS region, y AS year,
             (10 + length(r)) * (1.05 + length(r) / 100.0) ^ (y - 2015) * (1 + 0.01 * sin(k * y)) AS value
      FROM unnest(ARRAY['global', 'north_america', 'europe', 'asia_pacific', 'latin_america', 'mea']) r,
           generate_series(2015, 2035) y, generate_series(1, 20) k"
shard1_regions="'global', 'north_america', 'europe'"
shard2_regions="'asia_pacific', 'latin_america', 'mea'"
for port in "$p1" "$p2"; do
    if [ "$port" = "$p1" ]; then mine=$shard1_regions; else mine=$shard2_regions; fi
    sql "$port" <<SQL
CREATE EXTENSION gpumkt;
CREATE TABLE measures (region text NOT NULL, year int NOT NULL, value float8 NOT NULL);
INSERT INTO measures SELECT * FROM ($rows) r WHERE region IN ($mine);
ANALYZE measures;
SQL
done
sql "$p0" <<SQL
CREATE EXTENSION gpumkt;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '$p1', dbname 'postgres', extensions 'gpumkt', use_remote_estimate 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '$p2', dbname 'postgres', extensions 'gpumkt', use_remote_estimate 'true');
CREATE USER MAPPING FOR postgres SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR postgres SERVER shard2 OPTIONS (user 'postgres');
CREATE TABLE measures (region text NOT NULL, year int NOT NULL, value float8 NOT NULL) PARTITION BY LIST (region);
CREATE FOREIGN TABLE measures_1 PARTITION OF measures FOR VALUES IN ($shard1_regions)
    SERVER shard1 OPTIONS (table_name 'measures');
CREATE FOREIGN TABLE measures_2 PARTITION OF measures FOR VALUES IN ($shard2_regions)
    SERVER shard2 OPTIONS (table_name 'measures');
-- the single-node reference: the same rows in one local table
CREATE TABLE local_measures AS $rows;
ANALYZE local_measures;
SQL

echo
echo "== grouped by the partition key, the aggregates run on the shards"
plan=$(sql "$p0" <<'SQL'
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT region, gpumkt_cagr(year, value), gpumkt_fit_rate(year, value), gpumkt_growth(year, value)
FROM measures GROUP BY region;
SQL
)
echo "$plan"
pushed=$(grep -c 'Relations: Aggregate on' <<< "$plan" || true)
remote=$(grep -c 'Remote SQL: SELECT region, public.gpumkt_cagr(year, value), public.gpumkt_fit_rate(year, value), public.gpumkt_growth(year, value)' <<< "$plan" || true)
if [ "$pushed" -ne 2 ] || [ "$remote" -ne 2 ]; then
    echo "scaleout: FAILED: the aggregates are not pushed down to both shards"
    exit 1
fi

echo
echo "== not grouped by the key: per-region summaries from the shards, merged on the coordinator"
sql "$p0" <<'SQL'
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT gpumkt_cagr(gpumkt_rollup(s)), gpumkt_fit_rate(gpumkt_rollup(s))
FROM (SELECT region, gpumkt_growth(year, value) AS s FROM measures GROUP BY region) x;
SQL

echo
echo "== distributed against single-node: largest relative difference per measure"
compare=$(sql "$p0" -At -F ' ' <<'SQL'
SET enable_partitionwise_aggregate = on;
CREATE TEMP TABLE dist AS
SELECT region, gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, value) AS fit,
       gpumkt_growth(year, value) AS g
FROM measures GROUP BY region;
CREATE TEMP TABLE single AS
SELECT region, gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, value) AS fit,
       gpumkt_growth(year, value) AS g
FROM local_measures GROUP BY region;
CREATE FUNCTION pg_temp.rel(a float8, b float8) RETURNS float8 LANGUAGE sql
    AS 'SELECT CASE WHEN a = b THEN 0 ELSE abs(a - b) / greatest(abs(a), abs(b)) END';
SELECT m, coalesce(max(d), 1), count(d) FROM (
    SELECT 'cagr_by_region' AS m, pg_temp.rel(d.cagr, s.cagr) AS d FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'fit_rate_by_region', pg_temp.rel(d.fit, s.fit) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_cagr', pg_temp.rel(gpumkt_cagr(d.g), gpumkt_cagr(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_fit_rate', pg_temp.rel(gpumkt_fit_rate(d.g), gpumkt_fit_rate(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_r2', pg_temp.rel(gpumkt_r2(d.g), gpumkt_r2(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_count', pg_temp.rel(gpumkt_count(d.g), gpumkt_count(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'rollup_cagr', pg_temp.rel(
        (SELECT gpumkt_cagr(gpumkt_rollup(g)) FROM dist), (SELECT gpumkt_cagr(year, value) FROM local_measures))
    UNION ALL SELECT 'rollup_fit_rate', pg_temp.rel(
        (SELECT gpumkt_fit_rate(gpumkt_rollup(g)) FROM dist), (SELECT gpumkt_fit_rate(year, value) FROM local_measures))
    UNION ALL SELECT 'rollup_count', pg_temp.rel(
        (SELECT gpumkt_count(gpumkt_rollup(g)) FROM dist), (SELECT count(*) FROM local_measures))
) x GROUP BY m ORDER BY m;
SQL
)
echo "$compare" | awk '{ printf "  %-20s %-12s (%s values)\n", $1, $2, $3 }'
bad=$(awk '$2 > 1e-12 || $3 == 0 { n++ } END { print n + 0 }' <<< "$compare")
measures=$(wc -l <<< "$compare")
if [ "$bad" -ne 0 ] || [ "$measures" -ne 9 ]; then
    echo "scaleout: FAILED: $bad measures differ from the single-node run by more than 1e-12"
    exit 1
fi

echo
echo "== faults"
faults=0
whole="SELECT gpumkt_cagr(year, value), count(*) FROM measures"
pruned="SELECT gpumkt_cagr(year, value) FROM measures WHERE region IN ($shard1_regions)"
expect_pruned=$(sql "$p0" -At -c "SELECT gpumkt_cagr(year, value) FROM local_measures WHERE region IN ($shard1_regions)")
expect_whole=$(sql "$p0" -At -c "SELECT gpumkt_cagr(year, value), count(*) FROM local_measures")
# same GOT EXPECTED: equal fields, numbers within 1e-12 relative (the rows
# reach the coordinator in another order, and float addition depends on it)
same() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        n = split(a, x, "|"); m = split(b, y, "|");
        if (n != m || n == 0) exit 1;
        for (i = 1; i <= n; i++) {
            d = x[i] - y[i]; if (d < 0) d = -d;
            s = (x[i] < 0 ? -x[i] : x[i]); t = (y[i] < 0 ? -y[i] : y[i]); if (t > s) s = t;
            if (d > 1e-12 * s) exit 1;
        }
    }'
}
check_answers() {
    local got
    got=$(sql "$p0" -At -c "$whole")
    same "$got" "$expect_whole" || { echo "scaleout: FAILED: whole-table answer $got, expected $expect_whole"; exit 1; }
    got=$(sql "$p0" -At -c "$pruned")
    same "$got" "$expect_pruned" || { echo "scaleout: FAILED: pruned answer $got, expected $expect_pruned"; exit 1; }
}
check_answers
for mode in fast immediate; do
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/shard2" -m "$mode" stop >/dev/null
    faults=$((faults + 1))
    echo "shard2 stopped ($mode)"
    if out=$(sql "$p0" -At -c "$whole" 2>&1); then
        echo "scaleout: FAILED: a query that needs the stopped shard answered: $out"
        exit 1
    fi
    echo "  whole table: $(grep -m1 -E 'ERROR' <<< "$out")"
    grep -qE 'could not connect|connection to server' <<< "$out" || {
        echo "scaleout: FAILED: not a connection error: $out"; exit 1; }
    got=$(sql "$p0" -At -c "$pruned")
    same "$got" "$expect_pruned" || { echo "scaleout: FAILED: pruned query gave $got"; exit 1; }
    echo "  pruned to shard1: $got (as on a single node)"
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/shard2" -l "$dir/shard2.log" -w start >/dev/null
    check_answers
    echo "  shard2 restarted: every query answers as before"
done
# the other shard killed, as by a power cut
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/shard1" -m immediate stop >/dev/null
faults=$((faults + 1))
if out=$(sql "$p0" -At -c "$pruned" 2>&1); then
    echo "scaleout: FAILED: a query on the killed shard answered: $out"; exit 1
fi
echo "shard1 killed: $(grep -m1 ERROR <<< "$out")"
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/shard1" -l "$dir/shard1.log" -w start >/dev/null
check_answers
echo "  shard1 restarted: every query answers as before"

echo "scaleout: ok (2 shards, $measures measures within 1e-12 of one node, gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth pushed down to both shards, $faults faults injected, no partial answer)"
