#!/usr/bin/env bash
# Soak: CLIENTS (32) clients searching bench-large, half through the availability API and half as the
# public rooms page (wrk/mixed.lua), for DURATION seconds, as back-to-back wrk runs of SAMPLE seconds;
# before the first and after each, the server's live heap after a full GC and its HTTP sessions
# (jcmd GC.class_histogram, as bench/session-size.sh). Issue 6 asks for an hour without heap growth:
#
#   bench/soak.sh                          # DURATION=3600 SAMPLE=300
#   DURATION=120 SAMPLE=30 bench/soak.sh   # a smoke run
#
# Environment: BASE_URL, DB_URL (as bench/run.sh), ORG=bench-large, CLIENTS=32, API_SHARE=0.5,
# PAGE_SESSION=fresh (each page view a new visitor without a cookie; the rooms page makes no session)
# or keep (one returning visitor per wrk thread), SEED=1, TIMEOUT=30s, SERVER_PID,
# OUT=bench/results/soak-<UTC stamp>.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base_url=${BASE_URL:-http://localhost:8080}
base_url=${base_url%/}
db_url=${DB_URL:-postgresql://postgres@127.0.0.1:5432/bench}
db_url=${db_url#jdbc:}
org=${ORG:-bench-large}
clients=${CLIENTS:-32}
duration=${DURATION:-3600}
sample=${SAMPLE:-300}
out=${OUT:-$here/results/soak-$(date -u +%Y-%m-%dT%H%M%SZ)}
port=${base_url##*:}
pid=${SERVER_PID:-$(ss -Htlnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
[[ -n $pid ]] || { echo "No server process listens on port $port; set SERVER_PID" >&2; exit 1; }
mkdir -p "$out"
csv=$out/soak.csv

psql "$db_url" -X -q -v ON_ERROR_STOP=1 -f "$here/sql/api-keys.sql"
org_id=$(psql "$db_url" -X -A -t -q -c "SELECT id FROM organisations WHERE identifier = '$org'")
threads=$(( clients < 2 ? clients : 2 ))

heap() {  # live heap after a full GC in MB, and the HTTP sessions
    jcmd "$pid" GC.class_histogram | awk '/^Total/ { total = $3 }
        $4 == "io.undertow.server.session.InMemorySessionManager$SessionImpl" { sessions = $2 }
        END { printf "%.1f %d\n", total / 1048576, sessions }'
}

echo "Soak: $clients clients on $org (API share ${API_SHARE:-0.5}, pages ${PAGE_SESSION:-fresh}), ${duration}s in runs of ${sample}s; server pid $pid" | tee "$out/soak.txt"
printf '%8s %10s %9s %9s %9s %11s %10s\n' elapsed 'req/s' 'p50 ms' 'p95 ms' 'not 200' 'heap MB' sessions | tee -a "$out/soak.txt"
read -r mb sessions < <(heap)
printf '%8s %10s %9s %9s %9s %11s %10s\n' 0 - - - - "$mb" "$sessions" | tee -a "$out/soak.txt"
start_mb=$mb
elapsed=0
while (( elapsed < duration )); do
    run=$(( duration - elapsed < sample ? duration - elapsed : sample ))
    : > "$csv.last"
    env SCENARIO=soak ORG="$org" ORG_ID="$org_id" API_KEY="bk_${org//-/_}_0000000000" CLIENTS="$clients" WRK_THREADS="$threads" \
        SEED="$(( ${SEED:-1} + elapsed ))" RESULT_CSV="$csv.last" API_SHARE="${API_SHARE:-0.5}" PAGE_SESSION="${PAGE_SESSION:-fresh}" \
        wrk -t"$threads" -c"$clients" -d"${run}s" --timeout "${TIMEOUT:-30s}" -s "$here/wrk/mixed.lua" "$base_url" >> "$out/wrk.log" 2>&1
    cat "$csv.last" >> "$csv"
    elapsed=$(( elapsed + run ))
    read -r mb sessions < <(heap)
    awk -F, -v e="$elapsed" -v mb="$mb" -v s="$sessions" '{ printf "%8d %10.1f %9.1f %9.1f %9d %11s %10s\n",
        e, $6, $8, $9, $5 - $12 + $17 + $18, mb, s }' "$csv.last" | tee -a "$out/soak.txt"
done
rm -f "$csv.last"
echo "Live heap after full GC: ${start_mb} MB at the start, ${mb} MB at the end; $sessions HTTP sessions at the end" | tee -a "$out/soak.txt"
