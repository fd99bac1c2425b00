#!/usr/bin/env bash
# The Debian package, end to end: installs the build dependencies when they
# are missing (debhelper, postgresql-server-dev-all, dpkg-dev, fakeroot),
# builds postgresql-15-gpumkt_<version>_amd64.deb with
# `dpkg-buildpackage -us -uc -b` from the tracked files of the work tree (as
# `git stash create` sees them: HEAD plus uncommitted changes) in a
# temporary directory, installs it with dpkg -i, creates the extension from
# it in a throwaway cluster (pg_virtualenv) and runs a forecast, checks that
# dpkg -L lists the library and the control file, removes the package and
# checks that its files are gone.
# The package installs where `make install` does, so the install/remove part
# holds $GPUMKT_LOCK (default /tmp/gpumkt-install.lock, as bench/lib.sh) and ends with `make install`
# from this tree, which puts back what the rest of the suite expects, even
# when a step fails.
# DEB_AUTOPKGTEST=1 also runs debian/tests/installcheck (the whole
# installcheck, the autopkgtest) against the installed package.
# Ends with "deb: built ..., installed, forecast ok, removed" and exits 0, or
# says what failed and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    echo "deb: skipped: not a git work tree (the package is built from git archive)"; exit 0
fi
top=$PWD
PGC=/usr/lib/postgresql/15/bin/pg_config
fail() { echo "deb: FAILED: $*"; exit 1; }
start=$(date +%s)

need=()
command -v dpkg-buildpackage >/dev/null 2>&1 || need+=(dpkg-dev)
command -v dh >/dev/null 2>&1 || need+=(debhelper)
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
dpkg-query -W -f '${db:Status-Status}' postgresql-server-dev-all 2>/dev/null | grep -qx installed \
    || need+=(postgresql-server-dev-all)
if [ ${#need[@]} -gt 0 ]; then
    echo "deb: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${need[@]}" > /dev/null
fi

# dpkg, waiting while another apt or dpkg (another helper's, the system's)
# holds the dpkg lock, up to 5 minutes; its output in $tmp/dpkg.log
dpkg_wait() {
    local i
    for i in $(seq 60); do
        if dpkg "$@" > "$tmp/dpkg.log" 2>&1; then return 0; fi
        grep -qiE 'lock' "$tmp/dpkg.log" || return 1
        sleep 5
    done
    return 1
}

tmp=$(mktemp -d)
pkgdir=
cleanup() {
    local rc=$?
    if [ -n "$pkgdir" ]; then
        # a step between dpkg -i and the end failed: put the tree's build back
        dpkg_wait -r "$pkg" || true
        make -s PG_CONFIG=$PGC install > /dev/null 2>&1 || echo "deb: make install from $top failed"
    fi
    rm -rf "$tmp"
    exit $rc
}
trap cleanup EXIT

version=$(dpkg-parsechangelog -l debian/changelog -S Version)
pkg=postgresql-15-gpumkt
deb=${pkg}_${version}_$(dpkg-architecture -q DEB_HOST_ARCH).deb
rev=$(git stash create)
src=$tmp/gpumkt-${version%-*}
mkdir "$src"
git archive "${rev:-HEAD}" | tar -x -C "$src"
t0=$(date +%s)
(cd "$src" && dpkg-buildpackage -us -uc -b) > "$tmp/build.log" 2>&1 \
    || { tail -40 "$tmp/build.log"; fail "dpkg-buildpackage failed"; }
build_s=$(( $(date +%s) - t0 ))
[ -f "$tmp/$deb" ] || { ls "$tmp"; fail "dpkg-buildpackage did not write $deb"; }
if grep -q 'warning:' "$tmp/build.log"; then
    grep 'warning:' "$tmp/build.log"; fail "the package build has compiler warnings"
fi

sharedir=$($PGC --sharedir)/extension
libdir=$($PGC --pkglibdir)
exec 9>"${GPUMKT_LOCK:-/tmp/gpumkt-install.lock}"
flock 9
pkgdir=yes
dpkg_wait -i "$tmp/$deb" || { cat "$tmp/dpkg.log"; fail "dpkg -i $deb failed"; }
dpkg -L "$pkg" > "$tmp/files"
for f in "$libdir/gpumkt.so" "$sharedir/gpumkt.control" "$sharedir/gpumkt--${version%-*}.sql"; do
    grep -qx "$f" "$tmp/files" || fail "dpkg -L $pkg does not list $f"
    [ -s "$f" ] || fail "$f is not installed"
done
# 18.2 (2025) and 87.5 (2035) interpolated at constant growth:
# 18.2 * (87.5 / 18.2)^0.5 = 39.9061398...
pg_virtualenv -t -v 15 psql -XAtq -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION gpumkt" -c "SELECT 'forecast=' || gpumkt_forecast('global', 2030)" \
    > "$tmp/psql.log" 2>&1 \
    || { cat "$tmp/psql.log"; fail "CREATE EXTENSION or the forecast failed on the package"; }
out=$(sed -n 's/^forecast=//p' "$tmp/psql.log")
case $out in
    39.906*) ;;
    *) cat "$tmp/psql.log"; fail "gpumkt_forecast('global', 2030) from the package is not 39.906...";;
esac
if [ "${DEB_AUTOPKGTEST:-}" = 1 ]; then
    cp -r "$src" "$tmp/autopkgtest"
    mkdir -p test/results
    alog=$top/test/results/deb-autopkgtest.log
    (cd "$tmp/autopkgtest" && sh debian/tests/installcheck) > "$alog" 2>&1 \
        || { grep -E 'FAILED|failed|not ok' "$alog"; fail "debian/tests/installcheck failed (log: $alog)"; }
    grep -E 'tests passed|^All tests|Result:' "$alog" | sed 's/^/deb: autopkgtest: /'
fi
dpkg_wait -r "$pkg" || { cat "$tmp/dpkg.log"; fail "dpkg -r $pkg failed"; }
left=0
while read -r f; do
    if [ -f "$f" ]; then echo "deb: $f is still there after dpkg -r"; left=$((left + 1)); fi
done < "$tmp/files"
[ $left -eq 0 ] || fail "$left files of $pkg are left after dpkg -r"
nfiles=$(while read -r f; do [ -d "$f" ] || echo "$f"; done < "$tmp/files" | wc -l)
# back to this tree's build, which the rest of the suite runs against
pkgdir=
make -s PG_CONFIG=$PGC > /dev/null && make -s PG_CONFIG=$PGC install > /dev/null \
    || fail "make install from $top failed"
flock -u 9

echo "deb: built $deb in ${build_s} s, installed ($nfiles files), forecast ok ($out), removed; $(( $(date +%s) - start )) s in all"
echo "deb: built $deb, installed, forecast ok, removed"
