#!/usr/bin/env python3
"""Two backends behind HAProxy on one PostgreSQL and one Keycloak (standard library only; make test runs it).

Answers, through the balancer and against each replica directly:
  1. both replicas serve (the balancer names the one that answered in X-Karta-Replica);
  2. an ETag from one replica is current on the other (304), and a write with a stale ETag on the other is a 412;
  3. an Idempotency-Key used on one replica is honoured on the other (the first answer again, one record);
  4. a person who checks in on both replicas at once is checked in once;
  5. under load (progress updates, each with its own Idempotency-Key, retried with the same key after a lost answer),
     replica A is killed (SIGKILL): no acknowledged write is lost, none is recorded twice, and the balancer takes
     the dead replica out within seconds (timed from HAProxy's own stats).
Scheduled jobs need no check here: each reminder is made by an insert that skips what exists (unique constraints),
so a job run on both replicas makes and mails each reminder once (NotificationRepository, MeetingReminders).

    replicas.py --lb URL --a URL --b URL --a-pid PID --keycloak URL --pg-port 5432 --db karta_e2e
                --stats 'http://127.0.0.1:18089/stats;csv' [--workers 8] [--duration 12] [--kill-at 4]
Exit status 0 when every check holds.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid

MEMBER_ORG = "20000000-0000-4000-8000-000000000010"
CKR_ORG = "20000000-0000-4000-8000-000000000002"
RETRYABLE = (502, 503, 504)

failures = []


def log(msg):
    print(msg, flush=True)


def check(ok, what):
    log(("  ok   " if ok else "  FAIL ") + what)
    if not ok:
        failures.append(what)


def token(keycloak, username):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "karta-dev", "scope": "openid",
                                   "username": username, "password": "karta"}).encode()
    with urllib.request.urlopen(keycloak + "/realms/karta/protocol/openid-connect/token", data, timeout=60) as r:
        return json.loads(r.read())["access_token"]


def call(base, method, path, tok, body=None, headers=None, timeout=30):
    """One request on a fresh connection: (status, headers dict in lower case, parsed body or None)."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        h = {"Authorization": "Bearer " + tok, "Accept": "application/json", "Accept-Language": "ru"}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            h["Content-Type"] = "application/merge-patch+json" if method == "PATCH" else "application/json"
        h.update(headers or {})
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        raw = resp.read()
        parsed = None
        if raw and "json" in (resp.getheader("Content-Type") or ""):
            parsed = json.loads(raw)
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, parsed
    finally:
        conn.close()


def server_status(stats, server):
    """The status HAProxy gives a server of backend "replicas" (UP, DOWN, "UP 1/2"...), from its CSV stats."""
    try:
        with urllib.request.urlopen(stats, timeout=5) as r:
            lines = r.read().decode().splitlines()
    except OSError:
        return ""
    header = lines[0].lstrip("# ").split(",")
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        if row.get("pxname") == "replicas" and row.get("svname") == server:
            return row.get("status", "")
    return ""


def psql(args, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "karta", "-d", args.db, "-AtX",
                          "-c", sql], capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "karta"},
                         check=True)
    return out.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    for name in ("lb", "a", "b", "keycloak", "db"):
        ap.add_argument("--" + name, required=True)
    ap.add_argument("--a-pid", type=int, required=True)
    ap.add_argument("--stats", required=True, help="HAProxy's stats page as CSV, e.g. http://127.0.0.1:18089/stats;csv")
    ap.add_argument("--pg-port", type=int, default=5432)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--duration", type=float, default=12.0)
    ap.add_argument("--kill-at", type=float, default=4.0)
    args = ap.parse_args()

    association = token(args.keycloak, "association")
    member = token(args.keycloak, "member")

    log("==> 1. both replicas answer through the balancer (%s)" % args.lb)
    seen = [call(args.lb, "GET", "/api/v1/me", association)[1].get("x-karta-replica") for _ in range(10)]
    check(set(seen) == {"a", "b"}, "10 calls answered by %s" % sorted(set(filter(None, seen))))

    log("==> 2. ETags and optimistic locking across the replicas")
    status, _, roadmap = call(args.lb, "POST", "/api/v1/roadmaps", association, {
        "title": "Реплики %s" % time.strftime("%H:%M:%S"), "periodStart": "2030-01-01", "periodEnd": "2030-12-31"})
    assert status == 201, (status, roadmap)
    status, _, item = call(args.lb, "POST", "/api/v1/roadmaps/%s/items" % roadmap["id"], association, {
        "number": "1", "activity": "Проверка реплик", "deadline": {"text": "июнь 2030"},
        "responsible": [{"organisationId": MEMBER_ORG}], "assisting": [{"organisationId": CKR_ORG}]})
    assert status == 201, (status, item)
    path = "/api/v1/roadmap-items/%s" % item["id"]
    status, headers, _ = call(args.a, "GET", path, association)
    etag = headers.get("etag")
    status, _, _ = call(args.b, "GET", path, association, headers={"If-None-Match": etag})
    check(status == 304, "an ETag from A is current on B: %d" % status)
    status, _, _ = call(args.a, "PATCH", path, association, {"note": "с реплики A"}, {"If-Match": etag})
    check(status == 200, "a change on A with the ETag: %d" % status)
    status, _, _ = call(args.b, "PATCH", path, association, {"note": "с реплики B"}, {"If-Match": etag})
    check(status == 412, "the same ETag on B after A's change: %d (stale)" % status)
    status, _, _ = call(args.lb, "POST", "/api/v1/roadmaps/%s/approve" % roadmap["id"], association)
    assert status == 200, status

    log("==> 3. an Idempotency-Key used on A, retried on B")
    key = str(uuid.uuid4())
    body = {"text": "Проверка реплик: один ключ на двух репликах"}
    s1, _, first = call(args.a, "POST", path + "/progress-updates", association, body, {"Idempotency-Key": key})
    s2, h2, again = call(args.b, "POST", path + "/progress-updates", association, body, {"Idempotency-Key": key})
    check(s1 == 201 and s2 == 201 and h2.get("idempotency-replayed") == "true" and again["id"] == first["id"],
          "B answers A's first answer: %d/%d, replayed %s" % (s1, s2, h2.get("idempotency-replayed")))
    count = int(psql(args, "select count(*) from progress_update where item_id = '%s'" % item["id"]))
    check(count == 1, "one progress update for the two requests (%d)" % count)

    log("==> 4. one person checks in on A and B at once")
    status, _, meeting = call(args.lb, "POST", "/api/v1/meetings", association, {
        "title": "Реплики: отметка %s" % time.strftime("%H:%M:%S"), "kind": "QUARTERLY",
        "startsAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 600)), "place": "Зал"})
    assert status == 201, (status, meeting)
    mid = meeting["id"]
    assert call(args.lb, "POST", "/api/v1/meetings/%s/open" % mid, association)[0] == 200
    code = call(args.lb, "GET", "/api/v1/meetings/%s/check-in-code" % mid, association)[2]["token"]
    barrier = threading.Barrier(2)

    def check_in(base):
        barrier.wait()
        return call(base, "POST", "/api/v1/meetings/%s/check-ins" % mid, member, {"token": code})[0]

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        statuses = sorted(pool.map(check_in, [args.a, args.b]))
    attendance = call(args.lb, "GET", "/api/v1/meetings/%s/attendance" % mid, association)[2]
    present = attendance["presentCount"]  # guests included
    check(statuses == [200, 201] and present == 1,
          "answers %s, %d checked in" % (statuses, present))
    call(args.lb, "POST", "/api/v1/meetings/%s/cancel" % mid, association)

    log("==> 5. %d writers through the balancer for %.0f s; replica A (pid %d) killed after %.0f s"
        % (args.workers, args.duration, args.a_pid, args.kill_at))
    run = uuid.uuid4().hex[:8]
    lock = threading.Lock()
    acknowledged = {}
    abandoned = []
    failed_at = []
    served_after = {"a": 0, "b": 0}
    attempts = [0]
    replayed = [0]
    start = time.time()
    killed = [None]
    stop = start + args.duration

    def writer(n):
        seq = 0
        while time.time() < stop:
            seq += 1
            marker = "replicas %s w%d-%d" % (run, n, seq)
            key = str(uuid.uuid4())
            for attempt in range(40):
                with lock:
                    attempts[0] += 1
                sent = time.time()
                try:
                    status, headers, answer = call(args.lb, "POST", path + "/progress-updates", association,
                                                   {"text": marker}, {"Idempotency-Key": key}, timeout=10)
                except OSError:
                    status, headers, answer = 0, {}, None
                if status == 201:
                    with lock:
                        acknowledged[marker] = answer["id"]
                        replayed[0] += headers.get("idempotency-replayed") == "true"
                        # sent half a second after the kill: no answer of A can still be on its way
                        if killed[0] is not None and sent > killed[0] + 0.5:
                            replica = headers.get("x-karta-replica")
                            if replica in served_after:
                                served_after[replica] += 1
                    break
                if status != 0 and status not in RETRYABLE:
                    with lock:
                        abandoned.append("%s: %d %s" % (marker, status, answer))
                    break
                with lock:
                    failed_at.append(time.time())
                time.sleep(0.25)
            else:
                with lock:
                    abandoned.append(marker + ": no answer after 40 tries")

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(args.workers)]
    for t in threads:
        t.start()
    time.sleep(args.kill_at)
    os.kill(args.a_pid, signal.SIGKILL)
    killed[0] = time.time()
    log("  replica A killed at %.1f s" % (killed[0] - start))
    marked_down = None
    while time.time() < killed[0] + 30:
        if server_status(args.stats, "a").startswith("DOWN"):
            marked_down = time.time() - killed[0]
            break
        time.sleep(0.1)
    for t in threads:
        t.join()

    rows = psql(args, "select text || '|' || id from progress_update where text like 'replicas %s %%'" % run)
    recorded = {}
    for line in filter(None, rows.splitlines()):
        text, rid = line.rsplit("|", 1)
        recorded.setdefault(text, []).append(rid)
    duplicates = {text: ids for text, ids in recorded.items() if len(ids) > 1}
    lost = [m for m, rid in acknowledged.items() if recorded.get(m) != [rid]]
    unacknowledged = [m for m in recorded if m not in acknowledged]
    after_kill = [t - killed[0] for t in failed_at if t >= killed[0]]
    last_failure = max(after_kill) if after_kill else 0.0
    log("  %d writes acknowledged (%d attempts; %d failed after the kill, the last %.1f s after it, each retried with"
        " its key; %d answered as replays), %d rows recorded" % (len(acknowledged), attempts[0], len(after_kill),
                                                             last_failure, replayed[0],
                                                             sum(len(v) for v in recorded.values())))
    check(not lost, "no acknowledged write lost (%d lost)" % len(lost))
    check(not duplicates, "no write recorded twice (%d)" % len(duplicates))
    check(not abandoned and not unacknowledged,
          "every write acknowledged in the end (%d abandoned: %s; %d recorded but not acknowledged)"
          % (len(abandoned), abandoned[:3], len(unacknowledged)))
    check(served_after["a"] == 0 and served_after["b"] > 0,
          "after the kill only B answers (A %d, B %d)" % (served_after["a"], served_after["b"]))
    check(marked_down is not None and marked_down < 10,
          "the balancer took the dead replica out %s after the kill"
          % ("never" if marked_down is None else "%.1f s" % marked_down))
    log("replicas: %d checks failed; %d writes kept once each; A out within %.1f s"
        % (len(failures), len(acknowledged), marked_down if marked_down is not None else -1))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
