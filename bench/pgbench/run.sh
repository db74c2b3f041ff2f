#!/usr/bin/env bash
# Runs pgbench/availability.sql against each benchmark organisation at several concurrencies and
# prints one line per run: tps and latency percentiles from pgbench's per-transaction log.
#
#   bench/pgbench/run.sh [postgresql://postgres@127.0.0.1:5432/bench]
#
# Environment (defaults):
#   ORGS="bench-large bench-huge"  CLIENTS="1 8 32 128"  WARMUP=10  DURATION=30  (seconds)
#   PROTOCOL=prepared   pgbench -M. prepared: a named server statement, as pgjdbc uses after 5
#                       executions on a connection, so the plan cache may settle on a generic plan;
#                       extended: unnamed statements, as pgjdbc's first 4, planned with the values
#                       each time (custom plans). simple is refused: it binds nothing, unlike pgjdbc.
#   PGBENCH=path to pgbench (default: the PostgreSQL 15 one, else the one on PATH)
#   SCRIPT=availability.sql   the query, a file of this directory: availability-set.sql is the page's before V42
#   ROWS=51             the rows availability.sql asks for: 51 for the API's page of 50, 25 for the rooms page's 24
# Threads are min(clients, 2): the machine has 2 cores and pgbench shares them with the server.
# A level needing more connections than the server has free is skipped, with the reason.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
url=${1:-postgresql://postgres@127.0.0.1:5432/bench}
url=${url#jdbc:}
orgs=${ORGS:-bench-large bench-huge}
clients_levels=${CLIENTS:-1 8 32 128}
warmup=${WARMUP:-10}
duration=${DURATION:-30}
protocol=${PROTOCOL:-prepared}
script=${SCRIPT:-availability.sql}
rows=${ROWS:-51}
[[ $protocol == prepared || $protocol == extended ]] || { echo "PROTOCOL must be prepared or extended" >&2; exit 2; }
pgbench=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
[[ -x $pgbench ]] || pgbench=$(command -v pgbench)

q() { psql "$url" -X -A -t -q -v ON_ERROR_STOP=1 -c "$1"; }

# Connections a new client may still open: max_connections less those in use, less the reserved
# ones unless we are a superuser.
free_connections() {
    q "SELECT current_setting('max_connections')::int - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')
              - CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN 0
                     ELSE current_setting('superuser_reserved_connections')::int END"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "pgbench $("$pgbench" --version | awk '{print $3}'), $script, $rows rows, -M $protocol, warm-up ${warmup}s, run ${duration}s," \
     "max_connections $(q 'SHOW max_connections')"
printf '%-12s %7s %7s %9s %9s %9s %9s %9s %9s\n' org clients threads tps 'avg ms' 'p50 ms' 'p95 ms' 'p99 ms' 'max ms'
for org in $orgs; do
    org_id=$(q "SELECT id FROM organisations WHERE identifier = '$org'")
    [[ -n $org_id ]] || { echo "$org: no such organisation (run bench/load-data.sh)" >&2; exit 1; }
    for clients in $clients_levels; do
        threads=$(( clients < 2 ? clients : 2 ))
        free=$(free_connections)
        if (( clients + 1 > free )); then
            printf '%-12s %7s %7s  skipped: needs %d connections, %d free (max_connections)\n' "$org" "$clients" "$threads" "$clients" "$free"
            continue
        fi
        common=(-n -M "$protocol" -f "$here/$script" -D "org_id=$org_id" -D "rows=$rows" -c "$clients" -j "$threads")
        # One pgbench run of warm-up + duration, so the warm-up also warms these connections' plan
        # caches (as a pool's long-lived connections are); only transactions that end inside the
        # last $duration seconds are counted.
        rm -f "$work"/tx.*
        started=$(date +%s.%N)
        "$pgbench" "${common[@]}" -T "$(( warmup + duration ))" --log --log-prefix="$work/tx" "$url" \
            > "$work/run.out" 2>&1 || { cat "$work/run.out" >&2; exit 1; }
        # Per-transaction log: client, transaction, latency (us), script, end time (epoch s, us).
        cat "$work"/tx.* | awk -v from="$started" -v w="$warmup" -v d="$duration" \
            '{ end = $5 + $6 / 1e6 } end >= from + w && end < from + w + d { print $3 }' \
            | sort -n | awk -v org="$org" -v c="$clients" -v j="$threads" -v d="$duration" '
            { v[NR] = $1; sum += $1 }
            function pct(p,  i) { i = int(NR * p + 0.999999); if (i < 1) i = 1; return v[i] / 1000 }
            END { if (NR == 0) { printf "%-12s %7d %7d  no transaction completed in the measured window\n", org, c, j; exit }
                  printf "%-12s %7d %7d %9.1f %9.2f %9.2f %9.2f %9.2f %9.2f\n",
                         org, c, j, NR / d, sum / NR / 1000, pct(0.50), pct(0.95), pct(0.99), v[NR] / 1000 }'
    done
done
