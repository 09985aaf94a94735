import { casablancaSettat, soussMassa } from "@ghorfa/schemas/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import * as chambers from "./chambers";
import { NotFoundError } from "./errors";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("chambers", () => {
  it("lists the chambers this node hosts, by id", async () => {
    expect(await chambers.list(t.db)).toEqual([casablancaSettat.chamber, soussMassa.chamber]);
  });

  it("gets a hosted chamber with its version, and no other", async () => {
    expect(await chambers.get(t.db, "ma-09")).toEqual({ entity: soussMassa.chamber, version: 1 });
    await expect(chambers.get(t.db, "ma-01")).rejects.toBeInstanceOf(NotFoundError);
  });
});
