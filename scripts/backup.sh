#!/usr/bin/env bash
# Backs up a Karta database with pg_dump (custom format: compressed, restorable table by table).
#   scripts/backup.sh [DATABASE] [FILE]      defaults: karta, ./karta-YYYYmmdd-HHMMSS.dump
# Connection: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, user postgres); see README.md "Backups".
set -euo pipefail
database=${1:-karta}
file=${2:-karta-$(date +%Y%m%d-%H%M%S).dump}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
pg_dump --format=custom --no-owner --no-privileges --file="$file" "$database"
echo "backed up database $database to $file ($(du -h "$file" | cut -f1))"
