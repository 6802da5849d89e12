#!/usr/bin/env bash
# `make run`: the whole of Karta on this machine, for development.
#
#   1. PostgreSQL on 127.0.0.1:5432 (the system one if it answers, else an embedded one) + role/database karta
#   2. Keycloak on 127.0.0.1:8180 with realm karta (reused if it already runs)
#   3. the backend (Quarkus, profile demo) on 127.0.0.1:8080, rebuilt only when its sources changed
#   4. the frontend (Vite dev server) on 127.0.0.1:5173, `npm ci` only when package-lock.json changed
#   and, before the backend, a mail catcher (scripts/mailcatcher.py): SMTP 127.0.0.1:1025 for the backend's mails,
#   readable on http://127.0.0.1:1080 (stored in .run/mail/)
# Then it waits. Ctrl-C stops what this script started, in reverse order; a PostgreSQL or Keycloak that was
# already running stays up. Logs: .run/*.log. See DEVELOPERS.md.
set -euo pipefail

here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=postgres.sh
source "$here/postgres.sh"
# shellcheck source=keycloak.sh
source "$here/keycloak.sh"

BACKEND_PORT=8080
FRONTEND_PORT=5173
MAIL_SMTP_PORT=1025
MAIL_HTTP_PORT=1080
MAIL_PID=''
BACKEND_DEADLINE=${KARTA_BACKEND_DEADLINE:-180}
FRONTEND_DEADLINE=${KARTA_FRONTEND_DEADLINE:-120}
BACKEND_PID=''
FRONTEND_PID=''
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$FRONTEND_PID$BACKEND_PID$MAIL_PID$KARTA_KEYCLOAK_PID$KARTA_PG_PID" ]]; then
    echo
    info "stopping what this run started"
  fi
  stop_pid "$FRONTEND_PID" "frontend" 15
  stop_pid "$BACKEND_PID" "backend" 30
  stop_pid "$MAIL_PID" "mail catcher" 10
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
  rm -f "$KARTA_RUN_DIR"/{backend,frontend,keycloak,mailcatcher}.pid
  [[ -n "$KARTA_PG_PID" ]] && rm -f "$KARTA_RUN_DIR/postgres.pid"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# step TITLE — prints the step title and starts its timer; step_done prints how long it took.
_step_title=''
_step_t0=''
step() {
  _step_title=$1
  timer_start _step_t0
  printf '\n'
  info "$_step_title"
}
step_done() { ok "$_step_title: done in $(timer_elapsed "$_step_t0")s"; }

# require_free_port PORT WHAT — dies with a clear message when something already listens there.
require_free_port() {
  local port=$1 what=$2 owner
  if port_open 127.0.0.1 "$port"; then
    owner=$(port_owner "$port")
    die "port $port on 127.0.0.1 is already taken${owner:+ by $owner}; $what needs it. Stop that program (an earlier 'make run'?) and try again."
  fi
}

# backend_is_stale — true when the runnable jar is missing or older than any file in backend/src or backend/pom.xml.
backend_is_stale() {
  local jar=$KARTA_ROOT/backend/target/quarkus-app/quarkus-run.jar
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find "$KARTA_ROOT/backend/src" "$KARTA_ROOT/backend/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

# The mail catcher: the backend's reminders land here, readable in the browser. Reused if one already listens.
run_mailcatcher() {
  local log=$KARTA_RUN_DIR/mailcatcher.log
  if port_open 127.0.0.1 "$MAIL_SMTP_PORT" && port_open 127.0.0.1 "$MAIL_HTTP_PORT"; then
    info "a mail catcher already listens on $MAIL_SMTP_PORT/$MAIL_HTTP_PORT: using it"
    return 0
  fi
  require_free_port "$MAIL_SMTP_PORT" "the mail catcher (SMTP)"
  require_free_port "$MAIL_HTTP_PORT" "the mail catcher (web)"
  command -v python3 >/dev/null 2>&1 || die "python3 is not installed (the mail catcher needs it)"
  info "starting the mail catcher: SMTP 127.0.0.1:$MAIL_SMTP_PORT, mails on http://127.0.0.1:$MAIL_HTTP_PORT (log: $log)"
  start_bg "$log" python3 "$KARTA_ROOT/scripts/mailcatcher.py" --smtp-port "$MAIL_SMTP_PORT" \
    --http-port "$MAIL_HTTP_PORT" --dir "$KARTA_RUN_DIR/mail"
  MAIL_PID=$BG_PID
  echo "$MAIL_PID" >"$KARTA_RUN_DIR/mailcatcher.pid"
  wait_http "http://127.0.0.1:$MAIL_HTTP_PORT/messages" 15 "mail catcher" "$log" "$MAIL_PID" ||
    die "the mail catcher did not start (log: $log)"
}

run_backend() {
  local log=$KARTA_RUN_DIR/backend.log build_log=$KARTA_RUN_DIR/backend-build.log t
  if [[ ! -f "$KARTA_ROOT/backend/pom.xml" ]]; then
    warn "backend/pom.xml does not exist yet: skipping the backend"
    return 0
  fi
  require_free_port "$BACKEND_PORT" "the backend"
  if backend_is_stale; then
    timer_start t
    info "building the backend (./mvnw package -DskipTests; log: $build_log)"
    if ! (cd "$KARTA_ROOT/backend" && ./mvnw -q -B package -DskipTests) >"$build_log" 2>&1; then
      show_log_tail "$build_log" 60
      die "the backend build failed (full log: $build_log)"
    fi
    ok "built in $(timer_elapsed "$t")s"
  else
    info "backend jar is up to date: not rebuilding"
  fi
  local cds
  mapfile -t cds < <(cds_options "$KARTA_ROOT/backend/target/quarkus-app")
  if [[ "${cds[0]}" == -XX:SharedArchiveFile=* ]]; then
    info "starting the backend on http://127.0.0.1:$BACKEND_PORT (profile demo, class data shared; log: $log)"
  else
    info "starting the backend on http://127.0.0.1:$BACKEND_PORT (profile demo; its classes are archived when it stops, for faster starts; log: $log)"
  fi
  # shellcheck disable=SC2086 # KARTA_JAVA_OPTS splits on spaces on purpose
  start_bg "$log" env -C "$KARTA_ROOT" \
    KARTA_DB_URL="jdbc:postgresql://127.0.0.1:$KARTA_PG_PORT/karta" \
    KARTA_DB_USER=karta KARTA_DB_PASSWORD=karta \
    KARTA_OIDC_URL="$KARTA_KEYCLOAK_URL/realms/karta" \
    KARTA_SMTP_HOST=127.0.0.1 KARTA_SMTP_PORT="$MAIL_SMTP_PORT" KARTA_SMTP_STARTTLS=DISABLED \
    java $KARTA_JAVA_OPTS "${cds[@]}" -Dquarkus.profile=demo -jar backend/target/quarkus-app/quarkus-run.jar
  BACKEND_PID=$BG_PID
  echo "$BACKEND_PID" >"$KARTA_RUN_DIR/backend.pid"
  wait_http "http://127.0.0.1:$BACKEND_PORT/q/health/ready" "$BACKEND_DEADLINE" "backend" "$log" "$BACKEND_PID" ||
    die "the backend did not become ready (full log: $log)"
}

run_frontend() {
  local dir=$KARTA_ROOT/frontend log=$KARTA_RUN_DIR/frontend.log t
  if [[ ! -f "$dir/package.json" ]]; then
    warn "frontend/package.json does not exist yet: skipping the frontend"
    return 0
  fi
  command -v npm >/dev/null 2>&1 || die "npm is not installed (the frontend needs Node 20 and npm)"
  require_free_port "$FRONTEND_PORT" "the frontend dev server"
  # npm writes node_modules/.package-lock.json on every install: older than package-lock.json means stale.
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    timer_start t
    info "installing the frontend's packages (npm ci; log: $KARTA_RUN_DIR/npm-ci.log)"
    if ! (cd "$dir" && npm ci --no-audit --no-fund) >"$KARTA_RUN_DIR/npm-ci.log" 2>&1; then
      show_log_tail "$KARTA_RUN_DIR/npm-ci.log" 40
      die "npm ci failed (full log: $KARTA_RUN_DIR/npm-ci.log)"
    fi
    ok "installed in $(timer_elapsed "$t")s"
  else
    info "frontend/node_modules is up to date: not reinstalling"
  fi
  info "starting the frontend dev server on http://127.0.0.1:$FRONTEND_PORT (log: $log)"
  start_bg "$log" env -C "$dir" npm run dev -- --host 127.0.0.1 --port "$FRONTEND_PORT" --strictPort
  FRONTEND_PID=$BG_PID
  echo "$FRONTEND_PID" >"$KARTA_RUN_DIR/frontend.pid"
  wait_http "http://127.0.0.1:$FRONTEND_PORT/" "$FRONTEND_DEADLINE" "frontend" "$log" "$FRONTEND_PID" ||
    die "the frontend dev server did not start (full log: $log)"
}

print_summary() {
  local total=$1 backend_note='' frontend_note=''
  [[ -n "$BACKEND_PID" ]] || backend_note='  (not started)'
  [[ -n "$FRONTEND_PID" ]] || frontend_note='  (not started)'
  local lines=(
    "Karta is running — ready in ${total}s"
    ""
    "SPA         http://127.0.0.1:$FRONTEND_PORT$frontend_note"
    "API         http://127.0.0.1:$BACKEND_PORT/api/v1$backend_note"
    "Swagger UI  http://127.0.0.1:$BACKEND_PORT/q/swagger-ui$backend_note"
    "Keycloak    $KARTA_KEYCLOAK_URL  (admin console: admin / admin)"
    "Mail        http://127.0.0.1:$MAIL_HTTP_PORT  (reminders; Keycloak's invitations)"
    ""
    "Demo logins, password karta (development only):"
    "  association  ckr  department  member (its enterprise's admin)  member2"
    "Corporate sign-in demo: petrov@agro-partner.example / karta (realm partner;"
    "  link it on НОЦ «АгроПартнёр-Демо», see README \"Corporate sign-in\")"
    "Token for scripts: scripts/token.sh USER | --script"
    ""
    "Logs: .run/*.log      Ctrl-C stops what this run started"
  )
  local width=0 line
  for line in "${lines[@]}"; do ((${#line} > width)) && width=${#line}; done
  printf '\n┌%s┐\n' "$(printf '─%.0s' $(seq 1 $((width + 2))))"
  for line in "${lines[@]}"; do printf '│ %s%*s │\n' "$line" $((width - ${#line})) ''; done
  printf '└%s┘\n' "$(printf '─%.0s' $(seq 1 $((width + 2))))"
}

main() {
  local t0
  timer_start t0
  mkdir -p "$KARTA_RUN_DIR"

  step "1/4 PostgreSQL"
  ensure_postgres "$KARTA_PG_PORT"
  ensure_database karta "$KARTA_PG_PORT"
  step_done

  step "2/4 Keycloak"
  ensure_keycloak
  step_done

  step "3/4 backend"
  run_mailcatcher
  run_backend
  step_done

  step "4/4 frontend"
  run_frontend
  step_done

  print_summary "$(timer_elapsed "$t0")"

  # Wait; if something we started dies on its own, say so and stop the rest.
  local pid name log
  while :; do
    for name in FRONTEND_PID BACKEND_PID MAIL_PID KARTA_KEYCLOAK_PID KARTA_PG_PID; do
      pid=${!name}
      if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
        case $name in
          FRONTEND_PID) name=frontend log=frontend.log ;;
          BACKEND_PID) name=backend log=backend.log ;;
          MAIL_PID) name="mail catcher" log=mailcatcher.log ;;
          KARTA_KEYCLOAK_PID) name=Keycloak log=keycloak.log ;;
          KARTA_PG_PID) name="embedded PostgreSQL" log=postgres.log ;;
        esac
        show_log_tail "$KARTA_RUN_DIR/$log" 30
        die "$name exited unexpectedly (log: $KARTA_RUN_DIR/$log)"
      fi
    done
    sleep 2 &
    wait $! || true
  done
}

main "$@"
