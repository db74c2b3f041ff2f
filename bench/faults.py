#!/usr/bin/env python3
"""The load and the checks of bench/faults.sh (read that first): one subcommand a scenario step.

Standard library only, loopback only. Every request a step makes is recorded (when it went, what it
was, its status, how long it took, whether its body showed a stack trace) in a JSON file beside the
results, and each step prints one JSON object of figures that faults.sh writes into FAULTS.md.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import date, timedelta

BASE = os.environ.get("FAULTS_BASE_URL", "http://127.0.0.1:8380")
KEY = os.environ.get("FAULTS_API_KEY", "bk_demo_harbour_house_0000000000")
PSQL = ["psql", "-X", "-q", "-t", "-A", os.environ.get("FAULTS_DB_URL", "postgresql://postgres@127.0.0.1:5444/bookspace_faults")]
STACK_TRACE = re.compile(r"(Exception|Error)(: |\r?\n)|\tat [a-z]|Caused by: ")
FAILED = lambda status: status == 0 or status >= 500


def sql(query):
    return subprocess.run(PSQL + ["-c", query], check=True, capture_output=True, text=True).stdout.strip()


def request(method, path, body=None, headers=None, timeout=30):
    """One HTTP exchange: (status, headers, body, seconds); status 0 when no answer came (refused, cut, timed out)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers or {})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, dict(answer.headers), answer.read().decode(errors="replace"), time.monotonic() - start
    except urllib.error.HTTPError as answer:
        return answer.code, dict(answer.headers), answer.read().decode(errors="replace"), time.monotonic() - start
    except (OSError, urllib.error.URLError) as failure:
        return 0, {}, repr(failure), time.monotonic() - start


class Bookings:
    """Bookings through the API, each its own room and night (so none conflicts) and its own Idempotency-Key."""

    def __init__(self, org, rooms, first_night, tag):
        self.org, self.rooms, self.first_night, self.tag = org, rooms, first_night, tag
        self.lock = threading.Lock()
        self.next = 0
        self.made = []  # (key, body, status, reference or None)

    def body(self, n):
        night = self.first_night + timedelta(days=n // len(self.rooms))
        return {"item_id": self.rooms[n % len(self.rooms)], "check_in": night.isoformat(),
                "checkout": (night + timedelta(days=1)).isoformat(), "guests": 1,
                "guest": {"name": "Fault Guest", "email": f"{self.tag}-{n}@faults.example.org",
                          "phone": "+351 912 345 678", "terms_accepted": True}}

    def book(self, key=None, body=None, timeout=30):
        with self.lock:
            if key is None:
                n, self.next = self.next, self.next + 1
                key, body = f"{self.tag}-{n}-{uuid.uuid4()}", self.body(n)
        status, headers, text, took = request("POST", f"/api/v3/organisations/{self.org}/bookings", body, {
            "Authorization": "Bearer " + KEY, "Content-Type": "application/json", "Idempotency-Key": key}, timeout)
        reference = json.loads(text).get("reference") if status == 201 else None
        return key, body, status, headers, text, took, reference


def demo():
    org = int(sql("SELECT id FROM organisations WHERE identifier = 'demo'"))
    rooms = [int(r) for r in sql(f"SELECT id FROM items WHERE organisation_id = {org} ORDER BY id").split()]
    return org, rooms


def record(log, kind, started, status, headers, text, took):
    log.append({"t": round(started, 3), "kind": kind, "status": status, "seconds": round(took, 3),
                "retry_after": headers.get("Retry-After"),
                # A Java trace or exception message; PrimeFaces' scripts name exception classes when all is well.
                "stack_trace": bool(STACK_TRACE.search(text)),
                "problem": headers.get("Content-Type", "").startswith("application/problem+json")})


def load(bookings, seconds, clients, log, t0, stop=None):
    """clients threads, each in turn searching the rooms page, the API, and booking, until the time is up."""
    stay = (date.today() + timedelta(days=400)).isoformat(), (date.today() + timedelta(days=402)).isoformat()
    searches = [("page", f"/demo/rooms?check_in={stay[0]}&checkout={stay[1]}", {}),
                ("api-search", f"/api/v3/organisations/{bookings.org}/items?check_in={stay[0]}&checkout={stay[1]}",
                 {"Authorization": "Bearer " + KEY})]
    lock = threading.Lock()

    def client(i):
        turn = i
        while time.monotonic() - t0 < seconds and not (stop and stop.is_set()):
            started = time.monotonic() - t0
            if turn % 3 == 2:
                key, body, status, headers, text, took, reference = bookings.book(timeout=10)
                with lock:
                    bookings.made.append((key, body, status, reference))
                kind = "booking"
            else:
                kind, path, headers_out = searches[turn % 3]
                status, headers, text, took = request("GET", path, headers=headers_out, timeout=10)
            with lock:
                record(log, kind, started, status, headers, text, took)
            if status == 0:
                time.sleep(0.05)  # a refused connection comes back at once: do not spin
            turn += 1

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))


def retry_all(bookings):
    """Every booking again with its own key and body, as a client that never saw (or doubts) the answer."""
    answers = {}
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for key, body, status, reference in bookings.made:
            answers[key] = pool.submit(bookings.book, key, body)
    return {key: future.result() for key, future in answers.items()}


def exactly_once(bookings, first_answers):
    """After every key was retried: one booking per key, each 201 answered the same reference both times."""
    retried = retry_all(bookings)
    same = sum(1 for key, _, status, ref in bookings.made if status == 201 and retried[key][6] == ref)
    answered_201 = sum(1 for _, _, status, _ in bookings.made if status == 201)
    references = [r[6] for r in retried.values() if r[2] == 201]
    tag = bookings.tag
    rows = sql(f"""SELECT count(*), count(DISTINCT b.id) FILTER (WHERE bi.booking_id IS NOT NULL),
                          count(DISTINCT b.guest_email)
                   FROM bookings b LEFT JOIN booking_items bi ON bi.organisation_id = b.organisation_id AND bi.booking_id = b.id
                   WHERE b.guest_email LIKE '{tag}-%@faults.example.org'""").split("|")
    return {"keys": len(bookings.made), "answered_201_first": answered_201,
            "first_201_answered_same_on_retry": same, "retries_answered_201": len(references),
            "retry_statuses": sorted({r[2] for r in retried.values()}),
            "bookings_in_database": int(rows[0]), "bookings_with_their_room": int(rows[1]),
            "distinct_guests": int(rows[2]), "first_answers": first_answers}


def statuses(entries):
    counts = {}
    for e in entries:
        counts[str(e["status"])] = counts.get(str(e["status"]), 0) + 1
    return counts


def postgres_restart(args):
    org, rooms = demo()
    bookings = Bookings(org, rooms, date.today() + timedelta(days=200), "pg-" + uuid.uuid4().hex[:6])
    log, t0 = [], time.monotonic()
    marks = {}

    def restart():
        time.sleep(args.restart_after)
        marks["restart_begins"] = time.monotonic() - t0
        subprocess.run(args.restart_command, shell=True, check=True, capture_output=True)
        marks["database_back"] = time.monotonic() - t0

    restarter = threading.Thread(target=restart)
    restarter.start()
    load(bookings, args.seconds, args.clients, log, t0)
    restarter.join()
    down, back = marks["restart_begins"], marks["database_back"]
    during = [e for e in log if down <= e["t"] <= back + 10]
    failed_after = [e for e in log if e["t"] > back and FAILED(e["status"])]
    recovered = max((e["t"] + e["seconds"] for e in failed_after), default=back) - back
    first_good = min((e["t"] + e["seconds"] for e in log if e["t"] >= back and e["status"] in (200, 201)), default=None)
    outage = [e for e in log if FAILED(e["status"])]
    result = {
        "clients": args.clients, "seconds": args.seconds, "requests": len(log),
        "restart_took_seconds": round(back - down, 2),
        "first_good_answer_after_database_back_seconds": None if first_good is None else round(max(first_good - back, 0), 2),
        "last_failed_answer_after_database_back_seconds": round(recovered, 2),
        "statuses_from_restart_to_10s_after": statuses(during),
        "statuses_all": statuses(log),
        "failures_without_retry_after": sum(1 for e in outage if e["status"] == 503 and not e["retry_after"]),
        "answers_500": sum(1 for e in log if e["status"] == 500),
        "stack_traces": sum(1 for e in log if e["stack_trace"]),
        "unanswered": sum(1 for e in log if e["status"] == 0),
        "api_503_as_problem": sum(1 for e in outage if e["status"] == 503 and e["kind"] != "page" and e["problem"]),
        "api_503": sum(1 for e in outage if e["status"] == 503 and e["kind"] != "page"),
    }
    result["bookings"] = exactly_once(bookings, statuses([{"status": m[2]} for m in bookings.made]))
    dump(args, log, result)


def kill_node(args):
    org, rooms = demo()
    bookings = Bookings(org, rooms, date.today() + timedelta(days=330), "kill-" + uuid.uuid4().hex[:6])
    log, t0 = [], time.monotonic()
    marks = {}

    def burst(n):
        while not marks.get("stop"):
            started = time.monotonic() - t0
            key, body, status, headers, text, took, reference = bookings.book(timeout=10)
            with lock:
                bookings.made.append((key, body, status, reference))
                record(log, "booking", started, status, headers, text, took)
            if status == 0:
                return  # the node is gone: this client gives up, as a client whose connection was cut would

    lock = threading.Lock()

    def killer():
        time.sleep(args.kill_after)
        marks["killed"] = time.monotonic() - t0
        subprocess.run(args.kill_command, shell=True, check=True)

    k = threading.Thread(target=killer)
    k.start()
    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(burst, range(args.clients)))
    k.join()
    marks["stop"] = True
    start = time.monotonic()
    subprocess.run(args.start_command, shell=True, check=True)
    restart_seconds = time.monotonic() - start
    result = {"clients": args.clients, "killed_after_seconds": round(marks["killed"], 2),
              "restart_until_ready_seconds": round(restart_seconds, 1),
              "statuses_before_and_at_the_kill": statuses(log), "stack_traces": sum(1 for e in log if e["stack_trace"])}
    result["bookings"] = exactly_once(bookings, statuses([{"status": m[2]} for m in bookings.made]))
    tag = bookings.tag
    result["outbox_right_after_restart"] = outbox(tag)
    deadline = time.monotonic() + args.settle
    while time.monotonic() < deadline and outbox(tag)["mails"].get("pending", 0) + outbox(tag)["webhooks"].get("pending", 0):
        time.sleep(5)
    result["outbox_at_the_end"] = outbox(tag)
    result["settle_waited_seconds"] = round(args.settle - max(deadline - time.monotonic(), 0))
    result["receiver"] = receiver_counts(args.receiver_log, tag)
    dump(args, log, result)


def outbox(tag):
    """Each booking's guest mail and webhook delivery by status; bookings missing either are counted apart."""
    mails = dict(r.split("|") for r in sql(f"""SELECT status, count(*) FROM mail_outbox
        WHERE recipient LIKE '{tag}-%@faults.example.org' GROUP BY status""").splitlines() if r)
    hooks = dict(r.split("|") for r in sql(f"""SELECT d.status, count(*) FROM webhook_deliveries d
        JOIN bookings b ON b.organisation_id = d.organisation_id AND b.reference = d.booking_reference
        WHERE b.guest_email LIKE '{tag}-%@faults.example.org' GROUP BY d.status""").splitlines() if r)
    missing_mail = int(sql(f"""SELECT count(*) FROM bookings b WHERE b.guest_email LIKE '{tag}-%@faults.example.org'
        AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.recipient = b.guest_email)"""))
    missing_hook = int(sql(f"""SELECT count(*) FROM bookings b WHERE b.guest_email LIKE '{tag}-%@faults.example.org'
        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.organisation_id = b.organisation_id AND d.booking_reference = b.reference)
        AND NOT EXISTS (SELECT 1 FROM booking_events e WHERE e.organisation_id = b.organisation_id AND e.booking_id = b.id AND e.notice_pending)"""))
    return {"mails": {k: int(v) for k, v in mails.items()}, "webhooks": {k: int(v) for k, v in hooks.items()},
            "bookings_without_mail": missing_mail, "bookings_without_webhook": missing_hook}


def receiver_counts(path, tag):
    """What the webhook receiver got for these bookings: deliveries, distinct event ids, distinct bookings."""
    references = set(sql(f"SELECT reference FROM bookings WHERE guest_email LIKE '{tag}-%@faults.example.org'").split())
    deliveries, events, booked = 0, set(), set()
    if os.path.exists(path):
        for line in open(path):
            seen = json.loads(line)
            if seen["reference"] in references:
                deliveries += 1
                events.add(seen["event_id"])
                booked.add(seen["reference"])
    return {"deliveries": deliveries, "distinct_event_ids": len(events), "bookings_told": len(booked),
            "bookings": len(references)}


def pool_exhaustion(args):
    """A transaction locks the rooms table for a while: the searches that arrive hold every connection waiting on it."""
    org, rooms = demo()
    stay = (date.today() + timedelta(days=500)).isoformat(), (date.today() + timedelta(days=501)).isoformat()
    page = f"/demo/rooms?check_in={stay[0]}&checkout={stay[1]}"
    locker = subprocess.Popen(PSQL + ["-c", f"BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep({args.hold}); COMMIT;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    log, t0 = [], time.monotonic()
    lock = threading.Lock()

    def one(i):
        started = time.monotonic() - t0
        status, headers, text, took = request("GET", page, timeout=args.hold + 30)
        with lock:
            record(log, "page", started, status, headers, text, took)

    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(one, range(args.clients)))
    locker.wait()
    refused = [e for e in log if e["status"] == 503]
    waited = [e for e in log if e["status"] == 200]
    result = {"clients": args.clients, "lock_held_seconds": args.hold, "statuses": statuses(log),
              "503_slowest_seconds": max((e["seconds"] for e in refused), default=None),
              "503_median_seconds": sorted(e["seconds"] for e in refused)[len(refused) // 2] if refused else None,
              "503_without_retry_after": sum(1 for e in refused if not e["retry_after"]),
              "200_after_waiting_for_the_lock_slowest_seconds": max((e["seconds"] for e in waited), default=None),
              "stack_traces": sum(1 for e in log if e["stack_trace"]),
              "after": request("GET", page)[0]}
    dump(args, log, result)


def dump(args, log, result):
    with open(args.out + ".requests.json", "w") as f:
        json.dump(log, f)
    with open(args.out + ".json", "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result, indent=2))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="step", required=True)
    a = sub.add_parser("postgres-restart")
    a.add_argument("--seconds", type=float, default=40)
    a.add_argument("--clients", type=int, default=8)
    a.add_argument("--restart-after", type=float, default=10)
    a.add_argument("--restart-command", required=True)
    b = sub.add_parser("kill-node")
    b.add_argument("--clients", type=int, default=16)
    b.add_argument("--kill-after", type=float, default=3)
    b.add_argument("--kill-command", required=True)
    b.add_argument("--start-command", required=True)
    b.add_argument("--settle", type=float, default=330)
    b.add_argument("--receiver-log", required=True)
    c = sub.add_parser("pool-exhaustion")
    c.add_argument("--clients", type=int, default=48)
    c.add_argument("--hold", type=float, default=8)
    for p in (a, b, c):
        p.add_argument("--out", required=True)
    args = parser.parse_args()
    {"postgres-restart": postgres_restart, "kill-node": kill_node, "pool-exhaustion": pool_exhaustion}[args.step](args)


if __name__ == "__main__":
    main()
