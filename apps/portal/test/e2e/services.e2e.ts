import type { Member, Service, ServiceRequest } from "@ghorfa/schemas";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, CHAMBER, type PageOf, read, write } from "./api";
import { launchBrowser, openPortal, plain, settled, signInContext } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const rowIds = (page: Page) =>
  page
    .getByTestId("service-requests")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.dataset.id));

/** A fresh request of the attestation for a seeded member, made through the API for this test alone. */
async function newRequest(): Promise<ServiceRequest> {
  const services = await read<PageOf<Service>>(`${CHAMBER}/services?limit=100`);
  const attestation = services.items.find((service) => service.code === "ATTESTATION");
  const members = await read<PageOf<Member>>(`${CHAMBER}/members?limit=1`);
  return write<ServiceRequest>(`${CHAMBER}/service-requests`, {
    serviceId: attestation?.id,
    memberId: members.items[0]?.id,
    documents: [],
  });
}

describe("services", () => {
  it("staff see the queue the node holds, page and status filter included", async () => {
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: "/services" });
    const { page } = portal;
    await settled(page);
    const first = await read<PageOf<ServiceRequest>>(`${CHAMBER}/service-requests?limit=20`);
    expect(first.items.length).toBeGreaterThan(0);
    expect(await rowIds(page)).toEqual(first.items.map((request) => request.id));

    await page.getByTestId("status-filter").selectOption("delivered");
    await settled(page);
    const delivered = await read<PageOf<ServiceRequest>>(
      `${CHAMBER}/service-requests?limit=20&status=delivered`,
    );
    expect(delivered.items.length).toBeGreaterThan(0);
    await expect.poll(() => rowIds(page)).toEqual(delivered.items.map((request) => request.id));
    const statuses = await page
      .getByTestId("service-requests")
      .locator("tbody [data-status]")
      .evaluateAll((badges) => badges.map((b) => b.textContent));
    expect(new Set(statuses)).toEqual(new Set(["Délivrée"]));
    await portal.close();
  });

  it("an agent moves a request to review only after confirming; cancelling changes nothing", async () => {
    const request = await newRequest();
    expect(request.status).toBe("submitted");
    const portal = await openPortal(browser, {
      as: "agent",
      locale: "fr-MA",
      path: `/services/requests/${request.id}`,
    });
    const { page } = portal;
    await settled(page);
    const status = () =>
      read<ServiceRequest>(`${CHAMBER}/service-requests/${request.id}`).then((r) => r.status);

    // Open the dialog, then cancel: the node is not asked.
    await page.getByRole("button", { name: "En instruction" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect
      .poll(async () => plain(await dialog.getByRole("heading").textContent()))
      .toBe("Passer le statut à « En instruction » ?");
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await status()).toBe("submitted");
    expect(portal.apiCalls.filter((call) => call.startsWith("POST"))).toEqual([]);

    await page.getByRole("button", { name: "En instruction" }).click();
    await dialog.getByRole("button", { name: "Changer le statut" }).click();
    await expect
      .poll(async () => plain(await page.getByTestId("status-changed").textContent()))
      .toBe("Le statut est maintenant « En instruction ».");
    expect(await status()).toBe("in_review");
    expect(await page.getByTestId("request-status").textContent()).toBe("En instruction");
    // The next moves are those of the lifecycle from in_review.
    const moves = await page
      .locator("button[data-status]")
      .evaluateAll((b) => b.map((x) => x.dataset.status));
    expect(moves.sort()).toEqual(["approved", "needs_information", "rejected", "withdrawn"]);
    await portal.close();
  });

  it("rejecting without a reason is refused by the node, on the reason field, in Arabic", async () => {
    const request = await newRequest();
    const portal = await openPortal(browser, {
      as: "manager",
      locale: "ar-MA",
      path: `/services/requests/${request.id}`,
    });
    portal.expectFailure(400, `/service-requests/${request.id}/status`);
    const { page } = portal;
    await settled(page);
    await page.getByRole("button", { name: "مرفوض" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "تغيير الحالة" }).click();
    await expect.poll(() => page.getByTestId("error/reason").count()).toBe(1);
    expect(await page.getByTestId("error/reason").textContent()).toMatch(/[\u0600-\u06ff]/);
    expect((await read<ServiceRequest>(`${CHAMBER}/service-requests/${request.id}`)).status).toBe(
      "submitted",
    );
    await portal.close();
  });

  it("a member submits a request for its own enterprise and finds it in its requests", async () => {
    const portal = await openPortal(browser, { locale: "fr-MA" });
    await signInContext(portal.context, "member");
    const session = (await (await portal.context.request.get("/auth/session")).json()) as {
      account: { memberId: string };
    };
    const memberId = session.account.memberId;
    const probe = await portal.context.request.get(`${CHAMBER}/service-requests?memberId=${memberId}`);
    expect(probe.status()).toBe(200);
    const { page } = portal;
    await page.goto("/services/new");
    await settled(page);
    const attestation = (await api<PageOf<Service>>(`${CHAMBER}/services?limit=100`)).body.items.find(
      (service) => service.code === "ATTESTATION",
    );
    await page.getByLabel("Choisissez un service").selectOption(attestation?.id ?? "");
    await page.getByRole("button", { name: "Déposer la demande" }).click();
    await page.waitForURL(/\/services\/requests\/.+/);
    const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const created = await read<ServiceRequest>(`${CHAMBER}/service-requests/${id}`);
    expect(created).toMatchObject({ memberId, serviceId: attestation?.id, status: "submitted" });
    await page.goto("/services");
    await settled(page);
    expect(await rowIds(page)).toContain(id);
    await portal.close();
  });
});
