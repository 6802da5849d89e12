#!/usr/bin/env bash
# Keycloak for development: realm "karta" on http://127.0.0.1:8180 (admin console: admin / admin).
#
# Source it and call ensure_keycloak, or run it directly (`scripts/keycloak.sh`, `make keycloak`) to make sure
# Keycloak is up and leave it running.
#
# ensure_keycloak
#   - reuses a Keycloak that already serves http://127.0.0.1:8180/realms/karta (KARTA_KEYCLOAK_PID stays empty);
#   - otherwise unpacks the distribution once into $KARTA_CACHE_DIR/keycloak-<version> (downloading the tar.gz from
#     Maven Central if it is missing), copies keycloak/realm-karta.json (and realm-partner.json, the demo partner's corporate identity provider) into its data/import, and starts
#     `kc.sh start-dev --import-realm` in the background (log: $KARTA_RUN_DIR/keycloak.log) and waits for the realm.
#     KARTA_KEYCLOAK_PID is then the pid of kc.sh (it forwards SIGTERM to its JVM).
#   Keycloak's import skips a realm that already exists, so the sha256 of the realm file is kept in
#   data/karta-realm.sha256: when the file changed (or that stamp is missing), data/h2 is wiped and the realm is
#   imported afresh (all changes made through the admin console are lost then).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KARTA_KEYCLOAK_VERSION=${KARTA_KEYCLOAK_VERSION:-26.7.3}
KARTA_KEYCLOAK_PORT=${KARTA_KEYCLOAK_PORT:-8180}
KARTA_KEYCLOAK_URL=http://127.0.0.1:$KARTA_KEYCLOAK_PORT
KARTA_KEYCLOAK_REALM_FILE=${KARTA_KEYCLOAK_REALM_FILE:-$KARTA_ROOT/keycloak/realm-karta.json}
# The second realm plays a partner's corporate identity provider (corporate sign-in, see README).
KARTA_KEYCLOAK_PARTNER_REALM_FILE=${KARTA_KEYCLOAK_PARTNER_REALM_FILE:-$KARTA_ROOT/keycloak/realm-partner.json}
KARTA_KEYCLOAK_HOME=${KARTA_KEYCLOAK_HOME:-$KARTA_CACHE_DIR/keycloak-$KARTA_KEYCLOAK_VERSION}
KARTA_KEYCLOAK_DEADLINE=${KARTA_KEYCLOAK_DEADLINE:-300}
KARTA_KEYCLOAK_HEAP=${KARTA_KEYCLOAK_HEAP:--Xms64m -Xmx512m}
KARTA_KEYCLOAK_PID=${KARTA_KEYCLOAK_PID:-}

# keycloak_install — makes sure $KARTA_KEYCLOAK_HOME holds the unpacked distribution.
keycloak_install() {
  local version=$KARTA_KEYCLOAK_VERSION home=$KARTA_KEYCLOAK_HOME
  local dl=$KARTA_CACHE_DIR/dl
  local tarball=$dl/keycloak-quarkus-dist-$version.tar.gz
  local artifact=org.keycloak:keycloak-quarkus-dist:$version:tar.gz
  local t tmp

  if [[ -x "$home/bin/kc.sh" ]]; then
    return 0
  fi
  mkdir -p "$dl"
  if [[ ! -s "$tarball" ]]; then
    timer_start t
    info "downloading Keycloak $version from Maven Central (about 170 MB, once) into $dl"
    if ! (cd "$KARTA_ROOT" && "$(mvn_cmd)" -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$dl"); then
      command -v mvn >/dev/null 2>&1 || die "download of $artifact failed"
      warn "the Maven wrapper failed; retrying with the system mvn"
      mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$dl" || die "download of $artifact failed"
    fi
    [[ -s "$tarball" ]] || die "Maven finished but $tarball is missing"
    ok "downloaded in $(timer_elapsed "$t")s"
  fi
  timer_start t
  info "unpacking Keycloak $version into $home (once)"
  tmp=$(mktemp -d "$KARTA_CACHE_DIR/.keycloak-unpack.XXXXXX")
  tar -xzf "$tarball" -C "$tmp" || { rm -rf "$tmp"; die "could not unpack $tarball (delete it to download again)"; }
  [[ -x "$tmp/keycloak-$version/bin/kc.sh" ]] || { rm -rf "$tmp"; die "$tarball has no keycloak-$version/bin/kc.sh"; }
  rm -rf "$home"
  mv "$tmp/keycloak-$version" "$home"
  rmdir "$tmp"
  ok "unpacked in $(timer_elapsed "$t")s"
}

_realm_hash() { cat "$KARTA_KEYCLOAK_REALM_FILE" "$KARTA_KEYCLOAK_PARTNER_REALM_FILE" | sha256sum | cut -d' ' -f1; }

# keycloak_prepare_realm — puts the realm file into data/import; wipes the H2 database when the file changed.
keycloak_prepare_realm() {
  local home=$KARTA_KEYCLOAK_HOME stamp=$KARTA_KEYCLOAK_HOME/data/karta-realm.sha256 hash old=''
  [[ -f "$KARTA_KEYCLOAK_REALM_FILE" ]] || die "realm file $KARTA_KEYCLOAK_REALM_FILE is missing"
  python3 -m json.tool "$KARTA_KEYCLOAK_REALM_FILE" >/dev/null || die "$KARTA_KEYCLOAK_REALM_FILE is not valid JSON"
  python3 -m json.tool "$KARTA_KEYCLOAK_PARTNER_REALM_FILE" >/dev/null || die "$KARTA_KEYCLOAK_PARTNER_REALM_FILE is not valid JSON"
  hash=$(_realm_hash)
  [[ -f "$stamp" ]] && old=$(<"$stamp")
  if [[ "$old" != "$hash" && -d "$home/data/h2" ]]; then
    if [[ -n "$old" ]]; then
      info "the realm files (keycloak/realm-*.json) changed since the last import: wiping $home/data/h2 to re-import it"
    else
      info "no record of which realm file was imported: wiping $home/data/h2 to import keycloak/realm-karta.json"
    fi
    rm -rf "$home/data/h2"
  fi
  mkdir -p "$home/data/import"
  rm -f "$home/data/import/"*.json
  cp "$KARTA_KEYCLOAK_REALM_FILE" "$home/data/import/realm-karta.json"
  cp "$KARTA_KEYCLOAK_PARTNER_REALM_FILE" "$home/data/import/realm-partner.json"
}

# keycloak_stamp_realm — records the imported realm file's hash (after Keycloak served the realm).
keycloak_stamp_realm() {
  _realm_hash >"$KARTA_KEYCLOAK_HOME/data/karta-realm.sha256"
}

ensure_keycloak() {
  local t log owner stamp
  timer_start t
  if http_ok "$KARTA_KEYCLOAK_URL/realms/karta"; then
    ok "Keycloak already serves realm karta on $KARTA_KEYCLOAK_URL: reusing it (it stays up when we stop)"
    stamp=$KARTA_KEYCLOAK_HOME/data/karta-realm.sha256
    if [[ -f "$stamp" && "$(<"$stamp")" != "$(_realm_hash)" ]]; then
      warn "the realm files (keycloak/realm-*.json) changed since that Keycloak imported them; stop it and run again to re-import"
    fi
    return 0
  fi
  if port_open 127.0.0.1 "$KARTA_KEYCLOAK_PORT"; then
    owner=$(port_owner "$KARTA_KEYCLOAK_PORT")
    die "port $KARTA_KEYCLOAK_PORT on 127.0.0.1 is taken${owner:+ by $owner}, but it does not serve $KARTA_KEYCLOAK_URL/realms/karta (a Keycloak still starting? another program?). Stop it or wait, then run again."
  fi
  command -v java >/dev/null 2>&1 || die "java is not installed (Keycloak $KARTA_KEYCLOAK_VERSION needs Java 17 or later)"

  keycloak_install
  keycloak_prepare_realm
  mkdir -p "$KARTA_RUN_DIR"
  log=$KARTA_RUN_DIR/keycloak.log
  info "starting Keycloak $KARTA_KEYCLOAK_VERSION on $KARTA_KEYCLOAK_URL (log: $log; a first start takes 1.5–3 minutes)"
  # kc.sh forwards SIGTERM to its JVM; JAVA_OPTS_KC_HEAP caps the heap; KC_BOOTSTRAP_ADMIN_* create admin/admin.
  # Themes are cached as in production (start-dev turns that off): Keycloak then sends its sign-in page's 1.7 MB of
  # stylesheets gzipped, as it does in production, and the login landing's Lighthouse figures mean what users get.
  start_bg "$log" env -C "$KARTA_KEYCLOAK_HOME" \
    JAVA_OPTS_KC_HEAP="$KARTA_KEYCLOAK_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    bin/kc.sh start-dev \
    --http-port "$KARTA_KEYCLOAK_PORT" --http-host 127.0.0.1 \
    --hostname "$KARTA_KEYCLOAK_URL" --import-realm \
    --spi-theme--cache-themes=true --spi-theme--cache-templates=true
  KARTA_KEYCLOAK_PID=$BG_PID
  export KARTA_KEYCLOAK_PID
  echo "$KARTA_KEYCLOAK_PID" >"$KARTA_RUN_DIR/keycloak.pid"

  if ! wait_http "$KARTA_KEYCLOAK_URL/realms/karta" "$KARTA_KEYCLOAK_DEADLINE" "Keycloak" "$log" "$KARTA_KEYCLOAK_PID"; then
    stop_pid "$KARTA_KEYCLOAK_PID" "Keycloak"
    KARTA_KEYCLOAK_PID=''
    rm -f "$KARTA_RUN_DIR/keycloak.pid"
    die "Keycloak did not start (full log: $log)"
  fi
  keycloak_stamp_realm
  ok "Keycloak ready on $KARTA_KEYCLOAK_URL in $(timer_elapsed "$t")s (pid $KARTA_KEYCLOAK_PID)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  # Ctrl-C while waiting stops the Keycloak this script started; once it is ready it keeps running.
  trap 'stop_pid "$KARTA_KEYCLOAK_PID" Keycloak; exit 130' INT TERM
  ensure_keycloak
  trap - INT TERM
  if [[ -n "$KARTA_KEYCLOAK_PID" ]]; then
    info "Keycloak keeps running in the background (pid $KARTA_KEYCLOAK_PID; stop it with: kill $KARTA_KEYCLOAK_PID)"
  fi
fi
