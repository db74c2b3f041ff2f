#!/usr/bin/env bash
# The cluster test (CI runs it after the image check; README, "A cluster"): docker/cluster.sh starts two
# nodes and HAProxy on a database of its own, the demo organisation is seeded, and docker/cluster-checks.py
# checks what a cluster promises: concurrent bookings across both nodes without an overlap, a key's rate limit
# counted across both, a revoked API key refused by the other node, a guest's room page and a staff member's
# sign-in outliving their node's SIGKILL, and the balancer's own page when no node is up. Then the nodes' logs must hold no session that
# could not be replicated. Any failed check ends it non-zero. About two minutes.
#
# Needs the build's server and EAR (./mvnw package -DskipTests). Settings: CLUSTER_CHECK_PORT_OFFSET (2500:
# nodes on 10580 and 10680; not 10080, a port Chromium refuses to open), CLUSTER_CHECK_PORT (8900, the
# balancer), and PGHOST, PGPORT, PGUSER, PGPASSWORD for the PostgreSQL it creates its database on
# (127.0.0.1, 5432, postgres, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
database=bookspace_cluster_check
offset=${CLUSTER_CHECK_PORT_OFFSET:-2500}
export BOOKING_CLUSTER_PORT=${CLUSTER_CHECK_PORT:-8900} BOOKING_CLUSTER_PORT_OFFSET=$offset
export BOOKING_CLUSTER_DIR=$PWD/booking-ear/target/cluster-check
export BOOKING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" BOOKING_DB_USER=$PGUSER BOOKING_DB_PASSWORD=$PGPASSWORD
# Mail goes nowhere (the outbox retries it later); the demo organisation takes payment on arrival.
export BOOKING_SMTP_HOST=127.0.0.1 BOOKING_SMTP_PORT=1
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
    [ -n "${database_created:-}" ] && dropdb --if-exists "$database" 2>/dev/null || true
}
trap cleanup EXIT

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
missing=()
for tool in haproxy:haproxy chromium:chromium chromedriver:chromium-driver psql:postgresql-client curl:curl; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
/usr/bin/python3 -c 'import selenium' 2>/dev/null || missing+=(python3-selenium)
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dropdb --if-exists "$database"
createdb "$database"
database_created=1
rm -rf "$BOOKING_CLUSTER_DIR"
docker/cluster.sh start 2 || fail "the cluster did not start"

psql -q -v ON_ERROR_STOP=1 -d "$database" -f booking-ear/src/test/resources/devserver/demo-data.sql >/dev/null
export CLUSTER_URL="http://127.0.0.1:$BOOKING_CLUSTER_PORT" CLUSTER_STATE=$BOOKING_CLUSTER_DIR
export CLUSTER_NODES="node1=http://127.0.0.1:$((8080 + offset)) node2=http://127.0.0.1:$((8180 + offset))"
export CLUSTER_ORGANISATION_ID=$(psql -tA -d "$database" -c "SELECT id FROM organisations WHERE identifier = 'demo'")
/usr/bin/python3 docker/cluster-checks.py || fail "a cluster check failed"

# A session attribute that cannot be marshalled is logged by the node that failed to replicate it.
if grep -n -i -E 'NotSerializableException|not serializable|No marshaller|Failed to (marshal|replicate)' "$BOOKING_CLUSTER_DIR"/node*/log/server.log; then
    fail "a session could not be replicated (above)"
fi
echo "test-cluster: passed in $((SECONDS - started)) s"
