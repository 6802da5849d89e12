#!/usr/bin/env python3
"""The verdict of bench/fault-db-restart.sh, from the requests the load generator recorded (fault_load.py), the
events of the run and the progress-update ids found in the database afterwards. Exit 0 when every check passed."""
import argparse
import csv
import sys
from collections import Counter


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", required=True)
    ap.add_argument("--events", required=True)
    ap.add_argument("--ids-in-db", required=True)
    ap.add_argument("--recovery-limit", type=float, default=60)
    args = ap.parse_args()

    rows = list(csv.DictReader(open(args.requests, encoding="utf-8"), delimiter="\t"))
    for r in rows:
        r["start"], r["end"], r["status"] = float(r["start"]), float(r["end"]), int(r["status"])
    events = {}
    for line in open(args.events, encoding="utf-8"):
        name, _, t = line.strip().partition("\t")
        if name:
            events.setdefault(name, float(t))
    in_db = {line.strip() for line in open(args.ids_in_db, encoding="utf-8") if line.strip()}

    t0 = events["load_start"]
    stop_cmd, start_cmd = events["pg_stop_command"], events["pg_start_command"]
    pg_ready = events.get("pg_ready")
    recovered = events.get("api_recovered")
    end = events.get("load_stop", max((r["end"] for r in rows), default=t0))
    bounds = [("steady", t0, stop_cmd), ("outage", stop_cmd, pg_ready or start_cmd),
              ("recovering", pg_ready or start_cmd, recovered or end), ("after", recovered or end, float("inf"))]

    def rel(t):
        return f"{t - t0:6.1f}s"

    print()
    print("timeline (seconds since the load started):")
    for name in ("pg_stop_command", "pg_stopped", "pg_start_command", "pg_ready", "api_recovered", "load_stop"):
        if name in events:
            print(f"  {rel(events[name])}  {name}")
    print()
    print(f"  {'phase':11} {'from':>7} {'to':>7} {'requests':>8}  by status (0 = no HTTP answer)")
    for name, a, b in bounds:
        rs = [r for r in rows if a <= r["start"] < b]
        by = Counter(r["status"] for r in rs)
        shown = ", ".join(f"{k}: {v}" for k, v in sorted(by.items()))
        to = rel(min(b, end))
        print(f"  {name:11} {rel(a):>7} {to:>7} {len(rs):>8}  {shown or '-'}")
        kinds = Counter((r["kind"], r["status"]) for r in rs)
        detail = "; ".join(f"{k} {s}: {n}" for (k, s), n in sorted(kinds.items()))
        if detail:
            print(f"  {'':11} {'':>7} {'':>7} {'':>8}  {detail}")

    failures = []
    fivexx = [r for r in rows if r["status"] >= 500]
    other5xx = Counter(r["status"] for r in fivexx if r["status"] != 503)
    s503 = [r for r in fivexx if r["status"] == 503]
    no_retry = [r for r in s503 if not r["retry_after"].strip()]
    not_problem = [r for r in s503 if not r["content_type"].lower().startswith("application/problem+json")]
    no_answer = [r for r in rows if r["status"] == 0]
    writes_ok = [r for r in rows if r["kind"] == "write" and 200 <= r["status"] < 300]
    lost = [r for r in writes_ok if r["id"] not in in_db]
    not_2xx_but_stored = len(in_db) - len({r["id"] for r in writes_ok} & in_db)

    print()
    print("checks:")
    line = f"  5xx answers: {len(fivexx)}, of which 503: {len(s503)}"
    if other5xx:
        line += "; OTHER 5xx: " + ", ".join(f"{k} x{v}" for k, v in sorted(other5xx.items()))
        failures.append("5xx other than 503: " + ", ".join(f"{k} x{v}" for k, v in sorted(other5xx.items())))
        examples = [r for r in fivexx if r["status"] != 503][:3]
        for r in examples:
            line += f"\n      e.g. {r['kind']} at {rel(r['start'])}: {r['status']} {r['content_type']}"
    print(line)
    if not s503:
        print("  503 answers: none (so nothing to check for Retry-After / problem+json)")
    else:
        print(f"  503 with Retry-After: {len(s503) - len(no_retry)}/{len(s503)}; "
              f"with application/problem+json: {len(s503) - len(not_problem)}/{len(s503)}")
        if no_retry:
            failures.append(f"{len(no_retry)} of {len(s503)} 503 answers had no Retry-After header")
        if not_problem:
            types = Counter(r["content_type"] or "(none)" for r in not_problem)
            failures.append(f"{len(not_problem)} of {len(s503)} 503 answers were not application/problem+json "
                            f"({', '.join(f'{k} x{v}' for k, v in types.items())})")
    if no_answer:
        errors = Counter(r["error"].split(":")[0] for r in no_answer)
        print(f"  requests without an HTTP answer (client timeout 10 s or connection error): {len(no_answer)} "
              f"({', '.join(f'{k} x{v}' for k, v in errors.items())}) — not a failure by itself, but worth a look")
    else:
        print("  requests without an HTTP answer: none")
    print(f"  writes answered 2xx: {len(writes_ok)}; found in the database afterwards: {len(writes_ok) - len(lost)}"
          + (f"; LOST: {len(lost)}" if lost else ""))
    if not_2xx_but_stored > 0:
        print(f"  (plus {not_2xx_but_stored} stored writes whose client saw no 2xx: committed, answer lost — allowed)")
    if lost:
        failures.append(f"{len(lost)} writes answered 2xx but are not in the database (e.g. {lost[0]['id']})")
    if not writes_ok:
        failures.append("no write answered 2xx at all")
    if pg_ready is None:
        failures.append("PostgreSQL never accepted connections again")
    elif recovered is None:
        failures.append(f"no 2xx write within {args.recovery_limit:.0f} s of PostgreSQL accepting connections again")
        print(f"  recovery: NONE within {args.recovery_limit:.0f} s")
    else:
        since_ready, since_cmd = recovered - pg_ready, recovered - start_cmd
        print(f"  recovery: first 2xx write {since_ready:.1f} s after PostgreSQL accepted connections again, "
              f"{since_cmd:.1f} s after the restart command (PostgreSQL itself took {pg_ready - start_cmd:.1f} s)")
        if since_ready > args.recovery_limit:
            failures.append(f"recovery took {since_ready:.1f} s (limit {args.recovery_limit:.0f} s)")
    after = [r for r in rows if recovered is not None and r["start"] >= recovered]
    bad_after = [r for r in after if not 200 <= r["status"] < 300]
    print(f"  after recovery: {len(after) - len(bad_after)}/{len(after)} requests answered 2xx")

    print()
    if failures:
        print("FAILED:")
        for f in failures:
            print("  - " + f)
        return 1
    print("PASSED: no 2xx write lost, only 503 (with Retry-After and problem+json) while the database was away, "
          "recovered by itself")
    return 0


if __name__ == "__main__":
    sys.exit(main())
