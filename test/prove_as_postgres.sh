#!/usr/bin/env bash
# Runs the TAP tests given (test/t/*.pl) as the postgres user, for a caller
# who is root (initdb and the server refuse to run as root, and the user
# running prove is the one whose clusters PostgreSQL::Test::Cluster starts).
# The tests are copied into a directory of their own that postgres owns, so
# that the clone may sit where postgres cannot read; prove runs there; the
# servers' logs (tmp_check/) are copied back beside the repository's files.
# Called by make installcheck and make prove-installcheck (the Makefile sets
# PROVE, PG_PROVE_FLAGS, PROVE_FLAGS, PG_REGRESS and PG_BINDIR).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 test/t/NNN_name.pl ..." >&2; exit 2; }
user=${GPUMKT_TAP_USER:-postgres}
dir=$(mktemp -d /tmp/gpumkt_tap.XXXXXX)
trap 'rm -rf "$dir"' EXIT
cp --parents -- "$@" "$dir"
chown -R "$user" "$dir"
rc=0
# shellcheck disable=SC2086  # the flags are lists of words
(cd "$dir" && runuser -u "$user" -- env TESTDIR="$dir" PATH="$PG_BINDIR:$PATH" \
    PG_REGRESS="$PG_REGRESS" $PROVE $PG_PROVE_FLAGS $PROVE_FLAGS "$@") || rc=$?
rm -rf tmp_check
[ -d "$dir/tmp_check" ] && cp -r "$dir/tmp_check" tmp_check
exit $rc
