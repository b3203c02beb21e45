# shellcheck shell=bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 and an unusual port, in a temp dir.
# Meant to be sourced (by .ci/run, or by hand):
#
#   source .ci/postgres.sh
#   start_test_postgres              # exports LETTERTRACKER_TEST_POSTGRES
#   trap stop_test_postgres EXIT
#
# Installs the Debian package `postgresql` when no server binaries are present (needs root).
# As root the server runs as the `postgres` user. Safe under `set -euo pipefail`; starting twice
# reuses the running server, stopping twice (or without a start) does nothing.

# First port tried; the next few are tried when it is taken (a server left over from another run).
: "${LETTERTRACKER_TEST_POSTGRES_PORT:=54329}"

_test_postgres_dir=${_test_postgres_dir:-}
_test_postgres_bin=${_test_postgres_bin:-}
_test_postgres_port=${_test_postgres_port:-}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
_test_postgres_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Prints the newest /usr/lib/postgresql/N/bin holding initdb, or nothing.
_test_postgres_find_bin() {
    local initdb
    initdb=$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)
    [ -n "$initdb" ] && dirname "$initdb"
    return 0
}

start_test_postgres() {
    if [ -n "$_test_postgres_dir" ] && [ -d "$_test_postgres_dir" ] \
        && "$_test_postgres_bin/pg_isready" -q -h 127.0.0.1 -p "$_test_postgres_port" 2>/dev/null; then
        echo "postgres: already running on 127.0.0.1:$_test_postgres_port ($_test_postgres_dir)"
        return 0
    fi

    local bin
    bin=$(_test_postgres_find_bin)
    if [ -z "$bin" ]; then
        echo "postgres: no server binaries under /usr/lib/postgresql; installing the Debian package postgresql"
        local log
        log=$(mktemp)
        if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; } >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "postgres: installing postgresql failed" >&2
            return 1
        fi
        rm -f "$log"
        bin=$(_test_postgres_find_bin)
        if [ -z "$bin" ]; then
            echo "postgres: postgresql installed but no initdb under /usr/lib/postgresql" >&2
            return 1
        fi
    fi

    # A free port: pg_isready exits 2 when nothing answers there.
    local port=$LETTERTRACKER_TEST_POSTGRES_PORT last=$((LETTERTRACKER_TEST_POSTGRES_PORT + 9)) status
    while :; do
        status=0
        "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 >/dev/null 2>&1 || status=$?
        [ "$status" -eq 2 ] && break
        if [ "$port" -ge "$last" ]; then
            echo "postgres: ports $LETTERTRACKER_TEST_POSTGRES_PORT-$last are all taken" >&2
            return 1
        fi
        port=$((port + 1))
    done

    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/lettertracker-postgres.XXXXXX")
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
    fi
    chmod 700 "$dir"
    _test_postgres_dir=$dir
    _test_postgres_bin=$bin
    _test_postgres_port=$port

    echo "postgres: starting $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data and log in $dir)"
    # fsync off and no initdb sync: the data is thrown away, speed is what counts.
    if ! _test_postgres_as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale --no-sync \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        echo "postgres: initdb failed" >&2
        stop_test_postgres
        return 1
    fi
    if ! _test_postgres_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start \
            >"$dir/pg_ctl.log" 2>&1 \
        || ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30; then
        cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
        echo "postgres: the server did not start" >&2
        stop_test_postgres
        return 1
    fi

    export LETTERTRACKER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "postgres: ready; LETTERTRACKER_TEST_POSTGRES=$LETTERTRACKER_TEST_POSTGRES"
}

# Stops the server and removes its temp dir. Never fails, so it is safe in a trap.
stop_test_postgres() {
    local dir=$_test_postgres_dir
    [ -n "$dir" ] || return 0
    _test_postgres_dir=
    unset LETTERTRACKER_TEST_POSTGRES
    if [ -f "$dir/data/postmaster.pid" ] \
        && ! _test_postgres_as_owner "$_test_postgres_bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1; then
        echo "postgres: pg_ctl stop failed; $dir kept (see server.log there)" >&2
        return 0
    fi
    rm -rf "$dir"
    echo "postgres: stopped, $dir removed"
    return 0
}
