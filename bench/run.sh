#!/usr/bin/env bash
# bench/run.sh — the load benchmark of the Karta API (see bench/README.md).
#
#   bench/run.sh [--quick] [--warmup SECONDS] [--duration SECONDS] [--rounds N]
#
# 1. PostgreSQL (127.0.0.1:5432) with a fresh database karta_bench; Keycloak (reused if it runs).
# 2. Its own backend on 127.0.0.1:18090: the same jar and configuration as `make run` (profile demo, $KARTA_JAVA_OPTS,
#    the class data archive written by a first start), rebuilt when stale; prints its start-up time (java start →
#    /q/health/ready).
# 3. Load data with SQL (bench/sql/data.sql, one transaction): 200 organisations, 10 approved roadmaps × 1,000 items
#    with their organisations and progress updates; ANALYZE.
# 4. JIT warm-up (mixed load), then rounds of: (a) item list with random filters, (b) one item, (c) a roadmap's
#    summary, (d) a progress update as the association — each with wrk at 16 and 64 connections and pgbench right
#    after on the same SQL (bench/pgbench/*.sql, every transaction's latency logged): the database's ceiling here.
# 5. A table of medians, the targets of issue 12 (API/pgbench >= 0.75 for the list, >= 0.5 for one item; p99 at most
#    1.5 x pgbench's p99 at the same concurrency), saved to .run/bench-latest.txt and bench/results/.
#
# Environment (flags win): BENCH_WARMUP (180 s), BENCH_DURATION (20 s), BENCH_ROUNDS (3), BENCH_QUICK=1 (20 s
# warm-up, 5 s measurements, 1 round: checks the script), BENCH_CONNECTIONS ("16 64"), BENCH_PORT (18090),
# BENCH_DB (karta_bench). Ctrl-C stops what it started.
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

usage() {
  sed -n '2,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

quick=${BENCH_QUICK:-0}
warmup=${BENCH_WARMUP:-}
duration=${BENCH_DURATION:-}
rounds=${BENCH_ROUNDS:-}
while (($#)); do
  case "$1" in
    --quick) quick=1; shift ;;
    --warmup) warmup=${2:?--warmup needs seconds}; shift 2 ;;
    --duration) duration=${2:?--duration needs seconds}; shift 2 ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    -h | --help) usage ;;
    *) usage ;;
  esac
done
if [[ "$quick" == 1 ]]; then
  warmup=${warmup:-20} duration=${duration:-5} rounds=${rounds:-1}
fi
warmup=${warmup:-180} duration=${duration:-20} rounds=${rounds:-3}
for v in "$warmup" "$duration" "$rounds"; do
  [[ "$v" =~ ^[0-9]+$ ]] || die "warm-up, duration and rounds must be whole numbers (got '$v')"
done
((duration > 0 && rounds > 0)) || die "duration and rounds must be positive"
read -r -a connections <<<"${BENCH_CONNECTIONS:-16 64}"
PORT=${BENCH_PORT:-18090}
DB=${BENCH_DB:-karta_bench}
PG_PORT=5432
THREADS=2
BASE=http://127.0.0.1:$PORT
OUT=$KARTA_RUN_DIR/bench
RESULTS=$OUT/results.tsv
REPORT=$KARTA_RUN_DIR/bench-latest.txt
KARTA_PG_PID=''
KARTA_KEYCLOAK_PID=''

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  stop_pid "$BACKEND_PID" "bench backend" 30
  remove_app_copy
  stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak" 60
  stop_pid "$KARTA_PG_PID" "embedded PostgreSQL" 60
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

step() {
  printf '\n'
  info "$*"
}

ensure_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    info "wrk is missing: apt-get install -y wrk"
    if [[ $(id -u) -eq 0 ]]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >"$KARTA_RUN_DIR/bench-apt.log" 2>&1 ||
        { apt-get update >>"$KARTA_RUN_DIR/bench-apt.log" 2>&1 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >>"$KARTA_RUN_DIR/bench-apt.log" 2>&1; } ||
        die "could not install wrk (log: $KARTA_RUN_DIR/bench-apt.log)"
    else
      die "wrk is not installed and this is not root: sudo apt-get install -y wrk"
    fi
  fi
  local tool
  for tool in pgbench psql curl java python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (pgbench and psql: apt-get install -y postgresql-client)"
  done
}

# _pq SQL — psql on the bench database as karta, unaligned tuples
_pq() {
  PGPASSWORD=karta psql -w -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U karta -d "$DB" -c "$1"
}

rss_mb() {
  local kb
  kb=$(ps -o rss= -p "$BACKEND_PID" 2>/dev/null | tr -d ' ')
  [[ -n "$kb" ]] && awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }' || echo "-"
}

# cpu_ticks — the backend JVM's CPU time so far (user + system, in clock ticks) from /proc/PID/stat
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$BACKEND_PID/stat" 2>/dev/null || echo 0
}
CLK_TCK=$(getconf CLK_TCK)

refresh_token() {
  BENCH_TOKEN=$(get_token association) || die "could not get a token for association from $KARTA_KEYCLOAK_URL"
  export BENCH_TOKEN
}

# run_wrk SCRIPT CONNECTIONS SECONDS RAWFILE — runs wrk; sets W_RPS W_P50 W_P99 W_NON2XX W_SOCK
run_wrk() {
  local script=$1 conns=$2 secs=$3 raw=$4 line
  refresh_token
  BENCH_WRK_DIR=$here/wrk BENCH_DATA=$OUT \
    wrk -t"$THREADS" -c"$conns" -d"${secs}s" --latency --timeout 10s -s "$here/wrk/$script.lua" "$BASE" >"$raw" 2>&1 ||
    { cat "$raw" >&2; die "wrk failed (output: $raw)"; }
  line=$(grep '^BENCH_RESULT' "$raw" | tail -1)
  [[ -n "$line" ]] || { cat "$raw" >&2; die "wrk printed no result line (output: $raw)"; }
  local W_requests=0 W_duration_us=1 W_p50_us=0 W_p99_us=0 W_non2xx=0 W_connect=0 W_read=0 W_write=0 W_timeout=0
  # "BENCH_RESULT requests=N duration_us=N ..." -> W_requests=N W_duration_us=N ... (numbers only)
  eval "$(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[2] ~ /^[0-9]+$/) printf "W_%s=%s\n", kv[1], kv[2] } }' <<<"$line")"
  W_RPS=$(awk -v r="$W_requests" -v d="$W_duration_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  W_P50=$(awk -v u="$W_p50_us" 'BEGIN { printf "%.1f", u / 1000 }')
  W_P99=$(awk -v u="$W_p99_us" 'BEGIN { printf "%.1f", u / 1000 }')
  W_NON2XX=$W_non2xx
  W_SOCK=$((W_connect + W_read + W_write + W_timeout))
}

free_pg_connections() {
  _psql "$PG_PORT" "select (select setting::int from pg_settings where name = 'max_connections')
    - (select setting::int from pg_settings where name = 'superuser_reserved_connections')
    - (select count(*) from pg_stat_activity where backend_type = 'client backend')"
}

# run_pgbench FILE CONNECTIONS SECONDS DIR — every transaction's latency logged (-l) in DIR; sets P_TPS, P_LAT
# (average latency, ms) and P_P99 (ms); "-" when it failed
run_pgbench() {
  local file=$1 conns=$2 secs=$3 dir=$4 raw=$4/pgbench.txt free
  free=$(free_pg_connections)
  if ((free < conns)); then
    warn "PostgreSQL has only $free free connections for pgbench -c $conns (others are using it); the ceiling may fail"
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  P_TPS='-' P_LAT='-' P_P99='-'
  if (cd "$dir" && PGPASSWORD=karta pgbench -h 127.0.0.1 -p "$PG_PORT" -U karta -n -M prepared -c "$conns" \
    -j "$THREADS" -T "$secs" -l --log-prefix=tx -D today="$TODAY" -f "$here/pgbench/$file.sql" "$DB" >"$raw" 2>&1); then
    P_TPS=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$raw" | tail -1)
    P_TPS=$(awk -v t="${P_TPS:-0}" 'BEGIN { printf "%.0f", t }')
    P_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$raw" | tail -1)
    P_LAT=$(awk -v t="${P_LAT:-0}" 'BEGIN { printf "%.1f", t }')
    # log lines: client transaction latency_us script_no epoch epoch_us
    P_P99=$(cat "$dir"/tx.* | python3 -c '
import sys
lat = sorted(int(line.split()[2]) for line in sys.stdin if line.strip())
print(f"{lat[min(len(lat) - 1, int(0.99 * len(lat)))] / 1000:.1f}" if lat else "-")')
    rm -f "$dir"/tx.*
  else
    warn "pgbench failed (output: $raw):"
    grep -m3 -i 'error' "$raw" >&2 || tail -3 "$raw" >&2
  fi
}

smoke() {
  local what=$1 expect=$2 code
  shift 2
  code=$(curl -sS -o "$OUT/smoke.json" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $BENCH_TOKEN" "$@") || code=000
  if [[ "$code" != "$expect" ]]; then
    head -c 600 "$OUT/smoke.json" >&2 || true
    echo >&2
    die "$what answered $code (expected $expect)"
  fi
  ok "$what: $code"
}

# ------------------------------------------------------------------------------------------------------------------
# shellcheck disable=SC2154 # timer_start sets t_all
timer_start t_all
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$RESULTS"
est=$(( warmup + rounds * ${#connections[@]} * (4 * duration + 4 * duration + 16) + 90 ))
info "Karta load benchmark: warm-up ${warmup}s, ${rounds} round(s) of ${duration}s measurements at ${connections[*]} connections"
info "expect about $((est / 60)) min $((est % 60)) s (plus a backend build when the jar is stale); raw outputs in $OUT"
ensure_tools
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

step "1/6 PostgreSQL, Keycloak and the backend jar"
ensure_postgres "$PG_PORT"
fresh_database "$DB" "$PG_PORT"
ensure_keycloak
backend_jar_ready "app-$PORT"

step "2/6 backend on $BASE (Flyway migrates the empty database and loads the demo data at start)"
# As scripts/run.sh starts it: $KARTA_JAVA_OPTS and the class data archive, which a first start writes when it stops.
cds_bench() { KARTA_RUN_DIR=$KARTA_RUN_DIR/bench-cds cds_options "$BENCH_APP_DIR" | tr '\n' ' '; }
cds=$(cds_bench)
first_startup=''
if [[ "$cds" != *SharedArchiveFile* ]]; then
  # Without BENCH_JAVA_OPTS: what they ask for (a flight recording, memory tracking) is for the measured start below,
  # and a recording file named there would be written by both starts.
  BENCH_JAVA_OPTS="$cds" \
    start_backend "$PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" "$KARTA_RUN_DIR/bench-backend.log"
  first_startup="; the first start, which migrated and wrote the class data archive: ${BACKEND_STARTUP} s"
  stop_pid "$BACKEND_PID" "backend (its class data archive is written as it stops)" 30
  BACKEND_PID=''
  cds=$(cds_bench)
  [[ "$cds" == *SharedArchiveFile* ]] || warn "no class data archive was written: the backend runs without one"
fi
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} $cds" \
  start_backend "$PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" "$KARTA_RUN_DIR/bench-backend.log"
quarkus_said=$(grep -o 'started in [0-9.]*s' "$KARTA_RUN_DIR/bench-backend.log" | head -1 || true)
STARTUP_LINE="backend start-up: ${BACKEND_STARTUP} s from java start to /q/health/ready (Quarkus: ${quarkus_said:-n/a}${first_startup})"
info "$STARTUP_LINE"

step "3/6 load data: bench/sql/data.sql in one transaction, then ANALYZE"
timer_start t
PGPASSWORD=karta psql -w -X -q -v ON_ERROR_STOP=1 --single-transaction -h 127.0.0.1 -p "$PG_PORT" -U karta -d "$DB" \
  -f "$here/sql/data.sql" || die "loading bench/sql/data.sql failed"
_pq "analyze organisation, roadmap, roadmap_item, roadmap_item_party, progress_update, account"
load_took=$(timer_elapsed "$t")
IFS='|' read -r n_org n_roadmap n_item n_party n_progress <<<"$(_pq "select (select count(*) from organisation),
  (select count(*) from roadmap), (select count(*) from roadmap_item), (select count(*) from roadmap_item_party),
  (select count(*) from progress_update)")"
DATA_LINE="data: $n_org organisations, $n_roadmap roadmaps, $n_item items, $n_party item organisations, $n_progress progress updates (loaded in ${load_took}s)"
ok "$DATA_LINE"
_pq "select id from roadmap where id::text like '51000000-%' order by id" >"$OUT/roadmaps.txt"
_pq "select id from roadmap_item where id::text like '61000000-%' order by id" >"$OUT/items.txt"
_pq "select id from organisation where id::text like '70000000-%' order by id" >"$OUT/organisations.txt"
info "ids for wrk: $(wc -l <"$OUT/roadmaps.txt") roadmaps, $(wc -l <"$OUT/items.txt") items, $(wc -l <"$OUT/organisations.txt") organisations (in $OUT)"
# the application's "today" (Europe/Moscow) decides what is overdue; pgbench gets the same date
TODAY=$(TZ=Europe/Moscow date +%F)

step "4/6 smoke test of the four scenarios"
refresh_token
one_roadmap=$(head -1 "$OUT/roadmaps.txt")
one_item=$(head -1 "$OUT/items.txt")
smoke "GET list (q=совещание)" 200 "$BASE/api/v1/roadmaps/$one_roadmap/items?page=0&size=50&q=%D1%81%D0%BE%D0%B2%D0%B5%D1%89%D0%B0%D0%BD%D0%B8%D0%B5"
smoke "GET one item" 200 "$BASE/api/v1/roadmap-items/$one_item"
smoke "GET a roadmap's summary" 200 "$BASE/api/v1/roadmaps/$one_roadmap/summary"
smoke "POST progress update" 201 -H 'Content-Type: application/json' \
  --data-binary '{"text":"Проверка перед нагрузочным тестом"}' "$BASE/api/v1/roadmap-items/$one_item/progress-updates"

step "5/6 JIT warm-up: ${warmup}s of mixed load (list 55 %, item 25 %, summary 5 %, write 15 %) at 32 connections"
info "TOOLCHAIN.md: the JIT needs 3–4 minutes of load on 2 cores before throughput is steady (BENCH_WARMUP / --warmup)"
BUSY_BEFORE=$(busy_processes)
left=$warmup
while ((left > 0)); do
  chunk=$((left > 240 ? 240 : left)) # tokens live 600 s: a fresh one for every chunk
  run_wrk warmup 32 "$chunk" "$OUT/wrk-warmup-$((warmup - left)).txt"
  info "  warm-up: $((warmup - left + chunk))/${warmup}s, $W_RPS req/s (p99 $W_P99 ms, non-2xx $W_NON2XX)"
  left=$((left - chunk))
done

step "6/6 measurements: $rounds round(s); each ${duration}s; pgbench right after wrk on the same SQL"
printf 'round\tscenario\tconns\trps\tp50\tp99\tnon2xx\tsock\trss\tpg_tps\tpg_lat\tpg_p99\tcpu_ms\n' >"$RESULTS"
declare -a round_load=()
for ((round = 1; round <= rounds; round++)); do
  round_load+=("$(cut -d' ' -f1 /proc/loadavg)")
  for scenario in list item summary write; do
    script=$scenario
    [[ "$scenario" == summary ]] && script=roadmap-summary
    for c in "${connections[@]}"; do
      ticks=$(cpu_ticks)
      run_wrk "$script" "$c" "$duration" "$OUT/wrk-$scenario-c$c-r$round.txt"
      # the backend's CPU time per request: wrk's requests over the JVM's user + system time during the run
      cpu_ms=$(awk -v a="$ticks" -v b="$(cpu_ticks)" -v hz="$CLK_TCK" -v n="$W_RPS" -v d="$duration" \
        'BEGIN { r = n * d; if (r > 0) printf "%.2f", (b - a) * 1000 / hz / r; else print "-" }')
      rss=$(rss_mb)
      run_pgbench "$script" "$c" "$duration" "$OUT/pgbench-$scenario-c$c-r$round"
      ratio=$(awk -v a="$W_RPS" -v b="$P_TPS" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "-" }')
      ceiling=" | pgbench $P_TPS tps (avg $P_LAT ms, p99 $P_P99 ms) → ratio $ratio"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$c" "$W_RPS" "$W_P50" "$W_P99" \
        "$W_NON2XX" "$W_SOCK" "$rss" "$P_TPS" "$P_LAT" "$P_P99" "$cpu_ms" >>"$RESULTS"
      printf '    round %d/%d  %-7s c=%-3s  %6s req/s  p50 %6s ms  p99 %6s ms  non-2xx %s  socket errors %s  RSS %s MB  CPU %s ms/req%s\n' \
        "$round" "$rounds" "$scenario" "$c" "$W_RPS" "$W_P50" "$W_P99" "$W_NON2XX" "$W_SOCK" "$rss" "$cpu_ms" "$ceiling"
    done
  done
done
BUSY_AFTER=$(busy_processes)

# ------------------------------------------------------------------------------------------------------------------
commit=$(git -C "$KARTA_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
[[ -n "$(git -C "$KARTA_ROOT" status --porcelain -- backend 2>/dev/null)" ]] && commit="$commit + uncommitted backend changes"
access_log=$(grep -c 'access-log' "$KARTA_RUN_DIR/bench-backend.log" || true)
report=$(
  echo "Karta load benchmark — $(date '+%Y-%m-%d %H:%M %Z')$([[ "$quick" == 1 ]] && echo "  (QUICK run: checks the script; the figures mean nothing)")"
  echo "commit $commit; $(nproc) cores; $(java -version 2>&1 | head -1); PostgreSQL $(_pq 'show server_version')"
  echo "backend: $BASE, same jar and configuration as make run (profile demo, $KARTA_JAVA_OPTS${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, pool ${KARTA_DB_POOL_MAX:-20}); access log lines: $access_log"
  echo "$STARTUP_LINE"
  echo "$DATA_LINE"
  echo "warm-up ${warmup}s (mixed, 32 connections; BENCH_WARMUP); measurements ${duration}s each (BENCH_DURATION); ${rounds} round(s) (BENCH_ROUNDS), medians below"
  echo "wrk -t$THREADS --latency; pgbench -n -M prepared -j $THREADS -T $duration -l on bench/pgbench/{list,item,roadmap-summary,write}.sql (the same SQL as one API request)"
  echo "load average before: $load_before; at the start of each round: ${round_load[*]}; after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  python3 - "$RESULTS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None
def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None
def fmt(v, d=0):
    return "-" if v is None else f"{v:.{d}f}"
keys = []
for r in rows:
    k = (r["scenario"], r["conns"])
    if k not in keys:
        keys.append(k)
names = {"list": "(a) list GET /roadmaps/{id}/items", "item": "(b) one item GET /roadmap-items/{id}",
         "summary": "(c) summary GET /roadmaps/{id}/summary", "write": "(d) write POST .../progress-updates"}
hdr = (f"{'scenario':40} {'conns':>5} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>7} {'sock':>5} {'RSS MB':>6} {'CPU ms':>6} | "
       f"{'pgbench tps':>11} {'avg ms':>6} {'p99 ms':>7} | {'API/pgbench':>11} {'p99/p99':>7}")
print(hdr)
print("-" * len(hdr))
summary = {}
for k in keys:
    rs = [r for r in rows if (r["scenario"], r["conns"]) == k]
    rps = med([num(r["rps"]) for r in rs])
    p50 = med([num(r["p50"]) for r in rs])
    p99 = med([num(r["p99"]) for r in rs])
    non2xx = sum(int(r["non2xx"]) for r in rs)
    sock = sum(int(r["sock"]) for r in rs)
    rss = max([num(r["rss"]) for r in rs if num(r["rss"]) is not None], default=None)
    tps = med([num(r["pg_tps"]) for r in rs])
    lat = med([num(r["pg_lat"]) for r in rs])
    pg99 = med([num(r.get("pg_p99")) for r in rs])
    ratio = med([num(r["rps"]) / num(r["pg_tps"]) for r in rs if num(r["pg_tps"]) and num(r["rps"]) is not None])
    p99ratio = med([num(r["p99"]) / num(r["pg_p99"]) for r in rs
                    if num(r.get("pg_p99")) and num(r["p99"]) is not None])
    cpu = med([num(r.get("cpu_ms")) for r in rs])
    summary[k] = (rps, p99, ratio, tps, lat, pg99, p99ratio)
    print(f"{names[k[0]]:40} {k[1]:>5} {fmt(rps):>7} {fmt(p50, 1):>7} {fmt(p99, 1):>7} {non2xx:>7} {sock:>5} {fmt(rss):>6} {fmt(cpu, 2):>6} | "
          f"{fmt(tps):>11} {fmt(lat, 1):>6} {fmt(pg99, 1):>7} | {fmt(ratio, 2):>11} {fmt(p99ratio, 2):>7}")
print()
print("req/s, p50, p99, pgbench tps and its average and p99 latency (from every transaction's logged latency): medians")
print("over the rounds; API/pgbench: median of each round's req/s / tps and p99/p99: of each round's API p99 / pgbench")
print("p99 (wrk and pgbench run one after the other, in the same minute, at the same concurrency); non-2xx and socket")
print("errors: summed over the rounds; RSS: the largest of the samples taken at the end of each measurement (ps -o rss of")
print("the backend's JVM); CPU ms: the backend's CPU time (user + system, /proc) per request answered, median: what")
print("a request costs the JVM whatever else the machine is doing, so it compares across runs better than req/s.")
if len(rows) > len(keys):
    print()
    print("per round (req/s | pgbench tps):")
    for k in keys:
        rs = [r for r in rows if (r["scenario"], r["conns"]) == k]
        print(f"  {k[0]:7} c={k[1]:<3} " + "   ".join(f"{r['rps']} | {r['pg_tps']}" for r in rs))
print()
print("targets of issue 12 (2 cores): API/pgbench >= 0.75 for the list and >= 0.5 for one item; p99 <= 1.5 x pgbench's")
for k in keys:
    if k[0] not in ("list", "item"):
        continue
    rps, p99, ratio, tps, lat, pg99, p99ratio = summary[k]
    want = 0.75 if k[0] == "list" else 0.5
    t_met = ratio is not None and ratio >= want
    l_met = p99ratio is not None and p99ratio <= 1.5
    print(f"  {k[0]:5} c={k[1]:<3} throughput {fmt(ratio, 2)} (>= {want}): {'MET' if t_met else 'NOT MET'};"
          f" p99 {fmt(p99, 1)} ms vs pgbench {fmt(pg99, 1)} ms = {fmt(p99ratio, 2)} (<= 1.5): {'MET' if l_met else 'NOT MET'}")
PY
  echo
  echo "processes above 10 % CPU before the warm-up (other work on this machine skews the figures):"
  echo "$BUSY_BEFORE"
  echo "and after the last measurement:"
  echo "$BUSY_AFTER"
  echo
  # shellcheck disable=SC2154
  echo "total run time: $(timer_elapsed "$t_all")s; raw wrk/pgbench outputs: $OUT"
)
printf '\n%s\n' "$report"
printf '%s\n' "$report" >"$REPORT"
mkdir -p "$here/results"
if [[ "$quick" == 1 ]]; then
  saved=bench/results/bench-quick-$(date +%Y%m%d-%H%M%S).txt
else
  saved=bench/results/bench-$(date +%Y%m%d-%H%M%S).txt
  cp "$REPORT" "$here/results/latest.txt" # latest.txt: the latest full run
fi
cp "$REPORT" "$KARTA_ROOT/$saved"
ok "report saved to $REPORT and $saved$([[ "$quick" == 1 ]] || echo " (and bench/results/latest.txt)")"
