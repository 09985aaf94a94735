#!/usr/bin/env bash
# The client packages against the lowest and the highest zod their peer range admits: with that zod
# in the repo's place, the schemas, i18n and contract tests; then, against the packed packages, an
# adopter's file (scripts/zod-range/adopter.ts) compiled strict, our .d.ts included, and run.
#   scripts/zod-range.sh                 the range's ends, read from peerDependencies
#   ZOD_VERSIONS="4.1.0 4.2.1" scripts/zod-range.sh
# The repo's own zod is put back on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
clients=(schemas i18n contract sdk)
tested=(schemas i18n contract) # the SDK's tests start the reference node: too slow for here

range=$(node -p 'require("./packages/schemas/package.json").peerDependencies.zod')
for name in "${clients[@]}"; do
  theirs=$(node -p "require('./packages/$name/package.json').peerDependencies?.zod")
  if [ "$theirs" != "$range" ]; then
    echo "zod-range: @ghorfa/$name asks zod $theirs, @ghorfa/schemas $range: one range for all" >&2
    exit 1
  fi
done
if [ -z "${ZOD_VERSIONS:-}" ]; then
  admitted=$(npm view "zod@$range" version --json | node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log([].concat(v).join("\n"))' | sort -V)
  ZOD_VERSIONS="$(head -1 <<<"$admitted") $(tail -1 <<<"$admitted")"
fi
echo "zod-range: zod $range, trying $ZOD_VERSIONS"

work=$(mktemp -d)
restore() {
  if [ -d "$work/zod-of-the-repo" ]; then
    rm -rf "$root/node_modules/zod"
    mv "$work/zod-of-the-repo" "$root/node_modules/zod"
  fi
  rm -rf "$work"
}
trap restore EXIT
mkdir "$work/packs" "$work/zods"

npx turbo run build --filter=./packages/* --output-logs=errors-only >/dev/null
for name in "${clients[@]}"; do
  npm pack -w "@ghorfa/$name" --pack-destination "$work/packs" --silent >/dev/null
done
mv node_modules/zod "$work/zod-of-the-repo"

for version in $ZOD_VERSIONS; do
  echo "── zod $version"
  tarball=$(cd "$work/zods" && npm pack "zod@$version" --silent)
  rm -rf node_modules/zod
  mkdir node_modules/zod
  tar -xzf "$work/zods/$tarball" -C node_modules/zod --strip-components=1
  for name in "${tested[@]}"; do
    (cd "packages/$name" && npx vitest run --silent >"$work/tests.log" 2>&1) || {
      cat "$work/tests.log" >&2
      echo "zod-range: the @ghorfa/$name tests fail with zod $version" >&2
      exit 1
    }
    echo "@ghorfa/$name:$(sed 's/\x1b\[[0-9;]*m//g' "$work/tests.log" | grep -E '^ +Tests ' | tr -s ' ')"
  done

  adopter="$work/adopter-$version"
  mkdir "$adopter"
  cp scripts/zod-range/adopter.ts scripts/zod-range/tsconfig.json "$adopter"
  node -e '
    const [dir, zod, ...packs] = process.argv.slice(1);
    const dependencies = { zod };
    for (const pack of packs) dependencies[`@ghorfa/${pack.match(/ghorfa-(\w+)-/)[1]}`] = `file:${pack}`;
    require("fs").writeFileSync(`${dir}/package.json`, JSON.stringify({ private: true, type: "module", dependencies }));
  ' "$adopter" "$version" "$work"/packs/*.tgz
  (cd "$adopter" && npm install --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null &&
    "$root/node_modules/.bin/tsc" -p . && node out/adopter.js) || {
    echo "zod-range: an adopter's file fails with zod $version" >&2
    exit 1
  }
done
echo "zod-range: zod $range holds at $ZOD_VERSIONS"
