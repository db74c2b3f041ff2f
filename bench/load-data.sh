#!/usr/bin/env bash
# Migrates a database with the application's Flyway migrations (bench/pom.xml), loads the benchmark
# organisations (generate-data.sql) and prints what it made.
#
#   bench/load-data.sh jdbc:postgresql://127.0.0.1:5432/bench?user=postgres
#   bench/load-data.sh postgresql://postgres@127.0.0.1:5432/bench
#   AS_OF=2026-11-25 bench/load-data.sh …     # the data's "today" (default: current date)
#
# The database must exist (createdb -h 127.0.0.1 -U postgres bench) and hold no bench-* organisation.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
url=${1:?usage: load-data.sh <jdbc:postgresql://host:port/db?user=… | postgresql://user@host:port/db>}

# JDBC wants jdbc:postgresql://host:port/db with user and password as parameters; psql takes the same
# URL without "jdbc:" (it understands ?user=&password=), or user:password@ in the authority.
url=${url#jdbc:}
url=postgresql://${url#*://}
user=postgres password=
authority=${url#postgresql://}; authority=${authority%%/*}
if [[ $authority == *@* ]]; then
    userinfo=${authority%@*}
    user=${userinfo%%:*}
    [[ $userinfo == *:* ]] && password=${userinfo#*:}
fi
[[ $url =~ [?\&]user=([^\&]*) ]] && user=${BASH_REMATCH[1]}
[[ $url =~ [?\&]password=([^\&]*) ]] && password=${BASH_REMATCH[1]}
jdbc_url="jdbc:postgresql://${authority#*@}/${url#postgresql://*/}"
jdbc_url=${jdbc_url%%\?*}
psql_url=$url

start=$(date +%s.%N)
echo "Migrating $jdbc_url as $user"
"$here/../mvnw" -q -f "$here/pom.xml" flyway:migrate \
    -Dflyway.url="$jdbc_url" -Dflyway.user="$user" -Dflyway.password="$password"
migrated=$(date +%s.%N)

echo "Loading (bench-huge takes a few minutes)"
psql "$psql_url" -X -q -v ON_ERROR_STOP=1 -v as_of="${AS_OF:-}" -f "$here/generate-data.sql"
loaded=$(date +%s.%N)

psql "$psql_url" -X -q -P footer=off <<'SQL'
SELECT o.identifier, o.id,
       (SELECT count(*) FROM items i WHERE i.organisation_id = o.id) AS items,
       (SELECT count(*) FROM add_ons a WHERE a.organisation_id = o.id) AS add_ons,
       (SELECT count(*) FROM bookings b WHERE b.organisation_id = o.id) AS bookings,
       (SELECT count(*) FROM booking_add_ons l WHERE l.organisation_id = o.id) AS add_on_lines
FROM organisations o
WHERE o.identifier IN ('bench-large', 'bench-huge', 'bench-small-01', 'bench-small-48')
ORDER BY o.id;

SELECT count(*) AS organisations, sum(i) AS items, sum(b) AS bookings FROM (
    SELECT (SELECT count(*) FROM items i WHERE i.organisation_id = o.id) AS i,
           (SELECT count(*) FROM bookings b WHERE b.organisation_id = o.id) AS b
    FROM organisations o WHERE o.identifier LIKE 'bench-%') s;

SELECT bi.booking_status, count(*) AS booking_items,
       count(*) FILTER (WHERE bi.hold_expires_at > now()) AS live_holds,
       count(*) FILTER (WHERE upper(bi.date_range) <= current_date) AS past,
       count(*) FILTER (WHERE upper(bi.date_range) > current_date) AS current_or_future
FROM booking_items bi JOIN organisations o ON o.id = bi.organisation_id AND o.identifier LIKE 'bench-%'
GROUP BY ROLLUP (bi.booking_status) ORDER BY bi.booking_status NULLS LAST;

SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size;
SQL
awk -v s="$start" -v m="$migrated" -v l="$loaded" \
    'BEGIN { printf "Elapsed: migrate %.1f s, load %.1f s, total %.1f s\n", m - s, l - m, l - s }'
