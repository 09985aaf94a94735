#!/usr/bin/env bash
# The property phase of @ghorfa/conformance against the reference node, on each store: embedded
# PostgreSQL (PGlite) and a PostgreSQL server. The phase reads only the OpenAPI document the node
# serves, generates valid and invalid requests from it and checks every answer against it; any
# failure fails the run.
#
#   scripts/property-phase.sh                  both stores
#   scripts/property-phase.sh pglite           one of: pglite postgres
#
# GHORFA_PROPERTY_SEED and GHORFA_PROPERTY_RUNS choose the seed and the requests per operation;
# GHORFA_PROPERTY_PG the PostgreSQL server, on which a scratch database is created and dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seed=${GHORFA_PROPERTY_SEED:-20261129}
runs=${GHORFA_PROPERTY_RUNS:-50}
pg=${GHORFA_PROPERTY_PG:-postgres://postgres@127.0.0.1:5432}
stores=("$@")
[ ${#stores[@]} -gt 0 ] || stores=(pglite postgres)

# shellcheck source=lib/reference-node.sh
source scripts/lib/reference-node.sh
database=""
cleanup() {
  stop_reference_node
  if [ -n "$database" ]; then psql "$pg/postgres" -q -c "drop database if exists $database with (force)" >/dev/null || true; fi
}
trap cleanup EXIT

npx turbo run build --filter=@ghorfa/server --filter=@ghorfa/conformance --output-logs=errors-only
admin_key="ghorfa_operator_$(node -e 'console.log(require("node:crypto").randomBytes(18).toString("base64url"))')"

for store in "${stores[@]}"; do
  start=$SECONDS
  case $store in
  pglite) start_reference_node GHORFA_ADMIN_KEY="$admin_key" GHORFA_RATE_LIMIT=1000000 ;;
  postgres)
    database="ghorfa_property_$$"
    psql "$pg/postgres" -q -c "create database $database" >/dev/null
    start_reference_node GHORFA_ADMIN_KEY="$admin_key" GHORFA_RATE_LIMIT=1000000 DATABASE_URL="$pg/$database"
    ;;
  *)
    echo "property-phase: unknown store $store (pglite or postgres)" >&2
    exit 2
    ;;
  esac
  echo "::: property phase on $store ($node_url), seed $seed, $runs runs an operation"
  "$repo/node_modules/.bin/node" packages/conformance/dist/cli.js property \
    --base-url "$node_url" --key "$node_key" --admin-key "$admin_key" --chamber ma-09 --seed "$seed" --runs "$runs"
  cleanup
  database=""
  echo "::: property phase on $store: $((SECONDS - start)) s"
done
