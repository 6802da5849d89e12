#!/usr/bin/env python3
"""Check-in burst: 300 participants check in to one meeting within 10 seconds, each twice, against a running Karta.

    bench/check-in.py                       # against make run: backend 8080, Keycloak 8180
    bench/check-in.py --people 300 --window 10 --api http://127.0.0.1:8080 --keycloak http://127.0.0.1:8180

What it does, printing progress:
  1. Setup, through Karta's own API as the association (and Keycloak's admin API for passwords only): an organisation
     «ООО «Отметка-Бенч»» with sign-in, N people bench-checkin-NNN@bench.example invited (Karta creates their Keycloak
     users and accounts), each given the password "karta" and no pending actions, and a token for each (password grant
     of the development client karta-dev). Reused on the next run: people and users are found by their e-mail.
  2. A new QUARTERLY meeting with the organisation's people invited, opened; the current check-in code.
  3. The burst: every participant posts the code at a random moment within the window, and again 0.2–1.5 s later (the
     repeat a shaky network makes), from a pool of 64 connections. Then the same schedule of reads of the meeting
     (GET /meetings/{id}) as the baseline: the cheapest authenticated request with the same people and concurrency.
  4. Prints statuses, throughput, p50/p90/p99/max of both, the backend's RSS, and checks that exactly N people are
     PRESENT (attendance API and the database): the first check-in of each made one record, every repeat answered 200
     with the first time.
Exit status 1 when a check fails.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ORG_NAME = "ООО «Отметка-Бенч»"
PASSWORD = "karta"


def log(msg):
    print(msg, flush=True)


class Api:
    def __init__(self, base, token):
        self.base = base.rstrip("/")
        self.token = token

    def call(self, method, path, body=None, token=None, ok=(200, 201, 204)):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + (token or self.token))
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=180) as r:
                raw = r.read()
                return r.status, (json.loads(raw) if raw and r.headers.get_content_type().endswith("json") else raw)
        except urllib.error.HTTPError as e:
            raw = e.read()
            if e.code in ok:
                return e.code, json.loads(raw) if raw else None
            try:
                payload = json.loads(raw)
            except ValueError:
                payload = raw
            return e.code, payload


def form_post(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST"), timeout=60) as r:
        return json.loads(r.read())


def password_token(keycloak, username):
    return form_post(keycloak + "/realms/karta/protocol/openid-connect/token",
                     {"grant_type": "password", "client_id": "karta-dev", "scope": "openid",
                      "username": username, "password": PASSWORD})["access_token"]


def admin_token(keycloak):
    return form_post(keycloak + "/realms/master/protocol/openid-connect/token",
                     {"grant_type": "password", "client_id": "admin-cli", "username": "admin", "password": "admin"})[
        "access_token"]


def kc_admin(keycloak, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(keycloak + "/admin/realms/karta" + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json; charset=utf-8")
    with urllib.request.urlopen(req, timeout=180) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def setup(args, api):
    status, page = api.call("GET", "/api/v1/organisations?q=" + urllib.parse.quote("Отметка-Бенч") + "&size=10")
    org = next((o for o in page["items"] if o["fullName"] == ORG_NAME), None)
    if org is None:
        status, org = api.call("POST", "/api/v1/organisations", {"kind": "MEMBER_ENTERPRISE", "fullName": ORG_NAME})
        assert status == 201, (status, org)
    org_id = org["id"]
    status, answer = api.call("POST", "/api/v1/organisations/%s/sign-in" % org_id, {"enabled": True})
    assert status == 200, (status, answer)
    existing = {}
    page_no = 0
    while True:
        status, page = api.call("GET", "/api/v1/people?organisationId=%s&size=200&page=%d" % (org_id, page_no))
        for p in page["items"]:
            if p["email"]:
                existing[p["email"].lower()] = p
        if (page_no + 1) * 200 >= page["totalItems"]:
            break
        page_no += 1
    admin = admin_token(args.keycloak)
    admin_at = time.time()
    people = []
    t0 = time.time()
    for n in range(1, args.people + 1):
        email = "bench-checkin-%03d@bench.example" % n
        person = existing.get(email)
        if person is None:
            status, person = api.call("POST", "/api/v1/people", {"name": "Участник Бенч %03d" % n, "position": "Инженер",
                                                                 "organisationId": org_id, "email": email})
            assert status == 201, (status, person)
        if person["accountState"] == "NONE":
            status, person = api.call("POST", "/api/v1/people/%s/invitation" % person["id"])
            assert status == 200, (status, person)
        if time.time() - admin_at > 40:
            admin, admin_at = admin_token(args.keycloak), time.time()
        users = kc_admin(args.keycloak, admin, "GET", "/users?exact=true&email=" + urllib.parse.quote(email))
        user = users[0]
        if user.get("requiredActions") or not user.get("emailVerified") or not os.environ.get("BENCH_REUSE_PASSWORDS"):
            kc_admin(args.keycloak, admin, "PUT", "/users/" + user["id"],
                     {"requiredActions": [], "emailVerified": True, "enabled": True})
            kc_admin(args.keycloak, admin, "PUT", "/users/%s/reset-password" % user["id"],
                     {"type": "password", "value": PASSWORD, "temporary": False})
        people.append({"personId": person["id"], "username": user["username"]})
        if n % 25 == 0 or n == args.people:
            log("    people ready: %d/%d (%.0f s)" % (n, args.people, time.time() - t0))
    # Tokens: Keycloak hashes each password; two at a time on two cores.
    t0 = time.time()
    done = [0]
    lock = threading.Lock()

    def token_of(p):
        p["token"] = password_token(args.keycloak, p["username"])
        with lock:
            done[0] += 1
            if done[0] % 50 == 0 or done[0] == len(people):
                log("    tokens: %d/%d (%.0f s)" % (done[0], len(people), time.time() - t0))

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(token_of, people))
    # First call of each: GET /me activates the account, as the SPA's first call does.
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda p: api.call("GET", "/api/v1/me", token=p["token"]), people))
    return org_id, people


class Connections(threading.local):
    pass


def burst(args, people, method, path_of, body_of, expect):
    """Each person's request at a random moment within the window and again 0.2-1.5 s later; answers per request."""
    url = urllib.parse.urlsplit(args.api)
    local = Connections()
    rng = random.Random(args.seed)
    schedule = []
    for p in people:
        first = rng.uniform(0, args.window)
        schedule.append((first, p))
        schedule.append((first + rng.uniform(0.2, 1.5), p))
    schedule.sort(key=lambda s: s[0])
    results = []
    lock = threading.Lock()
    start = time.monotonic() + 0.5

    def send(item):
        at, p = item
        delay = start + at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        body = body_of(p)
        headers = {"Authorization": "Bearer " + p["token"]}
        if body is not None:
            headers["Content-Type"] = "application/json"
        t = time.monotonic()
        try:
            local.conn.request(method, path_of(p), body=None if body is None else json.dumps(body), headers=headers)
            r = local.conn.getresponse()
            payload = r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            local.conn.close()
            local.conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
            status, payload = 0, b""
        elapsed = time.monotonic() - t
        with lock:
            results.append((p["personId"], status, elapsed, payload))

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.connections) as pool:
        list(pool.map(send, schedule))
    wall = time.monotonic() - t0 - 0.5
    return results, wall


def summary(name, results, wall):
    latencies = [r[2] * 1000 for r in results]
    statuses = {}
    for r in results:
        statuses[r[1]] = statuses.get(r[1], 0) + 1
    log("  %-26s %5d requests in %5.1f s  %6.1f req/s   p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms   %s"
        % (name, len(results), wall, len(results) / wall, statistics.median(latencies), percentile(latencies, 90),
           percentile(latencies, 99), max(latencies), " ".join("%s×%d" % kv for kv in sorted(statuses.items()))))


def rss_of_backend(port):
    try:
        out = subprocess.run(["ss", "-ltnpH", "sport = :%d" % port], capture_output=True, text=True).stdout
        pid = out.split("pid=")[1].split(",")[0]
        with open("/proc/%s/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) // 1024
    except (IndexError, OSError, ValueError):
        return None
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", default=os.environ.get("BENCH_API", "http://127.0.0.1:8080"))
    parser.add_argument("--keycloak", default=os.environ.get("BENCH_KEYCLOAK", "http://127.0.0.1:8180"))
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--window", type=float, default=10.0, help="seconds over which the first check-ins spread")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--db", default=os.environ.get("BENCH_DB_URL", "postgresql://karta:karta@127.0.0.1:5432/karta"))
    args = parser.parse_args()

    log("==> check-in burst: %d people, each twice, first check-ins within %.0f s, %d connections, against %s"
        % (args.people, args.window, args.connections, args.api))
    api = Api(args.api, password_token(args.keycloak, "association"))
    log("==> setup: organisation, people, accounts and tokens (reused from an earlier run where they exist)")
    org_id, people = setup(args, api)
    status, meeting = api.call("POST", "/api/v1/meetings", {
        "title": "Бенч: отметка %s" % time.strftime("%Y-%m-%d %H:%M:%S"), "kind": "QUARTERLY",
        "startsAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 600)),
        "place": "Зал заседаний (бенч)"})
    assert status == 201, (status, meeting)
    mid = meeting["id"]
    status, added = api.call("POST", "/api/v1/meetings/%s/participants" % mid, {"organisationId": org_id})
    assert status == 200 and added["invitedCount"] == args.people, (status, added)
    status, opened = api.call("POST", "/api/v1/meetings/%s/open" % mid)
    assert status == 200, (status, opened)
    status, code = api.call("GET", "/api/v1/meetings/%s/check-in-code" % mid)
    log("==> meeting %s open, %d invited; code valid until %s" % (mid, added["invitedCount"], code["expiresAt"]))

    rss_before = rss_of_backend(urllib.parse.urlsplit(args.api).port or 80)
    log("==> burst")
    checkins, wall = burst(args, people, "POST", lambda p: "/api/v1/meetings/%s/check-ins" % mid,
                           lambda p: {"token": code["token"]}, (200, 201))
    rss_after = rss_of_backend(urllib.parse.urlsplit(args.api).port or 80)
    reads, read_wall = burst(args, people, "GET", lambda p: "/api/v1/meetings/%s" % mid, lambda p: None, (200,))

    log("")
    log("Results (%d people × 2 within %.0f s + up to 1.5 s, %d connections):" % (args.people, args.window,
                                                                                 args.connections))
    summary("check-in POST", checkins, wall)
    summary("baseline GET /meetings/{id}", reads, read_wall)
    if rss_before is not None:
        log("  backend RSS: %d MB before, %d MB after the burst" % (rss_before, rss_after or 0))

    failures = []
    by_person = {}
    for person, status, _, payload in checkins:
        by_person.setdefault(person, []).append((status, payload))
    firsts = sum(1 for r in checkins if r[1] == 201)
    repeats = sum(1 for r in checkins if r[1] == 200)
    if firsts != args.people:
        failures.append("expected %d first check-ins (201), got %d" % (args.people, firsts))
    if repeats != args.people:
        failures.append("expected %d repeats (200), got %d" % (args.people, repeats))
    for person, answers in by_person.items():
        times = {json.loads(p)["checkedInAt"] for s, p in answers if s in (200, 201)}
        if len(times) != 1:
            failures.append("person %s got different check-in times: %s" % (person, sorted(times)))
            break
    status, attendance = api.call("GET", "/api/v1/meetings/%s/attendance" % mid)
    log("  attendance API: presentCount %d, guestCount %d, invitedCount %d"
        % (attendance["presentCount"], attendance["guestCount"], attendance["invitedCount"]))
    if attendance["presentCount"] != args.people:
        failures.append("attendance presentCount %d, expected %d" % (attendance["presentCount"], args.people))
    try:
        rows = subprocess.run(["psql", args.db, "-tAc",
                               "select count(*) from meeting_participant where meeting_id = '%s' and attendance = 'PRESENT'"
                               " and checked_in_at is not null" % mid], capture_output=True, text=True, check=True)
        records = int(rows.stdout.strip())
        log("  database: %d attendance records PRESENT with a check-in time" % records)
        if records != args.people:
            failures.append("database holds %d attendance records, expected %d" % (records, args.people))
    except (OSError, subprocess.CalledProcessError, ValueError) as e:
        log("  database check skipped: %s" % e)
    api.call("POST", "/api/v1/meetings/%s/cancel" % mid)
    if failures:
        for f in failures:
            log("FAIL: " + f)
        return 1
    log("OK: exactly %d attendance records; every repeat answered 200 with the first time" % args.people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
