#!/bin/sh
# Entry point of the postgres:15 stand-in (postgres.Containerfile): on first start, when PGDATA holds no
# cluster yet, makes one the way the official image does for POSTGRES_USER, POSTGRES_PASSWORD and
# POSTGRES_DB; then exec, so the server is PID 1 and gets the stop signal itself.
set -eu

if [ "${1:-}" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
    : "${POSTGRES_PASSWORD:?is not set: the database would have no password}"
    user=${POSTGRES_USER:-postgres}
    database=${POSTGRES_DB:-$user}
    password_file=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
    initdb --username="$user" --pwfile="$password_file" --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    rm -f "$password_file"
    echo 'host all all all scram-sha-256' >> "$PGDATA/pg_hba.conf"
    if [ "$database" != postgres ]; then
        # No TCP and a socket of its own while the database is made: nobody else connects, and pg_isready
        # (the compose files' health check) does not see a server until the real one runs.
        socket_directory=$(mktemp -d)
        pg_ctl --silent --wait --options="-c listen_addresses='' -c unix_socket_directories=$socket_directory" start
        echo 'CREATE DATABASE :"db"' | psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 --host="$socket_directory" \
            --username="$user" --dbname=postgres --set=db="$database"
        pg_ctl --silent --wait --mode=fast stop
        rmdir "$socket_directory"
    fi
    echo "postgres-entrypoint: made the cluster in $PGDATA, superuser $user, database $database"
fi

exec "$@"
