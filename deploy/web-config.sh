#!/bin/sh
# nginx's entrypoint runs this before it starts: the SPA's config.json names the production Keycloak.
set -eu
cat >/usr/share/nginx/html/config.json <<JSON
{
  "apiBaseUrl": "",
  "keycloakUrl": "${KARTA_AUTH_URL}",
  "realm": "karta",
  "clientId": "karta-web"
}
JSON
