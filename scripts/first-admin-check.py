#!/usr/bin/env python3
"""make test's check of scripts/first-admin.sh against its Keycloak and a running backend (standard library only).

Makes a first administrator with the script, then, as the person would after changing the temporary password at
the first sign-in, signs in and asks Karta who that is and for the organisations: the role must be the
association's. A second run with the same e-mail must refuse. The user is deleted at the end.

    first-admin-check.py --keycloak URL --api URL [--admin-user admin --admin-password admin]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def post_form(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST"), timeout=60) as r:
        return json.loads(r.read())


def call(url, token, method="GET", body=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Bearer " + token)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=60) as r:
        raw = r.read()
        return r.status, json.loads(raw) if raw else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keycloak", required=True)
    ap.add_argument("--api", required=True)
    ap.add_argument("--admin-user", default="admin")
    ap.add_argument("--admin-password", default="admin")
    args = ap.parse_args()
    email = "first-admin-%s@karta.test" % uuid.uuid4().hex[:8]
    env = {**os.environ, "KEYCLOAK_ADMIN_PASSWORD": args.admin_password}
    script = [os.path.join(HERE, "first-admin.sh"), "--keycloak", args.keycloak, "--email", email,
              "--name", "Первый Администратор", "--admin-user", args.admin_user]
    made = subprocess.run(script, env=env, capture_output=True, text=True)
    print(made.stdout + made.stderr)
    if made.returncode != 0:
        print("first-admin-check: the script failed")
        return 1
    password = re.search(r"temporary password: (\S+)", made.stdout).group(1)
    user_id = re.search(r"Keycloak user id:\s+(\S+)", made.stdout).group(1)

    admin = post_form(args.keycloak + "/realms/master/protocol/openid-connect/token",
                      {"grant_type": "password", "client_id": "admin-cli", "username": args.admin_user,
                       "password": args.admin_password})["access_token"]
    users = args.keycloak + "/admin/realms/karta/users/" + user_id
    failures = []
    _, user = call(users, admin)
    if user.get("requiredActions") != ["UPDATE_PASSWORD"]:
        failures.append("the temporary password is not to be changed: %s" % user.get("requiredActions"))
    try:
        post_form(args.keycloak + "/realms/karta/protocol/openid-connect/token",
                  {"grant_type": "password", "client_id": "karta-dev", "username": email, "password": password})
        failures.append("the temporary password signed in without being changed")
    except urllib.error.HTTPError as e:
        if e.code != 400:
            failures.append("the temporary password gave %d, not 400 (account not set up)" % e.code)

    # what the person does at the first sign-in: a new password of their own
    call(users + "/reset-password", admin, "PUT", {"type": "password", "value": "Karta-first-1", "temporary": False})
    call(users, admin, "PUT", {"requiredActions": []})
    token = post_form(args.keycloak + "/realms/karta/protocol/openid-connect/token",
                      {"grant_type": "password", "client_id": "karta-dev", "username": email,
                       "password": "Karta-first-1"})["access_token"]
    _, me = call(args.api + "/api/v1/me", token)
    if "association" not in [r.lower() for r in me.get("roles", [])]:
        failures.append("Karta does not see the association's role: %s" % me.get("roles"))
    status, organisations = call(args.api + "/api/v1/organisations?size=1", token)
    if status != 200:
        failures.append("the organisations answered %d" % status)

    again = subprocess.run(script, env=env, capture_output=True, text=True)
    if again.returncode == 0 or "already has a user" not in again.stderr:
        failures.append("a second run with the same e-mail did not refuse: %s" % again.stderr.strip())

    call(users, admin, "DELETE")
    for failure in failures:
        print("FAIL " + failure)
    if not failures:
        print("first-admin: made %s with the association's role; signs in after changing the password; a second"
              " run refuses" % email)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
