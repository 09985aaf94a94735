import { formatBasisPoints, formatMoney, type Locale } from "@ghorfa/i18n";
import type { ArrearsReport, ChamberOverview, RentRoll } from "@ghorfa/schemas";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, node, openPortal, settled, shoot } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A report as the node gives it to a client holding the demo key. */
async function report<T>(path: string): Promise<T> {
  const answer = await fetch(`${node.url}/chambers/ma-09/reports/${path}`, {
    headers: { authorization: `Bearer ${node.apiKey}` },
  });
  expect(answer.status, path).toBe(200);
  return (await answer.json()) as T;
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

/** The figures of a chart as its lines show them: label → value. */
async function chartLines(chart: Locator): Promise<[string, string][]> {
  const rows = chart.locator(".bar-row, .legend li");
  const lines: [string, string][] = [];
  for (const row of await rows.all()) {
    const value = await text(row.locator(".bar-value, .legend-value"));
    const label = await text(row.locator(".bar-label, span:not(.swatch)").first());
    lines.push([label, value]);
  }
  return lines;
}

/** The same chart switched to its table: label → value, the total row left out. */
async function tableLines(chart: Locator): Promise<[string, string][]> {
  await chart.getByRole("button").click();
  const rows = chart.locator("tbody tr");
  const lines: [string, string][] = [];
  for (const row of await rows.all())
    lines.push([await text(row.locator("th")), await text(row.locator("td"))]);
  return lines;
}

const JANUARY = "2026-01";

async function openDashboard(locale: Locale, month = JANUARY) {
  const portal = await openPortal(browser, { as: "manager", locale, path: `/?month=${month}` });
  await settled(portal.page);
  await portal.page.getByTestId("dashboard").waitFor();
  return portal;
}

const money = (amount: number, locale: Locale) => formatMoney({ amount, currency: "MAD" }, locale);

describe.each(["ar-MA", "fr-MA"] as const)("the dashboard in %s", (locale) => {
  it("shows the node's reports of January 2026: rent due and collected, arrears, occupancy, in at most 6 requests", async () => {
    const portal = await openDashboard(locale);
    const { page } = portal;
    // Everything the first render asked the node for: the session, the chamber, the overview.
    const firstRender = [...portal.apiCalls];
    expect(firstRender.length, firstRender.join("\n")).toBeLessThanOrEqual(6);
    expect(
      firstRender.some((call) => call.startsWith(`GET /chambers/ma-09/reports/overview?month=${JANUARY}`)),
    ).toBe(true);

    const overview = await report<ChamberOverview>(`overview?month=${JANUARY}`);
    const roll = await report<RentRoll>(`rent-roll?month=${JANUARY}`);
    const arrears = await report<ArrearsReport>(`arrears?asOf=${overview.asOf}`);
    // The demo's January: 170,000.00 MAD of rent due, as the chamber's own document says.
    expect(roll.total).toBe(17_000_000);
    expect(await text(page.getByTestId("rent-due"))).toBe(money(roll.total, locale));
    expect(await text(page.getByTestId("arrears-total"))).toBe(money(arrears.total.outstanding, locale));
    expect(await text(page.getByTestId("rent-collected"))).toBe(
      money(overview.rent.collected.amount, locale),
    );
    expect(overview.rent.collectionRate).not.toBeNull();
    expect(await text(page.getByTestId("collection-rate"))).toBe(
      formatBasisPoints(overview.rent.collectionRate ?? 0, locale),
    );
    expect(await text(page.getByTestId("occupancy-rate"))).toBe(
      formatBasisPoints(overview.units.occupancyRate ?? 0, locale),
    );
    // The chamber's indicators: 80% clean energy, the ISO 9001 renewals newest first.
    expect(await text(page.getByTestId("clean-energy-share"))).toBe(formatBasisPoints(8000, locale));
    const years = await page.getByTestId("certification").locator("tbody th").allTextContents();
    expect(years).toEqual(["2026", "2025", "2024", "2023"]);

    // Arrears by age add up to the arrears report's total, and show in the locale's money.
    const ages = (await chartLines(page.getByTestId("chart-arrears"))).map(([, value]) => value);
    expect(ages).toEqual(overview.arrears.byAge.map((age) => money(age.amount.amount, locale)));
    expect(overview.arrears.byAge.reduce((sum, age) => sum + age.amount.amount, 0)).toBe(
      arrears.total.outstanding,
    );
    await portal.close();
  });

  it("shows each chart's figures again in its table view, and back", async () => {
    const portal = await openDashboard(locale);
    const { page } = portal;
    const charts = page.locator("figure.chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    for (const chart of await charts.all()) {
      const name = await chart.getAttribute("data-testid");
      const lines = await chartLines(chart);
      expect(lines.length, `${name} has lines`).toBeGreaterThan(0);
      expect(await chart.locator("table").count()).toBe(0);
      expect(await tableLines(chart), `${name}: table = chart`).toEqual(lines);
      expect(await chart.locator("th[scope=col]").count()).toBe(2);
      await chart.getByRole("button").click();
      expect(await chart.locator("table").count()).toBe(0);
      expect(await chart.locator("[role=img]").getAttribute("aria-label")).toBeTruthy();
    }
    // Every chart as a table at once, kept as a screenshot and checked by axe-core.
    for (const chart of await charts.all()) await chart.getByRole("button").click();
    expect(await page.locator("figure.chart table").count()).toBe(await charts.count());
    await shoot(page, "dashboard-tables");
    await expectAccessible(page);
    await portal.close();
  });

  it("bars grow from the inline start, labels on that side: the right in Arabic, the left in French", async () => {
    const portal = await openDashboard(locale);
    const { page } = portal;
    const row = page.getByTestId("chart-sections").locator(".bar-row").first();
    const track = await box(row.locator("svg"));
    const bar = await box(row.locator("rect.bar"));
    const label = await box(row.locator(".bar-label"));
    if (locale === "ar-MA") {
      expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1);
      expect(label.x).toBeGreaterThan(track.x + track.width);
    } else {
      expect(Math.abs(bar.x - track.x)).toBeLessThan(1);
      expect(label.x + label.width).toBeLessThan(track.x);
    }
    // Its tooltip says what the line says, the figure isolated so its digits keep their order.
    const [labelText, valueText] = [
      await text(row.locator(".bar-label")),
      await text(row.locator(".bar-value")),
    ];
    expect(await row.getAttribute("title")).toBe(`${labelText} \u2068${valueText}\u2069`);
    await portal.close();
  });
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not laid out");
  return found;
}

describe("the month", () => {
  it("is picked from the list: the address keeps it, the figures follow the node's rent roll of that month", async () => {
    const portal = await openDashboard("fr-MA");
    const { page } = portal;
    await page.getByTestId("month-picker").selectOption("2025-12");
    await expect.poll(() => new URL(page.url()).searchParams.get("month")).toBe("2025-12");
    await expect.poll(() => page.getByTestId("dashboard").getAttribute("data-month")).toBe("2025-12");
    await settled(page);
    const roll = await report<RentRoll>("rent-roll?month=2025-12");
    expect(await text(page.getByTestId("rent-due"))).toBe(money(roll.total, "fr-MA"));
    await portal.close();
  });

  it("defaults to the month it is in Morocco when the address names none", async () => {
    const portal = await openPortal(browser, { as: "manager", locale: "fr-MA", path: "/" });
    await settled(portal.page);
    const month = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Africa/Casablanca",
      year: "numeric",
      month: "2-digit",
    })
      .format(new Date())
      .slice(0, 7);
    expect(await portal.page.getByTestId("month-picker").inputValue()).toBe(month);
    expect(portal.apiCalls.some((call) => call.includes(`overview?month=${month}`))).toBe(true);
    await portal.close();
  });
});

describe("when the overview fails", () => {
  it("says so with a retry, which brings the figures", async () => {
    const portal = await openPortal(browser, { as: "manager", locale: "ar-MA" });
    const { page } = portal;
    portal.expectFailure(500, "/reports/overview");
    let failing = true;
    await page.route("**/reports/overview?*", (route) =>
      failing
        ? route.fulfill({
            status: 500,
            contentType: "application/problem+json",
            body: JSON.stringify({ type: "about:blank", title: "Internal error", status: 500 }),
          })
        : route.fallback(),
    );
    await page.goto(`/?month=${JANUARY}`);
    await page.getByRole("alert").waitFor();
    failing = false;
    await page.getByRole("alert").getByRole("button").click();
    await page.getByTestId("rent-due").waitFor();
    expect(await text(page.getByTestId("rent-due"))).toBe(money(17_000_000, "ar-MA"));
    await portal.close();
  });
});
