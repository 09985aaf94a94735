import { problemUri } from "@ghorfa/contract";
import type { Event, Registration } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInput, registrationInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

// events (issue 13): the lifecycle of an event's registrations over HTTP, on the test database
// (PGlite, or PostgreSQL under `npm run test:pg`).

let t: TestApp;
let n = 5000;
const next = () => ++n;

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;

type Json = Record<string, unknown>;

async function send(method: "GET" | "POST" | "PATCH", url: string, payload?: unknown, headers: Json = {}) {
  return t.app.inject({
    method,
    url,
    headers: {
      authorization: t.keys.soussMassa,
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
      ...(headers as Record<string, string>),
    },
    ...(payload === undefined ? {} : { payload: payload as never }),
  });
}

/** A published event of Souss-Massa made over HTTP, with `overrides` on `eventInput`. */
async function publishedEvent(overrides: Json = {}): Promise<Event> {
  const created = await send("POST", "/chambers/ma-09/events", {
    ...eventInput("ma-09", next()),
    ...overrides,
  });
  expect(created.statusCode, created.body).toBe(201);
  const event = created.json() as Event;
  expect(event.status).toBe("draft");
  const published = await send("POST", `/chambers/ma-09/events/${event.id}/status`, { status: "published" });
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as Event;
}

const registrationsOf = (event: Event) => `/chambers/ma-09/events/${event.id}/registrations`;

async function register(event: Event, body: Json = registrationInput(next()) as never) {
  return send("POST", registrationsOf(event), body);
}

async function statusesOf(event: Event): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let cursor: string | null = null;
  do {
    const page = await send("GET", `${registrationsOf(event)}?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    const body = page.json() as { items: Registration[]; nextCursor: string | null };
    for (const r of body.items) counts[r.status] = (counts[r.status] ?? 0) + 1;
    cursor = body.nextCursor;
  } while (cursor !== null);
  return counts;
}

describe("an event's registrations", () => {
  it("seat people up to capacity, waitlist the others, and give a freed seat to the oldest waiting", async () => {
    const event = await publishedEvent({ capacity: 2 });
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => registrationInput(next()))).then(
      async (inputs) => {
        const made: Registration[] = [];
        for (const input of inputs) {
          const response = await register(event, input as never);
          expect(response.statusCode, response.body).toBe(201);
          expect(response.headers.location).toBe(`${registrationsOf(event)}/${response.json().id}`);
          made.push(response.json() as Registration);
        }
        return made;
      },
    );
    if (!a || !b || !c || !d) throw new Error("four registrations");
    expect([a.status, b.status, c.status, d.status]).toEqual([
      "confirmed",
      "confirmed",
      "waitlisted",
      "waitlisted",
    ]);
    expect(a.fee).toEqual({ amount: 120_000, currency: "MAD" });
    expect(a.consent.given).toBe(true);

    const cancelled = await send("POST", `${registrationsOf(event)}/${a.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe("cancelled");
    const promoted = await send("GET", `${registrationsOf(event)}/${c.id}`);
    expect(promoted.json().status).toBe("confirmed");
    expect((await send("GET", `${registrationsOf(event)}/${d.id}`)).json().status).toBe("waitlisted");
    expect(await statusesOf(event)).toEqual({ cancelled: 1, confirmed: 2, waitlisted: 1 });

    const again = await send("POST", `${registrationsOf(event)}/${a.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe(problemUri("invalid-transition"));
  });

  it("give waiting people the seats a larger capacity adds, oldest first", async () => {
    const event = await publishedEvent({ capacity: 1 });
    for (let i = 0; i < 4; i++) expect((await register(event)).statusCode).toBe(201);
    const read = await send("GET", `/chambers/ma-09/events/${event.id}`);
    const grown = await send(
      "PATCH",
      `/chambers/ma-09/events/${event.id}`,
      { capacity: 3 },
      { "if-match": read.headers.etag as string },
    );
    expect(grown.statusCode, grown.body).toBe(200);
    expect(await statusesOf(event)).toEqual({ confirmed: 3, waitlisted: 1 });
  });

  it("check a confirmed participant in once, and no one without a seat", async () => {
    const event = await publishedEvent({ capacity: 1 });
    const seated = (await register(event)).json() as Registration;
    const waiting = (await register(event)).json() as Registration;

    const checkedIn = await send("POST", `${registrationsOf(event)}/${seated.id}/check-in`);
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json()).toMatchObject({ status: "attended", checkedInAt: expect.any(String) });

    const twice = await send("POST", `${registrationsOf(event)}/${seated.id}/check-in`, undefined, {
      "accept-language": "fr-MA",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      type: problemUri("already-checked-in"),
      title: "Arrivée déjà enregistrée",
    });

    const noSeat = await send("POST", `${registrationsOf(event)}/${waiting.id}/check-in`);
    expect(noSeat.statusCode).toBe(409);
    expect(noSeat.json()).toMatchObject({
      type: problemUri("invalid-transition"),
      allowed: ["confirmed", "cancelled"],
    });
  });

  it("check a participant in once when two desks scan the badge at the same moment", async () => {
    const event = await publishedEvent();
    const seated = (await register(event)).json() as Registration;
    const [one, two] = await Promise.all([
      send("POST", `${registrationsOf(event)}/${seated.id}/check-in`),
      send("POST", `${registrationsOf(event)}/${seated.id}/check-in`),
    ]);
    expect([one?.statusCode, two?.statusCode].sort()).toEqual([200, 409]);
    const refused = [one, two].find((r) => r?.statusCode === 409);
    expect(refused?.json().type).toBe(problemUri("already-checked-in"));
  });

  it("take one registration per e-mail address and event, whatever its case, until it is cancelled", async () => {
    const event = await publishedEvent();
    const first = registrationInput(next());
    const made = await register(event, first as never);
    expect(made.statusCode).toBe(201);
    const shouted = {
      ...first,
      participant: {
        ...first.participant,
        person: { ...first.participant.person, email: first.participant.person.email.toUpperCase() },
      },
    };
    const duplicate = await send("POST", registrationsOf(event), shouted, { "accept-language": "en" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(duplicate.json()).toMatchObject({
      type: problemUri("already-registered"),
      title: "Already registered",
      detail: "This e-mail address is already registered for this event.",
    });
    expect(await statusesOf(event)).toEqual({ confirmed: 1 });

    // The same person registers for another event, and again here once they cancelled.
    expect((await register(await publishedEvent(), first as never)).statusCode).toBe(201);
    await send("POST", `${registrationsOf(event)}/${made.json().id}/cancel`);
    expect((await register(event, shouted as never)).statusCode).toBe(201);
  });

  it("refuse a registration outside the window, in the caller's language, and change nothing", async () => {
    const now = Date.now();
    const early = await publishedEvent({
      registration: {
        opens: new Date(now + DAY).toISOString(),
        closes: new Date(now + 2 * DAY).toISOString(),
      },
    });
    const refused = await send("POST", registrationsOf(early), registrationInput(next()), {
      "accept-language": "ar-MA",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ type: problemUri("registration-closed"), title: "التسجيل مغلق" });

    const late = await publishedEvent({
      registration: {
        opens: new Date(now - 2 * DAY).toISOString(),
        closes: new Date(now - DAY).toISOString(),
      },
    });
    expect((await register(late)).json().type).toBe(problemUri("registration-closed"));
    expect(await statusesOf(early)).toEqual({});
    expect(await statusesOf(late)).toEqual({});
  });

  it("refuse a registration to a draft or a cancelled event", async () => {
    const draft = await send("POST", "/chambers/ma-09/events", eventInput("ma-09", next()));
    expect((await register(draft.json() as Event)).statusCode).toBe(409);
    const event = await publishedEvent();
    await send("POST", `/chambers/ma-09/events/${event.id}/status`, { status: "cancelled" });
    expect((await register(event)).statusCode).toBe(409);
  });

  it("charge a member's staff the members' price, and refuse a member the chamber does not have", async () => {
    const event = await publishedEvent();
    const members = await send("GET", "/chambers/ma-09/members?limit=1&status=active");
    const [member] = members.json().items as { id: string }[];
    if (!member) throw new Error("no member");
    const staff = (memberId: string) => ({
      ...registrationInput(next()),
      participant: {
        kind: "member_staff",
        memberId,
        person: { name: "Amina Benali", email: `amina${next()}@argan.ma` },
      },
    });
    const made = await register(event, staff(member.id));
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().fee).toEqual({ amount: 50_000, currency: "MAD" });
    const unknown = await register(event, staff(member.id.replace(/.{4}$/, "ZZZZ")));
    expect(unknown.statusCode).toBe(404);
  });

  it("take only members' staff to a members-only event", async () => {
    const event = await publishedEvent({ audience: "members_only" });
    const refused = await register(event);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/participant/kind", code: "registration_members_only" }),
    ]);
    expect(await statusesOf(event)).toEqual({});
  });

  it("refuse a registration without consent with a field error", async () => {
    const event = await publishedEvent();
    const body = { ...registrationInput(next()), consent: { given: false, textVersion: "2026-11" } };
    const refused = await register(event, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/consent/given", code: "registration_consent_required" }),
    ]);
  });
});

describe("the public", () => {
  const anonymous = (method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload === undefined
        ? {}
        : { payload: payload as never, headers: { "content-type": "application/json" } }),
    });

  it("lists the upcoming published public events with no key, and no other", async () => {
    const open = await publishedEvent();
    const hidden = await publishedEvent({ isPublic: false });
    const draft = (await send("POST", "/chambers/ma-09/events", eventInput("ma-09", next()))).json() as Event;
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await anonymous(
        "GET",
        `/chambers/ma-09/upcoming-events?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.statusCode).toBe(200);
      const body = page.json() as { items: Event[]; nextCursor: string | null };
      ids.push(...body.items.map((e) => e.id));
      for (const e of body.items) expect(e).toMatchObject({ status: "published", isPublic: true });
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(draft.id);
    // The events the tests above published, public ones among them, are upcoming too.
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });

  it("registers itself to a public event open to anyone, at the price for non-members", async () => {
    const event = await publishedEvent();
    const { participant, consent } = registrationInput(next());
    const made = await anonymous("POST", `/chambers/ma-09/events/${event.id}/self-registrations`, {
      person: participant.person,
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      status: "confirmed",
      participant: { kind: "outside" },
      fee: { amount: 120_000 },
    });
    const again = await anonymous("POST", `/chambers/ma-09/events/${event.id}/self-registrations`, {
      person: participant.person,
      consent,
    });
    expect(again.statusCode).toBe(409);
  });

  it("finds no event that is not public or is for members only", async () => {
    for (const overrides of [{ isPublic: false }, { audience: "members_only" }]) {
      const event = await publishedEvent(overrides);
      const { participant, consent } = registrationInput(next());
      const refused = await anonymous("POST", `/chambers/ma-09/events/${event.id}/self-registrations`, {
        person: participant.person,
        consent,
      });
      expect(refused.statusCode).toBe(404);
    }
  });

  it("never reads the chamber's events or registrations", async () => {
    const event = await publishedEvent();
    expect((await anonymous("GET", "/chambers/ma-09/events")).statusCode).toBe(401);
    expect((await anonymous("GET", registrationsOf(event))).statusCode).toBe(401);
  });
});

describe("200 people registering at once for 150 seats", () => {
  it("seat exactly 150 and waitlist exactly 50", async () => {
    const event = await publishedEvent({ capacity: 150 });
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => register(event, registrationInput(next()) as never)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(200).fill(201));
    const statuses = responses.map((r) => (r.json() as Registration).status);
    expect(statuses.filter((s) => s === "confirmed")).toHaveLength(150);
    expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(50);
    expect(await statusesOf(event)).toEqual({ confirmed: 150, waitlisted: 50 });
  }, 120_000);
});
