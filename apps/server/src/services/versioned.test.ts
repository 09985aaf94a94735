import { describe, expect, it } from "vitest";
import { applyChanges } from "./versioned";

describe("applyChanges", () => {
  const entity = { name: "Argan", tradeName: "Tiwizi", address: { city: "Agadir", street: "Rue 1" } };

  it("replaces a field given, whole, and keeps one left out or undefined", () => {
    expect(applyChanges(entity, { address: { city: "Taroudant" }, tradeName: undefined })).toEqual({
      name: "Argan",
      tradeName: "Tiwizi",
      address: { city: "Taroudant" },
    });
  });

  it("removes a field given as null, and leaves the entity it was given as it was", () => {
    const merged = applyChanges(entity, { tradeName: null });
    expect(merged).toEqual({ name: "Argan", address: { city: "Agadir", street: "Rue 1" } });
    expect("tradeName" in merged).toBe(false);
    expect(entity.tradeName).toBe("Tiwizi");
  });

  it("never takes __proto__ from a body", () => {
    const merged = applyChanges(entity, JSON.parse('{"__proto__": {"isAdmin": true}, "name": "X"}'));
    expect(merged).toEqual({ ...entity, name: "X" });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
