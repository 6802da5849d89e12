# shellcheck shell=bash
# Shared helpers for the Karta developer scripts. Source it; do not run it.
#
#   info/warn/die MESSAGE        logging (die exits 1)
#   port_open HOST PORT          true when something accepts TCP connections there
#   http_ok URL                  true when URL answers 2xx/3xx within a few seconds
#   wait_http URL DEADLINE LABEL [LOGFILE] [PID]
#                                polls URL until it answers; shows progress; on timeout (or when PID dies)
#                                prints the last lines of LOGFILE and returns 1
#   wait_until DEADLINE LABEL LOGFILE PID CMD...   the same for any readiness command
#   start_bg LOG CMD...          CMD in the background, in its own process group; sets BG_PID
#   stop_pid PID LABEL [GRACE]   SIGTERM (whole group), wait up to GRACE seconds, then SIGKILL
#   timer_start / timer_elapsed  wall-clock seconds with one decimal
#
# Variables it defines (each can be overridden from the environment):
#   KARTA_ROOT       the repository root
#   KARTA_RUN_DIR    runtime files: logs, pid files                    (default $KARTA_ROOT/.run)
#   KARTA_CACHE_DIR  downloads and unpacked tools, keyed on version   (default ~/.cache/karta)
#   KARTA_HOME       persistent data, e.g. the embedded PostgreSQL    (default ~/.local/share/karta)
#   KARTA_JAVA_OPTS  the backend's heap and collector                  (default below; the same in docker-compose*.yml,
#                    backend/Dockerfile and deploy/kubernetes/backend.yaml, which scripts/test.sh checks)
#   MALLOC_ARENA_MAX glibc's malloc arenas for the backend's JVM          (default 2)

if [[ -n "${_KARTA_LIB_LOADED:-}" ]]; then
  return 0
fi
_KARTA_LIB_LOADED=1

KARTA_ROOT=${KARTA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
KARTA_RUN_DIR=${KARTA_RUN_DIR:-$KARTA_ROOT/.run}
KARTA_CACHE_DIR=${KARTA_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/karta}
KARTA_HOME=${KARTA_HOME:-$HOME/.local/share/karta}
export KARTA_ROOT KARTA_RUN_DIR KARTA_CACHE_DIR KARTA_HOME
# The parallel collector with a 192 MB heap: under bench/run.sh's load the backend's memory and throughput were those
# of G1 with 256 MB, within the spread between runs, with a heap bounded 64 MB lower and none of G1's remembered sets
# (~44 MB); bench/README.md, "Memory". Two malloc arenas instead of glibc's 8 per core: the JVM allocates natively
# from few threads.
KARTA_JAVA_OPTS=${KARTA_JAVA_OPTS:--Xmx192m -XX:+UseParallelGC}
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export KARTA_JAVA_OPTS MALLOC_ARENA_MAX

if [[ -t 1 && -z "${NO_COLOR:-}" ]]; then
  _c_blue=$'\e[1;34m' _c_yellow=$'\e[1;33m' _c_red=$'\e[1;31m' _c_green=$'\e[1;32m' _c_off=$'\e[0m'
else
  _c_blue='' _c_yellow='' _c_red='' _c_green='' _c_off=''
fi

info() { printf '%s==>%s %s\n' "$_c_blue" "$_c_off" "$*"; }
ok() { printf '%s ok%s %s\n' "$_c_green" "$_c_off" "$*"; }
warn() { printf '%swarning:%s %s\n' "$_c_yellow" "$_c_off" "$*" >&2; }
die() {
  printf '%serror:%s %s\n' "$_c_red" "$_c_off" "$*" >&2
  exit 1
}

# Seconds since the epoch with sub-second precision (bash 5: EPOCHREALTIME).
_now() { printf '%s' "${EPOCHREALTIME/,/.}"; }

# timer_start VAR  — stores the current time in VAR
timer_start() { printf -v "$1" '%s' "$(_now)"; }

# timer_elapsed START — prints seconds since START with one decimal
timer_elapsed() { awk -v a="$1" -v b="$(_now)" 'BEGIN { printf "%.1f", b - a }'; }

# port_open HOST PORT
port_open() {
  local host=$1 port=$2
  # shellcheck disable=SC2016 # $1/$2 expand in the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null
}

# http_ok URL
http_ok() {
  curl -fsS -o /dev/null --connect-timeout 2 --max-time 5 "$1" 2>/dev/null
}

# Describes who listens on a TCP port (best effort; needs ss from iproute2).
port_owner() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\("[^"]*",pid=[0-9]*\).*/\1/p' | head -1
  fi
}

# show_log_tail LOGFILE [LINES]
show_log_tail() {
  local log=${1:-} lines=${2:-40}
  if [[ -n "$log" && -f "$log" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$log" >&2
    tail -n "$lines" "$log" >&2
    printf -- '-----\n' >&2
  fi
}

# wait_until DEADLINE_SECONDS LABEL LOGFILE PID COMMAND [ARGS...]
# Runs COMMAND once a second until it succeeds. On a terminal it keeps one updating line with the elapsed
# seconds; otherwise it prints a dot every 5 seconds. Returns 1, after showing the last lines of LOGFILE, when the
# deadline passes or when PID (if not empty) exits first. LOGFILE and PID may be empty strings.
wait_until() {
  local deadline=$1 label=$2 log=$3 pid=$4
  shift 4
  local start now elapsed=0 last_dot=0 tty=0 why=''
  [[ -t 1 ]] && tty=1
  start=$(date +%s)
  while :; do
    if "$@"; then
      if ((tty)); then printf '\r\e[K'; elif ((last_dot > 0)); then printf '\n'; fi
      return 0
    fi
    now=$(date +%s)
    elapsed=$((now - start))
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      why="$label exited after ${elapsed}s before it was ready"
    elif ((elapsed >= deadline)); then
      why="$label was not ready within ${deadline}s"
    fi
    if [[ -n "$why" ]]; then
      if ((tty)); then printf '\r\e[K'; elif ((last_dot > 0)); then printf '\n'; fi
      printf '%serror:%s %s\n' "$_c_red" "$_c_off" "$why" >&2
      show_log_tail "$log"
      return 1
    fi
    if ((tty)); then
      printf '\r    waiting for %s ... %3ss (deadline %ss)' "$label" "$elapsed" "$deadline"
    elif ((elapsed - last_dot >= 5)); then
      ((last_dot == 0)) && printf '    waiting for %s ' "$label"
      printf '.'
      last_dot=$elapsed
    fi
    sleep 1
  done
}

# wait_http URL DEADLINE_SECONDS LABEL [LOGFILE] [PID] — wait_until URL answers 2xx/3xx.
wait_http() {
  local url=$1 deadline=$2 label=$3 log=${4:-} pid=${5:-}
  wait_until "$deadline" "$label ($url)" "$log" "$pid" http_ok "$url"
}

# cds_options QUARKUS_APP_DIR — the JVM options for application class data sharing (AppCDS) of that build: use its
# archive when one was written, else write one when this JVM exits. The archive is named after the build's jars
# (paths, times, sizes), so a rebuild writes a new one; the JVM ignores an archive that does not match. Measured on
# this 2-core machine: ready in 8.5 s without, 6.2 s with (bench/README.md, "Start-up").
cds_options() {
  local app=$1 key dir=$KARTA_RUN_DIR/cds
  key=$(find "$app" -name '*.jar' -printf '%p %T@ %s\n' 2>/dev/null | sort | sha1sum | cut -c1-16)
  mkdir -p "$dir"
  find "$dir" -name 'karta-*.jsa' ! -name "karta-$key.jsa" -delete 2>/dev/null || true
  if [[ -s "$dir/karta-$key.jsa" ]]; then
    printf '%s\n' "-XX:SharedArchiveFile=$dir/karta-$key.jsa" -Xshare:auto
  else
    printf '%s\n' "-XX:ArchiveClassesAtExit=$dir/karta-$key.jsa"
  fi
}

# start_bg LOGFILE CMD [ARGS...] — starts CMD in the background in its own session (setsid), so that it and its
# children form one process group that stop_pid can end together and a Ctrl-C in the terminal reaches only the
# calling script, which then stops it in order. Output goes to LOGFILE, stdin is /dev/null. Sets BG_PID.
start_bg() {
  local log=$1
  shift
  setsid "$@" >"$log" 2>&1 </dev/null &
  # shellcheck disable=SC2034 # read by the caller
  BG_PID=$!
}

# stop_pid PID LABEL [GRACE_SECONDS] — SIGTERM (to the whole process group when PID leads one), waits up to
# GRACE_SECONDS, then SIGKILL. Only ever called with pids that our scripts started.
stop_pid() {
  local pid=$1 label=$2 grace=${3:-30} i target
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  target=$pid
  if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then
    target=-$pid
  fi
  info "stopping $label (pid $pid)"
  kill -TERM -- "$target" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      # the leader is gone; give the rest of its group a moment, then make sure
      if [[ "$target" == -* ]] && kill -0 -- "$target" 2>/dev/null; then
        sleep 1
        kill -KILL -- "$target" 2>/dev/null || true
      fi
      return 0
    fi
    sleep 0.2
  done
  warn "$label (pid $pid) did not stop within ${grace}s; killing it"
  kill -KILL -- "$target" 2>/dev/null || true
}

# mvn_cmd — prints the Maven command to use: the backend's wrapper (Maven 3.9.16) when present, else mvn.
mvn_cmd() {
  if [[ -x "$KARTA_ROOT/backend/mvnw" ]]; then
    printf '%s' "$KARTA_ROOT/backend/mvnw"
  elif command -v mvn >/dev/null 2>&1; then
    printf 'mvn'
  else
    die "neither backend/mvnw nor mvn is available"
  fi
}
