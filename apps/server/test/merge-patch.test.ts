import { fieldLabel, loadCatalogs, t } from "@ghorfa/i18n";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leases } from "../src/services";
import { leaseInput, memberInput, tenantAndUnit } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";
import { recordRequests } from "./record-requests";

// PATCH is a JSON Merge Patch at the top level: `null` removes a field the entity may lack; the
// record it makes is checked as a whole, so a removal a rule needs is refused and changes nothing.

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
  await loadCatalogs();
});
afterAll(() => app.close());

const { read, patch } = recordRequests(() => app);

async function newMember(n: number, tradeName: string) {
  const created = await app.app.inject({
    method: "POST",
    url: "/chambers/ma-09/members",
    headers: { authorization: app.keys.soussMassa, "content-type": "application/json" },
    payload: memberInput(n, { tradeName }),
  });
  expect(created.statusCode).toBe(201);
  return `/chambers/ma-09/members/${created.json().id}`;
}

const searchIds = async (q: string) =>
  (
    await app.app.inject({
      url: `/chambers/ma-09/members?q=${encodeURIComponent(q)}`,
      headers: { authorization: app.keys.soussMassa },
    })
  )
    .json()
    .items.map((m: { id: string }) => m.id);

describe("members", () => {
  it("removes an optional field given as null, moves the version on, and keeps the fields left out", async () => {
    const url = await newMember(7101, "Tamount Zerga");
    const before = await read(url);
    expect(before.json().tradeName).toBe("Tamount Zerga");
    expect(before.headers.etag).toBe('"1"');
    expect(await searchIds("zerga")).toEqual([before.json().id]);

    const changed = await patch(url, '"1"', { tradeName: null, legalName: "Tamount SARL" });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).not.toHaveProperty("tradeName");

    const after = await read(url);
    expect(after.headers.etag).toBe('"2"');
    const { tradeName: _gone, ...kept } = before.json();
    expect(after.json()).toEqual({ ...kept, legalName: "Tamount SARL", updatedAt: after.json().updatedAt });
    expect(after.json()).not.toHaveProperty("tradeName");
    // The columns derived from the record follow it: the trade name no longer finds the member.
    expect(await searchIds("zerga")).toEqual([]);
  });

  it("refuses null for a required field with a localized 400, and writes nothing of the patch", async () => {
    const url = await newMember(7102, "Ighrem");
    const before = await read(url);
    const refused = await patch(url, '"1"', { tradeName: null, legalName: null }, "fr-MA");
    expect(refused.statusCode).toBe(400);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const problem = refused.json();
    expect(problem.type).toBe("https://ghorfa.ma/problems/validation");
    expect(problem.title).toBe(t("fr-MA", "problem.validation.title"));
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/body/legalName"]);
    const after = await read(url);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.json()).toEqual(before.json());
  });
});

describe("leases", () => {
  it("removes an entry fee given as null, and refuses null for the monthly rent", async () => {
    const refs = await tenantAndUnit(app.database.db, "ma-09", 7103);
    const created = await leases.create(app.database.db, {
      chamberId: "ma-09",
      input: leaseInput(refs, { entryFee: { amount: 2_000_000, currency: "MAD" } }),
    });
    const url = `/chambers/ma-09/leases/${created.entity.id}`;
    const before = await read(url);
    expect(before.json().entryFee).toEqual({ amount: 2_000_000, currency: "MAD" });

    const refused = await patch(url, '"1"', { entryFee: null, monthlyRent: null });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/body/monthlyRent"]);
    expect((await read(url)).json()).toEqual(before.json());

    const changed = await patch(url, '"1"', { entryFee: null });
    expect(changed.statusCode).toBe(200);
    const after = await read(url);
    expect(after.headers.etag).toBe('"2"');
    expect(after.json()).not.toHaveProperty("entryFee");
    expect(after.json().monthlyRent).toEqual(before.json().monthlyRent);
  });
});

describe("agreements", () => {
  const signed = soussMassa.agreements.find(
    (a) => a.id.startsWith("agr_ma-09_") && a.status === "in_force" && a.summary && a.signature,
  );
  const url = `/chambers/ma-09/agreements/${signed?.id}`;

  it("removes a summary given as null", async () => {
    expect(signed).toBeDefined();
    const before = await read(url);
    expect(before.json().summary).toEqual(signed?.summary);
    const changed = await patch(url, before.headers.etag as string, { summary: null });
    expect(changed.statusCode).toBe(200);
    const after = await read(url);
    expect(after.headers.etag).toBe(`"${Number(JSON.parse(before.headers.etag as string)) + 1}"`);
    expect(after.json()).not.toHaveProperty("summary");
    expect(after.json().signature).toEqual(signed?.signature);
  });

  it("refuses to remove the signature an agreement in force needs, in the caller's language", async () => {
    const before = await read(url);
    const refused = await patch(url, before.headers.etag as string, { signature: null }, "ar-MA");
    expect(refused.statusCode).toBe(400);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const problem = refused.json();
    expect(problem.title).toBe(t("ar-MA", "problem.validation.title"));
    expect(problem.errors).toEqual([
      {
        pointer: "/body/signature",
        code: "agreement_signature_required",
        message: t("ar-MA", "issue.agreement_signature_required", {
          field: fieldLabel("ar-MA", ["signature"]),
        }),
      },
    ]);
    const after = await read(url);
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.json()).toEqual(before.json());
  });
});
