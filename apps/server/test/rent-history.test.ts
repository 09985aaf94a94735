import { fieldLabel, formatDate, formatMoney, type Locale, loadCatalogs, t } from "@ghorfa/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leases } from "../src/services";
import { leaseInput, tenantAndUnit } from "../src/services/test-inputs";
import { moroccanDate } from "../src/services/today";
import { openTestApp, type TestApp } from "./app-fixture";
import { recordRequests } from "./record-requests";

// loi 07-03 counts 3 years from the start or the last revision, so once a lease has taken effect
// its rent history and last revision date are only added to: a PATCH that would wipe or rewrite
// them (and so let a second PATCH raise the rent early) is refused and changes nothing.

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
  await loadCatalogs();
});
afterAll(() => app.close());

const { read, patch } = recordRequests(() => app);

const mad = (amount: number) => ({ amount, currency: "MAD" });
// Dates relative to today, so the 3 years of loi 07-03 fall the same way whenever this runs.
const year = Number(moroccanDate(new Date()).slice(0, 4));
const at = (date: string) => new Date(`${date}T10:00:00Z`);

/**
 * An active lease of `start` at 5,000.00 MAD, lawfully revised to 5,500.00 MAD on `revisedOn`
 * (a step of its history and its clause's last revision), and its URL.
 */
async function revisedLease(n: number, start: string, revisedOn: string) {
  const refs = await tenantAndUnit(app.database.db, "ma-09", n);
  const draft = await leases.create(app.database.db, {
    chamberId: "ma-09",
    input: leaseInput(refs, { start, termMonths: 240 }),
    now: at(start),
  });
  const ref = { chamberId: "ma-09" as const, id: draft.entity.id };
  const active = await leases.setStatus(app.database.db, { ...ref, status: "active", now: at(start) });
  const revised = await leases.update(app.database.db, {
    ...ref,
    ifVersion: active.version,
    changes: { monthlyRent: mad(550_000), revisionClause: { lastRevisionOn: revisedOn } },
    now: at(revisedOn),
  });
  expect(revised.entity.rentHistory).toEqual([
    { effectiveFrom: start, monthlyRent: mad(500_000) },
    { effectiveFrom: revisedOn, monthlyRent: mad(550_000) },
  ]);
  return `/chambers/ma-09/leases/${ref.id}`;
}

/** Expects a 400 with the one `lease_history_rewrite` error at `pointer`, and the lease as `before`. */
async function expectRefused(
  url: string,
  before: Awaited<ReturnType<typeof read>>,
  body: object,
  pointer: string,
  locale: Locale = "en",
) {
  const refused = await patch(url, before.headers.etag as string, body, locale);
  expect(refused.statusCode).toBe(400);
  expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const path = pointer.split("/").slice(1);
  expect(refused.json().errors).toEqual([
    {
      pointer: `/body${pointer}`,
      code: "lease_history_rewrite",
      message: t(locale, "issue.lease_history_rewrite", { field: fieldLabel(locale, path) }),
    },
  ]);
  const after = await read(url);
  expect(after.headers.etag).toBe(before.headers.etag);
  expect(after.json()).toEqual(before.json());
  return refused;
}

describe("the rent history of a lease in effect", () => {
  // Revised a year ago: the next increase is lawful only 3 years after that revision.
  const start = `${year - 6}-01-01`;
  const revisedOn = `${year - 1}-01-02`;

  it("cannot be removed with null, in the caller's language", async () => {
    const url = await revisedLease(7201, start, revisedOn);
    const before = await read(url);
    for (const locale of ["en", "fr-MA", "ar-MA", "zgh"] as const) {
      await expectRefused(url, before, { rentHistory: null }, "/rentHistory", locale);
    }
  });

  it("cannot be emptied, nor have a step altered or dropped", async () => {
    const url = await revisedLease(7202, start, revisedOn);
    const before = await read(url);
    const [first, second] = before.json().rentHistory;
    await expectRefused(url, before, { rentHistory: [] }, "/rentHistory");
    // Valid as a history on its own (it starts on the start and ends with the rent): still refused.
    await expectRefused(
      url,
      before,
      { rentHistory: [{ ...first, monthlyRent: mad(450_000) }, second] },
      "/rentHistory",
    );
    await expectRefused(url, before, { rentHistory: [second] }, "/rentHistory");
    await expectRefused(
      url,
      before,
      { rentHistory: [first, { ...second, effectiveFrom: `${year - 1}-01-03` }] },
      "/rentHistory",
    );
  });

  it("keeps the last revision date: not removed, with its clause or alone, nor moved earlier", async () => {
    const url = await revisedLease(7203, start, revisedOn);
    const before = await read(url);
    await expectRefused(url, before, { revisionClause: null }, "/revisionClause");
    await expectRefused(
      url,
      before,
      { revisionClause: { text: { fr: "Révision triennale" } } },
      "/revisionClause/lastRevisionOn",
    );
    await expectRefused(
      url,
      before,
      { revisionClause: { lastRevisionOn: `${year - 3}-06-01` } },
      "/revisionClause/lastRevisionOn",
      "fr-MA",
    );
    // Its text may change, the date staying.
    const changed = await patch(url, before.headers.etag as string, {
      revisionClause: { text: { fr: "Révision triennale" }, lastRevisionOn: revisedOn },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().revisionClause).toEqual({
      text: { fr: "Révision triennale" },
      lastRevisionOn: revisedOn,
    });
  });

  it("names the limits an unlawful increase passes, in the caller's language, and changes nothing", async () => {
    const url = await revisedLease(7210, start, revisedOn);
    const before = await read(url);
    // Early (revised a year ago) and above the 10% cap of 5,500.00 MAD: both limits are told.
    const earliestDate = `${year + 2}-01-02`;
    const maxRent = mad(605_000);
    for (const locale of ["en", "fr-MA", "ar-MA", "zgh"] as const) {
      const refused = await patch(url, before.headers.etag as string, { monthlyRent: mad(700_000) }, locale);
      expect(refused.statusCode).toBe(400);
      const field = fieldLabel(locale, ["monthlyRent"]);
      const date = formatDate(earliestDate, locale);
      const amount = formatMoney(maxRent, locale);
      expect(refused.json().errors).toEqual([
        {
          pointer: "/body/monthlyRent",
          code: "revision_too_early",
          message: t(locale, "issue.revision_too_early.values", { field, earliestDate: date }),
        },
        {
          pointer: "/body/monthlyRent",
          code: "revision_above_cap",
          message: t(locale, "issue.revision_above_cap.values", { field, maxRent: amount }),
        },
      ]);
      const [early, above] = refused.json().errors as { message: string }[];
      expect(early?.message).toContain(date);
      expect(above?.message).toContain(amount);
    }
    expect((await read(url)).json()).toEqual(before.json());
  });

  it("refuses the wipe that would let a second patch raise the rent early", async () => {
    const url = await revisedLease(7204, start, revisedOn);
    const before = await read(url);
    const etag = before.headers.etag as string;
    // The increase is early: the last revision was a year ago.
    const early = await patch(url, etag, { monthlyRent: mad(605_000) });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ code: "revision_too_early" })]);
    // Step one of the exploit, wiping the revision, is refused…
    await expectRefused(url, before, { rentHistory: null, revisionClause: null }, "/rentHistory");
    await expectRefused(url, before, { rentHistory: [] }, "/rentHistory");
    // …as is doing both in one patch…
    await expectRefused(url, before, { rentHistory: null, monthlyRent: mad(605_000) }, "/rentHistory");
    // …so the increase stays early.
    const again = await patch(url, etag, { monthlyRent: mad(605_000) });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([expect.objectContaining({ code: "revision_too_early" })]);
    expect((await read(url)).json()).toEqual(before.json());
  });

  it("takes a lawful revision that adds a step after the current ones", async () => {
    // Revised four years ago: an increase is lawful again.
    const url = await revisedLease(7205, `${year - 8}-01-01`, `${year - 4}-01-02`);
    const before = await read(url);
    const history = before.json().rentHistory;
    const revisedAgain = `${year - 1}-06-01`;
    const changed = await patch(url, before.headers.etag as string, {
      monthlyRent: mad(605_000),
      rentHistory: [...history, { effectiveFrom: revisedAgain, monthlyRent: mad(605_000) }],
      revisionClause: { lastRevisionOn: revisedAgain },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe(`"${Number(JSON.parse(before.headers.etag as string)) + 1}"`);
    expect(changed.json().rentHistory).toEqual([
      ...history,
      { effectiveFrom: revisedAgain, monthlyRent: mad(605_000) },
    ]);
    expect(changed.json().revisionClause).toEqual({ lastRevisionOn: revisedAgain });
    // Giving the current history unchanged changes nothing of it.
    const same = await patch(url, changed.headers.etag as string, {
      rentHistory: changed.json().rentHistory,
    });
    expect(same.statusCode).toBe(200);
    expect(same.json().rentHistory).toEqual(changed.json().rentHistory);
  });
});

describe("the rent history of a draft lease", () => {
  it("may be rewritten or removed, with the last revision date", async () => {
    const refs = await tenantAndUnit(app.database.db, "ma-09", 7206);
    const created = await leases.create(app.database.db, {
      chamberId: "ma-09",
      input: leaseInput(refs, {
        start: "2020-01-01",
        monthlyRent: mad(550_000),
        rentHistory: [
          { effectiveFrom: "2020-01-01", monthlyRent: mad(500_000) },
          { effectiveFrom: "2023-01-02", monthlyRent: mad(550_000) },
        ],
        revisionClause: { lastRevisionOn: "2023-01-02" },
      }),
    });
    const url = `/chambers/ma-09/leases/${created.entity.id}`;
    const rewritten = await patch(url, '"1"', {
      rentHistory: [
        { effectiveFrom: "2020-01-01", monthlyRent: mad(450_000) },
        { effectiveFrom: "2023-01-02", monthlyRent: mad(550_000) },
      ],
      revisionClause: { lastRevisionOn: "2022-01-01" },
    });
    expect(rewritten.statusCode).toBe(200);
    expect(rewritten.json().rentHistory[0].monthlyRent).toEqual(mad(450_000));
    const removed = await patch(url, '"2"', {
      rentHistory: null,
      revisionClause: null,
      monthlyRent: mad(500_000),
    });
    expect(removed.statusCode).toBe(200);
    const after = await read(url);
    expect(after.headers.etag).toBe('"3"');
    expect(after.json()).not.toHaveProperty("rentHistory");
    expect(after.json()).not.toHaveProperty("revisionClause");
    expect(after.json().monthlyRent).toEqual(mad(500_000));
  });
});
