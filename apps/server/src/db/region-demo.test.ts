import { CHAMBER_IDS, Chamber, chamberOfId, Event, isValidIce, Member, REGIONS } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chambers as chamberService, events as eventService, members as memberService } from "../services";
import { demoData, REGION_DEMO_EVENTS, REGION_DEMO_MEMBERS, regionDemo } from "./region-demo";
import { seed } from "./seed";
import { openEmptyTestDatabase, type TestDatabase } from "./testing";

const NOW = new Date("2026-12-06T09:30:00Z");
const twelve = CHAMBER_IDS.map((id) => regionDemo(id, `http://127.0.0.1:${9000 + Number(id.slice(3))}`, NOW));

describe("regionDemo", () => {
  it("gives every region a chamber named in the four languages after its region, hosted at the given URL", () => {
    for (const [i, set] of twelve.entries()) {
      const region = REGIONS[i];
      expect(Chamber.parse(set.chamber)).toEqual(set.chamber);
      expect(set.chamber.nodeUrl).toBe(`http://127.0.0.1:${9001 + i}`);
      expect(set.chamber.names.fr).toContain(region?.names.fr);
      expect(set.chamber.names.ar).toContain(region?.names.ar);
      expect(set.chamber.names.en).toContain(region?.names.en);
      expect(set.chamber.names.zgh).toContain(region?.names.zgh);
      expect(set.chamber.offices[0]?.city).toBe(region?.seat.fr);
    }
  });

  it("gives valid members of the region, each ICE passing the control rule, no number shared across the twelve", () => {
    const all = twelve.flatMap((set) => set.members);
    expect(all).toHaveLength(12 * REGION_DEMO_MEMBERS);
    for (const set of twelve) {
      for (const member of set.members) {
        expect(Member.parse(member)).toEqual(member);
        expect(chamberOfId(member.id)).toBe(set.chamber.id);
        expect(member.address.region).toBe(set.chamber.id);
        expect(isValidIce(member.identifiers.ice)).toBe(true);
      }
      expect(new Set(set.members.map((m) => m.section))).toEqual(
        new Set(["commerce", "industry", "services"]),
      );
    }
    for (const pick of [
      (m: Member) => m.id,
      (m: Member) => m.identifiers.ice,
      (m: Member) => m.identifiers.if,
    ]) {
      expect(new Set(all.map(pick)).size).toBe(all.length);
    }
  });

  it("gives published public events after the seeding day, registrations open until the eve", () => {
    for (const set of twelve) {
      expect(set.events).toHaveLength(REGION_DEMO_EVENTS);
      for (const event of set.events ?? []) {
        expect(Event.parse(event)).toEqual(event);
        expect(chamberOfId(event.id)).toBe(set.chamber.id);
        expect(event).toMatchObject({ status: "published", isPublic: true });
        expect(event.dates.start > "2026-12-06").toBe(true);
      }
    }
  });

  it("is the same at every start, but for the events' dates", () => {
    const later = regionDemo("ma-03", "http://127.0.0.1:9003", new Date("2027-02-01T00:00:00Z"));
    const [, , first] = twelve;
    expect(later.members).toEqual(first?.members);
    expect(later.chamber).toEqual(first?.chamber);
    expect(later.events?.map((e) => e.id)).toEqual(first?.events?.map((e) => e.id));
    expect(later.events?.[0]?.dates.start).not.toBe(first?.events?.[0]?.dates.start);
  });
});

describe("a node seeded with a demo choice", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openEmptyTestDatabase();
    const sets = demoData(
      {
        chambers: ["ma-01"],
        directory: [
          { chamberId: "ma-02", nodeUrl: "http://127.0.0.1:9002" },
          { chamberId: "ma-12", nodeUrl: "http://127.0.0.1:9012" },
        ],
      },
      "http://127.0.0.1:9001",
      NOW,
    );
    expect(await seed(t.db, sets)).toBe(true);
  });
  afterAll(() => t.close());

  it("lists the hosted chamber at its own URL and each directory entry at the URL given", async () => {
    const listed = await chamberService.list(t.db);
    expect(listed.map((c) => [c.id, c.nodeUrl])).toEqual([
      ["ma-01", "http://127.0.0.1:9001"],
      ["ma-02", "http://127.0.0.1:9002"],
      ["ma-12", "http://127.0.0.1:9012"],
    ]);
  });

  it("holds the hosted region's members and events, and none for a directory entry", async () => {
    const hosted = await memberService.list(t.db, { chamberId: "ma-01", limit: 100 });
    expect(hosted.items).toHaveLength(REGION_DEMO_MEMBERS);
    expect((await memberService.list(t.db, { chamberId: "ma-02", limit: 100 })).items).toEqual([]);
    const upcoming = await eventService.list(t.db, {
      chamberId: "ma-01",
      limit: 100,
      upcomingPublic: true,
      endsFrom: "2026-12-06",
    });
    expect(upcoming.items).toHaveLength(REGION_DEMO_EVENTS);
  });
});
