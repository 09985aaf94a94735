import { randomInt } from "node:crypto";
import { MemberCreate } from "@ghorfa/contract";
import { enumLabel, formatIssues, type Locale, loadCatalogs } from "@ghorfa/i18n";
import { completeIce, type Member } from "@ghorfa/schemas";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, node, openPortal, settled } from "./harness";

const MEMBERS = "/chambers/ma-09/members";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await loadCatalogs(["ar-MA", "fr-MA"]);
});
afterAll(() => browser?.close());

/** The node's API with the demo key, as any program would call it. */
async function api(path: string, init: RequestInit & { locale?: Locale } = {}) {
  const { locale, ...rest } = init;
  const answer = await fetch(`${node.url}${path}`, {
    ...rest,
    headers: {
      authorization: `Bearer ${node.apiKey}`,
      "content-type": "application/json",
      ...(locale && { "accept-language": locale }),
      ...(rest.headers as Record<string, string> | undefined),
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes; each test reads what it asked for.
  const body: any = await answer.json();
  return { status: answer.status, etag: answer.headers.get("etag"), body };
}

const unique = () => `${Date.now().toString(36)}${randomInt(1_000_000).toString(36)}`;
/** A valid ICE no seeded member has: 13 random digits and their control pair. */
const freshIce = () => completeIce(`00${String(randomInt(1e11)).padStart(11, "0")}`);

/** A member as the form would send it, valid unless told otherwise. */
function memberBody(legalName: string, ice = freshIce()) {
  return {
    legalName,
    legalForm: "cooperative",
    identifiers: { ice, rc: { court: "Taroudant", number: String(randomInt(1, 9_999_999)) } },
    section: "industry",
    activity: { ar: "استخراج زيت أركان", fr: "Extraction d'huile d'argan" },
    address: { region: "ma-09", prefecture: "Taroudant", city: "Taroudant" },
    contacts: {},
    labels: [],
  };
}

async function createMember(legalName: string): Promise<Member> {
  const answer = await api(MEMBERS, { method: "POST", body: JSON.stringify(memberBody(legalName)) });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

/** The names in the directory's table, in order. */
const tableNames = (page: Page) => page.locator("[data-testid=members-table] tbody th").allTextContents();

/** Fills the member form's fields (by their names, the JSON pointers of the body). */
async function fillForm(page: Page, body: ReturnType<typeof memberBody>) {
  await page.locator('[name="/legalName"]').fill(body.legalName);
  await page.locator('[name="/legalForm"]').selectOption(body.legalForm);
  await page.locator('[name="/section"]').selectOption(body.section);
  await page.locator('[name="/identifiers/ice"]').fill(body.identifiers.ice);
  await page.locator('[name="/identifiers/rc/court"]').fill(body.identifiers.rc.court);
  await page.locator('[name="/identifiers/rc/number"]').fill(body.identifiers.rc.number);
  await page.locator('[name="/activity/ar"]').fill(body.activity.ar);
  await page.locator('[name="/activity/fr"]').fill(body.activity.fr);
  await page.locator('[name="/address/city"]').fill(body.address.city);
  await page.locator('[name="/address/prefecture"]').fill(body.address.prefecture);
}

describe("the directory", () => {
  it("finds «أركان» when «اركان» is typed (the node folds hamza), and keeps the search in the address", async () => {
    const expected = await api(`${MEMBERS}?q=${encodeURIComponent("اركان")}&limit=20`);
    const names: string[] = expected.body.items.map((m: Member) => m.legalName);
    expect(names).toContain("تعاونية تامونت لزيت أركان");

    const portal = await openPortal(browser, { as: "viewer", locale: "ar-MA", path: "/members" });
    const { page } = portal;
    await settled(page);
    await page.getByTestId("member-search").fill("اركان");
    await page.waitForURL((url) => url.searchParams.get("q") === "اركان");
    await settled(page);
    await expect.poll(() => tableNames(page)).toEqual(names);

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await settled(page);
    expect(await page.getByTestId("member-search").inputValue()).toBe("اركان");
    expect(await tableNames(page)).toEqual(names);
    await portal.close();
  });

  it("filters by status and section, in the address too, as the node lists them", async () => {
    const expected = await api(`${MEMBERS}?status=active&section=services&limit=20`);
    const portal = await openPortal(browser, { as: "viewer", locale: "fr-MA", path: "/members" });
    const { page } = portal;
    await settled(page);
    await page.getByTestId("filter-status").selectOption("active");
    await page.getByTestId("filter-section").selectOption("services");
    await page.waitForURL((url) => url.searchParams.get("section") === "services");
    await settled(page);
    await expect.poll(() => tableNames(page)).toEqual(expected.body.items.map((m: Member) => m.legalName));
    const badges = await page.locator("[data-testid=members-table] tbody .badge").allTextContents();
    expect(new Set(badges)).toEqual(new Set([enumLabel("fr-MA", "MemberStatus", "active")]));
    expect(new URL(page.url()).searchParams.get("status")).toBe("active");
    await portal.close();
  });

  it("goes to the next page and back, each page the node's", async () => {
    const first = await api(`${MEMBERS}?limit=20`);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await api(`${MEMBERS}?limit=20&cursor=${first.body.nextCursor}`);
    const namesOf = (answer: typeof first) => answer.body.items.map((m: Member) => m.legalName);

    const portal = await openPortal(browser, { as: "viewer", locale: "fr-MA", path: "/members" });
    const { page } = portal;
    await settled(page);
    expect(await tableNames(page)).toEqual(namesOf(first));
    await page.getByRole("button", { name: "Suivant" }).click();
    await settled(page);
    await expect.poll(() => tableNames(page)).toEqual(namesOf(second));
    await page.getByRole("button", { name: "Précédent" }).click();
    await settled(page);
    await expect.poll(() => tableNames(page)).toEqual(namesOf(first));
    await portal.close();
  });
});

describe("the member form", () => {
  it.each(["ar-MA", "fr-MA"] as const)(
    "an ICE whose control digits are wrong is refused on its field in %s, with the node's own words",
    async (locale) => {
      const good = freshIce();
      const bad = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}`;
      const body = memberBody(`Checksum ${unique()}`, bad);
      // What the node says about it in this language, and what the shared rules say: the same.
      const answer = await api(MEMBERS, { method: "POST", body: JSON.stringify(body), locale });
      expect(answer.status).toBe(400);
      const fromNode = answer.body.errors.find(
        (e: { pointer: string }) => e.pointer === "/body/identifiers/ice",
      )?.message;
      const parsed = MemberCreate.safeParse(body);
      expect(parsed.success).toBe(false);
      const fromRules = formatIssues(parsed.error ?? { issues: [] }, locale).find(
        (issue) => issue.pointer === "/identifiers/ice",
      )?.message;
      expect(fromRules).toBeTruthy();
      expect(fromNode).toBe(fromRules);

      const portal = await openPortal(browser, { as: "agent", locale, path: "/members/new" });
      const { page } = portal;
      await settled(page);
      await fillForm(page, body);
      const before = portal.apiCalls.length;
      await page.locator("[data-testid=member-form] button[type=submit]").click();
      await expect.poll(() => page.getByTestId("error/identifiers/ice").textContent()).toBe(fromNode);
      expect(await page.locator('[name="/identifiers/ice"]').getAttribute("aria-invalid")).toBe("true");
      // Refused in the page: nothing was sent.
      expect(portal.apiCalls.slice(before).filter((call) => call.startsWith("POST"))).toEqual([]);
      await portal.close();
    },
  );

  it("the node's own 400 lands on the field it names, in the reader's language", async () => {
    // A request that passes the page's check but not the node's (changed on its way, as an older
    // page or another client might send it): the node's words, by pointer, on the field.
    const good = freshIce();
    const bad = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}`;
    const body = memberBody(`Nœud ${unique()}`, good);
    const answer = await api(MEMBERS, {
      method: "POST",
      body: JSON.stringify({ ...body, identifiers: { ...body.identifiers, ice: bad } }),
      locale: "ar-MA",
    });
    const fromNode = answer.body.errors.find(
      (e: { pointer: string }) => e.pointer === "/body/identifiers/ice",
    )?.message;
    expect(fromNode).toMatch(/[\u0600-\u06ff]/);

    const portal = await openPortal(browser, { as: "agent", locale: "ar-MA", path: "/members/new" });
    portal.expectFailure(400, MEMBERS);
    const { page } = portal;
    await page.route(`**${MEMBERS}`, (route) => {
      const sent = route.request().postDataJSON();
      sent.identifiers.ice = bad;
      return route.continue({ postData: JSON.stringify(sent) });
    });
    await settled(page);
    await fillForm(page, body);
    await page.locator("[data-testid=member-form] button[type=submit]").click();
    await expect.poll(() => page.getByTestId("error/identifiers/ice").textContent()).toBe(fromNode);
    expect(new URL(page.url()).pathname).toBe("/members/new");
    await portal.close();
  });

  it("an ICE the chamber already holds is refused by the node (409), said on the ICE field", async () => {
    const taken = (await api(`${MEMBERS}?q=${encodeURIComponent("تامونت")}`)).body.items[0] as Member;
    const body = memberBody(`Doublon ${unique()}`, taken.identifiers.ice);
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: "/members/new" });
    portal.expectFailure(409, MEMBERS);
    const { page } = portal;
    await settled(page);
    await fillForm(page, body);
    await page.locator("[data-testid=member-form] button[type=submit]").click();
    await expect
      .poll(() => page.getByTestId("error/identifiers/ice").textContent())
      .toBe("La chambre compte déjà un ressortissant avec cet ICE.");
    expect(new URL(page.url()).pathname).toBe("/members/new");
    const found = await api(`${MEMBERS}?q=${encodeURIComponent(body.legalName)}`);
    expect(found.body.items).toEqual([]);
    await portal.close();
  });

  it("creates a member, which the directory then finds", async () => {
    const name = `Coopérative essai ${unique()}`;
    const body = memberBody(name);
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: "/members/new" });
    const { page } = portal;
    await settled(page);
    await fillForm(page, body);
    await page.locator("[data-testid=member-form] button[type=submit]").click();
    await page.waitForURL(/\/members\/mem_ma-09_[0-9A-Z]{26}$/);
    await settled(page);
    const id = new URL(page.url()).pathname.split("/").pop() as string;
    const saved = await api(`${MEMBERS}/${id}`);
    expect(saved.body.legalName).toBe(name);
    expect(saved.body.status).toBe("pending");
    expect(saved.body.identifiers.ice).toBe(body.identifiers.ice);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(name);

    await page.goto(`/members?q=${encodeURIComponent(body.identifiers.ice)}`);
    await settled(page);
    expect(await tableNames(page)).toEqual([name]);
    const row = page.locator(`[data-member-id="${id}"]`);
    expect(await row.locator("td").first().textContent()).toBe(body.identifiers.ice);
    expect(await row.locator(".badge").textContent()).toBe(enumLabel("fr-MA", "MemberStatus", "pending"));
    await portal.close();
  });

  it("edits a member, sending the version it read; a change made meanwhile is reported and reloads", async () => {
    const member = await createMember(`Édition ${unique()}`);
    const portal = await openPortal(browser, {
      as: "manager",
      locale: "fr-MA",
      path: `/members/${member.id}/edit`,
    });
    const { page } = portal;
    await settled(page);
    await page.locator('[name="/address/city"]').fill("Agadir");
    await page.locator('[name="/tradeName"]').fill("Essai");
    await page.locator("[data-testid=member-form] button[type=submit]").click();
    await page.waitForURL(`${node.url}/members/${member.id}`);
    await settled(page);
    const saved = await api(`${MEMBERS}/${member.id}`);
    expect(saved.body.address.city).toBe("Agadir");
    expect(saved.body.tradeName).toBe("Essai");
    expect(saved.body.legalName).toBe(member.legalName);

    // Someone else changes it while the form is open: the save is refused (412), said, and reloads.
    await page.goto(`/members/${member.id}/edit`);
    await settled(page);
    const current = await api(`${MEMBERS}/${member.id}`);
    const patched = await api(`${MEMBERS}/${member.id}`, {
      method: "PATCH",
      headers: { "if-match": current.etag as string },
      body: JSON.stringify({ tradeName: "Changé ailleurs" }),
    });
    expect(patched.status).toBe(200);
    portal.expectFailure(412, `/members/${member.id}`);
    await page.locator('[name="/address/city"]').fill("Tiznit");
    await page.locator("[data-testid=member-form] button[type=submit]").click();
    await expect.poll(() => page.getByTestId("stale").isVisible()).toBe(true);
    expect(await page.getByTestId("stale").textContent()).toContain(
      "Quelqu'un d'autre a modifié ce ressortissant",
    );
    expect((await api(`${MEMBERS}/${member.id}`)).body.address.city).toBe("Agadir");
    await page.getByRole("button", { name: "Charger la version actuelle" }).click();
    await settled(page);
    await expect.poll(() => page.locator('[name="/tradeName"]').inputValue()).toBe("Changé ailleurs");
    await portal.close();
  });
});

describe("a member's status", () => {
  it("changes after a confirmation, to a status the lifecycle allows", async () => {
    const member = await createMember(`Statut ${unique()}`);
    const portal = await openPortal(browser, { as: "agent", locale: "ar-MA", path: `/members/${member.id}` });
    const { page } = portal;
    await settled(page);
    const moves = await page
      .locator("[data-move]")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-move")));
    expect(moves).toEqual(["active", "struck_off"]);
    await page.locator('[data-move="active"]').click();
    const dialog = page.getByRole("alertdialog");
    expect(await dialog.textContent()).toContain(enumLabel("ar-MA", "MemberStatus", "active"));
    // Cancelling changes nothing.
    await dialog.getByRole("button", { name: "إلغاء" }).click();
    expect((await api(`${MEMBERS}/${member.id}`)).body.status).toBe("pending");

    await page.locator('[data-move="active"]').click();
    await page.getByRole("alertdialog").getByRole("button", { name: "تغيير الوضعية" }).click();
    await expect.poll(async () => (await api(`${MEMBERS}/${member.id}`)).body.status).toBe("active");
    await expect
      .poll(() => page.locator(".page-header .badge").textContent())
      .toBe(enumLabel("ar-MA", "MemberStatus", "active"));
    expect(
      await page.locator("[data-move]").evaluateAll((b) => b.map((x) => x.getAttribute("data-move"))),
    ).toEqual(["suspended", "struck_off"]);
    await portal.close();
  });

  it("a move the node refuses (the member was struck off meanwhile) says so, with what is allowed", async () => {
    const member = await createMember(`Refus ${unique()}`);
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: `/members/${member.id}` });
    const { page } = portal;
    await settled(page);
    const struck = await api(`${MEMBERS}/${member.id}/status`, {
      method: "POST",
      body: JSON.stringify({ status: "struck_off" }),
    });
    expect(struck.status).toBe(200);
    // A client that sends no If-Match (the route takes it optionally) meets the lifecycle's rule.
    await page.route("**/status", (route) => {
      const { "if-match": _ifMatch, ...headers } = route.request().headers();
      return route.continue({ headers });
    });
    portal.expectFailure(409, `/members/${member.id}/status`);
    await page.locator('[data-move="active"]').click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Changer le statut" }).click();
    const refused = page.getByTestId("invalid-transition");
    await expect.poll(() => refused.isVisible()).toBe(true);
    expect(await refused.textContent()).toContain("Ce changement de statut n'est plus permis.");
    expect(await refused.textContent()).toContain("Aucun changement n'est permis à partir de là.");
    await refused.getByRole("button", { name: "Charger la version actuelle" }).click();
    await expect.poll(() => page.locator("[data-move]").count()).toBe(0);
    expect(await page.locator(".page-header .badge").textContent()).toBe(
      enumLabel("fr-MA", "MemberStatus", "struck_off"),
    );
    await portal.close();
  });

  it("a viewer reads a member but is offered no change", async () => {
    const member = await createMember(`Lecture ${unique()}`);
    const portal = await openPortal(browser, {
      as: "viewer",
      locale: "fr-MA",
      path: `/members/${member.id}`,
    });
    const { page } = portal;
    await settled(page);
    expect(await page.getByTestId("member-ice").textContent()).toBe(member.identifiers.ice);
    expect(await page.getByTestId("member-activity").textContent()).toBe(member.activity.fr);
    expect(await page.locator("[data-move]").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Modifier" }).count()).toBe(0);
    await portal.close();
  });
});
