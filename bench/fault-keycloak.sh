#!/usr/bin/env bash
# bench/fault-keycloak.sh — Keycloak goes away: do tokens issued before keep working?
#
# 1. PostgreSQL (127.0.0.1:5432) with a fresh database karta_fault_kc, Keycloak, and a backend on 127.0.0.1:18092.
# 2. Tokens issued while Keycloak is up: department (password grant) and the script client (client credentials);
#    a baseline of the calls below.
# 3. Keycloak is stopped. A Keycloak this script started stays stopped at the end; one that was already running is
#    stopped too and started again at the end (the output says so; Ctrl-C in between also starts it again).
# 4. While it is down, three rounds 5 s apart: GET /api/v1/me, the items list (department and script tokens), POST a
#    progress update as department on item 60000000-0000-4000-8000-000000000006 (201) — all must succeed. A new token
#    request must fail (the error a user sees is printed), and the readiness endpoint's answer is shown (with the
#    identity-provider check: DOWN / 503 expected).
# Exit 0 when the tokens issued before worked throughout. About 45 s when Keycloak was running (its restart
# included); when it was not, add Keycloak's start-up (35–150 s).
# Environment: FAULT_BACKEND_PORT (18092); KARTA_KEYCLOAK_PORT / KARTA_KEYCLOAK_HOME select the Keycloak.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"
# shellcheck source=../scripts/postgres.sh
source "$here/../scripts/postgres.sh"
# shellcheck source=../scripts/keycloak.sh
source "$here/../scripts/keycloak.sh"
# shellcheck source=common.sh
source "$here/common.sh"

PORT=${FAULT_BACKEND_PORT:-18092}
DB=karta_fault_kc
PG_PORT=5432
BASE=http://127.0.0.1:$PORT
ROADMAP=50000000-0000-4000-8000-000000002017
ITEM=60000000-0000-4000-8000-000000000006
ROUNDS=3
OUT=$KARTA_RUN_DIR/fault-keycloak
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''
WAS_RUNNING=0        # Keycloak answered before this script started
STOPPED_FOREIGN=0    # we stopped a Keycloak we did not start and have not started it again yet
CHECKS_OK=0
CHECKS_FAILED=0

# shellcheck disable=SC2317 # called through the trap
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  stop_pid "$BACKEND_PID" "fault backend" 30
  remove_app_copy
  if ((STOPPED_FOREIGN)); then
    warn "Keycloak was running before this script and is stopped now: starting it again"
    KARTA_KEYCLOAK_PID=''
    ensure_keycloak || warn "could not start Keycloak again: start it with make keycloak"
    KARTA_KEYCLOAK_PID='' # it keeps running, as it was
  fi
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak (started by this script)" 60
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# call LABEL EXPECTED TOKEN METHOD PATH [BODY] — one API call; prints a line; counts it as passed or failed
call() {
  local label=$1 expect=$2 token=$3 method=$4 path=$5 body=${6:-} code took t
  local args=(-sS -o "$OUT/last-body.json" -w '%{http_code}' --max-time 15 -X "$method"
    -H "Authorization: Bearer $token" -H 'Accept-Language: en')
  if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
  timer_start t
  code=$(curl "${args[@]}" "$BASE$path" 2>"$OUT/last-error.txt") || code=000
  took=$(timer_elapsed "$t")
  if [[ "$code" == "$expect" ]]; then
    CHECKS_OK=$((CHECKS_OK + 1))
    printf '    %-46s %s  (%ss)\n' "$label" "$code" "$took"
  else
    CHECKS_FAILED=$((CHECKS_FAILED + 1))
    printf '    %-46s %s  (%ss)  FAILED, expected %s: %s\n' "$label" "$code" "$took" "$expect" \
      "$(head -c 300 "$OUT/last-body.json" 2>/dev/null)$(cat "$OUT/last-error.txt")"
  fi
}

api_calls() {
  call "GET /api/v1/me (department)" 200 "$DEPT_TOKEN" GET /api/v1/me
  call "GET items of the 2017 roadmap (department)" 200 "$DEPT_TOKEN" GET "/api/v1/roadmaps/$ROADMAP/items?size=50"
  call "GET items of the 2017 roadmap (script client)" 200 "$SCRIPT_TOKEN" GET "/api/v1/roadmaps/$ROADMAP/items?size=50"
  call "POST progress update on item 6 (department)" 201 "$DEPT_TOKEN" POST "/api/v1/roadmap-items/$ITEM/progress-updates" \
    '{"text":"Проверка: Keycloak недоступен, токен выдан раньше"}'
}

# readiness — prints the readiness endpoint's status and its checks, one line each
readiness() {
  local code
  code=$(curl -sS -o "$OUT/ready.json" -w '%{http_code}' --max-time 15 "$BASE/q/health/ready" 2>/dev/null) || code=000
  READY_CODE=$code
  printf '    GET /q/health/ready → %s\n' "$code"
  python3 - "$OUT/ready.json" <<'PY' || sed 's/^/      /' "$OUT/ready.json"
import json, sys
doc = json.load(open(sys.argv[1]))
print(f"      status {doc.get('status')}")
for c in doc.get("checks", []):
    data = c.get("data") or {}
    extra = ", ".join(f"{k}: {v}" for k, v in data.items())
    print(f"      {c.get('status'):4} {c.get('name')}" + (f" ({extra})" if extra else ""))
PY
}

# keycloak_listener — the pid of the process listening on the Keycloak port
keycloak_listener() {
  ss -ltnpH "sport = :$KARTA_KEYCLOAK_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

stop_foreign_keycloak() {
  local pid pgid target cmd home
  pid=$(keycloak_listener)
  [[ -n "$pid" ]] || die "Keycloak answers on port $KARTA_KEYCLOAK_PORT but no process listening there was found (ss)"
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  [[ "$cmd" == *kc.home.dir* || "$cmd" == *keycloak* ]] ||
    die "the process on port $KARTA_KEYCLOAK_PORT (pid $pid) does not look like Keycloak: $cmd"
  home=$(sed -n 's/.*-Dkc\.home\.dir=\([^ ]*\).*/\1/p' <<<"$cmd")
  if [[ -n "$home" && -d "$home" ]]; then
    KARTA_KEYCLOAK_HOME=$(cd "$home" && pwd) # restart the same installation
  fi
  target=$pid
  pgid=$(ps -o pgid= -p "$pid" | tr -d ' ')
  if [[ -n "$pgid" && "$pgid" != "$pid" ]] && [[ "$(tr '\0' ' ' <"/proc/$pgid/cmdline" 2>/dev/null)" == *kc.sh* ]]; then
    target=$pgid # kc.sh leads the group (scripts/keycloak.sh starts it so): stop the whole group
  fi
  warn "Keycloak was already running (pid $target, not started by this script): stopping it now; it is started again at the end"
  STOPPED_FOREIGN=1
  stop_pid "$target" "Keycloak" 60
}

# ------------------------------------------------------------------------------------------------------------------
timer_start t_all
rm -rf "$OUT"
mkdir -p "$OUT"
if http_ok "$KARTA_KEYCLOAK_URL/realms/karta"; then
  WAS_RUNNING=1
fi

info "1/5 PostgreSQL, Keycloak, the backend on $BASE"
ensure_postgres "$PG_PORT"
fresh_database "$DB" "$PG_PORT"
ensure_keycloak
backend_jar_ready "app-$PORT"
start_backend "$PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" "$OUT/backend.log"

info "2/5 tokens while Keycloak is up, and a baseline"
DEPT_TOKEN=$(get_token department) || die "no token for department"
SCRIPT_TOKEN=$(get_token --script) || die "no token for the script client"
ok "tokens issued: department (password grant), karta-script (client credentials); both live 600 s"
api_calls
readiness
READY_BEFORE=$READY_CODE

info "3/5 stopping Keycloak ($KARTA_KEYCLOAK_URL)"
if [[ -n "$KARTA_KEYCLOAK_PID" ]]; then
  info "this script started Keycloak: stopping it (it stays stopped at the end)"
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  KARTA_KEYCLOAK_PID=''
else
  stop_foreign_keycloak
fi
wait_until 60 "Keycloak's port $KARTA_KEYCLOAK_PORT to close" "" "" eval "! port_open 127.0.0.1 $KARTA_KEYCLOAK_PORT" ||
  die "Keycloak still listens on port $KARTA_KEYCLOAK_PORT"
ok "Keycloak is down (nothing listens on port $KARTA_KEYCLOAK_PORT)"
down_failed_before=$CHECKS_FAILED
down_ok_before=$CHECKS_OK

info "4/5 while Keycloak is down: the old tokens, a new token request, readiness"
token_error=''
token_failed=0
for ((round = 1; round <= ROUNDS; round++)); do
  echo "  round $round/$ROUNDS"
  api_calls
  if ((round == 1)); then
    echo "    a new token (what a user or script sees now): scripts/token.sh department"
    if out=$(get_token department 2>&1); then
      echo "      a token was issued: Keycloak is not down?!"
    else
      token_failed=1
      token_error=$out
      # shellcheck disable=SC2001
      sed 's/^/      /' <<<"$out"
    fi
    echo "    the same request with curl (connection refused expected):"
    curl -sS --max-time 5 -d grant_type=client_credentials -d client_id=karta-script \
      -d client_secret=karta-script-dev-secret "$KARTA_KEYCLOAK_URL/realms/karta/protocol/openid-connect/token" \
      2>&1 | sed 's/^/      /' || true
    readiness
    READY_DOWN=$READY_CODE
  fi
  if ((round < ROUNDS)); then sleep 5; fi
done
down_ok=$((CHECKS_OK - down_ok_before))
down_failed=$((CHECKS_FAILED - down_failed_before))

info "5/5 after the outage"
if ((STOPPED_FOREIGN)); then
  info "Keycloak was running before this script: starting it again (KARTA_KEYCLOAK_HOME=$KARTA_KEYCLOAK_HOME)"
  KARTA_KEYCLOAK_PID=''
  ensure_keycloak
  KARTA_KEYCLOAK_PID='' # keeps running, as before
  STOPPED_FOREIGN=0
  if get_token department >/dev/null; then ok "token requests work again"; else warn "still no token after the restart"; fi
  wait_until 30 "readiness UP again" "" "" http_ok "$BASE/q/health/ready" || warn "readiness did not come back within 30 s"
  readiness
else
  info "Keycloak was not running before this script: it stays stopped"
fi

printf '\n'
info "summary"
echo "  Keycloak before the script: $( ((WAS_RUNNING)) && echo "running (stopped for the test, started again)" || echo "not running (started for the test, stopped)")"
echo "  calls with tokens issued before the outage, while Keycloak was down: $down_ok passed, $down_failed failed (expected 200/201)"
echo "  a new token while Keycloak was down: $( ((token_failed)) && echo "refused, as expected — the user sees: $(head -1 <<<"$token_error")" || echo "WAS ISSUED (unexpected)")"
echo "  readiness: $READY_BEFORE while Keycloak was up, $READY_DOWN while it was down$([[ "$READY_DOWN" == 503 ]] && echo " (DOWN, as expected with the identity-provider check)" || echo " (expected 503 DOWN once the identity-provider check is in)")"
# shellcheck disable=SC2154 # timer_start sets t_all
echo "  run time: $(timer_elapsed "$t_all")s; backend log: $OUT/backend.log"
if ((CHECKS_FAILED == 0 && token_failed)); then
  ok "PASSED: the tokens issued before kept working while Keycloak was down"
  exit 0
fi
((CHECKS_FAILED == 0)) || printf '%sFAILED%s: %d call(s) with old tokens did not answer as expected\n' "$_c_red" "$_c_off" "$CHECKS_FAILED" >&2
((token_failed)) || printf '%sFAILED%s: a token was issued while Keycloak should have been down\n' "$_c_red" "$_c_off" >&2
exit 1
