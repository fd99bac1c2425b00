#!/usr/bin/env bash
# pg_dump / pg_restore of a database with gpumkt and users' own rows: every
# user row comes back once, every shipped row once (from CREATE EXTENSION),
# and the forecasts are the same.  Twice: as a superuser, and as a database
# owner who is not one (the trusted extension, dumped and restored with
# --role).  Then the rights: a database whose owner is not a superuser, who
# created the extension and granted writes to an application role, dumped
# and restored by a superuser, gives the owner and the application role the
# same rights as before (issue 8, item 7).  Runs in a throwaway cluster of its own unless one is given
# (PGHOST/PGPORT set).  Prints "ok" or what differs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    exec pg_virtualenv -t -v 15 bash "$0"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 777 "$work"

psql -qX -v ON_ERROR_STOP=1 -c 'CREATE ROLE gpumkt_dump_owner NOLOGIN' -c 'CREATE ROLE gpumkt_dump_app NOLOGIN'

# fill DB AS_ROLE: the extension and a user's rows in every table
fill() {
    psql -qX -v ON_ERROR_STOP=1 -d "$1" <<SQL
SET ROLE $2;
CREATE EXTENSION gpumkt;
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('emea', 'EMEA', 'global', 'group');
INSERT INTO gpumkt_markets (market, name, source_title) VALUES ('edge_ai', 'Edge AI accelerators', 'my notes');
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('edge_ai', 'global', 2020, 10, 'p. 1'), ('edge_ai', 'global', 2030, 20, 'p. 2');
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, source_quote) VALUES
    ('edge_ai', 'global', 2030, 2040, 0.1, 'p. 3');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('edge_ai', 'emea', 2020, 0.3, 'global', 'p. 4'), ('edge_ai', 'germany', 2020, 0.2, 'emea', 'p. 5');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('edge_ai', 'form', 'Form factor');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share, source_quote) VALUES
    ('edge_ai', 'form', 'module', 'Module', 2020, 0.6, 'p. 6');
INSERT INTO gpumkt_players (market, player, name, hq_region) VALUES ('edge_ai', 'acme', 'Acme', 'germany');
INSERT INTO gpumkt_developments (market, development, month, player, summary) VALUES
    ('edge_ai', 'acme_launch', '2024-03-01', 'acme', 'Acme launched a module.');
INSERT INTO gpumkt_figures (market, figure, label, value, source_quote) VALUES ('edge_ai', 'units', 'Units shipped', 5, 'p. 7');
-- a user anchor in the shipped market too
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('ai_training_gpu_clusters', 'europe', 2025, 4.0, 'my estimate');
SQL
}

snapshot() {
    psql -AtX -d "$1" <<'SQL'
SELECT 'rows', t, shipped, count(*) FROM (
    SELECT 'regions' t, shipped FROM gpumkt_regions UNION ALL
    SELECT 'markets', shipped FROM gpumkt_markets UNION ALL
    SELECT 'anchors', shipped FROM gpumkt_anchors UNION ALL
    SELECT 'rates', shipped FROM gpumkt_rates UNION ALL
    SELECT 'region_shares', shipped FROM gpumkt_region_shares UNION ALL
    SELECT 'dimensions', shipped FROM gpumkt_dimensions UNION ALL
    SELECT 'segments', shipped FROM gpumkt_segments UNION ALL
    SELECT 'players', shipped FROM gpumkt_players UNION ALL
    SELECT 'developments', shipped FROM gpumkt_developments UNION ALL
    SELECT 'figures', shipped FROM gpumkt_figures) x
GROUP BY t, shipped ORDER BY t, shipped;
SELECT 'forecast', m, r, y, gpumkt_try_forecast(r, y, m)
FROM unnest(ARRAY['edge_ai', 'ai_training_gpu_clusters']) m,
     unnest(ARRAY['global', 'emea', 'germany', 'europe', 'north_america']) r,
     generate_series(2018, 2042, 4) y
ORDER BY 2, 3, 4;
SELECT 'segment', gpumkt_forecast('germany', 2025, 'form', 'module', market => 'edge_ai');
SQL
}

# dump DB AS_ROLE, restore it into a new database as that role, compare
round_trip() {
    local db=$1 role=$2
    createdb -O "$role" "${db}_src"
    fill "${db}_src" "$role"
    snapshot "${db}_src" > "$work/$db.before.txt"
    pg_dump --role="$role" -Fc -d "${db}_src" -f "$work/$db.pgc"
    createdb -O "$role" "${db}_dst"
    pg_restore --role="$role" --exit-on-error -d "${db}_dst" "$work/$db.pgc"
    snapshot "${db}_dst" > "$work/$db.after.txt"
    if ! diff -u "$work/$db.before.txt" "$work/$db.after.txt"; then
        echo "dump_restore: the restored database $db differs"
        exit 1
    fi
}
round_trip gpumkt_dump "$(psql -AtX -c 'SELECT current_user')"
round_trip gpumkt_dump_owner gpumkt_dump_owner

# the rights of the owner and the application role on every table
rights() {
    psql -AtX -d "$1" <<'SQL'
SELECT 'right', r, t, p, has_table_privilege(r, t, p)
FROM unnest(ARRAY['gpumkt_dump_owner', 'gpumkt_dump_app']) r,
     unnest(ARRAY['gpumkt_regions', 'gpumkt_markets', 'gpumkt_anchors', 'gpumkt_rates',
                  'gpumkt_region_shares', 'gpumkt_dimensions', 'gpumkt_segments',
                  'gpumkt_players', 'gpumkt_developments', 'gpumkt_figures']) t,
     unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'INSERT WITH GRANT OPTION']) p
ORDER BY 2, 3, 4;
SQL
}
createdb -O gpumkt_dump_owner gpumkt_rights_src
fill gpumkt_rights_src gpumkt_dump_owner
psql -qX -v ON_ERROR_STOP=1 -d gpumkt_rights_src -c 'SET ROLE gpumkt_dump_owner' \
    -c 'GRANT INSERT, UPDATE, DELETE ON gpumkt_anchors, gpumkt_markets TO gpumkt_dump_app'
rights gpumkt_rights_src > "$work/rights.before.txt"
grep -q '^right|gpumkt_dump_app|gpumkt_anchors|INSERT|t$' "$work/rights.before.txt" || {
    echo "dump_restore: the application role did not get its grant"; exit 1; }
pg_dump -Fc -d gpumkt_rights_src -f "$work/rights.pgc"
createdb -O gpumkt_dump_owner gpumkt_rights_dst
pg_restore --exit-on-error -d gpumkt_rights_dst "$work/rights.pgc"
rights gpumkt_rights_dst > "$work/rights.after.txt"
if ! diff -u "$work/rights.before.txt" "$work/rights.after.txt"; then
    echo "dump_restore: after a restore by a superuser the owner's and the application's rights differ"
    exit 1
fi
# and they work: both write a row of their own
psql -qX -v ON_ERROR_STOP=1 -d gpumkt_rights_dst -c 'SET ROLE gpumkt_dump_app' \
    -c "INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('edge_ai', 'global', 2040, 30)" \
    -c 'SET ROLE gpumkt_dump_owner' \
    -c "INSERT INTO gpumkt_figures (market, figure, label, value) VALUES ('edge_ai', 'units2', 'More units', 6)"
users=$(grep -c '^rows|.*|f|' "$work/gpumkt_dump.before.txt")
echo "dump_restore: ok ($users tables with user rows, $(grep -c '^forecast' "$work/gpumkt_dump.before.txt") forecasts compared, as a superuser and as a database owner; $(grep -c '|t$' "$work/rights.before.txt") rights of the owner and an application role kept through a superuser's restore)"
