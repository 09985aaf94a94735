import type { Event, Registration } from "@ghorfa/schemas";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAMBER, type PageOf, read, today, write } from "./api";
import { launchBrowser, openPortal, settled, signInContext } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const eventIds = (page: Page) =>
  page
    .getByTestId("events")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.dataset.id));

/**
 * A published event of this test's own, open for registrations now (the seeded forum's window),
 * with `capacity` seats: the seeded forum's registrations are not this test's to change.
 */
async function newEvent(capacity: number): Promise<Event> {
  const forum = (await read<PageOf<Event>>(`${CHAMBER}/events?limit=1`)).items[0];
  if (!forum) throw new Error("the demo data has an event");
  const { id: _id, status: _status, createdAt: _c, updatedAt: _u, ...rest } = forum;
  const event = await write<Event>(`${CHAMBER}/events`, {
    ...rest,
    names: { fr: `Atelier e2e ${crypto.randomUUID().slice(0, 8)}`, ar: "ورشة اختبار" },
    sessions: [],
    capacity,
  });
  return write<Event>(`${CHAMBER}/events/${event.id}/status`, { status: "published" });
}

describe("events", () => {
  it("staff see the upcoming events the node lists, and all of them on request", async () => {
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: "/events" });
    const { page } = portal;
    await settled(page);
    const upcoming = await read<PageOf<Event>>(`${CHAMBER}/events?limit=20&endsFrom=${today()}`);
    expect(upcoming.items.length).toBeGreaterThan(0);
    expect(await eventIds(page)).toEqual(upcoming.items.map((event) => event.id));

    await page.getByTestId("events-show").selectOption("all");
    await settled(page);
    const all = await read<PageOf<Event>>(`${CHAMBER}/events?limit=20`);
    await expect.poll(() => eventIds(page)).toEqual(all.items.map((event) => event.id));
    await portal.close();
  });

  it("an agent checks a confirmed participant in, after confirming; the node records the attendance", async () => {
    const event = await newEvent(5);
    const registration = await write<Registration>(`${CHAMBER}/events/${event.id}/registrations`, {
      participant: {
        kind: "outside",
        person: { name: "Salma Haddad", email: `salma.${event.id}@example.ma` },
      },
      consent: { given: true, textVersion: "2026-01" },
    });
    expect(registration.status).toBe("confirmed");
    const portal = await openPortal(browser, { as: "agent", locale: "fr-MA", path: `/events/${event.id}` });
    const { page } = portal;
    await settled(page);
    const rows = page.getByTestId("registrations").locator("tbody tr");
    expect(await rows.evaluateAll((r) => r.map((x) => x.dataset.id))).toEqual([registration.id]);
    await rows.getByRole("button", { name: "Pointer l'arrivée" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Pointer l'arrivée" }).click();
    await expect.poll(() => page.getByTestId("checked-in").count()).toBe(1);
    const after = await read<Registration>(`${CHAMBER}/events/${event.id}/registrations/${registration.id}`);
    expect(after.status).toBe("attended");
    expect(after.checkedInAt).toBeDefined();
    await settled(page);
    expect(await rows.locator("[data-status]").textContent()).toBe("Présent");
    expect(await rows.getByRole("button").count()).toBe(0);
    await portal.close();
  });

  it("a member registers itself to an upcoming public event", async () => {
    const event = await newEvent(10);
    const portal = await openPortal(browser, { locale: "fr-MA" });
    await signInContext(portal.context, "member");
    const probe = await portal.context.request.get(`${CHAMBER}/upcoming-events`);
    expect(probe.status()).toBe(200);
    const { page } = portal;
    await page.goto(`/events/${event.id}`);
    await settled(page);
    const email = `member.${event.id}@example.ma`;
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "S'inscrire" }).click();
    await expect.poll(() => page.getByTestId("registered").count()).toBe(1);
    const registrations = await read<PageOf<Registration>>(`${CHAMBER}/events/${event.id}/registrations`);
    expect(registrations.items.map((r) => r.participant.person.email)).toEqual([email]);
    await portal.close();
  });
});
