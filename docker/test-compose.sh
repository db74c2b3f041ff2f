#!/usr/bin/env bash
# Runs docker/compose-cluster.yaml for real with podman-compose (Debian's 1.0.3) on a machine with no Docker
# engine and no container registry (this project's own; run by hand, not by CI: it takes a few minutes
# and port 8080). The images the compose file names and cannot pull here are stand-ins built from Debian
# packages and tagged with the official names (docker/standin: postgres:15, haproxy:2.6, and the WildFly
# image docker/Dockerfile builds on; ../shared/DESIGN.md, "Containers on this machine kind"). Then, through
# HAProxy on localhost:8080, it checks what the cluster promises: both nodes answer; with the demo
# organisation loaded, its rooms page and an API call with its key answer 200; a signed-in staff member's
# requests all go to one node; after `podman kill` of that node the next request answers 200 from the other
# node, still signed in (the session was replicated); with no node up, HAProxy's own 503 page. Then
# `podman-compose down -v`. Any failed check ends it non-zero; whatever it started is removed on any exit.
#
# Needs the EAR (./mvnw package -DskipTests) and port 8080 free. On the project's shared machine run it under
# the integration lock: flock /tmp/bookspace-it.lock docker/test-compose.sh
set -euo pipefail
cd "$(dirname "$0")/.."

project=bookspace_compose_check
compose_file=docker/compose-cluster.yaml
balancer=http://127.0.0.1:8080
image=localhost/bookspace
ear=booking-ear/target/booking-ear.ear
wildfly_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
wildfly_zip=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip
# The nodes share these keys (the compose file requires them); cookies without Secure, for curl over plain HTTP.
BOOKING_SECRETS_KEYS=k1:$(head -c 32 /dev/urandom | base64)
export BOOKING_SECRETS_KEYS BOOKING_SECURE_COOKIES=false

started=$SECONDS
step() { printf '\n== [%3ds] %s\n' "$((SECONDS - started))" "$*"; }
container() { echo "${project}_$1_1"; }
fail() {
    echo "test-compose: FAILED: $*" >&2
    if [ -n "${up:-}" ]; then
        for service in db app1 app2 haproxy; do
            echo "--- last lines of $service's log:" >&2
            podman logs --tail 25 "$(container "$service")" 2>&1 | cut -c1-400 >&2 || true
        done
    fi
    [ -n "${work:-}" ] && [ -s "$work/compose.log" ] && { echo "--- podman-compose said (last lines):" >&2; tail -20 "$work/compose.log" >&2; }
    exit 1
}
trap 'fail "line $LINENO: $BASH_COMMAND"' ERR

work=$(mktemp -d)
# podman-compose writes each podman command it runs and what podman says to the log.
compose() { podman-compose -p "$project" -f "$compose_file" "$@" >>"$work/compose.log" 2>&1; }
# What the project started, by its label, whatever state an interrupted run left it in; podman-compose
# 1.0.3's down leaves the network.
remove_project() {
    compose down -v || true
    podman ps -aq --filter "label=io.podman.compose.project=$project" | xargs -r podman rm -f -t 0 >/dev/null 2>&1 || true
    podman volume ls -q --filter "label=io.podman.compose.project=$project" | xargs -r podman volume rm -f >/dev/null 2>&1 || true
    podman network rm -f "${project}_cluster" >/dev/null 2>&1 || true
}
cleanup() {
    if [ -n "${up:-}" ]; then remove_project; fi
    rm -rf "$work"
}
trap cleanup EXIT

[ -f "$ear" ] || fail "no $ear: build it first (./mvnw package -DskipTests)"

# shellcheck source=docker/standin/images.sh
. docker/standin/images.sh
# shellcheck source=docker/demo-checks.sh
. docker/demo-checks.sh

step "Tools: podman, runc, mmdebstrap, podman-compose"
standin_install podman:podman runc:runc mmdebstrap:mmdebstrap podman-compose:podman-compose unzip:unzip curl:curl ss:iproute2
standin_podman_config
echo "$(podman --version), podman-compose $(podman-compose version 2>/dev/null | sed -n 's/^podman-composer version *//p'), runc $(runc --version | sed -n 's/^runc version //p'), network backend $(podman info --format '{{.Host.NetworkBackend}}')"

step "Images: the stand-ins and Bookspace from $ear"
standin_base
standin_wildfly "quay.io/wildfly/wildfly:${wildfly_version}-jdk17" "$wildfly_version" "$wildfly_zip"
# podman resolves the compose file's short names to docker.io/library/…
standin_image postgres docker.io/library/postgres:15
standin_image haproxy docker.io/library/haproxy:2.6
# What the compose file's build makes (image: bookspace), in Docker's format so the HEALTHCHECK stays;
# podman-compose builds only when the image is missing, which would keep an older EAR.
previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
podman build --quiet --format docker --pull=never -f docker/Dockerfile -t "$image" . >"$work/build.log" 2>&1 \
    || fail "podman build of docker/Dockerfile: $(tail -20 "$work/build.log")"
current=$(podman image inspect --format '{{.Id}}' "$image")
if [ -n "$previous" ] && [ "$previous" != "$current" ]; then podman rmi "$previous" >/dev/null 2>&1 || true; fi
echo "$image: ${current:0:12}"

step "podman-compose -f $compose_file up -d"
if ss -ltnH 'sport = :8080' | grep -q .; then
    fail "port 8080 is taken (the compose file publishes HAProxy there); try again when it is free: $(ss -ltnpH 'sport = :8080')"
fi
up=1
remove_project  # whatever an interrupted earlier run left
up_started=$SECONDS
# podman-compose 1.0.3 takes depends_on's services for their order only, not `condition: service_healthy`:
# the database first, until its compose health check passes (run here by hand: there is no systemd to
# run it on a timer), then the rest (the running db is left as it is).
compose up -d db || fail "podman-compose up -d db"
healthy=""
for _ in $(seq 60); do
    if podman healthcheck run "$(container db)" >/dev/null 2>&1; then healthy=1; break; fi
    sleep 1
done
[ -n "$healthy" ] || fail "the database's health check (pg_isready) did not pass within 60 s"
echo "db healthy after $((SECONDS - up_started)) s"
compose up -d || fail "podman-compose up -d"
for service in db app1 app2 haproxy; do
    [ "$(podman inspect --format '{{.State.Running}}' "$(container "$service")")" = true ] || fail "$service is not running"
done
podman ps --filter "label=io.podman.compose.project=$project" --format '{{.Names}} {{.Image}} {{.Networks}} {{.Ports}}'

# Ready: the image's HEALTHCHECK (readiness on the management port) passes on both nodes.
for node in app1 app2; do
    healthy=""
    for _ in $(seq 300); do
        [ "$(podman inspect --format '{{.State.Running}}' "$(container "$node")")" = true ] || fail "$node exited while starting"
        if podman healthcheck run "$(container "$node")" >/dev/null 2>&1; then healthy=1; break; fi
        sleep 1
    done
    [ -n "$healthy" ] || fail "$node not ready within 300 s"
    echo "$node ready $((SECONDS - up_started)) s after up"
done
# HAProxy: new visitors alternate between the nodes once its checks see both (rise 2, 5 s apart); its
# cookie names the node, app1~… or app2~….
seen=""
for _ in $(seq 60); do
    cookie=$(curl -sS -o /dev/null -D - "$balancer/login.xhtml" 2>/dev/null | sed -n 's/^set-cookie: JSESSIONID=\([a-z0-9]*\)~.*/\1/ip' || true)
    case " $seen " in *" $cookie "*) ;; *) [ -n "$cookie" ] && seen="$seen $cookie" ;; esac
    [ "$(wc -w <<<"$seen")" = 2 ] && break
    sleep 1
done
[ "$(wc -w <<<"$seen")" = 2 ] || fail "HAProxy did not send new visitors to both nodes within 60 s (saw:$seen)"
echo "HAProxy answers on $balancer, new visitors sent to:$seen; $((SECONDS - up_started)) s after up"

step "The demo organisation's rooms page and the API, through HAProxy"
podman exec -i "$(container db)" psql -q -v ON_ERROR_STOP=1 -U bookspace -d bookspace \
    < booking-ear/src/test/resources/devserver/demo-data.sql >/dev/null
organisation=$(podman exec "$(container db)" psql -tA -U bookspace -d bookspace -c "SELECT id FROM organisations WHERE identifier = 'demo'")
check_demo_rooms_and_api "$balancer" "$organisation"

step "A signed-in staff member stays on one node"
jar=$work/cookies
curl -sS -c "$jar" -b "$jar" -o "$work/login.html" "$balancer/login.xhtml"
field() { grep -o "$1" "$work/login.html" | head -1 | sed 's/.*name="\([^"]*\)".*/\1/'; }
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/login.html" | sed 's/.*value="\([^"]*\)"/\1/')
next_field=$(field '<input type="hidden" name="login:[^"]*"')
submit=$(field '<button id="login:[^"]*" name="[^"]*"')
status=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode login=login --data-urlencode login:email=staff@demo.bookspace.local \
    --data-urlencode login:password=harbour-house-demo --data-urlencode "$next_field=" --data-urlencode "$submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$balancer/login.xhtml")
case "$status" in "302 $balancer/dashboard/"*) ;; *) fail "signing in answered $status, not a redirect to the dashboard" ;; esac
session() { sed -n 's/.*\tJSESSIONID\t\(.*\)$/\1/p' "$jar"; }
node=$(session | cut -d'~' -f1)
case "$node" in app1) other=app2 ;; app2) other=app1 ;; *) fail "the session cookie names no node: $(session)" ;; esac
signed_in_dashboard() {  # <marker>: the bookings page, answered 200 and not the sign-in form
    local status
    status=$(curl -sS -c "$jar" -b "$jar" -o "$work/dashboard.html" -w '%{http_code} %{time_total}' "$balancer/dashboard/bookings.xhtml?check=$1")
    seconds=${status#* }
    status=${status%% *}
    [ "$status" = 200 ] || fail "the bookings page ($1) answered $status"
    grep -q '<title>Bookings' "$work/dashboard.html" && ! grep -q 'data-role="login-email"' "$work/dashboard.html" \
        || fail "the bookings page ($1) is not the signed-in dashboard"
}
# The servers that HAProxy's log says answered the requests marked check=<marker>.
served_by() { podman logs "$(container haproxy)" 2>/dev/null | grep -F "?check=$1 " | grep -o ' bookspace/[a-z0-9]*' | sort -u | sed 's| bookspace/||'; }
for n in 1 2 3 4 5 6; do signed_in_dashboard "sticky-$n"; done
sleep 1  # HAProxy logs a request once it has ended
servers=$(for n in 1 2 3 4 5 6; do served_by "sticky-$n"; done | sort -u | tr '\n' ' ')
[ "$servers" = "$node " ] || fail "the six requests of one session went to: $servers (the cookie says $node)"
echo "signed in on $node (cookie $(session | cut -c1-12)…); six requests to the bookings page, all 200 from $node (HAProxy's log)"

step "podman kill of $node: the next request answers from $other, still signed in"
session_id=$(session | cut -d'~' -f2 | cut -d. -f1)
podman kill "$(container "$node")" >/dev/null
signed_in_dashboard after-kill
sleep 1
[ "$(served_by after-kill)" = "$other" ] || fail "the request after the kill was answered by '$(served_by after-kill)', not $other"
[ "$(session | cut -d'~' -f1)" = "$other" ] && [ "$(session | cut -d'~' -f2 | cut -d. -f1)" = "$session_id" ] \
    || fail "the session did not carry over to $other: $(session)"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$rooms")
[ "$status" = 200 ] || fail "the rooms page answered $status with $node gone"
echo "200 from $other after $(printf %.1f "$seconds") s, the same session ($(session | cut -c1-12)…), still signed in; the rooms page 200"
podman logs "$(container haproxy)" 2>/dev/null | grep -F '?check=after-kill ' | cut -c1-220

step "With no node up, HAProxy's own 503 page"
podman stop -t 30 "$(container "$other")" >/dev/null 2>>"$work/compose.log"
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$(container "$other")")
[ "$exit_code" = 0 ] || fail "$other exited with $exit_code on SIGTERM"
for _ in $(seq 30); do
    status=$(curl -sS -o "$work/no-node.html" -D "$work/no-node.headers" -w '%{http_code}' "$balancer/demo/rooms" || true)
    [ "$status" = 503 ] && grep -q 'data-role="no-node"' "$work/no-node.html" && break
    sleep 1
done
[ "$status" = 503 ] && grep -q 'data-role="no-node"' "$work/no-node.html" || fail "with no node up HAProxy answered $status, not its page"
grep -qi '^Retry-After: 30' "$work/no-node.headers" || fail "HAProxy's 503 page has no Retry-After: 30"
echo "$other stopped on SIGTERM (exit code 0); HAProxy answers 503 'Back in a moment', Retry-After: 30"

step "podman-compose down -v"
down_started=$SECONDS
compose down -v || fail "podman-compose down -v"
podman network rm "${project}_cluster" >/dev/null  # podman-compose 1.0.3's down leaves it
left=$(podman ps -aq --filter "label=io.podman.compose.project=$project"; podman volume ls -q --filter "label=io.podman.compose.project=$project")
[ -z "$left" ] || fail "left after down: $left"
up=""
echo "containers, volume and network gone in $((SECONDS - down_started)) s"

step "Passed in $((SECONDS - started)) s (the cluster up $((SECONDS - up_started)) s)"
