import { describe, expect, it } from "vitest";
import { euroMedForumRegistrations, euroMedTourismForum } from "../fixtures/events";
import { fixtureId } from "../ids/ids";
import { ghorfaCodes } from "../testing/domain-samples";
import { Event, eventDayOf, isSessionWithin } from "./event";
import { Registration } from "./registration";

const forum = euroMedTourismForum;
const withSession = (start: string, end: string) => ({
  ...forum,
  sessions: [{ id: fixtureId("eventSession", "ma-09", 9), title: { fr: "Atelier" }, start, end }],
});

describe("Event", () => {
  it("accepts the forum of the fixtures", () => {
    expect(Event.parse(forum)).toEqual(forum);
  });

  it("counts a session's day as its instant is written, whatever the runtime's time-zone data", () => {
    expect(eventDayOf("2027-04-15T00:30:00+01:00")).toBe("2027-04-15");
    expect(eventDayOf("2027-04-14T23:30:00Z")).toBe("2027-04-14");
    expect(
      Event.safeParse(withSession("2027-04-15T00:30:00+01:00", "2027-04-15T01:00:00+01:00")).success,
    ).toBe(true);
  });

  it("refuses a session on the eve of the event, or after its last day", () => {
    expect(ghorfaCodes(Event, withSession("2027-04-14T23:00:00+01:00", "2027-04-15T01:00:00+01:00"))).toEqual(
      ["event_session_outside"],
    );
    expect(ghorfaCodes(Event, withSession("2027-04-16T22:00:00+01:00", "2027-04-17T00:30:00+01:00"))).toEqual(
      ["event_session_outside"],
    );
    const lastMinute = { start: "2027-04-16T23:00:00+01:00", end: "2027-04-16T23:59:59+01:00" };
    expect(isSessionWithin(lastMinute, forum.dates)).toBe(true);
  });

  it("refuses a session that ends before it starts", () => {
    expect(ghorfaCodes(Event, withSession("2027-04-15T12:00:00+01:00", "2027-04-15T11:00:00+01:00"))).toEqual(
      ["date_range_order"],
    );
  });

  it("refuses a session of another chamber, and two sessions with one id", () => {
    const [first] = forum.sessions;
    if (!first) throw new Error("no session");
    const other = { ...first, id: fixtureId("eventSession", "ma-06", 1) };
    expect(ghorfaCodes(Event, { ...forum, sessions: [other] })).toEqual(["event_chamber_mismatch"]);
    expect(ghorfaCodes(Event, { ...forum, sessions: [first, first] })).toEqual(["event_session_duplicate"]);
  });

  it("refuses an event that ends before it starts", () => {
    expect(ghorfaCodes(Event, { ...forum, dates: { start: "2027-04-16", end: "2027-04-15" } })).toContain(
      "date_range_order",
    );
  });

  it("takes registrations until its last day at the latest, and not after", () => {
    const closes = (instant: string) => ({
      ...forum,
      registration: { ...forum.registration, closes: instant },
    });
    expect(Event.safeParse(closes("2027-04-16T23:59:00+01:00")).success).toBe(true);
    expect(ghorfaCodes(Event, closes("2027-04-17T00:00:00+01:00"))).toEqual(["event_window_after_end"]);
    expect(ghorfaCodes(Event, closes("2026-11-01T00:00:00+01:00"))).toEqual(["date_range_order"]);
  });

  it("has at least one seat, a whole number of them", () => {
    expect(Event.safeParse({ ...forum, capacity: 1 }).success).toBe(true);
    expect(Event.safeParse({ ...forum, capacity: 0 }).success).toBe(false);
    expect(Event.safeParse({ ...forum, capacity: 10.5 }).success).toBe(false);
  });

  it("refuses a fee that depends on a declared value", () => {
    const fee = { kind: "per_mille", partsPerMillion: 1000, minimum: { amount: 100, currency: "MAD" } };
    expect(ghorfaCodes(Event, { ...forum, fee })).toEqual(["event_fee_declared_value"]);
  });
});

describe("Registration", () => {
  const [registration] = euroMedForumRegistrations;
  if (!registration) throw new Error("no registration");

  it("accepts every registration of the fixtures", () => {
    for (const r of euroMedForumRegistrations) expect(Registration.parse(r)).toEqual(r);
  });

  it("refuses a registration without consent", () => {
    const consent = { ...registration.consent, given: false };
    expect(ghorfaCodes(Registration, { ...registration, consent })).toEqual([
      "registration_consent_required",
    ]);
  });

  it("refuses a registration of another chamber than its event's, or for another chamber's member", () => {
    expect(ghorfaCodes(Registration, { ...registration, id: fixtureId("registration", "ma-06", 1) })).toEqual(
      ["registration_chamber_mismatch"],
    );
    const participant = {
      kind: "member_staff",
      memberId: fixtureId("member", "ma-06", 1),
      person: registration.participant.person,
    };
    expect(ghorfaCodes(Registration, { ...registration, participant })).toEqual([
      "registration_chamber_mismatch",
    ]);
  });

  it("says when an attended registration was checked in, and only then", () => {
    const at = "2027-04-15T08:40:00+01:00";
    expect(Registration.safeParse({ ...registration, status: "attended", checkedInAt: at }).success).toBe(
      true,
    );
    expect(ghorfaCodes(Registration, { ...registration, status: "attended" })).toEqual([
      "registration_check_in_time",
    ]);
    expect(ghorfaCodes(Registration, { ...registration, checkedInAt: at })).toEqual([
      "registration_check_in_time",
    ]);
  });

  it("takes a phone in E.164 from abroad, not a local form", () => {
    const person = (phone: string) => ({
      ...registration,
      participant: { kind: "outside", person: { name: "Lucía García", email: "l@x.es", phone } },
    });
    expect(Registration.safeParse(person("+34956123456")).success).toBe(true);
    expect(Registration.safeParse(person("0661234567")).success).toBe(false);
  });
});
