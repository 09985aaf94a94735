// What an adopter's CommonJS module gets: every package by require(), used once.
const { routes } = require("@ghorfa/contract");
const { formatMoney } = require("@ghorfa/i18n");
const { Member, isValidIce } = require("@ghorfa/schemas");
const { soussMassa } = require("@ghorfa/schemas/fixtures");
const { createClient } = require("@ghorfa/sdk");
const z = require("zod");

function check(condition, what) {
  if (!condition) throw new Error(`adopter check failed: ${what}`);
}
const member = soussMassa.members[0];
check(Member.safeParse(member).success, "a fixture member parses");
check(isValidIce(member.identifiers.ice), "isValidIce");
check(z.object({ member: Member }).safeParse({ member }).success, "z.object({ member: Member }) parses");
check(formatMoney({ amount: 100, currency: "MAD" }, "en").includes("1"), "formatMoney");
check(Object.keys(routes).length > 10, "routes");
check(typeof createClient({ baseUrl: "http://127.0.0.1:1" }).chamber === "function", "createClient");
console.log("adopter (CJS): ok");
