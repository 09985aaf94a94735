import { pickText } from "@ghorfa/i18n";
import type { Agreement } from "@ghorfa/schemas";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, node, openPortal, plain, settled, shoot } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const auth = { authorization: `Bearer ${node.apiKey}` };

/** The node's answer to `path`, read with the demo key: what the page must show. */
async function api<T>(path: string, init: RequestInit = {}): Promise<{ body: T; etag: string | null }> {
  const answer = await fetch(`${node.url}${path}`, {
    ...init,
    headers: { ...auth, "content-type": "application/json", ...init.headers },
  });
  expect(answer.ok, `${init.method ?? "GET"} ${path}: ${answer.status}`).toBe(true);
  return { body: (await answer.json()) as T, etag: answer.headers.get("etag") };
}

/** An agreement of this test's own, in draft, so that changing it disturbs no other test. */
async function newAgreement(title: string): Promise<Agreement> {
  const { body } = await api<Agreement>("/chambers/ma-09/agreements", {
    method: "POST",
    body: JSON.stringify({
      reference: `E2E/${Date.now()}`,
      kind: "partnership",
      title: { fr: title, ar: "شراكة للاختبار" },
      parties: [
        {
          kind: "federation_chamber",
          role: "lead",
          chamberId: "ma-09",
          name: { fr: "CCIS Souss-Massa" },
          country: "MA",
        },
        { kind: "foreign_chamber", role: "partner", name: { fr: "Cámara de Huelva" }, country: "ES" },
      ],
      period: { start: "2027-01-01" },
      domains: ["training"],
      commitments: [],
      documents: [],
      published: false,
    }),
  });
  return body;
}

const agreementPath = (id: string) => `/chambers/ma-09/agreements/${id}`;

/** A draft of this test's own (see newAgreement), open on its page for a manager, in French. */
async function openDraft(title: string) {
  const agreement = await newAgreement(title);
  const portal = await openPortal(browser, {
    as: "manager",
    locale: "fr-MA",
    path: `/agreements/${agreement.id}`,
  });
  await settled(portal.page);
  return { agreement, portal, page: portal.page };
}

describe("agreements", () => {
  it("lists what the node returns, and filters by status as the node does", async () => {
    const portal = await openPortal(browser, { as: "viewer", locale: "fr-MA", path: "/agreements" });
    const { page } = portal;
    await settled(page);
    const expected = (await api<{ items: Agreement[] }>("/chambers/ma-09/agreements?limit=20")).body.items;
    expect(expected.length).toBeGreaterThan(0);
    const rows = page.getByTestId("agreements").locator("tbody tr");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")))).toEqual(
      expected.map((a) => a.id),
    );
    expect(await rows.locator("th a").allTextContents()).toEqual(
      expected.map((a) => pickText(a.title, "fr-MA")?.text),
    );
    expect(
      await rows.locator("[data-status]").evaluateAll((els) => els.map((e) => e.getAttribute("data-status"))),
    ).toEqual(expected.map((a) => a.status));

    await page.getByLabel("Statut").selectOption("in_force");
    const inForce = (await api<{ items: Agreement[] }>("/chambers/ma-09/agreements?limit=20&status=in_force"))
      .body.items;
    expect(inForce.length).toBeGreaterThan(0);
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id"))))
      .toEqual(inForce.map((a) => a.id));
    await portal.close();
  });

  it("shows an agreement's parties, domains and commitments in Arabic, the Latin names isolated", async () => {
    const { body: expected } = await api<Agreement>(agreementPath("agr_ma-09_01KG722XM00000000000000000"));
    const portal = await openPortal(browser, {
      as: "viewer",
      locale: "ar-MA",
      path: `/agreements/${expected.id}`,
    });
    const { page } = portal;
    await settled(page);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      pickText(expected.title, "ar-MA")?.text,
    );
    expect(await page.getByTestId("parties").locator("tbody tr").count()).toBe(expected.parties.length);
    // The Moroccan chamber by its region, in Arabic.
    expect(await page.getByTestId("parties").locator("tbody tr").first().textContent()).toContain("سوس ماسة");
    expect(await page.getByTestId("domains").locator("li").count()).toBe(expected.domains.length);
    const commitments = page.getByTestId("commitments").locator("li");
    expect(await commitments.count()).toBe(expected.commitments.length);
    const dues = await commitments
      .locator("time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dues).toEqual(expected.commitments.map((c) => c.due).sort());
    // A viewer reads; the buttons that change the agreement are not offered.
    expect(await page.getByRole("button", { name: "تعديل العنوان" }).count()).toBe(0);
    await portal.close();
  });

  it("changes the status after a confirmation, and only then", async () => {
    const { agreement, portal, page } = await openDraft(`Partenariat e2e statut ${Date.now()}`);
    const move = page.getByRole("button", { name: /^Passer à « .?En négociation.? »$/ });
    await move.click();
    const dialog = page.getByRole("alertdialog");
    expect(plain(await dialog.locator(".dialog-description").textContent())).toBe(
      "La convention passe de « Projet » à « En négociation ».",
    );
    await dialog.getByRole("button", { name: "Annuler" }).click();
    expect((await api<Agreement>(agreementPath(agreement.id))).body.status).toBe("draft");

    await move.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Changer le statut" }).click();
    await expect
      .poll(async () => plain(await page.getByTestId("status-changed").textContent()))
      .toBe("Le statut est désormais « En négociation ».");
    expect((await api<Agreement>(agreementPath(agreement.id))).body.status).toBe("negotiation");
    // The moves offered follow the lifecycle from the new status.
    expect(await page.getByRole("button", { name: /^Passer à « .?Projet.? »$/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /En négociation/ }).count()).toBe(0);
    await portal.close();
  });

  it("signs an agreement: without a place and a date the node refuses, on the fields; with them it is signed", async () => {
    const { agreement, portal, page } = await openDraft(`Partenariat e2e signature ${Date.now()}`);
    const sign = page.getByRole("button", { name: /^Passer à « .?Signé.? »$/ });
    portal.expectFailure(400, agreement.id);
    await sign.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Changer le statut" }).click();
    await expect.poll(() => page.getByTestId("error/signature/place").count()).toBe(1);
    expect(await page.getByLabel("Lieu").getAttribute("aria-invalid")).toBe("true");
    expect((await api<Agreement>(agreementPath(agreement.id))).body.status).toBe("draft");

    await page.getByLabel("Lieu").fill("Agadir");
    await page.getByLabel("Date", { exact: true }).fill("2027-01-15");
    await sign.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Changer le statut" }).click();
    await expect
      .poll(async () => plain(await page.getByTestId("signature").textContent()))
      .toBe("Signée le 15 janvier 2027 à Agadir");
    const { body } = await api<Agreement>(agreementPath(agreement.id));
    expect(body.status).toBe("signed");
    expect(body.signature).toEqual({ place: { fr: "Agadir" }, date: "2027-01-15" });
    await portal.close();
  });

  it("says when someone else changed the agreement meanwhile (412), keeps the text typed, and reloads", async () => {
    const { agreement, portal, page } = await openDraft(`Partenariat e2e titre ${Date.now()}`);
    await page.getByRole("button", { name: "Modifier l'intitulé" }).click();
    const field = page.getByTestId("title-editor").getByRole("textbox");
    await field.fill("Mon intitulé à moi");

    // Meanwhile, someone else changes it through the API, as any client does: read, then If-Match.
    const { etag } = await api<Agreement>(agreementPath(agreement.id));
    expect(etag).toBeTruthy();
    const theirs = `Intitulé changé ailleurs ${Date.now()}`;
    await api<Agreement>(agreementPath(agreement.id), {
      method: "PATCH",
      headers: { "if-match": etag as string },
      body: JSON.stringify({ title: { ...agreement.title, fr: theirs } }),
    });

    portal.expectFailure(412, agreement.id);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const alert = page.getByTestId("changed-elsewhere");
    await expect
      .poll(() => alert.locator(".state-title").textContent())
      .toBe("Quelqu'un d'autre a modifié cette convention");
    expect(await field.inputValue()).toBe("Mon intitulé à moi");
    expect((await api<Agreement>(agreementPath(agreement.id))).body.title.fr).toBe(theirs);
    await shoot(page, "agreement-412");

    await alert.getByRole("button", { name: "Recharger la convention" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(theirs);
    expect(await field.inputValue()).toBe("Mon intitulé à moi");
    expect(await page.getByTestId("changed-elsewhere").count()).toBe(0);

    // Saved again on the fresh reading, the change goes through.
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mon intitulé à moi");
    expect((await api<Agreement>(agreementPath(agreement.id))).body.title.fr).toBe("Mon intitulé à moi");
    await portal.close();
  });
});
