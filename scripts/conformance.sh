#!/usr/bin/env bash
# @ghorfa/conformance against the reference node, as another chamber runs it against its own: the
# kit's CLI (packages/conformance/dist/cli.js) with the full profile, its property phase included,
# on each store: embedded PostgreSQL (PGlite) and a PostgreSQL server. Strict: every requirement,
# SHOULDs too, must hold; any failure, or any requirement left unchecked, fails the run. The reports
# (JSON, JUnit XML, HTML) land in $GHORFA_CONFORMANCE_REPORTS (a scratch folder by default).
#
#   scripts/conformance.sh                  both stores
#   scripts/conformance.sh pglite           one of: pglite postgres
#
# GHORFA_PROPERTY_SEED and GHORFA_PROPERTY_RUNS choose the property phase's seed and requests per
# operation; GHORFA_PROPERTY_PG the PostgreSQL server, on which a scratch database is created and dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seed=${GHORFA_PROPERTY_SEED:-20261129}
runs=${GHORFA_PROPERTY_RUNS:-50}
pg=${GHORFA_PROPERTY_PG:-postgres://postgres@127.0.0.1:5432}
reports=${GHORFA_CONFORMANCE_REPORTS:-${TMPDIR:-/tmp}/ghorfa-conformance-reports}
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
    database="ghorfa_conformance_$$"
    psql "$pg/postgres" -q -c "create database $database" >/dev/null
    start_reference_node GHORFA_ADMIN_KEY="$admin_key" GHORFA_RATE_LIMIT=1000000 DATABASE_URL="$pg/$database"
    ;;
  *)
    echo "conformance: unknown store $store (pglite or postgres)" >&2
    exit 2
    ;;
  esac
  echo "::: @ghorfa/conformance --profile full on $store ($node_url), property phase seed $seed, $runs runs an operation"
  # The keys go by environment, as the kit's README tells chambers: never on a command line.
  GHORFA_KEY="$node_key" GHORFA_ADMIN_KEY="$admin_key" "$repo/node_modules/.bin/node" packages/conformance/dist/cli.js \
    --base-url "$node_url" --chamber ma-09 --profile full --strict \
    --seed "$seed" --runs "$runs" --report-dir "$reports/$store"
  cleanup
  database=""
  echo "::: conformance on $store: $((SECONDS - start)) s"
done
