import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { unitInput } from "./test-inputs";
import * as units from "./units";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("units", () => {
  it("creates a unit that get and list return", async () => {
    const created = await units.create(t.db, { chamberId: "ma-09", input: unitInput("T-100") });
    expect(created.entity.id).toMatch(/^unt_ma-09_/);
    expect(await units.get(t.db, { chamberId: "ma-09", id: created.entity.id })).toEqual(created);
    const page = await units.list(t.db, { chamberId: "ma-09", building: "TST", limit: 100 });
    expect(page.items.map((unit) => unit.code)).toContain("T-100");
  });

  it("refuses a second unit with the same code in the same building, not in another building", async () => {
    await units.create(t.db, { chamberId: "ma-09", input: unitInput("T-200") });
    await expect(
      units.create(t.db, { chamberId: "ma-09", input: unitInput("T-200") }),
    ).rejects.toBeInstanceOf(ConflictError);
    const elsewhere = unitInput("T-200", { building: { code: "TST2", name: { fr: "Autre bâtiment" } } });
    await expect(units.create(t.db, { chamberId: "ma-09", input: elsewhere })).resolves.toBeDefined();
  });

  it("refuses a unit that breaks a rule of the schema", async () => {
    await expect(
      units.create(t.db, { chamberId: "ma-09", input: unitInput("T-300", { areaDm2: 0 }) }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("filters by kind and status, and keeps each chamber's units to itself", async () => {
    const kiosk = await units.create(t.db, {
      chamberId: "ma-06",
      input: unitInput("T-400", { kind: "kiosk", status: "reserved" }),
    });
    const ids = async (filters: units.UnitFilters) =>
      (await units.list(t.db, { chamberId: "ma-06", building: "TST", limit: 100, ...filters })).items.map(
        (u) => u.id,
      );
    expect(await ids({ kind: "kiosk" })).toEqual([kiosk.entity.id]);
    expect(await ids({ status: "reserved" })).toEqual([kiosk.entity.id]);
    expect(await ids({ kind: "office" })).toEqual([]);
    await expect(units.get(t.db, { chamberId: "ma-09", id: kiosk.entity.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
