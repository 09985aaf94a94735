import { describe, expect, it } from "vitest";
import * as values from "./enum-values";
import * as enums from "./enums";

describe("enum values", () => {
  it("are the values of the schema of the same name, each listed once", () => {
    const schemas = Object.entries(enums).filter(([, value]) => typeof value === "object");
    expect(schemas.length).toBe(Object.keys(values).length);
    for (const [name, schema] of schemas) {
      const constant = name.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase();
      const plural = constant.endsWith("S") ? `${constant}ES` : `${constant}S`;
      const list = (values as Record<string, readonly string[]>)[plural];
      expect(list, `${plural} for ${name}`).toBeDefined();
      expect((schema as { options: readonly string[] }).options).toEqual(list);
      expect(new Set(list).size).toBe(list?.length);
    }
  });
});
