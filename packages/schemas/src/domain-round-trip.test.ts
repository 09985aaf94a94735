import * as arb from "@ghorfa/testing/domain-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { Agreement } from "./agreements/agreement";
import { Lease } from "./leases/lease";
import { LeasePayment } from "./leases/payment";
import { Unit } from "./leases/unit";

const cases: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ["Unit", Unit, arb.unit],
  ["Lease", Lease, arb.lease],
  ["LeasePayment", LeasePayment, arb.leasePayment],
  ["Agreement", Agreement, arb.agreement],
];

describe.each(cases)("%s", (_, schema, values) => {
  it("round-trips every generated valid value through JSON unchanged", () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(schema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });
});
