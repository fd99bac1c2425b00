#!/usr/bin/env bash
# Benchmark of gpumkt_load_report: one report of 10,000 regions (100 regions
# under global, 99 countries in each... up to N in all), each with an anchor
# and a share of its parent, loaded in one call, then exported.  The figures
# are INVENTED (generate_series formulas), for timing only.
#
#   bash bench/load_report.sh          # from the repository's root
#   N=20000 ROUNDS=5 bash bench/load_report.sh
#
# It builds gpumkt, installs it (bench/lib.sh, holding its lock) and runs in
# a throwaway cluster (pg_virtualenv -t -v 15).  Prints the time of each
# round's load (a new market code each round; the regions are added by the
# first round and reused by the others) and of the export.
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "load_report: $*" >&2; exit 1; }
N=${N:-10000}
ROUNDS=${ROUNDS:-3}
. bench/lib.sh
bench_build_install load_report
sql=$(mktemp)
trap 'rm -f "$sql"' EXIT
cat > "$sql" <<SQL
CREATE EXTENSION gpumkt;
\timing off
-- the report: regions b_<i> (i < 100) under global, c_<i> under b_<i % 100>
CREATE TABLE doc AS SELECT jsonb_build_object(
  'format', 'gpumkt report, version 1',
  'markets', jsonb_build_array(jsonb_build_object('market', 'bench_0', 'name', 'INVENTED bench market')),
  'regions', (SELECT jsonb_agg(jsonb_build_object(
        'region', CASE WHEN i <= 100 THEN 'b_' || i ELSE 'c_' || i END,
        'name', 'Bench region ' || i,
        'parent', CASE WHEN i <= 100 THEN 'global' ELSE 'b_' || (i % 100 + 1) END,
        'kind', CASE WHEN i <= 100 THEN 'region' ELSE 'group' END))
      FROM generate_series(1, $N) i),
  'anchors', (SELECT jsonb_agg(jsonb_build_object(
        'region', CASE WHEN i <= 100 THEN 'b_' || i ELSE 'c_' || i END, 'year', 2025, 'value', (1 + i % 97) / 10.0))
      FROM generate_series(1, $N) i),
  'region_shares', (SELECT jsonb_agg(jsonb_build_object(
        'region', 'c_' || i, 'year', 2025, 'share', '0.1 %', 'of_region', 'b_' || (i % 100 + 1)))
      FROM generate_series(101, $N) i)) AS d;
SELECT pg_size_pretty(pg_column_size(d)::bigint) AS report_size,
       jsonb_array_length(d -> 'regions') AS regions FROM doc;
\timing on
SQL
for r in $(seq 1 "$ROUNDS"); do
    echo "SELECT sum(loaded) AS rows_loaded_round_$r FROM doc, gpumkt_load_report(jsonb_set(d, '{markets,0,market}', to_jsonb('bench_$r'::text)));" >> "$sql"
done
echo "SELECT pg_column_size(gpumkt_export_report('bench_1')) AS export_bytes;" >> "$sql"
chmod a+r "$sql"
pg_virtualenv -t -v 15 psql -X -q -v ON_ERROR_STOP=1 -f "$sql"
