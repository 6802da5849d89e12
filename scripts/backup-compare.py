#!/usr/bin/env python3
"""Compares the API answers of two backends (the original database and its restored backup), GET by GET.

usage: backup-compare.py TOKEN ORIGINAL_BASE_URL RESTORED_BASE_URL
Prints the number of identical answers; exits 1 on the first difference.
"""
import json
import sys
import urllib.request

token, original, restored = sys.argv[1:4]


def get(base, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token,
                                                           "Accept-Language": "ru"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.load(answer)


paths = ["/api/v1/me", "/api/v1/organisations?size=200", "/api/v1/roadmaps?size=200"]
_, roadmaps = get(original, "/api/v1/roadmaps?size=200")
for roadmap in roadmaps["items"]:
    base = "/api/v1/roadmaps/" + roadmap["id"]
    paths += [base, base + "/items?size=200", base + "/summary", base + "/history?size=200"]
    _, items = get(original, base + "/items?size=200")
    for item in items["items"]:
        paths += ["/api/v1/roadmap-items/" + item["id"], "/api/v1/roadmap-items/" + item["id"] + "/progress-updates",
                  "/api/v1/roadmap-items/" + item["id"] + "/history"]
_, organisations = get(original, "/api/v1/organisations?size=200")
paths += ["/api/v1/organisations/" + o["id"] + "/history" for o in organisations["items"]]

for path in paths:
    a, b = get(original, path), get(restored, path)
    if a != b:
        print(f"DIFFERENT: GET {path}\n  original: {json.dumps(a, ensure_ascii=False)[:500]}\n"
              f"  restored: {json.dumps(b, ensure_ascii=False)[:500]}", file=sys.stderr)
        sys.exit(1)
print(f"{len(paths)} answers identical (roadmaps: {len(roadmaps['items'])}, organisations: "
      f"{len(organisations['items'])})")
