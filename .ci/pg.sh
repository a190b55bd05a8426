#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the store tests and the ingest benchmark.
#
#   .ci/pg.sh install          # apt-get install postgresql when no initdb is under /usr/lib/postgresql/*/bin
#   .ci/pg.sh start [DIR]      # initdb into DIR (default: a new temp dir), start on 127.0.0.1,
#                              # print the SQLAlchemy URL on stdout; DIR holds everything (data, socket, log)
#   .ci/pg.sh stop DIR         # stop that server and delete DIR
#
# Run as root, the server runs as the `postgres` user (created if missing), because initdb refuses
# root. Auth is `trust`, but the server listens on 127.0.0.1 only and lives in a private temp dir;
# fsync is off: it is a throwaway test server. PGPORT picks the port (default 54329; the next free
# one is taken when that one is busy).
set -euo pipefail

find_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

as_owner() {  # run a command as the server's owner
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cmd_install() {
    if find_bin >/dev/null; then
        echo "pg.sh: PostgreSQL found in $(find_bin)" >&2
        return 0
    fi
    if [ "$(id -u)" != 0 ]; then
        echo "pg.sh: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)" >&2
        return 1
    fi
    echo "pg.sh: installing PostgreSQL (Debian package postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    find_bin >/dev/null
}

cmd_start() {
    local bin dir port tries
    if ! bin=$(find_bin); then
        echo "pg.sh: no PostgreSQL server binaries (initdb, pg_ctl); run '.ci/pg.sh install' as root" >&2
        return 1
    fi
    dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/ghotona-pg.XXXXXX")}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home postgres
        chown postgres: "$dir"
        chmod 700 "$dir"
    fi
    port=${PGPORT:-54329}
    tries=0
    while port_busy "$port"; do
        port=$((port + 1)); tries=$((tries + 1))
        if [ "$tries" -gt 50 ]; then echo "pg.sh: no free port near ${PGPORT:-54329}" >&2; return 1; fi
    done
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { echo "pg.sh: initdb failed:" >&2; tail -5 "$dir/initdb.log" >&2; return 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null \
        || { echo "pg.sh: the server did not start:" >&2; tail -5 "$dir/server.log" >&2; return 1; }
    echo "$port" >"$dir/port"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

cmd_stop() {
    local bin dir=${1:?usage: pg.sh stop DIR}
    [ -d "$dir" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ] && bin=$(find_bin); then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        */ghotona-pg.*) rm -rf "$dir" ;;
        *) rm -rf "$dir/data" "$dir/port" "$dir/server.log" "$dir/initdb.log" ;;
    esac
}

case "${1:-}" in
    install) cmd_install ;;
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    *) echo "usage: $0 install | start [DIR] | stop DIR" >&2; exit 2 ;;
esac
