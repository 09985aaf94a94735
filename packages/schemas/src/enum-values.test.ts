import { describe, expect, it } from "vitest";
import * as values from "./enum-values";
import * as enums from "./enums";
import * as events from "./events/event-enums";
import * as labels from "./labels/label-enums";
import * as services from "./services/service-enums";

describe("enum values", () => {
  it("list the values of every enum schema, each list serving exactly one schema, no value twice", () => {
    const schemas = [enums, events, labels, services].flatMap((module) =>
      Object.values(module).filter(
        (value): value is { options: readonly string[] } => typeof value === "object" && "options" in value,
      ),
    );
    const lists = Object.values(values) as readonly (readonly string[])[];
    expect(schemas).toHaveLength(lists.length);
    const unmatched = new Set(lists);
    for (const schema of schemas) {
      // Two sets may hold the same values (who may register, who may ask for a service).
      const list = [...unmatched].find((candidate) => candidate.join() === schema.options.join());
      expect(list, schema.options.join()).toBeDefined();
      unmatched.delete(list as readonly string[]);
    }
    expect(unmatched.size).toBe(0);
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
  });
});
