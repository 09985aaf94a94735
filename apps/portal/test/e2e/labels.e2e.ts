import type { LabelApplication, LabelVerification } from "@ghorfa/schemas";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, CHAMBER, type PageOf, read } from "./api";
import { launchBrowser, openPortal, plain, settled } from "./harness";

// A number of the scheme's series the chamber never reached.
const UNKNOWN = "SM-2026-999999";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The number of a label valid today, as the node says (granted as of today). */
async function validLabelNumber(): Promise<string> {
  const granted = await read<PageOf<LabelApplication>>(
    `${CHAMBER}/label-applications?status=granted&limit=1`,
  );
  const number = granted.items[0]?.decisions
    .flatMap((d) => (d.kind === "granted" ? [d.labelNumber] : []))
    .at(-1);
  expect(number).toBeDefined();
  return number as string;
}

describe("label verification, public", () => {
  it("signed out, a valid label shows as valid with the facts the node gives anyone", async () => {
    const number = await validLabelNumber();
    const publicAnswer = await api<LabelVerification>(`${CHAMBER}/labels/${number}/verification`, {
      key: false,
    });
    expect(publicAnswer.status).toBe(200);
    const portal = await openPortal(browser, { locale: "fr-MA", path: `/verify/ma-09/${number}` });
    const { page } = portal;
    await settled(page);
    const result = page.getByTestId("verify-result");
    expect(await result.getAttribute("data-status")).toBe("granted");
    expect(await result.getByRole("heading").textContent()).toBe("Label valide");
    expect(await result.textContent()).toContain(publicAnswer.body.holder);
    expect(await result.textContent()).toContain(number);
    // No session was asked for, and none was needed.
    expect(portal.apiCalls.some((call) => call.includes("/auth/session"))).toBe(false);
    await portal.close();
  });

  it("signed out, an unknown number is not found, said in Arabic", async () => {
    expect((await api(`${CHAMBER}/labels/${UNKNOWN}/verification`, { key: false })).status).toBe(404);
    const portal = await openPortal(browser, { locale: "ar-MA" });
    portal.expectFailure(404, `/labels/${UNKNOWN}/verification`);
    const { page } = portal;
    await page.goto(`/verify/ma-09/${UNKNOWN}`);
    await settled(page);
    expect(plain(await page.getByTestId("verify-result").textContent())).toBe(
      `لم تمنح الغرفة أبدا علامة تحمل الرقم ${UNKNOWN}.`,
    );
    await portal.close();
  });

  it("the form takes a typed number (any case) to its verification; a malformed one is refused before asking", async () => {
    const number = await validLabelNumber();
    const portal = await openPortal(browser, { locale: "fr-MA", path: "/verify" });
    const { page } = portal;
    await settled(page);
    await page.getByLabel("Numéro du label").fill("SM-26-1");
    await page.getByRole("button", { name: "Vérifier" }).click();
    expect(await page.getByTestId("error/labelNumber").textContent()).toContain("SM-2026-000001");
    expect(portal.apiCalls.filter((call) => call.includes("/verification"))).toEqual([]);

    await page.getByLabel("Numéro du label").fill(` ${number.toLowerCase()} `);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.waitForURL(`**/verify/ma-09/${number}`);
    await settled(page);
    expect(await page.getByTestId("verify-result").getAttribute("data-status")).toBe("granted");
    await portal.close();
  });
});

describe("labels, staff", () => {
  it("a manager sees the applications the node holds, and an application's audits and decisions", async () => {
    const portal = await openPortal(browser, { as: "manager", locale: "fr-MA", path: "/labels" });
    const { page } = portal;
    await settled(page);
    const first = await read<PageOf<LabelApplication>>(`${CHAMBER}/label-applications?limit=20`);
    const ids = await page
      .getByTestId("label-applications")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.dataset.id));
    expect(ids).toEqual(first.items.map((application) => application.id));

    const audited = first.items.find((a) => a.audits.length > 0 && a.decisions.length > 0);
    if (!audited) throw new Error("the demo data has an audited, decided application");
    await page.locator(`tr[data-id="${audited.id}"] a`).click();
    await page.waitForURL(`**/labels/applications/${audited.id}`);
    await settled(page);
    expect(await page.getByTestId("audits").locator("tbody tr").count()).toBe(audited.audits.length);
    expect(await page.getByTestId("decisions").locator("tbody tr").count()).toBe(audited.decisions.length);
    const scores = await page
      .getByTestId("audits")
      .locator("tbody tr td:last-child")
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
    expect(scores).toEqual(audited.audits.map((audit) => audit.weightedScore));
    await portal.close();
  });
});
