#!/usr/bin/env bash
# The main job, from nothing.  It INSTALLS gpumkt INTO THE SYSTEM'S
# PostgreSQL 15 (and, as root, the Debian packages the build needs:
# postgresql-15, postgresql-server-dev-15, postgresql-common, make, gcc),
# then starts a throwaway PostgreSQL 15 cluster (pg_virtualenv, removed
# afterwards), creates the extension and prints the forecast report (every
# region and segment, 2025-2035, with a sparkline per region and a bar per
# segment share).  It also writes report.html, one self-contained page
# (inline SVG charts and CSS, no script, no network) with the region table,
# the forecast charts, the segment mixes, the audit and the provenance of
# every figure, of the shipped market or of the market given:
#   bash test/report.sh [market]     REPORT_HTML=/path/report.html bash test/report.sh
# (by default test/results/report.html; its path is printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    echo "report: installs gpumkt into the system's PostgreSQL 15 (with what the build needs) and starts a throwaway cluster"
    bash test/setup.sh
    exec pg_virtualenv -t -v 15 bash "$0" "$@"
fi
psql -qX -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS gpumkt'
psql -qX -v ON_ERROR_STOP=1 -f test/report.sql
html=${REPORT_HTML:-$PWD/test/results/report.html}
mkdir -p "$(dirname "$html")"
psql -qX -v ON_ERROR_STOP=1 -v market="${1:-ai_training_gpu_clusters}" -f test/report_html.sql -o "$html"
echo
echo "report.html: $html"
