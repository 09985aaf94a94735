import type { MemberCreate, MemberView } from "@ghorfa/contract";
import type { Agreement, Member } from "@ghorfa/schemas";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "./client";
import { createFederation } from "./federation";
import type { ResponseMeta } from "./response-meta";

// Checked by `tsc --noEmit` (npm run typecheck) and vitest's typecheck; never run.
const client = createClient({ baseUrl: "http://localhost:8080" });
const ccis = client.chamber("ma-09");
declare const body: MemberCreate;

describe("resources", () => {
  it("types each call's result from the contract, with its response metadata", async () => {
    expectTypeOf(await ccis.members.create(body)).toExtend<Member>();
    expectTypeOf((await ccis.members.create(body)).$response).toEqualTypeOf<ResponseMeta>();
    expectTypeOf((await ccis.members.list()).items).toEqualTypeOf<MemberView[]>();
    expectTypeOf((await ccis.agreements.get("agr_ma-09_x")).status).toEqualTypeOf<Agreement["status"]>();
    expectTypeOf((await client.node.info()).chambers).toEqualTypeOf<Member["chamberId"][]>();
  });

  it("iterates the items of a paginated list", () => {
    expectTypeOf(ccis.members.iterate()).toEqualTypeOf<AsyncGenerator<MemberView, void, undefined>>();
    expectTypeOf(ccis.leases.payments.iterate).parameter(0).toEqualTypeOf<string>();
  });

  it("refuses a body with a wrong field", () => {
    // @ts-expect-error: no such field in MemberCreate
    void ccis.members.create({ ...body, nickname: "Argan" });
    // @ts-expect-error: legalForm is an enum
    void ccis.members.create({ ...body, legalForm: "llc" });
    // @ts-expect-error: legalName is required
    void ccis.members.create({ legalForm: "sarl" });
    // @ts-expect-error: status has its own route
    void ccis.members.update("mem_ma-09_x", { status: "active" });
  });

  it("lets an update remove a field the entity may lack with null, and no other", () => {
    void ccis.members.update("mem_ma-09_x", { tradeName: null });
    void ccis.leases.update("lea_ma-09_x", { end: null, entryFee: null });
    void ccis.agreements.update("agr_ma-09_x", { summary: null });
    // @ts-expect-error: legalName is required, so it cannot be removed
    void ccis.members.update("mem_ma-09_x", { legalName: null });
    // @ts-expect-error: a lease always has a monthly rent
    void ccis.leases.update("lea_ma-09_x", { monthlyRent: null });
  });

  it("refuses a wrong path parameter", () => {
    // @ts-expect-error: a member id is a string
    void ccis.members.get(42);
    // @ts-expect-error: the lease id comes first
    void ccis.leases.payments.list();
    // @ts-expect-error: no chamber ma-13
    void client.chamber("ma-13");
    // @ts-expect-error: no chamber ma-13
    void client.chambers.get("ma-13");
  });

  it("refuses a resource or a method the contract does not define", () => {
    // @ts-expect-error: members belong to a chamber
    void client.members;
    // @ts-expect-error: API keys are the operator's, not a chamber's
    void ccis.keys;
    // @ts-expect-error: receipts are read, never created
    void ccis.receipts.create;
    // @ts-expect-error: units cannot be updated
    void ccis.units.update;
    // @ts-expect-error: reports are not paginated
    void ccis.reports.iterate;
  });

  it("refuses a filter value the contract does not allow", () => {
    // @ts-expect-error: no such section
    void ccis.members.list({ section: "bakery" });
    // @ts-expect-error: the rent roll needs its month
    void ccis.reports.rentRoll({});
    // @ts-expect-error: the overview needs its month
    void ccis.reports.overview({ asOf: "2026-01-31" });
  });
});

describe("federation", () => {
  const federation = createFederation({ nodes: ["http://localhost:8080"] });

  it("lists chamber resources with their item type", async () => {
    expectTypeOf((await federation.list("agreements")).items).toEqualTypeOf<
      Awaited<ReturnType<typeof ccis.agreements.list>>["items"]
    >();
    // @ts-expect-error: payments belong to one lease, not to a chamber
    void federation.list("payments");
  });
});
