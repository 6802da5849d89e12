#!/bin/sh
# Runs once, on the first start of an empty PostgreSQL volume (docker-entrypoint-initdb.d): Karta's and Keycloak's
# roles and databases, each owned by its role, with the passwords from the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres \
  -v karta_password="$KARTA_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role karta login password :'karta_password';
create database karta owner karta encoding 'UTF8';
create role keycloak login password :'keycloak_password';
create database keycloak owner keycloak encoding 'UTF8';
SQL
