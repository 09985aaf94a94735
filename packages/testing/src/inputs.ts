import type { MemberCreate } from "@ghorfa/contract";
import { completeIce } from "@ghorfa/schemas";

// Valid inputs for tests and benches. The numbered ones (`memberInput(n)`, …) are the server's
// own, which its tests use too; `newMember()` is fresh on every call, even across processes.
export { leaseInput, memberInput, unitInput } from "@ghorfa/server/testing";

let next = 0;

/** A valid new member of Souss-Massa, different on each call (its ICE and RC number too). */
export function newMember(overrides: Partial<MemberCreate> = {}): MemberCreate {
  // Seven digits at most, whatever Math.random gives: the ICE below has room for seven.
  const n = 5_000 + ((Math.floor(Math.random() * 1_000_000) * 10 + next++) % 9_990_000);
  return {
    legalName: `Coopérative d'essai ${n}`,
    legalForm: "sarl",
    identifiers: {
      ice: completeIce(`00${String(n).padStart(7, "0")}0000`),
      rc: { court: "Agadir", number: String(200_000 + (n % 700_000)) },
    },
    section: "commerce",
    activity: { fr: "Commerce d'huile d'argan", ar: "تجارة زيت الأركان" },
    address: { region: "ma-09", prefecture: "Agadir Ida-Outanane", city: "Agadir" },
    contacts: {},
    labels: [],
    ...overrides,
  };
}
