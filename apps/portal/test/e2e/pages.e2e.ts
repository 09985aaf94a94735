import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible, launchBrowser, openPortal, settled, shoot } from "./harness";
import { PAGES } from "./pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(["ar-MA", "fr-MA"] as const)("every page in %s", (locale) => {
  it.each(PAGES)(
    "$name: settles, keeps a screenshot, has no serious accessibility violation",
    async (page) => {
      const portal = await openPortal(browser, { locale, ...(page.as && { as: page.as }), path: page.path });
      await settled(portal.page);
      await shoot(portal.page, page.name);
      await expectAccessible(portal.page);
      await portal.close();
    },
  );
});
