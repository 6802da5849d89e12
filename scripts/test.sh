#!/usr/bin/env bash
# `make test`: every test suite of Karta, against real services, from any state of this machine.
#
#   1. PostgreSQL (the system one, or the embedded one) with fresh databases karta_test and karta_e2e
#   2. Keycloak with realm karta (reused if it already runs)
#   3. backend: the Quarkus tests (REST Assured on the real database; openapi.yaml drift; some with real Keycloak
#      tokens) and the packaged jar
#   4. frontend: generated API types drift, lint, type check and build, Vitest
#   5. docker-compose.yml and docker-compose.prod.yml validation (docker-compose config -q), the production realm,
#      the Kubernetes manifests (deploy/kubernetes/validate.mjs, offline)
#   6. end to end: two replicas of the packaged backend behind HAProxy + the built SPA (vite preview) + Keycloak,
#      driven by Playwright in Chromium; then the replicas' own checks (bench/replicas.py), one killed under load
#   7. backup and restore: pg_dump of the e2e database restored into a fresh one gives the same API answers
#   8. faults: PostgreSQL restarted under load (503 + Retry-After, nothing lost); Keycloak down (old tokens work)
# Every suite runs even when an earlier one failed (unless it needs its output); the summary lists each suite's
# counts; the exit status is 0 only when all passed. Logs: .run/test-*.log.
set -euo pipefail

here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=postgres.sh
source "$here/postgres.sh"
# shellcheck source=keycloak.sh
source "$here/keycloak.sh"

E2E_BACKEND_PORT=${KARTA_E2E_BACKEND_PORT:-18080}
E2E_BACKEND_B_PORT=${KARTA_E2E_BACKEND_B_PORT:-18082}
E2E_LB_PORT=${KARTA_E2E_LB_PORT:-18088}
E2E_LB_STATS_PORT=${KARTA_E2E_LB_STATS_PORT:-18089}
E2E_BACKEND_B_PID=''
E2E_LB_PID=''
E2E_WEB_PORT=${KARTA_E2E_WEB_PORT:-4173}
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''
E2E_BACKEND_PID=''
E2E_WEB_PID=''
RESTORED_BACKEND_PID=''
RESTORED_BACKEND_PORT=${KARTA_RESTORED_BACKEND_PORT:-18081}
MAIL_SMTP_PORT=1025
MAIL_HTTP_PORT=1080
MAIL_PID=''
S3_PORT=${KARTA_TEST_S3_PORT:-4568}
S3_BUCKET=karta-test
S3_PID=''

declare -a SUMMARY=()
FAILED=0

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  stop_pid "$E2E_WEB_PID" "SPA preview" 15
  stop_pid "$RESTORED_BACKEND_PID" "backend on the restored backup" 30
  stop_pid "$E2E_LB_PID" "HAProxy" 10
  stop_pid "$E2E_BACKEND_B_PID" "e2e backend B" 30
  stop_pid "$E2E_BACKEND_PID" "e2e backend" 30
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  stop_pid "$MAIL_PID" "mail catcher" 10
  stop_pid "$S3_PID" "S3 test server" 10
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

_t_suite=''
suite() {
  timer_start _t_suite
  printf '\n'
  info "$1"
}
# record NAME RESULT_LINE STATUS — remembers one suite's outcome for the summary.
record() {
  local name=$1 line=$2 status=$3 took
  took=$(timer_elapsed "$_t_suite")
  if ((status == 0)); then
    ok "$name: $line (${took}s)"
    SUMMARY+=("$(printf '  %-22s %-44s %7ss  ok' "$name" "$line" "$took")")
  else
    FAILED=1
    printf '%sFAILED%s %s: %s (%ss)\n' "$_c_red" "$_c_off" "$name" "$line" "$took" >&2
    SUMMARY+=("$(printf '  %-22s %-44s %7ss  FAILED' "$name" "$line" "$took")")
  fi
}

fresh_database() {
  local name=$1
  ensure_database "$name"
  _psql "$KARTA_PG_PORT" "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$name'" >/dev/null
  _psql "$KARTA_PG_PORT" "drop database if exists $name"
  _psql "$KARTA_PG_PORT" "create database $name owner karta"
}

# Sums the counts of the surefire XML reports: prints "N passed, F failed, S skipped".
surefire_counts() {
  python3 - "$KARTA_ROOT/backend/target/surefire-reports" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
t = f = s = 0
for path in glob.glob(sys.argv[1] + "/TEST-*.xml"):
    r = ET.parse(path).getroot()
    t += int(r.get("tests", 0)); f += int(r.get("failures", 0)) + int(r.get("errors", 0)); s += int(r.get("skipped", 0))
print(f"{t - f - s} passed, {f} failed, {s} skipped")
PY
}

mkdir -p "$KARTA_RUN_DIR"
timer_start t_all

suite "services: PostgreSQL, Keycloak, the mail catcher and an S3-compatible server"
ensure_postgres
fresh_database karta_test
fresh_database karta_e2e
# Keycloak mails its invitations (and the backend its reminders) to the mail catcher; the tests read them there.
if port_open 127.0.0.1 "$MAIL_SMTP_PORT" && port_open 127.0.0.1 "$MAIL_HTTP_PORT"; then
  ok "a mail catcher already listens on $MAIL_SMTP_PORT/$MAIL_HTTP_PORT: using it"
else
  mkdir -p "$KARTA_RUN_DIR/test-mail"
  start_bg "$KARTA_RUN_DIR/test-mailcatcher.log" python3 "$KARTA_ROOT/scripts/mailcatcher.py" \
    --smtp-port "$MAIL_SMTP_PORT" --http-port "$MAIL_HTTP_PORT" --dir "$KARTA_RUN_DIR/test-mail"
  MAIL_PID=$BG_PID
  wait_http "http://127.0.0.1:$MAIL_HTTP_PORT/messages" 15 "mail catcher" "$KARTA_RUN_DIR/test-mailcatcher.log" "$MAIL_PID" ||
    die "the mail catcher did not start (log: .run/test-mailcatcher.log)"
  ok "mail catcher on SMTP 127.0.0.1:$MAIL_SMTP_PORT, mails on http://127.0.0.1:$MAIL_HTTP_PORT"
fi
# The S3 evidence store is tested against s3rver (npm), which checks the SDK's signatures as S3 does.
if port_open 127.0.0.1 "$S3_PORT"; then
  ok "an S3-compatible server already listens on $S3_PORT: using it (bucket $S3_BUCKET)"
else
  s3dir=$KARTA_ROOT/scripts/s3-test-server
  if [[ ! -x "$s3dir/node_modules/.bin/s3rver" ]]; then
    info "installing the S3 test server (npm ci; log: .run/test-s3-npm-ci.log)"
    (cd "$s3dir" && npm ci --no-audit --no-fund) >"$KARTA_RUN_DIR/test-s3-npm-ci.log" 2>&1 ||
      { tail -30 "$KARTA_RUN_DIR/test-s3-npm-ci.log"; die "npm ci of the S3 test server failed"; }
  fi
  rm -rf "$KARTA_RUN_DIR/test-s3"
  mkdir -p "$KARTA_RUN_DIR/test-s3"
  start_bg "$KARTA_RUN_DIR/test-s3.log" "$s3dir/node_modules/.bin/s3rver" --directory "$KARTA_RUN_DIR/test-s3" \
    --address 127.0.0.1 --port "$S3_PORT" --configure-bucket "$S3_BUCKET" --silent
  S3_PID=$BG_PID
  wait_until 30 "S3 test server (127.0.0.1:$S3_PORT)" "$KARTA_RUN_DIR/test-s3.log" "$S3_PID" \
    port_open 127.0.0.1 "$S3_PORT" ||
    die "the S3 test server did not start (log: .run/test-s3.log)"
  ok "S3-compatible server on http://127.0.0.1:$S3_PORT, bucket $S3_BUCKET"
fi
ensure_keycloak

# ---------------------------------------------------------------------------------------------------------------
suite "backend: Quarkus tests on the real PostgreSQL and Keycloak, then the jar"
rm -rf "$KARTA_ROOT/backend/target/surefire-reports"
set +e
(cd "$KARTA_ROOT/backend" && ./mvnw -B -ntp package -Dkarta.keycloak.url="$KARTA_KEYCLOAK_URL" \
  -Dkarta.test.s3.url="http://127.0.0.1:$S3_PORT" \
  -Dmaven.test.failure.ignore=false) >"$KARTA_RUN_DIR/test-backend.log" 2>&1
status=$?
set -e
line=$(surefire_counts 2>/dev/null || echo "no test reports")
if ((status != 0)); then
  grep -E '^\[ERROR\]' "$KARTA_RUN_DIR/test-backend.log" | head -40 >&2 || true
  echo "    full log: $KARTA_RUN_DIR/test-backend.log" >&2
fi
record "backend (JUnit)" "$line" "$status"
JAR=$KARTA_ROOT/backend/target/quarkus-app/quarkus-run.jar
[[ $status -eq 0 && -f "$JAR" ]] || JAR=''

# ---------------------------------------------------------------------------------------------------------------
suite "frontend: dependencies, API types drift, lint, build, Vitest"
cd "$KARTA_ROOT/frontend"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund >"$KARTA_RUN_DIR/test-npm-ci.log" 2>&1 || { tail -30 "$KARTA_RUN_DIR/test-npm-ci.log"; die "npm ci failed"; }
fi
set +e
npm run -s check:api >"$KARTA_RUN_DIR/test-api-types.log" 2>&1
status=$?
set -e
((status == 0)) || cat "$KARTA_RUN_DIR/test-api-types.log" >&2
record "API types drift" "$( ((status == 0)) && echo "src/lib/api/schema.d.ts matches openapi.yaml" || echo "regenerate: npm run gen:api")" "$status"

timer_start _t_suite
set +e
{ npm run -s lint && npm run -s build; } >"$KARTA_RUN_DIR/test-frontend-build.log" 2>&1
status=$?
set -e
((status == 0)) || tail -40 "$KARTA_RUN_DIR/test-frontend-build.log" >&2
record "frontend lint+build" "$( ((status == 0)) && echo "eslint, prettier, tsc, vite build" || echo "see .run/test-frontend-build.log")" "$status"
BUILT=$status

timer_start _t_suite
set +e
npx vitest run >"$KARTA_RUN_DIR/test-vitest.log" 2>&1
status=$?
set -e
line=$(grep -Eo 'vitest: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?' "$KARTA_RUN_DIR/test-vitest.log" | tail -1 | sed 's/^vitest: //')
((status == 0)) || tail -60 "$KARTA_RUN_DIR/test-vitest.log" >&2
record "frontend (Vitest)" "${line:-no result line}" "$status"
cd "$KARTA_ROOT"

# ---------------------------------------------------------------------------------------------------------------
suite "docker-compose.yml (the demo) and docker-compose.prod.yml (production), the production realm"
# same_java_opts — every deployment starts the backend with make run's heap and collector (scripts/lib.sh)
same_java_opts() {
  local default file
  default=$(sed -n 's/^KARTA_JAVA_OPTS=\${KARTA_JAVA_OPTS:-\(.*\)}$/\1/p' "$KARTA_ROOT/scripts/lib.sh")
  [[ -n "$default" ]] || { echo "no default KARTA_JAVA_OPTS in scripts/lib.sh"; return 1; }
  for file in docker-compose.yml docker-compose.prod.yml deploy/kubernetes/backend.yaml backend/Dockerfile; do
    if ! grep -Fq -e "JAVA_OPTS: $default" -e "JAVA_OPTS=\"$default\"" "$KARTA_ROOT/$file" ||
      ! grep -Eq 'MALLOC_ARENA_MAX(: "|=)2' "$KARTA_ROOT/$file"; then
      echo "$file: JAVA_OPTS is not '$default' (scripts/lib.sh) or MALLOC_ARENA_MAX is not 2"
      return 1
    fi
  done
}
set +e
if command -v docker-compose >/dev/null 2>&1; then
  # the production file refuses to start without its secrets: it is checked with stand-ins for each
  prod_env=$KARTA_RUN_DIR/test-prod.env
  sed -E 's/^([A-Z_]*(PASSWORD|SECRET))=$/\1=stand-in-for-the-check/' "$KARTA_ROOT/deploy/prod.env.example" >"$prod_env"
  : >"$KARTA_RUN_DIR/test-empty.env"
  docker-compose -f "$KARTA_ROOT/docker-compose.yml" config -q 2>&1 &&
    docker-compose -f "$KARTA_ROOT/docker-compose.prod.yml" --env-file "$prod_env" config -q 2>&1 &&
    { docker-compose -f "$KARTA_ROOT/docker-compose.prod.yml" --env-file "$KARTA_RUN_DIR/test-empty.env" config -q 2>&1 || true; } |
    grep -q 'set POSTGRES_PASSWORD' &&
    python3 "$KARTA_ROOT/scripts/prod-realm.py" --check &&
    same_java_opts
  status=$?
  line="both files valid; prod needs its secrets; realm current; JVM options as make run's"
else
  status=1
  line="docker-compose is not installed (apt-get install docker-compose)"
fi
set -e
record "compose files" "$line" "$status"

suite "Kubernetes manifests (deploy/kubernetes), validated offline"
set +e
k8s=$KARTA_ROOT/deploy/kubernetes
if [[ ! -d "$k8s/node_modules" ]]; then
  (cd "$k8s" && npm ci --no-audit --no-fund) >"$KARTA_RUN_DIR/test-k8s-npm-ci.log" 2>&1 || tail -20 "$KARTA_RUN_DIR/test-k8s-npm-ci.log"
fi
node "$k8s/validate.mjs" >"$KARTA_RUN_DIR/test-k8s.log" 2>&1
status=$?
set -e
((status == 0)) || tail -20 "$KARTA_RUN_DIR/test-k8s.log" >&2
line=$(grep -Eo '[0-9]+ objects in [0-9]+ files valid' "$KARTA_RUN_DIR/test-k8s.log" | head -1)
record "kubernetes manifests" "${line:-see .run/test-k8s.log}" "$status"

# ---------------------------------------------------------------------------------------------------------------
suite "end to end: Playwright in Chromium against two replicas of the jar behind HAProxy, the built SPA and Keycloak"
if [[ -z "$JAR" || $BUILT -ne 0 ]]; then
  record "end to end (Playwright)" "skipped: the backend jar or the SPA build is missing" 1
else
  for port in "$E2E_BACKEND_PORT" "$E2E_BACKEND_B_PORT" "$E2E_LB_PORT" "$E2E_LB_STATS_PORT" "$E2E_WEB_PORT"; do
    if port_open 127.0.0.1 "$port"; then
      die "port $port is taken by $(port_owner "$port"); set KARTA_E2E_BACKEND_PORT / KARTA_E2E_BACKEND_B_PORT / KARTA_E2E_LB_PORT / KARTA_E2E_WEB_PORT"
    fi
  done
  # Replica A migrates the database; B starts once A is ready (Flyway would wait for A's lock anyway).
  start_e2e_backend() {
    local log=$1 port=$2
    # shellcheck disable=SC2086 # KARTA_JAVA_OPTS splits on spaces on purpose
    start_bg "$log" env KARTA_DB_URL=jdbc:postgresql://127.0.0.1:$KARTA_PG_PORT/karta_e2e \
      KARTA_DB_USER=karta KARTA_DB_PASSWORD=karta KARTA_OIDC_URL="$KARTA_KEYCLOAK_URL/realms/karta" \
      KARTA_KEYCLOAK_URL="$KARTA_KEYCLOAK_URL" KARTA_APP_URL="http://127.0.0.1:$E2E_WEB_PORT/" \
      java $KARTA_JAVA_OPTS -Dquarkus.profile=demo -Dquarkus.http.port="$port" -jar "$JAR"
  }
  start_e2e_backend "$KARTA_RUN_DIR/test-e2e-backend.log" "$E2E_BACKEND_PORT"
  E2E_BACKEND_PID=$BG_PID
  wait_http "http://127.0.0.1:$E2E_BACKEND_PORT/q/health/ready" 180 "e2e backend A" "$KARTA_RUN_DIR/test-e2e-backend.log" "$E2E_BACKEND_PID" ||
    die "the backend did not start for the end-to-end tests"
  start_e2e_backend "$KARTA_RUN_DIR/test-e2e-backend-b.log" "$E2E_BACKEND_B_PORT"
  E2E_BACKEND_B_PID=$BG_PID
  wait_http "http://127.0.0.1:$E2E_BACKEND_B_PORT/q/health/ready" 180 "e2e backend B" "$KARTA_RUN_DIR/test-e2e-backend-b.log" "$E2E_BACKEND_B_PID" ||
    die "the second backend did not start for the end-to-end tests"
  # HAProxy (Debian's package): round robin over A and B, readiness checked every second, a replica out after two
  # failed checks; a request whose connection to a replica fails goes to the other (nothing reached the dead one).
  cat >"$KARTA_RUN_DIR/test-haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  option redispatch
  retries 2
  retry-on conn-failure
frontend stats
  bind 127.0.0.1:$E2E_LB_STATS_PORT
  stats enable
  stats uri /stats
frontend karta
  bind 127.0.0.1:$E2E_LB_PORT
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  http-response set-header X-Karta-Replica %s
  server a 127.0.0.1:$E2E_BACKEND_PORT check
  server b 127.0.0.1:$E2E_BACKEND_B_PORT check
CFG
  command -v haproxy >/dev/null 2>&1 || die "HAProxy is missing: apt-get install -y haproxy (.ci/run installs it)"
  start_bg "$KARTA_RUN_DIR/test-haproxy.log" haproxy -db -f "$KARTA_RUN_DIR/test-haproxy.cfg"
  E2E_LB_PID=$BG_PID
  wait_http "http://127.0.0.1:$E2E_LB_PORT/q/health/ready" 30 "HAProxy" "$KARTA_RUN_DIR/test-haproxy.log" "$E2E_LB_PID" ||
    die "HAProxy did not start (log: .run/test-haproxy.log)"
  ok "two replicas behind HAProxy on http://127.0.0.1:$E2E_LB_PORT (A :$E2E_BACKEND_PORT, B :$E2E_BACKEND_B_PORT)"
  start_bg "$KARTA_RUN_DIR/test-e2e-web.log" env -C "$KARTA_ROOT/frontend" KARTA_API_PROXY="http://127.0.0.1:$E2E_LB_PORT" \
    npx vite preview --host 127.0.0.1 --port "$E2E_WEB_PORT" --strictPort
  E2E_WEB_PID=$BG_PID
  wait_http "http://127.0.0.1:$E2E_WEB_PORT/" 60 "SPA preview" "$KARTA_RUN_DIR/test-e2e-web.log" "$E2E_WEB_PID" ||
    die "vite preview did not start"
  set +e
  (cd "$KARTA_ROOT/frontend" && E2E_BASE_URL="http://127.0.0.1:$E2E_WEB_PORT" npx playwright test) \
    >"$KARTA_RUN_DIR/test-e2e.log" 2>&1
  status=$?
  set -e
  line=$(grep -Eo 'playwright: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?' "$KARTA_RUN_DIR/test-e2e.log" | tail -1 | sed 's/^playwright: //')
  ((status == 0)) || tail -60 "$KARTA_RUN_DIR/test-e2e.log" >&2
  record "end to end (Playwright)" "${line:-no result line}" "$status"

  # -------------------------------------------------------------------------------------------------------------
  suite "backup and restore: pg_dump of the e2e database, restored into a fresh one, the same API answers"
  dump=$KARTA_RUN_DIR/test-backup.dump
  _psql "$KARTA_PG_PORT" "drop database if exists karta_restore" >/dev/null
  set +e
  {
    PGPORT=$KARTA_PG_PORT "$here/backup.sh" karta_e2e "$dump" &&
      PGPORT=$KARTA_PG_PORT "$here/restore.sh" "$dump" karta_restore
  } >"$KARTA_RUN_DIR/test-backup.log" 2>&1
  status=$?
  set -e
  if ((status == 0)); then
    # shellcheck disable=SC2086 # KARTA_JAVA_OPTS splits on spaces on purpose
    start_bg "$KARTA_RUN_DIR/test-restored-backend.log" env KARTA_DB_URL=jdbc:postgresql://127.0.0.1:$KARTA_PG_PORT/karta_restore \
      KARTA_DB_USER=karta KARTA_DB_PASSWORD=karta KARTA_OIDC_URL="$KARTA_KEYCLOAK_URL/realms/karta" \
      java $KARTA_JAVA_OPTS -Dquarkus.profile=demo -D%demo.karta.demo-data=false -Dquarkus.http.port="$RESTORED_BACKEND_PORT" -jar "$JAR"
    RESTORED_BACKEND_PID=$BG_PID
    set +e
    wait_http "http://127.0.0.1:$RESTORED_BACKEND_PORT/q/health/ready" 180 "backend on the restored backup" \
      "$KARTA_RUN_DIR/test-restored-backend.log" "$RESTORED_BACKEND_PID" &&
      python3 "$here/backup-compare.py" "$("$here/token.sh" association)" "http://127.0.0.1:$E2E_BACKEND_PORT" \
        "http://127.0.0.1:$RESTORED_BACKEND_PORT" >>"$KARTA_RUN_DIR/test-backup.log" 2>&1
    status=$?
    set -e
  fi
  line=$(grep -Eo '[0-9]+ answers identical' "$KARTA_RUN_DIR/test-backup.log" | tail -1)
  ((status == 0)) || tail -20 "$KARTA_RUN_DIR/test-backup.log" >&2
  record "backup and restore" "${line:-see .run/test-backup.log}" "$status"

  # -------------------------------------------------------------------------------------------------------------
  suite "first administrator of a new deployment (scripts/first-admin.sh)"
  set +e
  python3 "$KARTA_ROOT/scripts/first-admin-check.py" --keycloak "$KARTA_KEYCLOAK_URL" \
    --api "http://127.0.0.1:$E2E_LB_PORT" >"$KARTA_RUN_DIR/test-first-admin.log" 2>&1
  status=$?
  set -e
  ((status == 0)) || tail -20 "$KARTA_RUN_DIR/test-first-admin.log" >&2
  record "first administrator" "$( ((status == 0)) && echo "made, signs in as the association, no second" || echo "see .run/test-first-admin.log")" "$status"

  # -------------------------------------------------------------------------------------------------------------
  suite "replicas: ETags, locking, Idempotency-Key and check-in across A and B; A killed under load (bench/replicas.py)"
  set +e
  python3 "$KARTA_ROOT/bench/replicas.py" --lb "http://127.0.0.1:$E2E_LB_PORT" --a "http://127.0.0.1:$E2E_BACKEND_PORT" \
    --b "http://127.0.0.1:$E2E_BACKEND_B_PORT" --a-pid "$E2E_BACKEND_PID" --stats "http://127.0.0.1:$E2E_LB_STATS_PORT/stats;csv" --keycloak "$KARTA_KEYCLOAK_URL" \
    --pg-port "$KARTA_PG_PORT" --db karta_e2e >"$KARTA_RUN_DIR/test-replicas.log" 2>&1
  status=$?
  set -e
  line=$(grep -Eo '[0-9]+ writes kept once each; A out within [0-9.]+ s' "$KARTA_RUN_DIR/test-replicas.log" | tail -1)
  ((status == 0)) || tail -30 "$KARTA_RUN_DIR/test-replicas.log" >&2
  record "replicas (HAProxy)" "${line:-see .run/test-replicas.log}" "$status"
fi

# ---------------------------------------------------------------------------------------------------------------
suite "fault: PostgreSQL restarted under load (bench/fault-db-restart.sh)"
set +e
"$KARTA_ROOT/bench/fault-db-restart.sh" >"$KARTA_RUN_DIR/test-fault-db.log" 2>&1
status=$?
set -e
line=$(grep -Eo 'a write answered 2xx again [0-9.]+s after PostgreSQL accepted connections' "$KARTA_RUN_DIR/test-fault-db.log" |
  sed 's/a write answered 2xx again /recovered /; s/ after PostgreSQL accepted connections/ after the restart, nothing lost/')
((status == 0)) || tail -40 "$KARTA_RUN_DIR/test-fault-db.log" >&2
record "fault: database restart" "${line:-see .run/test-fault-db.log}" "$status"

suite "fault: Keycloak down, tokens already issued keep working (bench/fault-keycloak.sh)"
# The Keycloak this run started is stopped first, so the fault script starts and stops its own and nothing is
# left running; a Keycloak that was already running is stopped by the script and started again.
stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
KARTA_KEYCLOAK_PID=''
set +e
"$KARTA_ROOT/bench/fault-keycloak.sh" >"$KARTA_RUN_DIR/test-fault-keycloak.log" 2>&1
status=$?
set -e
line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed \(expected 200/201\)' "$KARTA_RUN_DIR/test-fault-keycloak.log" | head -1)
((status == 0)) || tail -40 "$KARTA_RUN_DIR/test-fault-keycloak.log" >&2
record "fault: Keycloak down" "${line:+old tokens: $line}" "$status"

printf '\n'
info "summary ($(timer_elapsed "$t_all")s in all)"
printf '%s\n' "${SUMMARY[@]}"
if ((FAILED)); then
  die "some suites failed; logs are in $KARTA_RUN_DIR"
fi
ok "all suites passed"
