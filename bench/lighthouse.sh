#!/usr/bin/env bash
# bench/lighthouse.sh — Lighthouse (mobile) on the built SPA served the way a deployment serves it (see bench/README.md).
#
#   make run                      # in another terminal: the backend (8080) and Keycloak (8180) it talks to
#   bench/lighthouse.sh           # builds the SPA, serves dist/ with nginx and the project's nginx.conf, audits
#
# 1. Builds the SPA (npm run build) when dist/ is older than the sources; installs Lighthouse 12 (bench/lighthouse,
#    npm ci) and nginx (Debian's package, when missing and root).
# 2. Serves frontend/dist on 127.0.0.1:$BENCH_SPA_PORT (4173) with frontend/docker/nginx.conf — the Docker image's
#    server block, gzip included — its /api proxied to the running backend and its CSP naming the running Keycloak.
# 3. node bench/lighthouse/run.mjs: the login landing, the roadmap items and an item page, as a phone; the scores,
#    their metrics and the bundle sizes (bench/spa-size.mjs).
#
# Environment: BENCH_SPA_PORT (4173, a redirect address the development realm allows), KARTA_BACKEND_URL
# (http://127.0.0.1:8080), KARTA_KEYCLOAK_URL (http://127.0.0.1:8180), BENCH_RUNS (1), and run.mjs's BENCH_USER /
# BENCH_PASSWORD.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"

PORT=${BENCH_SPA_PORT:-4173}
BACKEND=${KARTA_BACKEND_URL:-http://127.0.0.1:8080}
KEYCLOAK=${KARTA_KEYCLOAK_URL:-http://127.0.0.1:8180}
FRONTEND=$KARTA_ROOT/frontend
WORK=$KARTA_RUN_DIR/lighthouse-nginx
NGINX_PID=''

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID" 2>/dev/null || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

http_ok "$BACKEND/q/health/ready" || die "no backend ready at $BACKEND (start the stack with make run)"
http_ok "$KEYCLOAK/realms/karta/.well-known/openid-configuration" || die "no Keycloak realm karta at $KEYCLOAK"

if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  [[ $(id -u) -eq 0 ]] || die "nginx is not installed: sudo apt-get install -y nginx-light"
  info "installing nginx (apt-get install -y nginx-light)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light >"$KARTA_RUN_DIR/lighthouse-apt.log" 2>&1 ||
    die "could not install nginx (log: $KARTA_RUN_DIR/lighthouse-apt.log)"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [[ ! -f "$FRONTEND/dist/index.html" ]] ||
  [[ -n "$(find "$FRONTEND/src" "$FRONTEND/index.html" "$FRONTEND/package.json" -newer "$FRONTEND/dist/index.html" -print -quit)" ]]; then
  info "building the SPA (npm run build; log: .run/lighthouse-build.log)"
  (cd "$FRONTEND" && npm run build) >"$KARTA_RUN_DIR/lighthouse-build.log" 2>&1 ||
    { show_log_tail "$KARTA_RUN_DIR/lighthouse-build.log" 40; die "the SPA build failed"; }
fi
if [[ ! -d "$here/lighthouse/node_modules/lighthouse" ]]; then
  info "installing Lighthouse (npm ci in bench/lighthouse; log: .run/lighthouse-npm.log)"
  (cd "$here/lighthouse" && npm ci --no-audit --no-fund) >"$KARTA_RUN_DIR/lighthouse-npm.log" 2>&1 ||
    { show_log_tail "$KARTA_RUN_DIR/lighthouse-npm.log" 30; die "npm ci in bench/lighthouse failed"; }
fi

# The Docker image's server block, pointed at this machine: dist/ as root, this port, the running backend and Keycloak.
rm -rf "$WORK" && mkdir -p "$WORK/logs" "$WORK/html"
cp -r "$FRONTEND/dist/." "$WORK/html/"
printf '{ "apiBaseUrl": "", "keycloakUrl": "%s", "realm": "karta", "clientId": "karta-web" }\n' "$KEYCLOAK" >"$WORK/html/config.json"
sed -e "s#listen 80;#listen 127.0.0.1:$PORT;#" -e "s#root /usr/share/nginx/html;#root $WORK/html;#" \
  -e "s#http://backend:8080#$BACKEND#" -e "s#http://localhost:8180#$KEYCLOAK#g" \
  "$FRONTEND/docker/nginx.conf" >"$WORK/server.conf"
cat >"$WORK/nginx.conf" <<CONF
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $WORK/logs/access.log;
  client_body_temp_path $WORK/client_body;
  proxy_temp_path $WORK/proxy;
  include $WORK/server.conf;
}
CONF
"$NGINX" -t -p "$WORK" -c "$WORK/nginx.conf" >"$WORK/logs/check.log" 2>&1 ||
  { cat "$WORK/logs/check.log" >&2; die "nginx refused the configuration (frontend/docker/nginx.conf)"; }
start_bg "$WORK/logs/nginx.out" "$NGINX" -p "$WORK" -c "$WORK/nginx.conf"
NGINX_PID=$BG_PID
wait_http "http://127.0.0.1:$PORT/config.json" 15 "nginx" "$WORK/logs/error.log" "$NGINX_PID" || die "nginx did not start"
ok "the built SPA on http://127.0.0.1:$PORT (nginx with frontend/docker/nginx.conf), API at $BACKEND"

BENCH_SPA_URL="http://127.0.0.1:$PORT" node "$here/lighthouse/run.mjs"
