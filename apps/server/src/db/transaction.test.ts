import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlState, UNIQUE_VIOLATION } from "./pg-error";
import { runSimple, sqlLiteral } from "./simple-query";
import { openTestDatabase, type TestDatabase } from "./testing";
import { transactionEndingWith } from "./transaction";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await t.db.execute(sql`create table if not exists ending_probe (name text primary key)`);
});
afterAll(() => t.close());

const names = async () =>
  (await runSimple(t.db, "select name from ending_probe order by name")).map((row) => row.name);
const insert = (name: string) => `insert into ending_probe values (${sqlLiteral(name)})`;

describe("transactionEndingWith", () => {
  it("commits the work and the last statement together", async () => {
    const result = await transactionEndingWith(
      t.db,
      async (tx) => {
        await runSimple(tx, insert("work-1"));
        return "last-1";
      },
      insert,
    );
    expect(result).toBe("last-1");
    expect(await names()).toEqual(["last-1", "work-1"]);
  });

  it("rolls the work back when the last statement fails, and the connection serves again", async () => {
    const failed = transactionEndingWith(
      t.db,
      async (tx) => {
        await runSimple(tx, insert("work-2"));
        return "last-1";
      },
      insert,
    );
    await expect(failed).rejects.toSatisfy((error) => sqlState(error) === UNIQUE_VIOLATION);
    expect(await names()).toEqual(["last-1", "work-1"]);
    // Every pooled connection still works, none left inside an aborted transaction.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => transactionEndingWith(t.db, async () => `after-${i}`, insert)),
    );
    expect((await names()).length).toBe(14);
  });

  it("never runs the last statement when the work fails", async () => {
    let built = false;
    const failed = transactionEndingWith(
      t.db,
      async (tx) => {
        await runSimple(tx, insert("work-3"));
        throw new Error("the work failed");
      },
      () => {
        built = true;
        return insert("last-3");
      },
    );
    await expect(failed).rejects.toThrow("the work failed");
    expect(built).toBe(false);
    expect(await names()).not.toContain("work-3");
  });
});
