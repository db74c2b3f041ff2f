#!/usr/bin/env bash
# The cluster test (CI runs it after the image check; README, "A cluster"): docker/cluster.sh starts two
# nodes at once and HAProxy on an empty database of its own, on a PostgreSQL primary with a streaming replica
# made for it (docker/pg-replica.sh) that the nodes' searches read (README, "Reads from a replica"); both nodes
# must be ready with each migration applied once. The demo organisation is seeded, and docker/cluster-checks.py
# checks what a cluster promises: concurrent bookings across both nodes without an overlap, each booking's mail
# and webhook sent exactly once by the nodes' jobs, a search answered by a lagging replica and the booking it
# leads to refused by the primary, a key's rate limit
# counted across both, a revoked API key refused by the other node, a guest's room page and a staff member's
# sign-in outliving their node's SIGKILL, and the balancer's own page when no node is up. Then the nodes' logs must hold no session that
# could not be replicated. Any failed check ends it non-zero. About two minutes.
#
# Needs the build's server and EAR (./mvnw package -DskipTests). Settings: CLUSTER_CHECK_PORT_OFFSET (2500:
# nodes on 10580 and 10680; not 10080, a port Chromium refuses to open), CLUSTER_CHECK_PORT (8900, the
# balancer; the checks' mail sink and webhook receiver on the next two ports), CLUSTER_CHECK_PG_PORT (5441: the
# primary; its replica on the next port).
set -euo pipefail
cd "$(dirname "$0")/.."

database=bookspace_cluster_check
offset=${CLUSTER_CHECK_PORT_OFFSET:-2500}
export BOOKING_CLUSTER_PORT=${CLUSTER_CHECK_PORT:-8900} BOOKING_CLUSTER_PORT_OFFSET=$offset
export BOOKING_CLUSTER_DIR=$PWD/booking-ear/target/cluster-check
primary_port=${CLUSTER_CHECK_PG_PORT:-5441}
replica_port=$((primary_port + 1))
export PGHOST=127.0.0.1 PGPORT=$primary_port PGUSER=postgres
export BOOKING_DB_URL="jdbc:postgresql://127.0.0.1:$primary_port/$database" BOOKING_DB_USER=postgres BOOKING_DB_PASSWORD=postgres
export BOOKING_DB_READ_URL="jdbc:postgresql://127.0.0.1:$replica_port/$database"
# The checks' mail sink and webhook receiver; failed sends are retried after a second.
export CLUSTER_SMTP_PORT=$((BOOKING_CLUSTER_PORT + 2)) CLUSTER_WEBHOOK_PORT=$((BOOKING_CLUSTER_PORT + 3))
export BOOKING_SMTP_HOST=127.0.0.1 BOOKING_SMTP_PORT=$CLUSTER_SMTP_PORT BOOKING_OUTBOUND_ALLOW_LOOPBACK=true
export BOOKING_MAIL_FIRST_RETRY_SECONDS=1 BOOKING_WEBHOOKS_FIRST_RETRY_SECONDS=1
started=$SECONDS

fail() {
    echo "test-cluster: FAILED: $*" >&2
    for log in "$BOOKING_CLUSTER_DIR"/node*/log/server.log; do
        [ -f "$log" ] && { echo "--- last ERROR lines of $log:" >&2; grep -A3 ' ERROR ' "$log" | tail -30 >&2; }
    done
    exit 1
}
cleanup() {
    docker/cluster.sh stop >/dev/null || true
    [ -n "${gate:-}" ] && kill "$gate" 2>/dev/null || true
    if [ -n "${pg_dir:-}" ]; then
        docker/pg-replica.sh stop "$pg_dir" || true
        rm -rf "$pg_dir"
    fi
}
trap cleanup EXIT

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
missing=()
for tool in haproxy:haproxy chromium:chromium chromedriver:chromium-driver psql:postgresql-client curl:curl; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
/usr/bin/python3 -c 'import selenium' 2>/dev/null || missing+=(python3-selenium)
[ -x /usr/lib/postgresql/15/bin/pg_basebackup ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pg_dir=$(mktemp -d /tmp/bookspace-cluster-pg.XXXXXX)
docker/pg-replica.sh start "$pg_dir" "$primary_port" "$replica_port"
createdb "$database"
rm -rf "$BOOKING_CLUSTER_DIR"
# Both nodes start at once on the empty database: Flyway's lock must let one of them migrate it, once. So that
# they meet there whatever the machine's load makes of their boots, the first migration is held up (an open
# transaction creating the extension V1 creates) until one node waits in it and the other's Flyway has begun.
PGAPPNAME=flyway-gate psql -q -d "$database" -c "BEGIN" -c "CREATE EXTENSION btree_gist" -c "SELECT pg_sleep(600)" >/dev/null 2>&1 &
gate=$!
docker/cluster.sh start 2 &
cluster_start=$!
until [ "$(psql -tA -d "$database" -c "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
           AND query ILIKE '%btree_gist%' AND application_name <> 'flyway-gate'")" = 1 ] \
      && grep -qs org.flywaydb "$BOOKING_CLUSTER_DIR/node1/log/server.log" && grep -qs org.flywaydb "$BOOKING_CLUSTER_DIR/node2/log/server.log"; do
    kill -0 "$cluster_start" 2>/dev/null || break
    [ $((SECONDS - started)) -lt 300 ] || fail "the nodes did not both reach their migrations within 300 s"
    sleep 0.5
done
echo "both nodes' Flyway has begun, one of them waiting in the first migration: letting it go on"
psql -q -d "$database" -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'flyway-gate'" >/dev/null
wait "$gate" || true
wait "$cluster_start" || fail "the cluster did not start"
migrations=$(find booking-ejb/src/main/resources/db/migration -name 'V*__*.sql' | wc -l)
read -r applied distinct failed <<<"$(psql -tA -F ' ' -d "$database" -c \
    "SELECT count(*), count(DISTINCT version), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history WHERE version IS NOT NULL")"
[ "$applied" -eq "$migrations" ] && [ "$distinct" -eq "$migrations" ] && [ "$failed" -eq 0 ] \
    || fail "flyway_schema_history holds $applied migrations ($distinct versions, $failed failed), not each of the $migrations once"
# When each node's Flyway began and ended: the one that applied nothing began while the other migrated.
for k in 1 2; do
    log=$BOOKING_CLUSTER_DIR/node$k/log/server.log
    echo "node$k: Flyway from $(grep -m1 'org.flywaydb' "$log" | cut -c12-23) to $(grep -m1 'Database schema at version' "$log" | cut -c12-23):" \
        "$(grep -o 'Database schema at version.*' "$log")"
done
echo "both nodes ready; flyway_schema_history holds each of the $migrations migrations once"

psql -q -v ON_ERROR_STOP=1 -d "$database" -f booking-ear/src/test/resources/devserver/demo-data.sql >/dev/null
export CLUSTER_URL="http://127.0.0.1:$BOOKING_CLUSTER_PORT" CLUSTER_STATE=$BOOKING_CLUSTER_DIR
export CLUSTER_NODES="node1=http://127.0.0.1:$((8080 + offset)) node2=http://127.0.0.1:$((8180 + offset))"
export CLUSTER_ORGANISATION_ID=$(psql -tA -d "$database" -c "SELECT id FROM organisations WHERE identifier = 'demo'")
psql -q -v ON_ERROR_STOP=1 -d "$database" -c "INSERT INTO webhook_endpoints (organisation_id, url, description, signing_secret, created_at)
    VALUES ($CLUSTER_ORGANISATION_ID, 'http://127.0.0.1:$CLUSTER_WEBHOOK_PORT/bookspace', 'test-cluster.sh', 'whsec_cluster', now())"
export CLUSTER_PRIMARY_URL="postgresql://postgres@127.0.0.1:$primary_port/$database"
export CLUSTER_REPLICA_URL="postgresql://postgres@127.0.0.1:$replica_port/$database" CLUSTER_PG_DIR=$pg_dir
/usr/bin/python3 docker/cluster-checks.py || fail "a cluster check failed"

# A session attribute that cannot be marshalled is logged by the node that failed to replicate it.
if grep -n -i -E 'NotSerializableException|not serializable|No marshaller|Failed to (marshal|replicate)' "$BOOKING_CLUSTER_DIR"/node*/log/server.log; then
    fail "a session could not be replicated (above)"
fi
echo "test-cluster: passed in $((SECONDS - started)) s"
