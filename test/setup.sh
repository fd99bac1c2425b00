#!/usr/bin/env bash
# Installs what gpumkt needs to build and test on Debian 12 (PostgreSQL 15),
# builds it and installs it into that PostgreSQL.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pg_config >/dev/null 2>&1 && [ -d "$(pg_config --includedir-server 2>/dev/null)" ] || need+=(postgresql-server-dev-15)
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15)
command -v pg_virtualenv >/dev/null 2>&1 || need+=(postgresql-common)
command -v make >/dev/null 2>&1 || need+=(make)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
# for the script tests: the model of bad inputs, fuzzing, SQLsmith
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v clang >/dev/null 2>&1 || need+=(clang)
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
command -v sqlsmith >/dev/null 2>&1 || need+=(sqlsmith)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
fi

make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config install >/dev/null
