#!/usr/bin/env python3
"""Load generator for bench/fault-db-restart.sh (standard library only).

Worker threads alternate reads and writes until the stop file appears:
    GET  /api/v1/roadmaps/{roadmap}/items?size=50        (read)
    POST /api/v1/roadmap-items/{item}/progress-updates   (write, a unique text marker)
    GET  /api/v1/roadmap-items/{item}                    (read)
    POST ... progress-updates                            (write)
Every request is one tab-separated line in the output file, written and flushed as it completes:
    start  end  kind  status  content-type  retry-after  id  marker  error
(times are epoch seconds; status 0 = no HTTP answer, the error column says why; id = the id a 2xx write returned).

    fault_load.py --base http://127.0.0.1:18091 --token-file F --roadmap ID --item ID --out F --stop F
                  [--workers 8] [--pause 0.02] [--timeout 10] [--run-id X]
The token file is re-read before every request, so the caller can refresh the token while the load runs.
"""
import argparse
import http.client
import json
import os
import threading
import time
import urllib.parse

HEADER = "start\tend\tkind\tstatus\tcontent_type\tretry_after\tid\tmarker\terror\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token-file", required=True)
    ap.add_argument("--roadmap", required=True)
    ap.add_argument("--item", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stop", required=True)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--pause", type=float, default=0.02)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--run-id", default=str(int(time.time())))
    args = ap.parse_args()

    url = urllib.parse.urlsplit(args.base)
    lock = threading.Lock()
    out = open(args.out, "w", encoding="utf-8", buffering=1)
    out.write(HEADER)

    def token():
        with open(args.token_file, encoding="ascii") as f:
            return f.read().strip()

    def record(start, end, kind, status, ctype, retry, rid, marker, error):
        line = "\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                         (f"{start:.3f}", f"{end:.3f}", kind, status, ctype, retry, rid, marker, error))
        with lock:
            out.write(line + "\n")
            out.flush()

    def worker(n):
        conn = None
        seq = 0
        plan = ["list", "write", "item", "write"]
        while not os.path.exists(args.stop):
            kind = plan[seq % len(plan)]
            seq += 1
            marker = ""
            headers = {"Authorization": "Bearer " + token(), "Accept": "application/json",
                       "Accept-Language": "ru"}
            body = None
            if kind == "list":
                method, path = "GET", f"/api/v1/roadmaps/{args.roadmap}/items?size=50"
            elif kind == "item":
                method, path = "GET", f"/api/v1/roadmap-items/{args.item}"
            else:
                marker = f"fault-db-restart {args.run_id} w{n}-{seq}"
                method, path = "POST", f"/api/v1/roadmap-items/{args.item}/progress-updates"
                body = json.dumps({"text": "Проверка отказоустойчивости: " + marker}, ensure_ascii=False).encode()
                headers["Content-Type"] = "application/json"
            start = time.time()
            status, ctype, retry, rid, error = 0, "", "", "", ""
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=args.timeout)
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                status = resp.status
                ctype = resp.getheader("Content-Type", "")
                retry = resp.getheader("Retry-After", "")
                if kind == "write" and 200 <= status < 300:
                    try:
                        rid = json.loads(data).get("id", "")
                    except ValueError:
                        error = "2xx without a JSON body"
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except Exception as e:  # noqa: BLE001 - every failure is recorded, then the worker reconnects
                error = f"{type(e).__name__}: {e}"
                if conn is not None:
                    conn.close()
                conn = None
            record(start, time.time(), kind, status, ctype, retry, rid, marker, error)
            time.sleep(args.pause)
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.close()


if __name__ == "__main__":
    main()
