#!/usr/bin/env bash
# bench/startup.sh — how fast the backend starts on a migrated database, and how much memory it holds then: the
# configuration `make run` uses next to the same jar without its start-up measures, in one run (see bench/README.md).
#
#   bench/startup.sh [--runs N]       # N starts of each variant, alternating (default 5)
#
# 1. The jar (rebuilt when stale), a fresh database karta_startup, Keycloak (reused when running).
# 2. One start that migrates the database and loads the demo data, as the first `make run` does; it also writes the
#    class data archive (AppCDS) when it stops, as `make run` does. Not counted.
# 3. N rounds; in each, every variant starts once: seconds from starting `java` to the first 2xx of
#    /q/health/ready (polled every 0.2 s), and the JVM's RSS right then. Medians, minimum and maximum.
#
# Variants: "baseline" (java -Xmx256m, the backend as it started before issue 12) and "make run" (the options
# scripts/run.sh passes: $KARTA_JAVA_OPTS and the class data archive). STARTUP_EXTRA="name=options" adds one more
# ($KARTA_JAVA_OPTS and those options).
# Port: BENCH_STARTUP_PORT (18094).
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

runs=5
while (($#)); do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    *) sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number"
PORT=${BENCH_STARTUP_PORT:-18094}
DB=karta_startup
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''
RESULTS=$KARTA_RUN_DIR/startup.tsv

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  stop_pid "$BACKEND_PID" "backend" 30
  remove_app_copy
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

ensure_postgres 5432
fresh_database "$DB" 5432
ensure_keycloak
backend_jar_ready "startup"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"

# each variant: its heap and collector (in place of $KARTA_JAVA_OPTS) and further options
declare -a names=(baseline "make run") heap=(-Xmx256m "$KARTA_JAVA_OPTS") opts=("" "")
if [[ -n "${STARTUP_EXTRA:-}" ]]; then
  names+=("${STARTUP_EXTRA%%=*}")
  heap+=("$KARTA_JAVA_OPTS")
  opts+=("${STARTUP_EXTRA#*=}")
fi

info "first start: Flyway migrates, the demo data is loaded, the class data archive is written at exit (not counted)"
# its own archive folder: cds_options keeps one archive per folder, and make run's must stay
cds_here() { KARTA_RUN_DIR=$KARTA_RUN_DIR/startup cds_options "$BENCH_APP_DIR" | tr '\n' ' '; }
BENCH_JAVA_OPTS="$(cds_here)" \
  start_backend "$PORT" "$DB_URL" "$KARTA_RUN_DIR/startup-backend.log"
stop_pid "$BACKEND_PID" "backend" 30
BACKEND_PID=''
cds=$(cds_here)
[[ "$cds" == *SharedArchiveFile* ]] || warn "no class data archive was written: 'make run' is measured without one"
opts[1]="${opts[1]} $cds"

printf 'variant\trun\tready_s\trss_mb\n' >"$RESULTS"
for ((run = 1; run <= runs; run++)); do
  for i in "${!names[@]}"; do
    KARTA_JAVA_OPTS="${heap[$i]}" BENCH_JAVA_OPTS="${opts[$i]}" start_backend "$PORT" "$DB_URL" "$KARTA_RUN_DIR/startup-backend.log" >/dev/null
    rss=$(ps -o rss= -p "$BACKEND_PID" | awk '{ printf "%.0f", $1 / 1024 }')
    printf '%s\t%s\t%s\t%s\n' "${names[$i]}" "$run" "$BACKEND_STARTUP" "$rss" >>"$RESULTS"
    printf '    run %d/%d  %-10s ready in %5s s  RSS %4s MB\n' "$run" "$runs" "${names[$i]}" "$BACKEND_STARTUP" "$rss"
    stop_pid "$BACKEND_PID" "backend" 30 >/dev/null
    BACKEND_PID=''
  done
done

echo
echo "Backend start-up on a migrated database with the demo data ($(nproc) cores, $(java -version 2>&1 | head -1); commit $(git -C "$KARTA_ROOT" rev-parse --short HEAD)):"
for i in "${!names[@]}"; do
  printf '  %-10s java %s %s\n' "${names[$i]}" "${heap[$i]}" "${opts[$i]}"
done
python3 - "$RESULTS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
names = list(dict.fromkeys(r["variant"] for r in rows))
print(f"  {'variant':10} {'ready s (median)':>17} {'min':>6} {'max':>6} {'RSS MB (median)':>16} {'runs':>5}")
for n in names:
    t = [float(r["ready_s"]) for r in rows if r["variant"] == n]
    m = [float(r["rss_mb"]) for r in rows if r["variant"] == n]
    print(f"  {n:10} {statistics.median(t):17.1f} {min(t):6.1f} {max(t):6.1f} {statistics.median(m):16.0f} {len(t):5d}")
PY
