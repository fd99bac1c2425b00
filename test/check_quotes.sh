#!/usr/bin/env bash
# Checks that every source_quote of the shipped rows stands word for word in
# the report (../shared/seed/*.txt) or in its fact sheet (FACTS.md).  Runs in
# a throwaway cluster of its own unless one is given (PGHOST/PGPORT set).
set -uo pipefail
cd "$(dirname "$0")/.."
seed=$(cd "${GPUMKT_SEED:-../shared/seed}" 2>/dev/null && pwd) || {
    echo "check_quotes: no report beside the repository, skipped"
    exit 0
}
if [ -z "${PGPORT:-}" ]; then
    exec pg_virtualenv -t -v 15 bash "$0"
fi
createdb gpumkt_quotes && psql -qX -d gpumkt_quotes -c 'CREATE EXTENSION gpumkt' || exit 1
missing=0 count=0
# a quote may join two passages with " ... "
while IFS= read -r part; do
    count=$((count + 1))
    if ! grep -qF -- "$part" "$seed"/*.txt "$seed"/FACTS.md; then
        echo "check_quotes: not in the report: $part"
        missing=$((missing + 1))
    fi
done < <(psql -AtX -d gpumkt_quotes -c "
    SELECT DISTINCT regexp_split_to_table(q, ' \.\.\. ') FROM (
        SELECT source_quote FROM gpumkt_anchors WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_rates WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_region_shares WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_segments WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_players WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_developments WHERE shipped UNION ALL
        SELECT source_quote FROM gpumkt_figures WHERE shipped UNION ALL
        SELECT name_fr FROM gpumkt_regions WHERE shipped AND kind <> 'world') s(q)
    WHERE q IS NOT NULL")
echo "check_quotes: $count passages, $missing not found"
[ "$count" -gt 0 ] && [ "$missing" -eq 0 ]
