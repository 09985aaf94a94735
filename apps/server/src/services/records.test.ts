import type { AgreementCreate } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import * as agreements from "./agreements";
import { InvalidTransitionError, PreconditionFailedError } from "./errors";
import * as leases from "./leases";
import * as members from "./members";
import { leaseInput, memberInput, tenantAndUnit } from "./test-inputs";

// The services' own tests change statuses one at a time; these race two identical moves, which
// only the row lock taken before the checks keeps from both being saved.

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const chamberId = "ma-09" as const;

/** Each kind: numbers its inputs take (ICEs must not collide), how to make one, a move it allows. */
const kinds = [
  {
    kind: "member",
    n: 700,
    make: async (n: number) => (await members.create(t.db, { chamberId, input: memberInput(n) })).entity.id,
    move: (id: string, ifVersion?: number) =>
      members.setStatus(t.db, { chamberId, id, status: "active", ifVersion }),
    read: (id: string) => members.get(t.db, { chamberId, id }),
  },
  {
    kind: "lease",
    n: 710,
    make: async (n: number) => {
      const input = leaseInput(await tenantAndUnit(t.db, chamberId, n));
      return (await leases.create(t.db, { chamberId, input })).entity.id;
    },
    move: (id: string, ifVersion?: number) =>
      leases.setStatus(t.db, { chamberId, id, status: "cancelled", ifVersion }),
    read: (id: string) => leases.get(t.db, { chamberId, id }),
  },
  {
    kind: "agreement",
    n: 720,
    make: async (n: number) => {
      const input = {
        reference: `R-${n}`,
        kind: "convention",
        title: { fr: `Convention ${n}` },
        parties: [
          { kind: "federation_chamber", role: "signatory", chamberId, name: { fr: "CCIS" }, country: "MA" },
          { kind: "ministry", role: "partner", name: { fr: "Ministère" }, country: "MA" },
        ],
        period: { start: "2026-02-01" },
        domains: ["trade_promotion"],
        commitments: [],
        documents: [],
        published: false,
      } satisfies AgreementCreate;
      return (await agreements.create(t.db, { chamberId, input })).entity.id;
    },
    move: (id: string, ifVersion?: number) =>
      agreements.setStatus(t.db, { chamberId, id, status: "negotiation", ifVersion }),
    read: (id: string) => agreements.get(t.db, { chamberId, id }),
  },
];

describe.each(kinds)("two identical status changes of a $kind at once", ({ n, make, move, read }) => {
  it("save one; the other finds the version moved on", async () => {
    const id = await make(n);
    const results = await Promise.allSettled([move(id, 1), move(id, 1)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected")?.reason;
    expect(refused).toBeInstanceOf(PreconditionFailedError);
    expect(refused).toMatchObject({ currentVersion: 2 });
    expect((await read(id)).version).toBe(2);
  });

  it("save one; without a version, the other finds the move already made", async () => {
    const id = await make(n + 1);
    const results = await Promise.allSettled([move(id), move(id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(InvalidTransitionError);
    expect((await read(id)).version).toBe(2);
  });
});
