import { LOCALES, MessageSyntaxError, type MessageTable, MissingValueError, messageFrom } from "@ghorfa/i18n";
import { describe, expect, it } from "vitest";

// Every part's messages, wherever the part keeps them (messages/ for the shell, pages/*/messages.ts).
const modules = import.meta.glob<Record<string, unknown>>(["../messages/*.ts", "../pages/**/messages.ts"], {
  eager: true,
});

const isMessages = (value: unknown): value is MessageTable<string> =>
  typeof value === "object" &&
  value !== null &&
  LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === "object");

const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isMessages(value))
    .map(([name, value]) => ({ name: `${file}#${name}`, messages: value as MessageTable<string> })),
);

// Any value a message may ask for: a number for plurals, which also prints where text is expected.
const anyValues = new Proxy({}, { get: () => 3, has: () => true, ownKeys: () => [] });

describe("the portal's messages", () => {
  it("are found", () => {
    expect(tables.length).toBeGreaterThanOrEqual(2);
  });

  it.each(tables)("$name: the four languages name the same keys, none empty", ({ messages }) => {
    const keys = Object.keys(messages.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
      for (const key of keys) expect(messages[locale][key]?.trim(), `${locale} ${key}`).not.toBe("");
    }
  });

  it.each(tables)("$name: every message parses and formats in its language", ({ messages }) => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(messages.en)) {
        try {
          expect(typeof messageFrom(messages, locale, key, anyValues)).toBe("string");
        } catch (error) {
          if (error instanceof MissingValueError) continue;
          if (error instanceof MessageSyntaxError) throw new Error(`${locale} ${key}: ${error.message}`);
          throw error;
        }
      }
    }
  });

  it("Arabic and Tamazight are written in their scripts, not left in English", () => {
    for (const { name, messages } of tables) {
      for (const key of Object.keys(messages.en)) {
        const english = messages.en[key];
        if (english === "CCIS Connect" || /^[\d\W]*$/.test(english ?? "")) continue;
        expect(messages["ar-MA"][key], `${name} ar-MA ${key}`).toMatch(/[\u0600-\u06ff]/);
        expect(messages.zgh[key], `${name} zgh ${key}`).toMatch(/[\u2d30-\u2d7f]/);
      }
    }
  });
});
