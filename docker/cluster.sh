#!/usr/bin/env bash
# A Bookspace cluster on this machine, in one command (README, "A cluster"): N WildFly nodes on
# standalone-ha.xml (the server the build made, configured by wildfly/configure-server.cli plus
# wildfly/configure-cluster.cli), finding each other over JGroups TCP on loopback, one PostgreSQL, and
# Debian's HAProxy in front: health checks on each node's readiness, sticky by the session cookie, and a
# page of its own (haproxy/no-node.http) when no node is up.
#
#   docker/cluster.sh start [N]   starts N nodes (2 by default) and the balancer, returns once all are ready
#   docker/cluster.sh stop        stops what start started (by the Java and HAProxy PIDs it wrote down)
#   docker/cluster.sh status      says which of them run
#
# Needs the build's server and EAR (./mvnw package -DskipTests). Each node listens with a port offset of
# its own: the first BOOKING_CLUSTER_PORT_OFFSET (1000: HTTP on 9080, management and readiness on 10990,
# JGroups on 8600), each next one 100 more (9180, 11090, 8700...); the balancer on BOOKING_CLUSTER_PORT
# (8000). The database is BOOKING_DB_URL (with BOOKING_DB_USER and
# BOOKING_DB_PASSWORD) when set, otherwise bookspace_cluster on the machine's PostgreSQL (PGHOST 127.0.0.1,
# PGUSER postgres, PGPASSWORD postgres), created if missing. BOOKING_SECRETS_KEYS is the nodes' shared
# secret keys; when unset, one is made and kept in the cluster's directory (BOOKING_CLUSTER_DIR,
# booking-ear/target/cluster), where each node's logs and data are too.
# HAProxy reports which nodes it sends traffic to on the next port (BOOKING_CLUSTER_PORT + 1, /;csv).
set -euo pipefail
cd "$(dirname "$0")/.."

wildfly_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
server=$PWD/booking-ear/target/wildfly-$wildfly_version
ear=$PWD/booking-ear/target/booking-ear.ear
state=$(mkdir -p "${BOOKING_CLUSTER_DIR:-booking-ear/target/cluster}" && cd "${BOOKING_CLUSTER_DIR:-booking-ear/target/cluster}" && pwd)
balancer_port=${BOOKING_CLUSTER_PORT:-8000}
stats_port=$((balancer_port + 1))
first_offset=${BOOKING_CLUSTER_PORT_OFFSET:-1000}
ready_within_seconds=${BOOKING_CLUSTER_READY_SECONDS:-300}

fail() { echo "cluster: $*" >&2; exit 1; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
# A PID written down earlier counts only while it is still the process we started (PIDs are reused).
offset() { echo $((first_offset + ($1 - 1) * 100)); }
pid_of() {
    local file=$1 expected=$2 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    if alive "$pid" && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$expected"; then
        echo "$pid"
    fi
}
node_pid() { pid_of "$state/node$1/java.pid" "jboss.node.name=node$1"; }
haproxy_pid() { pid_of "$state/haproxy.pid" "$state/haproxy.cfg"; }
nodes_written_down() { find "$state" -maxdepth 1 -name 'node*' -type d -printf '%f\n' | sed 's/^node//' | sort -n; }

start() {
    local count=${1:-2}
    [[ "$count" =~ ^[1-9][0-9]?$ ]] || fail "the number of nodes must be 1 to 99, not '$count'"
    [ -d "$server" ] && [ -f "$ear" ] || fail "no server or EAR under booking-ear/target: build them first (./mvnw package -DskipTests)"
    command -v haproxy >/dev/null || fail "no haproxy: apt-get install haproxy"
    [ -z "$(haproxy_pid)" ] || fail "a cluster started from $state still runs: docker/cluster.sh stop"

    if [ -z "${BOOKING_DB_URL:-}" ]; then
        export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
        psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'bookspace_cluster'" postgres | grep -q 1 \
            || createdb bookspace_cluster
        export BOOKING_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/bookspace_cluster"
        export BOOKING_DB_USER=$PGUSER BOOKING_DB_PASSWORD=$PGPASSWORD
    fi
    if [ -z "${BOOKING_SECRETS_KEYS:-}" ]; then
        [ -s "$state/secrets-keys" ] || (umask 077 && echo "k1:$(head -c 32 /dev/urandom | base64)" > "$state/secrets-keys")
        BOOKING_SECRETS_KEYS=$(cat "$state/secrets-keys")
    fi
    # Every node serves the balancer's address and takes the visitor's address from its X-Forwarded-For.
    export BOOKING_SECRETS_KEYS BOOKING_PUBLIC_URL=${BOOKING_PUBLIC_URL:-http://127.0.0.1:$balancer_port}
    export BOOKING_PROXY_ADDRESS_FORWARDING=true BOOKING_SECURE_COOKIES=${BOOKING_SECURE_COOKIES:-false}

    local members="" k
    for k in $(seq "$count"); do
        members+="${members:+,}127.0.0.1[$((7600 + $(offset "$k")))]"
    done
    for k in $(seq "$count"); do
        start_node "$k" "$members"
    done
    write_balancer_config "$count"
    nohup haproxy -f "$state/haproxy.cfg" > "$state/haproxy.log" 2>&1 &
    echo $! > "$state/haproxy.pid"

    local started=$SECONDS
    for k in $(seq "$count"); do
        until curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + $(offset "$k")))/health/ready" 2>/dev/null; do
            alive "$(node_pid "$k")" || fail "node$k stopped while starting: see $state/node$k/log/server.log"
            [ $((SECONDS - started)) -lt "$ready_within_seconds" ] || fail "node$k not ready within $ready_within_seconds s"
            sleep 1
        done
        echo "node$k ready: http://127.0.0.1:$((8080 + $(offset "$k"))), Java PID $(node_pid "$k")"
    done
    alive "$(haproxy_pid)" || fail "HAProxy did not start: $(cat "$state/haproxy.log")"
    # Ready is not yet in service: HAProxy takes a node in after two passed checks.
    until [ "$(balanced_nodes | wc -l)" -eq "$count" ]; do
        [ $((SECONDS - started)) -lt "$ready_within_seconds" ] || fail "HAProxy took in only $(balanced_nodes | xargs) within $ready_within_seconds s"
        sleep 0.5
    done
    echo "Bookspace cluster of $count nodes behind http://127.0.0.1:$balancer_port/ (database $BOOKING_DB_URL), ready in $((SECONDS - started)) s"
}

# Each node has a base directory of its own (configuration, deployments, data, logs) over the one server.
start_node() {
    local k=$1 members=$2 base=$state/node$1
    [ -z "$(node_pid "$k")" ] || fail "node$k still runs: docker/cluster.sh stop"
    rm -rf "$base"
    mkdir -p "$base/deployments"
    cp -r "$server/standalone/configuration" "$base/"
    cp "$ear" "$base/deployments/"
    JBOSS_HOME=$server JBOSS_BASE_DIR=$base JBOSS_PIDFILE=$base/java.pid LAUNCH_JBOSS_IN_BACKGROUND=true \
        nohup "$server/bin/standalone.sh" -c standalone-ha.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Djboss.bind.address.private=127.0.0.1 \
        -Djboss.socket.binding.port-offset=$(offset "$k") \
        -Djboss.node.name="node$k" -Djboss.tx.node.id="node$k" \
        -Dbooking.cluster.members="$members" \
        > "$base/console.log" 2>&1 &
    for _ in $(seq 50); do [ -s "$base/java.pid" ] && break; sleep 0.1; done
    [ -s "$base/java.pid" ] || fail "node$k did not start: $(tail -5 "$base/console.log")"
}

# docker/haproxy/haproxy.cfg's settings, for the nodes on loopback: the same checks, stickiness and page.
write_balancer_config() {
    local count=$1 k
    {
        sed -n '/^global/,/^backend bookspace/p' docker/haproxy/haproxy.cfg \
            | sed -e "s|^\(\s*bind\) :8080|\1 127.0.0.1:$balancer_port|" \
                  -e "s|/usr/local/etc/haproxy/no-node.http|$PWD/docker/haproxy/no-node.http|"
        sed -n '/^backend bookspace/,$p' docker/haproxy/haproxy.cfg | grep -v '^\s*server ' | tail -n +2
        for k in $(seq "$count"); do
            echo "    server node$k 127.0.0.1:$((8080 + $(offset "$k"))) cookie node$k check port $((9990 + $(offset "$k"))) inter 2s fall 2 rise 2"
        done
        # Which nodes the balancer sends traffic to, as CSV, for start and status (loopback only).
        printf '\nlisten stats\n    bind 127.0.0.1:%s\n    stats enable\n    stats uri /\n' "$stats_port"
    } > "$state/haproxy.cfg"
    haproxy -c -q -f "$state/haproxy.cfg" || fail "the generated $state/haproxy.cfg is not valid"
}

# The nodes HAProxy sends traffic to now.
balanced_nodes() {
    curl -fsS "http://127.0.0.1:$stats_port/;csv" 2>/dev/null | awk -F, '$1 == "bookspace" && $2 ~ /^node/ && $18 == "UP" { print $2 }'
}

stop() {
    local pid k pids=()
    pid=$(haproxy_pid)
    alive "$pid" && kill "$pid" && echo "HAProxy (PID $pid) stopped"
    for k in $(nodes_written_down); do
        pid=$(node_pid "$k")
        if alive "$pid"; then
            kill -TERM "$pid"
            pids+=("$pid")
            echo "node$k (Java PID $pid) stopping"
        fi
    done
    # A node suspends first, letting requests in flight finish (BOOKING_SHUTDOWN_TIMEOUT_SECONDS, 20 by default).
    for pid in "${pids[@]}"; do
        for _ in $(seq 60); do alive "$pid" || break; sleep 0.5; done
        alive "$pid" && { kill -KILL "$pid"; echo "Java PID $pid did not stop in 30 s: killed"; }
    done
    rm -f "$state/haproxy.pid" "$state"/node*/java.pid
    return 0
}

status() {
    local k pid
    pid=$(haproxy_pid)
    echo "HAProxy: ${pid:+running, PID $pid, http://127.0.0.1:$balancer_port/, sending to $(balanced_nodes | xargs)}${pid:-not running}"
    for k in $(nodes_written_down); do
        pid=$(node_pid "$k")
        echo "node$k: ${pid:+running, Java PID $pid}${pid:-not running}"
    done
}

case "${1:-}" in
    start) start "${2:-2}" ;;
    stop) stop ;;
    status) status ;;
    *) fail "usage: docker/cluster.sh start [N] | stop | status" ;;
esac
