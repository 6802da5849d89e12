#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a NEW database (refuses to overwrite one that exists).
#   scripts/restore.sh FILE DATABASE         the database is created, owned by role karta
# Point the backend at it with KARTA_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE. See README.md "Backups".
set -euo pipefail
file=${1:?usage: scripts/restore.sh FILE DATABASE}
database=${2:?usage: scripts/restore.sh FILE DATABASE}
[[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "database name must match [a-z_][a-z0-9_]*" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
if [[ -n "$(psql -X -A -t -d postgres -c "select 1 from pg_database where datname = '$database'")" ]]; then
  echo "database $database exists; restore into a new database, check it, then switch the backend over" >&2
  exit 1
fi
psql -X -q -d postgres -c "create database $database owner karta"
pg_restore --no-owner --role=karta --exit-on-error --single-transaction --dbname="$database" "$file"
echo "restored $file into database $database"
