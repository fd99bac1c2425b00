#!/usr/bin/env bash
# The PGXN distribution: META.json is valid against the PGXN Meta Spec
# (test/check_meta.py, offline), and the checker refuses a dozen broken
# variants of it; `make dist` builds gpumkt-<version>.zip from HEAD with every
# file under gpumkt-<version>/; unzipped into a temporary directory, the zip
# builds with `make` (which generates the install and update scripts) and
# `make install DESTDIR=...` installs the library, the control file and every
# script, into that directory (the system's PostgreSQL is not touched).
# Ends with "dist: ..." and exits 0, or says what failed and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    echo "dist: skipped: not a git work tree (make dist runs git archive)"; exit 0
fi
PGC=/usr/lib/postgresql/15/bin/pg_config
fail() { echo "dist: FAILED: $*"; exit 1; }

python3 test/check_meta.py META.json || fail "META.json is not valid"

# the checker must refuse what the spec refuses
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/meta/docs" && cp gpumkt.control "$tmp/meta/" && touch "$tmp/meta/docs/reference.md"
bad=0
while IFS= read -r mutation; do
    python3 -c "import json; m = json.load(open('META.json')); $mutation; json.dump(m, open('$tmp/meta/META.json', 'w'))"
    if python3 test/check_meta.py "$tmp/meta/META.json" > /dev/null; then
        echo "dist: the checker accepted a META.json with: $mutation"; bad=1
    fi
done <<'EOF'
del m["license"]
del m["provides"]
m["license"] = "PostgreSQL"
m["version"] = "1.4"
m["name"] = "gp mkt"
m["provides"]["gpumkt"]["file"] = "sql/missing.sql"
m["provides"]["gpumkt"]["version"] = "1.3.0"
m["prereqs"]["runtime"]["requires"]["PostgreSQL"] = "15"
m["tags"].append("a/b")
m["release_status"] = "beta"
m["resources"] = {"homepage": "not a url"}
m["unknown_key"] = 1
EOF
[ $bad -eq 0 ] || fail "the META.json checker is too lax"

version=$(python3 -c "import json; print(json.load(open('META.json'))['version'])")
zip=gpumkt-$version.zip
rm -f "$zip"
make -s PG_CONFIG=$PGC dist
[ -f "$zip" ] || fail "make dist did not write $zip"
mv "$zip" "$tmp/"
unzip -Z1 "$tmp/$zip" > "$tmp/list"
files=$(grep -vc '/$' "$tmp/list")
outside=$(grep -vc "^gpumkt-$version/" "$tmp/list" || true)
[ "$outside" -eq 0 ] || fail "$outside entries of $zip are not under gpumkt-$version/"
for f in META.json Makefile gpumkt.control LICENSE README.md docs/reference.md; do
    grep -qx "gpumkt-$version/$f" "$tmp/list" || fail "$zip lacks $f"
done

(cd "$tmp" && unzip -q "$zip")
src=$tmp/gpumkt-$version
make -s -C "$src" PG_CONFIG=$PGC > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "make in the unzipped tree failed"; }
make -s -C "$src" PG_CONFIG=$PGC install DESTDIR="$tmp/root" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "make install in the unzipped tree failed"; }
extver=$(sed -n "s/^default_version = '\(.*\)'/\1/p" gpumkt.control)
share=$tmp/root$($PGC --sharedir)/extension
lib=$tmp/root$($PGC --pkglibdir)
for f in "$lib/gpumkt.so" "$share/gpumkt.control" "$share/gpumkt--$extver.sql"; do
    [ -s "$f" ] || fail "make install from the zip did not install ${f#$tmp/root}"
done
nscripts=$(ls "$share"/gpumkt--*.sql | wc -l)
want=$(( $(ls sql/released/gpumkt--*.sql | wc -l) + 2 ))
[ "$nscripts" -eq "$want" ] || fail "make install from the zip installed $nscripts scripts, not $want"

echo "dist: META.json valid, 12 broken variants refused; $zip ($files files under gpumkt-$version/) builds and installs $nscripts scripts, gpumkt.so and the control file"
