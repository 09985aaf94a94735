# Sourced by scripts that run the reference node (apps/server/dist/main.js, built first) and talk to
# it over HTTP. `start_reference_node [NAME=VALUE...]` starts it on the toolchain's Node, on a free
# port, with its demo data, the environment given added (DATABASE_URL for PostgreSQL, else PGlite
# in a scratch folder), and sets node_url and node_key (the demo key of ma-09);
# `stop_reference_node` stops it and removes the folder. Needs `repo` (the repository's root).
node_url="" node_key="" node_pid="" node_dir=""
start_reference_node() {
  node_dir=$(mktemp -d)
  env PORT=0 GHORFA_DATA_DIR="$node_dir/data" LOG_LEVEL=warn "$@" \
    "$repo/node_modules/.bin/node" "$repo/apps/server/dist/main.js" >"$node_dir/stdout" 2>"$node_dir/stderr" &
  node_pid=$!
  for _ in $(seq 120); do
    grep -q "Demo key" "$node_dir/stderr" 2>/dev/null && break
    kill -0 "$node_pid" 2>/dev/null || break
    sleep 0.5
  done
  node_url=$(sed -n 's/^ *Ghorfa chamber node *\(http[^ ]*\).*/\1/p' "$node_dir/stderr")
  node_key=$(sed -n 's/^ *Demo key (ma-09) *\([^ ]*\).*/\1/p' "$node_dir/stderr")
  if [ -z "$node_url" ] || [ -z "$node_key" ]; then
    cat "$node_dir/stdout" "$node_dir/stderr" >&2
    echo "the reference node did not start" >&2
    return 1
  fi
}
stop_reference_node() {
  if [ -n "$node_pid" ]; then kill "$node_pid" 2>/dev/null && wait "$node_pid" 2>/dev/null || true; fi
  if [ -n "$node_dir" ]; then rm -rf "$node_dir"; fi
  node_pid="" node_dir=""
}
