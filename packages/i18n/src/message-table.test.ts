import { describe, expect, it } from "vitest";
import { defineMessages, messageFrom } from "./message-table";

const words = defineMessages({
  en: { saved: "{name} saved", count: "{n, plural, one {# row} other {# rows}}" },
  "fr-MA": { saved: "{name} enregistré", count: "{n, plural, one {# ligne} other {# lignes}}" },
  "ar-MA": {
    saved: "حُفظ {name}",
    count: "{n, plural, one {سطر واحد} two {سطران} few {# أسطر} other {# سطرًا}}",
  },
  zgh: { saved: "ⵉⵜⵜⵓⵃⴹⴰ {name}", count: "{n} ⵉⵣⵔⵉⵔⴳⵏ" },
});

describe("message tables", () => {
  it("formats a key in each locale, values isolated by default", () => {
    expect(messageFrom(words, "ar-MA", "saved", { name: "Atlas SARL" })).toBe("حُفظ \u2068Atlas SARL\u2069");
    expect(messageFrom(words, "fr-MA", "saved", { name: "Atlas" }, { isolate: false })).toBe(
      "Atlas enregistré",
    );
    expect(messageFrom(words, "en", "count", { n: 1 }, { isolate: false })).toBe("1 row");
    expect(messageFrom(words, "ar-MA", "count", { n: 2 })).toBe("سطران");
  });

  it("holds every locale to English's keys at compile time", () => {
    const incomplete = () =>
      defineMessages({
        en: { a: "A", b: "B" },
        "fr-MA": { a: "A", b: "B" },
        "ar-MA": { a: "A", b: "B" },
        // @ts-expect-error: zgh lacks `b`
        zgh: { a: "A" },
      });
    expect(typeof incomplete).toBe("function");
  });
});
