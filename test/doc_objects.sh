#!/usr/bin/env bash
# `\dx+ gpumkt` and docs/reference.md agree on every object: installs this
# tree's build (holding $GPUMKT_LOCK, as bench/lib.sh does), creates the
# extension in a throwaway cluster, takes every member object from `\dx+
# gpumkt` (functions, aggregates, types, tables, and any other kind added
# later) and checks that the name of each appears in docs/reference.md:
# literally (a word), or matched by a pattern the reference writes in
# backquotes, such as `gpumkt_*_trans`.  Names, not signatures: the
# reference documents overloads together.  The list comes from the
# database, so objects added by any concern file are checked as they land.
# The other way round, it reports (without failing) backquoted gpumkt_ names
# in the reference that are no object and no constraint, index or trigger of
# its tables, for a person to look at: a name since removed, or a word that
# is not an object.
# Ends with "doc_objects: ..." and exits 0, or lists what is missing and
# exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
PGC=/usr/lib/postgresql/15/bin/pg_config
doc=${GPUMKT_REFERENCE:-docs/reference.md}   # another file, to test the check
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the names of the tables' parts (constraints, indexes, triggers): the
# reference may name them, and they are not members of the extension
parts="SELECT name FROM (SELECT conname AS name, conrelid AS rel FROM pg_constraint
    UNION ALL SELECT relname, indrelid FROM pg_index JOIN pg_class ON oid = indexrelid
    UNION ALL SELECT tgname, tgrelid FROM pg_trigger) AS p
    WHERE rel IN (SELECT objid FROM pg_depend WHERE classid = 'pg_class'::regclass
        AND refclassid = 'pg_extension'::regclass AND deptype = 'e'
        AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'gpumkt'))"

make -s PG_CONFIG=$PGC > /dev/null
(
    flock 9
    make -s PG_CONFIG=$PGC install > /dev/null
    pg_virtualenv -t -v 15 psql -XAtq -v ON_ERROR_STOP=1 \
        -c 'CREATE EXTENSION gpumkt' -c "\\o $tmp/dx" -c '\dx+ gpumkt' \
        -c "\\o $tmp/parts" -c "$parts" > "$tmp/err" 2>&1 \
        || { cat "$tmp/err"; exit 1; }
) 9> "${GPUMKT_LOCK:-/tmp/gpumkt-install.lock}" || { echo "doc_objects: FAILED: could not create the extension and list it"; exit 1; }

# a cast names its types, one of them the extension's: "cast from text to
# gpumkt_scenario" is checked as "cast gpumkt_scenario"
sed -i -E 's/^cast from (gpumkt_[A-Za-z0-9_]+) to .*$/cast \1/; s/^cast from .* to (gpumkt_[A-Za-z0-9_]+)$/cast \1/' "$tmp/dx"

# "function gpumkt_bar(double precision,...)", "table gpumkt_anchors", "type
# gpumkt_growth": the kind, then the name (maybe schema-qualified), then the
# arguments of a routine
sed -nE 's/^([a-z][a-z ]*[a-z]) ("?[A-Za-z0-9_]+"?\.)?"?([A-Za-z_][A-Za-z0-9_$]*)"?([(].*)?$/\1\t\3/p' "$tmp/dx" \
    | sort -u > "$tmp/objects"
members=$(wc -l < "$tmp/dx")
[ "$members" -gt 0 ] || { echo "doc_objects: FAILED: \\dx+ gpumkt listed nothing"; exit 1; }
parsed=$(cut -f1 "$tmp/objects" | wc -l)
# every line of \dx+ must have been understood, or an object would go unchecked
if [ "$(sed -nE 's/^([a-z][a-z ]*[a-z]) ("?[A-Za-z0-9_]+"?\.)?"?([A-Za-z_][A-Za-z0-9_$]*)"?([(].*)?$/x/p' "$tmp/dx" | wc -l)" -ne "$members" ]; then
    echo "doc_objects: FAILED: lines of \\dx+ gpumkt not understood:"
    grep -vE '^([a-z][a-z ]*[a-z]) ("?[A-Za-z0-9_]+"?\.)?"?([A-Za-z_][A-Za-z0-9_$]*)"?([(].*)?$' "$tmp/dx"
    exit 1
fi

# the patterns the reference writes in backquotes: `gpumkt_*_trans`
mapfile -t globs < <(grep -oE '`gpumkt_[A-Za-z0-9_*]*\*[A-Za-z0-9_*]*`' "$doc" | tr -d '`' | sort -u)

missing=()
names=0
while IFS=$'\t' read -r kind name; do
    names=$((names + 1))
    grep -qwF "$name" "$doc" && continue
    found=
    for g in "${globs[@]}"; do
        # shellcheck disable=SC2053
        if [[ $name == $g ]]; then found=1; break; fi
    done
    [ -n "$found" ] || missing+=("$kind $name")
done < "$tmp/objects"

# the other way: backquoted gpumkt_ names of the reference that are no object
cut -f2 "$tmp/objects" | cat - "$tmp/parts" | sort -u > "$tmp/names"
grep -oE '`gpumkt_[A-Za-z0-9_]+' "$doc" | tr -d '`' | sort -u > "$tmp/docnames"
mapfile -t stray < <(comm -13 "$tmp/names" "$tmp/docnames")
if [ ${#stray[@]} -gt 0 ]; then
    echo "doc_objects: note: named in $doc but no object of the extension nor a part of its tables: ${stray[*]}"
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "doc_objects: FAILED: ${#missing[@]} of $names objects of \\dx+ gpumkt are not in $doc:"
    printf '  %s\n' "${missing[@]}"
    exit 1
fi
echo "doc_objects: all $names objects of \\dx+ gpumkt ($members members, overloads together) are named in $doc"
