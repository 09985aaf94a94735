import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOf, launchBrowser, node, openPortal, settled } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("signing in", () => {
  it("a staff member signs in with the keyboard alone and lands on the dashboard", async () => {
    const portal = await openPortal(browser, { locale: "fr-MA" });
    // Signed out, the home page learns it from the node (401), then sends the visitor to sign in.
    portal.expectFailure(401, "/auth/session");
    const { page } = portal;
    await page.goto("/");
    await page.waitForURL("**/sign-in");
    await settled(page);
    // From the top of the page: the language, the chamber, then the two fields and the button.
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type(emailOf("manager"));
    await page.keyboard.press("Tab");
    await page.keyboard.type(node.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${node.url}/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tableau de bord");
    expect(await page.getByTestId("signed-in-as").textContent()).toContain("manager");
    // The navigation works from the keyboard too: Tab to a link, Enter follows it.
    const links = page.getByTestId("sidenav").getByRole("link");
    await links.nth(1).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/members$/);
    await portal.close();
  });

  it("a member signs in and sees its own enterprise, not the chamber's dashboard", async () => {
    const portal = await openPortal(browser, { locale: "ar-MA", path: "/sign-in" });
    const { page } = portal;
    await page.getByLabel("البريد الإلكتروني").fill(emailOf("member"));
    await page.getByLabel("كلمة المرور").fill(node.password);
    await page.getByRole("button", { name: "دخول" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("مقاولتي");
    const nav = await page.getByTestId("sidenav").getByRole("link").allTextContents();
    expect(nav).not.toContain("لوحة القيادة");
    expect(nav).not.toContain("المنتسبون");
    await portal.close();
  });

  it.each([
    ["ar-MA", "البريد الإلكتروني", "كلمة المرور", "دخول", "البريد الإلكتروني أو كلمة المرور غير صحيحة."],
    [
      "fr-MA",
      "Adresse e-mail",
      "Mot de passe",
      "Se connecter",
      "L'adresse e-mail ou le mot de passe est incorrect.",
    ],
  ] as const)(
    "a wrong password is refused with a message in %s, and nothing else opens",
    async (locale, email, password, submit, message) => {
      const portal = await openPortal(browser, { locale, path: "/sign-in" });
      portal.expectFailure(401, "/auth/sign-in");
      const { page } = portal;
      await page.getByLabel(email).fill(emailOf("viewer"));
      await page.getByLabel(password).fill("not-the-password-at-all");
      await page.getByRole("button", { name: submit }).click();
      await expect.poll(() => page.getByRole("alert").textContent()).toBe(message);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      await portal.close();
    },
  );

  it("signing out ends the session: the next page asks to sign in again", async () => {
    const portal = await openPortal(browser, { locale: "en", as: "agent", path: "/" });
    const { page } = portal;
    await settled(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");
    portal.expectFailure(401, "/auth/session");
    await page.goto("/");
    await page.waitForURL("**/sign-in");
    await portal.close();
  });
});
