import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { amountInWords, enumLabel, formatMoney, type Locale, loadCatalog } from "@ghorfa/i18n";
import {
  formatReceiptNumber,
  type Lease,
  type LeasePayment,
  parseReceiptNumber,
  type Unit,
} from "@ghorfa/schemas";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, node, openPortal, settled, shoot } from "./harness";
import { DEMO_LEASE } from "./pages";

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await Promise.all([loadCatalog("fr-MA"), loadCatalog("ar-MA")]);
});
afterAll(() => browser?.close());

/** The node's answer to a GET of the demo chamber, with the demo key. */
async function api<T>(path: string, locale: Locale = "fr-MA"): Promise<T> {
  const answer = await fetch(`${node.url}/chambers/ma-09${path}`, {
    headers: { authorization: `Bearer ${node.apiKey}`, "accept-language": locale },
  });
  expect(answer.status, path).toBe(200);
  return (await answer.json()) as T;
}

async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const join = path.includes("?") ? "&" : "?";
    const page: { items: T[]; nextCursor: string | null } = await api(
      `${path}${join}limit=100${cursor ? `&cursor=${cursor}` : ""}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date());

/** The highest receipt sequence of the chamber in `year`, over every payment of every lease. */
async function highestReceipt(year: number): Promise<number> {
  let highest = 0;
  for (const lease of await all<Lease>("/leases")) {
    for (const payment of await all<LeasePayment>(`/leases/${lease.id}/payments`)) {
      const parsed = parseReceiptNumber(payment.receiptNumber);
      if (parsed?.year === year) highest = Math.max(highest, parsed.sequence);
    }
  }
  return highest;
}

/** The first page's size of a PDF, in whole points. */
function mediaBox(pdf: Buffer): number[] {
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
  return box ? [Math.round(Number(box[1])), Math.round(Number(box[2]))] : [];
}

async function cellTexts(page: Page, row: string, testId: string) {
  return (await page.locator(`${row} [data-testid="${testId}"]`).textContent())?.trim();
}

/** Fills the payment form of the lease page open in `page` with `amount` for this month. */
async function fillPayment(page: Page, amount: string) {
  await page.getByTestId("payment-amount").fill(amount);
  await page.getByTestId("payment-method").selectOption("cheque");
  await page.getByTestId("payment-date").fill(today());
  await page.getByTestId("payment-from").fill(today().slice(0, 7));
  await page.getByTestId("payment-to").fill(today().slice(0, 7));
}

describe("premises", () => {
  it("lists every unit and lease with the node's figures: status, occupant, rent", async () => {
    const units = await all<Unit>("/units");
    const leases = await all<Lease>("/leases");
    const portal = await openPortal(browser, { as: "manager", locale: "fr-MA", path: "/premises" });
    const { page } = portal;
    await settled(page);
    expect(await page.locator("[data-testid=units-table] tbody tr").count()).toBe(units.length);
    expect(await page.locator("[data-testid=leases-table] tbody tr").count()).toBe(leases.length);
    for (const unit of units) {
      const row = `tr[data-unit="${unit.id}"]`;
      if (unit.status)
        expect(await cellTexts(page, row, "unit-status")).toBe(enumLabel("fr-MA", "UnitStatus", unit.status));
    }
    for (const lease of leases) {
      const row = `tr[data-lease="${lease.id}"]`;
      expect(await cellTexts(page, row, "lease-rent")).toBe(formatMoney(lease.monthlyRent, "fr-MA"));
      expect(await cellTexts(page, row, "lease-status")).toBe(
        enumLabel("fr-MA", "LeaseStatus", lease.status),
      );
    }
    // The demo lease's unit is occupied by its tenant, named as the node keeps it.
    const lease = leases.find((l) => l.id === DEMO_LEASE) as Lease;
    const tenant = await api<{ legalName: string }>(`/members/${lease.tenantId}`);
    expect(await cellTexts(page, `tr[data-unit="${lease.unitId}"]`, "unit-occupant")).toBe(tenant.legalName);
    await portal.close();
  });

  it("shows a lease's terms, its rent schedule as the arrears report counts it, and its receipts", async () => {
    const lease = await api<Lease>(`/leases/${DEMO_LEASE}`);
    const payments = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const report = await api<{ leases: { leaseId: string; outstanding: number; paid: number }[] }>(
      "/reports/arrears",
    );
    const owed = report.leases.find((l) => l.leaseId === DEMO_LEASE);
    const portal = await openPortal(browser, {
      as: "agent",
      locale: "ar-MA",
      path: `/premises/leases/${DEMO_LEASE}`,
    });
    const { page } = portal;
    await settled(page);
    const text = async (id: string) => (await page.getByTestId(id).first().textContent())?.trim();
    expect(await text("lease-rent")).toBe(formatMoney(lease.monthlyRent, "ar-MA"));
    expect(await text("lease-deposit")).toBe(formatMoney(lease.deposit, "ar-MA"));
    expect(await text("lease-entry-fee")).toBe(formatMoney(lease.entryFee ?? { amount: 0 }, "ar-MA"));
    expect(await text("schedule-outstanding")).toBe(formatMoney({ amount: owed?.outstanding ?? 0 }, "ar-MA"));
    // Revised on its third anniversary: the next increase is lawful three years after that.
    const last = lease.revisionClause?.lastRevisionOn as string;
    const next = `${Number(last.slice(0, 4)) + 3}${last.slice(4)}`;
    expect(await page.getByTestId("next-revision").locator("time").getAttribute("datetime")).toBe(
      next > today() ? next : today(),
    );
    const links = page.locator("[data-testid=payments-table] tbody tr th a");
    expect(await links.count()).toBe(payments.length);
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual(
      payments.map((p) => `/receipts/${p.receiptNumber}`).sort(),
    );
    await portal.close();
  });

  it("a double-clicked payment is one payment, one receipt, the chamber's next number", async () => {
    const year = Number(today().slice(0, 4));
    const before = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const highest = await highestReceipt(year);
    const portal = await openPortal(browser, {
      as: "agent",
      locale: "fr-MA",
      path: `/premises/leases/${DEMO_LEASE}`,
    });
    const { page } = portal;
    const keys: (string | undefined)[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/payments"))
        keys.push(request.headers()["idempotency-key"]);
    });
    await settled(page);
    await fillPayment(page, "1 234,50");
    await page.getByTestId("payment-submit").dblclick();
    const link = page.getByTestId("receipt-link");
    await link.waitFor();
    const expected = formatReceiptNumber(year, highest + 1);
    expect(await link.getAttribute("href")).toBe(`/receipts/${expected}`);

    const after = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const added = after.filter((p) => !before.some((b) => b.id === p.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ amount: { amount: 123_450, currency: "MAD" }, receiptNumber: expected });
    expect(await highestReceipt(year)).toBe(highest + 1);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(new Set(keys).size).toBe(1);
    await portal.close();
  });

  it("a payment retried after a network error is recorded once, under the same Idempotency-Key", async () => {
    const before = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const portal = await openPortal(browser, {
      as: "manager",
      locale: "fr-MA",
      path: `/premises/leases/${DEMO_LEASE}`,
    });
    const { page } = portal;
    const keys: string[] = [];
    let cut = false;
    // The first attempt reaches the node, which records the payment; its answer is lost on the way back.
    await page.route("**/payments", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (cut) return route.continue();
      cut = true;
      await route.fetch();
      return route.abort("connectionreset");
    });
    await settled(page);
    await fillPayment(page, "777");
    await page.getByTestId("payment-submit").click();
    await page.getByTestId("receipt-link").waitFor();
    const after = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    expect(after.length - before.length).toBe(1);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    // The cut we made ourselves is the one failure the page may report.
    const ours = (line: string) => /CONNECTION_RESET/.test(line);
    for (let i = portal.problems.length - 1; i >= 0; i--)
      if (ours(portal.problems[i] as string)) portal.problems.splice(i, 1);
    await portal.close();
  });

  it("sent again by hand after the network failed, the payment keeps its key and is recorded once", async () => {
    const before = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const portal = await openPortal(browser, {
      as: "agent",
      locale: "ar-MA",
      path: `/premises/leases/${DEMO_LEASE}`,
    });
    const { page } = portal;
    const keys: string[] = [];
    let network: "down" | "up" = "down";
    let reached = false;
    // The first attempt reaches the node and its answer is lost; the SDK's retries find no network.
    await page.route("**/payments", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (network === "up") return route.continue();
      if (!reached) {
        reached = true;
        await route.fetch();
      }
      return route.abort("connectionreset");
    });
    await settled(page);
    await fillPayment(page, "321");
    await page.getByTestId("payment-submit").click();
    const failure = page.getByTestId("payment-form").getByRole("alert");
    await failure.waitFor();
    expect(await page.getByTestId("payment-submit").isEnabled()).toBe(true);
    network = "up";
    await page.getByTestId("payment-submit").click();
    await page.getByTestId("receipt-link").waitFor();
    const after = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
    const added = after.filter((p) => !before.some((b) => b.id === p.id));
    expect(added).toHaveLength(1);
    expect(added[0]?.amount.amount).toBe(32_100);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    for (let i = portal.problems.length - 1; i >= 0; i--)
      if (/CONNECTION_RESET/.test(portal.problems[i] as string)) portal.problems.splice(i, 1);
    await portal.close();
  });

  it.each(["ar-MA", "fr-MA"] as const)(
    "%s: the receipt writes the amount in words, and prints without the navigation on A5 or A4",
    async (locale) => {
      const payments = await all<LeasePayment>(`/leases/${DEMO_LEASE}/payments`);
      const payment = payments.at(-1) as LeasePayment;
      const receipt = await api<{ amountInWords: string; tenant: { legalName: string } }>(
        `/receipts/${payment.receiptNumber}`,
        locale,
      );
      const portal = await openPortal(browser, {
        as: "viewer",
        locale,
        path: `/receipts/${payment.receiptNumber}`,
      });
      const { page } = portal;
      await settled(page);
      const words = amountInWords(payment.amount, locale);
      expect((await page.getByTestId("receipt-words-text").textContent())?.trim()).toBe(words);
      // The node writes the same words in the same language.
      expect(receipt.amountInWords).toBe(words);
      expect(await page.getByTestId("receipt-number").textContent()).toBe(payment.receiptNumber);
      expect(await page.getByTestId("receipt-amount").textContent()).toBe(
        formatMoney(payment.amount, locale),
      );
      expect(await page.getByTestId("receipt-payer").textContent()).toContain(receipt.tenant.legalName);

      expect(await page.getByTestId("sidenav").isVisible()).toBe(true);
      await page.emulateMedia({ media: "print" });
      expect(await page.getByTestId("sidenav").isVisible()).toBe(false);
      expect(await page.locator(".topbar").isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: /./ }).filter({ visible: true }).count()).toBe(0);
      expect(await page.getByTestId("receipt-document").isVisible()).toBe(true);
      await shoot(page, "receipt-print");
      mkdirSync(RESULTS, { recursive: true });
      const a5 = await page.pdf({ path: join(RESULTS, `receipt-a5.${locale}.pdf`), preferCSSPageSize: true });
      // A5 is 148 × 210 mm (about 420 × 595 points), A4 210 × 297 mm (595 × 842), as Chromium rounds them.
      expect(mediaBox(a5)).toEqual([420, 595]);
      // Back to no emulation (not "screen", which page.pdf would then print with): the paper choice shows again.
      await page.emulateMedia({ media: null });
      await page.getByTestId("receipt-paper").selectOption("a4");
      await page.locator('[data-testid="receipt-document"][data-paper="a4"]').waitFor();
      const a4 = await page.pdf({ path: join(RESULTS, `receipt-a4.${locale}.pdf`), preferCSSPageSize: true });
      expect(mediaBox(a4)).toEqual([595, 842]);
      await portal.close();
    },
  );

  it("a viewer reads a lease but is offered no payment form (leases:write is the agent's and up)", async () => {
    const portal = await openPortal(browser, {
      as: "viewer",
      locale: "fr-MA",
      path: `/premises/leases/${DEMO_LEASE}`,
    });
    const { page } = portal;
    await settled(page);
    expect(await page.getByTestId("payments-table").isVisible()).toBe(true);
    expect(await page.getByTestId("payment-form").count()).toBe(0);
    await portal.close();
  });

  it("a receipt the chamber does not have says so, with a retry", async () => {
    const portal = await openPortal(browser, { as: "viewer", locale: "fr-MA" });
    portal.expectFailure(404, "/receipts/2026-999999");
    const { page } = portal;
    await page.goto("/receipts/2026-999999");
    await settled(page);
    await expect.poll(() => page.getByRole("alert").isVisible()).toBe(true);
    expect(await page.getByRole("alert").getByRole("button").count()).toBe(1);
    await portal.close();
  });

  it("a member sees its own leases and their receipts, and reaches no other member's, through the app or the API", async () => {
    const portal = await openPortal(browser, { as: "member", locale: "fr-MA", path: "/premises" });
    const { page } = portal;
    const session = await (await portal.context.request.get(`${node.url}/auth/session`)).json();
    const memberId = session.account.memberId as string;
    const leases = await all<Lease>("/leases");
    const own = leases.filter((lease) => lease.tenantId === memberId);
    const others = leases.filter((lease) => lease.tenantId !== memberId);
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    await settled(page);
    const shown = await page
      .locator("[data-testid=leases-table] tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-lease")));
    expect(shown.sort()).toEqual(own.map((l) => l.id).sort());

    const lease = own[0] as Lease;
    const payments = await all<LeasePayment>(`/leases/${lease.id}/payments`);
    expect(payments.length).toBeGreaterThan(0);
    await page.goto(`/premises/leases/${lease.id}`);
    await settled(page);
    expect(await page.locator("[data-testid=payments-table] tbody tr").count()).toBe(payments.length);
    expect(await page.getByTestId("payment-form").count()).toBe(0);
    const first = payments[0] as LeasePayment;
    await page.goto(`/receipts/${first.receiptNumber}`);
    await settled(page);
    expect(await page.getByTestId("receipt-number").textContent()).toBe(first.receiptNumber);

    // Another member's lease, its payments and a receipt: not found, as if they did not exist.
    const foreign = others[0] as Lease;
    const foreignPayment = (await all<LeasePayment>(`/leases/${foreign.id}/payments`))[0];
    const request = portal.context.request;
    expect((await request.get(`${node.url}/chambers/ma-09/leases/${foreign.id}`)).status()).toBe(404);
    expect((await request.get(`${node.url}/chambers/ma-09/leases/${foreign.id}/payments`)).status()).toBe(
      404,
    );
    if (foreignPayment) {
      expect(
        (await request.get(`${node.url}/chambers/ma-09/receipts/${foreignPayment.receiptNumber}`)).status(),
      ).toBe(404);
    }
    const listed = (await (await request.get(`${node.url}/chambers/ma-09/leases?limit=100`)).json()) as {
      items: Lease[];
    };
    expect(listed.items.map((item) => item.id).sort()).toEqual(own.map((l) => l.id).sort());
    portal.expectFailure(404, `/leases/${foreign.id}`);
    await page.goto(`/premises/leases/${foreign.id}`);
    await settled(page);
    await expect.poll(() => page.getByRole("alert").isVisible()).toBe(true);
    expect(await page.getByText(foreign.id).count()).toBe(0);
    await portal.close();
  });
});
