// The client packages' published builds, exercised on one runtime (Bun, Deno, or Node): each
// package imported by name (so through its exports map, to dist/), then used the way an app would,
// the SDK against a running reference node. Plain JavaScript, so that no runtime's TypeScript
// support is being tested instead. Usage: <runtime> scripts/runtime-smoke.mjs <node url> <api key>
import assert from "node:assert/strict";
import { pathParamNames, routes } from "@ghorfa/contract";
import { formatIssues, formatMoney, loadCatalogs, t } from "@ghorfa/i18n";
import { allocate, isValidIce, Member, parseMoney, sum } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { createClient, NotFoundError } from "@ghorfa/sdk";

const [url, apiKey] = typeof Deno === "object" ? Deno.args : process.argv.slice(2);
const runtime =
  typeof Bun === "object"
    ? `bun ${Bun.version}`
    : typeof Deno === "object"
      ? `deno ${Deno.version.deno}`
      : `node ${process.version}`;
assert.ok(url && apiKey, "usage: runtime-smoke.mjs <node url> <api key>");
for (const name of ["@ghorfa/schemas", "@ghorfa/i18n", "@ghorfa/contract", "@ghorfa/sdk"]) {
  // What users get, not the TypeScript sources the repository's own tests run from.
  assert.match(import.meta.resolve(name), /\/dist\/index\.js$/, `${name} on ${runtime}`);
}

// @ghorfa/schemas: a fixture member is valid as it is; a wrong ICE control pair is not.
const member = soussMassa.members[0];
assert.deepEqual(Member.parse(member).id, member.id);
assert.equal(isValidIce("001561191000067"), false);
const wrong = Member.safeParse({ ...member, identifiers: { ...member.identifiers, ice: "001561191000067" } });
assert.equal(wrong.success, false);
const rent = parseMoney("170.000,00 DH");
assert.deepEqual(sum(allocate(rent, [3, 3, 1])), rent);

// @ghorfa/i18n: money and issues in ar-MA, after loading its catalog (a dynamic import of a chunk).
await loadCatalogs(["ar-MA"]);
assert.equal(formatMoney(rent, "ar-MA", { style: "document" }), "170.000,00\u00a0درهم"); // NBSP: no line break inside
assert.equal(t("ar-MA", "problem.not-found.title"), "المورد غير موجود");
const [issue] = formatIssues(wrong.error.issues, "ar-MA");
assert.match(issue?.message ?? "", /\p{Script=Arabic}/u);

// @ghorfa/contract: a route's request path from its template; its query schema reads query text.
const list = routes["members.list"];
const params = { chamberId: "ma-09" };
const path = pathParamNames(list.path).reduce((p, name) => p.replace(`{${name}}`, params[name]), list.path);
assert.equal(path, "/chambers/ma-09/members");
assert.deepEqual(list.query.parse({ section: "industry", limit: "20" }), { section: "industry", limit: 20 });

// @ghorfa/sdk: real calls to the reference node, answers validated against the contract.
const client = createClient({ baseUrl: url, apiKey, validateResponses: true, locale: "ar-MA" });
const info = await client.node.info();
assert.ok(info.chambers.includes("ma-09"));
const page = await client.chamber("ma-09").members.list({ limit: 2 });
assert.equal(page.items.length, 2);
assert.ok(page.$response.requestId);
const missing = await client
  .chamber("ma-09")
  .members.get("mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D")
  .catch((error) => error);
assert.ok(missing instanceof NotFoundError, String(missing));

console.log(
  `runtime smoke passed on ${runtime}: schemas, i18n, contract, sdk (${path}, ${page.items.length} members)`,
);
