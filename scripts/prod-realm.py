#!/usr/bin/env python3
"""Derives the production realm (keycloak/realm-karta-prod.json) from the development one (keycloak/realm-karta.json).

The same roles, clients' scopes and mappers, Organizations; without what only development may have:
  - no users but the service account of karta-admin (the demo people and their password "karta" are gone);
  - no development clients: karta-dev (password grant, for scripts/token.sh) and karta-script (its fixed secret);
    scripts get service accounts from Karta itself (SPA → «Сервисные учётные записи»);
  - no fixed secret: karta-admin's secret is ${KARTA_KEYCLOAK_ADMIN_SECRET}, resolved by Keycloak from its
    environment when it imports the realm; the SPA's address is ${KARTA_PUBLIC_URL}; mail goes through
    ${KARTA_SMTP_HOST}:${KARTA_SMTP_PORT} from ${KARTA_SMTP_FROM};
  - brute-force protection on, TLS required for every address but loopback.

    scripts/prod-realm.py           writes keycloak/realm-karta-prod.json and, as the Keycloak operator's
                                    KeycloakRealmImport, deploy/kubernetes/keycloak-realm.json
    scripts/prod-realm.py --check   exits 1 when the committed file differs from the derivation or holds a user
                                    with a password, a literal client secret, a development client or a demo flag
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEV = ROOT / "keycloak" / "realm-karta.json"
PROD = ROOT / "keycloak" / "realm-karta-prod.json"
K8S = ROOT / "deploy" / "kubernetes" / "keycloak-realm.json"
# The realm's ${…} placeholders on Kubernetes: the Keycloak operator fills them from the secret karta-secrets.
K8S_PLACEHOLDERS = {
    "KARTA_PUBLIC_URL": "public-url", "KARTA_KEYCLOAK_ADMIN_SECRET": "keycloak-admin-secret",
    "KARTA_SMTP_HOST": "smtp-host", "KARTA_SMTP_PORT": "smtp-port", "KARTA_SMTP_FROM": "smtp-from",
    "KARTA_SMTP_USER": "smtp-user", "KARTA_SMTP_PASSWORD": "smtp-password",
}
DEV_CLIENTS = {"karta-dev", "karta-script"}
KEPT_USERS = {"service-account-karta-admin"}


def derive(dev):
    realm = json.loads(json.dumps(dev))
    realm["displayName"] = dev.get("displayName", "Карта")
    realm["sslRequired"] = "external"
    realm["bruteForceProtected"] = True
    realm["failureFactor"] = 10
    realm["permanentLockout"] = False
    realm["maxFailureWaitSeconds"] = 900
    realm["users"] = [u for u in dev.get("users", []) if u["username"] in KEPT_USERS]
    clients = []
    for client in dev.get("clients", []):
        if client["clientId"] in DEV_CLIENTS:
            continue
        client = dict(client)
        if client["clientId"] == "karta-admin":
            client["secret"] = "${KARTA_KEYCLOAK_ADMIN_SECRET}"
        if client["clientId"] == "karta-web":
            client["rootUrl"] = "${KARTA_PUBLIC_URL}"
            client["redirectUris"] = ["${KARTA_PUBLIC_URL}/*"]
            client["webOrigins"] = ["${KARTA_PUBLIC_URL}"]
            attributes = dict(client.get("attributes", {}))
            attributes["post.logout.redirect.uris"] = "${KARTA_PUBLIC_URL}/*"
            client["attributes"] = attributes
        clients.append(client)
    realm["clients"] = clients
    realm["smtpServer"] = {
        "host": "${KARTA_SMTP_HOST}", "port": "${KARTA_SMTP_PORT}", "from": "${KARTA_SMTP_FROM}",
        "fromDisplayName": "Карта", "replyTo": "", "ssl": "false", "starttls": "true", "auth": "true",
        "user": "${KARTA_SMTP_USER}", "password": "${KARTA_SMTP_PASSWORD}",
    }
    return realm


def problems(realm):
    found = []
    for user in realm.get("users", []):
        if user.get("credentials"):
            found.append("user %s has credentials" % user["username"])
        if user["username"] not in KEPT_USERS:
            found.append("user %s is not a service account Karta needs" % user["username"])
    for client in realm.get("clients", []):
        if client["clientId"] in DEV_CLIENTS:
            found.append("development client %s" % client["clientId"])
        secret = client.get("secret")
        if secret is not None and not (secret.startswith("${") and secret.endswith("}")):
            found.append("client %s has a literal secret" % client["clientId"])
        for uri in client.get("redirectUris", []):
            if "localhost" in uri or "127.0.0.1" in uri:
                found.append("client %s redirects to %s" % (client["clientId"], uri))
    if not realm.get("bruteForceProtected"):
        found.append("brute-force protection is off")
    return found


def realm_import(realm):
    """The same realm as a KeycloakRealmImport of the Keycloak operator (deploy/kubernetes)."""
    return {
        "apiVersion": "k8s.keycloak.org/v2alpha1", "kind": "KeycloakRealmImport",
        "metadata": {"name": "karta-realm", "labels": {"app.kubernetes.io/part-of": "karta"}},
        "spec": {"keycloakCRName": "karta-keycloak", "realm": realm,
                 "placeholders": {name: {"secret": {"name": "karta-secrets", "key": key}}
                                  for name, key in K8S_PLACEHOLDERS.items()}},
    }


def render(realm):
    return json.dumps(realm, ensure_ascii=False, indent=2) + "\n"


def main():
    realm = derive(json.loads(DEV.read_text(encoding="utf-8")))
    text = render(realm)
    k8s_text = render(realm_import(realm))
    if "--check" in sys.argv[1:]:
        committed = PROD.read_text(encoding="utf-8") if PROD.exists() else ""
        found = problems(json.loads(committed)) if committed else ["keycloak/realm-karta-prod.json is missing"]
        for path, expected in ((PROD, text), (K8S, k8s_text)):
            if (path.read_text(encoding="utf-8") if path.exists() else "") != expected:
                found.append("%s differs from the development realm's derivation: run scripts/prod-realm.py and"
                             " commit the result" % path.relative_to(ROOT))
        for problem in found:
            print("prod-realm: " + problem, file=sys.stderr)
        if not found:
            print("prod-realm: the production realm is current: %d clients, %d users (service accounts), no"
                  " password, no literal secret" % (len(json.loads(committed)["clients"]),
                                                   len(json.loads(committed)["users"])))
        return 1 if found else 0
    PROD.write_text(text, encoding="utf-8")
    K8S.write_text(k8s_text, encoding="utf-8")
    print("wrote %s and %s" % (PROD.relative_to(ROOT), K8S.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
