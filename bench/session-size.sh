#!/usr/bin/env bash
# What one public visitor's HTTP session costs the server's heap: the live heap after a full GC
# before and after COUNT visits that each arrive without a cookie (so each makes one new session, kept
# until the 60-minute session timeout), divided by the sessions made.
#
#   bench/session-size.sh [org] [page] [count]      # defaults: bench-large rooms 2000
#     page: rooms  GET /{org}/rooms?check_in=…&checkout=…          (a search, random stays as the driver's)
#           room   GET /{org}/rooms/{item}?check_in=…&checkout=…   (one room's booking page)
#   BASE_URL=http://localhost:8080  DB_URL=postgresql://postgres@127.0.0.1:5432/bench  SEED=1
#   SERVER_PID (default: the process listening on BASE_URL's port)
#
# "Live heap" is the Total of jcmd GC.class_histogram, which runs a full GC first; sessions are counted
# as io.undertow.server.session.InMemorySessionManager$SessionImpl instances in the same histograms.
# Everything else the visits leave live (caches warming) is counted against the sessions, so 50 visits
# are made before the first histogram, and the figure is an upper bound. The classes that grew most are
# printed: they show what a session holds. Visits are sent by curl, 4 at a time.
set -euo pipefail

org=${1:-bench-large}
page=${2:-rooms}
count=${3:-2000}
base_url=${BASE_URL:-http://localhost:8080}
base_url=${base_url%/}
db_url=${DB_URL:-postgresql://postgres@127.0.0.1:5432/bench}
db_url=${db_url#jdbc:}
seed=${SEED:-1}
port=${base_url##*:}
pid=${SERVER_PID:-$(ss -Htlnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
[[ -n $pid ]] || { echo "No server process listens on port $port; set SERVER_PID" >&2; exit 1; }
[[ $page == rooms || $page == room ]] || { echo "page is rooms or room" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# count + 50 visits as a curl config, drawn by PostgreSQL from the seed: stays as wrk/common.lua draws
# them; for the room page, one of the organisation's active rooms.
psql "$db_url" -X -q -A -t -v ON_ERROR_STOP=1 > "$work/urls.cfg" <<SQL
SELECT setseed(($seed % 1000) / 1000.0);
WITH visits AS (
    SELECT n, DATE '2027-01-01' + floor(random() * 716)::int AS check_in, 1 + floor(random() * 14)::int AS nights,
           floor(random() * 1e9)::bigint AS pick
    FROM generate_series(1, $count + 50) n
), rooms AS (
    SELECT row_number() OVER (ORDER BY i.id) - 1 AS k, i.id, count(*) OVER () AS total
    FROM items i JOIN organisations o ON o.id = i.organisation_id
    WHERE o.identifier = '$org' AND i.active
)
SELECT format(E'url = "%s/%s/rooms%s?check_in=%s&checkout=%s"\noutput = "/dev/null"', '$base_url', '$org',
              CASE WHEN '$page' = 'room' THEN '/' || r.id ELSE '' END, v.check_in, v.check_in + v.nights)
FROM visits v JOIN rooms r ON r.k = v.pick % r.total
ORDER BY v.n;
SQL
sed -i '/^$/d' "$work/urls.cfg"
head -n 100 "$work/urls.cfg" > "$work/warm.cfg"
tail -n +101 "$work/urls.cfg" > "$work/visits.cfg"

visit() { curl -s --no-progress-meter --parallel --parallel-max 4 -K "$1" -w '%{http_code}\n' | sort | uniq -c | awk '{ printf "%s × %s ", $1, $2 }'; }
live() { awk '/^Total/ { print $3 }' "$1"; }
sessions() { awk '$4 == "io.undertow.server.session.InMemorySessionManager$SessionImpl" { n = $2 } END { print n + 0 }' "$1"; }

visit "$work/warm.cfg" > /dev/null
jcmd "$pid" GC.class_histogram > "$work/before.txt"
answers=$(visit "$work/visits.cfg")
jcmd "$pid" GC.class_histogram > "$work/after.txt"

before=$(live "$work/before.txt") after=$(live "$work/after.txt")
s0=$(sessions "$work/before.txt") s1=$(sessions "$work/after.txt")
made=$(( s1 - s0 ))
echo "$page page of $org, $count visits without a cookie (answers: ${answers% }): sessions $s0 -> $s1 (+$made);" \
     "live heap after full GC $(( before / 1024 )) KB -> $(( after / 1024 )) KB"
if (( made > 0 )); then
    awk -v b="$before" -v a="$after" -v n="$made" -v page="$page" -v org="$org" \
        'BEGIN { printf "session-size,%s,%s,%.1f KB a session\n", org, page, (a - b) / n / 1024 }'
else  # a stateless page: what the visits left live, if anything, per visit
    awk -v b="$before" -v a="$after" -v n="$count" -v page="$page" -v org="$org" \
        'BEGIN { printf "session-size,%s,%s,0 KB a session (no session made; live heap %+.2f KB a visit)\n", org, page, (a - b) / n / 1024 }'
fi
echo "  classes that grew most (bytes, instances, class):"
awk 'FNR == 1 { file++ } $1 ~ /^[0-9]+:$/ { if (file == 1) { b0[$4] = $3; n0[$4] = $2 } else { b1[$4] = $3; n1[$4] = $2 } }
     END { for (k in b1) printf "  %12d %9d  %s\n", b1[k] - b0[k], n1[k] - n0[k], k }' "$work/before.txt" "$work/after.txt" \
    | sort -nr | awk 'NR <= 12'
