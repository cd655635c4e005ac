#!/usr/bin/env bash
# Run once by the postgres image's entrypoint, on an empty data directory only (docker-entrypoint-initdb.d).
# One database per service, each owned by its own login role: a service can reach only its own data
# (ARCHITECTURE.md: no service reads another's database). The role owns its database, so Flyway can create
# the schema objects in "public" (owned by pg_database_owner since PostgreSQL 15).
# Passwords come from <NAME>_DB_PASSWORD (see docker-compose.yml); psql variables quote them, so any
# character is safe.
set -euo pipefail

for name in participant pairing monitoring; do
  password_var="${name^^}_DB_PASSWORD"
  password="${!password_var:?$password_var is not set}"
  echo "Creating role and database \"$name\""
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
