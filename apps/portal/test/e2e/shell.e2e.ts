import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPortal, settled } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("languages and direction", () => {
  it("opens in Arabic, right to left, with the navigation on the right; French mirrors it, and is remembered", async () => {
    const portal = await openPortal(browser, { as: "viewer", path: "/" });
    const { page } = portal;
    await settled(page);
    const html = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    const sides = async () => {
      const nav = await page.getByTestId("sidenav").boundingBox();
      const main = await page.locator("main").boundingBox();
      if (!nav || !main) throw new Error("no layout");
      return { navLeft: nav.x, mainLeft: main.x };
    };
    expect(await html()).toEqual(["ar-MA", "rtl"]);
    const arabic = await sides();
    expect(arabic.navLeft).toBeGreaterThan(arabic.mainLeft);

    await page.getByTestId("locale-switcher").selectOption("fr-MA");
    await expect.poll(html).toEqual(["fr-MA", "ltr"]);
    const french = await sides();
    expect(french.navLeft).toBeLessThan(french.mainLeft);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tableau de bord");

    await page.reload();
    await settled(page);
    expect(await html()).toEqual(["fr-MA", "ltr"]);
    await page.getByTestId("locale-switcher").selectOption("zgh");
    await expect.poll(html).toEqual(["zgh", "ltr"]);
    await portal.close();
  });
});
