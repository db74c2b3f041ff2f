#!/usr/bin/env bash
# Builds the Bookspace container image and runs it for real, on a machine with no Docker engine and
# no container registry (this project's own; CI runs it after ./mvnw verify): Debian's podman, a
# Debian JRE 17 base made with mmdebstrap, and a stand-in for the official WildFly image made from the
# wildfly-dist zip in the local Maven repository (../shared/DESIGN.md, "Containers on this machine
# kind"). Then it starts the image on the host network against the machine's PostgreSQL and checks
# what an operator relies on: a non-root server, readiness UP, the image's HEALTHCHECK, a seeded
# organisation's rooms page, an authenticated API call and a refused one, and a clean stop on SIGTERM.
# Any failed check ends it non-zero. The two base images stay in podman's store, so a second run only
# rebuilds the Bookspace layers.
#
# Needs the EAR (./mvnw package -DskipTests, or any build that made booking-ear/target/booking-ear.ear).
# Settings: IMAGE_CHECK_PORT_OFFSET (default 400: HTTP on 8480, management on 10390), and PGHOST,
# PGPORT, PGUSER, PGPASSWORD for the PostgreSQL it creates its database on (127.0.0.1, 5432, postgres,
# postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${IMAGE_CHECK_PORT_OFFSET:-400}
http_port=$((8080 + offset))
management_port=$((9990 + offset))
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
database=bookspace_image_check
container=bookspace-image-check-$$
image=localhost/bookspace:check
ear=booking-ear/target/booking-ear.ear
wildfly_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
wildfly_image=quay.io/wildfly/wildfly:${wildfly_version}-jdk17
wildfly_zip=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip
# A graceful stop waits for requests in flight up to BOOKING_SHUTDOWN_TIMEOUT_SECONDS (20 by default);
# an idle server must be well within it.
stop_bound_seconds=15

started=$SECONDS
step() { printf '\n== [%3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() {
    echo "test-image: FAILED: $*" >&2
    if [ -n "${container_started:-}" ]; then
        echo "--- last lines of the container's log:" >&2
        podman logs --tail 60 "$container" >&2 || true
    fi
    [ -n "${work:-}" ] && [ -s "$work/podman.log" ] && { echo "--- podman said:" >&2; cat "$work/podman.log" >&2; }
    exit 1
}

trap 'fail "line $LINENO: $BASH_COMMAND"' ERR

work=$(mktemp -d)
cleanup() {
    if [ -n "${container_started:-}" ]; then podman rm -f -t 0 "$container" >/dev/null 2>&1 || true; fi
    if [ -n "${database_created:-}" ]; then dropdb --if-exists "$database" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

[ -f "$ear" ] || fail "no $ear: build it first (./mvnw package -DskipTests)"

# shellcheck source=docker/standin/images.sh
. docker/standin/images.sh
# shellcheck source=docker/demo-checks.sh
. docker/demo-checks.sh

step "Tools: podman, runc, mmdebstrap, PostgreSQL's client"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
standin_install podman:podman runc:runc mmdebstrap:mmdebstrap unzip:unzip curl:curl psql:postgresql-client
standin_podman_config

step "PostgreSQL on $PGHOST:$PGPORT"
if ! pg_isready -q; then
    command -v pg_ctlcluster >/dev/null || fail "PostgreSQL does not answer on $PGHOST:$PGPORT"
    $sudo pg_ctlcluster --skip-systemctl-redirect 15 main start
    for _ in $(seq 30); do pg_isready -q && break; sleep 1; done
    pg_isready -q || fail "PostgreSQL 15 did not start"
fi
dropdb --if-exists "$database"
createdb "$database"
database_created=1

step "Base image localhost/debian-jre17 and the WildFly stand-in $wildfly_image"
standin_base
standin_wildfly "$wildfly_image" "$wildfly_version" "$wildfly_zip"

step "Bookspace image $image from $ear"
# Docker's format keeps the HEALTHCHECK (OCI images have no such field).
previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
podman build --quiet --format docker --pull=never -f docker/Dockerfile -t "$image" . >/dev/null
# The image an earlier run built, now untagged, goes; the base images and build cache stay.
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$image")" ]; then
    podman rmi "$previous" >/dev/null 2>&1 || true
fi

user=$(podman image inspect --format '{{.Config.User}}' "$image")
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ] || fail "the image runs as '$user', not as a non-root user"
healthcheck=$(podman image inspect --format '{{.HealthCheck}}' "$image")
case "$healthcheck" in *health/ready*) ;; *) fail "the image has no HEALTHCHECK against readiness: $healthcheck" ;; esac
echo "user $user; health check $healthcheck"

step "Start it on the host network, port offset $offset, database $database"
# A container an interrupted earlier run of this script left behind would hold the ports.
for leftover in $(podman ps -a --format '{{.Names}}' | grep '^bookspace-image-check-' || true); do
    podman rm -f -t 0 "$leftover" >/dev/null 2>>"$work/podman.log" || true
done
# --health-interval=disable: no systemd timer here; the check is run by hand below.
podman run -d --name "$container" --network=host --health-interval=disable \
    -e BOOKING_PORT_OFFSET="$offset" \
    -e BOOKING_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
    -e BOOKING_DB_USER="$PGUSER" -e BOOKING_DB_PASSWORD="$PGPASSWORD" \
    -e BOOKING_PUBLIC_URL="http://localhost:$http_port" -e BOOKING_SECURE_COOKIES=false \
    -e BOOKING_SMTP_HOST=127.0.0.1 -e BOOKING_SMTP_PORT=1 \
    "$image" >/dev/null 2>>"$work/podman.log"
container_started=$SECONDS

# WildFly's readiness answers 200 once the server runs with the deployment up, 503 before.
ready=""
for _ in $(seq 300); do
    [ "$(podman inspect --format '{{.State.Running}}' "$container")" = true ] || fail "the container exited while starting"
    if curl -fsS -o "$work/ready.json" "http://127.0.0.1:$management_port/health/ready" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 1
done
[ -n "$ready" ] || fail "readiness (http://127.0.0.1:$management_port/health/ready) not UP within 300 s"
echo "ready after $((SECONDS - container_started)) s: $(cat "$work/ready.json")"

podman healthcheck run "$container" >/dev/null 2>>"$work/podman.log" || fail "the image's HEALTHCHECK reports unhealthy while readiness is UP"
uid=$(podman exec "$container" id -u)
[ "$uid" != 0 ] || fail "the server runs as root inside the container"
echo "HEALTHCHECK healthy; the server runs as uid $uid"

step "A seeded organisation's rooms page and the API"
# The run command's demo organisation (Harbour House, its rooms and API key), on the schema the
# container's Flyway just made.
psql -q -v ON_ERROR_STOP=1 -d "$database" -f booking-ear/src/test/resources/devserver/demo-data.sql >/dev/null
organisation=$(psql -tA -d "$database" -c "SELECT id FROM organisations WHERE identifier = 'demo'")
check_demo_rooms_and_api "http://127.0.0.1:$http_port" "$organisation"

status=$(curl -sS -o "$work/refused.json" -w '%{http_code} %{content_type}' -H 'Authorization: Bearer bk_wrong_key_000000000000000000' "$items")
[ "$status" = "401 application/problem+json" ] || fail "a wrong key got $status, not 401 problem+json"
echo "API with a wrong key: $status"

step "Stop on SIGTERM while a request is in flight"
# A transaction holds the rooms table for 6 s, so a rooms page asked for now is still waiting on the
# database when the stop begins: a graceful stop lets it finish (200) before the server goes.
psql -q -d "$database" -c "BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(6); COMMIT;" >/dev/null &
locker=$!
sleep 1
curl -sS -o "$work/in-flight.html" -w '%{http_code}' "$rooms" \
    > "$work/in-flight.status" 2>&1 &
in_flight=$!
sleep 1
stop_started=$SECONDS
podman stop -t 40 "$container" >/dev/null 2>>"$work/podman.log"
stop_seconds=$((SECONDS - stop_started))
wait "$in_flight" || true
wait "$locker" || true
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$container")
podman logs "$container" > "$work/server.log" 2>&1
[ "$exit_code" = 0 ] || fail "the server exited with $exit_code after SIGTERM (137 is SIGKILL: it did not stop in time)"
[ "$(cat "$work/in-flight.status")" = 200 ] && grep -q 'Sea Room' "$work/in-flight.html" \
    || fail "the request in flight when the stop began did not finish: $(cat "$work/in-flight.status")"
grep -q 'WFLYSRV0211' "$work/server.log" || fail "the server did not suspend (graceful shutdown) on SIGTERM"
grep -q 'WFLYSRV0050' "$work/server.log" || fail "the server log does not say it stopped"
[ "$stop_seconds" -le "$stop_bound_seconds" ] || fail "stopping took ${stop_seconds} s, over ${stop_bound_seconds} s"
echo "the request in flight answered 200; stopped gracefully in ${stop_seconds} s, exit code 0"
echo "$(grep -o 'WFLYSRV0211.*' "$work/server.log")"
echo "$(grep -o 'WFLYSRV0050.*' "$work/server.log")"

step "Passed in $((SECONDS - started)) s"
