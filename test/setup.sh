#!/usr/bin/env bash
# Installs what gpumkt needs on Debian 12 (PostgreSQL 15), builds it and
# installs it into the system's PostgreSQL 15.  Safe to run again.
#   bash test/setup.sh           what the build needs: postgresql-15,
#                                postgresql-server-dev-15, postgresql-common
#                                (pg_virtualenv), make, gcc
#   bash test/setup.sh --tests   and what the tests need: python3 (the model
#                                of bad inputs), clang and libclang-rt-14-dev
#                                (fuzzing), sqlsmith, libipc-run-perl (the
#                                TAP tests' PostgreSQL::Test::Cluster),
#                                unzip and git (the PGXN zip, test/dist.sh),
#                                dpkg-dev, debhelper, fakeroot and
#                                postgresql-server-dev-all (the Debian
#                                package, test/deb.sh),
#                                chromium, librsvg2-bin, libxml2-utils and
#                                python3-pil (the browser test of report.html)
# PG_CFLAGS, when set, replaces the Makefile's compiler flags and the build
# starts from clean (make would not see that the flags changed); CI sets
# PG_CFLAGS="-Wall -Wextra -Werror -DUSE_ASSERT_CHECKING".
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pg_config >/dev/null 2>&1 && [ -d "$(pg_config --includedir-server 2>/dev/null)" ] || need+=(postgresql-server-dev-15)
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15)
command -v pg_virtualenv >/dev/null 2>&1 || need+=(postgresql-common)
command -v make >/dev/null 2>&1 || need+=(make)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
if [ "${1:-}" = --tests ]; then
    command -v python3 >/dev/null 2>&1 || need+=(python3)
    command -v clang >/dev/null 2>&1 || need+=(clang)
    ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
    command -v sqlsmith >/dev/null 2>&1 || need+=(sqlsmith)
    command -v prove >/dev/null 2>&1 || need+=(perl)
    perl -MIPC::Run -e 1 >/dev/null 2>&1 || need+=(libipc-run-perl)
    command -v unzip >/dev/null 2>&1 || need+=(unzip)
    command -v git >/dev/null 2>&1 || need+=(git)
    command -v dpkg-buildpackage >/dev/null 2>&1 || need+=(dpkg-dev)
    command -v dh >/dev/null 2>&1 || need+=(debhelper)
    command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
    dpkg-query -W -f '${db:Status-Status}' postgresql-server-dev-all 2>/dev/null | grep -qx installed || need+=(postgresql-server-dev-all)
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
    command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
    [ -d /usr/lib/python3/dist-packages/PIL ] || need+=(python3-pil)
fi
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
fi

PGC=/usr/lib/postgresql/15/bin/pg_config
flags=()
if [ -n "${PG_CFLAGS:-}" ]; then
    echo "setup: building from clean with PG_CFLAGS=\"$PG_CFLAGS\""
    make -s PG_CONFIG=$PGC clean
    flags=(PG_CFLAGS="$PG_CFLAGS")
fi
make -s PG_CONFIG=$PGC "${flags[@]}"
make -s PG_CONFIG=$PGC "${flags[@]}" install >/dev/null
