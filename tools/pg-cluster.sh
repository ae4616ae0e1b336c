#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests (issue 21's server dialect):
#   tools/pg-cluster.sh start DIR [--durable]
#                                   initdb in DIR, start it on a Unix socket in DIR only
#                                   (no TCP), fsync off (--durable: on, as a real server
#                                   runs, for benchmarks); prints the libpq connection
#                                   string, e.g. "host=DIR port=54321 user=postgres"
#   tools/pg-cluster.sh stop DIR    stop it at once, as a crash would (DIR is left for the
#                                   caller to remove)
#   tools/pg-cluster.sh restart DIR start it again with the same options, after a stop
# initdb refuses root: as root, the cluster belongs to the postgres user (runuser).
# Needs Debian's postgresql package (tools/dev.sh installs it).
set -euo pipefail
action=${1:?usage: tools/pg-cluster.sh start|stop DIR}
dir=${2:?usage: tools/pg-cluster.sh start|stop DIR}
speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${3:-}" = "--durable" ] && speed=""
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "pg-cluster: PostgreSQL is not installed" >&2; exit 3; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
owner=$(if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi)

case "$action" in
    start)
        mkdir -p "$dir"
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: "$dir"
            runuser -u postgres -- test -x "$dir" || {
                echo "pg-cluster: the postgres user cannot enter $dir (open its parent folders: chmod 755)" >&2
                exit 1
            }
        fi
        as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
        # Everyone is trusted on the socket, except members of cohort_password_login, who
        # must give their password (the keychain tests log in as such roles).
        as_owner sed -i '1i local all +cohort_password_login scram-sha-256' "$dir/data/pg_hba.conf"
        # A port number only names the socket file; no TCP listener is opened.
        port=$((20000 + RANDOM % 40000))
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
            "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port $speed \
             -c max_connections=200" >/dev/null ||
            { cat "$dir/server.log" >&2; exit 1; }
        echo "host=$dir port=$port user=$owner"
        ;;
    stop)
        [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
        ;;
    restart)
        # After a stop (an immediate one is a crash to the server): the same options again
        # (pg_ctl keeps them in postmaster.opts); the server recovers from its log first.
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 restart >/dev/null 2>&1 ||
            { cat "$dir/server.log" >&2; exit 1; }
        ;;
    *)
        echo "usage: tools/pg-cluster.sh start|stop|restart DIR" >&2
        exit 2
        ;;
esac
