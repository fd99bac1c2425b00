# Shared by the benchmark scripts of bench/ (sourced, from the repository's
# root): build gpumkt against PostgreSQL 15 and install it when the installed
# copy differs from the build.  Needs the caller's die() for errors.
# `make install` writes into the one PostgreSQL 15 of the machine: the install
# holds the lock file $GPUMKT_LOCK (default /tmp/gpumkt-install.lock, the
# same as the tests' scripts), so that runs side by side never mix builds.

# bench_build_install NAME: NAME prefixes the messages
bench_build_install() {
    local name=$1 log sharedir pkglibdir need_install=false f
    PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
    [ -x "$PG_CONFIG" ] || die "PostgreSQL 15 is not installed ($PG_CONFIG is missing)"
    command -v pg_virtualenv >/dev/null 2>&1 || die "pg_virtualenv is missing (package postgresql-common)"

    log=$(mktemp)
    make -s PG_CONFIG="$PG_CONFIG" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; die "make failed"; }

    sharedir=$("$PG_CONFIG" --sharedir)/extension
    pkglibdir=$("$PG_CONFIG" --pkglibdir)
    cmp -s gpumkt.so "$pkglibdir/gpumkt.so" || need_install=true
    cmp -s gpumkt.control "$sharedir/gpumkt.control" || need_install=true
    for f in sql/gpumkt--*.sql sql/released/gpumkt--*; do
        cmp -s "$f" "$sharedir/$(basename "$f")" || need_install=true
    done
    exec 9>"${GPUMKT_LOCK:-/tmp/gpumkt-install.lock}"
    flock 9
    if $need_install; then
        echo "$name: installing gpumkt into $("$PG_CONFIG" --version)"
        make -s PG_CONFIG="$PG_CONFIG" install >"$log" 2>&1 ||
            { cat "$log" >&2; rm -f "$log"; die "make install failed (it needs write access to $sharedir and $pkglibdir)"; }
    fi
    rm -f "$log"
}
