# shellcheck shell=bash
# Sourced by docker/test-image.sh and docker/test-compose.sh, not run on its own: the run command's demo
# organisation (booking-ear/src/test/resources/devserver/demo-data.sql: Harbour House, its rooms and API
# key) as a guest and an integrator see it. Needs $work and fail() from the caller.

# check_demo_rooms_and_api <base URL> <the organisation's id>: the rooms page answers 200 with the
# organisation and its Sea Room, the API's items 200 to the demo key with the Sea Room. Sets $rooms and
# $items, the two URLs (a stay 40 days ahead), for the caller's further checks.
check_demo_rooms_and_api() {
    local status check_in checkout
    check_in=$(date -d '+40 days' +%F)
    checkout=$(date -d '+42 days' +%F)
    rooms="$1/demo/rooms?check_in=$check_in&checkout=$checkout"
    items="$1/api/v3/organisations/$2/items?check_in=$check_in&checkout=$checkout"

    status=$(curl -sS -o "$work/rooms.html" -w '%{http_code}' "$rooms")
    [ "$status" = 200 ] || fail "the rooms page answered $status"
    grep -q 'Harbour House' "$work/rooms.html" && grep -q 'Sea Room' "$work/rooms.html" \
        || fail "the rooms page does not show the organisation and its Sea Room"
    echo "rooms page: 200, Harbour House with its Sea Room"

    status=$(curl -sS -o "$work/items.json" -w '%{http_code}' -H 'Authorization: Bearer bk_demo_harbour_house_0000000000' "$items")
    [ "$status" = 200 ] || fail "the API answered $status to the demo key: $(cat "$work/items.json")"
    grep -q '"Sea Room"' "$work/items.json" || fail "the API's items do not list the Sea Room: $(cat "$work/items.json")"
    echo "API with the demo key: 200, the Sea Room listed"
}
