import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOf, launchBrowser, node, openPortal, settled } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The admin demo account is the one no other test signs in as: its password changes here, and is
// set back to the demo password through the same mail before the test ends.
const EMAIL = emailOf("admin");
const NEW_PASSWORD = "a-new-password-for-2026";

function mails(): { to: string[]; subject: string; text: string }[] {
  return readdirSync(node.mailDir)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(node.mailDir, file), "utf8")));
}

/** The link of the newest reset mail to `email`, once it has arrived. */
async function resetLink(email: string, after: number): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const mail = mails()
        .slice(after)
        .findLast((message) => message.to.some((to) => to.includes(email)));
      link = mail?.text.match(/https?:\/\/\S+\/reset-password#token=\S+/)?.[0];
      return link;
    })
    .toBeDefined();
  return link as string;
}

const api = (path: string, body: unknown) =>
  fetch(`${node.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: node.url },
    body: JSON.stringify(body),
  });

describe("a forgotten password", () => {
  it("the link in the e-mail sets a new password once, in the reader's language, and ends the old one", async () => {
    const portal = await openPortal(browser, { locale: "fr-MA", path: "/sign-in" });
    const { page } = portal;
    await settled(page);
    const before = mails().length;
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.waitForURL("**/forgot-password");
    await page.getByLabel("Adresse e-mail").fill(EMAIL);
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect
      .poll(() => page.getByTestId("reset-sent").textContent())
      .toContain("Si un compte a cette adresse");

    const link = await resetLink(EMAIL, before);
    expect(link.startsWith(`${node.url}/reset-password#token=`)).toBe(true);
    try {
      await page.goto(link);
      await settled(page);
      // The token leaves the address bar as soon as the page has read it.
      expect(new URL(page.url()).hash).toBe("");
      const fields = [
        page.getByLabel("Nouveau mot de passe"),
        page.getByLabel("Le même mot de passe, à nouveau"),
      ];
      // The node's rule, checked on the page in French before anything is sent…
      await fields[0]?.fill("short");
      await fields[1]?.fill("short");
      await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect.poll(() => page.getByTestId("error/password").textContent()).toMatch(/12/);
      // …and the two entries must agree.
      await fields[0]?.fill(NEW_PASSWORD);
      await fields[1]?.fill(`${NEW_PASSWORD}!`);
      await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect
        .poll(() => page.getByTestId("error/confirm").textContent())
        .toBe("Les deux mots de passe ne sont pas identiques.");
      await fields[1]?.fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect
        .poll(() => page.getByTestId("reset-done").textContent())
        .toContain("Votre mot de passe est changé");

      const signIn = (password: string) =>
        api("/auth/sign-in", { chamberId: "ma-09", email: EMAIL, password });
      expect((await signIn(NEW_PASSWORD)).status).toBe(200);
      expect((await signIn(node.password)).status).toBe(401);

      // The same link again: spent. The page says so and offers a new one.
      portal.expectFailure(410, "/auth/password-resets");
      // From another page: the same address with its fragment would not load the page anew.
      await page.goto("/sign-in");
      await page.goto(link);
      await page.getByLabel("Nouveau mot de passe").fill("yet-another-password-1");
      await page.getByLabel("Le même mot de passe, à nouveau").fill("yet-another-password-1");
      await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
      await expect
        .poll(() => page.getByTestId("reset-invalid").textContent())
        .toContain("Ce lien ne peut plus servir");
      expect(await page.getByRole("link", { name: "Demander un nouveau lien" }).count()).toBe(1);
    } finally {
      // The demo password back, through the same way in.
      const count = mails().length;
      expect((await api("/auth/password-reset-requests", { chamberId: "ma-09", email: EMAIL })).status).toBe(
        204,
      );
      const token = new URL(await resetLink(EMAIL, count)).hash.replace(/^#token=/, "");
      expect((await api("/auth/password-resets", { token, password: node.password })).status).toBe(204);
    }
    await portal.close();
  });

  it("an address without an account gets the same answer, in Arabic", async () => {
    const portal = await openPortal(browser, { locale: "ar-MA", path: "/forgot-password" });
    const { page } = portal;
    await settled(page);
    await page.getByLabel("البريد الإلكتروني").fill("nobody-here@example.ma");
    await page.getByRole("button", { name: "أرسل الرابط" }).click();
    await expect
      .poll(() => page.getByTestId("reset-sent").textContent())
      .toContain("إن كان لهذا العنوان حساب");
    await portal.close();
  });

  it("the reset page without a token says where it opens from", async () => {
    const portal = await openPortal(browser, { locale: "en", path: "/reset-password" });
    await settled(portal.page);
    expect(await portal.page.getByTestId("reset-invalid").textContent()).toContain(
      "opens from the link in the e-mail",
    );
    await portal.close();
  });
});
