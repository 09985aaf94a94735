// Every entry point of every package, imported as an adopter would, under each module resolution
// the check compiles it with (node10, node16 from ESM and from CommonJS, bundler).

import { type RouteKey, routes } from "@ghorfa/contract";
import { formatMoney } from "@ghorfa/i18n";
import { catalog } from "@ghorfa/i18n/catalogs/fr-MA";
import { fold } from "@ghorfa/i18n/fold";
import { Member } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { createClient } from "@ghorfa/sdk";

const key: RouteKey = "members.create";
const member: Member = Member.parse(soussMassa.members[0]);
export const used = [
  fold(member.legalName),
  formatMoney({ amount: 100, currency: "MAD" }, "fr-MA"),
  Object.keys(catalog).length,
  routes[key].path,
  createClient({ baseUrl: "http://localhost:8080" }).baseUrl,
];
