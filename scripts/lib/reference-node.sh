# Sourced by scripts that run the reference node (apps/server/dist/main.js, built first) and talk to
# it over HTTP. `start_reference_node [NAME=VALUE...]` starts it through scripts/reference-node.mjs
# (the one place that knows how: the toolchain's Node, a free port, the demo data, PGlite in a
# scratch folder unless DATABASE_URL is given), with the environment given added, and sets node_url
# and node_key (the demo key of ma-09); `stop_reference_node` stops it, which removes its folder.
# Needs `repo` (the repository's root).
node_url="" node_key="" node_pid=""
start_reference_node() {
  # reference-node.mjs prints "<url> <demo key>" once the node is up, then keeps it running until it
  # is stopped; it prints the node's output and exits when the node does not start.
  exec {node_fd}< <(exec env "$@" "$repo/node_modules/.bin/node" "$repo/scripts/reference-node.mjs")
  node_pid=$!
  read -r node_url node_key <&"$node_fd" || true
  if [ -z "$node_url" ] || [ -z "$node_key" ]; then
    echo "the reference node did not start" >&2
    return 1
  fi
}
stop_reference_node() {
  if [ -n "$node_pid" ]; then kill "$node_pid" 2>/dev/null && wait "$node_pid" 2>/dev/null || true; fi
  node_pid=""
}
