import { describe, expect, it } from "vitest";
import {
  CatalogNotLoadedError,
  hasCatalog,
  loadCatalog,
  registerCatalog,
  UnknownMessageError,
} from "./catalog";
import { catalog as en } from "./catalogs/en";
import type { MessageKey } from "./catalogs/fr-MA";
import { t } from "./translate";

// The registry is module state: this file starts with nothing loaded (vitest isolates files).
describe("catalog loading", () => {
  it("refuses to translate before any catalog of the chain is loaded", () => {
    expect(() => t("fr-MA", "problem.not-found.title")).toThrow(CatalogNotLoadedError);
    expect(hasCatalog("fr-MA")).toBe(false);
  });

  it("loads a catalog once and answers from it", async () => {
    const first = await loadCatalog("fr-MA");
    expect(await loadCatalog("fr-MA")).toBe(first);
    expect(hasCatalog("fr-MA")).toBe(true);
    expect(t("fr-MA", "problem.not-found.title")).toBe("Ressource introuvable");
  });

  it("falls back along the chain, with the plural rules of the language it found", () => {
    // zgh → ar-MA → fr-MA: neither Tamazight nor Arabic is loaded, French is.
    expect(t("zgh", "relative.day.past", { n: 0 })).toBe("il y a \u20680\u2069 jour");
    expect(t("ar-MA", "problem.not-found.title")).toBe("Ressource introuvable");
  });

  it("takes a catalog imported statically", () => {
    registerCatalog("en", en);
    expect(t("en", "problem.not-found.title")).toBe("Not found");
    expect(t("zgh", "problem.not-found.title")).toBe("Ressource introuvable");
  });

  it("says so when no loaded catalog has the key", () => {
    expect(() => t("fr-MA", "no.such.key" as MessageKey)).toThrow(UnknownMessageError);
  });
});
