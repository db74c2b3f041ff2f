#!/usr/bin/env bash
# The load driver: every benchmark of issue 6 against the running application, in one command, with
# the raw PostgreSQL ceiling measured in the same run. Results go to bench/results/<UTC stamp>/:
# RESULTS.md (bench/results-template.md filled in), results.csv, and every tool's own output.
#
#   bench/run.sh                                   # everything, 10 s warm-up + 30 s per point
#   WARMUP=2 DURATION=5 SESSIONS=500 bench/run.sh  # a smoke run (about 6 minutes)
#   SCENARIOS="api page" ORGS=bench-large CLIENTS="8 32" bench/run.sh
#
# The application must be running on the benchmark database with the API's rate limit raised:
#   JBOSS_JAVA_SIZING='-Xms2g -Xmx2g' BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench BOOKING_API_REQUESTS_PER_MINUTE=1000000000 ./mvnw -Prun
#
# Environment (defaults):
#   BASE_URL=http://localhost:8080     the application
#   DB_URL=postgresql://postgres@127.0.0.1:5432/bench
#   SCENARIOS="pgbench api page paced session book-free book-hot"   run in this order, whatever the order given:
#     pgbench    bench/pgbench/run.sh: the availability query straight against PostgreSQL (the ceiling), for
#                the API's page of 50 and, with page, again for the rooms page's 24 (pgbench-page)
#     api        GET /api/v3/organisations/{id}/items?check_in=…&checkout=… (wrk/search.lua)
#     page       GET /{org}/rooms?check_in=…&checkout=…, the whole HTML, each request a new visitor
#     paced      api and page again, the clients together sending a share of this run's pgbench tps at the
#                same level (PACE_SHARE=0.31 for the API, PAGE_PACE_SHARE=0.15 for the page) or PACE_RATE a
#                second, at PACED_CLIENTS (32, the targets' level): the latency a guest sees at that load
#     session    a public visitor's HTTP session: heap after full GC before and after SESSIONS
#                fresh visits (bench/session-size.sh)
#     book-free  POST …/bookings on free nights of BOOK_ORG, each night asked for once (wrk/book.lua)
#     book-hot   POST …/bookings on 10 free nights of each of 4 rooms per level: most must lose (409);
#                then the e-mails not yet sent (mail outbox) and the overlapping stays (must be 0)
#   ORGS="bench-large bench-huge"  CLIENTS="1 8 32 128"  WARMUP=10  DURATION=30 (seconds per point)
#   BOOK_WARMUP=60 (book-free's warm-up a level, in seconds: a server that has only searched books at half speed at first)
#   BOOK_ORG=bench-large  SEED=1 (the Lua scripts' and free-night order's seed)  TIMEOUT=30s (wrk's)
#   SESSIONS=2000  SESSION_PAGE="rooms room"  PGBENCH_PROTOCOL=prepared
#   RESET=1   remove earlier runs' bookings first (sql/reset-bookings.sql), so each run books the same nights
#   OUT=bench/results/<UTC stamp>
# Each point is a warm-up run (not recorded) then a measured run, both at the point's concurrency;
# wrk uses min(clients, 2) threads (2 cores). Requires wrk (apt-get install -y wrk), psql, curl, jcmd.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
base_url=${BASE_URL:-http://localhost:8080}
base_url=${base_url%/}
db_url=${DB_URL:-postgresql://postgres@127.0.0.1:5432/bench}
db_url=${db_url#jdbc:}
scenarios=${SCENARIOS:-pgbench api page paced session book-free book-hot}
orgs=${ORGS:-bench-large bench-huge}
clients_levels=${CLIENTS:-1 8 32 128}
warmup=${WARMUP:-10}
book_warmup=${BOOK_WARMUP:-60}
duration=${DURATION:-30}
book_org=${BOOK_ORG:-bench-large}
seed=${SEED:-1}
timeout=${TIMEOUT:-30s}
out=${OUT:-$here/results/$(date -u +%Y-%m-%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
csv=$out/results.csv
log=$out/run.log
started_at=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

for tool in wrk psql curl jcmd ss; do
    command -v "$tool" > /dev/null || { echo "bench/run.sh needs $tool (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

say() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$log"; }
q() { psql "$db_url" -X -A -t -q -v ON_ERROR_STOP=1 -c "$1"; }
org_id() { q "SELECT id FROM organisations WHERE identifier = '$1'"; }
api_key() { echo "bk_${1//-/_}_0000000000"; }   # sql/api-keys.sql's rule

# --- Before anything: the application, the data, the keys -------------------------------------
port=${base_url##*:}
server_pid=${SERVER_PID:-$(ss -Htlnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
large_id=$(org_id bench-large)
[[ -n $large_id ]] || { echo "No bench-large in $db_url: load it with bench/load-data.sh" >&2; exit 1; }
psql "$db_url" -X -q -v ON_ERROR_STOP=1 -f "$here/sql/api-keys.sql"
probe=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(api_key bench-large)" \
    "$base_url/api/v3/organisations/$large_id/items?check_in=2027-06-01&checkout=2027-06-02" || true)
if [[ $probe != 200 ]]; then
    echo "The application at $base_url answered $probe to the availability API (want 200). Start it with" >&2
    echo "  JBOSS_JAVA_SIZING='-Xms2g -Xmx2g' BOOKING_DB_URL=jdbc:postgresql://127.0.0.1:5432/bench BOOKING_API_REQUESTS_PER_MINUTE=1000000000 ./mvnw -Prun" >&2
    exit 1
fi

echo "scenario,org,clients,seconds,requests,rps,mean_ms,p50_ms,p95_ms,p99_ms,max_ms,status_200,status_201,status_409,status_429,status_other,socket_errors,timeouts" > "$csv"
say "Results in $out"

cli=$root/booking-ear/target/wildfly-39.0.1.Final/bin/jboss-cli.sh

# --- The machine, for RESULTS.md ---------------------------------------------------------------
{
    echo "- Date: $started_at; commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ' (with uncommitted changes)')"
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(uname -sr)"
    echo "- Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: other builds and tests may run)"
    if [[ -n $server_pid ]]; then
        echo "- Server JVM (pid $server_pid): $(jcmd "$server_pid" VM.version | sed -n 2p); $(jcmd "$server_pid" VM.flags \
            | tr ' ' '\n' | grep -E '^-XX:(MaxHeapSize|InitialHeapSize|\+Use.*GC)' | tr '\n' ' ')"
    fi
    echo "- PostgreSQL: $(q 'SHOW server_version'); $(q "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
        WHERE name IN ('max_connections', 'shared_buffers', 'work_mem', 'effective_cache_size', 'synchronous_commit', 'jit', 'random_page_cost', 'plan_cache_mode')")"
    echo "- Data: $(q "SELECT string_agg(o.identifier || ' ' || (SELECT count(*) FROM items i WHERE i.organisation_id = o.id) || ' items', ', ' ORDER BY o.id)
        FROM organisations o WHERE o.identifier IN ('bench-large', 'bench-huge')"), $(q 'SELECT count(*) FROM booking_items') booking items"
    echo "- Tools: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $("${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}" --version 2>/dev/null || pgbench --version)"
    if [[ -x $cli ]]; then
        "$cli" --connect --controller="${MANAGEMENT:-localhost:9990}" --output-json --commands='/subsystem=datasources/data-source=BookingDS:read-attribute(name=max-pool-size, resolve-expressions=true),/subsystem=io/worker=default:read-attribute(name=task-max-threads),/subsystem=io/worker=default:read-attribute(name=io-threads),/subsystem=ejb3/strict-max-bean-instance-pool=slsb-strict-max-pool:read-attribute(name=derived-size)' \
            2> /dev/null | grep -o '"result" : [^,}]*' | cut -d: -f2 | tr -d ' "' | paste -sd' ' \
            | awk '{ if (NF == 4) printf "- WildFly: BookingDS max-pool-size %s, Undertow worker task-max-threads %s, io-threads %s, stateless EJB pool %s\n", $1, $2, $3, $4 }'
    fi
} > "$out/machine.md"
cat "$out/machine.md" | tee -a "$log"

# One wrk run: run_wrk <scenario> <org> <clients> <seconds> <script> <record yes|no> [VAR=value …]
run_wrk() {
    local scenario=$1 org=$2 clients=$3 seconds=$4 script=$5 record=$6
    shift 6
    local threads=$(( clients < 2 ? clients : 2 ))
    local result_csv=
    [[ $record == yes ]] && result_csv=$csv
    echo "--- $scenario $org clients=$clients ${seconds}s record=$record $*" >> "$out/wrk.log"
    env SCENARIO="$scenario" ORG="$org" CLIENTS="$clients" WRK_THREADS="$threads" SEED="$seed" RESULT_CSV="$result_csv" "$@" \
        wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout "$timeout" --latency -s "$here/wrk/$script" "$base_url" \
        >> "$out/wrk.log" 2>&1
}

# One point: a warm-up run (unless WARMUP=0), then the recorded one, whose CSV line is printed.
# measure <scenario> <org> <clients> <script> [VAR=value …]
measure() {
    local scenario=$1 org=$2 clients=$3 script=$4
    shift 4
    (( warmup > 0 )) && run_wrk "warmup-$scenario" "$org" "$clients" "$warmup" "$script" no "$@"
    run_wrk "$scenario" "$org" "$clients" "$duration" "$script" yes "$@"
    tail -1 "$csv" | tee -a "$log"
}

# --- 1. pgbench: the ceiling, for the API's page (50 + 1 rows) and, with page, for the rooms page's
# (24 + 1): the walk stops once its page is full, so each is measured against its own query ----------
# pgbench_ceiling <scenario name in the CSV> <rows>
pgbench_ceiling() {
    local name=$1 rows=$2
    say "$name: $orgs at $clients_levels clients, $rows rows, -M ${PGBENCH_PROTOCOL:-prepared}"
    ORGS="$orgs" CLIENTS="$clients_levels" WARMUP="$warmup" DURATION="$duration" PROTOCOL="${PGBENCH_PROTOCOL:-prepared}" \
        ROWS="$rows" "$here/pgbench/run.sh" "$db_url" | tee "$out/$name.txt" | tee -a "$log"
    # org clients threads tps avg p50 p95 p99 max -> the CSV's columns (no status counts from pgbench)
    awk -v d="$duration" -v name="$name" '$2 ~ /^[0-9]+$/ && $4 ~ /^[0-9.]+$/ {
            printf "%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%s,,,,,,,\n", name, $1, $2, d, $4 * d, $4, $5, $6, $7, $8, $9 }
        $2 ~ /^[0-9]+$/ && $4 == "skipped:" { printf "%s,%s,%s,,,,,,,,,,,,,,,\n", name, $1, $2 }' "$out/$name.txt" >> "$csv"
}
if [[ " $scenarios " == *" pgbench "* ]]; then
    pgbench_ceiling pgbench 51
    if [[ " $scenarios " == *" page "* ]]; then
        pgbench_ceiling pgbench-page 25
    fi
fi

# --- 2, 3. Availability over the API and the rooms page --------------------------------------------
for scenario in api page; do
    [[ " $scenarios " == *" $scenario "* ]] || continue
    for org in $orgs; do
        id=$(org_id "$org")
        for clients in $clients_levels; do
            say "$scenario $org $clients clients"
            measure "$scenario" "$org" "$clients" search.lua SEARCH="$scenario" ORG_ID="$id" API_KEY="$(api_key "$org")"
        done
    done
done

# --- 3b. The same searches paced: a share of what PostgreSQL alone does at the same level in this run,
# or PACE_RATE a second. The API at the availability target's load (PACE_SHARE, 0.31: its 30 % and room
# for the few requests a run falls short at its ends); the rooms page, which has no throughput target
# and does about 25 % of pgbench flat out, at PAGE_PACE_SHARE (0.15), about half of that --------------
if [[ " $scenarios " == *" paced "* ]]; then
    for org in $orgs; do
        id=$(org_id "$org")
        for clients in ${PACED_CLIENTS:-32}; do
            for search in api page; do
                share=${PACE_SHARE:-0.31}
                [[ $search == page ]] && share=${PAGE_PACE_SHARE:-0.15}
                rate=${PACE_RATE:-$(awk -F, -v o="$org" -v c="$clients" -v share="$share" \
                    '$1 == "pgbench" && $2 == o && $3 == c && $6 != "" { printf "%.0f", $6 * share }' "$csv")}
                if [[ -z $rate ]]; then
                    say "$search-paced $org $clients clients: skipped, no pgbench figure in this run (add pgbench or set PACE_RATE)"
                    continue
                fi
                say "$search-paced $org $clients clients, $rate requests a second"
                measure "$search-paced" "$org" "$clients" search.lua SEARCH="$search" ORG_ID="$id" \
                    API_KEY="$(api_key "$org")" PACE_RATE="$rate"
            done
        done
    done
fi

# --- 4. A visitor's session (before the bookings, whose confirmation e-mails the server sends --------
# afterwards, moving the heap this measures) ---------------------------------------------------------
if [[ " $scenarios " == *" session "* ]]; then
    if [[ -z $server_pid ]]; then
        say "session: skipped, no server process found listening on port $port (set SERVER_PID)"
    else
        for page in ${SESSION_PAGE:-rooms room}; do
            say "session: $page page of bench-large, ${SESSIONS:-2000} fresh visitors"
            BASE_URL="$base_url" SERVER_PID="$server_pid" SEED="$seed" "$here/session-size.sh" bench-large "$page" "${SESSIONS:-2000}" \
                | tee -a "$out/session.txt" | tee -a "$log"
        done
    fi
fi

# --- 5. Bookings through the API ----------------------------------------------------------------------
if [[ " $scenarios " == *" book-"* ]]; then
    id=$(org_id "$book_org")
    if [[ ${RESET:-1} == 1 ]]; then
        say "Removing earlier runs' bookings (sql/reset-bookings.sql)"
        psql "$db_url" -X -q -A -t -v ON_ERROR_STOP=1 -f "$here/sql/reset-bookings.sql" | sed "s/^/bookings removed: /" | tee -a "$log"
    fi
    levels=$(wc -w <<< "$clients_levels")
    slots=(psql "$db_url" -X -q -A -t -F ' ' -v ON_ERROR_STOP=1 -v org_id="$id" -v seed="$seed" -v hot_items=$(( 4 * levels ))
        -f "$here/sql/free-nights.sql")
    "${slots[@]}" -v mode=free -v max_rows=400000 > "$out/free-nights.txt"
    "${slots[@]}" -v mode=hot > "$out/hot-nights.txt"
    say "$book_org: $(wc -l < "$out/free-nights.txt") free nights listed for book-free, $(wc -l < "$out/hot-nights.txt") on $(( 4 * levels )) hot rooms"
    book_vars=(ORG_ID="$id" API_KEY="$(api_key "$book_org")")
fi
if [[ " $scenarios " == *" book-free "* ]]; then
    next=0
    for clients in $clients_levels; do
        say "book-free $book_org $clients clients"
        for phase in warmup record; do
            [[ $phase == warmup ]] && (( book_warmup == 0 )) && continue
            seconds=$duration record=yes scenario=book-free
            [[ $phase == warmup ]] && seconds=$book_warmup record=no scenario=warmup-book-free
            run_wrk "$scenario" "$book_org" "$clients" "$seconds" book.lua "$record" "${book_vars[@]}" BOOKING=free \
                SLOTS="$out/free-nights.txt" SLOT_FROM="$next" SLOT_STATE="$out/slot-state" \
                RUN_ID="$(date -u +%Y%m%dT%H%M%S)-$phase-$clients"
            next=$(cat "$out/slot-state")
        done
        tail -1 "$csv" | tee -a "$log"
    done
    (( next < $(wc -l < "$out/free-nights.txt") )) || say "WARNING: the free-night list ran out; later requests asked for taken nights"
fi
if [[ " $scenarios " == *" book-hot "* ]]; then
    level=0
    for clients in $clients_levels; do
        level=$(( level + 1 ))
        say "book-hot $book_org $clients clients (rooms of level $level)"
        awk -v l="$level" '$1 == l { print $2, $3, $4 }' "$out/hot-nights.txt" > "$out/hot-nights-$level.txt"
        # No warm-up: it would take the pool's nights; book-free has warmed the same path.
        run_wrk book-hot "$book_org" "$clients" "$duration" book.lua yes "${book_vars[@]}" BOOKING=hot \
            SLOTS="$out/hot-nights-$level.txt" RUN_ID="$(date -u +%Y%m%dT%H%M%S)-hot-$clients"
        tail -1 "$csv" | tee -a "$log"
    done
fi
if [[ " $scenarios " == *" book-"* ]]; then
    # Confirmation e-mails wait in the mail outbox, a table, until the server's mail job has sent them.
    say "Confirmation e-mails not yet sent (pending in the mail outbox) after the bookings: $(q "SELECT count(*) FROM mail_outbox WHERE status = 'pending'")" \
        | tee "$out/mail_backlog.txt"
    say "Overlapping blocking booking items (must be 0):"
    psql "$db_url" -X -q -v ON_ERROR_STOP=1 -v orgs="$book_org" -f "$here/sql/overlaps.sql" | tee "$out/overlaps.txt" | tee -a "$log"
fi

# --- Summary ------------------------------------------------------------------------------------------
echo "- Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.md"
"$here/summarise.sh" "$out" > "$out/summary.md"
{
    echo "bench/run.sh with BASE_URL=$base_url DB_URL=$db_url"
    echo "SCENARIOS=\"$scenarios\" PACE_SHARE=${PACE_SHARE:-0.31} PAGE_PACE_SHARE=${PAGE_PACE_SHARE:-0.15} PACED_CLIENTS=\"${PACED_CLIENTS:-32}\"${PACE_RATE:+ PACE_RATE=$PACE_RATE} ORGS=\"$orgs\" CLIENTS=\"$clients_levels\" WARMUP=$warmup BOOK_WARMUP=$book_warmup DURATION=$duration BOOK_ORG=$book_org SEED=$seed TIMEOUT=$timeout SESSIONS=${SESSIONS:-2000} RESET=${RESET:-1} PGBENCH_PROTOCOL=${PGBENCH_PROTOCOL:-prepared}${SEARCH_EXTRA:+ SEARCH_EXTRA='$SEARCH_EXTRA'}"
} > "$out/command.txt"
awk -v out="$out" -v date="$started_at" '
    # A line {{NAME}} is replaced by the file name.md or name.txt of this run, when there is one.
    /^\{\{[A-Z_]+\}\}$/ { name = tolower(substr($0, 3, length($0) - 4)); found = 0
                          for (i = 1; i <= 2 && !found; i++) {
                              file = out "/" name (i == 1 ? ".md" : ".txt")
                              while ((getline line < file) > 0) { print line; found = 1 }
                              close(file) }
                          if (!found) print "(not measured in this run)"
                          next }
    { gsub(/\{\{DATE\}\}/, date); print }' "$here/results-template.md" > "$out/RESULTS.md"
cat "$out/summary.md"
say "Done: $out/RESULTS.md"
