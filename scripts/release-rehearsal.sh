#!/usr/bin/env bash
# The release rehearsal: what a chamber's developer gets from `npm install @ghorfa/…`, checked
# before anything is published for real.
#
# On a scratch copy of this checkout: `changeset version`, a build, and `changeset publish` to a
# local registry (verdaccio on 127.0.0.1, started and stopped here). Then scratch projects install
# the packages from that registry, as an adopter would, and use them: Node ESM and CommonJS,
# TypeScript strict (node16 and bundler resolution), a Vite build of a browser page, Bun, Deno,
# zod at the lowest and the highest version the packages accept, the conformance kit run with npx
# against a reference node, and the `ghorfa` CLI installed and used against one (an export, a
# receipt's PDF, a dry-run import). Last, it publishes an SDK whose `exports` is broken on purpose
# and checks that the same adopter fails: a rehearsal that cannot fail proves nothing.
#
# Usage: npm run release:rehearsal   (needs the npm registry for zod, ky, typescript, vite,
#        verdaccio, bun and deno; the npm cache serves what it holds)
set -euo pipefail
export npm_config_update_notifier=false

root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/scripts/rehearsal"
work=$(mktemp -d "${TMPDIR:-/tmp}/ghorfa-rehearsal.XXXXXX")
# A free port, so that another registry on 4873 (a developer's own verdaccio) is never the one used.
port=${REHEARSAL_REGISTRY_PORT:-$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
registry="http://127.0.0.1:$port/"
registry_pid=""

# Versions of the tools the scratch projects use: the repository's own, so the npm cache has them.
version_of() { node -p "require('$root/node_modules/$1/package.json').version"; }
TYPESCRIPT=$(version_of typescript)
VITE=$(version_of vite)
VERDACCIO=6.8.0
BUN=1.4.4
DENO=2.9.6

cleanup() {
  [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$1" "$((SECONDS - started))"; }
fail() { echo "REHEARSAL FAILED: $1" >&2; exit 1; }
quiet_npm() { npm --no-audit --no-fund --loglevel=error "$@"; }

step "scratch copy of the checkout (tracked and untracked files, no ignored ones)"
mkdir -p "$work/repo"
(cd "$root" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$root" && while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done) |
  (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$work/repo"
cd "$work/repo"
git init -q && git add -A && git -c user.name=rehearsal -c user.email=rehearsal@localhost commit -qm rehearsal
quiet_npm ci --prefer-offline

step "changeset version"
npx changeset version
# The published packages and their folders: the libraries, and the `ghorfa` CLI among the apps.
declare -A folder=([schemas]=packages/schemas [i18n]=packages/i18n [contract]=packages/contract
  [sdk]=packages/sdk [conformance]=packages/conformance [cli]=apps/cli)
packages=(schemas i18n contract sdk conformance cli)
for pkg in "${packages[@]}"; do
  echo "@ghorfa/$pkg $(node -p "require('./${folder[$pkg]}/package.json').version")"
  [ -s "${folder[$pkg]}/CHANGELOG.md" ] || fail "@ghorfa/$pkg has no CHANGELOG after changeset version"
done

step "build"
# The reference node too: the conformance kit, installed as a chamber installs it, runs against it.
npx turbo run build --filter='./packages/*' --filter=@ghorfa/cli --filter=@ghorfa/server --output-logs=errors-only

step "local registry (verdaccio $VERDACCIO)"
mkdir -p "$work/registry"
(cd "$work/registry" && quiet_npm install --prefer-offline "verdaccio@$VERDACCIO" >/dev/null)
cat >"$work/registry/config.yaml" <<EOF
storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
packages:
  '@ghorfa/*':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    proxy: npmjs
listen: 127.0.0.1:$port
log: { type: stdout, format: pretty, level: error }
EOF
(cd "$work/registry" && exec node_modules/.bin/verdaccio --config ./config.yaml >verdaccio.log 2>&1) &
registry_pid=$!
for _ in $(seq 60); do curl -sf "${registry}-/ping" >/dev/null && break; sleep 0.5; done
kill -0 "$registry_pid" 2>/dev/null && curl -sf "${registry}-/ping" >/dev/null ||
  fail "verdaccio did not start: $(cat "$work/registry/verdaccio.log")"
token=$(curl -sf -X PUT -H 'content-type: application/json' "${registry}-/user/org.couchdb.user:rehearsal" \
  -d '{"name":"rehearsal","password":"rehearsal-only"}' | node -p 'JSON.parse(require("fs").readFileSync(0)).token')
echo "//127.0.0.1:$port/:_authToken=$token" >"$work/npmrc-publish"

step "changeset publish to $registry"
# Inside `npm run`, npm passes its own `npm_config_userconfig` down: this one must win.
npm_config_userconfig="$work/npmrc-publish" NPM_CONFIG_USERCONFIG="$work/npmrc-publish" \
  npm_config_registry="$registry" npx changeset publish
for pkg in "${packages[@]}"; do
  want=$(node -p "require('./${folder[$pkg]}/package.json').version")
  got=$(npm view "@ghorfa/$pkg" version --registry "$registry")
  [ "$got" = "$want" ] || fail "@ghorfa/$pkg: the registry has $got, changeset version made $want"
done

# A scratch project of an adopter, in $work/adopters/$1, with @ghorfa/* from the local registry
# and everything else from npm; $2… are the packages to install (with their versions).
adopter() {
  local dir="$work/adopters/$1"
  shift
  mkdir -p "$dir"
  printf '{ "name": "adopter", "private": true, "type": "module" }\n' >"$dir/package.json"
  printf '@ghorfa:registry=%s\n' "$registry" >"$dir/.npmrc"
  cp "$here"/adopter.* "$dir/"
  (cd "$dir" && quiet_npm install --prefer-offline "$@" >/dev/null)
  echo "$dir"
}
ghorfa=(@ghorfa/schemas @ghorfa/i18n @ghorfa/contract @ghorfa/sdk)

step "adopter: Node $(node --version), ESM and CommonJS"
app=$(adopter node "${ghorfa[@]}" zod "typescript@$TYPESCRIPT")
(cd "$app" && node adopter.mjs && node adopter.cjs)

step "adopter: TypeScript $TYPESCRIPT, strict, node16 and bundler resolution"
for resolution in node16 bundler; do
  module=$([ "$resolution" = node16 ] && echo node16 || echo esnext)
  cat >"$app/tsconfig.$resolution.json" <<EOF
{ "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": false, "target": "es2022",
  "module": "$module", "moduleResolution": "$resolution", "types": [] }, "files": ["adopter.ts"] }
EOF
  (cd "$app" && npx tsc -p "tsconfig.$resolution.json") || fail "adopter.ts does not compile with moduleResolution $resolution"
  echo "tsc ($resolution): ok"
done

step "adopter: Bun $BUN and Deno $DENO"
mkdir -p "$work/tools"
(cd "$work/tools" && printf '{ "private": true }\n' >package.json && quiet_npm install --prefer-offline "bun@$BUN" "deno@$DENO" >/dev/null)
(cd "$app" && "$work/tools/node_modules/.bin/bun" adopter.mjs)
(cd "$app" && DENO_NO_UPDATE_CHECK=1 "$work/tools/node_modules/.bin/deno" run --allow-all adopter.mjs)

step "adopter: a Vite $VITE build of a browser page with the SDK and i18n"
web=$(adopter vite @ghorfa/sdk @ghorfa/i18n zod "vite@$VITE")
cat >"$web/index.html" <<'EOF'
<!doctype html>
<html lang="ar" dir="rtl"><body><p id="out"></p><script type="module" src="./main.js"></script></body></html>
EOF
cat >"$web/main.js" <<'EOF'
import { formatMoney } from "@ghorfa/i18n";
import { createClient } from "@ghorfa/sdk";
const client = createClient({ baseUrl: location.origin });
document.getElementById("out").textContent = `${formatMoney({ amount: 100, currency: "MAD" }, "ar-MA")} ${typeof client.chamber}`;
EOF
(cd "$web" && npx vite build --logLevel error) || fail "a Vite build of a page with the SDK and i18n fails"
ls "$web"/dist/assets/*.js >/dev/null || fail "the Vite build wrote no script"
echo "vite build: ok ($(cat "$web"/dist/assets/*.js | gzip -c | wc -c) bytes of script, gzipped)"

step "adopter: npx @ghorfa/conformance against a reference node, as another chamber runs it"
kit=$(adopter conformance @ghorfa/conformance)
(cd "$kit" && npx --no-install ghorfa-conformance requirements | grep -q '^GH-TENANT-001') ||
  fail "the installed kit does not list its requirements"
operator="ghorfa_operator_rehearsal_$(node -e 'console.log(require("node:crypto").randomBytes(12).toString("hex"))')"
exec {node_fd}< <(exec env GHORFA_ADMIN_KEY="$operator" GHORFA_RATE_LIMIT=1000000 node scripts/reference-node.mjs)
node_pid=$!
read -r node_url node_key <&"$node_fd" || fail "the reference node did not start"
# A core run with a short property phase: every MUST must hold (exit 0), and the reports are written.
if ! (cd "$kit" && GHORFA_KEY="$node_key" GHORFA_ADMIN_KEY="$operator" npx --no-install ghorfa-conformance \
  --base-url "$node_url" --chamber ma-09 --profile core --runs 1 --report-dir "$work/conformance" >"$work/conformance.log"); then
  kill "$node_pid" 2>/dev/null || true
  cat "$work/conformance.log"
  fail "the installed kit does not pass the reference node"
fi
kill "$node_pid" 2>/dev/null || true
tail -n 3 "$work/conformance.log"
[ -s "$work/conformance/conformance.json" ] || fail "the installed kit wrote no JSON report"

step "adopter: npx @ghorfa/cli against a reference node, as a chamber's staff run it"
cli=$(adopter cli @ghorfa/cli)
(cd "$cli" && npx --no-install ghorfa --help | grep -q 'receipt') || fail "the installed ghorfa does not show its commands"
exec {cli_fd}< <(exec node scripts/reference-node.mjs)
cli_node_pid=$!
read -r cli_url cli_key <&"$cli_fd" || fail "the reference node did not start"
cli_check() {
  export GHORFA_BASE_URL="$cli_url" GHORFA_API_KEY="$cli_key" GHORFA_CHAMBER=ma-09 GHORFA_LOCALE=ar-MA
  cd "$cli"
  npx --no-install ghorfa export payments --format jsonl >payments.jsonl
  [ "$(wc -l <payments.jsonl)" -gt 0 ] || { echo "the export wrote no payment"; return 1; }
  receipt=$(head -n 1 payments.jsonl | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).receiptNumber')
  # The receipt bundles the private portal's page: the published package must print it on its own.
  npx --no-install ghorfa receipt "$receipt" --pdf receipt.pdf || return 1
  pdftotext receipt.pdf - | grep -q "$receipt" || { echo "the receipt's PDF does not hold $receipt"; return 1; }
  # A dry run reports a bad ICE (exit 1) and writes its report, as documented.
  printf 'Raison sociale;ICE;RC;Tribunal;Secteur\nAtlas Test;12345;1234;Agadir;Commerce\n' >bad.csv
  set +e
  npx --no-install ghorfa import members bad.csv --dry-run --report bad.errors.csv >import.log
  local code=$?
  set -e
  [ "$code" = 1 ] && grep -q ICE bad.errors.csv || { echo "a bad row did not exit 1 with a report (exit $code)"; return 1; }
}
if ! (cli_check); then
  kill "$cli_node_pid" 2>/dev/null || true
  fail "the installed CLI does not work against the reference node"
fi
kill "$cli_node_pid" 2>/dev/null || true
echo "ghorfa (installed): export, receipt PDF and a dry-run import: ok"

step "adopter: zod at the lowest and the highest version the packages accept"
range=$(node -p "require('./packages/schemas/package.json').peerDependencies?.zod ?? ''")
if [ -z "$range" ]; then
  echo "zod is not a peer dependency of @ghorfa/schemas: each package brings its own (nothing to try)"
else
  versions=$(npm view "zod@$range" version --json | node -e 'const v=JSON.parse(require("fs").readFileSync(0));const a=[].concat(v).filter(x=>!x.includes("-"));console.log(a[0],a[a.length-1])')
  for zod in $versions; do
    app=$(adopter "zod-$zod" "${ghorfa[@]}" "zod@$zod" "typescript@$TYPESCRIPT")
    (cd "$app" && node adopter.mjs && node adopter.cjs) || fail "the packages do not work with zod $zod ($range)"
    cat >"$app/tsconfig.json" <<EOF
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "node16",
  "moduleResolution": "node16", "types": [] }, "files": ["adopter.ts"] }
EOF
    (cd "$app" && npx tsc -p tsconfig.json) || fail "adopter.ts does not compile with zod $zod ($range)"
    echo "zod $zod: ok"
  done
fi

step "the rehearsal catches a broken package: an SDK whose exports names a missing file"
node -e '
  const fs = require("fs");
  const file = "packages/sdk/package.json";
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.version = `${pkg.version}-broken.0`;
  pkg.exports["."].import.default = "./dist/missing.js";
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2));'
broken=$(node -p "require('./packages/sdk/package.json').version")
(cd packages/sdk && npm publish --userconfig "$work/npmrc-publish" --registry "$registry" --tag broken --loglevel=error >/dev/null)
app=$(adopter broken @ghorfa/schemas @ghorfa/i18n @ghorfa/contract "@ghorfa/sdk@$broken" zod)
if (cd "$app" && node adopter.mjs >/dev/null 2>&1); then
  fail "an adopter of the broken SDK ($broken) passed: the rehearsal does not check what it should"
fi
echo "the broken SDK fails the adopter, as it must"

step "done"
echo "release rehearsal: ok"
