# shellcheck shell=bash
# Helpers shared by bench/run.sh, bench/fault-db-restart.sh and bench/fault-keycloak.sh. Source it after
# scripts/lib.sh (and scripts/postgres.sh for fresh_database).
#
#   backend_jar_ready            waits for a Maven build of backend/ that is running now, rebuilds the jar when it is
#                                older than backend/src or backend/pom.xml (like scripts/run.sh), then copies
#                                backend/target/quarkus-app to a private folder; sets BENCH_APP_DIR
#   start_backend PORT DB_URL LOG [EXTRA_ENV...]
#                                starts that copy like scripts/run.sh does (java $KARTA_JAVA_OPTS -Dquarkus.profile=demo),
#                                waits for /q/health/ready (polled every 0.2 s); sets BACKEND_PID and
#                                BACKEND_STARTUP (seconds from the java start to ready); BENCH_JAVA_OPTS adds JVM
#                                options (split on spaces), e.g. a flight recording:
#                                BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/k.jfr,settings=profile"
#   remove_app_copy              deletes that private copy (after the backend stopped)
#   fresh_database NAME PORT     drops and recreates database NAME (owner karta)
#   get_token USER|--script      prints a token from the Keycloak at $KARTA_KEYCLOAK_URL (scripts/token.sh)
#   busy_processes               the processes that used more than 10 % CPU during one second (ps + /proc)

BENCH_DIR=${BENCH_DIR:-$KARTA_ROOT/bench}
BENCH_BACKEND_DEADLINE=${BENCH_BACKEND_DEADLINE:-180}
BENCH_BUILD_WAIT=${BENCH_BUILD_WAIT:-900}
BACKEND_PID=''
BACKEND_STARTUP=''
BENCH_APP_DIR=''

_maven_build_running() {
  # shellcheck disable=SC2009 # pgrep -f would take the path as a regular expression
  ps -eo args 2>/dev/null | grep -F -- "-Dmaven.multiModuleProjectDirectory=$KARTA_ROOT/backend" | grep -vq grep
}

_backend_is_stale() {
  local jar=$KARTA_ROOT/backend/target/quarkus-app/quarkus-run.jar
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find "$KARTA_ROOT/backend/src" "$KARTA_ROOT/backend/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

backend_jar_ready() {
  local t log=$KARTA_RUN_DIR/bench-build.log name=${1:-app} d
  [[ -f "$KARTA_ROOT/backend/pom.xml" ]] || die "backend/pom.xml is missing"
  if _backend_is_stale && _maven_build_running; then
    info "the jar is stale and another Maven build of backend/ is running: waiting for it (at most ${BENCH_BUILD_WAIT}s)"
    wait_until "$BENCH_BUILD_WAIT" "the other Maven build" "" "" eval '! _maven_build_running' ||
      die "a Maven build of backend/ kept running for ${BENCH_BUILD_WAIT}s"
  fi
  if _backend_is_stale; then
    timer_start t
    info "building the backend (./mvnw -q -B -ntp package -DskipTests; log: $log)"
    if ! (cd "$KARTA_ROOT/backend" && ./mvnw -q -B -ntp package -DskipTests) >"$log" 2>&1; then
      show_log_tail "$log" 60
      die "the backend build failed (full log: $log)"
    fi
    ok "built in $(timer_elapsed "$t")s"
  else
    info "backend jar is up to date: not rebuilding"
  fi
  # A private copy: a build someone starts meanwhile rewrites backend/target under a running JVM otherwise.
  BENCH_APP_DIR=$KARTA_RUN_DIR/bench-$name
  rm -rf "$BENCH_APP_DIR"
  mkdir -p "$KARTA_RUN_DIR"
  cp -a "$KARTA_ROOT/backend/target/quarkus-app" "$BENCH_APP_DIR"
  for d in app lib quarkus; do
    [[ -d "$BENCH_APP_DIR/$d" ]] || die "backend/target/quarkus-app/$d is missing (a build running right now?): run again"
  done
}

remove_app_copy() {
  if [[ -n "$BENCH_APP_DIR" && -d "$BENCH_APP_DIR" ]]; then
    rm -rf "$BENCH_APP_DIR"
  fi
}

# _ready_fine URL DEADLINE PID — polls URL every 0.2 s; 0 when it answers 2xx, 1 on deadline or when PID exits.
_ready_fine() {
  local url=$1 deadline=$2 pid=$3 start now
  start=$(date +%s)
  while :; do
    if curl -fsS -o /dev/null --connect-timeout 1 --max-time 3 "$url" 2>/dev/null; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    now=$(date +%s)
    ((now - start < deadline)) || return 1
    sleep 0.2
  done
}

start_backend() {
  local port=$1 db_url=$2 log=$3 t
  shift 3
  [[ -n "$BENCH_APP_DIR" ]] || die "start_backend needs backend_jar_ready first"
  if port_open 127.0.0.1 "$port"; then
    die "port $port on 127.0.0.1 is taken${port:+ by $(port_owner "$port")}; stop that program first"
  fi
  info "starting the backend on http://127.0.0.1:$port (profile demo, $KARTA_JAVA_OPTS${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}; log: $log)"
  timer_start t
  # env execs java: BG_PID is the JVM's pid (ps -o rss of it is the backend's RSS)
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS splits on spaces on purpose
  start_bg "$log" env KARTA_DB_URL="$db_url" KARTA_DB_USER=karta KARTA_DB_PASSWORD=karta \
    KARTA_OIDC_URL="$KARTA_KEYCLOAK_URL/realms/karta" "$@" \
    java $KARTA_JAVA_OPTS ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=demo -Dquarkus.http.port="$port" \
    -jar "$BENCH_APP_DIR/quarkus-run.jar"
  BACKEND_PID=$BG_PID
  if ! _ready_fine "http://127.0.0.1:$port/q/health/ready" "$BENCH_BACKEND_DEADLINE" "$BACKEND_PID"; then
    show_log_tail "$log" 40
    curl -sS --max-time 5 "http://127.0.0.1:$port/q/health/ready" >&2 || true
    die "the backend on port $port did not become ready within ${BENCH_BACKEND_DEADLINE}s (log: $log)"
  fi
  BACKEND_STARTUP=$(timer_elapsed "$t")
  ok "backend ready in ${BACKEND_STARTUP}s (pid $BACKEND_PID)"
}

fresh_database() {
  local name=$1 port=${2:-5432}
  ensure_database "$name" "$port" >/dev/null
  _psql "$port" "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$name'" >/dev/null
  _psql "$port" "drop database if exists $name"
  _psql "$port" "create database $name owner karta"
  ok "fresh database $name on 127.0.0.1:$port"
}

get_token() {
  KARTA_TOKEN_URL="$KARTA_KEYCLOAK_URL/realms/karta/protocol/openid-connect/token" "$KARTA_ROOT/scripts/token.sh" "$1"
}

# busy_processes — "pid %cpu command" of every process above 10 % CPU over one second (from /proc/PID/stat).
busy_processes() {
  python3 - <<'PY'
import os, time
def snap():
    out = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
            fields = s[s.rfind(")") + 2:].split()
            out[pid] = int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            pass
    return out
hz = os.sysconf("SC_CLK_TCK")
a = snap(); time.sleep(1.0); b = snap()
rows = []
for pid, t in b.items():
    cpu = (t - a.get(pid, t)) * 100.0 / hz
    if cpu >= 10:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            cmd = "?"
        rows.append((cpu, pid, cmd))
for cpu, pid, cmd in sorted(rows, reverse=True)[:8]:
    print(f"    {pid:>7} {cpu:5.0f}%  {cmd[:110]}")
if not rows:
    print("    (none above 10 % CPU)")
PY
}
