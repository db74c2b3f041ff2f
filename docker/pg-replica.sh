#!/usr/bin/env bash
# A PostgreSQL primary and its streaming replica (made with pg_basebackup), on loopback, under a folder of their
# own, for trying and testing reads from a replica (README, "Reads from a replica"); docker/test-cluster.sh runs
# its nodes on them. Debian's PostgreSQL 15 server programs (PG_BIN, /usr/lib/postgresql/15/bin; package
# postgresql-15). Trust authentication on 127.0.0.1 only, fsync off: test data, never production.
#
#   docker/pg-replica.sh start DIR [PRIMARY_PORT] [REPLICA_PORT]   (5441 and 5442 by default)
#   docker/pg-replica.sh stop DIR                                  stops both (pg_ctl, by their data folders)
#   docker/pg-replica.sh stop-replica DIR, start-replica DIR PORT  the replica alone, as when it fails
#
# Both log every statement (DIR/primary.log, DIR/replica.log), so a test can tell which one a query reached.
# Run as root, the servers run as the postgres user, who then owns DIR.
set -euo pipefail

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

start() {
    local dir=$1 primary=${2:-5441} replica=${3:-5442}
    [ -x "$bin/pg_basebackup" ] || { echo "pg-replica: no $bin/pg_basebackup: apt-get install postgresql-15" >&2; exit 1; }
    mkdir -p "$dir"
    [ ${#as_postgres[@]} -eq 0 ] || chown postgres: "$dir"
    "${as_postgres[@]}" "$bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
log_statement = 'all'
log_line_prefix = '%m [%p] '
EOF
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/primary" -o "-p $primary" -l "$dir/primary.log" -w start >/dev/null
    # -R writes the standby's connection to the primary and its standby.signal.
    "${as_postgres[@]}" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir/replica" -R -X stream -c fast
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/replica" -o "-p $replica" -l "$dir/replica.log" -w start >/dev/null
    echo "primary on 127.0.0.1:$primary, its streaming replica on 127.0.0.1:$replica ($dir)"
}

stop() {
    local dir=$1 data
    for data in replica primary; do
        [ -f "$dir/$data/postmaster.pid" ] && "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/$data" -m fast -w stop >/dev/null || true
    done
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) stop "$2" ;;
    stop-replica) "${as_postgres[@]}" "$bin/pg_ctl" -D "$2/replica" -m fast -w stop >/dev/null ;;
    start-replica) "${as_postgres[@]}" "$bin/pg_ctl" -D "$2/replica" -o "-p $3" -l "$2/replica.log" -w start >/dev/null ;;
    *) echo "usage: docker/pg-replica.sh start DIR [PRIMARY_PORT] [REPLICA_PORT] | stop DIR | stop-replica DIR | start-replica DIR PORT" >&2
       exit 1 ;;
esac
