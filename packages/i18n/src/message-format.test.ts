import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { formatMessage, MissingValueError } from "./message-format";
import { MessageSyntaxError, parseMessage } from "./message-parse";

const plain = { isolate: false };

const days = "{n, plural, =0 {لا يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}";

describe("formatMessage", () => {
  it("uses Arabic's six plural categories", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => formatMessage("ar-MA", days, { n }, plain))).toEqual([
      "لا يوم",
      "يوم واحد",
      "يومان",
      "3 أيام",
      "11 يومًا",
      "100 يوم",
    ]);
    expect([10, 99, 101, 103, 111].map((n) => formatMessage("ar-MA", days, { n }, plain))).toEqual([
      "10 أيام",
      "99 يومًا",
      "101 يوم",
      "103 أيام",
      "111 يومًا",
    ]);
  });

  it("prefers an exact match over the category", () => {
    const members = "{n, plural, =0 {aucun membre} one {# membre} other {# membres}}";
    expect(formatMessage("fr-MA", members, { n: 0 }, plain)).toBe("aucun membre");
    expect(formatMessage("fr-MA", members, { n: 1 }, plain)).toBe("1 membre");
    expect(formatMessage("fr-MA", members, { n: 1500 }, plain)).toBe("1.500 membres"); // fr-MA groups with a dot in CLDR;
  });

  it("uses the shipped Tamazight rules", () => {
    const message = "{n, plural, one {# ⵡⴰⵙⵙ} other {# ⵡⵓⵙⵙⴰⵏ}}";
    expect([1, 2, 11].map((n) => formatMessage("zgh", message, { n }, plain))).toEqual([
      "1 ⵡⴰⵙⵙ",
      "2 ⵡⵓⵙⵙⴰⵏ",
      "11 ⵡⵓⵙⵙⴰⵏ",
    ]);
  });

  it("isolates every interpolated value, counts included", () => {
    const message = "حصلت الغرفة على شهادة {name} منذ {n, plural, one {سنة} other {# سنوات}}";
    expect(formatMessage("ar-MA", message, { name: "ISO 9001", n: 4 })).toBe(
      "حصلت الغرفة على شهادة \u2068ISO 9001\u2069 منذ \u20684\u2069 سنوات",
    );
  });

  it("formats number arguments in the locale", () => {
    expect(formatMessage("ar-MA", "{x, number}", { x: 1234567.5 }, plain)).toBe("1.234.567,5");
    expect(formatMessage("en", "{x, number, integer}", { x: 1234.6 }, plain)).toBe("1,235");
    expect(formatMessage("fr-MA", "{x, number, percent}", { x: 0.8 }, plain)).toBe("80\u00a0%");
  });

  it("selects on text and applies an offset", () => {
    const message = "{kind, select, mou {Protocole d'accord} other {Convention}}";
    expect(formatMessage("fr-MA", message, { kind: "mou" })).toBe("Protocole d'accord");
    expect(formatMessage("fr-MA", message, { kind: "twinning" })).toBe("Convention");
    const others =
      "{n, plural, offset:1 =0 {personne} =1 {{who}} one {{who} et # autre} other {{who} et # autres}}";
    expect(formatMessage("fr-MA", others, { n: 3, who: "Dakar" }, plain)).toBe("Dakar et 2 autres");
  });

  it("follows ICU's apostrophe rules", () => {
    expect(formatMessage("fr-MA", "l'entreprise", {}, plain)).toBe("l'entreprise");
    expect(formatMessage("fr-MA", "'{name}' et ''", {}, plain)).toBe("{name} et '");
    expect(formatMessage("fr-MA", "{n, plural, other {'#' = #}}", { n: 5 }, plain)).toBe("# = 5");
  });

  it("throws on a missing value and on syntax it does not support", () => {
    expect(() => formatMessage("en", "Hello {name}")).toThrow(MissingValueError);
    expect(() => parseMessage("{n, plural, one {x}}")).toThrow(MessageSyntaxError);
    expect(() => parseMessage("{d, date, short}")).toThrow(MessageSyntaxError);
    expect(() => parseMessage("{unclosed")).toThrow(MessageSyntaxError);
    expect(() => parseMessage("stray }")).toThrow(MessageSyntaxError);
  });

  it("reads messages as the formatjs reference parser does", () => {
    const messages = [
      days,
      "l'entreprise '{x}' ''{y}''",
      "{a} {b, select, x {X {c}} other {O}} {n, selectordinal, one {#st} two {#nd} other {#th}}",
      "{n, plural, offset:1 =0 {none} other {# more '#'}}",
    ];
    for (const message of messages) {
      const reference = JSON.stringify(parse(message), (key, value) =>
        key === "location" ? undefined : value,
      );
      expect(reference).toContain("type");
      const literals = (nodes: ReturnType<typeof parseMessage>): string =>
        nodes
          .map((node) =>
            node.type === "text"
              ? node.value
              : "options" in node
                ? Object.values(node.options).map(literals).join("|")
                : "",
          )
          .join("");
      const ours = literals(parseMessage(message));
      const theirs = (nodes: ReturnType<typeof parse>): string =>
        nodes
          .map((node) =>
            node.type === 0
              ? node.value
              : "options" in node
                ? Object.values(node.options)
                    .map((option) => theirs(option.value))
                    .join("|")
                : "",
          )
          .join("");
      expect(ours).toBe(theirs(parse(message)));
    }
  });
});
