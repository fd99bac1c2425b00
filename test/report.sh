#!/usr/bin/env bash
# The main job, from nothing: installs what is missing, builds and installs
# gpumkt, starts a throwaway PostgreSQL 15 cluster, creates the extension and
# prints the forecast report (every region and segment, 2025-2035).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    bash test/setup.sh
    exec pg_virtualenv -t -v 15 bash "$0"
fi
psql -qX -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS gpumkt'
psql -qX -v ON_ERROR_STOP=1 -f test/report.sql
