#!/usr/bin/env bash
# Makes the first association administrator of a new Karta (production realm, no demo users): a Keycloak user in
# realm karta with the role "association", a temporary password printed once and changed at the first sign-in.
# That person then creates the organisations and invites everyone else from the SPA.
#
#   KEYCLOAK_ADMIN_PASSWORD=... scripts/first-admin.sh --keycloak https://auth.karta.example.ru:8443 \
#     --email head@cluster.example.ru --name "Анна Соколова" [--admin-user admin]
#
# Uses the master realm's administrator (KC_BOOTSTRAP_ADMIN_* of docker-compose.prod.yml) through Keycloak's admin
# REST API; needs curl and python3. Refuses when a user with that e-mail exists.
set -euo pipefail

keycloak='' email='' name='' admin_user=${KEYCLOAK_ADMIN_USER:-admin}
while (($#)); do
  case $1 in
    --keycloak) keycloak=${2%/}; shift 2 ;;
    --email) email=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --admin-user) admin_user=$2; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "first-admin: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$keycloak" && -n "$email" && -n "$name" ]] || { echo "first-admin: --keycloak, --email and --name are required" >&2; exit 2; }
if [[ -z "${KEYCLOAK_ADMIN_PASSWORD:-}" ]]; then
  read -r -s -p "Password of Keycloak's administrator $admin_user: " KEYCLOAK_ADMIN_PASSWORD
  echo
fi

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
api() { # METHOD PATH [BODY] -> body on stdout; fails on an HTTP error
  local method=$1 path=$2 body=${3:-}
  curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    ${body:+--data-binary "$body"} "$keycloak/admin/realms/karta$path"
}

token=$(curl -sS --fail-with-body -d grant_type=password -d client_id=admin-cli --data-urlencode "username=$admin_user" \
  --data-urlencode "password=$KEYCLOAK_ADMIN_PASSWORD" "$keycloak/realms/master/protocol/openid-connect/token" |
  json 'd["access_token"]') || { echo "first-admin: Keycloak did not accept $admin_user's password" >&2; exit 1; }

existing=$(api GET "/users?exact=true&email=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$email")" | json 'len(d)')
if ((existing > 0)); then
  echo "first-admin: realm karta already has a user with e-mail $email; nothing changed" >&2
  exit 1
fi

body=$(python3 - "$email" "$name" <<'PY'
import json, sys
email, name = sys.argv[1], sys.argv[2].strip()
first, _, last = name.partition(" ")
print(json.dumps({"username": email.lower(), "email": email, "firstName": first, "lastName": last, "enabled": True,
                  "emailVerified": True, "requiredActions": ["UPDATE_PASSWORD"]}, ensure_ascii=False))
PY
)
location=$(curl -sS --fail-with-body -o /dev/null -D - -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' --data-binary "$body" "$keycloak/admin/realms/karta/users" |
  tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
id=${location##*/}
[[ -n "$id" ]] || { echo "first-admin: Keycloak made no user" >&2; exit 1; }

password=$(python3 -c 'import secrets, string; a = string.ascii_letters + string.digits; print("".join(secrets.choice(a) for _ in range(20)))')
api PUT "/users/$id/reset-password" "{\"type\": \"password\", \"value\": \"$password\", \"temporary\": true}" >/dev/null
role=$(api GET /roles/association)
api POST "/users/$id/role-mappings/realm" "[$role]" >/dev/null

cat <<DONE
The first association administrator is ready.
  sign in:            $email
  temporary password: $password   (asked to change it at the first sign-in; shown only now)
  Keycloak user id:   $id
Then, in Karta: «Организации» → the association's organisation, «Люди» → invite everyone else.
DONE
