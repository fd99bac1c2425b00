#!/usr/bin/env bash
# SQLsmith against gpumkt: a throwaway cluster (started as the postgres user,
# removed on exit, whatever happens) with the extension, a user's table and
# a table of gpumkt_growth summaries; SQLsmith's random queries run as an
# unprivileged role with a 1 s statement_timeout.  Fails if the server ever
# crashed ("terminated by signal", PANIC, an assertion), or if a gpumkt
# function raised an internal error (XX000).  Prints the errors by SQLSTATE.
# Run: bash test/sqlsmith.sh     SQLSMITH_QUERIES=20000 SQLSMITH_SEED=7 bash test/sqlsmith.sh
set -euo pipefail
queries=${SQLSMITH_QUERIES:-2000}
seed=${SQLSMITH_SEED:-42}
bin=/usr/lib/postgresql/15/bin
command -v sqlsmith >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlsmith >/dev/null; }

dir=$(mktemp -d)
chown postgres "$dir"
cleanup() {
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
port=55400
while (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null || [ -e /var/run/postgresql/.s.PGSQL.$port ]; do
    port=$((port + 1))
done
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
cat >> "$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir'
log_line_prefix = '%m [%p] %e '
log_min_error_statement = error
max_connections = 20
CONF
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres)
"${psql[@]}" -c 'CREATE DATABASE smith'
"${psql[@]}" -d smith <<'SQL'
CREATE EXTENSION gpumkt;
CREATE ROLE smith LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER ROLE smith SET statement_timeout = '1s';
CREATE TABLE revenue (region text, year int, value float8, day date);
INSERT INTO revenue
SELECT r, y, 10 * 1.1 ^ (y - 2015) * (1 + length(r)), make_date(y, 1 + length(r) % 12, 1)
FROM unnest(ARRAY['global', 'north_america', 'europe', 'united_states', 'Amérique du Nord', 'nowhere']) r,
     generate_series(2015, 2035) y;
CREATE TABLE summaries AS SELECT region, gpumkt_growth(year, value) AS g FROM revenue GROUP BY region;
GRANT SELECT, INSERT, UPDATE, DELETE ON revenue, summaries TO smith;
GRANT INSERT, UPDATE, DELETE ON gpumkt_markets, gpumkt_anchors, gpumkt_region_shares TO smith;
SQL

start=$(date +%s)
set +e
sqlsmith --target="host=$dir port=$port dbname=smith user=smith" --exclude-catalog \
    --max-queries="$queries" --seed="$seed" --dump-all-queries > "$dir/queries.sql" 2> "$dir/sqlsmith.err"
rc=$?
set -e
took=$(( $(date +%s) - start ))
ran=$(awk 'BEGIN { RS = ";\n" } NF { n++ } END { print n + 0 }' "$dir/queries.sql")
touching=$(awk 'BEGIN { RS = ";\n" } /gpumkt_/ { n++ } END { print n + 0 }' "$dir/queries.sql")

crashes=$(grep -cE 'terminated by signal|PANIC|TRAP:|was terminated' "$dir/server.log" || true)
internal=$(grep -E ' XX000 ERROR' "$dir/server.log" || true)
echo "sqlsmith errors by SQLSTATE (server log):"
sed -n 's/^[0-9-]* [0-9:.]* UTC \[[0-9]*\] \([0-9A-Z]\{5\}\) ERROR: .*/\1/p' "$dir/server.log" |
    sort | uniq -c | sort -rn | head -15
errors=$(grep -cE ' [0-9A-Z]{5} ERROR: ' "$dir/server.log" || true)
if [ -n "$internal" ]; then
    echo "internal errors (XX000), by message:"
    printf '%s\n' "$internal" | sed 's/.* XX000 ERROR: *//' | sort | uniq -c | head -10
fi
if [ "$crashes" -ne 0 ]; then
    echo "sqlsmith: the server crashed:"
    grep -E -A3 'terminated by signal|PANIC|TRAP:|was terminated' "$dir/server.log" | head -40
fi
gpumkt_internal=$(printf '%s\n' "$internal" | grep -A1 'XX000' | grep -c 'gpumkt' || true)
if [ "$gpumkt_internal" -ne 0 ]; then
    echo "sqlsmith: internal errors (XX000) in statements that use gpumkt:"
    grep -A1 ' XX000 ERROR' "$dir/server.log" | grep -B1 gpumkt | head -40
fi
if [ "$crashes" -ne 0 ] || [ "$gpumkt_internal" -ne 0 ] || [ "$ran" -eq 0 ]; then
    echo "sqlsmith: FAILED ($ran queries, $errors errors, $crashes crashes, $gpumkt_internal gpumkt XX000; sqlsmith exit $rc)"
    tail -5 "$dir/sqlsmith.err"
    exit 1
fi
echo "sqlsmith: ok ($ran queries in $took s, $touching naming gpumkt_, $errors errors, 0 crashes, seed $seed)"
