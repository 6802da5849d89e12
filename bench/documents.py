#!/usr/bin/env python3
"""Roadmap documents at size, against a running Karta: a 500-item Word roadmap imported (preview, then commit) and
the 1,000-item roadmap exported (DOCX, XLSX, and its execution report), timed, with the backend's heap watched.

    bench/documents.py                     # against make run: backend 8080, Keycloak 8180
    bench/documents.py --rounds 3 --api http://127.0.0.1:8080 --keycloak http://127.0.0.1:8180

What it does, printing progress:
  1. Setup through Karta's own API as the association (nothing of it is timed): two roadmaps written as the 2017 seed
     is (the text export of a Word table: 1,000 and 500 items, deadlines of every form people write, several
     organisations per cell, officials in brackets, multi-line cells) are imported and committed; the 500-item one
     is exported as DOCX: that Word document is what the benchmark imports.
  2. Baseline in the same run: a page of 100 items of the 1,000-item roadmap (GET .../items?size=100).
  3. Each round: the 500-item DOCX read into a preview (POST /roadmap-imports, multipart) and committed into a new
     draft roadmap; the 1,000-item roadmap exported as DOCX and as XLSX, and its execution report as DOCX and XLSX.
  4. While each request runs, a thread reads the backend's /q/metrics every 25 ms: the heap in use just before it and
     its peak during it (all G1 regions, garbage included, as sampled). Prints seconds (median and worst of the
     rounds), heap before and peak, file sizes, and the backend's RSS.
Exit status 1 when a step fails.
"""
import argparse
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
import uuid

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

ORGS = ["Ассоциация «Смоленский композитный кластер»", "АНО «ЦКР Смоленской области»",
        "Департамент инвестиционного развития Смоленской области",
        "Департамент Смоленской области по образованию и науке",
        "Департамент Смоленской области по сельскому хозяйству",
        "Предприятия Смоленского композитного кластера"]
OFFICIALS = ["Стрельцов А.В.", "Иванов А.А.", "Рыбченко Т.И."]
DEADLINES = ["июнь {y}", "{y}", "II квартал {y} г.", "до 1 декабря {y} г.", "ежеквартально", "в течение года",
             "постоянно", "декабрь {y} г. – январь {n} г.", "30.09.{y}", "не реже одного раза в квартал"]
PHRASES = ["Разработка и утверждение", "Проведение", "Организация участия в", "Подготовка предложений по",
           "Мониторинг", "Внедрение", "Публикация материалов о", "Формирование реестра"]
OBJECTS = ["программы развития композитной отрасли", "выставки «Композит-Экспо»", "совещания по развитию кластера",
           "инвестиционных проектов участников кластера", "кадрового обеспечения предприятий",
           "совместных НИОКР с вузами региона", "мер государственной поддержки", "экспортных контрактов"]


def log(msg):
    print(msg, flush=True)


def roadmap_text(items, year, seed):
    """A roadmap written as the seed is: the title, then each cell on a line that starts with a tab."""
    rnd = random.Random(seed)
    lines = ["План мероприятий («дорожная карта»)", "«Развитие Смоленского композитного кластера (бенчмарк %d)»" % seed,
             "", "на %d год" % year,
             "\t№ \n\nп/п ", "\tМероприятие, работа", "\tСроки", "\tОтветственный", "\tОказание содействия",
             "\tОжидаемый результат", "\tПримечание", ""]
    for n in range(1, items + 1):
        def party():
            name = rnd.choice(ORGS)
            return name + ("\n (%s)" % rnd.choice(OFFICIALS) if rnd.random() < 0.3 else "")
        responsible = "\n\n".join(party() for _ in range(rnd.randint(1, 2)))
        assisting = "\n\n".join(party() for _ in range(rnd.randint(0, 3)))
        activity = "%s %s" % (rnd.choice(PHRASES), rnd.choice(OBJECTS))
        if rnd.random() < 0.2:
            activity += "\nв рамках плана %d года" % year
        lines += ["\t%d." % n, "\t" + activity, "\t" + rnd.choice(DEADLINES).format(y=year, n=year + 1),
                  "\t" + responsible, "", "\t" + assisting, "\tВыполнено мероприятие %d" % n, "\t", ""]
    return "\n".join(lines).encode("utf-8")


class Api:
    def __init__(self, base, token):
        self.base = base.rstrip("/")
        self.token = token

    def request(self, method, path, body=None, content_type=None, timeout=600):
        req = urllib.request.Request(self.base + path, data=body, method=method)
        req.add_header("Authorization", "Bearer " + self.token)
        req.add_header("Accept", "*/*")
        if content_type:
            req.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def json(self, method, path, payload):
        return self.request(method, path, json.dumps(payload).encode(), "application/json")

    def upload(self, path, name, data, media_type):
        boundary = "----karta-bench-" + uuid.uuid4().hex
        body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                 % (boundary, name, media_type)).encode("utf-8") + data + ("\r\n--%s--\r\n" % boundary).encode())
        return self.request("POST", path, body, "multipart/form-data; boundary=" + boundary)


class HeapWatch:
    """Samples the backend's heap in use and its allocation counter while a request runs."""

    def __init__(self, base):
        self.url = base.rstrip("/") + "/q/metrics"

    def sample(self):
        with urllib.request.urlopen(self.url, timeout=10) as r:
            text = r.read().decode()
        heap = 0.0
        for line in text.splitlines():
            if line.startswith('jvm_memory_used_bytes{area="heap"'):
                heap += float(line.rsplit(" ", 1)[1])
        return heap

    def run(self, action):
        before = self.sample()
        peak = [before]
        done = threading.Event()

        def watch():
            while not done.is_set():
                try:
                    peak[0] = max(peak[0], self.sample())
                except OSError:
                    pass
                done.wait(0.025)

        thread = threading.Thread(target=watch, daemon=True)
        thread.start()
        started = time.perf_counter()
        try:
            result = action()
        finally:
            seconds = time.perf_counter() - started
            done.set()
            thread.join()
        heap_after = self.sample()
        return result, seconds, max(peak[0], heap_after), before


def rss_mb(port):
    try:
        pid = subprocess.run(["bash", "-c", "ss -ltnpH 'sport = :%d' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2"
                              % port], capture_output=True, text=True).stdout.strip()
        with open("/proc/%s/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", default=os.environ.get("KARTA_API", "http://127.0.0.1:8080"))
    parser.add_argument("--keycloak", default=os.environ.get("KARTA_KEYCLOAK", "http://127.0.0.1:8180"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--import-items", type=int, default=500)
    parser.add_argument("--export-items", type=int, default=1000)
    args = parser.parse_args()

    token = json.loads(urllib.request.urlopen(urllib.request.Request(
        args.keycloak + "/realms/karta/protocol/openid-connect/token",
        data=urllib.parse.urlencode({"grant_type": "password", "client_id": "karta-dev", "scope": "openid",
                                     "username": "association", "password": "karta"}).encode()), timeout=60)
        .read())["access_token"]
    api = Api(args.api, token)
    watch = HeapWatch(args.api)
    failed = []

    def imported(text, name):
        status, body = api.upload("/api/v1/roadmap-imports", name, text, "text/plain")
        if status != 201:
            sys.exit("import of %s answered %s: %s" % (name, status, body[:300]))
        preview = json.loads(body)
        status, body = api.json("POST", "/api/v1/roadmap-imports/%s/commit" % preview["id"], {})
        if status != 201:
            sys.exit("commit of %s answered %s: %s" % (name, status, body[:300]))
        return json.loads(body)["id"], len(preview["items"])

    log("==> setup: a %d-item and a %d-item roadmap, imported from their text exports" % (args.export_items,
                                                                                          args.import_items))
    big, big_items = imported(roadmap_text(args.export_items, 2031, 1), "bench-%d.txt" % args.export_items)
    log("    %d-item roadmap %s" % (big_items, big))
    small, small_items = imported(roadmap_text(args.import_items, 2032, 2), "bench-%d.txt" % args.import_items)
    status, docx = api.request("GET", "/api/v1/roadmaps/%s/export?format=docx" % small)
    if status != 200:
        sys.exit("export of the %d-item roadmap answered %s" % (small_items, status))
    log("    the %d-item roadmap as a Word document: %.0f KB" % (small_items, len(docx) / 1024))

    results = {}

    def measure(name, action, check):
        result, seconds, peak, before = watch.run(action)
        ok, detail = check(result)
        if not ok:
            failed.append("%s: %s" % (name, detail))
        results.setdefault(name, []).append((seconds, peak, before, detail))

    def get(path):
        return lambda: api.request("GET", path)

    def is_file(result):
        status, body = result
        return status == 200 and body[:2] == b"PK", "%.0f KB" % (len(body) / 1024)

    for r in range(1, args.rounds + 1):
        log("==> round %d of %d" % (r, args.rounds))
        measure("baseline: GET 100 items of %d" % big_items, get("/api/v1/roadmaps/%s/items?size=100" % big),
                lambda res: (res[0] == 200, "%.0f KB" % (len(res[1]) / 1024)))
        preview = {}

        def read_docx():
            status, body = api.upload("/api/v1/roadmap-imports", "bench-%d.docx" % small_items, docx, DOCX)
            if status == 201:
                preview.update(json.loads(body))
            return status, body

        measure("import %d-item DOCX: preview" % small_items, read_docx,
                lambda res: (res[0] == 201 and len(preview.get("items", [])) == small_items,
                             "%d items, %d warnings" % (len(preview.get("items", [])), len(preview.get("warnings", [])))))
        measure("import %d-item DOCX: commit" % small_items,
                lambda: api.json("POST", "/api/v1/roadmap-imports/%s/commit" % preview.get("id"), {}),
                lambda res: (res[0] == 201, "roadmap made" if res[0] == 201 else str(res[1][:200])))
        measure("export %d items: DOCX" % big_items, get("/api/v1/roadmaps/%s/export?format=docx" % big), is_file)
        measure("export %d items: XLSX" % big_items, get("/api/v1/roadmaps/%s/export?format=xlsx" % big), is_file)
        measure("execution report %d items: DOCX" % big_items,
                get("/api/v1/roadmaps/%s/execution-report?format=docx" % big), is_file)
        measure("execution report %d items: XLSX" % big_items,
                get("/api/v1/roadmaps/%s/execution-report?format=xlsx" % big), is_file)

    log("")
    log("%-44s %9s %9s %12s %10s  %s" % ("operation", "median s", "worst s", "heap before", "peak heap", "result"))
    for name, runs in results.items():
        seconds = [s for s, _, _, _ in runs]
        log("%-44s %9.2f %9.2f %9.0f MB %7.0f MB  %s" % (
            name, statistics.median(seconds), max(seconds), statistics.median(b for _, _, b, _ in runs) / 2**20,
            max(p for _, p, _, _ in runs) / 2**20, runs[-1][3]))
    port = urllib.parse.urlparse(args.api).port or 80
    log("backend RSS after the run: %.0f MB" % rss_mb(port))
    if failed:
        log("FAILED: " + "; ".join(failed))
        return 1
    log("ok: every import read all %d items, every commit made a roadmap, every export is a file" % small_items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
