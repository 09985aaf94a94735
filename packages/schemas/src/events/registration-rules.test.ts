import { describe, expect, it } from "vitest";
import { euroMedTourismForum as forum } from "../fixtures/events";
import {
  checkInRefusal,
  isAudienceOf,
  placeRegistration,
  registrationEmailKey,
  registrationFee,
  registrationRefusal,
  seatsToPromote,
} from "./registration-rules";

const person = { name: "Amina Benali", email: "amina@example.ma" };

describe("registrationRefusal", () => {
  const at = (instant: string) => new Date(instant);
  it("takes registrations from the instant the window opens to the instant it closes", () => {
    expect(registrationRefusal(forum, at(forum.registration.opens))).toBeUndefined();
    expect(registrationRefusal(forum, at(forum.registration.closes))).toBeUndefined();
  });
  it("refuses one a millisecond before the window opens or after it closes", () => {
    expect(registrationRefusal(forum, new Date(Date.parse(forum.registration.opens) - 1))).toBe(
      "not_open_yet",
    );
    expect(registrationRefusal(forum, new Date(Date.parse(forum.registration.closes) + 1))).toBe("closed");
  });
  it("refuses any registration to an event that is not published", () => {
    for (const status of ["draft", "cancelled", "completed"] as const) {
      expect(registrationRefusal({ ...forum, status }, at(forum.registration.opens))).toBe("not_published");
    }
  });
});

describe("placeRegistration", () => {
  it("gives the last seat, and waitlists the one after", () => {
    expect(placeRegistration(150, 149)).toBe("confirmed");
    expect(placeRegistration(150, 150)).toBe("waitlisted");
    expect(placeRegistration(1, 0)).toBe("confirmed");
  });
  it("waitlists when seats were taken beyond a lowered capacity", () => {
    expect(placeRegistration(10, 12)).toBe("waitlisted");
  });
});

describe("seatsToPromote", () => {
  it("promotes as many as there are free seats and people waiting, never fewer than none", () => {
    expect(seatsToPromote(10, 9, 3)).toBe(1);
    expect(seatsToPromote(10, 5, 3)).toBe(3);
    expect(seatsToPromote(10, 10, 3)).toBe(0);
    expect(seatsToPromote(10, 12, 3)).toBe(0);
    expect(seatsToPromote(10, 5, 0)).toBe(0);
  });
});

describe("registrationFee", () => {
  it("charges a member's staff the members' price and anyone else the other price", () => {
    const member = { kind: "member_staff" as const, memberId: "mbr_ma-09_x" as never, person };
    expect(registrationFee(forum, member)).toEqual({ amount: 50_000, currency: "MAD" });
    expect(registrationFee(forum, { kind: "outside", person })).toEqual({ amount: 120_000, currency: "MAD" });
  });
  it("charges nothing for a free event, members or not", () => {
    expect(registrationFee({ fee: { kind: "free" } }, { kind: "outside", person }).amount).toBe(0);
  });
});

describe("registrationEmailKey", () => {
  it("makes addresses that differ only by case, or by surrounding spaces, the same", () => {
    expect(registrationEmailKey(" Amina.Benali@Example.MA ")).toBe(
      registrationEmailKey("amina.benali@example.ma"),
    );
    expect(registrationEmailKey("a@x.ma")).not.toBe(registrationEmailKey("b@x.ma"));
  });
});

describe("checkInRefusal", () => {
  it("checks in a confirmed registration once", () => {
    expect(checkInRefusal({ status: "confirmed" })).toBeUndefined();
    expect(checkInRefusal({ status: "attended" })).toBe("already_checked_in");
  });
  it("checks in no one without a seat", () => {
    expect(checkInRefusal({ status: "waitlisted" })).toBe("not_confirmed");
    expect(checkInRefusal({ status: "cancelled" })).toBe("not_confirmed");
  });
});

describe("isAudienceOf", () => {
  it("lets anyone register to an event for anyone, and only members' staff to a members-only one", () => {
    expect(isAudienceOf({ audience: "anyone" }, { kind: "outside" })).toBe(true);
    expect(isAudienceOf({ audience: "members_only" }, { kind: "member_staff" })).toBe(true);
    expect(isAudienceOf({ audience: "members_only" }, { kind: "outside" })).toBe(false);
  });
});
