#!/usr/bin/env bash
# bench/fault-db-restart.sh — PostgreSQL restarts under load; does the API degrade cleanly and lose nothing?
#
# 1. An embedded PostgreSQL on 127.0.0.1:55433 with a throwaway data directory (scripts/postgres.sh), database
#    karta_fault; Keycloak (reused if it runs); a backend on 127.0.0.1:18091 pointing at that database.
# 2. Load (bench/fault_load.py, 8 threads): list and one-item reads of the demo roadmap, and progress updates with a
#    unique text marker on demo item 60000000-0000-4000-8000-000000000001 as the association.
# 3. 15 s steady load; PostgreSQL stopped (SIGTERM to the launcher's process group: a clean fast shutdown); 10 s
#    outage under load; PostgreSQL started again on the same data directory; load until a write answers 2xx again,
#    then 15 s more.
# 4. Prints requests by status per phase, checks that every 5xx was a 503 with Retry-After and
#    application/problem+json, the recovery time, and that every write that got a 2xx is in the database.
# Exit 0 only when no 2xx write is lost, no 5xx other than 503 occurred, every 503 carried Retry-After and
# problem+json, and the API answered a write with 2xx within 60 s of PostgreSQL accepting connections again.
# About 1 min (plus a backend build when the jar is stale, plus Keycloak's start if it is not running).
# Environment: FAULT_PG_PORT (55433), FAULT_BACKEND_PORT (18091), FAULT_WORKERS (8). Output: .run/fault-db/.
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

PG_PORT=${FAULT_PG_PORT:-55433}
PORT=${FAULT_BACKEND_PORT:-18091}
WORKERS=${FAULT_WORKERS:-8}
DB=karta_fault
STEADY=15
OUTAGE=10
AFTER=15
RECOVERY_LIMIT=60
ROADMAP=50000000-0000-4000-8000-000000002017
ITEM=60000000-0000-4000-8000-000000000001
BASE=http://127.0.0.1:$PORT
OUT=$KARTA_RUN_DIR/fault-db
REQUESTS=$OUT/requests.tsv
EVENTS=$OUT/events.tsv
RUN_ID=$(date +%Y%m%d%H%M%S)-$$
PGDATA_DIR=''
LOAD_PID=''
POLL_PID=''
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''

# shellcheck disable=SC2317 # called through the trap
cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  [[ -n "$OUT" ]] && touch "$OUT/stop"
  if [[ -n "$LOAD_PID" ]] && kill -0 "$LOAD_PID" 2>/dev/null; then
    sleep 1
    kill "$LOAD_PID" 2>/dev/null || true
  fi
  if [[ -n "$POLL_PID" ]]; then kill "$POLL_PID" 2>/dev/null || true; fi
  stop_pid "$BACKEND_PID" "fault backend" 30
  remove_app_copy
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL (port $PG_PORT)" 60
  rm -f "$KARTA_RUN_DIR/postgres-$PG_PORT.pid"
  if [[ -n "$PGDATA_DIR" && -d "$PGDATA_DIR" ]]; then
    rm -rf "$PGDATA_DIR"
    info "removed the throwaway data directory $PGDATA_DIR"
  fi
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

event() { printf '%s\t%s\n' "$1" "$(_now)" >>"$EVENTS"; }

# counts of the requests so far: "N requests (200: a, 201: b, 503: c)"
tally() {
  awk -F'\t' -v since="${1:-0}" 'NR > 1 && $1 >= since { n++; s[$4]++ } END {
    printf "%d requests", n; sep = " ("; for (k in s) { printf "%s%s: %d", sep, (k == 0 ? "no answer" : k), s[k]; sep = ", " }
    if (n) printf ")"; printf "\n" }' "$REQUESTS"
}

# under_load SECONDS LABEL — waits, printing what the load saw every 5 s
under_load() {
  local secs=$1 label=$2 from i
  from=$(_now)
  for ((i = 5; i <= secs; i += 5)); do
    sleep 5
    kill -0 "$LOAD_PID" 2>/dev/null || die "the load generator died (see $OUT/load.log)"
    printf '    %s +%2ss: %s\n' "$label" "$i" "$(tally "$from")"
  done
  if ((secs % 5)); then sleep $((secs % 5)); fi
}

# first_2xx_write_since T — prints the end time of the first 2xx write that started at or after T
first_2xx_write_since() {
  awk -F'\t' -v since="$1" 'NR > 1 && $3 == "write" && $4 >= 200 && $4 < 300 && $1 >= since { print $2; exit }' "$REQUESTS"
}

# ------------------------------------------------------------------------------------------------------------------
# shellcheck disable=SC2154 # timer_start sets t_all
timer_start t_all
for port in "$PG_PORT" "$PORT"; do
  if port_open 127.0.0.1 "$port"; then
    die "port $port on 127.0.0.1 is taken by $(port_owner "$port"); this test needs it free (FAULT_PG_PORT / FAULT_BACKEND_PORT)"
  fi
done
rm -rf "$OUT"
mkdir -p "$OUT"
: >"$EVENTS"

info "1/5 Keycloak, the backend jar, an embedded PostgreSQL on 127.0.0.1:$PG_PORT (throwaway data) and the backend on $BASE"
ensure_keycloak
backend_jar_ready "app-$PORT"
PGDATA_DIR=$(mktemp -d /tmp/karta-fault-pgdata.XXXXXX)
rmdir "$PGDATA_DIR" # initdb wants to create it
KARTA_PG_DATA=$PGDATA_DIR ensure_postgres "$PG_PORT"
[[ -n "$KARTA_PG_PID" ]] || die "expected to start an embedded PostgreSQL on port $PG_PORT"
ensure_database "$DB" "$PG_PORT"
start_backend "$PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" "$OUT/backend.log"
get_token association >"$OUT/token" || die "no token for association"

info "2/5 steady load: $WORKERS workers, reads (items list, one item) and writes (progress updates) for ${STEADY}s"
rm -f "$OUT/stop"
python3 "$here/fault_load.py" --base "$BASE" --token-file "$OUT/token" --roadmap "$ROADMAP" --item "$ITEM" \
  --out "$REQUESTS" --stop "$OUT/stop" --workers "$WORKERS" --run-id "$RUN_ID" >"$OUT/load.log" 2>&1 &
LOAD_PID=$!
event load_start
under_load "$STEADY" steady

info "3/5 stopping PostgreSQL (SIGTERM to the launcher's process group: pg_ctl stop -m fast) and ${OUTAGE}s of outage under load"
event pg_stop_command
stop_pid "$KARTA_PG_PID" "embedded PostgreSQL (port $PG_PORT)" 60
KARTA_PG_PID=''
event pg_stopped
ok "PostgreSQL stopped"
under_load "$OUTAGE" outage

info "4/5 starting PostgreSQL again on the same data directory; load until a write answers 2xx, then ${AFTER}s more"
# pg_isready every 0.1 s: the moment PostgreSQL accepts connections again, to the tenth of a second
(
  end=$(($(date +%s) + 120))
  while (($(date +%s) < end)); do
    if pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -t 1; then
      printf 'pg_ready\t%s\n' "$(_now)" >>"$EVENTS"
      exit 0
    fi
    sleep 0.1
  done
) &
POLL_PID=$!
event pg_start_command
KARTA_PG_DATA=$PGDATA_DIR ensure_postgres "$PG_PORT"
[[ -n "$KARTA_PG_PID" ]] || die "expected to start the embedded PostgreSQL again"
wait "$POLL_PID" || true
POLL_PID=''
pg_ready_at=$(awk -F'\t' '$1 == "pg_ready" { print $2 }' "$EVENTS")
[[ -n "$pg_ready_at" ]] || pg_ready_at=$(_now)
recovered_at=''
deadline=$(awk -v t="$pg_ready_at" -v l="$RECOVERY_LIMIT" 'BEGIN { printf "%d", t + l }')
while [[ -z "$recovered_at" ]] && (($(date +%s) < deadline)); do
  kill -0 "$LOAD_PID" 2>/dev/null || die "the load generator died (see $OUT/load.log)"
  recovered_at=$(first_2xx_write_since "$pg_ready_at")
  [[ -n "$recovered_at" ]] || sleep 0.2
done
if [[ -n "$recovered_at" ]]; then
  printf 'api_recovered\t%s\n' "$recovered_at" >>"$EVENTS"
  ok "a write answered 2xx again $(awk -v a="$pg_ready_at" -v b="$recovered_at" 'BEGIN { printf "%.1f", b - a }')s after PostgreSQL accepted connections"
else
  warn "no write answered 2xx within ${RECOVERY_LIMIT}s of PostgreSQL accepting connections again"
fi
under_load "$AFTER" after
event load_stop
touch "$OUT/stop"
# shellcheck disable=SC2016 # expanded by eval, inside wait_until
wait_until 20 "the load generator to finish" "$OUT/load.log" "" eval '! kill -0 "$LOAD_PID" 2>/dev/null' ||
  kill "$LOAD_PID" 2>/dev/null || true
LOAD_PID=''

info "5/5 checking: every 2xx write in the database, the 5xx answers, the recovery"
PGCONNECT_TIMEOUT=5 psql -w -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" \
  -c "select id from progress_update where text like 'Проверка отказоустойчивости: fault-db-restart $RUN_ID %'" \
  >"$OUT/ids-in-database.txt" || die "could not read the progress updates back from PostgreSQL on port $PG_PORT"
set +e
python3 "$here/fault_db_report.py" --requests "$REQUESTS" --events "$EVENTS" --ids-in-db "$OUT/ids-in-database.txt" \
  --recovery-limit "$RECOVERY_LIMIT" | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
set -e
# shellcheck disable=SC2154
echo "    total run time: $(timer_elapsed "$t_all")s; every request: $REQUESTS; backend log: $OUT/backend.log"
exit "$status"
