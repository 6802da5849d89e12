#!/usr/bin/env bash
# Prints an access token from the development Keycloak (realm karta on http://127.0.0.1:8180).
#
#   scripts/token.sh USER        password grant through the public client karta-dev, password "karta"
#                                (USER: association, ckr, department, member, member2) — development only
#   scripts/token.sh --script    client-credentials grant for the confidential client karta-script
#                                (its service account has the realm role integration)
#   scripts/token.sh --decode …  prints the token's claims as JSON instead of the token
#
# Example: curl -H "Authorization: Bearer $(scripts/token.sh association)" http://127.0.0.1:8080/api/v1/me
# Environment: KARTA_TOKEN_URL overrides the token endpoint, KARTA_TOKEN_PASSWORD the demo password.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KARTA_TOKEN_URL=${KARTA_TOKEN_URL:-http://127.0.0.1:8180/realms/karta/protocol/openid-connect/token}

usage() {
  sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

decode=0
if [[ "${1:-}" == "--decode" ]]; then
  decode=1
  shift
fi
[[ $# -eq 1 ]] || usage

case "$1" in
  -h | --help) usage ;;
  --script)
    form=(-d grant_type=client_credentials -d client_id=karta-script -d client_secret=karta-script-dev-secret)
    ;;
  -*) usage ;;
  *)
    form=(-d grant_type=password -d client_id=karta-dev -d scope=openid
      --data-urlencode "username=$1" --data-urlencode "password=${KARTA_TOKEN_PASSWORD:-karta}")
    ;;
esac

if ! response=$(curl -sS --connect-timeout 3 --max-time 20 "${form[@]}" "$KARTA_TOKEN_URL" 2>&1); then
  die "no answer from $KARTA_TOKEN_URL ($response). Is Keycloak running? Start it with: make keycloak"
fi

# Extract access_token (or report the error Keycloak sent), and optionally decode its payload.
printf '%s' "$response" | python3 -c '
import base64, json, sys
decode = sys.argv[1] == "1"
raw = sys.stdin.read()
try:
    body = json.loads(raw)
except ValueError:
    sys.exit("error: unexpected answer from Keycloak: " + raw[:300])
token = body.get("access_token")
if not token:
    sys.exit("error: Keycloak refused: %s %s" % (body.get("error", "?"), body.get("error_description", "")))
if decode:
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    print(json.dumps(json.loads(base64.urlsafe_b64decode(payload)), ensure_ascii=False, indent=2))
else:
    print(token)
' "$decode"
