// An adopter's own file, compiled (strict, our .d.ts checked) and run against the adopter's zod:
// our schemas inside its schemas, our sentences for its issues, our client beside them.

import { formatIssues, loadCatalogs } from "@ghorfa/i18n";
import { Member } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { createClient } from "@ghorfa/sdk";
import * as z from "zod";

const Welcome = z.object({ member: Member, note: z.string().min(3) });
type Welcome = z.infer<typeof Welcome>;

const [member] = soussMassa.members;
if (member === undefined) throw new Error("no demo member");
const welcome: Welcome = Welcome.parse({ member, note: "Bienvenue" });
const legalName: string = welcome.member.legalName;

const refused = Welcome.safeParse({ member: { ...member, legalName: "" }, note: "ab" });
await loadCatalogs(["fr-MA"]);
const issues = formatIssues(refused.error?.issues ?? [], "fr-MA");
const pointers = issues.map((issue) => issue.pointer).sort();
if (pointers.join(" ") !== "/member/legalName /note" || issues.some((issue) => issue.message === ""))
  throw new Error(`unexpected issues: ${JSON.stringify(issues)}`);

const client = createClient({ baseUrl: "http://localhost:8080", locale: "fr-MA" });
if (typeof client.chamber !== "function") throw new Error("no client");

console.log(`${legalName} composed; ${issues.length} issues in French`);
