// What an adopter's ES module does with the published packages, run by the release rehearsal on
// Node, Bun and Deno: each package imported by its public name, used, and checked. Exits non-zero
// (an uncaught error) on the first thing that does not work.
import { createServer } from "node:http";
import { routes } from "@ghorfa/contract";
import { formatIssues, formatMoney, loadCatalogs, t } from "@ghorfa/i18n";
import { isValidIce, Member } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { createClient, NotFoundError } from "@ghorfa/sdk";
import * as z from "zod";

function check(condition, what) {
  if (!condition) throw new Error(`adopter check failed: ${what}`);
}

const member = soussMassa.members[0];
check(Member.safeParse(member).success, "a fixture member parses with @ghorfa/schemas");
check(isValidIce(member.identifiers.ice), "isValidIce accepts the fixture's ICE");
// The adopter's own zod composes Ghorfa's schemas: one zod, the adopter's.
const Envelope = z.object({ member: Member, note: z.string() });
check(Envelope.safeParse({ member, note: "ok" }).success, "z.object({ member: Member }) parses");
const refused = Envelope.safeParse({
  member: { ...member, identifiers: { ...member.identifiers, ice: "1" } },
  note: "",
});
check(!refused.success, "a bad ICE is refused");

await loadCatalogs(["ar-MA", "fr-MA"]);
check(
  formatMoney({ amount: 17_000_000, currency: "MAD" }, "fr-MA", { style: "document" }).includes("170"),
  "formatMoney",
);
check(t("ar-MA", "problem.not-found.title").length > 0, "t in ar-MA");
const [issue] = formatIssues(refused.error.issues, "ar-MA");
check(
  issue?.pointer.startsWith("/member/identifiers/ice"),
  `formatIssues points at the ICE (${issue?.pointer})`,
);

check(typeof routes === "object" && Object.keys(routes).length > 10, "@ghorfa/contract lists its routes");

// The SDK against a node of one route, on this runtime's HTTP server.
const server = createServer((request, response) => {
  if (request.url === `/chambers/ma-09/members/${member.id}`) {
    response.writeHead(200, { "content-type": "application/json", etag: '"1"' });
    response.end(JSON.stringify(member));
    return;
  }
  response.writeHead(404, { "content-type": "application/problem+json" });
  response.end(
    JSON.stringify({ type: "https://ghorfa.ma/problems/not-found", title: "Not found", status: 404 }),
  );
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
try {
  const { port } = server.address();
  const client = createClient({
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey: "ghorfa_rehearsal",
    retry: false,
  });
  const got = await client.chamber("ma-09").members.get(member.id);
  check(got.id === member.id && got.legalName === member.legalName, "the SDK reads a member");
  const missing = await client
    .chamber("ma-09")
    .members.get(`${member.id.slice(0, -1)}${member.id.endsWith("0") ? "1" : "0"}`)
    .catch((error) => error);
  check(missing instanceof NotFoundError, `a 404 is a NotFoundError (${missing?.constructor?.name})`);
} finally {
  server.close();
}
console.log("adopter (ESM): ok");
