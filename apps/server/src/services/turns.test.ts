import { describe, expect, it } from "vitest";
import { inTurns } from "./turns";

describe("inTurns", () => {
  it("computes every part in order, and once for no items at all", async () => {
    expect(await inTurns([1, 2, 3, 4, 5], (part) => part.join(""), 2)).toEqual(["12", "34", "5"]);
    expect(await inTurns([], (part) => part.length, 2)).toEqual([0]);
  });

  it("lets the event loop run other work between parts", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("other"));
    await inTurns([1, 2, 3], (part) => order.push(`part ${part[0]}`), 1);
    expect(order).toEqual(["part 1", "other", "part 2", "part 3"]);
  });
});
