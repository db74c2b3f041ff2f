#!/usr/bin/env bash
# Faults lose nothing (issue 16; README "Operations: faults"; results in bench/FAULTS.md). Against a Bookspace
# server this script starts itself on loopback, from the build's configured WildFly and EAR, on a fresh
# database of a PostgreSQL 15 cluster it may restart:
#   a. PostgreSQL restarted under a load of searches and API bookings: how long until the server answers again,
#      every answer meanwhile (503 with Retry-After expected, no 500, no stack trace), no booking half made, and
#      every booking's Idempotency-Key retried afterwards: one booking per key;
#   b. kill -9 of the server's Java process during a burst of API bookings, then a restart: every booking answered
#      201 exists once and answers the same on a retry with its key, and every booking's mail and webhook is in
#      the outbox (sent or pending, none missing), then delivered (the dead node's leases end first);
#   c. pool exhaustion: a transaction holds the rooms table while searches arrive, so the pool's connections all
#      wait on it; the searches beyond them answer 503 within 2 s.
# Bounded: a: SECONDS_A (40 s) of load; b: a burst of KILL_AFTER (3 s), a restart, at most SETTLE (330 s) for the
# dead node's leases; c: HOLD (8 s). Loopback only. It stops only what it started, by PID (WildFly by its Java PID).
#
#   ./mvnw -B package -DskipTests                       # the EAR and the configured server
#   PG_CLUSTER="15 main" PG_PORT=5432 bench/faults.sh   # a cluster this machine's operator lets you restart
#   STEPS=c bench/faults.sh                             # one step (b is skipped: the server is restarted instead)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_CLUSTER=${PG_CLUSTER:-15 main}
PG_PORT=${PG_PORT:-5432}
DB=${DB:-bookspace_faults}
WILDFLY_HOME=${WILDFLY_HOME:-booking-ear/target/wildfly-39.0.1.Final}
EAR=${EAR:-booking-ear/target/booking-ear.ear}
SERVER=${SERVER:-/tmp/bookspace-faults-server}
OFFSET=${PORT_OFFSET:-300}
# Below the 32 request threads WildFly's default worker has on 2 cores: a request that finds every
# connection busy must be one that holds a thread, or it waits for a thread, not for the pool (FAULTS.md).
POOL=${POOL:-20}
SMTP_PORT=${SMTP_PORT:-2525}
RECEIVER_PORT=${RECEIVER_PORT:-8399}
OUT=${OUT:-bench/results/faults-$(date -u +%Y%m%dT%H%M%SZ)}
STEPS=${STEPS:-a b c}                         # e.g. STEPS=c: pool exhaustion alone, on a freshly restarted server
HTTP=$((8080 + OFFSET))
MANAGEMENT=$((9990 + OFFSET))
export FAULTS_BASE_URL=http://127.0.0.1:$HTTP
export FAULTS_DB_URL=postgresql://postgres@127.0.0.1:$PG_PORT/$DB
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
STARTED=()

log() { echo "$(date -u +%T) $*" | tee -a "$OUT/faults.log"; }

# Starts the server (a fresh process each time, the same data directory) and waits until it is ready.
start_server() {
    env BOOKING_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" BOOKING_DB_POOL_SIZE=$POOL \
        BOOKING_SMTP_HOST=127.0.0.1 BOOKING_SMTP_PORT=$SMTP_PORT BOOKING_MAIL_FIRST_RETRY_SECONDS=1 \
        BOOKING_WEBHOOKS_FIRST_RETRY_SECONDS=1 BOOKING_OUTBOUND_ALLOW_LOOPBACK=true BOOKING_SECURE_COOKIES=false \
        BOOKING_API_REQUESTS_PER_MINUTE=1000000000 BOOKING_PUBLIC_URL=$FAULTS_BASE_URL \
        BOOKING_SECRETS_KEYS="k1:$(printf 'bookspace-faults-key-32-bytes!!!' | base64)" \
        LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING='-Xms256m -Xmx1g' \
        nohup "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET -Djboss.bind.address=127.0.0.1 \
        >>"$OUT/server.out" 2>&1 &
    local shell=$! java=""
    # The server's JVM, not the short java -version standalone.sh runs first.
    for _ in $(seq 100); do java=$(pgrep -P $shell -f 'D\[Standalone\]' || true); [ -n "$java" ] && break; sleep 0.1; done
    [ -n "$java" ] || { log "the server's Java process did not start"; exit 1; }
    echo "$java" >"$OUT/server.pid"
    for _ in $(seq 480); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$MANAGEMENT/health/ready)" = 200 ] && return 0
        sleep 0.5
    done
    log "the server was not ready within 240 s"; exit 1
}

stop_server() {
    if [ -f "$OUT/server.pid" ] && kill -0 "$(cat "$OUT/server.pid")" 2>/dev/null; then
        kill "$(cat "$OUT/server.pid")"                     # SIGTERM: the graceful stop
        for _ in $(seq 60); do kill -0 "$(cat "$OUT/server.pid")" 2>/dev/null || break; sleep 0.5; done
    fi
}

stop_all() {
    stop_server
    for pid in "${STARTED[@]}"; do kill "$pid" 2>/dev/null || true; done
}

if [ "${1:-}" = --start-server ]; then start_server; exit 0; fi   # faults.py's restart in scenario b

trap stop_all EXIT
for tool in psql pg_ctlcluster curl python3; do command -v $tool >/dev/null || { echo "needs $tool"; exit 1; }; done
[ -f "$EAR" ] && [ -d "$WILDFLY_HOME" ] || { echo "build first: ./mvnw -B package -DskipTests"; exit 1; }
pg_lsclusters | awk -v c="$PG_CLUSTER" '$1" "$2 == c && $4 == "online" {ok=1} END {exit !ok}' \
    || { echo "PostgreSQL cluster $PG_CLUSTER is not online"; exit 1; }

log "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg); $(psql -X -t -A "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -c 'SHOW server_version')"
rm -rf "$SERVER" && cp -r "$WILDFLY_HOME" "$SERVER" && rm -rf "$SERVER"/standalone/{data,tmp,log,deployments/*}
cp "$EAR" "$SERVER/standalone/deployments/"
psql -X -q "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

# A mail sink and a webhook receiver that notes each delivery's event id and booking.
python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:$SMTP_PORT >/dev/null 2>&1 &
STARTED+=($!)
python3 - "$RECEIVER_PORT" "$OUT/webhooks.jsonl" >/dev/null 2>&1 <<'EOF' &
import http.server, json, sys, threading
lock = threading.Lock()
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with lock, open(sys.argv[2], "a") as seen:
            seen.write(json.dumps({"event_id": self.headers["Bookspace-Event-Id"],
                                   "reference": body["data"]["booking"]["reference"]}) + "\n")
        self.send_response(200); self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
EOF
STARTED+=($!)

log "starting the server (pool $POOL connections)"
start_server
psql -X -q "$FAULTS_DB_URL" -f booking-ear/src/test/resources/devserver/demo-data.sql
psql -X -q "$FAULTS_DB_URL" -c "INSERT INTO webhook_endpoints (organisation_id, url, description, signing_secret, created_at)
    SELECT id, 'http://127.0.0.1:$RECEIVER_PORT/bookspace', 'faults.sh', 'whsec_faults', now() FROM organisations WHERE identifier = 'demo'"

if [[ " $STEPS " == *" a "* ]]; then
    log "a. PostgreSQL restarted under load"
    python3 bench/faults.py postgres-restart --out "$OUT/a-postgres-restart" --seconds "${SECONDS_A:-40}" \
        --restart-command "pg_ctlcluster --skip-systemctl-redirect $PG_CLUSTER restart" | tee -a "$OUT/faults.log"
fi

if [[ " $STEPS " == *" b "* ]]; then
    log "b. kill -9 of the server during a burst of bookings"
    export OUT PG_CLUSTER PG_PORT DB SERVER PORT_OFFSET=$OFFSET POOL SMTP_PORT
    python3 bench/faults.py kill-node --out "$OUT/b-kill-node" --kill-after "${KILL_AFTER:-3}" --settle "${SETTLE:-330}" \
        --kill-command "kill -9 \$(cat $OUT/server.pid)" --start-command "bench/faults.sh --start-server" \
        --receiver-log "$OUT/webhooks.jsonl" | tee -a "$OUT/faults.log"
else
    # c's first burst is then the first after a start with an organisation to warm, as it is after b's restart.
    log "restarting the server, now that the demo organisation exists"
    stop_server
    start_server
fi

[[ " $STEPS " == *" c "* ]] || { log "done: $OUT"; exit 0; }
log "c. pool exhaustion"
python3 bench/faults.py pool-exhaustion --out "$OUT/c-pool-exhaustion" --hold "${HOLD:-8}" --clients "${CLIENTS_C:-28}" \
    | tee -a "$OUT/faults.log"
log "done: $OUT"
