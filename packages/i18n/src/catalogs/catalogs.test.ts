import { parse } from "@formatjs/icu-messageformat-parser";
import * as schemas from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { LOCALES, type Locale } from "../locale";
import { type MessageNode, parseMessage } from "../message-parse";
import { catalog as arMA } from "./ar-MA";
import { catalog as en } from "./en";
import { catalog as frMA } from "./fr-MA";
import { catalog as zgh } from "./zgh";

const catalogs: Record<Locale, Record<string, string>> = { "ar-MA": arMA, "fr-MA": frMA, en, zgh };

/** The text a reader sees: every literal of the message, without its ICU syntax. */
function literals(nodes: readonly MessageNode[]): string {
  return nodes
    .map((node) =>
      node.type === "text"
        ? node.value
        : "options" in node
          ? Object.values(node.options).map(literals).join(" ")
          : " ",
    )
    .join("");
}

/** The names of the arguments a message takes. */
function argumentsOf(nodes: readonly MessageNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type === "argument" || node.type === "plural" || node.type === "select") into.add(node.name);
    if ("options" in node) for (const option of Object.values(node.options)) argumentsOf(option, into);
  }
  return into;
}

// Acronyms and codes a Tifinagh text may write in Latin letters, as Moroccan documents do.
const LATIN_ALLOWED = new Set([
  "ICE",
  "RC",
  "IF",
  "TP",
  "CNSS",
  "ISO",
  "SHA",
  "API",
  "DOC",
  "GIE",
  "ERP",
  "SARL",
  "AU",
  "SA",
  "SAS",
  "SNC",
  "SCS",
  "SCA",
]);

describe("catalogs", () => {
  it("have exactly the same keys in all four locales", () => {
    const reference = Object.keys(frMA).sort();
    for (const locale of LOCALES) expect(Object.keys(catalogs[locale]).sort()).toEqual(reference);
  });

  it("hold messages that parse, ours and formatjs's parsers alike", () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogs[locale])) {
        expect(() => parseMessage(message), `${locale} ${key}`).not.toThrow();
        expect(() => parse(message), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it("take the same arguments in every locale", () => {
    for (const [key, message] of Object.entries(frMA)) {
      const expected = [...argumentsOf(parseMessage(message))].sort();
      for (const locale of LOCALES) {
        const actual = [...argumentsOf(parseMessage(catalogs[locale][key] ?? ""))].sort();
        expect(actual, `${locale} ${key}`).toEqual(expected);
      }
    }
  });

  it("give every plural the categories its locale needs", () => {
    const needed: Record<Locale, string[]> = {
      "ar-MA": ["one", "two", "few", "many", "other"],
      "fr-MA": ["one", "other"],
      en: ["one", "other"],
      zgh: ["one", "other"],
    };
    const check = (locale: Locale, key: string, nodes: readonly MessageNode[]) => {
      for (const node of nodes) {
        if (node.type === "plural" && Object.keys(node.options).some((k) => k !== "other")) {
          for (const category of needed[locale])
            expect(node.options, `${locale} ${key}`).toHaveProperty(category);
        }
        if ("options" in node) for (const option of Object.values(node.options)) check(locale, key, option);
      }
    };
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogs[locale]))
        check(locale, key, parseMessage(message));
    }
  });

  it("write Tamazight in Tifinagh, with Latin letters only in allowed acronyms", () => {
    for (const [key, message] of Object.entries(zgh)) {
      const text = literals(parseMessage(message));
      for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
        const tifinagh = /^[\u2d30-\u2d7f]+$/u.test(word);
        expect(tifinagh || LATIN_ALLOWED.has(word), `zgh ${key}: "${word}"`).toBe(true);
      }
      expect(/[\u0600-\u06ff]/u.test(text), `zgh ${key} has Arabic letters`).toBe(false);
    }
  });

  it("write Arabic in Arabic letters, with Latin letters only in acronyms", () => {
    for (const [key, message] of Object.entries(arMA)) {
      const latin = literals(parseMessage(message)).match(/[A-Za-z][A-Za-z-]*/g) ?? [];
      for (const word of latin)
        expect(/^[A-Z0-9-]+$|^If-Match$|^Idempotency-Key$|^ETag$/.test(word), `ar-MA ${key}: ${word}`).toBe(
          true,
        );
    }
  });

  it("name every value of every enum of @ghorfa/schemas", () => {
    const enums = Object.entries(schemas).filter(
      ([name, value]) => value instanceof z.ZodEnum && name !== "ChamberId",
    ) as [string, z.ZodEnum][];
    expect(enums.length).toBeGreaterThanOrEqual(19);
    for (const [name, schema] of enums) {
      for (const value of schema.options) expect(frMA).toHaveProperty([`enum.${name}.${String(value)}`]);
    }
  });

  it("name the regions as REGIONS does, in all four languages", () => {
    const languages = { "ar-MA": "ar", "fr-MA": "fr", en: "en", zgh: "zgh" } as const;
    for (const region of schemas.REGIONS) {
      for (const locale of LOCALES) {
        expect(catalogs[locale][`region.${region.code}`]).toBe(region.names[languages[locale]]);
      }
    }
  });

  it("name every Ghorfa issue code", () => {
    for (const code of schemas.GHORFA_ISSUE_CODES) expect(frMA).toHaveProperty([`issue.${code}`]);
  });

  it("hold no message for an issue code, enum value, region or language that no longer exists", () => {
    const enums = new Map(
      Object.entries(schemas)
        .filter(([name, value]) => value instanceof z.ZodEnum && name !== "ChamberId")
        .map(([name, value]) => [name, (value as z.ZodEnum).options.map(String)]),
    );
    const exists: Record<string, (rest: string[]) => boolean> = {
      issue: ([code]) => (schemas.GHORFA_ISSUE_CODES as readonly string[]).includes(code ?? ""),
      enum: ([name, value]) => enums.get(name ?? "")?.includes(value ?? "") === true,
      region: ([code]) => (schemas.CHAMBER_IDS as readonly string[]).includes(code ?? ""),
      language: ([locale]) => (LOCALES as readonly string[]).includes(locale ?? ""),
    };
    for (const key of Object.keys(frMA)) {
      const [family = "", ...rest] = key.split(".");
      const check = exists[family];
      if (check !== undefined) expect(check(rest), key).toBe(true);
    }
  });
});
