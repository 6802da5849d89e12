#!/usr/bin/env bash
# bench/reports.sh — the consolidated summary and completeness of quarterly reports under load, next to the bare SQL
# they run (see bench/README.md).
#
#   bench/reports.sh [--quick] [--warmup SECONDS] [--duration SECONDS] [--rounds N]
#
# 1. PostgreSQL (127.0.0.1:5432) with a fresh database karta_bench_reports; Keycloak (reused if it runs).
# 2. Its own backend on 127.0.0.1:18093: the same jar and configuration as `make run` (profile demo, $KARTA_JAVA_OPTS),
#    rebuilt when stale; prints its start-up time.
# 3. Load data with SQL (bench/sql/reports.sql, one transaction): 1,000 member enterprises × 12 quarters
#    (2022-Q1 .. 2024-Q4) of reports with their values; ANALYZE.
# 4. JIT warm-up (both requests), then rounds of: (a) GET /quarterly-reports/summary?period=<random quarter>
#    &includeSubmitted=<random>, (b) GET /quarterly-reports/completeness?year=<random year> — each with wrk at each
#    concurrency, and right after, in the same minute, pgbench on the SQL the request runs (bench/pgbench/
#    summary.sql, completeness.sql) with every transaction's latency logged: median and p99 of the API next to the
#    SQL's.
# 5. A table of medians over the rounds, saved to .run/bench-reports-latest.txt and bench/results/.
#
# Environment (flags win): BENCH_WARMUP (90 s), BENCH_DURATION (20 s), BENCH_ROUNDS (3), BENCH_QUICK=1 (15 s warm-up,
# 5 s measurements, 1 round: checks the script), BENCH_CONNECTIONS ("1 8 32"), BENCH_REPORTS_PORT (18093),
# BENCH_REPORTS_DB (karta_bench_reports). Ctrl-C stops what it started.
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
  sed -n '2,21s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
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
  warmup=${warmup:-15} duration=${duration:-5} rounds=${rounds:-1}
fi
warmup=${warmup:-90} duration=${duration:-20} rounds=${rounds:-3}
for v in "$warmup" "$duration" "$rounds"; do
  [[ "$v" =~ ^[0-9]+$ ]] || die "warm-up, duration and rounds must be whole numbers (got '$v')"
done
((duration > 0 && rounds > 0)) || die "duration and rounds must be positive"
read -r -a connections <<<"${BENCH_CONNECTIONS:-1 8 32}"
PORT=${BENCH_REPORTS_PORT:-18093}
DB=${BENCH_REPORTS_DB:-karta_bench_reports}
PG_PORT=5432
BASE=http://127.0.0.1:$PORT
OUT=$KARTA_RUN_DIR/bench-reports
RESULTS=$OUT/results.tsv
REPORT=$KARTA_RUN_DIR/bench-reports-latest.txt
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

refresh_token() {
  BENCH_TOKEN=$(get_token association) || die "could not get a token for association from $KARTA_KEYCLOAK_URL"
  export BENCH_TOKEN
}

# run_wrk SCRIPT CONNECTIONS SECONDS RAWFILE — sets W_RPS W_P50 W_P99 W_NON2XX W_SOCK
run_wrk() {
  local script=$1 conns=$2 secs=$3 raw=$4 line threads=2
  ((conns < threads)) && threads=$conns
  refresh_token
  BENCH_WRK_DIR=$here/wrk BENCH_DATA=$OUT \
    wrk -t"$threads" -c"$conns" -d"${secs}s" --latency --timeout 10s -s "$here/wrk/$script.lua" "$BASE" >"$raw" 2>&1 ||
    { cat "$raw" >&2; die "wrk failed (output: $raw)"; }
  line=$(grep '^BENCH_RESULT' "$raw" | tail -1)
  [[ -n "$line" ]] || { cat "$raw" >&2; die "wrk printed no result line (output: $raw)"; }
  local W_requests=0 W_duration_us=1 W_p50_us=0 W_p99_us=0 W_non2xx=0 W_connect=0 W_read=0 W_write=0 W_timeout=0
  eval "$(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[2] ~ /^[0-9]+$/) printf "W_%s=%s\n", kv[1], kv[2] } }' <<<"$line")"
  W_RPS=$(awk -v r="$W_requests" -v d="$W_duration_us" 'BEGIN { printf "%.1f", r / (d / 1e6) }')
  W_P50=$(awk -v u="$W_p50_us" 'BEGIN { printf "%.1f", u / 1000 }')
  W_P99=$(awk -v u="$W_p99_us" 'BEGIN { printf "%.1f", u / 1000 }')
  W_NON2XX=$W_non2xx
  W_SOCK=$((W_connect + W_read + W_write + W_timeout))
}

# run_pgbench FILE CONNECTIONS SECONDS DIR — every transaction's latency logged (-l); sets P_TPS P_P50 P_P99
run_pgbench() {
  local file=$1 conns=$2 secs=$3 dir=$4 threads=2 stats
  ((conns < threads)) && threads=$conns
  rm -rf "$dir" && mkdir -p "$dir"
  P_TPS='-' P_P50='-' P_P99='-'
  if (cd "$dir" && PGPASSWORD=karta pgbench -h 127.0.0.1 -p "$PG_PORT" -U karta -n -M prepared -c "$conns" \
    -j "$threads" -T "$secs" -l --log-prefix=tx -f "$here/pgbench/$file.sql" "$DB" >"$dir/pgbench.txt" 2>&1); then
    # log lines: client transaction latency_us script_no epoch epoch_us
    stats=$(cat "$dir"/tx.* | python3 -c '
import statistics, sys
lat = sorted(int(line.split()[2]) for line in sys.stdin if line.strip())
if not lat:
    print("- - -"); sys.exit()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print(f"{p(0.5):.1f} {p(0.99):.1f} {len(lat)}")')
    read -r P_P50 P_P99 _ <<<"$stats"
    P_TPS=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$dir/pgbench.txt" | tail -1)
    P_TPS=$(awk -v t="${P_TPS:-0}" 'BEGIN { printf "%.1f", t }')
  else
    warn "pgbench failed (output: $dir/pgbench.txt):"
    grep -m3 -i 'error' "$dir/pgbench.txt" >&2 || tail -3 "$dir/pgbench.txt" >&2
  fi
}

smoke() {
  local what=$1 expect=$2 code
  shift 2
  code=$(curl -sS -o "$OUT/smoke.json" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $BENCH_TOKEN" "$@") || code=000
  if [[ "$code" != "$expect" ]]; then
    head -c 600 "$OUT/smoke.json" >&2 || true
    echo >&2
    die "$what answered $code (expected $expect)"
  fi
  ok "$what: $code ($(wc -c <"$OUT/smoke.json") bytes)"
}

# ------------------------------------------------------------------------------------------------------------------
# shellcheck disable=SC2154 # timer_start sets t_all
timer_start t_all
mkdir -p "$OUT"
rm -rf "${OUT:?}"/* 2>/dev/null || true
est=$((warmup + rounds * ${#connections[@]} * (4 * duration + 12) + 120))
info "Karta report figures benchmark: warm-up ${warmup}s, ${rounds} round(s) of ${duration}s at ${connections[*]} connections"
info "expect about $((est / 60)) min $((est % 60)) s (plus a backend build when the jar is stale); raw outputs in $OUT"
ensure_tools
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

step "1/6 PostgreSQL, Keycloak and the backend jar"
ensure_postgres "$PG_PORT"
fresh_database "$DB" "$PG_PORT"
ensure_keycloak
backend_jar_ready "reports-$PORT"

step "2/6 backend on $BASE (Flyway migrates the empty database and loads the demo data at start)"
start_backend "$PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" "$KARTA_RUN_DIR/bench-reports-backend.log"
STARTUP_LINE="backend start-up: ${BACKEND_STARTUP} s from java start to /q/health/ready (fresh database)"

step "3/6 load data: bench/sql/reports.sql in one transaction, then ANALYZE"
timer_start t
PGPASSWORD=karta psql -w -X -q -v ON_ERROR_STOP=1 --single-transaction -h 127.0.0.1 -p "$PG_PORT" -U karta -d "$DB" \
  -f "$here/sql/reports.sql" || die "loading bench/sql/reports.sql failed"
_pq "analyze organisation, quarterly_report, quarterly_report_value"
load_took=$(timer_elapsed "$t")
IFS='|' read -r n_org n_report n_value n_year <<<"$(_pq "select (select count(*) from organisation where kind = 'MEMBER_ENTERPRISE'),
  (select count(*) from quarterly_report), (select count(*) from quarterly_report_value),
  (select count(*) from quarterly_report where period_year = 2023)")"
DATA_LINE="data: $n_org member enterprises, $n_report reports ($n_year in 2023), $n_value values (loaded in ${load_took}s)"
ok "$DATA_LINE"

step "4/6 smoke test of both requests"
refresh_token
smoke "GET summary?period=2023-Q2" 200 "$BASE/api/v1/quarterly-reports/summary?period=2023-Q2"
smoke "GET completeness?year=2023" 200 "$BASE/api/v1/quarterly-reports/completeness?year=2023"
rows=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["organisations"]))' "$OUT/smoke.json")
[[ "$rows" == "$n_org" ]] || die "completeness listed $rows organisations, the database has $n_org member enterprises"
SQL_ONCE=$(
  for f in summary completeness; do
    # one run of the request's SQL alone, as EXPLAIN ANALYZE sees it (planning + execution, one client, warm cache)
    # (the summary's accepted-only statement; the year 2023: quarter indexes 8093..8096)
    sql=$(grep -E "^select ('E'|o\.id)" "$here/pgbench/$f.sql" | tail -1 |
      sed -e 's/:y\b/2023/g' -e 's/:first\b/8093/g' -e 's/:last\b/8096/g')
    _pq "$sql" >/dev/null
    t=$(_pq "explain (analyze, timing off, summary on) $sql" | sed -n 's/^\(Planning\|Execution\) Time: \([0-9.]*\) ms/\2/p' |
      awk '{ s += $1 } END { printf "%.1f", s }')
    echo "$f: ${t} ms"
  done
)
info "the bare SQL once (EXPLAIN ANALYZE, planning + execution): $(tr '\n' ' ' <<<"$SQL_ONCE")"

step "5/6 JIT warm-up: ${warmup}s of both requests at 8 connections"
BUSY_BEFORE=$(busy_processes)
left=$warmup
while ((left > 0)); do
  chunk=$((left > 240 ? 240 : left)) # tokens live 600 s: a fresh one for every chunk
  run_wrk reports-warmup 8 "$chunk" "$OUT/wrk-warmup-$((warmup - left)).txt"
  info "  warm-up: $((warmup - left + chunk))/${warmup}s, $W_RPS req/s (p99 $W_P99 ms, non-2xx $W_NON2XX)"
  left=$((left - chunk))
done

step "6/6 measurements: $rounds round(s); each ${duration}s; pgbench right after wrk on the same SQL"
printf 'round\tscenario\tconns\trps\tp50\tp99\tnon2xx\tsock\tpg_tps\tpg_p50\tpg_p99\n' >"$RESULTS"
for ((round = 1; round <= rounds; round++)); do
  for scenario in summary completeness; do
    for c in "${connections[@]}"; do
      run_wrk "$scenario" "$c" "$duration" "$OUT/wrk-$scenario-c$c-r$round.txt"
      run_pgbench "$scenario" "$c" "$duration" "$OUT/pgbench-$scenario-c$c-r$round"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$c" "$W_RPS" "$W_P50" "$W_P99" \
        "$W_NON2XX" "$W_SOCK" "$P_TPS" "$P_P50" "$P_P99" >>"$RESULTS"
      printf '    round %d/%d  %-12s c=%-3s  API %7s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s | SQL %7s tps  p50 %7s ms  p99 %7s ms\n' \
        "$round" "$rounds" "$scenario" "$c" "$W_RPS" "$W_P50" "$W_P99" "$W_NON2XX" "$P_TPS" "$P_P50" "$P_P99"
    done
  done
done
BUSY_AFTER=$(busy_processes)

# ------------------------------------------------------------------------------------------------------------------
commit=$(git -C "$KARTA_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
[[ -n "$(git -C "$KARTA_ROOT" status --porcelain -- backend 2>/dev/null)" ]] && commit="$commit + uncommitted backend changes"
report=$(
  echo "Karta report figures benchmark — $(date '+%Y-%m-%d %H:%M %Z')$([[ "$quick" == 1 ]] && echo "  (QUICK run: checks the script; the figures mean nothing)")"
  echo "commit $commit; $(nproc) cores; $(java -version 2>&1 | head -1); PostgreSQL $(_pq 'show server_version')"
  echo "backend: $BASE, same jar and configuration as make run (profile demo, $KARTA_JAVA_OPTS, pool ${KARTA_DB_POOL_MAX:-20})"
  echo "$STARTUP_LINE"
  echo "$DATA_LINE"
  echo "the bare SQL once, one client (EXPLAIN ANALYZE: planning + execution): $(tr '\n' ';' <<<"$SQL_ONCE" | sed 's/;$//; s/;/; /g')"
  echo "warm-up ${warmup}s; measurements ${duration}s each; ${rounds} round(s), medians below"
  echo "wrk --latency (the API); pgbench -n -M prepared -T $duration -l on bench/pgbench/{summary,completeness}.sql (the SQL of one request)"
  echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  python3 - "$RESULTS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def num(v):
    try:
        return float(v)
    except ValueError:
        return None
def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None
def fmt(v, d=1):
    return "-" if v is None else f"{v:,.{d}f}"
keys = []
for r in rows:
    k = (r["scenario"], r["conns"])
    if k not in keys:
        keys.append(k)
names = {"summary": "(a) GET /quarterly-reports/summary", "completeness": "(b) GET /quarterly-reports/completeness"}
hdr = (f"{'request':40} {'conns':>5} | {'API req/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>7} | "
       f"{'SQL tx/s':>8} {'p50 ms':>7} {'p99 ms':>7} | {'API/SQL':>7}")
print(hdr)
print("-" * len(hdr))
for k in keys:
    rs = [r for r in rows if (r["scenario"], r["conns"]) == k]
    rps = med([num(r["rps"]) for r in rs])
    ratios = [num(r["rps"]) / num(r["pg_tps"]) for r in rs if num(r["pg_tps"]) and num(r["rps"]) is not None]
    print(f"{names[k[0]]:40} {k[1]:>5} | {fmt(rps):>9} {fmt(med([num(r['p50']) for r in rs])):>7} "
          f"{fmt(med([num(r['p99']) for r in rs])):>7} {sum(int(r['non2xx']) for r in rs):>7} | "
          f"{fmt(med([num(r['pg_tps']) for r in rs])):>8} {fmt(med([num(r['pg_p50']) for r in rs])):>7} "
          f"{fmt(med([num(r['pg_p99']) for r in rs])):>7} | {fmt(med(ratios), 2):>7}")
print()
print("API: wrk's throughput and latency percentiles; SQL: pgbench on the same statements in one transaction per")
print("request, p50/p99 from every transaction's logged latency; API/SQL: req/s ÷ tx/s per round. Medians over the")
print("rounds; non-2xx summed. The API also checks the token, builds the figures and writes JSON on the same two cores.")
PY
  echo
  echo "processes above 10 % CPU before the warm-up:"
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
  saved=bench/results/reports-quick-$(date +%Y%m%d-%H%M%S).txt
else
  saved=bench/results/reports-$(date +%Y%m%d-%H%M%S).txt
  cp "$REPORT" "$here/results/reports-latest.txt"
fi
cp "$REPORT" "$KARTA_ROOT/$saved"
ok "report saved to $REPORT and $saved"
