import { parseDocumentNumber } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { takeDocumentNumber } from "./document-numbers";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const take = (series: string, year: number, chamberId: "ma-09" | "ma-06" = "ma-09") =>
  t.db.transaction((tx) => takeDocumentNumber(tx, { chamberId, series, year }));

describe("takeDocumentNumber", () => {
  it("counts from 1 per chamber, series and year", async () => {
    expect(await take("TA", 2026)).toBe("TA-2026-000001");
    expect(await take("TA", 2026)).toBe("TA-2026-000002");
    expect(await take("TB", 2026)).toBe("TB-2026-000001");
    expect(await take("TA", 2027)).toBe("TA-2027-000001");
    expect(await take("TA", 2026, "ma-06")).toBe("TA-2026-000001");
  });

  it("gives a rolled-back number to the next issue", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await takeDocumentNumber(tx, { chamberId: "ma-09", series: "TC", year: 2026 });
        throw new Error("the document could not be stored");
      }),
    ).rejects.toThrow("could not be stored");
    expect(await take("TC", 2026)).toBe("TC-2026-000001");
  });

  it("gives concurrent issues 1..n, no gap, no repeat", async () => {
    const numbers = await Promise.all(Array.from({ length: 40 }, () => take("TD", 2026)));
    const sequences = numbers.map((n) => parseDocumentNumber(n)?.sequence).sort((a = 0, b = 0) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
