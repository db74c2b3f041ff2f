#!/usr/bin/env bash
# Turns one run's results.csv (and session.txt, overlaps.txt) into the markdown tables of RESULTS.md,
# with each application figure's ratio to the pgbench ceiling at the same concurrency, and the targets
# of issues 6 and 17 (target 2) checked at 32 clients.
#
#   bench/summarise.sh bench/results/<stamp> > summary.md     (bench/run.sh does this)
set -euo pipefail
dir=${1:?usage: summarise.sh <results directory>}

awk -F, -v dir="$dir" '
function f(x, d) { return x == "" ? "—" : sprintf("%." d "f", x) }
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "—" : sprintf("%.0f %%", 100 * a / b) }
function bad(k) { return rows[k] ? st200[k] == "" ? 0 : req[k] - st200[k] : "" }
function ceiling(g) { return (g in rows) ? (rps[g] == "" ? "skipped" : f(rps[g], 1) " (" f(p95[g], 1) ")") : "—" }
# The rooms page'"'"'s own ceiling (pgbench-page, 25 rows) where the run measured it, else the API'"'"'s (as runs before 2026-12-05 had)
function pageCeiling(oc) { return (("pgbench-page" SUBSEP oc) in rows) ? "pgbench-page" SUBSEP oc : "pgbench" SUBSEP oc }
NR == 1 { next }
{
    k = $1 SUBSEP $2 SUBSEP $3; rows[k] = 1
    rps[k] = $6; p50[k] = $8; p95[k] = $9; p99[k] = $10; req[k] = $5; secs[k] = $4
    st200[k] = $12; st201[k] = $13; st409[k] = $14; st429[k] = $15; other[k] = $16; sock[k] = $17; tmo[k] = $18
    if (!(($2, $3) in seen) && $1 !~ /^book/) { seen[$2, $3] = 1; order[++n] = $2 SUBSEP $3 }
    if ($1 ~ /^book/) { book[++b] = k }
}
END {
    if (n > 0) {
    print "### Availability: the API and the rooms page against the PostgreSQL ceiling"
    print ""
    print "Requests a second and latency in ms (p50 / p95 / p99); \"of pg\" is the application figure divided by pgbench tps"
    print "for the same query at the same concurrency: the API against pgbench asking for its page of 50 (51 rows), the"
    print "rooms page against pgbench asking for the page'"'"'s 24 (25 rows, \"page'"'"'s pgbench\", when this run measured it);"
    print "\"not 200\" counts every other answer, socket errors and timeouts."
    print ""
    print "| org | clients | pgbench tps (p95) | API req/s | API p50 / p95 / p99 | API of pg | API not 200 | page'"'"'s pgbench tps (p95) | page req/s | page p50 / p95 / p99 | page of pg | page not 200 |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
        split(order[i], oc, SUBSEP); g = "pgbench" SUBSEP order[i]; a = "api" SUBSEP order[i]; p = "page" SUBSEP order[i]
        gp = pageCeiling(order[i])
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", oc[1], oc[2], ceiling(g),
            f(rps[a], 1), (a in rows) ? f(p50[a], 1) " / " f(p95[a], 1) " / " f(p99[a], 1) : "—", ratio(rps[a], rps[g]),
            (a in rows) ? bad(a) + sock[a] + tmo[a] : "—", ceiling(gp),
            f(rps[p], 1), (p in rows) ? f(p50[p], 1) " / " f(p95[p], 1) " / " f(p99[p], 1) : "—", ratio(rps[p], rps[gp]),
            (p in rows) ? bad(p) + sock[p] + tmo[p] : "—"
    }
    print ""
    }
    paced = 0; for (i = 1; i <= n; i++) if (("api-paced" SUBSEP order[i]) in rows || ("page-paced" SUBSEP order[i]) in rows) paced = 1
    if (paced) {
    print "### The same searches at the load of the availability target (paced)"
    print ""
    print "The clients together send a fixed rate, a share of the pgbench tps at the same level (by default 31 % for"
    print "the API, `PACE_SHARE`, and 15 % for the page, `PAGE_PACE_SHARE`), each request on a schedule rather than as"
    print "soon as the last was answered, so latency is what a guest sees while the server carries that load."
    print "\"of pg\" is the rate achieved over pgbench tps."
    print ""
    print "| org | clients | pgbench tps | API req/s | API of pg | API p50 / p95 / p99 | API not 200 | page req/s | page of pg | page p50 / p95 / p99 | page not 200 |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
        split(order[i], oc, SUBSEP); g = "pgbench" SUBSEP order[i]; a = "api-paced" SUBSEP order[i]; p = "page-paced" SUBSEP order[i]
        if (!((a in rows) || (p in rows))) continue
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", oc[1], oc[2], f(rps[g], 1),
            f(rps[a], 1), ratio(rps[a], rps[g]), (a in rows) ? f(p50[a], 1) " / " f(p95[a], 1) " / " f(p99[a], 1) : "—",
            (a in rows) ? bad(a) + sock[a] + tmo[a] : "—",
            f(rps[p], 1), ratio(rps[p], rps[g]), (p in rows) ? f(p50[p], 1) " / " f(p95[p], 1) " / " f(p99[p], 1) : "—",
            (p in rows) ? bad(p) + sock[p] + tmo[p] : "—"
    }
    print ""
    }
    if (b > 0) {
    print "### Bookings through the API (pay on arrival: the benchmark organisations have no Stripe keys)"
    print ""
    print "| run | org | clients | requests/s | booked/s (201) | lost (409) | conflict rate | other answers | p50 / p95 / p99 ms |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= b; i++) {
        k = book[i]; split(k, bc, SUBSEP)
        printf "| %s | %s | %s | %s | %s | %d | %s | %d | %s / %s / %s |\n", bc[1], bc[2], bc[3], f(rps[k], 1),
            f(st201[k] / secs[k], 1), st409[k], (req[k] > 0 ? sprintf("%.1f %%", 100 * st409[k] / req[k]) : "—"),
            other[k] + st429[k] + st200[k] + sock[k] + tmo[k], f(p50[k], 1), f(p95[k], 1), f(p99[k], 1)
    }
    print ""
    }
    print "### Targets (issues 6 and 17), at 32 clients"
    print ""
    for (i = 1; i <= n; i++) {
        split(order[i], oc, SUBSEP); if (oc[2] != 32) continue
        g = "pgbench" SUBSEP order[i]; a = "api" SUBSEP order[i]; p = "page" SUBSEP order[i]
        if ((a in rows) && rps[g] != "")
            printf "- Availability API, %s: %s of pgbench (target ≥ 30 %%), p95 %s ms (target ≤ 20): %s\n", oc[1],
                ratio(rps[a], rps[g]), f(p95[a], 1), (rps[a] >= 0.3 * rps[g] && p95[a] <= 20) ? "met" : "**missed**"
        if (p in rows)
            printf "- Rooms page, %s: p95 %s ms (target ≤ 50): %s\n", oc[1], f(p95[p], 1), (p95[p] <= 50 ? "met" : "**missed**")
        if ((a in rows) && rps[g] != "")
            printf "- Availability API, %s: p95 %s × pgbench'"'"'s (issue 17: ≤ 1.5 ×): %s\n", oc[1], f(p95[a] / p95[g], 2),
                (p95[a] <= 1.5 * p95[g] ? "met" : "**missed**")
        gp = pageCeiling(order[i])
        if ((p in rows) && rps[gp] != "")
            printf "- Rooms page, %s: p95 %s × its pgbench'"'"'s, %s of its rate (issue 17: ≤ 2 ×, ≥ 60 %%): %s\n", oc[1],
                f(p95[p] / p95[gp], 2), ratio(rps[p], rps[gp]), (p95[p] <= 2 * p95[gp] && rps[p] >= 0.6 * rps[gp] ? "met" : "**missed**")
        a = "api-paced" SUBSEP order[i]; p = "page-paced" SUBSEP order[i]
        if ((a in rows) && rps[g] != "")
            printf "- Paced, availability API, %s: %s req/s, %s of pgbench (target ≥ 30 %%), p95 %s ms (target ≤ 20): %s\n", oc[1],
                f(rps[a], 1), ratio(rps[a], rps[g]), f(p95[a], 1), (rps[a] >= 0.3 * rps[g] && p95[a] <= 20) ? "met" : "**missed**"
        if ((p in rows) && rps[g] != "")
            printf "- Paced, rooms page, %s: %s req/s, %s of pgbench, p95 %s ms (target ≤ 50): %s\n", oc[1],
                f(rps[p], 1), ratio(rps[p], rps[g]), f(p95[p], 1), (p95[p] <= 50 ? "met" : "**missed**")
    }
    best = ""; for (i = 1; i <= b; i++) { k = book[i]; split(k, bc, SUBSEP)
        if (bc[1] == "book-free" && (best == "" || st201[k] / secs[k] > st201[best] / secs[best])) best = k }
    if (best != "") { split(best, bc, SUBSEP)
        printf "- Bookings on free rooms: best %s booked/s at %s clients (target ≥ 300 sustained): %s\n", f(st201[best] / secs[best], 1),
            bc[3], (st201[best] / secs[best] >= 300 ? "met" : "**missed**") }
}' "$dir/results.csv"
if [[ -f $dir/overlaps.txt ]]; then
    total=$(awk '$2 == "|" && $3 ~ /^[0-9]+$/ { s += $3 } END { print s + 0 }' "$dir/overlaps.txt")
    echo "- Overlapping active booking items after the booking runs: $total (target 0): $( (( total == 0 )) && echo met || echo '**missed**')"
fi
if [[ -f $dir/session.txt ]]; then
    grep '^session-size,' "$dir/session.txt" | awk -F, '{ split($4, v, " "); printf "- A visitor'"'"'s session, %s page of %s: %s (target < 50 KB): %s\n",
        $3, $2, $4, v[1] < 50 ? "met" : "**missed**" }'
fi
